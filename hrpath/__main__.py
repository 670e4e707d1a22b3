"""`python -m hrpath`: the same as the `hrpath` command."""

from hrpath.cli.main import console

console()
