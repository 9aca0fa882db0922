"""Entry point of the frozen app: the same `main` as `python -m neiqin` and the `neiqin` script."""

import sys

from neiqin.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
