from narrativ.cli import main

raise SystemExit(main())
