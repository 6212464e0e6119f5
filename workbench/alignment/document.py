"""Align a stored document's sentences: ``align_document(session, document_id)``.

The document's text is read back per block (joining its segments), both sides are split into
sentences with the project's segmenter, and the sentences are aligned with the anchored cost
(``anchors.py``: numbers, copied Latin names, term-base pairs over the Gale–Church length
cost). Sentence indices in the result run over the whole document, block after block, so
links from either scope read the same way.

Scopes:

* ``block``: each block's source sentences against its own target sentences. Right when the
  paragraphs are paired but the sentences inside are not (a DOCX import keeps a block's whole
  target on its first segment; a translator merged or split sentences).
* ``document``: all source sentences against all target sentences, for documents whose
  target paragraphs do not line up with the source ones (some blocks have a target and others
  none, or the translation was pasted in other paragraph breaks). The source blocks stay as
  they are (a bead never spans two source blocks); target sentences may move between blocks.
* ``auto`` (default): ``block`` when every block with text on one side has text on the other,
  else ``document``.

A link's ``block_id`` is the block its segment would belong to: its source sentences' block;
for a target-only (0-n) link, the block of the link before it (or after, at the start).

Applying the links to the segments is ``alignment.apply`` (revisions, undo); nothing here
writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.alignment.aligner import align_sentences
from workbench.alignment.anchors import AnchoredCost, AnchorIndex
from workbench.alignment.scope import DocumentScopeCost
from workbench.documents.joining import default_separator, join_pieces
from workbench.documents.query import get_document
from workbench.errors import WorkbenchError
from workbench.models import Block, Segment
from workbench.models.enums import Language
from workbench.segmentation import split_spans

if TYPE_CHECKING:
    from workbench.termbase.matcher import TermMatcher

Scope = Literal["auto", "block", "document"]
SCOPES: tuple[str, ...] = ("auto", "block", "document")


@dataclass(frozen=True)
class Sentence:
    block_id: int
    text: str
    sep: str  # the whitespace that followed it in its paragraph ("" after the last)
    last: bool  # the last sentence of its block


@dataclass(frozen=True)
class AlignedLink:
    """One bead of a document alignment; indices point into ``AlignmentResult.source``
    and ``.target``."""

    block_id: int
    source: tuple[int, ...]
    target: tuple[int, ...]
    source_text: str
    target_text: str
    confidence: float  # posterior probability of the bead, 0..1
    cost: float
    anchors: tuple[str, ...] = ()  # what both sides share: numbers, names, term pairs

    @property
    def kind(self) -> str:
        return f"{len(self.source)}-{len(self.target)}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "block_id": self.block_id,
            "kind": self.kind,
            "source": list(self.source),
            "target": list(self.target),
            "source_text": self.source_text,
            "target_text": self.target_text,
            "confidence": round(self.confidence, 4),
            "cost": round(self.cost, 4),
            "anchors": list(self.anchors),
        }


@dataclass(frozen=True)
class AlignmentResult:
    document_id: int
    source_lang: Language
    target_lang: Language
    scope: str  # "block" or "document" (what "auto" chose)
    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]
    links: tuple[AlignedLink, ...]
    changed_blocks: tuple[int, ...]  # blocks whose segments the links would change

    def pairs(self, min_confidence: float = 0.0) -> list[tuple[str, str]]:
        """(source, target) texts of the links with both sides, e.g. for TM units."""
        return [
            (link.source_text, link.target_text)
            for link in self.links
            if link.source and link.target and link.confidence >= min_confidence
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "document_id": self.document_id,
            "source_lang": self.source_lang.value,
            "target_lang": self.target_lang.value,
            "scope": self.scope,
            "source_sentences": len(self.source),
            "target_sentences": len(self.target),
            "changed_blocks": list(self.changed_blocks),
            "links": [link.to_dict() for link in self.links],
        }


# --------------------------------------------------------------------------- sentences


def sentence_pieces(text: str, lang: Language | str) -> list[tuple[str, str]]:
    """``text`` as (sentence, following whitespace) pieces that join back exactly.

    Anything the segmenter leaves between two sentences that is not whitespace stays with
    the sentence before it, so ``"".join(t + s for t, s in pieces) == text`` always holds.
    """
    if not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    for start, end in split_spans(text, lang):
        if 0 <= start < end <= len(text) and (not spans or start >= spans[-1][1]):
            spans.append((start, end))
    if not spans:
        spans = [(0, len(text))]
    pieces: list[tuple[str, str]] = []
    begin = 0
    for index, (_, end) in enumerate(spans):
        following = spans[index + 1][0] if index + 1 < len(spans) else len(text)
        cut = end + len(text[end:following].rstrip())
        pieces.append((text[begin:cut], text[cut:following]))
        begin = following
    return [(piece, sep) for piece, sep in pieces if piece]


@dataclass(frozen=True)
class DocumentText:
    """A document's blocks and segments as read, and its sentences on both sides."""

    document_id: int
    source_lang: Language
    target_lang: Language
    block_ids: tuple[int, ...]
    segments: dict[int, list[Segment]]
    source: tuple[Sentence, ...]
    target: tuple[Sentence, ...]


def read_document(session: Session, document_id: int) -> DocumentText:
    document = get_document(session, document_id)
    source_lang, target_lang = Language(document.source_lang), Language(document.target_lang)
    block_ids = tuple(
        block_id
        for block_id in session.scalars(
            sa.select(col(Block.id))
            .where(col(Block.document_id) == document_id)
            .order_by(col(Block.position))
        )
        if block_id is not None
    )
    segments: dict[int, list[Segment]] = {block_id: [] for block_id in block_ids}
    for segment in session.scalars(
        sa.select(Segment)
        .where(col(Segment.document_id) == document_id)
        .order_by(col(Segment.block_id), col(Segment.position))
    ):
        segments.setdefault(segment.block_id, []).append(segment)
    source: list[Sentence] = []
    target: list[Sentence] = []
    for block_id in block_ids:
        segs = segments[block_id]
        for side, lang, out in (
            ("source", source_lang, source),
            ("target", target_lang, target),
        ):
            text = join_pieces((getattr(s, side), getattr(s, f"{side}_sep")) for s in segs)
            pieces = sentence_pieces(text, lang)
            out.extend(
                Sentence(block_id, piece, sep, k == len(pieces) - 1)
                for k, (piece, sep) in enumerate(pieces)
            )
    return DocumentText(
        document_id, source_lang, target_lang, block_ids, segments, tuple(source), tuple(target)
    )


# --------------------------------------------------------------------------- aligning


def _choose_scope(text: DocumentText, scope: str) -> str:
    if scope not in SCOPES:
        raise WorkbenchError(f"Unknown alignment scope {scope!r}; use one of {', '.join(SCOPES)}")
    if scope != "auto":
        return scope
    with_source = {s.block_id for s in text.source}
    with_target = {s.block_id for s in text.target}
    return "block" if with_source == with_target else "document"


def align_document(
    session: Session,
    document_id: int,
    *,
    scope: Scope | str = "auto",
    matcher: TermMatcher | None = None,
    use_termbase: bool = True,
) -> AlignmentResult:
    """Align the document's source and target sentences (see the module docstring).

    ``matcher`` defaults to the workspace's term bases (``use_termbase=False``: none)."""
    text = read_document(session, document_id)
    if not text.target:
        raise WorkbenchError(f"Document {document_id} has no translation to align")
    if not text.source:
        raise WorkbenchError(f"Document {document_id} has no source text to align")
    chosen = _choose_scope(text, scope)
    if matcher is None and use_termbase:
        from workbench.termbase.matcher import matcher_for_workspace

        matcher = matcher_for_workspace(session)
    if matcher is not None and matcher.size == 0:
        matcher = None
    if chosen == "block":
        raw: list[tuple[int, int, int | None, list[_RawLink]]] = []
        src_at = tgt_at = 0
        for block_id in text.block_ids:
            src = [s.text for s in text.source if s.block_id == block_id]
            tgt = [s.text for s in text.target if s.block_id == block_id]
            raw.append((src_at, tgt_at, block_id, _align(src, tgt, text, matcher, None)))
            src_at, tgt_at = src_at + len(src), tgt_at + len(tgt)
    else:
        src = [s.text for s in text.source]
        tgt = [s.text for s in text.target]
        blocks = ([s.block_id for s in text.source], [s.block_id for s in text.target])
        raw = [(0, 0, None, _align(src, tgt, text, matcher, blocks))]
    links = _links(text, raw)
    changed = tuple(
        block_id
        for block_id in text.block_ids
        if _segment_pairs(text.segments[block_id])
        != [(seg.source, seg.target) for seg in block_segments(text, links, block_id)]
    )
    return AlignmentResult(
        document_id,
        text.source_lang,
        text.target_lang,
        chosen,
        text.source,
        text.target,
        tuple(links),
        changed,
    )


_RawLink = tuple[tuple[int, ...], tuple[int, ...], float, float, tuple[str, ...]]


def _align(
    source: list[str],
    target: list[str],
    text: DocumentText,
    matcher: TermMatcher | None,
    blocks: tuple[list[int], list[int]] | None,
) -> list[_RawLink]:
    if not source and not target:
        return []
    index = AnchorIndex.build(source, target, text.source_lang, text.target_lang, matcher=matcher)
    anchored = AnchoredCost(matcher, index=index)
    model = anchored if blocks is None else DocumentScopeCost(anchored, *blocks)
    links = align_sentences(source, target, text.source_lang, text.target_lang, model=model)
    out: list[_RawLink] = []
    for link in links:
        i = link.source[0] if link.source else 0
        j = link.target[0] if link.target else 0
        shared = index.shared(i, j, len(link.source), len(link.target))
        out.append((link.source, link.target, link.confidence, link.cost, tuple(shared)))
    return out


def joined_text(sentences: Sequence[Sentence], indices: Sequence[int], joiner: str) -> str:
    """Sentences ``indices`` joined with the whitespace between them (``joiner`` where none:
    consecutive sentences from different paragraphs)."""
    parts: list[str] = []
    for k, index in enumerate(indices):
        sentence = sentences[index]
        parts.append(sentence.text)
        if k + 1 < len(indices):
            parts.append(sentence.sep or joiner)
    return "".join(parts)


def _links(
    text: DocumentText, raw: list[tuple[int, int, int | None, list[_RawLink]]]
) -> list[AlignedLink]:
    """Document-wide links from per-run beads; ``home`` is the run's block (block scope)
    or None (document scope: a link goes where its source sentences are)."""
    joiner = default_separator(text.target_lang)
    links: list[AlignedLink] = []
    pending: list[AlignedLink] = []  # target-only links before the first with a source
    for src_at, tgt_at, home, beads in raw:
        for source, target, confidence, cost, anchors in beads:
            src = tuple(src_at + i for i in source)
            tgt = tuple(tgt_at + j for j in target)
            if home is not None:
                block_id = home
            elif src:
                block_id = text.source[src[0]].block_id
            elif links:
                block_id = links[-1].block_id
            else:
                block_id = text.target[tgt[0]].block_id
            link = AlignedLink(
                block_id,
                src,
                tgt,
                joined_text(text.source, src, default_separator(text.source_lang)),
                joined_text(text.target, tgt, joiner),
                confidence,
                cost,
                anchors,
            )
            if home is None and not src and not links:
                pending.append(link)
                continue
            if pending and src:  # a document that opens with target-only links
                links += [replace(p, block_id=block_id) for p in pending]
                pending = []
            links.append(link)
    return links + pending


# --------------------------------------------------------------------------- segments


@dataclass(frozen=True)
class NewSegment:
    source: str
    target: str
    source_sep: str
    target_sep: str


def _segment_pairs(segments: Sequence[Segment]) -> list[tuple[str, str]]:
    return [(s.source, s.target) for s in segments]


def block_segments(
    text: DocumentText, links: Sequence[AlignedLink], block_id: int
) -> list[NewSegment]:
    """The segments one block gets from its links: one per link, text joined with the
    whitespace the sentences had (a default separator where they come from different
    paragraphs), so the source paragraph joins back exactly. A block without links (its
    translation moved to another block) gets one empty segment."""
    own = [link for link in links if link.block_id == block_id]
    if not own:  # a block whose text all went elsewhere keeps one empty segment
        return [NewSegment("", "", "", "")]
    seps: dict[str, list[str]] = {}
    for side, sentences, lang in (
        ("source", text.source, text.source_lang),
        ("target", text.target, text.target_lang),
    ):
        groups = [getattr(link, side) for link in own]
        last_filled = max((k for k, group in enumerate(groups) if group), default=-1)
        out: list[str] = []
        for k, group in enumerate(groups):
            if not group or k > last_filled:
                out.append("")
                continue
            final = sentences[group[-1]]
            if k == last_filled:
                out.append(final.sep if final.last else "")
            else:
                out.append(final.sep or default_separator(lang))
        seps[side] = out
    return [
        NewSegment(link.source_text, link.target_text, seps["source"][k], seps["target"][k])
        for k, link in enumerate(own)
    ]
