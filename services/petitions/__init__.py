"""Petitions (信访): registration, the lifecycle of the Regulations on Letters and Visits
(2022) on the center's working-day calendar, referral to mediation, and reads.

Each module does one job, and callers import the one they use: ``states`` (the transition
table and labels), ``deadlines`` (the periods), ``intake`` (registering), ``moves`` (every
change of state), ``referral`` (to mediation), ``queries``, ``identity`` (the one place
petitioners' ID numbers and phones are stored and read).
This file stays empty so that ``services.storage.models`` can load the tables without the rest.
"""
