"""A staff member's own login role on the server, tied to their staff row.

The password is turned into a SCRAM verifier on this PC (libpq's PQencryptPasswordConn),
so the plain password never travels in a statement nor lands in the server's logs.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from narrativ.errors import InvalidInput
from narrativ.server.roles import STAFF_ROLES
from narrativ.store.server_url import LOGIN_NAME
from narrativ.vault.vault import check_password_strength


def check_login_name(login: str) -> str:
    login = login.strip()
    if not LOGIN_NAME.match(login) or login.startswith(("pg_", "narrativ")):
        raise InvalidInput(
            f"«{login}» kan ikke bruges som login: brug små bogstaver a–z, tal og _ "
            "(2–41 tegn), fx rikke_s."
        )
    return login


def role_exists(connection: Connection, login: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
    return found.first() is not None


def create_login(
    connection: Connection, staff_id: int, role: str, login: str, password: str
) -> None:
    """CREATE ROLE … LOGIN in the staff member's group role, and the staff_login row."""
    import psycopg.sql

    login = check_login_name(login)
    check_password_strength(password)
    if role_exists(connection, login):
        raise InvalidInput(f"Der findes allerede et login «{login}» på serveren.")
    has_one = connection.execute(
        text("SELECT role_name FROM staff_login WHERE staff_id = :s"), {"s": staff_id}
    ).first()
    if has_one is not None:
        raise InvalidInput(f"Medarbejderen har allerede et login på serveren: «{has_one[0]}».")
    raw = connection.connection.driver_connection
    verifier = raw.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
    statement = psycopg.sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
        psycopg.sql.Identifier(login),
        psycopg.sql.Literal(verifier.decode()),
        psycopg.sql.Identifier(STAFF_ROLES[role]),
    )
    connection.exec_driver_sql(statement.as_string(raw))
    connection.execute(
        text("INSERT INTO staff_login (role_name, staff_id) VALUES (:r, :s)"),
        {"r": login, "s": staff_id},
    )
