"""Report writers: JSON (machines), HTML, Markdown and CSV (people). The human formats render
from the JSON report's dictionary, so a saved report re-renders without rescanning."""

from __future__ import annotations

import json
from typing import Any

from .i18n import majority_lang

FORMATS = ("json", "html", "md", "csv")


def render(report: dict[str, Any], fmt: str, lang: str | None = None) -> str:
    """The report as text in `fmt`; `lang` (en or ko) defaults to the contracts' majority language."""
    if fmt == "json":
        return json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    lang = lang or majority_lang(report)
    if fmt == "md":
        from .text import markdown

        return markdown(report, lang)
    if fmt == "csv":
        from .text import csv_text

        return csv_text(report, lang)
    if fmt == "html":
        from .html import render_html

        return render_html(report, lang)
    raise ValueError(f"unknown report format {fmt!r} (one of {', '.join(FORMATS)})")
