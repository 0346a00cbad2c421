"""The word lists of patterns/: their examples hold, a bad entry fails naming file and line,
and a word added to a copy of patterns/ works with no change to the code."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from extract import vocabulary
from extract.api import load_pipeline
from extract.components.state import candidates
from extract.patterns import PatternFileError, load_yaml, patterns_dir

LISTS = list(vocabulary.word_lists())
RULES = [(file, name, lists) for file, name, lists in LISTS
         if lists[name].pattern is not None or lists[name].examples or lists[name].counter_examples]


def test_every_pattern_file_with_a_schema_is_valid() -> None:
    vocabulary.check_pattern_files()


@pytest.mark.parametrize(("file", "name", "lists"), RULES, ids=[f"{f}:{n}" for f, n, _ in RULES])
def test_rule_finds_its_examples_and_not_its_counter_examples(file: str, name: str, lists) -> None:
    rule = lists.rule(name)
    assert lists[name].examples, f"{file}: {name} is searched with but has no examples"
    for example in lists[name].examples:
        assert rule.search(example), f"{file}: {name} misses its example {example!r}"
    for counter in lists[name].counter_examples:
        assert not rule.search(counter), f"{file}: {name} finds its counter-example {counter!r}"


def test_the_assembly_reads_every_list_of_assembly_yaml_and_only_those() -> None:
    lists = vocabulary.assembly_words().root
    used = set()
    for path in (Path(__file__).resolve().parents[1] / "extract" / "assembly").glob("*.py"):
        used |= set(re.findall(r'cues\.(?:rule|words)\("(\w+)"\)', path.read_text(encoding="utf-8")))
    in_patterns = {name for entry in lists.values() for name in re.findall(r"\{([a-z_]+)\}", entry.pattern or "")}
    assert used and used <= set(lists)
    assert set(lists) <= used | in_patterns, "a list nothing reads"


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(use_ner=False)


@pytest.mark.parametrize("example", vocabulary.triggers().examples, ids=lambda e: e.text[:50])
def test_trigger_examples(nlp, example) -> None:
    found = candidates(nlp(example.text)).triggers
    assert [(t.text, t.purpose) for t in found] == [tuple(pair) for pair in example.finds]


@pytest.mark.parametrize("text", vocabulary.triggers().counter_examples)
def test_trigger_counter_examples(nlp, text: str) -> None:
    assert candidates(nlp(text)).triggers == []


# --- a bad entry fails at load time, naming the file and the line -------------------------------


def _broken_copy(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, int]:
    """A copy of pattern file `name` in `tmp_path` with `old` replaced by `new`; and the line of the change."""
    text = (patterns_dir() / name).read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path, text[:text.index(old)].count("\n") + 1


@pytest.mark.parametrize(("name", "old", "new", "says"), [
    ("triggers.yaml", "{text: meneken, purpose: signing}", "{text: meneken, purpose: signin}", "purpose"),
    ("triggers.yaml", "{text: pks, purpose: instrument, type: PKS}", "{text: pks, purpose: instrument}",
     "needs its type"),
    ("triggers.yaml", "{text: teken, purpose: signing}", "{text: diteken, purpose: signing}", "listed twice"),
    ("assembly.yaml", "pattern: '^\\s*(?:{words})\\b'", "pattern: '^\\s*(?:{words}\\b'", "does not compile"),
    ("assembly.yaml", "pattern: '\\b(?:{already})\\s+(?:ber)?$'", "pattern: '\\b(?:{alredy})\\s+(?:ber)?$'",
     "unknown word list"),
    ("people.yaml", "position_after_name: [selaku, sebagai]", "position_after_names: [selaku, sebagai]",
     "position_after_name"),
    ("gate.yaml", "everyday_instruments:", "everyday_instrument:", "everyday_instrument"),
    ("scopes.yaml", "clause_cuts: [sebagai,", "clause_cuts: [selaku,", "not one of item_cuts"),
])
def test_a_bad_entry_names_file_and_line(tmp_path: Path, name: str, old: str, new: str, says: str) -> None:
    path, line = _broken_copy(tmp_path, name, old, new)
    with pytest.raises(PatternFileError) as failure:
        vocabulary.parse_file(path, vocabulary.SCHEMAS[name])
    assert f"{path}:{line}:" in str(failure.value) and says in str(failure.value)


def test_a_bad_entry_stops_the_command_before_it_reads_anything(tmp_path: Path) -> None:
    copy = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), copy)
    path, line = _broken_copy(copy, "triggers.yaml", "{text: meneken, purpose: signing}",
                              "{text: meneken, purpose: signin}")
    article = tmp_path / "berita.txt"
    article.write_text("Pemkab Klaten dan UTH meneken MoU.", encoding="utf-8")
    env = {**os.environ, "SEPAKAT_PATTERNS": str(copy)}
    done = subprocess.run([sys.executable, "-m", "extract.cli", "extract", str(article), "-q"], env=env,
                          capture_output=True, text=True)
    assert done.returncode == 2 and done.stdout == ""
    assert f"error: {path}:{line}: verbs." in done.stderr


def test_each_caller_gets_its_own_copy_of_a_yaml_file() -> None:
    first = load_yaml("places.yaml")
    first["venue"]["heads"].append("Lapangan Tembak")
    assert "Lapangan Tembak" not in load_yaml("places.yaml")["venue"]["heads"]


# --- a word added to a copy of patterns/ works: one line in one file -------------------------

LEAD = ("Pemerintah Kabupaten Klaten dan Universitas Tunas Harapan (UTH) menjalin kerja sama di bidang "
        "pendidikan.\n")
INITIALLED = LEAD + ("Nota kesepahaman itu diparaf Bupati Klaten Sri Mulyani dan Rektor UTH Bambang Irawan "
                     "di Pendopo Kabupaten Klaten, Senin (4/3/2024).")
NEW_INSTRUMENT = ("PT Pertamina dan PT Perusahaan Listrik Negara menandatangani side letter "
                      "pasokan gas di Jakarta, Senin (4/3/2024).")
_RUN = ("import json, sys\nfrom extract.api import extract_text\n"
        "texts = json.loads(sys.argv[1])\n"
        "print(json.dumps([extract_text(t, doc_id='uji', published='2024-03-08', use_ner=False) for t in texts]))")


def _records_with_patterns(directory: Path | None, texts: list[str]) -> list[list[dict]]:
    """Records of `texts` in a fresh process reading patterns from `directory` (patterns are
    loaded once per process, so a changed copy needs a process of its own)."""
    env = {k: v for k, v in os.environ.items() if k != "SEPAKAT_PATTERNS"}
    if directory is not None:
        env["SEPAKAT_PATTERNS"] = str(directory)
    done = subprocess.run([sys.executable, "-c", _RUN, json.dumps(texts)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout)


def _add_line(directory: Path, name: str, after: str, line: str) -> None:
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert after in text
    path.write_text(text.replace(after, after + line, 1), encoding="utf-8")


@pytest.mark.slow
def test_a_signing_verb_and_an_instrument_word_are_one_line_each_in_triggers_yaml(tmp_path: Path) -> None:
    copy = tmp_path / "patterns"
    shutil.copytree(patterns_dir(), copy)
    _add_line(copy, "triggers.yaml", "verbs:\n", "  - {text: diparaf, purpose: signing}\n")
    _add_line(copy, "triggers.yaml", "terms:\n", "  - {text: side letter, purpose: instrument, type: other}\n")
    (before_initialled, before_new), (after_initialled, after_new) = (
        _records_with_patterns(None, [INITIALLED, NEW_INSTRUMENT]),
        _records_with_patterns(copy, [INITIALLED, NEW_INSTRUMENT]),
    )
    # "diparaf" unknown: the instrument is reported, nobody is read as signing it
    assert [r["signatories"] for r in before_initialled] == [[]]
    # a signing verb: a trigger and a verb after which the people named sign
    assert [[s["name"] for s in r["signatories"]] for r in after_initialled] == [["Sri Mulyani", "Bambang Irawan"]]
    assert [e["rule"] for e in after_initialled[0]["evidence"] if e["field"] == "signatories[0].name"] == \
        ["people:signer"]
    # a verb alone names no agreement; the new instrument does, with its type
    assert before_new == []
    assert [(r["type"], r["status"], [p["name"] for p in r["parties"]]) for r in after_new] == [
        ("other", "signed", ["PT Pertamina", "PT Perusahaan Listrik Negara"])]
