"""Twentieth session: an attack named as what someone is blamed or accused of is a mention.

"تقف وراء الهجوم"، "اتهم ... بأنهم فجروا"، "خرجوا منددين بالقصف": the attack is known
from elsewhere; the sentence reports the blame (its own ACCUSE), not the attack. Every
sentence here was written for these tests."""
from __future__ import annotations

import pytest
from conftest import trigger_context


@pytest.mark.parametrize("text, word, why", [
    ("قال وزير الداخلية إن جماعة مسلحة تقف وراء الهجوم على مركز الشرطة في المدينة.",
     "هجوم", "blamed-behind"),
    ("وأكد المتحدث أن التنظيم يقف وراء التفجير الذي استهدف السوق الشعبي.",
     "استهدف", "blamed-behind"),
    # beyond the reach of the accusation's object, the "that" clause is still the charge
    ("واتهم المدعي العام المتهمين الثلاثة بأنهم خلال شهر آب من العام قبل الماضي في وسط المدينة"
     " القديمة فجروا سيارة مفخخة.", "فجروا", "accused-that"),
])
def test_an_attack_blamed_on_someone_is_a_mention(text: str, word: str, why: str) -> None:
    ctx = trigger_context(text, word, "ASSAULT")
    assert ctx.discard == why


@pytest.mark.parametrize("text, word", [
    # the attack itself, then the blame as another fact of the sentence, and the reverse
    ("قصفت طائرات حربية منزلا في المدينة، فيما قالت الوزارة إن جماعة مسلحة تقف وراء الحادث.",
     "قصفت"),
    ("قالت الوزارة إن جماعة مسلحة تقف وراء الحادث، فيما قصفت طائرات حربية منزلا في المدينة.", "قصفت"),
    # hiding behind a wall, and carrying goods, blame nobody
    ("اختبأ المسلحون وراء الجدار ثم أطلقوا النار على الدورية.", "أطلقوا النار"),
    ("تعرضت قافلة تحمل مساعدات لقصف جوي قرب المعبر.", "قصف جوي"),
    # an accusation with no "that" clause leaves a later attack of another fact alone
    ("اتهمت الحكومة المعارضة بالتحريض، كما هاجم مسلحون حاجزا للجيش.", "هاجم"),
])
def test_attacks_told_beside_a_blame_stay_reports(text: str, word: str) -> None:
    ctx = trigger_context(text, word, "ASSAULT")
    assert ctx.discard is None and ctx.factual


@pytest.mark.parametrize("text, word", [
    ("خرجت مسيرة في العاصمة لتندد بالقصف الذي طال الحي الشرقي.", "قصف"),
    ("تجمع مئات الطلاب أمام الجامعة منددين باغتيال الأستاذ.", "اغتيال"),
    ("عقد المجلس جلسة طارئة للتنديد بالهجوم على القافلة.", "هجوم"),
])
def test_an_attack_condemned_by_a_purpose_or_circumstantial_form_is_a_mention(text: str, word: str) -> None:
    ctx = trigger_context(text, word, "ASSAULT")
    assert ctx.discard == "condemned"


def test_a_protest_condemning_an_attack_is_still_a_protest() -> None:
    ctx = trigger_context("تظاهر المئات في العاصمة لتندد بقصف الحي الشرقي.", "تظاهر", "PROTEST")
    assert ctx.discard is None and ctx.factual
