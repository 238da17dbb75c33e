"""The sandbox schema/ is loaded in: a scratch database owned by a throwaway login role.

schema/ is pull-request content, and ``plan``/``check`` load it on the dev server (by
default the same embedded cluster as the ``local`` target). So it is not loaded as the
privileged role the tool connects with, but as a **sandbox role** made for the run:
``LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS``, a random name and a
random password (set as a SCRAM verifier computed here, so the password itself is never
sent in a statement), connected to with that password. It owns the scratch database (and
so, on PostgreSQL 15+, its ``public`` schema) and nothing else. ``SET ROLE`` would not do:
the loaded SQL could ``RESET ROLE``.

The privileged connection prepares the database *before* the first schema/ statement runs,
and never runs anything in it afterwards (user code could run as a superuser through
triggers, casts or domain checks):

1. the prelude (platform code, reviewed like CI config: it creates cluster-global roles);
2. the extensions of schema/ that are not trusted (pgvector), ``if not exists``, in the
   schema the statement names (:mod:`schemadiff.sandbox_extensions`; extensions that reach
   outside the database are refused with file and line);
3. what the prelude made in the scratch database (schemas, tables, views, sequences,
   routines, types; not extension members) is given to the sandbox role, so schema/ can use
   it (``auth.uid()``) and the managed rows of prelude tables (``storage.buckets``) can be
   loaded and read; only this scratch database is concerned; the foreign data wrappers the
   prelude made (``create extension postgres_fdw``, the only refused extensions a prelude may
   bring) lose their handler and the sandbox gets USAGE on them, so schema/ can declare
   servers, user mappings and foreign tables but never read through them (docs/foreign-data.md);
4. membership (INHERIT, and no SET on PostgreSQL 16+) in the roles of
   ``privileges.default_privileges_for``, so ``ALTER DEFAULT PRIVILEGES FOR ROLE`` works,
   unless such a role could lead outside the database (superuser, CREATEROLE, CREATEDB,
   REPLICATION, or a member of a predefined ``pg_*`` role, directly or not);
5. membership WITH SET in the roles of ``owners.roles``, so ``ALTER … OWNER TO`` works,
   only for roles that cannot log in either (:mod:`schemadiff.sandbox_owners`).

Then schema/, the managed rows, the inspection and the rename-back all run as the sandbox
role: its ``ALTER DEFAULT PRIVILEGES`` without ``FOR ROLE`` are "the inspecting role's".
Afterwards the database is dropped, then the role (also on error).

``shadow: {trusted: true}`` in schemadiff.yaml loads schema/ as the privileged role, as
before (event triggers, C functions, untrusted languages); the commands then print
:data:`TRUSTED_WARNING`.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import sql

from schemadiff.declared_once import load_schema_files
from schemadiff.errors import ConnectError, SchemaSourceError, ServerError
from schemadiff.quoting import sql_code
from schemadiff.sandbox_extensions import (
    REFUSED_EXTENSIONS,
    ExtensionRequest,
    extension_requests,
    refuse_outside_reaching,
)
from schemadiff.sandbox_owners import grant_owner_memberships, owner_hint
from schemadiff.scratch_space import names_tablespaces
from schemadiff.servers import connect, scratch_database, server_version_num
from schemadiff.source import SourceFile, load_files
from schemadiff.urls import DatabaseUrl, redact

SANDBOX_PREFIX = "schemadiff_sandbox_"
TRUSTED_WARNING = (
    "shadow.trusted is set: schema/ is loaded with the privileges of the role schemadiff connects with, "
    "not in a sandbox (README: Trust model)"
)
_log = logging.getLogger(__name__)

_HINT = (
    "schema/ is loaded (and generated/ replayed) by a role without superuser rights that owns only its scratch database "
    "(README: Trust model): it cannot create roles, change server settings, run programs or touch other "
    "databases. Roles belong in the prelude; a schema that really needs a superuser (event triggers, "
    "C functions, untrusted languages, publications FOR ALL TABLES or FOR TABLES IN SCHEMA) can set "
    "`shadow: {trusted: true}` in schemadiff.yaml"
)


@dataclass(frozen=True)
class Shadow:
    """A prepared scratch database: ``url`` is how schema/ is loaded and inspected (the
    sandbox role; the privileged role when trusted)."""

    url: DatabaseUrl
    role: str | None  # the sandbox role, None when trusted
    extensions: tuple[ExtensionRequest, ...] = ()  # created by the privileged connection
    created_schemas: tuple[str, ...] = ()  # made (owned by the sandbox) to hold such an extension
    not_member_of: dict[str, str] = field(default_factory=dict)  # default_privileges_for role -> why not
    not_owner_of: dict[str, str] = field(default_factory=dict)  # owners.roles role -> why the sandbox cannot SET it

    def explain(self, exc: psycopg.Error) -> str | None:
        """A hint for a load error the sandbox (or the RAM disk) causes."""
        message = exc.diag.message_primary or ""
        state = exc.sqlstate or ""
        if state == "53100":  # disk_full
            return (
                "the disk the shadow database is on is full; when that is the RAM disk (README: Shadows load in "
                "memory), free space in /dev/shm or set `shadow: {in_memory: false}`"
            )
        if self.role is None:
            return None
        if state == "42710" and message.startswith("extension "):  # duplicate_object
            name = message.split('"')[1] if '"' in message else ""
            if any(r.name == name for r in self.extensions):
                return (
                    f"extension {name} needs a superuser, so schemadiff created it before loading schema/ "
                    f"(schema/ is loaded without superuser rights): write `create extension if not exists {name} …`"
                )
        if state == "42P06":  # duplicate_schema
            name = message.split('"')[1] if '"' in message else ""
            if name in self.created_schemas:
                return (
                    f"schemadiff created schema {name} before loading schema/, to create an extension in it "
                    f"(extensions that need a superuser are created first): write `create schema if not exists {name}`"
                )
        if state == "42501":  # insufficient_privilege
            if message.startswith("permission denied to create extension"):
                return (
                    "extensions that need a superuser are created before schema/ is loaded, from the `create extension` "
                    "statements at the top level of its files (not inside DO blocks or functions). " + _HINT
                )
            if "default privileges" in message and self.not_member_of:
                why = "; ".join(f"{r}: {w}" for r, w in sorted(self.not_member_of.items()))
                return f"the sandbox is not a member of these privileges.default_privileges_for roles ({why}). {_HINT}"
            return owner_hint(message, self.not_owner_of) or _HINT
        return None


@contextmanager
def shadow_database(
    server: DatabaseUrl,
    prelude: Sequence[SourceFile],
    files: Sequence[SourceFile],
    *,
    trusted: bool,
    default_privileges_for: Sequence[str] = (),
    owner_roles: Sequence[str] = (),
    label: str = "shadow",
    in_memory: bool = True,
) -> Iterator[Shadow]:
    """A scratch database with the prelude loaded, ready for ``files`` (not loaded yet); on a RAM
    disk when the server has one, unless they name a tablespace or ``in_memory`` is False
    (``shadow.in_memory``; :mod:`schemadiff.scratch_space`)."""
    in_memory = in_memory and not names_tablespaces([*prelude, *files])
    if trusted:
        with scratch_database(server, label=label, in_memory=in_memory) as url:
            with connect(url) as conn:
                load_files(conn, prelude)
            yield Shadow(url, None)
        return
    requests = extension_requests(files)
    refuse_outside_reaching(requests)
    with (
        _sandbox_role(server) as (role, password),
        scratch_database(server, label=label, owner=role, in_memory=in_memory) as admin,
    ):
        with connect(admin) as conn:
            load_files(conn, prelude)
            prelude_wrappers = _installed(conn, WRAPPER_EXTENSIONS)
            pre_created, created_schemas = _create_extensions(conn, requests, role, prelude_wrappers)
            _give_prelude_objects(conn, role)
            _disarm_wrappers(conn, role)
            not_member_of = _grant_memberships(conn, default_privileges_for, role)
            not_owner_of = grant_owner_memberships(conn, owner_roles, role)  # ALTER … OWNER TO (owners.roles)
        url = _as_role(admin, role, password)
        _check_identity(url, role)
        yield Shadow(url, role, pre_created, created_schemas, not_member_of, not_owner_of)


def load_schema(shadow: Shadow, files: Sequence[SourceFile]) -> None:
    """Load schema/ files into the shadow as its loading role (errors name file and line;
    a re-declaration ``if not exists`` skips is one: :mod:`schemadiff.declared_once`)."""
    with connect(shadow.url) as conn:
        load_schema_files(conn, files, explain=shadow.explain)


@contextmanager
def _sandbox_role(server: DatabaseUrl) -> Iterator[tuple[str, str]]:
    role = SANDBOX_PREFIX + secrets.token_hex(8)
    password = secrets.token_urlsafe(24)
    with connect(server) as conn:
        verifier = conn.pgconn.encrypt_password(password.encode(), role.encode(), b"scram-sha-256").decode()
        try:
            conn.execute(
                sql.SQL(
                    "create role {} login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit password {}"
                ).format(sql.Identifier(role), sql.Literal(verifier))
            )
        except psycopg.Error as exc:
            raise ServerError(
                f"cannot create the sandbox role schema/ is loaded as on {server.redacted()}: "
                f"{redact((exc.diag.message_primary or str(exc)).strip())}\n  hint: the role schemadiff connects to the dev "
                "server with must be a superuser (or have CREATEROLE and CREATEDB); or set `shadow: {trusted: true}` "
                "(README: Trust model)"
            ) from None
    try:
        yield role, password
    finally:  # the scratch database (which it owns) is dropped before this runs
        try:
            with connect(server) as conn:
                conn.execute(sql.SQL("drop role if exists {}").format(sql.Identifier(role)))
        except Exception as exc:  # never hide the original error behind a cleanup failure
            _log.warning("could not drop sandbox role %s: %s", role, redact(str(exc)))


def _as_role(url: DatabaseUrl, role: str, password: str) -> DatabaseUrl:
    """``url`` with the sandbox role's name and password (a user or password in the query go)."""
    parts = urlsplit(url.raw)
    host = parts.netloc.rsplit("@", 1)[-1]
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("user", "password", "passfile", "service")]
    netloc = f"{quote(role, safe='')}:{quote(password, safe='')}@{host}"
    replaced = parts._replace(netloc=netloc, query=urlencode(query, quote_via=quote, safe="/"))
    return DatabaseUrl(urlunsplit(replaced), origin=f"{url.origin}, sandbox role")


def _check_identity(url: DatabaseUrl, role: str) -> None:
    """The connection really is the sandbox role, and it has no superuser rights."""
    try:
        conn = connect(url)
    except ConnectError as exc:
        raise ConnectError(
            f"{exc.message}\n  hint: schema/ is loaded as a throwaway login role ({SANDBOX_PREFIX}…) that signs in with "
            "a password: the dev server's pg_hba.conf must let it connect to the scratch databases (README: Trust model)"
        ) from None
    with conn:
        row = conn.execute(
            "select session_user::text, current_user::text, r.rolsuper from pg_catalog.pg_roles r where r.rolname = session_user"
        ).fetchone()
    if row is None or row[0] != role or row[1] != role or row[2]:
        raise ServerError(
            f"the sandbox connection to {url.redacted()} is not the sandbox role {role} (got {row}): refusing to load schema/"
        )


def _create_extensions(
    conn: psycopg.Connection, requests: Sequence[ExtensionRequest], role: str, prelude_wrappers: Sequence[str] = ()
) -> tuple[tuple[ExtensionRequest, ...], tuple[str, ...]]:
    """Create the requested extensions the sandbox cannot create itself (not trusted).
    ``prelude_wrappers``: refused extensions the prelude made that reach out only through a
    foreign data wrapper, which :func:`_disarm_wrappers` disarms."""
    created: list[ExtensionRequest] = []
    schemas: list[str] = []
    for r in requests:
        row = conn.execute(
            "select bool_or(v.trusted) filter (where v.version = e.default_version), count(*) "
            "from pg_catalog.pg_available_extensions e join pg_catalog.pg_available_extension_versions v using (name) "
            "where e.name = %s",
            (r.name,),
        ).fetchone()
        if row is None or not row[1] or row[0]:
            continue  # unknown (the load says so) or trusted: the sandbox creates it itself
        statement = sql.SQL("create extension if not exists {}").format(sql.Identifier(r.name))
        if r.schema is not None:
            exists = conn.execute("select 1 from pg_catalog.pg_namespace where nspname = %s", (r.schema,)).fetchone()
            if not exists:
                conn.execute(
                    sql.SQL("create schema {} authorization {}").format(sql.Identifier(r.schema), sql.Identifier(role))
                )
                schemas.append(r.schema)
            statement += sql.SQL(" with schema {}").format(sql.Identifier(r.schema))
        if r.version is not None:
            statement += sql.SQL(" version {}").format(sql.Literal(r.version))
        if r.cascade:
            statement += sql.SQL(" cascade")
        try:
            conn.execute(statement)
        except psycopg.Error as exc:
            raise SchemaSourceError(
                f"{r.path}:{r.line}:{r.column}: creating extension {r.name} before loading schema/ failed: "
                f"{(exc.diag.message_primary or str(exc)).strip()}",
                path=r.path,
                line=r.line,
                column=r.column,
            ) from None
        created.append(r)
    reached = conn.execute(
        "select string_agg(extname, ', ' order by extname) from pg_catalog.pg_extension where extname = any(%s)",
        ([e for e in REFUSED_EXTENSIONS if e not in prelude_wrappers],),
    ).fetchone()
    if reached is not None and reached[0]:  # e.g. brought along by CASCADE
        raise SchemaSourceError(
            f"extensions that reach outside the database would be created before loading schema/: "
            f"{reached[0]} (README: Trust model)",
            path=requests[0].path if requests else "schema/",
        )
    return tuple(created), tuple(schemas)


# ALTER … OWNER statements for what the prelude made in the scratch database (owned by the
# privileged role, not part of an extension): schemas, relations, routines, types, domains
_PRELUDE_OBJECTS = """
with mine as (select r.oid from pg_catalog.pg_roles r where r.rolname = current_user),
ext as (select d.classid, d.objid from pg_catalog.pg_depend d where d.deptype = 'e'),
ns as (
    select n.oid, n.nspname, n.nspowner from pg_catalog.pg_namespace n
    where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname !~ '^pg_(toast|temp)'
)
select pg_catalog.format('alter schema %%I owner to %%I', ns.nspname, %(role)s::text)
from ns join mine on mine.oid = ns.nspowner
where ns.oid >= 16384 and ('pg_catalog.pg_namespace'::regclass, ns.oid) not in (select * from ext)
union all
select pg_catalog.format('alter %%s %%I.%%I owner to %%I',
       case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                      when 'f' then 'foreign table' else 'table' end, ns.nspname, c.relname, %(role)s::text)
from pg_catalog.pg_class c join ns on ns.oid = c.relnamespace join mine on mine.oid = c.relowner
where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
  and ('pg_catalog.pg_class'::regclass, c.oid) not in (select * from ext)
  and not exists (select 1 from pg_catalog.pg_depend d where d.classid = 'pg_catalog.pg_class'::regclass
                  and d.objid = c.oid and d.deptype in ('a', 'i') and c.relkind = 'S')
union all
select pg_catalog.format('alter routine %%I.%%I(%%s) owner to %%I', ns.nspname, p.proname,
       pg_catalog.pg_get_function_identity_arguments(p.oid), %(role)s::text)
from pg_catalog.pg_proc p join ns on ns.oid = p.pronamespace join mine on mine.oid = p.proowner
where ('pg_catalog.pg_proc'::regclass, p.oid) not in (select * from ext)
union all
select pg_catalog.format('alter %%s %%I.%%I owner to %%I', case t.typtype when 'd' then 'domain' else 'type' end,
       ns.nspname, t.typname, %(role)s::text)
from pg_catalog.pg_type t join ns on ns.oid = t.typnamespace join mine on mine.oid = t.typowner
where t.typtype in ('e', 'd', 'r', 'c') and (t.typtype <> 'c' or (select c.relkind from pg_catalog.pg_class c where c.oid = t.typrelid) = 'c')
  and ('pg_catalog.pg_type'::regclass, t.oid) not in (select * from ext)
"""


def _give_prelude_objects(conn: psycopg.Connection, role: str) -> None:
    """What the prelude made here becomes the sandbox's, so schema/ can use and extend it (its
    functions, the managed tables' rows) as it could when loaded with privileges. Only this
    scratch database is concerned; the grants the prelude made stay (grantor: the new owner)."""
    with conn.transaction(), conn.cursor() as cur:
        cur.execute("select pg_catalog.set_config('search_path', '', true)")
        statements = [row[0] for row in cur.execute(_PRELUDE_OBJECTS, {"role": role}).fetchall()]
        for statement in statements:
            cur.execute(sql_code(statement))  # built by the server's format()


# refused extensions (sandbox_extensions.REFUSED_EXTENSIONS) the prelude may make: they reach
# outside the database only through their foreign data wrapper, which the shadow disarms
WRAPPER_EXTENSIONS: tuple[str, ...] = ("postgres_fdw", "file_fdw")


def _installed(conn: psycopg.Connection, names: Sequence[str]) -> tuple[str, ...]:
    rows = conn.execute(
        "select extname::text from pg_catalog.pg_extension where extname = any(%s) order by 1", (list(names),)
    )
    return tuple(row[0] for row in rows)


def _disarm_wrappers(conn: psycopg.Connection, role: str) -> None:
    """The foreign data wrappers of the scratch database (only the prelude can make one: schema/
    may not create postgres_fdw or file_fdw) lose their handler here and the sandbox gets USAGE
    on them: schema/ can declare servers, user mappings and foreign tables, whose options the
    wrapper's validator still checks, but nothing can read through them (no handler: no
    connection, no file), so the shadow never reaches outside its database. An extension's
    wrapper is not part of our catalog (the extension is), so the desired schema does not
    change (docs/foreign-data.md)."""
    names = [row[0] for row in conn.execute("select fdwname::text from pg_catalog.pg_foreign_data_wrapper order by 1")]
    for name in names:
        wrapper = sql.Identifier(name)
        conn.execute(sql.SQL("alter foreign data wrapper {} no handler").format(wrapper))
        conn.execute(sql.SQL("grant usage on foreign data wrapper {} to {}").format(wrapper, sql.Identifier(role)))
    # the options of a user mapping for another role are a superuser's to read: the sandbox may
    # read this database's, which schema/ itself writes, unless the prelude made some (its own
    # secrets stay hidden; those mappings' options then read as hidden)
    made = conn.execute("select count(*) from pg_catalog.pg_user_mapping").fetchone()
    if names and made is not None and made[0] == 0:
        conn.execute(sql.SQL("grant select on pg_catalog.pg_user_mapping to {}").format(sql.Identifier(role)))


_UNSAFE_ROLES = """
with recursive up(oid) as (
    select r.oid from pg_catalog.pg_roles r where r.rolname = %(role)s
    union
    select m.roleid from pg_catalog.pg_auth_members m join up on up.oid = m.member
)
select r.rolname::text, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolreplication, r.rolname ~ '^pg_'
from up join pg_catalog.pg_roles r on r.oid = up.oid
"""


def _grant_memberships(conn: psycopg.Connection, roles: Sequence[str], sandbox: str) -> dict[str, str]:
    """Membership in the roles of privileges.default_privileges_for that are safe; the others, with why."""
    refused: dict[str, str] = {}
    with_clause = sql.SQL(" with inherit true, set false") if server_version_num(conn) >= 160000 else sql.SQL("")
    for role in roles:
        rows = conn.execute(_UNSAFE_ROLES, {"role": role}).fetchall()
        if not rows:
            refused[role] = "it does not exist (roles come from the prelude)"
            continue
        why = [
            f"{name} is {what}"
            for name, sup, createrole, createdb, repl, predefined in rows
            for what, flag in (
                ("a superuser", sup),
                ("CREATEROLE", createrole),
                ("CREATEDB", createdb),
                ("REPLICATION", repl),
                ("a predefined role", predefined),
            )
            if flag
        ]
        if why:
            refused[role] = why[0]
            continue
        conn.execute(sql.SQL("grant {} to {}").format(sql.Identifier(role), sql.Identifier(sandbox)) + with_clause)
    return refused
