"""Project-level promises: README commands, CI script, resources shipped in the wheel."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from workbench.resources import ResourceNotFound, resource_path, resources_root, ui_path

ROOT = Path(__file__).resolve().parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## Set up", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```bash\n(.+?)\n```", section, re.S)


def test_readme_has_exactly_two_setup_commands() -> None:
    commands = readme_commands()
    assert len(commands) == 2
    launch, tests = commands
    assert "workbench-gui --sample" in launch
    assert "pytest" in tests


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert readme_commands()[1] in ci.splitlines()


def test_resource_locator_guards_against_traversal() -> None:
    with pytest.raises(ResourceNotFound):
        resource_path("../pyproject.toml")
    with pytest.raises(ResourceNotFound):
        resource_path("icons/no-such-icon.svg")
    assert ui_path("document_list.ui").is_file()


def test_every_resource_the_code_names_exists() -> None:
    """Literal resource_path()/ui_path()/load_form() names in the code must exist."""
    pattern = re.compile(r"(resource_path|ui_path|load_form)\(\s*\"([^\"]+)\"")
    names = []
    for source in (ROOT / "workbench").rglob("*.py"):
        names += pattern.findall(source.read_text("utf-8"))
    assert names, "no resource references found"
    for function, name in names:
        (ui_path if function in ("ui_path", "load_form") else resource_path)(name)


@pytest.mark.slow
def test_wheel_ships_resources_and_forms(tmp_path: Path) -> None:
    """Build the wheel and import from it alone: resources and forms come along."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("icc_workbench-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "site")
    for expected in (
        "workbench/_data/ui/document_list.ui",
        "workbench/_data/resources/sample/sample_workspace.json",
        "workbench/_data/resources/translations/workbench_zh_CN.qm",
        "workbench/db/migrations/versions/0001_initial.py",
    ):
        assert expected in names
    probe = textwrap.dedent("""
        import json, workbench, workbench.resources as r
        from workbench.sample import load_sample_data
        print(json.dumps({"pkg": workbench.__file__, "res": str(r.resources_root()),
                          "ui": str(r.ui_path("document_list.ui")),
                          "docs": len(load_sample_data()["documents"])}))
    """)
    site = tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    import json

    found = json.loads(result.stdout)
    assert found["pkg"].startswith(str(site))
    assert found["res"].startswith(str(site)) and found["ui"].startswith(str(site))
    assert found["docs"] >= 3
    assert resources_root() != Path(found["res"])
