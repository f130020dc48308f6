"""Scrapy settings for newscrawl: polite defaults for real news sites.

Everything newscrawl adds is prefixed ``NEWSCRAWL_``. Override per run with
``-s NAME=VALUE`` or the CLI's options.
"""

from __future__ import annotations

from newscrawl import __version__

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# A truthful User-Agent; set NEWSCRAWL_CONTACT (or --contact) so site owners can reach you.
NEWSCRAWL_CONTACT = ""
USER_AGENT = f"newscrawl/{__version__} (news crawler)"

# Politeness.
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.25
DOWNLOAD_TIMEOUT = 30
# Scrapy's cap is 1 GiB; extraction runs at about 1.5 µs per byte, so a runaway response would
# stall a worker for minutes. 64 MiB still takes the largest sitemap the protocol allows (50 MB).
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
NEWSCRAWL_CRAWL_DELAY_ENABLED = True  # apply robots.txt Crawl-delay per host
NEWSCRAWL_MAX_CRAWL_DELAY = 30.0  # seconds; a longer Crawl-delay is capped here, with a warning
RETRY_ENABLED = True
RETRY_TIMES = 3
COOKIES_ENABLED = False

# Crawl shape: Scrapy's own limits, exposed by the CLI as --depth and --max-pages.
DEPTH_LIMIT = 0  # 0 = unlimited
DEPTH_PRIORITY = 1  # breadth-first: home and sections before deep archives
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"
CLOSESPIDER_PAGECOUNT = 0
NEWSCRAWL_MAX_PAGES = 0  # page budget: at most N pages requested (--max-pages); 0 = no limit

# Scrapy 2.19's robots.txt middleware lets requests that wait for robots.txt through
# unchecked; newscrawl's drop-in checks every one (see newscrawl/middleware/robotstxt.py).
DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "newscrawl.middleware.robotstxt.RobotsTxtMiddleware": 100,
    # robots.txt Crawl-delay, which Scrapy reads but never applies (after the robots.txt check).
    "newscrawl.middleware.crawldelay.CrawlDelayMiddleware": 110,
    # Known articles asked for with their ETag/Last-Modified (only with NEWSCRAWL_STATE_DIR).
    "newscrawl.middleware.conditional.ConditionalRequestMiddleware": 570,
}

ITEM_PIPELINES = {
    "pipelines.pagetype.ArticleOnlyPipeline": 100,
    "pipelines.dedup.CanonicalDedupPipeline": 200,
    "pipelines.spam.SiteSpamPipeline": 300,
    "pipelines.neardup.NearDuplicatePipeline": 400,
    "pipelines.incremental.IncrementalPipeline": 500,
    "pipelines.validate.SchemaValidationPipeline": 900,
}
EXTENSIONS = {
    "newscrawl.progress.ProgressReporter": 500,
    "newscrawl.statsfile.StatsFileWriter": 510,
    # A callback that raised (an extraction bug) counted among the errors; Scrapy logs it and goes on.
    "newscrawl.crawlerrors.CallbackErrors": 520,
}

# JSON Lines: UTF-8 (not \\u-escaped), flushed per item so a killed crawl keeps what it wrote.
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORTERS = {"jsonlines": "newscrawl.export.FlushingJsonLinesExporter"}

# newscrawl's own knobs.
NEWSCRAWL_QUERY_BODIES_PER_PATH = 100  # bodies hashed per path to spot servers that ignore query strings
NEWSCRAWL_DROP_CONTENT_FARMS = False  # True: drop items from sites judged content farms
NEWSCRAWL_PROGRESS_INTERVAL = 0.0  # seconds between progress lines; 0 = off (the CLI turns it on)
NEWSCRAWL_STATS_FILE = ""  # path: write the crawl's stats there as JSON when it closes
NEWSCRAWL_STATE_DIR = ""  # folder for state.sqlite: reruns emit only new and edited articles
NEWSCRAWL_CONDITIONAL_REQUESTS = True  # with a state: ask for known articles with their ETag/Last-Modified
NEWSCRAWL_NEAR_DUPLICATES = "mark"  # near copies of earlier articles: "mark" (duplicateOf), "drop" or "off"
NEWSCRAWL_ARTICLE_PAGES = 20  # pages joined into one item for an article split over pages; 1 = no joining
NEWSCRAWL_PAGE_TYPES = ["article"]  # page types emitted; "other" adds undated guides, about pages, galleries

LOG_LEVEL = "INFO"


def user_agent(contact: str = "") -> str:
    """The User-Agent string, naming the operator's contact when given.

    >>> user_agent("ops@example.org")
    'newscrawl/0.1.0 (news crawler; +ops@example.org)'
    """
    return f"newscrawl/{__version__} (news crawler; +{contact})" if contact else USER_AGENT
