"""Where the shipped data lives: models/ and clause_library/.

In the repository they sit at the top level, where maintainers and lawyers find them; in an
installed wheel they are package data under analyzer/_data/ (see pyproject.toml). Either way the
analyzer finds them from any working directory.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
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


@lru_cache(maxsize=1)
def code_hash() -> str:
    """A hash of the analyzer's own source: cached results from a different version of the rules in code
    (how roles, overrides or precedence are read) must not be reused, even when the version number,
    the clause library and the model are unchanged, as they are between commits."""
    return source_hash(_PACKAGE)


def source_hash(folder: Path) -> str:
    """sha256 over the .py files under `folder` (names and contents, line endings normalised), leaving
    out installed package data."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*.py")):
        rel = path.relative_to(folder)
        if "_data" in rel.parts:
            continue
        digest.update(rel.as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()
