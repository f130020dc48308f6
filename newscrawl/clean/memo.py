"""Work the cleaners share on one page, kept on the page itself.

The spider extracts a page (page-level cleaning included) and then asks for its spam
links; both gather the same page-wide evidence. Entries live in ``Page.memo``, keyed by
what they are computed from besides the page (a parsed page is never modified), and go
when the page goes.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from newscrawl.page import Page


def page_memo(page: Page) -> dict[Hashable, Any]:
    """The memo of ``page``: an empty dict at first.

    >>> from newscrawl.page import parse_page
    >>> page = parse_page("<p>x</p>")
    >>> page_memo(page)["answer"] = 42
    >>> page_memo(page)["answer"], page_memo(parse_page("<p>x</p>"))
    (42, {})
    """
    return page.memo
