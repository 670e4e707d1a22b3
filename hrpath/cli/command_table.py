"""The app's commands as the fast path needs them. Generated: do not edit.

Written by `python scripts/command_table.py --update` from the typer app;
tests/test_fast_path.py fails when it is stale.
"""

# (name, short help) of each visible command, in the order typer lists them.
COMMANDS = (
    ("show", "Show one role: duties, requirements, pay..."),
    ("list", "List every role by level, lowest first..."),
    ("sources", "List the sources the data cites: title,..."),
    ("route", "Plan the route from FROM to TO: each move..."),
    ("next", "Show the moves out of ROLE, closest first:..."),
    ("gaps", "Rank roles by how ready you are for them,..."),
    ("plan", "A personal plan from FROM to TO: the best..."),
    ("compare", "Compare two roles side by side, and say..."),
    ("map", "Draw the career map: roles by level and..."),
    ("export", "Export the graph as Mermaid, Graphviz DOT,..."),
    ("validate", "Check a data file and report every..."),
    ("init", "Start your own framework: write a small,..."),
    ("schema", "Print the JSON Schema of the data file,..."),
    ("search", "Find roles by words: title and aliases..."),
    ("terms", "List what --have accepts: education..."),
    ("profile", "Save what you have, so gaps, route and..."),
)

# For each command without subcommands: whether each positional argument completes role ids.
ROLE_ARGUMENTS = {
    "show": (True,),
    "list": (),
    "sources": (False,),
    "route": (True, True),
    "next": (True,),
    "gaps": (),
    "plan": (True, True),
    "compare": (True, True),
    "map": (),
    "export": (),
    "validate": (False,),
    "init": (False,),
    "schema": (),
    "search": (False,),
    "terms": (False,),
}

# Commands whose --have option completes education, skills and certifications.
HAVE_OPTION = frozenset(["gaps", "next", "plan", "route"])
