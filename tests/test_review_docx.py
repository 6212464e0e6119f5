"""The bilingual review DOCX: export structure, round trips through python-docx and
LibreOffice, conflicts, tracked changes, Word comments, damaged files, the CLI."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from sqlmodel import select

from workbench.cli.commands import CommandContext
from workbench.cli.review import (
    configure_export_review,
    configure_import_review,
    export_review,
    handle_export_review,
    handle_import_review,
    parse_statuses,
)
from workbench.db.workspace import Workspace
from workbench.documents.editing import update_segment
from workbench.documents.query import document_tree
from workbench.documents.store import store_draft
from workbench.errors import WorkbenchError
from workbench.importers.draft import DraftBlock, DraftDocument, DraftSegment
from workbench.models import ReviewExport, Segment, SegmentRevision
from workbench.models.enums import BlockKind, Language
from workbench.publishing.review import ACCEPT, REJECT, cell_text
from workbench.publishing.review_export import export_review_docx
from workbench.publishing.review_import import import_review_docx, merged_note

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TARGETS = ["Night falls on the city.", "Lights come on.", "", "Tourists take photos."]
NO_ID_REASON = "no segment id (a row the reviewer added?)"
SOURCES = ["夜幕降临山城。", "灯一盏盏亮起。", "江水静静流淌。", "游客们拍照。"]


# --------------------------------------------------------------------------- helpers


def _make_document(workspace: Workspace) -> tuple[int, list[int]]:
    """A zh→en document of four segments: translated, reviewed, new, translated + note."""
    pairs = list(zip(SOURCES, TARGETS, strict=True))
    draft = DraftDocument(
        source_lang=Language.ZH,
        target_lang=Language.EN,
        title_zh="山城夜景",
        title_en="Night in the Mountain City",
        blocks=[
            DraftBlock(
                kind=BlockKind.PARAGRAPH,
                source="".join(s for s, _ in chunk),
                segments=[DraftSegment(s, t, "", " ") for s, t in chunk],
            )
            for chunk in (pairs[:2], pairs[2:])
        ],
        origin_format="test",
    )
    with workspace.session() as session:
        document = store_draft(session, draft, author="tester")
        ids = [
            s["id"] for b in document_tree(session, document.id)["blocks"] for s in b["segments"]
        ]
        update_segment(session, ids[1], author="tester", status="reviewed")
        update_segment(session, ids[3], author="tester", note="Check the name")
    return document.id or 0, ids


def _segment(workspace: Workspace, segment_id: int) -> Segment:
    with workspace.session() as session:
        segment = session.get(Segment, segment_id)
        assert segment is not None
        return segment


def _revisions(workspace: Workspace) -> int:
    with workspace.session() as session:
        return len(session.exec(select(SegmentRevision)).all())


def _open_docx(path: Path) -> tuple[Any, Any]:
    document = docx.Document(str(path))
    return document, document.tables[0]


def _row(table: Any, segment_id: int) -> Any:
    return next(row for row in table.rows if row.cells[0].text == str(segment_id))


def _set(cell: Any, text: str) -> None:
    cell.text = text  # a function, so lambdas can edit cells too


def _delete_column(table: Any, index: int) -> None:
    for tr in table._tbl.tr_lst:
        tr.remove(tr.tc_lst[index])
    grid = table._tbl.tblGrid
    grid.remove(grid.gridCol_lst[index])


def _exported(workspace: Workspace, tmp_path: Path, **options: Any) -> tuple[int, list[int], Path]:
    document_id, ids = _make_document(workspace)
    path = tmp_path / "review.docx"
    export_review_docx(workspace, document_id, path, author="editor", **options)
    return document_id, ids, path


def _edited(path: Path, edit: Any, name: str = "returned.docx") -> Path:
    document, table = _open_docx(path)
    edit(document, table)
    out = path.with_name(name)
    document.save(str(out))
    return out


def _strip_reference(document: Any) -> None:
    """What another app may do: drop our core properties and the reference line."""
    props = document.core_properties
    props.identifier = props.keywords = props.subject = ""
    for paragraph in document.paragraphs:
        if "ICC Workbench review" in paragraph.text:
            paragraph._p.getparent().remove(paragraph._p)


# --------------------------------------------------------------------------- export


def test_export_structure(workspace: Workspace, tmp_path: Path) -> None:
    document_id, ids, path = _exported(workspace, tmp_path)
    document, table = _open_docx(path)

    header = [cell.text.split("\n")[0] for cell in table.rows[0].cells]
    assert header == ["Segment ID", "Source (zh)", "Target (en)", "Status", "Comment"]
    assert [row.cells[0].text for row in table.rows[1:]] == [str(i) for i in ids]
    assert [row.cells[2].text for row in table.rows[1:]] == TARGETS
    assert [row.cells[3].text for row in table.rows[1:]] == [
        "translated",
        "reviewed",
        "new",
        "translated",
    ]
    assert table.rows[4].cells[4].text == "Check the name"  # the note, in Comment

    trs = table._tbl.tr_lst
    assert trs[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in trs)
    assert all(tr.find(f"{W}trPr/{W}tblHeader") is None for tr in trs[1:])
    assert table._tbl.tblPr.find(f"{W}tblLayout").get(qn("w:type")) == "fixed"
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape
    assert round(section.page_width.mm) == 297

    # Chinese runs carry the East Asian font and language.
    run = table.rows[1].cells[1].paragraphs[0].runs[0]._r
    fonts = run.find(f"{W}rPr/{W}rFonts")
    assert fonts.get(qn("w:eastAsia")) == "宋体"
    assert run.find(f"{W}rPr/{W}lang").get(qn("w:eastAsia")) == "zh-CN"
    body_text = "\n".join(p.text for p in document.paragraphs)
    assert "山城夜景" in body_text and "Night in the Mountain City" in body_text
    assert "Edit only the Target and Comment columns" in body_text
    assert "请只修改" in body_text

    props = document.core_properties
    with workspace.session() as session:
        export = session.exec(select(ReviewExport)).one()
    assert props.identifier == export.token and len(export.token) == 32
    assert f"document={document_id}" in props.keywords
    assert f"document {document_id}" in props.subject
    assert export.document_id == document_id and export.imported_at is None
    assert json.loads(export.base) == {str(i): t for i, t in zip(ids, TARGETS, strict=True)}


def test_export_filters_by_status_and_selection(workspace: Workspace, tmp_path: Path) -> None:
    document_id, ids = _make_document(workspace)
    path = tmp_path / "part.docx"

    result = export_review_docx(workspace, document_id, path, statuses={"translated"}, author="e")
    assert result.segments == 2
    assert [r.cells[0].text for r in _open_docx(path)[1].rows[1:]] == [str(ids[0]), str(ids[3])]

    export_review_docx(workspace, document_id, path, segment_ids=[ids[1], ids[2]], author="e")
    assert [r.cells[0].text for r in _open_docx(path)[1].rows[1:]] == [str(ids[1]), str(ids[2])]

    both = export_review_docx(
        workspace, document_id, path, statuses={"new"}, segment_ids=ids[1:], author="e"
    )
    assert both.segments == 1
    with pytest.raises(WorkbenchError, match="Unknown segment status 'done'"):
        export_review_docx(workspace, document_id, path, statuses={"done"}, author="e")
    with pytest.raises(WorkbenchError, match="Nothing to export"):
        export_review_docx(workspace, document_id, path, statuses={"locked"}, author="e")
    with pytest.raises(WorkbenchError, match="not part of document"):
        export_review_docx(workspace, document_id, path, segment_ids=[9999], author="e")
    with workspace.session() as session:
        assert len(session.exec(select(ReviewExport)).all()) == 3  # refused ones left no record


def test_entry_points_import_from_the_review_module() -> None:
    import workbench.publishing.review as review
    import workbench.publishing.review_import as review_import

    assert review.export_review_docx is export_review_docx
    assert review.import_review_docx is review_import.import_review_docx
    with pytest.raises(AttributeError):
        _ = review.no_such_name


# --------------------------------------------------------------------------- round trips


def test_round_trip_updates_target_and_note_with_revisions(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, ids, path = _exported(workspace, tmp_path)

    def edit(_document: Any, table: Any) -> None:
        _set(_row(table, ids[0]).cells[2], "Night settles over the city.")
        _set(_row(table, ids[1]).cells[4], "Is “lights” too plain?")
        _set(_row(table, ids[2]).cells[2], "The river flows quietly.")

    result = import_review_docx(workspace, _edited(path, edit), author="import-bot")

    assert result.matched_by == "token" and result.tracked_policy == ACCEPT
    assert result.updated == [ids[0], ids[2]]
    assert result.notes == [ids[1]]
    assert result.unchanged == 2 and not result.conflicts and not result.skipped
    first = _segment(workspace, ids[0])
    assert first.target == "Night settles over the city."
    assert first.status == "reviewed" and first.updated_by == "import-bot"
    assert _segment(workspace, ids[2]).status == "reviewed"  # new → reviewed
    assert _segment(workspace, ids[1]).note == "Is “lights” too plain?"
    with workspace.session() as session:
        history = session.exec(
            select(SegmentRevision)
            .where(SegmentRevision.segment_id == ids[0], SegmentRevision.field == "target")
            .order_by(SegmentRevision.id)
        ).all()
        export = session.exec(select(ReviewExport)).one()
    assert (history[-1].before, history[-1].after) == (TARGETS[0], "Night settles over the city.")
    assert history[-1].author == "import-bot"
    assert export.imported_at is not None
    assert result.to_dict()["updated"] == [ids[0], ids[2]]

    # The same file again changes nothing: its text is what the workspace holds now.
    again = import_review_docx(workspace, path.with_name("returned.docx"), author="import-bot")
    assert again.updated == [] and again.notes == [] and not again.conflicts


def test_conflict_is_reported_not_overwritten(workspace: Workspace, tmp_path: Path) -> None:
    _, ids, path = _exported(workspace, tmp_path)
    with workspace.session() as session:  # edited in the workspace after the export
        update_segment(session, ids[0], author="editor", target="Night comes to the city.")
        update_segment(session, ids[1], author="editor", target="The lamps light up.")

    def edit(_document: Any, table: Any) -> None:
        _set(_row(table, ids[0]).cells[2], "Darkness falls on the city.")

    result = import_review_docx(workspace, _edited(path, edit), author="import-bot")

    assert [c.segment_id for c in result.conflicts] == [ids[0]]
    conflict = result.conflicts[0]
    assert conflict.base == TARGETS[0]
    assert conflict.workspace == "Night comes to the city."
    assert conflict.reviewer == "Darkness falls on the city."
    assert _segment(workspace, ids[0]).target == "Night comes to the city."
    # Changed in the workspace only: the reviewer's old text does not undo it.
    assert _segment(workspace, ids[1]).target == "The lamps light up."
    assert result.updated == []
    assert result.to_dict()["conflicts"][0]["reviewer"] == "Darkness falls on the city."


def test_rows_the_reviewer_added_are_skipped(workspace: Workspace, tmp_path: Path) -> None:
    _, ids, path = _exported(workspace, tmp_path)

    def edit(_document: Any, table: Any) -> None:
        extra = table.add_row()
        _set(extra.cells[2], "A sentence the reviewer wrote.")
        wrong = table.add_row()
        _set(wrong.cells[0], "99999")
        _set(wrong.cells[2], "Not ours.")
        twice = table.add_row()
        _set(twice.cells[0], str(ids[0]))
        _set(twice.cells[2], "Second copy.")
        table.add_row()  # empty: not worth a report

    result = import_review_docx(workspace, _edited(path, edit), author="r")

    reasons = {row.row: row.reason for row in result.skipped}
    assert sorted(reasons) == [6, 7, 8]
    assert "no segment id" in reasons[6]
    assert "has no segment 99999" in reasons[7]
    assert "earlier row" in reasons[8]
    assert "A sentence the reviewer wrote." in result.skipped[0].text
    assert result.updated == [] and _segment(workspace, ids[0]).target == TARGETS[0]


def test_status_column_deleted_and_columns_reordered(workspace: Workspace, tmp_path: Path) -> None:
    _, ids, path = _exported(workspace, tmp_path)

    def edit(_document: Any, table: Any) -> None:
        _set(_row(table, ids[0]).cells[2], "Night settles.")
        _set(_row(table, ids[3]).cells[4], "Check the name\nIt is Chongqing.")
        _delete_column(table, 3)  # Status
        for tr in table._tbl.tr_lst:  # Comment moved before Target
            tr.tc_lst[1].addnext(tr.tc_lst[3])

    returned = _edited(path, edit)
    assert docx.Document(str(returned)).tables[0].rows[0].cells[2].text.startswith("Comment")
    result = import_review_docx(workspace, returned, author="r")

    assert result.updated == [ids[0]] and result.notes == [ids[3]]
    assert _segment(workspace, ids[0]).target == "Night settles."
    assert _segment(workspace, ids[3]).note == "Check the name\nIt is Chongqing."


def test_missing_target_column_or_table_is_a_clear_error(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, _, path = _exported(workspace, tmp_path)
    no_target = _edited(path, lambda _d, table: _delete_column(table, 2), "no-target.docx")
    with pytest.raises(WorkbenchError, match=r"no-target\.docx: the review table has no Target"):
        import_review_docx(workspace, no_target, author="r")

    plain = docx.Document()
    plain.add_paragraph("Just prose, no table.")
    plain.add_table(rows=2, cols=2).cell(0, 0).text = "Name"
    plain.save(str(tmp_path / "plain.docx"))
    with pytest.raises(WorkbenchError, match="has no table with the review header row"):
        import_review_docx(workspace, tmp_path / "plain.docx", author="r")


# --------------------------------------------------------------------------- tracked changes


def _tracked_cell(cell: Any) -> None:
    """Replace the text with Word's markup for "falls" → "settles", tracked."""
    tc = cell._tc
    for paragraph in tc.findall(qn("w:p")):
        tc.remove(paragraph)
    tc.append(
        parse_xml(
            f"<w:p {nsdecls('w')}>"
            "<w:r><w:t xml:space='preserve'>Night </w:t></w:r>"
            "<w:del w:id='101' w:author='Reviewer' w:date='2026-01-01T00:00:00Z'>"
            "<w:r><w:delText>falls</w:delText></w:r></w:del>"
            "<w:ins w:id='102' w:author='Reviewer' w:date='2026-01-01T00:00:00Z'>"
            "<w:r><w:t>settles</w:t></w:r></w:ins>"
            "<w:r><w:t xml:space='preserve'> on the city.</w:t></w:r></w:p>"
        )
    )


@pytest.mark.parametrize(
    ("policy", "expected"),
    [(ACCEPT, "Night settles on the city."), (REJECT, TARGETS[0])],
)
def test_tracked_changes_accept_and_reject(
    workspace: Workspace, tmp_path: Path, policy: str, expected: str
) -> None:
    _, ids, path = _exported(workspace, tmp_path)
    returned = _edited(path, lambda _d, table: _tracked_cell(_row(table, ids[0]).cells[2]))

    result = import_review_docx(workspace, returned, tracked_changes=policy, author="r")

    assert (result.tracked_insertions, result.tracked_deletions) == (1, 1)
    assert result.tracked_policy == policy
    assert (result.tracked_accepted, result.tracked_rejected) == (
        (2, 0) if policy == ACCEPT else (0, 2)
    )
    assert _segment(workspace, ids[0]).target == expected
    assert result.updated == ([ids[0]] if policy == ACCEPT else [])
    assert result.to_dict()["tracked_changes"]["policy"] == policy


@pytest.mark.parametrize("policy", [ACCEPT, REJECT])
def test_tracked_row_insertion_and_deletion(
    workspace: Workspace, tmp_path: Path, policy: str
) -> None:
    _, ids, path = _exported(workspace, tmp_path)

    def edit(_document: Any, table: Any) -> None:
        mark = "w:id='7' w:author='Reviewer' w:date='2026-01-01T00:00:00Z'"
        added = table.add_row()
        _set(added.cells[2], "A row the reviewer inserted.")
        added._tr.get_or_add_trPr().append(parse_xml(f"<w:ins {nsdecls('w')} {mark}/>"))
        removed = _row(table, ids[3])
        removed._tr.get_or_add_trPr().append(parse_xml(f"<w:del {nsdecls('w')} {mark}/>"))
        _set(removed.cells[2], "Visitors take pictures.")

    result = import_review_docx(workspace, _edited(path, edit), tracked_changes=policy, author="r")

    assert (result.tracked_insertions, result.tracked_deletions) == (1, 1)
    reasons = [row.reason for row in result.skipped]
    if policy == ACCEPT:  # the deleted row is gone, the inserted one has no id
        assert reasons == ["the row was deleted with Track Changes", NO_ID_REASON]
        assert _segment(workspace, ids[3]).target == TARGETS[3]
    else:  # the inserted row does not exist, the deleted one does
        assert reasons == []
        assert result.updated == [ids[3]]


def test_cell_text_reads_tracked_markup() -> None:
    cell = parse_xml(
        f"<w:tc {nsdecls('w')}><w:p>"
        "<w:pPr><w:rPr><w:del w:id='1' w:author='R' w:date='2026-01-01T00:00:00Z'/></w:rPr></w:pPr>"
        "<w:r><w:t>A</w:t><w:tab/><w:t>b</w:t></w:r>"
        "<w:moveFrom w:id='2' w:author='R'><w:r><w:t>moved</w:t></w:r></w:moveFrom>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>7</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "</w:p><w:p><w:ins w:id='3' w:author='R'><w:r><w:t>C</w:t><w:br/><w:t>D</w:t></w:r>"
        "</w:ins></w:p></w:tc>"
    )
    # Accepting: the first paragraph's end was deleted, so both paragraphs join.
    assert cell_text(cell, ACCEPT) == "A\tb7C\nD"
    assert cell_text(cell, REJECT) == "A\tbmoved7"


# --------------------------------------------------------------------------- Word comments


def test_word_comment_in_a_row_goes_to_the_note(workspace: Workspace, tmp_path: Path) -> None:
    _, ids, path = _exported(workspace, tmp_path)

    def edit(document: Any, table: Any) -> None:
        runs = _row(table, ids[3]).cells[2].paragraphs[0].runs
        document.add_comment(runs, text="Use the official name.", author="Alice Li")
        title = document.paragraphs[0].runs
        document.add_comment(title, text="Nice title.", author="Bob")

    result = import_review_docx(workspace, _edited(path, edit), author="r")

    assert _segment(workspace, ids[3]).note == "Check the name\nAlice Li: Use the official name."
    assert result.notes == [ids[3]] and result.word_comments == 1
    assert any("outside the table" in w and "Bob: Nice title." in w for w in result.warnings)


def test_merged_note_rules() -> None:
    assert merged_note("", "", "New remark", []) == "New remark"
    assert merged_note("Old", "Old", "Old", []) == "Old"  # untouched cell
    assert merged_note("Old", "Old", "", []) == "Old"  # an emptied cell deletes nothing
    assert merged_note("Old", "Old", "Old. More", []) == "Old. More"
    # The workspace note changed meanwhile: only the reviewer's addition is appended.
    assert merged_note("Old, edited", "Old", "Old + more", []) == "Old, edited\n+ more"
    assert merged_note("A", "A", None, ["Ann: x", "Ann: x"]) == "A\nAnn: x"


def test_locked_segment_and_emptied_target_are_not_applied(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, ids, path = _exported(workspace, tmp_path)
    with workspace.session() as session:
        update_segment(session, ids[3], author="editor", status="locked")

    def edit(_document: Any, table: Any) -> None:
        _set(_row(table, ids[3]).cells[2], "Visitors take pictures.")
        _set(_row(table, ids[0]).cells[2], "")

    result = import_review_docx(workspace, _edited(path, edit), author="r")

    assert result.locked == [ids[3]] and result.updated == []
    assert _segment(workspace, ids[3]).target == TARGETS[3]
    assert _segment(workspace, ids[0]).target == TARGETS[0]
    assert any("emptied the target" in w for w in result.warnings)


# --------------------------------------------------------------------------- damaged input


def test_corrupt_file_is_one_clear_error_and_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    _, _, path = _exported(workspace, tmp_path)
    before = _revisions(workspace)
    garbage = tmp_path / "garbage.docx"
    garbage.write_bytes(b"This is not a Word document at all.")
    truncated = tmp_path / "truncated.docx"
    truncated.write_bytes(path.read_bytes()[:2000])
    entities = tmp_path / "entities.docx"  # an external entity must never be resolved
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(entities, "w") as out:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                doctype = b"?><!DOCTYPE d [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                data = data.replace(b"?>", doctype, 1)
            out.writestr(name, data)

    for bad in (garbage, truncated, entities):
        with pytest.raises(WorkbenchError) as info:
            import_review_docx(workspace, bad, author="r")
        assert str(info.value).startswith(f"Cannot import review document {bad}: not a Word")
    with pytest.raises(WorkbenchError, match="no such file"):
        import_review_docx(workspace, tmp_path / "missing.docx", author="r")
    assert _revisions(workspace) == before
    with workspace.session() as session:
        assert session.exec(select(ReviewExport)).one().imported_at is None


def test_failure_mid_import_rolls_everything_back(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workbench.editor.changes as changes

    _, ids, path = _exported(workspace, tmp_path)
    returned = _edited(path, lambda _d, t: _set(_row(t, ids[0]).cells[2], "Changed."))
    real = changes.apply_batch

    def apply_then_fail(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)
        raise WorkbenchError("disk full")

    monkeypatch.setattr(changes, "apply_batch", apply_then_fail)
    before = _revisions(workspace)
    with pytest.raises(WorkbenchError, match="disk full"):
        import_review_docx(workspace, returned, author="r")
    assert _segment(workspace, ids[0]).target == TARGETS[0]
    assert _revisions(workspace) == before


# --------------------------------------------------------------------------- lost reference


def test_reference_line_survives_stripped_properties(workspace: Workspace, tmp_path: Path) -> None:
    _, ids, path = _exported(workspace, tmp_path)

    def edit(document: Any, table: Any) -> None:
        props = document.core_properties
        props.identifier = props.keywords = props.subject = ""
        _set(_row(table, ids[0]).cells[2], "Night settles.")

    result = import_review_docx(workspace, _edited(path, edit), author="r")
    assert result.matched_by == "token" and result.updated == [ids[0]]


def test_without_token_the_matching_export_is_found(workspace: Workspace, tmp_path: Path) -> None:
    document_id, ids, path = _exported(workspace, tmp_path)
    with workspace.session() as session:
        update_segment(session, ids[1], author="editor", target="The lamps light up.")
    # A later export of the same document: the file must still be matched to the first.
    export_review_docx(workspace, document_id, tmp_path / "later.docx", author="editor")

    def edit(document: Any, table: Any) -> None:
        _strip_reference(document)
        document.core_properties.keywords = f"icc-review document={document_id}"
        document.core_properties.created = datetime(2001, 1, 1)  # rewritten by another app
        _set(_row(table, ids[1]).cells[2], "Lamps flicker on.")

    result = import_review_docx(workspace, _edited(path, edit), author="r")

    assert result.matched_by == "document"
    assert any("no usable review reference" in w for w in result.warnings)
    assert [c.segment_id for c in result.conflicts] == [ids[1]]  # still detected
    assert _segment(workspace, ids[1]).target == "The lamps light up."


def test_without_export_record_history_gives_the_base(workspace: Workspace, tmp_path: Path) -> None:
    document_id, ids, path = _exported(workspace, tmp_path)
    with workspace.session() as session:
        for export in session.exec(select(ReviewExport)).all():
            session.delete(export)
        update_segment(session, ids[1], author="editor", target="The lamps light up.")

    def edit(document: Any, table: Any) -> None:
        _strip_reference(document)
        document.core_properties.subject = f"ICC Workbench review of document {document_id}"
        _set(_row(table, ids[0]).cells[2], "Night settles.")
        _set(_row(table, ids[1]).cells[2], "Lamps flicker on.")

    result = import_review_docx(workspace, _edited(path, edit), author="r")

    assert result.matched_by == "history"
    assert result.updated == [ids[0]]
    assert [c.segment_id for c in result.conflicts] == [ids[1]]
    assert [c.base for c in result.conflicts] == [TARGETS[1]]


def test_without_any_base_the_reviewer_wins_with_a_warning(
    workspace: Workspace, tmp_path: Path
) -> None:
    document_id, ids, path = _exported(workspace, tmp_path)
    with workspace.session() as session:
        for export in session.exec(select(ReviewExport)).all():
            session.delete(export)

    def edit(document: Any, table: Any) -> None:
        _strip_reference(document)
        document.core_properties.subject = f"ICC Workbench review of document {document_id}"
        properties = document.core_properties._element
        for created in properties.findall("{http://purl.org/dc/terms/}created"):
            properties.remove(created)
        _set(_row(table, ids[0]).cells[2], "Night settles.")

    result = import_review_docx(workspace, _edited(path, edit), author="r")

    assert result.matched_by == "none" and result.token is None
    assert any("conflicts cannot be detected" in w for w in result.warnings)
    assert result.updated == [ids[0]]


def test_no_reference_at_all_is_a_clear_error(workspace: Workspace, tmp_path: Path) -> None:
    _, _, path = _exported(workspace, tmp_path)
    returned = _edited(path, lambda document, _t: _strip_reference(document))
    with pytest.raises(WorkbenchError, match="does not say which document it belongs to"):
        import_review_docx(workspace, returned, author="r")


# --------------------------------------------------------------------------- LibreOffice


def test_file_saved_by_libreoffice_imports(workspace: Workspace, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    _, ids, path = _exported(workspace, tmp_path)

    def edit(_document: Any, table: Any) -> None:
        _set(_row(table, ids[0]).cells[2], "Night settles over the city.")
        _set(_row(table, ids[2]).cells[4], "Translate this one, please.")

    edited = _edited(path, edit)
    out = tmp_path / "lo"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "docx",
            "--outdir",
            str(out),
            str(edited),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    converted = out / edited.name
    assert converted.read_bytes() != edited.read_bytes()

    result = import_review_docx(workspace, converted, author="r")

    assert result.matched_by in ("token", "document")
    assert result.updated == [ids[0]] and result.notes == [ids[2]]
    assert not result.conflicts and not result.skipped
    assert _segment(workspace, ids[0]).target == "Night settles over the city."
    assert _segment(workspace, ids[2]).note == "Translate this one, please."


# --------------------------------------------------------------------------- CLI


def _context(workspace_path: Path, configure: Any, *argv: str) -> CommandContext:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workspace")
    configure(parser)
    return CommandContext(parser.parse_args(["--workspace", str(workspace_path), *argv]))


def test_cli_export_and_import(
    workspace: Workspace,
    workspace_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    document_id, ids = _make_document(workspace)
    assert parse_statuses("translated, reviewed") == {"translated", "reviewed"}
    assert parse_statuses(None) is None
    path = tmp_path / "cli.docx"

    ctx = _context(workspace_path, configure_export_review, str(document_id), "-o", str(path))
    try:
        assert export_review(ctx, document_id, path, "translated,reviewed") == 0
        assert "Wrote" in capsys.readouterr().err
        assert len(_open_docx(path)[1].rows) == 4  # header + three segments
        with pytest.raises(WorkbenchError, match="needs --output"):
            export_review(ctx, document_id, None, None)
        assert handle_export_review(ctx) == 0  # all statuses
    finally:
        ctx.close()
    capsys.readouterr()
    with workspace.session() as session:  # workspace change after the export → conflict
        update_segment(session, ids[1], author="editor", target="The lamps light up.")

    def edit(_document: Any, table: Any) -> None:
        _set(_row(table, ids[0]).cells[2], "Night settles.")
        _set(_row(table, ids[1]).cells[2], "Lamps flicker on.")

    returned = _edited(path, edit)
    ctx = _context(workspace_path, configure_import_review, str(returned), "--format", "json")
    try:
        assert handle_import_review(ctx) == 0  # conflicts are reported, not an error
    finally:
        ctx.close()
    payload = json.loads(capsys.readouterr().out)
    assert payload["updated"] == [ids[0]]
    assert [c["segment_id"] for c in payload["conflicts"]] == [ids[1]]

    ctx = _context(workspace_path, configure_import_review, str(returned), "--reject-changes")
    try:
        assert handle_import_review(ctx) == 0
    finally:
        ctx.close()
    text = capsys.readouterr().out
    assert f"Imported review of document {document_id}" in text
    assert "conflicts: 1" in text and f"segment {ids[1]}" in text
    assert "reviewer:  Lamps flicker on." in text
    assert "tracked changes rejected" in text
