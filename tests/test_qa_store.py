"""QA in a workspace: profiles, ignored findings (and their return when the text changes),
the user dictionary, undoable fixes (source side too) and the 0005 migration."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.helpers.schema import only_backup_revision
from tests.test_editor_workflow import make_document
from workbench.db.engine import create_workspace_engine
from workbench.db.workspace import Workspace, downgrade, head_revision, migrate, open_workspace
from workbench.editor.changes import apply_batch
from workbench.errors import NotFoundError
from workbench.models import Segment, SegmentRevision
from workbench.models.enums import SegmentStatus
from workbench.qa import store
from workbench.qa.fixes import fix_batch
from workbench.qa.jobs import run_documents
from workbench.qa.model import Fix, Severity, Side
from workbench.qa.profiles import CheckSetting, builtin_profiles
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.store import add_concepts, create_termbase


def _profile(*checks: str):
    return builtin_profiles()["translation"].only(checks)


def test_profiles_are_built_in_and_editable_per_workspace(workspace: Workspace) -> None:
    with workspace.session() as session:
        assert set(store.list_profiles(session)) == {"translation", "print"}
        print_profile = store.get_profile(session, "print")
        assert not print_profile.is_enabled("cjk-latin-spacing")
        assert store.get_profile(session).is_enabled("cjk-latin-spacing")
        print_profile.settings["spelling"] = CheckSetting(enabled=False)
        store.save_profile(session, print_profile)
        own = builtin_profiles()["translation"]
        own.name, own.label_en, own.builtin = "wechat", "WeChat posts", False
        own.settings["length-ratio"] = CheckSetting(
            severity=Severity.INFO, options={"en_per_zh_max": 10}
        )
        store.save_profile(session, own)
    with workspace.session() as session:
        profiles = store.list_profiles(session)
        assert list(profiles) == ["translation", "print", "wechat"]
        assert profiles["print"].builtin and not profiles["print"].is_enabled("spelling")
        assert not profiles["print"].is_enabled("cjk-latin-spacing")  # the rest kept
        wechat = profiles["wechat"]
        spec = __import__("workbench.qa.registry", fromlist=["check_spec"]).check_spec(
            "length-ratio"
        )
        assert wechat.severity(spec) is Severity.INFO
        assert wechat.options(spec)["en_per_zh_max"] == 10
        assert wechat.options(spec)["en_per_zh_min"] == spec.options["en_per_zh_min"]
        store.delete_profile(session, "print")  # back to the shipped settings
    with workspace.session() as session:
        assert store.get_profile(session, "print").is_enabled("spelling")
        with pytest.raises(NotFoundError, match="known: translation, print, wechat"):
            store.get_profile(session, "nope")


def test_ignored_finding_persists_and_returns_when_text_changes(workspace: Workspace) -> None:
    with workspace.session() as session:
        ids = make_document(
            session, [[("重庆是山城。", "Chongqing is the the city.")], [("你好", "")]]
        )
        (finding,) = run_documents(session, [1], _profile("repeated-word")).findings
        store.ignore(session, finding, "quoted speech, keep as said", author="rev")
    with workspace.session() as session:
        result = run_documents(session, [1], _profile("repeated-word", "untranslated"))
        by_check = {f.check: f for f in result.findings}
        assert by_check["repeated-word"].ignored_reason == "quoted speech, keep as said"
        assert not by_check["untranslated"].ignored
        assert result.summary()["ignored"] == 1 and result.summary()["findings"] == 1
        session.get(Segment, ids[0]).target = "Chongqing is the the big city."  # type: ignore[union-attr]
    with workspace.session() as session:
        (again,) = run_documents(session, [1], _profile("repeated-word")).findings
        assert not again.ignored  # the text changed: the finding is back
        store.unignore(session, again)


def test_fix_batch_edits_source_and_target_and_undoes(workspace: Workspace) -> None:
    with workspace.session() as session:
        (seg,) = make_document(session, [[("重庆是山城。", "Chongqing  is the the city .")]])
        session.get(Segment, seg).status = SegmentStatus.REVIEWED  # type: ignore[union-attr]
    with workspace.session() as session:
        result = run_documents(session, [1], _profile("repeated-word"))
        # A hand-made source fix stands for a Chinese punctuation fix.
        unit = result.findings[0].unit
        source_fix = Fix(Side.SOURCE, 5, 6, "！")
        from dataclasses import replace

        findings = [*result.findings, replace(result.findings[0], side=Side.SOURCE, fix=source_fix)]
        batch = fix_batch(session, findings, label="Fix all")
        apply_batch(session, batch, author="ed")
    with workspace.session() as session:
        segment = session.get(Segment, seg)
        assert segment is not None
        assert (segment.source, segment.target) == ("重庆是山城！", "Chongqing  is the city .")
        assert segment.status == SegmentStatus.REVIEWED  # a mechanical fix keeps the status
        fields = set(
            session.execute(
                sa.select(SegmentRevision.field).where(SegmentRevision.segment_id == seg)
            ).scalars()
        )
        assert "source" in fields and "target" in fields
        apply_batch(session, batch.inverted(), author="ed")
    with workspace.session() as session:
        segment = session.get(Segment, seg)
        assert (segment.source, segment.target) == (unit.source, unit.target)  # type: ignore[union-attr]


def test_stale_and_locked_findings_are_not_fixed(workspace: Workspace) -> None:
    with workspace.session() as session:
        a, b = make_document(session, [[("甲", "the the"), ("乙", "a a b")]])
    with workspace.session() as session:
        findings = run_documents(session, [1], _profile("repeated-word")).findings
        session.get(Segment, a).target = "the the the"  # type: ignore[union-attr]
        session.get(Segment, b).status = SegmentStatus.LOCKED  # type: ignore[union-attr]
        session.flush()
        batch = fix_batch(session, findings, label="Fix all")
        assert batch.edits == [] and batch.skipped_locked == [b]


def test_user_dictionary_feeds_spelling(workspace: Workspace) -> None:
    with workspace.session() as session:
        make_document(session, [[("火锅节", "The hotpotfest opens.")]])
        assert [
            f.span_text for f in run_documents(session, [1], _profile("spelling")).findings
        ] == ["hotpotfest"]
        store.add_user_words(session, ["hotpotfest", " "], author="ed")
    with workspace.session() as session:
        assert store.user_words(session) == ["hotpotfest"]
        assert run_documents(session, [1], _profile("spelling")).findings == []


def test_workspace_term_bases_drive_term_checks(workspace: Workspace) -> None:
    with workspace.session() as session:
        tb = create_termbase(session, "Official", author="ann")
        add_concepts(
            session,
            tb.id or 0,
            [
                ConceptData(
                    [
                        TermData("新质生产力", "zh-Hans"),
                        TermData("new quality productive forces", "en"),
                        TermData("new productive forces", "en", TermStatus.DEPRECATED),
                    ]
                )
            ],
            author="ann",
        )
        make_document(session, [[("发展新质生产力。", "Develop new productive forces.")]])
    with workspace.session() as session:
        findings = run_documents(session, [1], _profile("term-missing", "term-forbidden")).findings
        assert [(f.check, f.span_text) for f in findings] == [
            ("term-missing", "新质生产力"),
            ("term-forbidden", "new productive forces"),
        ]


def _workspace_at_0004(path: Path) -> None:
    engine = create_workspace_engine(path)
    with engine.begin() as connection:
        migrate(connection, "0004")
    engine.dispose()


def test_0004_workspace_upgrades_to_qa_tables(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    _workspace_at_0004(path)
    with open_workspace(path) as ws:
        assert ws.schema_revision() == head_revision()
        tables = set(sa.inspect(ws.engine).get_table_names())
        assert {"qa_profile", "qa_ignore", "qa_user_word"} <= tables
    assert only_backup_revision(path) == "0004"


def test_0005_downgrades_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    open_workspace(path).close()
    engine = create_workspace_engine(path)
    with engine.begin() as connection:
        downgrade(connection, "0004")
        assert "qa_ignore" not in sa.inspect(connection).get_table_names()
        migrate(connection, "0005")
        assert "qa_ignore" in sa.inspect(connection).get_table_names()
    engine.dispose()
