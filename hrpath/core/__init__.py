"""The core: the model, the graph and every question asked of it. Imports neither typer nor rich."""
