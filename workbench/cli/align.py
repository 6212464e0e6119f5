"""``workbench align DOC``: sentence links of a document (sources, targets, kind, confidence),
and with ``--apply`` the segments rewritten to follow them."""

from __future__ import annotations

import argparse
import json
import sys

from workbench.settings import current_author

# Links below this confidence are marked for review in the text output.
REVIEW_BELOW = 0.5


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("document", type=int, metavar="DOC", help="document id")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--scope",
        choices=("auto", "block", "document"),
        default="auto",
        help="align within each paragraph (block), across the whole document, or choose (auto)",
    )
    parser.add_argument(
        "--no-termbase", action="store_true", help="do not use term-base pairs as anchors"
    )
    parser.add_argument(
        "--apply",
        action="store_true",
        help="rewrite the segments to follow the links (one segment per link; every change "
        "is recorded in the segment history)",
    )


def handle(ctx: object) -> int:
    from workbench.alignment.apply import apply_links
    from workbench.alignment.document import align_document

    args = ctx.args  # type: ignore[attr-defined]
    with ctx.workspace().session() as session:  # type: ignore[attr-defined]
        result = align_document(
            session, args.document, scope=args.scope, use_termbase=not args.no_termbase
        )
        applied = (
            apply_links(session, args.document, result.links, author=current_author())
            if args.apply
            else None
        )
    if args.format == "json":
        payload = result.to_dict()
        if applied is not None:
            payload["applied"] = {
                "blocks": [change.block_id for change in applied.blocks],
                "segments_before": applied.segments_before,
                "segments_after": applied.segments_after,
            }
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return 0
    src, tgt = result.source_lang.value.upper(), result.target_lang.value.upper()
    print(
        f"Document {result.document_id}: {len(result.source)} {src} and {len(result.target)} "
        f"{tgt} sentences, {len(result.links)} links ({result.scope} scope); "
        f"{len(result.changed_blocks)} blocks differ from the current segments"
    )
    for number, link in enumerate(result.links, 1):
        flag = "  review" if link.confidence < REVIEW_BELOW else ""
        anchors = f"  [{', '.join(link.anchors)}]" if link.anchors else ""
        print(
            f"{number:>4}  block {link.block_id}  {link.kind}  {link.confidence:.2f}{flag}{anchors}"
        )
        print(f"      {src} {link.source_text or '—'}")
        print(f"      {tgt} {link.target_text or '—'}")
    if applied is not None:
        print(
            f"Applied: {len(applied.blocks)} blocks rewritten, {applied.segments_before} → "
            f"{applied.segments_after} segments"
        )
    return 0
