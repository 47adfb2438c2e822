"""Vague quantities: "dozens", "hundreds", "a handful", "several", "millions in drugs",
"billion-dollar". Each word has a documented reading as an interval, which a claim or a file may
override.

A vague word is not a figure, but it is not empty either: "dozens of arrests" is false of 12
arrests and of 5,000. The readings below follow two rules, so that each can be argued for:

* **The lower end is the word's own meaning.** A plural of a number word is at least two of it:
  "dozens" is at least 24, "hundreds" at least 200, "tens of thousands" at least 20,000. "A few"
  and "a couple" are more than one; "several" is more than two.
* **The upper end is where the next word up takes over.** A writer with 2,000 of something says
  "thousands", not "hundreds"; so "hundreds" is below 2,000, "dozens" and "scores" below 200
  (where "hundreds" begins), "thousands" below 2 million (where "millions" begins), "tens of
  thousands" below 200,000 ("hundreds of thousands"). The words overlap ("thousands" is true of
  30,000, and so is "tens of thousands"): a claim is called false only when no reasonable reading
  holds. The small words end where a writer would count: "a few" and "a handful" at 6, "a
  couple" at 3, "several" below 10 (style guides spell numbers out below 10, and a writer with a
  dozen says "a dozen").

A small word before a scale word multiplies it ("several hundred" is 300 to below 1,000, "a few
thousand" 2,000 to 6,000), and "X-dollar" adjectives are amounts of money from one X to below
1,000 X ("a billion-dollar industry": $1 billion to below $1 trillion; "multibillion-dollar": from
$2 billion).

    >>> reading("dozens").describe()
    '[24, 200)'
    >>> reading("several hundred").describe()
    '[300, 1000)'
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from factcheck.numbers import Interval, parse_number

__all__ = ["VAGUE_READINGS", "VagueWord", "parse_vague", "reading", "vague_in"]

_F = Fraction


def _closed(lo: int, hi: int) -> Interval:
    return Interval(_F(lo), _F(hi))


def _below(lo: int, hi: int) -> Interval:
    return Interval(_F(lo), _F(hi), False, True)


#: The small words, alone ("a few arrests") or before a scale word ("a few hundred").
_SMALL: dict[str, Interval] = {
    "a couple": _closed(2, 3),
    "a few": _closed(2, 6),
    "a handful": _closed(2, 6),
    "several": _below(3, 10),
}
#: Scale words the small words multiply.
_SCALES = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9}
_K, _M, _B, _T = 10**3, 10**6, 10**9, 10**12

#: Every vague word factcheck reads, and its default reading (plain numbers of the claim's unit).
VAGUE_READINGS: dict[str, Interval] = {
    **_SMALL,
    "dozens": _below(24, 200),
    "scores": _below(40, 200),
    "tens": _below(20, 200),
    "hundreds": _below(200, 2 * _K),
    "thousands": _below(2 * _K, 2 * _M),
    "tens of thousands": _below(20 * _K, 200 * _K),
    "hundreds of thousands": _below(200 * _K, 2 * _M),
    "millions": _below(2 * _M, 2 * _B),
    "tens of millions": _below(20 * _M, 200 * _M),
    "hundreds of millions": _below(200 * _M, 2 * _B),
    "billions": _below(2 * _B, 2 * _T),
    "tens of billions": _below(20 * _B, 200 * _B),
    "hundreds of billions": _below(200 * _B, 2 * _T),
}
for _word, _small in _SMALL.items():
    for _scale, _size in _SCALES.items():
        _lo, _hi = _small.lo, _small.hi
        assert _lo is not None and _hi is not None
        VAGUE_READINGS[f"{_word} {_scale}"] = Interval(
            _lo * _size, _hi * _size, False, _small.hi_open
        )
for _scale, _size in (("million", _M), ("billion", _B), ("trillion", _T)):
    for _money in ("dollar", "euro", "pound"):
        VAGUE_READINGS[f"{_scale}-{_money}"] = _below(_size, 1000 * _size)
        VAGUE_READINGS[f"multi{_scale}-{_money}"] = _below(2 * _size, 1000 * _size)

#: Other spellings of the words: "a couple of", "a handful of", "multi-billion-dollar".
_ALIASES = {"couple": "a couple", "handful": "a handful", "few": "a few"}


@dataclass(frozen=True, slots=True)
class VagueWord:
    """A vague quantity found in a quote."""

    #: The word's name, as `VAGUE_READINGS` has it ("dozens", "billion-dollar").
    word: str
    #: The words as the quote writes them ("Dozens of", "multi-billion dollar").
    text: str
    #: Where in the quote they start.
    start: int


def _key(text: str) -> str:
    """A vague word's name from a spelling: lowercase, one space, "of" and plurals dropped
    where they are only spelling ("a couple of hundred", "multi-billion dollar")."""
    key = " ".join(text.lower().replace("\u2010", "-").replace("\u2011", "-").split())
    key = re.sub(r"\bmulti-", "multi", key)
    key = re.sub(r"^(a couple|a few|a handful|several) of\b", r"\1", key)
    key = re.sub(r"\s+of$", "", key)
    key = re.sub(r"(million|billion|trillion)[- ](dollar|euro|pound)s?$", r"\1-\2", key)
    return _ALIASES.get(key, key)


def parse_vague(value: Any) -> str:
    """A vague word of a claim file ("dozens", "Tens of thousands", "a couple of hundred",
    "billion-dollar"), by its name; an unknown word raises `ValueError` with the close ones."""
    if not isinstance(value, str):
        raise ValueError(f"vague={value!r} is not a vague word such as 'dozens'")
    key = _key(value)
    if key in VAGUE_READINGS:
        return key
    import difflib

    close = difflib.get_close_matches(key, list(VAGUE_READINGS), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValueError(
        f"vague={value!r} is not a vague quantity factcheck reads; use one of 'a few', 'a"
        f" handful', 'several', 'dozens', 'hundreds', 'thousands', 'tens of thousands',"
        f" 'millions', 'several hundred', 'billion-dollar' (see docs/hedges.md){hint}"
    )


def parse_reading(value: Any, word: str = "") -> Interval:
    """A reading given in a claim file, ``[low, high]`` (both included): the override of a vague
    word's default reading."""
    where = f"[vague] {word!r}" if word else "reading"
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise ValueError(f"{where}={value!r} must be two figures, low then high, such as [24, 100]")
    low, high = (Fraction(parse_number(v)) for v in value)
    if low < 0 or low >= high:
        raise ValueError(f"{where}={value!r} must go up from zero or more: [24, 100]")
    return Interval(low, high)


def reading(word: str, overrides: Mapping[str, Interval] | None = None) -> Interval:
    """The values a vague word allows, in plain numbers: the file's override if it has one,
    else the default of `VAGUE_READINGS`."""
    if overrides and word in overrides:
        return overrides[word]
    return VAGUE_READINGS[word]


def _spellings() -> list[str]:
    """Regular expressions of every spelling, longest first."""
    words = []
    for word in VAGUE_READINGS:
        if "-" in word:
            continue  # the X-dollar adjectives: one pattern of their own
        small = next((w for w in _SMALL if word.startswith(w + " ")), None)
        if small is not None:  # "a couple hundred", "a couple of hundred"
            scale = word.removeprefix(small + " ")
            words.append(_words_re(small) + r"\s+(?:of\s+)?" + _words_re(scale))
        else:
            words.append(_words_re(word))
    words.append(r"(?:a\s+)?(?:couple|handful)")
    words.sort(key=len, reverse=True)
    return words


def _words_re(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


@functools.cache
def _pattern() -> re.Pattern[str]:
    money = r"(?:multi-?)?(?:million|billion|trillion)[-\u2010\u2011 ](?:dollar|euro|pound)s?"
    return re.compile(
        rf"(?<![\w-])(?:{money}|(?:{'|'.join(_spellings())})(?:\s+of\b)?)(?![\w-])", re.IGNORECASE
    )


def vague_in(quote: str) -> list[VagueWord]:
    """Every vague quantity in a quote, by its name.

    >>> [(v.word, v.text) for v in vague_in("Dozens of people and a multi-billion dollar trade")]
    [('dozens', 'Dozens of'), ('multibillion-dollar', 'multi-billion dollar')]
    """
    found = []
    for match in _pattern().finditer(quote):
        key = _key(match.group(0))
        if key in VAGUE_READINGS:
            found.append(VagueWord(key, match.group(0), match.start()))
    return found
