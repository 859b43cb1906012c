"""Errors raised while building or querying an index. Messages say how to fix the problem."""

from models.errors import EncoderError, ReportSearchError

__all__ = [
    "BadQueryError",
    "EncoderError",
    "IndexBusyError",
    "IndexDamagedError",
    "IndexMissingError",
    "IndexMismatchError",
    "ReportReadError",
    "ReportSearchError",
    "UnknownFilterError",
    "UnknownIdError",
]


class ReportReadError(ReportSearchError):
    """A report file cannot be read or decoded; the other reports are unaffected."""


class IndexMissingError(ReportSearchError):
    """No index at the given directory."""


class IndexDamagedError(IndexMissingError):
    """A file of the index is missing, cut short or unreadable: rebuild it."""


class IndexBusyError(ReportSearchError):
    """Another build holds the index directory."""


class IndexMismatchError(ReportSearchError):
    """The index was built with another model or format than the one asked for."""


class BadQueryError(ReportSearchError):
    """A query or parameter outside what the search accepts."""


class UnknownFilterError(ReportSearchError):
    """A filter names a district, year, province or report the index does not hold."""


class UnknownIdError(ReportSearchError):
    """A passage or report id that the index does not hold."""
