import json
from pathlib import Path

import pytest

from hadath.kb import Entry, KnowledgeBase, Role, load_kb, valid_country_code
from hadath.recognize.actors import ActorResolver, find_actors, person_role
from hadath.text import TextLayer

DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RESOLUTION_FILES = ("kb_resolution.jsonl", "kb_resolution_people.jsonl")


@pytest.fixture(scope="module")
def resolver():
    return ActorResolver(load_kb())


def resolve(resolver, text, date=None):
    return resolver.find(TextLayer(text), date=date)


def test_offsets_are_exact(resolver):
    text = "وقال وزيرُ الخارجيةِ الأمريكيُّ إن الجيش الإسرائيلي قصف"
    for m in resolve(resolver, text):
        assert text[m.start:m.end] == m.text


def test_role_takes_country_from_following_demonym(resolver):
    [m] = resolve(resolver, "وأكد الجيش المصري أنه")
    assert (m.country, m.sector, m.kind) == ("EGY", "MIL", "institution")
    assert m.rule == "institution+demonym"


def test_role_with_place_after_preposition(resolver):
    [m] = resolve(resolver, "أعلنت وزارة الصحة في غزة")
    assert (m.country, m.sector) == ("PSE", "GOV")


def test_occupation_needs_palestinian_or_lebanese_context(resolver):
    with_ctx = resolve(resolver, "اقتحمت قوات الاحتلال مخيما قرب نابلس")
    assert with_ctx[0].country == "ISR" and with_ctx[0].rule == "context-country"
    without = resolve(resolver, "كتب المؤلف عن الاحتلال في كتابه")
    assert without[0].country is None


def test_generic_words_need_a_country(resolver):
    assert resolve(resolver, "قالت الإدارة إنها") == []
    [m] = resolve(resolver, "قالت الإدارة الأمريكية إنها")
    assert m.country == "USA"


def test_longest_match_wins(resolver):
    [m] = resolve(resolver, "أعلنت حركة المقاومة الإسلامية")
    assert m.id == "pse-hamas"


def test_short_org_name_needs_head_word_or_earlier_full_form(resolver):
    assert all(m.id != "pse-fatah" for m in resolve(resolver, "فتح الباب أمام الجميع"))
    later = resolve(resolver, "قالت حركة فتح إن فتح لن تقبل")
    assert [m.id for m in later] == ["pse-fatah", "pse-fatah"]


def test_proclitics_are_matched(resolver):
    [m] = resolve(resolver, "وللولايات المتحدة مصالح")
    assert m.country == "USA"


def _toy_person_kb():
    person = Entry("p1", "person", "Person One", None, None, ("فلان الفلاني", "الفلاني"),
                   short_forms=("فلان",),
                   roles=(Role("EGY", "GOV", "Minister", "2010-01-01", "2015-12-31"),
                          Role("EGY", "LEG", "MP", "2016-01-01", None)))
    title = Entry("inst-minister", "institution", "minister", None, "GOV", ("الوزير",),
                  needs_country=True)
    return KnowledgeBase((person, title))


@pytest.mark.parametrize("text, word", [
    ("قال نبيه بري إن اللقاء كان مثمرا، وإن التحديات كبرى", "كبرى"),
    ("تحدث رونين بار أمام اللجنة، ثم التقى كبار الضباط", "كبار"),
])
def test_simile_proclitic_does_not_split_a_common_word_into_a_name(resolver, text, word):
    found = resolve(resolver, text)
    assert found, "the full name is still found"
    at = text.index(word)
    assert not any(at <= m.start < at + len(word) for m in found)


def test_simile_proclitic_still_allowed_before_a_role_noun(resolver):
    text = "وعمل الرجل كوسيط بين الطرفين"
    assert [text[m.start:m.end] for m in resolve(resolver, text)] == ["وسيط"]


def test_person_role_depends_on_date():
    person = _toy_person_kb().entries[0]
    assert person_role(person, "2012-05-05")[:2] == ("EGY", "GOV")
    assert person_role(person, "2020-05-05")[:2] == ("EGY", "LEG")
    assert person_role(person, "2005-05-05")[:2] == ("EGY", None)
    assert person_role(person, None)[:2] == ("EGY", "LEG")


def test_person_role_after_last_role_ended_is_elite():
    person = Entry("p2", "person", "P", None, None, ("س ص",),
                   roles=(Role("JOR", "GOV", "PM", "2000-01-01", "2001-01-01"),))
    assert person_role(person, "2010-01-01") == ("JOR", "ELI", "former-role")


def test_ambiguous_person_name_needs_title_or_full_name():
    resolver = ActorResolver(_toy_person_kb())
    assert resolve(resolver, "قال فلان إن", "2012-01-01") == []
    [m] = resolve(resolver, "قال الوزير فلان إن", "2012-01-01")
    assert (m.id, m.country, m.sector) == ("p1", "EGY", "GOV")
    found = resolve(resolver, "قال فلان الفلاني أمس. وأضاف فلان", "2012-01-01")
    assert [m.id for m in found] == ["p1", "p1"]


def _resolution_cases():
    for name in RESOLUTION_FILES:
        path = DATA / name
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    yield json.loads(line)


def _resolves(case, mentions) -> bool:
    """The first mention holding the phrase has every expected attribute (id, country,
    sector, kind: whichever the case gives); ``expect: null`` means no person may resolve
    there (an ambiguous short name without title or full name)."""
    if case["expect"] is None:
        return not any(case["phrase"] in m.text and m.kind == "person" for m in mentions)
    for m in mentions:
        if case["phrase"] in m.text:
            return all(getattr(m, key) == value for key, value in case["expect"].items())
    return False


def test_resolution_set_accuracy():
    cases = list(_resolution_cases())
    assert len(cases) >= 300
    good = sum(_resolves(c, find_actors(TextLayer(c["text"]), date=c.get("date"))) for c in cases)
    print(f"resolution set: {good}/{len(cases)} = {good / len(cases):.3f}")
    assert good / len(cases) >= 0.95, f"{good}/{len(cases)}"


# ---------------------------------------------------------------- event_gsr spans

def _region(text, words):
    words = [w for w in words if w.strip()]
    if not words or text.find(words[0]) < 0:
        return None
    start = end = text.find(words[0])
    for w in words:
        k = text.find(w, end)
        if k < 0:
            return None
        end = k + len(w)
    return start, end


def gsr_country_recall(root: Path) -> tuple[int, int]:
    """How often a gold source/target country (not None, a valid code) is the country of an
    actor the resolver finds inside the gold span."""
    hit = total = 0
    for path in sorted((root / "corpus" / "event_gsr").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            doc = json.loads(line)
            date = doc["published"] if doc["published"][:2] in ("19", "20") else None
            mentions = None
            for span in doc["spans"]:
                for side in ("source", "target"):
                    role = span[f"{side}_role"]
                    gold = role.get("main") if isinstance(role, dict) else None
                    if gold in (None, "None") or not valid_country_code(gold):
                        continue
                    if mentions is None:
                        mentions = find_actors(TextLayer(doc["text"]), date=date)
                    region = _region(doc["text"], span[f"{side}_actor"])
                    inside = [m for m in mentions if region and m.start < region[1] and region[0] < m.end]
                    total += 1
                    hit += any(m.country == gold for m in inside)
    return hit, total


def test_event_gsr_country_recall_is_measured():
    if not (SHARED / "corpus" / "event_gsr").is_dir():
        pytest.skip("../shared corpus not available")
    hit, total = gsr_country_recall(SHARED)
    assert total > 300
    # Measured 370/426 = 0.869 (docs/knowledge-base.md); 18 of the misses are the set's
    # coding of the Taliban and the Islamic State of Iraq as IMG, where we follow
    # gold-format.md (REB of their country).
    print(f"event_gsr country recall: {hit}/{total} = {hit / total:.3f}")
    assert hit / total >= 0.85


def _two_namesakes_kb():
    old = Entry("p-old", "person", "Old Namesake", None, None, ("سمير الفلاني",),
                short_forms=("الفلاني",),
                roles=(Role("LBN", "ELI", "former president", "2022-01-01", None),))
    new = Entry("p-new", "person", "New Namesake", None, None, ("وليد الفلاني",),
                short_forms=("الفلاني",),
                roles=(Role("LBN", "GOV", "President", "2025-01-01", None),))
    title = Entry("inst-president", "institution", "head of state", None, "GOV", ("الرئيس",),
                  needs_country=True)
    return KnowledgeBase((old, new, title))


def test_shared_short_name_goes_to_the_entry_named_earlier():
    resolver = ActorResolver(_two_namesakes_kb())
    found = resolve(resolver, "زار سمير الفلاني القرية. وقال الفلاني إن", "2025-06-01")
    assert [m.id for m in found] == ["p-old", "p-old"]


def test_shared_short_name_after_title_uses_the_title_sector():
    resolver = ActorResolver(_two_namesakes_kb())
    [m] = resolve(resolver, "قال الرئيس الفلاني إن", "2025-06-01")
    assert (m.id, m.sector, m.rule) == ("p-new", "GOV", "title+person:role-on-date")


def test_demonym_is_not_a_name_after_a_title_alone(resolver):
    [m] = resolve(resolver, "قال رئيس الوزراء العراقي إن", "2024-05-01")
    assert (m.country, m.kind) == ("IRQ", "institution")


def test_city_is_an_anchor_but_not_an_actor(resolver):
    found = resolve(resolver, "فرقت الشرطة في البصرة المحتجين", "2008-01-01")
    assert (found[0].text, found[0].country, found[0].sector) == ("الشرطة في البصرة", "IRQ", "COP")
    assert all(m.kind != "city" for m in found)


def test_find_actors_returns_non_overlapping_mentions_in_order():
    text = "قالت وزارة الخارجية الأمريكية إن حماس وحزب الله والحوثيين يهددون الملاحة"
    found = find_actors(TextLayer(text), date="2024-02-01")
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert {m.country for m in found} == {"USA", "PSE", "LBN", "YEM"}


def test_event_day_accepts_partial_dates_and_ignores_garbage():
    from hadath.recognize.actors import event_day
    assert event_day("2024-09-18T10:00") == "2024-09-18"
    assert event_day("2024-09") == "2024-09-15"
    assert event_day("2008") == "2008-07-01"
    assert event_day("2024-02-30") is None
    assert event_day("unknown") is None


def test_definite_role_takes_no_city_right_after_it(resolver):
    # الحي is also a city name; after a definite noun it is an adjective ("live fire")
    found = resolve(resolver, "أصيب شاب برصاص الاحتلال الحي قرب مخيم بلاطة في نابلس", "2024-05-01")
    [occupation] = [m for m in found if "الاحتلال" in m.text]
    assert (occupation.text, occupation.country, occupation.rule) == ("الاحتلال", "ISR", "context-country")


def test_occupation_keeps_israel_when_a_place_follows(resolver):
    found = resolve(resolver, "اقتحمت قوات الاحتلال في جنين عدة منازل", "2024-05-01")
    assert (found[0].country, found[0].sector) == ("ISR", "MIL")


def test_capital_after_the_word_capital_and_place_head_in_the_gap(resolver):
    found = resolve(resolver, "وقع انفجار قرب مقر المخابرات في العاصمة عمان فجرا", "2009-03-01")
    assert (found[0].country, found[0].sector) == ("JOR", "SPY")
    assert all(m.country != "OMN" for m in found)
    assert resolve(resolver, "زار الوزير سلطنة عمان")[-1].country == "OMN"


def test_body_adjective_between_role_and_place(resolver):
    m = resolve(resolver, "اعتقلت الشرطة الوطنية في الموصل ثلاثة مطلوبين", "2008-01-01")[0]
    assert (m.text, m.country, m.sector) == ("الشرطة الوطنية في الموصل", "IRQ", "COP")


def test_sentence_country_fallback_is_an_option(resolver):
    text = "قال وزير الداخلية إن الحدود مع الأردن ستبقى مغلقة. وأضاف المتحدث أنه"
    assert resolve(resolver, text, "2024-05-01")[0].country is None
    fallback = ActorResolver(load_kb(), sentence_fallback=True)
    found = resolve(fallback, text, "2024-05-01")
    assert (found[0].country, found[0].rule) == ("JOR", "institution:no-country+sentence-country")
    assert all(m.country is None for m in found if "المتحدث" in m.text)


@pytest.mark.parametrize("text,date,country,sector", [
    ("قال الرئيس الأميركي جورج بوش إن القوات ستبقى", "2007-05-01", "USA", "GOV"),
    ("أعلن أولمرت أن العملية ستتواصل", "2006-07-20", "ISR", "GOV"),
    ("انتقد أولمرت الحكومة الحالية", "2015-01-10", "ISR", "ELI"),
    ("استقبل نوري المالكي وفدا عشائريا", "2008-03-01", "IRQ", "GOV"),
    ("قال نوري المالكي إن ائتلافه سيشارك في الانتخابات", "2018-03-01", "IRQ", "PTY"),
    ("دعا فؤاد السنيورة إلى الحوار", "2007-01-15", "LBN", "GOV"),
])
def test_historical_office_holders(resolver, text, date, country, sector):
    [m] = [m for m in resolve(resolver, text, date) if m.kind == "person"]
    assert (m.country, m.sector) == (country, sector)


def test_demonym_after_a_descriptive_adjective(resolver):
    [m] = resolve(resolver, "وأعلنت قوات خاصة كندية")
    assert (m.country, m.sector) == ("CAN", "MIL")
    mentions = resolve(resolver, "هاجم مسلحون شركة أمنية كندية")
    company = [m for m in mentions if m.text.startswith("شركة")]
    assert company and company[0].country == "CAN"
    assert company[0].text.endswith("كندية")


def test_unknown_word_between_role_and_demonym_blocks_the_merge(resolver):
    mentions = resolve(resolver, "زار مواطنون اليوم كنديون")
    assert not any(m.text == "مواطنون اليوم كنديون" for m in mentions)


@pytest.mark.parametrize("text, expected", [
    ("أعلنت المقاومة الإسلامية في لبنان أنها استهدفت ثكنة. وكانت المقاومة قد قصفت موقعا",
     ("lbn-hezbollah", "LBN")),
    ("قالت حركة حماس إن مقاتليها فجروا عبوة. وأكدت المقاومة أنها ستواصل", ("pse-hamas", "PSE")),
    # the group named last is the one resumed
    ("قالت حركة حماس إن ... وأعلن حزب الله أنه قصف موقعا، كما استهدفت المقاومة", ("lbn-hezbollah", "LBN")),
])
def test_bare_resistance_resumes_the_group_named_before(resolver, text, expected):
    last = [m for m in resolve(resolver, text) if m.text.endswith("المقاومة")][-1]
    assert (last.id, last.country) == expected


def test_bare_resistance_with_no_group_named_stays_generic(resolver):
    [m] = [m for m in resolve(resolver, "استهدفت المقاومة تجمعا للجنود") if m.text == "المقاومة"]
    assert (m.id, m.country) == ("agent-resistance-fighters", None)


def test_a_name_read_as_a_city_is_that_citys_country_as_an_actor():
    from hadath.recognize.actors import read_as_places
    from hadath.recognize.places import find_places
    layer = TextLayer("زار الوفد عمان، وتجمع المحتجون في عمان أمام مجلس النواب")
    found = read_as_places(find_actors(layer), find_places(layer))
    [city] = [a for a in found if a.text == "عمان"]
    assert (city.country, city.kind) == ("JOR", "place")
    [crowd] = [a for a in found if a.text == "المحتجون في عمان"]
    assert (crowd.country, crowd.name) == ("JOR", "demonstrators (Amman)")


def test_a_country_read_as_a_country_is_left_alone():
    from hadath.recognize.actors import read_as_places
    from hadath.recognize.places import find_places
    layer = TextLayer("وقعت قطر وعمان اتفاقا")
    [actor] = [a for a in read_as_places(find_actors(layer), find_places(layer))
               if a.text.endswith("عمان")]
    assert actor.country == "OMN"


@pytest.mark.parametrize("text, kept", [
    ("هاجم مسلحون سوقا في ولاية النيجر شمال البلاد.", set()),
    ("عقد المرشح مؤتمرا في ولاية جورجيا قبل الانتخابات.", set()),
    ("زار وزير الخارجية النيجر الأسبوع الماضي.", {"NER"}),
])
def test_a_province_named_like_a_country_is_no_country(resolver, text, kept):
    countries = {m.country for m in resolve(resolver, text) if m.kind == "country"}
    assert countries == kept
