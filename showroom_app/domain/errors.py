"""Typed errors raised by the lower layers; the UI decides how to show them."""

from __future__ import annotations


class ShowroomError(Exception):
    """Base class for every error the application raises on purpose."""


class ValidationError(ShowroomError):
    """A value entered by the user is not acceptable.

    ``field`` names the form field so the UI can show the message next to it.
    ``code`` is a stable machine-readable reason; ``message`` is English source text
    that the UI layer translates (it is passed through ``QCoreApplication.translate``
    with the context ``"Validation"``); ``params`` fill ``{placeholders}`` after translation.
    """

    def __init__(self, field: str, message: str, code: str = "invalid", **params: object) -> None:
        self.field = field
        self.message = message
        self.code = code
        self.params = params
        super().__init__(f"{field}: {message.format(**params) if params else message}")


class ValidationErrors(ShowroomError):
    """Several fields failed at once (a whole form was checked)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        self.errors = errors
        super().__init__("; ".join(str(e) for e in errors))

    def for_field(self, field: str) -> ValidationError | None:
        return next((e for e in self.errors if e.field == field), None)


class NotFound(ShowroomError):
    """The record asked for does not exist (or is not visible to the caller)."""


class StaleRecord(ShowroomError):
    """Somebody else changed the record since it was read."""


class PermissionDenied(ShowroomError):
    """The signed-in user's role does not allow this action."""


class StorageError(ShowroomError):
    """The database cannot be used; ``message`` is meant for the user."""


class DataDirectoryNotWritable(StorageError):
    pass


class CorruptDatabase(StorageError):
    pass


class DatabaseTooNew(StorageError):
    """The database was written by a newer version of the application."""


class MigrationFailed(StorageError):
    pass


class ConfirmationRequired(ShowroomError):
    """The action needs an explicit "yes, I mean it" from the user (e.g. lowering an intent
    level); call again with the confirmation flag. ``code`` says which confirmation."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(message)
