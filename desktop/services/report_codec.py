"""Frozen dataclasses (the rating-drop report and everything in it) to JSON
and back, exactly: what :mod:`desktop.services.insights` keeps in the
database so that a new process reads a report instead of computing it.

Plain data only, never pickle: a stored report is text that names no code.
Decoding follows the dataclasses' own type hints (dates from ISO text,
tuples from lists, integer keys from text keys, DataFrames from columns);
numbers come back as the JSON gave them (an int stays an int, so the
report's JSON prints byte for byte as before). Anything the hints do not
expect raises ``ReportCodecError``; the caller then computes the report.

Threading: pure functions; safe from any thread.
"""
from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Mapping as AbcMapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypeVar, Union

import numpy as np
import pandas as pd

T = TypeVar("T")


class ReportCodecError(ValueError):
    """A stored report that does not decode into the expected classes."""


def dumps(obj: Any) -> str:
    """``obj`` (a dataclass instance) as compact JSON text (NaN and infinity
    kept, as Python's json writes them)."""
    return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":"), allow_nan=True)


def loads(cls: type[T], text: str) -> T:
    """The ``cls`` instance :func:`dumps` wrote. Raises ReportCodecError."""
    try:
        return _decode(cls, json.loads(text))
    except ReportCodecError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ReportCodecError(f"stored report does not decode: {exc}") from exc


def _encode(v: Any) -> Any:
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return {f.name: _encode(getattr(v, f.name)) for f in dataclasses.fields(v)}
    if isinstance(v, pd.DataFrame):
        return _encode_frame(v)
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    if isinstance(v, datetime):
        raise ReportCodecError(f"a datetime where a date was expected: {v!r}")
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, (tuple, list)):
        return [_encode(x) for x in v]
    if isinstance(v, AbcMapping):
        return {str(k): _encode(x) for k, x in v.items()}
    if v is None or isinstance(v, (int, float, str)):
        return v
    raise ReportCodecError(f"cannot store a {type(v).__name__}")


def _encode_frame(df: pd.DataFrame) -> dict:
    columns = []
    for name in df.columns:
        col = df[name]
        kind = str(col.dtype)
        if kind.startswith("datetime64"):
            values = [int(x) for x in col.to_numpy().view("int64")]
        else:
            values = [_encode(x) for x in col.tolist()]
        columns.append({"name": str(name), "dtype": kind, "values": values})
    return {"columns": columns}


def _decode_frame(data: dict) -> pd.DataFrame:
    out = {}
    for c in data["columns"]:
        kind = c["dtype"]
        if kind.startswith("datetime64"):
            out[c["name"]] = pd.Series(np.array(c["values"], dtype="int64").view(np.dtype(kind)))
        else:
            out[c["name"]] = pd.Series(c["values"], dtype=np.dtype(kind) if kind != "object" else object)
    return pd.DataFrame(out, columns=[c["name"] for c in data["columns"]])


@lru_cache(maxsize=64)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, v: Any) -> Any:
    if hint is Any:
        return v
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        if v is None:
            return None
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decode(options[0], v) if len(options) == 1 else v
    if v is None:
        return None
    if dataclasses.is_dataclass(hint):
        if not isinstance(v, dict):
            raise ReportCodecError(f"{hint.__name__}: expected an object")
        hints = _hints(hint)
        return hint(**{f.name: _decode(hints[f.name], v[f.name]) for f in dataclasses.fields(hint)})
    if hint is pd.DataFrame:
        return _decode_frame(v)
    if hint is date:
        return date.fromisoformat(v)
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], x) for x in v)
        if len(args) != len(v):
            raise ReportCodecError(f"expected {len(args)} values, found {len(v)}")
        return tuple(_decode(a, x) for a, x in zip(args, v))
    if origin in (dict, AbcMapping, typing.Mapping):
        key, value = typing.get_args(hint) or (str, Any)
        return {(int(k) if key is int else k): _decode(value, x) for k, x in v.items()}
    if hint in (int, float, str, bool):
        if isinstance(v, (dict, list)):
            raise ReportCodecError(f"expected a {hint.__name__}")
        return v
    return v
