"""Who may work at a station: what an account that cannot serve is told, and adding a clerk."""
