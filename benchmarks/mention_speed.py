"""Speed of the mention extractor: sentences per second of `factcheck.draft.mentions` (and of
the date reader that `factcheck draft` runs beside it), on one core, start-up excluded.

    python benchmarks/mention_speed.py               # 7 rounds over every article text here
    python benchmarks/mention_speed.py --rounds 15 --json

Goal (issue 10): at least 2,000 sentences/s. The sentences are those of every article text of
the repository (claims/, docs/examples, docs/gallery, tests/data), split at sentence ends; the
texts are read and the reader warmed up (pint's registry built, caches filled) before timing.
Each round times one pass over all sentences with the process's CPU clock (other processes on a
shared machine do not count against it), and the script reports the median round.
"""

from __future__ import annotations

import argparse
import re
import time

from _common import ROOT, describe_machine, machine, median, summary, write_json

GOAL = 2000
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"(0-9])|\n+")


def sentences() -> list[str]:
    found: list[str] = []
    folders = ("claims", "docs", "tests/data")
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.txt")):
            text = path.read_text(encoding="utf-8")
            found.extend(s for s in _SENTENCE_END.split(text) if s.strip())
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", action="store_true", help="also write benchmarks/results/")
    args = parser.parse_args()

    from factcheck.draft import mentions, time_mentions

    corpus = sentences()
    for s in corpus:  # warm-up: the registry, the unit cache
        mentions(s)
        time_mentions(s)
    rates, rates_mentions_only = [], []
    found = 0
    for _ in range(args.rounds):
        start = time.process_time()
        found = sum(len(mentions(s)) + len(time_mentions(s)) for s in corpus)
        rates.append(len(corpus) / (time.process_time() - start))
        start = time.process_time()
        for s in corpus:
            mentions(s)
        rates_mentions_only.append(len(corpus) / (time.process_time() - start))
    info = machine()
    print(describe_machine(info))
    words = sum(len(s.split()) for s in corpus) / len(corpus)
    print(f"{len(corpus)} sentences ({words:.1f} words on average), {found} mentions and dates")
    print(f"mentions() + time_mentions(): median {median(rates):,.0f} sentences/s")
    print(f"mentions() alone:             median {median(rates_mentions_only):,.0f} sentences/s")
    verdict = "within" if median(rates) >= GOAL else "BELOW"
    print(f"goal: at least {GOAL:,} sentences/s: {verdict}")
    if args.json:
        path = write_json(
            "mention-speed",
            {"machine": info, "sentences": len(corpus), "rates": summary(rates),
             "rates_mentions_only": summary(rates_mentions_only), "goal": GOAL},
        )  # fmt: skip
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
