"""Checks on hadath/data/actors/people.json (the dated office holders of the actor KB)."""
from __future__ import annotations

import importlib
import json
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from hadath.records import INTERNATIONAL_CODES, SECTORS
from hadath.text import normalize_string

STATES = ("DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN "
          "ARE YEM IRN ISR TUR USA RUS CHN GBR FRA DEU").split()
# Offices that did not exist or stood vacant on a checked date.
NO_HOLDER = {
    ("LBN", "head_of_state", "2024-09-18"),   # presidential vacancy 2022-11-01 .. 2025-01-08
    ("PSE", "defence_minister", "2024-09-18"),  # the State of Palestine has no defence ministry
    ("PSE", "defence_minister", "2025-06-01"),
}
CHECK_DATES = ("2024-09-18", "2025-06-01")
RESOLUTION_CASES = Path(__file__).resolve().parent / "data" / "kb_resolution_people.jsonl"


@lru_cache(maxsize=1)
def people() -> tuple[dict, ...]:
    raw = (resources.files("hadath") / "data" / "actors" / "people.json").read_text("utf-8")
    return tuple(json.loads(raw))


def person(pid: str) -> dict:
    return next(p for p in people() if p["id"] == pid)


def valid_on(role: dict, day: str) -> bool:
    return (role["start"] is None or role["start"] <= day) and (role["end"] is None or day <= role["end"])


def roles_on(pid: str, day: str) -> list[dict]:
    return [r for r in person(pid)["roles"] if valid_on(r, day)]


def holders(country: str, office: str, day: str) -> list[str]:
    return [p["id"] for p in people() for r in p["roles"]
            if r["country"] == country and r["office"] == office and valid_on(r, day)]


def is_valid_country(code: str) -> bool:
    return code in INTERNATIONAL_CODES or code == "PSE" or pycountry.countries.get(alpha_3=code) is not None


def test_at_least_400_people_with_unique_ids():
    ids = [p["id"] for p in people()]
    assert len(ids) >= 400
    assert len(ids) == len(set(ids))


def test_every_entry_has_name_forms_roles_and_source():
    for p in people():
        assert p["name"] and (p["ar"] or p["ar_short"]) and p["roles"] and p["source"], p["id"]
        assert p["id"].split("-")[0] == p["id"].split("-")[0].lower(), p["id"]


def test_roles_have_valid_codes_and_ordered_dates():
    for p in people():
        for r in p["roles"]:
            assert is_valid_country(r["country"]), (p["id"], r["country"])
            assert r["sector"] in SECTORS, (p["id"], r["sector"])
            if r["start"] and r["end"]:
                assert r["start"] <= r["end"], (p["id"], r)


@pytest.mark.parametrize("day", CHECK_DATES)
@pytest.mark.parametrize("office", ["head_of_state", "foreign_minister", "defence_minister"])
def test_each_state_has_core_office_holders(office: str, day: str):
    missing = [c for c in STATES if (c, office, day) not in NO_HOLDER and not holders(c, office, day)]
    assert not missing, f"no {office} on {day} for {missing}"


def test_core_offices_have_a_single_holder_on_checked_dates():
    for day in CHECK_DATES:
        for country in STATES:
            for office in ("head_of_state", "head_of_government", "foreign_minister"):
                found = holders(country, office, day)
                assert len(found) <= 1, (country, office, day, found)


def test_no_full_surface_form_belongs_to_two_people():
    owners: dict[str, set[str]] = defaultdict(set)
    for p in people():
        for form in p["ar"]:
            owners[normalize_string(form)].add(p["id"])
    shared = {form: ids for form, ids in owners.items() if len(ids) > 1}
    assert not shared


def test_short_forms_are_not_also_full_forms_of_the_same_person():
    for p in people():
        full = {normalize_string(f) for f in p["ar"]}
        assert not full & {normalize_string(f) for f in p["ar_short"]}, p["id"]


@pytest.mark.parametrize("pid, day, country, sector", [
    ("usa-trump", "2024-09-18", "USA", "ELI"),
    ("usa-trump", "2025-06-01", "USA", "GOV"),
    ("syr-sharaa", "2024-12-20", "SYR", "REB"),
    ("syr-sharaa", "2025-06-01", "SYR", "GOV"),
    ("lbn-salam", "2024-09-18", "IGO", "JUD"),
])
def test_date_dependent_codes(pid: str, day: str, country: str, sector: str):
    assert {(r["country"], r["sector"]) for r in roles_on(pid, day)} == {(country, sector)}


@pytest.mark.parametrize("country, office, day, pid", [
    ("LBN", "head_of_government", "2024-09-18", "lbn-mikati"),
    ("LBN", "head_of_government", "2025-06-01", "lbn-salam"),
    ("USA", "head_of_state", "2024-09-18", "usa-biden"),
    ("USA", "head_of_state", "2025-06-01", "usa-trump"),
    ("ISR", "defence_minister", "2024-09-18", "isr-gallant"),
    ("ISR", "defence_minister", "2025-06-01", "isr-katz"),
    ("IRN", "head_of_government", "2024-05-01", "irn-raisi"),
    ("IRN", "head_of_government", "2024-09-18", "irn-pezeshkian"),
])
def test_office_holder_on_date(country: str, office: str, day: str, pid: str):
    assert holders(country, office, day) == [pid]


@pytest.mark.parametrize("day, pid", [
    ("2024-09-18", "lbn-nasrallah"), ("2024-11-01", "lbn-qassem"),
])
def test_hezbollah_secretary_general(day: str, pid: str):
    leaders = [p["id"] for p in people() for r in p["roles"]
               if "Secretary-General of Hezbollah" == r["title"] and valid_on(r, day)]
    assert leaders == [pid]


@pytest.mark.parametrize("day, pid", [
    ("2024-06-01", "pse-haniyeh"), ("2024-09-01", "pse-sinwar"),
])
def test_hamas_political_bureau_chief(day: str, pid: str):
    leaders = [p["id"] for p in people() for r in p["roles"]
               if r["title"] == "Head of the Hamas political bureau" and valid_on(r, day)]
    assert leaders == [pid]


def test_hamas_political_bureau_vacant_between_leaders():
    leaders = [p["id"] for p in people() for r in p["roles"]
               if r["title"] == "Head of the Hamas political bureau" and valid_on(r, "2024-10-20")]
    assert leaders == []


def test_resolution_cases_are_well_formed():
    ids = {p["id"] for p in people()}
    lines = RESOLUTION_CASES.read_text("utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    assert len(cases) >= 100
    for case in cases:
        assert case["phrase"] in case["text"], case
        if case["expect"] is None:
            continue
        pid = case["expect"]["id"]
        assert pid in ids, case
        codes = {(r["country"], r["sector"]) for r in roles_on(pid, case["date"])}
        assert (case["expect"]["country"], case["expect"]["sector"]) in codes, case


def test_shared_kb_loader_accepts_people_when_available():
    try:
        kb_module = importlib.import_module("hadath.kb")
    except ImportError:
        pytest.skip("hadath.kb not written yet")
    if not hasattr(kb_module, "load_kb") or not hasattr(kb_module, "validate_kb"):
        pytest.skip("hadath.kb has no load_kb/validate_kb yet")
    kb = kb_module.load_kb()
    people_problems = [msg for msg in kb_module.validate_kb(kb) if "people" in msg.lower()]
    assert people_problems == []
