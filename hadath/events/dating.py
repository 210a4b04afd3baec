"""When: which time expression dates an event."""
from __future__ import annotations

from ..records import Event, Span, TimeMention
from ..recognize import Analysis
from .structure import clause_bounds


def assign_date(event: Event, t_start: int, form: str, times: list[TimeMention],
                lead_date: TimeMention | None, analysis: Analysis) -> None:
    """The event's date: the time expression governing the trigger (own clause first,
    then the sentence), else the lead's date for the story's later sentences, else none."""
    c_start, c_end = clause_bounds(analysis.layer.text, event.sentence, t_start)
    # "منذ <date>" dates an ongoing state, so it only governs its own clause
    resolved = [t for t in times if t.value and (
        (c_start <= t.start < c_end) or not _is_since(analysis.layer.text, t))]
    if resolved:
        t = min(resolved, key=lambda t: (not (c_start <= t.start < c_end), abs(t.start - t_start)))
        event.date, event.date_precision = t.value, t.precision
        event.date_span = Span(t.text, t.start, t.end)
        return
    # A lead-sentence date carries over to the story's later past-tense sentences about
    # the same participants; ongoing (imperfect) and background events stay undated.
    if lead_date and form in ("past", "nouns", "passive") and not times \
            and _shares_participants(event, analysis, lead_date):
        event.date, event.date_precision = lead_date.value, lead_date.precision
        event.date_span = Span(lead_date.text, lead_date.start, lead_date.end)


def lead_sentence_date(analysis: Analysis) -> TimeMention | None:
    body = [s for s in analysis.layer.sentences if not s.is_headline]
    if not body:
        return None
    lead = body[0]
    for t in analysis.times:
        if lead.start <= t.start < lead.end and t.kind == "date" and t.value \
                and t.precision in ("day", "minute"):
            return t
    return None


def _shares_participants(event: Event, analysis: Analysis, lead_date: TimeMention) -> bool:
    lead = analysis.layer.sentence_at(lead_date.start)
    if lead is None:
        return False
    if event.sentence.index == lead.index:
        return True
    lead_countries = {a.country for a in analysis.actors
                      if lead.start <= a.start < lead.end and a.country}
    mine = {a.country for a in event.actor + event.recipient if a.country}
    return bool(lead_countries & {a.country for a in event.actor if a.country}) or \
        (not event.actor and bool(lead_countries & mine))




def _is_since(text: str, t: TimeMention) -> bool:
    return text[max(0, t.start - 5):t.start + 3].find("منذ") >= 0
