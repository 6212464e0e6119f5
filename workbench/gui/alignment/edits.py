"""Editing alignment links by hand: merge, split, unlink (1-0/0-1), shift a sentence to the
neighbouring link. Pure functions over ``AlignedLink`` (no Qt): each returns a new list of
links or raises ``LinkEditError``, and keeps what ``alignment.apply`` checks true — every
sentence in exactly one link, in order; a link's source never spans two blocks; link texts
joined from the sentences as the aligner joins them.

Edited links get confidence 1 (a person decided) and no anchors.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.alignment.document import AlignedLink, AlignmentResult, joined_text
from workbench.documents.joining import default_separator
from workbench.errors import WorkbenchError

MANUAL = 1.0
Links = list[AlignedLink]


class LinkEditError(WorkbenchError):
    """An edit that does not make sense here (nothing to split, no neighbour …)."""


def _make(
    result: AlignmentResult, source: Sequence[int], target: Sequence[int], block_id: int
) -> AlignedLink:
    src, tgt = tuple(source), tuple(target)
    if src:
        block_id = result.source[src[0]].block_id
    return AlignedLink(
        block_id,
        src,
        tgt,
        joined_text(result.source, src, default_separator(result.source_lang)),
        joined_text(result.target, tgt, default_separator(result.target_lang)),
        MANUAL,
        0.0,
    )


def _settle(links: Links) -> Links:
    """Drop empty links; a target-only link belongs to the block of the link before it (of
    the one after, at the start)."""
    kept = [link for link in links if link.source or link.target]
    out: Links = []
    for k, link in enumerate(kept):
        if not link.source:
            if out:
                block_id = out[-1].block_id
            else:
                block_id = next((x.block_id for x in kept[k:] if x.source), link.block_id)
            if block_id != link.block_id:
                link = replace(link, block_id=block_id)
        out.append(link)
    return out


def _check(links: Sequence[AlignedLink], index: int) -> AlignedLink:
    if not 0 <= index < len(links):
        raise LinkEditError("No such link")
    return links[index]


def merge(result: AlignmentResult, links: Sequence[AlignedLink], index: int) -> Links:
    """Join link ``index`` with the one after it."""
    first = _check(links, index)
    if index + 1 >= len(links):
        raise LinkEditError("The last link has nothing after it to merge with")
    second = links[index + 1]
    if first.source and second.source and first.block_id != second.block_id:
        raise LinkEditError("These links belong to different paragraphs")
    block_id = first.block_id if first.source else second.block_id
    joined = _make(result, first.source + second.source, first.target + second.target, block_id)
    return _settle([*links[:index], joined, *links[index + 2 :]])


def split(result: AlignmentResult, links: Sequence[AlignedLink], index: int) -> Links:
    """Split a link of several sentences after its first sentence on each side: 2-2 → 1-1 +
    1-1, 1-2 → 1-1 + 0-1, 2-1 → 1-1 + 1-0."""
    link = _check(links, index)
    src, tgt = link.source, link.target
    if len(src) < 2 and len(tgt) < 2:
        raise LinkEditError("This link has one sentence on each side; nothing to split")
    first_src, rest_src = (src[:1], src[1:]) if len(src) >= 2 else (src, ())
    first_tgt, rest_tgt = (tgt[:1], tgt[1:]) if len(tgt) >= 2 else (tgt, ())
    pieces = [
        _make(result, first_src, first_tgt, link.block_id),
        _make(result, rest_src, rest_tgt, link.block_id),
    ]
    return _settle([*links[:index], *pieces, *links[index + 1 :]])


def unlink(result: AlignmentResult, links: Sequence[AlignedLink], index: int) -> Links:
    """Mark the sentences as having no counterpart: one n-m link → n-0 and 0-m."""
    link = _check(links, index)
    if not link.source or not link.target:
        raise LinkEditError("This link has text on one side only already")
    pieces = [
        _make(result, link.source, (), link.block_id),
        _make(result, (), link.target, link.block_id),
    ]
    return _settle([*links[:index], *pieces, *links[index + 1 :]])


def shift(
    result: AlignmentResult, links: Sequence[AlignedLink], index: int, side: str, step: int
) -> Links:
    """Move one sentence of ``side`` across the boundary with the neighbouring link:
    ``step`` +1 moves link ``index``'s last sentence to the start of the next link, -1 its
    first sentence to the end of the previous link."""
    if side not in ("source", "target") or step not in (-1, 1):
        raise ValueError(f"shift({side!r}, {step})")
    link = _check(links, index)
    other_at = index + step
    if not 0 <= other_at < len(links):
        raise LinkEditError("There is no link on that side to move the sentence to")
    other = links[other_at]
    mine: tuple[int, ...] = getattr(link, side)
    theirs: tuple[int, ...] = getattr(other, side)
    if not mine:
        raise LinkEditError("This link has no sentence on that side to move")
    if side == "source" and theirs and link.block_id != other.block_id:
        raise LinkEditError("These links belong to different paragraphs")
    if step == 1:
        mine, theirs = mine[:-1], (mine[-1], *theirs)
    else:
        mine, theirs = mine[1:], (*theirs, mine[0])

    def rebuilt(old: AlignedLink, indices: tuple[int, ...]) -> AlignedLink:
        if side == "source":
            return _make(result, indices, old.target, old.block_id)
        return _make(result, old.source, indices, old.block_id)

    out = list(links)
    out[index], out[other_at] = rebuilt(link, mine), rebuilt(other, theirs)
    return _settle(out)


def pairs(links: Sequence[AlignedLink]) -> list[tuple[str, str]]:
    """The (source, target) texts of the links that have both sides: the TM units."""
    return [
        (link.source_text, link.target_text)
        for link in links
        if link.source and link.target and link.source_text.strip() and link.target_text.strip()
    ]
