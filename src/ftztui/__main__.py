"""`python -m ftztui` is the same as the `ftztui` command."""

from ftztui.cli import main

raise SystemExit(main())
