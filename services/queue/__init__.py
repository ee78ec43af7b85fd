"""The walk-in queue: issuing, calling and serving tickets, the display's data, the print spool."""
