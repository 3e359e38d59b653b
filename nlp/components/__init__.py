"""The rule components of the classifier pipeline; importing this package registers their factories.

``profile_matcher`` → ``pii_detector`` → ``flag_patterns`` → (``textcat`` and ``flagcat``, factories in ``safe_textcat``) → ``decide``.
The cue patterns live in ``cues/`` (one module per flag); ``cue_features`` hands the rules' findings
to the text classifiers. The same factories are spaCy entry points (``pyproject.toml``), so
``spacy.load`` finds them without this import once the package is installed.
"""

from nlp.components import decide, flag_patterns, pii_detector, profile_matcher, safe_textcat  # noqa: F401  (registers factories)
