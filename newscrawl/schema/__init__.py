"""The article item's JSON Schema, shipped with the package, and a validator for it."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator


@cache
def article_schema() -> dict[str, Any]:
    """The schema document (``article.schema.json``), loaded once."""
    data: dict[str, Any] = json.loads(files(__package__).joinpath("article.schema.json").read_text("utf-8"))
    return data


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(article_schema())


def schema_errors(item: dict[str, Any]) -> list[str]:
    """Human-readable problems with ``item``; empty when it validates."""
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in _validator().iter_errors(item)
    ]
