"""The error base shared by every layer; each layer adds its own subclasses."""


class ReportSearchError(Exception):
    """A problem the user can fix; the message says how."""


class EncoderError(ReportSearchError):
    """An encoder could not be found or loaded."""
