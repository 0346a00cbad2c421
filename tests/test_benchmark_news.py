"""The benchmark's dump (benchmarks/news.py): real news sentences in article-sized documents,
agreement articles only from corpus articles with gold agreements, the same dump every time."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _news_module():
    spec = importlib.util.spec_from_file_location("benchmark_news", REPO / "benchmarks" / "news.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_dump_mixes_real_sentences_and_agreement_articles_reproducibly() -> None:
    news = _news_module()
    sets = news.news_sets("kumparan")  # shipped in the repository, so this runs in any clone
    dump = news.build_dump(60, 0.1, sets, seed=7)
    assert dump == news.build_dump(60, 0.1, sets, seed=7)
    agreements = [article for article in dump if article.agreement]
    ordinary = [article for article in dump if not article.agreement]
    assert len(agreements) == 6 and len(ordinary) == 54
    sentences = sets["kumparan"]
    starting_with: dict[str, list[int]] = {}
    for index, sentence in enumerate(sentences):
        starting_with.setdefault(sentence.split(" ", 1)[0], []).append(index)
    for article in ordinary:
        paragraphs = article.text.split("\n\n")
        assert news.PARAGRAPHS[0] <= len(paragraphs) <= news.PARAGRAPHS[1]
        assert article.id.startswith(news.ORDINARY_PREFIX) and article.source == "kumparan"
        for paragraph in paragraphs:  # a run of 1-4 consecutive real sentences
            assert any(" ".join(sentences[first:first + count]) == paragraph
                       for first in starting_with.get(paragraph.split(" ", 1)[0], []) for count in range(1, 5)), paragraph
    reporting = {path.read_text(encoding="utf-8") for path in news.reporting_agreements()}
    assert reporting and all(article.text in reporting for article in agreements)  # first copies are verbatim
    for path in news.reporting_agreements():
        assert json.loads((REPO / "corpus" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["agreements"]
