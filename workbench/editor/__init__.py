"""The Qt-free core of the side-by-side editor.

``grid`` pages segments for the table model, ``changes`` applies undoable edit batches,
``workflow`` holds the status rules (confirm, propagation, reviewer actions), ``drafts``
keeps unconfirmed typing safe, ``structure`` splits and merges segments, ``find`` does
find and replace, and ``counts`` counts Chinese characters and English words.
"""
