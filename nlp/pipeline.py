"""Load the classifier pipeline and inject the school profile.

``load_nlp(model_dir, profile)`` loads the trained pipeline (default :data:`MODEL_DIR`,
``nlp/model/`` next to this package, built by ``python -m nlp.train``) after registering the rule
components, then hands ``profile`` to ``profile_matcher``. The model itself knows no school.
"""

from __future__ import annotations

import gc
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from nlp.errors import ModelMissing

if TYPE_CHECKING:
    from spacy.language import Language

    from schoolwatch.config import Profile

PACKAGE_DIR = Path(__file__).resolve().parent
MODEL_DIR = PACKAGE_DIR / "model"
CONFIG_PATH = PACKAGE_DIR / "configs" / "classifier.cfg"


def register_components() -> None:
    """Register the rule components' factories with spaCy (idempotent)."""
    importlib.import_module("nlp.components")


def load_nlp(model_dir: Path | None = None, profile: Profile | None = None) -> Language:
    """The whole classifier pipeline from ``model_dir``, matching ``profile``'s school and staff."""
    import spacy

    model_dir = Path(model_dir) if model_dir is not None else MODEL_DIR
    if not (model_dir / "config.cfg").is_file():
        raise ModelMissing(f"{_shown(model_dir)}: no trained model; run `schoolwatch train`")
    register_components()
    pipeline = spacy.load(model_dir)
    set_profile(pipeline, profile)
    # The loaded model is hundreds of thousands of long-lived objects; moving them out of the
    # collector's view spares every later collection scanning them (measured ~7% of classifying).
    gc.freeze()
    return pipeline


def set_profile(pipeline: Language, profile: Profile | None) -> None:
    """Point the pipeline's ``profile_matcher`` at ``profile`` (``None``: no school)."""
    if "profile_matcher" in pipeline.pipe_names:
        pipeline.get_pipe("profile_matcher").set_profile(profile)


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PACKAGE_DIR.parent))
    except ValueError:
        return str(path)
