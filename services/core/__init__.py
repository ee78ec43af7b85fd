"""What every part of the domain shares.

Actors and permissions, the clock, typed errors, the operation context, the journal, the
center's settings and the live event feed.
"""
