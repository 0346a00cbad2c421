"""A generated multi-article corpus: the same signing reported by several outlets.

    python benchmarks/multi_article.py --signings 12 --output /tmp/multi

writes /tmp/multi/articles.jsonl (id, text, published, url) and /tmp/multi/groups.yaml
(which articles report the same signing; `sepakat evaluate-consolidation --gold`). Each
signing is a regency and a university on a given day, told in 2-4 of the styles of
benchmarks/data/signing_templates.yaml; some pairs sign again the next year (a near miss).
Run `sepakat extract ARTICLES --db DB` and `sepakat consolidate DB --db DB` on it: the
database keeps each article's publication date and URL for the reports.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from dataclasses import dataclass
from pathlib import Path

import yaml

TEMPLATES = Path(__file__).resolve().parent / "data" / "signing_templates.yaml"
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember")
SEED = 1508


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    published: str
    url: str


def signing_articles(signings: int, seed: int = SEED) -> tuple[list[Article], dict[str, list[str]]]:
    """Articles and the gold groups (signing name -> ids of the articles reporting it; one record each)."""
    rng = random.Random(seed)
    data = yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))
    slots, styles = data["slots"], data["styles"]
    articles: list[Article] = []
    groups: dict[str, list[str]] = {}
    pairs: list[tuple[str, list[str], str, str]] = []
    for number in range(signings):
        if pairs and number % 4 == 3:
            regency, university, head, rector = pairs[rng.randrange(len(pairs))]   # signs again, a year on
            day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(330))
        else:
            regency, university = rng.choice(slots["regencies"]), rng.choice(slots["universities"])
            head, rector = rng.choice(slots["heads"]), rng.choice(slots["rectors"])
            pairs.append((regency, university, head, rector))
            day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(330))
        values = {
            "regency": regency, "regency_upper": regency.upper(), "university": university[0],
            "university_short": university[1], "head": head, "rector": rector,
            "topic": rng.choice(slots["topics"]), "venue": rng.choice(slots["venues"]),
            "weekday": WEEKDAYS[day.weekday()], "day": day.day, "month": day.month, "year": day.year,
            "month_name": MONTHS[day.month - 1], "number": f"{rng.randint(100, 999)}/{number + 1:03d}/MoU/{day.year}",
        }
        values["scope1"], values["scope2"] = rng.sample(slots["scopes"], 2)
        name = f"signing-{number:03d}"
        for style in rng.sample(sorted(styles), rng.randint(2, 4)):
            published = day + dt.timedelta(days=rng.choice((0, 0, 1, 2)))
            identifier = f"{style.replace('_', '-')}-{number:03d}"
            articles.append(Article(identifier, styles[style].format(**values), published.isoformat(),
                                    f"https://{style.replace('_', '-')}.example/berita/{identifier}"))
            groups.setdefault(name, []).append(f"{identifier}#0")
    rng.shuffle(articles)
    return articles, groups


def write_corpus(directory: Path, signings: int, seed: int = SEED) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    articles, groups = signing_articles(signings, seed)
    articles_file, gold_file = directory / "articles.jsonl", directory / "groups.yaml"
    with articles_file.open("w", encoding="utf-8") as handle:
        for article in articles:
            handle.write(json.dumps({"id": article.id, "text": article.text, "published": article.published,
                                     "url": article.url}, ensure_ascii=False) + "\n")
    gold_file.write_text(yaml.safe_dump({"groups": groups}, allow_unicode=True, sort_keys=True), encoding="utf-8")
    return articles_file, gold_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--signings", type=int, default=12)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--output", type=Path, required=True)
    arguments = parser.parse_args()
    articles, gold = write_corpus(arguments.output, arguments.signings, arguments.seed)
    print(f"wrote {articles} and {gold}")


if __name__ == "__main__":
    main()
