"""Term bases in the workspace: create, edit and read them (searching: ``search.py``).

Every change writes a ``TermRevision`` (who, when, before → after), like segments do. The
highest revision id is the term bases' change counter (``termbase_version``), and the
revisions after a version are the feed the matcher refreshes from (``changes_since``).

All functions run inside the caller's transaction (``Workspace.session()``), so an import
or a bulk add either lands whole or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session, col, select

from workbench.errors import NotFoundError, WorkbenchError
from workbench.models import Concept, Term, TermBase, TermRevision
from workbench.models.base import utcnow
from workbench.termbase.data import (
    TERM_LANGUAGES,
    ConceptData,
    TermData,
    TermStatus,
    base_language,
)

PRIORITY_STEP = 10  # gaps, so a term base can be slotted between two without renumbering
IN_CHUNK = 500  # ids per IN (…) list: far below SQLite's bound-parameter limit

CONCEPT_FIELDS = ("subject", "definition", "note", "source", "scope", "external_id")
TERM_FIELDS = ("lang", "text", "status", "part_of_speech", "usage_note", "case_sensitive")
# Revisions after which cached matchers are rebuilt rather than patched.
STRUCTURAL_FIELDS = frozenset({"termbase.priority", "termbase.deleted"})

_LANG_ALIASES = {
    "zh": "zh-Hans",
    "zh-cn": "zh-Hans",
    "zh-sg": "zh-Hans",
    "zh-hans": "zh-Hans",
    "zh-hant": "zh-Hant",
    "zh-tw": "zh-Hant",
    "zh-hk": "zh-Hant",
    "zh-mo": "zh-Hant",
    "en": "en",
}


# StrEnum members hash like their values: one lookup takes "preferred" or the member.
_STATUS_OF: dict[str, TermStatus] = {status.value: status for status in TermStatus}


class DuplicateTermBaseError(WorkbenchError):
    """A term base with that name exists already."""


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class TermBaseInfo:
    id: int
    name: str
    description: str
    priority: int
    concept_count: int
    created_at: datetime


@dataclass(frozen=True)
class ConceptRow:
    """One row of the term base manager's table: the concept and who touched it when."""

    id: int
    termbase_id: int
    termbase_name: str
    data: ConceptData
    created_by: str
    created_at: datetime
    modified_by: str
    modified_at: datetime

    def terms(self, lang: str) -> list[str]:
        """Texts in ``lang`` (zh covers both scripts), preferred first."""
        terms = self.data.terms_in(lang)
        order = {TermStatus.PREFERRED: 0, TermStatus.ADMITTED: 1, TermStatus.DEPRECATED: 2}
        return [t.text for t in sorted(terms, key=lambda t: order[TermStatus(t.status)])]

    @property
    def has_forbidden(self) -> bool:
        return any(t.status == TermStatus.DEPRECATED for t in self.data.terms)


@dataclass(frozen=True)
class ImportSummary:
    termbase_id: int
    created_termbase: bool
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    concept_ids: tuple[int, ...] = ()  # added or updated


@dataclass(frozen=True)
class TermbaseChanges:
    """What changed after a version: the concepts touched (edited, added or deleted) and
    whether the change needs a full rebuild (priorities, a deleted term base, too many)."""

    version: int
    concept_ids: frozenset[int] = field(default_factory=frozenset)
    rebuild: bool = False


# --------------------------------------------------------------------------- helpers


def _aware(moment: datetime) -> datetime:
    # SQLite gives back naive datetimes; everything stored is UTC.
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def canonical_language(lang: str) -> str | None:
    """A term language (zh-Hans, zh-Hant, en) for a code such as zh-CN, zh_TW or en-GB."""
    code = lang.strip().replace("_", "-").lower()
    if code in _LANG_ALIASES:
        return _LANG_ALIASES[code]
    if code.startswith("en-"):
        return "en"
    if code.startswith("zh-hant") or code.startswith("zh-hans"):
        return _LANG_ALIASES[code[:7]]
    return None


def _languages(lang: str) -> list[str]:
    """Stored languages a filter value covers: zh → both scripts, zh-Hant → one."""
    exact = canonical_language(lang)
    if exact is not None and lang.lower() not in ("zh", "zh-cn"):
        return [exact]
    base = base_language(lang)
    return [code for code in TERM_LANGUAGES if base_language(code) == base]


def _describe(concept: ConceptData, position: int) -> str:
    ref = f"external id {concept.external_id}" if concept.external_id else f"entry {position}"
    first = next((t.text for t in concept.terms if t.text.strip()), "")
    return f"{ref} ({first})" if first else ref


def _clean(concept: ConceptData, position: int) -> ConceptData:
    """Validate and tidy a concept before it is written: languages in their canonical
    spelling, statuses as enum members, texts stripped, at least one term."""
    terms: list[TermData] = []
    for term in concept.terms:
        text = " ".join(term.text.split())
        if not text:
            continue
        lang = term.lang if term.lang in TERM_LANGUAGES else canonical_language(term.lang)
        if lang is None:
            raise WorkbenchError(
                f"Concept {_describe(concept, position)}: unsupported term language"
                f" {term.lang!r} (use zh-Hans, zh-Hant or en)"
            )
        status = _STATUS_OF.get(term.status)
        if status is None:
            raise WorkbenchError(
                f"Concept {_describe(concept, position)}: unknown term status {term.status!r}"
                " (use preferred, admitted or deprecated)"
            )
        terms.append(
            TermData(
                text,
                lang,
                status,
                term.part_of_speech,
                term.usage_note,
                term.case_sensitive,
                term.id,
            )
        )
    if not terms:
        raise WorkbenchError(f"Concept {_describe(concept, position)} has no terms")
    # Constructors, not dataclasses.replace: this runs for every concept of an import.
    return ConceptData(
        terms,
        concept.subject,
        concept.definition,
        concept.note,
        concept.source,
        concept.scope,
        concept.external_id,
        concept.id,
        concept.termbase_id,
    )


def concept_to_json(concept: ConceptData) -> str:
    """A concept as compact JSON: the before/after of "created" and "deleted" revisions."""
    data: dict[str, Any] = {"id": concept.id, "termbase_id": concept.termbase_id}
    data.update({name: getattr(concept, name) for name in CONCEPT_FIELDS})
    data["terms"] = [_term_dict(term) for term in concept.terms]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def concept_from_json(text: str) -> ConceptData:
    """The concept a "created"/"deleted" revision recorded (for undo from history)."""
    data = json.loads(text)
    terms = [
        TermData(
            text=t["text"],
            lang=t["lang"],
            status=TermStatus(t["status"]),
            part_of_speech=t.get("part_of_speech", ""),
            usage_note=t.get("usage_note", ""),
            case_sensitive=bool(t.get("case_sensitive", False)),
            id=t.get("id"),
        )
        for t in data.get("terms", [])
    ]
    fields = {name: data.get(name, "") for name in CONCEPT_FIELDS}
    return ConceptData(
        terms=terms, id=data.get("id"), termbase_id=data.get("termbase_id"), **fields
    )


def _term_dict(term: TermData) -> dict[str, Any]:
    data: dict[str, Any] = {"id": term.id, "lang": term.lang, "text": term.text}
    data["status"] = _STATUS_OF[term.status].value
    for name in ("part_of_speech", "usage_note"):
        if getattr(term, name):
            data[name] = getattr(term, name)
    if term.case_sensitive:
        data["case_sensitive"] = True
    return data


def _term_json(term: TermData) -> str:
    return json.dumps(_term_dict(term), ensure_ascii=False, separators=(",", ":"))


class _Revisions:
    """Revision rows of one change: who, when and where are given once."""

    def __init__(self, author: str, termbase_id: int | None, concept_id: int | None = None) -> None:
        self.author = author
        self.now = utcnow()
        self.termbase_id = termbase_id
        self.concept_id = concept_id
        self.rows: list[dict[str, Any]] = []

    def add(
        self,
        field: str,
        before: str = "",
        after: str = "",
        *,
        term_id: int | None = None,
        concept_id: int | None = None,
    ) -> None:
        self.rows.append(
            {
                "termbase_id": self.termbase_id,
                "concept_id": concept_id if concept_id is not None else self.concept_id,
                "term_id": term_id,
                "field": field,
                "before": before,
                "after": after,
                "author": self.author,
                "created_at": self.now,
            }
        )

    def write(self, session: Session) -> None:
        _write_revisions(session, self.rows)


def _write_revisions(session: Session, rows: list[dict[str, Any]]) -> None:
    if rows:
        session.connection().execute(sa.insert(TermRevision.__table__), rows)


def _bulk_insert(
    connection: sa.Connection, table: sa.Table, columns: Sequence[str], rows: list[tuple]
) -> None:
    """One prepared INSERT run over plain tuples with the driver's executemany: Core's
    per-row parameter processing was most of the time of a 100,000-concept import.
    Timestamps must come already in the stored form (``_stored_time``)."""
    if not rows:
        return
    statement = sa.insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
    names = statement.positiontup
    if names is not None:  # positional paramstyle (SQLite's qmark)
        order = [list(columns).index(name) for name in names]
        params: list[Any] = (
            [tuple(row[i] for i in order) for row in rows]
            if order != list(range(len(columns)))
            else rows
        )
    else:  # named paramstyle (psycopg)
        params = [dict(zip(columns, row, strict=True)) for row in rows]
    connection.exec_driver_sql(str(statement), params)


def _stored_time(connection: sa.Connection, moment: datetime) -> Any:
    """``moment`` as the DateTime column stores it on this database (SQLite: a string)."""
    dialect = connection.dialect
    process = sa.DateTime().dialect_impl(dialect).bind_processor(dialect)
    return process(moment) if process else moment


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), IN_CHUNK):
        yield ids[start : start + IN_CHUNK]


# --------------------------------------------------------------------------- term bases


def get_termbase(session: Session, name_or_id: str | int) -> TermBase:
    """A term base by id, or by name (exact, then case-insensitive)."""
    if isinstance(name_or_id, int):
        termbase = session.get(TermBase, name_or_id)
        if termbase is None:
            raise NotFoundError(f"No term base with id {name_or_id}")
        return termbase
    found = session.exec(select(TermBase).where(TermBase.name == name_or_id)).first()
    if found is None:
        wanted = name_or_id.casefold()
        found = next(
            (tb for tb in session.exec(select(TermBase)) if tb.name.casefold() == wanted), None
        )
    if found is None:
        raise NotFoundError(f"No term base named {name_or_id!r}")
    return found


def _check_name_free(session: Session, name: str, *, keep: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise WorkbenchError("A term base needs a name")
    for termbase in session.exec(select(TermBase)):
        if termbase.name.casefold() == name.casefold() and termbase.id != keep:
            raise DuplicateTermBaseError(f"A term base named {termbase.name!r} exists already")
    return name


def create_termbase(
    session: Session,
    name: str,
    *,
    author: str,
    description: str = "",
    priority: int | None = None,
) -> TermBase:
    """A new, empty term base; by default consulted after every existing one."""
    name = _check_name_free(session, name)
    if priority is None:
        highest = session.scalar(sa.select(sa.func.max(col(TermBase.priority))))
        priority = 0 if highest is None else highest + PRIORITY_STEP
    revisions = _Revisions(author, None)
    termbase = TermBase(
        name=name, description=description, priority=priority, created_at=revisions.now
    )
    session.add(termbase)
    session.flush()
    revisions.termbase_id = termbase.id
    revisions.add("termbase.created", after=name)
    revisions.write(session)
    return termbase


def list_termbases(session: Session) -> list[TermBaseInfo]:
    """Every term base, in priority order, with its concept count."""
    counts = dict(
        session.execute(
            sa.select(col(Concept.termbase_id), sa.func.count()).group_by(col(Concept.termbase_id))
        ).all()
    )
    termbases = session.exec(select(TermBase).order_by(col(TermBase.priority), col(TermBase.id)))
    return [
        TermBaseInfo(
            id=tb.id or 0,
            name=tb.name,
            description=tb.description,
            priority=tb.priority,
            concept_count=int(counts.get(tb.id, 0)),
            created_at=_aware(tb.created_at),
        )
        for tb in termbases
    ]


def termbase_priorities(session: Session) -> dict[int, int]:
    return {
        tb_id: priority
        for tb_id, priority in session.execute(
            sa.select(col(TermBase.id), col(TermBase.priority))
        ).all()
    }


def update_termbase(
    session: Session,
    termbase_id: int,
    *,
    author: str,
    name: str | None = None,
    description: str | None = None,
    priority: int | None = None,
) -> TermBase:
    """Change a term base's name, description or priority (a revision per change)."""
    termbase = get_termbase(session, termbase_id)
    changes: list[tuple[str, str, str]] = []
    if name is not None:
        name = _check_name_free(session, name, keep=termbase_id)
        if name != termbase.name:
            changes.append(("termbase.name", termbase.name, name))
            termbase.name = name
    if description is not None and description != termbase.description:
        changes.append(("termbase.description", termbase.description, description))
        termbase.description = description
    if priority is not None and priority != termbase.priority:
        changes.append(("termbase.priority", str(termbase.priority), str(priority)))
        termbase.priority = priority
    session.add(termbase)
    revisions = _Revisions(author, termbase_id)
    for name_of_field, before, after in changes:
        revisions.add(name_of_field, before, after)
    revisions.write(session)
    return termbase


def rename_termbase(session: Session, termbase_id: int, name: str, *, author: str) -> TermBase:
    return update_termbase(session, termbase_id, author=author, name=name)


def reorder_termbases(session: Session, termbase_ids: Sequence[int], *, author: str) -> None:
    """Consult the term bases in this order (priorities 0, 10, 20…); term bases not
    listed keep their relative order after the listed ones."""
    known = [tb.id for tb in list_termbases(session)]
    unknown = set(termbase_ids) - set(known)
    if unknown:
        raise NotFoundError(f"No term base with id {min(unknown)}")
    order = list(dict.fromkeys(termbase_ids)) + [i for i in known if i not in set(termbase_ids)]
    for position, termbase_id in enumerate(order):
        update_termbase(session, termbase_id, author=author, priority=position * PRIORITY_STEP)


def delete_termbase(session: Session, termbase_id: int, *, author: str) -> int:
    """Delete a term base with its concepts; returns how many concepts went. The
    revisions stay (their ids are nulled)."""
    termbase = get_termbase(session, termbase_id)
    count = session.scalar(
        sa.select(sa.func.count())
        .select_from(Concept)
        .where(col(Concept.termbase_id) == termbase_id)
    )
    revisions = _Revisions(author, termbase_id)
    summary = {"name": termbase.name, "concepts": int(count or 0)}
    revisions.add("termbase.deleted", before=json.dumps(summary, ensure_ascii=False))
    revisions.write(session)
    session.execute(sa.delete(TermBase).where(col(TermBase.id) == termbase_id))
    session.expire_all()
    return int(count or 0)


# --------------------------------------------------------------------------- concepts


def add_concepts(
    session: Session, termbase_id: int, concepts: Sequence[ConceptData], *, author: str
) -> list[int]:
    """Insert concepts with their terms and a "created" revision each; returns the new
    ids in input order. Bulk Core inserts: 100,000 concepts take a few seconds."""
    get_termbase(session, termbase_id)
    cleaned = [_clean(concept, position) for position, concept in enumerate(concepts, 1)]
    if not cleaned:
        return []
    now = utcnow()
    connection = session.connection()
    stamp = _stored_time(connection, now)
    # Ids are read back as "this term base's rows above the old maximum, in id order":
    # SQLite hands out rowids in insertion order inside our write transaction, and
    # executemany cannot batch INSERT … RETURNING there (see documents/store.py).
    before_max = connection.scalar(sa.select(sa.func.max(col(Concept.id)))) or 0
    _bulk_insert(
        connection,
        Concept.__table__,
        ("termbase_id", *CONCEPT_FIELDS, "created_by", "created_at", "modified_by", "modified_at"),
        [
            (
                termbase_id,
                c.subject,
                c.definition,
                c.note,
                c.source,
                c.scope,
                c.external_id,
                author,
                stamp,
                author,
                stamp,
            )
            for c in cleaned
        ],
    )
    ids = list(
        connection.scalars(
            sa.select(col(Concept.id))
            .where(col(Concept.termbase_id) == termbase_id, col(Concept.id) > before_max)
            .order_by(col(Concept.id))
        )
    )
    if len(ids) != len(cleaned):  # a concurrent writer on a server database
        raise WorkbenchError("The term base changed while concepts were added; try again")
    _bulk_insert(
        connection,
        Term.__table__,
        ("concept_id", *TERM_FIELDS),
        [
            (
                concept_id,
                t.lang,
                t.text,
                TermStatus(t.status).value,
                t.part_of_speech,
                t.usage_note,
                t.case_sensitive,
            )
            for concept_id, c in zip(ids, cleaned, strict=True)
            for t in c.terms
        ],
    )
    _bulk_insert(
        connection,
        TermRevision.__table__,
        ("termbase_id", "concept_id", "field", "before", "after", "author", "created_at"),
        [
            (
                termbase_id,
                concept_id,
                "created",
                "",
                _created_json(c, concept_id, termbase_id),
                author,
                stamp,
            )
            for concept_id, c in zip(ids, cleaned, strict=True)
        ],
    )
    return ids


def _created_json(concept: ConceptData, concept_id: int, termbase_id: int) -> str:
    concept.id, concept.termbase_id = concept_id, termbase_id  # a cleaned copy: ours
    return concept_to_json(concept)


def _term_from_row(row: Any) -> TermData:
    """A TermData from a row of ``_TERM_COLUMNS`` (by position: Row attributes cost)."""
    term_id, _, lang, text, status, part_of_speech, usage_note, case_sensitive = row
    return TermData(
        text,
        lang,
        _STATUS_OF[status],
        part_of_speech,
        usage_note,
        bool(case_sensitive),
        term_id,
    )


_TERM_COLUMNS = (
    col(Term.id),
    col(Term.concept_id),
    col(Term.lang),
    col(Term.text),
    col(Term.status),
    col(Term.part_of_speech),
    col(Term.usage_note),
    col(Term.case_sensitive),
)
_CONCEPT_COLUMNS = (
    col(Concept.id),
    col(Concept.termbase_id),
    *(getattr(Concept, name) for name in CONCEPT_FIELDS),
)


def _terms_by_concept(
    session: Session,
    concept_ids: Sequence[int] | None = None,
    *,
    termbase_ids: Collection[int] | None = None,
) -> dict[int, list[TermData]]:
    """Terms grouped by concept, in id order: of the given concepts (chunked), of the
    given term bases, or of everything."""
    base = sa.select(*_TERM_COLUMNS).order_by(col(Term.concept_id), col(Term.id))
    if concept_ids is not None:
        queries = [base.where(col(Term.concept_id).in_(chunk)) for chunk in _chunks(concept_ids)]
    elif termbase_ids is not None:
        in_termbases = sa.select(col(Concept.id)).where(
            col(Concept.termbase_id).in_(sorted(termbase_ids))
        )
        queries = [base.where(col(Term.concept_id).in_(in_termbases))]
    else:
        queries = [base]
    terms: dict[int, list[TermData]] = {}
    connection = session.connection()  # Core rows: the ORM layer adds nothing here
    for query in queries:
        for row in connection.execute(query).all():  # fetchall: a row at a time is slow
            concept_terms = terms.get(row[1])
            if concept_terms is None:
                concept_terms = terms[row[1]] = []
            concept_terms.append(_term_from_row(row))
    return terms


def get_concept(session: Session, concept_id: int) -> ConceptData:
    found = load_concepts(session, concept_ids=[concept_id])
    if not found:
        raise NotFoundError(f"No concept with id {concept_id}")
    return found[0]


def load_concepts(
    session: Session,
    termbase_ids: Collection[int] | None = None,
    *,
    concept_ids: Collection[int] | None = None,
) -> list[ConceptData]:
    """Concepts with their terms, in term-base priority order then id. Two queries for
    everything (100,000 concepts in well under a second); ids are chunked."""
    base = (
        sa.select(*_CONCEPT_COLUMNS)
        .join(TermBase, col(TermBase.id) == col(Concept.termbase_id))
        .order_by(col(TermBase.priority), col(TermBase.id), col(Concept.id))
    )
    if termbase_ids is not None:
        base = base.where(col(Concept.termbase_id).in_(sorted(termbase_ids)))
    connection = session.connection()
    if concept_ids is None:
        rows = connection.execute(base).all()
        terms = _terms_by_concept(session, termbase_ids=termbase_ids)
    else:
        wanted = sorted(set(concept_ids))
        rows = [
            row
            for chunk in _chunks(wanted)
            for row in connection.execute(base.where(col(Concept.id).in_(chunk)))
        ]
        terms = _terms_by_concept(session, wanted)
    # Columns by position: id, termbase_id, then CONCEPT_FIELDS in order.
    return [
        ConceptData(terms.get(row[0], []), *row[2:], id=row[0], termbase_id=row[1]) for row in rows
    ]


def update_concept(
    session: Session, concept_id: int, data: ConceptData, *, author: str
) -> ConceptData:
    """Make the stored concept equal ``data``: a revision per changed field and per
    added, removed or changed term (terms are matched by id; a term without one is new).
    Returns the concept as stored, new terms with their ids."""
    concept = session.get(Concept, concept_id)
    if concept is None:
        raise NotFoundError(f"No concept with id {concept_id}")
    data = _clean(data, 1)
    revisions = _Revisions(author, concept.termbase_id, concept_id)
    for name in CONCEPT_FIELDS:
        before, after = getattr(concept, name), getattr(data, name)
        if before != after:
            revisions.add(name, before, after)
            setattr(concept, name, after)

    stored = {
        term.id: term
        for term in session.exec(
            select(Term).where(col(Term.concept_id) == concept_id).order_by(col(Term.id))
        )
    }
    kept: set[int] = set()
    for new in data.terms:
        if new.id is None:
            term = Term(concept_id=concept_id, **_term_values(new))
            session.add(term)
            session.flush()
            revisions.add("term.added", after=_term_json(replace(new, id=term.id)), term_id=term.id)
            continue
        old = stored.get(new.id)
        if old is None or new.id in kept:
            raise WorkbenchError(f"Term {new.id} does not belong to concept {concept_id}")
        kept.add(new.id)
        for name, after in _term_values(new).items():
            before = getattr(old, name)
            if str(before) != str(after):  # statuses compare by value
                revisions.add(f"term.{name}", str(before), str(after), term_id=new.id)
                setattr(old, name, after)
        session.add(old)
    removed = [term_id for term_id in stored if term_id not in kept]
    for term_id in removed:
        old = stored[term_id]
        before = _term_json(
            TermData(
                old.text,
                old.lang,
                _STATUS_OF[old.status],
                old.part_of_speech,
                old.usage_note,
                old.case_sensitive,
                old.id,
            )
        )
        revisions.add("term.removed", before=before, term_id=term_id)
    if revisions.rows:
        concept.modified_by = author
        concept.modified_at = revisions.now
        session.add(concept)
        session.flush()
        revisions.write(session)  # before the delete, which nulls their term_id
    if removed:
        session.execute(sa.delete(Term).where(col(Term.id).in_(removed)))
        session.expire_all()
    return get_concept(session, concept_id)


def _term_values(term: TermData) -> dict[str, Any]:
    """A cleaned term's stored columns, in ``TERM_FIELDS`` order."""
    return {
        "lang": term.lang,
        "text": term.text,
        "status": TermStatus(term.status),
        "part_of_speech": term.part_of_speech,
        "usage_note": term.usage_note,
        "case_sensitive": term.case_sensitive,
    }


def delete_concept(session: Session, concept_id: int, *, author: str) -> ConceptData:
    """Delete a concept and its terms. Its "deleted" revision keeps the whole concept as
    JSON (``concept_from_json``), so it can be brought back; returns what was deleted."""
    data = get_concept(session, concept_id)
    revisions = _Revisions(author, data.termbase_id, concept_id)
    revisions.add("deleted", before=concept_to_json(data))
    revisions.write(session)
    session.execute(sa.delete(Concept).where(col(Concept.id) == concept_id))
    session.expire_all()
    return data


def concept_history(session: Session, concept_id: int) -> list[TermRevision]:
    """The revisions of a concept, oldest first (not those of a deleted one: its
    revisions lost their concept id; find them by term base)."""
    return list(
        session.exec(
            select(TermRevision)
            .where(col(TermRevision.concept_id) == concept_id)
            .order_by(col(TermRevision.id))
        )
    )


# --------------------------------------------------------------------------- import


def _term_key(term: TermData) -> tuple[str, str]:
    return canonical_language(term.lang) or term.lang, " ".join(term.text.split()).casefold()


def merge_concept(existing: ConceptData, incoming: ConceptData) -> ConceptData:
    """``existing`` updated from ``incoming``: non-empty fields overwrite; a term with the
    same language and text (case aside) takes the incoming status, part of speech, usage
    note and case flag; other incoming terms are added; no term is removed."""
    fields = {name: getattr(incoming, name) or getattr(existing, name) for name in CONCEPT_FIELDS}
    terms = list(existing.terms)
    positions = {_term_key(term): i for i, term in enumerate(terms)}
    for term in incoming.terms:
        key = _term_key(term)
        if key in positions:
            old = terms[positions[key]]
            terms[positions[key]] = replace(
                old,
                status=TermStatus(term.status),
                part_of_speech=term.part_of_speech or old.part_of_speech,
                usage_note=term.usage_note or old.usage_note,
                case_sensitive=term.case_sensitive,
            )
        else:
            positions[key] = len(terms)
            terms.append(replace(term, id=None))
    return replace(existing, terms=terms, **fields)


def import_concepts(
    session: Session,
    name_or_id: str | int,
    concepts: Sequence[ConceptData],
    *,
    author: str,
    mode: Literal["add", "merge"] = "add",
) -> ImportSummary:
    """Write imported concepts into a term base (created when a name is new), in the
    caller's one transaction.

    ``add`` adds every concept. ``merge`` matches each incoming concept to a stored one
    by external id, else by a shared term (same language and text, case aside), and
    merges it (``merge_concept``); unmatched ones are added.
    """
    if mode not in ("add", "merge"):
        raise ValueError(f"Unknown import mode {mode!r}")
    created = False
    try:
        termbase = get_termbase(session, name_or_id)
    except NotFoundError:
        if isinstance(name_or_id, int):
            raise
        termbase = create_termbase(session, name_or_id, author=author)
        created = True
    assert termbase.id is not None
    cleaned = [_clean(concept, position) for position, concept in enumerate(concepts, 1)]
    if mode == "add" or created:
        ids = add_concepts(session, termbase.id, cleaned, author=author)
        return ImportSummary(termbase.id, created, added=len(ids), concept_ids=tuple(ids))

    stored = {c.id: c for c in load_concepts(session, [termbase.id])}
    by_external = {c.external_id: c.id for c in stored.values() if c.external_id}
    by_term: dict[tuple[str, str], int] = {}
    for concept in stored.values():
        for term in concept.terms:
            by_term.setdefault(_term_key(term), concept.id)  # type: ignore[arg-type]
    to_add: list[ConceptData] = []
    updated: list[int] = []
    unchanged = 0
    for incoming in cleaned:
        target = by_external.get(incoming.external_id) if incoming.external_id else None
        if target is None:
            target = next(
                (by_term[k] for k in map(_term_key, incoming.terms) if k in by_term), None
            )
        if target is None:
            to_add.append(incoming)
            continue
        merged = merge_concept(stored[target], incoming)
        if merged == stored[target]:
            unchanged += 1
            continue
        stored[target] = update_concept(session, target, merged, author=author)
        updated.append(target)
    added = add_concepts(session, termbase.id, to_add, author=author) if to_add else []
    return ImportSummary(
        termbase.id,
        created,
        added=len(added),
        updated=len(updated),
        unchanged=unchanged,
        concept_ids=tuple(updated + added),
    )


# --------------------------------------------------------------------------- change feed


def termbase_version(session: Session) -> int:
    """The term bases' change counter: the highest revision id (ids never repeat)."""
    return int(session.scalar(sa.select(sa.func.max(col(TermRevision.id)))) or 0)


def changes_since(session: Session, version: int, *, limit: int = 500) -> TermbaseChanges:
    """The concepts touched after ``version``; ``rebuild`` when a term base's priority
    changed, a term base was deleted or more than ``limit`` concepts changed."""
    now = termbase_version(session)
    if now == version:
        return TermbaseChanges(now)
    query = sa.select(
        col(TermRevision.concept_id), col(TermRevision.field), col(TermRevision.before)
    ).where(col(TermRevision.id) > version)
    ids: set[int] = set()
    for concept_id, field_name, before in session.execute(query):
        if field_name in STRUCTURAL_FIELDS:
            return TermbaseChanges(now, rebuild=True)
        if concept_id is not None:
            ids.add(concept_id)
        elif field_name == "deleted":  # the concept id was nulled with the concept
            deleted_id = json.loads(before).get("id")
            if deleted_id is not None:
                ids.add(int(deleted_id))
        if len(ids) > limit:
            return TermbaseChanges(now, rebuild=True)
    return TermbaseChanges(now, frozenset(ids))
