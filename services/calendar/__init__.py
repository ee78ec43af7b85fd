"""Working days, public holidays and the center's opening hours."""
