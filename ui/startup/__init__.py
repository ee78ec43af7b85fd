"""Starting a station: what shows before the domain is loaded."""
