"""The darknet gallery example (docs/gallery/darknet-2024/): a breakdown, a conversion checked
against the day's rates, and named continents, all confirmed."""

from __future__ import annotations

from pathlib import Path

import factcheck

FOLDER = Path(__file__).parent.parent / "docs" / "gallery" / "darknet-2024"


def test_the_darknet_gallery_is_checked_and_confirmed() -> None:
    """Its report: no finding; the sum of the breakdown, the conversion and the span hold."""
    report = factcheck.check(factcheck.load(FOLDER))
    assert [f.rule for f in report.findings if not f.acknowledged] == []
    held = {c.rule for c in report.checks if c.status == "holds"}
    assert {"FC106", "FC201", "FC302", "FC304"} <= held
    rates = sorted(c.message for c in report.checks if c.rule == "FC106")
    assert len(rates) == 2 and "EUR/USD 1.0802 on 2024-05-14" in rates[0]
    assert "GBP/USD 1.2565 on 2024-05-14" in rates[1]
    assert report.exit_code == 0
    met = {c.message.split(":")[0] for c in report.checks if c.rule == "FC501"}
    # The wire report's and the newspaper's figures meet the breakdown's items and the
    # conversions' measures; the range of the drugs meets the newspaper's figure.
    assert {"silkveil.arrests.united_states", "silkveil.arrests.united_kingdom",
            "silkveil.seized.usd", "silkveil.seized.drugs"} <= met  # fmt: skip
