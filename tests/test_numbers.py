"""Numbers: digits, words, ordinals, bounds, ranges, vague quantities, and the word tables."""
from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hadath.recognize.numbers import find_numbers, is_year, numbers_outside_times
from hadath.recognize.numwords import number_tables, to_words, validate_numbers
from hadath.recognize.times import find_times
from hadath.resources import DataError, load_json
from hadath.text import TextLayer


def numbers(text: str):
    found = find_numbers(TextLayer(text))
    for m in found:
        assert text[m.start:m.end] == m.text
    return found


def only(text: str):
    found = numbers(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, value", [
    ("سقط 9 جرحى", 9),
    ("سقط ٩ جرحى", 9),
    ("تضرر 1٬350 منزلا", 1350),
    ("تضرر 1,350 منزلا", 1350),
    ("ارتفع المؤشر 2.5 نقطة", 2.5),
    ("ارتفع المؤشر ٢٫٥ نقطة", 2.5),
    ("بلغ العجز 1.2 مليون", 1_200_000),
    ("نزح 63 ألف شخص", 63_000),
    ("وصل سبعة آلاف متظاهر", 7000),
    ("أصيب خمسة وثلاثون عاملا", 35),
    ("أصيب خمسة و ثلاثون عاملا", 35),
    ("وصلت أربعمائة وعشرون شاحنة", 420),
    ("وصلت أربع مئة شاحنة", 400),
    ("غادر مئتا مسافر", 200),
    ("اعتقل ثلاثة عشر طالبا", 13),
    ("اعتقلت إحدى عشرة ناشطة", 11),
    ("أعلن عن ثلاثمئة وسبعين ألفا وخمسمائة", 370_500),
    ("يقطن المدينة مليونان", 2_000_000),
    ("يعيش هناك ثلاثة ملايين نسمة", 3_000_000),
    ("خسر ألفين من العمال وظائفهم", 2000),
])
def test_exact_numbers(text, value):
    m = only(text)
    assert (m.value, m.min, m.max, m.approx, m.ordinal) == (value, value, value, False, False)


def test_arabic_comma_separates_two_numbers_while_thousands_separators_join():
    assert [m.value for m in numbers("سجلت المناطق 12، 30 و7 حالات")] == [12, 30, 7]
    assert [m.value for m in numbers("بلغ العدد ٣٬٤٠٠ بحسب الأرقام")] == [3400]


def test_lower_bound_covers_its_words():
    m = only("نزح أكثر من 63 ألف شخص")
    assert (m.text, m.value, m.min, m.max) == ("أكثر من 63 ألف", 63_000, 63_000, None)
    assert only("قتل ما لا يقل عن عشرين").min == 20


def test_upper_bound():
    m = only("أصيب أقل من 7 أشخاص")
    assert (m.min, m.max, m.text) == (None, 7, "أقل من 7")


@pytest.mark.parametrize("text", ["نحو 450 مسعفا", "قرابة 450 مسعفا", "حوالي 450 مسعفا",
                                  "زهاء 450 مسعفا", "ما يقارب 450 مسعفا", "بنحو 450 مسعفا",
                                  "450 مسعفا تقريبا"])
def test_approximators(text):
    m = only(text)
    assert (m.value, m.min, m.max, m.approx) == (450, 450, 450, True)
    assert "450" in m.text and len(m.text) > 3


def test_range():
    m = only("أوقف بين 20 و35 شخصا")
    assert (m.value, m.min, m.max, m.text) == (None, 20, 35, "بين 20 و35")
    scaled = only("شارك ما بين 3 و5 آلاف")
    assert (scaled.min, scaled.max) == (3000, 5000)


@pytest.mark.parametrize("text, low", [("أصيب عشرات المدنيين", 10), ("نزح مئات الأسر", 100),
                                       ("فر عشرات الآلاف", 10_000), ("تظاهر الآلاف", 1000),
                                       ("خرج مئات الآلاف", 100_000)])
def test_vague_quantities_take_the_conservative_reading(text, low):
    m = only(text)
    assert (m.value, m.min, m.max) == (None, low, None)


@pytest.mark.parametrize("text", ["أصيب عدد من المارة", "جرح بضعة أشخاص", "وأصيب آخرون"])
def test_words_without_a_number_give_no_count(text):
    assert numbers(text) == []


@pytest.mark.parametrize("text, value", [
    ("الجولة السابعة", 7), ("الدورة الحادية عشرة", 11), ("في المرتبة الثالثة عشرة", 13),
    ("القمة الثانية والعشرون", 22), ("الذكرى الخامسة والسبعين", 75), ("للمرة الأولى", 1),
    ("لليوم الـ314", 314), ("في الذكرى الـ75", 75), ("العيد التسعون", 90),
])
def test_ordinals(text, value):
    m = [n for n in numbers(text) if n.ordinal]
    assert len(m) == 1 and m[0].value == value


def test_article_before_digits_is_cardinal_after_a_non_definite_word():
    m = only("خلال الـ48 ساعة")
    assert (m.value, m.ordinal) == (48, False)


def test_negative_decimal_and_fraction():
    assert only("تراجع بنسبة -3.5").value == -3.5
    assert only("نسبة 3 فاصلة 5").value == 3.5
    assert only("حصة ٤٥/١٠٠").value == 0.45


def test_numeric_dates_and_clock_times_are_not_numbers():
    assert numbers("وقع في 2024/3/9 عند 14:30") == []


def test_unrelated_words_are_not_numbers():
    assert numbers("لست أدري ما الذي حدث لأحد منهم يوم الأحد والاثنين") == []


def test_separate_numbers_are_not_compounded():
    assert [m.value for m in numbers("خمسة وعشرة")] == [5, 10]


def test_years_can_be_told_apart_from_counts():
    layer = TextLayer("قتل 40 شخصا في 7 أكتوبر 2023 وأصيب 12")
    nums, times = find_numbers(layer), find_times(layer, "2024-01-01")
    assert [n.value for n in numbers_outside_times(nums, times)] == [40, 12]
    assert [n.value for n in nums if is_year(n, times)] == [2023]


# ---------------------------------------------------------------- properties

@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.sampled_from(["مائة", "مئة"]),
       st.booleans())
def test_written_numbers_parse_back(n, feminine, hundred, accusative):
    words = to_words(n, feminine, hundred=hundred, accusative_scale=accusative)
    m = only(words)
    assert (m.value, m.text) == (n, words)


_FILLER = st.text(alphabet="ابتثجحخدرزسشصضطظعغفقكلمنهوي ،.\n\u064e\u0640", max_size=12)


@settings(max_examples=300, deadline=None)
@given(_FILLER, st.integers(min_value=0, max_value=99_999), _FILLER, st.booleans())
def test_spans_map_back_in_any_surroundings(before, n, after, as_words):
    body = to_words(n) if as_words else str(n)
    text = f"{before} {body} {after}"
    for m in find_numbers(TextLayer(text)):
        assert text[m.start:m.end] == m.text


def test_to_words_standard_forms():
    assert to_words(2000) == "ألفان"
    assert to_words(3000) == "ثلاثة آلاف"
    assert to_words(11) == "أحد عشر"
    assert to_words(12, feminine=True) == "اثنتا عشرة"
    assert to_words(2_000_000) == "مليونان"
    assert to_words(250, hundred="مئة") == "مئتان وخمسون"
    with pytest.raises(ValueError):
        to_words(10**9)


# ---------------------------------------------------------------- data file

def test_number_tables_load_and_validate():
    tables = number_tables()
    assert tables.words and tables.pairs and tables.ordinal_units


def test_validator_rejects_broken_data():
    data = copy.deepcopy(load_json("numbers.json"))
    del data["units"]["7"]
    with pytest.raises(DataError):
        validate_numbers(data)
    data = copy.deepcopy(load_json("numbers.json"))
    data["scales"]["1000"] = {"one": ["ألف"]}
    with pytest.raises(DataError):
        validate_numbers(data)
