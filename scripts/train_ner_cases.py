#!/usr/bin/env python3
"""Score find_names on the hand-annotated cases in tests/entities/test_names_cases.py and list what differs."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "entities"))

from test_names_cases import (  # noqa: E402
    CASES,
    FRESH_CASES,
    HELDOUT_CASES,
    LOCAL_CASES,
    LOCAL_FINAL_CASES,
    LOCAL_FRESH_CASES,
    XWLB_FRESH_CASES,
    score_cases,
)

from etl.entities.names import find_names  # noqa: E402


def main() -> None:
    verbose = "-v" in sys.argv
    if "--local-final" in sys.argv:
        cases = LOCAL_FINAL_CASES
    elif "--xwlb-fresh" in sys.argv:
        cases = XWLB_FRESH_CASES
    elif "--local-fresh" in sys.argv:
        cases = LOCAL_FRESH_CASES
    elif "--local" in sys.argv:
        cases = LOCAL_CASES
    elif "--heldout" in sys.argv:
        cases = HELDOUT_CASES
    else:
        cases = FRESH_CASES if "--fresh" in sys.argv else CASES
    for case in cases if verbose else []:
        ms = find_names(case.text)
        persons = {m.canonical: m.titles for m in ms if m.type == "person" and m.titles}
        persons.update({m.canonical: () for m in ms if m.type == "person" and m.canonical not in persons})
        orgs = {m.text for m in ms if m.type == "organization"}
        places = {m.text for m in ms if m.type == "place"}
        if persons != case.persons:
            print("P", persons, "!=", case.persons)
        if case.orgs is not None and orgs != case.orgs:
            print("O", sorted(orgs), "!=", sorted(case.orgs))
        if case.places is not None and places != case.places:
            print("L", sorted(places), "!=", sorted(case.places))
    for kind, t in score_cases(cases).items():
        print(f"{kind}: F1 {t.f1:.3f} (tp {t.tp}, fp {t.fp}, fn {t.fn})")


if __name__ == "__main__":
    main()
