import json
from pathlib import Path

import pytest

from hadath.kb import inflect_nisba, load_kb, validate_kb
from hadath.records import SECTORS
from hadath.resources import DataError


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_shipped_data_has_no_problems(kb):
    assert validate_kb(kb) == []


def test_coverage_counts(kb):
    counts = kb.counts()
    assert counts["country"] >= 196
    orgs = kb.by_kind("organization")
    international = [e for e in orgs if e.country in {"UNO", "IGO", "EUR", "NGO"}]
    assert len(orgs) - len(international) >= 150
    assert len(international) >= 80
    agent_forms = {f for e in kb.by_kind("agent") for f in e.forms}
    assert len(agent_forms) >= 200


def test_un_members_and_special_codes_present(kb):
    codes = {e.country for e in kb.by_kind("country")}
    assert {"PSE", "KOS", "TWN", "EGY", "USA", "ISR"} <= codes


def test_every_sector_is_plover(kb):
    assert all(e.sector is None or e.sector in SECTORS for e in kb.entries)


def test_nisba_inflection_generates_gender_number_and_article():
    forms = set(inflect_nisba("مصري"))
    assert {"مصري", "مصرية", "مصريون", "مصريين", "مصريا", "المصري", "المصرية",
            "المصريون", "المصريين"} <= forms


def test_multiword_demonym_inflects_every_word():
    assert "الكوريين الجنوبيين" in inflect_nisba("كوري جنوبي")


def _write(tmp_path: Path, **files):
    base = {"countries.json": [], "institutions.json": [], "organizations.json": [],
            "agents.json": []}
    base.update(files)
    for name, data in base.items():
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return load_kb(tmp_path)


def test_validator_reports_bad_codes_dates_and_duplicates(tmp_path):
    org = {"id": "x", "name": "X", "ar": ["جماعة س"], "country": "XXX", "sector": "BAD",
           "parent": None, "source": "test"}
    twin = dict(org, id="y", country="EGY", sector="REB")
    person = {"id": "x", "name": "P", "ar": ["فلان الفلاني"], "source": "test",
              "roles": [{"country": "EGY", "sector": "GOV", "title": "t",
                         "start": "2020-01-01", "end": "2019-01-01"}]}
    kb = _write(tmp_path, **{"organizations.json": [org, twin], "people.json": [person]})
    problems = "\n".join(validate_kb(kb))
    assert "invalid country code 'XXX'" in problems
    assert "invalid sector 'BAD'" in problems
    assert "start 2020-01-01 after end 2019-01-01" in problems
    assert "already used" in problems
    assert "belongs to both x and y" in problems


def test_missing_required_field_raises(tmp_path):
    with pytest.raises(DataError):
        _write(tmp_path, **{"agents.json": [{"id": "a", "ar": ["س"]}]})


def test_cli_check_and_lookup(capsys):
    from hadath.cli import main
    assert main(["kb", "check"]) == 0
    assert main(["kb", "lookup", "وزير الخارجية الأمريكي", "--date", "2024-09-18", "--json"]) == 0
    [line] = capsys.readouterr().out.strip().splitlines()[-1:]
    record = json.loads(line)
    assert (record["country"], record["sector"], record["rule"]) == ("USA", "GOV", "institution+demonym")


def test_cli_stats_lists_categories(capsys):
    from hadath.cli import main
    assert main(["kb", "stats"]) == 0
    out = capsys.readouterr().out
    assert "organization" in out and "agent" in out


def _copy_actor_files(tmp_path: Path) -> Path:
    from hadath.resources import data_path
    for name in ("countries.json", "institutions.json", "organizations.json", "agents.json"):
        (tmp_path / name).write_text(data_path(f"actors/{name}").read_text("utf-8"), "utf-8")
    return tmp_path


def test_city_anchors_come_from_the_shipped_file(tmp_path):
    cities = {"source": "test cities", "cities": [
        {"id": "c-1", "name": "Town One", "country": "IRQ", "ar": ["قرية الاختبار"]},
        {"id": "c-2", "name": "Town Two", "country": "XXX", "ar": ["بلدة التجربة"]},
        {"id": "c-3", "name": "Egypt again", "country": "EGY", "ar": ["مصر"]}]}
    directory = _copy_actor_files(tmp_path)
    (directory / "city_anchors.json").write_text(json.dumps(cities, ensure_ascii=False), "utf-8")
    kb = load_kb(directory)
    assert {e.id for e in kb.by_kind("city")} == {"c-1", "c-2"}   # مصر stays the country
    problems = validate_kb(kb)
    assert any("c-2" in p and "invalid country" in p for p in problems)
    assert not any("c-1" in p for p in problems)


def test_kb_works_without_city_anchors(tmp_path):
    kb = load_kb(_copy_actor_files(tmp_path))
    assert kb.by_kind("city") == [] and kb.by_kind("country")


def test_city_named_like_a_common_word_anchors_no_role():
    from hadath.kb import common_word_names, load_kb
    from hadath.text import normalize_key
    common = common_word_names()
    assert normalize_key("بيان") in common
    cities = [e for e in load_kb().entries if e.kind == "city"]
    assert cities and not any(normalize_key(f) in common for e in cities for f in e.forms)


def test_multinational_forces_have_no_place_country():
    from hadath.kb import load_kb
    forces = [e for e in load_kb().entries if e.id == "agent-multinational-forces"]
    assert forces and forces[0].country == "IGO"
