"""The README stays in step with the code: error codes, quick start, CI command."""

from __future__ import annotations

import re

from analyzer.errors import ERROR_CODES
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_error_code_table_matches_errors_module():
    block = README.split("<!-- error-codes:start -->")[1].split("<!-- error-codes:end -->")[0]
    rows = dict(re.findall(r"^\| `([a-z-]+)` \| (.+?) \|$", block, re.MULTILINE))
    assert rows == ERROR_CODES


def test_quick_start_has_two_commands_and_ci_runs_the_second_verbatim():
    section = README.split("## Quick start")[1].split("\n## ")[0]
    commands = re.findall(r"```sh\n(.*?)```", section, re.DOTALL)[0].strip().splitlines()
    assert len(commands) == 2
    assert "samples/" in commands[0]
    assert "pytest" in commands[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()
