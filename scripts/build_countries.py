"""Build hadath/data/actors/countries.json.

Arabic country names come from babel's CLDR data (ar locale), ISO alpha-3 codes and
English names from pycountry; demonyms, capitals, spelling variants and identifying
places are hand-written in scripts/countries_extra.json.  Run from the repository root:

    .venv/bin/python scripts/build_countries.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[1]
EXTRA = ROOT / "scripts" / "countries_extra.json"
OUT = ROOT / "hadath" / "data" / "actors" / "countries.json"
# Codes outside ISO 3166-1 that the contract uses, with the CLDR territory holding their name.
NON_ISO = {"KOS": "XK"}
SOURCE = "babel CLDR ar territory names + pycountry alpha-3 + hand-written scripts/countries_extra.json"


def cldr_names(alpha2: str, territories: dict[str, str]) -> list[str]:
    """The CLDR name, plus its form without a parenthesised alias ('ميانمار (بورما)')."""
    name = territories.get(alpha2)
    if not name:
        return []
    plain = re.sub(r"\s*\(.*?\)\s*", " ", name).strip()
    spaced = re.sub(r"\s*-\s*", " ", plain)
    return list(dict.fromkeys([name, plain, spaced]))


def english_name(code: str, extra: dict) -> str:
    if "name" in extra:
        return extra["name"]
    country = pycountry.countries.get(alpha_3=code)
    return getattr(country, "common_name", None) or country.name


def alpha2_of(code: str) -> str:
    return NON_ISO.get(code) or pycountry.countries.get(alpha_3=code).alpha_2


def build_entry(code: str, extra: dict, territories: dict[str, str]) -> dict:
    names = cldr_names(alpha2_of(code), territories) + extra.get("ar", [])
    capital_en, *capital_ar = extra["capital"]
    entry = {
        "id": code,
        "country": code,
        "name": english_name(code, extra),
        "ar": list(dict.fromkeys(n for n in names if n)),
        "demonym": extra.get("demonym", []),
        "capital": {"name": capital_en, "ar": capital_ar},
        "source": SOURCE,
    }
    if extra.get("plural"):
        entry["demonym_plural"] = extra["plural"]
    if extra.get("places"):
        entry["places"] = extra["places"]
    return entry


def main() -> None:
    extras = {k: v for k, v in json.loads(EXTRA.read_text("utf-8")).items() if not k.startswith("_")}
    territories = dict(Locale("ar").territories)
    entries = [build_entry(code, extra, territories) for code, extra in sorted(extras.items())]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    lines = ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries)
    OUT.write_text("[\n" + lines + "\n]\n", "utf-8")
    print(f"wrote {len(entries)} countries to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
