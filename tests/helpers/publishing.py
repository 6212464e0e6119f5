"""A small magazine issue in a workspace, for the DOCX and rendering tests.

The text is written for these tests: a section "讲好城市故事 / Telling the City's Story"
with a long article (several pages), and a short one that opens on a right-hand page.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from sqlmodel import select

from workbench.db.workspace import Workspace
from workbench.documents.store import store_draft
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import Block as BlockRow
from workbench.models import BlockKind, Issue, Language, Publication, Section

MAGAZINE_ZH, MAGAZINE_EN = "城与世界", "The City and the World"
GLYPH_PROBE = "骨直"
SECTION_ZH, SECTION_EN = "讲好城市故事", "Telling the City's Story"

ZH_PARAGRAPH = (
    "清晨的江边，老人们打着太极拳，年轻人沿着步道慢跑。这座城市在2024年接待了1200万人次"
    "境外游客，比上一年增长了百分之三十。“我们希望每一位来访者都能带走一个好故事。”"
    "城市国际传播中心的负责人说。"
)
EN_PARAGRAPH = (
    "On the riverbank in the early morning, older residents practise tai chi while young people "
    "jog along the path. The city welcomed 12 million visits from abroad in 2024, 30 percent "
    'more than a year earlier. "We hope every visitor leaves with a good story," said the head '
    "of the city's international communication center."
)


def tiny_png(width: int = 160, height: int = 90) -> bytes:
    raw = b"".join(b"\x00" + bytes((30, 90, 160)) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _block(kind: BlockKind, zh: str, en: str, level: int = 0) -> DraftBlock:
    return DraftBlock(kind=kind, source=zh, level=level, segments=[DraftSegment(zh, en)])


def _long_article() -> DraftDocument:
    blocks = [_block(BlockKind.PARAGRAPH, ZH_PARAGRAPH, EN_PARAGRAPH) for _ in range(4)]
    blocks.append(_block(BlockKind.HEADING, "江边的早晨", "Mornings by the River", level=2))
    blocks += [_block(BlockKind.PARAGRAPH, ZH_PARAGRAPH, EN_PARAGRAPH) for _ in range(10)]
    blocks.append(
        _block(BlockKind.QUOTE, "“每个人都有自己的城市故事。”", '"Everyone has a city story."')
    )
    blocks.append(
        _block(BlockKind.CAPTION, "江边晨练的市民。", "Residents exercising by the river.")
    )
    blocks += [_block(BlockKind.PARAGRAPH, ZH_PARAGRAPH, EN_PARAGRAPH) for _ in range(10)]
    return DraftDocument(
        source_lang=Language.ZH,
        target_lang=Language.EN,
        blocks=blocks,
        title_zh="江边的城市",
        title_en="A City by the River",
        byline="林小雨 Lin Xiaoyu",
    )


def _short_article() -> DraftDocument:
    return DraftDocument(
        source_lang=Language.ZH,
        target_lang=Language.EN,
        blocks=[
            _block(
                BlockKind.PARAGRAPH,
                "软件和信息服务业发展很快。",
                "The software and information services industry is growing fast.",
            ),
            # 骨 and 直 are drawn differently in Simplified Chinese and Japanese: the
            # rendering test looks at their glyphs.
            _block(BlockKind.PARAGRAPH, GLYPH_PROBE, "Bone and straight."),
        ],
        title_zh="新的产业",
        title_en="A New Industry",
        byline="周明 Zhou Ming",
    )


def build_issue(workspace: Workspace, media_dir: Path | None = None) -> int:
    """Store the issue; returns its id. With ``media_dir``, the caption gets a picture."""
    with workspace.session() as session:
        long_doc = store_draft(session, _long_article(), author="tester")
        short_doc = store_draft(session, _short_article(), author="tester")
        publication = Publication(name_zh=MAGAZINE_ZH, name_en=MAGAZINE_EN)
        session.add(publication)
        session.flush()
        issue = Issue(publication_id=publication.id or 0, label="2026-02", title_en="Issue 2, 2026")
        session.add(issue)
        session.flush()
        section = Section(
            issue_id=issue.id or 0, position=0, title_zh=SECTION_ZH, title_en=SECTION_EN
        )
        session.add(section)
        session.flush()
        long_doc.section_id = short_doc.section_id = section.id
        long_doc.section_position, short_doc.section_position = 0, 1
        short_doc.print_start_right = True
        if media_dir is not None:
            picture = media_dir / "river.png"
            picture.write_bytes(tiny_png())
            caption = session.exec(
                select(BlockRow).where(
                    BlockRow.document_id == long_doc.id, BlockRow.kind == "caption"
                )
            ).one()
            caption.image = str(picture)
        return issue.id or 0
