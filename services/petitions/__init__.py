"""Petitions (信访): registration, the lifecycle of the Regulations on Letters and Visits
(2022) on the center's working-day calendar, referral to mediation, and reads.

``services.petitions.api`` gathers the operations; the modules behind it each do one job:
``states`` (the transition table and labels), ``deadlines`` (the periods), ``intake``
(registering), ``moves`` (every change of state), ``referral`` (to mediation), ``queries``,
``identity`` (the one place petitioners' ID numbers and phones are stored and read).
This file stays empty so that ``services.models`` can load the tables without the rest.
"""
