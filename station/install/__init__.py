"""Installing CivicDesk on a hall PC: the system packages Qt needs, the station's autostart
entry and serial-port access, and the Windows forms of paths and port names. No Qt."""
