"""What the program says back about what a person or a script gave it."""
