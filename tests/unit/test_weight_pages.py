"""Where the weights are kept (mapped or read into memory) and whether they get 2 MB pages."""

from __future__ import annotations

import pathlib
import platform
import sys

import pytest

from workbench.engine.options import LoadOptions
from workbench.engine.pages import model_bytes, read_weights
from workbench.hugepages import (
    HUGE_PAGES_TUNABLE,
    huge_pages_for_children,
    huge_pages_here,
    huge_pages_offered,
    offer_huge_pages_to_children,
    transparent_huge_pages,
    without_huge_pages_offer,
)

GIB = 1024**3
LINUX_GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not LINUX_GLIBC, reason="the tunable is glibc's")
def test_the_tunable_joins_any_already_set_and_is_never_repeated() -> None:
    env: dict[str, str] = {}
    assert offer_huge_pages_to_children(env) and env["GLIBC_TUNABLES"] == HUGE_PAGES_TUNABLE
    env = {"GLIBC_TUNABLES": "glibc.malloc.check=3"}
    offer_huge_pages_to_children(env)
    assert env["GLIBC_TUNABLES"] == f"glibc.malloc.check=3:{HUGE_PAGES_TUNABLE}"
    offer_huge_pages_to_children(env)
    assert env["GLIBC_TUNABLES"].count("hugetlb") == 1
    env = {"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}  # someone turned them off: that stays
    assert not offer_huge_pages_to_children(env) and env["GLIBC_TUNABLES"] == "glibc.malloc.hugetlb=0"


def test_the_offer_can_be_withdrawn_for_one_program_keeping_other_tunables() -> None:
    env = {"PATH": "/bin", "GLIBC_TUNABLES": f"glibc.malloc.check=3:{HUGE_PAGES_TUNABLE}"}
    assert without_huge_pages_offer(env) == {"PATH": "/bin", "GLIBC_TUNABLES": "glibc.malloc.check=3"}
    assert env["GLIBC_TUNABLES"].endswith(HUGE_PAGES_TUNABLE)  # a copy: the caller's environment is untouched
    assert without_huge_pages_offer({"GLIBC_TUNABLES": HUGE_PAGES_TUNABLE}) == {}
    assert without_huge_pages_offer({"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}) == {
        "GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}


def test_the_system_setting_is_read_from_its_brackets(tmp_path: pathlib.Path) -> None:
    setting = tmp_path / "enabled"
    for text, mode in (("always [madvise] never\n", "madvise"), ("[always] madvise never", "always"),
                       ("always madvise [never]", "never"), ("", None), ("garbage", None)):
        setting.write_text(text, encoding="ascii")
        assert transparent_huge_pages(setting) == mode
    assert transparent_huge_pages(tmp_path / "absent") is None  # no such support (macOS, Windows, old kernels)
    setting.write_bytes(b"\xff\xfe")
    assert transparent_huge_pages(setting) is None


def test_huge_pages_need_the_system_and_for_madvise_the_tunable(tmp_path: pathlib.Path) -> None:
    setting = tmp_path / "enabled"
    tuned = {"GLIBC_TUNABLES": f"glibc.malloc.check=3:{HUGE_PAGES_TUNABLE}"}
    setting.write_text("always [madvise] never", encoding="ascii")
    assert huge_pages_offered(tuned, setting) and not huge_pages_offered({}, setting)
    assert not huge_pages_offered({"GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"}, setting)
    setting.write_text("[always] madvise never", encoding="ascii")
    assert huge_pages_offered({}, setting)
    setting.write_text("always madvise [never]", encoding="ascii")
    assert not huge_pages_offered(tuned, setting)
    assert not huge_pages_offered(tuned, tmp_path / "absent")


@pytest.mark.skipif(not LINUX_GLIBC, reason="the tunable is glibc's")
def test_this_process_goes_by_the_environment_it_started_with() -> None:
    """The tests offer the tunable to the engines they start (tests/conftest.py), after this process started: it
    reaches the children, not this process, whose glibc read its tunables at its start."""
    if transparent_huge_pages() != "madvise":
        pytest.skip("the system does not offer 2 MB pages on request")
    assert huge_pages_for_children()
    started_with = pathlib.Path("/proc/self/environ").read_bytes()
    assert huge_pages_here() == (HUGE_PAGES_TUNABLE.encode() in started_with)


def test_auto_reads_the_weights_only_on_the_processor_with_huge_pages_and_room() -> None:
    assert read_weights("auto", "CPU", 1 * GIB, 8 * GIB, huge_pages=True)
    assert not read_weights("auto", "CPU", 5 * GIB, 8 * GIB, huge_pages=True)  # the system may need them back
    assert not read_weights("auto", "CPU", 1 * GIB, 8 * GIB, huge_pages=False)  # nothing to gain
    assert not read_weights("auto", "CUDA", 1 * GIB, 8 * GIB, huge_pages=True)  # the GPU gets them from the map
    assert not read_weights("auto", "CPU", 1 * GIB, None, huge_pages=True)  # free memory unknown: keep the default
    assert read_weights("read", "CUDA", 9 * GIB, 8 * GIB, huge_pages=False)  # as asked
    assert not read_weights("map", "CPU", 1, 8 * GIB, huge_pages=True)


def test_a_split_model_counts_the_parts_that_are_there(tmp_path: pathlib.Path) -> None:
    for index, size in ((1, 100), (3, 50)):
        (tmp_path / f"M-Q4_0-{index:05d}-of-00003.gguf").write_bytes(b"\0" * size)
    (tmp_path / "M-Q8_0-00002-of-00003.gguf").write_bytes(b"\0" * 999)  # another model's part
    assert model_bytes(str(tmp_path / "M-Q4_0-00001-of-00003.gguf")) == 150
    (tmp_path / "one.gguf").write_bytes(b"\0" * 7)
    assert model_bytes(str(tmp_path / "one.gguf")) == 7


def test_the_weights_option_is_read_back_and_said_in_words() -> None:
    assert LoadOptions().weights == "auto"
    assert LoadOptions.from_dict({"weights": "read"}).weights == "read"
    assert LoadOptions.from_dict({"weights": "mmap"}).weights == "auto"  # not one of ours: the default
    assert LoadOptions.from_dict({"weights": 1}).weights == "auto"
    assert "Weights: read into memory" in LoadOptions(weights="read").summary_lines()
    assert "Weights: mapped from the file" in LoadOptions(weights="map").summary_lines()
