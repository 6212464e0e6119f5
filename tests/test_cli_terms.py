"""`workbench terms …`: import, list, match (the issue's acceptance check), export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.resources import resource_path

STARTER = resource_path("termbase/starter.tbx")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ws(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "terms.db")
    code, out, _ = run(capsys, "--workspace", path, "terms", "import", str(STARTER))
    assert code == 0 and "added" in out
    return path


def test_acceptance_traditional_text_matches_with_exact_offsets(
    capsys: pytest.CaptureFixture[str], ws: str
) -> None:
    text = "重慶國際傳播中心發布了新專欄"
    code, out, _ = run(
        capsys, "--workspace", ws, "terms", "match", "--text", text, "--format", "json"
    )
    assert code == 0
    hits = json.loads(out)["hits"]
    by_text = {(h["start"], h["end"]): h for h in hits}
    chongqing = by_text[(0, 2)]
    assert chongqing["text"] == "重慶" and text[0:2] == "重慶"
    assert "Chongqing" in chongqing["targets"]
    center = by_text[(2, 8)]
    assert center["text"] == "國際傳播中心"
    assert "International Communication Center" in center["targets"]
    assert all(
        set(h) >= {"start", "end", "text", "concept_id", "targets", "forbidden"} for h in hits
    )


def test_forbidden_term_is_reported(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    _code, out, _ = run(
        capsys,
        "--workspace",
        ws,
        "terms",
        "match",
        "--text",
        "Henan's path to Chinese-style modernization",
        "--lang",
        "en",
        "--format",
        "json",
    )
    hits = json.loads(out)["hits"]
    forbidden = [h for h in hits if h["forbidden"]]
    assert forbidden and forbidden[0]["text"] == "Chinese-style modernization"
    assert "Chinese modernization" in forbidden[0]["replacements"]


def test_list_and_export_round_trip(
    capsys: pytest.CaptureFixture[str], ws: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--workspace", ws, "terms", "list", "--format", "json")
    bases = json.loads(out)
    assert bases[0]["name"] == "starter" and bases[0]["concepts"] >= 100
    for fmt, suffix in (("tbx", "tbx"), ("tbx-v3", "tbx"), ("csv", "csv"), ("xlsx", "xlsx")):
        target = tmp_path / f"out-{fmt}.{suffix}"
        code, _, err = run(
            capsys, "--workspace", ws, "terms", "export", str(target), "--format", fmt
        )
        assert code == 0 and target.exists(), err
        other = str(tmp_path / f"re-{fmt}.db")
        code, out, _ = run(capsys, "--workspace", other, "terms", "import", str(target))
        assert code == 0
        added = int(out.split(":")[1].split()[0])
        assert added == bases[0]["concepts"]


def test_malicious_tbx_is_refused_in_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    evil = tmp_path / "evil.tbx"
    evil.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        '<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&xxe;</term></tig>'
        "</langSet></termEntry></body></text></martif>\n",
        "utf-8",
    )
    code, out, err = run(
        capsys, "--workspace", str(tmp_path / "e.db"), "terms", "import", str(evil)
    )
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "evil.tbx" in err and "root:" not in err


def test_init_adds_the_starter_term_base_once(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = str(tmp_path / "fresh.db")
    code, out, _ = run(capsys, "--workspace", path, "init")
    assert code == 0 and "starter term base" in out
    code, out, _ = run(capsys, "--workspace", path, "init")
    assert "starter term base" not in out
    code, out, _ = run(capsys, "--workspace", path, "terms", "list", "--format", "json")
    assert len(json.loads(out)) == 1
    bare = str(tmp_path / "bare.db")
    run(capsys, "--workspace", bare, "init", "--no-starter-terms")
    code, out, _ = run(capsys, "--workspace", bare, "terms", "list", "--format", "json")
    assert json.loads(out) == []
