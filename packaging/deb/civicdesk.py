"""The installed CivicDesk: the program and the libraries it was built with sit beside it."""

import sys

sys.path[:0] = ["/opt/civicdesk/lib"]
sys.argv[0] = "civicdesk"

from main import main  # noqa: E402

sys.exit(main())
