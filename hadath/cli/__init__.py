"""The ``hadath`` command.  One module per subcommand; each exposes ``register(subparsers)``
which adds its parser and sets ``func(args) -> int`` as the handler."""
from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__

# Subcommand modules, in the order --help lists them.
COMMANDS = ("extract", "demo", "annotate", "eval", "kb", "store")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hadath",
        description="Arabic news in, sourced PLOVER event records out. Offline.",
        epilog="Run 'hadath COMMAND --help' for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"hadath {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{name}":
                continue          # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.func(args)
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
