"""Search the term bases for the manager's lazy table: ids first (filtered, sorted), then
the rows of one page at a time."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.models import Concept, Term, TermBase
from workbench.termbase.data import ConceptData, TermStatus
from workbench.termbase.normalize import s2t, t2s
from workbench.termbase.store import (
    _CONCEPT_COLUMNS,
    CONCEPT_FIELDS,
    ConceptRow,
    _aware,
    _chunks,
    _languages,
    _terms_by_concept,
)

Order = str  # "id", "zh", "en", "subject", "termbase", "modified", "created"; "-" = descending


def _first_term(lang: str) -> Any:
    """The concept's first term in ``lang`` (preferred first): the sort key of the zh and
    en columns. The language is compared as an expression (``lang || ''``) so that no
    index serves it and terms are looked up by concept: left to itself SQLite walks the
    language index for every concept (minutes at 100,000 concepts)."""
    rank = sa.case(
        (col(Term.status) == TermStatus.PREFERRED.value, 0),
        (col(Term.status) == TermStatus.ADMITTED.value, 1),
        else_=2,
    )
    return (
        sa.select(col(Term.text))
        .where(
            col(Term.concept_id) == col(Concept.id),
            sa.func.coalesce(col(Term.lang), "").in_(_languages(lang)),
        )
        .order_by(rank, col(Term.id))
        .limit(1)
        .scalar_subquery()
    )


def _ordered(query: Any, order: Order) -> Any:
    descending = order.startswith("-")
    name = order.lstrip("-")
    keys: dict[str, Any] = {
        "id": col(Concept.id),
        "subject": col(Concept.subject),
        "modified": col(Concept.modified_at),
        "created": col(Concept.created_at),
        "termbase": col(TermBase.priority),
    }
    if name in ("zh", "en"):
        key = _first_term(name)
    elif name in keys:
        key = keys[name]
    else:
        raise ValueError(f"Unknown order {order!r}")
    key = key.desc() if descending else key.asc()
    tie = col(Concept.id).desc() if descending else col(Concept.id).asc()
    return query.order_by(key, tie) if name != "id" else query.order_by(key)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(
    text: str,
    lang: str | None,
    status: TermStatus | str | None,
    termbase_ids: Collection[int] | None,
) -> list[Any]:
    """Filters: term text (a case-insensitive substring, either Chinese script), term
    language and status, term bases. Term conditions hold for one and the same term."""
    conditions: list[Any] = []
    if termbase_ids is not None:
        conditions.append(col(Concept.termbase_id).in_(sorted(termbase_ids)))
    on_term: list[Any] = []
    if lang:
        on_term.append(col(Term.lang).in_(_languages(lang)))
    if status:
        on_term.append(col(Term.status) == TermStatus(status).value)
    needle = " ".join(text.split())
    if needle:
        forms = dict.fromkeys([needle, t2s(needle), s2t(needle)])
        on_term.append(
            sa.or_(*(col(Term.text).ilike(f"%{_escape_like(f)}%", escape="\\") for f in forms))
        )
    if on_term:  # uncorrelated, so it is evaluated once (a correlated EXISTS went quadratic)
        conditions.append(col(Concept.id).in_(sa.select(col(Term.concept_id)).where(*on_term)))
    return conditions


def _id_query(
    text: str,
    lang: str | None,
    status: TermStatus | str | None,
    termbase_ids: Collection[int] | None,
) -> Any:
    return (
        sa.select(col(Concept.id))
        .join(TermBase, col(TermBase.id) == col(Concept.termbase_id))
        .where(*_where(text, lang, status, termbase_ids))
    )


def concept_ids(
    session: Session,
    text: str = "",
    *,
    lang: str | None = None,
    status: TermStatus | str | None = None,
    termbase_ids: Collection[int] | None = None,
    order: Order = "id",
) -> list[int]:
    """Ids of the matching concepts in order: what a lazy table model holds."""
    query = _ordered(_id_query(text, lang, status, termbase_ids), order)
    return list(session.scalars(query))


def count_concepts(
    session: Session,
    text: str = "",
    *,
    lang: str | None = None,
    status: TermStatus | str | None = None,
    termbase_ids: Collection[int] | None = None,
) -> int:
    query = sa.select(sa.func.count()).select_from(
        _id_query(text, lang, status, termbase_ids).subquery()
    )
    return int(session.scalar(query) or 0)


def search_concepts(
    session: Session,
    text: str = "",
    *,
    lang: str | None = None,
    status: TermStatus | str | None = None,
    termbase_ids: Collection[int] | None = None,
    limit: int = 100,
    offset: int = 0,
    order: Order = "id",
) -> list[ConceptRow]:
    """One page of matching concepts, as table rows."""
    query = _ordered(_id_query(text, lang, status, termbase_ids), order).limit(limit).offset(offset)
    ids = list(session.scalars(query))
    rows = fetch_concept_rows(session, ids)
    return [rows[i] for i in ids if i in rows]


def fetch_concept_rows(session: Session, ids: Sequence[int]) -> dict[int, ConceptRow]:
    """The rows for these ids (any order; unknown ids left out): two queries per 500."""
    wanted = list(dict.fromkeys(ids))
    rows: dict[int, ConceptRow] = {}
    for chunk in _chunks(wanted):
        terms = _terms_by_concept(session, chunk)
        query = (
            sa.select(
                *_CONCEPT_COLUMNS,
                col(TermBase.name).label("termbase_name"),
                col(Concept.created_by),
                col(Concept.created_at),
                col(Concept.modified_by),
                col(Concept.modified_at),
            )
            .join(TermBase, col(TermBase.id) == col(Concept.termbase_id))
            .where(col(Concept.id).in_(chunk))
        )
        for row in session.execute(query):
            data = ConceptData(
                terms=terms.get(row.id, []),
                id=row.id,
                termbase_id=row.termbase_id,
                **{name: getattr(row, name) for name in CONCEPT_FIELDS},
            )
            rows[row.id] = ConceptRow(
                id=row.id,
                termbase_id=row.termbase_id,
                termbase_name=row.termbase_name,
                data=data,
                created_by=row.created_by,
                created_at=_aware(row.created_at),
                modified_by=row.modified_by,
                modified_at=_aware(row.modified_at),
            )
    return rows
