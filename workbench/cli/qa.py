"""``workbench qa TARGET``: QA checks over a workspace document, an issue, the whole
workspace, or any XLIFF/TMX file (then no workspace is opened)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.qa.model import Finding, Severity, Side
from workbench.qa.registry import CHECK_IDS, all_checks
from workbench.qa.runner import QAResult

FORMATS = ("text", "json", "html", "xlsx")
# The JSON string of a str, as ``json.dumps(..., ensure_ascii=False)`` writes it (C code).
_json_string = json.encoder.encode_basestring
_SIDE_NAMES = {side: side.value for side in Side}
_SEVERITY_NAMES = {severity: severity.value for severity in Severity}
_ISSUE = re.compile(r"^issue:(\d+)$")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "target",
        metavar="TARGET",
        help="a document id, issue:ID, all, or a bilingual file (XLIFF 1.2/2.x, TMX)",
    )
    parser.add_argument(
        "--termbase",
        action="append",
        default=[],
        metavar="FILE",
        help="a term base file (TBX, CSV, TSV, XLSX); may be given more than once",
    )
    parser.add_argument("--profile", help="QA profile (default: translation)")
    parser.add_argument(
        "--checks", metavar="ID,ID", help=f"run only these checks ({', '.join(CHECK_IDS)})"
    )
    parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("--output", metavar="FILE", help="write the report here (else stdout)")
    parser.add_argument(
        "--lang", choices=("en", "zh"), default="en", help="language of messages in reports"
    )
    parser.add_argument("--words", metavar="FILE", help="extra known words, one per line")
    parser.add_argument("--source-lang", help="source language of a TMX file (e.g. zh-CN)")
    parser.add_argument("--target-lang", help="target language of a TMX file (e.g. en-US)")


def _check_ids(value: str | None) -> list[str] | None:
    if not value:
        return None
    ids = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [i for i in ids if i not in all_checks()]
    if unknown:
        raise WorkbenchError(f"Unknown check {unknown[0]!r}; known checks: {', '.join(CHECK_IDS)}")
    return ids


def _words(path: str | None) -> list[str]:
    if not path:
        return []
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise WorkbenchError(f"Cannot read word list {path}: {exc}") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


def handle(ctx: object) -> int:
    from workbench.qa import jobs
    from workbench.qa.profiles import builtin_profiles, pick_profile

    args = ctx.args  # type: ignore[attr-defined]
    check_ids = _check_ids(args.checks)
    if args.format == "xlsx" and not args.output:
        raise WorkbenchError("--format xlsx needs --output FILE")
    target = args.target
    titles: dict[int, str] = {}
    if Path(target).is_file():
        # A file run has no workspace, hence only the built-in profiles, and never imports
        # the database stack (0.35 s).
        profile = pick_profile(builtin_profiles(), args.profile)
        if check_ids:
            profile = profile.only(check_ids)
        result = jobs.run_file(
            target,
            profile,
            termbases=args.termbase,
            user_words=_words(args.words),
            source_lang=args.source_lang,
            target_lang=args.target_lang,
            parallel=True,
        )
        label = Path(target).name
    else:
        result, label, titles = _run_workspace(ctx, args, check_ids)
    _write(result, args, label, titles)
    return 1 if result.has_errors else 0


def _run_workspace(
    ctx: object, args: argparse.Namespace, check_ids: list[str] | None
) -> tuple[QAResult, str, dict[int, str]]:
    from workbench.models import Document
    from workbench.qa import jobs, store
    from workbench.qa.units import all_document_ids, issue_document_ids

    target = args.target
    workspace = ctx.workspace()  # type: ignore[attr-defined]
    with workspace.session() as session:
        if target == "all":
            document_ids, label = all_document_ids(session), "workspace"
        elif match := _ISSUE.match(target):
            document_ids, label = issue_document_ids(session, int(match[1])), target
        elif target.isdigit():
            document_ids, label = [int(target)], f"document {target}"
        else:
            raise WorkbenchError(
                f"No such file or document: {target!r} (give a file, a document id, "
                "issue:ID or all)"
            )
        profile = store.get_profile(session, args.profile)
        if check_ids:
            profile = profile.only(check_ids)
        extra = jobs.read_termbase_files(args.termbase)
        result = jobs.run_documents(
            session, document_ids, profile, extra_concepts=extra, extra_words=_words(args.words)
        )
        titles = {
            doc.id or 0: doc.title_en or doc.title_zh or f"#{doc.id}"
            for doc in (session.get(Document, i) for i in document_ids)
            if doc is not None
        }
    return result, label, titles


def _text(result: QAResult, lang: str) -> str:
    lines = []
    for finding in result.findings:
        start, end = finding.span
        status = f"  [ignored: {finding.ignored_reason}]" if finding.ignored else ""
        lines.append(
            f"{finding.unit.key}\t{finding.side.value}\t{start}-{end}\t{finding.severity.value}"
            f"\t{finding.check}\t{finding.message(lang)}{status}"
        )
    summary = result.summary()
    counts = ", ".join(f"{n} {s}" for s, n in summary["by_severity"].items())
    lines.append(f"{summary['findings']} findings ({counts}) in {summary['units']} units")
    return "\n".join(lines) + "\n"


def finding_json(finding: Finding) -> str:
    """``json.dumps(finding.to_dict(), ensure_ascii=False)``, written out: a third of the
    time, which counts on a report of tens of thousands of findings."""
    text = _json_string
    start, end = finding.span
    line = (
        f'{{"check": {text(finding.check)}, "unit": {text(finding.unit.key)}, '
        f'"side": "{_SIDE_NAMES[finding.side]}", '
        f'"severity": "{_SEVERITY_NAMES[finding.severity]}", '
        f'"message": {text(finding.message_en)}, "span": [{start}, {end}]'
    )
    fix = finding.fix
    if fix is not None:
        line += (
            f', "fix": {{"start": {fix.start}, "end": {fix.end}, '
            f'"replacement": {text(fix.replacement)}}}'
        )
    if finding.ignored_reason is not None:
        line += f', "ignored": {text(finding.ignored_reason)}'
    return line + "}"


def _json(result: QAResult) -> str:
    """One object; one finding per line (readable, and a quarter of ``indent=2``'s time on
    a 60,000-finding report)."""
    lines = ",\n".join(map(finding_json, result.findings))
    summary = json.dumps(result.summary(), ensure_ascii=False, indent=2)
    findings = f"[\n{lines}\n]" if lines else "[]"
    return f'{{"findings": {findings},\n"summary": {summary}}}\n'


def _write(result: QAResult, args: argparse.Namespace, label: str, titles: dict[int, str]) -> None:
    from workbench.fileio import atomic_write_text

    fmt, output = args.format, args.output
    if fmt in ("html", "xlsx"):
        from workbench.qa import reports

        title = f"QA report: {label}" if args.lang == "en" else f"质量检查报告：{label}"
        if fmt == "xlsx":
            reports.write_xlsx_report(
                output,
                result,
                title=title,
                lang=args.lang,
                source_label=label,
                document_titles=titles,
            )
            return
        text = reports.html_report(
            result, title=title, lang=args.lang, source_label=label, document_titles=titles
        )
    elif fmt == "json":
        text = _json(result)
    else:
        text = _text(result, args.lang)
    if output:
        atomic_write_text(output, text)
    else:
        sys.stdout.write(text)
