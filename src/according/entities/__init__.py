"""Names, titles, aliases and coreference of the people, organizations, outlets, places
and groups within one article.

Modules import downward only: words (data files, text helpers) <- builder (mentions,
drafts, clusters) <- person_names, coreference <- find (`find_entities`).
"""

from according.entities.builder import EntityCluster, Mention, MentionKind
from according.entities.find import cluster_at, find_entities, to_entities

__all__ = ["EntityCluster", "Mention", "MentionKind", "cluster_at", "find_entities",
           "to_entities"]
