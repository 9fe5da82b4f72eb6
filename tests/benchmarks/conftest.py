"""Benchmarks run with `make bench`, never in `make test`; the table is printed at the end."""

import pytest

from tests.benchmarks.harness import report


@pytest.fixture(scope="session", autouse=True)
def print_table():
    yield
    print("\n" + report())
