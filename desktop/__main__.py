"""``python -m desktop``: the GUI by default, CLI subcommands for headless work."""
from __future__ import annotations

import multiprocessing
import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--regulars-worker"]:  # desktop.workers.WORKER_FLAG: an analysis worker
        from desktop.workers import serve

        return serve()
    from desktop.core.startup import mark

    mark("interpreter started")
    from desktop.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    multiprocessing.freeze_support()  # the frozen build's analysis workers start here
    sys.exit(main())
