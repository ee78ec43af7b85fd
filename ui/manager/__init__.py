"""The manager station: the day's figures, the hall now, to-dos."""
