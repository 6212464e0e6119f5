"""Dialogs: each loads its form from ui/ and keeps only behaviour here."""
