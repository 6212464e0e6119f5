"""Schema 0003 (segment drafts): an 0002 workspace upgrades with its data intact."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from tests.helpers.schema import only_backup_revision
from workbench.db.backup import list_backups
from workbench.db.engine import create_workspace_engine
from workbench.db.workspace import head_revision, migrate, open_workspace
from workbench.editor.drafts import pending_drafts, save_draft
from workbench.editor.grid import fetch_rows


def _create_at_0002(path: Path) -> None:
    engine = create_workspace_engine(path)
    with engine.begin() as connection:
        migrate(connection, "0002")
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
            " target_sep, status, note, updated_by, updated_at) VALUES"
            " (1, 1, 1, 0, '重庆是山城。', 'Chongqing is a mountain city.', '', ' ',"
            " 'translated', '', 'a', '2025-01-01 00:00:00'),"
            " (2, 1, 1, 1, '夜景很美。', '', '', '', 'new', '', 'a', '2025-01-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO workspace_info (key, value) VALUES ('created_with_version', '0.1.0')"
        )
    engine.dispose()


def test_0002_workspace_upgrades_to_segment_drafts_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "workspace.db"
    _create_at_0002(path)
    with open_workspace(path) as ws:
        assert ws.schema_revision() == head_revision()
        inspector = sa.inspect(ws.engine)
        assert {c["name"] for c in inspector.get_columns("segment_draft")} == {
            "segment_id",
            "document_id",
            "text",
            "author",
            "saved_at",
        }
        assert [i["column_names"] for i in inspector.get_indexes("segment_draft")] == [
            ["document_id"]
        ]
        with ws.engine.connect() as connection:
            rows = connection.exec_driver_sql("SELECT id, source, target FROM segment").all()
            info = connection.exec_driver_sql("SELECT value FROM workspace_info").scalar()
        assert [tuple(r) for r in rows] == [
            (1, "重庆是山城。", "Chongqing is a mountain city."),
            (2, "夜景很美。", ""),
        ]
        assert info == "0.1.0"
        # The new table works with the old data, and cascades with its segment.
        with ws.session() as session:
            save_draft(session, 2, "The night view", author="tr")
        with ws.session() as session:
            assert pending_drafts(session, 1) == {2: "The night view"}
            assert fetch_rows(session, [2])[2].draft == "The night view"
        with ws.engine.begin() as connection:
            connection.exec_driver_sql("DELETE FROM segment WHERE id = 2")
            assert connection.exec_driver_sql("SELECT count(*) FROM segment_draft").scalar() == 0
    assert "before-upgrade-0002" in list_backups(path)[0].name
    assert only_backup_revision(path) == "0002"


def test_0003_downgrades_cleanly(tmp_path: Path) -> None:
    from workbench.db.workspace import downgrade

    path = tmp_path / "workspace.db"
    open_workspace(path).close()
    engine = create_workspace_engine(path)
    with engine.begin() as connection:
        downgrade(connection, "0002")
        assert "segment_draft" not in sa.inspect(connection).get_table_names()
        migrate(connection, "0003")
        assert "segment_draft" in sa.inspect(connection).get_table_names()
    engine.dispose()
