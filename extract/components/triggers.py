"""Agreement terms (MoU, nota kesepahaman, PKS...) and signing verbs.

Also decides which sentences the heavier components look at: those with agreement
vocabulary, the two after each, and the article's lead.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extract.candidates import Candidates, Trigger
from extract.components.state import candidates
from extract.text import LIST_ITEM
from extract.vocabulary import triggers



def _inside_number(text: str, span) -> bool:
    """"MOU" in "08/ORI-MOU/VII/2018" is part of a reference number, not a mention."""
    before = text[span.start_char - 1:span.start_char] if span.start_char else ""
    after = text[span.end_char:span.end_char + 1]
    return before in {"/", "-"} or after in {"/", "-"}


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

    def _names_an_office(self, text: str, start: int) -> bool:
        before = text[max(0, start - 30):start].lower().rstrip()
        return before.endswith(self.office_before)

    def __call__(self, doc: Doc) -> Doc:
        found = candidates(doc)
        text = found.text
        matches = self.matcher(doc, as_spans=True)
        # longest match wins where terms overlap ("nota kesepakatan kerja sama" over "kerja sama")
        matches = sorted(matches, key=lambda s: (s.start, -(s.end - s.start)))
        last_end = -1
        for span in matches:
            if span.start < last_end:
                continue
            if self._names_an_office(text, span.start_char) or _inside_number(text, span):
                continue
            sentence = found.sentence_at(span.start_char)
            if sentence is None or sentence.excluded:
                continue
            last_end = span.end
            found.triggers.append(Trigger(span.start_char, span.end_char, span.text, sentence.index, span.label_,
                                          self.types.get(span.text.lower())))
        self._mark_relevant(found)
        return doc

    def _mark_relevant(self, found: Candidates) -> None:
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
                if sentence.text.rstrip().endswith(":"):
                    # "... dengan daerah berikut:" announces list lines
                    for follower in content[position + 1:]:
                        if not LIST_ITEM.match(follower.text):
                            break
                        follower.relevant = True


@Language.factory("sepakat_triggers", default_config={"lead_sentences": 3, "following_sentences": 2})
def make_trigger_finder(nlp: Language, name: str, lead_sentences: int, following_sentences: int) -> TriggerFinder:
    """Defaults as extract.options.Windows; the pipeline passes the run's options."""
    return TriggerFinder(nlp, lead_sentences, following_sentences)
