"""The machine dates an element carries (a ``<time>``, a date itemprop, hAtom's ``<abbr>``), as the
head walk records them on its lines: a check of one element, apart from the walk over elements.
"""

from __future__ import annotations

import re

from lxml.etree import _Element

_STAMP_PROPS = frozenset(["datepublished", "datemodified", "datecreated"])
_UPDATED_CLASS = re.compile(r"updat|modif", re.I)
_ISO_DAY = re.compile(
    r"\s*\d{4}-\d\d-\d\d"
)  # a machine date starts so: an <abbr> title that doesn't is a word


def date_stamp(el: _Element, tag: object, itemprop: str | None) -> tuple[str, str] | None:
    """A ``<time>``'s or a date itemprop's machine value, as (itemprop or "time", value).

    An ``<abbr>`` titled with an ISO date is the older way to say the same (hAtom's
    ``<abbr class="published" title="2015-03-10T08:05:41-07:00">``, or a relative
    "3小時前" explained by its title), so it counts as a ``<time>``.
    """
    prop = itemprop.lower() if itemprop else ""
    if tag == "abbr":
        value = el.get("title") or ""
        if not _ISO_DAY.match(value):
            return None
    elif tag != "time" and prop not in _STAMP_PROPS:
        return None
    else:
        value = el.get("datetime") or (el.get("content") if prop else None) or ""
    if not value:
        return None
    if not prop and _UPDATED_CLASS.search(el.get("class") or ""):
        prop = "datemodified"
    return prop or "time", value
