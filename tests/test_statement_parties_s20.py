"""Parties of statement nouns, twentieth session: who faces a threat or criticism is its
recipient also when the facing verb is a future or a verbal noun, or when only the noun's
source was read ("تلقت الوزارة تهديدات من ..."); the possessive on a statement noun names
the participant that agrees with it ("رغم تهديده"); a charging noun whose charge follows
it names the one charged with its possessive ("بعد اتهامه بالتحريض"، "وتحميلها
المسؤولية"). Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on, texts_of


@pytest.mark.parametrize("text, trigger, source, facing", [
    # verb first, its subject between the verb and the noun
    ("تلقت وزارة الخارجية القطرية تهديدات من جماعة الحوثي.", "تهديدات", "جماعة الحوثي",
     "وزارة الخارجية القطرية"),
    # subject first
    ("الحكومة البريطانية تلقت انتقادات من منظمة العفو الدولية.", "انتقادات",
     "منظمة العفو الدولية", "الحكومة البريطانية"),
    # a verbal noun of receiving with a pronoun: the clause's subject
    ("أعلن الرئيس الفرنسي عن تلقيه تهديدات من جماعة الحوثي.", "تهديدات", "جماعة الحوثي",
     "الرئيس الفرنسي"),
])
def test_who_receives_the_threat_is_its_recipient(text, trigger, source, facing):
    e = event_on(text, "THREATEN" if trigger == "تهديدات" else "ACCUSE", trigger)
    assert source in texts_of(e.actor)
    assert facing in texts_of(e.recipient)
    assert facing not in texts_of(e.actor)


def test_a_future_facing_verb_makes_its_subject_the_recipient():
    e = event_on("قال الوزير إن الحكومة البريطانية ستواجه انتقادات واسعة من منظمة العفو "
                 "الدولية.", "ACCUSE", "انتقادات")
    assert "الحكومة البريطانية" in texts_of(e.recipient)
    assert "الحكومة البريطانية" not in texts_of(e.actor)


def test_a_threat_without_a_facing_verb_keeps_its_author():
    e = event_on("تلقت وزارة الخارجية القطرية اتصالا، بعد تهديدات جماعة الحوثي بقصف السفن.",
                 "THREATEN", "تهديدات")
    assert "جماعة الحوثي" in texts_of(e.actor)
    assert "وزارة الخارجية القطرية" not in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger, author, passed_over", [
    # ه is not the state named last
    ("قال الوزير إن ترامب لن يرفع العقوبات عن روسيا رغم تهديده بذلك.", "تهديده", "ترامب",
     "روسيا"),
    # ها is: the nearest participant agrees
    ("أكد الوزير أن إيران لن تتراجع رغم تهديدها بالرد.", "تهديدها", "إيران", "الوزير"),
])
def test_the_possessive_names_the_participant_that_agrees(text, trigger, author, passed_over):
    e = event_on(text, "THREATEN", trigger)
    assert author in texts_of(e.actor)
    assert passed_over not in texts_of(e.actor)


@pytest.mark.parametrize("text, trigger, charged", [
    ("دعا المجلس إلى إدانة إسرائيل وتحميلها المسؤولية عن المجزرة.", "تحميلها", "إسرائيل"),
    ("تحتجز السلطات الإيرانية المواطن الفرنسي منذ اتهامه بالتجسس.", "اتهامه", "مواطن الفرنسي"),
])
def test_a_charging_nouns_possessive_is_the_one_charged(text, trigger, charged):
    e = event_on(text, "ACCUSE", trigger)
    assert charged in texts_of(e.recipient)
    assert charged not in texts_of(e.actor)


@pytest.mark.parametrize("text, trigger, accuser", [
    # a ل-party after the noun: the possessive is the accuser
    ("جاءت الزيارة بعد تصريحات الرئيس الإسرائيلي واتهامه لمصر بتهريب السلاح.", "اتهامه",
     "الرئيس الإسرائيلي"),
    # a support verb carries the noun: its subject owns the charge
    ("جددت الحكومة العراقية اتهامها بالتقصير للقوات الأجنبية.", "اتهامها",
     "الحكومة العراقية"),
    # the speaker is the only participant that agrees: the accuser stays
    ("اعتقلت الشرطة المصرية شابا بعد اتهامها بالتحريض على العنف.", "اتهامها",
     "الشرطة المصرية"),
])
def test_charging_nouns_left_with_their_accuser(text, trigger, accuser):
    e = event_on(text, "ACCUSE", trigger)
    assert accuser in texts_of(e.actor)
    assert accuser not in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger, supporter", [
    # a plural of things takes ها: the subject before the noun stays its doer
    ("أبدت إسرائيل تفاؤلا حذرا، في حين أعلنت أربع دول أوروبية دعمها جهود الوساطة.", "دعمها",
     "دول أوروبية"),
    ("تبدي الفصائل تمسكها بمطالبها، وتؤكد العشائر دعمها للمقاومة.", "دعمها", "العشائر"),
])
def test_the_subject_before_the_noun_stays_its_doer(text, trigger, supporter):
    e = event_on(text, "SUPPORT", trigger)
    assert supporter in texts_of(e.actor)


def test_a_nearer_agreeing_subject_is_preferred_to_the_speaker():
    e = event_on("وجزم وزير الخارجية الروسي أن المرشح ترامب لن يرفع العقوبات عن روسيا، رغم "
                 "تهديده الإدارة الحالية برفعها.", "THREATEN", "تهديده")
    assert "ترامب" in texts_of(e.actor)
    assert "وزير الخارجية الروسي" not in texts_of(e.actor)


def test_the_charge_may_follow_a_short_adjunct():
    e = event_on("داهمت الشرطة بيوت الناشطين، واتهامهم في بعض الصحف بمعاداة السامية.",
                 "ACCUSE", "اتهامهم")
    assert "الناشطين" in texts_of(e.recipient)
    assert "الناشطين" not in texts_of(e.actor)


def test_a_speaker_before_the_clause_is_not_taken_as_the_one_charged():
    e = event_on("وأكدت الهيئة الحقوقية أن نقل المعتقل جاء بعد عمليات نقل تعرض لها منذ اتهامه "
                 "بتسهيل هروب السجناء.", "ACCUSE", "اتهامه")
    assert "الهيئة الحقوقية" not in texts_of(e.recipient)


def test_the_speaker_of_the_reported_clause_is_not_the_possessor():
    e = event_on("ونقلت إدارة السجون المعتقل من سجن إلى آخر، ليؤكد نادي الأسير الفلسطيني أن "
                 "نقله جاء بعد عمليات نقل تعرض لها منذ اتهامه بتسهيل هروب السجناء.", "ACCUSE",
                 "اتهامه")
    assert "نادي الأسير الفلسطيني" not in texts_of(e.actor)
    assert "نادي الأسير الفلسطيني" not in texts_of(e.recipient)
