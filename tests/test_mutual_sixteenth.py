"""Two-sided fighting, sixteenth session (hadath/events/mutual.py): a clash breaking out
after a raid told earlier in the sentence, or set in a raid whose doer is named after it,
has the raiders as a side; a clash told in a contrasted clause of its own does not.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def _clash(text: str):
    event = next(e for e in events_of(text, "ASSAULT") if e.mutual)
    return event, {a.country for a in event.actor}


@pytest.mark.parametrize("text", [
    # the clash breaks out as the raid's outcome
    "اقتحمت قوات الاحتلال عدة قرى شمال رام الله، مما أدى لاندلاع اشتباكات مع مسلحين فلسطينيين.",
    # a joined raid verb with no subject of its own goes on with the raiders before
    "اقتحمت قوات الاحتلال بلدات عدة ودهمت منازل مواطنين، حيث اندلعت اشتباكات مع مقاومين.",
    # the raiders before a present raid verb
    "جيش الاحتلال يقتحم المخيم وسط اندلاع مواجهات مع المقاومين.",
    # the doer of a raid noun
    "أفاد شهود عيان باقتحام قوات الاحتلال قرية صغيرة قرب جنين وسط اشتباكات مع مقاومين.",
])
def test_the_raiders_are_a_side_of_a_clash_that_breaks_out_in_their_raid(text):
    event, actors = _clash(text)
    assert actors == {"ISR", "PSE"}
    assert not event.recipient


def test_the_doer_of_a_raid_named_after_the_clash_is_a_side():
    event, actors = _clash("اندلعت اشتباكات عنيفة، مساء أمس، في البلدة خلال توغل الجيش الإسرائيلي فيها.")
    assert actors == {"ISR"}
    assert [a.text for a in event.actor] == ["الجيش الإسرائيلي"]


@pytest.mark.parametrize("text", [
    # a contrasted clause of its own: the raiders fought no one there
    "اقتحم مستوطنون ساحة القرية، فيما اندلعت مواجهات مع قوات الاحتلال في نابلس.",
    "اقتحم مستوطنون ساحة القرية، بينما دارت مواجهات مع قوات الاحتلال في نابلس.",
])
def test_raiders_of_another_clause_are_no_side(text):
    event, _ = _clash(text)
    assert not any("مستوطن" in a.text for a in event.actor)


def test_a_raid_verb_whose_subject_is_a_place_gives_no_side():
    # the raid verb sits in a relative clause: what follows it is the raided place
    event, _ = _clash("أطلق مسلحون النار على دورية اقتحمت البلدة، واندلعت مواجهات مع السكان.")
    assert not any("البلدة" in a.text for a in event.actor)


def test_a_clash_with_its_sides_after_between_keeps_them_after_the_raid():
    event, _ = _clash("اقتحمت قوات الاحتلال البلدة، مما أدى لاندلاع اشتباكات بين مسلحين وعناصر الأمن.")
    assert not any("الاحتلال" in a.text for a in event.actor)
