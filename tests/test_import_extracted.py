"""Text extracted from a bilingual print PDF (workbench.importers.extracted)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from workbench.cli import main
from workbench.importers import ImportFormat, import_file
from workbench.importers.draft import DraftBlock, DraftDocument
from workbench.importers.extracted import read_extracted
from workbench.importers.extracted.blocks import looks_like_heading
from workbench.importers.extracted.furniture import find_furniture
from workbench.importers.extracted.runs import split_runs
from workbench.models.enums import BlockKind, Language

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CHONGQING = CORPUS / "the-world-and-chongqing-extract.txt"

HEADER_ZH = "讲好重庆故事 提升城市形象美誉度"
HEADER_EN = "Telling Good Stories of Chongqing to Improve City Image"
FOLIO_NAME = "The World and Chongqing"


@pytest.fixture(scope="module")
def chongqing() -> DraftDocument:
    return read_extracted(CHONGQING)


def body(doc: DraftDocument) -> list[DraftBlock]:
    """Every block but the title."""
    assert doc.blocks[0].origin == "title"
    return doc.blocks[1:]


def side(block: DraftBlock, doc: DraftDocument, lang: Language) -> str:
    return block.source if doc.source_lang is lang else block.target


def find_block(doc: DraftDocument, lang: Language, start: str) -> DraftBlock:
    found = [b for b in body(doc) if side(b, doc, lang).startswith(start)]
    assert len(found) == 1, f"no single {lang} block starts with {start!r}"
    return found[0]


def assert_joins_back(block: DraftBlock) -> None:
    assert block.segments
    assert "".join(s.source + s.source_sep for s in block.segments) == block.source
    assert "".join(s.target + s.target_sep for s in block.segments) == block.target


# --- the World and Chongqing extract -------------------------------------------------------


def test_title_and_author_from_the_top_lines(chongqing: DraftDocument) -> None:
    # The fragments lose the last character (美誉 for 美誉度); the header the title repeats has
    # it, and gives the English title the top lines lack.
    assert chongqing.title_zh == HEADER_ZH
    assert chongqing.title_en == HEADER_EN
    assert chongqing.byline == "王雯"
    title = chongqing.blocks[0]
    assert title.kind is BlockKind.HEADING and title.level == 1
    assert (title.source, title.target) == (HEADER_ZH, HEADER_EN)
    assert chongqing.origin_format == "extracted"
    assert (chongqing.source_lang, chongqing.target_lang) == (Language.ZH, Language.EN)


def test_no_running_header_or_folio_left_in_the_body(chongqing: DraftDocument) -> None:
    for block in body(chongqing):
        texts = [block.source, block.target]
        texts += [t for seg in block.segments or [] for t in (seg.source, seg.target)]
        for text in texts:
            assert "提升城市形象美誉度" not in text
            assert HEADER_EN not in text
            assert "City Image" not in text
            assert FOLIO_NAME not in text
            assert not re.search(r"\b6[0-3]\b", text), text
    # The stray "6" glued to a header is gone, not prefixed to the paragraph.
    assert find_block(chongqing, Language.ZH, "聚焦“奋发有为")


def test_the_report_lists_what_was_removed(chongqing: DraftDocument) -> None:
    notes = chongqing.notes
    assert f"removed running header '{HEADER_ZH} / {HEADER_EN}' ×3" in notes
    for folio in (
        "60 The World and Chongqing",
        "The World and Chongqing 61",
        "62 The World and Chongqing",
        "The World and Chongqing 63",
    ):
        assert f"removed folio '{folio}'" in notes
    assert "removed stray page number '6'" in notes
    assert any("page numbers 60–63" in note and FOLIO_NAME in note for note in notes)
    assert any(note.startswith("author '王雯'") for note in notes)


def test_paragraph_pairs(chongqing: DraftDocument) -> None:
    pairs = [b for b in body(chongqing) if b.source and b.target]
    assert len(pairs) == 7  # 3 heading pairs and 4 paragraph pairs
    known = [
        ("以大外事视角推动", "Chongqing promotes its image"),  # English printed first
        ("聚焦“奋发有为", "With three themes of"),
        ("策划推出反映全市", "Brave but Absent Heroes"),
        ("围绕中央、全市、全办", "Focusing on the central tasks"),
    ]
    for zh, en in known:
        block = find_block(chongqing, Language.ZH, zh)
        assert block.kind is BlockKind.PARAGRAPH
        assert block.target.startswith(en)
    lead = find_block(chongqing, Language.ZH, "以大外事视角推动")
    assert lead.source.endswith("良好形象。")  # the heading glued to it was split off
    assert lead.target.endswith("foreign affairs work.")


def test_headings_in_both_languages(chongqing: DraftDocument) -> None:
    headings = [(b.source, b.target) for b in body(chongqing) if b.kind is BlockKind.HEADING]
    assert headings == [
        (
            "全力做好党的二十大精神对内对外宣传工作",
            "Fully Carrying out Domestic and International Promotion of Guidelines of the "
            "20th CPC National Congress",
        ),
        (
            "自身传播力影响力持续增强",
            "Continuing to Enhance Chongqings International Communication Ability and Influence",
        ),
        (
            "联动央媒市媒矩阵式传播 倾力呈现外事工作台前幕后",
            "Coordinating Central and Municipal Media Resources to Deliver Full Coverage of "
            "Foreign Affairs Work",
        ),
    ]
    assert all(b.level == 2 for b in body(chongqing) if b.kind is BlockKind.HEADING)


def test_the_cut_off_last_block_is_kept_alone(chongqing: DraftDocument) -> None:
    last = chongqing.blocks[-1]
    assert last.source == ""
    assert last.target.startswith("We worked with Chongqing International")
    assert last.target.endswith("published more than 2")
    assert_joins_back(last)
    assert all(not seg.source for seg in last.segments or [])
    assert any("cut off" in note and "no Chinese counterpart" in note for note in chongqing.notes)
    # Its neighbour keeps its own partner: the Chinese paragraph has one English paragraph.
    before = chongqing.blocks[-2]
    assert before.target.endswith("was facilitated.")


def test_pairs_are_sentence_aligned_and_join_back(chongqing: DraftDocument) -> None:
    for block in body(chongqing):
        assert_joins_back(block)
    lead = find_block(chongqing, Language.ZH, "以大外事视角推动")
    assert len(lead.segments or []) == 2
    assert lead.segments[1].target.startswith("Focusing on studying")


def test_source_language_can_be_overridden() -> None:
    doc = read_extracted(CHONGQING, source_lang=Language.EN)
    assert (doc.source_lang, doc.title_en) == (Language.EN, HEADER_EN)
    assert doc.blocks[-1].source.endswith("published more than 2")
    assert doc.blocks[-1].segments is None  # a lone source block: the store segments it


# --- a second magazine, made up here: nothing is built in ----------------------------------

HARBOUR_TOP = ["Tea Roads", "Across", "the Valley", "山谷", "茶路", "Lin Xiaoyu"]
HARBOUR_BODY = (
    "Every spring,the valley towns of Lanxi open their tea roads to visitors.This year 3,200 "
    "guests from 41 countries walked the old paths."
    "每年春天,兰溪山谷的小镇向游客开放茶路。今年有来自41个国家的3200名客人走过古道。"
    "A Market That Wakes Before Dawn黎明前苏醒的集市"
    "The morning market opens at five.Farmers carry baskets down from the hills and"
    "14 Harbour Lights Open Doors on the River开门迎客 江城故事"
    "sell the first leaves before sunrise."
    "早市五点开张。茶农从山上挑着竹篮下来,在日出前卖掉第一批新叶。"
    "Locals call the first picking“bright needle”tea.A kilo sold for 860 yuan in April,and "
    "visitors can book a guide through the TeaLink app."
    "当地人把头茬茶叫作“明针”。四月每公斤卖到860元,游客还可以通过TeaLink小程序预约导览。"
    "Harbour Lights 15Open Doors on the River开门迎客 江城故事"
    "Schools Along the Tea Road茶路沿线的学校"
    "Three village schools added tea classes this year.Pupils learn to pick,roll and dry the "
    "leaves.今年有三所村小开设了茶艺课。学生们学习采茶、揉茶和晒茶。"
    "16 Harbour Lights Open Doors on the River开门迎客 江城故事"
    "Older growers teach on Fridays,and the best student teas are served at the spring fair."
    "老茶农每周五来上课,学生做得最好的茶会在春季茶会上供客人品尝。"
    "Teachers say the classes have brought parents back to the fields,and some families "
    "have started to Harbour Lights 17"
)


@pytest.fixture
def harbour(tmp_path: Path) -> Path:
    path = tmp_path / "harbour-lights.txt"
    path.write_text("\n".join([*HARBOUR_TOP, HARBOUR_BODY]), encoding="utf-8")
    return path


def test_second_magazine_english_first(harbour: Path) -> None:
    doc = read_extracted(harbour)
    assert (doc.source_lang, doc.target_lang) == (Language.EN, Language.ZH)
    assert (doc.title_en, doc.title_zh, doc.byline) == (
        "Tea Roads Across the Valley",
        "山谷茶路",
        "Lin Xiaoyu",
    )
    assert "removed running header '开门迎客 江城故事 / Open Doors on the River' ×3" in doc.notes
    for folio in ("14 Harbour Lights", "Harbour Lights 15", "16 Harbour Lights"):
        assert f"removed folio '{folio}'" in doc.notes
    assert "removed folio 'Harbour Lights 17'" in doc.notes  # glued to the last word
    assert not any("stray" in note for note in doc.notes)
    for block in body(doc):
        for text in (block.source, block.target):
            assert "Harbour" not in text and "Open Doors" not in text and "江城故事" not in text
    pairs = [(b.source[:20], b.target[:8]) for b in body(doc)]
    assert pairs == [
        ("Every spring,the val", "每年春天,兰溪山"),
        ("A Market That Wakes ", "黎明前苏醒的集市"),
        ("The morning market o", "早市五点开张。茶"),
        ("Locals call the firs", "当地人把头茬茶叫"),
        ("Schools Along the Te", "茶路沿线的学校"),
        ("Three village school", "今年有三所村小开"),
        ("Older growers teach ", "老茶农每周五来上"),
        ("Teachers say the cla", ""),
    ]
    # The paragraph that runs across the page break is one block again.
    market = body(doc)[2]
    assert "down from the hills and sell the first leaves before sunrise." in market.source
    assert [b.kind for b in body(doc)].count(BlockKind.HEADING) == 2
    # Latin names inside Chinese and Chinese quotation marks inside English stay put.
    locals_ = body(doc)[3]
    assert "TeaLink小程序" in locals_.target and "“bright needle”" in locals_.source


def test_headers_in_one_language_per_page_are_learned_next_to_folios(tmp_path: Path) -> None:
    # A third layout: the section title in Chinese on left-hand pages and in English on
    # right-hand ones, each glued to the folio or the body, and the page break in a form feed.
    path = tmp_path / "lakeside.txt"
    path.write_text(
        "湖上渔歌\nSongs on the Lake\n陈晓\n"
        "这些湖畔人物清晨出湖,傍晚归来,一年四季都在湖上劳作。Fishermen set out at dawn and "
        "come back at dusk,working on the lake in every season.8 Lakeside Review 湖畔人物"
        "他们唱的渔歌代代相传,很多歌已经有上百年历史。The songs they sing pass from parent "
        "to child,and many are over a hundred years old.People by the Lake Lakeside Review 9"
        "\f老人们说,歌声能让鱼群靠近渔船。The elders say the singing draws the fish closer "
        "to the boats.10 Lakeside Review 湖畔人物如今,年轻人也开始学唱渔歌。Today young "
        "people are learning the songs too.People by the LakeLakeside Review 11",
        encoding="utf-8",
    )
    doc = read_extracted(path)
    assert (doc.title_zh, doc.title_en, doc.byline) == ("湖上渔歌", "Songs on the Lake", "陈晓")
    assert "removed running header '湖畔人物' ×2" in doc.notes
    assert "removed running header 'People by the Lake' ×2" in doc.notes
    assert "removed folio 'Lakeside Review 11'" in doc.notes
    pairs = [(b.source, b.target) for b in body(doc)]
    assert len(pairs) == 4 and all(zh and en for zh, en in pairs)
    assert pairs[0][0].startswith("这些湖畔人物清晨出湖")  # the same words in a sentence stay
    assert pairs[1] == (
        "他们唱的渔歌代代相传,很多歌已经有上百年历史。",
        "The songs they sing pass from parent to child,and many are over a hundred years old.",
    )
    assert pairs[3][1] == "Today young people are learning the songs too."


def test_text_without_furniture_loses_nothing(tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "The bridge opened in 2021.大桥于2021年通车。It carries 40,000 cars a day."
        "每天通行四万辆车。",
        encoding="utf-8",
    )
    doc = read_extracted(path)
    assert not any(note.startswith("removed") for note in doc.notes)
    assert [(b.source, b.target) for b in doc.blocks] == [
        ("The bridge opened in 2021.", "大桥于2021年通车。"),
        ("It carries 40,000 cars a day.", "每天通行四万辆车。"),
    ]


# --- the pieces ------------------------------------------------------------------------


def test_runs_keep_names_in_chinese_and_quotes_in_english() -> None:
    text = "活动邀请“City Walk”达人参加,共3场。The event invited“City Walk”hosts,3 in all."
    runs = split_runs(text)
    assert [(r.lang, text[r.start : r.end]) for r in runs] == [
        (Language.ZH, "活动邀请“City Walk”达人参加,共3场。"),
        (Language.EN, "The event invited“City Walk”hosts,3 in all."),
    ]


def test_runs_keep_longer_quotations_of_the_other_language() -> None:
    text = "The motto“山水相依 城乡共美”guides the plan.这一理念指导规划。"
    runs = [(r.lang, text[r.start : r.end]) for r in split_runs(text)]
    assert runs == [
        (Language.EN, "The motto“山水相依 城乡共美”guides the plan."),
        (Language.ZH, "这一理念指导规划。"),
    ]


def test_runs_split_a_heading_after_a_sentence_end() -> None:
    text = "The fair ended.秋季茶会Autumn Fair"
    runs = [(r.lang, text[r.start : r.end]) for r in split_runs(text)]
    assert runs == [
        (Language.EN, "The fair ended."),
        (Language.ZH, "秋季茶会"),
        (Language.EN, "Autumn Fair"),
    ]


def test_heading_shapes() -> None:
    assert looks_like_heading("Schools Along the Tea Road", Language.EN)
    assert looks_like_heading("茶路沿线的学校", Language.ZH)
    assert not looks_like_heading("Pupils learn to pick the leaves.", Language.EN)
    assert not looks_like_heading("teachers say the classes have brought parents", Language.EN)
    assert not looks_like_heading("山区学校今年开设了茶艺课,共有", Language.ZH)


def test_a_number_next_to_a_name_once_is_no_folio() -> None:
    text = "Route 66 crosses the plain.Route 9 ends at the sea.In 12 towns the tea is sold."
    furniture = find_furniture(text)
    assert furniture.removals == []


# --- registration and the command line -------------------------------------------------


def test_import_file_dispatches_extracted() -> None:
    assert ImportFormat("extracted") is ImportFormat.EXTRACTED
    doc = import_file(CHONGQING, fmt="extracted")
    assert doc.origin_format == "extracted" and doc.byline == "王雯"


def test_cli_import_and_show_json(
    tmp_path: Path, harbour: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ws = str(tmp_path / "cli.db")
    assert main(["--workspace", ws, "import", str(CHONGQING), "--format", "extracted"]) == 0
    out, err = capsys.readouterr()
    document_id = out.strip()
    assert "removed folio 'The World and Chongqing 61'" in err
    assert main(["--workspace", ws, "show", document_id, "--format", "json"]) == 0
    tree = json.loads(capsys.readouterr().out)
    assert (tree["title_zh"], tree["title_en"], tree["byline"]) == (HEADER_ZH, HEADER_EN, "王雯")
    blocks = tree["blocks"]
    assert blocks[0]["zh"] == HEADER_ZH and blocks[0]["en"] == HEADER_EN
    pairs = {b["zh"][:6]: b["en"] for b in blocks if b["zh"] and b["en"]}
    assert pairs["聚焦“奋发有"].startswith("With three themes")
    assert pairs["围绕中央、全"].startswith("Focusing on the central tasks")
    assert blocks[-1]["zh"] == "" and blocks[-1]["en"].endswith("published more than 2")
    for block in blocks[1:]:
        assert FOLIO_NAME not in block["en"] and "美誉度" not in block["zh"]

    assert main(["--workspace", ws, "import", str(harbour), "--format", "extracted"]) == 0
    second = capsys.readouterr().out.strip()
    assert main(["--workspace", ws, "show", second, "--format", "json"]) == 0
    tree = json.loads(capsys.readouterr().out)
    assert tree["source_lang"] == "en" and tree["title_en"] == "Tea Roads Across the Valley"
    assert tree["blocks"][-1]["en"].startswith("Teachers say") and tree["blocks"][-1]["zh"] == ""
