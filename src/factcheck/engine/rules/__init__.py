"""The rules, one family per module; importing this package registers them all."""

from __future__ import annotations

from factcheck.engine.rules import currency, dates, enumerations, meta, relations, values

__all__ = ["currency", "dates", "enumerations", "meta", "relations", "values"]
