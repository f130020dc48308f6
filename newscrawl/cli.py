"""The ``newscrawl`` command: ``crawl``, ``extract`` and ``demo``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import Any

from newscrawl import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newscrawl", description=__doc__)
    parser.add_argument("--version", action="version", version=f"newscrawl {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    crawl = commands.add_parser("crawl", help="crawl news portals, feeds, sitemaps or URL lists")
    crawl.add_argument("urls", nargs="*", metavar="URL")
    mode = crawl.add_mutually_exclusive_group()
    mode.add_argument(
        "--feed",
        dest="mode",
        action="store_const",
        const="feed",
        help="URLs are RSS/Atom feeds, or pages announcing them: crawl their entries",
    )
    mode.add_argument(
        "--sitemap",
        dest="mode",
        action="store_const",
        const="sitemap",
        help="URLs are sitemaps, sitemap indexes or site roots (robots.txt Sitemap:, /sitemap.xml)",
    )
    mode.add_argument(
        "--urls",
        dest="url_file",
        metavar="FILE",
        help="fetch exactly the URLs in FILE (one per line, # comments; - for stdin), follow nothing",
    )
    crawl.add_argument(
        "--since",
        metavar="WHEN",
        help="with --feed/--sitemap: skip entries dated before WHEN (ISO 8601, or 2d/12h/30m)",
    )
    crawl.set_defaults(mode="portal")
    crawl.add_argument(
        "-o",
        "--output",
        default="articles.jsonl",
        help="JSON Lines file, or - for stdout; {date}, {time} (UTC run start) and {batch} are filled in",
    )
    crawl.add_argument("--max-pages", type=int, default=0, help="request at most N pages (0: no limit)")
    crawl.add_argument("--depth", type=int, default=0, help="follow links N levels deep (0: no limit)")
    crawl.add_argument("--contact", default="", help="contact (email/URL) added to the User-Agent")
    crawl.add_argument(
        "--discover",
        action="store_true",
        help="portal mode: also seed from the feeds the start pages announce and the sitemaps in robots.txt",
    )
    crawl.add_argument(
        "--profile",
        metavar="PATH",
        help="site profile (YAML): start URLs, article/listing URL patterns, field selectors (portal mode)",
    )
    _add_common_crawl_options(crawl)

    extract = commands.add_parser("extract", help="extract articles from saved pages to JSON Lines")
    extract.add_argument("paths", nargs="+", metavar="PATH", help=".html/.htm/.html.gz files, folders, or -")
    extract.add_argument("--url", help="the page's URL (a single input only)")
    extract.add_argument("--all", action="store_true", help="also emit listings and other non-article pages")
    extract.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="extract in N worker processes (0: one per CPU core); output order is input order",
    )

    demo = commands.add_parser("demo", help="crawl the built-in demo portal on 127.0.0.1")
    demo.add_argument("-o", "--output", default="articles.jsonl")
    _add_common_crawl_options(demo)
    return parser


def _jobs(value: str) -> int:
    """``--jobs``: a count of worker processes, 0 for one per CPU core."""
    import os

    jobs = int(value)
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU core) or more")
    return jobs or os.cpu_count() or 1


def _add_common_crawl_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="override a Scrapy/newscrawl setting (repeatable)",
    )
    parser.add_argument(
        "--state",
        metavar="DIR",
        help="keep the crawl state in DIR (state.sqlite): a rerun emits only new and edited articles",
    )
    parser.add_argument(
        "--resume",
        metavar="DIR",
        help="pause/resume a long crawl: its queue is kept in DIR (stop it once with Ctrl-C, rerun to go on)",
    )
    parser.add_argument("--gzip", action="store_true", help="gzip the output (implied by a .gz name)")
    parser.add_argument(
        "--batch-size", type=int, default=0, metavar="N", help="a new output file every N articles ({batch})"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress lines")
    parser.add_argument("-v", "--verbose", action="store_true", help="Scrapy's INFO log on stderr")


def crawl_overrides(args: argparse.Namespace) -> dict[str, Any]:
    """Settings the CLI options stand for; ``-s`` wins over everything."""
    from newscrawl.output import feed_settings
    from newscrawl.settings import user_agent

    overrides: dict[str, Any] = {
        "FEEDS": feed_settings(args.output, gzip=args.gzip or None, batch_size=args.batch_size),
        "LOG_LEVEL": "INFO" if args.verbose else "WARNING",
        "NEWSCRAWL_PROGRESS_INTERVAL": 0 if args.quiet else 5,
    }
    if getattr(args, "max_pages", 0):
        overrides["NEWSCRAWL_MAX_PAGES"] = args.max_pages
    if getattr(args, "depth", 0):
        overrides["DEPTH_LIMIT"] = args.depth
    if getattr(args, "contact", ""):
        overrides["USER_AGENT"] = user_agent(args.contact)
    if getattr(args, "state", None):
        overrides["NEWSCRAWL_STATE_DIR"] = args.state
    if getattr(args, "resume", None):
        overrides["JOBDIR"] = args.resume
    for item in args.set:
        name, _, value = item.partition("=")
        overrides[name.strip()] = value
    return overrides


def cmd_crawl(args: argparse.Namespace) -> int:
    from newscrawl.crawl import project_settings, run_crawl

    spider, spider_args = _crawl_mode(args)
    if spider is None:
        return 2
    if args.discover:
        if spider != "portal":
            print("newscrawl crawl: --discover works with portal crawls only", file=sys.stderr)
            return 2
        spider_args["discover"] = "1"
    summary = run_crawl(spider, project_settings(crawl_overrides(args)), **spider_args)
    print(summary.render(), file=sys.stderr)
    return 0


def _crawl_mode(args: argparse.Namespace) -> tuple[str | None, dict[str, str]]:
    """Which spider runs, with which arguments; ``None`` after a usage error (printed)."""
    from newscrawl.recency import parse_since

    urls = ",".join(args.urls)
    if args.profile and (args.url_file or args.mode != "portal"):
        print("newscrawl crawl: --profile works with portal crawls only", file=sys.stderr)
        return None, {}
    if args.url_file:
        return "urllist", {"file": args.url_file, "urls": urls}
    if args.profile:
        return _portal_with_profile(args, urls)
    if not args.urls:
        print("newscrawl crawl: give at least one URL (or --urls FILE)", file=sys.stderr)
        return None, {}
    if args.since is None:
        return args.mode, {"urls": urls}
    if args.mode == "portal":
        print("newscrawl crawl: --since needs --feed or --sitemap", file=sys.stderr)
        return None, {}
    try:
        parse_since(args.since)
    except ValueError as exc:
        print(f"newscrawl crawl: bad --since: {exc}", file=sys.stderr)
        return None, {}
    return args.mode, {"urls": urls, "since": args.since}


def _portal_with_profile(args: argparse.Namespace, urls: str) -> tuple[str | None, dict[str, str]]:
    """A portal crawl with a site profile, checked here: a mistake is one line, not a traceback."""
    from newscrawl.profiles import ProfileError, load_profile

    try:
        profile = load_profile(args.profile)
    except ProfileError as exc:
        print(f"newscrawl crawl: bad --profile: {exc}", file=sys.stderr)
        return None, {}
    if not urls and not profile.start_urls:
        print("newscrawl crawl: give at least one URL, or start_urls in the profile", file=sys.stderr)
        return None, {}
    if args.since is not None:
        print("newscrawl crawl: --since needs --feed or --sitemap", file=sys.stderr)
        return None, {}
    return "portal", {"urls": urls, "profile": args.profile}


def cmd_demo(args: argparse.Namespace) -> int:
    from newscrawl.crawl import project_settings, run_crawl
    from newscrawl.demo.server import serve_demo

    overrides = {
        # Our own server on loopback: no need to wait between requests.
        "AUTOTHROTTLE_ENABLED": False,
        "DOWNLOAD_DELAY": 0,
        **crawl_overrides(args),
    }
    with serve_demo() as homes:
        print(f"demo sites served at {' and '.join(homes)}", file=sys.stderr)
        summary = run_crawl("portal", project_settings(overrides), urls=",".join(homes))
    print(summary.render(), file=sys.stderr)
    if args.output != "-":
        print(f"wrote {summary.articles_written} articles to {args.output}", file=sys.stderr)
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from newscrawl.offline import extract_paths

    if args.url and len(args.paths) != 1:
        print("newscrawl extract: --url needs exactly one PATH", file=sys.stderr)
        return 2
    failures = 0
    for result in extract_paths(args.paths, url=args.url, jobs=args.jobs):
        if result.error:
            failures += 1
            print(f"newscrawl extract: {result.source}: {result.error}", file=sys.stderr)
        elif result.article is not None and (args.all or result.article.pageType == "article"):
            sys.stdout.write(json.dumps(result.article.to_dict(), ensure_ascii=False) + "\n")
        elif result.article is not None:
            print(
                f"newscrawl extract: {result.source}: skipped, not an article "
                f"({result.article.pageType}; --all emits it)",
                file=sys.stderr,
            )
    sys.stdout.flush()
    return 1 if failures else 0


def main(argv: Sequence[str] | None = None) -> int:
    from newscrawl.output import OutputError

    args = build_parser().parse_args(argv)
    handlers = {"crawl": cmd_crawl, "extract": cmd_extract, "demo": cmd_demo}
    try:
        return handlers[args.command](args)
    except OutputError as exc:
        print(f"newscrawl {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
