"""Every command's usage line, walked from the parser itself so that none is ever missing."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from cli.app import build_parser

EXIT_STATUSES = (
    "Exit status: 0 done, 1 a clear error on stderr, 2 a usage error, 3 nobody waiting, "
    "4 the printer is not ready."
)

# Shown once in the heading rather than on every line.
_COMMON_OPTIONS = "[-h] [--json] [--db DB] [--config CONFIG]"


def command_paths(parser: argparse.ArgumentParser | None = None) -> Iterator[tuple[str, str]]:
    """(``ticket issue``, its usage) for every runnable command, in the parser's order."""
    yield from _walk(parser or build_parser(), [])


def _walk(parser: argparse.ArgumentParser, words: list[str]) -> Iterator[tuple[str, str]]:
    choices = _subcommands(parser)
    if not choices:
        usage = " ".join(parser.format_usage().split()).removeprefix("usage: ")
        yield " ".join(words), " ".join(usage.replace(_COMMON_OPTIONS, "").split())
        return
    for word, child in choices.items():
        yield from _walk(child, [*words, word])


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps its subparsers only here
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def command_reference() -> str:
    """The commands part of ``--help``: one usage line per command, then the exit statuses."""
    parser = build_parser()
    lines = [
        "Commands (headless; every command also takes --json, --db URL and --config FILE):",
        "",
    ]
    lines += [f"  {usage}" for _path, usage in command_paths(parser)]
    lines += ["", EXIT_STATUSES]
    return "\n".join(lines) + "\n"
