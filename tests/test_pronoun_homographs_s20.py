"""Trigger forms that, with a pronoun suffix or after ف, spell another word
(``pronoun_homographs`` in triggers.json): لوحته = his painting, أسرته = his family,
تجمعهما = it joins the two, ثمنه = its price, فاتهم = it escaped them.

Every sentence here was written for these tests."""
from __future__ import annotations

import copy

import pytest

from hadath.events.lexicon import default_trigger_matcher, validate_triggers
from hadath.resources import DataError, load_json
from hadath.text.normalize import normalize


def _senses(text: str) -> set[str]:
    return {h.value.id for h in default_trigger_matcher().longest(normalize(text))
            if h.value.form != "blocker"}


# ---------------------------------------------------------------- a pronoun makes another word

@pytest.mark.parametrize("text, absent", [
    ("علق الرسام لوحته الأخيرة على جدار المدرسة المهدمة.", "threaten.violence"),
    ("باعت الفنانة لوحتها في مزاد خيري لصالح الأطفال.", "threaten.violence"),
    ("البلدان تجمعهما مصالح تجارية واسعة منذ عقود.", "protest.demo"),
    ("قالت المنظمة إن المعلومات التي تجمعها تصل إلى المحققين.", "protest.demo"),
    ("يقع النصب في ساحة توسطتها نافورة قديمة.", "consult.third-party"),
])
def test_a_verb_that_takes_no_object_with_a_pronoun_is_another_word(text, absent):
    assert absent not in _senses(text)


@pytest.mark.parametrize("text, sense", [
    ("لوحت الحكومة باستخدام القوة ضد المحتجين.", "threaten.violence"),
    ("تجمع مئات العمال أمام مقر الشركة للمطالبة برواتبهم.", "protest.demo"),
    ("توسطت الدوحة بين الطرفين حتى توصلا إلى هدنة.", "consult.third-party"),
])
def test_the_bare_verb_still_is_a_trigger(text, sense):
    assert sense in _senses(text)


@pytest.mark.parametrize("text", [
    "تعيش أسرته في خيمة قرب الشاطئ منذ أشهر.",
    "قال المسعف إن أسرته نزحت إلى الجنوب.",
    "فقد الصبي أسرته كلها في غارة ليلية.",
    "زار الوزير منزل أسرتها في القرية.",
    "عاد السجين إلى أسرته بعد سنوات من الغياب.",
    "يحاول الأب تأمين الطعام لأسرته كل يوم.",
    "سافر الطالب مع أسرتهم إلى الخارج.",
    "اجتمع ممثلو أسرهم مع المحافظ صباح اليوم.",
])
def test_a_possessed_family_is_no_capture(text):
    assert not any(s.startswith("assault.abduct") for s in _senses(text))


@pytest.mark.parametrize("text", [
    "قال الجيش إن الجندي الذي أسرته الحركة ما زال حيا.",
    "أعلن الجيش مقتل الضابط بعد أن أسرته الفصائل قبل شهرين.",
    "وقد أسرتهم الكتيبة خلال الاشتباك على أطراف البلدة.",
    "أعلنت الكتائب أنها أسرته خلال المعركة.",
    "أسرت الفصائل ثلاثة جنود في الهجوم.",
])
def test_the_capture_verb_after_a_relative_or_a_particle_stays_a_trigger(text):
    assert any(s.startswith("assault.abduct") for s in _senses(text))


def test_a_price_is_no_praise_but_praise_after_a_relative_is():
    assert "support.support" not in _senses("سيدفع الجنود حياتهم ثمنه إن استمرت الحرب.")
    assert "support.support" in _senses("رحب الحزب بالموقف الذي ثمنه الوزير أمس.")


def test_a_pronoun_on_an_ordinary_verb_is_still_its_object():
    assert "coerce.arrest" in _senses("اعتقلته القوات الخاصة من منزله في المدينة.")
    assert "assault.heavy-weapons" in _senses("قصفها الطيران مساء أمس فدمرها بالكامل.")


# ---------------------------------------------------------------- ف: فات + هم

def test_it_escaped_them_is_no_accusation():
    assert "accuse.allege" not in _senses("يحاول التلاميذ تعويض ما فاتهم من دروس.")
    assert "accuse.allege" not in _senses("فاتهم القطار الأخير بسبب الزحام.")


def test_then_he_accused_them_with_its_complement_stays_an_accusation():
    assert "accuse.allege" in _senses("فاتهم الوزير المعارضة بالتحريض على العنف.")
    assert "accuse.allege" in _senses("فاتهمه المدعي العام بالاحتيال.")


# ---------------------------------------------------------------- the data file is checked

def _data() -> dict:
    return copy.deepcopy(load_json("triggers.json"))


def test_a_form_no_trigger_lists_as_a_verb_is_rejected():
    data = _data()
    data["pronoun_homographs"]["other_word"].append("كتبت")
    with pytest.raises(DataError, match="no trigger lists"):
        validate_triggers(data)


def test_a_possessed_form_with_an_unknown_suffix_is_rejected():
    data = _data()
    data["pronoun_homographs"]["possessed"]["أسر"] = ["تهم"]
    with pytest.raises(DataError, match="pronoun suffixes"):
        validate_triggers(data)


def test_fa_forms_need_a_window():
    data = _data()
    del data["pronoun_homographs"]["fa_window"]
    with pytest.raises(DataError, match="fa_window"):
        validate_triggers(data)
