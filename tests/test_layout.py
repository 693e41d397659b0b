"""The public API names are functions, whatever submodules were imported before."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys

import analyzer


def test_extract_and_segment_are_functions_after_importing_every_submodule():
    for mod in pkgutil.walk_packages(analyzer.__path__, "analyzer."):
        if mod.name.endswith("__main__"):
            continue
        importlib.import_module(mod.name)
    assert callable(analyzer.extract) and analyzer.extract.__module__ == "analyzer"
    assert callable(analyzer.segment) and analyzer.segment.__module__ == "analyzer"


def test_importing_the_package_loads_no_heavy_library():
    code = ("import sys, analyzer; heavy = [m for m in ('spacy', 'sklearn', 'pdfplumber', 'pypdfium2', 'docx', 'skops')"
            " if m in sys.modules]; print(','.join(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
