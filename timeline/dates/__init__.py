"""The date engine: find and resolve temporal expressions in news text.

    from timeline.dates import tag
    tagging = tag(text, datetime.date(2019, 1, 10))
    for t in tagging.timexes:
        print(t.text, t.type, t.value)

Two phases, like HeidelTime: rules (YAML in rules/) recognise expressions
with under-specified values; a resolver anchors them to the reference date
or to the date mentioned last.
"""
from .api import above_the_prose, language_told, after_the_last_sentence, clues_of, guess_notes, read_across_tense, reason_head, reason_words, infer_reference, may_give_a_time, order_told, recognised, resolve, states_another_weekday, tag, take_recognised, weekdays_read_from, yearless_dateline, yearless_dateline_at
from .broken import mended_text
from .infer import PastClues
from .errors import DateEngineError, RuleError
from .model import Tagging, Timex
from .values import value_interval, value_precision, well_formed

__all__ = ["tag", "language_told", "guess_notes", "order_told", "read_across_tense", "reason_head", "reason_words", "above_the_prose", "after_the_last_sentence", "resolve", "infer_reference", "may_give_a_time", "states_another_weekday", "weekdays_read_from", "yearless_dateline", "yearless_dateline_at", "clues_of", "mended_text", "recognised", "take_recognised", "PastClues", "Timex", "Tagging", "value_interval",
           "value_precision", "well_formed", "DateEngineError", "RuleError"]
