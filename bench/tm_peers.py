"""Translation memory of 200,000 units against brute-force rapidfuzz, in one run.

    python -m bench.tm_peers [--runs 3] [--queries 1000] [--skip-import]

* Input: a 200,000-unit zh→en TMX built from the shared generator
  (``../shared/bench/make_corpus.py``): the 100,000 units of ``tm_units_100000.tsv``
  (those the shared queries were made from) followed by 100,000 more sentences from the
  same generator (its ``make_units`` with salt 8, the shared seed): deterministic. The
  same units are written as ``tm_units_200000.tsv`` for the shared brute-force script.
* Import: ``workbench tm import`` into an empty workspace, timed by the shared ``hf.py``
  (hyperfine + GNU time for peak RSS).
* Lookup: the 1,000 shared queries (``tm_queries_1000.tsv``: 15 % exact, 65 % edited,
  20 % novel) through ``workbench.tm.lookup.lookup`` with its defaults (limit 9, cut-off
  50, term bases consulted), ``--runs`` passes, per-query median; then the shared
  ``tm_fuzzy_bench.py --impl extractone`` (``rapidfuzz.process.extractOne`` over all
  200,000 sources, ``fuzz.ratio``, same passes) in the same run, which saves the
  brute-force best score of every query. Agreement: our best score equals the brute-force
  best (and the shared script's own measure, "within 1 point").

Results: ``.bench-data/tm/tm_peers.json`` and a markdown table on stdout.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.peers import CORPUS, ROOT, SHARED_BENCH, hyperfine

OUT = ROOT / ".bench-data" / "tm"
SEED = 20250101  # make_corpus.py's default
EXTRA_SALT = 8  # make_corpus uses salts 1–7


def _tsv(path: Path, columns: int) -> list[list[str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= columns:
            rows.append(parts)
    return rows


def build_inputs(size: int) -> tuple[Path, Path]:
    """The TMX and TSV of ``size`` units (first the shared 100,000, then generated)."""
    OUT.mkdir(parents=True, exist_ok=True)
    tmx, tsv = OUT / f"tm_{size}.tmx", OUT / f"tm_units_{size}.tsv"
    if tmx.exists() and tsv.exists():
        return tmx, tsv
    sys.path.insert(0, str(SHARED_BENCH))
    import make_corpus  # type: ignore[import-not-found]

    base = [(int(i), zh, en) for i, zh, en, *_ in _tsv(CORPUS / "tm_units_100000.tsv", 3)]
    units = base[:size]
    if len(units) < size:
        pairs, _zh, _en, seed_terms = make_corpus.load_seeds(str(ROOT.parent / "shared" / "corpus"))
        generator = make_corpus.Gen(random.Random(SEED * 1000 + EXTRA_SALT), pairs, seed_terms)
        extra, _errors = make_corpus.make_units(generator, size - len(units), error_rate=0)
        units += [(len(units) + i, zh, en) for i, zh, en in extra]
    make_corpus.write_tmx(str(tmx), units)
    make_corpus.write_tsv(str(tsv), units)
    return tmx, tsv


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def our_lookups(workspace_path: Path, queries: list[str], runs: int) -> dict:
    from workbench.db.workspace import open_workspace
    from workbench.tm.lookup import lookup

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with open_workspace(workspace_path) as workspace, workspace.session() as session:
        started = time.perf_counter()
        lookup(session, queries[0], "zh", "en")  # reads the trigram frequencies once
        cold = time.perf_counter() - started
        per_query: list[list[float]] = []
        best: list[float | None] = []
        for _run in range(runs):
            times, best = [], []
            for query in queries:
                started = time.perf_counter()
                found = lookup(session, query, "zh", "en")
                times.append(time.perf_counter() - started)
                best.append(found[0].score if found else None)
            per_query.append(times)
    medians = [statistics.median(t) for t in zip(*per_query, strict=True)]
    return {
        "ms_per_query_median": round(1000 * statistics.median(medians), 3),
        "ms_per_query_p95": round(1000 * _pct(medians, 0.95), 3),
        "ms_per_query_max": round(1000 * max(medians), 3),
        "ms_first_lookup_cold": round(1000 * cold, 1),
        "pass_s": [round(sum(t), 3) for t in per_query],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "rss_before_mb": round(rss_before, 1),
        "best": best,
    }


EXTRAS = [
    ("lookup", "重庆"),  # 2 characters: instr() scan
    ("lookup", "国际交流活动"),
    ("concordance", "国际交流"),  # FTS5 phrase on the source
    ("concordance", "洛阳"),  # 2 characters: instr() scan, newest first
    ("concordance", "exchange events"),  # English words: LIKE on the target
    ("concordance", "Zhuzhou"),
]


def extras(workspace_path: Path, runs: int) -> list[dict]:
    """Short lookups and concordance searches: median ms and hits."""
    from workbench.db.workspace import open_workspace
    from workbench.tm.lookup import concordance, lookup

    out = []
    with open_workspace(workspace_path) as workspace, workspace.session() as session:
        for kind, query in EXTRAS:
            times, found = [], 0
            for _run in range(max(runs, 5)):
                started = time.perf_counter()
                if kind == "lookup":
                    found = len(lookup(session, query, "zh", "en"))
                else:
                    found = len(concordance(session, query, limit=50))
                times.append(time.perf_counter() - started)
            out.append(
                {
                    "what": kind,
                    "query": query,
                    "ms_median": round(1000 * statistics.median(times), 2),
                    "hits": found,
                }
            )
    return out


def brute_force(tsv: Path, queries: Path, count: int, runs: int, truth: Path) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            str(SHARED_BENCH / "tm_fuzzy_bench.py"),
            "--tm",
            str(tsv),
            "--queries",
            str(queries),
            "--side",
            "zh",
            "--scorer",
            "ratio",
            "--impl",
            "extractone",
            "--repeat",
            str(runs),
            "--limit-queries",
            str(count),
            "--save-truth",
            str(truth),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def normalised_truth(tsv: Path, queries: list[str]) -> list[list[float]]:
    """Brute force with our normalisation (NFKC turns … into ...): the exact reference."""
    from rapidfuzz import fuzz, process

    from workbench.tm.text import normalize

    sources = [normalize(row[1]) for row in _tsv(tsv, 3)]
    out = []
    for query in queries:
        _text, score, index = process.extractOne(normalize(query), sources, scorer=fuzz.ratio)
        out.append([index, score])
    return out


def agreement(best: list[float | None], truth: list, kinds: list[str]) -> dict:
    exact = within = 0
    misses: dict[str, int] = {}
    for ours, reference, kind in zip(best, truth, kinds, strict=True):
        want = reference[1] if reference else 0.0
        got = -1.0 if ours is None else min(ours, 100.0)
        # Below the 50 % cut-off an empty answer is the right one.
        ok_exact = abs(got - want) < 1e-6 or (ours is None and want < 50)
        exact += ok_exact
        within += got >= want - 1.0 or (ours is None and want < 50)
        if not ok_exact:
            misses[kind] = misses.get(kind, 0) + 1
    return {
        "equal_best_score": round(exact / len(truth), 4),
        "within_1_point": round(within / len(truth), 4),
        "misses_by_kind": misses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, default=200_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-import", action="store_true", help="reuse the last workspace")
    args = parser.parse_args()
    queries_tsv = CORPUS / "tm_queries_1000.tsv"
    for needed in (CORPUS / "tm_units_100000.tsv", queries_tsv):
        if not needed.exists():
            print(f"missing {needed}: run `bash ../shared/bench/peers.sh corpus` first")
            return 2
    OUT.mkdir(parents=True, exist_ok=True)
    tmx, tsv = build_inputs(args.units)
    workspace = OUT / "tm_bench.db"
    results = OUT / "results.jsonl"
    summary: dict = {"units": args.units, "tmx_mb": round(tmx.stat().st_size / 2**20, 1)}
    if not args.skip_import or not workspace.exists():
        workbench = ROOT / ".venv" / "bin" / "workbench"
        ws = f"--workspace {workspace}"
        summary["import"] = hyperfine(
            f"workbench_tm_import_{args.units // 1000}k",
            f"{args.units:,}-unit zh→en TMX ({summary['tmx_mb']} MB) into an empty workspace",
            f"{workbench} {ws} tm import {tmx}",
            args.runs,
            results,
            prepare=f"rm -f {workspace} {workspace}-wal {workspace}-shm &&"
            f" {workbench} {ws} init --no-starter-terms >/dev/null",
        )
    rows = _tsv(queries_tsv, 4)[: args.queries]
    queries, kinds = [r[2] for r in rows], [r[1] for r in rows]
    ours = our_lookups(workspace, queries, args.runs)
    summary["extras"] = extras(workspace, args.runs)
    truth_path = OUT / f"truth_{args.units}.json"
    peer = brute_force(tsv, queries_tsv, args.queries, args.runs, truth_path)
    truth = json.loads(truth_path.read_text())[: len(queries)]
    best = ours.pop("best")
    summary["agreement_raw_truth"] = agreement(best, truth, kinds)
    summary["agreement"] = agreement(best, normalised_truth(tsv, queries), kinds)
    summary["ours"], summary["brute_force_extractone"] = ours, peer
    (OUT / "tm_peers.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2))
    print(f"| lookup over {args.units:,} units | median | p95 | peak RSS |")
    print("|---|---:|---:|---:|")
    print(
        f"| ours (FTS5 trigram candidates + fuzz.ratio) | {ours['ms_per_query_median']:.2f} ms"
        f" | {ours['ms_per_query_p95']:.2f} ms | {ours['peak_rss_mb']:.0f} MB |"
    )
    print(
        f"| brute force extractOne (fuzz.ratio) | {peer['ms_per_query_median']:.2f} ms"
        f" | {peer['ms_per_query_p95']:.2f} ms | {peer['peak_rss_mb']:.0f} MB |"
    )
    print(json.dumps({k: summary[k] for k in ("agreement", "agreement_raw_truth")}))
    if "import" in summary:
        imp = summary["import"]
        print(
            f"import: median {imp['median_s']:.2f} s ({imp['min_s']:.2f}–{imp['max_s']:.2f}),"
            f" peak RSS {imp['rss_max_mb']:.0f} MB"
        )
    print(f"first lookup (reads trigram frequencies): {ours['ms_first_lookup_cold']} ms")
    for row in summary["extras"]:
        print(f"{row['what']} {row['query']!r}: {row['ms_median']} ms, {row['hits']} hits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
