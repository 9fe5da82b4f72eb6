"""Controllers: turn user intentions into service calls and undo commands."""
