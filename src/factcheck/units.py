"""The one unit registry of the process, and the strict grammar unit strings must pass first.

Claim files give numbers and units in separate fields. A unit string is checked against a small
grammar (names, spaces or ``*`` for products, ``/`` or ``per`` for quotients, small integer powers)
before pint sees it: pint's own parser evaluates arithmetic, and ``9^9^9 kg`` would never finish.

Every quantity is turned into an exact rational number of *base units* of its dimension, so that
850 kg and 1,874 lb are compared exactly, and kg against dollars is a dimension mismatch.
"""

from __future__ import annotations

import functools
import os
import re
import warnings
from dataclasses import dataclass
from fractions import Fraction
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pint

__all__ = [
    "CURRENCY_SYMBOLS",
    "SCALE_WORDS",
    "UnitError",
    "UnitInfo",
    "registry",
    "unit_info",
    "validate_unit_string",
]

#: Scale words allowed in unit strings ("million USD") and recognised in quotes ("$53.4 million").
SCALE_WORDS: dict[str, int] = {
    "dozen": 12,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "crore": 10**7,
}

#: Currency symbols and the currency unit each one stands for.
CURRENCY_SYMBOLS: dict[str, str] = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}

_MAX_UNIT_LENGTH = 80
_NAME = r"(?:[A-Za-z_][A-Za-z_0-9]*|[$€£¥])"
_POWER = r"(?:\s*(?:\*\*|\^)\s*-?[1-4])?"
_FACTOR = _NAME + _POWER
_SEP = r"(?:\s*[*/]\s*|\s+per\s+|\s+)"
#: Words newsrooms use that pint reads as something else: scale words, and "tons".
_AMBIGUOUS: dict[str, tuple[str, str]] = {
    "M": ("molar", "'million'"),
    "mn": ("a unit of its own", "'million'"),
    "mio": ("a unit of its own", "'million'"),
    "k": ("the Boltzmann constant", "'thousand'"),
    "B": ("a unit of its own", "'billion'"),
    "bn": ("a unit of its own", "'billion'"),
    "tn": ("a unit of its own", "'trillion'"),
    "point": (
        "a typographic point, 1/72 inch",
        "'percent' for percentage points, 'items' for a score",
    ),
    "points": (
        "a typographic point, 1/72 inch",
        "'percent' for percentage points, 'bps' for basis points, 'items' for a score",
    ),
    "pc": ("the parsec", "'percent' (\"up 5pc\")"),
    "pts": ("the pint", "'percent' for percentage points, 'items' for a score"),
    "pt": ("the pint", "'percent' for percentage points, 'items' for a score"),
    "kt": ("the knot", "'knots' for a speed, 'kilotonnes' for a mass"),
    "nm": ("the nanometre", "'nanometers', or 'nautical_miles'"),
    "ton": (
        "the US short ton, 907 kg",
        "'short_ton' (2,000 lb), 'tonnes' (1,000 kg) or 'long_ton'",
    ),
    "tons": (
        "the US short ton, 907 kg",
        "'short_tons' (2,000 lb), 'tonnes' (1,000 kg) or 'long_tons'",
    ),
}
_UNIT_RE = re.compile(rf"^\s*{_FACTOR}(?:{_SEP}{_FACTOR})*\s*$")


class UnitError(ValueError):
    """A unit string that is not in the grammar or not known to the registry."""


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What factcheck needs to know of a unit: its dimension and its size in base units."""

    #: The unit as pint names it, e.g. ``"US_dollar * million"``.
    name: str
    #: A stable key for the dimension, e.g. ``"[mass]"``; ``"dimensionless"`` for pure numbers.
    dimension: str
    #: How many base units of the dimension one of this unit is (exact).
    factor: Fraction
    #: The product of the scale words in the unit string ("million USD" -> 10**6).
    scale: int
    #: For a count of things, the noun counted, in the singular: "arrest" for "arrests" and
    #: "million arrests", "person" for "people"; None for other units.
    noun: str | None = None
    #: For a count noun, the kind of thing it counts: "person" for "arrests" and "suspects",
    #: "place" for "countries", "organisation", "object"; None for nouns that may count anything
    #: ("items", "cases", "votes") and for other units. Two counts of different kinds cannot be
    #: one figure ("281 countries" is not a count of arrests).
    counts: str | None = None

    @property
    def is_count(self) -> bool:
        """Whether this unit counts things (arrests, countries...): its values are integers."""
        return self.dimension == "[countable]"

    @property
    def rounds_whole(self) -> bool:
        """Whether a whole number in this unit is read as rounded to one (half a unit either
        side): with a scale word ("$31 million", "3 million people") or of a measured quantity
        ("152 kg", "500 pounds", "10 months", "63%"). Only a plain count ("281 arrests") is exact.
        A reading depends on the claim's own unit alone, never on the other claims loaded."""
        return self.scale > 1 or not self.is_count


def _cache_folder() -> str | None:
    setting = os.environ.get("FACTCHECK_UNIT_CACHE", "")
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        return setting
    try:
        import platformdirs

        return str(platformdirs.user_cache_path("factcheck", appauthor=False) / "pint")
    except Exception:  # pragma: no cover - platformdirs ships with pint
        return None


def _build_registry(cache_folder: str | None) -> pint.UnitRegistry[Fraction]:
    import pint

    reg: pint.UnitRegistry[Fraction] = pint.UnitRegistry(
        non_int_type=Fraction,
        cache_folder=cache_folder,
        autoconvert_offset_to_baseunit=False,
        on_redefinition="ignore",
    )
    with resources.as_file(resources.files("factcheck") / "data" / "units.txt") as path:
        reg.load_definitions(str(path))
    # pint computes every unit's root units when the registry is built, before our definitions
    # are loaded, and keeps them: a name we redefine (pint's "bag" is a 94 lb cement bag, ours a
    # count) would keep pint's meaning on a build without the disk cache. Rebuild the root units
    # when any that pint kept no longer follows from the definitions (pint-convert does so too).
    if _stale_root_units(reg):
        reg._build_cache()
    return reg


def definition_lines(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The unit definitions of a pint definition file such as ``data/units.txt``: for each
    ``name = definition = symbol = alias ...`` line, the name, the definition and the other names
    (symbol and aliases; ``_`` for none is left out)."""
    lines: list[tuple[str, str, tuple[str, ...]]] = []
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line[0] in "@[" or "=" not in line:
            continue
        parts = [part.strip() for part in line.split("=")]
        lines.append((parts[0], parts[1], tuple(p for p in parts[2:] if p and p != "_")))
    return lines


def _definitions(text: str) -> list[tuple[str, str]]:
    """The ``name = definition`` pairs of a pint definition file, one per name and alias, for
    units defined in terms of others (not base units of a dimension of their own)."""
    return [
        (name, definition)
        for first, definition, others in definition_lines(text)
        if not definition.startswith("[")
        for name in (first, *others)
    ]


def _stale_root_units(reg: pint.UnitRegistry[Fraction]) -> bool:
    """Whether any root units pint worked out before our definitions were loaded no longer
    follow from the definitions as loaded.

    Only those can be stale: pint works out any other unit's root units on first use, from the
    definitions as they stand. On a build from pint's disk cache pint holds a few (its base
    units, worked out for its unit systems), so this is a few lookups; on a build without the
    cache it holds every unit of its own file, and "bag" and "decade" are stale. (Checking each
    name of ``units.txt`` instead, as before, parsed 285 names and definitions at every start.)
    """
    cache = reg._cache.root_units
    for units, kept in list(cache.items()):
        del cache[units]
        try:
            fresh = reg._get_root_units(units)  # computed from the definitions, and kept again
        except Exception:  # pragma: no cover - pint worked these out once already
            cache[units] = kept
            continue
        if fresh != kept:
            return True
    return False


@functools.cache
def registry() -> pint.UnitRegistry[Fraction]:
    """The process's one pint registry: pint's units plus counts, currencies and scale words.

    Built on first use and kept; pint's definition cache (under the user's cache folder, or the
    folder named by ``FACTCHECK_UNIT_CACHE``; ``off`` disables it) makes later starts cheap.
    """
    folder = _cache_folder()
    if folder is not None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return _build_registry(folder)
        except Exception:  # an unwritable or corrupt cache must never stop a check
            pass
    return _build_registry(None)


def validate_unit_string(text: Any) -> str:
    """Check ``text`` against the unit grammar and return it stripped; raise `UnitError` if not.

    >>> validate_unit_string("million USD")
    'million USD'
    """
    if not isinstance(text, str):
        raise UnitError(f"a unit must be a string such as 'kg' or 'million USD', not {text!r}")
    if len(text) > _MAX_UNIT_LENGTH:
        raise UnitError(f"a unit must be at most {_MAX_UNIT_LENGTH} characters long")
    if not _UNIT_RE.match(text):
        raise UnitError(
            f"unit={text!r} is not a unit expression: use unit names joined by spaces, '*', '/'"
            " or 'per', with small integer powers ('kg', 'million USD', 'km/h', 'm**2');"
            " numbers go in the value field"
        )
    for word in re.findall(r"[A-Za-z_]+", text):
        if word in _AMBIGUOUS:
            raise UnitError(
                f"unit={text!r}: {word!r} is ambiguous (pint reads it as {_AMBIGUOUS[word][0]});"
                f" write {_AMBIGUOUS[word][1]}"
            )
    return text.strip()


def _pint_text(text: str) -> str:
    for symbol, code in CURRENCY_SYMBOLS.items():
        text = text.replace(symbol, f" {code} ")
    return re.sub(r"\s+per\s+", " / ", text).strip()


@functools.lru_cache(maxsize=4096)
def unit_info(text: str) -> UnitInfo:
    """Parse a unit string (already in the grammar) into its dimension and exact factor.

    Raises `UnitError` for a unit pint does not know, or for an offset unit such as degC, whose
    values cannot be compared by scaling.
    """
    validate_unit_string(text)
    import pint

    reg = registry()
    try:
        units = reg.parse_units(_pint_text(text))
        one = reg.Quantity(Fraction(1), units).to_base_units()
        zero = reg.Quantity(Fraction(0), units).to_base_units()
    except (pint.errors.UndefinedUnitError, pint.errors.DefinitionSyntaxError) as exc:
        raise UnitError(
            f"unit={text!r} is not a known unit ({exc}); for a count of things factcheck does"
            " not name, use 'items'; for money, a currency code such as 'GBP' or 'million USD'"
        ) from None
    except pint.errors.OffsetUnitCalculusError:
        raise UnitError(f"unit={text!r} has an offset (like degC) and cannot be compared") from None
    except (AttributeError, TypeError, ValueError, pint.errors.PintError) as exc:
        raise UnitError(f"unit={text!r} cannot be read as a unit ({exc})") from None
    if zero.magnitude != 0:
        raise UnitError(f"unit={text!r} has an offset (like degC) and cannot be compared")
    dims = one.dimensionality
    dimension = " * ".join(
        f"{name}" if power == 1 else f"{name}**{power}" for name, power in sorted(dims.items())
    )
    scale = 1
    for word in re.findall(r"[A-Za-z_]+", text):
        # pint reads "millions" as "million": the scale must follow.
        scale *= SCALE_WORDS.get(word.lower().removesuffix("s"), 1)
    try:
        name = str(units)
    except TypeError:  # pint formats powers with "{:n}", which Fraction does not support
        name = _pint_text(text)
    noun = counts = None
    words = [w for w in re.findall(r"[A-Za-z_]+", text) if w.lower() not in SCALE_WORDS]
    if dimension == "[countable]" and len(words) == 1:
        noun = str(reg.parse_units(words[0]))
        counts = _kind_counted(reg, noun)
    return UnitInfo(
        name=name,
        dimension=dimension or "dimensionless",
        factor=Fraction(one.magnitude),
        scale=scale,
        noun=noun,
        counts=counts,
    )


#: The kinds of things counted (units.txt defines each count noun as one of them, or as an item).
COUNTED_KINDS = ("person", "place", "organisation", "object", "animal")


def _kind_counted(reg: pint.UnitRegistry[Fraction], noun: str) -> str | None:
    """The kind of thing a count noun counts: the first of `COUNTED_KINDS` on the chain of its
    definitions in units.txt ("arrest = person"), or None when the chain goes straight to
    ``item``."""
    name = noun
    for _ in range(8):  # units.txt chains are short; a cycle would be pint's error
        if name in COUNTED_KINDS:
            return name
        definition = reg._units.get(name)  # pint has no public view of a unit's definition
        reference = getattr(definition, "reference", None)
        if reference is None or len(reference) != 1:
            return None
        (name,) = reference.keys()
    return None


def is_known_unit(text: str) -> bool:
    """Whether ``text`` passes the grammar and names a unit the registry knows."""
    try:
        unit_info(text)
    except UnitError:
        return False
    return True


_NOUN_RE = re.compile(r"[A-Za-z]+(?:[-_][A-Za-z]+)*")


def declared_noun(noun: str) -> str:
    """A noun a claim file declares in its ``[nouns]`` table ("nephews", "goats"): a word
    factcheck does not know yet, returned in lower case. A unit factcheck knows ("arrests",
    "pounds") is refused, with what it is: the table is for nouns factcheck cannot read."""
    if not _NOUN_RE.fullmatch(noun) or len(noun) > 40:
        raise UnitError(
            f"{noun!r} is not one word: write the count noun as the article does, in letters"
            " ('nephews', 'goats', 'polling-booths')"
        )
    try:
        info = unit_info(noun.replace("-", "_"))
    except UnitError:
        return noun.lower()
    if info.is_count:
        kind = f"counts {_KIND_NAMES[info.counts]}" if info.counts else "may count any kind"
        raise UnitError(
            f"{noun!r} is a count noun factcheck knows already (it {kind}; see"
            " docs/units.md); [nouns] declares the nouns it does not know"
        )
    raise UnitError(
        f"{noun!r} is a unit factcheck knows already (dimension {info.dimension}), not a"
        " count noun; [nouns] declares the count nouns it does not know"
    )


#: How messages name each kind of thing counted.
_KIND_NAMES = {
    "person": "people", "place": "places", "organisation": "organisations",
    "object": "objects", "animal": "animals", None: "items",
}  # fmt: skip


def counted_as(noun: str) -> str:
    """What a noun a claim file declares counts: a count noun factcheck knows, whose kind of
    thing it then counts ("people", "animals", "hospitals"). Returned as written."""
    kinds = ", ".join(repr(k) for k in _KIND_NAMES.values())
    try:
        info = unit_info(noun)
    except UnitError:
        info = None
    if info is None or not info.is_count or info.scale != 1 or info.noun is None:
        raise UnitError(
            f"{noun!r} is not a count noun factcheck knows; write the kind of thing the noun"
            f" counts, one of {kinds}, or a count noun of docs/units.md ('hospitals',"
            " 'vehicles')"
        )
    return noun
