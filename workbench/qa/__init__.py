"""Quality checks for bilingual text: terminology, numbers, punctuation, consistency.

Layers: ``model`` (units, findings, fixes) → ``registry`` (check catalogue) → ``checks/``
(one module per family) → ``runner`` (a profile over units). ``units`` builds units from a
workspace or a bilingual file; ``store`` keeps profiles and ignored findings in a
workspace; ``fixes`` applies fixes; ``reports`` writes HTML and XLSX.
"""
