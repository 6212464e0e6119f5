"""The term base manager and its dialogs.

* ``manager`` — ``TermbaseManager``: term bases, the concept table, undo, import/export;
* ``concept_model`` — ``ConceptModel``: the lazy concept table (ids, rows fetched in pages);
* ``commands`` — the undo steps (add, edit, delete a concept);
* ``concept_dialog`` — ``ConceptDialog``: every field of one concept (also "Add term");
* ``import_wizard`` — ``TermbaseImportWizard``: file → column mapping → target → summary;
* ``conflicts_dialog`` — ``ConflictsDialog``: the conflict finder's findings;
* ``candidates_dialog`` — ``TermCandidatesDialog``: proposed zh–en pairs to accept or reject.

Nothing is imported here, so opening the editor does not load the manager.
"""

from __future__ import annotations
