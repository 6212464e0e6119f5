"""Issue assembly in the core: publications with their print setup, issues, ordered
sections and articles with dense positions, per-article options, clear errors."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.db.workspace import Workspace, open_workspace
from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import Document, Issue, Publication, Section
from workbench.publishing import assembly as asm
from workbench.publishing.options import Fonts, PageSetup
from workbench.sample import populate_sample


@pytest.fixture
def ws(tmp_path: Path):
    workspace = open_workspace(tmp_path / "assembly.db")
    populate_sample(workspace, author="tester")
    yield workspace
    workspace.close()


def _issue_id(ws: Workspace) -> int:
    with ws.session() as session:
        issue = session.exec(select(Issue).order_by(Issue.id)).first()  # the sample's
        assert issue is not None
        return issue.id or 0


def outline(ws: Workspace, issue_id: int) -> asm.IssueOutline:
    with ws.session() as session:
        return asm.issue_outline(session, issue_id)


def shape(ws: Workspace, issue_id: int) -> list[tuple[str, list[int]]]:
    return [(s.title_en, [a.id for a in s.articles]) for s in outline(ws, issue_id).sections]


def positions_are_dense(ws: Workspace, issue_id: int) -> None:
    with ws.session() as session:
        sections = session.exec(select(Section).where(Section.issue_id == issue_id)).all()
        assert sorted(s.position for s in sections) == list(range(len(sections)))
        for section in sections:
            docs = session.exec(select(Document).where(Document.section_id == section.id)).all()
            assert sorted(d.section_position for d in docs) == list(range(len(docs)))


def new_issue(ws: Workspace) -> tuple[int, int, int]:
    """An empty issue of a new publication with two sections."""
    pub = asm.create_publication(ws, "城与世界", "The World and Chongqing")
    issue = asm.create_issue(ws, pub, "2025-04", title_zh="2025年第4期", start_page=3)
    first = asm.add_section(ws, issue, "城市", "City")
    second = asm.add_section(ws, issue, "文化", "Culture")
    return issue, first, second


def test_sample_outline_reads_in_print_order(ws: Workspace) -> None:
    issue_id = _issue_id(ws)
    found = outline(ws, issue_id)
    assert found.publication.name_zh
    assert found.publication.page.trim == "large-16k"
    assert [s.position for s in found.sections] == list(range(len(found.sections)))
    assert found.article_ids
    first = found.sections[0].articles[0]
    assert first.segments > 0 and first.title
    with ws.session() as session:
        placed = set(found.article_ids)
        unplaced = {a.id for a in asm.unplaced_documents(session)}
        all_ids = {d.id for d in session.exec(select(Document)).all()}
    assert placed | unplaced == all_ids and not placed & unplaced


def test_place_move_and_remove_keep_positions_dense(ws: Workspace) -> None:
    issue, city, culture = new_issue(ws)
    asm.place_documents(ws, [1, 2], city)
    asm.place_document(ws, 3, city, 0)
    assert shape(ws, issue) == [("City", [3, 1, 2]), ("Culture", [])]
    asm.move_document(ws, 3, 2)  # within the section: to the end
    assert shape(ws, issue) == [("City", [1, 2, 3]), ("Culture", [])]
    asm.move_document(ws, 1, 0, section_id=culture)  # between sections
    assert shape(ws, issue) == [("City", [2, 3]), ("Culture", [1])]
    asm.move_document(ws, 2, 99, section_id=culture)  # clamped to the end
    assert shape(ws, issue) == [("City", [3]), ("Culture", [1, 2])]
    positions_are_dense(ws, issue)
    asm.remove_document(ws, 1)
    assert shape(ws, issue) == [("City", [3]), ("Culture", [2])]
    positions_are_dense(ws, issue)
    with ws.session() as session:
        assert session.get(Document, 1) is not None  # still in the workspace
        assert 1 in {a.id for a in asm.unplaced_documents(session)}


def test_placing_takes_a_document_out_of_another_issue(ws: Workspace) -> None:
    sample_issue = _issue_id(ws)
    before = outline(ws, sample_issue)
    moved = before.sections[0].articles[0].id
    issue, city, _culture = new_issue(ws)
    asm.place_document(ws, moved, city)
    assert moved not in outline(ws, sample_issue).article_ids
    assert outline(ws, issue).article_ids == [moved]
    positions_are_dense(ws, sample_issue)
    with ws.session() as session:
        assert asm.issue_of_document(session, moved) == issue


def test_sections_add_move_rename_delete(ws: Workspace) -> None:
    issue, city, culture = new_issue(ws)
    people = asm.add_section(ws, issue, "人物", "", position=0)
    assert [s.id for s in outline(ws, issue).sections] == [people, city, culture]
    asm.move_section(ws, people, 2)
    assert [s.id for s in outline(ws, issue).sections] == [city, culture, people]
    asm.move_section(ws, culture, 0)
    assert [s.id for s in outline(ws, issue).sections] == [culture, city, people]
    asm.rename_section(ws, people, "人物", "People")
    assert outline(ws, issue).sections[2].title == "人物 · People"
    asm.place_documents(ws, [1, 2], city)
    assert asm.delete_section(ws, city) == [1, 2]
    assert [s.id for s in outline(ws, issue).sections] == [culture, people]
    positions_are_dense(ws, issue)
    with ws.session() as session:
        doc = session.get(Document, 1)
        assert doc is not None and doc.section_id is None


def test_article_options(ws: Workspace) -> None:
    issue, city, _ = new_issue(ws)
    asm.place_documents(ws, [1, 2], city)
    asm.set_article_options(ws, 1, start_right=True)
    asm.set_article_options(ws, [2], layout="side-by-side")
    articles = outline(ws, issue).sections[0].articles
    assert (articles[0].start_right, articles[0].layout) == (True, "")
    assert (articles[1].start_right, articles[1].layout) == (False, "side-by-side")
    asm.set_article_options(ws, 2, layout="")
    assert outline(ws, issue).sections[0].articles[1].layout == ""
    with pytest.raises(WorkbenchError, match="Unknown layout"):
        asm.set_article_options(ws, 1, layout="three-column")


def test_publication_print_setup_round_trips(ws: Workspace) -> None:
    page = PageSetup.for_trim("custom", 200, 270, top=18, inside=22, gutter=6, mirror=False)
    fonts = Fonts(zh_serif="思源宋体", en_serif="Minion Pro")
    pub = asm.create_publication(
        ws, "城与世界", "", template="world-and-city", page=page, fonts=fonts
    )
    with ws.session() as session:
        info = asm.get_publication(session, pub)
    assert (info.page.trim, info.page.width_mm, info.page.height_mm) == ("custom", 200, 270)
    assert (info.page.top, info.page.inside, info.page.gutter, info.page.mirror) == (
        18,
        22,
        6,
        False,
    )
    assert info.fonts.zh_serif == "思源宋体" and info.template == "world-and-city"
    # A named trim clears the custom sizes; other stored keys survive.
    with ws.session() as session:
        row = session.get(Publication, pub)
        assert row is not None
        data = json.loads(row.print_settings)
        data["extra"] = {"keep": True}
        row.print_settings = json.dumps(data)
        session.add(row)
    info = asm.update_publication(
        ws, pub, name_en="The World and Chongqing", page=PageSetup.for_trim("a4")
    )
    assert (
        info.page.trim == "a4" and info.page.width_mm == 210 and info.fonts.zh_serif == "思源宋体"
    )
    with ws.session() as session:
        row = session.get(Publication, pub)
        assert row is not None and row.page_width_mm is None
        assert json.loads(row.print_settings)["extra"] == {"keep": True}
        assert [p.id for p in asm.list_publications(session)][-1] == pub


def test_bad_print_setup_is_refused(ws: Workspace) -> None:
    with pytest.raises(WorkbenchError, match="needs a Chinese or an English name"):
        asm.create_publication(ws, " ", "")
    with pytest.raises(WorkbenchError, match="custom trim size needs"):
        asm.create_publication(ws, "刊", page=PageSetup(trim="custom", width_mm=0))
    with pytest.raises(WorkbenchError, match="side margins"):
        asm.create_publication(ws, "刊", page=PageSetup(trim="a5", inside=60, outside=60))
    with pytest.raises(WorkbenchError, match="negative"):
        asm.create_publication(ws, "刊", page=PageSetup(top=-1))


def test_issues_labels_and_start_page(ws: Workspace) -> None:
    issue, _, _ = new_issue(ws)
    pub = outline(ws, issue).publication.id
    with pytest.raises(WorkbenchError, match="already has an issue labelled '2025-04'"):
        asm.create_issue(ws, pub, " 2025-04 ")
    other = asm.create_issue(ws, pub, "2025-05", publish_date=date(2025, 5, 1))
    with pytest.raises(WorkbenchError, match="already has an issue"):
        asm.update_issue(ws, other, label="2025-04")
    with pytest.raises(WorkbenchError, match="needs a label"):
        asm.create_issue(ws, pub, "")
    with pytest.raises(WorkbenchError, match="first page number"):
        asm.update_issue(ws, other, start_page=0)
    info = asm.update_issue(ws, other, title_en="May", start_page=5)
    assert (info.label, info.title_en, info.start_page) == ("2025-05", "May", 5)
    assert info.publish_date == date(2025, 5, 1)  # kept
    assert asm.update_issue(ws, other, publish_date=None).publish_date is None
    assert asm.update_issue(ws, issue, label="2025-04").label == "2025-04"  # its own label
    with ws.session() as session:
        labels = [i.label for i in asm.list_issues(session, pub)]
    assert sorted(labels) == ["2025-04", "2025-05"]


def test_deleting_issue_and_publication_keeps_documents(ws: Workspace) -> None:
    issue, city, culture = new_issue(ws)
    asm.place_documents(ws, [1], city)
    asm.place_documents(ws, [2], culture)
    pub = outline(ws, issue).publication.id
    asm.delete_issue(ws, issue)
    with ws.session() as session:
        assert session.get(Issue, issue) is None
        assert session.get(Section, city) is None
        assert {1, 2} <= {a.id for a in asm.unplaced_documents(session)}
    sample = _issue_id(ws)
    sample_pub = outline(ws, sample).publication.id
    asm.delete_publication(ws, sample_pub)
    asm.delete_publication(ws, pub)
    with ws.session() as session:
        assert session.exec(select(Publication)).all() == []
        assert session.exec(select(Section)).all() == []
        docs = session.exec(select(Document)).all()
        assert docs and all(d.section_id is None for d in docs)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda ws: asm.create_issue(ws, 999, "x"), "No publication with id 999"),
        (lambda ws: asm.update_publication(ws, 999, name_zh="x"), "No publication with id 999"),
        (lambda ws: asm.delete_issue(ws, 999), "No issue with id 999"),
        (lambda ws: asm.add_section(ws, 999, "栏目"), "No issue with id 999"),
        (lambda ws: asm.move_section(ws, 999, 0), "No section with id 999"),
        (lambda ws: asm.rename_section(ws, 999, "a", "b"), "No section with id 999"),
        (lambda ws: asm.place_document(ws, 999, 1), "No document with id 999"),
        (lambda ws: asm.place_document(ws, 1, 999), "No section with id 999"),
        (lambda ws: asm.remove_document(ws, 999), "No document with id 999"),
        (lambda ws: asm.set_article_options(ws, 999, start_right=True), "No document"),
    ],
)
def test_bad_ids_are_not_found(ws: Workspace, call, message: str) -> None:
    with pytest.raises(NotFoundError, match=message):
        call(ws)


def test_a_failed_operation_changes_nothing(ws: Workspace) -> None:
    issue, city, _ = new_issue(ws)
    asm.place_documents(ws, [1, 2], city)
    with pytest.raises(NotFoundError):
        asm.place_documents(ws, [3, 999], city)
    assert shape(ws, issue)[0] == ("City", [1, 2])


def test_moving_an_unplaced_document_needs_a_section(ws: Workspace) -> None:
    new_issue(ws)
    asm.remove_document(ws, 1)
    with pytest.raises(WorkbenchError, match="not in an issue"):
        asm.move_document(ws, 1, 0)
    with pytest.raises(WorkbenchError, match="needs a Chinese or an English title"):
        asm.add_section(ws, _issue_id(ws), "", " ")
