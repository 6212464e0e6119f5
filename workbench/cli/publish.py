"""``workbench publish ISSUE --docx OUT.docx`` and the DOCX side of ``workbench export``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError
from workbench.publishing.options import Fonts, Layout, PageSetup, PublishOptions, Script

if TYPE_CHECKING:
    from workbench.cli.commands import CommandContext
    from workbench.publishing.jobs import PublishResult

LAYOUTS = [layout.value for layout in Layout]
SCRIPTS = [script.value for script in Script]


def add_layout_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``publish`` and ``export --format docx``."""
    group = parser.add_argument_group("print layout (DOCX)")
    group.add_argument("--layout", choices=LAYOUTS, default="interleaved")
    group.add_argument(
        "--english-first", action="store_true", help="interleaved/side-by-side: English first"
    )
    group.add_argument("--script", choices=SCRIPTS, default="simplified")
    quotes = group.add_mutually_exclusive_group()
    quotes.add_argument(
        "--corner-quotes",
        dest="corner_quotes",
        action="store_true",
        default=None,
        help="“” → 「」 in Chinese (default: on for hk/tw)",
    )
    quotes.add_argument("--no-corner-quotes", dest="corner_quotes", action="store_false")
    group.add_argument(
        "--normalize-punctuation",
        action="store_true",
        help="apply the QA punctuation fixes to the text on export",
    )
    group.add_argument("--template", help="a built-in template name or a .docx/.dotx file")
    group.add_argument("--zh-font", help="Chinese font family (default: the template's)")
    group.add_argument("--en-font", help="English font family (default: the template's)")
    group.add_argument(
        "--trim", help="trim size: a4, 16k, large-16k, a5 (default: the publication's)"
    )
    group.add_argument("--pdf", type=Path, help="also render a PDF proof (needs LibreOffice)")


def options_from(args: argparse.Namespace, base: PublishOptions | None = None) -> PublishOptions:
    base = base or PublishOptions()
    fonts = base.fonts
    if args.zh_font or args.en_font:
        fonts = Fonts(
            zh_serif=args.zh_font or fonts.zh_serif,
            zh_sans=args.zh_font or fonts.zh_sans,
            en_serif=args.en_font or fonts.en_serif,
            en_sans=fonts.en_sans,
        )
    page = base.page
    if args.trim:
        margins = {}
        if page is not None:
            margins = {
                k: getattr(page, k)
                for k in (
                    "top",
                    "bottom",
                    "inside",
                    "outside",
                    "gutter",
                    "header",
                    "footer",
                    "mirror",
                )
            }
        page = PageSetup.for_trim(args.trim, **margins)
    return base.with_(
        layout=Layout(args.layout),
        english_first=args.english_first,
        script=Script(args.script),
        corner_quotes=args.corner_quotes,
        normalize_punctuation=args.normalize_punctuation,
        template=args.template or base.template,
        fonts=fonts,
        page=page,
        toc=not getattr(args, "no_toc", False),
        start_page=getattr(args, "start_page", None),
    )


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("issue", type=int, help="issue id (see `workbench list --issues`)")
    parser.add_argument("--docx", type=Path, required=True, help="the DOCX to write")
    parser.add_argument("--no-toc", action="store_true", help="leave out the table of contents")
    parser.add_argument("--start-page", type=int, help="folio of the first article page")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    add_layout_options(parser)


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r{done}/{total} articles", end="" if done < total else "\n", file=sys.stderr)


def report(result: PublishResult, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    for warning in result.warnings:
        print(f"workbench: warning: {warning}", file=sys.stderr)
    print(
        f"Wrote {result.output} ({result.articles} article(s), {result.paragraphs} paragraph(s))",
        file=sys.stderr,
    )
    if result.pdf:
        print(f"Wrote {result.pdf}", file=sys.stderr)


def handle(ctx: CommandContext) -> int:
    from workbench.publishing.jobs import issue_options, publish_issue

    args = ctx.args
    if args.start_page is not None and args.start_page < 1:
        raise WorkbenchError("--start-page must be 1 or more")
    workspace = ctx.workspace()
    options = options_from(args, issue_options(workspace, args.issue))
    result = publish_issue(
        workspace, args.issue, args.docx, options, pdf=args.pdf, progress=_progress
    )
    report(result, args.json)
    return 0


def export_docx(ctx: CommandContext, document_id: int, output: Path) -> int:
    from workbench.publishing.jobs import export_document_docx

    args = ctx.args
    args.start_page = None
    result = export_document_docx(
        ctx.workspace(), document_id, output, options_from(args), pdf=args.pdf
    )
    report(result, False)
    return 0
