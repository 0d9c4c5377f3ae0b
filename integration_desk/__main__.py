from integration_desk.cli import main

raise SystemExit(main())
