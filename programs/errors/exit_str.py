raise SystemExit("fatal: bye")
