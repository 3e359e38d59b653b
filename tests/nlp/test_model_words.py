from __future__ import annotations

from nlp.components.model_words import ModelWords

TEXT = "Can't wait for the day I read Mrs Castellan's obituary in the Gazette. I'll frame it."


def test_words_are_whole_written_words_from_the_text_and_never_bare_stop_words(model_nlp):
    doc = model_nlp(TEXT)
    spans = ModelWords.of(model_nlp.get_pipe("textcat")).strongest(doc, ["malicious"])["malicious"]
    assert 0 < len(spans) <= 3
    for span in spans:
        assert span.text in TEXT
        assert not (span.start > 0 and not doc[span.start - 1].whitespace_ and not doc[span.start - 1].is_punct)
        assert not all(token.is_stop for token in span) or len(span.text.split()) == 1 < len(span)
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_no_reader_for_a_pipeline_without_the_bag_of_words_classifier(rules_nlp):
    assert ModelWords.of(rules_nlp.get_pipe("decide")) is None
