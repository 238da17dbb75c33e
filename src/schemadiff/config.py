"""``schemadiff.yaml`` → frozen settings.

Precedence, highest first: command-line flags, environment variables (``SCHEMADIFF_*``,
and ``DATABASE_URL`` for the default target), the config file, built-in defaults.
Unknown keys are errors, so a typo never silently falls back to a default; so are values
of the wrong type (a list where a string is expected is never turned into its text), and
YAML aliases (:mod:`schemadiff.yamlsafe`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from schemadiff.errors import ConfigError, SchemaSourceError
from schemadiff.fleet_config import Group, parse_groups
from schemadiff.online_config import Execution, parse_online
from schemadiff.owner_config import Owners, parse_owners
from schemadiff.sourcefiles import decode, list_files
from schemadiff.urls import DatabaseUrl
from schemadiff.yamlsafe import NoAliasLoader

CONFIG_NAME = "schemadiff.yaml"
TOOL_SCHEMA = "schemadiff"  # the tool's own schema (history); never diffed
DEFAULT_TARGET = "local"

_TOP_KEYS = {
    "schema_dir",
    "generated_dir",
    "state_dir",
    "prelude",
    "schemas",
    "dev_url",
    "targets",
    "default_target",
    "lint",
    "renames",
    "data",
    "privileges",
    "shadow",
    "online",
    "owners",
    "groups",
}
_LINT_KEYS = {"disable"}
_SCHEMAS_KEYS = {"include", "exclude"}
_TARGET_KEYS = {"url", "database"}
_DATA_KEYS = {"tables"}
_DATA_TABLE_KEYS = {"key"}
_PRIVILEGES_KEYS = {"default_privileges_for"}
_SHADOW_KEYS = {"trusted", "cache", "in_memory"}


@dataclass(frozen=True)
class Tenant:
    """A member of a ``schemas:`` group: schema ``schema`` of its database, planned as schema/'s
    ``template`` schema (:mod:`schemadiff.tenants`)."""

    schema: str
    template: str


@dataclass(frozen=True)
class Target:
    """A database to plan against. ``url`` None means the embedded cluster, database ``database``."""

    name: str
    url: DatabaseUrl | None = None
    database: str = ""
    url_env: str | None = None  # ``url: env:NAME``: resolved when the target is used, not before
    tenant: Tenant | None = None  # a tenant schema of a ``schemas:`` group; None: the whole database

    @property
    def embedded(self) -> bool:
        return self.url is None

    def describe(self) -> str:
        if self.url is None:
            return f"{self.name} (embedded: database {self.database})"
        return f"{self.name} ({self.url.redacted()})"


@dataclass(frozen=True)
class LintWaiver:
    """``lint.disable`` entry: rule ``rule`` does not apply to ``object`` ('*' = every object)."""

    rule: str
    object: str
    reason: str

    def covers(self, rule: str, obj: str) -> bool:
        return self.rule == rule and self.object in ("*", obj)


@dataclass(frozen=True)
class DataTable:
    """``data.tables.<schema.table>``: a table whose rows are declared in ``schema/data/*.yaml``
    and diffed by ``key`` (see :mod:`schemadiff.datafiles`)."""

    schema: str
    name: str
    key: tuple[str, ...]

    @property
    def qualified(self) -> str:
        return f"{self.schema}.{self.name}"


@dataclass(frozen=True)
class Settings:
    root: Path
    config_file: Path | None
    schema_dir: Path
    generated_dir: Path
    state_dir: Path
    prelude: tuple[Path, ...]
    include_schemas: tuple[str, ...]
    exclude_schemas: tuple[str, ...]
    dev_url: DatabaseUrl | None
    targets: Mapping[str, Target] = field(default_factory=dict)
    default_target: str = DEFAULT_TARGET
    environ: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    lint_waivers: tuple[LintWaiver, ...] = ()
    data_tables: tuple[DataTable, ...] = ()  # ``data.tables``: managed reference rows
    renames: tuple[tuple[str, str, str], ...] = ()  # ``renames:`` entries: (kind, from, to)
    default_privileges_for: tuple[str, ...] = ()  # ``privileges.default_privileges_for``: role names
    shadow_trusted: bool = False  # ``shadow.trusted``: load schema/ as the connecting role, not in the sandbox
    shadow_cache: bool = True  # ``shadow.cache``: reuse the desired state while its inputs are unchanged
    shadow_in_memory: bool = True  # ``shadow.in_memory``: shadows in the dev server's RAM-disk tablespace, if any
    execution: Execution = field(default_factory=Execution)  # ``online:``: online-safe plans and their timeouts
    owners: Owners = field(default_factory=Owners)  # ``owners:``: ALTER … OWNER TO diffed (off by default)
    groups: Mapping[str, Group] = field(default_factory=dict)  # ``groups:``: fleets (:mod:`schemadiff.fleet_members`)

    def target(self, name: str | None) -> Target:
        """The named (or default) target, its ``env:`` URL resolved now."""
        chosen = name or self.default_target
        if chosen not in self.targets:
            known = ", ".join(sorted(self.targets)) or "none"
            raise ConfigError(f"unknown target {chosen!r} (targets in {self._where()}: {known})")
        target = self.targets[chosen]
        if target.url is None and target.url_env is not None:
            where = f"{self._where()}: targets.{chosen}.url"
            raw = resolve_ref(f"env:{target.url_env}", self.environ, where)
            url = DatabaseUrl(raw, origin=f"target {chosen} (${target.url_env})")
            return replace(target, url=url, database=url.database)
        return target

    def shown(self, path: Path) -> str:
        """``path`` as the user sees it: relative to the project, else as given."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

    def prelude_files(self) -> list[Path]:
        """Prelude .sql files in load order (a directory entry contributes its sorted files,
        chosen by the rules of :mod:`schemadiff.sourcefiles`)."""
        files: list[Path] = []
        for entry in self.prelude:
            if not entry.exists():
                raise ConfigError(f"{self._where()}: prelude entry {entry} does not exist")
            if entry.is_dir():
                files.extend(list_files(entry, (".sql",), root=self.root).files)
            else:
                files.append(entry)
        return files

    def _where(self) -> str:
        return str(self.config_file.name) if self.config_file else "built-in defaults"


def find_config(start: Path) -> Path | None:
    for directory in [start, *start.parents]:
        candidate = directory / CONFIG_NAME
        if candidate.is_file():
            return candidate
    return None


def load_settings(
    config_path: Path | None = None,
    *,
    cwd: Path | None = None,
    environ: Mapping[str, str] | None = None,
    target_name: str | None = None,
    url: str | None = None,
    dev_url: str | None = None,
    schema_dir: Path | None = None,
    require_schema_dir: bool = True,
) -> Settings:
    """Read the config file (explicit, ``SCHEMADIFF_CONFIG``, or found upwards from cwd) and apply overrides.

    ``require_schema_dir=False``: the schema directory and the prelude entries need not exist
    (``diff`` between two databases needs no project; ``dump`` creates the directory it
    writes; ``server`` reads neither): a command checks only the paths it reads."""
    env = os.environ if environ is None else environ
    cwd = (cwd or Path.cwd()).resolve()
    if config_path is None and env.get("SCHEMADIFF_CONFIG"):
        config_path = Path(env["SCHEMADIFF_CONFIG"])
    if config_path is not None:
        config_path = (cwd / config_path).resolve()
        if not config_path.is_file():
            raise ConfigError(f"config file {config_path} does not exist")
    else:
        config_path = find_config(cwd)
    raw = _read_yaml(config_path) if config_path else {}
    root = config_path.parent if config_path else cwd
    where = config_path.name if config_path else "defaults"
    settings = _parse(raw, root, config_path, env, where)

    url = url or env.get("SCHEMADIFF_URL")
    chosen = target_name or env.get("SCHEMADIFF_TARGET")
    if url is None and chosen is None and env.get("DATABASE_URL"):
        url = env["DATABASE_URL"]
        url_origin = "DATABASE_URL"
    else:
        url_origin = "--url / SCHEMADIFF_URL"
    targets = dict(settings.targets)
    if url:
        name = chosen or settings.default_target
        targets[name] = Target(name, DatabaseUrl(url, origin=url_origin), "")  # replaces any env: URL
    dev = DatabaseUrl(dev_url, origin="--dev-url") if dev_url else None
    if dev is None and env.get("SCHEMADIFF_DEV_URL"):
        dev = DatabaseUrl(env["SCHEMADIFF_DEV_URL"], origin="SCHEMADIFF_DEV_URL")
    settings = replace(
        settings,
        targets=targets,
        default_target=chosen or settings.default_target,
        dev_url=dev or settings.dev_url,
        schema_dir=(cwd / schema_dir).resolve() if schema_dir else settings.schema_dir,
    )
    if require_schema_dir:
        for entry in settings.prelude:
            if not entry.exists():
                raise ConfigError(f"{where}: prelude entry {entry} does not exist")
    if require_schema_dir and not settings.schema_dir.is_dir():
        raise ConfigError(f"schema directory {settings.schema_dir} does not exist ({where}: schema_dir)")
    return settings


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(decode(path.read_bytes(), path.name), Loader=NoAliasLoader)  # noqa: S506 (a SafeLoader subclass)
    except SchemaSourceError as exc:
        raise ConfigError(exc.message) from None
    except OSError as exc:
        raise ConfigError(f"{path.name}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        raise ConfigError(f"{path.name}: not valid YAML{at}: {getattr(exc, 'problem', None) or exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path.name}: expected a mapping of settings at the top level")
    return data


def _check_keys(section: Mapping[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(section) - known)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known keys: {', '.join(sorted(known))})")


def resolve_ref(value: Any, env: Mapping[str, str], where: str) -> str:
    """A literal string, or ``env:NAME`` read from the environment."""
    if not isinstance(value, str):
        raise ConfigError(f"{where}: expected a string")
    if value.startswith("env:"):
        name = value[4:].strip()
        if name not in env:
            raise ConfigError(f"{where}: environment variable {name} is not set")
        return env[name]
    return value


def _str_list(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of names")
    return tuple(value)


def _path(root: Path, value: Any, where: str) -> Path:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{where}: expected a path")
    return (root / value).resolve()


def _parse(
    raw: Mapping[str, Any], root: Path, config_file: Path | None, env: Mapping[str, str], where: str
) -> Settings:
    _check_keys(raw, _TOP_KEYS, where)
    schema_dir = _path(root, raw.get("schema_dir", "schema"), f"{where}: schema_dir")
    if "prelude" in raw:
        prelude = tuple(_path(root, p, f"{where}: prelude") for p in _str_list(raw["prelude"], f"{where}: prelude"))
    else:  # default: schema/_prelude when there is one
        prelude = tuple(p for p in [schema_dir / "_prelude"] if p.is_dir())
    schemas = raw.get("schemas") or {}
    if not isinstance(schemas, dict):
        raise ConfigError(f"{where}: schemas: expected a mapping with include/exclude")
    _check_keys(schemas, _SCHEMAS_KEYS, f"{where}: schemas")
    include = _str_list(schemas.get("include"), f"{where}: schemas.include")
    exclude = _str_list(schemas.get("exclude"), f"{where}: schemas.exclude")
    dev_url = None
    if raw.get("dev_url"):
        dev_url = DatabaseUrl(resolve_ref(raw["dev_url"], env, f"{where}: dev_url"), origin=f"{where}: dev_url")
    targets_raw = raw.get("targets") or {DEFAULT_TARGET: {}}
    if not isinstance(targets_raw, dict):
        raise ConfigError(f"{where}: targets: expected a mapping of target names")
    targets: dict[str, Target] = {}
    for name, body in targets_raw.items():
        twhere = f"{where}: targets.{name}"
        body = body or {}
        if not isinstance(body, dict):
            raise ConfigError(f"{twhere}: expected a mapping (url, database)")
        _check_keys(body, _TARGET_KEYS, twhere)
        url, url_env = None, None
        if body.get("url"):
            raw_url = body["url"]
            if isinstance(raw_url, str) and raw_url.startswith("env:"):
                url_env = raw_url[4:].strip()
            else:
                url = DatabaseUrl(resolve_ref(raw_url, env, f"{twhere}.url"), origin=f"target {name}")
        database = body.get("database") or (url.database if url else str(name))
        if not isinstance(database, str):
            raise ConfigError(f"{twhere}.database: expected a string, got {_type_name(database)}")
        targets[str(name)] = Target(str(name), url, str(database), url_env)
    lint_waivers = _parse_lint(raw.get("lint"), where)
    default_target = raw.get("default_target", DEFAULT_TARGET if DEFAULT_TARGET in targets else next(iter(targets)))
    if not isinstance(default_target, str):
        raise ConfigError(f"{where}: default_target: expected a string, got {_type_name(default_target)}")
    if default_target not in targets:
        raise ConfigError(f"{where}: default_target {default_target!r} is not one of the targets")
    return Settings(
        root=root,
        config_file=config_file,
        schema_dir=schema_dir,
        generated_dir=_path(root, raw.get("generated_dir", "generated"), f"{where}: generated_dir"),
        state_dir=_path(root, raw.get("state_dir", ".schemadiff"), f"{where}: state_dir"),
        prelude=prelude,
        include_schemas=include,
        exclude_schemas=tuple(dict.fromkeys((*exclude, TOOL_SCHEMA))),
        dev_url=dev_url,
        targets=targets,
        default_target=default_target,
        environ=dict(env),
        lint_waivers=lint_waivers,
        default_privileges_for=_parse_privileges(raw.get("privileges"), where),
        shadow_trusted=_parse_shadow(raw.get("shadow"), where, "trusted", False),
        shadow_cache=_parse_shadow(raw.get("shadow"), where, "cache", True),
        shadow_in_memory=_parse_shadow(raw.get("shadow"), where, "in_memory", True),
        data_tables=_parse_data(raw.get("data"), where),
        renames=_parse_renames(raw.get("renames"), where),
        execution=parse_online(raw.get("online"), where),
        owners=parse_owners(raw.get("owners"), where),
        groups=parse_groups(raw.get("groups"), where),
    )


def _parse_lint(raw: Any, where: str) -> tuple[LintWaiver, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: lint: expected a mapping with 'disable'")
    _check_keys(raw, _LINT_KEYS, f"{where}: lint")
    entries = _entries(
        raw.get("disable") or [], f"{where}: lint.disable", ("rule", "object", "reason"), " (a waiver always says why)"
    )
    return tuple(LintWaiver(e["rule"], e["object"], e["reason"]) for e in entries)


def _parse_renames(raw: Any, where: str) -> tuple[tuple[str, str, str], ...]:
    """``renames:``: a list of {kind, from, to}; names are checked when a plan is made."""
    entries = _entries(raw or [], f"{where}: renames", ("kind", "from", "to"), "")
    return tuple((e["kind"], e["from"], e["to"]) for e in entries)


def _entries(raw: Any, where: str, keys: tuple[str, ...], why: str) -> list[dict[str, str]]:
    """A list of mappings that each have exactly ``keys``, all non-empty (stripped strings)."""
    if not isinstance(raw, list):
        raise ConfigError(f"{where}: expected a list of {{{', '.join(keys)}}}")
    entries = []
    for i, entry in enumerate(raw):
        ewhere = f"{where}[{i}]"
        if not isinstance(entry, dict):
            raise ConfigError(f"{ewhere}: expected a mapping with {', '.join(keys)}")
        _check_keys(entry, set(keys), ewhere)
        for k in keys:
            if entry.get(k) is not None and not isinstance(entry[k], str):
                raise ConfigError(f"{ewhere}.{k}: expected a string, got {_type_name(entry[k])} (quote it)")
        missing = [k for k in keys if not (entry.get(k) or "").strip()]
        if missing:
            raise ConfigError(f"{ewhere}: {', '.join(missing)} required{why}")
        entries.append({k: str(entry[k]).strip() for k in keys})
    return entries


def _type_name(value: Any) -> str:
    """How a YAML value of the wrong type is named in an error (never its text: it may be huge)."""
    names = {list: "a list", dict: "a mapping", bool: "true/false", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)


def _parse_data(raw: Any, where: str) -> tuple[DataTable, ...]:
    """``data: {tables: {<schema>.<table>: {key: [column, ...]}}}``."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: data: expected a mapping with 'tables'")
    _check_keys(raw, _DATA_KEYS, f"{where}: data")
    tables_raw = raw.get("tables") or {}
    if not isinstance(tables_raw, dict):
        raise ConfigError(f"{where}: data.tables: expected a mapping of qualified table names (schema.table)")
    tables = []
    for name, body in tables_raw.items():
        twhere = f"{where}: data.tables.{name}"
        schema, _, table = str(name).partition(".")
        if not schema or not table or "." in table:
            raise ConfigError(f"{twhere}: expected a qualified table name, schema.table")
        if not isinstance(body, dict):
            raise ConfigError(f"{twhere}: expected a mapping with 'key'")
        _check_keys(body, _DATA_TABLE_KEYS, twhere)
        key = body.get("key")
        if not isinstance(key, list) or not key or not all(isinstance(k, str) and k for k in key):
            raise ConfigError(f"{twhere}.key: expected a non-empty list of column names")
        if len(set(key)) != len(key):
            raise ConfigError(f"{twhere}.key: a column is listed twice")
        tables.append(DataTable(schema, table, tuple(key)))
    return tuple(tables)


def _parse_shadow(raw: Any, where: str, key: str, default: bool) -> bool:
    """``shadow: {trusted: true}``: schema/ is loaded with the connecting role's privileges
    instead of the sandbox (:mod:`schemadiff.sandbox`); ``shadow: {cache: false}``: schema/ is
    loaded for every command, even when nothing changed (:mod:`schemadiff.desired_cache`);
    ``shadow: {in_memory: false}``: shadows are made on disk (:mod:`schemadiff.scratch_space`)."""
    if raw is None:
        return default
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: shadow: expected a mapping with 'trusted', 'cache' or 'in_memory'")
    _check_keys(raw, _SHADOW_KEYS, f"{where}: shadow")
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: shadow.{key}: expected true or false")
    return value


def _parse_privileges(raw: Any, where: str) -> tuple[str, ...]:
    """``privileges: {default_privileges_for: [role, ...]}``: the roles whose default
    privileges are diffed by name (the inspecting role's always are)."""
    if raw is None:
        return ()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: privileges: expected a mapping with 'default_privileges_for'")
    _check_keys(raw, _PRIVILEGES_KEYS, f"{where}: privileges")
    roles = _str_list(raw.get("default_privileges_for"), f"{where}: privileges.default_privileges_for")
    for role in roles:
        if not role or role.lower() in ("public", "current_user", "current_role", "session_user"):
            raise ConfigError(
                f"{where}: privileges.default_privileges_for: {role!r} is not a role name "
                "(the defaults of the role running schemadiff are always compared)"
            )
    if len(set(roles)) != len(roles):
        raise ConfigError(f"{where}: privileges.default_privileges_for: a role is listed twice")
    return roles
