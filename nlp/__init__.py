"""schoolwatch's classifier: label each mention neutral, critical or malicious, with flags, targets
and reasons a headteacher can check.

One spaCy pipeline (``nlp/configs/classifier.cfg`` is its source of truth):
``profile_matcher`` (the school, staff and town, injected at load time) → ``pii_detector`` (phone
numbers, emails, postcodes, street addresses near staff) → ``flag_patterns`` (threat, abuse, hate,
allegation, impersonation, pupil cues) → ``textcat`` (trained on ``nlp/corpus/``) → ``decide``
(``doc._.verdict``, an :class:`nlp.verdict.Verdict`).

Entry points, imported lazily so ``import nlp`` stays light:
- ``nlp.pipeline.load_nlp(model_dir=None, profile=None)`` and ``nlp.pipeline.MODEL_DIR``;
- ``nlp.classify.classify(nlp, texts)`` and ``nlp.classify.model_version(nlp)``;
- ``nlp.train.train(corpus_dir, out_dir, seed)`` (``python -m nlp.train``);
- ``nlp.evaluate.evaluate(nlp, examples)`` (``python -m nlp.evaluate``).

``nlp`` never imports ``store``: ``schoolwatch classify --stdin`` needs no database.
"""
