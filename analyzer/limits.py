"""Resource limits for one document, with safe defaults an operator can change.

Legal teams scan whatever sits in a shared drive: a 2 GB video renamed .pdf, a zip bomb saved
as .docx, a 60 MB log file named .txt. Every limit fails the one file with `too-large` and lets
the batch go on. The defaults are generous enough for real contract bundles (2,000 pages).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    #: Largest input file read at all.
    max_file_bytes: int = 256 * 1024 * 1024
    #: Most pages of a PDF (long contract bundles with annexes run to a few hundred).
    max_pages: int = 2000
    #: Most characters of extracted text (about 1,500 dense pages); a huge text file fails fast.
    max_chars: int = 5_000_000
    #: Largest total inflated size of the parts read from a DOCX or HWPX package.
    max_inflated_bytes: int = 256 * 1024 * 1024
    #: Largest compression ratio of any part of a DOCX or HWPX package (zip-bomb guard).
    max_compression_ratio: int = 200
    #: Seconds one document may take end to end (enforced by the worker pool).
    timeout_seconds: float = 120.0
