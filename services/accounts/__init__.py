"""Staff accounts: sign-in with lockout and passwords."""
