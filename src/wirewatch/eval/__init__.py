"""Evaluation harness: quality metrics on ../shared/data, with CI floors (see floors.py)."""
