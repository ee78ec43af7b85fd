"""The database: engines and sessions, the stored models, migrations, schema version; what a
database is before anything writes to it, outages as typed errors, checked backups and
restores."""
