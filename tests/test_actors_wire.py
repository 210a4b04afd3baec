"""Recogniser gaps found on wire texts: a pope, UN experts counted in the accusative, named
media outlets after their head noun, and the interrogative كيف (not Kyiv)."""
from hadath.kb import load_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import analyze

RESOLVER = ActorResolver(load_kb())


def _actors(text: str, date: str = "2024-06-01") -> dict[str, tuple[str | None, str | None]]:
    return {a.text: (a.country, a.sector) for a in RESOLVER.find(analyze(text), date=date)}


def test_pope_francis_is_vatican_religious() -> None:
    assert _actors("وجه البابا فرانسيس نداء من أجل السلام")["البابا فرانسيس"] == ("VAT", "REL")


def test_coptic_pope_is_egyptian() -> None:
    assert _actors("استقبل البابا تواضروس الثاني وفدا")["البابا تواضروس الثاني"] == ("EGY", "REL")


def test_counted_un_experts() -> None:
    assert _actors("طالب 12 خبيرا أمميا بوقف الترحيل")["خبيرا أمميا"] == ("UNO", "GOV")


def test_newspaper_takes_its_country() -> None:
    found = _actors("ذكرت صحيفة هآرتس صباح اليوم أن الجلسة تأجلت")
    assert found["صحيفة هآرتس"] == ("ISR", "JRN")


def test_channel_takes_its_country() -> None:
    assert _actors("أغلقت السلطات مكتب قناة الجزيرة")["قناة الجزيرة"] == ("QAT", "JRN")


def test_interrogative_is_not_kyiv() -> None:
    assert all(country != "UKR" for country, _ in _actors("لا أعرف كيف وصل الوفد").values())


def test_kyiv_still_resolves() -> None:
    assert _actors("أعلنت كييف إسقاط طائرات")["كييف"] == ("UKR", "GOV")
