"""Load the package's data files (lexicons, rules, gazetteer) from ``hadath/data``.

Every data file is plain JSON (optionally gzipped) so people can read and edit it; the
module that uses a file owns its validator, and ``hadath kb check`` runs them all.
"""
from __future__ import annotations

import gzip
import json
from importlib import resources
from typing import Any


class DataError(ValueError):
    """A data file is missing or does not follow its schema."""


def data_path(name: str):
    return resources.files("hadath") / "data" / name


def load_json(name: str) -> Any:
    """Parse ``hadath/data/<name>`` (``.json`` or ``.json.gz``)."""
    path = data_path(name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise DataError(f"data file {name} is missing from the package") from exc
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    try:
        return json.loads(raw.decode("utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"data file {name} is not valid JSON: {exc}") from exc


def require(condition: bool, where: str, message: str) -> None:
    if not condition:
        raise DataError(f"{where}: {message}")
