"""The comments family: ``COMMENT ON`` for every object kind (migra ignores comments).

Comments are set last, when every object they describe exists. A comment that disappears
from an object that stays is removed with ``IS NULL``; objects that are dropped take their
comments with them.
"""

from __future__ import annotations

from collections.abc import Iterator

from schemadiff.changes import Action, Change
from schemadiff.diff.readers import quote_literal
from schemadiff.snapshot import Snapshot

PHASE = 10_000

# pg_identify_object type -> the word COMMENT ON takes
_COMMENT_TARGET = {
    "table column": "column",
    "view column": "column",
    "materialized view column": "column",
    "foreign table column": "column",
    "table constraint": "constraint",
    "composite type": "type",
}


def comment_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    # what an object created by the plan is commented with anyway (an extension: its control file's)
    baselines = {(r["object_type"], r["quoted_identity"]): r["description"] for r in current.rows.get("comment_baselines", ())}
    for (object_type, identity), text in sorted(desired.comments.items()):
        key = (object_type, identity)
        had = current.comments[key] if key in current.comments else baselines.get(key)
        if text == had:
            continue
        target = _COMMENT_TARGET.get(object_type, object_type)
        value = "null" if text is None else quote_literal(text)
        action = Action.DROP if text is None else (Action.CREATE if had is None else Action.ALTER)
        yield Change("comment", action, f"{target} {identity}", f"comment on {target} {identity} is {value}", PHASE)
