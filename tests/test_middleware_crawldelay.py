"""robots.txt ``Crawl-delay`` spaces the requests to a host, even with the test's FAST settings.

The server records when each page request arrives; the crawl runs with AutoThrottle off and
DOWNLOAD_DELAY=0 (conftest's FAST), so any spacing comes from the robots.txt line alone.
"""

from __future__ import annotations

import contextlib
import itertools
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from test_spider_modes import crawl

PAGES = [f"/page{i}.html" for i in range(4)]
PAGE = "<html><head><title>About</title></head><body><p>Nothing to see.</p></body></html>"


@contextlib.contextmanager
def recording_server(robots: str) -> Iterator[tuple[str, list[tuple[str, float]]]]:
    """Serve ``robots`` at /robots.txt and a small page elsewhere; log (path, arrival time)."""
    arrivals: list[tuple[str, float]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            arrivals.append((self.path, time.monotonic()))
            body = (robots if self.path == "/robots.txt" else PAGE).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain" if self.path == "/robots.txt" else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", arrivals
    finally:
        server.shutdown()
        server.server_close()


def page_gaps(robots: str, tmp_path: Path, *settings: str) -> tuple[list[float], dict[str, object]]:
    with recording_server(robots) as (base, arrivals):
        result = crawl("urllist", tmp_path, "-a", "urls=" + ",".join(base + p for p in PAGES), *settings)
    times = sorted(t for path, t in arrivals if path in PAGES)
    assert len(times) == len(PAGES)
    return [b - a for a, b in itertools.pairwise(times)], result.stats


def test_crawl_delay_spaces_every_request(tmp_path: Path) -> None:
    gaps, stats = page_gaps("User-agent: *\nCrawl-delay: 0.5\n", tmp_path)
    assert min(gaps) >= 0.45, gaps  # no jitter below the asked delay
    assert any(key.startswith("newscrawl/crawl_delay/") and value == 0.5 for key, value in stats.items())


def test_no_crawl_delay_means_no_spacing(tmp_path: Path) -> None:
    gaps, stats = page_gaps("User-agent: *\nDisallow: /private/\n", tmp_path)
    assert sum(gaps) < 0.45 * len(gaps), gaps  # FAST settings: the pages come back to back
    assert not any(key.startswith("newscrawl/crawl_delay/") for key in stats)


def test_crawl_delay_is_capped(tmp_path: Path) -> None:
    robots = "User-agent: *\nCrawl-delay: 3600\n"
    gaps, stats = page_gaps(robots, tmp_path, "-s", "NEWSCRAWL_MAX_CRAWL_DELAY=0.3")
    assert min(gaps) >= 0.25, gaps
    assert max(gaps) < 2.0, gaps  # the hour asked for was not applied
    assert 0.3 in stats.values()
