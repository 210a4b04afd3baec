"""Fourteenth session: the recipient of a condemnation is the author of the condemned act
(own sentences).

- A condemned act written with ب after the verb has its adjective of origin for author,
  as a direct object already had ("ندد الوزير بالعدوان الإسرائيلي" like "أدان الوزير
  العدوان الإسرائيلي") (`relatives.act_author`).
- A relative clause on the condemned act names its author also when its verb resumes the
  act with a preposition ("الموقف الذي عبر عنه"، "التصريحات التي أدلى بها"), when a comma
  stands before the relative pronoun, and when a comma aside of time words stands between
  the speaker and the act; the one who underwent the act ("الذي تعرضت له") never is.
"""
from __future__ import annotations

import pytest
from conftest import events_of, texts_of


def _one(text: str, event_type: str = "ACCUSE"):
    [event] = events_of(text, event_type)
    return event


@pytest.mark.parametrize("text, author", [
    # a ب-object with its adjective of origin, verb first, subject first, with a time word
    ("ندد وزير الخارجية المصري بالعدوان الإسرائيلي على لبنان.", "الإسرائيلي"),
    ("الحركة الشعبية نددت بالاعتداء الإسرائيلي على بلدة حدودية.", "الإسرائيلي"),
    ("نددت حركة الجهاد بالقصف الإسرائيلي على سوريا، وأكدت أنه خرق فاضح.", "الإسرائيلي"),
    ("نددت دول عربية، اليوم الأحد، بالعدوان الإسرائيلي على قرية قرب نابلس.", "الإسرائيلي"),
    # a relative clause after a comma aside of time words
    ("نددت دول عربية، اليوم الأحد، بالهجوم الذي شنه مستوطنون على قرية قرب نابلس.",
     "مستوطنون"),
    # a comma before the relative pronoun
    ("دانت وزارة الخارجية الأردنية جريمة القتل، التي ارتكبتها قوات الاحتلال، في الضفة.",
     "قوات الاحتلال"),
    # the verb resumes the act with a preposition
    ("نددت حركة حماس بالتصريحات التي أدلى بها أمس وزير الخارجية الأمريكي.",
     "وزير الخارجية الأمريكي"),
    ("ندد الحزب بالموقف الذي عبرت عنه الحكومة الفرنسية تجاه اللاجئين.", "الحكومة الفرنسية"),
])
def test_the_author_of_the_condemned_act_is_the_recipient(text: str, author: str) -> None:
    event = _one(text)
    assert any(author in t for t in texts_of(event.recipient))
    assert not any(author in t for t in texts_of(event.actor))


@pytest.mark.parametrize("text, victim", [
    # the one who underwent the act is no author
    ("نددت الحكومة الأردنية بالاعتداء الذي تعرضت له السفارة المصرية في بيروت.",
     "السفارة المصرية"),
    ("نددت الخارجية القطرية بالهجوم الذي استهدف السفارة المصرية في بيروت.", "السفارة المصرية"),
    # an adjective of origin on the place after the act noun, not on the act
    ("نددت الحركة بالقصف على المدن السورية.", "السورية"),
])
def test_the_victim_of_the_condemned_act_is_no_recipient(text: str, victim: str) -> None:
    event = _one(text)
    assert not any(victim in t for t in texts_of(event.recipient))


def test_a_named_recipient_stays() -> None:
    # the direct object already names the author: the relative clause changes nothing
    event = _one("أدانت الخارجية القطرية المجزرة التي ارتكبها الجيش الإسرائيلي في غزة.")
    assert texts_of(event.recipient) == ["الجيش الإسرائيلي"]
    assert any("الخارجية القطرية" in t for t in texts_of(event.actor))
