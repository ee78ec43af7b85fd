"""Fitting windows to the screens halls use: layouts that wrap and scale instead of growing."""
