"""The leaders' data-protection page: audit log, erasure, right of access and backups."""
