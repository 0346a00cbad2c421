"""Agreement terms (MoU, nota kesepahaman, PKS...) and signing verbs.

Also decides which sentences the heavier components look at: those with agreement
vocabulary, the two after each, and the article's lead.
"""
from __future__ import annotations

import regex
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.candidates import Candidates, Sentence, Trigger
from extract.components.state import candidates
from extract.text import LIST_ITEM
from extract.vocabulary import assembly_words, gate, triggers, words_pattern

_PARTY_WINDOW = 40  # characters around an everyday instrument word where a party word makes it the party
_TERM_PURPOSES = frozenset({"instrument", "cooperation"})  # terms, not verbs (patterns/triggers.yaml)


def _inside_number(text: str, span) -> bool:
    """"MOU" in "08/ORI-MOU/VII/2018" is part of a reference number, not a mention; in "Nota
    Kesepahaman/Memorandum of Understanding" a slash only joins two names of one (no digit)."""
    before = text[span.start_char - 1:span.start_char] if span.start_char else ""
    after = text[span.end_char:span.end_char + 1]
    if before not in {"/", "-"} and after not in {"/", "-"}:
        return False
    if "-" in {before, after}:
        return True  # "MoU-MoU", the plural: no one agreement either
    start = text.rfind(" ", 0, span.start_char) + 1
    end = text.find(" ", span.end_char)
    return any(character.isdigit() for character in text[start:end if end >= 0 else len(text)])


class TriggerFinder:
    def __init__(self, nlp: Language, lead_sentences: int, following_sentences: int):
        self.lead_sentences = lead_sentences
        self.following_sentences = following_sentences
        vocabulary = triggers()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entry in (*vocabulary.terms, *vocabulary.verbs):  # matched under the entry's purpose
            self.matcher.add(entry.purpose, [nlp.make_doc(entry.text.lower())])
        self.types = {term.text.lower(): term.type for term in vocabulary.terms}
        self.office_before = tuple(sorted((w.lower() for w in vocabulary.office_words_before), key=len, reverse=True))
        listed = gate()
        self.everyday = frozenset(w.lower() for w in listed.everyday_instruments)
        self.context = regex.compile(rf"\b(?:{words_pattern(listed.agreement_context)})\b", regex.IGNORECASE)
        self.party_words = regex.compile(rf"(?<![\w-])(?:{words_pattern(listed.party_words)})(?![\w-])")
        self.verbs = regex.compile(rf"\b(?:{words_pattern([v.text for v in vocabulary.verbs])})\b", regex.IGNORECASE)

    def _names_an_office(self, text: str, start: int) -> bool:
        before = text[max(0, start - 30):start].lower().rstrip()
        return before.endswith(self.office_before)

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        text = found.text
        matches = self.matcher(doc, as_spans=True)
        # longest match wins where terms overlap ("nota kesepakatan kerja sama" over "kerja sama")
        matches = sorted(matches, key=lambda s: (s.start, -(s.end - s.start)))
        names_instrument = any(span.label_ == "instrument" and span.text.lower() not in self.everyday
                               for span in matches)
        last_end = -1
        for span in matches:
            if span.start < last_end:
                continue
            # an office's word before a verb is its subject ("kedua lembaga menandatangani"), no office name
            if (span.label_ in _TERM_PURPOSES and self._names_an_office(text, span.start_char)) \
                    or _inside_number(text, span):
                continue
            sentence = found.sentence_at(span.start_char)
            if sentence is None or sentence.excluded:
                continue
            if span.text.lower() in self.everyday and not self.everyday_instrument(sentence, span, names_instrument):
                continue
            last_end = span.end
            found.triggers.append(Trigger(span.start_char, span.end_char, span.text, sentence.index, span.label_,
                                          self.types.get(span.text.lower())))
        self._mark_relevant(found)
        return doc

    def everyday_instrument(self, sentence: Sentence, span, names_instrument: bool) -> bool:
        """Whether an everyday instrument word (PKS, MoA, LoI: patterns/gate.yaml) names an
        agreement here: no party word stands near it ("Fraksi PKS", "Golkar, PKS, PAN": the
        party), and the article names an instrument otherwise ("perjanjian kerja sama (PKS)")
        or its sentence has agreement context or a verb of signing or agreeing."""
        text = sentence.text
        at, end = span.start_char - sentence.start, span.end_char - sentence.start
        near = text[max(0, at - _PARTY_WINDOW):at] + " " + text[end:end + _PARTY_WINDOW]
        if self.party_words.search(near):
            return False
        return names_instrument or bool(self.context.search(text) or self.verbs.search(text))

    def _mark_relevant(self, found: Candidates) -> None:
        """The lead, the sentences with vocabulary and those after them, list lines a sentence
        announces, and the occasion a sentence with vocabulary points back at ("Rapat ... digelar
        di Hotel X. Dalam kesempatan itu, ... menandatangani MoU": its venue and place are read;
        patterns/assembly.yaml same_occasion)."""
        if all(t.kind == "verb" for t in found.triggers):
            # signing verbs alone make no record (assemble._mentions), so an article without
            # agreement vocabulary has no sentence worth the heavy components
            return
        with_vocabulary = {t.sentence for t in found.triggers}
        content = [s for s in found.sentences if not s.excluded]
        for position, sentence in enumerate(content):
            if position < self.lead_sentences:
                sentence.relevant = True
            if sentence.index in with_vocabulary:
                for follower in content[position:position + self.following_sentences + 1]:
                    follower.relevant = True
                if position > 0 and assembly_words().rule("same_occasion").search(sentence.text):
                    content[position - 1].relevant = True  # the occasion it points back at
            # "... dengan daerah berikut:" announces list lines, and so does a sentence right
            # after one with vocabulary ("... dengan sejumlah perusahaan. Berikut daftarnya:")
            announces = sentence.index in with_vocabulary or (position > 0 and content[position - 1].index
                                                              in with_vocabulary)
            if announces and sentence.text.rstrip().endswith(":"):
                for follower in content[position + 1:]:
                    if not LIST_ITEM.match(follower.text):
                        break
                    follower.relevant = True


@Language.factory("sepakat_triggers", default_config={"lead_sentences": 3, "following_sentences": 2})
def make_trigger_finder(nlp: Language, name: str, lead_sentences: int, following_sentences: int) -> TriggerFinder:
    """Defaults as extract.options.Windows; the pipeline passes the run's options."""
    return TriggerFinder(nlp, lead_sentences, following_sentences)
