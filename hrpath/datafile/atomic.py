"""Writing a whole file or nothing: a temporary file beside it, then a rename.

Only regular files are ever replaced: a FIFO, device, directory or socket at
the path is refused. A symbolic link is written through: its target is the
file written (and must itself be a regular file or not exist), and the link
stays a link.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

from hrpath.datafile.limits import file_kind
from hrpath.errors import BadInput


def output_path(name: str) -> Path:
    """The Path for a file name from the command line; `x/` names a directory, not a file `x`."""
    if not name or name.endswith(("/", os.sep)):
        raise BadInput(f"{name!r} names a directory; give a file name")
    return Path(name)


def write_atomic(path: Path, text: str, overwrite: bool) -> None:
    """Write `text` to `path` so that readers see the old file or the new one, never half.

    Without `overwrite`, an existing file is left alone and BadInput is raised.
    Raises BadInput (one line) when the path is not a regular file, or the
    directory is missing or not writable.
    """
    shown = path
    path = _through_links(path)
    status = _status(path, shown)
    if status is not None and not stat.S_ISREG(status.st_mode):
        raise BadInput(f"{shown} is {file_kind(status.st_mode)}; only regular files are written")
    if not overwrite and status is not None:
        raise BadInput(f"{shown} already exists; use --force to overwrite it")
    mode = status.st_mode & 0o777 if status is not None else _default_mode()
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:100]}.", suffix=".tmp")
    except OSError as error:
        raise BadInput(f"cannot write {shown}: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        _move_into_place(temporary, path, overwrite)
    except BaseException as error:
        # Interrupted or failed: leave no temporary file behind.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise BadInput(f"cannot write {shown}: {error.strerror or error}") from error
        raise


def _through_links(path: Path) -> Path:
    """The file a symbolic link points to (links are written through, never replaced)."""
    try:
        return Path(os.path.realpath(path)) if path.is_symlink() else path
    except OSError:
        return path  # reported by _status with its reason


def _status(path: Path, shown: Path) -> os.stat_result | None:
    """lstat of the path, None when nothing is there; BadInput for names that cannot be used."""
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        raise BadInput(f"cannot write {shown}: {getattr(error, 'strerror', None) or error}") from error


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
