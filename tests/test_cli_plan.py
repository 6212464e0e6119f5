"""``workbench plan``: channels, people, series, campaigns, items, the solar-term generator
and the workload, in text and JSON, with errors as one line and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.cli import main


@pytest.fixture
def run(workspace_path: Path, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def run(*args: str, code: int = 0) -> str:
        try:
            result = main(["--workspace", str(workspace_path), "plan", *args])
        except SystemExit as exc:  # usage errors leave from argparse
            result = int(exc.code or 0)
        captured = capsys.readouterr()
        assert result == code, captured.err
        return captured.out if code == 0 else captured.err

    return run


def _json(text: str) -> object:
    return json.loads(text)


def test_solar_terms_series_in_one_command(run) -> None:  # type: ignore[no-untyped-def]
    assert run("channel", "seed") == "Added 9 channels\n"
    assert "Europe/London" in run("channel", "list")
    assert run("person", "add", "Li Na", "--roles", "translator", "--hours", "2") == "1\n"
    out = run(
        "generate", "solar-terms", "--series", "24 Solar Terms 2027", "--year", "2027",
        "--lead", "draft=14,translation=10,review=5,approval=3", "--holidays", "shift-earlier",
        "--channels", "WeChat,X", "--team", "translation=Li Na",
    )  # fmt: skip
    assert "二十四节气 2027 / 24 Solar Terms 2027 with 24 items" in out

    series = _json(run("series", "list", "--format", "json"))
    assert series == [
        {
            "id": 1,
            "name_zh": "二十四节气 2027",
            "name_en": "24 Solar Terms 2027",
            "description": "",
            "cadence": {
                "at": "08:00",
                "kind": "solar-terms",
                "terms": [],
                "timezone": "Asia/Shanghai",
            },
            "team": {"translation": 1},
            "status": "active",
            "colour": "#2e7d32",
            "channels": ["WeChat", "X"],
            "items": 24,
        }
    ]
    shown = run("series", "show", "24 solar terms 2027")
    assert "on 24 solar terms at 08:00" in shown and "translation=Li Na" in shown

    items = _json(
        run("item", "list", "--from", "2027-02-01", "--to", "2027-02-28", "--format", "json")
    )
    assert [i["title_en"] for i in items] == ["Start of Spring · 2027", "Rain Water · 2027"]  # type: ignore[index]
    spring = items[0]  # type: ignore[index]
    assert spring["publish_local"] == "2027-02-04T08:00:00+08:00"
    stages = {s["stage"]: s for s in spring["stages"]}
    assert stages["translation"]["due"] == "2027-01-25T00:00:00+00:00"  # 08:00 Beijing
    assert stages["translation"]["assignee"] == "Li Na"
    # Review was due on Saturday 30 January: moved to Friday the 29th.
    assert stages["review"]["due"] == "2027-01-29T00:00:00+00:00"

    text = run("item", "list", "--from", "2027-02-01", "--to", "2027-02-28", "--person", "Li Na")
    assert "2027-02-04 08:00 Asia/Shanghai" in text and "立春 · 2027" in text
    assert "[WeChat, X]" in text
    assert (
        run("item", "list", "--from", "2027-02-01", "--to", "2027-02-28", "--channel", "Weibo")
        == ""
    )
    shown = run("item", "show", str(spring["id"]))
    assert "translation  2027-01-25 08:00  Li Na" in shown


def test_items_and_campaigns(run) -> None:  # type: ignore[no-untyped-def]
    run("channel", "seed")
    assert run(
        "campaign", "add", "--name-zh", "2026黄河文化月", "--name-en", "Yellow River Month 2026",
        "--start", "2026-09-01", "--end", "2026-09-30", "--kpi", "views=100000",
        "--channels", "Facebook",
    ) == "1\n"  # fmt: skip
    item_id = run(
        "item", "add", "--title-zh", "开幕", "--title-en", "Opening",
        "--publish", "2026-09-01 10:00", "--campaign", "Yellow River Month 2026",
        "--channels", "Facebook", "--lead", "draft=10,review=3",
    ).strip()  # fmt: skip
    assert item_id == "1"
    campaign = _json(run("campaign", "show", "1", "--format", "json"))
    assert campaign["items"] == 1 and campaign["kpi_targets"] == {"views": 100000.0}  # type: ignore[index]
    assert "KPI views: 0 of 100000" in run("campaign", "show", "2026黄河文化月")
    assert "Yellow River Month 2026" in run("campaign", "list")

    assert run("campaign", "copy", "Yellow River Month 2026", "--to-year", "2027") == "2\n"
    copied = _json(run("item", "list", "--campaign", "2", "--format", "json"))
    assert [i["publish_local"] for i in copied] == ["2027-09-01T10:00:00+08:00"]  # type: ignore[index]

    # An item of a series: the series' team takes its stages.
    run("person", "add", "Wang Fang")
    run("series", "add", "--name-en", "Voices", "--team", "review=Wang Fang", "--colour", "#123456")
    assert "Voices" in run("series", "list")
    voice = run("item", "add", "--title-en", "Voice 1", "--series", "Voices",
                "--publish", "2027-03-02", "--lead", "review=2").strip()  # fmt: skip
    shown = _json(run("item", "show", voice, "--format", "json"))
    review = next(s for s in shown["stages"] if s["stage"] == "review")  # type: ignore[index]
    # Two days before 08:00 on 2 March (Beijing), stored in UTC.
    assert (review["assignee"], review["due"]) == ("Wang Fang", "2027-02-28T00:00:00+00:00")
    assert shown["colour"] == "#123456"  # type: ignore[index]

    # An unscheduled idea shows in a list without dates.
    run("item", "add", "--title-en", "Someday", "--type", "video")
    assert "unscheduled" in run("item", "list")
    assert "Someday" not in run("item", "list", "--from", "2026-01-01")


def test_workload_overload_and_missed_deadlines(run) -> None:  # type: ignore[no-untyped-def]
    run("person", "add", "Wang Fang", "--hours", "1.5")
    # Far in the future, so that no deadline has passed whenever the test runs.
    for name in ("A", "B"):  # two items a term, each review 1 h for Wang Fang
        run("generate", "solar-terms", "--series", f"Terms {name}", "--name-zh", f"节气{name}",
            "--year", "2040", "--team", "review=Wang Fang")  # fmt: skip
    # 立春 2040 (Saturday 4 Feb): review due Monday 30 January, in ISO week 2040-W05.
    text = run("workload", "--from", "2040-01-30", "--to", "2040-02-12")
    assert "Wang Fang            2040-W05     2.0 / 1.5 h  OVERLOADED" in text
    assert "2040-W06" not in text  # no work that week: not listed
    load = _json(run("workload", "--from", "2040-01-30", "--to", "2040-02-12", "--format", "json"))
    assert [(w["week"], w["overloaded"]) for w in load["weeks"]] == [  # type: ignore[index]
        ("2040-W05", True),
        ("2040-W06", False),
    ]
    assert load["missed"] == []  # type: ignore[index]

    run("item", "add", "--title-en", "Long ago", "--publish", "2020-01-10 08:00",
        "--lead", "draft=5")  # fmt: skip
    text = run("workload", "--from", "2040-01-30", "--to", "2040-02-05")
    assert "Missed deadlines:" in text
    assert "draft" in text and "Long ago" in text and "unassigned" in text


def test_plan_errors(run) -> None:  # type: ignore[no-untyped-def]
    assert "No series named 'Nothing'" in run("series", "show", "Nothing", code=1)
    assert "No content item with id 5" in run("item", "show", "5", code=1)
    assert "not of the form name=value" in run(
        "generate", "solar-terms", "--series", "S", "--year", "2027", "--lead", "draft", code=1
    )
    assert "Unknown stage 'print'" in run(
        "generate", "solar-terms", "--series", "S", "--year", "2027", "--lead", "print=3", code=1
    )
    assert "No channel named 'WeChat'" in run(
        "generate", "solar-terms", "--series", "S", "--year", "2027", "--channels", "WeChat",
        code=1,
    )  # fmt: skip
    assert "not a date" in run("item", "list", "--from", "March", code=2)
    assert "--lead needs --publish" in run(
        "item", "add", "--title-en", "x", "--lead", "draft=1", code=1
    )
    assert "invalid choice" in run("generate", "solar-terms", "--series", "S", "--year", "2027",
                                   "--holidays", "never", code=2)  # fmt: skip
    assert run("series", "list") == ""
