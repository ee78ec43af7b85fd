"""The administration tabs of the manager station."""
