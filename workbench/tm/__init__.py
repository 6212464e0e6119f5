"""Translation memory: every confirmed segment, imported TMX and aligned material.

* ``store``: bulk insert, one unit per confirmed segment (``sync_confirmed``), counts;
* ``hooks.record_confirmed``: called by ``editor.changes.apply_batch`` so the memory
  follows every confirm, review, undo and replace;
* ``lookup.lookup``: fuzzy matches (FTS5 trigram candidates re-ranked by rapidfuzz), and
  ``lookup.concordance`` (Chinese substring, English words);
* ``tmx_import``: TMX in (streaming, one transaction) and out.
"""
