"""ASSAULT precision on wire news, session six: deaths from hunger, cold or illness told with
the martyr verbs (استشهد بسبب سوء التغذية), an aircraft crash before or after the casualty
word, a policy or a notice that "targets" something (إخطارات هدم تستهدف منازل), and an
ambush only being prepared (أثناء إعداد كمين).  Each class has the attacks that must stay
beside it.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import assert_event as _assert_has
from conftest import assert_no_event as _assert_no
from conftest import trigger_context


@pytest.mark.parametrize("text", [
    "استشهد رضيع في مستشفى المدينة بسبب سوء التغذية ونقص الحليب.",
    "توفيت مسنة داخل خيمتها في المخيم الساحلي نتيجة البرد القارس.",
    "ارتقى طفلان في الشمال جوعا بعد أسابيع من انقطاع المساعدات.",
])
def test_deaths_from_hunger_or_cold_are_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود جراء تحطم طائرتهم خلال رحلة تدريبية فوق البحر.",
    "أثار تحطم طائرة نقل عسكرية في الصحراء ومقتل طاقمها جدلا في البرلمان.",
])
def test_an_aircraft_crash_is_no_assault(text):
    _assert_no("ASSAULT", text)


@pytest.mark.parametrize("text, word", [
    ("وزعت البلدية إخطارات هدم تستهدف منازل في الحي القديم.", "تستهدف"),
    ("قال ناشطون إن سياسة الحكومة تستهدف الصحفيين المستقلين.", "تستهدف"),
])
def test_a_plan_or_notice_that_targets_is_no_assault(text, word):
    assert trigger_context(text, word, "ASSAULT").discard, text


@pytest.mark.parametrize("text, word", [
    ("قتل مقاتلان أثناء إعداد كمين لقوات الجيش على الطريق الجبلي.", "كمين"),
    ("اعتقلت الشرطة خلية قالت إنها كانت في مرحلة التخطيط لهجوم على السفارة.", "هجوم"),
])
def test_an_attack_being_prepared_is_hypothetical(text, word):
    ctx = trigger_context(text, word, "ASSAULT")
    assert ctx.hypothetical and not ctx.discard, (text, ctx)


@pytest.mark.parametrize("text", [
    "استشهد خمسة أشخاص في قصف على منزل في المخيم فجر اليوم.",
    "استشهد شاب برصاص الجنود قرب الحاجز العسكري.",
    "استشهد طفلان في قصف استهدف خيمة للنازحين في ليلة شديدة البرد.",
    "قصفت طائرات حربية مطارا عسكريا ودمرت طائرتين ومروحية على المدرج.",
    "استهدفت غارة جوية سيارة على الطريق الساحلي فجر اليوم.",
    "وقتل جنديان في كمين نصبه مسلحون لدورية على الطريق الجبلي.",
])
def test_attacks_stay(text):
    _assert_has("ASSAULT", text)


@pytest.mark.parametrize("text, word", [
    ("استشهد خمسة أشخاص في قصف على منزل في المخيم فجر اليوم.", "استشهد"),
    ("استشهد طفلان في قصف استهدف خيمة للنازحين في ليلة شديدة البرد.", "استشهد"),
    ("قال الجيش إن طائراته استهدفت مواقع للمسلحين شرق المدينة.", "استهدفت"),
    ("وقتل جنديان في كمين نصبه مسلحون لدورية على الطريق الجبلي.", "كمين"),
])
def test_the_rules_keep_the_attack_sense(text, word):
    ctx = trigger_context(text, word, "ASSAULT")
    assert not ctx.discard and not ctx.hypothetical, (text, ctx)
