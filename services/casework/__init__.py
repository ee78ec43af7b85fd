"""Casework at the counter: residents, service requests (受理) and ratings of a visit."""
