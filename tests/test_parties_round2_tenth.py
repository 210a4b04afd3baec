"""Tenth session, second round of wrong parties:

* an unnamed informant ("مصدر مطلع"، "مصادر طبية") tells of an event and is no party of
  it, unless the trigger is its own verb of blame, refusal or demand;
* the ب-object of a meeting noun ("الاجتماع بممثلي ...") is the party met, not the one
  meeting;
* a past verb written with the passive's vowel ("اتُّهم") has its grammatical subject as
  the one acted upon;
* after a verb, a whole noun phrase no lexicon names (an indefinite noun with its definite
  genitive or adjectives) is the subject, so the named group after it is the object; and a
  known figure named right after a noun of people, a definite body or a demonym is the next
  constituent, not that noun's name in apposition (after a title he holds it).

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, events_of, texts_of

from hadath.events.arguments import marked_passive_verb
from hadath.events.structure import build_groups
from hadath.recognize.actors import find_actors
from hadath.text import TextLayer

# ------------------------------------------------ informants


@pytest.mark.parametrize("text, event", [
    ("وقالت مصادر طبية إن قصفا مدفعيا استهدف حي الشجاعية صباح اليوم.", "ASSAULT"),
    ("وأفادت مصادر طبية بإصابة ثلاثة مدنيين جراء القصف على مخيم جباليا.", "ASSAULT"),
    ("وأفاد شهود عيان بأن المحادثات بين الوفدين جرت في فندق بالقاهرة.", "CONSULT"),
])
def test_an_informant_is_no_party_of_what_it_tells(text, event):
    for e in events_of(text, event):
        parties = texts_of(e.actor) + texts_of(e.recipient)
        assert not any(t.startswith(("مصدر", "مصادر")) for t in parties), parties


def test_an_informant_stays_the_actor_of_its_own_accusation():
    e = event_on("واتهم مصدر في الوفد المفاوض الحكومة الإسرائيلية بعرقلة الاتفاق.",
                 "ACCUSE", "اتهم")
    assert any(t.startswith("مصدر") for t in texts_of(e.actor)), texts_of(e.actor)
    assert "ISR" in countries_of(e.recipient)


# ------------------------------------------------ the party a meeting noun's ب names


@pytest.mark.parametrize("text, trigger, actor, met", [
    ("وعقد وزير الخارجية الأردني اجتماعا بممثلي الفصائل الفلسطينية في عمان.", "اجتماع",
     "JOR", "PSE"),
    ("وتحدث الوزير السعودي خلال لقائه بالرئيس الفرنسي عن الأوضاع في لبنان.", "لقائه",
     "SAU", "FRA"),
])
def test_the_party_after_a_meeting_nouns_bi_is_met(text, trigger, actor, met):
    e = event_on(text, "CONSULT", trigger)
    assert met in countries_of(e.recipient), texts_of(e.recipient)
    assert met not in countries_of(e.actor), texts_of(e.actor)
    assert actor in countries_of(e.actor), texts_of(e.actor)


def test_a_framing_bi_word_names_no_met_party():
    e = event_on("وعقد المجلس الوزاري اجتماعا برئاسة الرئيس التركي في أنقرة.",
                 "CONSULT", "اجتماع")
    assert "TUR" not in countries_of(e.recipient), texts_of(e.recipient)


# ------------------------------------------------ marked passives


@pytest.mark.parametrize("word, passive", [
    ("اتُّهم", True), ("واتُهمت", True), ("أُغلق", True), ("طُلب", True), ("استُقبل", True),
    ("اتهم", False), ("أغلقَ", False), ("طلبتُ", False), ("دعوا", False),
])
def test_the_passive_vowel_is_read_on_the_first_letters(word, passive):
    assert marked_passive_verb(word) is passive


def test_the_subject_of_a_marked_passive_is_acted_upon():
    e = event_on("واتُّهم الرئيس الأمريكي جو بايدن بالتقصير في ملف الهجرة.", "ACCUSE", "اتُّهم")
    assert "USA" in countries_of(e.recipient), texts_of(e.recipient)
    assert "USA" not in countries_of(e.actor), texts_of(e.actor)


# ------------------------------------------------ an unnamed subject, then the object


@pytest.mark.parametrize("text, trigger, event, obj", [
    ("وحث فريق الإنقاذ الدولي الحكومة التركية على فتح الطرق الجبلية.", "حث", "REQUEST",
     "TUR"),
    ("وطالبت رابطة الحقوقيين العرب الولايات المتحدة بوقف تسليح الجيش.", "طالبت", "REQUEST",
     "USA"),
])
def test_a_whole_unnamed_noun_phrase_is_the_subject(text, trigger, event, obj):
    e = event_on(text, event, trigger)
    assert obj in countries_of(e.recipient), texts_of(e.recipient)
    assert obj not in countries_of(e.actor), texts_of(e.actor)


def test_a_counterpart_noun_keeps_the_name_after_it_as_subject():
    e = event_on("ودعا نظيره الروسي فلاديمير بوتين إلى الحوار بين البلدين.", "REQUEST", "دعا")
    assert "RUS" in countries_of(e.actor), texts_of(e.actor)


def _groups(text: str) -> list[list[str]]:
    layer = TextLayer(text)
    return [[m.text for m in g.mentions] for g in build_groups(layer.text, find_actors(layer))]


@pytest.mark.parametrize("text, first, second", [
    ("اتهمت عائلات الأسرى نتنياهو بالمماطلة.", "عائلات الأسرى", "نتنياهو"),
    ("وحث الوفد الإسرائيلي نتنياهو على المرونة.", "الوفد الإسرائيلي", "نتنياهو"),
    ("اتهم الدفاع المدني الاحتلال بمنع طواقمه من العمل.", "الدفاع المدني", "الاحتلال"),
])
def test_a_known_figure_after_a_body_is_the_next_constituent(text, first, second):
    groups = _groups(text)
    assert any(g[0] == first and second not in g for g in groups), groups
    assert any(g[0] == second for g in groups), groups


@pytest.mark.parametrize("text, holder", [
    ("قال الرئيس الأمريكي جو بايدن إن الاتفاق قريب.", "جو بايدن"),
    ("وصل مدير الاستخبارات المركزية الأميركية وليام بيرنز إلى الدوحة.", "وليام بيرنز"),
])
def test_a_figure_after_his_title_stays_its_holder(text, holder):
    groups = _groups(text)
    assert any(holder in g and len(g) > 1 for g in groups), groups
