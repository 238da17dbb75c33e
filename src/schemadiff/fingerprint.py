"""Schema fingerprints: a sha256 of a catalog's canonical text.

The fingerprint identifies a schema, not a database: it is the same for the same schema
on any database or server of the same PostgreSQL major version. Server-rendered
definitions can change between majors, so the major version (not the full version
number, which changes with every minor release) is part of the hashed text.
"""

from __future__ import annotations

import hashlib
import json
from json.encoder import encode_basestring

from schemadiff.catalog import Catalog, CatalogObject, SchemaFilter
from schemadiff.config import Tenant
from schemadiff.tenants import presented_catalog

FORMAT_VERSION = 1  # bump when the canonical text changes shape, so old fingerprints never match


def canonical_text(catalog: Catalog) -> str:
    """Deterministic serialisation: a header line, then one JSON array per object.

    Header: ``{"format": 1, "major": 18}``. Object lines: ``[kind, identity, parent,
    definition]`` in catalog order (sorted), compact separators, non-ASCII kept as is.
    Every line ends with a newline.
    """
    header = {"format": FORMAT_VERSION, "major": catalog.server_version_num // 10000}
    lines = [json.dumps(header, sort_keys=True, separators=(",", ":"))]
    lines.extend(_object_line(obj) for obj in catalog.objects)  # (Catalog keeps its objects sorted)
    return "\n".join(lines) + "\n"


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _object_line(obj: CatalogObject) -> str:
    """``[kind, identity, parent, definition]`` as :data:`_ENCODE` writes it: each string as the
    encoder writes a string (``encode_basestring``, what ``ensure_ascii=False`` uses), joined
    here, which is 3x faster than the encoder's setup for every object; anything but four
    strings goes through the encoder itself (tests/test_fingerprint.py checks that both agree)."""
    fields = (obj.kind, obj.identity, obj.parent, obj.definition)
    if all(type(field) is str for field in fields):
        return "[" + ",".join(map(encode_basestring, fields)) + "]"
    return _ENCODE(list(fields))


def fingerprint(catalog: Catalog) -> str:
    """``'sha256:'`` followed by the hex digest of :func:`canonical_text` (UTF-8); computed once
    per catalog (:meth:`Catalog.derived`)."""
    return catalog.derived("fingerprint", _computed_fingerprint)


def _computed_fingerprint(catalog: Catalog) -> str:
    return "sha256:" + hashlib.sha256(canonical_text(catalog).encode("utf-8")).hexdigest()


def fingerprint_for(catalog: Catalog, schemas: SchemaFilter) -> str:
    """The fingerprint of a catalog read with ``schemas``: for a tenant schema, that of the
    catalog with the schema named as schema/'s template (members in one state share it)."""
    if not schemas.presented_as:
        return fingerprint(catalog)
    return fingerprint(presented_catalog(catalog, Tenant(schemas.include[0], schemas.presented_as)))
