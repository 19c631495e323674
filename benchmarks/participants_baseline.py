"""Participant names: newsarchive's rules vs. underthesea's offline NER, scored alike.

Both are scored on each labelled passage file (``corpus/participants.jsonl`` and
``corpus/participants_more.jsonl``) with the name precision/recall/F1 of
``newsarchive.evaluation.participants`` (names matched after folding). underthesea's
``ner`` (the CRF model shipped inside its wheel; nothing is downloaded) gives no titles
or roles, so only names are compared. Two readings of its output:

- ``PER``: every span it tags as a person;
- ``proper nouns``: every run of words it tags ``Np`` (proper noun) with two syllables or
  more, whatever the entity type — the most a name finder built on it could recall.

It also times newsarchive on a 5,000-character article made of the first file's passages.

Run: ``pip install -e '.[bench]' && python benchmarks/participants_baseline.py [--shared DIR]``.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from newsarchive.config import default_shared
from newsarchive.evaluation.participants import (
    PASSAGE_FILES,
    ParticipantScores,
    passages,
    score,
)
from newsarchive.participants import find_participants

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the CRF model ships in the wheel
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

Tagged = list[tuple[str, str, str, str]]
Finder = Callable[[str], list[dict[str, Any]]]


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _people(names: list[str]) -> list[dict[str, Any]]:
    unique = dict.fromkeys(" ".join(name.split()) for name in names)
    return [{"name": name, "titles": [], "roles": []} for name in unique]


def person_spans(tagged: Tagged) -> list[str]:
    """Spans tagged ``B-PER``/``I-PER``."""
    spans: list[list[str]] = []
    for word, _, _, tag in tagged:
        if tag == "B-PER" or (tag == "I-PER" and not spans):
            spans.append([word])
        elif tag == "I-PER":
            spans[-1].append(word)
        elif spans and spans[-1]:
            spans.append([])
    return [" ".join(span) for span in spans if span]


def proper_noun_runs(tagged: Tagged) -> list[str]:
    """Runs of words tagged ``Np`` with at least two syllables."""
    runs: list[list[str]] = [[]]
    for word, pos, _, _ in tagged:
        if pos == "Np":
            runs[-1].append(word)
        elif runs[-1]:
            runs.append([])
    names = (" ".join(run) for run in runs if run)
    return [name for name in names if len(name.split()) >= 2]


def underthesea_finder(read: Callable[[Tagged], list[str]]) -> Finder:
    from underthesea import ner

    def find(text: str) -> list[dict[str, Any]]:
        names = [name for paragraph in _paragraphs(text) for name in read(ner(paragraph))]
        return _people(names)

    return find


def ours(text: str) -> list[dict[str, Any]]:
    return [asdict(person) for person in find_participants(text)]


def run(finder: Finder, records: list[dict[str, Any]]) -> tuple[ParticipantScores, float]:
    start = time.perf_counter()
    predicted = [finder(record["text"]) for record in records]
    elapsed = time.perf_counter() - start
    expected = [record["participants"] for record in records]
    pairs = list(zip(expected, predicted, strict=True))
    ids = [str(record.get("id", n)) for n, record in enumerate(records)]
    return score(pairs, ids), elapsed / max(len(records), 1)


def _model_file() -> str:
    import underthesea

    path = Path(underthesea.__file__).parent / "pipeline" / "ner" / "ner_crf_2017_10_12.bin"
    return f"{path} ({path.stat().st_size} bytes)" if path.exists() else "not found"


def article_timing(records: list[dict[str, Any]], size: int = 5000) -> tuple[float, float]:
    """Min and median milliseconds of :func:`find_participants` on ``size`` characters
    of the passages joined as one article."""
    article = "\n\n".join(record["text"] for record in records)[:size]
    find_participants(article)
    runs = []
    for _ in range(51):
        start = time.perf_counter()
        find_participants(article)
        runs.append((time.perf_counter() - start) * 1000)
    runs.sort()
    return runs[0], runs[len(runs) // 2]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None)
    args = parser.parse_args()
    corpus = (args.shared or default_shared()) / "corpus"
    rows: list[tuple[str, Finder]] = [("newsarchive rules", ours)]
    try:
        rows += [
            ("underthesea NER: PER", underthesea_finder(person_spans)),
            ("underthesea NER: proper nouns", underthesea_finder(proper_noun_runs)),
        ]
        print(f"underthesea CRF model: {_model_file()}")
    except ImportError:
        print("underthesea is not installed (pip install -e '.[bench]'): ours only")
    for name in PASSAGE_FILES:
        records = list(passages(corpus / name))
        print(f"\n{name}: {len(records)} passages, names scored as corpus/LABELS.md says")
        print(f"{'':32} {'P':>6} {'R':>6} {'F1':>6} {'ms/passage':>11}")
        for label, finder in rows:
            scores, seconds = run(finder, records)
            print(
                f"{label:32} {scores.name_precision:6.3f} {scores.name_recall:6.3f} "
                f"{scores.name_f1:6.3f} {seconds * 1000:11.2f}"
            )
    fastest, median = article_timing(list(passages(corpus / PASSAGE_FILES[0])))
    print(f"\nnewsarchive on one 5,000-character article: {median:.2f} ms (fastest {fastest:.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
