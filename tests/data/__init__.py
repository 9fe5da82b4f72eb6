"""The bad-input corpus: every kind of broken file a user may hand the program, made by the tests
(README.md beside this file lists them)."""
