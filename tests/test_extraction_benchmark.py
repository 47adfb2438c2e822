"""The extraction benchmark's labelled set and scorer (benchmarks/extraction/): the set loads and
is in sync with its annotated articles, every gold span is where it says, and the scorer gives a
perfect prediction 1.0 and an empty one 0, in our format and in NewsQuant's. Not timed; does not
need quantulum3."""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "extraction"
sys.path.insert(0, str(HERE))

import build  # noqa: E402
import scoring  # noqa: E402

SET = HERE / "sentences.jsonl"


@pytest.fixture(scope="module")
def sentences() -> list[scoring.Sentence]:
    return scoring.load_set(SET)


@pytest.fixture(scope="module")
def records() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines()]


def test_the_set_has_at_least_400_sentences_with_unique_ids(sentences):
    assert len(sentences) >= 400
    assert len({s.id for s in sentences}) == len(sentences)
    assert sum(len(s.mentions) for s in sentences) >= 600


def test_the_set_is_built_from_the_annotated_articles(records):
    assert build.render(build.build()) == SET.read_text(encoding="utf-8"), (
        "sentences.jsonl is stale: run python benchmarks/extraction/build.py"
    )
    assert records


def test_every_gold_span_and_negative_is_at_its_offsets(records):
    for r in records:
        for m in r["mentions"] + r["negatives"]:
            assert r["text"][m["start"] : m["end"]] == m["text"], (r["id"], m)
        spans = sorted((m["start"], m["end"]) for m in r["mentions"] + r["negatives"])
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, f"{r['id']}: overlapping spans"


def test_every_gold_mention_is_well_formed(records):
    styles = set()
    for r in records:
        styles.add(r["style"])
        assert r["variant"] in {"en-US", "en-GB", "en-IN", "en-AU"}
        assert r["source"]
        for m in r["mentions"]:
            assert m["bound"] in scoring.BOUNDS, (r["id"], m)
            assert m["change"] in (None, "up", "down"), (r["id"], m)
            assert m["unit"], (r["id"], m)
            v = m["value"]
            assert isinstance(v, int | float) or (isinstance(v, list) and len(v) == 2)
    assert len(styles) >= 8


def test_a_perfect_prediction_scores_1_and_an_empty_one_0(sentences):
    perfect = [[m for m in s.mentions if not m.optional] for s in sentences]
    report = scoring.score(sentences, perfect)
    for metric in scoring.METRICS:
        assert report.totals[metric].prf() == (1.0, 1.0, 1.0), metric
    empty = scoring.score(sentences, [[] for _ in sentences])
    for metric in scoring.METRICS:
        assert empty.totals[metric].prf() == (0.0, 0.0, 0.0), metric


def test_a_wrong_unit_or_change_costs_only_that_metric():
    s = scoring.Sentence(
        id="x",
        text="Exports rose 5% to $2.3 billion.",
        mentions=[
            scoring.Mention(value=5.0, unit="percent", change="up", start=13, end=15),
            scoring.Mention(value=2.3e9, unit="USD", start=19, end=31),
        ],
    )
    preds = [
        scoring.Mention(value=5.0, unit="percentage", start=13, end=15),  # no change
        scoring.Mention(value=2.3e9, unit="EUR", start=19, end=31),  # wrong unit
        scoring.Mention(value=2019.0, start=0, end=4),  # a false prediction
    ]
    t = scoring.score([s], [preds]).table()
    assert (t["value"]["tp"], t["value+unit"]["tp"], t["value+change"]["tp"]) == (2, 1, 1)
    assert t["value"]["pred"] == 3 and t["value"]["gold"] == 2


def test_a_prediction_on_an_optional_mention_is_neutral():
    s = scoring.Sentence(
        id="x",
        text="Sales doubled to 40 units.",
        mentions=[
            scoring.Mention(value=2.0, change="up", start=6, end=13, optional=True),
            scoring.Mention(value=40.0, unit="unit", start=17, end=25),
        ],
    )
    both = [scoring.Mention(value=2.0, start=6, end=13), scoring.Mention(value=40.0, unit="units")]
    assert scoring.score([s], [both]).totals["value"].prf() == (1.0, 1.0, 1.0)


NEWSQUANT_SAMPLE = [
    {
        "text": "The index was up about 19 per cent, while exports fell 7% to $2.3 billion.",
        "quantities": [
            {
                "change": "~",
                "value": "19.0",
                "unit": "per cent",
                "normalized_unit": "percentage",
                "referred_concepts": "index",
            },
            {
                "change": "down",
                "value": "7",
                "unit": "%",
                "normalized_unit": "percentage",
                "referred_concepts": "exports",
            },
            {
                "change": "=",
                "value": "2300000000",
                "unit": "$",
                "normalized_unit": "dollar",
                "referred_concepts": "exports",
            },
        ],
    },
    {
        "text": "Dozens of people were killed in shootings at two mosques.",
        "quantities": [
            {
                "change": "=",
                "value": "12-120",
                "unit": "people",
                "normalized_unit": "people",
                "referred_concepts": "-",
            },
            {
                "change": "=",
                "value": "2",
                "unit": "mosques",
                "normalized_unit": "mosque",
                "referred_concepts": "-",
            },
        ],
    },
    {"text": "The Big 12 met on March 29.", "quantities": []},
]


def test_the_scorer_reads_newsquant_and_maps_its_change_field(tmp_path):
    path = tmp_path / "NewsQuant.json"
    path.write_text(json.dumps(NEWSQUANT_SAMPLE), encoding="utf-8")
    gold = scoring.load_set(path)
    assert [len(s.mentions) for s in gold] == [3, 2, 0]
    up, down, dollars = gold[0].mentions
    assert (up.bound, up.change) == ("~", None)
    assert (down.bound, down.change, down.value) == ("=", "down", 7.0)
    assert scoring.unit_key(dollars.unit) == "USD"
    assert gold[1].mentions[0].value == (12.0, 120.0)
    ours = [
        [
            scoring.Mention(value=19.0, unit="percent", bound="~", change="up"),
            scoring.Mention(value=7.0, unit="percent", change="down"),
            scoring.Mention(value=2.3e9, unit="USD"),
        ],
        [scoring.Mention(value=(12.0, 120.0), unit="people"), scoring.Mention(2.0, "mosques")],
        [],
    ]
    report = scoring.score(gold, ours)
    for metric in scoring.METRICS:
        assert report.totals[metric].prf() == (1.0, 1.0, 1.0), metric


def test_our_set_round_trips_through_newsquant_format(tmp_path, sentences):
    path = tmp_path / "ours-as-newsquant.json"
    path.write_text(json.dumps(scoring.to_newsquant(sentences)), encoding="utf-8")
    back = scoring.load_set(path)
    preds = [[m for m in s.mentions if not m.optional] for s in sentences]
    report = scoring.score(back, preds)
    for metric in scoring.METRICS:
        assert report.totals[metric].prf() == (1.0, 1.0, 1.0), metric


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("dollar", "USD"),
        ("pound sterling", "GBP"),
        ("australian dollar", "AUD"),
        ("percentage", "percent"),
        ("metric ton", "metric_ton"),
        ("tonne", "metric_ton"),
        ("kilometre per hour", "kilometer_per_hour"),
        ("celsius", "degree_Celsius"),
        ("year of age", "year"),
        ("dollar per barrel", "USD_per_barrel"),
        ("worker", "workers"),
        ("people", "persons"),
        ("heart transplant", "transplants"),
        ("-", "dimensionless"),
    ],
)
def test_unit_spellings_of_both_vocabularies_match(a, b):
    assert scoring.units_match(a, b)


@pytest.mark.parametrize(
    ("a", "b"), [("USD", "AUD"), ("pound", "GBP"), ("kilogram", "-"), ("arrest", "suspect")]
)
def test_different_units_do_not_match(a, b):
    assert not scoring.units_match(a, b)


HELDOUT = HERE / "heldout.jsonl"


def test_the_heldout_set_is_built_from_its_articles_and_its_spans_are_where_they_say():
    """The held-out set (never tuned against) is in sync with heldout/*.txt, has at least 150
    sentences in five styles or more, and every span sits at its offsets without overlaps."""
    assert build.render(build.build(build.HELDOUT_ARTICLES)) == HELDOUT.read_text(
        encoding="utf-8"
    ), "heldout.jsonl is stale: run python benchmarks/extraction/build.py --heldout"
    records = [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 150
    assert len({r["style"] for r in records}) >= 5
    assert not {r["id"] for r in records} & {s.id for s in scoring.load_set(SET)}
    for r in records:
        assert r["variant"] in {"en-US", "en-GB", "en-IN", "en-AU"}
        for m in r["mentions"] + r["negatives"]:
            assert r["text"][m["start"] : m["end"]] == m["text"], (r["id"], m)
        spans = sorted((m["start"], m["end"]) for m in r["mentions"] + r["negatives"])
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert end <= start, f"{r['id']}: overlapping spans"
        for m in r["mentions"]:
            assert m["bound"] in scoring.BOUNDS and m["change"] in (None, "up", "down"), m
