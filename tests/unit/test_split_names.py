"""Split GGUF models' part names, which the library and the Hub read alike, and the sentence for missing parts."""

from __future__ import annotations

from workbench.formats.splits import SplitName, missing_parts_in_words, split_name
from workbench.hub.quant import split_part, split_stem
from workbench.library.splits import split_model_of


def test_a_part_name_says_its_model_its_number_and_how_many() -> None:
    assert split_name("Qwen3-8B-Q4_K_M-00002-of-00003.gguf") == SplitName("Qwen3-8B-Q4_K_M", 2, 3)
    # A Hub file in a folder of its repository, a Windows path, the extension in capitals: the same part.
    assert split_name("Q4_K_M/Qwen3-8B-Q4_K_M-00001-of-00003.gguf") == SplitName("Qwen3-8B-Q4_K_M", 1, 3)
    assert split_name("C:\\models\\M-00001-of-00002.GGUF") == SplitName("M", 1, 2)
    for not_a_part in ("M-Q8_0.gguf", "M-0001-of-0003.gguf", "M-00001-of-00003.gguf.partial",
                       "-00001-of-00003.gguf", "M-00001-of-00003.bin"):
        assert split_name(not_a_part) is None, not_a_part


def test_the_library_and_the_hub_read_a_part_name_alike() -> None:
    name = "sub/M-Q4_K_M-00002-of-00003.gguf"
    assert split_part(name) == (2, 3) and split_stem(name) == "M-Q4_K_M"
    split = split_model_of(name)
    assert split is not None and (split.base, split.count) == ("M-Q4_K_M", 3)
    assert split_stem("sub/M-Q8_0.gguf") == "M-Q8_0" and split_part("M-Q8_0.gguf") is None
    assert split_model_of("M-00001-of-00001.gguf") is None  # a one-part "split" is an ordinary file
    assert split_model_of("M-00004-of-00003.gguf") is None  # a part beyond the count names no model


def test_missing_parts_in_words() -> None:
    assert missing_parts_in_words([2], 3) == "part 2 of 3 missing"
    assert missing_parts_in_words([1, 2], 3) == "parts 1 and 2 of 3 missing"
    assert missing_parts_in_words((1, 3, 4), 5) == "parts 1, 3 and 4 of 5 missing"
