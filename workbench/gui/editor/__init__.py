"""The side-by-side segment editor: model, delegate, view and undo commands."""
