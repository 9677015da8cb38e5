"""The command line's fixed interface: `python -m etl parse FILE` and `python -m etl entities`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPECIMEN = ROOT / "samples" / "raw" / "000_549d95c93c17b7b1.txt"


def _run(*args: str, stdin: str | None = None) -> list[dict]:  # type: ignore[type-arg]
    proc = subprocess.run(
        [sys.executable, "-m", "etl", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, check=True
    )
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def test_parse_prints_one_json_object_per_article_with_the_fixed_fields() -> None:
    articles = _run("parse", str(SPECIMEN))
    assert [a["seq"] for a in articles] == [1, 2, 3, 4]
    required = {
        "seq",
        "page",
        "kicker",
        "headline",
        "subtitle",
        "reporters",
        "dateline",
        "body",
        "persons",
        "organizations",
        "places",
        "documents",
    }
    assert all(required <= set(a) for a in articles)
    third = articles[2]
    assert third["reporters"][:2] == [
        {"name": "万峰鸣", "role": "见习记者", "affiliation": "本报"},
        {"name": "张可馨", "role": "记者", "affiliation": "本报"},
    ]
    assert "《中华人民共和国安全生产法》" not in third["documents"] and "中华人民共和国安全生产法" in third["documents"]
    qiao = next(p for p in articles[0]["persons"] if p["name"] == "乔俊杰")
    assert qiao["titles"][:2] == ["市委常委", "区委书记"]
    # The sidecar dates the issue 2024-03-15, so 昨天 in the lead is the 14th.
    assert articles[0]["event_date"] == "2024-03-14"


def test_parse_on_a_binary_file_fails_with_the_reason(tmp_path: Path) -> None:
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    proc = subprocess.run([sys.executable, "-m", "etl", "parse", str(bad)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 2
    assert "scan.txt" in proc.stderr and "PNG image" in proc.stderr


def test_entities_prints_mentions_with_offsets_into_stdin() -> None:
    text = "昨天下午，市委常委、区委书记乔俊杰在武进区调研，项目投资约100亿元。"
    mentions = _run("entities", "--issue-date", "2024-03-15", stdin=text)
    for m in mentions:
        assert text[m["start"] : m["end"]] == m["text"]
    by_type = {m["type"]: m for m in mentions}
    assert by_type["person"]["canonical"] == "乔俊杰" and by_type["person"]["titles"] == ["市委常委", "区委书记"]
    assert by_type["place"]["adcode"] == "320412"
    assert by_type["amount"]["value"] == 1.0e10 and by_type["amount"]["unit"] == "CNY"
    assert by_type["date"]["start_date"] == "2024-03-14"


def test_parse_into_a_reader_that_stops_early_ends_quietly(tmp_path: Path) -> None:
    # etl parse FILE | head -1: the reader closes the pipe; no traceback, exit status 0.  (The issue is long enough
    # that its JSON fills the pipe: the writer meets the closed pipe.)
    long_issue = tmp_path / "long.txt"
    long_issue.write_text(SPECIMEN.read_text(encoding="utf-8") * 60, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "etl", "parse", "--no-entities", str(long_issue)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert json.loads(first)["seq"] == 1
    assert "Traceback" not in err
