"""Appointments (预约) in the counter and manager windows: the booking form, a day's list."""
