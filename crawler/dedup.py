"""Same text → stored once (content hash); syndicated near-copies → linked to the original (MinHash).

The fingerprint is a 1-bit MinHash: the lowest bit of each of 256 MinHash values (datasketch), kept as
64 hex characters in ``articles.fingerprint``. Two texts with Jaccard similarity J agree on a bit with
probability (1 + J) / 2, so J ≈ 2·agreement − 1 — cheap to store and to compare by XOR and popcount.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sys
from functools import cache

NUM_PERM = 256
SHINGLE = 5  # words per shingle
NEAR_DUPLICATE = 0.8  # estimated Jaccard similarity of shingles from which a text is a copy
_WORD = re.compile(r"\w+", re.UNICODE)


@cache
def _template():
    # imported on first use: only workers need it
    return _minhash_class()(num_perm=NUM_PERM, seed=7)  # permutations computed once per process


def _minhash_class() -> type:
    """datasketch's own MinHash, without the rest of datasketch: the package's ``__init__`` imports every sketch it
    has, and with its LSH classes scipy (~45 MB per process, most of a second), for a class that needs only numpy."""
    if "datasketch" not in sys.modules and "datasketch.minhash" not in sys.modules:
        spec = importlib.util.find_spec("datasketch")
        if spec is not None and spec.submodule_search_locations is not None:
            sys.modules["datasketch"] = importlib.util.module_from_spec(spec)  # the package, its __init__ not run
            try:
                importlib.import_module("datasketch.minhash")
            finally:
                # a later `import datasketch` runs the real __init__, which finds this same submodule loaded
                del sys.modules["datasketch"]
    return importlib.import_module("datasketch.minhash").MinHash


def normalised_words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def content_hash(text: str) -> str:
    """Identical wording (ignoring case, spacing and punctuation) gives the same hash."""
    return _hash_of(normalised_words(text))


def fingerprint(text: str) -> str | None:
    return _fingerprint_of(normalised_words(text))


def text_keys(text: str) -> tuple[str | None, str | None]:
    """``content_hash`` (None for a blank text) and ``fingerprint`` of a text, its words read once for both."""
    if not text.strip():
        return None, None
    words = normalised_words(text)
    return _hash_of(words), _fingerprint_of(words)


def _hash_of(words: list[str]) -> str:
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _fingerprint_of(words: list[str]) -> str | None:
    if len(words) < SHINGLE * 4:
        return None  # too short to tell a copy from a coincidence
    shingles = {" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}
    import numpy as np

    mh = _template().copy()
    mh.update_batch(list(shingles))
    bits = np.packbits((mh.hashvalues & 1).astype(np.uint8))
    return bits.tobytes().hex()


def similarity(a: str, b: str) -> float:
    """Estimated Jaccard similarity of two fingerprints."""
    differing = (int(a, 16) ^ int(b, 16)).bit_count()
    return max(0.0, 2 * (1 - differing / NUM_PERM) - 1)


BANDS = 16  # 16 bands of 16 bits: a copy (J >= 0.8) shares one with probability > 0.96, unrelated texts ~ never
BAND_BITS = NUM_PERM // BANDS


def _bands(value: int) -> list[tuple[int, int]]:
    mask = (1 << BAND_BITS) - 1
    return [(i, (value >> (i * BAND_BITS)) & mask) for i in range(BANDS)]


class NearDuplicateIndex:
    """Recent articles' fingerprints; ``original_of`` finds the article a text was copied from.

    Banded (locality-sensitive) so a lookup compares only texts that share a band, not the whole window.
    """

    def __init__(self, entries: list[tuple[int, str]] = ()) -> None:
        self._values: dict[int, int] = {}
        self._buckets: dict[tuple[int, int], list[int]] = {}
        for article_id, fp in entries:
            self.add(article_id, fp)

    def add(self, article_id: int, fp: str | None) -> None:
        if fp:
            value = int(fp, 16)
            self._values[article_id] = value
            for band in _bands(value):
                self._buckets.setdefault(band, []).append(article_id)

    def original_of(self, fp: str | None) -> int | None:
        if not fp:
            return None
        value, max_diff = int(fp, 16), int(NUM_PERM * (1 - NEAR_DUPLICATE) / 2)
        candidates = {aid for band in _bands(value) for aid in self._buckets.get(band, ())}
        best: tuple[int, int] | None = None
        for article_id in candidates:
            diff = (value ^ self._values[article_id]).bit_count()
            if diff <= max_diff and (best is None or (diff, article_id) < best):
                best = (diff, article_id)
        return best[1] if best else None
