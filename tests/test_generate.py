"""The sample builder (samples/generate.py): a tracked change on a list item reaches the DOCX as a revision, and one
on a block that cannot carry it stops the build instead of vanishing (the dev sets' writers rely on both)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def generate():
    spec = importlib.util.spec_from_file_location("sample_generate", ROOT / "samples" / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


TRACKED_ITEM = {
    "en": ("The Operator shall notify the Company of a breach within", " 24 hours", " 72 hours"),
    "ko": ("수탁자는 유출등을 알게 된 때부터", " 24시간 이내에 위탁자에게 알린다.", " 72시간 이내에 위탁자에게 알린다."),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_tracked_change_on_a_list_item_is_a_revision_in_the_docx(generate, tmp_path, lang):
    from analyzer import extract

    before, inserted, deleted = TRACKED_ITEM[lang]
    spec = {"title": "Amendment", "lang": lang, "numbering": lang,
            "blocks": [{"h": "Incidents" if lang == "en" else "제1조(사고)"},
                       {"li": before, "ins": inserted, "del": deleted}]}
    out = tmp_path / "amendment.docx"
    generate.build_docx(spec, out)
    text = extract(out).text
    assert before + inserted in text  # the accepted text: the insertion kept, the deletion gone
    assert deleted.strip() not in text


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_tracked_change_on_a_heading_stops_the_build(generate, tmp_path, lang):
    source = tmp_path / "src" / "v"
    source.mkdir(parents=True)
    heading = "Incidents" if lang == "en" else "제1조(사고)"
    (source / "a.docx.yaml").write_text(
        f"title: T\nlang: {lang}\nnumbering: {lang}\nblocks:\n  - h: {heading}\n    ins: ' and notices'\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs a p or li block"):
        generate.build_tree(tmp_path / "src", tmp_path / "out")
