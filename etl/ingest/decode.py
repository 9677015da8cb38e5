"""Bytes of a raw issue -> text: encoding detection (UTF-8, BOMs, GB18030), line endings, sanity checks."""

from __future__ import annotations

import re
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Magic numbers of files that land by mistake: images, archives, PDFs, office files.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (or an office document)"),
    (b"%PDF", "a PDF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"Rar!", "a RAR archive"),
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class DecodeError(ValueError):
    """The bytes are not a readable text issue; the message says why, for a person."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str  # BOM removed, newlines normalised to \n
    encoding: str
    has_bom: bool
    line_endings: str  # LF, CRLF, CR, mixed or none
    warnings: tuple[str, ...]


def _line_endings(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, n in (("CRLF", crlf), ("CR", cr), ("LF", lf)) if n]
    if not kinds:
        return "none"
    return kinds[0] if len(kinds) == 1 else "mixed"


def decode_bytes(data: bytes) -> Decoded:
    """Decode a raw issue, or raise DecodeError saying why it cannot be read as text."""
    if not data:
        raise DecodeError("the file is empty")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"the file is {what}, not text")
    warnings: list[str] = []
    encoding = None
    has_bom = False
    body = data
    for bom, enc in _BOMS:
        if data.startswith(bom):
            encoding, has_bom, body = enc, True, data[len(bom) :]
            break
    if encoding is None and b"\x00" in data[:4096]:
        raise DecodeError("the file holds NUL bytes: it is binary, not text")
    if encoding is None:
        try:
            text = body.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            text = _decode_gb18030(body, exc)
            encoding = "gb18030"
    else:
        try:
            text = body.decode(encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(
                f"it starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}"
            ) from exc
    endings = _line_endings(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DecodeError("the file holds only white space")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<head" in text[:4000].lower()):
        raise DecodeError("the file is an HTML page, not a raw issue: save the page's text, or its e-paper dump")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 200):
        raise DecodeError(f"the file holds {controls} control characters: it is binary, not text")
    if controls:
        warnings.append(f"removed {controls} control characters")
        text = _CONTROL.sub("", text)
    if not _CJK.search(text):
        warnings.append("no Chinese characters: this may not be a Chinese newspaper issue")
    return Decoded(text=text, encoding=encoding, has_bom=has_bom, line_endings=endings, warnings=tuple(warnings))


def _decode_gb18030(body: bytes, utf8_error: UnicodeDecodeError) -> str:
    """GB18030 decodes almost any byte string; accept it only when the result reads as Chinese text."""
    # A UTF-8 file cut in the middle of its last character is truncated, not GB18030.
    if utf8_error.start >= len(body) - 3 and utf8_error.reason == "unexpected end of data":
        raise DecodeError(
            f"the file is UTF-8 cut off in the middle of a character at byte {utf8_error.start} (truncated)"
        )
    try:
        text = body.decode("gb18030")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"the file is neither UTF-8 (invalid byte at {utf8_error.start}) nor GB18030 ({exc.reason} at byte {exc.start})"
        ) from exc
    han = len(_CJK.findall(text))
    visible = sum(1 for ch in text if not ch.isspace())
    # Random bytes decode as GB18030 into a soup of rare symbols; real text is mostly common Han and ASCII.
    common = sum(
        1
        for ch in text
        if ch.isascii() or "\u4e00" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef"
    )
    if visible == 0 or common / max(len(text), 1) < 0.95 or han == 0:
        raise DecodeError(
            f"the file is not UTF-8 (invalid byte at {utf8_error.start}) and does not read as GB18030 Chinese text"
        )
    return text
