"""Throw-away databases for screenshots and demonstrations, so they never touch a real one."""
