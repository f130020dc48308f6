from __future__ import annotations


class SiteSpamTracker:
    pass
