"""Document-local merging: several mentions of one happening become one event."""
from __future__ import annotations

from ..records import Event

# Modes that different words of one happening may carry (a meeting reported as بحث then
# استقبل; a strike reported as غارة then قصف).
MODE_FAMILIES: tuple[frozenset[str | None], ...] = (
    frozenset({"meet", "visit", None}),
    frozenset({"aerial", "drone", "heavy-weapons", "explosives", "firearms", "destroy", None}),
)
MAX_SENTENCE_DISTANCE = 6


def _modes_compatible(a: str | None, b: str | None) -> bool:
    if a == b or a is None or b is None:
        return True
    return any(a in f and b in f for f in MODE_FAMILIES)


def _countries(entities) -> set[str]:
    return {e.country for e in entities if e.country}


def _participants_compatible(a: Event, b: Event) -> bool:
    pa, pb = _countries(a.actor) | _countries(a.recipient), _countries(b.actor) | _countries(b.recipient)
    return not pa or not pb or bool(pa & pb)


def _counts_compatible(a: Event, b: Event) -> bool:
    for kind in ("killed", "injured", "arrested"):
        ca, cb = getattr(a, kind), getattr(b, kind)
        if ca and cb and (ca.min, ca.max) != (cb.min, cb.max):
            return False
    return True


def _places_compatible(a: Event, b: Event) -> bool:
    if not a.location or not b.location or a.quad in (1, 3):
        return True
    return a.location.country == b.location.country


def is_anaphoric(e: Event) -> bool:
    """A definite verbal noun with no participants ("وتناول اللقاء") refers back to a
    happening already reported."""
    return "/nouns/" in e.rule and not (e.actor or e.recipient) and e.trigger.text.startswith("ال")


def same_happening(a: Event, b: Event) -> bool:
    if a.event != b.event or a.factual != b.factual or not _modes_compatible(a.mode, b.mode):
        return False
    if is_anaphoric(b):
        return True
    # The same dated happening may be resumed anywhere in the article; undated mentions
    # only merge nearby.
    if (a.date is None or a.date != b.date) and \
            abs(a.sentence.index - b.sentence.index) > MAX_SENTENCE_DISTANCE:
        return False
    # Across sentences an undated mention is background, not the dated happening.
    if a.sentence.index != b.sentence.index and a.date != b.date:
        return False
    return _participants_compatible(a, b) and _counts_compatible(a, b) and _places_compatible(a, b)


def _absorb(kept: Event, other: Event) -> None:
    for side, other_side in (("actor", "recipient"), ("recipient", "actor")):
        mine = getattr(kept, side)
        have = {(m.country, m.id) for m in mine + getattr(kept, other_side)}
        for m in getattr(other, side):
            if (m.country, m.id) not in have and not (m.country is None and m.id is None):
                mine.append(m)
                have.add((m.country, m.id))
    for attr in ("date_span", "location", "killed", "injured", "arrested", "attributed_to"):
        if getattr(kept, attr) is None and getattr(other, attr) is not None:
            setattr(kept, attr, getattr(other, attr))
            if attr == "date_span":
                kept.date, kept.date_precision = other.date, other.date_precision
    if kept.mode is None:
        kept.mode = other.mode
    kept.confidence = max(kept.confidence, other.confidence)
    kept.mentions.append(other.trigger)


def merge_events(events: list[Event]) -> list[Event]:
    merged: list[Event] = []
    for e in events:
        for kept in merged:
            if same_happening(kept, e):
                _absorb(kept, e)
                break
        else:
            merged.append(e)
    return merged
