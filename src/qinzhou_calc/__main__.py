"""``python -m qinzhou_calc`` is the ``qinzhou-calc`` command."""

import sys

from .cli import main

sys.exit(main())
