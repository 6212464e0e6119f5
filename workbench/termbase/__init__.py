"""Term bases: concept-oriented terminology (TBX-Basic shape) and term matching.

* ``data`` — plain ``ConceptData``/``TermData``, shared by the store, the matcher and the
  file formats;
* ``store`` — term bases in the workspace database (every change keeps a revision);
* ``normalize`` / ``matcher`` — finding terms in text with exact offsets
  (``TermMatcher``, ``matcher_for_workspace``);
* ``conflicts`` — the conflict finder;
* ``tbx`` / ``tabular`` / ``formats`` — interchange files.

Only ``data`` is imported here: the models import it, and the store imports the models.
"""

from __future__ import annotations

from workbench.termbase.data import TERM_LANGUAGES, ConceptData, TermData, TermStatus

__all__ = ["TERM_LANGUAGES", "ConceptData", "TermData", "TermStatus"]
