"""Appointments (预约) in time slots per service, and their check-in at the kiosk."""
