"""Twentieth session: places named by construction whose name stands between quotation
marks ("مستوطنة "X Y""), the settlement noun مستعمرة, and a name that comes back after its
noun with nothing to anchor it.  Sentences and place names written for these tests."""
from __future__ import annotations

from conftest import events_of

from hadath.recognize.places import CONSTRUCTED_PREFIX, find_places
from hadath.text import TextLayer


def constructed(text: str) -> list[tuple[str, str | None, str | None]]:
    mentions = find_places(TextLayer(text))
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.country, m.precision) for m in mentions
            if m.id and m.id.startswith(CONSTRUCTED_PREFIX)]


def test_quoted_settlement_with_a_place_after_it():
    text = 'قصفت المجموعة مستوطنة "غفعات نوريت"، شمالي فلسطين المحتلة، بعدة صواريخ.'
    assert constructed(text) == [("غفعات نوريت", "ISR", "city")]


def test_quoted_name_whatever_its_shape_with_curly_and_angle_marks():
    # a first word shaped like an adjective (ending in ي) is still a name inside the marks
    assert constructed("هاجم مستوطنون منازل قرب مستوطنة “كرمي داليا” شمالي الخليل.") \
        == [("كرمي داليا", "PSE", "city")]
    assert constructed("اقتحمت القوات بلدة «عين زيتونة» جنوب نابلس.") == [("عين زيتونة", "PSE", "city")]


def test_direction_mark_inside_the_quotes():
    assert constructed('قصفت المجموعة مستوطنة "\u200fتلمونا" في الجليل الأعلى.') == [("تلمونا", "ISR", "city")]


def test_settlement_word_of_almayadeen_needs_an_anchor_too():
    assert constructed('استهدفت المجموعة مبنى في مستعمرة "هار نوفيم" في الجليل الأعلى.') \
        == [("هار نوفيم", "ISR", "city")]
    assert constructed('استهدفت المجموعة مبنى في مستعمرة "هار نوفيم" بالصواريخ.') == []


def test_anchor_across_another_settlement_noun():
    text = 'قصفت المجموعة مستوطنة "تسور داليا" جنوبي شرقي مستوطنة "كريات شمونة" بالصواريخ.'
    assert ("تسور داليا", "ISR", "city") in constructed(text)


def test_quoted_settlement_without_anchor_is_no_place():
    assert constructed('قصفت المجموعة مستوطنة "غفعات نوريت" بصواريخ الكاتيوشا فجر اليوم.') == []


def test_quoted_common_word_is_no_name():
    assert constructed('أعلنت السلطات منطقة "خضراء" يمنع البناء فيها قرب الخليل.') == []


def test_quoted_title_after_a_non_place_noun_is_no_place():
    # a website or newspaper is no place noun of the rule
    assert constructed('نقل موقع "نيوز هاوس" في تل أبيب عن مصادر أمنية.') == []


def test_unclosed_or_too_long_quote_is_no_name():
    assert constructed('قصفت المجموعة مستوطنة "غفعات نوريت العليا الجديدة" شمالي فلسطين المحتلة.') == []
    assert constructed('قصفت المجموعة مستوطنة "غفعات نوريت شمالي فلسطين المحتلة.') == []


def test_name_repeated_after_its_noun_takes_the_anchored_country():
    text = ('قصفت المجموعة مستوطنة "تلمونا" بالصواريخ صباحا. وعادت وقصفت مستوطنة "تلمونا" '
            'في الجليل الأعلى مساء.')
    assert constructed(text) == [("تلمونا", "ISR", "city"), ("تلمونا", "ISR", "city")]


def test_bare_repetition_still_needs_a_locative():
    text = 'قصفت المجموعة مستوطنة "تلمونا" في الجليل الأعلى. وقال تلمونا إن الأضرار كبيرة.'
    assert constructed(text) == [("تلمونا", "ISR", "city")]


def test_attack_on_a_quoted_settlement_is_located_there():
    text = ('استهدفت المقاومة الإسلامية في لبنان تجمعا لجنود الاحتلال في مستوطنة "غفعات نوريت"، '
            'شمالي فلسطين المحتلة، بالأسلحة الصاروخية.')
    [event] = events_of(text, "ASSAULT")
    assert event.location is not None
    assert (event.location.text, event.location.country) == ("غفعات نوريت", "ISR")


def test_anchor_across_a_town_noun():
    assert constructed("داهمت القوات قرية زعفرون قرب بلدة سلفيت فجر اليوم.")[:1] == [("زعفرون", "PSE", "city")]
