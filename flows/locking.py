"""One writer per home, for the CLI and for scheduled runs alike."""
from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class HomeBusy(Exception):
    """Another process is writing this home."""


@contextmanager
def home_lock(home: Path) -> Iterator[None]:
    """Hold the home's write lock; a second writer gets HomeBusy at once, naming the holder.
    The lock is an flock, so a killed holder releases it with its last file descriptor."""
    home.mkdir(parents=True, exist_ok=True)
    fh = open(home / ".lock", "a+")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise HomeBusy(f"{home} is being written by {holder}; wait for that run to finish, "
                       "or use another --home") from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"newsledger pid {os.getpid()}")
    fh.flush()
    try:
        yield
    finally:
        fh.close()
