"""Participants of speech acts (REQUEST, ACCUSE, SUPPORT ...) in constructions found on wire
text; every sentence here is written for these tests."""
from __future__ import annotations

import pytest
from conftest import coded


@pytest.mark.parametrize("sentence, event, actors, recipients", [
    # a bracketed second name of the subject is neither the object nor a participant
    ("اتهمت حركة المقاومة الإسلامية (حماس) الحكومة الأميركية بالتواطؤ.", "ACCUSE",
     ["PSE"], ["USA"]),
    ("أدانت حركة المقاومة الإسلامية (حماس) قرار الحكومة الإسرائيلية بإغلاق المعبر.", "ACCUSE",
     ["PSE"], ["ISR"]),
    ("دعت حركة المقاومة الإسلامية (حماس) الشبان إلى التظاهر أمام السفارات.", "REQUEST",
     ["PSE"], [None]),
    # "كل من" opens the coordinated subject, the object follows it
    ("طالبت كل من مصر والأردن إسرائيل بوقف الهجمات على المدنيين.", "REQUEST",
     ["EGY", "JOR"], ["ISR"]),
    ("أشادت كل من قطر وتركيا بموقف الحكومة الإسبانية.", "SUPPORT", ["QAT", "TUR"], ["ESP"]),
    # a verb resuming a statement noun with فيه/فيها has the author as its subject
    ("أصدرت وزارة الخارجية القطرية بيانا اتهمت فيه إسرائيل بعرقلة المفاوضات.", "ACCUSE",
     ["QAT"], ["ISR"]),
    ("ونشر وزير الدفاع الإسرائيلي تغريدة انتقد فيها الرئيس التركي رجب طيب أردوغان.", "ACCUSE",
     ["ISR"], ["TUR"]),
    # a subject opening its clause, a plain verb, and a joined verb of demand: one subject
    ("الحكومة المصرية ترحب بالقرار وتطالب إسرائيل بتنفيذه.", "REQUEST", ["EGY"], ["ISR"]),
    ("الفصائل الفلسطينية تبارك العملية وتدعو شباب الضفة إلى الالتحاق بالمقاومة.", "REQUEST",
     ["PSE"], ["PSE"]),
    # a subject joined by و right before its verb opens a clause of its own
    ("انسحب الجيش الإسرائيلي من المدينة وحماس تدعو السكان إلى العودة.", "REQUEST",
     ["PSE"], [None]),
])
def test_speech_act_participants(sentence, event, actors, recipients):
    got_actors, got_recipients = coded(sentence, event)
    assert got_actors == actors
    assert got_recipients == recipients


def test_statement_verb_with_its_own_subject_keeps_verb_first_order():
    # two participants after the pronoun: the first is the verb's subject
    actors, recipients = coded("ونشرت الصحيفة تقريرا اتهمت فيه قطر إسرائيل بعرقلة الاتفاق.",
                               "ACCUSE")
    assert actors == ["QAT"]
    assert recipients == ["ISR"]


def test_adjective_before_an_aside_comma_is_no_fronted_subject():
    actors, _ = coded("افتتح الرجل مكاتب في مدن عربية وأجنبية، اعتقلته بعدها السلطات البريطانية.",
                      "COERCE")
    assert actors == ["GBR"]
