"""A landing folder of every kind of bad file: each is loaded (with its warnings) or quarantined with a reason,
nothing stops the others, and the counts reconcile."""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from etl import pipelines
from etl.config import Settings
from etl.ingest import ingest_folder

ROOT = Path(__file__).resolve().parents[2]
SPECIMEN = (ROOT / "samples" / "raw" / "000_549d95c93c17b7b1.txt").read_text(encoding="utf-8")
ARTICLE = SPECIMEN.split("\n\n\n")[0] if "\n\n\n" in SPECIMEN else SPECIMEN[:3000]


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("issue.txt", SPECIMEN)
    return buf.getvalue()


# file name -> (bytes, expected outcome); sidecars are written next to their file where given.
CASES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "quarantined"),
    "whitespace.txt": (b" \n\t\r\n\u3000".replace(b"\u3000", "\u3000".encode()), "quarantined"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n" + os.urandom(2048), "quarantined"),
    "archive.txt": (_zip(), "quarantined"),
    "truncated.txt": (SPECIMEN.encode()[:-1], "quarantined"),
    "gb18030.txt": (SPECIMEN.replace("乔俊杰带队", "乔俊杰再次带队").encode("gb18030"), "loaded"),
    "utf16.txt": (b"\xff\xfe" + SPECIMEN.replace("省人大", "省人大常委").encode("utf-16-le"), "loaded"),
    "bom_crlf.txt": (b"\xef\xbb\xbf" + SPECIMEN.replace("\n", "\r\n").encode(), "loaded"),
    "huge.txt": ((SPECIMEN * 4600).encode()[: 50 * 1024 * 1024], "quarantined"),
    "one_line.txt": (("区政府召开会议" + "，推动工作落实" * 20000).encode(), "loaded"),
    "page.html.txt": (
        b"<!DOCTYPE html><html><head><title>x</title></head><body>\xe6\x8a\xa5</body></html>",
        "quarantined",
    ),
    "english.txt": (b"Quarterly results\n\nRevenue grew by four per cent in the third quarter.\n", "loaded"),
    "no_articles.txt": ("１２３４５６７８９０\n\n—— —— ——\n\n".encode(), "loaded"),
    "same_as_bom_crlf.txt": (b"\xef\xbb\xbf" + SPECIMEN.replace("\n", "\r\n").encode(), "duplicate"),
    "broken_sidecar.txt": (SPECIMEN.replace("太湖", "太湖流域", 1).encode(), "loaded"),
    "impossible_date.txt": (SPECIMEN.replace("东莞", "东莞市", 1).encode(), "loaded"),
    "evil_paper.txt": (SPECIMEN.replace("深圳", "深圳市", 1).encode(), "loaded"),
}
SIDECARS = {
    "broken_sidecar.txt": b'{"paper": "wjrb", ',
    "impossible_date.txt": b'{"paper": "wjrb", "date": "2024-02-30"}',
    "evil_paper.txt": b'{"paper": "../../etc", "date": "2024-03-15"}',
}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    tmp = tmp_path_factory.mktemp("bad")
    raw = tmp / "raw"
    raw.mkdir()
    for name, (data, _) in CASES.items():
        (raw / name).write_bytes(data)
    for name, data in SIDECARS.items():
        (raw / (name + ".json")).write_bytes(data)
    secret = tmp / "outside.txt"
    secret.write_text(SPECIMEN)
    os.symlink(secret, raw / "link_out.txt")
    settings = Settings.under(tmp, raw, default_paper="wjrb")
    start = datetime(2024, 3, 16, tzinfo=UTC)
    report = ingest_folder(settings, date(2024, 3, 16), "bad", start)
    parsed = {k: pipelines.parse_issue_file(settings, k) for k in report.issue_keys}
    mentions = {k: pipelines.extract_entities_file(settings, k) for k in report.issue_keys}
    return {"report": report, "settings": settings, "parsed": parsed, "mentions": mentions}


def test_each_file_gets_its_expected_outcome(outcome: dict[str, object]) -> None:
    report = outcome["report"]
    got = {f.source_file: f.outcome for f in report.files}  # type: ignore[attr-defined]
    expected = {name: want for name, (_, want) in CASES.items()} | {"link_out.txt": "quarantined"}
    assert got == expected


def test_counts_reconcile(outcome: dict[str, object]) -> None:
    s = outcome["report"].summary()  # type: ignore[attr-defined]
    assert s["files"] == len(CASES) + 1
    assert s["files"] == s["loaded"] + s["already_loaded"] + s["quarantined"] + s["duplicate"]


def test_every_quarantined_file_has_a_reason_a_person_understands(outcome: dict[str, object]) -> None:
    settings: Settings = outcome["settings"]  # type: ignore[assignment]
    reasons = {
        json.loads(p.read_text())["source_file"].rsplit("/", 1)[-1]: json.loads(p.read_text())["reason"]
        for p in settings.quarantine_dir.glob("*.reason.json")
    }
    assert set(reasons) == {
        "empty.txt",
        "whitespace.txt",
        "photo.txt",
        "archive.txt",
        "truncated.txt",
        "huge.txt",
        "page.html.txt",
        "link_out.txt",
    }
    words = {
        "empty.txt": "empty",
        "whitespace.txt": "white space",
        "photo.txt": "PNG image",
        "archive.txt": "zip",
        "truncated.txt": "truncated",
        "huge.txt": "MB",
        "page.html.txt": "HTML",
        "link_out.txt": "outside",
    }
    for name, word in words.items():
        assert word in reasons[name], (name, reasons[name])


def test_loaded_oddities_carry_warnings(outcome: dict[str, object]) -> None:
    files = {f.source_file: f for f in outcome["report"].files}  # type: ignore[attr-defined]
    assert any("no Chinese characters" in w for w in files["english.txt"].warnings)
    assert any("not valid JSON" in w for w in files["broken_sidecar.txt"].warnings)
    assert any("not a real calendar date" in w for w in files["impossible_date.txt"].warnings)
    assert any("looks like a path" in w for w in files["evil_paper.txt"].warnings)
    settings: Settings = outcome["settings"]  # type: ignore[assignment]
    assert not (settings.lake_dir.parent / "etc").exists()


def test_every_loaded_issue_is_parsed_and_extracted(outcome: dict[str, object]) -> None:
    parsed: dict[str, int] = outcome["parsed"]  # type: ignore[assignment]
    assert len(parsed) == 9  # loaded files, less none: every one went through parse and entities
    real = [n for k, n in parsed.items() if n >= 4]
    assert len(real) >= 5, "the specimen variants each give their articles"
