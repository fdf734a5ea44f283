"""Blocks and records every network attempt of this Python process: TCP/UDP
connects, datagrams, name look-ups. Unix sockets (multiprocessing's own) are
left alone. ``install`` is called by the zero-network tests in-process and,
through a generated ``sitecustomize.py``, at the start of every Python
process a CLI command starts (workers included).

An attempt raises :class:`NetworkBlocked` and is appended to the record file
(JSON lines: what, address, the first caller outside the standard library
and the socket module, the stack). Loopback addresses can be allowed
explicitly, one ``host:port`` at a time (the messaging tests' SMTP server).
"""
from __future__ import annotations

import json
import os
import socket
import sys
import traceback
from typing import Any, Callable

RECORD_ENV = "REGULARS_NET_RECORD"
ALLOW_ENV = "REGULARS_NET_ALLOW"
"""Comma-separated ``127.0.0.1:PORT`` entries that may be connected to."""
LOOPBACK = ("127.", "::1", "localhost")
NET_FAMILIES = (socket.AF_INET, socket.AF_INET6)


class NetworkBlocked(OSError):
    """A network connection or look-up was attempted (and refused)."""


_originals: dict[str, Any] = {}
_record: list[dict] = []
_settings: dict[str, Any] = {"file": None, "allow": set()}


def attempts() -> list[dict]:
    """Attempts recorded in this process since ``install``."""
    return list(_record)


def _caller() -> tuple[str, list[str]]:
    here = os.path.abspath(__file__)
    stack = [f for f in traceback.extract_stack() if os.path.abspath(f.filename) != here]
    lines = [f"{f.filename}:{f.lineno} in {f.name}" for f in stack]
    stdlib = os.path.dirname(os.__file__)
    for frame in reversed(stack):
        path = os.path.abspath(frame.filename)
        if path.startswith(stdlib) and "site-packages" not in path:
            continue
        return f"{frame.filename}:{frame.lineno} in {frame.name}", lines[-12:]
    return (lines[-1] if lines else "?"), lines[-12:]


def _allowed(host: Any, port: Any) -> bool:
    text = f"{host}:{port}"
    return str(host).startswith(LOOPBACK) and text in _settings["allow"]


def _deny(what: str, address: Any) -> None:
    caller, stack = _caller()
    entry = {"what": what, "address": repr(address), "caller": caller, "stack": stack, "pid": os.getpid(),
             "argv": sys.argv[:4]}
    _record.append(entry)
    if _settings["file"]:
        try:
            with open(_settings["file"], "a", encoding="utf-8") as fh:
                fh.write(json.dumps(entry) + "\n")
        except OSError:
            pass
    raise NetworkBlocked(f"network use blocked by the zero-network test: {what} {address!r} from {caller}")


def _check_address(sock: socket.socket, address: Any, what: str) -> None:
    if sock.family not in NET_FAMILIES:
        return
    host, port = (address[0], address[1]) if isinstance(address, tuple) and len(address) >= 2 else (address, None)
    if not _allowed(host, port):
        _deny(what, address)


def _wrap_method(name: str) -> Callable:
    original = getattr(socket.socket, name)

    def guarded(self: socket.socket, address: Any, *args: Any) -> Any:
        _check_address(self, address, f"socket.{name}")
        return original(self, address, *args)
    _originals[f"socket.{name}"] = original
    return guarded


def _wrap_sendto(original: Callable) -> Callable:
    def sendto(self: socket.socket, data: Any, *args: Any) -> Any:
        address = args[-1] if args else None
        _check_address(self, address, "socket.sendto")
        return original(self, data, *args)
    return sendto


def _wrap_lookup(name: str) -> Callable:
    original = getattr(socket, name)

    def guarded(host: Any = None, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, tuple) and len(host) >= 2:  # create_connection((host, port), ...)
            target, port = host[0], host[1]
        else:
            target, port = host, (args[0] if args else kwargs.get("port"))
        if not _allowed(target, port):
            _deny(f"socket.{name}", (target, port))
        return original(host, *args, **kwargs)
    _originals[name] = original
    return guarded


def install(record_file: str | None = None, allow: str | set[str] = "") -> None:
    """Start blocking (idempotent). ``allow``: 'host:port' entries on loopback."""
    if isinstance(allow, str):
        allow = {a.strip() for a in allow.split(",") if a.strip()}
    _settings["file"] = record_file
    _settings["allow"] = {a for a in allow if a.startswith(LOOPBACK)}  # never anything but loopback
    if _originals:
        return
    for name in ("connect", "connect_ex"):
        setattr(socket.socket, name, _wrap_method(name))
    _originals["socket.sendto"] = socket.socket.sendto
    socket.socket.sendto = _wrap_sendto(socket.socket.sendto)  # type: ignore[method-assign]
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "create_connection"):
        setattr(socket, name, _wrap_lookup(name))


def uninstall() -> None:
    """Put the socket module back as it was (in-process tests)."""
    for key, original in _originals.items():
        if key.startswith("socket."):
            setattr(socket.socket, key.split(".", 1)[1], original)
        else:
            setattr(socket, key, original)
    _originals.clear()
    _record.clear()


SITECUSTOMIZE = """\
import os, sys
sys.path.insert(0, {here!r})
import netguard
netguard.install(os.environ.get(netguard.RECORD_ENV), os.environ.get(netguard.ALLOW_ENV, ""))
"""


def write_sitecustomize(folder: str) -> str:
    """A folder for PYTHONPATH whose sitecustomize installs the guard in
    every Python process started with it."""
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "sitecustomize.py"), "w", encoding="utf-8") as fh:
        fh.write(SITECUSTOMIZE.format(here=os.path.dirname(os.path.abspath(__file__))))
    return folder


