"""Dialogs, each over a Designer form in ui/."""
