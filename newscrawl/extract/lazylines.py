"""Lines the author ranking may never need, each walked once when first asked for.

The head's bare name lines and the lines closing the article cost a walk of the page; they are
apart from :mod:`~newscrawl.extract.authors` because the outlet's choice reads the closing lines too.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml.etree import _Element

from newscrawl.extract.authorbox import bare_credits
from newscrawl.extract.authortail import tail_lines, tail_mentions
from newscrawl.extract.bylines import Evidence
from newscrawl.extract.headwalk import Head, Line


class Bare:
    """The bare name lines of the head (:func:`~newscrawl.extract.authorbox.bare_credits`), read when
    first asked for: their one-word names ("Posted by Jane · In: Food") join ``ev``'s pen names then."""

    def __init__(self, head: Head, brand: set[str], ev: Evidence) -> None:
        self.head, self.brand, self.ev = head, brand, ev
        self._credits: list[list[str]] | None = None

    def __call__(self) -> list[list[str]]:
        if self._credits is None:
            self._credits = bare_credits(self.head, self.brand)
            self.ev.pen_names.update(n for names in self._credits for n in names if " " not in n)
        return self._credits

    def ahead(self, names: list[str]) -> list[str] | Callable[[], list[str]]:
        """``names``, read after the bare lines when a pen name among those could credit one of them: the
        lines cost a page's walk, which the byline above them mostly spares."""
        if all(len(n.split()) != 1 for n in names):
            return names

        def read() -> list[str]:
            self()
            return names

        return read


class Tail:
    """The lines closing the article (:func:`~newscrawl.extract.authortail.tail_lines`), walked once
    when first asked for: both the persons and the outlet closing the article are read from them."""

    def __init__(self, body_end: _Element | None) -> None:
        self.body_end = body_end
        self._lines: list[Line] | None = None

    def __call__(self) -> list[Line]:
        if self._lines is None:
            self._lines = tail_lines(self.body_end) if self.body_end is not None else []
        return self._lines

    def mentioning(self, word: str) -> Callable[[], list[Line]]:
        """This reader, or one reading no lines when the closing text lacks ``word`` (a cheap test)."""
        if self._lines is None and (self.body_end is None or not tail_mentions(self.body_end, word)):
            return _no_lines
        return self


def _no_lines() -> list[Line]:
    return []
