"""Which files of a directory of schema/ (or of a prelude directory) are read, and how.

Read: every file whose name ends in the extension (``.sql``; ``.yaml``/``.yml`` for
``schema/data/``) in any case (``x.SQL`` too, so a project reads the same files on a
case-sensitive and a case-insensitive file system), in sorted order of relative path.

Not read (listed by ``plan -v``):

- a name starting with ``.``, and everything under a directory whose name does: dotfiles,
  editor lock and swap files (``.#05_deals.sql``, ``.05_deals.sql.swp``), ``.git/``;
- a name not ending in the extension: backups and editor droppings (``05_deals.sql~``,
  ``#05_deals.sql#``, ``05_deals.sql.orig``), READMEs;
- the excluded directory names (``_prelude/``, loaded first as the prelude).

Symbolic links, to files and to directories, are followed when they lead inside the
*boundary* (the project: the directory of schemadiff.yaml, or the directory read when it is
outside the project): a file outside it is not reviewed with the project, so a link leaving
it is an error. So are a broken link named like a file that would be read, a directory link
leading back to one of its own parents (a loop), and a file reached twice (through a link
and directly): each file is read once.

Text is UTF-8, with or without a byte order mark (dropped); anything else is an error naming
the file, line and column of the first byte that is not UTF-8.
"""

from __future__ import annotations

import codecs
import os
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from schemadiff.errors import SchemaSourceError


@dataclass(frozen=True)
class Listing:
    files: tuple[Path, ...]  # in load order: sorted by relative path
    skipped: tuple[tuple[Path, str], ...]  # (path, why it is not read)


def shown(path: Path, root: Path) -> str:
    """A path as users see it: relative to the project root when it is under it (links not resolved)."""
    for candidate in (path, path.resolve()):
        try:
            return candidate.relative_to(root).as_posix()
        except ValueError:
            continue
    return str(path)


def boundary_of(directory: Path, root: Path) -> Path:
    """What links found under ``directory`` may lead into: the project, or the directory itself when outside it."""
    real_root, real_dir = root.resolve(), directory.resolve()
    return real_root if real_dir.is_relative_to(real_root) else real_dir


def list_files(
    directory: Path, suffixes: tuple[str, ...], *, root: Path, exclude: frozenset[str] = frozenset()
) -> Listing:
    """The files of ``directory`` that are read (see the module docstring), and the skipped ones."""
    if not directory.is_dir():
        raise SchemaSourceError(f"{shown(directory, root)}: not a directory", path=shown(directory, root))
    boundary = boundary_of(directory, root)
    found: list[tuple[str, Path]] = []
    skipped: list[tuple[Path, str]] = []
    first_path: dict[Path, Path] = {}  # real file -> the path it was first found at

    def fail(path: Path, why: str) -> SchemaSourceError:
        return SchemaSourceError(f"{shown(path, root)}: {why}", path=shown(path, root))

    def wanted(name: str) -> bool:
        return name.lower().endswith(suffixes)

    def walk(current: Path, relative: PurePosixPath, parents: frozenset[Path]) -> None:
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            raise fail(current, f"cannot list the directory: {exc.strerror}") from None
        for entry in entries:
            path, rel = current / entry.name, relative / entry.name
            if entry.name.startswith("."):
                skipped.append((path, "hidden (its name starts with '.')"))
                continue
            real = path
            if entry.is_symlink():
                try:
                    real = path.resolve(strict=True)
                except FileNotFoundError:
                    if wanted(entry.name):
                        raise fail(path, f"a symbolic link to {os.readlink(path)}, which does not exist") from None
                    skipped.append((path, "a broken symbolic link"))
                    continue
                except (RuntimeError, OSError):
                    raise fail(path, "a symbolic link that loops") from None
                if not real.is_relative_to(boundary):
                    raise fail(
                        path,
                        f"a symbolic link to {real}, outside the project ({boundary}): "
                        "schema files must be in the project, where they are reviewed",
                    )
            if entry.is_dir():
                if entry.name in exclude:
                    continue
                real_dir = real.resolve()
                if real_dir in parents:
                    raise fail(path, f"a symbolic link to {real_dir}, one of its own parents (a loop)")
                walk(path, rel, parents | {real_dir})
            elif not wanted(entry.name):
                skipped.append((path, f"not a {'/'.join(suffixes)} file"))
            elif not entry.is_file():
                raise fail(path, "not a regular file")
            else:
                key = real.resolve()
                if key in first_path:
                    raise fail(
                        path,
                        f"the same file as {shown(first_path[key], root)} (a symbolic link): each file is read once",
                    )
                first_path[key] = path
                found.append((rel.as_posix(), path))

    walk(directory, PurePosixPath(), frozenset({directory.resolve()}))
    found.sort(key=lambda item: item[0])
    return Listing(tuple(p for _, p in found), tuple(skipped))


def read_text(path: Path, display: str) -> str:
    """A source file's text: UTF-8, a leading byte order mark dropped."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SchemaSourceError(f"{display}: cannot read: {exc.strerror or exc}", path=display) from None
    return decode(data, display)


def decode(data: bytes, display: str) -> str:
    """UTF-8 text of ``data`` (a UTF-8 byte order mark is dropped); other encodings are an error."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise SchemaSourceError(
            f"{display}: encoded as UTF-16 or UTF-32 (it starts with such a byte order mark): files are read as UTF-8; "
            "save it as UTF-8",
            path=display,
            line=1,
            column=1,
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise SchemaSourceError(
            f"{display}:{line}:{column}: not UTF-8 (byte 0x{data[exc.start]:02x}): files are read as UTF-8, with or "
            "without a byte order mark; save it as UTF-8 (e.g. `iconv -f LATIN1 -t UTF-8`)",
            path=display,
            line=line,
            column=column,
        ) from None
    if "\x00" in text:
        offset = text.index("\x00")
        line = text.count("\n", 0, offset) + 1
        raise SchemaSourceError(
            f"{display}:{line}: contains a NUL character: not UTF-8 text (UTF-16 without a byte "
            "order mark?); save it as UTF-8",
            path=display,
            line=line,
        )
    return text
