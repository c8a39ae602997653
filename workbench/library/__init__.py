"""The model library: every model already on this machine, where it came from, and whether it fits."""

from workbench.library.delete import DeleteResult, delete_entry
from workbench.library.entry import DEFAULT_CONTEXT, SOURCE_LABELS, LibraryEntry, MlxModelInfo
from workbench.library.scanner import LibraryScanner, ScanProgress, ScanResult, scan_job
from workbench.library.sources import LibrarySources, hf_cache_dir

__all__ = [
    "DEFAULT_CONTEXT",
    "SOURCE_LABELS",
    "DeleteResult",
    "LibraryEntry",
    "LibraryScanner",
    "LibrarySources",
    "MlxModelInfo",
    "ScanProgress",
    "ScanResult",
    "delete_entry",
    "hf_cache_dir",
    "scan_job",
]
