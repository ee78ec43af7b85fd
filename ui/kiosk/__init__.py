"""The touch kiosk where residents take a queue ticket."""
