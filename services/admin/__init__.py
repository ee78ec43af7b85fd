"""Administration: catalog, counters, center settings, staff accounts, the audit log."""
