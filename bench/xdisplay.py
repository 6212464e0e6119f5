"""A private Xvfb server for the GUI benchmarks' real-display (xcb) variants.

``start_xvfb()`` starts ``Xvfb -displayfd`` (it picks a free display number and writes it
once it accepts clients), so nothing is polled and concurrent runs never collide. The
server is deliberately never ``wait()``ed for: a reaped child's peak RSS would be folded
into this process's ``ru_maxrss`` (``RUSAGE_BOTH`` in ``wait4``), and the runner reads that
as the benchmark's peak RSS. ``stop()`` sends SIGTERM; an ``atexit`` hook does the same if
a run fails half-way.
"""

from __future__ import annotations

import atexit
import os
import select
import shutil
import signal
import subprocess
from dataclasses import dataclass

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
        try:
            os.kill(self.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass


def start_xvfb(screen: str = SCREEN, timeout: float = 20.0) -> XServer:
    binary = shutil.which("Xvfb")
    if binary is None:
        raise RuntimeError("Xvfb is not installed (Debian: apt-get install xvfb)")
    read_end, write_end = os.pipe()
    try:
        proc = subprocess.Popen(
            [binary, "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    finally:
        os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], timeout)
        number = os.read(read_end, 64).decode().strip() if ready else ""
    finally:
        os.close(read_end)
    server = XServer(proc, f":{number}")
    atexit.register(server.stop)
    if not number.isdigit():
        server.stop()
        raise RuntimeError(f"Xvfb did not report a display within {timeout:.0f} s")
    return server
