"""Bytes to text: decoding, and the checks every article text must pass."""

from __future__ import annotations

import codecs
import re

from according.read.inputs import InputError
from according.read.language import foreign_language
from according.read.prose import not_prose

CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
BINARY_CONTROL_RATIO = 0.02
_BYTE_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
_TEXT_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def is_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes, in the first 8 KB (UTF-16 with a BOM is text)."""
    head = data[:8192]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    return len(_BYTE_CONTROL.findall(head)) > BINARY_CONTROL_RATIO * max(1, len(head))


def decode(data: bytes) -> str | None:
    """UTF-8 (a BOM dropped), UTF-16 with a BOM, else cp1252 if that reads cleanly as text.

    None when no encoding fits.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if len(CONTROL.findall(text)) > BINARY_CONTROL_RATIO * len(text) else text


def is_binary_text(text: str) -> bool:
    """The rule of `is_binary` applied to decoded text (NUL, or many control characters,
    in the first 8,192 characters), so a string given to the API, a JSON line or a feed
    entry is judged as the same content in a file would be."""
    head = text[:8192]
    if "\x00" in head:
        return True
    return len(_TEXT_CONTROL.findall(head)) > BINARY_CONTROL_RATIO * max(1, len(head))


def check_article(text: str, name: str) -> InputError | None:
    """Why `text` cannot be an article (empty, binary, code or markup rather than prose, not
    English), or None when it can."""
    if not text.strip():
        return InputError(name, "empty")
    if is_binary_text(text):
        return InputError(name, "binary content (NUL or control characters)")
    if reason := not_prose(text):
        return InputError(name, reason)
    language = foreign_language(text)
    if language:
        return InputError(name, f"not English (looks like {language})")
    return None


def bytes_to_text(data: bytes, name: str) -> str | InputError:
    """Plain-text bytes as the article's text, or why they are not one."""
    if not data.strip():
        return InputError(name, "empty")
    if is_binary(data):
        return InputError(name, "binary file")
    text = decode(data)
    if text is None:
        return InputError(name, "not valid UTF-8 (or cp1252)")
    return check_article(text, name) or text
