"""``python -m schoolwatch.sampleweb [--port N] [--anchor YYYY-MM-DD]``: serve the sample web until Ctrl-C."""

from __future__ import annotations

import argparse
import threading
from datetime import date

from schoolwatch.sampleweb.server import SampleWeb


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m schoolwatch.sampleweb", description=__doc__)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (default: a free one)")
    parser.add_argument(
        "--anchor", type=date.fromisoformat, default=None, help="the newest day (default: today, UTC)"
    )
    args = parser.parse_args(argv)
    with SampleWeb(args.anchor, port=args.port) as web:
        print(web.base_url, flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
