"""Triggers inside names, launch sites and detention places: a trigger word that is part of
a place or organisation name names no event; a rocket's launch site is not where its attack
happened; an arrest did not happen in the prison the arrested were taken to."""
from __future__ import annotations

from conftest import HEADLINE, events_of


def _all_event_types(text: str) -> list[str]:
    """Every event the rules code, whatever its confidence."""
    import hadath
    from hadath.pipeline import record_to_raw
    pipeline = hadath.default_pipeline(include_nonfactual=True, min_confidence=0.0, rescore=False)
    result = pipeline.process(record_to_raw({"id": "t", "text": HEADLINE + text}),
                              published="2025-03-04")
    return [e.event for e in result.events]


def _location(text: str, event: str) -> tuple[str | None, str | None]:
    e = events_of(text, event)[0]
    return (e.location.text, e.location.country) if e.location else (None, None)


# ------------------------------------------------------------------ triggers inside names

def test_a_trigger_word_inside_a_village_name_is_no_event():
    # "دان" (condemned) is the second word of the village name
    text = "داهمت القوات الإسرائيلية منازل في قرية كفر دان غرب جنين فجر الثلاثاء."
    types = _all_event_types(text)
    assert "COERCE" in types
    assert "ACCUSE" not in types


def test_a_trigger_word_inside_an_organisation_name_is_no_event():
    # "العفو" (pardon) is part of the organisation's name, not an act of clemency
    text = "أشادت منظمة العفو الدولية بقرار المحكمة الصادر يوم الأربعاء."
    assert "CONCEDE" not in _all_event_types(text)


def test_a_supported_noun_heading_a_force_name_keeps_its_event():
    text = "قررت الحكومة سحب القوات الإسرائيلية من محور نتساريم خلال أسبوعين."
    assert "RETREAT" in _all_event_types(text)


def test_a_verb_the_name_recogniser_took_in_keeps_its_event():
    text = "طالب الأمين العام للأمم المتحدة أمس بوقف فوري لإطلاق النار في السودان."
    assert "REQUEST" in _all_event_types(text)


# ------------------------------------------------------------------ launch sites

def test_the_launch_site_of_rockets_is_not_the_attack_location():
    text = "أطلقت الفصائل ثلاثة صواريخ من جنوب لبنان نحو مستوطنة المطلة صباح الأحد."
    assert _location(text, "ASSAULT")[1] == "ISR"


def test_a_rocket_launched_from_a_country_with_no_target_named_has_no_place_there():
    text = "قال الجيش الإسرائيلي إنه اعترض مساء الاثنين صاروخا أُطلق من اليمن."
    assert _location(text, "ASSAULT")[1] != "YEM"


def test_a_drone_launched_after_the_attack_word_leaves_the_target_town():
    text = "اندلع حريق في مدينة صفد بعد استهدافها بطائرة مسيرة أطلقت من لبنان."
    assert _location(text, "ASSAULT") == ("صفد", "ISR")


def test_an_attack_answering_a_launch_keeps_the_launch_area():
    # the raids hit the area the rockets came from: another event than the launch
    text = "قصفت الطائرات الإسرائيلية بلدة عيتا الشعب بعد إطلاق صواريخ من جنوب لبنان."
    assert _location(text, "ASSAULT")[1] == "LBN"


def test_a_release_from_a_crossing_is_no_launch():
    text = "أطلق الجيش الإسرائيلي سراح عشرين معتقلا من معبر كرم أبو سالم يوم الخميس."
    assert _location(text, "RETREAT")[1] == "PSE"


# ------------------------------------------------------------------ detention places

def test_an_arrest_is_not_located_in_the_prison_named_after_it():
    text = "اعتقلت القوات الإسرائيلية شابا من مدينة الخليل، ونقلته لاحقا إلى معتقل سدي تيمان."
    assert _location(text, "COERCE") == ("الخليل", "PSE")


def test_an_arrest_with_only_a_prison_named_after_it_has_no_place():
    text = "اعتقل الجيش الإسرائيلي ثلاثة شبان ونقلهم إلى معتقل سدي تيمان في النقب."
    assert _location(text, "COERCE") == (None, None)


def test_an_arrest_from_a_camp_keeps_the_camp():
    text = "اعتقلت القوات الإسرائيلية خمسة شبان من معسكر جباليا فجر اليوم."
    assert _location(text, "COERCE")[1] == "PSE"


def test_a_release_from_a_prison_keeps_the_prison():
    text = "أفرجت السلطات الإسرائيلية عن عشرة معتقلين من معتقل سدي تيمان يوم الخميس."
    assert _location(text, "RETREAT")[1] == "ISR"


def test_a_trigger_word_inside_a_place_name_repeated_with_a_fused_preposition_is_no_event():
    text = ("اقتحمت القوات الإسرائيلية قرية كفر دان غرب جنين فجر الثلاثاء. "
            "وأصيب شاب برصاص الجنود بكفر دان خلال المواجهات.")
    assert "ACCUSE" not in _all_event_types(text)


def test_a_place_of_another_fact_does_not_replace_the_launch_site():
    text = ("قال الجيش الإسرائيلي إنه رصد أربعة صواريخ أطلقت من قطاع غزة، في حين أعلنت "
            "الفصائل أنها استهدفت دبابة في بيت لاهيا.")
    rockets = next(e for e in events_of(text, "ASSAULT") if e.trigger.text == "صواريخ")
    assert rockets.location is None
