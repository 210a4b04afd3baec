"""Sides named by an adjective (صهيوني for Israel, حوثي for the Houthis) or through a
spokesman (المتحدث باسم + a named body).  Sentences written for these tests."""
import json

import pytest

from hadath.kb import load_kb, validate_kb
from hadath.recognize.actors import ActorResolver
from hadath.text import TextLayer, normalize_key


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_kb())


def resolve(resolver, text):
    return resolver.find(TextLayer(text), date="2024-05-01")


def covering(mentions, word):
    return [m for m in mentions if word in m.text]


# ---------------------------------------------------------------- صهيوني after a head noun

@pytest.mark.parametrize("text, head, sector", [
    ("قصف الطيران الصهيوني بلدة في الجنوب", "الطيران", "MIL"),
    ("اقتحمت القوات الصهيونية قرية قرب المدينة", "القوات", "MIL"),
    ("رفضت الحكومة الصهيونية المقترح الأخير", "الحكومة", "GOV"),
    ("قتل جندي صهيوني في اشتباك ليلي", "جندي", "MIL"),
    ("اعتقلت الشرطة الصهيونية شابين", "الشرطة", "COP"),
    ("هاجم الجنود الصهاينة المنازل", "الجنود", "MIL"),
])
def test_zionist_adjective_gives_israel_and_the_head_sector(resolver, text, head, sector):
    [m] = covering(resolve(resolver, text), head)
    assert (m.country, m.sector) == ("ISR", sector)
    assert m.rule.endswith("+demonym")


@pytest.mark.parametrize("text", [
    "قتل أربعة في غارة صهيونية على منزل",
    "استشهد شاب في العدوان الصهيوني على المخيم",
    "سقط جرحى في الغارات الجوية الصهيونية على الحي",
    "نددت الفصائل بالمجازر الصهيونية",
])
def test_zionist_adjective_after_an_attack_noun_names_the_attacker_side(resolver, text):
    [m] = [m for m in resolve(resolver, text) if m.kind == "demonym"]
    assert (m.country, m.id) == ("ISR", "ISR")
    assert "صهيون" in m.text


@pytest.mark.parametrize("text", [
    "ألقى محاضرة عن معاداة الصهيونية في الجامعة",
    "كتب عن نشأة الحركة الصهيونية في أوروبا",
    "رأى أن الصهيونية فكرة استعمارية",
    "دعا إلى التصدي للصهيونية",
    "انتقد الكاتب المشروع الصهيوني في المنطقة",
    "قال الطلاب الصهاينة في الجامعة إنهم",
    "وصف الرئيس نفسه بأنه شخص صهيوني",
    "تنشط الجمعيات الصهيونية في المدن الأوروبية",
])
def test_zionist_word_without_a_state_head_names_no_state(resolver, text):
    assert not [m for m in resolve(resolver, text) if m.country == "ISR"]


def test_existing_names_with_the_word_keep_their_entries(resolver):
    [m] = resolve(resolver, "هدد الكيان الصهيوني بالتصعيد")
    assert (m.kind, m.country) == ("country", "ISR")


# ---------------------------------------------------------------- حوثي

def test_houthi_adjective_after_an_attack_noun_is_the_group(resolver):
    mentions = resolve(resolver, "أصيب بحاران في هجوم حوثي على سفينة تجارية")
    [m] = [m for m in mentions if m.id == "yem-houthis"]
    assert (m.text, m.kind, m.country, m.sector) == ("حوثي", "demonym", "YEM", "REB")


@pytest.mark.parametrize("text, head", [
    ("أطلقت القوات الحوثية صاروخا على البارجة", "القوات"),
    ("هاجم مسلحون حوثيون نقطة عسكرية", "مسلحون"),
])
def test_role_noun_with_houthi_adjective_is_the_group(resolver, text, head):
    [m] = covering(resolve(resolver, text), head)
    assert (m.id, m.kind, m.country, m.sector) == ("yem-houthis", "organization", "YEM", "REB")
    assert m.rule.endswith("+body-adjective")


@pytest.mark.parametrize("text", [
    "ألقى السيد الحوثي كلمة مساء الخميس",
    "قال الحوثي في كلمته إن المعركة مستمرة",
])
def test_bare_houthi_word_is_no_group_adjective(resolver, text):
    assert not [m for m in resolve(resolver, text) if m.kind == "demonym"]


def test_houthi_plural_is_still_the_group_name(resolver):
    [m] = resolve(resolver, "أعلن الحوثيون إسقاط طائرة")
    assert (m.id, m.kind) == ("yem-houthis", "organization")


# ---------------------------------------------------------------- spokesman of a body

@pytest.mark.parametrize("text, entry_id, country, sector", [
    ("أعلن المتحدث باسم كتائب القسام تدمير دبابة", "pse-qassam", "PSE", "REB"),
    ("قال المتحدث باسم القوات المسلحة اليمنية إن العملية نجحت", "inst-army", "YEM", "MIL"),
    ("قالت المتحدثة باسم الشرطة البريطانية إن التحقيق مستمر", "inst-police", "GBR", "COP"),
])
def test_spokesman_of_a_body_is_the_body(resolver, text, entry_id, country, sector):
    [m] = covering(resolve(resolver, text), "باسم")
    assert (m.id, m.country, m.sector) == (entry_id, country, sector)
    assert m.rule.startswith("agent+speaks-for:")
    assert m.text.startswith("المتحدث")


def test_member_of_a_body_stays_the_person(resolver):
    [m] = resolve(resolver, "قال ضابط في الجيش المصري إن الوضع هادئ")
    assert (m.id, m.country, m.sector, m.rule) == ("agent-officers", "EGY", "MIL", "agent+member-of-body")


def test_spokesman_named_after_the_body_is_left_to_the_name(resolver):
    mentions = resolve(resolver, "قال المتحدث باسم كتائب القسام، أبو عبيدة، إن")
    assert not [m for m in mentions if m.rule.startswith("agent+speaks-for")]


# ---------------------------------------------------------------- data format

def _kb_with(tmp_path, countries=(), organizations=()):
    for name, data in {"countries.json": list(countries), "institutions.json": [],
                       "organizations.json": list(organizations), "agents.json": []}.items():
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return load_kb(tmp_path, cities=False)


def test_head_only_forms_are_marked_in_the_knowledge_base(tmp_path):
    country = {"id": "XYZ", "country": "ISR", "name": "X", "ar": ["بلد س"], "demonym": ["سيني"],
               "head_demonym": ["صادي"], "head_demonym_plural": ["صواد"], "source": "test"}
    group = {"id": "g", "name": "G", "ar": ["جماعة ع"], "country": "YEM", "sector": "REB",
             "demonym": ["عيني"], "source": "test"}
    kb = _kb_with(tmp_path, [country], [group])
    assert validate_kb(kb) == []
    state, body = [e for e in kb.entries if e.kind == "demonym"]
    assert {normalize_key("الصادية"), normalize_key("الصواد")} <= state.head_only_forms
    assert normalize_key("السينية") not in state.head_only_forms
    assert (body.id, body.sector) == ("g", "REB") and body.head_only_forms == {normalize_key(f) for f in body.forms}


def test_validator_reports_a_malformed_adjective_list(tmp_path):
    group = {"id": "g", "name": "G", "ar": ["جماعة ع"], "country": "YEM", "sector": "REB",
             "demonym": "عيني", "source": "test"}
    problems = validate_kb(_kb_with(tmp_path, [], [group]))
    assert any("demonym must list adjective stems" in p for p in problems)


# ---------------------------------------------------------------- in events

def test_spokesman_of_an_armed_group_announces_its_own_operation():
    from conftest import event_on
    e = event_on("أعلن المتحدث باسم سرايا القدس استهداف آلية عسكرية قرب المعبر.",
                 "ASSAULT", "استهداف")
    [actor] = e.actor
    assert (actor.country, actor.sector, actor.id) == ("PSE", "REB", "pse-saraya-quds")
    assert "announced" in e.rule


def test_houthi_attack_names_the_group_as_attacker():
    from conftest import event_on
    e = event_on("أصيب ثلاثة بحارة في هجوم حوثي على ناقلة نفط.", "ASSAULT", "هجوم")
    assert [(a.country, a.sector) for a in e.actor] == [("YEM", "REB")]
