"""ASSAULT events the readings left without an attacker though the sentence names one,
seventeenth session (``attacks.with_named_attacker``): a demonym on the attack noun or on the
attack noun the act came about in, the army after an attack noun under تعرض/نجا, the body
after من right after the attack noun, the doer of the attack a result verb follows up, and
an armed group showing its own operation.  A demonym on another noun, a country after من,
a clause of its own and a speaker that underwent the attack give no attacker.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of
from test_arguments import attached


@pytest.mark.parametrize("text, trigger, country", [
    ("تعرض مبنى سكني في خان يونس لقصف إسرائيلي عنيف فجر اليوم.", "قصف", "ISR"),
    ("تعرضت بلدات الجنوب لسلسلة غارات إسرائيلية مساء أمس.", "غارات", "ISR"),
    ("تعرضت مدينة خاركيف لهجمات روسية مكثفة بالصواريخ.", "هجمات", "RUS"),
    ("استشهد 4 في العدوان الإسرائيلي الجديد على مخيم جنين.", "استشهد", "ISR"),
    ("ودع الأهالي شبانا استشهدوا إثر تواصل القصف الإسرائيلي على المخيم.", "استشهدوا", "ISR"),
])
def test_the_demonym_on_the_attack_noun_is_the_attacker(text, trigger, country):
    e = event_on(text, "ASSAULT", trigger)
    assert countries_of(e.actor) == [country]
    assert country not in countries_of(e.recipient)


@pytest.mark.parametrize("text, trigger", [
    # the demonym qualifies the target, not the attack
    ("تعرضت مواقع إسرائيلية لقصف صاروخي مساء أمس.", "قصف"),
    # the demonym is the victim's
    ("قتل جندي إسرائيلي في كمين قرب جنين.", "قتل"),
])
def test_a_demonym_on_another_noun_names_no_attacker(text, trigger):
    e = event_on(text, "ASSAULT", trigger)
    assert "ISR" not in countries_of(e.actor)


def test_the_army_after_an_undergone_attack_noun_is_its_doer():
    e = event_on("تعرض الحي لغارات جيش الاحتلال طوال الليل الماضي.", "ASSAULT", "غارات")
    assert texts_of(e.actor) == ["جيش الاحتلال"]
    assert "جيش الاحتلال" not in texts_of(e.recipient)


def test_the_body_after_min_is_where_the_attack_came_from():
    e = event_on("أصيب ثلاثة مستوطنين، واندلعت حرائق جراء قصف مكثف من حزب الله على مستوطنات الشمال.",
                 "ASSAULT", "قصف")
    assert texts_of(e.actor) == ["حزب الله"]
    assert "حزب الله" not in texts_of(e.recipient)


def test_a_country_after_min_is_only_the_origin():
    e = event_on("تعرضت البلدة لقصف من لبنان مساء أمس.", "ASSAULT", "قصف")
    assert e.actor == []


@pytest.mark.parametrize("text, trigger, country", [
    ("ارتكب الجيش الإسرائيلي مجزرتين في المدينة، أسفرتا عن استشهاد 30 فلسطينيا.", "استشهاد", "ISR"),
    ("نفذت كتائب القسام كمينا محكما في المخيم، أسفر عن مقتل ضابطين.", "مقتل", "PSE"),
    ("أدان الوزير العدوان التركي على القرى، والذي أسفر عن مقتل 5 مدنيين.", "مقتل", "TUR"),
    ("تعرض الحي لغارات جيش الاحتلال طوال الليل، مما أدى إلى تدمير عشرات المنازل.", "تدمير", "ISR"),
])
def test_a_result_takes_the_doer_of_the_attack_it_follows_up(text, trigger, country):
    # read on its own: the coder lets the attack beside an outcome noun absorb it
    actors, _ = attached(text, trigger, "ASSAULT", "nouns")
    assert actors == [country]


@pytest.mark.parametrize("text, trigger", [
    # a clause of its own between the massacre and the result verb
    ("ارتكبت القوات الإسرائيلية مجزرة في المخيم، بينما شهدت البلدة مواجهات أسفرت عن إصابة 5 شبان.",
     "إصابة"),
    # the attack the result follows up names no doer: none is taken from further back
    ("ارتكب الجيش الإسرائيلي مجزرة في البلدة، وتواصل القصف على المخيم مما أدى إلى استشهاد 4.",
     "استشهاد"),
    # the attack is the result verb's subject, not its result
    ("في اليوم العاشر من العدوان الإسرائيلي، أسفر القصف المتواصل على المدينة عن عشرات الشهداء.",
     "القصف"),
])
def test_no_result_doer_across_a_clause_or_past_the_attack_it_follows_up(text, trigger):
    actors, _ = attached(text, trigger, "ASSAULT", "nouns")
    assert "ISR" not in actors


def test_an_armed_group_showing_its_own_operation_did_it():
    e = event_on("بثت سرايا القدس مشاهد من عملية قنص جندي إسرائيلي شرق خان يونس.", "ASSAULT", "قنص")
    assert texts_of(e.actor) == ["سرايا القدس"]


@pytest.mark.parametrize("text, trigger, not_doer", [
    # a channel shows what others did
    ("بثت قناة الجزيرة مشاهد من عملية قنص جندي في المدينة.", "قنص", "قناة الجزيرة"),
    # the army announces an attack its patrol underwent
    ("أعلن الجيش الإسرائيلي تعرض دورية لإطلاق نار قرب طولكرم.", "إطلاق", "الجيش الإسرائيلي"),
])
def test_no_claim_by_a_channel_or_by_the_side_hit(text, trigger, not_doer):
    e = event_on(text, "ASSAULT", trigger)
    assert not_doer not in texts_of(e.actor)
