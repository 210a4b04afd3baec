"""Tenth session: COERCE parties.

* A building (منزل، محال، مقر، مكتب، مسجد، مستشفى ...) or one person named by role
  (الصحفي، عضو، القيادي، الأسير ...) that a raid, closure, demolition or arrest takes as its
  object, before the town it happens in, is what was acted on, with the town's country;
  the town is no recipient in its own right.  A town raided itself stays the recipient.
* A town, camp or region is never a coercion's actor; after the trigger, with nobody else
  acted upon, it is the recipient.  A capital may stand for its government and stays.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import countries_of, event_on, texts_of

from hadath.events.party_places import _building_word


@pytest.mark.parametrize(("text", "trigger", "object_start"), [
    ("اقتحمت قوات الاحتلال أربعة محال تجارية في مدينة نابلس صباح اليوم.", "اقتحمت", "محال"),
    ("أغلقت قوات الاحتلال المسجد الكبير في مدينة الخليل أمام المصلين.", "أغلقت", "المسجد"),
    ("اقتحم الجيش الإسرائيلي مقر جمعية خيرية في مدينة جنين.", "اقتحم", "مقر"),
    ("هدمت الجرافات الإسرائيلية منزلا في قرية قرب مدينة الخليل.", "هدمت", "منزلا"),
    ("ندد الاتحاد باقتحام الجيش مكتب إذاعة محلية في رام الله فجر اليوم.", "اقتحام", "مكتب"),
])
def test_a_building_acted_on_before_its_town_is_the_recipient(text, trigger, object_start):
    e = event_on(text, "COERCE", trigger)
    assert len(e.recipient) == 1, texts_of(e.recipient)
    assert e.recipient[0].text.startswith(object_start), texts_of(e.recipient)
    assert countries_of(e.recipient) == ["PSE"]


@pytest.mark.parametrize(("text", "trigger", "object_start"), [
    ("اعتقلت قوات الاحتلال الصحفي محمد علي في مدينة طولكرم.", "اعتقلت", "الصحفي محمد علي"),
    ("دانت الحركة اعتقال عضو مكتبها السياسي سامي خليل في مدينة البيرة.", "اعتقال", "عضو"),
])
def test_a_person_named_by_role_before_the_town_is_the_one_arrested(text, trigger, object_start):
    e = event_on(text, "COERCE", trigger)
    assert e.recipient and e.recipient[0].text.startswith(object_start), texts_of(e.recipient)
    assert countries_of(e.recipient) == ["PSE"]
    assert "طولكرم" not in texts_of(e.recipient) and "البيرة" not in texts_of(e.recipient)


def test_a_town_raided_itself_stays_the_recipient():
    e = event_on("اقتحمت قوات الاحتلال مدينة قلقيلية فجر اليوم.", "COERCE", "اقتحمت")
    assert texts_of(e.recipient) == ["قلقيلية"]


def test_a_building_noun_after_a_preposition_is_no_object():
    # the building stands after على, not right after the verb and its subject
    e = event_on("استولت جمعية استيطانية على منزل في بلدة سلوان.", "COERCE", "استولت")
    assert not any(r.text.startswith("جمعية") for r in e.recipient), texts_of(e.recipient)


def test_possessed_building_nouns_are_read():
    assert _building_word("منزله")
    assert _building_word("منزلها")
    assert _building_word("مستشفي")
    assert not _building_word("مدينه")


@pytest.mark.parametrize(("text", "trigger"), [
    ("تحدث الأهالي عن عملية الجيش في سلفيت ونابلس واقتحامه قرى الريف الشرقي.", "اقتحامه"),
    ("تواصلت لليوم الثالث معاناة الأهالي مع استمرار حصار مخيم جباليا.", "حصار"),
])
def test_a_town_is_no_coercer(text, trigger):
    e = event_on(text, "COERCE", trigger)
    assert not any(a.text in ("سلفيت", "نابلس", "جباليا", "مخيم جباليا") for a in e.actor), \
        texts_of(e.actor)


def test_a_town_after_a_siege_noun_is_what_is_besieged():
    e = event_on("تواصلت لليوم الثالث معاناة الأهالي مع استمرار حصار مخيم جباليا.",
                 "COERCE", "حصار")
    assert any("جباليا" in r.text for r in e.recipient), texts_of(e.recipient)


def test_a_capital_may_still_stand_for_its_government():
    e = event_on("قالت الوكالة إن طهران اعتقلت صحفيا أجنبيا.", "COERCE", "اعتقلت")
    assert texts_of(e.actor) == ["طهران"]
    assert countries_of(e.actor) == ["IRN"]
