"""QA on a 50,000-unit zh→en XLIFF with a 20,000-concept term base, side by side with
translate-toolkit's ``pofilter`` (all its default checks) on the same file, in one run.

    python -m bench.qa_peers [--units 50000] [--runs 3]

Inputs come from the shared peer generator (``../shared/bench/make_corpus.py``, run by
``peers.sh corpus``): ``units_N.xliff`` with ~6 % planted errors listed in
``qa_expected_N.tsv``, and ``glossary_20000.utf8``, which we convert once to TBX (the
format the issue names) with our own writer. Both tools are timed by the shared
``hf.py`` (hyperfine + GNU time for peak RSS); recall per planted kind is computed for both.
Results: ``.bench-data/qa_peers.json`` and a markdown table on stdout.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
from pathlib import Path

from bench.peers import CORPUS, PEERS, ROOT, SHARED_BENCH, hyperfine

OUT = ROOT / ".bench-data" / "qa"

# Planted kind -> the checks of ours that report it. pofilter's own kinds (startcaps,
# endpunc) have no counterpart here: a Chinese source has no capitals, and a missing final
# full stop is not a defect we check.
KIND_CHECKS = {
    "number": {"number-mismatch"},
    "doublespace": {"double-space"},
    "doubleword": {"repeated-word"},
    "brackets": {"unpaired-brackets"},
    "untranslated": {"untranslated", "same-as-source"},
}


def _expected(units: int) -> list[tuple[str, str]]:
    lines = (CORPUS / f"qa_expected_{units}.tsv").read_text("utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line.strip()]  # type: ignore[misc]


def _our_recall(report: Path, expected: list[tuple[str, str]]) -> dict:
    findings = json.loads(report.read_text("utf-8"))["findings"]
    by_unit: dict[str, set[str]] = collections.defaultdict(set)
    for finding in findings:
        by_unit[finding["unit"]].add(finding["check"])
    planted = {unit for unit, _ in expected}
    recall = collections.defaultdict(lambda: [0, 0])
    for unit, kind in expected:
        recall[kind][1] += 1
        if by_unit.get(unit, set()) & KIND_CHECKS.get(kind, set()):
            recall[kind][0] += 1
    # Units flagged by a check that has a planted counterpart, but with nothing planted:
    # the false-alarm figure comparable to pofilter's.
    comparable = set().union(*KIND_CHECKS.values())
    extra = sorted(u for u, checks in by_unit.items() if checks & comparable and u not in planted)
    return {
        "findings": len(findings),
        "units_flagged": len(by_unit),
        "per_check": dict(collections.Counter(f["check"] for f in findings).most_common()),
        "recall_by_kind": {k: f"{a}/{b}" for k, (a, b) in sorted(recall.items())},
        "flagged_without_planted_error_by_comparable_checks": len(extra),
    }


def _pofilter_recall(output: Path, units: int) -> dict:
    script = SHARED_BENCH / "qa_recall.py"
    expected = CORPUS / f"qa_expected_{units}.tsv"
    done = subprocess.run(
        [sys.executable, str(script), str(output), str(expected)],
        check=True,
        capture_output=True,
        text=True,
    )
    data = json.loads(done.stdout)
    planted = {unit for unit, _ in _expected(units)}
    flagged = set(
        re.findall(
            r'<trans-unit id="(\d+)"[^>]*>(?:(?!</trans-unit>).)*?from="pofilter"',
            output.read_text("utf-8"),
            re.S,
        )
    )
    data["flagged_without_planted_error"] = len(flagged - planted)
    return data


def per_check(xliff: Path, tbx: Path) -> None:
    """Each check alone over the file's distinct pairs, in this process with the collector
    paused (as a file run has it), minus the floor every run pays (dedup, loop, sort)."""
    import time

    from workbench.collector import collector_paused
    from workbench.interchange.reader import read_bilingual
    from workbench.qa.file_units import file_units
    from workbench.qa.jobs import read_termbase_files
    from workbench.qa.profiles import builtin_profiles
    from workbench.qa.resources import QAResources
    from workbench.qa.runner import run_qa
    from workbench.termbase.matcher import TermMatcher

    with collector_paused():
        units = file_units(read_bilingual(xliff))
        resources = QAResources(TermMatcher.build(read_termbase_files([tbx])))
        profile = builtin_profiles()["translation"]
        run_qa(units[:300], profile, resources)  # word lists, names, compiled patterns

        def timed(check_id: str) -> float:
            start = time.perf_counter()
            run_qa(units, profile.only([check_id]), resources)
            return time.perf_counter() - start

        floor = timed("untranslated")
        print(f"| check | seconds over {len(units):,} units |\n|---|---:|")
        for check_id in profile.enabled_checks():
            print(f"| {check_id} | {max(timed(check_id) - floor, 0):.2f} |")
        print(f"| (floor: dedup, loop, sort) | {floor:.2f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=50000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--per-check", action="store_true", help="time each check alone instead (one process)"
    )
    args = parser.parse_args()
    xliff = CORPUS / f"units_{args.units}.xliff"
    glossary = CORPUS / "glossary_20000.utf8"
    pofilter = PEERS / "venv" / "bin" / "pofilter"
    for needed in (xliff, glossary, pofilter):
        if not needed.exists():
            print(f"missing {needed}: run `bash ../shared/bench/peers.sh setup corpus` first")
            return 2
    OUT.mkdir(parents=True, exist_ok=True)
    tbx = OUT / "glossary_20000.tbx"
    if not tbx.exists():
        from workbench.termbase.formats import read_termbase_file, write_termbase_file

        write_termbase_file(tbx, read_termbase_file(glossary), "tbx")
    if args.per_check:
        per_check(xliff, tbx)
        return 0
    results = OUT / "results.jsonl"
    ours_out, peer_out = OUT / f"ours_{args.units}.json", OUT / f"pofilter_{args.units}.xliff"
    workbench = ROOT / ".venv" / "bin" / "workbench"
    label = f"{args.units:,} zh→en units XLIFF"
    ours = hyperfine(
        f"workbench_qa_{args.units // 1000}k",
        f"{label} + 20,000-concept TBX, all 18 checks",
        # Exit status 1 means "error findings" (there are planted errors), not a failure.
        f"{workbench} qa {xliff} --termbase {tbx} --format json --output {ours_out}"
        " || [ $? -eq 1 ]",
        args.runs,
        results,
    )
    peer = hyperfine(
        f"pofilter_{args.units // 1000}k",
        f"{label}, all default pofilter checks",
        f"{pofilter} --progress=none -i {xliff} -o {peer_out}",
        args.runs,
        results,
    )
    summary = {
        "ours": {**ours, **_our_recall(ours_out, _expected(args.units))},
        "pofilter": {**peer, **_pofilter_recall(peer_out, args.units)},
    }
    (OUT / "qa_peers.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2))
    print("| tool | median | min–max | peak RSS | findings / units flagged |")
    print("|---|---:|---:|---:|---:|")
    for name, row in summary.items():
        flagged = row.get("units_flagged")
        print(
            f"| {name} | {row['median_s']:.2f} s | {row['min_s']:.2f}–{row['max_s']:.2f} s"
            f" | {row['rss_max_mb']:.0f} MB | {row.get('findings', '–')} / {flagged} |"
        )
    print(f"ratio ours/pofilter: {ours['median_s'] / peer['median_s']:.2f}")
    print(
        json.dumps(
            {
                k: {x: v[x] for x in v if "recall" in x or "without" in x}
                for k, v in summary.items()
            },
            ensure_ascii=False,
            indent=1,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
