"""Serial printers and scanners need the ``dialout`` group on Debian.

A user is added with ``usermod`` (as root, or through ``sudo`` when someone can type the
password), and the membership counts only from the next login: we say so rather than
leave the IT person wondering why the printer still refuses.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import subprocess
import sys
from dataclasses import dataclass

GROUP = "dialout"


@dataclass(frozen=True)
class GroupResult:
    member: bool  # listed in the group now
    effective: bool  # this login session already has it
    message: str


def user_name() -> str:
    return pwd.getpwuid(os.getuid()).pw_name


def is_member(user: str, group: str = GROUP) -> bool:
    try:
        entry = grp.getgrnam(group)
    except KeyError:
        return False
    try:
        primary = pwd.getpwnam(user).pw_gid
    except KeyError:
        primary = -1
    return user in entry.gr_mem or primary == entry.gr_gid


def effective(group: str = GROUP) -> bool:
    try:
        return grp.getgrnam(group).gr_gid in os.getgroups()
    except KeyError:
        return False


def add_command(user: str) -> list[str]:
    usermod = shutil.which("usermod") or "/usr/sbin/usermod"
    command = [usermod, "--append", "--groups", GROUP, user]
    return command if os.geteuid() == 0 else ["sudo", *command]  # sudo finds usermod itself


def ensure_member(user: str, *, interactive: bool | None = None) -> GroupResult:
    """Add ``user`` to dialout when missing: directly as root, through sudo at a terminal."""
    if user == "root":
        return GroupResult(True, True, "root reaches serial ports without the dialout group.")
    try:
        grp.getgrnam(GROUP)
    except KeyError:
        return GroupResult(
            False,
            False,
            f"This system has no {GROUP} group; serial ports "
            "need the permissions its distribution documents.",
        )
    if not is_member(user):
        command = add_command(user)
        can_ask = sys.stdin.isatty() if interactive is None else interactive
        if command[0] != "sudo" or (can_ask and shutil.which("sudo")):
            subprocess.run(command, check=False)
        if not is_member(user):
            shown = " ".join(command)
            return GroupResult(
                False,
                False,
                f"{user} is not in the {GROUP} group, so serial printers and scanners will be "
                f"refused. Ask an administrator to run: {shown}"
                " (then log out and in again).",
            )
    if effective():
        return GroupResult(True, True, f"{user} is in the {GROUP} group (serial ports).")
    return GroupResult(
        True,
        False,
        f"{user} is in the {GROUP} group; it takes effect at the next login (log out and in "
        "again, or restart the PC) before serial printers and scanners work.",
    )
