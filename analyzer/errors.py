"""Errors with stable codes.

The codes are part of the report's public contract: a compliance team filters and counts them
across nightly scans, so they never change meaning and new ones are only added. The table below
is the single source; the README lists the same codes (a test keeps the two in step).
"""

from __future__ import annotations

from os import PathLike

#: Every code an analysed file can fail with, and what it means for the person reading the report.
ERROR_CODES: dict[str, str] = {
    "not-found": "The file does not exist (or vanished during the scan).",
    "permission-denied": "The file exists but could not be read.",
    "empty": "The file has no content, or no text once extracted.",
    "corrupt": "The file is damaged or is not the format its extension claims.",
    "encrypted": "The file is password-protected or encrypted and cannot be read without the password.",
    "no-text-layer": "The PDF has no text layer on any page (a scan); enable OCR to read it.",
    "unreadable-text-layer": "The PDF's text layer is garbage (broken font encoding); the text cannot be trusted.",
    "unsupported-format": "The file format is not supported (for example legacy .doc or binary .hwp).",
    "unsupported-language": "The contract is neither Korean nor English.",
    "too-large": "The file exceeds a configured limit (size, pages, characters or inflated size).",
    "timeout": "Analysing the file took longer than the per-document time limit.",
    "worker-crashed": "The worker process analysing the file died (for example out of memory).",
    "internal-error": "An unexpected error in the analyzer; please report it with the file if you can.",
}


class AnalyzerError(Exception):
    """Base of every error the analyzer raises on purpose; `code` is one of ERROR_CODES."""

    code = "internal-error"

    def __init__(self, message: str, *, code: str | None = None, path: str | PathLike[str] | None = None):
        if code is not None:
            if code not in ERROR_CODES:
                raise ValueError(f"unknown error code {code!r}")
            self.code = code
        self.path = None if path is None else str(path)
        self.message = message
        super().__init__(f"{self.path}: {message}" if self.path else message)


class ExtractionError(AnalyzerError):
    """A file could not be turned into a Document."""

    code = "corrupt"


class LibraryError(AnalyzerError):
    """The clause library is invalid; `problems` lists every problem found, not just the first."""

    code = "internal-error"

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        shown = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"the clause library has {len(self.problems)} problem(s):\n{shown}")


class ModelError(AnalyzerError):
    """The shipped model is missing, out of step with the library, or not trusted."""

    code = "internal-error"
