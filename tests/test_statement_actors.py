"""Who speaks in a statement (REQUEST, ACCUSE, SUPPORT, THREATEN ...): the subject after the
verb, also when the recogniser fused it with a noun spelled like the verb, when an office
joined to its body by ل is followed by its holder's name, and when it is a generic body or
an unnamed group of states (sentences written for these tests)."""
from __future__ import annotations

import pytest
from conftest import coded, events_of

from hadath.events.arguments import anchor_after_verb
from hadath.records import ActorMention


@pytest.mark.parametrize("sentence, event, actors", [
    # طالب is also "student": fused with the organisation after it, the verb's subject is lost
    ("طالب المرصد السوري لحقوق الإنسان الفصائل بالإفراج عن المخطوفين.", "REQUEST", ["NGO"]),
    ("وطالب الأمين العام للأمم المتحدة الدول المانحة بزيادة تمويل الإغاثة.", "REQUEST", ["UNO"]),
])
def test_verb_spelled_like_a_noun_keeps_the_organisation_as_subject(sentence, event, actors):
    assert coded(sentence, event)[0] == actors


@pytest.mark.parametrize("sentence, event, actors", [
    # the holder's name after "office + ل + body" belongs to the office phrase: the subject
    ("انتقد الأمين العام لحزب الله حسن نصر الله الموقف الأمريكي من الحرب.", "ACCUSE", ["LBN"]),
    ("هدد رئيس المكتب السياسي لحركة حماس إسماعيل هنية بوقف المفاوضات.", "THREATEN", ["PSE"]),
])
def test_office_phrase_with_its_holder_is_the_subject(sentence, event, actors):
    actor_countries, recipients = coded(sentence, event, published="2024-03-10")
    assert actor_countries == actors
    assert not set(recipients) & set(actors)


@pytest.mark.parametrize("sentence, event, actors", [
    # office nouns of envoys and representatives head an office phrase too
    ("رحب المنسق الخاص للأمم المتحدة في العراق بإجراء الانتخابات المحلية.", "SUPPORT", ["UNO"]),
    ("دعا المبعوث الخاص للاتحاد الأوروبي الطرفين إلى استئناف الحوار.", "REQUEST", ["EUR"]),
])
def test_envoy_office_speaks_for_its_body(sentence, event, actors):
    assert coded(sentence, event)[0] == actors


@pytest.mark.parametrize("sentence, event, actors", [
    ("طالبت 15 منظمة إغاثية الحكومة السودانية بفتح الطرق أمام القوافل.", "REQUEST", ["NGO"]),
    ("رحبت وكالات أممية بقرار تمديد الهدنة في اليمن.", "SUPPORT", ["UNO"]),
    ("طالبت منظمات صحفية بالإفراج عن المصورين المحتجزين.", "REQUEST", ["NGO"]),
])
def test_generic_bodies_named_by_their_kind(sentence, event, actors):
    assert coded(sentence, event)[0] == actors


def test_unnamed_states_are_the_subject_not_the_demonym_after_them():
    event = events_of("دانت دول عربية عديدة القصف الإسرائيلي على المخيم.", "ACCUSE")[0]
    assert [a.id for a in event.actor] == ["agent-states"]
    assert [a.country for a in event.actor] == [None]


def test_sit_in_protesters_are_a_participant():
    event = events_of("طالب المعتصمون أمام الوزارة بصرف الرواتب المتأخرة.", "REQUEST")[0]
    assert [(a.id, a.sector) for a in event.actor] == [("agent-protesters", "CVL")]


def test_fused_organisation_split_at_the_verb():
    text = "طالب المرصد بكذا"
    fused = ActorMention(0, 11, text[:11], "Observatory", "NGO", "SOC", "obs", "organization",
                         "agent+organization")
    split = anchor_after_verb(text, fused, 0, 4)
    assert split is not None
    assert (split.start, split.end, split.text) == (5, 11, "المرصد")
    assert (split.country, split.sector, split.id, split.kind) == ("NGO", "SOC", "obs", "organization")


def test_mention_not_overlapping_the_verb_is_not_split():
    text = "قال المرصد كذا"
    mention = ActorMention(4, 10, "المرصد", "Observatory", "NGO", "SOC", "obs", "organization",
                           "agent+organization")
    assert anchor_after_verb(text, mention, 0, 3) is None
