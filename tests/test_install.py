"""The wheel that `pip install .` builds carries models/ and clause_library/ and finds them from
any working directory (a fresh virtualenv, outside the repository)."""

from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = [pytest.mark.install, pytest.mark.slow]


def _run(cmd, cwd, **kw):  # type: ignore[no-untyped-def]
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=600, **kw)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """Budget: about 20-40 s (building the wheel fetches hatchling from the package index once)."""
    tmp = tmp_path_factory.mktemp("wheel")
    build = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp / "dist"), str(ROOT)], tmp)
    assert build.returncode == 0, build.stderr[-2000:]
    wheel = next((tmp / "dist").glob("pipa_contract_analyzer-*.whl"))
    venv = tmp / "venv"
    assert _run([sys.executable, "-m", "venv", str(venv)], tmp).returncode == 0
    py = venv / "bin" / "python"
    purelib = _run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp).stdout.strip()
    # The dependencies come from this interpreter's environment, so the test needs no download;
    # the project itself is installed from the wheel only.
    deps = [p for p in site.getsitepackages() + [sysconfig.get_paths()["purelib"]] if Path(p).is_dir()]
    (Path(purelib) / "_test_deps.pth").write_text("\n".join(deps) + "\n")
    inst = _run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--no-index", "--ignore-installed", str(wheel)], tmp)
    assert inst.returncode == 0, inst.stderr[-2000:]
    return venv, wheel, tmp


def test_wheel_contains_the_data_folders(installed):
    import zipfile

    _venv, wheel, _tmp = installed
    names = zipfile.ZipFile(wheel).namelist()
    lib_files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "clause_library").rglob("*") if p.is_file())
    for f in lib_files:
        assert f"analyzer/_data/{f}" in names
    assert any(n.startswith("analyzer/_data/models/") for n in names) or not any((ROOT / "models").iterdir())
    assert "analyzer/py.typed" in names


def test_installed_package_finds_its_data_from_any_directory(installed):
    venv, _wheel, tmp = installed
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    code = textwrap.dedent("""
        import json, analyzer
        from analyzer.resources import library_dir, models_dir
        print(json.dumps({"module": analyzer.__file__, "library": str(library_dir()), "models": str(models_dir())}))
    """)
    out = _run([str(venv / "bin" / "python"), "-c", code], elsewhere)
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    assert str(venv) in info["module"] and str(ROOT) not in info["module"]
    assert info["library"].endswith("analyzer/_data/clause_library") and str(venv) in info["library"]
    assert info["models"].endswith("analyzer/_data/models")


def test_console_script_runs_from_any_directory(installed):
    venv, _wheel, tmp = installed
    out = _run([str(venv / "bin" / "contract-analyzer"), "library", "list"], tmp)
    src = _run([sys.executable, "-m", "analyzer", "library", "list"], ROOT)
    assert out.returncode == src.returncode
    assert out.stdout == src.stdout
