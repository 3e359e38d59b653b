"""Bag-of-words features plus the rule components' findings, for the text classifiers.

The bag of n-grams sees words; the rules see constructions ("better watch himself", a phone number
near a teacher's name, a news frame). :func:`extract_features` gives the classifier both: the
hashed n-grams of ``spacy.ml.extract_ngrams`` and one hashed key per finding:

- ``cue=<flag>/<strength>`` for each flag the rules found (``doc._.flag_strength``),
- ``rule=<flag>/<rule name>`` for each cue that fired (``doc.spans["flags"]``),
- ``frame=reporting`` when a news or warning frame was found (``doc.spans["reporting"]``),
- ``pii=<kind>`` for each contact detail and ``pii=doxxing`` when one exposes staff.

The findings do not depend on the school's profile (staff names only refine doxxing), so a model
trained without a profile reads them the same way in use. Training must run the rule components on
the training docs first: ``[training] annotating_components`` in the config.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc
from thinc.api import Model

from nlp.components import annotations
from nlp.components.cues.references import TITLES

_KEYS: dict[str, int] = {}


def _key(feature: str) -> int:
    """The 64-bit hash of a feature name (cached: a few hundred distinct names)."""
    key = _KEYS.get(feature)
    if key is None:
        key = _KEYS[feature] = get_string_id(feature)
    return key


FINDINGS_KEY = "schoolwatch.findings"


def findings(doc: Doc) -> list[int]:
    """Hashed keys of what the rule components found in ``doc`` (empty when they did not run).

    Computed once per doc (``textcat`` and ``flagcat`` both read them), after the rules have run.
    """
    keys = doc.user_data.get(FINDINGS_KEY)
    if keys is None:
        keys = doc.user_data[FINDINGS_KEY] = _findings(doc)
    return keys


def _findings(doc: Doc) -> list[int]:
    names: list[str] = []
    strength = annotations.get(doc, "flag_strength")
    if strength:
        names += [f"cue={flag}/{level}" for flag, level in strength.items()]
    spans = doc.spans
    if "flags" in spans:
        names += [f"rule={span.label_}/{span.kb_id_}" for span in spans["flags"]]
    if "reporting" in spans and len(spans["reporting"]):
        names.append("frame=reporting")
    if "pii" in spans:
        names += [f"pii={span.label_}" for span in spans["pii"]]
    if annotations.get(doc, "doxxing"):
        names.append("pii=doxxing")
    return [_key(name) for name in dict.fromkeys(names)]


def extract_features(ngram_size: int, attr: int, cues: bool = True, lexicon: bool = False,
                     mask_names: bool = False) -> Model:
    """A thinc layer: docs → ``(keys, counts, lengths)`` for ``SparseLinear``, as ``extract_ngrams`` gives.

    ``lexicon``: also count the words of a general sentiment lexicon (:func:`sentiment_words`) as
    ``lex=pos`` / ``lex=neg``, so praise or complaint in words the corpus never used still counts.
    ``mask_names``: n-grams read a name after a title as one word (:func:`masked_names`).
    """
    model: Model = Model("extract_features", _forward)
    model.attrs.update({"ngram_size": ngram_size, "attr": attr, "cues": cues, "lexicon": lexicon,
                        "mask_names": mask_names})
    return model


NAME_KEY = get_string_id("<name>")
TITLE_KEYS = frozenset(get_string_id(t.lower()) for t in (*TITLES, *(f"{t}." for t in TITLES)))


def masked_names(doc: Doc, keys: Any, lower: list[int] | None = None) -> Any:
    """``keys`` (one per token) with every capitalised word after a title replaced by ``<name>``.

    The people in a post are rarely people the model has seen: "Mrs Pendleford never replies" and
    "Mr Adeyemi never replies" should share "<name> never", not two n-grams of which one is new.
    ``lower``: the doc's ``LOWER`` keys as a list, if the caller has them.
    """
    if lower is None:
        lower = doc.to_array(LOWER).tolist()
    # a set lookup per token and a Token only after a title: array-wide checks cost more per post
    names = [i + 1 for i, key in enumerate(lower[:-1]) if key in TITLE_KEYS
             and ((word := doc[i + 1]).is_title or word.is_upper)]
    if not names:
        return keys
    keys = keys.copy()
    keys[names] = NAME_KEY
    return keys


_LEXICON: dict[str, Any] = {}
LEXICON_THRESHOLD = 1.5  # VADER valence (-4..4) at which a word counts as clearly positive or negative


def sentiment_words() -> tuple[frozenset[int], frozenset[int]]:
    """Hashes of clearly positive and clearly negative lower-case words (VADER's lexicon, a dependency)."""
    if not _LEXICON:
        import numpy
        from importlib.resources import files

        pos, neg = [], []
        for line in files("vaderSentiment").joinpath("vader_lexicon.txt").read_text(encoding="utf-8").splitlines():
            word, _, rest = line.partition("\t")
            valence = float(rest.split("\t", 1)[0]) if rest else 0.0
            if valence >= LEXICON_THRESHOLD:
                pos.append(get_string_id(word))
            elif valence <= -LEXICON_THRESHOLD:
                neg.append(get_string_id(word))
        _LEXICON["pos"], _LEXICON["neg"] = frozenset(pos), frozenset(neg)
        _LEXICON["keys"] = numpy.asarray([get_string_id("lex=pos"), get_string_id("lex=neg")], dtype="uint64")
    return _LEXICON["pos"], _LEXICON["neg"]


def ngram_keys(ops: Any, doc: Doc, unigrams: Any, ngram_size: int, mask_names: bool,
               lower: list[int] | None = None) -> list[Any]:
    """The keys the classifiers weigh, by position: one per token (``unigrams``, names masked if
    ``mask_names``), then one per run of 2 .. ``ngram_size`` tokens, each in text order."""
    if mask_names:
        unigrams = masked_names(doc, unigrams, lower)
    return [unigrams] + [ops.ngrams(n, unigrams) for n in range(2, ngram_size + 1)]


def _forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[Any, Any]:
    ops, xp = model.ops, model.ops.xp
    ngram_size, attr, cues = model.attrs["ngram_size"], model.attrs["attr"], model.attrs["cues"]
    lexicon, mask_names = model.attrs.get("lexicon", False), model.attrs.get("mask_names", False)
    # textcat and flagcat extract the same features from a doc: the second reads the first's
    cache_key = f"schoolwatch.features.{ngram_size}.{attr}.{cues}.{lexicon}.{mask_names}"
    batch_keys, batch_vals = [], []
    for doc in docs:
        cached = doc.user_data.get(cache_key)
        if cached is None:
            unigrams = ops.asarray(doc.to_array([attr]))
            lower = unigrams.tolist() if attr == LOWER and (mask_names or lexicon) else None
            ngrams = ngram_keys(ops, doc, unigrams, ngram_size, mask_names, lower)
            if cues:
                ngrams.append(xp.asarray(findings(doc), dtype="uint64"))
            if lexicon:
                pos, neg = sentiment_words()
                # a set lookup per token: numpy.isin would sort the whole lexicon for every doc
                if lower is None:
                    lower = doc.to_array([LOWER]).tolist()
                counts = [sum(1 for k in lower if k in pos), sum(1 for k in lower if k in neg)]
                ngrams.append(xp.repeat(_LEXICON["keys"], counts))
            cached = doc.user_data[cache_key] = xp.unique(xp.concatenate(ngrams), return_counts=True)
        keys, vals = cached
        batch_keys.append(keys)
        batch_vals.append(vals)
    lengths = ops.asarray([keys.shape[0] for keys in batch_keys], dtype="int32")
    keys = xp.concatenate(batch_keys)
    vals = ops.asarray(xp.concatenate(batch_vals), dtype="f")

    def backprop(dY: Any) -> list:
        return []

    return (keys, vals, lengths), backprop
