"""A weapon written with ب between an attack verb and its object is the verb's instrument,
not a verbal noun whose complement follows (twenty-first session): "قصفت الكتائب بالمدافع
آليات للجيش" keeps the vehicles as the recipient. A verbal noun with ب ("طالب بالإفراج عن")
still owns the participant after it. Sentences written for these tests."""
import pytest
from conftest import countries_of, event_on, events_of, texts_of

from hadath.events.arguments.word_shapes import _instrument_word, _noun_complement


@pytest.mark.parametrize("word", ["بالمدافع", "بالرصاص", "بالمسيرات", "وبالصواريخ", "بقذائف",
                                  "بصاروخ", "بالمدفعية"])
def test_a_weapon_with_bi_is_an_instrument(word):
    assert _instrument_word(word)


@pytest.mark.parametrize("word", ["بالإفراج", "بالتحقيق", "بوقف", "بالمدينة", "مدافع",
                                  "الرصاص", "للمدافع"])
def test_other_words_are_no_instrument(word):
    assert not _instrument_word(word)


def test_noun_complement_passes_over_the_instrument():
    assert not _noun_complement(["بالمدافع"])
    assert not _noun_complement(["بالرصاص", "الحي"])
    # a verbal noun with ب keeps its reading, also beside a weapon
    assert _noun_complement(["بالإفراج", "عن"])
    assert _noun_complement(["بالمدافع", "بالإفراج", "عن"])


@pytest.mark.parametrize("text, trigger, actor, recipient, country", [
    ("قصفت قوات الجيش السوري بالمدافع مسلحي تنظيم الدولة شرق حمص.",
     "قصفت", "الجيش السوري", "تنظيم الدولة", None),
    ("أصاب الجيش الإسرائيلي بالرصاص الحي شابا فلسطينيا قرب الحاجز.", "أصاب",
     "الجيش الإسرائيلي", None, "PSE"),
    ("استهدفت سرايا القدس بالصواريخ آليات عسكرية إسرائيلية شرق المدينة.", "استهدفت",
     "سرايا القدس", None, "ISR"),
])
def test_object_after_an_instrument_is_the_recipient(text, trigger, actor, recipient, country):
    e = event_on(text, "ASSAULT", trigger)
    if actor is not None:
        assert actor in texts_of(e.actor)
    assert e.recipient, e.rule
    if recipient is not None:
        assert any(recipient in t for t in texts_of(e.recipient))
    if country is not None:
        assert country in countries_of(e.recipient)
        assert country not in countries_of(e.actor)


def test_instrument_after_the_object_keeps_the_object():
    e = event_on("استهدفت سرايا القدس آليات عسكرية إسرائيلية بالصواريخ شرق المدينة.",
                 "ASSAULT", "استهدفت")
    assert "سرايا القدس" in texts_of(e.actor)
    assert "ISR" in countries_of(e.recipient)


def test_a_called_for_release_leaves_the_prisoners_no_recipient_of_the_call():
    e = event_on("طالبت الحكومة الأردنية بالإفراج عن المعتقلين الفلسطينيين.", "REQUEST", "طالبت")
    assert "JOR" in countries_of(e.actor)
    assert "PSE" not in countries_of(e.recipient)


# An armed group announcing its own attack names its fighters right after the attack noun;
# the target stands past them, after a weapon with ب or as the genitive of an unlisted head.
@pytest.mark.parametrize("text, trigger, speaker, target", [
    ("أعلنت سرايا القدس استهداف مقاتليها بقذائف الهاون جنود الاحتلال شرق خان يونس.",
     "استهداف", "سرايا القدس", "جنود الاحتلال"),
    ("بثت كتائب القسام مشاهد من قصف مجاهديها بالصواريخ قوات الاحتلال المتوغلة في الحي.",
     "قصف", "كتائب القسام", "قوات الاحتلال"),
    ("أعلنت سرايا القدس استهداف عناصرها آليات جيش الاحتلال الإسرائيلي قرب المعبر.",
     "استهداف", "سرايا القدس", "جيش الاحتلال الإسرائيلي"),
])
def test_target_past_the_announcers_own_fighters(text, trigger, speaker, target):
    e = event_on(text, "ASSAULT", trigger)
    assert speaker in texts_of(e.actor)
    assert target in texts_of(e.recipient)


@pytest.mark.parametrize("text, trigger", [
    # the group's own members hit by another's weapon: no target past them
    ("أعلنت الحركة استهداف عناصرها بصاروخ إسرائيلي في المدينة.", "استهداف"),
    # a house holding the force: a clause stands between, not a weapon or a head
    ("أعلنت كتائب القسام استهداف مقاتليها منزلا تتحصن فيه قوة إسرائيلية قرب المفترق.", "استهداف"),
    # where the fighters were hit
    ("أعلنت السرايا استهداف مقاتليها في مدينة رفح.", "استهداف"),
])
def test_no_target_read_past_the_fighters_otherwise(text, trigger):
    for e in [e for e in events_of(text, "ASSAULT") if e.trigger.text.startswith(trigger)]:
        assert "own-forces-object" not in e.rule
        assert "ISR" not in countries_of(e.recipient)
