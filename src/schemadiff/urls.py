"""Database URLs: parsing, validation, and redaction.

A :class:`DatabaseUrl` keeps the URL given by the user (made well formed, see below) but
never shows its password: ``str()`` and ``repr()`` are redacted, so it is safe to log or
print. The password is only handed out by :meth:`DatabaseUrl.conninfo`,
:meth:`DatabaseUrl.sqlalchemy_url` and :meth:`DatabaseUrl.conninfo_without_password`,
which go straight to a driver or a client program.

Passwords are often pasted unencoded. The user information is everything between ``://``
and the last ``@`` before the query (``?``) or fragment (``#``), so a user name or password
may contain a raw ``@``, ``:``, ``/``, space or ``%``: they are percent-encoded before the
URL reaches libpq (which would otherwise cut the password at its first ``@`` and echo the
whole URL in its parse errors). A raw ``?`` or ``#`` in a password, or ``@`` in a database
name, must be percent-encoded (``%3F``, ``%23``, ``%40``).

:func:`redact` does not rely on a URL being well formed: it hides everything between
``://`` and the last ``@`` of the line after the user name, every ``password=`` value (URL
query or key=value conninfo), and :meth:`DatabaseUrl.scrub` also every occurrence of the
URL's own password in a foreign message (libpq's, SQLAlchemy's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import SplitResult, parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from schemadiff.errors import UrlError

_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
MASK = "***"
# a scheme that starts a URL: at the start, or after a space, quote, bracket, '=' or ','
_URL_START = re.compile(r"(?<![^\s\"'(<\[=,])[A-Za-z][A-Za-z0-9+.\-]*://")
_QUERY_PASSWORD = re.compile(r"([?&]password=)", re.IGNORECASE)
_PASSWORD_IN_KV = re.compile(r"(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]+)", re.IGNORECASE)
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_MIN_SCRUBBED = 4  # a known password shorter than this is only hidden where a pattern finds it


def redact(text: str) -> str:
    """Hide every password that looks like part of a URL (well formed or not) or of a
    key=value conninfo in ``text``."""
    return _redact_kv(_redact_urls(text))


def _redact_urls(text: str) -> str:
    out: list[str] = []
    pos = 0
    starts = list(_URL_START.finditer(text))
    for i, match in enumerate(starts):
        begin = match.end()
        if begin < pos:
            continue
        line_end = text.find("\n", begin)
        end = min(len(text) if line_end < 0 else line_end, starts[i + 1].start() if i + 1 < len(starts) else len(text))
        at = text.rfind("@", begin, end)
        colon = text.find(":", begin, at) if at >= 0 else -1
        if colon >= 0 and text[colon + 1 : at] != MASK:
            out.append(text[pos : colon + 1] + MASK)
            pos = at
        query = _QUERY_PASSWORD.search(text, max(begin, pos), end)
        if query is not None and not text.startswith(MASK, query.end()):
            # the value runs to the next parameter; in a malformed URL, to the end of the line
            amp = text.find("&", query.end(), end)
            stop = amp if amp >= 0 else end
            out.append(text[pos : query.end()] + MASK)
            pos = stop
    out.append(text[pos:])
    return "".join(out)


def _redact_kv(text: str) -> str:
    return _PASSWORD_IN_KV.sub(lambda m: m.group(0) if m.group(2).startswith(MASK) else m.group(1) + MASK, text)


def _split_userinfo(rest: str) -> tuple[str | None, str]:
    """(userinfo or None, host and what follows) of the part of a URL after ``://``."""
    query_at = min((i for i in (rest.find("?"), rest.find("#")) if i >= 0), default=len(rest))
    at = rest.rfind("@", 0, query_at)
    return (rest[:at], rest[at + 1 :]) if at >= 0 else (None, rest)


def _encoded(part: str) -> str:
    """A user name or password percent-encoded where needed (existing %XX escapes kept)."""
    return quote(_BAD_PERCENT.sub("%25", part), safe="%!$&'()*+,;=~")


def well_formed(raw: str) -> str:
    """``raw`` with its user name and password percent-encoded and spaces in its query
    encoded; a URL that needs neither is returned unchanged."""
    scheme, sep, rest = raw.partition("://")
    if not sep:
        return raw
    userinfo, host_part = _split_userinfo(rest)
    if userinfo is not None:
        user, colon, password = userinfo.partition(":")
        userinfo = _encoded(user) + (":" + _encoded(password) if colon else "")
        rest = f"{userinfo}@{host_part}"
    head, qmark, query = rest.partition("?")
    if qmark and re.search(r"\s", query):
        rest = head + "?" + re.sub(r"\s", lambda m: quote(m.group(0)), query)
    return f"{scheme}://{rest}"


@dataclass(frozen=True)
class DatabaseUrl:
    """A PostgreSQL URL, validated on construction. ``origin`` says where it came from.

    ``raw`` is the URL made well formed (:func:`well_formed`); a URL that cannot be parsed
    is a :class:`UrlError` naming ``origin``, its password redacted."""

    raw: str = field(repr=False)
    origin: str = "url"

    def __post_init__(self) -> None:
        given = self.raw
        object.__setattr__(self, "raw", well_formed(given))
        try:
            parts = urlsplit(self.raw)
        except ValueError as exc:  # e.g. an unclosed [IPv6] host
            raise UrlError(f"{self.origin}: {redact(given)!r} is not a valid URL ({redact(str(exc))})") from None
        if parts.scheme not in _SCHEMES:
            raise UrlError(
                f"{self.origin}: {redact(given)!r} is not a PostgreSQL URL "
                f"(expected postgresql://user:password@host:port/dbname)"
            )
        try:
            parts.port  # noqa: B018  (reading it validates it)
        except ValueError:
            raise UrlError(f"{self.origin}: {redact(given)!r} has an invalid port") from None
        if not self.database:
            raise UrlError(f"{self.origin}: {redact(given)!r} names no database")

    @property
    def _parts(self) -> SplitResult:
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
        return self.scrub(self.raw.replace("postgresql+psycopg://", "postgresql://", 1))

    def secrets(self) -> tuple[str, ...]:
        """Every form of this URL's passwords (in the user information or the query) that a
        message might quote: as written and decoded."""
        parts = self._parts
        found = [parts.password or ""]
        for chunk in parts.query.split("&"):
            key, _, value = chunk.partition("=")
            if unquote(key).lower() == "password":
                found.append(value)
        forms = {form for value in found for form in (value, unquote(value), unquote(value.replace("+", " ")))}
        return tuple(sorted((s for s in forms if s), key=len, reverse=True))

    def scrub(self, text: str) -> str:
        """``text`` (e.g. a driver's error message about this URL) with this URL's password
        hidden wherever it appears, and every other password :func:`redact` finds."""
        text = redact(text)
        for secret in self.secrets():
            if len(secret) >= _MIN_SCRUBBED:
                text = text.replace(secret, MASK)
        return text

    def conninfo(self) -> str:
        """The URL for psycopg (libpq form)."""
        parts = self._parts
        return urlunsplit(("postgresql",) + tuple(parts[1:]))

    def conninfo_without_password(self) -> tuple[str, str | None]:
        """The URL without its password (in the user information or the query), and the
        password (for PGPASSWORD), for client programs: a command line is visible to others."""
        parts = self._parts
        password = unquote(parts.password) if parts.password else None
        netloc = parts.netloc.rsplit("@", 1)
        if len(netloc) == 2 and ":" in netloc[0]:
            netloc = [netloc[0].split(":", 1)[0], netloc[1]]
        query = parse_qsl(parts.query, keep_blank_values=True)
        for key, value in query:
            if key.lower() == "password" and password is None:
                password = value
        query = [(k, v) for k, v in query if k.lower() != "password"]
        stripped = parts._replace(netloc="@".join(netloc), query=urlencode(query, quote_via=quote, safe="/"))
        return urlunsplit(stripped._replace(scheme="postgresql")), password

    def sqlalchemy_url(self) -> str:
        """The URL for SQLAlchemy with the psycopg 3 driver (used by migra/schemainspect)."""
        parts = self._parts
        return urlunsplit(("postgresql+psycopg",) + tuple(parts[1:]))

    def with_database(self, name: str) -> DatabaseUrl:
        parts = self._parts
        replaced = parts._replace(path="/" + quote(name, safe=""))
        return DatabaseUrl(urlunsplit(replaced), origin=self.origin)

    def with_query(self, **params: str) -> DatabaseUrl:
        parts = self._parts
        query = dict(parse_qsl(parts.query))
        query.update(params)
        return DatabaseUrl(
            urlunsplit(parts._replace(query=urlencode(query, quote_via=quote, safe="/"))), origin=self.origin
        )
