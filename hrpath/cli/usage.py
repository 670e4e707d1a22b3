"""Usage errors in the one error style: `error: ...` on one stderr line, exit 2.

Click would print a three-line Usage / Try / Error block. The app's group class
catches click's usage errors where they arise (parsing the group's own options,
resolving the command, parsing the command's arguments) and prints one line
naming the option instead, so `hrpath` and typer's CliRunner behave the same.
Typer 0.26-0.28 vendors click as `typer._click`.
"""

from __future__ import annotations

from typing import Any

from typer._click import Command, Context
from typer._click.exceptions import NoArgsIsHelpError, UsageError
from typer.core import TyperGroup

from hrpath.cli.boundary import fail
from hrpath.core.text import did_you_mean
from hrpath.errors import ExitCode


def one_line(error: UsageError) -> str:
    """Click's message as one line, lower-cased like every other error, with a pointer to help."""
    message = " ".join(error.format_message().split()).rstrip(".")
    message = message[:1].lower() + message[1:]
    path = error.ctx.command_path if error.ctx is not None else "hrpath"
    return f"{message} (see `{path} --help`)"


class OneLineErrors(TyperGroup):
    """The `hrpath` group: usage errors become one line; unknown commands get a did-you-mean."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: Context | None = None, **extra: Any
    ) -> Context:
        """Parse the group's own options; a usage error is one line."""
        try:
            return super().make_context(info_name, args, parent, **extra)
        except NoArgsIsHelpError:
            raise  # the help text itself, printed by click
        except UsageError as error:
            fail(one_line(error), ExitCode.BAD_INPUT)

    def resolve_command(self, ctx: Context, args: list[str]) -> tuple[str | None, Command | None, list[str]]:
        """The command named by `args[0]`, or a one-line error with the nearest command name."""
        name = args[0] if args else ""
        known = ctx.token_normalize_func(name) if ctx.token_normalize_func else name
        if name and not name.startswith("-") and self.get_command(ctx, known) is None:
            hint = did_you_mean(name, self.list_commands(ctx))
            fail(f"no such command {name!r}{hint} (see `{ctx.command_path} --help`)", ExitCode.BAD_INPUT)
        return super().resolve_command(ctx, args)

    def invoke(self, ctx: Context) -> Any:
        """Run the command; its argument parsing errors are one line."""
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except UsageError as error:
            fail(one_line(error), ExitCode.BAD_INPUT)
