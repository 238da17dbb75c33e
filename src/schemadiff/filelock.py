"""An exclusive lock between processes: ``flock`` on a file that stays in place.

Used around what two schemadiff commands must not do at the same time in one state folder:
initialising and starting the embedded cluster, creating a target database with its prelude.
The kernel releases the lock when its holder exits, also when it is killed, so a crashed
command never leaves it held.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from schemadiff.errors import ServerError


@contextmanager
def hold_lock(path: Path, *, purpose: str, timeout: float = 300.0) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if missing), waiting at most ``timeout`` seconds.

    Not re-entrant: a process that holds it and asks again waits for itself (then times out)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise ServerError(
                        f"waited {timeout:.0f}s for another schemadiff command to release {path} (held while "
                        f"{purpose}); let it finish, or stop it, and try again"
                    ) from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
