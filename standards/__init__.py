"""Pure implementations of public standards, importable by every layer (no I/O, no Qt)."""
