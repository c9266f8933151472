"""Tests of ``wirewatch serve`` (a package, see conftest.py)."""
