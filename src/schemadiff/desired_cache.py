"""The desired-state cache: `plan` and `drift` skip the shadow load when nothing it depends on
has changed since the last load on this machine.

Loading schema/ into a shadow database and inspecting it is most of a plan's time. Its result,
the desired :class:`~schemadiff.snapshot.Snapshot`, depends only on:

- the bytes of the prelude, schema/ and schema/data/ files (``SchemaSource.digest``);
- the dev server it was loaded on (its address without password, its full ``version()``,
  the extensions it offers and their versions);
- the settings that shape the load and the inspection (the schema filter, trusted shadow);
- this program (a digest of the package's own files, so a checkout that changes a query or a
  family is a new key even at the same version number) and the libraries whose objects the
  snapshot holds (schemainspect's, psycopg's).

The key is a sha256 over all of them; the entry, the snapshot pickled, lives under
``<state_dir>/cache/`` (a folder only the user can read, files written whole or not at all).
The snapshot's catalog and its details are two pickles one after the other: the details
(schemainspect's objects among them) are unpickled only if the catalogs differ. A snapshot
read without details (a plan that found nothing to do) is stored without them; a plan that
needs them loads the shadow again and stores them.
The target's catalog is never cached. A cache entry is read with :mod:`pickle`: it is trusted
as much as the state folder itself, which also holds the embedded cluster's data; an entry
that cannot be read is ignored and replaced.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import BinaryIO

from schemadiff.atomic_files import replace_atomically
from schemadiff.catalog import SchemaFilter
from schemadiff.fingerprint import fingerprint
from schemadiff.servers import connect
from schemadiff.snapshot import PickledDetails, Snapshot
from schemadiff.source import SchemaSource
from schemadiff.urls import DatabaseUrl

FORMAT = b"schemadiff desired-state cache 3\n"  # 3: the head says whether the details hold the inspector
_DIGEST_SIZE = 32  # the sha256 after the details' pickle
KEPT = 4  # entries kept (a few branches' schema/ side by side)
_LIBRARIES = ("schemainspect", "migra", "psycopg", "SQLAlchemy")
# the server's build and the extensions it offers (an upgraded pgvector changes the desired state)
_SERVER_FACTS = """
select pg_catalog.version(),
       (select pg_catalog.string_agg(name || ' ' || coalesce(default_version, ''), ', ' order by name)
        from pg_catalog.pg_available_extensions)
"""


@dataclass(frozen=True)
class DesiredCache:
    directory: Path

    def key(self, source: SchemaSource, schemas: SchemaFilter, server: DatabaseUrl, *, trusted: bool) -> str:
        """The entry's key: every input of the desired snapshot (see the module's docstring)."""
        with connect(server) as conn:
            row = conn.execute(_SERVER_FACTS).fetchone()
        parts = [
            FORMAT.decode(),
            source.digest(),
            server.redacted(),
            *(str(value) for value in row or ()),
            repr(schemas),
            f"trusted={trusted}",
            _program_digest(),
            *(f"{name}={_version(name)}" for name in _LIBRARIES),
        ]
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def load(self, key: str) -> Snapshot | None:
        """The snapshot stored under ``key``, or None (absent, or unreadable: ignored)."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        if not data.startswith(FORMAT):
            return None
        entry = io.BytesIO(data)
        entry.seek(len(FORMAT))
        try:
            stored_key, snapshot, with_details, with_inspector = pickle.load(entry)
        except Exception:  # an entry from another version of a library, truncated, ...: a miss
            return None
        if stored_key != key or not isinstance(snapshot, Snapshot):
            return None
        if with_details:  # checked now (against the trailing digest), unpickled later if at all
            details, digest = data[entry.tell() : -_DIGEST_SIZE], data[-_DIGEST_SIZE:]
            if hashlib.sha256(details).digest() != digest:
                return None
            snapshot = replace(snapshot, stored_details=PickledDetails(details, bool(with_inspector)))
        try:
            path.touch()  # used now: the newest are kept
        except OSError:
            pass
        return snapshot

    def store(self, key: str, snapshot: Snapshot) -> None:
        """Keep ``snapshot`` under ``key`` (written whole or not at all); older entries beyond
        the newest :data:`KEPT` are removed. A cache that cannot be written is no error. The
        entry keeps the catalog's fingerprint (:meth:`Catalog.derived`): a plan the catalogs
        settle takes its *from* and *to* from it."""
        fingerprint(snapshot.catalog)
        try:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            self.directory.chmod(0o700)  # (mkdir's mode is masked by the umask)

            def write(out: BinaryIO) -> None:  # streamed: the pickle is never whole in memory
                out.write(FORMAT)
                head = (key, replace(snapshot, stored_details=None), snapshot.has_details, snapshot.has_inspector)
                pickle.dump(head, out, protocol=pickle.HIGHEST_PROTOCOL)
                if snapshot.has_details:
                    digest = _Digesting(out)
                    pickle.dump(snapshot.details, digest, protocol=pickle.HIGHEST_PROTOCOL)
                    out.write(digest.sha256.digest())

            replace_atomically(self._path(key), write)
            entries = sorted(self.directory.glob("desired-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
            for old in entries[KEPT:]:
                old.unlink(missing_ok=True)
        except (OSError, pickle.PicklingError, TypeError, AttributeError):  # (an object that cannot be pickled)
            return

    def _path(self, key: str) -> Path:
        return self.directory / f"desired-{key}.pickle"


class _Digesting:
    """A writer that passes bytes on to ``out`` and digests them on the way."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.sha256 = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        return self.out.write(data)


def desired_cache(state_dir: Path, enabled: bool) -> DesiredCache | None:
    return DesiredCache(state_dir / "cache") if enabled else None


def _program_digest() -> str:
    """sha256 over this package's own files (code and queries)."""
    package = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".sql") and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(package)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "-"
