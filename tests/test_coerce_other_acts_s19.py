"""Nineteenth session: COERCE recipients that belong to another act.

A participant after a coercion trigger is not what the coercion is done to when it is the
side named right after مع (a clash or a dealing the sentence goes on to; a restriction keeps
it, being a ban on dealing with it), when it stands in a relative clause after the trigger
(unless a reading took it from that clause, as the imposer's object of "الحصار الذي يفرضه
... على"), or when the trigger is a verb whose object is its pronoun.  A town or region
after it stays: it is where the act took place (``coercion._without_other_acts_recipients``).

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of

HOSPITAL_RAID = ("روى مرضى ما جرى في مستشفى الأمل يوم اقتحمه جنود الجيش الإسرائيلي الذين نقلوا "
                 "الجرحى إلى الساحة.")


@pytest.mark.parametrize(("text", "trigger", "not_recipient"), [
    # the side of a clash after مع
    ("نفذت قوات الاحتلال اقتحامات واسعة في الخليل تخللتها اشتباكات مع مقاومين.",
     "اقتحامات", "مقاومين"),
    ("اقتحمت قوات الاحتلال بلدة قباطية واشتبكت مع مسلحين فلسطينيين.",
     "اقتحمت", "مسلحين فلسطينيين"),
    ("شن الجيش حملة اعتقالات في طوباس، وخاض اشتباكات مع مقاومين.",
     "حملة اعتقالات", "مقاومين"),
    # the partner of a dealing after مع
    ("اقتحم مستوطنون قرية المغير بعد التحقيق مع جنود.", "اقتحم", "جنود"),
    # the object of a relative clause after the trigger
    (HOSPITAL_RAID,
     "اقتحمه", "الجرحى"),
    ("هدمت قوات الاحتلال منزل العائلة الذي شكل ملجأ لأهالي الحي.", "هدمت", "أهالي"),
    # a verb whose object is its pronoun: what stands after its subject is another act's
    ("الشاب المصاب، اعتقلته قوات الاحتلال أثناء اقتحامها مستشفى الأمل في نابلس.",
     "اعتقلته", "مستشفى الأمل في نابلس"),
])
def test_a_party_of_another_act_is_no_recipient(text, trigger, not_recipient):
    e = event_on(text, "COERCE", trigger)
    assert not_recipient not in texts_of(e.recipient), texts_of(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    # the town raided stays beside the dropped side of the clash
    ("اقتحمت قوات الاحتلال بلدة قباطية واشتبكت مع مسلحين فلسطينيين.", "اقتحمت", "قباطية"),
    # with the relative clause's object gone, the pronoun takes up the hospital before it
    (HOSPITAL_RAID,
     "اقتحمه", "مستشفى"),
    # a reading that took the party from the relative clause keeps it
    ("الحصار الذي يفرضه الجيش الإسرائيلي على المدنيين في غزة مستمر.", "الحصار", "المدنيين"),
    # a town after مع: the border's other side stays
    ("أغلقت مصر حدودها مع غزة.", "أغلقت", "غزة"),
    # a ban on dealings is done to the side dealt with
    ("منعت السلطات الإسرائيلية المعاملات التجارية مع المستوطنات.", "منعت", "المستوطنات"),
    # بين names both sides of what is prevented
    ("أقام الجيش منطقة عازلة بحيث يمنع التنقل بين الفلسطينيين والأراضي الأردنية.",
     "يمنع", "الفلسطينيين"),
    # the object right after the verb, no other act in between
    ("اعتقلت قوات الاحتلال شابين من بلدة بيتا.", "اعتقلت", "شابين"),
])
def test_the_coerced_party_stays(text, trigger, recipient):
    e = event_on(text, "COERCE", trigger)
    assert any(t.startswith(recipient) for t in texts_of(e.recipient)), texts_of(e.recipient)
