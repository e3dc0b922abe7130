"""The actor knowledge base and time-aware actor resolution.

kb = load_kb()                        # shipped data, plus WATCHFLOOR_KB if given
resolver = ActorResolver(kb)
resolver.resolve_text("Russian Defense Minister Sergei Shoigu", on=date(2023, 11, 11))
resolver.mentions(doc, on=article.published)
"""

from watchfloor.kb.base import Gazetteer, KnowledgeBase, load_kb
from watchfloor.kb.model import KbRecord, Mention, Place
from watchfloor.kb.resolver import ActorResolver

__all__ = [
    "ActorResolver",
    "Gazetteer",
    "KbRecord",
    "KnowledgeBase",
    "Mention",
    "Place",
    "load_kb",
]
