"""Storage: the operation file (SQLite), its ORM models and its migrations. Only services use it."""
