"""`factcheck draft` proposes change claims as the mention finder reads changes: the size of a
change is a `multiple` with `change` (or `change_range` for a range of changes); the level a
change reaches or starts from is a figure, not a change."""

from __future__ import annotations

from datetime import date

from factcheck.draft.claimfile import draft


def claims(text: str) -> list[dict]:
    drafted = draft(text, name="a-2024-03-05.txt", text_path="a.txt", published=date(2024, 3, 5))
    return [c.table for c in drafted.claims]


def test_a_range_of_a_change_is_one_multiple_with_change_range():
    """'fell 10-15%' is change_range = ['-10%', '-15%']; 'rose by between 20 and 30 per cent'
    is ['+20%', '+30%']; each on its own proposed measure."""
    found = claims("Prices fell 10-15% last year.\n\nWages rose by between 20 and 30 per cent.\n")
    ranges = [c for c in found if "change_range" in c]
    assert [(c["kind"], c["change_range"]) for c in ranges] == [
        ("multiple", ["-10%", "-15%"]),
        ("multiple", ["+20%", "+30%"]),
    ]
    assert ranges[0]["measure"] != ranges[1]["measure"]


def test_the_level_a_change_reaches_is_a_value_not_a_change():
    """'rose 12% to $4.2 billion': 12% is the change; '$4.2 billion' and 'rose to $3.1
    billion' are values, with no change proposed."""
    found = claims("Exports rose 12% to $4.2 billion.\n\nImports rose to $3.1 billion.\n")
    changes = [c for c in found if "change" in c]
    assert [c["change"] for c in changes] == ["+12%"]
    values = [c for c in found if c["kind"] == "value"]
    assert [c["value"] for c in values] == ["4.2", "3.1"]
