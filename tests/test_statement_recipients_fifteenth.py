"""Statement recipients, fifteenth session: after a verb of asking (طلب، طالب، التمس) the
participant behind a separate من is the one asked, also when the recogniser joined it to a
subject before من as a partitive or no lexicon named that subject. Sentences written for
these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, asked", [
    ("طلبت العائلة من الصليب الأحمر التدخل لدى السلطات.", "طلبت", "الصليب الأحمر"),
    ("وطالبت العائلة من الأمم المتحدة حماية أبنائها.", "طالبت", "الأمم المتحدة"),
    ("طلبت الأسرة المنكوبة من الهلال الأحمر الفلسطيني إرسال سيارة إسعاف.", "طلبت",
     "الهلال الأحمر الفلسطيني"),
])
def test_the_party_after_from_is_the_one_asked(text, trigger, asked):
    e = event_on(text, "REQUEST", trigger)
    assert asked in texts_of(e.recipient)
    assert asked not in texts_of(e.actor)


def test_the_named_asker_before_from_stays_the_actor():
    e = event_on("طلب وزير الخارجية الأردني من الحكومة الإسرائيلية فتح المعابر.", "REQUEST",
                 "طلب")
    assert texts_of(e.actor) == ["وزير الخارجية الأردني"]
    assert texts_of(e.recipient) == ["الحكومة الإسرائيلية"]


def test_a_partitive_of_quantity_keeps_its_speakers():
    # the people counted after من are those who ask: this rule does not read them as asked
    e = event_on("طالب العديد من النواب الأردنيين بوقف التعاون.", "REQUEST", "طالب")
    assert "+asked-after-from" not in e.rule


def test_an_indefinite_partitive_keeps_its_body_as_the_speaker():
    e = event_on("طلب مسؤولون من الأمم المتحدة من إسرائيل فتح المعابر.", "REQUEST", "طلب")
    assert "الأمم المتحدة" not in texts_of(e.recipient)
    assert texts_of(e.recipient) == ["إسرائيل"]


def test_a_verb_of_calling_does_not_read_from_as_the_addressee():
    # دعا takes the one called as its object; من here opens a partitive of the speakers
    e = event_on("دعت مجموعة من المنظمات الحقوقية إلى وقف الحرب.", "REQUEST", "دعت")
    assert "+asked-after-from" not in e.rule
