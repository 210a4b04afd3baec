"""Subjects of joined and subordinate attack and coercion verbs: a verb with no written
subject joined by و to a clause with no event of its own ("ارتكب الجيش مجزرة، ونسف ..."),
or after بعدما / حيث / بينما, goes on with that clause's subject when the two verbs agree;
an attack noun described by a verb with no relative pronoun ("بقنبلة ألقاها الجنود") has
that verb's subject as its agent. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import event_on


def _actor_texts(e) -> list[str]:
    return [a.text for a in e.actor]


# joined by و

def test_joined_verb_goes_on_with_the_subject_of_a_clause_with_no_event():
    e = event_on("ارتكبت القوات الإسرائيلية مجزرة في البلدة، ونسفت البيوت في الحي الشرقي.",
                  "ASSAULT", "نسفت")
    assert _actor_texts(e) == ["القوات الإسرائيلية"]
    assert "joined-clause-subject" in e.rule


def test_counted_noun_after_a_joined_verb_is_its_object_not_a_new_subject():
    e = event_on("ارتكبت قوات الاحتلال مجزرة جديدة في البلدة، ونسفت عشرات البيوت في الحي.",
                  "ASSAULT", "نسفت")
    assert [a.country for a in e.actor] == ["ISR"]


def test_plural_joined_verb_after_a_verb_first_clause_with_a_plural_subject():
    # the settlers' own attack noun before would now merge with the arson: a raid verb opens
    e = event_on("اقتحم مستوطنون قرية قرب نابلس، وأضرموا النار في 12 سيارة.",
                  "ASSAULT", "أضرموا")
    assert _actor_texts(e) == ["مستوطنون"]


def test_joined_verb_with_a_subject_of_its_own_keeps_it():
    e = event_on("ارتكبت قوات الجيش مجزرة في البلدة، وقصف الطيران الإسرائيلي عشرات البيوت.",
                  "ASSAULT", "قصف")
    assert _actor_texts(e) == ["الطيران الإسرائيلي"]
    assert "joined-clause-subject" not in e.rule


def test_joined_verb_of_another_gender_does_not_take_the_subject():
    e = event_on("ارتكبت القوات الإسرائيلية مجزرة في البلدة، وقصف عشرات البيوت في الحي.",
                  "ASSAULT", "قصف")
    assert e.actor == []


def test_joined_arrest_verb_after_a_clause_with_no_event():
    e = event_on("نصبت الشرطة الإسرائيلية حواجز في البلدة القديمة، واعتقلت عددا من الشبان.",
                  "COERCE", "اعتقلت")
    assert _actor_texts(e) == ["الشرطة الإسرائيلية"]


# after a subordinating word

def test_verb_after_badama_goes_on_with_the_main_subject():
    e = event_on("ارتكب الجيش الإسرائيلي مجزرة جديدة في رفح، بعدما دمر منزلا على ساكنيه.",
                  "ASSAULT", "دمر")
    assert _actor_texts(e) == ["الجيش الإسرائيلي"]


def test_verb_after_haythu_goes_on_with_the_main_subject():
    e = event_on("ارتكب الجيش الإسرائيلي مجزرة في خان يونس، حيث قصف بناية سكنية من 4 طوابق.",
                  "ASSAULT", "قصف")
    assert _actor_texts(e) == ["الجيش الإسرائيلي"]


def test_object_between_the_subject_and_the_link_is_passed_over():
    e = event_on("أجبر الجيش الإسرائيلي الأطباء والمرضى على مغادرة المستشفى، بعد أن اقتحمه "
                  "قبل يومين.", "COERCE", "اقتحمه")
    assert _actor_texts(e) == ["الجيش الإسرائيلي"]


def test_subordinate_verb_of_another_gender_does_not_take_the_subject():
    e = event_on("ارتكب الجيش الإسرائيلي مجزرة في المخيم، بعدما دمرت عشرات المنازل.",
                  "ASSAULT", "دمرت")
    assert "الجيش الإسرائيلي" not in _actor_texts(e)


def test_subject_of_another_clause_stops_the_search():
    e = event_on("قالت الوزارة إن الحصيلة ارتفعت، فيما دمر عشرات المنازل في المخيم.",
                  "ASSAULT", "دمر")
    assert "الوزارة" not in _actor_texts(e)


# a relative verb with no relative pronoun

def test_weapon_thrown_by_soldiers_names_the_attacker():
    e = event_on("استشهد شاب جراء استهدافه بقنبلة ألقاها جنود الاحتلال عليه في الخليل.",
                  "ASSAULT", "استهدافه")
    assert [a.country for a in e.actor] == ["ISR"]
    assert "unmarked-relative-agent" in e.rule


def test_attack_noun_described_by_a_verb_names_its_agent():
    e = event_on("أصيب ثلاثة فلسطينيين في هجوم عنيف شنه مستوطنون على قرية قرب رام الله.",
                  "ASSAULT", "هجوم")
    assert _actor_texts(e) == ["مستوطنون"]


def test_definite_word_before_the_verb_breaks_the_relative_reading():
    e = event_on("استشهد شاب جراء استهدافه في المدينة التي قصفها الجيش الإسرائيلي أمس.",
                  "ASSAULT", "استهدافه")
    assert "unmarked-relative-agent" not in e.rule


# merging two mentions of one happening

def test_merge_does_not_add_a_mention_the_kept_event_holds_under_another_kind():
    from hadath.events.merge import _absorb
    from hadath.records import ActorMention, Event, Sentence, Span

    text = "واصلت إسرائيل عدوانها على غزة وقصفت أحياء فيها."
    sentence = Sentence(0, 0, len(text))
    attacker = ActorMention(6, 13, "إسرائيل", "Israel", "ISR", None, "ISR", "state", "test")
    as_city = ActorMention(26, 29, "غزة", "Gaza", "PSE", None, "PSE", "city", "test")
    as_state = ActorMention(26, 29, "غزة", "Gaza", "PSE", None, "PSE", "state", "test")

    def event(trigger: Span, recipient: ActorMention) -> Event:
        return Event(doc_id="t", index=0, event="ASSAULT", mode=None, trigger=trigger,
                     sentence=sentence, actor=[attacker], recipient=[recipient],
                     negated=False, hypothetical=False, rule="test")

    kept = event(Span("عدوانها", 14, 21), as_city)
    _absorb(kept, event(Span("قصفت", 31, 35), as_state), text)
    assert [(m.start, m.end) for m in kept.recipient] == [(26, 29)]
    assert [m.id for m in kept.actor] == ["ISR"]


# Sixteenth session: a two-letter doubled-root first verb, a clause opening after a link
# word, casualties after the joined verb

@pytest.mark.parametrize("sentence", [
    "شن الجيش الإسرائيلي غارات على أطراف بلدة الخيام، في حين استهدف بالمدفعية أطراف بلدة كفركلا.",
    # with its shadda, and past the حيث clause of the army's own aircraft
    "شنّ الجيش الإسرائيلي سلسلة غارات على جنوب لبنان، حيث استهدفت طائراته بلدة الخيام، فيما "
    "استهدف بالقصف المدفعي أطراف بلدة كفركلا.",
    # the clause before opens after بعدما, not with its own verb
    "جاء ذلك بعدما شن الجيش الإسرائيلي غارات على القرى الجنوبية، فيما استهدف بالمدفعية أطراف "
    "بلدة كفركلا.",
])
def test_joined_verb_goes_on_with_the_subject_of_a_geminate_verb(sentence):
    e = event_on(sentence, "ASSAULT", "استهدف")
    assert _actor_texts(e) == ["الجيش الإسرائيلي"]
    assert "joined-clause-subject" in e.rule


def test_joined_verb_with_its_own_subject_after_a_geminate_verb_keeps_it():
    e = event_on("شن الجيش الإسرائيلي غارات على بلدة الخيام، فيما قصف حزب الله موقعا عسكريا "
                 "في الجليل.", "ASSAULT", "قصف")
    assert _actor_texts(e) == ["حزب الله"]
    assert "joined-clause-subject" not in e.rule


def test_joined_verb_with_the_casualties_it_caused_goes_on_with_the_subject():
    e = event_on("ارتكب الجيش الإسرائيلي مجزرة في بلدة بيت حانون، حيث قصف بناية سكنية من أربعة "
                 "طوابق، مما أدى إلى مقتل 30 شخصا.", "ASSAULT", "قصف")
    assert _actor_texts(e) == ["الجيش الإسرائيلي"]
    assert "result-victims" in e.rule


@pytest.mark.parametrize("sentence, trigger", [
    # a feminine joined verb after a masculine two-letter verb
    ("شن الجيش الإسرائيلي غارات على أطراف بلدة الخيام، فيما قصفت أطراف بلدة كفركلا بالمدفعية.",
     "قصفت"),
    # a masculine joined verb after a feminine subject opening after بعدما
    ("جاء ذلك بعدما شنت الطائرات الإسرائيلية غارات على القرى الجنوبية، فيما استهدف بالمدفعية "
     "أطراف بلدة كفركلا.", "استهدف"),
    # a masculine joined verb (a passive unvowelled) with casualties, after a feminine subject
    ("ارتكبت القوات الإسرائيلية مجزرة في بلدة بيت حانون، حيث قصف منزل سكني، مما أدى إلى مقتل "
     "12 شخصا.", "قصف"),
])
def test_joined_verb_of_another_gender_stays_without_actor(sentence, trigger):
    assert event_on(sentence, "ASSAULT", trigger).actor == []
