"""The command line: the typer app, shared options, the error boundary and one module per command group."""
