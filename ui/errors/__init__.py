"""Errors said in the window's language."""
