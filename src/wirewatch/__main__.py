import sys

from wirewatch.cli import main

sys.exit(main())
