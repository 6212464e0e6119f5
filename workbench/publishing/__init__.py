"""Print publishing: DOCX issues of bilingual magazines, review documents, PDF proofs.

Qt-free. ``options`` (what to make), ``content`` (what goes in, read from the workspace),
``ooxml`` (the raw WordprocessingML python-docx lacks), ``templates`` (reference .docx
files), ``builder`` (the document), ``script`` (traditional editions), ``review`` (review
DOCX out and back), ``pdf`` (LibreOffice proof), ``output`` (safe saving), ``jobs``.
"""
