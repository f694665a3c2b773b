"""The headless subcommands of ``narrativ``; each module registers a few."""
