"""PIPA contract analyzer: find the clauses Korea's Personal Information Protection Act requires
in vendor and seller contracts, and report per vendor which are missing or weak.

Importing the package is cheap: heavy libraries (pdfium, python-docx, spaCy, scikit-learn) load
only when a function that needs them runs.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from .errors import AnalyzerError, ExtractionError, LibraryError, ModelError
from .limits import Limits
from .types import Block, BlockKind, Document, Lang, Page, Segment, TableCell

__version__ = "0.1.0"

__all__ = [
    "AnalyzerError",
    "Block",
    "BlockKind",
    "Document",
    "ExtractionError",
    "Lang",
    "LibraryError",
    "Limits",
    "ModelError",
    "Page",
    "Segment",
    "TableCell",
    "__version__",
    "extract",
    "segment",
    "scan",
    "Analyzer",
    "ScanOptions",
    "ScanReport",
    "VendorReport",
    "RequirementResult",
    "DocumentResult",
    "Finding",
]

_LAZY = {
    "Analyzer": "engine",
    "ScanOptions": "engine",
    "ScanReport": "report",
    "VendorReport": "report",
    "RequirementResult": "report",
    "Evidence": "report",
    "DocumentResult": "findings",
    "Finding": "findings",
}


def __getattr__(name: str):  # PEP 562: result types load on first use, keeping `import analyzer` cheap
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'analyzer' has no attribute {name!r}")


def extract(path: str | os.PathLike[str], *, limits: Limits | None = None, ocr: str = "off") -> Document:
    """Read a contract file (PDF, DOCX, HWP, HWPX, TXT, Markdown, HTML) into a Document.

    `ocr` is "off", "auto" (read pages without a text layer with tesseract) or "force" (every
    PDF page). Raises ExtractionError with a stable `.code` when the file cannot be read faithfully.
    """
    from .extractors import extract_document

    return extract_document(path, limits=limits, ocr=ocr)


def segment(document: Document) -> list[Segment]:
    """Cut a Document's body into clause candidates with clause numbers and heading paths."""
    from .segmentation import segment_document

    return segment_document(document)


def scan(paths, options=None):  # type: ignore[no-untyped-def]
    """Scan files or folders of vendor contracts; returns a ScanReport (see README, "Python API").

    `options` is a ScanOptions; the shipped library and model are loaded once for the whole scan.
    """
    from .engine import Analyzer, ScanOptions

    options = options or ScanOptions()
    analyzer = Analyzer.default(as_of=options.as_of, limits=options.limits, lang=options.lang,
                                use_model=options.use_model, ocr=options.ocr)
    return analyzer.scan([paths] if isinstance(paths, (str, os.PathLike)) else list(paths), options)
