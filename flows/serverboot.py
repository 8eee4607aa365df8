"""The temporary Prefect server's process: uvicorn, with Python's garbage
collector paused while Prefect's server is imported.

Importing ``prefect.server.api.server`` builds millions of objects (SQLAlchemy
models, pydantic schemas, FastAPI routes) and no garbage; the collector's
passes over them were ~2 s of the server's 5–6 s boot on this machine (the
boot is the floor of a short run). After the import the objects are frozen out
of every later pass and collection resumes as usual.

    python -m flows.serverboot <uvicorn arguments>
"""
from __future__ import annotations

import gc
import sys


def main() -> None:
    gc.disable()
    try:
        import prefect.server.api.server  # noqa: F401  (what --factory then finds imported)
        from uvicorn.main import main as uvicorn_main
    finally:
        gc.freeze()
        gc.enable()
    uvicorn_main()   # reads sys.argv: the uvicorn arguments after the module name


if __name__ == "__main__":
    sys.argv[0] = "uvicorn"
    main()
