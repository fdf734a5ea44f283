"""Expand a path into logical files: a plain file, a folder (e.g. an unpacked
Google Takeout) or a ZIP (Takeout, Mailchimp audience export).

Each logical file is a :class:`Source` carrying its display name, how to get
its bytes, and context the readers need (GBP location name, Mailchimp
subscription state).
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO, Any, Callable, Iterator

from desktop.core.errors import FileReadError
from desktop.core.messages import Message

DATA_EXTENSIONS = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".json", ".jsonl", ".ndjson"}
TAKEOUT_SKIP = {"data.json", "additionaldata.json"}
MAX_MEMBER_BYTES = 2 * 1024 ** 3
"""Refuse ZIP members that claim to be larger than this (zip bombs)."""
MAX_MEMBERS = 1000
"""Data files read from one ZIP or folder; more is a ZIP bomb or the wrong
folder (a Takeout of 50 locations has about 100)."""
MAX_FOLDER_FILES = 50_000
"""Files looked at in a folder (and its subfolders) before giving up."""
MAX_RATIO = 200
"""A member that inflates more than this many times over (zeros do 1000:1,
real exports 3-20:1) and to more than RATIO_FROM_BYTES is a ZIP bomb."""
RATIO_FROM_BYTES = 50 * 1024 ** 2
MAX_TOTAL_BYTES = 8 * 1024 ** 3
"""All the data files of one ZIP together, uncompressed."""
MAILCHIMP_STATES = (("unsubscribed_members", False), ("cleaned_members", False), ("subscribed_members", True))


@dataclass
class Source:
    """One logical file. ``path`` is set for files on disk; otherwise
    ``load()`` returns the bytes (a ZIP member)."""

    name: str
    path: str | None = None
    load: Callable[[], bytes] | None = None
    context: dict[str, Any] = field(default_factory=dict)
    open: Callable[[], contextlib.AbstractContextManager[IO[bytes]]] | None = None
    """A ZIP member as a decompressing stream (bounded memory), for ``load``'s data."""

    def read_bytes(self) -> bytes:
        if self.load is not None:
            return self.load()
        try:
            return Path(self.path or self.name).read_bytes()
        except OSError as exc:
            raise FileReadError(self.name, Message("read.cannot_open", reason=exc.strerror or str(exc))) from None


def location_key(member: str) -> str | None:
    """``account-…/location-…`` part of a Takeout path (None outside Takeout):
    the key that joins a reviews file to its location's data.json, even when
    they sit in different parts of a split archive."""
    parts = PurePosixPath(member.replace("\\", "/")).parts
    for i, part in enumerate(parts):
        if part.lower().startswith("location-"):
            return "/".join(parts[max(0, i - 1): i + 1])
    return None


def read_title(raw: bytes | None) -> str | None:
    """The business name ("title") from a Takeout data.json; None if unusable."""
    if not raw:
        return None
    try:
        title = json.loads(raw.decode("utf-8-sig")).get("title")
    except (ValueError, AttributeError, UnicodeDecodeError):
        return None
    return title if isinstance(title, str) and title.strip() else None


def member_context(member: str) -> dict[str, Any]:
    """Context for a file from its name: Takeout location key, Mailchimp
    subscription state (subscribed/unsubscribed/cleaned file)."""
    ctx: dict[str, Any] = {}
    p = PurePosixPath(member.replace("\\", "/"))
    low = p.name.lower()
    if low.startswith("reviews") and low.endswith(".json"):
        key = location_key(member)
        if key or "google business profile" in str(p).lower():
            ctx["takeout"] = True
        if key:
            ctx["location_key"] = key
    for prefix, state in MAILCHIMP_STATES:
        if low.startswith(prefix):
            ctx["accepts_email"] = state
            ctx["mailchimp_state"] = prefix.split("_")[0]
            break
    return ctx


def fill_locations(sources: list[Source], titles: dict[str, str]) -> list[Source]:
    """Set each Takeout reviews file's location name from the titles found."""
    for src in sources:
        key = src.context.get("location_key")
        if key and key in titles and "location" not in src.context:
            src.context["location"] = titles[key]
    return sources


def _wanted(name: str) -> bool:
    p = PurePosixPath(name.replace("\\", "/"))
    if any(part.startswith(".") or part == "__MACOSX" for part in p.parts):
        return False
    if p.suffix.lower() not in DATA_EXTENSIONS:
        return False
    # Takeout siblings that are not reviews: location data, not review data
    return not (p.name.lower() in TAKEOUT_SKIP and "location-" in str(p).lower())


def expand_zip(path: str, data: bytes | None = None, titles: dict[str, str] | None = None) -> list[Source]:
    """Logical files inside a ZIP, sorted by member name. ``titles`` collects
    Takeout location names across several archives (split exports)."""
    titles = {} if titles is None else titles

    try:
        zf = zipfile.ZipFile(io.BytesIO(data) if data is not None else path)
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise FileReadError(path, Message("zip.damaged", reason=str(exc))) from None
    wanted = [i for i in infos if _wanted(i.filename)]
    if len(wanted) > MAX_MEMBERS:
        zf.close()
        raise FileReadError(path, Message("zip.too_many", files=len(wanted), limit=MAX_MEMBERS))
    if sum(i.file_size for i in wanted) > MAX_TOTAL_BYTES:
        zf.close()
        raise FileReadError(path, Message("zip.too_big", gigabytes=MAX_TOTAL_BYTES // 1024 ** 3))

    def reader(name: str) -> Callable[[], bytes]:
        def load() -> bytes:
            try:
                with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as z:
                    info = z.getinfo(name)
                    _check_member(path, info)
                    return z.read(name)
            except FileReadError:
                raise
            except Exception as exc:  # zlib.error, BadZipFile, NotImplementedError (compression) ...
                raise FileReadError(f"{path}::{name}",
                                    Message("zip.cannot_unpack", reason=type(exc).__name__)) from None
        return load

    def opener(name: str) -> Callable[[], contextlib.AbstractContextManager[IO[bytes]]]:
        @contextlib.contextmanager
        def open_member() -> Iterator[IO[bytes]]:
            with zipfile.ZipFile(io.BytesIO(data) if data is not None else path) as z:
                info = z.getinfo(name)
                _check_member(path, info)
                with z.open(info) as member:
                    yield member
        return open_member

    for i in infos:
        key = location_key(i.filename)
        if key and PurePosixPath(i.filename).name.lower() == "data.json" and key not in titles:
            try:
                title = read_title(reader(i.filename)())
            except FileReadError:
                title = None
            if title:
                titles[key] = title
    sources = [
        Source(name=f"{path}::{i.filename}", load=reader(i.filename), context=member_context(i.filename),
               open=opener(i.filename))
        for i in sorted(infos, key=lambda i: i.filename) if _wanted(i.filename)
    ]
    zf.close()
    return fill_locations(sources, titles)


def _check_member(path: str, info: zipfile.ZipInfo) -> None:
    """Refuse a member before unpacking a byte of it: too large, or inflating
    like a ZIP bomb (the declared size is a hard limit: zipfile stops there)."""
    where = f"{path}::{info.filename}"
    if info.file_size > MAX_MEMBER_BYTES:
        raise FileReadError(where, Message("zip.member_too_large"))
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise FileReadError(where, Message("zip.bomb", times=info.file_size // max(info.compress_size, 1)))


def regular_file(path: Path) -> bool:
    """True for a regular file (after symlinks): never a FIFO, a device such
    as /dev/zero, or a socket, which would block or never end."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def expand_folder(path: str) -> list[Source]:
    """Logical files under a folder (recursively), sorted by path; ZIPs inside
    are expanded too (Takeout split archives share one title table)."""
    root = Path(path)
    real_root = root.resolve()
    out: list[Source] = []
    titles: dict[str, str] = {}
    seen = 0
    for dirpath, dirnames, filenames in os.walk(root):  # never follows folder links: no loops
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        seen += len(filenames)
        if seen > MAX_FOLDER_FILES or len(out) > MAX_MEMBERS:
            raise FileReadError(path, Message("read.folder_too_many", files=MAX_MEMBERS, limit=MAX_FOLDER_FILES))
        for fn in sorted(filenames):
            full = Path(dirpath) / fn
            rel = full.relative_to(root).as_posix()
            if not regular_file(full) or not full.resolve().is_relative_to(real_root):
                continue  # pipes, devices and links out of the folder are not part of an export
            if fn.lower().endswith(".zip"):
                out.extend(expand_zip(str(full), titles=titles))
            elif fn.lower() == "data.json" and location_key(rel):
                title = read_title(_read_quietly(full))
                if title:
                    titles.setdefault(location_key(rel) or "", title)
            elif _wanted(rel):
                out.append(Source(name=str(full), path=str(full), context=member_context(rel)))
    return fill_locations(out, titles)


def single_file(path: Path) -> Source:
    """A plain file; a Takeout reviews file picks up its sibling data.json title."""
    src = Source(name=str(path), path=str(path), context=member_context(path.as_posix()))
    if src.context.get("takeout"):
        title = read_title(_read_quietly(path.parent / "data.json"))
        if title:
            src.context["location"] = title
    return src


def _read_quietly(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None
