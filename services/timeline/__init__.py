"""The timeline and audit rows that case-like records write on every change (``changes``)."""
