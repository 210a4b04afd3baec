"""Sixth session, round R: titled persons after an office or a construct head; CONSULT senses."""
import hadath
from hadath.pipeline import record_to_raw

PIPE = hadath.default_pipeline(True, 0.0)


def _events(text):
    return PIPE.process(record_to_raw({"id": "t", "text": text}), published="2024-09-09").events


def _consult(text):
    return [e for e in _events(text) if e.event == "CONSULT"]


def test_honorific_after_office_is_same_person():
    ev = _consult("استقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الخارجية الأميركي في الرياض.")
    assert ev
    assert [a.country for a in ev[0].actor] == ["SAU"]
    assert [a.country for a in ev[0].recipient] == ["USA"]


def test_construct_head_governs_titled_person():
    ev = _consult("التقى وفد أميركي حكومة رئيس الوزراء نجيب ميقاتي في بيروت.")
    assert ev
    assert [a.country for a in ev[0].recipient] == ["LBN"]


def test_office_title_after_body_still_splits():
    ev = _consult("استقبل الرئيس المصري رئيس الوزراء الأردني بشر الخصاونة في القاهرة.")
    assert ev
    assert [a.country for a in ev[0].actor] == ["EGY"]
    assert [a.country for a in ev[0].recipient] == ["JOR"]


def test_peak_and_research_and_goods_are_not_consult():
    for text in ("قال المتحدث إن الحكومة في قمة الغضب من القرار الأخير.",
                 "تعمل مراكز البحث في الجامعة على دراسة المناخ.",
                 "يستقبل الميناء آلاف الأطنان من القمح كل شهر."):
        assert not _consult(text), text


def test_summit_held_stays_consult():
    assert _consult("انعقدت قمة عربية طارئة في الرياض بمشاركة قادة الدول.")
