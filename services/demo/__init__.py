"""Demonstration data: a lively hall and a synthetic history."""
