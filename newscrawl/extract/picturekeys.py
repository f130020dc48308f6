"""What names one picture whatever its size: :func:`image_key` drops the size or rendition a
CMS or a resizer writes into a picture's URL, :func:`renamed_copy` tells a copy under another
name. Separate from reading pictures off a page: these work on URLs alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode

# What says which size or rendition of a picture a URL asks for: a CMS's size in the file name
# ("-300x200", "@2x", "_w230_h152", MediaWiki's "250px-"), a resizer's folder ("120x120",
# "w_800", Cloudinary's "t_fit-760w,f_auto", a Thumbor server's signature "<27 characters>=", and
# operations written "name:args": Thumbor's "filters:…", Medium's "resize:fit:1400").
_SIZE_IN_NAME = re.compile(
    r"^\d{2,4}px-|(?:-\d{2,5}x\d{2,5}|-scaled|@\dx|_\d{2,4}x\d{2,4}|_w\d{2,4}_h\d{2,4})(?=\.[a-z0-9]{2,5}$)",
    re.I,
)
# An image proxy's first folder naming the site it serves the file of ("i0.wp.com/example.com/…").
_HOST_FOLDER = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")
_SIZE_FOLDER = re.compile(
    r"\d{2,5}x\d{0,5}|x\d{2,5}|[a-z]{1,2}_[^/]*|[^/]*,[^/]*|\d{2,4}px|[a-z]*_?\d{2,4}[wh]"
    r"|[a-z0-9_-]{27}=|[a-z]+:[^/]*"
)
# A service's folders before the picture's own path: Cloudflare's resizing ("/cdn-cgi/image/
# width=800,quality=80/…"), HubSpot's file server ("/hs-fs/hubfs/…" is "/hubfs/…").
_SERVICE_PREFIX = re.compile(r"^/(?:cdn-cgi/image/[^/]+|hs-fs)(?=/)")
# A file named by a picture id of five digits or more, with a rendition's letter or two around it.
_RENDITION_ID = re.compile(r"[a-z]{0,2}[_-]?(\d{5,}(?:[_-]\d+)*)[_-]?[a-z]{0,2}\.[a-z0-9]{2,5}")
_DISTINCT_NAME = 6  # characters of a file name's stem: "image.jpg" may name any picture
_URL_PATH = re.compile(r"(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?://[^/?#]*)?([^?#]*)")
# Drupal's image styles: "/styles/<style>/public/…" serves one file in each style.
_STYLE_FOLDER = re.compile(r"/styles/[^/]+/(?=public/|private/)")
_QUERY = re.compile(r"\?([^#]*)")
# Fandom's picture server (Vignette): the operations after the picture's path only size or crop it.
_VIGNETTE_OPS = re.compile(
    r"/revision/latest(?:/.*)?$|/(?:scale-to-(?:width|height)-down|scale-to-width|thumbnail-down"
    r"|fixed-aspect-ratio(?:-down)?|top-crop(?:-down)?|zoom-crop(?:-down)?|window-crop(?:-fixed)?)/.*$"
)
# A resizing proxy's parameter naming the original picture (Next.js's ``url``, ``src``, ...) ...
_SOURCE_PARAMS = frozenset(["url", "src", "source", "image", "img", "file"])
# ... or the original's URL written into its path (``/api/res/1.2/<sig>/http://media.example/a.jpg``).
_EMBEDDED_URL = re.compile(r"/https?:/+")
# A script serving pictures ("/image.php?id=7"): its query names which, less the parameters that
# only size it. Any other path names the file, and its query only resizes or busts a cache.
_SCRIPT = re.compile(r"\.(?:php|aspx?|ashx|jsp|cgi|pl|do)$")
_SIZE_PARAMS = frozenset([
    "w", "h", "width", "height", "q", "quality", "fit", "crop", "dpr", "fm", "format", "auto", "resize",
    "size", "mode", "scale", "v", "ver", "version", "t", "ts",
])  # fmt: skip


@lru_cache(maxsize=4096)
def image_key(url: str) -> str:
    """What stays the same across the sizes of one picture: its path, lower-cased, without the
    size a CMS or a resizer writes into it; host and query aside (CDNs and resizers vary them).
    A resizing proxy that names the original picture (``/_next/image?url=%2Fa.jpg&w=640``,
    ``/api/res/1.2/<sig>/http://media.example/a.jpg``) is keyed by that original; a script that
    serves pictures (``/image.php?id=7``) keeps the query that tells them apart, sizes aside.
    Memoised: a page's pictures are keyed as they are read, and again when a copy is looked for.

    >>> image_key("https://cdn.x.test/wp/2025/01/Dam-300x200.jpg?w=640") == image_key("/wp/2025/01/dam.jpg")
    True
    >>> image_key("https://i0.wp.com/news.example.com/wp/dam.jpg?w=1080") == image_key("/wp/dam.jpg")
    True
    >>> image_key("/files/styles/large/public/a.jpg") == image_key("/files/styles/wide/public/a.jpg")
    True
    >>> image_key("/image/upload/t_fit-760w,f_auto/rockcms/a.jpg")
    '/image/upload/rockcms/a.jpg'
    >>> image_key("/thmb/hpjeHbpvra5fwg6benjldnkydl8=/filters:no_upscale()/a.jpg")  # Thumbor
    '/thmb/a.jpg'
    >>> image_key("/v2/resize:fit:1400/1*Cj.jpeg") == image_key("/v2/resize:fit:1200/1*Cj.jpeg")  # Medium
    True
    >>> image_key("/cdn-cgi/image/width=800/uploads/a.jpg"), image_key("/hs-fs/hubfs/a.png")
    ('/uploads/a.jpg', '/hubfs/a.png')
    >>> image_key("/w/thumb/3/3e/A.svg/250px-A.svg.png")  # MediaWiki's thumbnail of a drawing
    '/w/3/3e/a.svg'
    >>> image_key("/w/thumb/0/0b/Reps.png/220px-Reps.png") == image_key("/w/0/0b/Reps.png")
    True
    >>> image_key("/_astro/orb.TxInX1vq.png") == image_key("/_astro/orb.TxInX1vq_Z5x6ll.webp")
    True
    >>> image_key("/images/a/ab/Cat.jpg/revision/latest/scale-to-width-down/627?cb=2")  # Fandom's server
    '/images/a/ab/cat.jpg'
    >>> image_key("/img/a.jpg/84c85f28c59a/a.jpg") == image_key("/img/a.jpg/5982b1adf933/a.jpg")
    True
    >>> image_key("/_next/image?url=%2Fimg%2Fa.jpg&w=640&q=75"), image_key("/img.php?w=300&id=7")
    ('/img/a.jpg', '/img.php?id=7')
    """
    query = _QUERY.search(url)
    params = parse_qsl(query[1]) if query else []
    original = next(
        (v for k, v in params if k.lower() in _SOURCE_PARAMS and v.startswith(("/", "http"))), None
    )
    if original is not None:
        return image_key(original)
    path = _SERVICE_PREFIX.sub("", _VIGNETTE_OPS.sub("", path_of(url).lower()))
    if embedded := _EMBEDDED_URL.search(path):
        path = "/" + path[embedded.end() :]  # the original's host, then its path
    *folders, name = _STYLE_FOLDER.sub("/", path).split("/")
    folders = [folder for folder in folders if folder]
    if folders and _HOST_FOLDER.fullmatch(folders[0]):
        folders = folders[1:]
    if name in folders:  # a resizer's renditions kept under the original's name: "a.jpg/<sig>/a.jpg"
        folders = folders[: folders.index(name) + 1]
    name = _SIZE_IN_NAME.sub("", name)
    if "_astro" in folders:  # Astro's build: "orb.TxInX1vq.png", its renditions "orb.TxInX1vq_Z5x6.webp"
        name = name.split(".", 1)[0]
    if folders and (name == folders[-1] or name.startswith(folders[-1] + ".")):
        # MediaWiki's thumbnail, under the original's name: "thumb/3/3e/A.svg/250px-A.svg.png"
        name, folders = folders[-1], [folder for folder in folders[:-1] if folder != "thumb"]
    kept = ["", *(folder for folder in folders if not _SIZE_FOLDER.fullmatch(folder))]
    key = "/".join([*kept, name])
    if not params or not _SCRIPT.search(name):
        return key
    named = sorted((k.lower(), v) for k, v in params if k.lower() not in _SIZE_PARAMS)
    return f"{key}?{urlencode(named)}" if named else key


def renamed_copy(key: str, other: str) -> bool:
    """Whether two :func:`image_key` keys name one picture by two names, as a page's lead image
    and its copy in the body may be: the same folder and file mounted under two prefixes
    ("/php/news/images/pic/200871_18.jpg", "/images/pic/200871_18.jpg"), or, in one folder, the
    same picture id with another rendition's letter ("s1844688.jpg" small, "i1844688.jpg").

    >>> renamed_copy("/php/news/images/pic/200871_18.jpg", "/images/pic/200871_18.jpg")
    True
    >>> renamed_copy("/pic/1844/s1844688.jpg", "/pic/1844/i1844688.jpg")
    True
    >>> renamed_copy("/pic/1844/1844688_1.jpg", "/pic/1844/1844688_2.jpg")  # a gallery's two pictures
    False
    """
    *folders, name = key.rsplit("/", 2)
    *other_folders, other_name = other.rsplit("/", 2)
    if not folders or not other_folders or folders[-1] != other_folders[-1] or not folders[-1]:
        return False  # another folder
    if name == other_name:
        return len(name.rsplit(".", 1)[0]) >= _DISTINCT_NAME
    if key.rsplit("/", 1)[0] != other.rsplit("/", 1)[0]:
        return False  # a rendition's letter tells renditions apart only in one folder
    found, other_found = _RENDITION_ID.fullmatch(name), _RENDITION_ID.fullmatch(other_name)
    return found is not None and other_found is not None and found[1] == other_found[1]


def path_of(url: str) -> str:
    """A URL's path, read without urlsplit (which rejects a malformed host: "http://[x/a.jpg")."""
    found = _URL_PATH.match(url)
    return found[1] if found else url
