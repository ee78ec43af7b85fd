"""The center's clock in the windows: dates in the center's zone and the training-clock banner."""
