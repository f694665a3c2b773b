"""Errors a user can meet, each with a clear Danish message.

Everything that is the user's environment or input (wrong password, damaged file, locked
database, bad import file) is a :class:`UserError`: the CLI prints ``message`` and exits
with code 2, the UI shows it in a dialog. Anything else is a bug and gets a crash report.
"""

from __future__ import annotations


class UserError(Exception):
    """Base of every error that is shown to the user rather than reported as a bug."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongPassword(UserError):
    pass


class AccountBlocked(WrongPassword):
    pass


class UnknownUser(UserError):
    pass


class DamagedFile(UserError):
    pass


class DatabaseMissing(UserError):
    pass


class DatabaseExists(UserError):
    pass


class DatabaseLocked(UserError):
    pass


class DiskFull(UserError):
    pass


class SchemaTooNew(UserError):
    pass


class DriverNotSqlcipher(UserError):
    pass


class NotPermitted(UserError):
    pass


class Locked(NotPermitted):
    """The workspace was locked while work was still running; nothing to show."""


class NotFound(UserError):
    pass


class InvalidInput(UserError):
    pass
