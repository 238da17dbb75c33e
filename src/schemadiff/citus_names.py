"""The names Citus gives the copy of a table it converts (``alter_distributed_table``,
``undistribute_table``): the table is re-created under a temporary name, its rows moved, the old
one dropped and the copy renamed back. Its NOT NULL constraints (named from PostgreSQL 18 on)
keep the names made up for the temporary one, ``<table>_<hash>_<column>_not_null``; the plan
renames them back, so it needs that name before it runs.

The temporary name is Citus's ``AppendShardIdToName(name, hash_any(name))``; ``hash_any`` is
PostgreSQL's ``hash_bytes`` (Bob Jenkins's lookup3, as ``hashtext`` returns it), computed here
as a little-endian server does (tests/test_citus_names.py checks it against the server's own
``hashtext``).
"""

from __future__ import annotations

NAMEDATALEN = 64
_MASK = 0xFFFFFFFF


def _rot(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & _MASK


def _mix(a: int, b: int, c: int) -> tuple[int, int, int]:
    a = (a - c) & _MASK
    a ^= _rot(c, 4)
    c = (c + b) & _MASK
    b = (b - a) & _MASK
    b ^= _rot(a, 6)
    a = (a + c) & _MASK
    c = (c - b) & _MASK
    c ^= _rot(b, 8)
    b = (b + a) & _MASK
    a = (a - c) & _MASK
    a ^= _rot(c, 16)
    c = (c + b) & _MASK
    b = (b - a) & _MASK
    b ^= _rot(a, 19)
    a = (a + c) & _MASK
    c = (c - b) & _MASK
    c ^= _rot(b, 4)
    b = (b + a) & _MASK
    return a, b, c


def _final(a: int, b: int, c: int) -> int:
    c ^= b
    c = (c - _rot(b, 14)) & _MASK
    a ^= c
    a = (a - _rot(c, 11)) & _MASK
    b ^= a
    b = (b - _rot(a, 25)) & _MASK
    c ^= b
    c = (c - _rot(b, 16)) & _MASK
    a ^= c
    a = (a - _rot(c, 4)) & _MASK
    b ^= a
    b = (b - _rot(a, 14)) & _MASK
    c ^= b
    c = (c - _rot(b, 24)) & _MASK
    return c


def hash_bytes(data: bytes) -> int:
    """PostgreSQL's ``hash_bytes`` (``hash_any``) of ``data``, as an unsigned 32-bit number."""
    length = len(data)
    a = b = c = (0x9E3779B9 + length + 3923095) & _MASK
    k = 0
    while length - k >= 12:
        a = (a + int.from_bytes(data[k : k + 4], "little")) & _MASK
        b = (b + int.from_bytes(data[k + 4 : k + 8], "little")) & _MASK
        c = (c + int.from_bytes(data[k + 8 : k + 12], "little")) & _MASK
        a, b, c = _mix(a, b, c)
        k += 12
    tail = data[k:]
    # the last bytes: a takes 0-3, b 4-7, c 8-10 shifted up one byte (its lowest is the length's)
    a = (a + int.from_bytes(tail[0:4], "little")) & _MASK
    b = (b + int.from_bytes(tail[4:8], "little")) & _MASK
    c = (c + (int.from_bytes(tail[8:11], "little") << 8)) & _MASK
    return _final(a, b, c)


def temporary_name(table: str) -> str:
    """The name Citus re-creates ``table`` under while converting it (``AppendShardIdToName``)."""
    raw = table.encode()
    hashed = hash_bytes(raw)
    suffix = f"_{hashed}"
    if len(raw) < NAMEDATALEN - len(suffix):
        return table + suffix
    clipped = raw[: NAMEDATALEN - len(suffix) - 10].decode("utf-8", errors="ignore")  # (pg_mbcliplen)
    return f"{clipped}_{hashed:08x}{suffix}"
