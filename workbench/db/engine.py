"""Engine factory: a SQLite file (WAL, foreign keys, busy timeout) or a server URL."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.engine.url import make_url

BUSY_TIMEOUT_MS = 10_000


def database_url(location: str | os.PathLike[str]) -> str:
    """Turn a path (or an existing URL) into a SQLAlchemy URL."""
    text = os.fspath(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite_url(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL is durable across application crashes; only a power cut can lose
        # the last transactions, never corrupt the file.
        cursor.execute("PRAGMA synchronous = NORMAL")
    finally:
        cursor.close()


def create_workspace_engine(location: str | os.PathLike[str], *, echo: bool = False) -> Engine:
    """Create an engine for a workspace path or URL (``sqlite://`` or ``postgresql://``).

    No connection is made here, so a server URL is accepted even when the server is away.
    """
    url = database_url(location)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        engine = sa.create_engine(
            url,
            echo=echo,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        sa.event.listen(engine, "connect", _configure_sqlite)
        return engine
    if backend == "postgresql":
        if make_url(url).drivername == "postgresql":
            # Bare postgresql:// means psycopg 3 here (the driver in the "server" extra).
            url = url.replace("postgresql://", "postgresql+psycopg://", 1)
        return sa.create_engine(url, echo=echo, pool_pre_ping=True)
    raise ValueError(
        f"Unsupported workspace database {backend!r}: use a file path or postgresql://"
    )
