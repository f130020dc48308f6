"""Decoding the state a JS-built page ships, in the forms frameworks write it.

JSON in a data script (``__NEXT_DATA__``), JSON assigned in code (``window.__INITIAL_STATE__ = {…}``,
``Fusion.globalContent = {…}``), Nuxt 3's reference table (``__NUXT_DATA__``), state serialised
twice (a JSON string holding JSON), and state that is code, not data (Nuxt 2's
``window.__NUXT__=(function(a,b){return {…}}(…))``), whose ``key: "string"`` pairs are all that
can be read without running it. :mod:`~newscrawl.extract.hydration` looks for the article in what
these return.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from newscrawl.scriptdata import STATE_ASSIGNMENT

# A ``key: "string"`` pair in code (the key bare or quoted, the string in double quotes).
_JS_PAIR = re.compile(r"[\"']?([A-Za-z_$][\w$]*)[\"']?\s*:\s*\"((?:[^\"\\\n]|\\.)*)\"")
_JS_ESCAPE = re.compile(r"\\x([0-9a-fA-F]{2})|\\(')")  # JavaScript's escapes that JSON lacks
_ANGULAR_ESCAPE = re.compile(r"&([qalgs]);")
_ANGULAR_CHARS = {"q": '"', "a": "&", "l": "<", "g": ">", "s": "'"}
# Nuxt 3's devalue table: an array naming a wrapper type, then the index of what it wraps.
_DEVALUE_WRAPPERS = frozenset(
    {"Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef"}
)


def load_states(raw: str) -> Iterator[Any]:
    """The JSON of a data script, or of each ``window.__STATE__ = {...}`` assignment in a script
    (a value that is not JSON, such as Nuxt 2's function call, is passed over). Angular's older
    TransferState script writes its JSON with ``&q;`` for each quote (and ``&a;``, ``&l;``, ``&g;``,
    ``&s;``): it is read back first.

    >>> list(load_states('{&q;body&q;:&q;&l;p&g;Hi &a; bye&l;/p&g;&q;}'))
    [{'body': '<p>Hi & bye</p>'}]
    """
    raw = raw.strip()
    if raw.startswith("{&q;"):
        raw = _ANGULAR_ESCAPE.sub(lambda m: _ANGULAR_CHARS[m.group(1)], raw)
    starts = [0] if raw[:1] in ("{", "[") else [m.end() for m in STATE_ASSIGNMENT.finditer(raw)]
    decoder = json.JSONDecoder()
    for start in starts:
        try:
            yield decoder.raw_decode(raw, start)[0]
        except (ValueError, RecursionError):  # RecursionError: nested deeper than the decoder goes
            continue


def json_value(text: str) -> Any:
    """``text`` decoded as JSON (state serialised twice), or None when it is not JSON."""
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def script_strings(script: str, min_length: int = 0) -> Iterator[tuple[str, str]]:
    """The ``key: "string"`` pairs of code, each string decoded, skipping literals shorter than
    ``min_length`` before decoding them.

    >>> list(script_strings('x=(function(a){return {id:a,"body":"\\\\u003Cp\\\\u003EHi \\\\x26 bye"}}(1))'))
    [('body', '<p>Hi & bye')]
    """
    for match in _JS_PAIR.finditer(script):
        key, literal = match.groups()
        if len(literal) < min_length:
            continue
        literal = _JS_ESCAPE.sub(lambda m: "'" if m.group(2) else f"\\u00{m.group(1)}", literal)
        try:
            yield key, json.loads(f'"{literal}"')
        except ValueError:
            continue


def unflatten(table: list[Any], max_depth: int = 60) -> Any:
    """Nuxt 3's ``__NUXT_DATA__`` (devalue's format) as plain data: the table's first entry is
    the root, and every array item and object value is the index of its value in the table; an
    array opening with a name is a typed value (``["Reactive", 5]``, ``["Set", 3, 4]``), and a
    negative index is a constant (undefined, NaN...), read as None.

    >>> unflatten([{"story": 1}, ["Reactive", 2], {"body": 3, "tags": 4}, "<p>Text</p>", [5], "news"])
    {'story': {'body': '<p>Text</p>', 'tags': ['news']}}
    """
    done: dict[int, Any] = {}

    def value(index: Any, depth: int) -> Any:
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(table):
            return None
        if index in done:
            return done[index]
        item = table[index]
        if depth > max_depth:
            return None
        if isinstance(item, dict):
            out: dict[str, Any] = {}
            done[index] = out  # before its values: a value may refer back to it
            out.update((key, value(at, depth + 1)) for key, at in item.items())
            return out
        if isinstance(item, list):
            if item and isinstance(item[0], str):  # a typed value: what it wraps, or its items
                inner = [value(at, depth + 1) for at in item[1:]]
                done[index] = inner[0] if item[0] in _DEVALUE_WRAPPERS and inner else inner
                return done[index]
            items: list[Any] = []
            done[index] = items
            items.extend(value(at, depth + 1) for at in item)
            return items
        return item

    return value(0, 0)
