"""Memory over a long stream of articles full of new words: `python benchmarks/memory.py`.

Generates `--documents` (default 200,000) short agreement articles in which every person,
body, place and topic is a word never seen before, runs them through the pipeline in batches
as `sepakat extract` does, and prints the resident memory (RSS) and the size of the two
vocabularies (the pipeline's and the NER model's) every tenth of the way. With spaCy's memory
zones (extract/memory.py) memory stays flat once the vocabularies hold PERMANENT_STRINGS;
`--no-zones` shows what the stream costs without them. It measures; it asserts nothing.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SYLLABLES = ("ka", "lu", "mba", "ra", "su", "tan", "ja", "ya", "wi", "ro", "ngo", "de", "pa", "si", "to",
             "rin", "gu", "ne", "bo", "la", "ham", "ti", "se", "kar", "do", "mi", "nus", "wa", "re", "bu")
TEMPLATE = ("{place} – Pemerintah Kabupaten {region} dan Universitas {campus} menandatangani nota "
            "kesepahaman tentang {topic} di Pendopo {place}, Senin (3/7/2023). Penandatanganan dilakukan "
            "oleh Bupati {region} {first} {last} dan Rektor {campus} {first2} {last2}, disaksikan "
            "Sekretaris Daerah {third}.")


def new_word(rng: random.Random, number: int) -> str:
    """A word made of syllables and a number spelt in syllables: every call a new string."""
    digits = "".join(SYLLABLES[int(digit)] for digit in str(number))
    return (rng.choice(SYLLABLES) + digits + rng.choice(SYLLABLES)).capitalize()


def articles(count: int, seed: int = 14) -> Iterator:
    from extract.document import Document

    rng = random.Random(seed)
    number = 0
    for index in range(count):
        words = {}
        for slot in ("place", "region", "campus", "topic", "first", "last", "first2", "last2", "third"):
            number += 1
            words[slot] = new_word(rng, number)
        words["topic"] = words["topic"].lower()
        yield Document(id=f"m{index}", text=TEMPLATE.format(**words))


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--no-ner", action="store_true")
    parser.add_argument("--no-zones", action="store_true", help="never use memory zones (the old behaviour)")
    arguments = parser.parse_args()

    import extract.memory
    from extract.api import extract_documents, load_pipeline
    from extract.ner.model import load_ner
    from extract.options import ExtractionOptions, Limits

    if arguments.no_zones:
        extract.memory.PERMANENT_STRINGS = 10**15
    options = ExtractionOptions(use_ner=not arguments.no_ner, limits=Limits(batch_size=arguments.batch_size)).for_run()
    nlp = load_pipeline(options=options)
    ner = load_ner() if not arguments.no_ner else None
    step = max(1, arguments.documents // 10)
    started, records = time.perf_counter(), 0
    print(f"{'documents':>10} {'RSS MB':>8} {'strings':>9} {'NER strings':>12} {'docs/s':>7}")
    for done, (_, found) in enumerate(extract_documents(articles(arguments.documents), options=options, nlp=nlp), 1):
        records += len(found)
        if done % step == 0 or done == 1000:
            rate = done / (time.perf_counter() - started)
            ner_strings = len(ner.vocab.strings) if ner is not None else 0
            print(f"{done:>10,} {resident_mb():>8.0f} {len(nlp.vocab.strings):>9,} {ner_strings:>12,} {rate:>7.0f}",
                  flush=True)
    print(f"{records:,} records from {arguments.documents:,} documents")


if __name__ == "__main__":
    main()
