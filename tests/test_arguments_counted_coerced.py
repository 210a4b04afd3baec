"""Counted people and "others" as the ones coerced: a counted group right after an attack or
coercion noun, an unarmed counted group standing before such a noun (the object of the act
before it), and "others" right after a past verb of arrest (a passive).
Sentences written for these tests."""
from __future__ import annotations

from conftest import countries_of, event_on, texts_of

# a counted group right after the noun

def test_counted_group_after_an_arrest_noun_is_arrested():
    e = event_on("داهمت القوات الإسرائيلية القرية فجرا، ورافق ذلك اعتقال 14 فلسطينيا من منازلهم.",
                  "COERCE", "اعتقال")
    assert "فلسطينيا" in texts_of(e.recipient)
    assert "فلسطينيا" not in texts_of(e.actor)


def test_quantity_word_before_the_group_counts_too():
    e = event_on("شهدت البلدة مواجهات تخللها احتجاز عشرات الأردنيين قرب الحاجز.",
                  "COERCE", "احتجاز")
    assert countries_of(e.recipient) == ["JOR"]
    assert "JOR" not in countries_of(e.actor)


def test_uncounted_force_after_the_noun_stays_the_arrester():
    e = event_on("أدان الاتحاد اعتقال الشرطة الإسرائيلية صحفيين في المدينة.", "COERCE", "اعتقال")
    assert countries_of(e.actor) == ["ISR"]


def test_counted_settlers_after_a_raid_noun_still_raid():
    e = event_on("تواصل اقتحام مئات المستوطنين الإسرائيليين باحات المسجد صباح اليوم.",
                  "COERCE", "اقتحام")
    assert countries_of(e.actor) == ["ISR"]


# a counted group before the noun: the object of the act before it

def test_counted_victims_of_a_killing_are_not_the_arresters_after_it():
    e = event_on("قال الجيش الإسرائيلي إنه قتل 12 فلسطينيا واعتقال 40 في عمليته بالمخيم.",
                  "COERCE", "اعتقال")
    assert "PSE" not in countries_of(e.actor)
    assert "PSE" in countries_of(e.recipient)


def test_counted_arrested_are_not_the_raiders_of_the_raid_noun_after():
    e = event_on("اعتقلت الشرطة الإسرائيلية عددا من الأردنيين أثناء اقتحام القرية.",
                  "COERCE", "اقتحام")
    assert "JOR" not in countries_of(e.actor)


def test_counted_armed_group_before_the_noun_may_still_act():
    e = event_on("شارك 300 جندي إسرائيلي في اقتحام المخيم فجر اليوم.", "COERCE", "اقتحام")
    assert countries_of(e.actor) == ["ISR"]


# "others" right after a past verb of arrest

def test_others_after_an_arrest_verb_make_it_passive():
    e = event_on("أصيب شاب فلسطيني في المواجهات واعتقل آخر عند مدخل البلدة.", "COERCE", "اعتقل")
    assert not e.actor
    assert countries_of(e.recipient) == ["PSE"]


def test_counted_others_after_an_arrest_verb_make_it_passive():
    e = event_on("جرح طفل فلسطيني واعتقل 4 آخرون خلال اقتحام الجيش الإسرائيلي البلدة.",
                  "COERCE", "اعتقل")
    assert "PSE" not in countries_of(e.actor)
    assert "PSE" in countries_of(e.recipient)


def test_accusative_others_keep_the_verb_active():
    e = event_on("اقتحم الجيش الإسرائيلي البلدة واعتقل آخرين من سكانها.", "COERCE", "اعتقل")
    assert countries_of(e.actor) == ["ISR"]
