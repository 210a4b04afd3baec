"""Places in war reports: place nouns with a fused preposition, army posts, posts named as
targets, and the place of another fact in the same sentence (the examples are ours)."""
from __future__ import annotations

from conftest import events_of

from hadath.recognize.places import find_places, home_country
from hadath.text import TextLayer


def _places(text: str) -> list[tuple[str, str | None]]:
    mentions = find_places(TextLayer(text))
    for m in mentions:
        assert text[m.start:m.end] == m.text
    return [(m.text, m.country) for m in mentions]


def test_a_place_noun_with_a_fused_preposition_introduces_a_word_like_name():
    assert _places("أصيب عامل بجروح بمدينة الخليل صباح اليوم.") == [("الخليل", "PSE")]
    assert _places("وصل الوفد لمدينة الخليل مساء أمس.") == [("الخليل", "PSE")]


def test_a_word_like_name_without_a_place_word_stays_a_word():
    assert _places("قال الخليل إن الاجتماع تأجل.") == []


def test_a_camp_is_not_a_foreign_town_of_the_same_name():
    assert ("مخيم العين", "PSE") in _places("داهمت القوات منزلا بمخيم العين غرب نابلس.")


def test_a_border_post_after_a_site_noun_is_a_place_of_its_country():
    assert _places("قصفت المقاومة موقع المالكية بصاروخين.") == [("المالكية", "ISR")]
    assert _places("استهدفت المدفعية ثكنة \"زرعيت\" فجرا.") == [("زرعيت", "ISR")]
    assert _places("استهدفت المقاومة موقع السماقة بالصواريخ.") == [("السماقة", "LBN")]


def test_a_news_site_is_still_not_a_place():
    assert _places("نشر موقع أكسيوس تقريرا عن المفاوضات.") == []


def test_posts_named_as_targets_do_not_make_the_report_israeli():
    text = ("أعلن حزب الله في لبنان أنه استهدف ثكنة زرعيت وثكنة يعرا وموقع المالكية وموقع "
            "حدب يارون. وقال مصدر في لبنان إن الطائرات أغارت على أطراف بلدة قلعون.")
    layer = TextLayer(text)
    assert home_country(layer, find_places(layer)) == "LBN"
    assert ("قلعون", "LBN") in _places(text)


def test_a_place_after_another_fact_is_that_facts_place():
    text = "استشهد ثلاثة فلسطينيين في غارات على غزة، في حين اعتقلت القوات عشرة شبان من مخيم جنين."
    assault = events_of(text, "ASSAULT")[0]
    assert assault.location is not None
    assert (assault.location.text, assault.location.country) == ("غزة", "PSE")
