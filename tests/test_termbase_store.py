"""Term bases in the workspace: CRUD with revisions, bulk add, search paging, imports,
the change feed and cached matchers, and the 0004 migration."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.helpers.schema import only_backup_revision
from workbench.db.engine import create_workspace_engine
from workbench.db.workspace import Workspace, head_revision, migrate, open_workspace
from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import Concept, Term, TermRevision
from workbench.termbase import search, store
from workbench.termbase.data import ConceptData, TermData, TermStatus
from workbench.termbase.matcher import forget_workspace_matchers, matcher_for_workspace

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED


def chongqing() -> ConceptData:
    return ConceptData(
        terms=[
            TermData("重庆", "zh-Hans"),
            TermData("重慶", "zh-Hant"),
            TermData("Chongqing", "en"),
            TermData("Chungking", "en", D, usage_note="old postal spelling"),
        ],
        subject="城市",
        definition="A municipality in southwest China",
        source="national list",
        external_id="c1",
    )


def modernization() -> ConceptData:
    return ConceptData(
        terms=[
            TermData("中国式现代化", "zh-Hans", part_of_speech="noun"),
            TermData("Chinese modernization", "en"),
            TermData("Chinese-style modernization", "en", D),
        ],
        subject="政策",
        external_id="c2",
    )


def numbered(i: int) -> ConceptData:
    return ConceptData(
        terms=[TermData(f"术语{i}", "zh-Hans"), TermData(f"term {i:05d}", "en", A)],
        subject="bulk",
        external_id=f"n{i}",
    )


def without_ids(concept: ConceptData) -> ConceptData:
    return replace(concept, id=None, terms=[replace(t, id=None) for t in concept.terms])


@pytest.fixture
def ws(workspace: Workspace) -> Workspace:
    forget_workspace_matchers()
    return workspace


# --------------------------------------------------------------------------- term bases


def test_termbase_lifecycle_with_revisions(ws: Workspace) -> None:
    with ws.session() as s:
        national = store.create_termbase(s, "National", author="ann", description="policy")
        city = store.create_termbase(s, "City", author="ann")
        project = store.create_termbase(s, "Project", author="ann", priority=5)
    with ws.session() as s:
        listed = store.list_termbases(s)
        assert [(t.name, t.priority) for t in listed] == [
            ("National", 0),
            ("Project", 5),
            ("City", 10),
        ]
        assert listed[0].created_at.tzinfo is not None
        with pytest.raises(store.DuplicateTermBaseError):
            store.create_termbase(s, "city", author="ann")
        store.rename_termbase(s, city.id, "Chongqing city", author="bob")
        store.reorder_termbases(s, [project.id, national.id], author="bob")
    with ws.session() as s:
        assert [(t.name, t.priority) for t in store.list_termbases(s)] == [
            ("Project", 0),
            ("National", 10),
            ("Chongqing city", 20),
        ]
        assert store.get_termbase(s, "chongqing CITY").id == city.id
        assert store.termbase_priorities(s) == {project.id: 0, national.id: 10, city.id: 20}
        fields = list(s.scalars(sa.select(TermRevision.field).order_by(TermRevision.id)))
        assert fields[:4] == [
            "termbase.created",
            "termbase.created",
            "termbase.created",
            "termbase.name",
        ]
        assert fields.count("termbase.priority") == 3
        with pytest.raises(NotFoundError):
            store.get_termbase(s, 999)
        with pytest.raises(NotFoundError):
            store.reorder_termbases(s, [999], author="bob")


def test_deleting_a_termbase_keeps_its_history(ws: Workspace) -> None:
    with ws.session() as s:
        tb = store.create_termbase(s, "Gone", author="ann")
        store.add_concepts(s, tb.id, [chongqing(), modernization()], author="ann")
    with ws.session() as s:
        assert store.delete_termbase(s, tb.id, author="bob") == 2
    with ws.session() as s:
        assert s.execute(sa.select(sa.func.count()).select_from(Concept)).scalar() == 0
        assert s.execute(sa.select(sa.func.count()).select_from(Term)).scalar() == 0
        rows = s.execute(sa.select(TermRevision.field, TermRevision.termbase_id)).all()
        assert {field for field, _ in rows} >= {"termbase.created", "created", "termbase.deleted"}
        assert all(termbase_id is None for _, termbase_id in rows)


# --------------------------------------------------------------------------- concepts


def test_add_and_read_back_concepts(ws: Workspace) -> None:
    with ws.session() as s:
        tb = store.create_termbase(s, "National", author="ann")
        ids = store.add_concepts(s, tb.id, [chongqing(), modernization()], author="ann")
    assert ids == sorted(ids) and len(ids) == 2
    with ws.session() as s:
        first = store.get_concept(s, ids[0])
        assert without_ids(first) == chongqing()
        assert first.id == ids[0] and first.termbase_id == tb.id
        assert all(t.id is not None and isinstance(t.status, TermStatus) for t in first.terms)
        assert [without_ids(c) for c in store.load_concepts(s)] == [chongqing(), modernization()]
        assert store.load_concepts(s, [tb.id + 1]) == []
        (created,) = store.concept_history(s, ids[0])
        assert created.field == "created" and created.author == "ann"
        assert without_ids(store.concept_from_json(created.after)) == chongqing()
        with pytest.raises(NotFoundError):
            store.get_concept(s, 12345)


def test_bulk_add_is_one_batch_in_order(ws: Workspace) -> None:
    concepts = [numbered(i) for i in range(3000)]
    with ws.session() as s:
        tb = store.create_termbase(s, "Bulk", author="ann")
        ids = store.add_concepts(s, tb.id, concepts, author="ann")
    with ws.session() as s:
        loaded = store.load_concepts(s)
        assert [c.id for c in loaded] == ids
        assert [without_ids(c) for c in loaded] == concepts
        assert search.count_concepts(s) == 3000
        revisions = s.execute(
            sa.select(sa.func.count())
            .select_from(TermRevision)
            .where(TermRevision.field == "created")
        ).scalar()
        assert revisions == 3000


def test_bad_concepts_are_refused_and_nothing_is_written(ws: Workspace) -> None:
    with ws.session() as s:
        tb = store.create_termbase(s, "National", author="ann")
    cases = [
        (ConceptData(terms=[TermData("x", "fr")], external_id="e9"), "unsupported term language"),
        (ConceptData(terms=[TermData("x", "en", "banned")]), "unknown term status"),  # type: ignore[arg-type]
        (ConceptData(terms=[TermData("  ", "en")]), "has no terms"),
    ]
    for bad, message in cases:
        with pytest.raises(WorkbenchError, match=message), ws.session() as s:
            store.add_concepts(s, tb.id, [chongqing(), bad], author="ann")
    with ws.session() as s:
        assert search.count_concepts(s) == 0
    with pytest.raises(WorkbenchError, match="external id e9"), ws.session() as s:
        store.add_concepts(s, tb.id, [cases[0][0]], author="ann")


def test_language_codes_are_made_canonical(ws: Workspace) -> None:
    with ws.session() as s:
        tb = store.create_termbase(s, "T", author="ann")
        (cid,) = store.add_concepts(
            s,
            tb.id,
            [
                ConceptData(
                    terms=[
                        TermData("重庆", "zh-CN"),
                        TermData("重慶", "zh_TW"),
                        TermData("Chongqing", "en-GB"),
                    ]
                )
            ],
            author="ann",
        )
        assert [t.lang for t in store.get_concept(s, cid).terms] == ["zh-Hans", "zh-Hant", "en"]


def test_update_concept_writes_a_revision_per_change(ws: Workspace) -> None:
    with ws.session() as s:
        tb = store.create_termbase(s, "National", author="ann")
        (cid,) = store.add_concepts(s, tb.id, [chongqing()], author="ann")
    with ws.session() as s:
        data = store.get_concept(s, cid)
        zh, _hant, en, old = data.terms
        edited = replace(
            data,
            definition="A municipality on the Yangtze",
            terms=[
                zh,
                replace(en, text="Chongqing Municipality", status=A),
                TermData("Chongqing City", "en", A),
                old,
            ],
        )
        stored = store.update_concept(s, cid, edited, author="bob")
    assert [t.text for t in stored.terms] == [
        "重庆",
        "Chongqing Municipality",
        "Chungking",
        "Chongqing City",
    ]
    with ws.session() as s:
        history = store.concept_history(s, cid)
        changes = [(r.field, r.before, r.after, r.author) for r in history[1:]]
        assert (
            "definition",
            "A municipality in southwest China",
            "A municipality on the Yangtze",
            "bob",
        ) in changes
        assert ("term.text", "Chongqing", "Chongqing Municipality", "bob") in changes
        assert ("term.status", "preferred", "admitted", "bob") in changes
        added = next(r for r in history if r.field == "term.added")
        assert json.loads(added.after)["text"] == "Chongqing City"
        removed = next(r for r in history if r.field == "term.removed")
        assert json.loads(removed.before)["text"] == "重慶" and removed.term_id is None
        row = search.fetch_concept_rows(s, [cid])[cid]
        assert row.modified_by == "bob" and row.created_by == "ann"
        assert row.modified_at >= row.created_at
        # No change, no revision.
        count = len(history)
        store.update_concept(s, cid, store.get_concept(s, cid), author="carl")
        assert len(store.concept_history(s, cid)) == count
        foreign = replace(stored, terms=[TermData("x", "en", id=99999)])
        with pytest.raises(WorkbenchError, match="does not belong"):
            store.update_concept(s, cid, foreign, author="carl")


def test_delete_concept_keeps_a_restorable_revision(ws: Workspace) -> None:
    with ws.session() as s:
        tb = store.create_termbase(s, "National", author="ann")
        cid, other = store.add_concepts(s, tb.id, [chongqing(), modernization()], author="ann")
    with ws.session() as s:
        gone = store.delete_concept(s, cid, author="bob")
    with ws.session() as s:
        assert [c.id for c in store.load_concepts(s)] == [other]
        deleted = s.execute(
            sa.select(TermRevision).where(TermRevision.field == "deleted")
        ).scalar_one()
        assert deleted.concept_id is None and deleted.termbase_id == tb.id
        restored = store.concept_from_json(deleted.before)
        assert restored == gone and restored.id == cid
        (new_id,) = store.add_concepts(s, tb.id, [without_ids(restored)], author="bob")
        assert without_ids(store.get_concept(s, new_id)) == chongqing()


# --------------------------------------------------------------------------- search


@pytest.fixture
def filled(ws: Workspace) -> tuple[Workspace, int, int]:
    with ws.session() as s:
        national = store.create_termbase(s, "National", author="ann")
        city = store.create_termbase(s, "City", author="ann")
        store.add_concepts(s, national.id, [chongqing(), modernization()], author="ann")
        store.add_concepts(s, city.id, [numbered(i) for i in range(250)], author="ann")
        store.add_concepts(
            s,
            city.id,
            [
                ConceptData(terms=[TermData("100%_done", "en")]),
                ConceptData(terms=[TermData("100 done", "en")]),
            ],
            author="ann",
        )
    return ws, national.id, city.id


def test_search_paging_is_consistent(filled: tuple[Workspace, int, int]) -> None:
    ws, _, city = filled
    with ws.session() as s:
        ids = search.concept_ids(s, "term", order="-en")
        assert len(ids) == search.count_concepts(s, "term") == 250
        pages = [
            [r.id for r in search.search_concepts(s, "term", limit=100, offset=o, order="-en")]
            for o in (0, 100, 200)
        ]
        assert [i for page in pages for i in page] == ids
        rows = search.search_concepts(s, "TERM 0024", limit=10)
        assert [r.terms("en") for r in rows] == [[f"term {i:05d}"] for i in range(240, 250)]
        assert rows[0].termbase_name == "City" and rows[0].data.subject == "bulk"
        by_zh = search.concept_ids(s, termbase_ids=[city], order="zh")
        assert len(by_zh) == 252
        assert search.concept_ids(s, order="termbase")[:2] == search.concept_ids(
            s, termbase_ids=[1]
        )


def test_search_filters(filled: tuple[Workspace, int, int]) -> None:
    ws, national, _ = filled
    with ws.session() as s:
        assert search.count_concepts(s, "重慶") == 1  # either script finds both
        assert search.count_concepts(s, "重庆", lang="zh-Hant") == 1
        assert search.count_concepts(s, "chongqing", lang="zh") == 0
        assert search.count_concepts(s, "modernization", status="deprecated") == 1
        assert search.count_concepts(s, status=D) == 2
        assert search.count_concepts(s, lang="en", termbase_ids=[national]) == 2
        # LIKE wildcards in the query are plain characters.
        assert [r.terms("en") for r in search.search_concepts(s, "100%_")] == [["100%_done"]]
        forbidden = [
            r.has_forbidden for r in search.search_concepts(s, "", termbase_ids=[national])
        ]
        assert forbidden == [True, True]
        with pytest.raises(ValueError):
            search.concept_ids(s, order="colour")


# --------------------------------------------------------------------------- import


def test_import_add_and_merge(ws: Workspace) -> None:
    with ws.session() as s:
        first = store.import_concepts(s, "Glossary", [chongqing(), modernization()], author="ann")
    assert first.created_termbase and first.added == 2
    incoming = [
        replace(chongqing(), definition="", note="checked 2025"),  # matched by external id
        ConceptData(
            terms=[TermData("中国式现代化", "zh-Hans"), TermData("Chinese Modernization", "en")]
        ),
        ConceptData(
            terms=[TermData("一带一路", "zh-Hans"), TermData("Belt and Road Initiative", "en")]
        ),
        modernization(),
    ]
    with ws.session() as s:
        summary = store.import_concepts(s, "glossary", incoming, author="bob", mode="merge")
    assert not summary.created_termbase
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 2)
    with ws.session() as s:
        cq = store.get_concept(s, summary.concept_ids[0])
        assert cq.note == "checked 2025" and cq.definition == "A municipality in southwest China"
        assert search.count_concepts(s) == 3
        with pytest.raises(NotFoundError):
            store.import_concepts(s, 42, [chongqing()], author="bob")
        with pytest.raises(ValueError):
            store.import_concepts(s, "Glossary", [], author="bob", mode="replace")  # type: ignore[arg-type]


def test_a_failing_import_leaves_nothing(ws: Workspace) -> None:
    bad = ConceptData(terms=[TermData("x", "de")])
    with pytest.raises(WorkbenchError), ws.session() as s:
        store.import_concepts(s, "New", [chongqing(), bad], author="ann")
    with ws.session() as s:
        assert store.list_termbases(s) == [] and search.count_concepts(s) == 0


def test_merge_concept_rules() -> None:
    existing = replace(
        chongqing(), id=7, terms=[replace(t, id=i) for i, t in enumerate(chongqing().terms)]
    )
    incoming = ConceptData(
        terms=[TermData("CHONGQING", "en", A, part_of_speech="noun"), TermData("渝", "zh-Hans", A)],
        note="short name added",
    )
    merged = store.merge_concept(existing, incoming)
    assert merged.id == 7 and merged.subject == "城市" and merged.note == "short name added"
    assert [(t.text, t.status, t.id) for t in merged.terms] == [
        ("重庆", P, 0),
        ("重慶", P, 1),
        ("Chongqing", A, 2),
        ("Chungking", D, 3),
        ("渝", A, None),
    ]


# --------------------------------------------------------------------------- change feed


def test_version_and_changes_since(ws: Workspace) -> None:
    with ws.session() as s:
        assert store.termbase_version(s) == 0
        tb = store.create_termbase(s, "National", author="ann")
        a, b = store.add_concepts(s, tb.id, [chongqing(), modernization()], author="ann")
        start = store.termbase_version(s)
    with ws.session() as s:
        store.update_concept(s, a, replace(store.get_concept(s, a), note="n"), author="bob")
        store.delete_concept(s, b, author="bob")
    with ws.session() as s:
        changes = store.changes_since(s, start)
        assert changes.concept_ids == {a, b} and not changes.rebuild
        assert changes.version == store.termbase_version(s) > start
        assert store.changes_since(s, changes.version).concept_ids == frozenset()
        assert store.changes_since(s, 0, limit=1).rebuild
        store.update_termbase(s, tb.id, author="bob", priority=30)
        assert store.changes_since(s, changes.version).rebuild


def test_workspace_matcher_follows_edits(ws: Workspace) -> None:
    with ws.session() as s:
        national = store.create_termbase(s, "National", author="ann")
        city = store.create_termbase(s, "City", author="ann")
        (cq,) = store.add_concepts(s, national.id, [chongqing()], author="ann")
        (mod,) = store.add_concepts(s, city.id, [modernization()], author="ann")
    with ws.session() as s:
        matcher = matcher_for_workspace(s)
        assert matcher_for_workspace(s) is matcher
        hits = matcher.match("重慶推进中国式现代化", "zh")
        assert [(h.start, h.end, h.concept_id, h.targets("en")) for h in hits] == [
            (0, 2, cq, ["Chongqing"]),
            (4, 10, mod, ["Chinese modernization"]),
        ]
    with ws.session() as s:  # an edit is picked up incrementally
        data = store.get_concept(s, mod)
        data.terms.append(TermData("现代化", "zh-Hans", A))
        store.update_concept(s, mod, data, author="bob")
        store.delete_concept(s, cq, author="bob")
    with ws.session() as s:
        again = matcher_for_workspace(s)
        # A new object (views compare by identity) sharing the big automaton: one concept
        # in the delta automaton, the deleted one a tombstone.
        assert again is not matcher and again.delta_size == 1 and again.generation == 1
        assert again._state.main is matcher._state.main
        assert [h.text for h in again.match("重庆的现代化", "zh")] == ["现代化"]
        assert [h.text for h in matcher.match("重庆的现代化", "zh")] == ["重庆"]  # as it was
        assert matcher_for_workspace(s) is again
        matcher = again
    with ws.session() as s:  # a priority change rebuilds
        store.reorder_termbases(s, [city.id, national.id], author="bob")
    with ws.session() as s:
        rebuilt = matcher_for_workspace(s)
        assert rebuilt is not matcher and rebuilt.delta_size == 0
        assert rebuilt.match("中国式现代化", "zh")[0].priority == 0


# --------------------------------------------------------------------------- migration


def _workspace_at_0003(path: Path) -> None:
    engine = create_workspace_engine(path)
    with engine.begin() as connection:
        migrate(connection, "0003")
        connection.exec_driver_sql(
            "INSERT INTO document (id, title_zh, title_en, byline, source_lang, target_lang,"
            " status, section_position, origin_path, origin_format, created_by, created_at,"
            " updated_at) VALUES (1, '山城', 'Mountain city', '', 'zh', 'en', 'new', 0, '', '',"
            " 'a', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO block (id, document_id, position, kind, level, style, origin)"
            " VALUES (1, 1, 0, 'paragraph', 0, '', '')"
        )
        connection.exec_driver_sql(
            "INSERT INTO segment (id, block_id, document_id, position, source, target, source_sep,"
            " target_sep, status, note, updated_by, updated_at) VALUES (1, 1, 1, 0,"
            " '重庆是山城。', 'Chongqing is a mountain city.', '', '', 'translated', '', 'a',"
            " '2025-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO segment_draft (segment_id, document_id, text, author, saved_at)"
            " VALUES (1, 1, 'draft', 'a', '2025-01-01 00:00:00')"
        )
    engine.dispose()


def test_0003_workspace_upgrades_to_term_bases_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    _workspace_at_0003(path)
    with open_workspace(path) as ws:
        assert ws.schema_revision() == head_revision()
        inspector = sa.inspect(ws.engine)
        assert {"termbase", "concept", "term", "term_revision"} <= set(inspector.get_table_names())
        assert {i["name"] for i in inspector.get_indexes("term")} == {
            "ix_term_concept_id",
            "ix_term_lang_text",
        }
        with ws.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT source, target FROM segment").all() == [
                ("重庆是山城。", "Chongqing is a mountain city.")
            ]
            assert connection.exec_driver_sql("SELECT text FROM segment_draft").scalar() == "draft"
        with ws.session() as s:
            tb = store.create_termbase(s, "National", author="ann")
            store.add_concepts(s, tb.id, [chongqing()], author="ann")
        # The constraints are in place.
        with ws.engine.begin() as connection, pytest.raises(sa.exc.IntegrityError):
            connection.exec_driver_sql(
                "INSERT INTO term (concept_id, lang, text, status, part_of_speech,"
                " usage_note, case_sensitive) VALUES (1, 'fr', 'x', 'preferred', '', '', 0)"
            )
    assert only_backup_revision(path) == "0003"  # taken before the upgrade


def test_0004_downgrades_cleanly(tmp_path: Path) -> None:
    from workbench.db.workspace import downgrade

    path = tmp_path / "workspace.db"
    open_workspace(path).close()
    engine = create_workspace_engine(path)
    with engine.begin() as connection:
        downgrade(connection, "0003")
        assert "term" not in sa.inspect(connection).get_table_names()
        migrate(connection, "0004")
        assert "term_revision" in sa.inspect(connection).get_table_names()
    engine.dispose()
