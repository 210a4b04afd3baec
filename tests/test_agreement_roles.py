"""Actor and recipient of attacks and protests in the shapes news reports give them:
casualties an attack caused, the patrol it hit, the country a foreign force struck in,
chants and embassies naming a protest's target.  Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of as events_at

PUBLISHED = "2025-03-04"


def events_of(sentence: str, event: str):
    """Events of one type, whatever their confidence (this tests attachment, not detection)."""
    return events_at(sentence, event, PUBLISHED)


def countries(sentence: str, event: str) -> tuple[set[str | None], set[str | None]]:
    """Actor and recipient countries pooled over the events of the type."""
    events = events_of(sentence, event)
    return ({a.country for e in events for a in e.actor},
            {r.country for e in events for r in e.recipient})


@pytest.mark.parametrize("sentence, victims", [
    # the result verb after the attack noun
    ("قال مصدر أمني إن هجوما بسيارة مفخخة أسفر عن مقتل خمسة جنود سوريين قرب حمص.", "SYR"),
    # the result verb before it
    ("أدى قصف مدفعي إلى مقتل ثلاثة من عناصر الشرطة اللبنانية.", "LBN"),
    # killed before the attack noun, besides the attack's own target after ضد
    ("مقتل ثلاثة أطباء أردنيين في هجوم نفذه مسلح ضد مستشفى في صنعاء.", "JOR"),
])
def test_casualties_are_recipients(sentence, victims):
    actors, recipients = countries(sentence, "ASSAULT")
    assert victims in recipients
    assert victims not in actors


def test_speaker_before_complementiser_is_not_the_attacker():
    events = events_of("قال مصدر أمني إن هجوما بسيارة مفخخة أسفر عن مقتل خمسة جنود سوريين.",
                       "ASSAULT")
    assert all(a.sector != "COP" for e in events for a in e.actor)


def test_victims_of_a_genitive_attack_noun_are_no_agents():
    actors, recipients = countries(
        "أعلنت الشرطة مقتل شرطيين مصريين اثر انفجار عبوة ناسفة في سيناء.", "ASSAULT")
    assert "EGY" in recipients
    assert "EGY" not in actors


def test_agent_after_plural_hands():
    events = events_of("تعرض رجل أعمال للخطف على أيدي مسلحين في بغداد.", "ASSAULT")
    assert any(a.sector == "UAF" for e in events for a in e.actor)
    assert all(r.sector != "UAF" for e in events for r in e.recipient)


def test_passing_patrol_is_the_target():
    _, recipients = countries("انفجرت عبوة ناسفة على طريق المطار لدى مرور دورية للجيش البريطاني.",
                              "ASSAULT")
    assert recipients == {"GBR"}


def test_foreign_force_strikes_the_country_it_acts_in():
    actors, recipients = countries("قال مسؤول إن تركيا شنت غارة جوية في العراق الليلة الماضية.",
                                   "ASSAULT")
    assert actors == {"TUR"}
    assert recipients == {"IRQ"}


def test_indefinite_people_after_a_definite_body_are_its_object():
    actors, recipients = countries("اعتقلت الشرطة الفرنسية ناشطا.", "COERCE")
    assert actors == {"FRA"}
    assert recipients == {None}


@pytest.mark.parametrize("sentence, target", [
    ("تجمع آلاف المحتجين في وسط المدينة مرددين هتافات «الموت لاميركا».", "USA"),
    ("وخرج آلاف الطلاب إلى الشوارع هاتفين «تسقط أمريكا».", "USA"),
    ("اعتصم عشرات الناشطين منذ الصباح أمام سفارة الدنمارك احتجاجا على نشر الصور.", "DNK"),
    ("وتظاهر العمال أمام السفارة الفرنسية في الرباط.", "FRA"),
    # an embassy the protesters went on to in another clause does not replace what the
    # protest was said to be against
    (("تجمع آلاف المتظاهرين في الخرطوم احتجاجا على المحكمة الجنائية الدولية، ثم توجهوا إلى "
      "مقر السفارة البريطانية."), "IGO"),
])
def test_protest_target(sentence, target):
    actors, recipients = countries(sentence, "PROTEST")
    assert recipients == {target}
    assert target not in actors
