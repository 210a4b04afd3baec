"""Party entities (twelfth session): a settlement is never the one who acts; "مسلح" after a
clash or attack noun is the adjective armed; a demonym naming a hospital is no country."""
import hadath
from hadath.kb import load_kb
from hadath.pipeline import record_to_raw
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer

PIPE = hadath.default_pipeline()


def _events(text: str, event: str) -> list:
    found = PIPE.process(record_to_raw({"id": "t", "text": text}), published="2024-05-05").events
    return [e for e in found if e.event == event]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.country) for m in ActorResolver(load_kb()).find(TextLayer(text))]


def _texts(mentions) -> list[str]:
    return [m.text for m in mentions]


def test_stormed_settlements_are_the_recipient_not_the_actor() -> None:
    events = _events("وفي الصباح الباكر اقتحمت الفصائل المستوطنات القريبة من السياج وأسرت جنودا.",
                     "COERCE")
    assert events
    assert "المستوطنات" not in _texts(events[0].actor)
    assert "المستوطنات" in _texts(events[0].recipient)


def test_shelled_settlement_after_its_attacker_is_the_recipient() -> None:
    events = _events("قصفت المقاومة مستوطنة \"نير عوز\" بصلية من الصواريخ مساء أمس.", "ASSAULT")
    assert events
    assert "مستوطنة" not in _texts(events[0].actor)
    assert "مستوطنة" in _texts(events[0].recipient)


def test_settlers_themselves_still_act() -> None:
    events = _events("هاجم مستوطنون مزارعين في أرضهم قرب قرية بورين.", "ASSAULT")
    assert events
    assert "مستوطنون" in _texts(events[0].actor)


def test_armed_after_a_clash_noun_is_no_gunman() -> None:
    mentions = _mentions("اندلع اشتباك مسلح بين عناصر الأمن ومهربين قرب الحدود.")
    assert "مسلح" not in [text for text, _ in mentions]


def test_armed_after_an_accusative_attack_noun_is_no_gunman() -> None:
    mentions = _mentions("نفذ مجهولون هجوما مسلحا على حافلة في الطريق الصحراوي.")
    assert "مسلحا" not in [text for text, _ in mentions]


def test_a_gunman_as_a_subject_stays() -> None:
    mentions = _mentions("أطلق مسلح النار على دورية للشرطة في المدينة.")
    assert "مسلح" in [text for text, _ in mentions]


def test_gunmen_after_an_attack_noun_stay_people() -> None:
    mentions = _mentions("أصيب حارسان في هجوم مسلحين على البنك.")
    assert "مسلحين" in [text for text, _ in mentions]


def test_hospital_named_by_a_demonym_takes_no_country_from_it() -> None:
    mentions = _mentions("نقل الجرحى إلى المستشفى الكويتي في المدينة مساء أمس.")
    assert all(country != "KWT" for _, country in mentions)


def test_minister_with_a_demonym_keeps_its_country() -> None:
    mentions = _mentions("استقبل الوزير الكويتي نظيره العماني في مكتبه.")
    assert ("الوزير الكويتي", "KWT") in mentions
