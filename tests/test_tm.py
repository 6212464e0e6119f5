"""Translation memory: TMX import (one transaction), fuzzy lookup against brute-force
rapidfuzz, short CJK queries, context matches, confirmed segments, concordance, CLI."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
import sqlalchemy as sa
from rapidfuzz import fuzz, process
from sqlmodel import Session

from workbench.cli import main
from workbench.db.workspace import Workspace
from workbench.documents.store import store_draft
from workbench.editor.changes import apply_batch
from workbench.editor.workflow import confirm, set_status
from workbench.errors import Cancelled, ImportFailed
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models.enums import BlockKind, Language
from workbench.tm.lookup import concordance, lookup
from workbench.tm.store import NewUnit, add_units, counts_by_origin
from workbench.tm.text import normalize
from workbench.tm.tmx_import import export_tm_tmx, import_tmx

UNITS = [
    ("重庆是中国西南地区的重要城市。", "Chongqing is an important city in southwest China."),
    ("重庆是中国西部地区的重要城市之一。", "Chongqing is one of the key cities in western China."),
    ("成都是四川省的省会。", "Chengdu is the capital of Sichuan Province."),
    ("重庆", "Chongqing"),
    ("重庆市", "Chongqing Municipality"),
    (
        "自由贸易试验区建设取得新进展。",
        "New progress was made in building the pilot free trade zone.",
    ),
    ("贸易往来日益密切。", "Trades between the two sides are increasingly close."),
]


def _tmx(path: Path, units: list[tuple[str, str]], *, tail: str = "</body>\n</tmx>\n") -> Path:
    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;")

    body = "".join(
        f'<tu><tuv xml:lang="zh-CN"><seg>{esc(zh)}</seg></tuv>'
        f'<tuv xml:lang="en-US"><seg>{esc(en)}</seg></tuv></tu>\n'
        for zh, en in units
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        '<header srclang="zh-CN" segtype="sentence" adminlang="en" datatype="plaintext"'
        ' o-tmf="test" creationtool="test" creationtoolversion="1"/>\n<body>\n' + body + tail,
        encoding="utf-8",
    )
    return path


@pytest.fixture
def tm(workspace: Workspace, tmp_path: Path) -> Workspace:
    result = import_tmx(workspace, _tmx(tmp_path / "small.tmx", [*UNITS, ("空的。", "")]))
    assert (result.units, result.skipped) == (len(UNITS), 1)
    assert (result.source_lang, result.target_lang) == ("zh", "en")
    return workspace


def _count(workspace: Workspace) -> int:
    with workspace.session() as session:
        return int(session.execute(sa.text("SELECT count(*) FROM tm_unit")).scalar() or 0)


def test_exact_and_fuzzy_matches_best_first(tm: Workspace) -> None:
    with tm.session() as session:
        exact = lookup(session, "成都是四川省的省会。", "zh", "en")
        fuzzy = lookup(session, "重庆是中国西南地区的重要城市之一。", "zh", "en")
        swapped = lookup(session, "成都是四川省的省会。", "en", "zh")
    assert exact[0].score == 100.0 and exact[0].target.startswith("Chengdu")
    assert exact[0].origin == "tmx" and exact[0].origin_ref == "small.tmx"
    assert [m.source for m in fuzzy[:2]] == [UNITS[1][0], UNITS[0][0]]
    scores = [m.score for m in fuzzy]
    assert scores == sorted(scores, reverse=True) and 50 <= scores[-1] < 100
    # The diff rebuilds both texts: equal+delete is the unit, equal+insert the query.
    pieces = fuzzy[1].diff
    assert "".join(t for k, t in pieces if k != "insert") == fuzzy[1].source
    assert "".join(t for k, t in pieces if k != "delete") == "重庆是中国西南地区的重要城市之一。"
    assert swapped == []  # no en→zh units


def test_normalised_comparison() -> None:
    assert normalize("  重庆，中国  ２０２４\tyear ") == "重庆,中国 2024 year"


def test_two_character_cjk_queries_find_units(tm: Workspace) -> None:
    """The trigram index has nothing for 1–2 characters; instr() finds them."""
    with tm.session() as session:
        found = lookup(session, "重庆", "zh", "en")
        one = lookup(session, "渝", "zh", "en")
    assert [(m.source, round(m.score)) for m in found] == [("重庆", 100), ("重庆市", 80)]
    assert one == []


def test_context_match_scores_101(workspace: Workspace) -> None:
    with workspace.session() as session:
        ids = _document(session, [("第一句。", ""), ("第二句。", ""), ("第三句。", "")])
        confirm(session, ids[1], "Sentence two.", author="me")
        in_context = lookup(session, "第二句。", "zh", "en", context=("第一句。", "第三句。"))
        elsewhere = lookup(session, "第二句。", "zh", "en", context=("别的。", "第三句。"))
        plain = lookup(session, "第二句。", "zh", "en")
    assert in_context[0].score == 101.0 and in_context[0].context_match
    assert elsewhere[0].score == 100.0 and not elsewhere[0].context_match
    assert plain[0].score == 100.0


def _document(session: Session, *paragraphs: list[tuple[str, str]]) -> list[int]:
    """A zh→en document, one block per paragraph; segment ids in reading order."""
    blocks = [
        DraftBlock(
            kind=BlockKind.PARAGRAPH,
            source="".join(s for s, _ in pairs),
            segments=[DraftSegment(s, t, "", "") for s, t in pairs],
        )
        for pairs in paragraphs
    ]
    document = store_draft(
        session, DraftDocument(Language.ZH, Language.EN, blocks=blocks), author="imp"
    )
    rows = session.execute(
        sa.text(
            "SELECT s.id FROM segment s JOIN block b ON b.id = s.block_id"
            " WHERE s.document_id = :d ORDER BY b.position, s.position"
        ),
        {"d": document.id},
    )
    return [int(r) for (r,) in rows]


def _units_of(session: Session, segment_id: int) -> list[tuple[str, str, str, str, str]]:
    return [
        tuple(r)  # type: ignore[misc]
        for r in session.execute(
            sa.text(
                "SELECT source, target, origin, context_before, context_after FROM tm_unit"
                " WHERE segment_id = :s"
            ),
            {"s": segment_id},
        )
    ]


def test_confirmed_segment_enters_and_updates_one_unit(workspace: Workspace) -> None:
    with workspace.session() as session:
        ids = _document(session, [("甲。", ""), ("乙句子。", ""), ("丙。", "")])
        first = confirm(session, ids[1], "B.", author="me")
        assert _units_of(session, ids[1]) == [("乙句子。", "B.", "confirmed", "甲。", "丙。")]
        confirm(session, ids[1], "Second B.", author="me")
        assert _units_of(session, ids[1]) == [
            ("乙句子。", "Second B.", "confirmed", "甲。", "丙。")
        ]
        set_status(session, [ids[1]], "reviewed", author="rev")  # text unchanged: same unit
        assert len(_units_of(session, ids[1])) == 1
        match = lookup(session, "乙句子。", "zh", "en")[0]
        assert (match.target, match.origin, match.created_by) == ("Second B.", "confirmed", "me")
        # Undoing the first confirm (back to "new", no target) takes the unit out again.
        apply_batch(session, first.batch.inverted(), author="me")
        assert _units_of(session, ids[1]) == []
        confirm(session, ids[0], "A.", author="me")
        assert _units_of(session, ids[0]) == [("甲。", "A.", "confirmed", "", "乙句子。")]
        assert counts_by_origin(session) == {"confirmed": 1}


def test_neighbours_across_blocks_and_whole_document_batches(workspace: Workspace) -> None:
    with workspace.session() as session:
        ids = _document(session, [("一。", ""), ("二。", "")], [("三。", ""), ("四。", "")])
        confirm(session, ids[2], "Three.", author="me")  # first of its block
        assert _units_of(session, ids[2]) == [("三。", "Three.", "confirmed", "二。", "四。")]
        many = [(f"第{i}句。", f"Sentence {i}.") for i in range(30)]
        big = _document(session, many)
        set_status(session, big, "reviewed", author="rev")  # one batch of 30: whole-document path
        assert counts_by_origin(session) == {"confirmed": 31}
        assert _units_of(session, big[7]) == [
            ("第7句。", "Sentence 7.", "confirmed", "第6句。", "第8句。")
        ]
        assert _units_of(session, big[0])[0][3:] == ("", "第1句。")


def test_full_width_punctuation_matches_half_width(workspace: Workspace) -> None:
    with workspace.session() as session:
        add_units(session, [NewUnit("zh-CN", "en-US", "2023年,重庆接待游客1亿人次。", "A.")])
        found = lookup(session, "2023年，重庆接待游客1亿人次。", "zh", "en")
    assert found[0].score == 100.0


def test_cancelled_import_stores_nothing(workspace: Workspace, tmp_path: Path) -> None:
    seen: list[int] = []
    with pytest.raises(Cancelled):
        import_tmx(
            workspace,
            _tmx(tmp_path / "big.tmx", UNITS * 600),
            progress=lambda done, _total: seen.append(done),
            cancelled=lambda: bool(seen),
        )
    assert seen == [2000] and _count(workspace) == 0


def test_concordance_chinese_substring_and_english_words(tm: Workspace) -> None:
    with tm.session() as session:
        long_zh = concordance(session, "重要城市")
        short_zh = concordance(session, "贸易")
        words = concordance(session, "free trade")
        trade = concordance(session, "Trade")
        target_only = concordance(session, "重庆", side="target")
    assert {h.source for h in long_zh} == {UNITS[0][0], UNITS[1][0]}
    assert all(h.source[a:b] == "重要城市" for h in long_zh for a, b in h.source_spans)
    assert {h.source for h in short_zh} == {UNITS[5][0], UNITS[6][0]}
    at = UNITS[5][1].index("free trade")
    assert [h.target_spans for h in words] == [[(at, at + 10)]] and words[0].side == "target"
    assert [h.source for h in trade] == [UNITS[5][0]]  # whole words: not "Trades"
    assert target_only == []


def test_broken_tmx_stores_nothing(workspace: Workspace, tmp_path: Path) -> None:
    broken = _tmx(tmp_path / "broken.tmx", UNITS * 600, tail="<tu><tuv><seg>oops</tu>\n")
    with pytest.raises(ImportFailed):
        import_tmx(workspace, broken)
    assert _count(workspace) == 0
    with workspace.session() as session:  # the deferred FTS trigger is back
        trigger = session.execute(
            sa.text("SELECT count(*) FROM sqlite_master WHERE name = 'tm_unit_ai'")
        ).scalar()
    assert trigger == 1
    import_tmx(workspace, _tmx(tmp_path / "ok.tmx", UNITS))
    with workspace.session() as session:
        add_units(session, [NewUnit("zh", "en", "新加的句子。", "Added.")])  # trigger indexes it
        assert lookup(session, "新加的句子。", "zh", "en")[0].score == 100.0
        assert lookup(session, "成都是四川省的省会。", "zh", "en")[0].score == 100.0


# --- agreement with brute force ----------------------------------------------------------

CITIES = [
    "北京",
    "上海",
    "重庆",
    "成都",
    "西安",
    "郑州",
    "武汉",
    "长沙",
    "南京",
    "杭州",
    "福州",
    "厦门",
    "济南",
    "青岛",
    "昆明",
    "兰州",
]
TEMPLATES = [
    "{y}年,{c}共举办国际交流活动{n}场,同比增长{p}%。",
    "{c}已与{n}个国家的{m}座城市建立友好关系。",
    "今年以来,{c}累计接待入境游客{n}万人次,实现旅游收入{m}亿元。",
    "{c}国际传播中心已制作主题宣传视频{n}余部,全网总播放量超过{m}万次。",
    "{y}年{n}月,{c}代表团访问了{d}等{m}个国家。",
    "活动现场,来自海内外的{n}余位嘉宾共同见证了{c}创新中心的启动。",
]


def _sentence(rng: random.Random) -> str:
    return rng.choice(TEMPLATES).format(
        y=rng.randint(2015, 2026),
        c=rng.choice(CITIES),
        n=rng.randint(2, 900),
        m=rng.randint(2, 99),
        p=f"{rng.randint(1, 60)}.{rng.randint(0, 9)}",
        d=rng.choice(CITIES) + rng.choice(["大学", "港", "新区"]),
    )


def _edited(rng: random.Random, text: str) -> str:
    out = re.sub(r"\d+", lambda m: str(rng.randint(2, 999)) if rng.random() < 0.6 else m[0], text)
    if out == text:
        out = out[:-1] + "等" + out[-1:]
    return out


def test_best_score_agrees_with_brute_force_rapidfuzz(workspace: Workspace) -> None:
    rng = random.Random(8)
    sources = [_sentence(rng) for _ in range(2000)]
    queries = []
    for _ in range(200):
        roll = rng.random()
        if roll < 0.2:
            queries.append(rng.choice(sources))
        elif roll < 0.8:
            queries.append(_edited(rng, rng.choice(sources)))
        else:
            queries.append(_sentence(rng))
    with workspace.session() as session:
        add_units(session, [NewUnit("zh", "en", s, f"t{i}") for i, s in enumerate(sources)])
    normalised = [normalize(s) for s in sources]
    agree = 0
    with workspace.session() as session:
        for query in queries:
            truth = process.extractOne(normalize(query), normalised, scorer=fuzz.ratio)[1]
            found = lookup(session, query, "zh", "en", limit=1, min_score=0, terms=False)
            agree += bool(found) and found[0].score >= truth - 1e-9
    assert agree / len(queries) >= 0.99


# --- CLI and export ---------------------------------------------------------------------


def test_cli_import_lookup_concordance_stats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(tmp_path / "cli.db")
    tmx = _tmx(tmp_path / "cli.tmx", UNITS)
    assert main(["--workspace", ws, "tm", "import", str(tmx)]) == 0
    assert "Imported 7 units (zh→en)" in capsys.readouterr().out
    assert (
        main(
            [
                "--workspace",
                ws,
                "tm",
                "lookup",
                "重庆是中国西南地区的重要城市。",
                "--format",
                "json",
            ]
        )
        == 0
    )
    matches = json.loads(capsys.readouterr().out)
    assert matches[0]["score"] == 100.0 and matches[0]["target"] == UNITS[0][1]
    assert main(["--workspace", ws, "tm", "concordance", "重庆", "--format", "json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 4
    assert main(["--workspace", ws, "tm", "stats", "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["units"] == 7 and stats["by_pair"] == {"zh→en": 7}


def test_export_round_trip(tm: Workspace, tmp_path: Path, workspace_path: Path) -> None:
    out = tmp_path / "out.tmx"
    assert export_tm_tmx(tm, out) == len(UNITS)
    from workbench.db.workspace import open_workspace

    with open_workspace(tmp_path / "other.db") as other:
        assert import_tmx(other, out).units == len(UNITS)
        with other.session() as session:
            assert lookup(session, UNITS[2][0], "zh", "en")[0].target == UNITS[2][1]
