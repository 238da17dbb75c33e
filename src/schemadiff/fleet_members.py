"""The members of a group (``groups:`` of ``schemadiff.yaml``, :mod:`schemadiff.fleet_config`),
read when the group is used: each an ordinary target, its URL never shown."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

import psycopg

from schemadiff.config import Settings, Target, Tenant, resolve_ref
from schemadiff.errors import ConfigError, ConnectError, UrlError
from schemadiff.planner import existing_target_url
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl

_NAME = re.compile(r"^[^\s,\"']+$")  # shown in plan headers and tables: no spaces, commas or quotes
DIRECTORY_TIMEOUT_MS = 30_000


def group_members(settings: Settings, name: str) -> tuple[Target, ...]:
    """The members of group ``name``, each an ordinary target with its URL resolved now."""
    where = f"{settings.config_file.name if settings.config_file else 'config'}: groups.{name}"
    if name not in settings.groups:
        known = ", ".join(sorted(settings.groups)) or "none"
        raise ConfigError(f"unknown group {name!r} (groups in {where.split(':')[0]}: {known})")
    group = settings.groups[name]
    pairs: list[tuple[str, str, str]]  # (name, url, where it came from)
    if group.source == "targets":
        members = [settings.target(t) for t in group.spec]
        _check_names([(m.name, f"{where}.targets") for m in members], where)
        return tuple(members)
    if group.source == "schemas":
        return tenant_members(settings, group.spec, where)
    if group.source == "members":
        pairs = [
            (e["name"], resolve_ref(e["url"], settings.environ, f"{where}.members[{i}].url"), f"{where}.members[{i}]")
            for i, e in enumerate(group.spec)
        ]
    elif group.source == "members_env":
        variable = group.spec.strip()
        if variable not in settings.environ:
            raise ConfigError(f"{where}.members_env: environment variable {variable} is not set")
        pairs = _lines(settings.environ[variable], f"${variable}")
    elif group.source == "members_file":
        path = (settings.root / group.spec).resolve()
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{where}.members_file: cannot read {settings.shown(path)}: {exc}") from None
        pairs = _lines(text, settings.shown(path))
    else:
        directory = resolve_ref(group.directory or "", settings.environ, f"{where}.url")
        pairs = _directory_rows(DatabaseUrl(directory, origin=f"{where}.url"), group.spec, where)
    if not pairs:
        raise ConfigError(f"{where}: the group has no members")
    _check_names([(n, w) for n, _, w in pairs], where)
    return tuple(_member(n, u, w) for n, u, w in pairs)


def _lines(text: str, origin: str) -> list[tuple[str, str, str]]:
    """``name url`` per line; blank lines and ``#`` comments skipped."""
    pairs = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = line.split()
        if len(parts) != 2:
            # the line may hold a password: say where it is, never what it says
            raise ConfigError(f"{origin}, line {number}: expected 'name url' (two fields), found {len(parts)}")
        pairs.append((parts[0], parts[1], f"{origin}, line {number}"))
    return pairs


@contextmanager
def _read_only(url: DatabaseUrl, answered: str) -> Iterator[psycopg.Connection]:
    """A read-only transaction on ``url`` under a statement timeout; an error of the server is
    named after ``answered`` (its first line, password scrubbed)."""
    try:
        with connect(url) as conn, conn.transaction():
            conn.execute("set transaction read only")
            conn.execute("select set_config('statement_timeout', %s, true)", (str(DIRECTORY_TIMEOUT_MS),))
            yield conn
    except psycopg.Error as exc:
        message = url.scrub(str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__)
        raise ConnectError(f"{answered}: {message}") from None


def _directory_rows(directory: DatabaseUrl, query: str, where: str) -> list[tuple[str, str, str]]:
    """The members a directory database lists: the first two columns of ``query``'s rows
    (name, url), read in a read-only transaction under a statement timeout."""
    with _read_only(directory, f"{where}.query: the directory database answered") as conn:
        cursor = conn.execute(query.encode())
        if cursor.description is None or len(cursor.description) < 2:
            raise ConfigError(f"{where}.query: must return two columns, name and url")
        rows = cursor.fetchall()
    pairs = []
    for number, row in enumerate(rows, 1):
        name, url = row[0], row[1]
        if not isinstance(name, str) or not isinstance(url, str) or not name or not url:
            raise ConfigError(f"{where}.query: row {number}: name and url must be non-empty text")
        pairs.append((name, url, f"{where}.query row {number}"))
    return pairs


def _check_names(names: list[tuple[str, str]], where: str) -> None:
    seen: set[str] = set()
    for name, origin in names:
        if not _NAME.match(name):
            raise ConfigError(f"{origin}: member name {name!r} must not hold spaces, commas or quotes")
        if name in seen:
            raise ConfigError(f"{where}: member {name!r} is listed twice")
        seen.add(name)


def _member(name: str, raw_url: str, origin: str) -> Target:
    try:
        url = DatabaseUrl(raw_url, origin=f"member {name}")
    except UrlError:  # the message would quote the URL (redacted, but still the member's address)
        raise UrlError(f"{origin}: member {name}: not a valid PostgreSQL URL") from None
    return Target(name, url, url.database)


def tenant_members(settings: Settings, spec: dict[str, str], where: str) -> tuple[Target, ...]:
    """The tenant schemas of a ``schemas`` group: each a member named like its schema, on the
    group's database, planned as schema/'s template schema. The template's own name must not
    be a schema of the database (a member's catalog is read under that name)."""
    database = settings.target(spec["target"])
    template = spec["template"]
    url = database.url if database.url is not None else existing_target_url(settings, database)
    with _read_only(url, f"{where}.schemas: the database answered") as conn:
        if "like" in spec:
            cursor = conn.execute(
                "select nspname from pg_catalog.pg_namespace where nspname like %s order by 1", (spec["like"],)
            )
        else:
            cursor = conn.execute(spec["query"].encode())
            if cursor.description is None:
                raise ConfigError(f"{where}.schemas.query: must return one column, the schema names")
        names = [row[0] for row in cursor.fetchall()]
        taken = conn.execute("select 1 from pg_catalog.pg_namespace where nspname = %s", (template,)).fetchone()
    if taken:
        raise ConfigError(
            f"{where}.schemas.template: the database has a schema named {template!r}; the template's name must "
            "not be a schema there (each tenant is read under it): rename the template in schema/"
        )
    bad = [n for n in names if not isinstance(n, str) or not n]
    if bad:
        raise ConfigError(f"{where}.schemas: the schema names must be non-empty text")
    names = [n for n in names if n != template]
    if not names:
        raise ConfigError(f"{where}: the group has no members (no schema matches)")
    _check_names([(n, f"{where}.schemas") for n in names], where)
    return tuple(replace(database, name=n, tenant=Tenant(n, template)) for n in names)
