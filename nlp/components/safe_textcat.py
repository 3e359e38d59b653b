"""``safe_textcat`` and ``safe_textcat_multilabel``: spaCy's text classifiers, safe with empty docs.

thinc's bag-of-words n-gram layer indexes past the end of its buffer when an empty doc sits in a
batch next to non-empty ones (spaCy only guards the all-empty batch). ``predict`` here scores the
non-empty docs and gives each empty doc all-zero scores, so ``decide`` falls back to ``neutral``.
``flagcat`` may also skip docs ``textcat`` finds unlikely to be malicious (``gate_label``).

Two classifiers share ``doc.cats``: ``textcat`` (exclusive: neutral / critical / malicious) and
``flagcat`` (multi-label: the flags of a malicious item). Each checks and scores only its own
labels; ``flagcat`` reports its scores as ``flags_*`` (``schoolwatch.flag_scorer.v1``) so the
training loop still picks the best model by ``textcat``'s ``cats_*``.
Everything else (config, training, serialisation) is spaCy's.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline.textcat import DEFAULT_SINGLE_TEXTCAT_MODEL, TextCategorizer
from spacy.pipeline.textcat_multilabel import DEFAULT_MULTI_TEXTCAT_MODEL, MultiLabel_TextCategorizer
from spacy.scorer import Scorer
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model


class _EmptySafe:
    gate: tuple[str, float] | None = None

    def _wanted(self, doc: Doc) -> bool:
        return len(doc) > 0 and (self.gate is None or doc.cats.get(self.gate[0], 1.0) >= self.gate[1])

    def predict(self, docs: list[Doc]) -> Any:
        docs = list(docs)
        keep = [i for i, doc in enumerate(docs) if self._wanted(doc)]
        if len(keep) == len(docs):
            return super().predict(docs)
        scores = self.model.ops.xp.zeros((len(docs), len(self.labels)), dtype="f")
        if keep:
            scores[keep] = self.model.ops.asarray(self.model.predict([docs[i] for i in keep]))
        return scores

    def _validate_categories(self, examples: Any) -> None:
        """Check only this component's labels (``doc.cats`` also holds the other classifier's)."""
        for eg in examples:
            values = [eg.reference.cats[label] for label in self.labels if label in eg.reference.cats]
            if any(v not in (0.0, 1.0) for v in values):
                raise ValueError(f"{self.name}: cats must be 0 or 1: {eg.reference.cats}")
            if self.exclusive and values.count(1.0) > 1:
                raise ValueError(f"{self.name}: more than one of {self.labels} is 1: {eg.reference.cats}")


class SafeTextCategorizer(_EmptySafe, TextCategorizer):
    exclusive = True


class SafeMultiLabelTextCategorizer(_EmptySafe, MultiLabel_TextCategorizer):
    exclusive = False


@registry.scorers("schoolwatch.flag_scorer.v1")
def make_flag_scorer() -> Any:
    def score_flags(examples: Any, **kwargs: Any) -> dict[str, Any]:
        scores = Scorer.score_cats(examples, "cats", multi_label=True, **kwargs)
        return {key.replace("cats_", "flags_", 1): value for key, value in scores.items()}
    return score_flags


# spaCy's own textcat score weights
SCORE_WEIGHTS = {"cats_score": 1.0, "cats_score_desc": None, "cats_micro_p": None, "cats_micro_r": None,
                 "cats_micro_f": None, "cats_macro_p": None, "cats_macro_r": None, "cats_macro_f": None,
                 "cats_macro_auc": None, "cats_f_per_type": None}


@Language.factory(
    "safe_textcat",
    assigns=["doc.cats"],
    default_config={"threshold": 0.0, "model": DEFAULT_SINGLE_TEXTCAT_MODEL,
                    "scorer": {"@scorers": "spacy.textcat_scorer.v2"}},
    default_score_weights=SCORE_WEIGHTS,
)
def make_safe_textcat(nlp: Language, name: str, model: Model, threshold: float, scorer: Any) -> SafeTextCategorizer:
    return SafeTextCategorizer(nlp.vocab, model, name, threshold=threshold, scorer=scorer)


@registry.architectures("schoolwatch.TextCatBOW.v1")
def build_bow_classifier(exclusive_classes: bool, ngram_size: int, no_output_layer: bool,
                         length: int = 262144, attr: str = "LOWER", nO: int | None = None) -> Model:
    """``spacy.TextCatBOW.v3`` with the token attribute its n-grams hash as a setting.

    spaCy's hashes ``ORTH`` (``Head`` and ``head`` are different features); ``LOWER`` or ``NORM``
    let a small corpus generalise over case and spelling.
    """
    return build_bow_cue_classifier(exclusive_classes, ngram_size, no_output_layer, length, attr, cues=False, nO=nO)


@registry.architectures("schoolwatch.TextCatBOW.v2")
def build_bow_cue_classifier(exclusive_classes: bool, ngram_size: int, no_output_layer: bool,
                             length: int = 262144, attr: str = "LOWER", cues: bool = True,
                             lexicon: bool = False, nO: int | None = None, mask_names: bool = False) -> Model:
    """``schoolwatch.TextCatBOW.v1`` that also reads the rule components' findings (``cues``).

    With ``cues`` the model weighs "a threat cue fired" or "a news frame" like any n-gram
    (:mod:`nlp.components.cue_features`); training must then annotate with the rule components.
    ``lexicon`` adds counts of clearly positive and negative words from a sentiment lexicon;
    ``mask_names`` reads a name after a title as ``<name>`` (people in use are new to the model).
    """
    from functools import partial

    from spacy import attrs
    from spacy.ml.models.textcat import (NEG_VALUE, resizable, resize_and_set_ref, resize_linear_weighted,
                                         softmax_activation)
    from thinc.api import Logistic, SparseLinear_v2, chain, with_cpu

    from nlp.components.cue_features import extract_features

    length = 2 ** (length - 1).bit_length()
    sparse_linear = SparseLinear_v2(nO=nO, length=length)
    fill_defaults = {"b": 0, "W": 0}
    output_layer = None
    if not no_output_layer:
        fill_defaults["b"] = NEG_VALUE
        output_layer = softmax_activation() if exclusive_classes else Logistic()
    resizable_layer = resizable(sparse_linear, resize_layer=partial(resize_linear_weighted, fill_defaults=fill_defaults))
    model = chain(extract_features(ngram_size, getattr(attrs, attr), cues, lexicon, mask_names), resizable_layer)
    model = with_cpu(model, model.ops)
    if output_layer:
        model = chain(model, with_cpu(output_layer, output_layer.ops))
    if nO is not None:
        model.set_dim("nO", nO)
    model.set_ref("output_layer", sparse_linear)
    model.attrs["multi_label"] = not exclusive_classes
    model.attrs["resize_output"] = partial(resize_and_set_ref, resizable_layer=resizable_layer)
    return model


FLAG_SCORE_WEIGHTS = {"flags_score": 0.0, "flags_macro_f": None, "flags_macro_auc": None, "flags_f_per_type": None}


@Language.factory(
    "safe_textcat_multilabel",
    assigns=["doc.cats"],
    default_config={"threshold": 0.5, "model": DEFAULT_MULTI_TEXTCAT_MODEL,
                    "scorer": {"@scorers": "schoolwatch.flag_scorer.v1"}, "gate_label": "", "gate_threshold": 0.0},
    default_score_weights=FLAG_SCORE_WEIGHTS,
)
def make_safe_textcat_multilabel(nlp: Language, name: str, model: Model, threshold: float, scorer: Any,
                                 gate_label: str, gate_threshold: float) -> SafeMultiLabelTextCategorizer:
    """``gate_label``/``gate_threshold``: score only docs an earlier classifier gives at least that
    (flags matter only on likely-malicious items; the rest get zeros and cost nothing)."""
    component = SafeMultiLabelTextCategorizer(nlp.vocab, model, name, threshold=threshold, scorer=scorer)
    component.gate = (gate_label, gate_threshold) if gate_label else None
    return component
