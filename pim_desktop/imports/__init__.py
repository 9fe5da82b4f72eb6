"""Imports: partners' spreadsheets (xlsx, csv) read, their columns recognised, each row previewed as it
will be stored with its problems, then applied in one transaction. Nothing here imports Qt."""
