#!/usr/bin/env python3
"""Build hadath/data/actors/people.json from the compact sources in scripts/people_src/.

Usage: python scripts/build_people.py [--check]   (--check: validate only, write nothing)
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from hadath.text import normalize_string  # noqa: E402
from people_src import OFFICES, P  # noqa: E402

MODULES = ("west", "powers", "levant", "gulf", "africa", "intl", "world", "history")
OUT = ROOT / "hadath" / "data" / "actors" / "people.json"
CASES_OUT = ROOT / "tests" / "data" / "kb_resolution_people.jsonl"
BASE_SOURCE = ("Author's knowledge of the public record (news reports, official announcements) "
               "as of the knowledge cutoff; not checked against a live source.")
VERIFY_AFTER = "2025-06-30"


def parse_day(token: str) -> str | None:
    """``-`` is open; ``YYYY-MM-DD<`` (successor took office that day) becomes the day before."""
    if token == "-":
        return None
    if token.endswith("<"):
        day = dt.date.fromisoformat(token[:-1]) - dt.timedelta(days=1)
        return day.isoformat()
    return dt.date.fromisoformat(token).isoformat()


def parse_role(text: str) -> dict:
    country, sector, start, end, office, *title = text.split()
    if office not in OFFICES:
        raise ValueError(f"unknown office code {office!r} in role {text!r}")
    return {"country": country, "sector": sector, "title": " ".join(title),
            "office": OFFICES[office], "start": parse_day(start), "end": parse_day(end)}


def split_forms(forms: str) -> list[str]:
    """Distinct forms in authoring order, dropping those equal after normalisation."""
    seen: set[str] = set()
    out = []
    for form in (f.strip() for f in forms.split("|")):
        key = normalize_string(form)
        if form and key not in seen:
            seen.add(key)
            out.append(form)
    return out


def source_note(person: P, roles: list[dict]) -> str:
    notes = [BASE_SOURCE]
    if "approx" in person.flags:
        notes.append("Some dates approximate (month-level or best known).")
    late = any((r["start"] or "") > VERIFY_AFTER or (r["end"] or "") > VERIFY_AFTER
               for r in roles)
    if "verify" in person.flags or late:
        notes.append("Contains facts from after mid-2025 or otherwise uncertain: to verify.")
    if person.note:
        notes.append(person.note)
    return " ".join(notes)


def build_entry(person: P) -> dict:
    roles = sorted((parse_role(r) for r in person.roles), key=lambda r: r["start"] or "")
    ar = split_forms(person.ar)
    ar_keys = {normalize_string(f) for f in ar}
    short = [f for f in split_forms(person.short) if normalize_string(f) not in ar_keys]
    return {"id": person.id, "name": person.name, "ar": ar, "ar_short": short,
            "roles": roles, "source": source_note(person, roles)}


def collect() -> list[P]:
    """Every module's PEOPLE, with the EARLIER_ROLES a module adds to people of another."""
    people: list[P] = []
    earlier: dict[str, tuple[str, ...]] = {}
    for name in MODULES:
        module = importlib.import_module(f"people_src.{name}")
        people.extend(module.PEOPLE)
        for pid, roles in getattr(module, "EARLIER_ROLES", {}).items():
            earlier[pid] = earlier.get(pid, ()) + tuple(roles)
    unknown = set(earlier) - {person.id for person in people}
    if unknown:
        raise ValueError(f"EARLIER_ROLES for unknown people: {sorted(unknown)}")
    return [replace(person, roles=earlier.get(person.id, ()) + person.roles) for person in people]


def problems(entries: list[dict]) -> list[str]:
    out = []
    ids = defaultdict(int)
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entries:
        ids[e["id"]] += 1
        for form in e["ar"]:
            owners[normalize_string(form)].add(e["id"])
        for r in e["roles"]:
            if r["start"] and r["end"] and r["start"] > r["end"]:
                out.append(f"{e['id']}: role {r['title']!r} ends before it starts")
    out += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    out += [f"surface form {k!r} in ar of {sorted(v)}" for k, v in owners.items() if len(v) > 1]
    return out


def code_on(entry: dict, day: str) -> tuple[str, str]:
    """The (country, sector) a resolver should give ``entry`` on ``day``: a named office
    before an "other" role when several are valid."""
    valid = [r for r in entry["roles"]
             if (r["start"] or "") <= day and (r["end"] is None or day <= r["end"])]
    if not valid:
        raise ValueError(f"{entry['id']} holds no role on {day}")
    valid.sort(key=lambda r: r["office"] == "other")
    return valid[0]["country"], valid[0]["sector"]


def resolution_cases(entries: list[dict]) -> list[dict]:
    from people_src.resolution_cases import NULL, RESOLVE
    by_id = {e["id"]: e for e in entries}
    out = []
    for text, phrase, day, pid in RESOLVE:
        if phrase not in text:
            raise ValueError(f"phrase {phrase!r} not in {text!r}")
        country, sector = code_on(by_id[pid], day)
        out.append({"text": text, "phrase": phrase, "date": day,
                    "expect": {"id": pid, "country": country, "sector": sector}})
    out += [{"text": t, "phrase": ph, "date": d, "expect": None} for t, ph, d in NULL]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="validate only")
    args = ap.parse_args(argv)
    entries = [build_entry(p) for p in collect()]
    found = problems(entries)
    for msg in found:
        print(msg, file=sys.stderr)
    if found:
        return 1
    if not args.check:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        cases = resolution_cases(entries)
        CASES_OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases),
                             encoding="utf-8")
    print(f"{len(entries)} people{'' if args.check else ' written to ' + str(OUT.relative_to(ROOT))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
