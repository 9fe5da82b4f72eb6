"""Use cases over an open operation file. They take plain values and return plain dataclasses."""
