"""Files written whole or not at all.

The text goes to a temporary file in the destination's folder (``.<name>.<random>.tmp``,
which no ``*.sql`` glob matches), is flushed to disk, and only then gets its final name:

- :func:`create_exclusively` links it to the final name, which fails when that name exists
  (``FileExistsError``), so a file is never overwritten and two writers racing for one name
  cannot both win (where a file system has no hard links, the name is reserved with
  ``O_EXCL`` and the temporary file renamed over the reservation);
- :func:`replace_atomically` renames it over the final name.

A failure (disk full, read-only folder, no permission, a file-size limit, Ctrl-C) removes the
temporary file and leaves the final name as it was: never a truncated file. Errors are the
``OSError`` of the failing call; callers turn them into messages of their own.
"""

from __future__ import annotations

import errno
import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

# errors of os.link that mean "this file system has no hard links", not "cannot write here"
_NO_HARD_LINKS = frozenset({errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.ENOSYS})


def create_exclusively(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``; ``FileExistsError`` (and nothing written) if it exists."""
    tmp = _write_temporary(path, data)
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError as exc:
            if exc.errno not in _NO_HARD_LINKS:
                raise
            _reserve_and_rename(tmp, path)
        _sync_folder(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def replace_atomically(path: Path, data: bytes | Callable[[BinaryIO], object]) -> None:
    """Replace (or create) ``path`` by ``data`` in one rename; ``data`` may also be a function
    that writes the content to the open file (a big content need not be held in memory)."""
    tmp = _write_temporary(path, data)
    try:
        os.replace(tmp, path)
        _sync_folder(path.parent)
    finally:
        tmp.unlink(missing_ok=True)


def _write_temporary(path: Path, data: bytes | Callable[[BinaryIO], object]) -> Path:
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as file:
            if isinstance(data, bytes):
                file.write(data)
            else:
                data(file)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _reserve_and_rename(tmp: Path, path: Path) -> None:
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    try:
        os.replace(tmp, path)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the new name durable (best effort: some systems cannot fsync a directory)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
