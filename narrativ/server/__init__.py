"""The institution server: setting up a PostgreSQL database, its roles and staff logins."""
