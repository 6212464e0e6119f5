"""What the peer benchmarks (``qa_peers``, ``publish_peers``, ``tm_peers``) share: where the
shared bench and its generated corpus live, and timing a command with the shared ``hf.py``
(hyperfine for time, GNU time for peak RSS), so ours and the peer tool are measured alike."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = ROOT.parent / "shared" / "bench"
PEERS = Path(os.environ.get("PEERS_WORK", Path(tempfile.gettempdir()) / "peers"))
CORPUS = Path(os.environ.get("CORPUS", PEERS / "corpus"))


def hyperfine(
    name: str,
    label: str,
    command: str,
    runs: int,
    results: Path,
    *,
    prepare: str | None = None,
) -> dict:
    """Time ``command`` ``runs`` times with ``hf.py`` (one warm-up run, or ``prepare``
    before each run instead) and return the row it appended to ``results``."""
    setup = ["--prepare", prepare] if prepare is not None else ["--warmup", "1"]
    subprocess.run(
        [
            sys.executable,
            str(SHARED_BENCH / "hf.py"),
            "--name",
            name,
            "--input",
            label,
            "--runs",
            str(runs),
            *setup,
            "--results",
            str(results),
            "--",
            command,
        ],
        check=True,
    )
    rows = [json.loads(line) for line in results.read_text().splitlines() if line.strip()]
    return next(row for row in reversed(rows) if row["name"] == name)
