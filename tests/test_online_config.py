"""``online:`` in schemadiff.yaml: defaults, values, and bad values named plainly."""

from __future__ import annotations

import pytest

from schemadiff.errors import ConfigError
from schemadiff.online_config import DEFAULT_VECTOR_MEMORY, Execution, parse_online
from schemadiff.segments import Timeouts


def test_defaults_are_online_with_short_lock_and_long_build_timeouts() -> None:
    assert parse_online(None, "schemadiff.yaml") == Execution()
    defaults = Execution()
    assert defaults.online and defaults.timeouts == Timeouts(5_000, 15 * 60_000, 6 * 3_600_000, DEFAULT_VECTOR_MEMORY)


def test_values_in_seconds_or_with_units() -> None:
    found = parse_online(
        {
            "enabled": False,
            "lock_timeout": "250ms",
            "statement_timeout": 30,
            "long_statement_timeout": "0",
            "maintenance_work_mem": "2GB",
        },
        "schemadiff.yaml",
    )
    assert found == Execution(False, Timeouts(250, 30_000, 0, "2GB"))
    assert parse_online({"maintenance_work_mem": None}, "x").timeouts.maintenance_work_mem is None


@pytest.mark.parametrize(
    "raw, message",
    [
        ({"lock_timeout": 0}, "online.lock_timeout: expected a duration"),  # never wait for a lock without end
        ({"statement_timeout": "fast"}, "online.statement_timeout: expected a duration like 5s"),
        ({"long_statement_timeout": True}, "online.long_statement_timeout: expected a duration"),
        ({"enabled": "yes"}, "online.enabled: expected true or false"),
        ({"maintenance_work_mem": "lots"}, "online.maintenance_work_mem: expected a size like 512MB"),
        ({"lock_timeuot": "5s"}, "online: unknown key 'lock_timeuot'"),
        (["enabled"], "online: expected a mapping"),
    ],
)
def test_bad_values_are_named(raw, message) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_online(raw, "schemadiff.yaml")
