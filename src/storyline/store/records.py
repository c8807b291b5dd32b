"""JSON round trip of the frozen dataclasses kept in the store.

Tuples become lists in JSON and are turned back into tuples on the way in, field by field, so
``from_record(to_record(x)) == x`` for every stored type (tested with hypothesis).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar, cast

T = TypeVar("T")


def to_record(obj: Any) -> Any:
    """Turn a dataclass (recursively) into JSON-ready dicts, lists and scalars."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_record(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [to_record(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_record(v) for k, v in obj.items()}
    return obj


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(tp):
            if arg is type(None):
                continue
            return _convert(arg, value)
        return value
    if origin is tuple:
        args = typing.get_args(tp)
        inner = args[0] if args else Any
        return tuple(_convert(inner, v) for v in value)
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        return from_record(tp, value)  # type: ignore[arg-type]
    return value


def from_record(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a dataclass of type ``cls`` from :func:`to_record` output.

    Unknown keys (written by a newer version) are ignored; missing keys take the defaults.
    """
    hints = _hints(cast(type, cls))
    kwargs = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)
