"""The district station: every center of the district side by side."""
