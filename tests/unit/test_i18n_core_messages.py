"""The core's own messages in the classroom's language: chat-template fallbacks, endpoint errors, the reasons a GGUF
is refused as damaged, MLX and ONNX folders, a server variant's notes in Compare and an Arena vocabulary that cannot
be read come out in Danish from the shipped catalog, with what the file or server said kept as it was; and each of
those areas has its messages in every language's catalog."""

from __future__ import annotations

import pathlib
import struct
from collections.abc import Iterator

import pytest

from workbench.arena.vocab import TokenTexts, VocabularyUnreadable
from workbench.compare.remote import MEMORY_NOTE, RemoteRun
from workbench.compare.results import VariantResult
from workbench.endpoints.backend import ConnectionReport
from workbench.endpoints.config import check_name
from workbench.endpoints.errors import EndpointConfigError, EndpointTimeout, ReplyOverdue, translate
from workbench.endpoints.scoring import ScoringRefused
from workbench.engine.chat_template import ChatTemplate, TemplateFailed
from workbench.engine.protocol import ChatMessage, PromptScores, ReplyEvent
from workbench.errors import NotAModelFile, TruncatedModel
from workbench.formats.mlx import MlxFormat, MlxModelInfo, check_mlx_folder
from workbench.formats.onnx import check_onnx_folder, choose_provider
from workbench.gguf_header import GgufHeaderError, read_gguf_header
from workbench.i18n import LANGUAGES, install, read_ts, set_language, speaking, translations_dir
from workbench.jobs import CancelToken
from workbench.sampling import SamplingParams


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Every test leaves the core speaking English, as it found it."""
    yield
    install(None)
    set_language("en")


def _duplicate_key_gguf(path: pathlib.Path, key: str) -> pathlib.Path:
    """A GGUF header (version 3, no tensors) whose metadata names ``key`` twice."""
    entry = struct.pack("<Q", len(key.encode())) + key.encode() + struct.pack("<II", 4, 7)  # type 4: uint32
    path.write_bytes(b"GGUF" + struct.pack("<IQQ", 3, 0, 2) + entry + entry + b"\0" * 64)
    return path


def _chat_template_notice() -> str:
    with pytest.raises(TemplateFailed) as caught:
        ChatTemplate("{% for m in messages %}\n{{ m['content'] }\n{% endfor %}", bos_token="", eos_token="")
    return caught.value.notice


def _endpoint_refusal() -> str:
    with pytest.raises(EndpointConfigError) as caught:
        check_name("Lab", taken={"Lab"})
    return str(caught.value)


def _damaged_gguf(path: pathlib.Path) -> str:
    with pytest.raises(GgufHeaderError) as caught:
        read_gguf_header(path)
    return str(caught.value)


def _mlx_rows() -> list[tuple[str, str]]:
    info = MlxModelInfo("/m", "m", "llama", 134_515_008, 4.0, "4-bit", 8192, 1, 30, 3, 64)
    return MlxFormat().summary_rows(info)


def test_a_chat_template_fallback_reads_in_danish() -> None:
    english = _chat_template_notice()
    assert english.startswith("This model's chat template has a mistake on its line 2")
    with speaking("da"):
        danish = _chat_template_notice()
    assert danish == "Denne models chatskabelon har en fejl i sin linje 2, så beskeder sendes til den som almindelig " \
                     "tekst i stedet."


def test_an_endpoint_error_reads_in_danish_with_the_names_kept() -> None:
    with speaking("da"):
        stalled = translate(ReplyOverdue("idle", 2.5), "Lab", "http://localhost:8080/v1", partial_text="Once")
        name_taken = _endpoint_refusal()
        summary = ConnectionReport(("a", "b", "c", "d"), 0.034).summary
    assert str(stalled) == (
        "Lab sendte kun keep-alive-signaler og ingen tekst i 2,5 s: svaret gik i stå. Serveren er måske overbelastet "
        "eller hængt. Teksten indtil nu beholdes."
    )
    assert stalled.partial_text == "Once"
    assert name_taken == "Der findes allerede et endpoint ved navn “Lab”: vælg et andet navn."
    assert summary == "Forbundet på 0,03 s: 4 modeller (a, b, c og 1 mere)."  # the Danish decimal comma too


def test_why_a_gguf_is_damaged_reads_in_danish_with_the_files_own_name_kept(tmp_path: pathlib.Path) -> None:
    path = _duplicate_key_gguf(tmp_path / "twice.gguf", "general.name")
    assert _damaged_gguf(path) == "is damaged: the metadata entry 'general.name' appears twice"
    with speaking("da"):
        assert _damaged_gguf(path) == "er beskadiget: metadataposten 'general.name' forekommer to gange"


def test_mlx_and_onnx_folders_read_in_danish(tmp_path: pathlib.Path) -> None:
    (tmp_path / "notes.txt").write_text("not a model")
    with speaking("da"):
        rows = dict(_mlx_rows())
        with pytest.raises(NotAModelFile) as refused:
            check_mlx_folder(tmp_path)
        provider = choose_provider(("cuda",), ("cpu",))
    assert rows["Kontekstlængde"] == "8.192 tokens"
    assert str(refused.value) == f"{tmp_path}: er en mappe, men ikke en MLX-modelmappe (ingen config.json, ingen " \
                                 ".safetensors)"
    assert provider.fallback and provider.notice.startswith("Modellen blev bygget til CUDA, som denne installation")
    assert dict(_mlx_rows())["Context length"] == "8,192 tokens"


def test_an_interrupted_download_is_told_apart_in_any_language(
    tiny_gguf: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    """Whether a folder is incomplete or damaged follows what was found, not the English words of the message."""
    pytest.importorskip("onnx")
    from tests.support.tiny_onnx import write_tiny_onnx_model

    folder = write_tiny_onnx_model(tmp_path / "cpu-fp32", tiny_gguf, precision="f32")
    data = folder / "model.onnx.data"
    data.write_bytes(data.read_bytes()[: data.stat().st_size // 2])
    with speaking("da"), pytest.raises(TruncatedModel) as caught:
        check_onnx_folder(folder)
    assert "er ikke en komplet ONNX-modelmappe: model.onnx.data er ufuldstændig" in str(caught.value)



class _SilentServer:
    """A server that has the model but neither answers nor scores (the server's own words stay English)."""

    label = "tiny on Lab"
    where = "http://127.0.0.1:1/v1"

    def load(self) -> None:
        pass

    def generate(self, messages: list[ChatMessage], params: SamplingParams) -> Iterator[ReplyEvent]:
        raise EndpointTimeout("Lab sent nothing for 0.5 s.")

    def score_text(self, text: str, top: int) -> PromptScores:
        raise ScoringRefused("Lab does not score a text.")

    def cancel(self) -> None:
        pass

    def close(self) -> None:
        pass


def _remote_notes() -> tuple[list[str], list[str]]:
    """A server variant's notes and progress lines."""
    result = VariantResult(path="endpoint://Lab/tiny", label="tiny on Lab")
    progress: list[str] = []
    RemoteRun(_SilentServer(), result, text="word " * 400, chunk_tokens=32, max_chunks=2, prompts=["Hi."],
              answer_tokens=4, repetitions=2, cancel=CancelToken(),
              report=lambda _step, _share, line: progress.append(line)).run()
    return result.notes, progress


def test_a_server_variants_notes_and_progress_read_in_danish() -> None:
    english, _ = _remote_notes()
    assert english[0] == MEMORY_NOTE
    with speaking("da"):
        notes, progress = _remote_notes()
    assert notes == [
        "Hukommelsen måles på serveren, ikke på denne computer: den vises ikke her.",
        "2 af 2 svar mislykkedes; det første: Lab sent nothing for 0.5 s.",
        "Ingen perplexity fra denne server: Lab does not score a text.",
    ]
    assert progress[0] == "Spørger tiny on Lab, om den har modellen"
    assert "Svar 2 af 2 strømmet fra serveren" in progress and progress[-1] == "tiny on Lab: færdig"


def _unreadable_vocabulary(path: pathlib.Path) -> str:
    path.write_bytes(b"not a model, only words" * 4)
    with pytest.raises(VocabularyUnreadable) as caught:
        TokenTexts(path)
    return str(caught.value)


def test_an_arena_vocabulary_that_cannot_be_read_says_so_in_danish(tmp_path: pathlib.Path) -> None:
    assert _unreadable_vocabulary(tmp_path / "notes.gguf") == "This is not a GGUF file."
    with speaking("da"):
        assert _unreadable_vocabulary(tmp_path / "notes.gguf") == "Dette er ikke en GGUF-fil."

AREAS = {
    "chat template": lambda tmp: _chat_template_notice(),
    "endpoint": lambda tmp: _endpoint_refusal(),
    "damaged GGUF": lambda tmp: _damaged_gguf(_duplicate_key_gguf(tmp / "twice.gguf", "general.name")),
    "MLX folder rows": lambda tmp: " | ".join(f"{k}: {v}" for k, v in _mlx_rows()),
    "Compare server variant": lambda tmp: " | ".join(_remote_notes()[0]),
    "Arena vocabulary": lambda tmp: _unreadable_vocabulary(tmp / "notes.gguf"),
}


@pytest.mark.parametrize("language", [tag for tag in LANGUAGES if tag != "en"])
@pytest.mark.parametrize("area", sorted(AREAS))
def test_every_area_is_in_every_catalog(area: str, language: str, tmp_path: pathlib.Path) -> None:
    make = AREAS[area]
    english = make(tmp_path)
    with speaking(language):
        translated = make(tmp_path)
    assert translated != english, f"{area}: {english!r} has no {language} translation"


def test_the_catalogs_hold_the_areas_source_texts() -> None:
    folder = translations_dir()
    assert folder is not None
    wanted = [
        ("Chat template", "This model's chat template calls itself without end, so messages are sent to it as plain "
                          "text instead."),
        ("Endpoint", "{name} refused the API key (HTTP {status}): {said}."),
        ("Model file", "tensor {tensor} has a negative size"),
        ("Model file", "is not a complete MLX model folder: {problems}"),
        ("Model file", "is not a complete ONNX model folder: {problems}"),
        ("Model file", "Execution provider"),
        ("Compare", "Streamed reply {number} of {total} from the server"),
    ]
    for language in ("da", "nb", "sv"):
        catalog = read_ts(folder / f"slm_workbench_{language}.ts")
        missing = [key for key in wanted if not catalog.get(key)]
        assert not missing, f"{language}: {missing}"
