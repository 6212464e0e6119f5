"""The review DOCX on the command line: ``workbench import-review FILE.docx`` and the
``review-docx`` export format. Thin calls into ``workbench.publishing.review_*``.

Exit status of ``import-review``: 0 whenever the import ran, conflicts included. A conflict
is reported (text summary or JSON) and nothing was overwritten, so there is nothing to
retry; the editor resolves it in the workspace. A file that cannot be imported is an error
(exit 1, one sentence on stderr) and changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError
from workbench.settings import current_author

if TYPE_CHECKING:
    from workbench.cli.commands import CommandContext
    from workbench.publishing.review_import import ReviewImportResult


# --------------------------------------------------------------------------- import


def configure_import_review(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="the review .docx the reviewer sent back")
    parser.add_argument(
        "--reject-changes",
        action="store_true",
        help="read the text without the reviewer's tracked changes (default: accept them)",
    )
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument(
        "--author", help="name recorded in the revisions (default: the current author)"
    )


def handle_import_review(ctx: CommandContext) -> int:
    from workbench.publishing.review_import import ACCEPT, REJECT, import_review_docx

    args = ctx.args
    result = import_review_docx(
        ctx.workspace(),
        args.file,
        tracked_changes=REJECT if args.reject_changes else ACCEPT,
        author=args.author or current_author(),
    )
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return 0
    sys.stdout.write(import_summary(result))
    for warning in result.warnings:
        print(f"workbench: warning: {warning}", file=sys.stderr)
    return 0


def _clip(text: str, width: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


def import_summary(result: ReviewImportResult) -> str:
    """The text report: counts first, then each conflict and skipped row."""
    tracked = "accepted" if result.tracked_policy == "accept" else "rejected"
    lines = [
        f"Imported review of document {result.document_id} from {result.path}",
        f"  updated: {len(result.updated)}  unchanged: {result.unchanged}  "
        f"notes: {len(result.notes)}  conflicts: {len(result.conflicts)}  "
        f"skipped rows: {len(result.skipped)}",
        f"  tracked changes {tracked}: {result.tracked_insertions} insertion(s), "
        f"{result.tracked_deletions} deletion(s); Word comments: {result.word_comments}",
    ]
    if result.conflicts:
        lines.append("Conflicts (changed in the workspace and by the reviewer; not overwritten):")
    for conflict in result.conflicts:
        lines += [
            f"  segment {conflict.segment_id}",
            f"    at export: {_clip(conflict.base)}",
            f"    workspace: {_clip(conflict.workspace)}",
            f"    reviewer:  {_clip(conflict.reviewer)}",
        ]
    if result.skipped:
        lines.append("Skipped rows:")
    lines += [f"  row {row.row}: {row.reason}: {_clip(row.text, 50)}" for row in result.skipped]
    if result.locked:
        lines.append("Locked, not changed: " + ", ".join(str(i) for i in result.locked))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- export


def parse_statuses(value: str | Iterable[str] | None) -> set[str] | None:
    """``"translated,reviewed"`` (or a list of such strings) as a set; None for all."""
    if value is None:
        return None
    parts = [value] if isinstance(value, str) else list(value)
    statuses = {s.strip().lower() for part in parts for s in part.split(",") if s.strip()}
    return statuses or None


def export_review(
    ctx: CommandContext,
    document_id: int,
    output: Path | str | None,
    statuses: str | Iterable[str] | None,
) -> int:
    """``workbench export DOC --format review-docx --output FILE [--status a,b]``."""
    from workbench.publishing.review_export import export_review_docx

    if output is None:
        raise WorkbenchError("--format review-docx needs --output FILE.docx")
    result = export_review_docx(
        ctx.workspace(),
        document_id,
        Path(output),
        statuses=parse_statuses(statuses),
        author=current_author(),
    )
    print(
        f"Wrote {result.path} ({result.segments} segment(s); review reference {result.token})",
        file=sys.stderr,
    )
    return 0


def configure_export_review(parser: argparse.ArgumentParser) -> None:
    """A stand-alone ``export-review DOC --output FILE`` command, if one is wanted."""
    parser.add_argument("document", type=int, help="document id")
    parser.add_argument("--output", "-o", type=Path, required=True, help="the .docx to write")
    parser.add_argument(
        "--status", metavar="S,S", help="only segments with these statuses (default: all)"
    )


def handle_export_review(ctx: CommandContext) -> int:
    args = ctx.args
    return export_review(ctx, args.document, args.output, args.status)
