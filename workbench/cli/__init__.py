"""The ``workbench`` command line: every headless job, scriptable.

Exit codes: 0 ok, 1 findings or failure, 2 usage error. User errors are one line on
stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence

from workbench.cli.commands import COMMANDS, CommandContext
from workbench.errors import WorkbenchError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


class _VersionAction(argparse.Action):
    """``--version``: the installed version is looked up only when asked for (30 ms)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from workbench import __version__

        sys.stdout.write(f"ICC Workbench {__version__}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="workbench",
        description="ICC Workbench (国际传播编辑工作台): bilingual editorial workbench.",
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--workspace",
        metavar="PATH",
        help="workspace file or URL (default: $WORKBENCH_WORKSPACE, else the user data dir)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    context = CommandContext(args)
    try:
        return int(args.handler(context) or EXIT_OK)
    except WorkbenchError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `workbench show 1 | head`
        return EXIT_OK
    finally:
        context.close()


def run() -> int:
    """The ``workbench`` command: ``main`` in a process that ends right after it."""
    code = main()
    # Keep the collector from walking every object of SQLAlchemy, lxml and python-docx on
    # the way out (0.25 s of a 1.2 s publish); exit handlers still run. Only here, never in
    # ``main``: a process that goes on (the tests) must keep collecting its garbage.
    gc.freeze()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
