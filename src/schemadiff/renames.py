"""Renames: a hint says an object of schema/ is an existing object under a new name.

Without a hint a renamed object diffs as a drop plus a create, which loses the rows of a
table or column. With one (``-- schemadiff:renamed-from old`` in schema/, read by
:mod:`schemadiff.rename_hints`, or ``renames:`` in schemadiff.yaml) the plan renames it.

How the plan is made, so that it is right by construction: the shadow database (schema/
loaded) is renamed *back* (new name → old name), inspected again, and diffed against the
target; then the forward renames are appended. Applying the diff to the target gives the
shadow's renamed-back schema, and the renames then give exactly schema/ (its fingerprint is
the plan's *to*). The diff's statements therefore use the old names, and the renames come
last.

A hint only acts when it still means something: the target has the old object and not the
new one. Once applied (or on a database created from scratch) it is a no-op, so hints can
stay in schema/ until nobody needs them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from schemadiff.catalog import Catalog
from schemadiff.changes import Action, Change
from schemadiff.errors import DiffError
from schemadiff.quoting import quote_ident, quote_literal
from schemadiff.snapshot import Snapshot
from schemadiff.sqltext import string_value, tokens

# after every other change: the diff before them is written in the old names
PHASE = 100_000

RELATION_KINDS = ("table", "view", "materialized_view", "sequence", "type")
CHILD_KINDS = ("column", "constraint", "policy", "enum_value")
KINDS = (*RELATION_KINDS, "index", "function", *CHILD_KINDS)

_ALTER = {
    "table": "alter table",
    "view": "alter view",
    "materialized_view": "alter materialized view",
    "sequence": "alter sequence",
    "type": "alter type",
    "index": "alter index",
    "function": "alter routine",
}


@dataclass(frozen=True)
class Rename:
    """Object ``old`` is called ``new`` in schema/.

    ``parent`` is the table of a column, constraint or policy, or the enum type of a
    label, by its name in schema/; ``args`` the argument types of a function (filled in
    from schema/'s catalog when a hint names only the function); ``origin`` says where the
    hint is written, for messages.
    """

    kind: str
    schema: str
    old: str
    new: str
    parent: str = ""
    args: str | None = None
    origin: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise DiffError(f"{self.origin}: cannot rename a {self.kind} (renamable: {', '.join(KINDS)})")
        if self.kind in CHILD_KINDS and not self.parent:
            raise DiffError(f"{self.origin}: a {self.kind} rename needs the object it belongs to")

    def identity(self, name: str, parent: str | None = None) -> str:
        """Catalog identity of the object called ``name`` (its parent called ``parent``)."""
        owner = f"{self.schema}.{parent if parent is not None else self.parent}"
        if self.kind in CHILD_KINDS:
            return f"{owner}.{name}"
        if self.kind == "function":
            return f"{self.schema}.{name}({self.args or ''})"
        return f"{self.schema}.{name}"

    def statement(self, *, reverse: bool = False) -> str:
        """The ALTER … RENAME statement; ``reverse`` renames new → old (in the shadow)."""
        source, target = (self.new, self.old) if reverse else (self.old, self.new)
        owner = f"{quote_ident(self.schema)}.{quote_ident(self.parent)}"
        if self.kind == "column":
            return f"alter table {owner} rename column {quote_ident(source)} to {quote_ident(target)}"
        if self.kind == "constraint":
            return f"alter table {owner} rename constraint {quote_ident(source)} to {quote_ident(target)}"
        if self.kind == "policy":
            return f"alter policy {quote_ident(source)} on {owner} rename to {quote_ident(target)}"
        if self.kind == "enum_value":
            return f"alter type {owner} rename value {quote_literal(source)} to {quote_literal(target)}"
        name = f"{quote_ident(self.schema)}.{quote_ident(source)}"
        if self.kind == "function":
            name += f"({self.args})"
        return f"{_ALTER[self.kind]} {name} rename to {quote_ident(target)}"

    def change(self) -> Change:
        """The plan's step: ``rename column public.users.full_name to name``."""
        if self.kind == "enum_value":
            identity = f"value {quote_literal(self.old)} of {self.schema}.{self.parent} to {quote_literal(self.new)}"
            return Change("type", Action.RENAME, identity, self.statement(), PHASE)
        return Change(self.kind, Action.RENAME, f"{self.identity(self.old)} to {self.new}", self.statement(), PHASE)


@dataclass(frozen=True)
class Resolved:
    """The renames a plan makes, in plan order, and why any other hint did nothing."""

    renames: tuple[Rename, ...]
    notes: tuple[str, ...]

    def forward_changes(self) -> list[Change]:
        """old → new for the plan, relations before their children (which name their
        parent by its new name then)."""
        return [r.change() for r in self.renames]

    def reverse_statements(self) -> list[str]:
        """new → old for the shadow, children before their (renamed) parents."""
        return [r.statement(reverse=True) for r in reversed(self.renames)]


def resolve(hints: Iterable[Rename], current: Snapshot, desired: Snapshot) -> Resolved:
    """The hints that apply to this target (it has the old object, not the new one).

    A hint whose new object is not in schema/, or whose old object is still declared there,
    is an error (it is written on the wrong object); a hint the target has no use for is
    skipped, with a note only when the target has both names.
    """
    hints = [_with_args(h, desired) for h in hints]
    renames: list[Rename] = []
    notes: list[str] = []
    renamed_parent: dict[tuple[str, str], str] = {}  # (schema, new relation name) -> old name
    for hint in sorted(hints, key=lambda h: h.kind in CHILD_KINDS):  # relations first
        _check_against_schema(hint, desired)
        parent = renamed_parent.get((hint.schema, hint.parent), hint.parent)
        has_old = _exists(current, hint, hint.old, parent)
        has_new = _exists(current, hint, hint.new, parent)
        if has_old and has_new:
            notes.append(
                f"{hint.origin}: rename of {hint.kind} {hint.identity(hint.old, parent)} not planned: "
                f"the target has both {hint.old!r} and {hint.new!r}"
            )
            continue
        if not has_old:
            continue  # already renamed, or the object is new on this target
        renames.append(hint)
        if hint.kind in ("table", "view", "materialized_view", "type"):
            renamed_parent[(hint.schema, hint.new)] = hint.old
    explicit = {(r.kind, r.schema, r.old) for r in renames}
    renames += [r for r in _implied(renames, current, desired) if (r.kind, r.schema, r.old) not in explicit]
    _refuse_duplicates(renames)
    ordered = [r for r in renames if r.kind not in CHILD_KINDS] + [r for r in renames if r.kind in CHILD_KINDS]
    return Resolved(tuple(ordered), tuple(notes))


def _implied(renames: list[Rename], current: Snapshot, desired: Snapshot) -> list[Rename]:
    """Renames that follow from renaming a table or a column: the names the server made up
    from them (``customers_pkey``, ``users_email_key``, ``orders_id_seq``, …), when schema/
    has the same name made from the new one. Without these the diff would drop and create a
    primary key that foreign keys depend on. (NOT NULL constraints, named the same way, are
    renamed by the not_null family.)"""
    # (schema, old table) -> (new table, [(is the table prefix, old part, new part)])
    tables: dict[tuple[str, str], tuple[str, list[tuple[bool, str, str]]]] = {}
    for r in renames:
        if r.kind == "table":
            entry = tables.setdefault((r.schema, r.old), (r.new, []))
            tables[(r.schema, r.old)] = (r.new, [(True, f"{r.old}_", f"{r.new}_"), *entry[1]])
    for r in renames:
        if r.kind == "column":
            old_table = next((o for (sch, o), (n, _) in tables.items() if sch == r.schema and n == r.parent), r.parent)
            new, replacements = tables.setdefault((r.schema, old_table), (r.parent, []))
            replacements.append((False, f"_{r.old}_", f"_{r.new}_"))
    implied: list[Rename] = []
    for (schema, old_table), (new_table, replacements) in sorted(tables.items()):

        def follow(name: str) -> str:
            for prefix, before, after in replacements:
                if prefix:
                    name = after + name[len(before) :] if name.startswith(before) else name
                else:
                    name = name.replace(before, after, 1)
            return name

        origin = f"implied by renaming {schema}.{old_table}"
        constraint_names = set()
        for identity, obj in sorted(current.catalog.of_kind("constraint").items()):
            if obj.parent != f"{schema}.{old_table}":
                continue
            name = identity[len(obj.parent) + 1 :]
            constraint_names.add(name)
            new = follow(name)
            if new != name and _free(
                desired, "constraint", f"{schema}.{new_table}.{new}", f"{schema}.{new_table}.{name}"
            ):
                implied.append(Rename("constraint", schema, name, new, parent=new_table, origin=origin))
        for kind, owned in (("index", lambda o: o.parent == f"{schema}.{old_table}"), ("sequence", lambda o: True)):
            for identity, obj in sorted(current.catalog.of_kind(kind).items()):
                name = identity[len(schema) + 1 :]
                if not identity.startswith(f"{schema}.") or not owned(obj) or name in constraint_names:
                    continue  # an index of a constraint is renamed with it
                new = follow(name)
                if (
                    new != name
                    and current.catalog.get(kind, f"{schema}.{new}") is None
                    and _free(desired, kind, f"{schema}.{new}", f"{schema}.{name}")
                ):
                    implied.append(Rename(kind, schema, name, new, origin=origin))
    return implied


def _free(desired: Snapshot, kind: str, new_identity: str, old_identity: str) -> bool:
    """schema/ has the new name and not the old one."""
    return desired.catalog.get(kind, new_identity) is not None and desired.catalog.get(kind, old_identity) is None


def _with_args(hint: Rename, desired: Snapshot) -> Rename:
    if hint.kind != "function" or hint.args is not None:
        return hint
    prefix = f"{hint.schema}.{hint.new}("
    found = [i for i in desired.catalog.of_kind("function") if i.startswith(prefix)]
    if len(found) != 1:
        problem = "no function" if not found else f"{len(found)} overloads"
        raise DiffError(
            f"{hint.origin}: renamed-from hint on function {hint.schema}.{hint.new}, but schema/ has {problem} of that "
            f"name{'' if not found else '; write the rename in schemadiff.yaml with the argument types'}"
        )
    return replace(hint, args=found[0][len(prefix) : -1])


def _check_against_schema(hint: Rename, desired: Snapshot) -> None:
    if not _exists(desired, hint, hint.new, hint.parent):
        raise DiffError(
            f"{hint.origin}: renamed-from hint on {hint.kind} {hint.identity(hint.new)}, but schema/ has no such {hint.kind}"
        )
    if _exists(desired, hint, hint.old, hint.parent):
        raise DiffError(
            f"{hint.origin}: {hint.kind} {hint.identity(hint.new)} is marked as renamed from {hint.old!r}, "
            f"but schema/ still declares {hint.identity(hint.old)}"
        )


def _refuse_duplicates(renames: list[Rename]) -> None:
    seen: dict[tuple[str, str, str, str], Rename] = {}
    for r in renames:
        key = (r.kind, r.schema, r.parent, r.old)
        if key in seen:
            raise DiffError(f"{r.origin}: {r.kind} {r.identity(r.old)} is renamed twice (also at {seen[key].origin})")
        seen[key] = r


def _exists(snapshot: Snapshot, hint: Rename, name: str, parent: str) -> bool:
    if hint.kind == "enum_value":
        labels = _enum_labels(snapshot.catalog, f"{hint.schema}.{parent}")
        return labels is not None and name in labels
    kind = "function" if hint.kind == "function" else hint.kind
    return snapshot.catalog.get(kind, hint.identity(name, parent)) is not None


def _enum_labels(catalog: Catalog, identity: str) -> list[str] | None:
    """The labels of an enum type, from its catalog definition ``enum ('a', 'b')``."""
    obj = catalog.get("type", identity)
    if obj is None or not obj.definition.startswith("enum ("):
        return None
    return [value for token in tokens(obj.definition) if (value := string_value(token)) is not None]
