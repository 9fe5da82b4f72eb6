"""The domain: vocabulary, plain data objects and the errors a user can meet. No Qt, no SQLAlchemy."""
