"""The service catalog and counters: reading them, and what a new center starts with."""
