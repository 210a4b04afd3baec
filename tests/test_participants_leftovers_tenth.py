"""Tenth session, participant leftovers:

* a place or people named right after an adjective of support of a protest noun
  ("مظاهرة داعمة لـX"، "وقفة تضامنية مع X"، "متظاهر مؤيد لـX") is what the protest stands
  with: not its protester, not its recipient, not the venue whose government it addresses,
  and not the place its unnamed protesters are taken to be from;
* an unnamed informant who reports a clause ("قال مصدر إن X لن تقبل ...") is no party of
  it: the clause's own subject is the actor of a negated verb read as a participle.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, events_of, texts_of

from hadath.words import function_words

# ------------------------------------------------ protest support adjectives


def test_the_support_adjectives_are_a_word_class():
    words = function_words().protest_support_adjectives
    assert {"داعمة", "الداعمة", "مؤيدة", "المؤيدة", "تضامنية", "التضامنية", "مناهضة"} <= words


@pytest.mark.parametrize("text", [
    "نظم طلاب في عدة مدن مسيرات داعمة لغزة مساء الأحد.",
    "نظم ناشطون في عواصم أوروبية مسيرات تضامنية مع غزة.",
    "تجمع ناشطون أمس في وقفة مناهضة لإسرائيل.",
])
def test_unnamed_protesters_do_not_take_the_country_they_stand_with(text):
    e = events_of(text, "PROTEST")[0]
    assert texts_of(e.actor), e.actor
    assert countries_of(e.actor) == [None], e.actor
    assert not e.recipient, e.recipient


def test_people_after_a_support_adjective_are_not_the_protesters():
    e = events_of("اعتقلت الشرطة عشرات المتظاهرين المؤيدين لأوكرانيا بعدما نظموا اعتصاما "
                  "أمام السفارة في برلين.", "PROTEST")[0]
    assert "لأوكرانيا" not in texts_of(e.actor), e.actor
    assert "UKR" not in countries_of(e.actor) + countries_of(e.recipient), (e.actor, e.recipient)


def test_a_supported_place_is_no_venue_whose_government_is_addressed():
    e = events_of("شارك الآلاف في وقفة تضامنية مع فلسطين والسودان.", "PROTEST")[0]
    assert not {"PSE", "SDN"} & set(countries_of(e.recipient)), e.recipient


def test_a_body_after_an_opposing_adjective_stays_the_target():
    e = events_of("خرج المئات في مظاهرة مناهضة للحكومة العراقية في البصرة.", "PROTEST")[0]
    assert "IRQ" in countries_of(e.recipient), e.recipient


def test_a_venue_after_the_supported_place_still_localises_the_protesters():
    e = events_of("شارك طلاب في احتجاجات مؤيدة لغزة بجامعة تورنتو الكندية.", "PROTEST")[0]
    assert "PSE" not in countries_of(e.actor), e.actor

# ------------------------------------------------ a clause an informant reports


@pytest.mark.parametrize("text, trigger, actor", [
    ("قال مصدر مطلع إن الأردن لن يقبل بأي تهجير للسكان.", "لن يقبل", "الأردن"),
    ("ذكرت مصادر أن الحكومة لن تقبل بالشروط الجديدة.", "لن تقبل", "الحكومة"),
    ("نقلت إذاعة محلية عن مصادر مطلعة أن مصر لن تقبل بنشر قوات أجنبية على حدودها.",
     "لن تقبل", "مصر"),
])
def test_the_subject_of_a_clause_an_informant_reports_is_its_actor(text, trigger, actor):
    e = event_on(text, "REJECT", trigger)
    assert texts_of(e.actor) == [actor], e.actor


def test_a_participle_after_the_informants_clause_takes_no_party_from_it():
    e = event_on("وقال مصدر مطلع إن الوفد المصري سيصل غدا، مطالبا الطرفين بالهدوء.",
                 "REQUEST", "مطالبا")
    assert "الوفد المصري" not in texts_of(e.actor), e.actor
    assert not any(t.startswith("مصدر") for t in texts_of(e.actor)), e.actor


@pytest.mark.parametrize("text, event, trigger, actor", [
    ("أفاد مصدر دبلوماسي برفض إسرائيل الورقة المصرية.", "REJECT", "رفض", "إسرائيل"),
    ("أفادت مصادر باعتقال الشرطة التركية عشرة أشخاص.", "COERCE", "اعتقال", "الشرطة التركية"),
    ("أفاد شهود عيان بمطالبة الجيش السكان بإخلاء منازلهم.", "REQUEST", "مطالبة", "الجيش"),
])
def test_the_genitive_agent_of_a_noun_an_informant_reports_is_its_actor(text, event, trigger,
                                                                         actor):
    e = event_on(text, event, trigger)
    assert actor in texts_of(e.actor), e.actor
