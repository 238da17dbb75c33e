"""``groups:`` of ``schemadiff.yaml``: fleets of targets planned, applied and checked together.

A group lists its members in exactly one way::

    groups:
      regions:   {targets: [eu, us]}                       # targets of this file
      big:       {members: [{name: acme, url: env:ACME_URL}]}
      from_env:  {members_env: FLEET_MEMBERS}               # lines "name url"
      from_file: {members_file: fleet/members.txt}          # lines "name url"
      tenants:   {query: "select name, url from tenants", url: env:DIRECTORY_URL}
      schemas:   {schemas: {target: prod, template: tenant, like: "tenant\\_%"}}  # or query:

A ``schemas`` group is one database (a target of this file) whose tenant schemas are the
members: those whose name is ``like`` a pattern, or that ``query`` lists (its first column),
each planned as schema/'s ``template`` schema (:mod:`schemadiff.tenants`).

Every member becomes an ordinary :class:`~schemadiff.config.Target`. Its URL is never
shown: errors about a member name the member (and the line or row it came from), not the
URL. The lists of ``members_env``, ``members_file`` and ``query`` are read when the group is
used (:mod:`schemadiff.fleet_members`), not when the file is parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from schemadiff.errors import ConfigError

DEFAULT_JOBS = 4  # members read, planned or applied at once (--jobs)

_SOURCES = ("targets", "members", "members_env", "members_file", "query", "schemas")
_GROUP_KEYS = {*_SOURCES, "url"}
_MEMBER_KEYS = {"name", "url"}
_TENANT_KEYS = {"target", "template", "like", "query"}


@dataclass(frozen=True)
class Group:
    """A group as written: how its members are found (``source``) and from what (``spec``)."""

    name: str
    source: str  # one of _SOURCES
    spec: Any  # the source's value: names, member mappings, a variable name, a path, a query
    directory: str | None = None  # ``url`` of a ``query`` group: a literal or ``env:NAME``


def parse_groups(raw: Any, where: str) -> dict[str, Group]:
    """``groups:`` checked for shape (the member lists themselves are read when used)."""
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: groups: expected a mapping of group names")
    groups = {}
    for name, body in raw.items():
        gwhere = f"{where}: groups.{name}"
        if not isinstance(body, dict):
            raise ConfigError(f"{gwhere}: expected a mapping with one of {', '.join(_SOURCES)}")
        unknown = sorted(set(body) - _GROUP_KEYS)
        if unknown:
            raise ConfigError(f"{gwhere}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(_GROUP_KEYS))})")
        given = [s for s in _SOURCES if s in body]
        if len(given) != 1:
            raise ConfigError(f"{gwhere}: give exactly one of {', '.join(_SOURCES)} (found {len(given)})")
        source = given[0]
        if ("url" in body) != (source == "query"):
            raise ConfigError(f"{gwhere}: 'url' (the directory database) goes with 'query', and only with it")
        spec = body[source]
        _check_spec(source, spec, gwhere)
        directory = body.get("url")
        if directory is not None and not isinstance(directory, str):
            raise ConfigError(f"{gwhere}.url: expected a string")
        groups[str(name)] = Group(str(name), source, spec, directory)
    return groups


def _check_spec(source: str, spec: Any, where: str) -> None:
    if source == "targets":
        if not isinstance(spec, list) or not spec or not all(isinstance(n, str) and n for n in spec):
            raise ConfigError(f"{where}.targets: expected a non-empty list of target names")
    elif source == "members":
        if not isinstance(spec, list) or not spec:
            raise ConfigError(f"{where}.members: expected a non-empty list of {{name, url}}")
        for i, entry in enumerate(spec):
            if not isinstance(entry, dict) or set(entry) != _MEMBER_KEYS:
                raise ConfigError(f"{where}.members[{i}]: expected a mapping with exactly name and url")
            if not all(isinstance(entry[k], str) and entry[k] for k in _MEMBER_KEYS):
                raise ConfigError(f"{where}.members[{i}]: name and url must be non-empty strings")
    elif source == "schemas":
        if not isinstance(spec, dict):
            raise ConfigError(f"{where}.schemas: expected a mapping with target, template, and like or query")
        unknown = sorted(set(spec) - _TENANT_KEYS)
        if unknown:
            raise ConfigError(
                f"{where}.schemas: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(_TENANT_KEYS))})"
            )
        for key in ("target", "template"):
            if not isinstance(spec.get(key), str) or not spec[key]:
                raise ConfigError(f"{where}.schemas.{key}: expected a non-empty string")
        listed = [k for k in ("like", "query") if k in spec]
        if len(listed) != 1:
            raise ConfigError(f"{where}.schemas: give exactly one of like, query (found {len(listed)})")
        if not isinstance(spec[listed[0]], str) or not spec[listed[0]].strip():
            raise ConfigError(f"{where}.schemas.{listed[0]}: expected a non-empty string")
    elif not isinstance(spec, str) or not spec.strip():
        raise ConfigError(f"{where}.{source}: expected a non-empty string")
