"""A fronted object taken up by the verb's pronoun, sixteenth session: "الأسير فلان اعتقله
الجيش"، "الشهيد فلان قتلته القوات"، "المعتقلون أفرج عنهم ...": the participant right before
a verb (or release marker) whose object pronoun agrees with it, with the verb's subject
written after it, is the recipient, and a place after the verb only says where.  A party in
the ل phrase after "مطلوب" is the pursuer, never the one acted upon.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, event, trigger, fronted, subject", [
    ("الأسير سامر خليل اعتقله جيش الاحتلال من مخيم بلاطة قبل ثلاثة أعوام.",
     "COERCE", "اعتقله", "أسير", "جيش الاحتلال"),
    ("الطالبة منى يوسف اعتقلتها الشرطة الإسرائيلية من القدس الأسبوع الماضي.",
     "COERCE", "اعتقلتها", "طالبة", "الشرطة الإسرائيلية"),
    ("الشهيد رامي عودة قتلته قوات الاحتلال قرب منزله مساء الأحد.",
     "ASSAULT", "قتلته", "الشهيد", "قوات الاحتلال"),
    ("الشاب أنس داود اعتقلته قوات الاحتلال فجر اليوم.",
     "COERCE", "اعتقلته", "شاب", "قوات الاحتلال"),
])
def test_the_fronted_party_is_the_recipient(text, event, trigger, fronted, subject):
    e = event_on(text, event, trigger)
    assert texts_of(e.actor) == [subject]
    assert fronted in texts_of(e.recipient)[0]


def test_the_place_taken_from_is_no_recipient_beside_the_fronted_party():
    e = event_on("الأسير سامر خليل اعتقله جيش الاحتلال من مخيم بلاطة قبل ثلاثة أعوام.",
                 "COERCE", "اعتقله")
    assert not any("بلاطة" in r for r in texts_of(e.recipient))


def test_a_subject_before_a_verb_with_a_disagreeing_pronoun_stays_the_subject():
    # قوات takes اعتقلت, and the masculine pronoun refers to someone named earlier
    e = event_on("قوات الاحتلال اعتقلته أمس في نابلس.", "COERCE", "اعتقلته")
    assert texts_of(e.actor) == ["قوات الاحتلال"]
    assert "قوات الاحتلال" not in texts_of(e.recipient)


def test_no_subject_after_the_verb_leaves_the_party_before_it_the_subject():
    e = event_on("الجيش الإسرائيلي قصفه بالمدفعية مساء أمس.", "ASSAULT", "قصفه")
    assert "الجيش الإسرائيلي" not in texts_of(e.recipient)


@pytest.mark.parametrize("trigger, pronoun", [
    ("اعتقله", "ه"), ("قصفتها", "ها"), ("أفرج عنهم", "هم"), ("أطلق سراحهما", "هما"),
    ("واعتقلوه", ""), ("اعتقل", ""), ("اتهم", ""),
])
def test_the_resuming_pronoun_is_on_the_verb_or_the_release_marker(trigger, pronoun):
    from hadath.events.arguments.coercion import _resuming_pronoun
    assert _resuming_pronoun(trigger) == pronoun


@pytest.mark.parametrize("text, trigger, pursuer", [
    ("حاصرت أجهزة الأمن منزل مطلوب للاحتلال في قباطية أمس.", "حاصرت", "الاحتلال"),
    ("داهمت قوات الأمن منزل شاب مطلوب لإسرائيل في بلدة يعبد.", "داهمت", "إسرائيل"),
])
def test_the_party_after_wanted_by_is_no_recipient(text, trigger, pursuer):
    e = event_on(text, "COERCE", trigger)
    assert e.recipient
    assert not any(r.text.endswith(pursuer) and r.country == "ISR" for r in e.recipient)


def test_a_party_after_lam_without_wanted_stays_the_owner():
    e = event_on("اقتحمت الشرطة مقرا تابعا للجيش في المدينة أمس.", "COERCE", "اقتحمت")
    assert e.recipient


@pytest.mark.parametrize("text, event, trigger, not_fronted", [
    # a headless relative opens a clause on those the verb took
    ("تتوالى روايات النازحين في مراكز الإيواء ممن اعتقلهم الجيش الإسرائيلي خلال الحرب.",
     "COERCE", "اعتقلهم", "مراكز الإيواء"),
    # an indefinite noun and a present verb are no person's name before the verb
    ("بث الإعلام الحربي لكتائب القسام مشاهد تظهر قصفها جنود الجيش في الحي الشرقي.",
     "ASSAULT", "قصفها", "كتائب القسام"),
])
def test_no_name_between_leaves_the_party_before_no_fronted_object(text, event, trigger, not_fronted):
    from conftest import events_of
    for e in events_of(text, event):
        if e.trigger.text.startswith(trigger):
            assert not any(not_fronted in r for r in texts_of(e.recipient))
