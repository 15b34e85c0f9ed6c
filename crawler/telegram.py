"""Telegram channel web previews (``https://t.me/s/<channel>``): posts, forwards, paging back, and broken previews.

Pure functions of a response; the spider middleware that ends a backfill once it reaches archived posts is
``crawler.middlewares.BackfillStopMiddleware``.
Real previews list a page of posts oldest first; ``?before=<id>`` gives the page of posts older than ``id``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import Response, TextResponse

from crawler.urls import canonical_url

# the two public names of Telegram's web front end; each is the other's fallback
MIRRORS = {"t.me": "telegram.me", "www.t.me": "telegram.me", "telegram.me": "t.me", "www.telegram.me": "t.me"}
_NAME = r"[A-Za-z0-9_]{1,64}"
_POST_PATH = re.compile(rf"^/({_NAME})/(\d+)/?$")
_PREVIEW_PATH = re.compile(rf"^/s/({_NAME})/?$")
# text inside a quoted reply is the other message's, not this post's
_OWN_TEXT = ".//div[contains(@class,'tgme_widget_message_text') and not(ancestor::*[contains(@class,'_reply')])]"


@dataclass
class Post:
    number: int
    url: str  # the post in this channel: <origin>/<channel>/<number>
    text: str
    title: str | None
    published: date | None
    original: str | None = None  # the forwarded channel post's URL when this post only forwards one


@dataclass
class Preview:
    posts: list[Post]
    problem: str | None = None  # why this response is no usable preview (disabled, moved, gone), for a person


def preview_channel(url: str) -> str | None:
    """``…/s/<channel>`` → the channel."""
    m = _PREVIEW_PATH.match(urlsplit(url).path)
    return m.group(1) if m else None


def post_channel(url: str) -> str | None:
    """``…/<channel>/<number>`` → the channel."""
    m = _POST_PATH.match(urlsplit(url).path)
    return m.group(1) if m else None


def mirror_url(url: str) -> str | None:
    """The same channel's preview at Telegram's other host (t.me ↔ telegram.me), or None off Telegram."""
    parts = urlsplit(url)
    host, channel = MIRRORS.get((parts.hostname or "").lower()), preview_channel(url)
    if host is None or channel is None:
        return None
    return urlunsplit((parts.scheme, host, f"/s/{channel}", "", ""))


def before_url(url: str, number: int) -> str:
    """The preview page of the posts older than ``number``."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, f"before={number}", ""))


def _origin(response: Response) -> str:
    parts = urlsplit(response.url)
    if (parts.hostname or "") in MIRRORS:
        return "https://t.me"  # posts are known by their t.me address, whichever host served the preview
    return f"{parts.scheme}://{parts.netloc}"


def _text(markup: str) -> str:
    text = re.sub(r"<br\s*/?>", "\n", markup)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return "\n".join(line.strip() for line in text.splitlines()).strip()


def _published(stamp: str | None) -> date | None:
    if not stamp:
        return None
    try:
        return datetime.fromisoformat(stamp.strip().replace("Z", "+00:00")).date()
    except ValueError:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2})", stamp.strip())
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def _original(message: Any, origin: str, channel: str) -> str | None:
    """The forwarded post's URL, when the forward names a channel post (not a hidden user or a whole channel)."""
    href = message.css(".tgme_widget_message_forwarded_from_name::attr(href)").get()
    if not href:
        return None
    url = canonical_url(href, origin + "/")
    source = post_channel(url)
    if source is None or source.lower() == channel.lower():
        return None
    parts = urlsplit(url)
    if (parts.hostname or "") in MIRRORS:
        url = urlunsplit(("https", "t.me", parts.path, "", ""))
    return url


def _post(message: Any, origin: str) -> Post | None:
    ref = message.attrib.get("data-post", "").strip("/")
    channel, _, number = ref.partition("/")
    texts = message.xpath(_OWN_TEXT).getall()
    if not number.isdigit() or not re.fullmatch(_NAME, channel) or not texts:
        return None  # a service message or a photo without a caption: nothing to read
    text = _text(texts[0])
    if not text:
        return None
    return Post(
        number=int(number), url=f"{origin}/{channel}/{number}", text=text, title=text.split("\n", 1)[0][:200],
        published=_published(message.css("time[datetime]::attr(datetime)").get()),
        original=_original(message, origin, channel),
    )


def _problem(response: Response, messages: int) -> str | None:
    """Why a first preview page is unusable, or None when it lists posts."""
    if messages:
        return None
    requested = (response.meta.get("redirect_urls") or [response.url])[0]
    where = f"{requested} (redirected to {response.url})" if response.url != requested else requested
    if isinstance(response, TextResponse) and response.css(".tgme_page, .tgme_page_extra"):
        why = "the channel's landing page, not its posts: the channel's web preview is disabled or moved"
    elif isinstance(response, TextResponse) and response.css(".tgme_channel_history"):
        why = "a channel preview without posts (no tgme_widget_message blocks)"
    else:
        why = "not a Telegram channel preview: the channel is gone, renamed or private"
    return f"Telegram preview unavailable at {where}: {why}"


def read_preview(response: Response) -> Preview:
    """The posts of a preview page, or the reason it has none."""
    if not isinstance(response, TextResponse):
        return Preview([], _problem(response, 0))
    origin = _origin(response)
    messages = response.css(".tgme_widget_message[data-post]")
    posts = [p for p in (_post(m, origin) for m in messages) if p is not None]
    return Preview(posts, _problem(response, len(messages)))
