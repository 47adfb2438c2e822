"""Claim kinds that hold their own logic: each module has a kind's model, what it implies or how
it compiles, and the words its docs use. The kinds of `factcheck.claims` are listed there too."""

from __future__ import annotations

import factcheck.claims  # noqa: F401 - the base models first (they import these modules back)
