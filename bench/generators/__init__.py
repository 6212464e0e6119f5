"""Deterministic input generators: same (size, seed, corpus) -> byte-identical file.

``seeds`` holds our own bilingual sentence templates; ``material`` mixes them with sentences
read at run time from ``../shared/corpus`` (never copied into the repository).
"""
