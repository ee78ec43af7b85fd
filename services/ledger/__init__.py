"""The dispute-investigation ledger (矛盾纠纷排查台账): entries found by a grid member's round,
at a counter, from a petition, the 12345 hotline or the police; their risk, flags, state and
follow-up rhythm; the monthly round with zero reports; the early warnings.

``states`` (the transition table, risk and labels), ``entries`` (adding and moving entries),
``rounds`` (the monthly round and its report), ``warnings`` (what the manager must see).
This file stays empty so that ``services.storage.models`` can load ``models`` without the rest.
"""
