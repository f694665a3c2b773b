"""Making handouts in the app: choose, preview the exact PDF, print or save, record."""
