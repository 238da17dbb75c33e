"""The text search family: dictionaries and configurations (migra ignores them all, so a
new configuration was an empty plan).

A dictionary is a template plus options. Its options are altered in place; the statement
lists every desired option again after removing those that go, because the server keeps
them in the order they were given (``ALTER`` appends) and our catalog compares that order.
A new template means a new dictionary: dropped and created again.

A configuration is a parser plus mappings (token type -> dictionaries, in the order they
are consulted). Mappings are added, altered and dropped with ``ALTER TEXT SEARCH
CONFIGURATION``, token types with the same dictionaries in one statement; a new parser
means a new configuration (dropped and created again, which fails while a column or an
index uses it: PostgreSQL has no way to change a configuration's parser).

Order: everything that creates or changes comes early, right after collations (before the
types, tables, indexes and functions that may name a configuration); what is removed for
good goes late, with the collations, after what used it is gone. The mappings that use a
dictionary the plan re-creates are dropped before it and added again after.

Parsers and templates are made of C functions and only a superuser creates them, which the
shadow database's sandbox is not: a plan that would have to create, drop or change one is
refused with :class:`~schemadiff.errors.DiffError` (create them in the prelude instead).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.comments import PHASE as COMMENT_PHASE
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import quote_ident, quote_literal
from schemadiff.errors import DiffError
from schemadiff.snapshot import Snapshot
from schemadiff.sqltext import identifier, string_value, tokens

EARLY_PHASE = PHASE_RANK["collations.create"] + 1
LATE_PHASE = PHASE_RANK["collations.drop"] + 1
DICTIONARY = "text_search_dictionary"
CONFIGURATION = "text_search_configuration"
_UNPLANNED = ("text_search_parser", "text_search_template")

TokenMap = dict[str, tuple[str, ...]]  # quoted token type -> quoted dictionaries, in order


def _rows(snapshot: Snapshot, name: str) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for row in snapshot.rows.get(name, ())}


def parse_options(text: str | None) -> list[tuple[str, str]]:
    """(name, value) of each option of ``pg_ts_dict.dictinitoption``, in order: the server
    writes them as ``name = 'value'`` (or ``E'…'``) joined by ', '."""
    if not text:
        return []
    found = [t for t in tokens(text) if t.kind != "comment"]
    options = []
    for i in range(0, len(found), 4):
        name, equals, value = found[i], found[i + 1], found[i + 2]
        key, literal = identifier(name), string_value(value)
        if key is None or equals.text != "=" or literal is None or (i + 3 < len(found) and found[i + 3].text != ","):
            raise DiffError(f"cannot read the text search dictionary options {text!r}")
        options.append((key, literal))
    return options


def _refuse_unplanned(current: Snapshot, desired: Snapshot) -> None:
    for kind in _UNPLANNED:
        have, want = current.catalog.of_kind(kind), desired.catalog.of_kind(kind)
        differ = sorted(
            k
            for k in have.keys() | want.keys()
            if (have.get(k) and have[k].definition) != (want.get(k) and want[k].definition)
        )
        if differ:
            word = kind.replace("_", " ")
            raise DiffError(
                f"cannot plan the {word}s {', '.join(differ)}: a {word} is made of C functions and only a superuser "
                "creates one; create or drop it by hand (or in the prelude), then plan again"
            )


def text_search_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    _refuse_unplanned(current, desired)
    have_d, want_d = _rows(current, "text_search_dictionaries"), _rows(desired, "text_search_dictionaries")
    have_c, want_c = _rows(current, "text_search_configurations"), _rows(desired, "text_search_configurations")
    new_dicts = sorted(want_d.keys() - have_d.keys())
    re_dicts = sorted(n for n in have_d.keys() & want_d.keys() if have_d[n]["template"] != want_d[n]["template"])
    new_cfgs = sorted(want_c.keys() - have_c.keys())
    re_cfgs = sorted(n for n in have_c.keys() & want_c.keys() if have_c[n]["parser"] != want_c[n]["parser"])
    kept_cfgs = sorted(n for n in have_c.keys() & want_c.keys() if n not in re_cfgs)
    gone = {have_d[n]["qname"] for n in re_dicts}
    old_maps = {n: _mapping(have_c[n]) for n in kept_cfgs}
    for name in kept_cfgs:  # mappings that use a dictionary about to be re-created
        cut = sorted(t for t, dicts in old_maps[name].items() if gone & set(dicts))
        if cut:
            yield _config_alter(have_c[name], f"drop mapping for {', '.join(cut)}")
            old_maps[name] = {t: d for t, d in old_maps[name].items() if t not in cut}
    for name in re_cfgs:
        yield Change(
            CONFIGURATION, Action.DROP, name, f"drop text search configuration {have_c[name]['qname']}", EARLY_PHASE
        )
    for name in re_dicts:
        yield Change(DICTIONARY, Action.DROP, name, f"drop text search dictionary {have_d[name]['qname']}", EARLY_PHASE)
    for name in new_dicts + re_dicts:
        yield _dictionary_create(want_d[name])
    for name in sorted(have_d.keys() & want_d.keys()):
        if name not in re_dicts and have_d[name]["options"] != want_d[name]["options"]:
            yield _dictionary_alter(have_d[name], want_d[name])
    for name in new_cfgs + re_cfgs:
        row = want_c[name]
        yield Change(CONFIGURATION, Action.CREATE, name, configuration_create_sql(row), EARLY_PHASE)
        yield from _mapping_changes(row, {}, _mapping(row))
    for name in kept_cfgs:
        yield from _mapping_changes(want_c[name], old_maps[name], _mapping(want_c[name]))
    for name in sorted(have_c.keys() - want_c.keys()):
        yield Change(
            CONFIGURATION, Action.DROP, name, f"drop text search configuration {have_c[name]['qname']}", LATE_PHASE
        )
    for name in sorted(have_d.keys() - want_d.keys()):
        yield Change(DICTIONARY, Action.DROP, name, f"drop text search dictionary {have_d[name]['qname']}", LATE_PHASE)
    yield from _recommented(current, desired, [*(have_d[n]["qname"] for n in re_dicts)], "text search dictionary")
    yield from _recommented(current, desired, [*(have_c[n]["qname"] for n in re_cfgs)], "text search configuration")


def _mapping(row: Mapping[str, Any]) -> TokenMap:
    return {m["token"]: tuple(m["dictionaries"]) for m in row["mappings"]}


def _config_alter(row: Mapping[str, Any], clause: str) -> Change:
    return Change(
        CONFIGURATION,
        Action.ALTER,
        row["name"],
        f"alter text search configuration {row['qname']} {clause}",
        EARLY_PHASE,
    )


def _mapping_changes(row: Mapping[str, Any], old: TokenMap, new: TokenMap) -> Iterator[Change]:
    """drop mapping for the token types that go, then add and alter mapping for those that
    come or change, token types with the same dictionaries together (in token order)."""
    dropped = [t for t in old if t not in new]
    if dropped:
        yield _config_alter(row, f"drop mapping for {', '.join(dropped)}")
    for verb, tokens_ in (
        ("add", [t for t in new if t not in old]),
        ("alter", [t for t in new if t in old and old[t] != new[t]]),
    ):
        for dicts, group in _grouped(tokens_, new):
            yield _config_alter(row, f"{verb} mapping for {', '.join(group)} with {', '.join(dicts)}")


def _grouped(token_types: Iterable[str], mapping: TokenMap) -> list[tuple[tuple[str, ...], list[str]]]:
    groups: dict[tuple[str, ...], list[str]] = {}
    for token in token_types:
        groups.setdefault(mapping[token], []).append(token)
    return list(groups.items())


def _options_clause(options: list[tuple[str, str]]) -> str:
    return ", ".join(f"{quote_ident(name)} = {quote_literal(value)}" for name, value in options)


def dictionary_create_sql(row: Mapping[str, Any]) -> str:
    """CREATE TEXT SEARCH DICTIONARY of a row of render_text_search_dictionaries.sql (also
    written by ``schemadiff dump``)."""
    options = _options_clause(parse_options(row["options"]))
    return f"create text search dictionary {row['qname']} (template = {row['template']}{', ' + options if options else ''})"


def configuration_create_sql(row: Mapping[str, Any]) -> str:
    return f"create text search configuration {row['qname']} (parser = {row['parser']})"


def configuration_mapping_sqls(row: Mapping[str, Any]) -> list[str]:
    """The ADD MAPPING statements that give a new configuration its mappings."""
    return [c.sql for c in _mapping_changes(row, {}, _mapping(row))]


def _dictionary_create(row: dict[str, Any]) -> Change:
    return Change(DICTIONARY, Action.CREATE, row["name"], dictionary_create_sql(row), EARLY_PHASE)


def _dictionary_alter(old: dict[str, Any], new: dict[str, Any]) -> Change:
    """Options that go are named without a value; then every desired option is set again,
    in order (each one set is moved to the end of the stored list)."""
    wanted = parse_options(new["options"])
    names = {name for name, _ in wanted}
    removed = [quote_ident(name) for name, _ in parse_options(old["options"]) if name not in names]
    clause = ", ".join([*removed, *([_options_clause(wanted)] if wanted else [])])
    return Change(
        DICTIONARY, Action.ALTER, new["name"], f"alter text search dictionary {new['qname']} ({clause})", EARLY_PHASE
    )


def _recommented(current: Snapshot, desired: Snapshot, qnames: list[str], object_type: str) -> Iterator[Change]:
    """The unchanged comment of an object the plan re-creates (the comments family plans
    only comments that differ)."""
    for qname in qnames:
        key = (object_type, qname)
        text = desired.comments.get(key)
        if text is not None and current.comments.get(key) == text:
            yield Change(
                "comment",
                Action.CREATE,
                f"{object_type} {qname}",
                f"comment on {object_type} {qname} is {quote_literal(text)}",
                COMMENT_PHASE,
            )
