"""The date engine's own errors."""


class DateEngineError(Exception):
    """Base of every error the date engine raises on purpose."""


class RuleError(DateEngineError):
    """A rule or word list in the YAML data is malformed.

    The message names the file and the rule or list, so that whoever edits
    the data can find the mistake without reading the engine.
    """
