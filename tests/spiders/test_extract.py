"""Text as strangers write it, made readable: spaces, invisible characters, line breaks."""

from __future__ import annotations

import pytest

from spiders.extract import MAX_TEXT_CHARS, read_json, storable, strip_html, tidy


def test_non_breaking_and_odd_spaces_become_one_space():
    assert tidy("Mrs\u00a0Lambert\u2009and\t\tMr  Rowe") == "Mrs Lambert and Mr Rowe"


def test_invisible_characters_go_and_emoji_stay_whole():
    assert tidy("L\u200bambert\x00 said\u00ad \ufeffhi \U0001f468\u200d\U0001f469\u200d\U0001f467") == "Lambert said hi \U0001f468\u200d\U0001f469\u200d\U0001f467"


def test_paragraphs_are_kept_and_windows_line_ends_tidied():
    assert tidy("one \r\n\r\n\r\n two\r\nthree ") == "one\n\ntwo\nthree"


def test_html_fragments_keep_their_paragraphs_and_length_is_capped():
    assert strip_html("<p>first &amp; best</p><p>second<br>line</p><script>x()</script>") == "first & best\nsecond\nline"
    assert len(tidy("a" * (MAX_TEXT_CHARS + 10))) == MAX_TEXT_CHARS


def test_half_an_emoji_shows_as_a_replacement_character():
    # "\ud83d" is the first half of a face emoji, as an API that cuts text short leaves it
    assert tidy("nativity was lovely \ud83d") == "nativity was lovely \ufffd"
    assert storable("a\x00b\udc00c") == "ab\ufffdc"


def test_json_strings_are_made_storable_keys_included():
    body = b'{"text": "lovely \\ud83d", "url": "https://x.example/1\\u0000", "k\\udc00": ["\\uD83D\\uDE00 whole"]}'
    assert read_json(body) == {"text": "lovely \ufffd", "url": "https://x.example/1", "k\ufffd": ["\U0001f600 whole"]}
    assert read_json(b'{"plain": "\\u00e9t\\u00e9"}') == {"plain": "\u00e9t\u00e9"}


@pytest.mark.parametrize("body", [b"<html>rate limited</html>", b"[" * 100_000, b'{"a": "\xff\xfe"}', b""])
def test_anything_that_is_not_json_is_a_value_error(body):
    with pytest.raises(ValueError):
        read_json(body)
