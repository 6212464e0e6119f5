"""The ``--smoke-test`` flag, in process: every step passes on throw-away data and the
user's folders are left alone; a failing step gives a non-zero exit and names itself."""

from __future__ import annotations

import io
import os

import pytest

from workbench.gui import smoke
from workbench.gui.app import main, parse_args

pytestmark = pytest.mark.gui


def test_smoke_test_passes_every_step(qapp: object) -> None:
    before = {key: os.environ.get(key) for key in smoke._ENV_KEYS}
    out, err = io.StringIO(), io.StringIO()
    assert smoke.run_smoke_test(out, err) == 0, out.getvalue() + err.getvalue()
    lines = out.getvalue().splitlines()
    for step in smoke.STEP_NAMES:
        assert any(line.startswith(f"smoke: {step} ok (") for line in lines), lines
    assert lines[-1].startswith("smoke: passed in")
    assert "FAILED" not in out.getvalue()
    # The user-folder variables are back as they were (the conftest's temp folders).
    assert {key: os.environ.get(key) for key in smoke._ENV_KEYS} == before


def test_smoke_steps_match_the_step_names() -> None:
    assert tuple(name for name, _ in smoke._steps(smoke._Smoke(None))) == smoke.STEP_NAMES  # type: ignore[arg-type]


def test_failing_step_exits_non_zero(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: smoke._Smoke) -> str:
        raise smoke.SmokeFailure("no findings list")

    monkeypatch.setattr(smoke._Smoke, "qa_run", broken)
    out, err = io.StringIO(), io.StringIO()
    assert smoke.run_smoke_test(out, err) == 1
    text = out.getvalue()
    assert "smoke: import ok" in text
    assert "smoke: qa FAILED: SmokeFailure: no findings list" in text
    assert "smoke: export" not in text
    assert "SmokeFailure" in err.getvalue()


def test_flag_runs_the_smoke_test(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_args(["--smoke-test"]).smoke_test
    calls: list[bool] = []
    monkeypatch.setattr(smoke, "run_smoke_test", lambda: calls.append(True) or 7)
    assert main(["--smoke-test"]) == 7
    assert calls == [True]
