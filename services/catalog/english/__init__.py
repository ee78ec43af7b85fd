"""The catalog in English beside Chinese: seeded texts, and the rows that still lack English."""
