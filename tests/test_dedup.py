"""Cross-document dedup rule (hadath.store.dedup), on fabricated event records.

Also home of the record factories the store tests import (tests/ is on sys.path)."""
from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.store import dedup

# Our own sentences; the words only need to look like news, offsets must be right.
SENTENCE = "قصفت طائرات حربية منزلا في بلدة الزهراء صباح اليوم وقتل خمسة أشخاص"


def entity(text: str = "طائرات", country: str | None = "ISR", sector: str | None = "MIL",
           id_: str | None = None, name: str | None = None) -> dict[str, Any]:
    start = max(SENTENCE.find(text), 0)
    return {"text": text, "start": start, "end": start + len(text), "name": name or text,
            "country": country, "sector": sector, "id": id_}


def place(name: str = "Al-Zahra", country: str = "PSE", precision: str = "city",
          lat: float | None = 31.45, lon: float | None = 34.42) -> dict[str, Any]:
    text = "الزهراء"
    start = SENTENCE.find(text)
    return {"text": text, "start": start, "end": start + len(text), "name": name,
            "country": country, "lat": lat, "lon": lon, "precision": precision}


def count(low: int | None, high: int | None = -1, cumulative: bool = False) -> dict[str, Any]:
    text = "خمسة"
    start = SENTENCE.find(text)
    return {"min": low, "max": low if high == -1 else high, "approx": False,
            "cumulative": cumulative, "text": text, "start": start, "end": start + len(text)}


def make_event(doc_id: str, index: int = 0, *, event: str = "ASSAULT",
               mode: str | None = "aerial", date: str | None = "2024-08-14",
               precision: str | None = "day", location: dict | None = None,
               killed: dict | None = None, injured: dict | None = None,
               actor: list | None = None, recipient: list | None = None,
               negated: bool = False) -> dict[str, Any]:
    from hadath.records import PLOVER_QUADS
    trigger = "قصفت"
    return {
        "id": f"{doc_id}:{index}", "doc_id": doc_id, "event": event, "mode": mode,
        "quad": PLOVER_QUADS[event],
        "actor": actor if actor is not None else [entity()],
        "recipient": recipient if recipient is not None else [],
        "date": date, "date_precision": precision if date else None,
        "date_span": None, "location": location, "killed": killed, "injured": injured,
        "arrested": None, "attributed_to": None,
        "trigger": {"text": trigger, "start": 0, "end": len(trigger)},
        "sentence": {"index": 0, "start": 0, "end": len(SENTENCE)},
        "negated": negated, "hypothetical": False, "confidence": 0.8, "rule": "test",
    }


def make_document(doc_id: str, published: str = "2024-08-14", url: str | None = None,
                  extra: str = "") -> dict[str, Any]:
    return {"doc_id": doc_id, "url": url, "title": None, "published": published,
            "language": "ar", "text": SENTENCE + extra, "removed": []}


def feat(record: dict[str, Any], published: str = "2024-08-14",
         outlet: str = "outlet-a") -> dedup.Features:
    return dedup.features(record, published, outlet)


# ---------------------------------------------------------------- the pairwise rule

def test_same_city_same_day_same_mode_is_one_happening_adjacent_day_only_compatible():
    a = feat(make_event("a-1", location=place(), killed=count(5)))
    b = feat(make_event("b-1", location=place(), killed=count(5)), outlet="outlet-b")
    c = feat(make_event("c-1", date="2024-08-15", location=place(), killed=count(5)),
             outlet="outlet-c")
    assert dedup.compare(a, b).compatible
    assert dedup.compare(a, b).support == ("same place Al-Zahra", "same killed count 5")
    assert dedup.compare(a, c).compatible and dedup.compare(a, c).support == ()


def test_text_dated_to_a_month_is_not_an_incident_of_the_report_day():
    monthly = feat(make_event("a-1", date="2024-07", precision="month", location=place()))
    daily = feat(make_event("b-1", location=place()), outlet="outlet-b")
    assert monthly.anchor is None
    assert "no date to compare" in dedup.compare(monthly, daily).conflicts


def test_entity_acting_on_itself_is_not_a_named_counterpart():
    group = entity("طائرات", "PSE", "REB", id_="grp-x")
    a = feat(make_event("a-1", event="REQUEST", mode=None, actor=[group], recipient=[group]))
    b = feat(make_event("b-1", event="REQUEST", mode=None, actor=[group], recipient=[group]),
             outlet="outlet-b")
    assert dedup.compare(a, b).support == ()


def test_same_exact_count_corroborates_only_on_the_same_day():
    a = feat(make_event("a-1", location=None, killed=count(5)))
    same_day = feat(make_event("b-1", location=None, killed=count(5)))
    next_day = feat(make_event("c-1", date="2024-08-15", location=None, killed=count(5)))
    assert dedup.compare(a, same_day).support == ("same killed count 5",)
    assert dedup.compare(a, next_day).compatible and not dedup.compare(a, next_day).support


def test_vague_or_estimated_counts_do_not_corroborate():
    dozens = {**count(10, None)}
    estimate = {**count(12), "approx": True}
    for value in (dozens, estimate):
        a = feat(make_event("a-1", location=None, killed=value))
        b = feat(make_event("b-1", location=None, killed=value))
        assert dedup.compare(a, b).compatible and not dedup.compare(a, b).support


def test_place_alone_needs_the_same_mode_and_a_dated_mention():
    dated = feat(make_event("a-1", location=place()))
    other_mode = feat(make_event("b-1", mode="firearms", location=place()))
    no_mode = feat(make_event("c-1", mode=None, location=place()))
    undated = [feat(make_event(d, date=None, location=place())) for d in ("d-1", "e-1")]
    assert not dedup.compare(dated, other_mode).compatible
    assert dedup.compare(dated, no_mode).compatible and not dedup.compare(dated, no_mode).support
    assert dedup.compare(dated, undated[0]).support
    assert dedup.compare(*undated).compatible and not dedup.compare(*undated).support


def test_republished_sentence_corroborates():
    a = dedup.features(make_event("a-1", date=None), "2024-08-14", "x", "نص  الخبر نفسه")
    b = dedup.features(make_event("b-1", date=None), "2024-08-14", "y", "نص الخبر نفسه")
    assert dedup.compare(a, b).support == ("same sentence (republished text)",)


def test_minute_precision_dates_count_as_dated():
    record = make_event("a-1", date="2024-08-14T10:30", precision="minute")
    assert feat(record).day is not None and str(feat(record).day) == "2024-08-14"


def test_different_cities_same_day_stay_apart():
    a = feat(make_event("a-1", location=place()))
    b = feat(make_event("b-1", location=place(name="Rafah", lat=31.29, lon=34.25)))
    assert any("places" in c for c in dedup.compare(a, b).conflicts)


def test_nearby_places_are_compatible_but_do_not_corroborate():
    a = feat(make_event("a-1", location=place(name="Al-Zahra")))
    b = feat(make_event("b-1", location=place(name="Zahra town", lat=31.455, lon=34.43)))
    comparison = dedup.compare(a, b)
    assert comparison.compatible
    assert comparison.support == ()


def test_broad_place_never_corroborates_and_spans_the_strip():
    gaza = place(name="Gaza", lat=31.5, lon=34.47)
    a = feat(make_event("a-1", location=gaza))
    b = feat(make_event("b-1", location=gaza), outlet="outlet-b")
    c = feat(make_event("c-1", location=place(name="Rafah", lat=31.29, lon=34.25)))
    assert dedup.compare(a, b).compatible and dedup.compare(a, b).support == ()
    assert dedup.compare(a, c).compatible


def test_place_or_count_stated_outside_the_sentence_does_not_corroborate():
    elsewhere = {"start": len(SENTENCE) + 5, "end": len(SENTENCE) + 9}
    far_place = {**place(), **elsewhere}
    far_count = {**count(5), **elsewhere}
    a = feat(make_event("a-1", location=place(), killed=count(5)))
    b = feat(make_event("b-1", location=far_place, killed=far_count), outlet="outlet-b")
    comparison = dedup.compare(a, b)
    assert comparison.compatible
    assert comparison.support == ()


def test_daily_roundup_is_not_merged_with_a_single_incident():
    roundup = "بلغ مجموع الضحايا عشرين منذ فجر اليوم بحسب بيان رسمي"
    a = dedup.features(make_event("a-1", location=place()), "2024-08-14", "outlet-a", SENTENCE)
    b = dedup.features(make_event("b-1", location=place()), "2024-08-14", "outlet-b", roundup)
    c = dedup.features(make_event("c-1", location=place(), killed=count(20, cumulative=True)),
                       "2024-08-14", "outlet-c", SENTENCE)
    assert b.roundup and c.roundup and not a.roundup
    assert "daily round-up vs single incident" in dedup.compare(a, b).conflicts
    assert "daily round-up vs single incident" in dedup.compare(a, c).conflicts
    assert dedup.compare(b, c).compatible


def test_place_alone_does_not_tie_claims_of_two_different_speakers():
    said = {"text": "قال المتحدث", "start": 0, "end": 5}
    other = {"text": "أفاد مصدر", "start": 0, "end": 5}
    a = feat({**make_event("a-1", location=place()), "attributed_to": said})
    b = feat({**make_event("b-1", location=place()), "attributed_to": other}, outlet="outlet-b")
    c = feat({**make_event("c-1", location=place()), "attributed_to": said}, outlet="outlet-c")
    assert dedup.compare(a, b).support == ()
    assert dedup.compare(a, c).support == ("same place Al-Zahra",)


def test_one_claimant_named_with_or_without_its_branch_or_entity_is_one_speaker():
    short = {"text": "كتائب الفجر", "start": 0, "end": 5}
    branch = {"text": "كتائب الفجر في بلدة الزهراء", "start": 0, "end": 5}
    other = {"text": "كتائب الفجري", "start": 0, "end": 5}
    a = feat({**make_event("a-1", location=place()), "attributed_to": short})
    b = feat({**make_event("b-1", location=place()), "attributed_to": branch}, outlet="outlet-b")
    c = feat({**make_event("c-1", location=place()), "attributed_to": other}, outlet="outlet-c")
    assert dedup.compare(a, b).support == ("same place Al-Zahra",)
    assert dedup.compare(a, c).support == ()


def test_speaker_is_compared_by_the_id_of_the_entity_named_in_the_attribution():
    group = entity("طائرات", "PSE", "REB", id_="grp-x")
    wide = {"text": "طائرات حربية", "start": group["start"], "end": group["start"] + 12}
    narrow = {"text": "طائرات", "start": group["start"], "end": group["end"]}
    a = feat({**make_event("a-1", location=place(), actor=[group]), "attributed_to": wide})
    b = feat({**make_event("b-1", location=place(), actor=[group]), "attributed_to": narrow},
             outlet="outlet-b")
    assert a.speaker == b.speaker == "id:grp-x"
    assert dedup.compare(a, b).support == ("same place Al-Zahra",)


def test_place_alone_needs_the_same_target_or_actor_country():
    police = entity("طائرات", "ISR", "COP")
    residents = entity("منزلا", "PSE", "CVL")
    acted = feat(make_event("a-1", location=place(), actor=[police], recipient=[]))
    acted_on = feat(make_event("b-1", location=place(), actor=[], recipient=[residents]),
                    outlet="outlet-b")
    same_target = feat(make_event("c-1", location=place(), actor=[], recipient=[residents]),
                       outlet="outlet-c")
    same_actor_country = feat(make_event("d-1", location=place(), actor=[police]),
                              outlet="outlet-d")
    nobody = [feat(make_event(d, location=place(), actor=[], recipient=[])) for d in ("e-1", "f-1")]
    assert dedup.compare(acted, acted_on).compatible
    assert dedup.compare(acted, acted_on).support == ()
    assert dedup.compare(acted_on, same_target).support == ("same place Al-Zahra",)
    assert dedup.compare(acted, same_actor_country).support == ("same place Al-Zahra",)
    assert dedup.compare(*nobody).support == ()


def test_equal_count_needs_both_mentions_anchored_by_a_day_or_a_place():
    region = place("North", precision="region", lat=None, lon=None)
    bare = feat(make_event("a-1", date=None, location=None, killed=count(4)))
    dated = feat(make_event("b-1", location=None, killed=count(4)), outlet="outlet-b")
    dated_too = feat(make_event("c-1", location=None, killed=count(4)), outlet="outlet-c")
    placed = feat(make_event("d-1", date=None, location=region, killed=count(4)),
                  outlet="outlet-d")
    in_town = feat(make_event("e-1", date=None, location=place(), killed=count(4)),
                   outlet="outlet-e")
    assert dedup.compare(bare, dated).compatible
    assert dedup.compare(bare, dated).support == ()
    assert dedup.compare(dated, dated_too).support == ("same killed count 4",)
    assert dedup.compare(dated, placed).support == ("same killed count 4",)
    assert dedup.compare(placed, in_town).support == ("same killed count 4",)
    assert not any(key.startswith("ASSAULT|count") for key in dedup.block_keys(bare))
    assert "ASSAULT|count|killed|4" in dedup.block_keys(placed)


def test_lexicon_file_is_valid_and_validator_rejects_unnormalised_markers():
    import pytest

    from hadath.resources import DataError
    assert dedup.lexicon().roundup_markers
    with pytest.raises(DataError):
        dedup.validate_lexicon({"broad_places": [], "roundup_markers": ["حصيلة"]})
    with pytest.raises(DataError):
        dedup.validate_lexicon({"broad_places": [{"name": "Gaza"}], "roundup_markers": ["x"]})


def test_dates_two_days_apart_conflict():
    a = feat(make_event("a-1", location=place()))
    b = feat(make_event("b-1", date="2024-08-16", location=place()), published="2024-08-16")
    assert any("2 days apart" in c for c in dedup.compare(a, b).conflicts)


def test_undated_mention_joins_only_on_its_document_day():
    dated = feat(make_event("a-1", location=place()))
    same_day = feat(make_event("b-1", date=None, location=place()), published="2024-08-14")
    next_day = feat(make_event("c-1", date=None, location=place()), published="2024-08-15")
    assert dedup.compare(dated, same_day).compatible
    assert not dedup.compare(dated, next_day).compatible


def test_contradicting_counts_conflict_but_close_ones_do_not():
    base = make_event("a-1", location=place(), killed=count(5))
    close = make_event("b-1", location=place(), killed=count(7))
    far = make_event("c-1", location=place(), killed=count(50))
    assert dedup.compare(feat(base), feat(close)).compatible
    assert any("killed" in c for c in dedup.compare(feat(base), feat(far)).conflicts)


def test_running_totals_are_compared_only_with_running_totals():
    strike = make_event("a-1", location=place(), killed=count(5))
    total = make_event("b-1", location=place(), killed=count(40000, cumulative=True))
    later = make_event("c-1", location=place(), killed=count(40100, cumulative=True))
    assert dedup.compare(feat(strike), feat(total)).conflicts == (
        "daily round-up vs single incident",)
    assert dedup.compare(feat(total), feat(later)).compatible


def test_country_level_place_is_compatible_with_a_city_of_that_country():
    city = feat(make_event("a-1", location=place(), killed=count(4)))
    country = feat(make_event("b-1", location=place(name="Palestine", precision="country",
                                                     lat=None, lon=None), killed=count(4)))
    comparison = dedup.compare(city, country)
    assert comparison.compatible and "same killed count 4" in comparison.support


def test_different_location_countries_conflict():
    a = feat(make_event("a-1", location=place()))
    b = feat(make_event("b-1", location=place(name="Tyre", country="LBN", lat=33.27, lon=35.2)))
    assert any("countries" in c for c in dedup.compare(a, b).conflicts)


def test_disjoint_participant_countries_conflict():
    a = feat(make_event("a-1", actor=[entity(country="ISR")]))
    b = feat(make_event("b-1", actor=[entity(country="USA")]))
    assert any("actor countries" in c for c in dedup.compare(a, b).conflicts)


def test_two_mentions_of_one_document_never_merge():
    a = feat(make_event("a-1", 0, location=place()))
    b = feat(make_event("a-1", 1, location=place()))
    assert "same document" in dedup.compare(a, b).conflicts


def test_named_participants_corroborate_verbal_events_only():
    actor = [entity("حماس", "PSE", "REB", id_="hamas")]
    recipient = [entity("إسرائيل", "ISR", "GOV", id_="isr-gov")]
    accuse_a = feat(make_event("a-1", event="ACCUSE", mode=None, actor=actor, recipient=recipient))
    accuse_b = feat(make_event("b-1", event="ACCUSE", mode=None, actor=actor, recipient=recipient))
    assert dedup.compare(accuse_a, accuse_b).support
    strike_a = feat(make_event("a-1", actor=actor, recipient=recipient))
    strike_b = feat(make_event("b-1", actor=actor, recipient=recipient))
    assert not dedup.compare(strike_a, strike_b).support


# ---------------------------------------------------------------- choosing a group

def test_choose_needs_corroboration():
    new = feat(make_event("b-1"))
    link = dedup.choose(new, {"c:a-1:0": [feat(make_event("a-1"))]})
    assert link.canonical_id is None
    assert "nothing corroborates" in link.why["rejected"]["c:a-1:0"]


def test_choose_is_complete_linkage():
    member_ok = feat(make_event("a-1", location=place(), killed=count(5)))
    member_far = feat(make_event("b-1", location=place(), killed=count(60)))
    new = feat(make_event("c-1", location=place(), killed=count(5)))
    link = dedup.choose(new, {"c:x": [member_ok, member_far]})
    assert link.canonical_id is None and "killed" in link.why["rejected"]["c:x"]


def test_choose_prefers_the_group_with_most_corroboration_and_explains():
    one = [feat(make_event("a-1", location=place()))]
    two = [feat(make_event("b-1", location=place(), killed=count(5))),
           feat(make_event("d-1", location=place(), killed=count(5)))]
    new = feat(make_event("c-1", location=place(), killed=count(5)))
    link = dedup.choose(new, {"c:one": one, "c:two": two})
    assert link.canonical_id == "c:two"
    assert set(link.why["corroborated_by"]) == {"b-1:0", "d-1:0"}


def test_summarize_keeps_the_count_range_over_sources():
    members = [feat(make_event("a-1", location=place(), killed=count(5)), outlet="x"),
               feat(make_event("b-1", location=place(), killed=count(7, None)), outlet="y"),
               feat(make_event("c-1", location=place(), killed=count(6, 9)), outlet="x")]
    summary = dedup.summarize(members)
    assert (summary["killed_min"], summary["killed_max"]) == (5, 9)
    assert summary["n_sources"] == 2 and summary["n_documents"] == 3


def test_signature_key_is_stable_and_tells_kinds_apart():
    a = feat(make_event("a-1", location=place(), killed=count(5)), outlet="x")
    copy = feat(make_event("b-1", location=place(), killed=count(5)), outlet="y")
    other = feat(make_event("c-1", location=place(), killed=count(6)), outlet="x")
    assert dedup.signature_key(a) == dedup.signature_key(copy)
    assert dedup.signature_key(a) != dedup.signature_key(other)
    assert len(dedup.signature_key(a)) == 24


def test_copies_of_a_sentence_are_one_kind_and_counted_by_their_sentence():
    def report(doc: str, sentence: str) -> dedup.Features:
        return dedup.features(make_event(doc, date=None), "2024-08-14", doc, sentence)
    one, other = "نص الخبر الأول كما نشر", "نص آخر للخبر ذاته"
    members = [report("a-1", one), report("b-1", other), report("c-1", one)]
    new = report("d-1", one)
    group = dedup.group_of(members, new.doc_id, new.sentence)
    assert [k.n for k in group.kinds] == [3]          # the sentence is no part of a kind
    assert dedup.sentence_key(members[0]) != dedup.sentence_key(members[1])
    link = dedup.choose(new, {"c:a-1:0": members})
    assert link.canonical_id == "c:a-1:0" and link.why["n_corroborating"] == 2
    assert set(link.why["corroborated_by"]) == {"a-1:0", "c-1:0"}
    elsewhere = dedup.choose(report("e-1", "نص ثالث لا يشبه غيره"), {"c:a-1:0": members})
    assert elsewhere.canonical_id is None


def test_group_of_members_counts_kinds_and_summaries_agree():
    members = [feat(make_event(f"d{i}-1", location=place(), killed=count(5 + i % 2)),
                    outlet=f"o{i % 2}") for i in range(5)]
    group = dedup.group_of(members, "d3-1")
    assert [k.n for k in group.kinds] == [3, 2] and group.size == 5
    assert group.same_document == "d3-1:0"
    summary = dedup.summarize_kinds([(k.first, k.n) for k in group.kinds], 5, 2)
    assert summary == dedup.summarize(members)


# ---------------------------------------------------------------- properties

_counts = st.one_of(st.none(), st.integers(0, 200).map(count))
_places = st.sampled_from([None, place(), place(name="Rafah", lat=31.29, lon=34.25),
                           place(name="Palestine", precision="country", lat=None, lon=None)])
_dates = st.sampled_from([None, "2024-08-13", "2024-08-14", "2024-08-15", "2024-08-17"])


@settings(max_examples=200, deadline=None)
@given(_counts, _counts, _places, _places, _dates, _dates)
def test_compare_is_symmetric(ka, kb, pa, pb, da, db):
    a = feat(make_event("a-1", location=pa, killed=ka, date=da))
    b = feat(make_event("b-1", location=pb, killed=kb, date=db), outlet="other")
    ab, ba = dedup.compare(a, b), dedup.compare(b, a)
    assert ab.compatible == ba.compatible
    assert bool(ab.support) == bool(ba.support)


def _sited(doc_id: str, sentence: str, town: str = "الزهراء", trigger: str = "قصفت",
           date: str | None = "2024-08-14") -> dedup.Features:
    """A record whose sentence is ``sentence``, with its place and trigger found in it."""
    start, at = sentence.index(town), sentence.index(trigger)
    record = make_event(doc_id, date=date, location={
        **place(), "text": town, "start": start, "end": start + len(town)})
    record["sentence"] = {"index": 0, "start": 0, "end": len(sentence)}
    record["trigger"] = {"text": trigger, "start": at, "end": at + len(trigger)}
    return dedup.features(record, "2024-08-14", doc_id.split("-")[0], sentence)


def test_town_named_as_a_landmark_corroborates_only_with_the_same_locality():
    site = _sited("a-1", "قصفت طائرات منزلا في بلدة الزهراء صباح اليوم")
    north = _sited("b-1", "قصفت طائرات منزلا في قرية العين، شمالي الزهراء صباح اليوم")
    north_again = _sited("c-1", "قصفت مسيرة بيتا في العين شمال مدينة الزهراء اليوم")
    south = _sited("d-1", "قصفت طائرات مزرعة في قرية التل جنوبي الزهراء اليوم")
    province = _sited("e-1", "قصفت طائرات مواقع في محافظة الزهراء اليوم")
    assert site.place.anchor is None and province.place.anchor == ""
    assert north.place.anchor == north_again.place.anchor == "العين"
    assert dedup.compare(north, north_again).support == ("same place Al-Zahra",)
    for a, b in ((north, south), (site, north), (province, _sited("f-1", province.sentence))):
        comparison = dedup.compare(a, b)
        assert comparison.compatible and not any("place" in s for s in comparison.support)


def test_undated_plural_noun_is_a_general_statement_that_a_place_does_not_tie():
    general = _sited("a-1", "تتواصل اقتحامات المستوطنين لبلدة الزهراء", trigger="اقتحامات",
                     date=None)
    dated = _sited("b-1", "اقتحم مستوطنون بلدة الزهراء صباح اليوم", trigger="اقتحم")
    single = _sited("c-1", "اقتحم مستوطنون بلدة الزهراء فجرا", trigger="اقتحم", date=None)
    assert general.general and not single.general and not dated.general
    assert dedup.compare(general, dated).support == ()
    assert dedup.compare(single, dated).support == ("same place Al-Zahra",)


# ---------------------------------------------------------------- blocking

_types = st.sampled_from(["ASSAULT", "PROTEST", "CONSULT", "ACCUSE"])
_modes = st.sampled_from([None, "aerial", "firearms"])
_people = st.sampled_from([[], [entity()], [entity(id_="ISR-IDF", name="IDF")],
                           [entity("أشخاص", "PSE", "CVL", id_="PSE-GOV", name="Gov")],
                           [entity(id_="ISR-IDF", name="IDF"),
                            entity("أشخاص", "PSE", "CVL", id_="PSE-GOV", name="Gov")]])
_sentences = st.sampled_from([None, SENTENCE, SENTENCE + " أمس"])


@settings(max_examples=400, deadline=None)
@given(_types, _modes, _modes, _counts, _counts, _places, _places, _dates, _dates,
       _people, _people, _people, _people, _sentences, _sentences)
def test_mentions_that_corroborate_each_other_share_a_block_key_and_near_days(
        kind, ma, mb, ka, kb, pa, pb, da, db, aa, ab, ra, rb, sa, sb):
    """Blocking never hides a merge: whatever supports a merge implies a shared key."""
    a = dedup.features(make_event("a-1", event=kind, mode=ma, location=pa, killed=ka,
                                  date=da, actor=aa, recipient=ra), "2024-08-14", "x", sa)
    b = dedup.features(make_event("b-1", event=kind, mode=mb, location=pb, killed=kb,
                                  date=db, actor=ab, recipient=rb), "2024-08-14", "y", sb)
    comparison = dedup.compare(a, b)
    if comparison.compatible and comparison.support:
        assert dedup.block_keys(a) & dedup.block_keys(b)
        assert a.anchor and b.anchor
        assert abs((a.anchor - b.anchor).days) <= dedup.MAX_DAY_GAP


def test_block_keys_are_specific_to_type_and_empty_without_a_date():
    strike = make_event("a-1", location=place(), killed=count(5))
    keys = dedup.block_keys(feat(strike))
    assert any("|place|aerial|" in key for key in keys)
    assert "ASSAULT|count|killed|5" in keys
    assert all(key.startswith("ASSAULT|") for key in keys)
    undated = dedup.features(make_event("a-2", date=None, location=place()), None, "x")
    assert dedup.block_keys(undated) == frozenset()
