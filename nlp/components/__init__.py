"""The rule components of the classifier pipeline; importing this package registers their factories.

``profile_matcher`` → ``pii_detector`` → ``flag_patterns`` → (``textcat`` and ``flagcat``, factories in ``safe_textcat``) → ``decide``.
"""

from nlp.components import decide, flag_patterns, pii_detector, profile_matcher, safe_textcat  # noqa: F401  (registers factories)
