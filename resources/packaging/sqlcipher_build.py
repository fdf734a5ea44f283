"""SQLCipher for the Linux bundle, linked to the system's OpenSSL (Linux).

The ``sqlcipher3-wheels`` wheel (database encryption at rest) carries
SQLCipher with a whole OpenSSL linked in: one 8.4 MB library, the largest
part of the bundle after NumPy's BLAS. On Linux the bundle already uses the
system's OpenSSL (``libcrypto.so.3``, the .deb depends on ``libssl3``, see
linux/system-libraries.txt), so the build compiles the same extension from
the same release's source (its PyPI sdist, kept unchanged in
``linux/sqlcipher/``: the SQLCipher amalgamation and the module's C files)
against that OpenSSL: 1.6 MB, and SQLCipher's cryptography then gets
OpenSSL's security updates through apt like the rest of the system.

Same SQLCipher source, same compile-time options as the wheel's setup.py,
so the database format is the same: a file encrypted by one opens with the
other (tests/frozen checks it both ways). The source is used only when its
version equals the installed wheel's (the Python half of the package comes
from the wheel); otherwise, or without a C compiler and OpenSSL's headers,
the build keeps the wheel's library and says so.

Build-time only (build.spec); never shipped. The compiled library is
cached by source hash in the checkout's ``build/sqlcipher/`` (build.spec),
so test builds into temporary folders compile it once, not each time.
"""
from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
from pathlib import Path

SOURCE_FOLDER = Path(__file__).with_name("linux") / "sqlcipher"
"""Where the sdist (``sqlcipher3_wheels-<version>.tar.gz``) is kept."""
SOURCE_SHA256: dict[str, str] = {
    "0.5.7": "5fd344abba62c487c4d857a6fb55cb8dff8a97d4c4fbb4f9394b473e8e315dee",
}
"""Version -> sha256 of its PyPI sdist, so a changed file is refused."""
DEFINES: tuple[str, ...] = (
    'MODULE_NAME="sqlcipher3.dbapi2"', "SQLITE_ENABLE_FTS3=1", "SQLITE_ENABLE_FTS3_PARENTHESIS=1",
    "SQLITE_ENABLE_FTS4=1", "SQLITE_ENABLE_FTS5=1", "SQLITE_ENABLE_JSON1=1",
    "SQLITE_ENABLE_LOAD_EXTENSION=1", "SQLITE_ENABLE_RTREE=1", "SQLITE_ENABLE_STAT4=1",
    "SQLITE_ENABLE_UPDATE_DELETE_LIMIT=1", "SQLITE_SOUNDEX=1", "SQLITE_USE_URI=1",
    "SQLITE_HAS_CODEC=1", "SQLITE_TEMP_STORE=2", "SQLITE_THREADSAFE=1",
    "SQLITE_EXTRA_INIT=sqlcipher_extra_init", "SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown",
    "HAVE_STDINT_H=1", "SQLITE_MAX_VARIABLE_NUMBER=250000", "SQLITE_DEFAULT_PAGE_SIZE=4096",
    "SQLITE_DEFAULT_CACHE_SIZE=-8000",
)
"""The wheel's compile-time options (its setup.py), so both builds behave alike."""
COMPILE_TIMEOUT_S = 900


def installed_version() -> str | None:
    """The installed sqlcipher3-wheels version, or None."""
    from importlib import metadata

    try:
        return metadata.version("sqlcipher3-wheels")
    except metadata.PackageNotFoundError:
        return None


def source_for(version: str | None, folder: Path = SOURCE_FOLDER) -> tuple[Path | None, str]:
    """(the sdist for ``version``, "") or (None, why not)."""
    if version is None:
        return None, "sqlcipher3-wheels is not installed"
    tarball = folder / f"sqlcipher3_wheels-{version}.tar.gz"
    if not tarball.is_file():
        have = sorted(p.name for p in folder.glob("*.tar.gz"))
        return None, f"no source for sqlcipher3-wheels {version} in {folder} (have: {', '.join(have) or 'none'})"
    digest = hashlib.sha256(tarball.read_bytes()).hexdigest()
    if SOURCE_SHA256.get(version) != digest:
        return None, f"{tarball.name}: sha256 {digest} is not the recorded one"
    return tarball, ""


def _openssl_headers() -> bool:
    include = Path(sysconfig.get_config_var("INCLUDEDIR") or "/usr/include")
    return any((p / "openssl" / "evp.h").is_file() for p in (Path("/usr/include"), include))


def system_openssl_extension(work: Path, version: str | None = None,
                             folder: Path = SOURCE_FOLDER) -> tuple[Path | None, str]:
    """(the compiled ``_sqlite3`` extension, a line saying what was done), or
    (None, why the wheel's library stays). Compiles once per source hash
    (about a minute), then reuses ``work/sqlcipher/<hash>/``."""
    version = version if version is not None else installed_version()
    tarball, why = source_for(version, folder)
    if tarball is None:
        return None, f"SQLCipher kept as the wheel ships it: {why}"
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("strip") is None or not _openssl_headers():
        return None, "SQLCipher kept as the wheel ships it: no C compiler, strip or OpenSSL headers (libssl-dev)"
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    out_folder = work / "sqlcipher" / SOURCE_SHA256[version][:16]
    out = out_folder / f"_sqlite3{suffix}"
    if not out.exists():
        src = out_folder / "src"
        shutil.rmtree(src, ignore_errors=True)
        src.mkdir(parents=True)
        with tarfile.open(tarball) as archive:
            members = [m for m in archive.getmembers() if re.search(r"/src/.*\.[ch]$", m.name) and m.isfile()]
            for member in members:
                member.name = member.name.split("/src/", 1)[1]
                archive.extract(member, src, filter="data")
        sources = sorted(str(p) for p in src.glob("*.c")) + [str(src / "sqlcipher" / "sqlite3.c")]
        partial = out.with_suffix(".partial")
        subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-fvisibility=hidden",
                        *(f"-D{d}" for d in DEFINES),
                        f"-I{sysconfig.get_paths()['include']}", f"-I{src / 'sqlcipher'}",
                        *sources, "-lm", "-lcrypto", "-o", str(partial)],
                       check=True, timeout=COMPILE_TIMEOUT_S)
        subprocess.run(["strip", "--strip-unneeded", str(partial)], check=True, timeout=120)
        partial.replace(out)
        shutil.rmtree(src, ignore_errors=True)
    return out, (f"SQLCipher (sqlcipher3-wheels {version}) compiled against the system's OpenSSL: "
                 f"{out.stat().st_size / 1e6:.1f} MB (the wheel's, with its own OpenSSL, is larger)")


def with_system_openssl_sqlcipher(binaries: list[tuple[str, str, str]], work: Path) -> tuple[list, str]:
    """Binaries with the wheel's ``sqlcipher3/_sqlite3`` swapped for the one
    :func:`system_openssl_extension` builds (unchanged when it cannot)."""
    index = [i for i, (dest, _, _) in enumerate(binaries)
             if dest.replace("\\", "/").startswith("sqlcipher3/_sqlite3")]
    if not index:
        return binaries, "no SQLCipher in the bundle"
    built, note = system_openssl_extension(work)
    if built is None:
        return binaries, note
    out = list(binaries)
    dest, _, typecode = out[index[0]]
    out[index[0]] = (dest, str(built), typecode)
    return out, note


if __name__ == "__main__":  # python resources/packaging/sqlcipher_build.py WORK: compile and say what
    print(system_openssl_extension(Path(sys.argv[1] if len(sys.argv) > 1 else "build"))[1])
