"""Database failures said in one line: which database (password masked), what failed, what
to do. The traceback of a refused connection or a locked file helps nobody running a batch."""
from __future__ import annotations

import re
from pathlib import Path

SUPPORTED = "a SQLite file path, sqlite:///FILE or postgresql://USER@HOST/DATABASE"


def masked(target: str) -> str:
    """The database as the user named it, with any password replaced by ***."""
    return re.sub(r"^([a-z][\w+.-]*://[^:/@]*):[^@/]*@", r"\1:***@", target, flags=re.IGNORECASE)


def unsupported(target: str, backend: str) -> str:
    return f"cannot use database {masked(target)}: {backend!r} is not supported; use {SUPPORTED}"


def describe(target: str, error: BaseException, sqlite_file: Path | None) -> str:
    """One line for an exception raised while connecting to or writing into `target`."""
    where = f"cannot use database {masked(target)}"
    if isinstance(error, ImportError):
        if "psycopg" in str(error):
            return f"{where}: the PostgreSQL driver is not installed; pip install 'sepakat[postgres]'"
        return f"{where}: its driver is not installed ({error}); use {SUPPORTED}"
    message = _first_line(getattr(error, "orig", None) or error)
    lowered = message.lower()
    if sqlite_file is not None:
        if not sqlite_file.parent.is_dir():
            return f"{where}: the directory {sqlite_file.parent} does not exist; create it first"
        if "locked" in lowered or "busy" in lowered:
            return (f"{where}: the SQLite file is locked by another program; "
                    "wait for it to finish (or close it) and rerun")
        if "unable to open" in lowered or "readonly" in lowered or "read-only" in lowered:
            return f"{where}: the file cannot be opened for writing ({message}); check its permissions"
        if "not a database" in lowered:
            return f"{where}: the file is not a SQLite database; choose another file"
        return f"{where}: {message}"
    if "connection refused" in lowered or "could not translate host" in lowered or "timeout" in lowered:
        return f"{where}: cannot connect ({message}); is the server running at that host and port?"
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return (f"{where}: the server refused the user or password; check them (PGPASSWORD or "
                "~/.pgpass keep the password off the command line)")
    if "does not exist" in lowered:
        return f"{where}: {message}; create the database and role first (see docs/batch.md)"
    if "permission denied" in lowered:
        return f"{where}: {message}; grant the role the right to create tables in that database"
    return f"{where}: {message}"


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # psycopg puts the reason after "connection to server at ... failed:"
    line = lines[0] if lines else text
    line = line.rsplit(" failed: ", 1)[-1]
    return re.sub(r"^(FATAL|ERROR):\s+", "", line)
