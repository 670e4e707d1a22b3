"""Writing a whole file or nothing: a temporary file beside it, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from hrpath.errors import BadInput


def write_atomic(path: Path, text: str, overwrite: bool) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never half.

    Without `overwrite`, an existing file is left alone and BadInput is raised.
    Raises BadInput (one line) when the directory is missing or not writable.
    """
    if path.is_dir():
        raise BadInput(f"{path} is a directory; give a file name")
    if not overwrite and path.exists():
        raise BadInput(f"{path} already exists; use --force to overwrite it")
    mode = path.stat().st_mode & 0o777 if path.exists() else _default_mode()
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise BadInput(f"cannot write {path}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        _move_into_place(temporary, path, overwrite)
    except BaseException:
        # Interrupted or failed: leave no temporary file behind.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _move_into_place(temporary: str, path: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temporary, path)
        return
    # A hard link fails if the name was taken meanwhile, where a rename would clobber it.
    try:
        os.link(temporary, path)
    except FileExistsError as error:
        raise BadInput(f"{path} already exists; use --force to overwrite it") from error
    except OSError:
        # No hard links on this file system: fall back to a rename.
        os.replace(temporary, path)
        return
    os.unlink(temporary)


def _default_mode() -> int:
    """The mode a plain `open(path, "w")` would give: 0o666 minus the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
