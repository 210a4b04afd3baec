"""Verbal nouns spelled like a past verb (arguments.statements.spelled_noun_arguments): after
a preposition or a noun no verb follows, or joined by و to an earlier noun with the same
possessive, "رفض"، "رفضهم"، "حظرها"، "عرقلتها" are the noun; the possessive names the doer,
the nearest participant before that agrees with it and is no town; a ban with no object
after it names what it bans (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded, event_on, texts_of


@pytest.mark.parametrize("sentence, actors", [
    # هم: people in the plural, not the town before the noun, nor a state ending in -ين
    ("حذرت فلسطين من طرد آلاف الفلسطينيين شمال غزة بعد رفضهم مغادرة بيوتهم.", ["الفلسطينيين"]),
    ("حذرت الأمم المتحدة من مصير آلاف السوريين في حلب بعد رفضهم مغادرة المدينة.",
     ["السوريين"]),
    # ها: the nearest feminine party, not the speaker of an earlier clause
    ("أعلنت حركة حماس موقفها، وما زالت حركة فتح صامتة، وسط مؤشرات على رفضها للورقة.",
     ["حركة فتح"]),
])
def test_possessor_agrees_with_the_pronoun(sentence, actors):
    assert texts_of(event_on(sentence, "REJECT", "رفض").actor) == actors


def test_plural_possessor_is_not_a_state_spelled_like_a_plural():
    text = "حذرت فلسطين من طرد آلاف الفلسطينيين شمال غزة بعد رفضهم مغادرة بيوتهم."
    rejection = event_on(text, "REJECT", "رفضهم")
    assert texts_of(rejection.actor) == ["الفلسطينيين"]
    assert "agreeing-possessor" in rejection.rule


def test_noun_joined_to_a_possessed_noun_shares_its_possessor():
    text = "جدد آلاف الطلاب المغاربة دعمهم للمقاومة الفلسطينية ورفضهم للتطبيع مع إسرائيل."
    rejection = event_on(text, "REJECT", "رفضهم")
    assert [a.country for a in rejection.actor] == ["MAR"]
    assert "joined-noun" in rejection.rule
    # the party after ل in the first noun's phrase is no doer of the second
    assert "PSE" not in [a.country for a in rejection.actor]


def test_genitive_after_a_preposition_is_the_doer():
    text = "انسحب الحزب من الائتلاف احتجاجا على رفض الحكومة الأردنية السماح بالتظاهر."
    rejection = event_on(text, "REJECT", "رفض")
    assert [a.country for a in rejection.actor] == ["JOR"]
    assert "after-lead" in rejection.rule


def test_object_adjective_after_a_preposition_is_the_recipient():
    # "رفض الوجود التركي": the demonym qualifies what is rejected, not who rejects
    assert coded("شدد الوزير العراقي على رفض الوجود التركي في الشمال.", "REJECT") == (
        ["IRQ"], ["TUR"])


def test_what_is_rejected_a_few_words_on():
    text = "أعرب مسؤولون فرنسيون عن رفض الحكومة الألمانية بناء قاعدة روسية في المنطقة."
    assert coded(text, "REJECT") == (["DEU"], ["RUS"])


def test_ban_noun_without_an_object_names_what_is_banned():
    text = "تدرس وزارة الصحة البدائل الممكنة لمنظمة أطباء بلا حدود بعد حظرها، في القطاع."
    ban = event_on(text, "SANCTION", "حظرها")
    assert texts_of(ban.recipient) == ["منظمة أطباء بلا حدود"]
    assert "sanctioned-possessor" in ban.rule


def test_ban_noun_with_its_own_object_names_the_one_who_bans():
    text = "تعيش الحكومة الإسرائيلية حالة من التردد بعد حظرها عمل منظمة أطباء بلا حدود في الضفة."
    ban = event_on(text, "SANCTION", "حظرها")
    assert [a.country for a in ban.actor] == ["ISR"]
    assert texts_of(ban.recipient) == ["منظمة أطباء بلا حدود"]


def test_person_in_the_noun_clause_owns_ha():
    text = "أعربت المندوبة الأميركية ليندا توماس غرينفيلد عن رفضها لسياسة التجويع."
    rejection = event_on(text, "REJECT", "رفضها")
    assert texts_of(rejection.actor) == ["ليندا توماس غرينفيلد"]


def test_party_inside_a_relative_aside_owns_no_possessive():
    text = "أكدت كينيا، التي ساءت علاقاتها بالصومال مؤخرا، وقوفها مع جيرانها وسط مؤشرات على رفضها للخطة."
    rejection = event_on(text, "REJECT", "رفضها")
    assert "SOM" not in [a.country for a in rejection.actor]


@pytest.mark.parametrize("sentence", [
    # a verb: its subject follows it
    "ورفضها الرئيس الفرنسي بعد ساعات من نشرها.",
    # a verb after a relative pronoun
    "قدمت مصر مبادرة رفضها الجانب الإسرائيلي.",
])
def test_verb_readings_stay(sentence):
    rejection = event_on(sentence, "REJECT", "رفضها")
    assert "after-lead" not in rejection.rule and "joined-noun" not in rejection.rule
    assert rejection.actor
