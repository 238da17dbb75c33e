"""Database URLs: parsing, validation, and redaction.

A :class:`DatabaseUrl` keeps the URL given by the user but never shows its password:
``str()`` and ``repr()`` are redacted, so it is safe to log or print. The password is
only handed out by :meth:`DatabaseUrl.conninfo` and :meth:`DatabaseUrl.sqlalchemy_url`,
which go straight to a driver.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from schemadiff.errors import UrlError

_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_PASSWORD_IN_URL = re.compile(r"(://[^:/@\s]*:)([^@\s]+)(@)")
_PASSWORD_IN_KV = re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE)


def redact(text: str) -> str:
    """Hide every password that looks like part of a URL or a key=value conninfo in text."""
    text = _PASSWORD_IN_URL.sub(r"\1***\3", text)
    return _PASSWORD_IN_KV.sub(r"\1***", text)


@dataclass(frozen=True)
class DatabaseUrl:
    """A PostgreSQL URL, validated on construction. ``origin`` says where it came from."""

    raw: str = field(repr=False)
    origin: str = "url"

    def __post_init__(self) -> None:
        parts = urlsplit(self.raw)
        if parts.scheme not in _SCHEMES:
            raise UrlError(
                f"{self.origin}: {redact(self.raw)!r} is not a PostgreSQL URL "
                f"(expected postgresql://user[:password]@host[:port]/dbname)"
            )
        try:
            parts.port
        except ValueError:
            raise UrlError(f"{self.origin}: {redact(self.raw)!r} has an invalid port") from None
        if not self.database:
            raise UrlError(f"{self.origin}: {redact(self.raw)!r} names no database")

    @property
    def _parts(self):  # type: ignore[no-untyped-def]
        return urlsplit(self.raw)

    @property
    def database(self) -> str:
        return unquote(self._parts.path.lstrip("/"))

    @property
    def user(self) -> str | None:
        return unquote(self._parts.username) if self._parts.username else None

    @property
    def host(self) -> str:
        query = dict(parse_qsl(self._parts.query))
        return query.get("host") or self._parts.hostname or "localhost"

    def __str__(self) -> str:
        return self.redacted()

    def redacted(self) -> str:
        return redact(self.raw.replace("postgresql+psycopg://", "postgresql://", 1))

    def conninfo(self) -> str:
        """The URL for psycopg (libpq form)."""
        parts = self._parts
        return urlunsplit(("postgresql",) + tuple(parts[1:]))  # type: ignore[arg-type]

    def conninfo_without_password(self) -> tuple[str, str | None]:
        """The URL without its password, and the password (for PGPASSWORD), for client programs."""
        parts = self._parts
        password = unquote(parts.password) if parts.password else None
        netloc = parts.netloc.rsplit("@", 1)
        if len(netloc) == 2 and ":" in netloc[0]:
            netloc = [netloc[0].split(":", 1)[0], netloc[1]]
        return urlunsplit(("postgresql", "@".join(netloc)) + tuple(parts[2:])), password  # type: ignore[arg-type]

    def sqlalchemy_url(self) -> str:
        """The URL for SQLAlchemy with the psycopg 3 driver (used by migra/schemainspect)."""
        parts = self._parts
        return urlunsplit(("postgresql+psycopg",) + tuple(parts[1:]))  # type: ignore[arg-type]

    def with_database(self, name: str) -> DatabaseUrl:
        parts = self._parts
        replaced = parts._replace(path="/" + quote(name, safe=""))
        return DatabaseUrl(urlunsplit(replaced), origin=self.origin)

    def with_query(self, **params: str) -> DatabaseUrl:
        parts = self._parts
        query = dict(parse_qsl(parts.query))
        query.update(params)
        return DatabaseUrl(urlunsplit(parts._replace(query=urlencode(query, quote_via=quote, safe="/"))), origin=self.origin)
