"""Errors raised by the classifier package; each message names the path or item concerned."""

from __future__ import annotations


class NlpError(Exception):
    """Base for classifier errors."""


class ModelMissing(NlpError):
    """No trained model where one was expected: ``nlp/model: no trained model; run `schoolwatch train```."""


class CorpusError(NlpError):
    """A corpus file is missing or a row is malformed (the message names file and line)."""


class TrainingConfigError(NlpError):
    """The classifier's training config lacks a setting training needs (the message names file and setting)."""
