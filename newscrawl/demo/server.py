"""Serve a static site folder on the loopback interface for the demo and end-to-end tests.

``http.server.SimpleHTTPRequestHandler`` is close but wrong for this job: it lists directories,
logs every request to stderr, would serve the gold files that sit beside the pages, and labels
HTML without regard to its bytes. Here, as on real legacy portals, a page that is not UTF-8
is sent as bare ``text/html`` and its ``<meta>`` declaration is the only charset hint.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import threading
from collections.abc import Iterable, Iterator
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

# Gold files live in site roots but are never part of the site.
HIDDEN_NAMES = frozenset({"expected.json", "manifest.json"})

_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
}
_NOT_FOUND = b"<!DOCTYPE html><title>Not Found</title><h1>Not Found</h1>"
_NOT_FOUND_TYPE = "text/html; charset=utf-8"


def content_type(path: Path, body: bytes) -> str:
    """Pick the Content-Type; HTML claims UTF-8 only when its bytes really are UTF-8.

    >>> content_type(Path("a.html"), "新闻".encode())
    'text/html; charset=utf-8'
    >>> content_type(Path("a.html"), "新闻".encode("gbk"))
    'text/html'
    >>> content_type(Path("feed.XML"), b"")
    'application/xml'
    >>> content_type(Path("blob"), b"")
    'application/octet-stream'
    """
    kind = _TYPES.get(path.suffix.lower(), "application/octet-stream")
    if kind != "text/html":
        return kind
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return kind
    return "text/html; charset=utf-8"


def url_segments(url_path: str) -> list[str] | None:
    """Split a request path into file-system segments, or None if it tries to leave the root.

    >>> url_segments("/news/world/page/2/")
    ['news', 'world', 'page', '2']
    >>> url_segments("/a/%2e%2e/%2e%2e/etc/passwd") is None
    True
    """
    parts = [unquote(p) for p in url_path.split("/")]
    if any(p == ".." or "/" in p or "\\" in p or "\x00" in p for p in parts):
        return None
    return [p for p in parts if p not in ("", ".")]


class SiteHandler(BaseHTTPRequestHandler):
    """Answer GET and HEAD from ``root`` the way a plain static web server would."""

    root: Path
    hidden: frozenset[str] = HIDDEN_NAMES
    server_version = "newscrawl-demo/1"

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet: tests and the demo command own the terminal."""

    def _respond(self, send_body: bool) -> None:
        url = urlsplit(self.path)
        segments = url_segments(url.path)
        target = self.root.joinpath(*segments) if segments is not None else None
        if target is not None and target.is_dir():
            if not url.path.endswith("/"):
                # A folder URL without its slash: redirect so relative links resolve.
                location = url.path + "/" + (f"?{url.query}" if url.query else "")
                self._send(HTTPStatus.MOVED_PERMANENTLY, b"", _NOT_FOUND_TYPE, send_body, location)
                return
            target = target / "index.html"
        elif url.path.endswith("/"):
            target = None  # a file addressed as a folder (/about.html/) does not exist
        if target is None or not self._servable(target):
            self._send(HTTPStatus.NOT_FOUND, _NOT_FOUND, _NOT_FOUND_TYPE, send_body)
            return
        body = target.read_bytes()
        self._send(HTTPStatus.OK, body, content_type(target, body), send_body)

    def _servable(self, target: Path) -> bool:
        """A regular file inside the root (symlinks included) that is neither hidden nor a dotfile."""
        if target.name in self.hidden or target.name.startswith(".") or not target.is_file():
            return False
        return target.resolve().is_relative_to(self.root)

    def _send(
        self, status: HTTPStatus, body: bytes, ctype: str, send_body: bool, location: str | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        if location is not None:
            self.send_header("Location", location)
        self.end_headers()
        if send_body:
            self.wfile.write(body)


@contextlib.contextmanager
def serve_directory(
    root: Path, host: str = "127.0.0.1", port: int = 0, hidden: Iterable[str] = HIDDEN_NAMES
) -> Iterator[str]:
    """Serve ``root`` in a daemon thread and yield its base URL (``http://127.0.0.1:PORT``, no slash).

    Port 0 lets the OS choose a free port, so parallel test runs never collide.
    """
    if not root.is_dir():
        raise NotADirectoryError(root)
    handler = type("BoundSiteHandler", (SiteHandler,), {"root": root.resolve(), "hidden": frozenset(hidden)})
    server = ThreadingHTTPServer((host, port), handler)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, name=f"serve:{root.name}", daemon=True
    )
    thread.start()
    try:
        yield f"http://{host}:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@contextlib.contextmanager
def serve_demo(host: str = "127.0.0.1", ports: tuple[int, int] = (0, 0)) -> Iterator[list[str]]:
    """Serve the demo's two sites, each on its own origin, and yield their home URLs.

    The clean news site and the content farm are different sites; on one origin the
    crawl-wide spam evidence of the farm would be pinned on the clean site too. Both
    origins serve the same folder, and each site links only within itself.
    """
    homes = [site["home"] for site in demo_manifest()["sites"].values()]
    with contextlib.ExitStack() as stack:
        bases = [stack.enter_context(serve_directory(demo_site_root(), host, port)) for port in ports]
        yield [base + home for base, home in zip(bases, homes, strict=True)]


def demo_site_root() -> Path:
    """Locate the demo portal shipped as package data (a real folder: the server needs paths)."""
    root = resources.files(__package__ or "newscrawl.demo") / "site"
    if not isinstance(root, Path):
        raise RuntimeError("the demo site must be installed as files on disk, not inside an archive")
    return root


def demo_manifest() -> dict[str, Any]:
    """Load the gold manifest describing every page of the demo portal."""
    text = (resources.files(__package__ or "newscrawl.demo") / "manifest.json").read_text(encoding="utf-8")
    manifest: dict[str, Any] = json.loads(text)
    return manifest


def main(argv: list[str] | None = None) -> None:
    """Serve a folder, or the demo's two sites, until interrupted: ``python -m newscrawl.demo.server``."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("root", nargs="?", type=Path, help="site folder (default: the demo portal)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    if args.root is not None:
        with serve_directory(args.root, args.host, args.port) as base:
            print(f"serving {args.root} on {base}/ (Ctrl-C to stop)", flush=True)
            _wait()
        return
    with serve_demo(args.host, (args.port, args.port + 1 if args.port else 0)) as homes:
        print("demo sites:", " ".join(homes), "(Ctrl-C to stop)", flush=True)
        print(f"crawl them: python -m scrapy crawl portal -a urls={','.join(homes)} -O out.jsonl", flush=True)
        _wait()


def _wait() -> None:
    with contextlib.suppress(KeyboardInterrupt):
        threading.Event().wait()


if __name__ == "__main__":
    main()
