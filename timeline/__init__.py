"""timeline: turn news articles and hand-edited event YAML into a browsable timeline site."""

__version__ = "0.1.0"
