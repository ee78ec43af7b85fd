"""Mediation referrals: intake, the lifecycle, deadlines, receiving bodies, documents."""
