"""What every window shares: start-up, translations, workers, models, theme, messages."""
