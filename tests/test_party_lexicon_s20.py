"""Party lexicon (twentieth session): a family or relatives named with a possessive pronoun
are one participant; members of a legislature named in the plural are people who take the
country of the demonym or body after them; UNRWA's long official names."""
from conftest import event_on, texts_of

from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer


def _mentions(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.country, m.id) for m in ActorResolver(load_kb()).find(TextLayer(text))]


def test_a_family_named_with_a_pronoun_is_a_participant() -> None:
    assert ("عائلته", None, "agent-own-family") in _mentions("ناشدت عائلته السلطات الكشف عن مصيره.")


def test_relatives_named_with_a_pronoun_after_a_proclitic_are_a_participant() -> None:
    mentions = _mentions("ودّع النازحون أقاربهم ولجأوا إلى ذويهم في الشمال.")
    assert ("أقاربهم", None, "agent-own-family") in mentions
    assert any(t.startswith("ذويهم") for t, _, _ in mentions)


def test_a_possessed_family_in_a_place_takes_its_country() -> None:
    assert ("أسرته في رفح", "PSE", "agent-own-family") in _mentions("تعيش أسرته في رفح منذ سنوات.")


def test_the_dual_construct_of_families_is_no_possessed_family() -> None:
    mentions = _mentions("دمر القصف منزلي عائلتي سالم وعودة.")
    assert not any(i == "agent-own-family" for _, _, i in mentions)


def test_beds_spelled_like_their_family_are_no_participant() -> None:
    mentions = _mentions("نام المرضى على أسرتهم في الممرات.")
    assert not any(i == "agent-own-family" for _, _, i in mentions)


def test_a_possessed_family_is_the_one_who_demands() -> None:
    event = event_on("طالبت عائلاتهم الحكومة بإبرام صفقة فورا.", "REQUEST", "طالبت")
    assert texts_of(event.actor) == ["عائلاتهم"]


def test_bare_members_of_parliament_are_a_participant() -> None:
    mentions = _mentions("وقع نواب رسالة تطالب بوقف الحرب.")
    assert ("نواب", None, "agent-legislators") in mentions


def test_members_of_parliament_take_the_country_of_their_demonym() -> None:
    assert ("نواب فرنسيون", "FRA", "agent-legislators") in _mentions("انتقد نواب فرنسيون الحكومة.")


def test_members_of_a_named_parliament_take_its_country() -> None:
    mentions = _mentions("طالب نواب في البرلمان الإسباني بوقف صفقات السلاح.")
    assert ("نواب في البرلمان الإسباني", "ESP", "agent-legislators") in mentions


def test_a_bare_singular_deputy_is_still_no_participant() -> None:
    mentions = _mentions("قال نائب إن الحكومة قد تسقط قريبا.")
    assert not any(t == "نائب" for t, _, _ in mentions)


def test_unrwa_named_in_full_is_one_mention_of_the_agency() -> None:
    mentions = _mentions("ستوزع وكالة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين بطانيات غدا.")
    assert [(c, i) for _, c, i in mentions] == [("UNO", "unrwa")]


def test_a_possessed_family_heads_no_construct_with_the_body_after_it() -> None:
    mentions = _mentions("حذرت عائلتها الشرطة البريطانية من إهمال القضية.")
    assert ("عائلتها", None, "agent-own-family") in mentions
    assert ("الشرطة البريطانية", "GBR", "inst-police") in mentions


def test_a_role_noun_without_a_pronoun_still_heads_its_construct() -> None:
    mentions = _mentions("انسحب مقاتلو حركة حماس من الحي.")
    assert not any(i == "agent-own-family" for _, _, i in mentions)
    assert any(t.startswith("مقاتلو") and c == "PSE" for t, c, _ in mentions)


def test_members_of_a_family_are_one_mention() -> None:
    assert ("أفراد أسرتها", None, "agent-own-family") in _mentions("نجا أفراد أسرتها من القصف.")
