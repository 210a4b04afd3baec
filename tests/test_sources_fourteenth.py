"""Fourteenth session: a speaker followed by whom he spoke to, and a title whose owner
follows after ل, on our own example sentences."""
from __future__ import annotations

from conftest import events_of
from conftest import source_phrases as sources


def source_of(text: str, event: str) -> str | None:
    attributed = events_of(text, event)[0].attributed_to
    return attributed.text if attributed else None


def test_unknown_speaker_before_an_addressee_speaks():
    assert sources("قال سامي العلي لوكالة الأنباء المحلية إن الشرطة أغلقت السوق القديم.") \
        == ["سامي العلي"]
    assert sources('قال سامي العلي لـ"الإذاعة"، إن الشرطة أغلقت السوق القديم.') == ["سامي العلي"]
    assert sources("أكد الوزير للصحفيين أن الشرطة أغلقت السوق القديم.") == ["الوزير"]


def test_addressee_needs_a_complementiser_after_it():
    # a time word, a prepositional aside or a long ل-phrase is no addressee
    assert sources("أعلن سامي العلي لاحقا أن الشرطة أغلقت السوق القديم.") == []
    assert sources("أكد سامي العلي لأهالي القرية الصغيرة في الجبل الشرقي أن الشرطة أغلقت السوق.") \
        == []


def test_owner_of_a_title_after_lam_is_part_of_the_source():
    assert sources("قال المدير العام لوزارة الصحة إن الشرطة أغلقت السوق القديم.") \
        == ["المدير العام لوزارة الصحة"]
    assert sources("أعلنت المهمة البحرية للاتحاد الأوروبي أن سفينة تجارية تعرضت لهجوم.") \
        == ["المهمة البحرية للاتحاد الأوروبي"]
    assert sources("قال الرئيس السابق لمجلس الأمن القومي الإسرائيلي إن الشرطة أغلقت السوق.") \
        == ["الرئيس السابق لمجلس الأمن القومي الإسرائيلي"]
    text = "أعلنت المديرية العامة لشرطة المحافظة أن مسلحين اغتالوا ضابطا في المدينة."
    assert source_of(text, "ASSAULT") == "المديرية العامة لشرطة المحافظة"


def test_name_takes_no_owner_after_lam():
    assert sources("قال سامي العلي لأهالي القرية إن الشرطة أغلقت السوق القديم.") == ["سامي العلي"]


def test_medium_or_bare_title_after_lam_stays_an_addressee():
    assert sources("قال المدير العام للجزيرة إن الشرطة أغلقت السوق القديم.") == ["المدير العام"]
    assert sources("قال المتحدث لوكالة الأنباء إن الشرطة أغلقت السوق القديم.") == ["المتحدث"]
    assert sources("قال الوزير لرئيس الحكومة إن الشرطة أغلقت السوق القديم.") == ["الوزير"]


def test_named_body_takes_no_owner_after_lam():
    assert sources("قال الجيش الإسرائيلي لسكان المدينة إن الشرطة أغلقت السوق القديم.") \
        == ["الجيش الإسرائيلي"]
