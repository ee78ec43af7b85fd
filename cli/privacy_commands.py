"""The data key on the command line: ``db rotate-key``, and the notice of a new key file."""

from __future__ import annotations

import argparse
from pathlib import Path

from cli.context import CommandContext
from cli.output import emit
from services.privacy.keys import KEY_ENV_VAR
from services.privacy.rotation import rotate_data_key


def register_db(
    db: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """``db rotate-key``; ``db`` is the subparsers of ``db`` (``cli.admin_commands``)."""
    db.add_parser(
        "rotate-key",
        parents=[common],
        help="re-encrypt residents' ID and phone numbers under a new data key "
        "(stop the stations first)",
    ).set_defaults(handler=db_rotate_key)


def new_key_notice(path: Path) -> str:
    return (
        f"Made the data key {path}, which encrypts residents' ID and phone numbers: back it up "
        f"apart from the database; every station of a hall needs it (copy the file, or set "
        f"{KEY_ENV_VAR} to its content). Without it the data cannot be read."
    )


def db_rotate_key(ctx: CommandContext, _args: argparse.Namespace) -> int:
    # ctx.database is brought up to date, and checked against the current key, on first use.
    rotation = rotate_data_key(ctx.database)
    lines = [
        f"Re-encrypted {rotation.residents} residents and {rotation.parties} mediation parties "
        f"under the new data key {rotation.new_key_id} (was {rotation.old_key_id})."
    ]
    if rotation.set_env_var:
        lines.append(
            f"Set {KEY_ENV_VAR} on every station to the content of {rotation.key_file}, "
            "then delete that file."
        )
    else:
        lines.append(f"The new key is in {rotation.key_file}; copy it to every station.")
        lines.append(
            f"The old key is kept in {rotation.retired_key_file} for backups made before now; "
            "delete it when those backups are gone."
        )
    emit(
        {
            "old_key_id": rotation.old_key_id,
            "new_key_id": rotation.new_key_id,
            "residents": rotation.residents,
            "parties": rotation.parties,
            "key_file": str(rotation.key_file),
            "retired_key_file": (
                str(rotation.retired_key_file) if rotation.retired_key_file else None
            ),
            "set_env_var": rotation.set_env_var,
        },
        "\n".join(lines),
        as_json=ctx.as_json,
    )
    return 0
