"""The complete ``civicdesk --help``: every station and every command with its options."""
