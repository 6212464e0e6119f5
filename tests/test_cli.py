"""The `workbench` command line: round trips, output contracts, exit codes, error style."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import __version__
from workbench.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ws(tmp_path: Path) -> str:
    return str(tmp_path / "cli.db")


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    for argv in (
        ["--workspace", ws],
        ["--workspace", ws, "frobnicate"],
        ["--workspace", ws, "show", "abc"],
        ["--workspace", ws, "export", "1"],
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 2
        assert "error:" in capsys.readouterr().err


def test_init_sample_list_show_export(
    capsys: pytest.CaptureFixture[str], ws: str, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "--workspace", ws, "init", "--sample")
    assert code == 0 and "Workspace ready" in out

    code, out, _ = run(capsys, "--workspace", ws, "list", "--format", "json")
    listing = json.loads(out)
    assert code == 0 and len(listing) == 3
    assert {"id", "title_zh", "title_en", "status"} <= set(listing[0])
    assert "谷雨" in out  # UTF-8, not \\u escapes

    code, out, _ = run(capsys, "--workspace", ws, "show", "1", "--format", "json")
    tree = json.loads(out)
    assert tree["id"] == 1 and tree["blocks"]
    assert {"source", "target", "segments"} <= set(tree["blocks"][0])

    code, out, _ = run(capsys, "--workspace", ws, "show", "1")
    assert code == 0 and "谷雨" in out

    target = tmp_path / "out" / "doc1.en.txt"
    code, _, err = run(
        capsys, "--workspace", ws, "export", "1", "--format", "txt", "--output", str(target)
    )
    assert code == 0 and "Wrote" in err
    lines = target.read_text("utf-8").splitlines()
    assert lines[0] == "Grain Rain: Spring in a Cup of New Tea"

    code, out, _ = run(
        capsys, "--workspace", ws, "export", "1", "--format", "txt", "--side", "source"
    )
    assert out.splitlines()[0] == "谷雨：一杯新茶里的春天"

    code, out, _ = run(capsys, "--workspace", ws, "export", "1", "--format", "json")
    assert json.loads(out) == tree

    code, out, err = run(capsys, "--workspace", ws, "export", "2", "--format", "txt")
    assert code == 0 and "not yet translated" in err
    assert "据统计" in out  # untranslated text keeps its source


def test_init_sample_twice_is_refused(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    assert run(capsys, "--workspace", ws, "init", "--sample")[0] == 0
    code, _, err = run(capsys, "--workspace", ws, "init", "--sample")
    assert code == 1 and "already holds documents" in err


def test_missing_document_is_one_line_exit_1(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    code, out, err = run(capsys, "--workspace", ws, "show", "7")
    assert code == 1 and out == ""
    assert err == "workbench: error: No document with id 7 in this workspace\n"


def test_import_errors_are_one_line(
    capsys: pytest.CaptureFixture[str], ws: str, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "--workspace", ws, "import", str(tmp_path / "nope.txt"))
    assert code == 1
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err


def test_workspace_from_environment(
    capsys: pytest.CaptureFixture[str], ws: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_WORKSPACE", ws)
    assert run(capsys, "init", "--sample")[0] == 0
    assert Path(ws).exists()


def test_backup_command(capsys: pytest.CaptureFixture[str], ws: str) -> None:
    run(capsys, "--workspace", ws, "init")
    code, out, _ = run(capsys, "--workspace", ws, "backup", "--keep", "2")
    assert code == 0 and Path(out.strip()).exists()


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    """The console script (python -m workbench) works as a separate process."""
    ws = str(tmp_path / "p.db")
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--workspace", ws, "list", "--format", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_acceptance_bilingual_corpus_round_trip(
    capsys: pytest.CaptureFixture[str], ws: str, corpus: Path
) -> None:
    """The foundation issue's check: 12 pairs, each equal to the corpus lines it came from."""
    source = corpus / "zhengzhou-2024-review.txt"
    code, out, _ = run(capsys, "--workspace", ws, "import", str(source))
    assert code == 0 and out.strip() == "1"
    code, out, _ = run(capsys, "--workspace", ws, "show", "1", "--format", "json")
    tree = json.loads(out)
    lines = [line.strip() for line in source.read_text("utf-8").splitlines() if line.strip()]
    assert len(tree["blocks"]) == 12
    for index, block in enumerate(tree["blocks"]):
        assert block["en"] == lines[2 * index]
        assert block["zh"] == lines[2 * index + 1]
        assert block["segments"] and all(s["zh"] and s["en"] for s in block["segments"])
    assert tree["title_en"] == "zhengzhou-2024-review"  # no title line: the file name


def test_import_options(capsys: pytest.CaptureFixture[str], ws: str, corpus: Path) -> None:
    source = corpus / "jinhua-center-unveiled.en.txt"
    code, out, _ = run(
        capsys,
        "--workspace",
        ws,
        "import",
        str(source),
        "--format",
        "txt",
        "--title",
        "Jinhua centre",
        "--source-lang",
        "en",
    )
    assert code == 0
    code, out, _ = run(capsys, "--workspace", ws, "show", out.strip(), "--format", "json")
    tree = json.loads(out)
    assert tree["title_en"] == "Jinhua centre"
    assert (tree["source_lang"], tree["target_lang"]) == ("en", "zh")
    assert tree["origin_format"] == "txt"
