"""wirewatch: who did what to whom, where and when, and who said it — from messy web pages."""

__version__ = "0.1.0"
