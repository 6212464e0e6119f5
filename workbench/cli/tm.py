"""``workbench tm …``: import TMX, fuzzy lookup, concordance, counts, TMX export."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError
from workbench.settings import current_author


def configure(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="tm_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True

    imp = sub.add_parser("import", help="add the units of a TMX file to the memory")
    imp.add_argument("file", type=Path)
    imp.add_argument("--source-lang", help="source language in the file (e.g. zh-CN)")
    imp.add_argument("--target-lang", help="target language in the file (e.g. en-US)")
    imp.set_defaults(tm_handler=_import)

    look = sub.add_parser("lookup", help="fuzzy matches for a source sentence")
    look.add_argument("text")
    look.add_argument("--source-lang", help="default: detected from the text")
    look.add_argument("--target-lang", help="default: the other of zh/en")
    look.add_argument("--limit", type=int, default=9)
    look.add_argument("--min-score", type=float, default=50.0)
    look.add_argument("--format", choices=["text", "json"], default="text")
    look.set_defaults(tm_handler=_lookup)

    conc = sub.add_parser("concordance", help="units holding a Chinese string or English words")
    conc.add_argument("query")
    conc.add_argument("--side", choices=["auto", "source", "target"], default="auto")
    conc.add_argument("--limit", type=int, default=50)
    conc.add_argument("--format", choices=["text", "json"], default="text")
    conc.set_defaults(tm_handler=_concordance)

    stats = sub.add_parser("stats", help="units by origin and language pair")
    stats.add_argument("--format", choices=["text", "json"], default="text")
    stats.set_defaults(tm_handler=_stats)

    exp = sub.add_parser("export", help="write one language pair as TMX 1.4")
    exp.add_argument("file", type=Path)
    exp.add_argument("--source-lang", default="zh")
    exp.add_argument("--target-lang", default="en")
    exp.add_argument("--origin", help="only units of this origin (confirmed, tmx, aligned)")
    exp.set_defaults(tm_handler=_export)


def handle(ctx: object) -> int:
    args = ctx.args  # type: ignore[attr-defined]
    return int(args.tm_handler(ctx, args) or 0)


def _print_json(payload: object) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _import(ctx: Any, args: argparse.Namespace) -> int:
    from workbench.tm.tmx_import import import_tmx

    result = import_tmx(
        ctx.workspace(),
        args.file,
        source_lang=args.source_lang,
        target_lang=args.target_lang,
        author=current_author(),
    )
    skipped = f", {result.skipped} skipped (no source or target)" if result.skipped else ""
    print(
        f"Imported {result.units} units ({result.source_lang}→{result.target_lang}) from "
        f"{args.file.name}{skipped} in {result.seconds:.1f} s"
    )
    return 0


def _pair(text: str, source: str | None, target: str | None) -> tuple[str, str]:
    from workbench.language import detect_language

    if not source:
        detected = detect_language(text)
        source = detected.value if detected is not None else "zh"
    if not target:
        target = "en" if source.lower().startswith("zh") else "zh"
    return source, target


def _lookup(ctx: Any, args: argparse.Namespace) -> int:
    from workbench.tm.lookup import lookup

    if args.limit < 1:
        raise WorkbenchError("--limit must be 1 or more")
    source, target = _pair(args.text, args.source_lang, args.target_lang)
    with ctx.workspace().session() as session:
        matches = lookup(
            session, args.text, source, target, limit=args.limit, min_score=args.min_score
        )
    if args.format == "json":
        _print_json([m.to_json() for m in matches])
        return 0
    if not matches:
        print("No match")
    for number, match in enumerate(matches, 1):
        print(f"{number}. {match.score:5.1f}%  [{match.origin}: {match.origin_ref}]")
        print(f"   {match.source}")
        print(f"   {match.target}")
        if match.terms:
            print("   terms: " + ", ".join(t.text for t in match.terms))
    return 0


def _concordance(ctx: Any, args: argparse.Namespace) -> int:
    from workbench.tm.lookup import concordance

    with ctx.workspace().session() as session:
        hits = concordance(session, args.query, side=args.side, limit=args.limit)
    if args.format == "json":
        _print_json([hit.to_json() for hit in hits])
        return 0
    if not hits:
        print("No unit holds it")
    for hit in hits:
        print(f"#{hit.unit_id} [{hit.origin}: {hit.origin_ref}] ({hit.side})")
        print(f"   {_mark(hit.source, hit.source_spans)}")
        print(f"   {_mark(hit.target, hit.target_spans)}")
    return 0


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each hit in 【】."""
    out, at = [], 0
    for start, end in spans:
        out += [text[at:start], "【", text[start:end], "】"]
        at = end
    return "".join(out) + text[at:]


def _stats(ctx: Any, args: argparse.Namespace) -> int:
    from workbench.tm.store import tm_stats

    with ctx.workspace().session() as session:
        stats = tm_stats(session)
    if args.format == "json":
        _print_json(stats.to_json())
        return 0
    print(f"{stats.units} units")
    for origin, count in stats.by_origin.items():
        print(f"  {origin:<10} {count}")
    for pair, count in stats.by_pair.items():
        print(f"  {pair:<10} {count}")
    if stats.units:
        print(f"  oldest {stats.oldest}, last change {stats.newest}")
    return 0


def _export(ctx: Any, args: argparse.Namespace) -> int:
    from workbench.tm.tmx_import import export_tm_tmx

    count = export_tm_tmx(
        ctx.workspace(),
        args.file,
        source_lang=args.source_lang,
        target_lang=args.target_lang,
        origin=args.origin,
    )
    print(f"Wrote {count} units to {args.file}")
    return 0
