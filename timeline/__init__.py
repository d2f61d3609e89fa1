"""timeline: turn news articles and hand-edited event YAML into a browsable timeline site."""

__version__ = "0.1.0"

# The code of the methods `dataclasses` writes for each of timeline's classes comes from the user's
# cache folder, not compiled again every run (_classcode.py): installed before any module of timeline
# makes a dataclass.
from timeline import _classcode  # noqa: E402

_classcode.install()
