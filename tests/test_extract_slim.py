"""``decode_slim`` (a page decoded and slimmed in chunks) gives exactly what ``slim_markup`` gives on the page decoded
whole: fuzzed pages of noise blocks, JSON-LD, comments and text in several scripts, cut into chunks of every size."""

from __future__ import annotations

import random

import pytest

from extractor import html, slim
from extractor.html import slim_markup
from extractor.slim import decode_slim

PIECES = [
    "<script>", "</script>", "</SCRIPT >", "</script\n\n  >", "<script type='application/ld+json'>",
    '<script type="application/ld+json">{"headline": "Обмін"}</script>', "<style>", "</style>", "<svg", "</svg>",
    "<noscript>", "</noscript>", "<template>", "</template>", "<!--", "-->", "<!-- c -->", "<scripts>", "<p>",
    "</p>", "<a href='/x'>", "Обмін полоненими ", "échange ", "exchange 95 ", "😀", " ", "\n", "<", ">", "-", "--",
    "</", "</scr", "<script data-x='" + "a" * 520 + "'>", "<div class='" + ">" * 3 + "'>",
]


def fuzzed_page(rng: random.Random) -> str:
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 120)))


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 20])
def test_chunked_slimming_is_the_whole_page_slimmed(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    monkeypatch.setattr(slim, "DECODE_CHUNK", chunk)
    rng = random.Random(chunk)
    for case in range(300):
        # small caps half of the time, so the cut at MAX_MARKUP_CHARS and the JSON-LD limit are crossed too
        small = case % 2 == 0
        monkeypatch.setattr(html, "MAX_MARKUP_CHARS", 150 if small else 1_000_000)
        monkeypatch.setattr(html, "MAX_JSON_LD_CHARS", 40 if small else 100_000)
        page = fuzzed_page(rng)
        for encoding in ("utf-8", "utf-16"):
            body = page.encode(encoding)
            assert decode_slim(body, encoding) == slim_markup(body.decode(encoding)), (chunk, case, encoding, page)


def test_an_undecodable_byte_anywhere_raises_as_a_whole_decode_would(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slim, "DECODE_CHUNK", 5)
    body = "<p>Обмін</p><script>".encode() + b"\xff\xfe" + b"</script><p>95</p>"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        decode_slim(body, "utf-8")
    assert decode_slim(body, "utf-8", "replace") == slim_markup(body.decode("utf-8", "replace"))
    assert decode_slim(body, "cp1251") == slim_markup(body.decode("cp1251"))
    for name in ("no-such-charset", "base64", "zlib", "rot13", "hex"):  # a page may declare any of them
        with pytest.raises(LookupError):
            body.decode(name)
        with pytest.raises(LookupError):
            decode_slim(body, name)
