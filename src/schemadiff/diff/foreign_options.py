"""Generic options (``OPTIONS (…)`` of wrappers, servers, user mappings, foreign tables and
their columns): read from render rows, compared, and written as one ``OPTIONS`` clause.

An option whose name says it holds a secret (:data:`SECRET_OPTION`) is never read by our
queries (``queries/render_foreign_data.sql`` lists only its name): it is not part of the
schema, so nothing here can add, change or drop one (docs/foreign-data.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from schemadiff.quoting import quote_ident, quote_literal

# mirrors the pattern of the queries (an option whose name contains one of these words)
SECRET_OPTION = re.compile(r"password|passwd|secret|token|key|credential", re.I)

Options = list[tuple[str, str]]


def parse_options(stored: Sequence[str] | None) -> Options:
    """``['host=db', 'port=5432']`` (stored order) → ``[('host', 'db'), ('port', '5432')]``."""
    pairs = []
    for option in stored or ():
        name, _, value = option.partition("=")
        if not SECRET_OPTION.search(name):  # never expected: the queries leave them out
            pairs.append((name, value))
    return pairs


def options_clause(options: Options) -> str:
    """``options (host 'db', port '5432')`` for a CREATE, or '' when there is none."""
    if not options:
        return ""
    return "options (" + ", ".join(f"{quote_ident(k)} {quote_literal(v)}" for k, v in options) + ")"


def alter_options_clause(had: Options, wanted: Options) -> str:
    """The ``options (drop …, set …, add …)`` turning ``had`` into ``wanted`` with the wanted
    order (a SET keeps an option in place, an ADD appends it: the order shows in pg_dump), or ''
    when they are equal. When the order cannot be reached in place, every option is dropped
    and added again in one clause."""
    if had == wanted:
        return ""
    old, new = dict(had), dict(wanted)
    kept = [k for k, _ in had if k in new]
    added = [k for k, _ in wanted if k not in old]
    items: list[str] = []
    if kept + added == [k for k, _ in wanted]:
        items += [f"drop {quote_ident(k)}" for k, _ in had if k not in new]
        items += [f"set {quote_ident(k)} {quote_literal(new[k])}" for k in kept if old[k] != new[k]]
        items += [f"add {quote_ident(k)} {quote_literal(new[k])}" for k in added]
    else:
        items += [f"drop {quote_ident(k)}" for k, _ in had]
        items += [f"add {quote_ident(k)} {quote_literal(v)}" for k, v in wanted]
    return "options (" + ", ".join(items) + ")"
