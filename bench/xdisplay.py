"""A private Xvfb server for the GUI benchmarks' real-display (xcb) variants.

``start_xvfb()`` starts ``Xvfb -displayfd`` (it picks a free display number and writes it
once it accepts clients), so nothing is polled and concurrent runs never collide. The
server is deliberately never reaped: a reaped child's peak RSS would be folded into this
process's ``ru_maxrss`` (``RUSAGE_BOTH`` in ``wait4``), and the runner reads that as the
benchmark's peak RSS. ``stop()`` sends SIGTERM and waits for the exit without reaping; an
``atexit`` hook does the same if a run fails half-way.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import select
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

SCREEN = "1600x1000x24"  # the same screen the OmegaT GUI peer runs on (peers.sh)


def available() -> bool:
    return shutil.which("Xvfb") is not None


@dataclass
class XServer:
    process: subprocess.Popen[bytes]  # kept referenced: a collected Popen may get reaped
    display: str

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        """SIGTERM, then wait until the server has exited — it removes its socket and lock
        file on the way out, which must not happen after the next run's server has taken
        the same display number — but leave it unreaped (``WNOWAIT``), see above."""
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGTERM)
        with contextlib.suppress(ChildProcessError):
            os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOWAIT)


def start_xvfb(screen: str = SCREEN, timeout: float = 20.0, log: Path | None = None) -> XServer:
    binary = shutil.which("Xvfb")
    if binary is None:
        raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb)")
    read_end, write_end = os.pipe()
    err = log.open("ab") if log else None
    try:
        proc = subprocess.Popen(
            [binary, "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=err or subprocess.DEVNULL,
            start_new_session=True,
        )
    finally:
        os.close(write_end)
        if err:
            err.close()
    # Read up to the newline: Xvfb may write the number and the newline separately, and a
    # write to a closed pipe is fatal to it ("Cannot write display number to fd").
    data = b""
    deadline = time.monotonic() + timeout
    try:
        while not data.endswith(b"\n"):
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([read_end], [], [], left)[0]:
                break
            chunk = os.read(read_end, 64)
            if not chunk:
                break
            data += chunk
    finally:
        os.close(read_end)
    number = data.decode().strip()
    server = XServer(proc, f":{number}")
    atexit.register(server.stop)
    if not number.isdigit():
        server.stop()
        raise RuntimeError(f"Xvfb did not report a display within {timeout:.0f} s")
    return server
