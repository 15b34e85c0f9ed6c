"""Web text in alert bodies, per format: shown as written, never markup, links only to http(s)."""

from __future__ import annotations

import pytest

from alerts.escape import Link, escape, web_url
from alerts.messages import plain_message, section


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "//host/x",
                                 "vbscript:x", "http:no-host", " JAVASCRIPT:alert(1)"])
def test_only_http_links_are_links(url: str) -> None:
    assert web_url(url) is None
    for fmt in ("text", "markdown", "html"):
        line = Link("Outlet", url).render(fmt)
        assert "not an http(s) address" in line and "script" not in line.lower().replace("javascript", "")


def test_an_http_link_cannot_break_out_of_its_markup() -> None:
    url = 'https://ok.example/a b<c>"d"(e)'
    assert Link("O", url).render("markdown") == "O: <https://ok.example/a%20b%3Cc%3E%22d%22%28e%29>"
    assert Link("O", url).render("html") == ('O: <a href="https://ok.example/a%20b%3Cc%3E%22d%22%28e%29">'
                                             'https://ok.example/a%20b%3Cc%3E%22d%22%28e%29</a>')


def test_markup_in_web_text_is_escaped_per_format() -> None:
    text = "# **x** [a](javascript:b) <i>y</i> @here\x1b[0m\u202e"
    assert escape("markdown", text) == "\\# \\*\\*x\\*\\* \\[a\\](javascript:b) \\<i\\>y\\</i\\> @\u2060here\\[0m"
    assert escape("html", text) == "# **x** [a](javascript:b) &lt;i&gt;y&lt;/i&gt; @here[0m"
    assert escape("text", text) == "# **x** [a](javascript:b) <i>y</i> @\u2060here[0m"


def test_sections_and_notices_escape_every_line() -> None:
    assert section("markdown", "Sources", ["a_b", Link("*W*", "https://x.example")]) == (
        "**Sources**\n* a\\_b\n* \\*W\\*: <https://x.example>\n\n")
    notice = plain_message("t", "Wire: HTTP 500 <b>[x](javascript:y)</b>", "markdown")
    assert notice.body == "Wire: HTTP 500 \\<b\\>\\[x\\](javascript:y)\\</b\\>\n"
