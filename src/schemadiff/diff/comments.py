"""The comments family: ``COMMENT ON`` for every object kind (migra ignores comments).

Comments are set last, when every object they describe exists. A comment that disappears
from an object that stays is removed with ``IS NULL``; objects that are dropped take their
comments with them, so a constraint, index or trigger the plan drops and creates again (its
definition changes, e.g. rewritten into the form the server prints: ``schemadiff.fixpoint``)
gets its unchanged comment again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from schemadiff.changes import Action, Change
from schemadiff.diff.readers import CONSTRAINT_FLAGS, quote_ident, quote_literal
from schemadiff.snapshot import Snapshot

PHASE = 10_000

# pg_identify_object type -> the word COMMENT ON takes
COMMENT_TARGET = {
    "table column": "column",
    "view column": "column",
    "materialized view column": "column",
    "foreign table column": "column",
    "table constraint": "constraint",
    "composite type": "type",
}


def comment_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    # what an object created by the plan is commented with anyway (an extension: its control file's)
    baselines = {
        (r["object_type"], r["quoted_identity"]): r["description"] for r in current.rows.get("comment_baselines", ())
    }
    changed: list[tuple[tuple[str, str], str | None, str | None]] = []
    have = current.comments  # (read once: tens of thousands of objects at scale)
    for key, text in desired.comments.items():
        had = have[key] if key in have else baselines.get(key)
        if text != had:
            changed.append((key, text, had))
    for (object_type, identity), text, had in sorted(changed, key=lambda found: found[0]):
        target = COMMENT_TARGET.get(object_type, object_type)
        value = "null" if text is None else quote_literal(text)
        action = Action.DROP if text is None else (Action.CREATE if had is None else Action.ALTER)
        yield Change("comment", action, f"{target} {identity}", f"comment on {target} {identity} is {value}", PHASE)
    yield from recommented_changes(current, desired)


# what a plan drops and creates when its definition changes; the flags after the definition
# (validation, deferral, enabled state, clustering) are changed in place
_RECREATED = {
    "constraint": CONSTRAINT_FLAGS,
    "index": re.compile(r"( \[(invalid|clustered|replica identity)\])+$"),
    "trigger": re.compile(r" \[enabled=\w\]$"),
}


def recommented_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The unchanged comments of the constraints, indexes and triggers that are recreated (from
    the catalogs alone: planned also when the comments were not read, ``diff.light_families``)."""
    for comment in desired.catalog.of_kind("comment").values():
        kind, _, identity = comment.identity.partition(" ")
        flags = _RECREATED.get(kind)
        old, new = current.catalog.get(kind, identity), desired.catalog.get(kind, identity)
        had = current.catalog.get("comment", comment.identity)
        if flags is None or old is None or new is None or had is None or had.definition != comment.definition:
            continue  # not such an object, new, or its comment changes anyway (planned above)
        if not recommented(kind, old.definition, new.definition):
            continue
        parts = [quote_ident(part) for part in identity.split(".")]
        if len(parts) != (2 if kind == "index" else 3):
            continue  # a name with a dot: the identity cannot be split back into names
        target = f"index {parts[0]}.{parts[1]}" if kind == "index" else f"{kind} {parts[2]} on {parts[0]}.{parts[1]}"
        yield Change(
            "comment",
            Action.CREATE,
            f"{kind} {identity}",
            f"comment on {target} is {quote_literal(comment.definition)}",
            PHASE,
        )


def recommented(kind: str, before: str, after: str) -> bool:
    """Whether a constraint, index or trigger whose definition is ``before`` and becomes ``after``
    is dropped and created again, its unchanged comment set again by :func:`recommented_changes`."""
    flags = _RECREATED.get(kind)
    return flags is not None and flags.sub("", before) != flags.sub("", after)
