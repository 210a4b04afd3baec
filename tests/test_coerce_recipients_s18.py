"""Eighteenth session: COERCE recipients a pronoun stands for.

A coercion word whose pronoun is its object ("اعتقاله"، "تعتقلهم"، "احتجازهم" with no object
after it), or whose object right after it carries the pronoun ("مداهمة منزله"), with no
recipient read (for an arrest: only a town or building), is done to the nearest participant
before it in the sentence that the pronoun can stand for
(``coercion.with_pronoun_object_antecedent``).  When that participant is the actor or a body
that coerces, the pronoun is the agent and nothing changes; an arrest takes people, never
a building, a company or a body; ه takes up no town by its name; a relative with no
antecedent ("ممن") names nobody; inside a quotation nobody named before it is taken up.

Every sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, events_of, texts_of


@pytest.mark.parametrize(("text", "trigger", "recipient"), [
    # a verbal noun with its pronoun and no object after it
    ("قال معتقلون فلسطينيون إنهم تعرضوا للضرب أثناء احتجازهم لدى الجيش الإسرائيلي.",
     "احتجازهم", "معتقلون فلسطينيون"),
    # the town it took place in gives way to the person taken
    ("تحدث الأسير المحرر يوسف عمار عن التعذيب الذي تعرض له بعد اعتقاله من منزله في نابلس.",
     "اعتقاله", "أسير"),
    # a verb with its object pronoun: across a comma, in a clause of time
    ("تحدث عدد من أهالي القرية، الذين اعتقلتهم قوات الاحتلال أمس، عن ظروف التحقيق.",
     "اعتقلتهم", "أهالي"),
    ("وصل المتضامنون إلى المسجد قبل أن تعتقلهم الشرطة الإسرائيلية.", "تعتقلهم", "المتضامنون"),
    # the owner of the house raided
    ("واعتقلت قوات الاحتلال الشاب محمد سليمان بعد مداهمة منزله في القرية.", "مداهمة", "شاب"),
])
def test_the_pronoun_names_the_recipient(text, trigger, recipient):
    e = event_on(text, "COERCE", trigger)
    assert recipient in texts_of(e.recipient), texts_of(e.recipient)
    assert recipient not in texts_of(e.actor), texts_of(e.actor)


def test_a_town_is_not_kept_beside_the_person_taken():
    e = event_on("تحدث الأسير المحرر يوسف عمار عن التعذيب الذي تعرض له بعد اعتقاله من منزله في "
                 "نابلس.", "COERCE", "اعتقاله")
    assert "نابلس" not in texts_of(e.recipient), texts_of(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "agent"), [
    # an object after the noun: its pronoun is the agent
    ("انسحبت قوات الاحتلال من البلدة بعد اعتقالها 5 شبان.", "اعتقالها", "قوات الاحتلال"),
    ("استشهد شاب برصاص قوات الاحتلال خلال اقتحامها للبلدة.", "اقتحامها", "قوات الاحتلال"),
    # no object, but the nearest participant it fits is the one acting
    ("انسحب الجيش الإسرائيلي من المخيم بعد اقتحامه فجرا.", "اقتحامه", "الجيش الإسرائيلي"),
])
def test_the_agent_is_never_taken_for_the_recipient(text, trigger, agent):
    e = event_on(text, "COERCE", trigger)
    assert agent in texts_of(e.actor), texts_of(e.actor)
    assert agent not in texts_of(e.recipient), texts_of(e.recipient)


@pytest.mark.parametrize(("text", "trigger", "not_recipient"), [
    # a bank is never arrested: the pronoun stands for someone not recognised
    ("أسس رجل الأعمال البنك الوطني عام 1950، واعتقلته السلطات البريطانية لاحقا.",
     "اعتقلته", "البنك الوطني"),
    # "ممن": whom the pronoun stands for is not named
    ("تتوالى شهادات العائدين إلى مراكز الإيواء ممن اعتقلهم الجيش الإسرائيلي.",
     "اعتقلهم", "مراكز الإيواء"),
    # a town by its name is feminine: ه stands for the checkpoint
    ("أعاد الجيش الإسرائيلي فتح الحاجز العسكري قرب نابلس بعد إغلاقه منذ شهرين.",
     "إغلاقه", "نابلس"),
])
def test_a_participant_the_pronoun_cannot_stand_for_is_no_recipient(text, trigger, not_recipient):
    e = event_on(text, "COERCE", trigger)
    assert not_recipient not in texts_of(e.recipient), texts_of(e.recipient)


def test_a_pronoun_on_the_agents_forces_names_no_owner():
    e = event_on("قصف الجيش الإسرائيلي البلدة، ثم هدمت جرافاته منازل القرية صباح اليوم.",
                 "COERCE", "هدمت")
    assert "الجيش الإسرائيلي" not in texts_of(e.recipient), texts_of(e.recipient)


def test_a_pronoun_inside_a_quotation_takes_up_nobody_before_it():
    e = event_on('تحدث الوزير أمام منظمة العفو الدولية، وقال "سنواصل حماية الأرض ومنع تقسيمها".',
                 "COERCE", "منع")
    assert "منظمة العفو الدولية" not in texts_of(e.recipient), texts_of(e.recipient)


def test_a_verb_whose_subject_is_no_party_takes_up_nobody():
    # the sounds that "besiege" the displaced are no coercer: no event is made of it
    text = "يعيش النازحون في خيام مهترئة وسط البرد، بينما تحاصرهم أصوات الانفجارات."
    assert not [e for e in events_of(text, "COERCE") if "النازحون" in texts_of(e.recipient)]
