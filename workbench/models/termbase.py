"""The term base (TBX-Basic shape): term bases → concepts → terms, with a revision per change.

A workspace holds several term bases ordered by ``priority`` (lower wins: national policy
terms 0, city terms 10, this project 20). A concept holds terms in zh-Hans, zh-Hant and en,
each preferred, admitted or deprecated (forbidden).
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from workbench.models.base import utcnow
from workbench.models.enums import sql_in
from workbench.termbase.data import TERM_LANGUAGES, TermStatus

TERM_LANG_CHECK = "lang IN ({})".format(", ".join(f"'{lang}'" for lang in TERM_LANGUAGES))


class TermBase(SQLModel, table=True):
    __tablename__ = "termbase"
    __table_args__ = (sa.UniqueConstraint("name", name="uq_termbase_name"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    description: str = ""
    priority: int = Field(default=0, index=True)  # lower = consulted first
    created_at: datetime = Field(default_factory=utcnow)


class Concept(SQLModel, table=True):
    """One meaning; its terms are the ways to say it in each language."""

    id: int | None = Field(default=None, primary_key=True)
    termbase_id: int = Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("termbase.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    subject: str = ""  # subject field / domain
    definition: str = ""
    note: str = ""
    source: str = ""  # where the rendering comes from
    scope: str = ""  # a city or organisation the concept belongs to
    external_id: str = ""  # the id it had in an imported file
    created_by: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    modified_by: str = ""
    modified_at: datetime = Field(default_factory=utcnow)


class Term(SQLModel, table=True):
    __table_args__ = (
        sa.CheckConstraint(TERM_LANG_CHECK, name="ck_term_lang"),
        sa.CheckConstraint(sql_in("status", TermStatus), name="ck_term_status"),
        # Lookups "is this term in a term base?" go by language and text.
        sa.Index("ix_term_lang_text", "lang", "text"),
    )

    id: int | None = Field(default=None, primary_key=True)
    concept_id: int = Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("concept.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        )
    )
    lang: str = Field(max_length=8)
    text: str
    status: TermStatus = Field(default=TermStatus.PREFERRED, sa_type=sa.String(16))
    part_of_speech: str = Field(default="", max_length=32)
    usage_note: str = ""
    case_sensitive: bool = False


class TermRevision(SQLModel, table=True):
    """One change to a term base, concept or term: who, when, before → after.

    ``concept_id``/``term_id``/``termbase_id`` are nulled, not cascaded, so history outlives
    what it describes. Ids never repeat (AUTOINCREMENT): the highest id is the term bases'
    change counter, and "revisions after id N" is the feed the matcher refreshes from.
    """

    __tablename__ = "term_revision"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: int | None = Field(default=None, primary_key=True)
    termbase_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("termbase.id", ondelete="SET NULL"),
            nullable=True,
            index=True,
        ),
    )
    concept_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("concept.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    term_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("term.id", ondelete="SET NULL"), nullable=True, index=True
        ),
    )
    field: str = Field(max_length=32)  # e.g. created | deleted | definition | term.status
    before: str = ""
    after: str = ""
    author: str = ""
    created_at: datetime = Field(default_factory=utcnow)
