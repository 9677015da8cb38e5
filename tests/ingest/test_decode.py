"""Decoding raw issue bytes: every encoding real inputs come in, and the bad files that must be refused."""

from __future__ import annotations

import pytest

from etl.ingest.decode import DecodeError, decode_bytes

TEXT = "省人大常委会来武进考察\n\n本报讯 (记者 何新雨) 昨天，全省人大环资城建工作座谈会在常州召开。\n"


@pytest.mark.parametrize(
    ("data", "encoding", "has_bom", "endings"),
    [
        (TEXT.encode("utf-8"), "utf-8", False, "LF"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8", True, "LF"),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8", False, "CRLF"),
        (b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8"), "utf-8", True, "CRLF"),
        (TEXT.encode("gb18030"), "gb18030", False, "LF"),
        (TEXT.replace("\n", "\r\n").encode("gb18030"), "gb18030", False, "CRLF"),
        ("\ufeff".encode("utf-16-le") + TEXT.encode("utf-16-le"), "utf-16-le", True, "LF"),
    ],
    ids=["utf8", "utf8-bom", "utf8-crlf", "utf8-bom-crlf", "gb18030", "gb18030-crlf", "utf16-bom"],
)
def test_decodes_to_the_same_text(data: bytes, encoding: str, has_bom: bool, endings: str) -> None:
    d = decode_bytes(data)
    assert d.text == TEXT
    assert (d.encoding, d.has_bom, d.line_endings) == (encoding, has_bom, endings)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\r\n\t  \n", "white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "zip archive"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3", "PDF"),
        ("太湖治理".encode()[:-1], "truncated"),
        (b"\x00\x01\x02\x03binary\x00\x00", "NUL bytes"),
        (bytes(range(128, 256)) * 20, "GB18030"),
    ],
    ids=["empty", "whitespace", "png", "zip", "pdf", "truncated-utf8", "nul-bytes", "random-high-bytes"],
)
def test_refuses_what_is_not_a_text_issue(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)


def test_english_text_loads_with_a_warning() -> None:
    d = decode_bytes(b"Quarterly report\n\nThis is not a Chinese newspaper.\n")
    assert any("no Chinese characters" in w for w in d.warnings)


@pytest.mark.parametrize(
    "page",
    [
        b"<!DOCTYPE html>\n<html><head><title>\xe4\xba\xba\xe6\xb0\x91\xe6\x97\xa5\xe6\x8a\xa5</title></head></html>",
        b"  <html lang='zh'>\n<head><meta charset='utf-8'></head><body>\xe6\x8a\xa5</body></html>",
    ],
    ids=["doctype", "html-tag"],
)
def test_html_pages_are_refused_with_what_to_do(page: bytes) -> None:
    with pytest.raises(DecodeError, match="HTML page"):
        decode_bytes(page)
