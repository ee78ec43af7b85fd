"""The database: engines and sessions, the stored models, migrations, schema version, backup."""
