"""Import benchmarks: a long DOCX and a large bilingual text file into a new workspace.

In-process (``import-docx``, ``import-bilingual``): ``workbench.documents.import_into_workspace``
— parse + segment/align + store in one transaction — on a workspace created in ``setup``
(untimed; its time is kept as ``setup_s``). End-to-end (``*-cli``): the ``workbench import``
command on a fresh workspace, interpreter start-up and workspace creation included.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from bench.generators.bilingual_gen import generate_bilingual
from bench.generators.docx_gen import generate_docx
from bench.registry import Benchmark, Command, Dataset, Hook, RunContext, register
from bench.runner import corpus_dir

AUTHOR = "bench"

DOCX = Dataset(
    name="docx-zh",
    description="Chinese DOCX: Title, a heading every ~20 paragraphs, 1–4 sentence body "
    "paragraphs in bold/plain runs, captions, one 11×4 table",
    suffix=".docx",
    sizes={"small": 200, "1k": 1_000, "10k": 10_000, "30k": 30_000},
    default_size="10k",
    size_unit="paragraphs",
    summary=("sentences",),
    generate=lambda out, size, seed: generate_docx(out, size, seed, corpus_dir()),
    version=1,
    uses_corpus=True,
)

BILINGUAL = Dataset(
    name="bilingual-en-zh",
    description="alternating English/Chinese paragraph lines with a title pair, "
    "1–5 aligned sentences per pair (some 2-1 and 1-0 beads)",
    suffix=".txt",
    sizes={"small": 50_000, "1mb": 1_000_000, "5mb": 5_000_000, "20mb": 20_000_000},
    default_size="5mb",
    size_unit="bytes",
    summary=("pairs", "sentences"),
    generate=lambda out, size, seed: generate_bilingual(out, size, seed, corpus_dir()),
    version=1,
    uses_corpus=True,
)


# --------------------------------------------------------------------------- in-process


def _open(ctx: RunContext) -> tuple[Any, Path]:
    """Create the workspace and warm the process: the timed run then measures the import's
    own work, as in a GUI session that has imported before. One-time costs (module imports,
    SRX rules parsed and compiled per language) land in ``setup_s``; the ``*-cli``
    benchmarks show the cold total."""
    import workbench.documents.store
    import workbench.importers.bilingual
    import workbench.importers.word  # noqa: F401  (imports python-docx)
    from workbench.db.workspace import open_workspace
    from workbench.segmentation import split_spans

    for lang in ("zh", "en"):
        split_spans("预热。Warm up.", lang)
    return open_workspace(ctx.scratch / "workspace.db"), ctx.input


def _importer(fmt: str) -> Any:
    def run(state: tuple[Any, Path]) -> Any:
        from workbench.documents import import_into_workspace

        workspace, path = state
        return import_into_workspace(workspace, path, author=AUTHOR, fmt=fmt)

    return run


def _facts(state: tuple[Any, Path], result: Any) -> dict[str, Any]:
    import sqlalchemy as sa

    from workbench.models import Segment

    workspace, _ = state
    document_id, draft = result
    with workspace.session() as session:
        segments = session.scalar(
            sa.select(sa.func.count())
            .select_from(Segment)
            .where(Segment.document_id == document_id)
        )
    workspace.close()  # checkpoints the WAL, so the file size below is the real one
    size = (workspace.path.stat().st_size / 1e6) if workspace.path else 0.0
    return {
        "blocks": len(draft.blocks),
        "segments": int(segments or 0),
        "workspace_MB": round(size, 1),
    }


# Phase hooks: functions looked up at call time, so wrapping them times each stage without
# touching the core. Dotted phases are nested in their parent; "store" is the rest (bulk
# INSERTs of blocks, segments and revisions + COMMIT).
_PARSE = Hook("workbench.documents:import_file", "parse", memory=True)

register(
    Benchmark(
        name="import-docx",
        description="DOCX -> new workspace via import_into_workspace (parse, segment, store)",
        dataset=DOCX,
        throughput="paragraphs",
        setup=_open,
        run=_importer("docx"),
        after=_facts,
        hooks=(
            _PARSE,
            Hook("workbench.importers.word:_open_checked", "parse.zipcheck"),
            Hook("workbench.importers.word:_open_with_python_docx", "parse.python-docx"),
            Hook("workbench.importers.word:_Story.read_blocks", "parse.walk"),
            Hook("workbench.documents.store:segment_block", "segment"),
        ),
        rest_phase="store",
    )
)

register(
    Benchmark(
        name="import-bilingual",
        description="bilingual text -> new workspace via import_into_workspace "
        "(decode, pair, segment + align, store)",
        dataset=BILINGUAL,
        throughput="bytes",
        setup=_open,
        run=_importer("bilingual"),
        after=_facts,
        hooks=(
            _PARSE,
            Hook("workbench.importers.bilingual:read_text_file", "parse.decode"),
            Hook("workbench.importers.bilingual:_content_lines", "parse.lines"),
            Hook("workbench.importers.bilingual:_sentence_cuts", "parse.segment"),
            Hook("workbench.importers.bilingual:align_sentences", "parse.align"),
        ),
        rest_phase="store",
    )
)


# --------------------------------------------------------------------------- end-to-end


def _workbench_argv() -> list[str]:
    # The console script beside this interpreter (the venv's), else ``python -m workbench``.
    script = Path(sys.executable).with_name("workbench")
    return [str(script)] if script.exists() else [sys.executable, "-m", "workbench"]


def _cli(*extra: str) -> Any:
    def command(ctx: RunContext) -> Command:
        argv = [
            *_workbench_argv(),
            "--workspace",
            str(ctx.scratch / "workspace.db"),
            "import",
            str(ctx.input),
            *extra,
        ]
        # Keep the user's preferences and data folder out of it.
        env = {
            "WORKBENCH_AUTHOR": AUTHOR,
            "WORKBENCH_CONFIG_DIR": str(ctx.scratch / "config"),
            "WORKBENCH_DATA_DIR": str(ctx.scratch / "data"),
        }
        return Command(argv, env)

    return command


register(
    Benchmark(
        name="import-docx-cli",
        description="`workbench --workspace NEW import FILE.docx` end to end (start-up included)",
        dataset=DOCX,
        throughput="paragraphs",
        command=_cli(),
    )
)

register(
    Benchmark(
        name="import-bilingual-cli",
        description="`workbench --workspace NEW import FILE.txt --format bilingual` end to end",
        dataset=BILINGUAL,
        throughput="bytes",
        command=_cli("--format", "bilingual"),
    )
)
