"""Sub-commands of ``workbench``. Each handler is a thin call into the core."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError
from workbench.fileio import atomic_write_text
from workbench.importers import ImportFormat
from workbench.settings import Preferences, current_author, resolve_workspace

if TYPE_CHECKING:  # the database stack costs 0.35 s to import: only commands that need it
    from workbench.db.workspace import Workspace


class CommandContext:
    """What a handler needs: parsed arguments and a lazily opened workspace."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._workspace: Workspace | None = None

    @property
    def workspace_location(self) -> str:
        return resolve_workspace(self.args.workspace)

    def workspace(self) -> Workspace:
        if self._workspace is None:
            from workbench.db.workspace import open_workspace

            self._workspace = open_workspace(
                self.workspace_location, backup_keep=Preferences.load().backups_to_keep
            )
        return self._workspace

    def close(self) -> None:
        if self._workspace is not None:
            self._workspace.close()


Handler = Callable[[CommandContext], int]


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    configure: Callable[[argparse.ArgumentParser], None]
    handler: Handler

    def register(self, sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
        parser = sub.add_parser(self.name, help=self.help, description=self.help)
        self.configure(parser)
        parser.set_defaults(handler=self.handler)


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _document_id(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"document id must be a number, not {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("document id must be 1 or more")
    return number


# --- init -------------------------------------------------------------------------------


def _configure_init(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sample", action="store_true", help="fill a new workspace with the sample articles"
    )
    parser.add_argument(
        "--no-starter-terms",
        action="store_true",
        help="do not add the starter term base (policy terms, solar terms, festivals…)",
    )


def _init(ctx: CommandContext) -> int:
    from workbench.sample import populate_sample
    from workbench.termbase.starter import add_starter_termbase

    workspace = ctx.workspace()
    if ctx.args.sample:
        created = populate_sample(workspace, author=current_author())
        if not created:
            raise WorkbenchError("The workspace already holds documents; the sample was not added")
    elif not ctx.args.no_starter_terms:
        added = add_starter_termbase(workspace, author=current_author())
        if added:
            print(f"Added the starter term base ({added} concepts)")
    print(f"Workspace ready: {workspace.path or workspace.url}")
    return 0


# --- import -----------------------------------------------------------------------------


def _configure_import(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, help="a .txt, .docx, XLIFF or TMX file")
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=[f.value for f in ImportFormat],
        default=ImportFormat.AUTO.value,
        help="file format (default: auto)",
    )
    parser.add_argument(
        "--source-lang", choices=["zh", "en"], help="source language (default: detected)"
    )
    parser.add_argument("--title", help="document title (default: from the file)")
    parser.add_argument("--encoding", help="text encoding (default: detected)")


def _import(ctx: CommandContext) -> int:
    from workbench.documents import import_into_workspace

    args = ctx.args
    document_id, draft = import_into_workspace(
        ctx.workspace(),
        args.file,
        author=current_author(),
        fmt=args.fmt,
        source_lang=args.source_lang,
        encoding=args.encoding,
        title=args.title,
    )
    for note in draft.notes:
        print(f"workbench: {note}", file=sys.stderr)
    print(document_id)
    return 0


# --- list -------------------------------------------------------------------------------


def _configure_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--status", help="only documents with this status")
    parser.add_argument(
        "--issues", action="store_true", help="list publications, issues, sections instead"
    )


def _list_issues(ctx: CommandContext) -> int:
    from workbench.documents.query import publication_tree

    with ctx.workspace().session() as session:
        tree = publication_tree(session)
    if ctx.args.format == "json":
        _print_json(tree)
        return 0
    for publication in tree:
        print(f"{publication['name_zh']} / {publication['name_en']}")
        for issue in publication["issues"]:
            print(f"  issue {issue['id']:>4}  {issue['label']}  {issue['title_en']}")
            for section in issue["sections"]:
                ids = ", ".join(str(d["id"]) for d in section["documents"]) or "-"
                print(f"      {section['title_zh']} / {section['title_en']}: documents {ids}")
    return 0


def _list(ctx: CommandContext) -> int:
    from workbench.documents.query import list_documents

    if ctx.args.issues:
        return _list_issues(ctx)
    with ctx.workspace().session() as session:
        summaries = list_documents(session, status=ctx.args.status)
    if ctx.args.format == "json":
        _print_json([s.to_json() for s in summaries])
        return 0
    for s in summaries:
        print(
            f"{s.id:>5}  {s.status:<11} {s.source_lang}→{s.target_lang}  "
            f"{s.confirmed}/{s.segments}  {s.title}"
        )
    return 0


# --- show -------------------------------------------------------------------------------


def _configure_show(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("document", type=_document_id, help="document id (see `workbench list`)")
    parser.add_argument("--format", choices=["text", "json"], default="text")


def _show(ctx: CommandContext) -> int:
    from workbench.documents.export import to_json_text
    from workbench.documents.query import document_tree

    with ctx.workspace().session() as session:
        tree = document_tree(session, ctx.args.document)
    if ctx.args.format == "json":
        sys.stdout.write(to_json_text(tree))
        return 0
    print(f"#{tree['id']}  {tree['title_zh']} / {tree['title_en']}")
    print(f"{tree['source_lang']}→{tree['target_lang']}  status: {tree['status']}")
    for block in tree["blocks"]:
        print(f"\n[{block['position'] + 1}] {block['kind']}")
        for seg in block["segments"]:
            print(f"  {seg['id']:>6} {seg['status']:<10} {seg['source']}")
            if seg["target"]:
                print(f"  {'':>6} {'':<10} {seg['target']}")
    return 0


# --- export -----------------------------------------------------------------------------


def _configure_export(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("document", type=_document_id, help="document id")
    from workbench.cli.publish import add_layout_options

    parser.add_argument(
        "--format",
        choices=["txt", "json", "docx", "review-docx", "xliff", "xliff2", "tmx"],
        required=True,
        help="xliff is XLIFF 1.2, xliff2 XLIFF 2.1, tmx TMX 1.4b (these need --output)",
    )
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    parser.add_argument(
        "--side",
        choices=["source", "target"],
        default="target",
        help="txt only: which text to write (default: target; untranslated text keeps its source)",
    )
    parser.add_argument(
        "--status",
        help="review-docx only: segment statuses to include, comma-separated (default: all)",
    )
    add_layout_options(parser)


def _export(ctx: CommandContext) -> int:
    from workbench.documents.export import Side, to_json_text, to_plain_text, untranslated_blocks
    from workbench.documents.query import document_tree

    args = ctx.args
    if args.format in ("xliff", "xliff2", "tmx"):
        return _export_interchange(ctx)
    if args.format in ("docx", "review-docx"):
        if args.output is None:
            raise WorkbenchError(f"--format {args.format} needs --output FILE")
        if args.format == "docx":
            from workbench.cli.publish import export_docx

            return export_docx(ctx, args.document, args.output)
        from workbench.cli.review import export_review

        statuses = {s.strip() for s in args.status.split(",") if s.strip()} if args.status else None
        return export_review(ctx, args.document, args.output, statuses)
    with ctx.workspace().session() as session:
        tree = document_tree(session, args.document)
    if args.format == "json":
        text = to_json_text(tree)
    else:
        text = to_plain_text(tree, Side(args.side))
        missing = untranslated_blocks(tree)
        if missing and args.side != Side.SOURCE:
            print(
                f"workbench: {missing} segment(s) not yet translated kept their source text",
                file=sys.stderr,
            )
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            atomic_write_text(args.output, text)
        except OSError as exc:
            raise WorkbenchError(f"Cannot write {args.output}: {exc.strerror or exc}") from exc
        print(f"Wrote {args.output}", file=sys.stderr)
    return 0


def _export_interchange(ctx: CommandContext) -> int:
    from workbench.documents.export_interchange import export_interchange

    args = ctx.args
    if args.output is None:
        raise WorkbenchError(f"--format {args.format} needs --output FILE")
    units = export_interchange(ctx.workspace(), args.document, args.output, args.format)
    print(f"Wrote {args.output} ({units} units)", file=sys.stderr)
    return 0


# --- backup -----------------------------------------------------------------------------


def _configure_backup(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep", type=int, help="how many backups to keep (default: preferences)")


def _backup(ctx: CommandContext) -> int:
    workspace = ctx.workspace()
    if ctx.args.keep is not None:
        if ctx.args.keep < 1:
            raise WorkbenchError("--keep must be 1 or more")
        workspace.backup_keep = ctx.args.keep
    print(workspace.backup(reason="manual"))
    return 0


# --- gui --------------------------------------------------------------------------------


def _configure_gui(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--sample", action="store_true", help="open the sample workspace")


def _gui(ctx: CommandContext) -> int:
    from workbench.gui.app import run_gui

    return run_gui(workspace=ctx.args.workspace, sample=ctx.args.sample)


def _configure_terms(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import terms

    terms.configure(parser)


def _terms(ctx: CommandContext) -> int:
    from workbench.cli import terms

    return terms.handle(ctx)


def _configure_publish(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import publish

    publish.configure(parser)


def _publish(ctx: CommandContext) -> int:
    from workbench.cli import publish

    return publish.handle(ctx)


def _configure_import_review(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import review

    review.configure_import_review(parser)


def _import_review(ctx: CommandContext) -> int:
    from workbench.cli import review

    return review.handle_import_review(ctx)


def _configure_qa(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import qa

    qa.configure(parser)


def _qa(ctx: CommandContext) -> int:
    from workbench.cli import qa

    return qa.handle(ctx)


def _configure_align(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import align

    align.configure(parser)


def _align(ctx: CommandContext) -> int:
    from workbench.cli import align

    return align.handle(ctx)


def _configure_tm(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import tm

    tm.configure(parser)


def _tm(ctx: CommandContext) -> int:
    from workbench.cli import tm

    return tm.handle(ctx)


def _configure_calendar(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import calendar

    calendar.configure(parser)


def _calendar(ctx: CommandContext) -> int:
    from workbench.cli import calendar

    return calendar.handle(ctx)


def _configure_plan(parser: argparse.ArgumentParser) -> None:
    from workbench.cli import plan

    plan.configure(parser)


def _plan(ctx: CommandContext) -> int:
    from workbench.cli import plan

    return plan.handle(ctx)


COMMANDS: tuple[Command, ...] = (
    Command("init", "create (or upgrade) a workspace", _configure_init, _init),
    Command("import", "import a file as a new document; prints its id", _configure_import, _import),
    Command("list", "list the documents", _configure_list, _list),
    Command("show", "show a document with its blocks and segments", _configure_show, _show),
    Command("export", "export a document", _configure_export, _export),
    Command("terms", "term bases: import, export, list, match", _configure_terms, _terms),
    Command(
        "qa", "QA checks over a document, an issue, all, or an XLIFF/TMX file", _configure_qa, _qa
    ),
    Command("align", "sentence links of a document, with confidence", _configure_align, _align),
    Command("tm", "translation memory: import TMX, lookup, concordance, stats", _configure_tm, _tm),
    Command("publish", "print DOCX (and PDF proof) of an issue", _configure_publish, _publish),
    Command(
        "import-review",
        "take a reviewed review DOCX back into the workspace",
        _configure_import_review,
        _import_review,
    ),
    Command(
        "calendar",
        "solar terms, festivals and public holidays of a year",
        _configure_calendar,
        _calendar,
    ),
    Command("plan", "the content plan: series, campaigns, items, workload", _configure_plan, _plan),
    Command("backup", "back up the workspace now", _configure_backup, _backup),
    Command("gui", "open the desktop application", _configure_gui, _gui),
)
