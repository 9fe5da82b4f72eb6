"""The named widgets of each form of ui/, one module a form: written by tools/form_types.py."""
