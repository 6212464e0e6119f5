"""``workbench qa``: the acceptance run on a bilingual XLIFF with a TBX term base, every
output format, workspace targets, file formats, exit codes and errors."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from workbench.cli import main
from workbench.qa.registry import CHECK_IDS

DATA = Path(__file__).parent / "data" / "qa"
PLANTED = DATA / "planted.xlf"
TERMS = DATA / "terms.tbx"

# unit id -> the check planted there (each must be reported with this id on this unit).
PLANTED_DEFECTS = {
    "number": "number-mismatch",
    "forbidden": "term-forbidden",
    "missing-term": "term-missing",
    "width-zh": "punct-width",
    "spacing-en": "punct-spacing",
    "brackets": "unpaired-brackets",
    "empty": "untranslated",
    "copied": "same-as-source",
    "inconsistent": "inconsistent-target",
    "src-b": "inconsistent-source",
    "repeated": "repeated-word",
    "apostrophe": "missing-apostrophe",
    "double-space": "double-space",
    "edge": "whitespace-edge",
    "truncated": "length-ratio",
    "latin-spacing": "cjk-latin-spacing",
    "tags": "tag-mismatch",
    "spelling": "spelling",
}
# Correct translations that merely look different: 万 vs million, 第七届 vs 7th,
# 百分之三十 vs 30 percent, 5月31日 vs May 31, 二十四节气 vs 24 solar terms, 1.2亿.
CLEAN = (
    "ok-wan",
    "ok-ordinal",
    "ok-percent",
    "ok-date",
    "ok-solar",
    "ok-yi",
    "ref-a",
    "ref-b",
    "src-a",
)


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict]:
    code = main(["qa", *argv, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_acceptance_every_planted_defect_and_silence_on_correct_units(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, report = _json(capsys, str(PLANTED), "--termbase", str(TERMS))
    assert code == 1  # error-severity findings
    found: dict[str, set[str]] = {}
    for finding in report["findings"]:
        assert set(finding) >= {"check", "unit", "side", "severity", "message", "span"}
        found.setdefault(finding["unit"], set()).add(finding["check"])
    for unit, check in PLANTED_DEFECTS.items():
        assert check in found.get(unit, set()), (unit, check, found.get(unit))
    assert set(PLANTED_DEFECTS.values()) == set(CHECK_IDS)  # every check has a planted case
    for unit in CLEAN:
        assert unit not in found, (unit, found.get(unit))
    # The defect units carry nothing unexpected either (no collateral false alarms).
    extra = {
        u: checks - {PLANTED_DEFECTS[u]} for u, checks in found.items() if u in PLANTED_DEFECTS
    }
    assert extra == {
        "forbidden": {"term-missing"},  # the forbidden rendering is also not an approved one
        "missing-term": set(),
    } | {u: set() for u in extra if u not in ("forbidden", "missing-term")}
    summary = report["summary"]
    assert summary["units"] == 27 and summary["findings"] == len(report["findings"])
    number = next(
        f for f in report["findings"] if f["check"] == "number-mismatch" and f["side"] == "source"
    )
    assert "375" in number["message"] and "357" in number["message"]
    assert number["span"] == [4, 7]


def test_spans_point_at_the_defect(capsys: pytest.CaptureFixture[str]) -> None:
    from workbench.interchange.reader import read_bilingual

    units = {u.id: u for u in read_bilingual(PLANTED).units}
    _, report = _json(capsys, str(PLANTED), "--termbase", str(TERMS))
    for finding in report["findings"]:
        unit = units[finding["unit"]]
        text = unit.source if finding["side"] == "source" else unit.target
        start, end = finding["span"]
        assert 0 <= start <= end <= len(text)
    by = {(f["unit"], f["check"]): f for f in report["findings"]}
    assert units["forbidden"].target[slice(*by["forbidden", "term-forbidden"]["span"])] == (
        "Chinese-style modernization"
    )
    assert by["forbidden", "term-forbidden"]["fix"]["replacement"] == "Chinese modernization"


def test_checks_and_profile_options(capsys: pytest.CaptureFixture[str]) -> None:
    code, report = _json(capsys, str(PLANTED), "--checks", "repeated-word,double-space")
    assert code == 0  # warnings only
    assert {f["check"] for f in report["findings"]} == {"repeated-word", "double-space"}
    code, report = _json(capsys, str(PLANTED), "--profile", "print", "--termbase", str(TERMS))
    assert "cjk-latin-spacing" not in {f["check"] for f in report["findings"]}
    assert main(["qa", str(PLANTED), "--checks", "nope"]) == 1
    assert "Unknown check 'nope'" in capsys.readouterr().err
    assert main(["qa", str(PLANTED), "--profile", "nope"]) == 1
    assert "No QA profile 'nope'" in capsys.readouterr().err


def test_text_html_and_xlsx_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["qa", str(PLANTED), "--termbase", str(TERMS)]) == 1
    text = capsys.readouterr().out
    assert "number\tsource\t4-7\terror\tnumber-mismatch" in text
    assert text.rstrip().endswith("in 27 units")
    html_path, xlsx_path = tmp_path / "r.html", tmp_path / "r.xlsx"
    main(["qa", str(PLANTED), "--format", "html", "--output", str(html_path), "--lang", "zh"])
    html = html_path.read_text("utf-8")
    assert "质量检查报告" in html and "数字不一致" in html
    main(["qa", str(PLANTED), "--format", "xlsx", "--output", str(xlsx_path)])
    sheet = openpyxl.load_workbook(xlsx_path)["Findings"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert any("number-mismatch" in " ".join(str(v) for v in row) for row in values[1:])
    assert main(["qa", str(PLANTED), "--format", "xlsx"]) == 1
    assert "--format xlsx needs --output" in capsys.readouterr().err


@pytest.mark.parametrize("sample", ["minimal.tmx", "minimal_21.xlf"])
def test_tmx_and_xliff2_files(
    capsys: pytest.CaptureFixture[str], sample: str, corpus: Path
) -> None:
    path = corpus.parent / "docs" / "samples" / sample
    code, report = _json(capsys, str(path))
    assert code in (0, 1)
    assert report["summary"]["units"] >= 1


def test_tmx_units_are_named_by_tuid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tmx = tmp_path / "t.tmx"
    tmx.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="zh-CN"'
        ' datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x"'
        ' creationtool="t" creationtoolversion="1"/><body>'
        '<tu tuid="a7"><tuv xml:lang="zh-CN"><seg>邀请375位专家。</seg></tuv>'
        '<tuv xml:lang="en-US"><seg>Invited 357 experts.</seg></tuv></tu>'
        '<tu><tuv xml:lang="zh-CN"><seg>重庆。</seg></tuv>'
        '<tuv xml:lang="en-US"><seg></seg></tuv></tu>'
        "</body></tmx>",
        "utf-8",
    )
    code, report = _json(capsys, str(tmx))
    assert code == 1
    assert {(f["unit"], f["check"]) for f in report["findings"]} >= {
        ("a7", "number-mismatch"),
        ("2", "untranslated"),  # no tuid: its 1-based position
    }


def test_bad_input_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xlf"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xliff>&a;</xliff>', "utf-8")
    assert main(["qa", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("workbench: error:") and err.count("\n") == 1 and "bad.xlf" in err
    assert main(["qa", str(PLANTED), "--termbase", str(tmp_path / "none.tbx")]) == 1
    assert "none.tbx" in capsys.readouterr().err
    # The term base is read while the checks run; a broken one is still an error, even
    # when no chosen check reads it.
    broken = tmp_path / "broken.tbx"
    broken.write_text('<?xml version="1.0"?><martif type="TBX"><text><body><termEntry>', "utf-8")
    for checks in ("term-missing", "double-space"):
        argv = ["qa", str(PLANTED), "--termbase", str(broken), "--checks", checks]
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.startswith("workbench: error:") and "broken.tbx" in err and "malformed" in err


def test_workspace_document_issue_and_all(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = tmp_path / "w.db"
    monkeypatch.setenv("WORKBENCH_WORKSPACE", str(workspace))
    source = tmp_path / "a.txt"
    source.write_text("重庆是山城。\nChongqing is is the the mountain city.\n", "utf-8")
    assert main(["init", "--no-starter-terms"]) == 0
    assert main(["import", str(source), "--format", "bilingual"]) == 0
    capsys.readouterr()
    code, report = _json(capsys, "1", "--checks", "repeated-word")
    assert code == 0
    assert [(f["unit"], f["check"]) for f in report["findings"]] == [("1", "repeated-word")]
    code, everything = _json(capsys, "all", "--checks", "repeated-word")
    assert everything["findings"] == report["findings"]
    code, issue = _json(capsys, "issue:99", "--checks", "repeated-word")
    assert issue["findings"] == [] and issue["summary"]["units"] == 0
    assert main(["qa", "42"]) == 1
    assert "No document with id 42" in capsys.readouterr().err
    assert main(["qa", "nonsense"]) == 1
    assert "No such file or document" in capsys.readouterr().err


def test_each_json_line_is_the_findings_own_dictionary() -> None:
    """The JSON report writes findings out by hand (speed); it must say what ``to_dict``
    says, escapes included."""
    from workbench.cli.qa import finding_json
    from workbench.qa.model import Finding, Fix, Severity, Side, Unit

    unit = Unit('u"1\\', "原文\n“引号”", "target\ttext", position=1)
    fix = Fix(Side.TARGET, 0, 6, 'a "b"\\\u2028', "x", "y")
    findings = [
        Finding("punct-width", unit, Side.SOURCE, Severity.WARNING, "Half-width “,” 中文", "m"),
        Finding("tag-mismatch", unit, Side.TARGET, Severity.ERROR, 'say "hi"\n', "m", (0, 6), fix),
        Finding(
            "spelling", unit, Side.TARGET, Severity.INFO, "x", "m", (1, 2), ignored_reason="名字"
        ),
    ]
    for finding in findings:
        line = finding_json(finding)
        assert json.loads(line) == finding.to_dict()
        assert line == json.dumps(finding.to_dict(), ensure_ascii=False)
