"""A big page decoded and slimmed a megabyte at a time: ``decode_slim(body, enc)`` is
``slim_markup(body.decode(enc))`` without the whole decoded page in memory at once.

A 10 MB page decoded whole is 20 MB of text as soon as one character is past Latin-1 (40 MB past the BMP), beside
the page's own bytes, only for ``slim_markup`` to keep at most MAX_MARKUP_CHARS of it; that was a worker's peak.
Here the text is slimmed as it is decoded: the noise blocks (scripts, styles, SVG, comments) are found with the
same patterns, each opening accepted only once the text after it has arrived, so the result is the same string
(``tests/test_extract_slim.py`` compares the two on fuzzed pages cut into chunks of every size).
"""

from __future__ import annotations

import codecs
import re

from extractor import html as _html

DECODE_CHUNK = 1 << 20  # bytes decoded at a time
_OPENING_PREFIX = 16  # longer than any opening's tag name plus the character after it ("<noscript" + 1)


def decode_slim(body: bytes, encoding: str, errors: str = "strict") -> str:
    """``slim_markup(body.decode(encoding, errors))``, decoded in chunks; raises as ``bytes.decode`` does (having
    read all of ``body``, so an undecodable byte anywhere is noticed, as a whole decode would)."""
    codec = codecs.lookup(encoding)
    if not getattr(codec, "_is_text_encoding", True):  # base64, zlib, rot13…: bytes.decode refuses them too
        raise LookupError(f"{encoding!r} is not a text encoding")
    decoder = codec.incrementaldecoder(errors)
    slimmer = Slimmer()
    for start in range(0, len(body), DECODE_CHUNK):
        slimmer.feed(decoder.decode(body[start : start + DECODE_CHUNK]))
    slimmer.feed(decoder.decode(b"", final=True), final=True)
    return slimmer.result()


class Slimmer:
    """``slim_markup`` over text that arrives in pieces (``feed``), ``result`` once the last piece is fed."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0  # characters kept so far: past MAX_MARKUP_CHARS nothing more can change the result
        self.pending = ""  # text not decided yet: the start of an opening or a closing, held for the next piece
        self.undecided = 0  # where the pending text starts in the text being read (set when a piece is used up)
        self.inside: tuple[str, bool] | None = None  # in a noise block: its tag ("" for a comment), JSON-LD or not
        self.block: list[str] = []  # a JSON-LD block's text so far, kept if it closes short enough
        self.block_size = 0

    def feed(self, text: str, final: bool = False) -> None:
        buf, pos = self.pending + text, 0
        self.pending = ""
        while pos is not None and self.size < _html.MAX_MARKUP_CHARS:
            pos = self._outside(buf, pos, final) if self.inside is None else self._in_block(buf, pos, final)
        if pos is None:  # this piece is used up; what may go on in the next one waits for it
            self.pending = buf[self.undecided :]

    def _outside(self, buf: str, pos: int, final: bool) -> int | None:
        opening = _html._NOISE_OPEN.search(buf, pos)
        # an opening that reaches the end of the text so far may go on in the next piece (its attributes, its '>')
        if opening is None or (opening.end() == len(buf) and not final):
            cut = len(buf) if final else opening.start() if opening else max(pos, len(buf) - _OPENING_PREFIX)
            self._keep(buf[pos:cut])
            self.undecided = cut
            return None
        self._keep(buf[pos : opening.start()])
        tag = (opening.group(1) or "").lower()
        json_ld = tag == "script" and "ld+json" in (opening.group(2) or "").lower()
        self.inside, self.block, self.block_size = (tag, json_ld), [opening.group(0)], len(opening.group(0))
        return opening.end()

    def _in_block(self, buf: str, pos: int, final: bool) -> int | None:
        tag, json_ld = self.inside
        close = (_html._NOISE_CLOSE[tag] if tag else _html._COMMENT_CLOSE).search(buf, pos)
        end = close.end() if close else len(buf) if final else _closing_start(buf, pos, tag)
        if json_ld and self.block_size < _html.MAX_JSON_LD_CHARS:
            self.block.append(buf[pos:end])
            self.block_size += end - pos
        if close is None and not final:
            self.undecided = end
            return None
        # closed, or left open at the end of the page (a browser hides the rest; the original too)
        if json_ld and self.block_size < _html.MAX_JSON_LD_CHARS:
            self._keep("".join(self.block))
        self.inside, self.block = None, []
        if close is None:
            self.undecided = len(buf)
            return None
        return end

    def _keep(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.size += len(text)

    def result(self) -> str:
        return "".join(self.parts)[: _html.MAX_MARKUP_CHARS]


def _closing_start(buf: str, pos: int, tag: str) -> int:
    """Where a closing tag that the next piece may complete could start: the rest of ``buf`` from there is kept."""
    if not tag:  # "-->": at most its first two characters are here
        return max(pos, len(buf) - 2)
    start = buf.rfind("<", pos)
    if start < 0:
        return len(buf)
    tail = buf[start:]
    # "</scr" or "</script" and any run of whitespace: the '>' (and the rest of the name) may come next
    if f"</{tag}".startswith(tail.lower()) or re.fullmatch(rf"</{tag}\s*", tail, re.IGNORECASE):
        return start
    return len(buf)
