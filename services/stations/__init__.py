"""Running stations: their names, held by a heartbeat."""
