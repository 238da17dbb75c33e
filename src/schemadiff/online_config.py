"""``online:`` in schemadiff.yaml: whether plans are online-safe, and the timeouts and memory
their segments get (written into each plan file, where apply reads them)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from schemadiff.errors import ConfigError
from schemadiff.segments import SEGMENT_SETTINGS, Timeouts

_KEYS = {"enabled", "lock_timeout", "statement_timeout", "long_statement_timeout", "maintenance_work_mem"}
_DURATION = re.compile(r"^(\d+)\s*(ms|s|min|h)?$")
_UNIT_MS = {"ms": 1, "s": 1_000, "min": 60_000, "h": 3_600_000}
DEFAULT_VECTOR_MEMORY = "1GB"


@dataclass(frozen=True)
class Execution:
    """How plans run: online-safe (the default) or plain DDL in one transaction."""

    online: bool = True
    timeouts: Timeouts = field(default_factory=lambda: Timeouts(maintenance_work_mem=DEFAULT_VECTOR_MEMORY))


def parse_online(raw: Any, where: str) -> Execution:
    if raw is None:
        return Execution()
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: online: expected a mapping ({', '.join(sorted(_KEYS))})")
    unknown = sorted(str(k) for k in raw if k not in _KEYS)
    if unknown:
        raise ConfigError(f"{where}: online: unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where}: online.enabled: expected true or false")
    defaults = Execution().timeouts
    memory = raw.get("maintenance_work_mem", defaults.maintenance_work_mem)
    if memory is not None and (
        not isinstance(memory, str) or not SEGMENT_SETTINGS["maintenance_work_mem"].match(memory)
    ):
        raise ConfigError(f"{where}: online.maintenance_work_mem: expected a size like 512MB or 2GB, got {memory!r}")
    return Execution(
        enabled,
        Timeouts(
            lock_timeout_ms=_duration(raw, "lock_timeout", defaults.lock_timeout_ms, where),
            statement_timeout_ms=_duration(raw, "statement_timeout", defaults.statement_timeout_ms, where),
            long_statement_timeout_ms=_duration(
                raw, "long_statement_timeout", defaults.long_statement_timeout_ms, where
            ),
            maintenance_work_mem=memory,
        ),
    )


def _duration(raw: dict[str, Any], key: str, default: int, where: str) -> int:
    """A duration: seconds as a number, or text with a unit (250ms, 5s, 15min, 6h); 0 is no limit
    (not allowed for lock_timeout: a deploy must never wait for a lock without end)."""
    value = raw.get(key)
    if value is None:
        return default
    if isinstance(value, bool):
        ms = -1
    elif isinstance(value, (int, float)):
        ms = int(value * 1000)
    elif isinstance(value, str) and (match := _DURATION.match(value.strip())):
        ms = int(match.group(1)) * _UNIT_MS[match.group(2) or "s"]
    else:
        ms = -1
    if ms < 0 or (key == "lock_timeout" and ms == 0):
        raise ConfigError(f"{where}: online.{key}: expected a duration like 5s, 15min or 6h, got {value!r}")
    return ms
