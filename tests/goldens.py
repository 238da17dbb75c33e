"""Where the corpus's goldens of each PostgreSQL major are (``tests/cases/README.md``).

``expected*.sql`` hold the plans made on 18. An older major N reads the first of
``expected*.pg<N>.sql``, ``expected*.pg<N+1>.sql``, … up to 17 that exists, else 18's: a versioned
golden serves its major and the older ones below it down to the next versioned golden.
"""

from __future__ import annotations

import re
from pathlib import Path

GOLDEN_MAJOR = 18  # expected*.sql hold the plans made on this major; older ones may have expected*.pg<N>.sql
OLDEST_MAJOR = 15  # the oldest major the corpus runs on (tests/other_servers.py)


def golden_for(path: Path, major: int) -> Path:
    """The golden of a server of ``major``: the first ``expected*.pg<M>.sql`` with M from ``major``
    up (a versioned golden holds the plan on its major and on the older ones below it down to the
    next versioned golden: ``expected.pg17.sql`` alone serves 15, 16 and 17), else ``expected*.sql``
    (18's)."""
    for newer in range(major, GOLDEN_MAJOR):
        versioned = _versioned(path, newer)
        if versioned.exists():
            return versioned
    return path


def _versioned(path: Path, major: int) -> Path:
    return path.with_name(f"{path.stem}.pg{major}{path.suffix}")


def update_versioned(path: Path, major: int, actual: str) -> None:
    """Make the golden of ``major`` (older than 18) hold ``actual``, keeping what the older majors
    it served read: ``expected*.pg<major>.sql`` written, or removed when the golden it falls back to
    holds the same plan."""
    own = _versioned(path, major)
    fallback = golden_for(path, major + 1)
    wanted = None if fallback.exists() and fallback.read_text() == actual else actual
    before = golden_for(path, major)
    had = before.read_text() if before.exists() else None
    if wanted == (own.read_text() if own.exists() else None) or (wanted is None and had == actual):
        return
    below = _versioned(path, major - 1)
    if major > OLDEST_MAJOR and not below.exists() and had is not None and had != actual:
        below.write_text(had)  # (the older major keeps its plan; drop_redundant_versioned_goldens tidies)
    if wanted is None:
        own.unlink(missing_ok=True)
    else:
        own.write_text(wanted)


def drop_redundant_versioned_goldens(cases_dir: Path) -> list[Path]:
    """Remove each ``expected*.pg<N>.sql`` that holds the same plan as the golden N would read
    without it (``golden_for`` of N + 1); the removed files. Run at the end of an update run: under
    xdist a case's run on an older major may read a newer one's golden before the run on that
    major of the same update wrote it (a new case, a changed plan), and then keeps a file of its
    own for what ends up the same plan."""
    removed = []
    for case in sorted({p.parent for p in cases_dir.glob("*/*/expected*.pg*.sql")}):
        for base in sorted(case.glob("expected*.sql")):
            if re.search(r"\.pg\d+\.sql$", base.name):
                continue
            for major in range(GOLDEN_MAJOR - 1, OLDEST_MAJOR - 1, -1):
                versioned = _versioned(base, major)
                fallback = golden_for(base, major + 1)
                if versioned.exists() and fallback.exists() and fallback.read_text() == versioned.read_text():
                    versioned.unlink()
                    removed.append(versioned)
    return removed
