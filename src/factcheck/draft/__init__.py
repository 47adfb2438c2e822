"""Drafting claim files from raw text: the quantity mentions of an article, its dates, and a
claim file that a person confirms instead of writing.

    >>> from factcheck.draft import mentions
    >>> [m.text for m in mentions("The operation netted 281 arrests and 117 firearms.")]
    ['281 arrests', '117 firearms']
"""

from __future__ import annotations

from factcheck.draft.mentions import BOUNDS, Mention, mentions
from factcheck.draft.times import TimeMention, time_mentions

__all__ = ["BOUNDS", "Mention", "TimeMention", "mentions", "time_mentions"]
