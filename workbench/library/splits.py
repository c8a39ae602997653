"""Models split into several GGUF files (``NAME-00001-of-00003.gguf``): listed as one model.

llama.cpp loads a split model from its first part and finds the others next to it, so the library lists the
first part with the total size and parameters of all parts, or says which parts are missing.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path

from workbench.formats.splits import missing_parts_in_words, split_name
from workbench.i18n import tr
from workbench.library.entry import row_problem
from workbench.model_info import ModelInfo, display_name, format_bytes, read_model_info


class SplitIncomplete(Exception):
    """Parts of a split model are missing or cut off; ``str()`` is the library's ``incomplete: …`` reason."""


@dataclass(frozen=True)
class SplitModel:
    """The parts a split model's file names announce, whether on disk or not, in order."""

    folder: Path
    base: str
    count: int

    @property
    def parts(self) -> tuple[Path, ...]:
        return tuple(self.folder / f"{self.base}-{i:05d}-of-{self.count:05d}.gguf" for i in range(1, self.count + 1))

    @property
    def key(self) -> tuple[str, str, int]:
        return (str(self.folder), self.base.lower(), self.count)

    def missing(self) -> list[int]:
        """Numbers (1-based) of the parts not on disk."""
        return [i for i, p in enumerate(self.parts, start=1) if not p.exists()]

    def main_path(self) -> Path:
        """The part to list (and load): the first one, or the first one present when it is missing."""
        return next((p for p in self.parts if p.exists()), self.parts[0])

    def present(self) -> list[Path]:
        return [p for p in self.parts if p.exists()]


def split_model_of(path: str | Path) -> SplitModel | None:
    """The split model a file name belongs to, or None for an ordinary file (or a one-part "split")."""
    p = Path(path)
    name = split_name(p.name)
    if name is None or name.count < 2 or not 1 <= name.index <= name.count:
        return None
    return SplitModel(p.parent, name.base, name.count)


def _part_problem(number: int, count: int, detail: str, cut_off: bool) -> SplitIncomplete:
    if cut_off:
        words = tr("Library", "part {part} of {count} is cut off ({detail})")
    else:
        words = tr("Library", "part {part} of {count} cannot be read ({detail})")
    return SplitIncomplete(row_problem("incomplete", words.format(part=number, count=count, detail=detail)))


def split_fingerprint(split: SplitModel) -> tuple[int, int]:
    """(total size, newest mtime) over the parts present; a part appearing or vanishing changes it."""
    size, mtime = 0, 0
    for i, p in enumerate(split.parts, start=1):
        try:
            st = p.stat()
        except OSError:
            mtime ^= 1 << (i % 60)  # a missing part still changes the fingerprint
            continue
        size += st.st_size
        mtime = max(mtime, st.st_mtime_ns)
    return size, mtime


def read_split_model(split: SplitModel) -> ModelInfo:
    """The first part's description with every part's weights counted; :class:`SplitIncomplete` otherwise."""
    import gguf

    from workbench.gguf_header import GgufHeaderError, read_gguf_header

    missing = split.missing()
    if missing:
        raise SplitIncomplete(row_problem("incomplete", missing_parts_in_words(missing, split.count)))
    parts = split.parts
    info = read_model_info(parts[0])
    parameters, tensor_bytes, file_size = info.parameters, info.tensor_bytes, info.file_size
    for number, part in enumerate(parts[1:], start=2):
        try:
            header = read_gguf_header(part)
            elements = [math.prod(t.shape) for t in header.tensors]
            sizes = []
            for t, n in zip(header.tensors, elements, strict=True):
                block, block_bytes = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType(t.type_id)]
                sizes.append(n * block_bytes // block)
        except GgufHeaderError as exc:
            raise _part_problem(number, split.count, exc.detail, cut_off=exc.incomplete) from exc
        except (OSError, KeyError, ValueError) as exc:
            raise _part_problem(number, split.count, str(exc), cut_off=False) from exc
        end = header.data_offset + max((t.offset + n for t, n in zip(header.tensors, sizes, strict=True)), default=0)
        if end > header.file_size:
            held = tr("Library", "{size} of {expected}; an interrupted download?").format(
                size=format_bytes(header.file_size), expected=format_bytes(end)
            )
            raise _part_problem(number, split.count, held, cut_off=True)
        parameters += sum(elements)
        tensor_bytes += sum(sizes)
        file_size += header.file_size
    return dataclasses.replace(
        info,
        name=display_name(split.folder / f"{split.base}.gguf", info.metadata_name),
        parameters=parameters,
        tensor_bytes=tensor_bytes,
        file_size=file_size,
    )
