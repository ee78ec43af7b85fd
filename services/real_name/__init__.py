"""Real-name tickets (实名取号): a ticket taken with a resident's ID card."""
