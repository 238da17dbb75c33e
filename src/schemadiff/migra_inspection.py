"""migra's inspector of one database (schemainspect, names and labels quoted), filtered to the
managed schemas and detached from its connection. Imported only when a snapshot's details
are read (:func:`schemadiff.snapshot.with_details`): SQLAlchemy and schemainspect take
longer to import than a plan with nothing to do takes to run."""

from __future__ import annotations

import warnings
from typing import Any

from schemadiff.catalog import SchemaFilter
from schemadiff.errors import ConnectError, DiffError
from schemadiff.servers import connect
from schemadiff.session import pin_sqlalchemy, render_settings
from schemadiff.urls import DatabaseUrl

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from schemainspect.pg.obj import PROPS
    from sqlalchemy.pool import NullPool
    from sqlbag import S

    from schemadiff.inspect_quoting import inspector as quoting_inspector


def read_inspector(url: DatabaseUrl, schemas: SchemaFilter) -> Any:
    try:
        # no pool: sqlbag keeps an engine per URL for the life of the process, and a pooled
        # connection would keep the settings it started with (ALTER DATABASE/ROLE … SET)
        with S(url.sqlalchemy_url(), poolclass=NullPool) as session:
            pin_sqlalchemy(session, render_settings())  # same transaction as the inspection
            inspector = quoting_inspector(session)  # schemainspect's, names and labels quoted
    except KeyError as exc:  # (an object on a relation schemainspect does not read)
        raise DiffError(_unplaced(url, str(exc.args[0]) if exc.args else "")) from None
    except Exception as exc:  # SQLAlchemy wraps driver errors in its own classes
        raise ConnectError(
            f"cannot inspect {url.origin} ({url.redacted()}): {url.scrub(str(exc)).splitlines()[0]}"
        ) from None
    for prop in PROPS.split():
        objects = getattr(inspector, prop)
        setattr(inspector, prop, type(objects)((k, v) for k, v in objects.items() if schemas.allows(v.schema)))
    # the session is closed: the inspector is data now (and can be pickled: desired_cache.py);
    # "postgresql" is what schemainspect itself keeps when it has no engine
    inspector.c, inspector.engine, inspector.dialect = None, None, "postgresql"
    return inspector


def _unplaced(url: DatabaseUrl, relation: str) -> str:
    """Why migra's inspector found an object on ``relation`` (a quoted name) it does not know:
    a CHECK constraint or trigger on a foreign table (schemainspect reads none)."""
    with connect(url) as conn:
        row = conn.execute(
            "select relkind::text from pg_catalog.pg_class where oid = to_regclass(%s)", (relation,)
        ).fetchone()
    if row is not None and row[0] == "f":
        return (
            f"{url.origin}: foreign table {relation} has a CHECK constraint or a trigger, which schemadiff does "
            "not plan yet (docs/foreign-data.md, Not supported yet)"
        )
    return f"{url.origin}: migra's inspector found an object on {relation}, a relation it does not read"
