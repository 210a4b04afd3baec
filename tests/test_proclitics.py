"""words.without_proclitics: the one reader of proclitics before a lexicon lookup."""
import pytest

from hadath.words import CONJUNCTIONS, without_conjunction, without_proclitics

# a conjunction, a preposition and the article, at most one of each, in that order
IN_ORDER = (CONJUNCTIONS, ("ب", "ل"), ("ال",))
# the same with a preposition and the article read as one proclitic
JOINED = (CONJUNCTIONS, ("لل", "بال", "كال", "ال", "ب", "ل"))


@pytest.mark.parametrize(("word", "slots", "bare"), [
    ("وبالهجوم", IN_ORDER, "هجوم"),
    ("فالقصف", IN_ORDER, "قصف"),
    ("للهجوم", IN_ORDER, "لهجوم"),        # لل is no clitic of these slots
    ("وللهجوم", JOINED, "هجوم"),
    ("كالقصف", JOINED, "قصف"),
    ("ببلد", IN_ORDER, "بلد"),            # one ب only: the second is the stem's
    ("وفبالنار", (("و",), ("ف",), ("ب",), ("ال",)), "نار"),
])
def test_each_slot_takes_off_at_most_one_clitic(word, slots, bare):
    assert without_proclitics(word, slots) == bare


@pytest.mark.parametrize(("word", "bare"), [("ولد", "ولد"), ("بلد", "بلد"), ("الم", "الم")])
def test_a_clitic_stays_when_fewer_than_three_letters_would(word, bare):
    assert without_proclitics(word, IN_ORDER) == bare


def test_a_shorter_clitic_of_the_slot_is_tried_when_the_longer_leaves_too_little():
    assert without_proclitics("بالم", (("بال", "ب"),)) == "الم"


def test_without_conjunction_takes_off_one_conjunction():
    assert without_conjunction("وتمكن") == "تمكن"
    assert without_conjunction("فقال") == "قال"
    assert without_conjunction("وصل") == "وصل"
