"""«Prøv forbindelsen»: does a server answer at this address, before anyone signs in?

The check connects without a login or a password. A PostgreSQL server that asks for a
password has answered, and with ``sslmode=verify-full`` it has already shown a certificate
the PC accepts (TLS comes before the password), so "asks for a password" means the address
works. Whether the database exists is only known after a password, so the check cannot
tell; the unlock says so if not.
"""

from __future__ import annotations

import enum

from sqlalchemy import create_engine, exc

from narrativ.store.server_errors import ServerTlsFailed, ServerUnreachable, classify
from narrativ.store.server_url import parse_server_url

PROBE_TIMEOUT_SECONDS = 5


class Probe(enum.Enum):
    ANSWERS = "answers"  # reachable, TLS accepted, wants a password
    UNREACHABLE = "unreachable"  # nothing answers: network, host name or port
    TLS_REFUSED = "tls_refused"  # the certificate or the encryption was refused
    REFUSED = "refused"  # it answers, but does not take connections from this PC


# Said by libpq when the server asked for a password the probe did not bring.
_WANTS_PASSWORD = ("no password supplied", "password authentication failed")


def probe_server(address: str) -> Probe:
    """Connect once without credentials; raises InvalidInput for an address that is wrong
    before anything connects."""
    url = parse_server_url(address).set(username="narrativ_probe")
    engine = create_engine(
        url,
        connect_args={
            "connect_timeout": PROBE_TIMEOUT_SECONDS,
            "application_name": "narrativ-probe",
            # Set but empty: no password from the environment (and a password file has
            # no entry for this made-up login), so the probe can never open anything.
            "password": "",
        },
    )
    try:
        with engine.connect():
            return Probe.ANSWERS  # a server that lets anyone in: it certainly answers
    except exc.DBAPIError as error:
        return _outcome(error.orig if error.orig is not None else error)
    finally:
        engine.dispose()


def _outcome(error: BaseException) -> Probe:
    message = str(error).lower()
    if any(words in message for words in _WANTS_PASSWORD):
        return Probe.ANSWERS
    translated = classify(error)
    if isinstance(translated, ServerUnreachable):
        return Probe.UNREACHABLE
    if isinstance(translated, ServerTlsFailed):
        return Probe.TLS_REFUSED
    return Probe.REFUSED
