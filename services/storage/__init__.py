"""Storage safety: what a database is before anything writes to it, outages as typed errors,
checked backups and restores."""
