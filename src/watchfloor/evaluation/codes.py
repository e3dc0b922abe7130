"""Country codes of the PLOVER gold records, read as Watchfloor's codes.

A few gold records use country codes of older CAMEO and KEDS dictionaries ("JAP"
for Japan) where Watchfloor, like the rest of the gold file, uses ISO 3166-1 alpha-3.
"""

from __future__ import annotations

OLD_CODES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def gold_country(code: str) -> str:
    """The country part of a gold actor code, in current codes ("JAPGOV" -> "JPN")."""
    prefix = code[:3].upper()
    return OLD_CODES.get(prefix, prefix)
