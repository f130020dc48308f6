"""Field extractors: pure functions over a parsed :class:`~newscrawl.page.Page`."""
