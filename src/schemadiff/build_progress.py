"""Progress of a long index build, read from ``pg_stat_progress_create_index`` while it runs.

The build's own connection is busy, so a second connection (same server, same credentials)
polls the view every few seconds and reports the phase and how far it got as ``progress``
events; an HNSW build of millions of vectors takes minutes, and a deploy log that stays silent
that long looks hung. Failing to watch never fails the build: the watcher just stops.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg

_QUERY = """select phase, blocks_done, blocks_total, tuples_done, tuples_total, partitions_done, partitions_total
            from pg_stat_progress_create_index where pid = %s"""


def describe(row: tuple[str, int, int, int, int, int, int]) -> str:
    phase, blocks_done, blocks_total, tuples_done, tuples_total, parts_done, parts_total = row
    parts = [phase]
    if not phase.startswith(("building index", "index validation")):
        pass  # waiting phases: the counters are those of an earlier phase
    elif blocks_total:
        parts.append(f"{100 * blocks_done // blocks_total}% of {blocks_total:,} blocks")
    elif tuples_total:
        parts.append(f"{100 * tuples_done // tuples_total}% of {tuples_total:,} tuples")
    if parts_total:
        parts.append(f"partition {parts_done} of {parts_total}")
    return ", ".join(parts)


@contextmanager
def watch_build(conn: psycopg.Connection, say: Callable[[str], None], every_s: float = 5.0) -> Iterator[None]:
    """While the body runs a statement on ``conn``, report its build progress with ``say``
    every ``every_s`` seconds (only when it changed)."""
    stop = threading.Event()
    pid = conn.info.backend_pid
    info = conn.info

    def poll() -> None:
        try:
            with psycopg.connect(
                info.dsn, password=info.password or None, autocommit=True, application_name="schemadiff build progress"
            ) as watcher:
                last = ""
                while not stop.wait(every_s):
                    row = watcher.execute(_QUERY, (pid,)).fetchone()
                    if row is None:
                        continue
                    text = describe(row)
                    if text != last:
                        say(text)
                        last = text
        except psycopg.Error:
            return  # watching is best effort

    thread = threading.Thread(target=poll, name="schemadiff-build-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=every_s + 5)
