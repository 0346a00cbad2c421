"""Lists of existing partners: "X telah menjalin kerja sama dengan A dan B pada tahun 2020,
C pada tahun 2021, dan pada tahun ini D, E" gives one referenced record per partner.

Each partner pairs with the hub (the body the others cooperate with) and takes the year
written after its group, or the one introduced before it. A parenthesised
"(bersama ... yaitu F, G)" joins those bodies to the partner before it (one multilateral
agreement).
"""
from __future__ import annotations

import regex

from extract.assembly import cues
from extract.assembly.dates import signing_date_candidate
from extract.candidates import Candidates, Draft, FixedDate, Mention, Organisation, Sentence

MIN_PARTNERS = 3


def _list_sentence(sentence: Sentence, orgs: list[Organisation]) -> regex.Match | None:
    link = cues.rule("partner_link").search(sentence.text)
    if link is None or not cues.rule("existing_partners").search(sentence.text[:link.end()]):
        return None
    return link if len(orgs) >= MIN_PARTNERS else None


def partner_list_sentences(found: Candidates) -> dict[int, regex.Match]:
    result = {}
    orgs_by_sentence = _orgs_by_sentence(found)
    for sentence in found.sentences:
        if sentence.excluded:
            continue
        orgs = orgs_by_sentence.get(sentence.index, [])
        link = _list_sentence(sentence, orgs)
        if link:
            result[sentence.index] = link
    return result


def _orgs_by_sentence(found: Candidates) -> dict[int, list[Organisation]]:
    """The article's bodies (not inside a position, not weak) by sentence, in text order:
    grouped once, not looked for among all bodies for each sentence."""
    grouped: dict[int, list[Organisation]] = {}
    for org in sorted(found.orgs, key=lambda o: o.start):
        if not org.in_position and not org.weak:
            grouped.setdefault(org.sentence, []).append(org)
    return grouped


def partner_list_records(found: Candidates, lists: dict[int, regex.Match]) -> list[Draft]:
    drafts = []
    orgs_by_sentence = _orgs_by_sentence(found) if lists else {}
    for index, link in lists.items():
        sentence = found.sentence(index)
        orgs = orgs_by_sentence.get(index, [])
        link_start, link_end = sentence.start + link.start(), sentence.start + link.end()
        before = [o for o in orgs if o.end <= link_start]
        after = [o for o in orgs if o.start >= link_end]
        hub = before[-1] if before else (after.pop(0) if after else None)
        if hub is None or not after:
            continue
        together = [(sentence.start + m.start(), sentence.start + m.end()) for m in cues.rule("together").finditer(sentence.text)]
        groups: list[list[Organisation]] = []
        for org in after:
            if groups and any(s <= org.start < e for s, e in together):
                groups[-1].append(org)
            else:
                groups.append([org])
        dated = _years_for(found, sentence, groups)
        mention = Mention(sentence, link_start, link_end, None, "referenced", False, [], link.group(), None)
        for group, (value, date_text, span) in zip(groups, dated):
            fixed = FixedDate(value, date_text, (span[0], span[1], "partners:year_of_group") if span else None)
            drafts.append(Draft([mention], None, "referenced", [hub, *group], fixed_date=fixed))
    return drafts


def _years_for(found: Candidates, sentence: Sentence, groups: list[list[Organisation]]):
    """Walk the sentence: a date after pending partners closes their group; a date with
    none pending applies to the partners that follow."""
    events = [("group", g[0].start, g) for g in groups]
    events += [("date", d.start, d) for d in found.dates if d.sentence == sentence.index and d.value
               and signing_date_candidate(d.start - sentence.start, sentence.text, d.end - sentence.start)]
    events.sort(key=lambda e: e[1])
    assigned: dict[int, tuple] = {}
    pending: list[int] = []
    current = (None, None, None)
    for kind, _, item in events:
        if kind == "group":
            pending.append(id(item))
            continue
        value = (item.value, item.text, (item.start, item.end))
        if pending:
            # a full date names one signing: it belongs to the last partner only
            for group_id in pending[-1:] if item.precision == "day" else pending:
                assigned[group_id] = value
            pending = []
        else:
            current = value
    for group_id in pending:
        assigned[group_id] = current
    return [assigned.get(id(g), (None, None, None)) for g in groups]
