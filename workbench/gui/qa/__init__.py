"""The QA panel, its controller and the profile editor."""
