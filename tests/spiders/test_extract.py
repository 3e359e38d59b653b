"""Text as strangers write it, made readable: spaces, invisible characters, line breaks."""

from __future__ import annotations

from spiders.extract import MAX_TEXT_CHARS, strip_html, tidy


def test_non_breaking_and_odd_spaces_become_one_space():
    assert tidy("Mrs\u00a0Lambert\u2009and\t\tMr  Rowe") == "Mrs Lambert and Mr Rowe"


def test_invisible_characters_go_and_emoji_stay_whole():
    assert tidy("L\u200bambert\x00 said\u00ad \ufeffhi \U0001f468\u200d\U0001f469\u200d\U0001f467") == "Lambert said hi \U0001f468\u200d\U0001f469\u200d\U0001f467"


def test_paragraphs_are_kept_and_windows_line_ends_tidied():
    assert tidy("one \r\n\r\n\r\n two\r\nthree ") == "one\n\ntwo\nthree"


def test_html_fragments_keep_their_paragraphs_and_length_is_capped():
    assert strip_html("<p>first &amp; best</p><p>second<br>line</p><script>x()</script>") == "first & best\nsecond\nline"
    assert len(tidy("a" * (MAX_TEXT_CHARS + 10))) == MAX_TEXT_CHARS
