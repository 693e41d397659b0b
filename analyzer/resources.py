"""Where the shipped data lives: models/ and clause_library/.

In the repository they sit at the top level, where maintainers and lawyers find them; in an
installed wheel they are package data under analyzer/_data/ (see pyproject.toml). Either way the
analyzer finds them from any working directory.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The folder `name` ("models" or "clause_library") of this installation."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    source = _PACKAGE.parent / name
    if source.is_dir():
        return source
    raise FileNotFoundError(
        f"the analyzer's {name}/ folder was not found (looked in {installed} and {source}); "
        "reinstall the package"
    )


def library_dir() -> Path:
    return data_dir("clause_library")


def models_dir() -> Path:
    return data_dir("models")


def schema_path() -> Path:
    return _PACKAGE / "schema" / "report.schema.json"
