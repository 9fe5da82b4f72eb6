"""`python -m pim_desktop` is the same program as `pim-desktop`."""

import sys

from pim_desktop.cli import main

sys.exit(main())
