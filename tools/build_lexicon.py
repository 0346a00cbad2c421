"""Derive the word lexicons in patterns/lexicon/ from MIT-licensed Indonesian NER data.

common_words.txt: words seen in lower case outside any entity (ordinary vocabulary), used to
tell where an organisation or position phrase ends and a person's name begins.
person_name_tokens.txt: tokens seen inside PER/PERSON entities and never in lower case.

Usage: python tools/build_lexicon.py DATA_DIR   (DATA_DIR holds idner-news-2k/ and nergrit/,
e.g. ../shared/data/ner). Rerun it and compare to check the committed files are derived.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "patterns" / "lexicon"
FILES = {
    "idner-news-2k": ["train.txt", "dev.txt", "test.txt"],
    "nergrit": ["train_preprocess.txt", "valid_preprocess.txt", "test_preprocess.txt"],
}
HEADER = (
    "# Derived by tools/build_lexicon.py from idner-news-2k (MIT, (c) 2020 khairunnisaor) and\n"
    "# NERGrit via IndoNLU (MIT; NERGRIT developers). One lower-cased word per line.\n"
)


def rows(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.replace("\t", " ").split()
        if len(parts) >= 2:
            yield parts[0], parts[-1]


def main(data_dir: str) -> None:
    lower_outside = Counter()
    person_tokens = Counter()
    for folder, names in FILES.items():
        for name in names:
            for token, tag in rows(Path(data_dir) / folder / name):
                if not token.isalpha():
                    continue
                if tag == "O" and token.islower():
                    lower_outside[token] += 1
                elif tag.endswith(("PER", "PERSON")) and token[0].isupper():
                    person_tokens[token.lower()] += 1
    common = sorted(w for w, n in lower_outside.items() if len(w) > 1)
    names = sorted(w for w, n in person_tokens.items() if w not in lower_outside and len(w) > 1)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "common_words.txt").write_text(HEADER + "\n".join(common) + "\n", encoding="utf-8")
    (OUT / "person_name_tokens.txt").write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"common words: {len(common)}, person-name tokens: {len(names)}")


if __name__ == "__main__":
    main(sys.argv[1])
