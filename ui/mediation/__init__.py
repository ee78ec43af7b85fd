"""Mediation cases at the counter and the manager: list, detail, intake, the moves."""
