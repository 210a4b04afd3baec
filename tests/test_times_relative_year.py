"""A month (or a day and month) in a year named relative to the publication:
"في أيلول/سبتمبر من العام الماضي" is September of the previous year, not the latest September."""
from __future__ import annotations

import pytest

from hadath.recognize.times import find_times
from hadath.text import TextLayer

PUB = "2024-09-18"


def only(text: str, published: str | None = PUB):
    found = find_times(TextLayer(text), published)
    assert len(found) == 1, found
    assert text[found[0].start:found[0].end] == found[0].text
    return found[0]


@pytest.mark.parametrize("text, value, precision", [
    ("جرت الزيارة في أيلول/سبتمبر من العام الماضي", "2023-09", "month"),
    ("جرت الزيارة في سبتمبر العام الماضي", "2023-09", "month"),
    ("جرت الزيارة في تشرين الأول من السنة الماضية", "2023-10", "month"),
    ("وقعت الاتفاقية في مارس من العام الجاري", "2024-03", "month"),
    ("وقعت الاتفاقية في شهر مارس من هذا العام", "2024-03", "month"),
    ("تنتهي المهلة في يناير من العام المقبل", "2025-01", "month"),
    ("اعتقل في 3 آذار/مارس من العام الماضي", "2023-03-03", "day"),
    ("اعتقل يوم الأحد 3 مارس من العام الحالي", "2024-03-03", "day"),
])
def test_month_of_a_relative_year(text, value, precision):
    found = only(text)
    assert (found.value, found.precision) == (value, precision)
    assert "العام" in found.text or "السنة" in found.text


def test_month_of_a_relative_year_needs_an_anchor():
    found = only("جرت الزيارة في أيلول من العام الماضي", published=None)
    assert found.value is None and found.text.endswith("العام الماضي")


def test_a_day_the_relative_year_lacks_is_no_date():
    found = only("اعتقل في 29 شباط من العام الماضي")        # 2023 has no 29 February
    assert found.value is None


def test_a_bare_year_word_after_a_month_is_not_relative():
    found = only("جرت الزيارة في أيلول من العام 2022")
    assert found.value == "2022-09"
