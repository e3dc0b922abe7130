"""Event coding: who did what to whom, in CAMEO and PLOVER, over the dependency parse."""

from watchfloor.coding.events import EventCoder
from watchfloor.coding.lexicon import Lexicon, load_lexicon
from watchfloor.coding.ontology import Ontology, load_ontology

__all__ = ["EventCoder", "Lexicon", "Ontology", "load_lexicon", "load_ontology"]
