"""What every member of a group is now: read concurrently, grouped by state.

Each member is read once (our catalog's fingerprint and its ``schemadiff.history``), on a
bounded pool of connections. Members in the same state share everything a plan depends on,
so the fleet commands plan, explain or check one state once, whatever the number of members
in it. A member that cannot be read is *unreachable*: its reason is kept (the driver's
message, password scrubbed), never its URL.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

import psycopg

from schemadiff import history
from schemadiff.apply_model import PlanFile
from schemadiff.catalog import SchemaFilter, inspect_catalog
from schemadiff.config import Target
from schemadiff.errors import ApplyInterrupted, SchemadiffError
from schemadiff.fingerprint import fingerprint_for
from schemadiff.servers import connect
from schemadiff.tenants import member_history
from schemadiff.urls import DatabaseUrl

R = TypeVar("R")

Progress = Callable[[int, int, int, object], None]  # (members done, in all, failures so far, the last result)


@dataclass(frozen=True)
class MemberState:
    """One member as read: its fingerprint and history, or why it could not be read."""

    target: Target
    fingerprint: str | None = None
    history: dict[str, history.HistoryRow] = field(default_factory=dict)
    error: str | None = None

    @property
    def name(self) -> str:
        return self.target.name

    @property
    def reachable(self) -> bool:
        return self.error is None

    def completed(self) -> set[str]:
        """The plans this member has had (applied, or found already in its *to* state)."""
        return {p for p, row in self.history.items() if row.status in (history.APPLIED, history.RECORDED)}

    def last_applied_to(self) -> str | None:
        rows = [r for r in self.history.values() if r.status in (history.APPLIED, history.RECORDED)]
        if not rows:
            return None
        return max(rows, key=lambda r: (r.finished_at or r.started_at, r.plan_id)).to_fingerprint


def failure_text(exc: BaseException, url: DatabaseUrl | None) -> str:
    """A member's failure in one line, without its password (and without its URL, which
    :class:`~schemadiff.errors.ConnectError` would name)."""
    text = exc.message if isinstance(exc, SchemadiffError) else str(exc).strip() or type(exc).__name__
    if url is not None:
        text = url.scrub(text)
        for shown in {url.redacted(), url.redacted().replace("postgresql://", "postgresql+psycopg://", 1)}:
            text = text.replace(f" ({shown})", "")
    return text.replace("\n", " ")


def run_pool(
    members: Sequence[Target],
    work: Callable[[Target], R],
    jobs: int,
    progress: Progress | None,
    failed: Callable[[R], bool],
) -> list[R]:
    """``work`` for every member on at most ``jobs`` threads; results in the members' order."""
    done, failures, lock = 0, 0, threading.Lock()

    def one(member: Target) -> R:
        nonlocal done, failures
        result = work(member)
        with lock:
            done += 1
            failures += failed(result)
            if progress is not None:
                progress(done, len(members), failures, result)
        return result

    pool = ThreadPoolExecutor(max_workers=max(1, min(jobs, len(members))))
    futures: list[Future[R]] = []
    try:
        futures += (pool.submit(one, m) for m in members)
        results = [f.result() for f in futures]
    except KeyboardInterrupt:  # members not started never start; those running finish (each atomic)
        pool.shutdown(wait=True, cancel_futures=True)
        finished = sum(f.done() and not f.cancelled() for f in futures)
        raise ApplyInterrupted(
            f"interrupted (Ctrl-C): {finished} of {len(members)} members finished (those running when it came "
            "were let finish), the others were not started; run the command again to finish them"
        ) from None
    pool.shutdown(wait=True)
    return results


def read_member(member: Target, url: DatabaseUrl, schemas: SchemaFilter) -> MemberState:
    """One member's fingerprint and history, on one connection (errors are the caller's); a
    tenant schema's as the template's, with its own history rows."""
    with connect(url) as conn:
        found = fingerprint_for(inspect_catalog(conn, schemas), schemas)
        return MemberState(member, found, member_history(history.read_history(conn), member.tenant))


def read_members(
    members: Sequence[Target],
    url_of: Callable[[Target], DatabaseUrl],
    schemas_of: Callable[[Target], SchemaFilter],
    jobs: int,
    progress: Progress | None = None,
) -> list[MemberState]:
    """Every member's fingerprint and history, read concurrently."""

    def read(member: Target) -> MemberState:
        url = None
        try:
            url = url_of(member)
            return read_member(member, url, schemas_of(member))
        except (SchemadiffError, psycopg.Error, OSError) as exc:
            return MemberState(member, error=failure_text(exc, url))

    return run_pool(members, read, jobs, progress, failed=lambda s: not s.reachable)


def by_state(states: Iterable[MemberState]) -> dict[str, list[MemberState]]:
    """Reachable members by fingerprint, the largest state first (then by fingerprint)."""
    groups: dict[str, list[MemberState]] = {}
    for state in states:
        if state.fingerprint is not None:
            groups.setdefault(state.fingerprint, []).append(state)
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def waiting_plans(plans: Sequence[PlanFile], member: MemberState) -> list[PlanFile]:
    """The plans (in file order) this member has not completed, minus those whose effect it
    already has (up to the last whose *to* is its state), as ``plan`` counts pending plans."""
    completed = member.completed()
    waiting = [p for p in plans if p.plan.plan_id not in completed]
    reached = [i for i, p in enumerate(waiting) if p.plan.to_fingerprint == member.fingerprint]
    return waiting[reached[-1] + 1 :] if reached else waiting


def chain_for(plans: Sequence[PlanFile], member: MemberState) -> list[PlanFile]:
    """The plans that take this member from its state onward: of its waiting plans, each
    whose *from* is the state the earlier ones leave it in. Plans made for members in other
    states are not its own and are passed over."""
    state, chain = member.fingerprint, []
    for pf in waiting_plans(plans, member):
        if pf.plan.from_fingerprint == state:
            chain.append(pf)
            state = pf.plan.to_fingerprint
    return chain


def elapsed_since(started: float) -> float:
    return round(time.perf_counter() - started, 3)
