"""``setup-station``: make this PC a kiosk, display, counter or manager that starts itself."""
