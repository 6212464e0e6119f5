"""How the views read an item (``workbench.planner.views.ItemView``): its day and time in
Beijing, its colour, title and tooltip in the interface language, its stages."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.gui.planner.labels import (
    ITEM_STATUS,
    ITEM_TYPE,
    STAGE,
    beijing,
    label,
    local,
    name,
)

translate = QCoreApplication.translate


def publish_day(item: Any) -> date | None:
    moment = getattr(item, "publish_at", None)
    return beijing(moment).date() if moment is not None else None


def stages(item: Any) -> tuple[Any, ...]:
    return tuple(getattr(item, "stages", ()) or ())


def stage_due_day(stage: Any) -> date | None:
    due = getattr(stage, "due", None)
    return beijing(due).date() if due is not None else None


def sort_key(item: Any) -> tuple[datetime | str, int]:
    moment = getattr(item, "publish_at", None)
    return (beijing(moment).isoformat() if moment is not None else "", int(item.id))


def colour(item: Any) -> str:
    return str(getattr(item, "colour", "") or "#607d8b")


def title(item: Any, lang: str) -> str:
    return name(item.title_zh, item.title_en, lang) or translate("PlannerItems", "(untitled)")


def group_name(item: Any, lang: str) -> str:
    """The series or campaign the item belongs to."""
    if item.series_id:
        return name(item.series_name_zh, item.series_name_en, lang)
    if item.campaign_id:
        return name(item.campaign_name_zh, item.campaign_name_en, lang)
    return ""


def campaign_name(item: Any, lang: str) -> str:
    return name(item.campaign_name_zh, item.campaign_name_en, lang) if item.campaign_id else ""


def series_name(item: Any, lang: str) -> str:
    return name(item.series_name_zh, item.series_name_en, lang) if item.series_id else ""


def channel_names(item: Any) -> str:
    return ", ".join(c.name for c in getattr(item, "channels", ()))


def time_text(item: Any) -> str:
    moment = getattr(item, "publish_at", None)
    return beijing(moment).strftime("%H:%M") if moment is not None else ""


def next_stage(item: Any) -> Any | None:
    """The first stage not done yet (none once the item is published or cancelled)."""
    if str(item.status) in ("published", "cancelled"):
        return None
    return next((s for s in stages(item) if getattr(s, "done_at", None) is None), None)


def stage_label(stage: Any) -> str:
    return label(STAGE, stage.stage)


def publish_text(item: Any) -> str:
    """'2027-02-04 08:00 Beijing time', with the audience's clock when it differs."""
    moment = getattr(item, "publish_at", None)
    if moment is None:
        return translate("PlannerItems", "Not scheduled")
    here = beijing(moment)
    text = translate("PlannerItems", "%1 Beijing time").replace(
        "%1", here.strftime("%Y-%m-%d %H:%M")
    )
    zone = getattr(item, "timezone", "") or "Asia/Shanghai"
    there = local(moment, zone)
    if there.utcoffset() != here.utcoffset():
        text += " " + translate("PlannerItems", "(%1 %2 in %3)").replace(
            "%1", there.strftime("%Y-%m-%d")
        ).replace("%2", there.strftime("%H:%M")).replace("%3", zone)
    return text


def tooltip(item: Any, lang: str) -> str:
    """Everything a chip stands for, as rich text."""
    rows = [f"<b>{_esc(item.title_zh)}</b>" if item.title_zh else ""]
    if item.title_en:
        rows.append(f"<i>{_esc(item.title_en)}</i>")
    rows = [r for r in rows if r]
    rows.append(
        translate("PlannerItems", "Publishes %1").replace("%1", _esc(publish_text(item)))
        + "<br/><small>"
        + translate("PlannerItems", "The calendar shows every item on its Beijing-time day.")
        + "</small>"
    )
    facts = [label(ITEM_TYPE, item.type), label(ITEM_STATUS, item.status)]
    group = group_name(item, lang)
    if group:
        facts.append(_esc(group))
    channels = channel_names(item)
    if channels:
        facts.append(_esc(channels))
    rows.append(" · ".join(facts))
    lines = []
    for stage in stages(item):
        due = beijing(stage.due).strftime("%m-%d %H:%M") if stage.due is not None else "—"
        who = (
            _esc(stage.assignee_name)
            if stage.assignee_name
            else translate("PlannerItems", "unassigned")
        )
        done = " ✓" if stage.done_at is not None else ""
        lines.append(f"{stage_label(stage)}: {due} · {who}{done}")
    if lines:
        rows.append("<br/>".join(lines))
    return "<p style='white-space:pre'>" + "<br/>".join(rows) + "</p>"


def stage_tooltip(item: Any, stage: Any, lang: str) -> str:
    due = beijing(stage.due).strftime("%Y-%m-%d %H:%M") if stage.due is not None else "—"
    who = stage.assignee_name or translate("PlannerItems", "unassigned")
    text = (
        translate("PlannerItems", "%1 of “%2” due %3 Beijing time — %4")
        .replace("%1", stage_label(stage))
        .replace("%2", title(item, lang))
        .replace("%3", due)
        .replace("%4", who)
    )
    if stage.done_at is not None:
        text += " ✓"
    return text


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
