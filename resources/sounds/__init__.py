"""Voice and sound files of the hall display."""
