"""Signing in to the institution server from the unlock screen: the login as typed, checked
before anything connects, and the server's answers in words a staff member understands."""

from __future__ import annotations

from narrativ.errors import InvalidInput
from narrativ.services.workspace import Workspace, unlock_server
from narrativ.store.server_url import LOGIN_NAME


def normalised_login(typed: str) -> str:
    """Logins are PostgreSQL role names the administrator made in lower case (``pia_p``):
    "Pia_P " is the same person, and anything else is caught here, not by the server."""
    login = typed.strip().lower()
    if not login:
        raise InvalidInput("Skriv dit login på serveren.")
    if not LOGIN_NAME.match(login):
        raise InvalidInput(
            "Dit login på serveren består af små bogstaver, tal og _ uden æ, ø og å "
            "(fx pia_p). Du har fået det af lederen eller kommunens it-afdeling."
        )
    return login


def sign_in(address: str, login: str, password: str) -> Workspace:
    """:func:`unlock_server` for a typed login; the password is used for this connection
    only and never written down."""
    login = normalised_login(login)
    if not password:
        raise InvalidInput("Skriv din adgangskode.")
    return unlock_server(address, login, password)
