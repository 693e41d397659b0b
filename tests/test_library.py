"""The clause library validates, covers all 35 IDs, and the validator reports every problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.applicability import ExpressionError, Relationship, parse
from analyzer.errors import LibraryError
from analyzer.library import MIN_MET, MIN_NEGATIVES, MIN_WEAK, REQUIREMENT_IDS, load_library
from conftest import ROOT

LIB = ROOT / "clause_library"


@pytest.fixture(scope="module")
def library():
    return load_library(LIB, strict=True)


def test_the_shipped_library_validates(library):
    assert set(library.ids) == set(REQUIREMENT_IDS) and len(library.ids) == 35


def test_ids_match_the_reference_table():
    ref = ROOT.parent / "shared" / "reference" / "pipa-requirements.md"
    if not ref.exists():
        pytest.skip("reference not present")
    import re

    table = ref.read_text(encoding="utf-8").split("## 4.")[1].split("## 5.")[0]
    ids = re.findall(r"^\| ([A-Z]+(?:-[A-Z0-9]+)+) \|", table, re.MULTILINE)
    assert tuple(ids) == REQUIREMENT_IDS


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_example_counts_per_language(library, lang):
    for rid in library.ids:
        counts = library.example_counts(rid)[lang]
        assert counts["met"] >= MIN_MET and counts["weak"] >= MIN_WEAK, rid
    assert sum(1 for n in library.negatives if n.lang == lang) >= MIN_NEGATIVES


def test_kinds_follow_the_issue(library):
    kinds = {r.id: r.kind for r in library.requirements}
    assert kinds["XFER-NO-CONTRARY-TERMS"] == "prohibition"
    assert {k for k, v in kinds.items() if v == "checklist"} == {"XFER-NOTICE-ITEMS", "BREACH-NOTICE-CONTENT", "ENT-DOC-PURPOSE-SCOPE"}
    assert any(c.type == "contrary" for c in library.requirement("BREACH-NOTIFY-72H").checks)


# The four vendor patterns of the reference's section 3 (plus the pseudonymised recipient).
PATTERNS = {
    "domestic processor": Relationship("processor", overseas=False),
    "overseas processor": Relationship("processor", overseas=True),
    "domestic recipient": Relationship("recipient", overseas=False),
    "overseas recipient": Relationship("recipient", overseas=True),
    "pseudonymised recipient": Relationship("recipient", overseas=False, pseudonymised=True),
}
EXPECT = {  # family prefix -> patterns where it applies
    "ENT-": {"domestic processor", "overseas processor"},
    "TPP-": {"domestic recipient", "overseas recipient", "pseudonymised recipient"},
    "XFER-": {"overseas processor", "overseas recipient"},
    "GOV-DOMESTIC-AGENT": {"overseas recipient"},
    "MIN-PSEUDONYMISED": {"pseudonymised recipient"},
    "SEC-SAFETY-MEASURES": set(PATTERNS),
    "BREACH-PROCESSOR-NOTICE": set(PATTERNS),
    "DSR-ACCOUNT-DELETION": set(PATTERNS),
    "MIN-PURPOSE-LIMIT": set(PATTERNS),
}


@pytest.mark.parametrize("prefix", list(EXPECT))
def test_applicability_table(library, prefix):
    reqs = [r for r in library.requirements if r.id == prefix or (prefix.endswith("-") and r.id.startswith(prefix))]
    assert reqs
    for r in reqs:
        applies = {name for name, rel in PATTERNS.items() if r.applies_when.evaluate(rel)}
        assert applies == EXPECT[prefix], r.id


@pytest.mark.parametrize("bad", ["__import__('os').system('x')", "role == 'vendor'", "role.upper()", "1 + 1", "lambda: 1", ""])
def test_applicability_expressions_are_not_executed(bad):
    with pytest.raises(ExpressionError):
        parse(bad)


def test_validator_reports_every_problem_at_once(tmp_path):
    broken = tmp_path / "lib"
    shutil.copytree(LIB, broken)
    # 1) an unknown ID, 2) a missing requirement, 3) a bad applicability, 4) a duplicate example,
    # 5) an invalid regex, 6) a missing remediation language
    (broken / "requirements" / "XFER-MADE-UP.yaml").write_text((broken / "requirements" / "XFER-BASIS.yaml").read_text().replace("XFER-BASIS", "XFER-MADE-UP"))
    (broken / "requirements" / "ENT-TRAINING.yaml").unlink()
    r = broken / "requirements" / "DSR-DAMAGES-COVER.yaml"
    text = r.read_text()
    import yaml

    data = yaml.safe_load(text)
    data["applies_when"] = "role == 'seller'"
    data["checks"][0]["patterns"] = {"en": ["re:([unclosed"], "ko": ["보험"]} if data["checks"][0]["type"] != "deadline" else data["checks"][0].get("patterns")
    del data["remediation"]["clause"]["ko"]
    r.write_text(yaml.safe_dump(data, allow_unicode=True))
    # 7) an item supplied by an unknown requirement, 8) an item supplied by its own requirement
    t = broken / "requirements" / "TPP-RECIPIENT-RESTRICTIONS.yaml"
    tdata = yaml.safe_load(t.read_text())
    safeguards = next(c for c in tdata["checks"] if c["id"] == "recipient-safeguards")
    safeguards["items"][0]["met_by"] = ["SEC-MADE-UP"]
    safeguards["items"][1]["met_by"] = ["TPP-RECIPIENT-RESTRICTIONS"]
    t.write_text(yaml.safe_dump(tdata, allow_unicode=True))
    # 9) rules_required that is not a boolean, 10) an invalid weak_if_only pattern
    d = broken / "requirements" / "DSR-ACCOUNT-DELETION.yaml"
    ddata = yaml.safe_load(d.read_text())
    ddata["rules_required"] = "yes"
    ddata["if_absent"] = "met"  # 14) an absent topic can only be missing or weak
    ddata["in_passing"] = "met"  # 15) and so can a topic touched in passing
    ddata["weak_if_only"]["patterns"]["ko"] = ["re:(삭제"]
    ddata["checks"][0]["scope"] = "clause"  # 11) scope on a deadline check
    ddata["checks"][0]["decisive"] = True  # 12) decisive on a check that is not a weak phrase
    ddata["checks"][0]["says_less"] = True  # 20) says_less on a check that is not a weak phrase
    ddata["checks"][0]["spells_out"] = 3  # 23) spells_out on a check that is neither a require nor an items check
    ddata["set_out_by"] = 1  # 25) a clause of one required term is no more than a passing mention
    ddata["checks"][0]["if_immediate"] = "soon"  # 16) "at once" can only be met or weak
    ddata["checks"][0]["if_statutory"] = "fine"  # 17) nor can the statute's own period
    ddata["checks"][0]["chain"] = {"first": {"en": ["forward"], "ko": ["전달"]}}  # 26) a chain with no window of its own
    ddata["met_if_all"] = [["SEC-SAFETY-MEASURES"], ["DSR-MADE-UP"]]  # 18) a group naming an unknown requirement
    # 21) the long form with an invalid condition
    edata_path = broken / "requirements" / "TPP-CONSENT-ALIGNMENT.yaml"
    edata = yaml.safe_load(edata_path.read_text())
    edata["met_if_all"]["when"] = "role == "
    edata["met_if_all"]["if_no_clause"] = "yes"  # 26) if_no_clause is true or false
    edata_path.write_text(yaml.safe_dump(edata, allow_unicode=True))
    ddata["not_applicable_if"] = {"patterns": {"en": ["re:(unclosed"], "ko": ["의무가 없다"]}}  # 19) no reason, bad regex
    ddata["met_if_stated"] = {"patterns": {"en": ["barred"], "ko": ["금지"]}}  # 22) no reason
    # 13) patterns borrowed from a check that does not exist
    g = broken / "requirements" / "GOV-PRIVACY-OFFICER.yaml"
    gdata = yaml.safe_load(g.read_text())
    gdata["checks"].append({"id": "borrowed", "type": "contrary", "category": "harmful",
                            "patterns_from": "XFER-NO-CONTRARY-TERMS/no-such-check", "reason": {"en": "x", "ko": "x"}})
    # 27) a check another requirement does not have, 28) a requirement that does not exist
    gdata["weak_if_failed"] = {"checks": ["MIN-DATA-ITEMS/no-such-check"], "reason": {"en": "x", "ko": "x"}}
    # 29) a threshold that is not a positive number, a reason that does not cite the figures
    ddata["not_applicable_below"] = {"revenue_krw": -1, "data_subjects": 1000000, "reason": {"en": "x", "ko": "x"}}
    ddata["weak_if_failed"] = {"checks": ["MIN-MADE-UP/open-ended-list"], "reason": {"en": "x", "ko": "x"}}
    ddata["not_applicable_if_absent"] = {"when": "pseudonymised and", "reason": {"en": "x", "ko": "x"}}  # 30) bad condition
    ddata["labelled_by"] = {"en": ["re:(?:^Items"], "ko": ["항목"]}  # 31) a label that is no valid regex
    ddata["weak_if_only"]["patterns"]["en"] = ["deleted", "re:삭제하"]  # 32) a Korean phrase ending in a bare stem
    ddata["labelled_by"]["ko"] = ["항목", "파기하지 아니하"]
    ddata["decisive_in_passing"] = "yes"  # 33) a flag that is not true, false or a list of checks
    lpath = broken / "requirements" / "ENT-LIABILITY.yaml"  # 34) a condition for the default in_passing, and no valid one
    ldata = yaml.safe_load(lpath.read_text())
    ldata["in_passing_when"] = "pseudonymised and"
    ldata["decisive_in_passing"] = [ldata["checks"][0]["id"]]  # 35) a check named that is not a decisive one
    ldata["checks"][0]["not_from"] = {"en": ["cancel"], "ko": ["취소"]}  # 36) sentences set aside for no deadline
    ldata["checks"][0]["restates"] = "no-such-check"  # 37) restates on a check that is not contrary
    # 38) restates naming a check the requirement does not have as a weak phrase
    ldata["checks"].append({"id": "restating", "type": "contrary", "category": "harmful", "restates": "no-such-phrase",
                            "patterns": {"en": ["uncapped"], "ko": ["무제한"]}, "reason": {"en": "x", "ko": "x"}})
    lpath.write_text(yaml.safe_dump(ldata, allow_unicode=True))
    g.write_text(yaml.safe_dump(gdata, allow_unicode=True))
    d.write_text(yaml.safe_dump(ddata, allow_unicode=True))
    ex = broken / "examples" / "GOV-PRIVACY-OFFICER.yaml"
    exdata = yaml.safe_load(ex.read_text())
    exdata["en"]["met"].append(exdata["en"]["met"][0])
    ex.write_text(yaml.safe_dump(exdata, allow_unicode=True))
    with pytest.raises(LibraryError) as err:
        load_library(broken, strict=True)
    problems = "\n".join(err.value.problems)
    assert "unknown requirement ID 'XFER-MADE-UP'" in problems
    assert "requirement ENT-TRAINING is missing" in problems
    assert "role is one of processor, recipient, both" in problems
    assert "exact duplicate" in problems
    assert "remediation.clause: the ko text is missing" in problems
    assert "met_by must be a list of other requirement IDs" in problems
    assert "item destruction: met_by names the requirement itself" in problems
    assert "rules_required must be true or false" in problems
    assert "if_absent must be missing or weak" in problems
    assert "in_passing must be missing, weak or decides" in problems
    assert "weak_if_failed names 'MIN-DATA-ITEMS/no-such-check', not a check of MIN-DATA-ITEMS" in problems
    assert "weak_if_failed names 'MIN-MADE-UP', which is not another requirement ID" in problems
    assert "if_immediate: must be met or weak, not 'soon'" in problems
    assert "if_statutory: must be met or weak, not 'fine'" in problems
    assert "chain needs max_hours (a positive number), first and then (patterns)" in problems
    assert "met_if_all names 'DSR-MADE-UP', which is not another requirement ID" in problems
    assert "TPP-CONSENT-ALIGNMENT.yaml: met_if_all.when is invalid" in problems
    assert "not_applicable_if needs patterns (en, ko) and a reason (en, ko)" in problems
    assert "met_if_stated needs patterns (en, ko) and a reason (en, ko)" in problems
    assert "weak_if_only.patterns.ko: invalid pattern" in problems
    assert "scope is 'segment' or 'clause', and 'clause' only for weak_phrase checks" in problems
    assert "decisive is true or false, and true only for weak_phrase checks" in problems
    assert "says_less is true or false, and true only for weak_phrase checks" in problems
    assert "spells_out is a number of at least 2, on a require or items check only" in problems
    assert "set_out_by is a number of required terms, at least 2" in problems
    assert "met_if_all.if_no_clause is true or false" in problems
    assert "not_applicable_below: revenue_krw must be a positive number" in problems
    assert "not_applicable_if_absent.when is invalid" in problems
    assert "labelled_by.en: invalid pattern" in problems
    assert "'파기하지 아니하' ends in a verb stem, so it misses the forms that fuse the ending into it" in problems
    assert "write '파기하지 아니하-'" in problems
    assert "re:삭제하" not in problems  # a regular expression says its endings itself
    assert "decisive_in_passing must be true, false or a list of decisive check ids" in problems
    assert "ENT-LIABILITY.yaml: decisive_in_passing names 'liability-cap', which is not a decisive check of it" in problems
    assert "ENT-LIABILITY.yaml checks[0] (liability-cap): not_from sets sentences aside for a deadline check only" in problems
    assert "ENT-LIABILITY.yaml: in_passing_when needs in_passing (missing or decides)" in problems
    assert "ENT-LIABILITY.yaml: in_passing_when is invalid" in problems
    assert "patterns_from 'XFER-NO-CONTRARY-TERMS/no-such-check' must name a weak_phrase or contrary check" in problems
    assert "restates names a weak_phrase check of the same requirement, on a contrary check only" in problems
    assert "ENT-LIABILITY.yaml (restating): restates 'no-such-phrase', which is not a weak_phrase check of it" in problems
    assert len(err.value.problems) >= 10


def test_hash_ignores_line_endings_but_not_content(tmp_path):
    a = tmp_path / "a"
    shutil.copytree(LIB, a)
    f = a / "requirements" / "MIN-DATA-ITEMS.yaml"
    f.write_bytes(f.read_bytes().replace(b"\n", b"\r\n"))
    assert load_library(a).hash == load_library(LIB).hash
    f.write_bytes(f.read_bytes().replace(b"title:", b"title:", 1).replace(b"minimal", b"minimum", 1))
    g = a / "requirements" / "GOV-PRIVACY-OFFICER.yaml"
    g.write_text(g.read_text(encoding="utf-8").replace("severity: medium", "severity: high"), encoding="utf-8")
    assert load_library(a).hash != load_library(LIB).hash


def test_cli_validate_and_list_print_plain_lines():
    out = subprocess.run([sys.executable, "-m", "analyzer", "library", "list"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 35
    for line in lines:
        parts = line.split()
        assert parts[0] in REQUIREMENT_IDS and parts[2] in ("obligation", "prohibition", "checklist")
        assert parts[4].startswith("en:met=") and parts[5].startswith("ko:met=")
    val = subprocess.run([sys.executable, "-m", "analyzer", "library", "validate"], cwd=ROOT, capture_output=True, text=True)
    assert val.returncode == 0 and "is valid" in val.stdout


COUNTRY_NAMED = {
    # (a place the notice names, a text naming only Korea)
    "en": ("Recipient: Universidade do Douro, Rua do Campo Alegre 1021, Porto, Portugal", "Stored in Seoul, Republic of Korea"),
    "ko": ("이전받는 자: 브르노 지원센터(체코 공화국 브르노)", "서울에 있는 대한민국 서버에 보관"),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_countries_pattern_names_any_foreign_country_and_not_korea(library, lang):
    """@countries stands for pycountry's names: XFER-NOTICE-ITEMS finds the country of a recipient its own list of
    places never named, and a text naming only Korea names no country of transfer."""
    from analyzer.patterns import compile_pattern

    named, korea = COUNTRY_NAMED[lang]
    p = compile_pattern("@countries")
    assert p.search(named) is not None and p.regex.search(named) is not None
    assert p.search(korea) is None
    check = next(c for c in library.requirement("XFER-NOTICE-ITEMS").checks if c.type == "items")
    country = next(i for i in check.items if i.id == "country")
    assert any(p.source == "@countries" for p in country.patterns.for_lang(lang))
    assert any(p.search(named) for p in country.patterns.for_lang(lang))
    assert not any(p.search(korea) for p in country.patterns.for_lang(lang))


PLACEHOLDER_LAW = {
    # (foreign law named by the placeholder, the same shape naming Korea's law or none)
    "en": (["to the extent permitted by Singapore law", "to the extent permitted by Portuguese law",
            "to the extent permitted by US law", "to the extent permitted by Moldova law"],
           ["to the extent permitted by Korean law", "to the extent permitted by applicable law",
            "to the extent permitted by us law"]),
    "ko": (["체코 법령이 허용하는 범위", "우즈베키스탄 법령이 허용하는 범위", "러시아 법이 허용하는 범위", "이란 법이 허용하는 범위",
            "포 르 투 갈 법이 허용하는 범위"],
           ["관계 법령이 허용하는 범위", "대한민국 법령이 허용하는 범위", "'정보처리시스템'이란 법이 허용하는 범위"]),
}


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_country_placeholders_in_regexes_stand_for_the_finders_names(lang):
    """{country} and {country_adj} let a check name the shape ("{country} law") instead of writing out a list of
    places, which differed from check to check and always missed some (Portugal, Uzbekistan); a Korean word that
    is also a country's name (이란) counts only as a word of its own."""
    from analyzer.patterns import compile_pattern

    p = compile_pattern(r"re:\bto the extent permitted by (?:{country}|{country_adj}) laws?\b|"
                        r"(?:{country})\s*법\s*령?\s*이\s*허\s*용\s*하\s*는\s*범\s*위")
    foreign, domestic = PLACEHOLDER_LAW[lang]
    for text in foreign:
        assert p.search(text), text
    for text in domestic:
        assert not p.search(text), text


def test_an_unknown_placeholder_is_an_error_not_a_literal():
    import re

    from analyzer.patterns import compile_pattern

    with pytest.raises(re.error, match="unknown placeholder"):
        compile_pattern(r"re:\blaws of {countries}\b")
    assert compile_pattern(r"re:\bwithin \d{1,3} days\b").search("within 30 days")
