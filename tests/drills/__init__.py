"""Fault drills: busy days, crashes, outages, device faults and fuzzed input (marker soak)."""
