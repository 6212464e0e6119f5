"""Alignment review: check the aligner's links, fix them, turn them into TM units."""
