"""Participants the argument attachment reads from their phrase: a news outlet named as the
source of a report or the one spoken to is no party; an office of a body joined to it by ل
("الأمين العام لحزب ...") is one participant, the body's; a counted group right after a verb
of speech is its subject; a speaker already named as the recipient is not filled in as actor."""
from conftest import coded, events_of

from hadath.events.arguments import is_news_outlet
from hadath.events.speakers import not_recipients
from hadath.events.structure import Group, is_office_phrase, with_office_phrases
from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.records import ActorMention
from hadath.text import analyze

RESOLVER = ActorResolver(load_kb())


def test_bare_agency_name_is_a_known_outlet() -> None:
    found = {a.text: (a.country, a.sector) for a in RESOLVER.find(analyze("نشرت رويترز الخبر"),
                                                                date="2024-06-01")}
    assert found["رويترز"] == ("GBR", "JRN")


def test_agency_quoting_an_official_is_no_party() -> None:
    actors, recipients = coded("ونقلت رويترز عن مسؤول أن روسيا تطالب أوكرانيا بالانسحاب من البلدة.",
                               "REQUEST")
    assert actors == ["RUS"] and recipients == ["UKR"]


def test_outlet_spoken_to_is_no_recipient() -> None:
    e = events_of("وقال وزير الخارجية الفرنسي لـ«بلومبرغ» إن باريس ترفض الرسوم الأمريكية الجديدة.",
                  "REJECT")[0]
    assert [a.country for a in e.actor] == ["FRA"]
    assert all(m.sector != "JRN" for m in e.actor + e.recipient)


def test_outlet_that_condemns_is_the_actor() -> None:
    actors, _ = coded("انتقدت صحيفة الغارديان سياسة الحكومة البريطانية تجاه اللاجئين.", "ACCUSE")
    assert actors == ["GBR"]


def test_outlet_closed_stays_the_target() -> None:
    e = events_of("وقررت السلطات إغلاق مكتب قناة الجزيرة في المدينة.", "COERCE")[0]
    assert "QAT" in {r.country for r in e.recipient}


def test_office_of_a_body_joined_by_lam_is_its_subject() -> None:
    actors, recipients = coded("وهدد نائب الأمين العام لحزب الله إسرائيل برد واسع.", "THREATEN")
    assert actors == ["LBN"] and recipients == ["ISR"]


def test_office_phrase_after_a_subject_of_the_verb_is_its_object() -> None:
    e = events_of("وانتقدت قيادتها رئيس المكتب السياسي لحركة حماس بسبب موقفه.", "ACCUSE")[0]
    assert not e.actor and [r.country for r in e.recipient] == ["PSE"]


def test_office_phrase_group_starts_at_the_office_noun() -> None:
    text = "دعا رئيس المكتب السياسي لحركة حماس إلى التهدئة"
    mentions = RESOLVER.find(analyze(text), date="2024-06-01")
    groups = with_office_phrases(text, [Group((m,)) for m in mentions])
    office = next(g for g in groups if is_office_phrase(g))
    assert text[office.start:].startswith("رئيس المكتب السياسي")
    assert office.head.country == "PSE"


def test_counted_experts_after_a_verb_of_speech_are_its_subject() -> None:
    actors, recipients = coded("وطالب 30 خبيرا أمميا الحكومة السودانية بحماية المدنيين.", "REQUEST")
    assert actors == ["UNO"] and recipients == ["SDN"]


def test_counted_victims_after_an_attack_verb_stay_its_object() -> None:
    e = events_of("وقتلت الغارات 12 مدنيا في المدينة.", "ASSAULT")[0]
    assert not any(a.sector == "CVL" for a in e.actor)


def test_speaker_named_as_recipient_is_not_the_actor_too() -> None:
    state = ActorMention(0, 5, "طهران", "Iran", "IRN", "GOV", "IRN", "capital")
    spokesman = ActorMention(20, 40, "المتحدث باسم الخارجية", None, "IRN", "GOV", "irn-mfa",
                             "institution")
    other = ActorMention(50, 60, "الوزير", None, "IRQ", "GOV", None, "institution")
    assert not_recipients([spokesman, other], [state]) == [other]
    assert not_recipients([state], [state]) == []


def test_outlet_speaker_is_a_news_outlet_not_an_ngo() -> None:
    paper = ActorMention(0, 5, "صحيفة", None, "ISR", "JRN", "isr-haaretz", "organization")
    union = ActorMention(0, 5, "مراسلون بلا حدود", None, "NGO", "JRN", "rsf-ngo", "organization")
    assert is_news_outlet(paper) and not is_news_outlet(union)
