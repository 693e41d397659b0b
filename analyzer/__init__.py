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
]


def extract(path: str | os.PathLike[str], *, limits: Limits | None = None) -> Document:
    """Read a contract file (PDF, DOCX, HWPX, TXT, Markdown, HTML) into a Document.

    Raises ExtractionError with a stable `.code` when the file cannot be read faithfully.
    """
    from .extractors import extract_document

    return extract_document(path, limits=limits)


def segment(document: Document) -> list[Segment]:
    """Cut a Document's body into clause candidates with clause numbers and heading paths."""
    from .segmentation import segment_document

    return segment_document(document)
