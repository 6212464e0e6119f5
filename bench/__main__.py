"""``python -m bench list | run NAME… | all | generate NAME… | info``.

Examples::

    python -m bench list
    python -m bench run import-docx --size small          # smoke check, a few seconds
    python -m bench run import-docx import-bilingual --repeat 3 --profile
    python -m bench all --repeat 3                        # every benchmark, default sizes
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from bench import machine, runner
from bench.registry import BenchError, Benchmark, get, load_all


def _list() -> int:
    benchmarks = load_all()
    for name in sorted(benchmarks):
        bench = benchmarks[name]
        dataset = bench.dataset
        sizes = ", ".join(
            f"{label}={value:,}" + ("*" if label == dataset.default_size else "")
            for label, value in dataset.sizes.items()
        )
        kind = "command" if bench.command else "python"
        print(f"{name}  [{kind}]  {bench.description}")
        print(f"    data: {dataset.name} — {dataset.description}")
        print(f"    sizes ({dataset.size_unit or 'size'}; * default, or any number): {sizes}")
    return 0


def _run(benches: Sequence[Benchmark], args: argparse.Namespace) -> int:
    for bench in benches:  # a bad --size fails before anything runs
        bench.dataset.resolve_size(args.size)
    print(machine.describe(), file=sys.stderr)
    print(runner.TABLE_HEADER, flush=True)
    for bench in benches:
        row = runner.run_benchmark(
            bench,
            size=args.size,
            repeat=args.repeat,
            seed=args.seed,
            profile=args.profile,
            keep=args.keep,
            record=args.results,
        )
        print(runner.table_row(row), flush=True)
    target = args.results or runner.results_path()
    print(f"results appended to {target}", file=sys.stderr)
    return 0


def _generate(benches: Sequence[Benchmark], args: argparse.Namespace) -> int:
    for bench in benches:
        _, value = bench.dataset.resolve_size(args.size)
        path, meta = runner.ensure_input(bench.dataset, value, args.seed)
        print(f"{path}  {meta['counts']}  sha256 {meta['sha256'][:16]}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="list the registered benchmarks and their sizes")
    sub.add_parser("info", help="describe this machine as results record it")

    def options(p: argparse.ArgumentParser, *, timing: bool) -> None:
        p.add_argument("--size", help="named size (see list) or a number; default per dataset")
        p.add_argument("--seed", type=int, default=1, help="generator seed (default 1)")
        if timing:
            p.add_argument("--repeat", type=int, default=3, help="runs per benchmark (default 3)")
            p.add_argument(
                "--profile", action="store_true", help="one extra cProfile'd run (not timed)"
            )
            p.add_argument("--keep", action="store_true", help="keep each run's scratch folder")
            p.add_argument("--results", type=Path, help="JSON-lines file to append to")

    run = sub.add_parser("run", help="run the named benchmarks")
    run.add_argument("names", nargs="+", metavar="NAME")
    options(run, timing=True)
    every = sub.add_parser("all", help="run every registered benchmark")
    options(every, timing=True)
    generate = sub.add_parser("generate", help="only generate (and cache) the inputs")
    generate.add_argument("names", nargs="+", metavar="NAME")
    options(generate, timing=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "list":
        return _list()
    if args.command == "info":
        print(machine.describe())
        return 0
    if getattr(args, "repeat", 1) < 1:
        print("--repeat must be at least 1", file=sys.stderr)
        return 2
    try:
        if args.command == "all":
            registry = load_all()
            benches = [registry[name] for name in sorted(registry)]
        else:
            benches = [get(name) for name in args.names]
        if args.command == "generate":
            return _generate(benches, args)
        return _run(benches, args)
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 2
    except RuntimeError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
