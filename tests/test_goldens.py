"""The corpus's goldens per major (``tests/goldens.py``): which file a major reads, and what an
update run writes and removes, on files in a temporary folder."""

from __future__ import annotations

from pathlib import Path

from goldens import drop_redundant_versioned_goldens, golden_for, update_versioned


def _case(root: Path, **files: str) -> Path:
    case = root / "group" / "case"
    case.mkdir(parents=True)
    for name, text in files.items():
        (case / f"{name.replace('_pg', '.pg')}.sql").write_text(text)
    return case / "expected.sql"


def _files(expected: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted(expected.parent.glob("expected*.sql"))}


def test_a_versioned_golden_serves_its_major_and_the_older_ones_down_to_the_next(tmp_path: Path) -> None:
    expected = _case(tmp_path, expected="18", expected_pg17="15-17", expected_pg15="15")
    assert {major: golden_for(expected, major).read_text() for major in (15, 16, 17, 18)} == {
        15: "15",
        16: "15-17",
        17: "15-17",
        18: "18",
    }


def test_an_update_keeps_what_the_older_majors_read(tmp_path: Path) -> None:
    expected = _case(tmp_path, expected="18", expected_pg17="old")
    update_versioned(expected, 17, "new")  # 15 and 16 read the old plan from the file 17 replaces
    assert _files(expected) == {"expected.pg16.sql": "old", "expected.pg17.sql": "new", "expected.sql": "18"}
    update_versioned(expected, 16, "18")  # 17's file ("new") is what 16 falls back to: 16 gets its own
    assert _files(expected) == {
        "expected.pg15.sql": "old",
        "expected.pg16.sql": "18",
        "expected.pg17.sql": "new",
        "expected.sql": "18",
    }
    update_versioned(expected, 17, "18")  # the same as 18's: 17's file goes
    update_versioned(expected, 15, "old")  # unchanged: nothing written
    assert _files(expected) == {"expected.pg15.sql": "old", "expected.pg16.sql": "18", "expected.sql": "18"}
    assert [golden_for(expected, major).read_text() for major in (15, 16, 17, 18)] == ["old", "18", "18", "18"]


def test_the_update_run_removes_the_versioned_goldens_that_hold_their_fallback(tmp_path: Path) -> None:
    expected = _case(tmp_path, expected="18", expected_pg17="a", expected_pg16="a", expected_pg15="a")
    reverse = expected.with_name("expected_reverse.sql")
    reverse.write_text("r")
    reverse.with_name("expected_reverse.pg16.sql").write_text("r")
    removed = drop_redundant_versioned_goldens(tmp_path)
    assert sorted(p.name for p in removed) == ["expected.pg15.sql", "expected.pg16.sql", "expected_reverse.pg16.sql"]
    assert _files(expected) == {"expected.pg17.sql": "a", "expected.sql": "18", "expected_reverse.sql": "r"}
