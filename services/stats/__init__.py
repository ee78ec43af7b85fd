"""The manager's statistics, computed by SQL aggregation and cached per closed day."""
