"""citus_names: PostgreSQL's hash_bytes computed in Python must equal the server's own (``hashtext``
is hash_bytes of the text's bytes), and Citus's temporary names follow from it (the names below
were read off a Citus 15 cluster after alter_distributed_table)."""

from __future__ import annotations

import random
import string

from schemadiff.catalog import made_up_name
from schemadiff.citus_names import hash_bytes, temporary_name
from schemadiff.servers import connect
from schemadiff.urls import DatabaseUrl


def test_hash_bytes_is_the_servers(pg_server: DatabaseUrl) -> None:
    rng = random.Random(11)
    alphabet = string.ascii_letters + string.digits + "_ é$\"'"
    words = ["", "a", "ab", "abc", "abcd", "abcdefghijk", "abcdefghijkl", "abcdefghijklm", "ümlaut_tåble", "x" * 63]
    words += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80))) for _ in range(300)]
    with connect(pg_server) as conn:
        server = conn.execute(
            "select array_agg(hashtext(w) order by o) from unnest(%s::text[]) with ordinality as u(w, o)", (words,)
        ).fetchone()
    assert server is not None
    assert [h & 0xFFFFFFFF for h in server[0]] == [hash_bytes(w.encode()) for w in words]


def test_temporary_names_as_citus_makes_them() -> None:
    assert temporary_name("companies") == "companies_3861677242"
    assert temporary_name("plans") == "plans_1094730885"
    assert temporary_name("xx") == "xx_3208575068"
    # a name too long for the suffix: clipped, the hash in hex, then the number; the NOT NULL name
    # made from it was read off the cluster too
    made = temporary_name("t" * 60)
    assert len(made.encode()) <= 63 and made.endswith(f"_{hash_bytes(b't' * 60)}")
    assert made_up_name(made, "id", "not_null") == "t" * 43 + "_4e55ff6_id_not_null"
