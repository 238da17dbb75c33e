"""How many of the corpus's plans still read migra's inspector: the light path's coverage.

Usage: python bench/migra_path.py [--server 18|17|16|15] [--list]

Runs the golden corpus (tests/test_cases.py, on the embedded server or on an older major: tests/other_servers.py) with
``SCHEMADIFF_PATH_LOG`` set: each direction of each case (current → desired, and desired →
current unless the case says ``reverse: false``) records whether its plan takes the light
families' path (our catalog and render rows only) or reads migra's inspector (schemainspect),
as ``schemadiff plan`` would decide it (tests/casehelp.py, ``record_path``). Every case runs
with all its oracles as usual: a failing case fails this script.

Prints the number of directions on each path, those on migra's path by group, and with --list
each of them. Directions planned with renames (their plan is made against the shadow renamed
back) are counted apart.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--server", choices=("18", "17", "16", "15"), default="18", help="the embedded 18, or an older")
    parser.add_argument("--list", action="store_true", help="name each direction on migra's path")
    args = parser.parse_args()
    selection = "test_case and not on_postgresql" if args.server == "18" else f"test_case_on_postgresql_{args.server}"
    with tempfile.TemporaryDirectory() as scratch:
        log = Path(scratch) / "paths.tsv"
        command = [
            sys.executable,
            "-m",
            "pytest",
            "tests/test_cases.py",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            selection,
        ]
        print("$", " ".join(command), flush=True)
        done = subprocess.run(
            command,
            cwd=ROOT,
            env={**os.environ, "SCHEMADIFF_PATH_LOG": str(log), "SCHEMADIFF_EVERY_MAJOR": "1"},
            check=False,
        )
        if done.returncode != 0:
            print(f"the corpus failed (exit {done.returncode}): no figures", file=sys.stderr)
            return 1
        rows = sorted({tuple(line.split("\t")) for line in log.read_text(encoding="utf-8").splitlines()})
    plain = [row for row in rows if row[2] == "-"]
    renamed = [row for row in rows if row[2] != "-"]
    on_migra = [row for row in plain if row[3] == "migra"]
    print(f"\nPostgreSQL {args.server}: {len(plain)} directions without renames, {len(on_migra)} on migra's path")
    print(f"  ({len(renamed)} with renames, {sum(row[3] == 'migra' for row in renamed)} of them on migra's path)")
    for group, count in sorted(Counter(row[0].split("/", 1)[0] for row in on_migra).items()):
        print(f"  {group:<20} {count}")
    if args.list:
        for case, towards, _, _ in on_migra:
            print(f"  {case} (towards {towards})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
