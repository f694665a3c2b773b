"""What can go wrong talking to a PostgreSQL server, in words a staff member understands.

Driver messages never reach the user verbatim: they can name hosts, roles and file paths.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy import exc

from narrativ.errors import DatabaseLocked, NotPermitted, UserError, WrongPassword


class ServerUnreachable(UserError):
    pass


class ServerRefusedLogin(WrongPassword):
    pass


class ServerTlsFailed(UserError):
    pass


class ServerNotReady(UserError):
    pass


# SQLSTATE codes (PostgreSQL appendix A) and what they mean to the person at the PC.
_NOT_PERMITTED = {"42501"}
_TRY_AGAIN = {"40001", "40P01", "55P03"}
_LOGIN = {"28P01", "28000"}
_TLS_WORDS = ("ssl", "certificate", "tls")
# libpq's words when the host name in the address is unknown to the network.
_UNKNOWN_HOST = ("failed to resolve host", "could not translate host name")


def classify(error: BaseException) -> UserError | None:
    """The Danish error for a driver error, or None when it is a bug to report."""
    sqlstate = getattr(error, "sqlstate", None)
    message = str(error).lower()
    if sqlstate in _NOT_PERMITTED or "row-level security" in message:
        return NotPermitted("Serveren tillader ikke dette for din rolle. Spørg din leder.")
    if sqlstate in _TRY_AGAIN:
        return DatabaseLocked("En kollega gemte det samme lige nu. Prøv igen om lidt.")
    if sqlstate in _LOGIN or "password authentication failed" in message:
        return ServerRefusedLogin("Serveren afviste brugernavn eller adgangskode.")
    if "no password supplied" in message:
        return ServerRefusedLogin("Serveren kræver en adgangskode.")
    if "does not exist" in message and ("role" in message or "database" in message):
        return ServerRefusedLogin(
            "Serveren kender ikke den database eller det brugernavn. Tjek serveradressen."
        )
    if any(word in message for word in _TLS_WORDS):
        return ServerTlsFailed(
            "Forbindelsen til serveren kunne ikke krypteres eller serverens certifikat kunne "
            "ikke godkendes (sslmode). Intet er ændret. Spørg kommunens it-afdeling."
        )
    if sqlstate is None and (
        "connection" in message
        or "timeout" in message
        or any(words in message for words in _UNKNOWN_HOST)
    ):
        return ServerUnreachable(
            "Serveren kan ikke nås. Tjek netværket og serveradressen, og prøv igen. "
            "Intet er ændret."
        )
    return None


@contextlib.contextmanager
def translate_server_errors() -> Iterator[None]:
    try:
        yield
    except exc.DBAPIError as error:
        translated = classify(error.orig if error.orig is not None else error)
        if translated is None:
            raise
        raise translated from error
