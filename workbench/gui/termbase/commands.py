"""Undo steps of the term base manager: add, edit and delete concepts.

Each step calls the store, so every change (and every undo) keeps its revisions. A
concept brought back by an undo gets a new id; the steps hold a ``ConceptRef`` that
follows it, so a later step on the same concept still finds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Literal

from PySide6.QtGui import QUndoCommand

from workbench.db.workspace import Workspace
from workbench.errors import WorkbenchError
from workbench.termbase.data import ConceptData, TermData
from workbench.termbase.store import add_concepts, delete_concept, get_concept, update_concept

ChangeKind = Literal["added", "edited", "removed"]
Notify = Callable[[ChangeKind, list[int]], None]  # what changed, the concept ids now
Report = Callable[[str], None]


class ConceptRef:
    """One concept across deletes and re-adds: ``id`` is its id now."""

    def __init__(self, concept_id: int | None, termbase_id: int) -> None:
        self.id = concept_id
        self.termbase_id = termbase_id


class ConceptRefs:
    """Live concept id → ref, so every step about one concept shares one ref. Ids of
    deleted concepts leave the table (SQLite may give the id to the next new concept)."""

    def __init__(self) -> None:
        self._live: dict[int, ConceptRef] = {}

    def ref(self, concept_id: int, termbase_id: int) -> ConceptRef:
        found = self._live.get(concept_id)
        if found is None:
            found = self._live[concept_id] = ConceptRef(concept_id, termbase_id)
        return found

    def gone(self, ref: ConceptRef) -> None:
        if ref.id is not None and self._live.get(ref.id) is ref:
            del self._live[ref.id]

    def moved(self, ref: ConceptRef, new_id: int) -> None:
        self.gone(ref)
        ref.id = new_id
        self._live[new_id] = ref

    def clear(self) -> None:
        self._live.clear()


def without_ids(concept: ConceptData) -> ConceptData:
    return replace(concept, id=None, terms=[replace(t, id=None) for t in concept.terms])


def rebase(target: ConceptData, current: ConceptData) -> ConceptData:
    """``target``'s fields and terms, with term ids of ``current`` so ``update_concept``
    changes terms in place: a term keeps its id if ``current`` still has it, else takes
    the id of an unclaimed current term with the same language and text, else is new."""
    available = {t.id: t for t in current.terms if t.id is not None}
    by_text: dict[tuple[str, str], list[int]] = {}
    for term in current.terms:
        if term.id is not None:
            by_text.setdefault((term.lang, term.text), []).append(term.id)
    claimed: set[int] = {t.id for t in target.terms if t.id in available}
    terms: list[TermData] = []
    for term in target.terms:
        if term.id in available:
            terms.append(term)
            continue
        free = [i for i in by_text.get((term.lang, term.text), []) if i not in claimed]
        if free:
            claimed.add(free[0])
        terms.append(replace(term, id=free[0] if free else None))
    return replace(target, id=current.id, terms=terms)


class _Step(QUndoCommand):
    """A refused step (the concept went away elsewhere …) becomes a message and leaves
    the stack."""

    def __init__(
        self, label: str, workspace: Workspace, author: str, notify: Notify, report: Report
    ) -> None:
        super().__init__(label)
        self.workspace, self.author, self.notify, self.report = workspace, author, notify, report

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except WorkbenchError as exc:
            self.setObsolete(True)
            self.report(str(exc))


class AddConceptCommand(_Step):
    def __init__(
        self,
        label: str,
        workspace: Workspace,
        author: str,
        refs: ConceptRefs,
        termbase_id: int,
        concept: ConceptData,
        notify: Notify,
        report: Report,
    ) -> None:
        super().__init__(label, workspace, author, notify, report)
        self.refs = refs
        self.concept = without_ids(concept)
        self.ref = ConceptRef(None, termbase_id)

    def redo(self) -> None:
        self._guard(self._add)

    def _add(self) -> None:
        with self.workspace.session() as session:
            (new_id,) = add_concepts(
                session, self.ref.termbase_id, [self.concept], author=self.author
            )
        self.refs.moved(self.ref, new_id)
        self.notify("added", [new_id])

    def undo(self) -> None:
        self._guard(self._remove)

    def _remove(self) -> None:
        assert self.ref.id is not None
        with self.workspace.session() as session:
            delete_concept(session, self.ref.id, author=self.author)
        gone = self.ref.id
        self.refs.gone(self.ref)
        self.notify("removed", [gone])


class EditConceptCommand(_Step):
    """Make the concept equal ``after``; undo makes it equal what it was before."""

    def __init__(
        self,
        label: str,
        workspace: Workspace,
        author: str,
        ref: ConceptRef,
        before: ConceptData,
        after: ConceptData,
        notify: Notify,
        report: Report,
    ) -> None:
        super().__init__(label, workspace, author, notify, report)
        self.ref, self.before, self.after = ref, before, after

    def _apply(self, wanted: ConceptData) -> ConceptData:
        assert self.ref.id is not None
        with self.workspace.session() as session:
            current = get_concept(session, self.ref.id)
            stored = update_concept(
                session, self.ref.id, rebase(wanted, current), author=self.author
            )
        self.notify("edited", [self.ref.id])
        return stored

    def redo(self) -> None:
        def run() -> None:
            self.after = self._apply(self.after)

        self._guard(run)

    def undo(self) -> None:
        def run() -> None:
            self.before = self._apply(self.before)

        self._guard(run)


class DeleteConceptsCommand(_Step):
    def __init__(
        self,
        label: str,
        workspace: Workspace,
        author: str,
        refs: ConceptRefs,
        targets: list[ConceptRef],
        notify: Notify,
        report: Report,
    ) -> None:
        super().__init__(label, workspace, author, notify, report)
        self.refs, self.targets = refs, targets
        self.deleted: list[ConceptData] = []

    def redo(self) -> None:
        self._guard(self._delete)

    def _delete(self) -> None:
        ids = [ref.id for ref in self.targets if ref.id is not None]
        with self.workspace.session() as session:
            self.deleted = [delete_concept(session, i, author=self.author) for i in ids]
        for ref in self.targets:
            self.refs.gone(ref)
        self.notify("removed", ids)

    def undo(self) -> None:
        self._guard(self._restore)

    def _restore(self) -> None:
        new_ids: list[int] = []
        with self.workspace.session() as session:
            for ref, concept in zip(self.targets, self.deleted, strict=True):
                (new_id,) = add_concepts(
                    session, ref.termbase_id, [without_ids(concept)], author=self.author
                )
                new_ids.append(new_id)
        for ref, new_id in zip(self.targets, new_ids, strict=True):
            self.refs.moved(ref, new_id)
        self.notify("added", new_ids)
