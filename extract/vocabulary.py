"""The word lists of patterns/: what each file holds, checked when it is loaded.

Every YAML file the rules read has a schema here (a pydantic model). A file is checked when
the pipeline is built (`check_pattern_files`): an unknown key, a missing one, a wrong type,
an entry without its purpose, a duplicate, a regular expression that does not compile fails
with the file and the line of the bad entry. Loaders return frozen models (tuples, no shared
mutable data), parsed once per process.

A `WordList` is the unit of vocabulary: what it is for (`purpose`), its `words`, and, when
code searches text with it, a `pattern` built from words with `examples` it must find and
`counter_examples` it must not (tests/test_vocabulary.py runs them). In a pattern, {words}
stands for the list's own words and {name} for the words of the list `name` of the same
file; in words, a space matches any run of white space ("kerja sama" does not find
"kerjasama": list that spelling too) and * any one word ("nota *" finds "nota kesepahaman").
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, RootModel, ValidationError, model_validator

from extract.patterns import PatternFileError, line_of, load_yaml_with_lines, parse_yaml, pattern_path
from extract.schema import PartyKind

_PLACEHOLDER = regex.compile(r"\{([a-z_]+)\}")
Problems = list[tuple[tuple, str]]  # (path in the file, what is wrong)


class _Schema(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    def problems(self) -> Problems:
        """What pydantic cannot check alone (duplicates, patterns), by path in the file."""
        return []


def words_pattern(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of words as written in patterns/, longest first (see the module doc)."""
    return "|".join(_word_pattern(word) for word in sorted(words, key=len, reverse=True))


def prefix_tree_pattern(words: tuple[str, ...] | list[str]) -> str:
    """The same alternation as `words_pattern` (no * wildcards), written as a prefix tree
    ("di (?:bidang|antaranya)"): the engine reads each position once instead of trying every
    word in turn, which matters for long lists searched over every sentence. Longer words win."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in " ".join(str(word).split()):
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(tree)


def _branch(node: dict) -> str:
    ends_here = "" in node
    options = [(r"\s+" if char == " " else regex.escape(char)) + _branch(child)
               for char, child in sorted(node.items()) if char]
    if not options:
        return ""
    body = options[0] if len(options) == 1 and not ends_here else "(?:" + "|".join(options) + ")"
    return body + ("?" if ends_here else "")


def _word_pattern(word: str) -> str:
    parts = word.split()
    pattern = regex.escape(parts[0]) if parts[0] != "*" else r"\w+"
    for part in parts[1:]:
        pattern += r"\s+" + (r"\w+" if part == "*" else regex.escape(part))
    return pattern


def _duplicates(path: tuple, texts: list[str]) -> Problems:
    seen: set[str] = set()
    found = []
    for index, text in enumerate(texts):
        if text.lower() in seen:
            found.append(((*path, index), f"{text!r} is listed twice"))
        seen.add(text.lower())
    return found


def _regex_problem(path: tuple, pattern: str, flags: int = 0) -> Problems:
    try:
        regex.compile(pattern, flags)
    except regex.error as exc:
        return [(path, f"pattern does not compile: {exc}")]
    return []


class WordList(_Schema):
    """Words for one purpose; a rule when code searches text with it."""

    purpose: str = Field(min_length=3)
    words: tuple[str, ...] = ()
    pattern: str | None = None
    ignore_case: bool = True
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _has_words_or_pattern(self) -> WordList:
        if not self.words and self.pattern is None:
            raise ValueError("a word list needs words or a pattern")
        if "{words}" in (self.pattern or "") and not self.words:
            raise ValueError("the pattern uses {words} but the list has none")
        return self


class WordLists(RootModel[dict[str, WordList]]):
    """A file of named word lists whose patterns may use one another's words."""

    model_config = ConfigDict(frozen=True)
    _rules: dict[str, regex.Pattern] = PrivateAttr(default_factory=dict)

    def __getitem__(self, name: str) -> WordList:
        return self.root[name]

    def words(self, name: str) -> tuple[str, ...]:
        return self.root[name].words

    def source(self, name: str) -> str:
        """The regular expression of list `name`, its placeholders filled."""
        entry = self.root[name]
        if entry.pattern is None:
            return rf"\b(?:{words_pattern(entry.words)})\b"

        def fill(placeholder: regex.Match) -> str:
            wanted = placeholder.group(1)
            words = entry.words if wanted == "words" else self.root[wanted].words
            return words_pattern(words)

        return _PLACEHOLDER.sub(fill, entry.pattern)

    def rule(self, name: str) -> regex.Pattern:
        """List `name` compiled, once."""
        if name not in self._rules:
            self._rules[name] = regex.compile(self.source(name), regex.IGNORECASE if self[name].ignore_case else 0)
        return self._rules[name]

    def problems(self) -> Problems:
        found: Problems = []
        for name, entry in self.root.items():
            found += _duplicates((name, "words"), list(entry.words))
            unknown = [p for p in _PLACEHOLDER.findall(entry.pattern or "") if p != "words" and p not in self.root]
            if unknown:
                found.append(((name, "pattern"), f"unknown word list {{{unknown[0]}}}"))
            else:
                found += _regex_problem((name, "pattern"), self.source(name))
        return found


# --- triggers.yaml ------------------------------------------------------------------------

InstrumentType = Literal["MoU", "PKS", "other"]


class Term(_Schema):
    text: str = Field(min_length=2)
    purpose: Literal["instrument", "cooperation"]
    type: InstrumentType | None = None

    @model_validator(mode="after")
    def _type_of_instruments_only(self) -> Term:
        if (self.purpose == "instrument") != (self.type is not None):
            raise ValueError("an instrument needs its type (MoU, PKS, other); a cooperation word has none")
        return self


class Verb(_Schema):
    text: str = Field(min_length=2)
    purpose: Literal["signing", "signing_word", "agreeing", "establishing", "representing"]


class ReferencedCue(_Schema):
    text: str = Field(min_length=2)
    purpose: Literal["implements", "existing", "ended"]


class TriggerExample(_Schema):
    text: str
    finds: tuple[tuple[str, str], ...]


class Triggers(_Schema):
    terms: tuple[Term, ...]
    verbs: tuple[Verb, ...]
    planned_cues: tuple[str, ...]
    referenced_cues: tuple[ReferencedCue, ...]
    office_words_before: tuple[str, ...]
    predecessor_cues: tuple[str, ...]
    examples: tuple[TriggerExample, ...] = ()
    counter_examples: tuple[str, ...] = ()

    def problems(self) -> Problems:
        found = _duplicates(("terms",), [t.text for t in self.terms])
        found += _duplicates(("verbs",), [v.text for v in self.verbs])
        terms = {t.text.lower() for t in self.terms}
        found += [(("verbs", i), f"{v.text!r} is also a term") for i, v in enumerate(self.verbs)
                  if v.text.lower() in terms]
        found += _duplicates(("planned_cues",), list(self.planned_cues))
        found += _duplicates(("referenced_cues",), [c.text for c in self.referenced_cues])
        return found

    def verb_words(self, purpose: str) -> tuple[str, ...]:
        return tuple(v.text for v in self.verbs if v.purpose == purpose)


# --- people.yaml, organisations.yaml ------------------------------------------------------


class People(_Schema):
    prefix_titles: tuple[str, ...]
    suffix_titles: tuple[str, ...]
    bare_degrees: tuple[str, ...]
    position_heads: tuple[str, ...]
    lowercase_heads: tuple[str, ...]
    position_after_name: tuple[str, ...]
    position_joiners: tuple[str, ...]
    english_office_words: tuple[str, ...]
    english_office_connectors: tuple[str, ...]
    english_body_connectors: tuple[str, ...]
    title_phrases: tuple[str, ...]
    title_continuations: tuple[str, ...]
    name_connectors: tuple[str, ...]
    name_particles: tuple[str, ...]
    balinese_name_words: tuple[str, ...]
    position_prepositions: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    signer_cues: tuple[str, ...]
    witness_cues: tuple[str, ...]
    witness_after_cues: tuple[str, ...]
    witness_cues_after_named: tuple[str, ...]
    representative_cues: tuple[str, ...]
    represented_cues: tuple[str, ...]
    model_cues: tuple[str, ...]
    attendee_cues: tuple[str, ...]
    visitor_cues: tuple[str, ...]
    office_bodies: dict[str, str]
    office_body_heads: dict[str, str]
    sole_office_bodies: dict[str, str]
    minister_short_forms: dict[str, str]
    office_prefix_spellings: dict[str, str]
    level_words: tuple[str, ...]
    region_office_heads: tuple[str, ...]
    head_of_state_offices: tuple[str, ...]
    state_offices: tuple[str, ...]
    home_state: str
    state_words: tuple[str, ...]
    country_aliases: dict[str, tuple[str, ...]]

    def problems(self) -> Problems:
        found = [(("suffix_titles", i), p) for i, title in enumerate(self.suffix_titles)
                 for _, p in _regex_problem((), title)]
        found += [(("office_bodies", office), "the body needs {place}") for office, body in self.office_bodies.items()
                  if "{place}" not in body]
        return found


class OrgHead(_Schema):
    text: str
    needs_name: bool


class Organisations(_Schema):
    heads: tuple[OrgHead, ...]
    head_prefixes: tuple[str, ...]
    inner_connectors: tuple[str, ...]
    body_joiners: tuple[str, ...]
    stop_words: tuple[str, ...]
    org_words: tuple[str, ...]
    numbered_words: tuple[str, ...]
    generic_words: tuple[str, ...]
    tail_heads: tuple[str, ...]
    comma_forms: tuple[str, ...]
    tail_connectors: tuple[str, ...]
    tail_of: tuple[str, ...]
    firm_joiners: tuple[str, ...]
    not_bodies: tuple[str, ...]
    thing_acronyms: tuple[str, ...]
    agreement_name_ends: tuple[str, ...]
    event_words: tuple[str, ...]
    event_cues: tuple[str, ...]
    edition_words: tuple[str, ...]
    field_cues: tuple[str, ...]
    parent_cues: tuple[str, ...]
    province_qualifiers: tuple[str, ...]
    programme_cues: tuple[str, ...]
    new_body_after_connector: tuple[str, ...]
    list_name_heads: tuple[str, ...]
    member_heads: tuple[str, ...]
    area_prefixes: tuple[str, ...]
    area_levels: tuple[str, ...]
    local_region_words: tuple[str, ...]
    derived_noun: str
    photo_credit: str
    source_cues: tuple[str, ...]
    source_pages: tuple[str, ...]
    acting_through: tuple[str, ...]
    eponym_heads: tuple[str, ...]
    eponym_words: int = Field(gt=0)

    def problems(self) -> Problems:
        return _duplicates(("heads",), [h.text for h in self.heads]) \
            + _regex_problem(("derived_noun",), self.derived_noun) + _regex_problem(("photo_credit",), self.photo_credit)


# --- scopes.yaml, enumerations.yaml, references.yaml, sections.yaml, tokenizer.yaml --------


class Scopes(_Schema):
    """scopes.yaml: how cooperation areas are written (see the comments in the file)."""

    list_cues: tuple[str, ...]
    scope_heads: tuple[str, ...]
    scope_copulas: tuple[str, ...]
    scope_head_words: int = Field(ge=0)
    narrowing_cues: tuple[str, ...]
    qualifying_cues: tuple[str, ...]
    field_qualifiers: tuple[str, ...]
    counted_cues: tuple[str, ...]
    beneficiary_links: tuple[str, ...]
    beneficiary_list_ends: tuple[str, ...]
    not_after_cue: tuple[str, ...]
    topic_instruments: tuple[str, ...]
    topic_links: tuple[str, ...]
    topic_fillers: tuple[str, ...]
    distant_links: tuple[str, ...]
    distant_purpose_links: tuple[str, ...]
    fronted_purposes: tuple[str, ...]
    aim_cues: tuple[str, ...]
    plan_openers: tuple[str, ...]
    speech_verbs: tuple[str, ...]
    dateline_chars: int = Field(gt=0)
    through_cues: tuple[str, ...]
    through_demonstratives: tuple[str, ...]
    through_nouns: tuple[str, ...]
    distant_link_words: int = Field(gt=0)
    distant_link_blockers: tuple[str, ...]
    about_agreement: WordList
    continuation_starts: tuple[str, ...]
    ordinal_starts: tuple[str, ...]
    first_ordinals: tuple[str, ...]
    adding_words: tuple[str, ...]
    adding_starts: tuple[str, ...]
    non_cues: tuple[str, ...]
    position_cues: tuple[str, ...]
    list_ends: tuple[str, ...]
    separators: tuple[str, ...]
    unsplit_phrases: tuple[str, ...]
    last_item_connectors: tuple[str, ...]
    inner_item_connectors: tuple[str, ...]
    conjunctions: tuple[str, ...]
    item_cuts: tuple[str, ...]
    clause_cuts: tuple[str, ...]
    cut_before_capital: tuple[str, ...]
    cut_before_number: tuple[str, ...]
    ordinal_prefixes: tuple[str, ...]
    source_verbs: tuple[str, ...]
    strip_prefixes: tuple[str, ...]
    max_items: int = Field(gt=0)
    max_item_words: int = Field(gt=0)
    restated_overlap: float = Field(gt=0, le=1)
    verb_nominals: dict[str, str]
    generic_objects: tuple[str, ...]
    relation_words: tuple[str, ...]
    vague_words: tuple[str, ...]
    verb_shaped_nouns: tuple[str, ...]
    nominal_shape: str
    activity_shape: str
    two_acts_words: int = Field(gt=0)
    topic_nouns: tuple[str, ...]
    not_topics: tuple[str, ...]
    english_function_words: tuple[str, ...]
    english_topic_shape: str
    english_topic_nouns: tuple[str, ...]
    english_not_topics: tuple[str, ...]
    catch_all_ends: tuple[str, ...]
    modal_words: tuple[str, ...]
    doing_verbs: tuple[str, ...]
    benefit_verbs: tuple[str, ...]
    bad_item_starts: tuple[str, ...]
    currencies: tuple[str, ...]
    amount_words: tuple[str, ...]
    weekdays: tuple[str, ...]
    time_words: tuple[str, ...]
    categories: dict[str, tuple[str, ...]]

    def problems(self) -> Problems:
        found = _duplicates(("list_cues",), list(self.list_cues))
        found += _duplicates(("bad_item_starts",), list(self.bad_item_starts))
        cuts = {cut.lower() for cut in self.item_cuts}
        found += [(("clause_cuts", i), f"{cut!r} is not one of item_cuts")
                  for i, cut in enumerate(self.clause_cuts) if cut.lower() not in cuts]
        return found + _regex_problem(("nominal_shape",), self.nominal_shape) \
            + _regex_problem(("activity_shape",), self.activity_shape) \
            + _regex_problem(("english_topic_shape",), self.english_topic_shape)


class Enumerations(_Schema):
    group_nouns: tuple[str, ...]
    count_words: tuple[str, ...]
    naming_cues: tuple[str, ...]
    pairing_words: tuple[str, ...]
    between_opener: str
    between_pairing_words: tuple[str, ...]
    pair_separators: tuple[str, ...]
    document_nouns: tuple[str, ...]
    topic_words: tuple[str, ...]
    regional_groups: WordList
    region_governments: dict[Literal["regency", "city", "province"], str]
    foreign_region_governments: dict[str, str]
    country_government: str


class References(_Schema):
    introducers: tuple[str, ...]
    number: str
    year_suffix: str
    regulation_words: tuple[str, ...]
    joiners: tuple[str, ...]

    def problems(self) -> Problems:
        found = [p for i, word in enumerate(self.introducers) for p in _regex_problem(("introducers", i), word)]
        return found + _regex_problem(("number",), self.number) + _regex_problem(("year_suffix",), self.year_suffix)


class Sections(_Schema):
    related_headline: tuple[str, ...]
    related_label: tuple[str, ...]
    boilerplate: tuple[str, ...]
    caption: tuple[str, ...]
    web_name_endings: tuple[str, ...]

    def problems(self) -> Problems:
        return [p for key in ("related_headline", "related_label", "boilerplate", "caption")
                for i, pattern in enumerate(getattr(self, key))
                for p in _regex_problem((key, i), pattern, regex.IGNORECASE)]


class Tokenizer(_Schema):
    abbreviations: tuple[str, ...]
    open_line_ends: tuple[str, ...]


# --- institutions/gazetteers.yaml ---------------------------------------------------------


class GazetteerTable(_Schema):
    """One CSV table of known institutions (patterns/institutions/README.md)."""

    name: str = Field(pattern=r"^[a-z_]+$")
    file: str = Field(pattern=r"^[\w/]+\.csv$")
    kind: PartyKind | None = None  # of every row that has no kind of its own
    variants: bool = False  # also generated forms of its names (titles left out, heads short/long)
    derived: bool = False  # written by tools/build_gazetteers.py, not by hand
    lazy: bool = False  # read on first need, for names with a gate word


class NameVariants(_Schema):
    strip_titles: bool
    strip_place_tail: bool = False
    head_forms: dict[str, str] = {}


class Gazetteers(_Schema):
    tables: tuple[GazetteerTable, ...] = Field(min_length=1)
    gate_words: tuple[str, ...] = Field(min_length=1)
    max_gated_words: int = Field(gt=0)
    variants: NameVariants

    def problems(self) -> Problems:
        found = _duplicates(("tables",), [t.name for t in self.tables])
        found += _duplicates(("tables",), [t.file for t in self.tables])
        return found + _duplicates(("gate_words",), list(self.gate_words))


# --- gate.yaml ----------------------------------------------------------------------------


class Gate(_Schema):
    everyday_instruments: tuple[str, ...] = Field(min_length=1)
    agreement_context: tuple[str, ...] = Field(min_length=1)
    party_words: tuple[str, ...] = Field(min_length=1)
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()

    def problems(self) -> Problems:
        return (_duplicates(("everyday_instruments",), list(self.everyday_instruments))
                + _duplicates(("agreement_context",), list(self.agreement_context)))


SCHEMAS: dict[str, type[BaseModel]] = {
    "triggers.yaml": Triggers,
    "assembly.yaml": WordLists,
    "people.yaml": People,
    "organisations.yaml": Organisations,
    "scopes.yaml": Scopes,
    "enumerations.yaml": Enumerations,
    "references.yaml": References,
    "sections.yaml": Sections,
    "tokenizer.yaml": Tokenizer,
    "institutions/gazetteers.yaml": Gazetteers,
    "gate.yaml": Gate,
}
"""Every YAML file of patterns/ whose schema is here (dates.yaml, places.yaml, prefilter.yaml,
abbreviations.yaml, consolidation.yaml and the other files of institutions/ are checked by the
modules that read them; lexicon/name_lexicon.yaml and institutions/local/ are inputs of the
build scripts in tools/, which the rules never read)."""


def validate(path: Path, data: object, lines: dict, schema: type[BaseModel]) -> BaseModel:
    """`data` as `schema`, or a PatternFileError naming the file and the line of the first problem."""
    try:
        model = schema.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors(include_url=False)
        # an entry written in the file first (a misspelt key), then what is missing
        error = next((e for e in errors if tuple(e["loc"]) in lines), errors[0])
        where = ".".join(str(part) for part in error["loc"])
        raise PatternFileError(f"{path}:{line_of(lines, error['loc'])}: {where}: {error['msg']}") from None
    problems = model.problems()
    if problems:
        where, message = problems[0]
        raise PatternFileError(f"{path}:{line_of(lines, where)}: {'.'.join(map(str, where))}: {message}")
    return model


def parse_file(path: Path, schema: type[BaseModel]) -> BaseModel:
    """A pattern file read from `path` (not cached), checked against `schema`."""
    data, lines = parse_yaml(path)
    return validate(path, data, lines, schema)


@lru_cache(maxsize=None)
def load(name: str) -> BaseModel:
    """The checked contents of a pattern file, parsed once per process."""
    data, lines = load_yaml_with_lines(name)
    return validate(pattern_path(name), data, lines, SCHEMAS[name])


def check_pattern_files() -> None:
    """Load and check every file with a schema: a bad entry fails here, at start-up."""
    for name in SCHEMAS:
        load(name)


def triggers() -> Triggers:
    return load("triggers.yaml")


def assembly_words() -> WordLists:
    return load("assembly.yaml")


def people() -> People:
    return load("people.yaml")


def organisations() -> Organisations:
    return load("organisations.yaml")


def scopes() -> Scopes:
    return load("scopes.yaml")


def enumerations() -> Enumerations:
    return load("enumerations.yaml")


def references() -> References:
    return load("references.yaml")


def gazetteers() -> Gazetteers:
    return load("institutions/gazetteers.yaml")


def gate() -> Gate:
    return load("gate.yaml")


def word_lists() -> Iterator[tuple[str, str, WordLists]]:
    """(file, name, lists) of every word list in the files with a schema, for their examples."""
    for name, schema in SCHEMAS.items():
        model = load(name)
        if isinstance(model, WordLists):
            for entry in model.root:
                yield name, entry, model
        else:
            for field, value in model:
                if isinstance(value, WordList):
                    yield name, field, WordLists({field: value})
