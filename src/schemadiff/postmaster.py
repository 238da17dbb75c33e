"""Is the embedded cluster running? What its ``postmaster.pid`` says, checked against the process it names.

A ``postmaster.pid`` outlives its server after a crash or a reboot, and the PID in it may by then
belong to another process. A live PID alone therefore proves nothing: the process must be a
``postgres`` whose working directory (the postmaster changes into its data directory) or ``-D``
argument is this data directory, or, where ``/proc`` cannot tell, the server socket the file names
must answer. A file naming a live process that is not this cluster's postgres is stale, and may be
removed (PostgreSQL removes its own stale lock files when their PID is gone, but refuses to start
while the PID is alive).
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

State = Literal["absent", "running", "dead", "stale", "unknown"]
PID_FILE = "postmaster.pid"


@dataclass(frozen=True)
class Postmaster:
    """``absent``: no pid file; ``running``: this cluster's postgres; ``dead``: the PID is gone
    (PostgreSQL cleans up by itself); ``stale``: the PID is another process; ``unknown``: the PID
    is alive, cannot be identified and does not answer. ``problem`` says what is wrong."""

    state: State
    pid: int | None = None
    socket_dir: Path | None = None
    port: int | None = None
    problem: str | None = None

    @property
    def socket_path(self) -> Path | None:
        if self.socket_dir is None or self.port is None:
            return None
        return self.socket_dir / f".s.PGSQL.{self.port}"


def inspect_postmaster(data_dir: Path) -> Postmaster:
    """What ``<data_dir>/postmaster.pid`` says, checked against the process it names."""
    path = data_dir / PID_FILE
    try:
        lines = path.read_text(errors="replace").splitlines()
    except FileNotFoundError:
        return Postmaster("absent")
    try:
        pid = abs(int(lines[0]))  # negative: a single-user backend (initdb's, for one)
        if pid == 0:
            raise ValueError
    except (IndexError, ValueError):
        return Postmaster("unknown", problem=f"{path} does not start with a process id")
    port = int(lines[3]) if len(lines) > 3 and lines[3].strip().isdigit() else None
    socket_dir = Path(lines[4].strip()) if len(lines) > 4 and lines[4].strip() else None
    found = Postmaster("running", pid, socket_dir, port)
    if not _alive(pid):
        return Postmaster("dead", pid, socket_dir, port)
    ours = _is_postgres_of(pid, data_dir.resolve())
    if ours is None:
        ours = _answers(found.socket_path)
        if not ours:
            return Postmaster(
                "unknown",
                pid,
                socket_dir,
                port,
                problem=(
                    f"{path} names PID {pid}, which is alive but cannot be identified, and no server answers on "
                    f"{found.socket_path or 'its socket'}"
                ),
            )
    if not ours:
        return Postmaster(
            "stale",
            pid,
            socket_dir,
            port,
            problem=(f"{path} is stale: PID {pid} is now {_describe(pid)}, not this cluster's PostgreSQL"),
        )
    return found


def remove_stale(data_dir: Path, found: Postmaster) -> bool:
    """Remove a stale pid file (and the socket lock file naming the same PID), if it is still the
    same stale file; the caller holds the cluster lock. Return whether anything was removed."""
    again = inspect_postmaster(data_dir)
    if again.state != "stale" or again.pid != found.pid:
        return False
    if again.socket_path is not None:
        lock = again.socket_path.with_name(again.socket_path.name + ".lock")
        if _first_line(lock) == str(again.pid):
            lock.unlink(missing_ok=True)
    (data_dir / PID_FILE).unlink(missing_ok=True)
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _is_postgres_of(pid: int, data_dir: Path) -> bool | None:
    """True/False when /proc tells whether ``pid`` is a postgres of ``data_dir``; None when it cannot."""
    proc = Path("/proc") / str(pid)
    if not Path("/proc/self").exists():
        return None
    try:
        name = (proc / "comm").read_text().strip()
    except FileNotFoundError:
        return False  # exited meanwhile
    except OSError:
        return None
    if name != "postgres":
        return False
    try:
        return Path(os.readlink(proc / "cwd")) == data_dir  # the postmaster works in its data directory
    except FileNotFoundError:
        return False
    except OSError:
        pass  # another user's process: its command line is still readable
    args = _cmdline(pid)
    if "-D" in args[:-1]:
        return Path(args[args.index("-D") + 1]).resolve() == data_dir
    return None


def _cmdline(pid: int) -> list[str]:
    try:
        raw = (Path("/proc") / str(pid) / "cmdline").read_bytes()
    except OSError:
        return []
    return [part.decode(errors="replace") for part in raw.split(b"\0") if part]


def _describe(pid: int) -> str:
    """The process behind ``pid`` in a few words, for messages."""
    try:
        name = (Path("/proc") / str(pid) / "comm").read_text().strip()
    except OSError:
        return "another process"
    if name != "postgres":
        return f"`{name}`"
    try:
        where = os.readlink(Path("/proc") / str(pid) / "cwd")
    except OSError:
        return "a postgres of another data directory"
    return f"a postgres of another data directory ({where})"


def _answers(socket_path: Path | None) -> bool:
    if socket_path is None:
        return False
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(2)
        try:
            sock.connect(str(socket_path))
        except OSError:
            return False
    return True


def _first_line(path: Path) -> str | None:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return None
    return lines[0].strip() if lines else None
