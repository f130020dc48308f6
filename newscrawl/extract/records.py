"""Headline, dates and authors of a body read from shipped state: from the record that holds it.

A JS-built shell shows no date line and no byline; its state holds the article as a record
(``{"title": …, "publishedAt": …, "author": {"name": …}, "body": …}``) beside records of other
posts, each with dates and authors of its own. Only the objects that hold the chosen body
(innermost first: the article, then what holds it) are read, never the whole state, and in
each only its own fields and those of a metadata child (Contentful's ``sys``, Strapi's
``attributes``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import tzinfo
from typing import Any

from newscrawl.extract.authors import AuthorResult
from newscrawl.extract.dates import DateResult
from newscrawl.extract.datetext import Stamp, parse_stamp
from newscrawl.extract.names import dedupe, is_person

# Field names, lower-cased without "_" and "-", strongest first.
_PUBLISHED = ("datepublished", "publishedat", "publishdate", "publicationdate", "firstpublishedat",
              "firstpublisheddate", "firstpublicationdate", "publishedon", "publisheddate", "pubdate",
              "published", "dateposted", "postedat", "postdate", "releasedate", "date", "createdat",
              "datecreated", "created")  # fmt: skip
_PUBLISHED_KEYS = frozenset(_PUBLISHED)
_MODIFIED = ("datemodified", "updatedat", "modifiedat", "lastmodified", "lastpublicationdate", "dateupdated",
             "modified", "updated")  # fmt: skip
_HEADLINES = ("headline", "title")
_SHOWN_VARIANTS = ("rendered", "value", "primary", "main", "display", "text")  # a headline's shown form
_AUTHORS = ("authors", "author", "byline", "writers", "writer", "creator", "createdby", "by")
_NAME_KEYS = ("name", "fullname", "displayname", "title")
_META_CHILDREN = ("sys", "meta", "metadata", "attributes", "fields")
_MAX_HEADLINE = 300
_MAX_RECORDS = 4  # the article's object and a few that hold it; beyond them, the page's state


def dated(fields: dict[str, Any]) -> bool:
    """Whether an object gives a publication date of its own: a post, not a section of one.

    >>> dated({"title": "Story 2", "published_at": "2025-05-02"}), dated({"type": "richText", "html": "…"})
    (True, False)
    """
    return any(_field_name(key) in _PUBLISHED_KEYS for key in fields)


def record_dates(record: tuple[dict[str, Any], ...], tz: tzinfo | None) -> tuple[Stamp | None, Stamp | None]:
    """The published and modified moments the record gives (None for each it lacks).

    >>> stamp, _ = record_dates(({"body": "…", "sys": {"publishedAt": "2025-03-01T08:00:00Z"}},), None)
    >>> stamp.iso(None)
    '2025-03-01T08:00:00+00:00'
    """
    return _first_stamp(record, _PUBLISHED, tz), _first_stamp(record, _MODIFIED, tz)


def record_headline(record: tuple[dict[str, Any], ...]) -> str | None:
    """The headline the record gives its article, as the app would show it over the body.

    >>> record_headline(({"title": {"rendered": "Night trains return"}, "body": "…"},))
    'Night trains return'
    """
    for fields in _fields(record):
        for key in _HEADLINES:
            value = fields.get(key)
            if isinstance(value, dict):  # WordPress's {"rendered": …}; {"primary": …, "seo": …}
                value = next((value[k] for k in _SHOWN_VARIANTS if isinstance(value.get(k), str)), None)
            if isinstance(value, str) and 0 < len(text := " ".join(value.split())) <= _MAX_HEADLINE:
                return text if "<" not in text else None
    return None


def record_authors(record: tuple[dict[str, Any], ...]) -> list[str]:
    """The persons the record credits: a name string ("By Jane Doe"), an object's name, a list.

    >>> record_authors(({"body": "…", "authors": [{"name": "Ada Quill"}, {"fullName": "Li Wei"}]},))
    ['Ada Quill', 'Li Wei']
    """
    for fields in _fields(record):
        for key in _AUTHORS:
            if key in fields:
                names = dedupe(n for n in _names(fields[key]) if is_person(n, strict=False))
                if names:
                    return names
    return []


def _fields(record: tuple[dict[str, Any], ...]) -> Iterator[dict[str, Any]]:
    """Each object's fields by normalised name, then its metadata child's, innermost first."""
    for holder in record[:_MAX_RECORDS]:
        yield _normalised(holder)
        for child in _META_CHILDREN:
            value = holder.get(child)
            if isinstance(value, dict):
                yield _normalised(value)


def _normalised(fields: dict[str, Any]) -> dict[str, Any]:
    return {_field_name(key): value for key, value in fields.items()}


def _field_name(key: str) -> str:
    """A field's name as the tables above spell it: ``published_at``, ``publishedAt`` -> ``publishedat``."""
    return key.lower().replace("_", "").replace("-", "")


def _first_stamp(
    record: tuple[dict[str, Any], ...], keys: tuple[str, ...], tz: tzinfo | None
) -> Stamp | None:
    for fields in _fields(record):
        for key in keys:
            value = fields.get(key)
            if isinstance(value, int) and not isinstance(value, bool):
                value = str(value)  # a Unix time, in seconds or milliseconds
            if isinstance(value, str) and (stamp := parse_stamp(value, default_tz=tz)) is not None:
                return stamp
    return None


def _names(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        name = value.strip()
        yield name[3:].strip() if name.lower().startswith("by ") else name
    elif isinstance(value, dict):
        fields = _normalised(value)
        for key in _NAME_KEYS:
            if isinstance(fields.get(key), str):
                yield from _names(fields[key])
                return
        first, last = fields.get("firstname"), fields.get("lastname")
        if isinstance(first, str) and isinstance(last, str):
            yield f"{first} {last}".strip()
            return
        for child in _META_CHILDREN:  # a linked entry: {"sys": …, "fields": {"name": …}}
            names = list(_names(fields[child])) if isinstance(fields.get(child), dict) else []
            if names:
                yield from names
                return
    elif isinstance(value, list):
        for item in value[:10]:
            yield from _names(item)


def with_record(
    dates: DateResult, authors: AuthorResult, record: tuple[dict[str, Any], ...], tz: tzinfo | None
) -> tuple[DateResult, AuthorResult]:
    """``dates`` and ``authors`` completed from the record of a body read from state: a date
    where the page gave none (or only its URL's day, its last edit's, or one its scripts assign
    somewhere: the record is the article's own), authors where it credited none. Provenance
    ``script``: the page's scripts carried them."""
    published, modified = record_dates(record, tz)
    if published is not None and dates.published_source in (None, "url", "modified", "script"):
        dates = replace(dates, published=published.iso(tz), published_source="script")
    if modified is not None and dates.modified is None:
        dates = replace(dates, modified=modified.iso(tz), modified_source="script")
    if not authors.authors and (names := record_authors(record)):
        authors = replace(authors, authors=names, source="script")
    return dates, authors
