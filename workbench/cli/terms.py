"""``workbench terms …``: import, export, list and match terms headlessly."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.settings import current_author

EXPORT_FORMATS = ("tbx", "tbx-v3", "csv", "tsv", "xlsx")


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="terms_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True

    imp = sub.add_parser("import", help="import a TBX, CSV, TSV or XLSX glossary")
    imp.add_argument("file", type=Path)
    imp.add_argument("--termbase", help="term base name (default: the file name)")
    imp.add_argument(
        "--merge",
        action="store_true",
        help="merge into matching concepts instead of adding new ones",
    )
    imp.set_defaults(terms_handler=_import)

    exp = sub.add_parser("export", help="export term bases to a file")
    exp.add_argument("file", type=Path)
    exp.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        help="default: from the file suffix (.tbx = TBX-Basic 2)",
    )
    exp.add_argument("--termbase", action="append", help="only this term base (repeatable)")
    exp.set_defaults(terms_handler=_export)

    lst = sub.add_parser("list", help="list term bases, or the concepts of one")
    lst.add_argument("--termbase", help="list this term base's concepts")
    lst.add_argument("--search", default="", help="only concepts with a term containing this")
    lst.add_argument("--limit", type=int, default=200)
    lst.add_argument("--format", choices=["text", "json"], default="text")
    lst.set_defaults(terms_handler=_list)

    match = sub.add_parser("match", help="find term base terms in a text")
    match.add_argument("--text", required=True)
    match.add_argument(
        "--lang", choices=["zh", "en"], help="language of the text (default: detected)"
    )
    match.add_argument("--format", choices=["text", "json"], default="text")
    match.set_defaults(terms_handler=_match)

    cand = sub.add_parser("candidates", help="propose zh–en term pairs from aligned material")
    cand.add_argument("--min-freq", type=int, default=3, help="pairs both must occur in")
    cand.add_argument("--limit", type=int, default=200)
    cand.add_argument("--document", type=int, action="append", help="only this document")
    cand.add_argument("--format", choices=["text", "json"], default="text")
    cand.set_defaults(terms_handler=_candidates)


def handle(ctx: object) -> int:
    args = ctx.args  # type: ignore[attr-defined]
    return int(args.terms_handler(ctx, args) or 0)


def _termbase_ids(session: object, names: list[str] | None) -> list[int] | None:
    from workbench.termbase.store import get_termbase

    if not names:
        return None
    return [get_termbase(session, name).id or 0 for name in names]  # type: ignore[arg-type]


def _import(ctx: object, args: argparse.Namespace) -> int:
    from workbench.termbase.formats import load_termbase_file
    from workbench.termbase.store import import_concepts

    loaded = load_termbase_file(args.file)
    if not loaded.concepts:
        raise WorkbenchError(f"{args.file} holds no terms in Chinese or English")
    name = args.termbase or args.file.stem
    with ctx.workspace().session() as session:  # type: ignore[attr-defined]
        summary = import_concepts(
            session,
            name,
            loaded.concepts,
            author=current_author(),
            mode="merge" if args.merge else "add",
        )
    for note in loaded.notes:
        print(f"workbench: {note}", file=sys.stderr)
    print(
        f"{name}: {summary.added} added, {summary.updated} updated, "
        f"{summary.unchanged} unchanged ({loaded.format})"
    )
    return 0


def _export(ctx: object, args: argparse.Namespace) -> int:
    from workbench.termbase.formats import format_for_path, write_termbase_file
    from workbench.termbase.store import load_concepts

    fmt = args.format or format_for_path(args.file)
    with ctx.workspace().session() as session:  # type: ignore[attr-defined]
        concepts = load_concepts(session, _termbase_ids(session, args.termbase))
    if not concepts:
        raise WorkbenchError("There are no terms to export")
    notes = write_termbase_file(args.file, concepts, fmt)
    for note in notes:
        print(f"workbench: {note}", file=sys.stderr)
    print(f"Wrote {len(concepts)} concepts to {args.file} ({fmt})", file=sys.stderr)
    return 0


def _list(ctx: object, args: argparse.Namespace) -> int:
    from workbench.termbase.search import search_concepts
    from workbench.termbase.store import get_termbase, list_termbases

    with ctx.workspace().session() as session:  # type: ignore[attr-defined]
        if not args.termbase:
            bases = list_termbases(session)
            if args.format == "json":
                print(
                    json.dumps(
                        [
                            {
                                "id": b.id,
                                "name": b.name,
                                "priority": b.priority,
                                "concepts": b.concept_count,
                                "description": b.description,
                            }
                            for b in bases
                        ],
                        ensure_ascii=False,
                        indent=2,
                    )
                )
            else:
                for b in bases:
                    print(
                        f"{b.id:>4}  priority {b.priority:>3}  {b.concept_count:>7} concepts  "
                        f"{b.name}"
                    )
            return 0
        termbase = get_termbase(session, args.termbase)
        rows = search_concepts(
            session, args.search, termbase_ids=[termbase.id or 0], limit=args.limit
        )
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "zh": r.terms("zh"),
                        "en": r.terms("en"),
                        "subject": r.data.subject,
                        "forbidden": r.has_forbidden,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for r in rows:
            print(f"{r.id:>6}  {' | '.join(r.terms('zh'))}  →  {' | '.join(r.terms('en'))}")
    return 0


def _match(ctx: object, args: argparse.Namespace) -> int:
    from workbench.language import detect_language
    from workbench.termbase.matcher import matcher_for_workspace

    lang = args.lang or (detect_language(args.text) or "zh")
    target = "en" if str(lang) == "zh" else "zh"
    with ctx.workspace().session() as session:  # type: ignore[attr-defined]
        hits = matcher_for_workspace(session).match(args.text, str(lang))
    if args.format == "json":
        payload = {
            "text": args.text,
            "lang": str(lang),
            "hits": [hit.to_dict(target) for hit in hits],
        }
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        flag = "FORBIDDEN " if hit.forbidden else ""
        note = " (inside a longer term)" if hit.overlapped else ""
        print(
            f"{hit.start:>4}-{hit.end:<4} {flag}{hit.text} → {' | '.join(hit.targets(target))}"
            f"{note}"
        )
    return 0


def _candidates(ctx: object, args: argparse.Namespace) -> int:
    from workbench.termbase.candidates import term_candidates

    with ctx.workspace().session() as session:  # type: ignore[attr-defined]
        found = term_candidates(
            session, min_freq=args.min_freq, limit=args.limit, document_ids=args.document
        )
    if args.format == "json":
        print(json.dumps([c.to_dict() for c in found], ensure_ascii=False, indent=2))
        return 0
    for c in found:
        print(f"{c.score:6.2f}  {c.freq:>4}×  {c.zh}  →  {c.en}")
    return 0
