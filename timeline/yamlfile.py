"""Safe YAML loading that remembers on which line each value sits, so problems can point at it."""

from __future__ import annotations

import datetime as dt
import operator
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

import yaml

from timeline.errors import TimelineError
from timeline.gcpause import collector_paused


class LineDict(dict):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict


class LineList(list):
    """A sequence that knows its own line and the line of each item (1-based)."""

    line: int = 0
    item_lines: list


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
_INT_TAG = "tag:yaml.org,2002:int"
_LEADING_ZERO = re.compile(r"0[0-9_]+")

# libyaml's parser is about four times faster on large files and gives the same marks.
_SAFE_BASE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SAFE_BASE):
    """A safe loader (no Python object tags) whose mappings and sequences carry line numbers."""

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []

    # What plain text means, as YAML 1.1 and PyYAML's SafeLoader say, kept in a table of our own so
    # that a resolver another library adds to SafeLoader cannot change what an event file means.
    yaml_implicit_resolvers = {first: list(pairs) for first, pairs in _SAFE_BASE.yaml_implicit_resolvers.items()}
    yaml_path_resolvers: dict = {}

    def resolve(self, kind, value, implicit):
        # libyaml's composer calls this for every scalar, 300,000 times for 10,000 events; PyYAML's
        # own builds two lists per call and looks for path resolvers that a safe loader never has.
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _PLAIN_RESOLVERS.get(value[:1], _ANY_FIRST):
                    if regexp.match(value):
                        # YAML 1.1 reads 0410 as the octal 264; in an event file it is the year 410
                        # (timeline extract writes a year before 1000 so), and nothing else is octal.
                        return _STR_TAG if tag == _INT_TAG and _LEADING_ZERO.fullmatch(value) else tag
            return _STR_TAG
        return _MAP_TAG if kind is yaml.MappingNode else _SEQ_TAG

    # libyaml's composer calls these twice per node to follow path resolvers, which a safe loader
    # never has; C built-ins that do nothing cost less than PyYAML's methods that check and return.
    descend_resolver = staticmethod(operator.is_)
    ascend_resolver = staticmethod(tuple)

    def construct_object(self, node, deep=False):
        if type(node) is yaml.ScalarNode:  # what PyYAML's machinery returns, without it, for most of a file
            if node.tag == _STR_TAG:
                return node.value
            if node.tag == _TIMESTAMP_TAG and _PLAIN_DAY.fullmatch(node.value):
                return _day(node.value)
        # A tagged value that its constructor cannot take (!!int abc, !!bool maybe, 5,000 digits)
        # becomes a problem at the value's line, like any other.
        try:
            value = super().construct_object(node, deep=deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as error:
            what = f"{node.tag.rsplit(':', 1)[-1]} " if node.tag.startswith("tag:yaml.org,2002:") else ""
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this {what}value ({_shorten(str(error) or type(error).__name__)}); "
                "put it in quotes if it is text", node.start_mark,
            ) from None
        if type(value) is int and value.bit_length() > 64:  # 0xfff... of 5,000 digits: no date or count is that big
            raise yaml.constructor.ConstructorError(
                None, None, f"a whole number of {value.bit_length():,} bits is too big to mean anything here; "
                "put it in quotes if it is text", node.start_mark,
            )
        return value


_ANY_FIRST = tuple(_LineLoader.yaml_implicit_resolvers.get(None, ()))
_PLAIN_RESOLVERS = {
    first: tuple(pairs) + _ANY_FIRST for first, pairs in _LineLoader.yaml_implicit_resolvers.items() if first is not None
}


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    own = sum(1 for key_node, _ in node.value if key_node.tag != "tag:yaml.org,2002:merge")
    loader.flatten_mapping(node)
    merged = len(node.value) - own  # values brought in by '<<: *name' come first; the own keys override them
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for index, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a key must be a plain value, not a list or mapping", key_node.start_mark
            ) from None
        line = key_node.start_mark.line + 1
        if key in mapping and index >= merged and mapping.key_lines[key] > 0:
            loader.duplicate_keys.append((line, str(key)))
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = line if index >= merged else -line  # negative: merged in, may be overridden
    mapping.key_lines = {key: abs(line) for key, line in mapping.key_lines.items()}
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    items = LineList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


_PLAIN_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _day(text: str) -> object:
    """2019-01-08 as PyYAML's timestamp constructor reads it, and as `_construct_timestamp` keeps it."""
    try:
        return dt.date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        return text


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> object:
    # An impossible date such as 2019-02-30 stays text, so the date check can name it.
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


class YamlSyntaxError(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Limits:
    """How much one YAML file may ask for; beyond these it is refused with a message, not loaded.

    The defaults are far above what a timeline needs (the deepest event file nests 6 levels) and
    keep a hostile file to about a second and a few hundred MB.
    """

    max_bytes: int = 10_000_000
    """Largest file, in bytes of UTF-8 (about 50,000 events)."""
    max_depth: int = 100
    """Deepest nesting of lists and mappings."""
    max_alias_nodes: int = 1_000_000
    """Most values that aliases (*name, <<: *name) may repeat, counted as if copied out."""

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] = os.environ) -> Limits:
        """The defaults, each replaced by TIMELINE_YAML_MAX_BYTES, _MAX_DEPTH or _MAX_ALIAS_NODES when set."""
        values = {}
        for name in ("max_bytes", "max_depth", "max_alias_nodes"):
            variable = f"TIMELINE_YAML_{name.upper()}"
            if variable in environ:
                try:
                    values[name] = int(environ[variable].replace("_", ""))
                except ValueError:
                    raise TimelineError(f"{variable}={environ[variable]!r} should be a whole number") from None
                if values[name] < 1:
                    raise TimelineError(f"{variable}={environ[variable]!r} should be at least 1")
        if values.get("max_depth", 0) > MAX_DEPTH_ALLOWED:
            raise TimelineError(f"TIMELINE_YAML_MAX_DEPTH={environ['TIMELINE_YAML_MAX_DEPTH']!r} is more than the "
                                f"{MAX_DEPTH_ALLOWED} levels Python can follow; use a smaller number")
        return cls(**values)


# Values are built by recursion, one Python frame or a few per level: deeper than this, Python's
# own limit (1,000 frames) would end the load with a RecursionError instead of a message.
MAX_DEPTH_ALLOWED = 250


def load_with_lines(text: str, limits: Limits | None = None) -> tuple[object, list[tuple[int, str]]]:
    """The document's value and the (line, key) of every repeated key; YamlSyntaxError if unreadable.

    Safe loading only: tags that build Python objects are refused. A file over the limits (size,
    nesting, alias expansion) is refused before anything is built from it.
    """
    limits = limits or Limits.from_environment()
    size = len(text.encode("utf-8", "surrogatepass")) if len(text) * 4 > limits.max_bytes else len(text)
    if size > limits.max_bytes:
        raise YamlSyntaxError(0, too_large_message(size, limits.max_bytes))
    with collector_paused():  # a file's nodes and values hold no cycles; scanning them made big files superlinear
        return _load(text, limits)


def _load(text: str, limits: Limits) -> tuple[object, list[tuple[int, str]]]:
    loader, root = _compose_with_libyaml(text)
    try:
        if loader is not None:
            try:
                value = None if root is None else _construct(loader, root, limits.max_depth)
            except _TooDeep:
                loader.dispose()
                loader = None
        if loader is None:
            loader = _LineLoader(text)
            root = _compose(loader, limits)
            value = None if root is None else loader.construct_document(root)
    except yaml.MarkedYAMLError as error:
        line, message = explain_yaml_error(error, text)
        # libyaml 0.2.6 (PyYAML 6.0.4) refuses more than 1,000 open flow collections in its scanner,
        # which reads ahead of the events _compose counts: that is deeper than our limit, so say ours.
        if error.problem == _LIBYAML_TOO_DEEP:
            message = _too_deep(limits)
        raise YamlSyntaxError(line, message) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, such as NUL
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        raise YamlSyntaxError(line, f"the character U+{error.character:04X} at column {column} is not allowed in YAML "
                              f"({error.reason}): remove it") from None
    except yaml.YAMLError as error:
        raise YamlSyntaxError(0, f"cannot read YAML: {_shorten(str(error))}") from None
    finally:
        loader.dispose()
    return value, loader.duplicate_keys


def too_large_message(size: int, limit: int) -> str:
    return (
        f"the file is {size:,} bytes, more than the limit of {limit:,}: split it into several files, "
        "or raise TIMELINE_YAML_MAX_BYTES"
    )


_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"


def _too_deep(limits: Limits) -> str:
    return f"lists and mappings nest more than {limits.max_depth} deep here; an event file needs about 6 levels"


class _Refused(yaml.MarkedYAMLError):
    """A file that parses but that this tool will not load: its message is said as it is."""

    def __init__(self, message: str, mark):
        super().__init__(problem=message, problem_mark=mark)


# libyaml's composer recurses in C once per level of nesting; far below what overflows its stack.
_C_NESTING_SAFE = 2_000
# An anchor (&name) starts a node: after a space, a line start or a flow indicator; "AT&T" is text.
_MAY_BE_ANCHOR = re.compile(r"(?:^|[\s\[{,])&\S", re.MULTILINE)


def _compose_with_libyaml(text: str) -> tuple[_LineLoader | None, yaml.Node | None]:
    """The node graph from libyaml's own composer, when that is safe; else (None, None).

    It is about three times faster than `_compose` (a 10,000-event timeline loads 2 s sooner) but
    cannot refuse what `_compose` refuses, so it only takes a text without anchors (hence without
    aliases, so no alias bomb) whose nesting cannot reach _C_NESTING_SAFE: nesting needs either a
    bracket or a column of indentation per level. Any text libyaml finds wrong goes to `_compose`,
    which says what is wrong with the words it always uses; so does a graph nested deeper than the
    limit, found while `_construct` builds its values.
    """
    # The search tries every position of the text (0.15 s for 10,000 events); most files have no '&'.
    if _SAFE_BASE is yaml.SafeLoader or "&" in text and _MAY_BE_ANCHOR.search(text):
        return None, None
    widest = max(map(len, text.splitlines()), default=0)
    if widest + 2 * (text.count("[") + text.count("{")) > _C_NESTING_SAFE:  # "[a: b]" nests twice
        return None, None
    loader = _LineLoader(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        loader.dispose()
        return None, None
    return loader, root


class _TooDeep(Exception):
    """libyaml's graph nests deeper than the limit: `_compose` reads the text again and refuses it."""


def _construct(loader: _LineLoader, root: yaml.Node, max_depth: int) -> object:
    """The values of an anchor-free graph, as `construct_document` gives them, built a few times faster.

    Text, plain mappings and plain lists, nearly all of an event file, are built here without
    PyYAML's per-node dispatch; anything else goes to the loader's `construct_object`, which gives
    the same values and the same messages. A file both too deep and wrong is refused for its depth
    first, as `_compose` does: it stops there before building anything.
    """
    try:
        return _value(loader, root, 1, max_depth)
    except yaml.YAMLError:
        if _deepest(root) > max_depth:
            raise _TooDeep from None
        raise


def _value(loader: _LineLoader, node: yaml.Node, depth: int, max_depth: int) -> object:
    kind = type(node)
    if kind is yaml.ScalarNode:
        return node.value if node.tag == _STR_TAG else loader.construct_object(node, deep=True)
    if depth > max_depth:
        raise _TooDeep
    if kind is yaml.MappingNode and node.tag == _MAP_TAG:
        return _mapping(loader, node, depth, max_depth)
    if kind is yaml.SequenceNode and node.tag == _SEQ_TAG:
        return _sequence(loader, node, depth, max_depth)
    return _constructed(loader, node, depth, max_depth)


def _constructed(loader: _LineLoader, node: yaml.Node, depth: int, max_depth: int) -> object:
    """A tagged collection, or a mapping with a key that is not text, built by PyYAML's machinery."""
    if depth - 1 + _deepest(node) > max_depth:  # what it nests is built out of our sight
        raise _TooDeep
    return loader.construct_object(node, deep=True)


def _mapping(loader: _LineLoader, node: yaml.MappingNode, depth: int, max_depth: int) -> LineDict:
    pairs = node.value
    for key_node, _ in pairs:  # '<<' (a merge), '=', numbers, dates, lists: see _construct_mapping
        if key_node.tag != _STR_TAG or type(key_node) is not yaml.ScalarNode:
            return _constructed(loader, node, depth, max_depth)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = lines = {}
    for key_node, value_node in pairs:
        key = key_node.value
        line = key_node.start_mark.line + 1
        if key in lines:
            loader.duplicate_keys.append((line, key))
        if value_node.tag == _STR_TAG and type(value_node) is yaml.ScalarNode:
            mapping[key] = value_node.value
        else:
            mapping[key] = _value(loader, value_node, depth + 1, max_depth)
        lines[key] = line
    return mapping


def _sequence(loader: _LineLoader, node: yaml.SequenceNode, depth: int, max_depth: int) -> LineList:
    children = node.value
    items = LineList()
    for child in children:
        if child.tag == _STR_TAG and type(child) is yaml.ScalarNode:
            items.append(child.value)
        else:
            items.append(_value(loader, child, depth + 1, max_depth))
    items.line = node.start_mark.line + 1
    items.item_lines = [child.start_mark.line + 1 for child in children]
    return items


def _deepest(root: yaml.Node) -> int:
    """How many lists and mappings nest at the deepest point (a scalar root: 0)."""
    deepest, stack = 0, [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if type(node) is yaml.ScalarNode:
            continue
        deepest = max(deepest, depth)
        if type(node) is yaml.MappingNode:
            stack.extend((child, depth + 1) for pair in node.value for child in pair)
        else:
            stack.extend((child, depth + 1) for child in node.value)
    return deepest


def _compose(loader: _LineLoader, limits: Limits) -> yaml.Node | None:
    """The document's node graph, built without recursion from libyaml's events.

    libyaml's own composer recurses in C and crashes the interpreter (a segmentation fault) on
    100,000 '['; this one keeps an explicit stack, stops at limits.max_depth, and counts what
    aliases repeat so that an alias bomb ("a billion laughs") is refused after a handful of events,
    not once the memory is gone. An alias inside the collection it names is refused too.
    """
    loader.get_event()  # stream start
    if loader.check_event(yaml.StreamEndEvent):
        return None
    loader.get_event()  # document start
    anchors: dict[str, yaml.Node] = {}
    sizes: dict[int, int] = {}  # id(collection node) -> its values once aliases are copied out
    open_anchors: set[str] = set()
    # One frame per open collection: [node, its anchor, values in it so far, key awaiting its value]
    top = yaml.SequenceNode(None, [], None, None)  # holds the document's root node
    stack: list[list] = [[top, None, 0, _NO_KEY]]
    repeated = 0
    resolve = loader.resolve
    while True:
        event = loader.get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent:
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(yaml.ScalarNode, event.value, event.implicit)
            node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
            if event.anchor is not None:
                _remember(anchors, event, node)
            size = 1
        elif kind is yaml.SequenceStartEvent or kind is yaml.MappingStartEvent:
            if len(stack) > limits.max_depth:
                raise _Refused(_too_deep(limits), event.start_mark)
            node_kind = yaml.SequenceNode if kind is yaml.SequenceStartEvent else yaml.MappingNode
            tag = event.tag
            if tag is None or tag == "!":
                tag = resolve(node_kind, None, event.implicit)
            node = node_kind(tag, [], event.start_mark, None, flow_style=event.flow_style)
            if event.anchor is not None:
                _remember(anchors, event, node)
                open_anchors.add(event.anchor)
            stack.append([node, event.anchor, 1, _NO_KEY])
            continue
        elif kind is yaml.SequenceEndEvent or kind is yaml.MappingEndEvent:
            node, anchor, size, _ = stack.pop()
            node.end_mark = event.end_mark
            sizes[id(node)] = size
            open_anchors.discard(anchor)
        elif kind is yaml.AliasEvent:
            name = event.anchor
            if name in open_anchors:
                raise _Refused(f"the alias *{name} is inside the collection &{name} it names; "
                               "a value cannot contain itself", event.start_mark)
            if name not in anchors:
                raise _Refused(f"the alias *{name} names no anchor &{name} before it; if the value is text "
                               "('*Breaking* news'), put it in quotes", event.start_mark)
            node = anchors[name]
            size = sizes.get(id(node), 1)
            repeated += size
            if repeated > limits.max_alias_nodes:
                raise _Refused(f"aliases repeat more than {limits.max_alias_nodes:,} values "
                               f"(an alias bomb?); *{name} here is one too many: write the values out, "
                               "or raise TIMELINE_YAML_MAX_ALIAS_NODES", event.start_mark)
        else:  # the document's end
            break
        frame = stack[-1]
        frame[2] += size
        parent = frame[0]
        if type(parent) is yaml.MappingNode:
            if frame[3] is _NO_KEY:
                frame[3] = node
            else:
                parent.value.append((frame[3], node))
                frame[3] = _NO_KEY
        else:
            parent.value.append(node)
    if not loader.check_event(yaml.StreamEndEvent):
        event = loader.get_event()
        raise _Refused("a second YAML document ('---') in the file: an event file holds one; "
                       "remove the '---' or move these events to another file", event.start_mark)
    (root,) = top.value
    return root


_NO_KEY = object()


def _remember(anchors: dict, event: yaml.Event, node: yaml.Node) -> None:
    if event.anchor is None:
        return
    if event.anchor in anchors:
        first = anchors[event.anchor].start_mark.line + 1
        raise _Refused(f"the anchor &{event.anchor} is already defined on line {first}; give one of them another name",
                       event.start_mark)
    anchors[event.anchor] = node


def explain_yaml_error(error: yaml.MarkedYAMLError, text: str) -> tuple[int, str]:
    """(line, message) of a YAML error, for any YAML the tool reads (event files, mkdocs.yml): the line
    is where the mistake starts (a key without its ':', a quote never closed), not where YAML gave up;
    0 when YAML gives none."""
    message = _explain(error, text)
    mark = error.problem_mark or error.context_mark
    if _started_earlier(error) and not message.startswith("a tab"):
        mark = error.context_mark
    quote = _unclosed_quote(error, text) if "never closed" in message else None
    if quote is not None:
        return quote[0] + 1, message
    return (mark.line + 1 if mark else 0), message


_OPENING_QUOTE = re.compile(r"""^\s*(?:-\s+)?(?:[\w.-]+:\s+)?(["'])""")


def _unclosed_quote(error: yaml.MarkedYAMLError, text: str) -> tuple[int, str] | None:
    """(line index, quote) of a value that opens a quote and does not close it on its line, between
    where the mapping YAML gave up on starts and where it gave up: a title: "... never closed runs on
    to the next quote in the file, and YAML complains there, lines later."""
    if "did not find expected key" not in (error.problem or "") or error.context_mark is None or error.problem_mark is None:
        return None
    lines = text.splitlines()
    for index in range(error.context_mark.line, min(error.problem_mark.line, len(lines))):
        opening = _OPENING_QUOTE.match(lines[index])
        if opening:
            quote, rest = opening.group(1), lines[index][opening.end():]
            closed = rest.replace("''", "") if quote == "'" else re.sub(r'\\.', "", rest)
            if quote not in closed:
                return index, quote
    return None


def _explain(error: yaml.MarkedYAMLError, text: str) -> str:
    """What a YAML error means, in words that say what to change (without the file and line)."""
    problem = (error.problem or str(error)).strip()
    if isinstance(error, _Refused):
        return problem
    mark = error.problem_mark
    if mark is not None and _tab_near(text, mark):
        return "a tab character: YAML indents with spaces only; replace the tab with spaces"
    if "could not determine a constructor" in problem:
        return f"{problem}: tags that build objects are not allowed; remove the tag"
    if isinstance(error, yaml.constructor.ConstructorError):
        return problem
    if _started_earlier(error) == "key":
        return ("YAML syntax: no ':' after the key on this line: write 'key: value' (a space after the ':'), "
                "or indent the line if it continues the value above")
    if _started_earlier(error) == "quote":
        quote = text[error.context_mark.index] if error.context_mark.index < len(text) else '"'
        quote = quote if quote in "'\"" else '"'
        return f"YAML syntax: the quote {quote} that opens on this line is never closed: add the closing {quote}"
    quote = _unclosed_quote(error, text)
    if quote is not None:
        return f"YAML syntax: the quote {quote[1]} that opens on this line is never closed: add the closing {quote[1]}"
    value_start = _value_start(error, text)
    if value_start is not None:
        return value_start
    if "did not find expected '-' indicator" in problem and error.context_mark is not None:
        return (f"YAML syntax: this line does not line up with the list that starts on line {error.context_mark.line + 1}: "
                "indent it like the keys of the event above, or start a new event with '- ' under the other dashes")
    if "mapping values are not allowed" in problem:
        colon_in_value = _colon_in_value(error, text)
        if colon_in_value is not None:
            return colon_in_value
        return ("YAML syntax: a ':' where no new key can start: check this line's indentation, "
                "or put a value that contains ': ' in quotes")
    context = error.context or ""
    mark_context = error.context_mark
    if context and mark_context is not None and mark is not None and mark_context.line != mark.line:
        return f"YAML syntax: {problem} ({context.replace('while ', '')} that starts on line {mark_context.line + 1})"
    return f"YAML syntax: {context} {problem}".strip()


_VALUE_LINE = re.compile(r"^\s*(?:-\s+)?(?:(?P<key>[\w.-]+):\s+)?(?P<value>\S.*?)\s*$")
_CLOSERS = {"[": "]", "{": "}"}
_WHY_NOT_PLAIN = {
    "[": "a value that starts with '[' is read as a list", "{": "a value that starts with '{' is read as a mapping",
    "*": "a value that starts with '*' is read as an alias", "|": "a value that starts with '|' opens a block of lines",
    ">": "a value that starts with '>' opens a block of lines",
}


def _value_start(error: yaml.MarkedYAMLError, text: str) -> str | None:
    """What to write when the value on the error's line begins with a character YAML reads as markup:
    a title that opens with a quoted word ("Drain" confirmed), a quote inside quotes ('Shah's plea'),
    "[Update] ...", "@council", "`code`", "*Breaking*". YAML's words for these ("did not find expected
    key", "cannot start any token") say nothing a writer can act on; the fix is to quote the whole
    value, so the message gives the line as it should be written."""
    mark = error.problem_mark
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines):
        return None
    found = _VALUE_LINE.match(lines[mark.line])
    if not found or mark.column < found.start("value"):
        return None
    value = found["value"]
    first = value[0]
    if first in "'\"":
        close = _closing_quote(value)
        rest = value[close + 1:].strip() if close is not None else ""
        if not rest or rest.startswith("#"):
            return None
        inner = value[1:-1] if value.endswith(first) and len(value) > 1 else value
        why = f"a value that starts with the quote {first} ends where it closes, and this one goes on after it"
    elif first in _CLOSERS:
        closing = value.rfind(_CLOSERS[first])
        if closing < 0 or not value[closing + 1:].strip():
            return None  # an unclosed or whole list: YAML's own message says where it stops
        inner, why = value, _WHY_NOT_PLAIN[first]
    elif first in "|>" and value[1:2] == " " and value[2:].strip():
        inner, why = value, _WHY_NOT_PLAIN[first]
    elif first == "*" and "alias" in (error.context or ""):
        inner, why = value, _WHY_NOT_PLAIN[first]
    elif first in "@`%":
        inner, why = value, f"a value cannot start with {first!r} (YAML keeps it for itself)"
    else:
        return None
    key = f"{found['key']}: " if found["key"] else "- "
    return f"YAML syntax: {why}: put the whole value in quotes, {key}{yaml_quoted(inner)}"


def _colon_in_value(error: yaml.MarkedYAMLError, text: str) -> str | None:
    """The line as it should be written when its value holds ': ' (title: EPA: river safe): YAML reads
    the second ': ' as a new key where none can start. Only when YAML stopped inside the value of a
    'key: value' line, so that a line indented wrongly still gets the general advice."""
    mark = error.problem_mark
    lines = text.splitlines()
    if mark is None or mark.line >= len(lines):
        return None
    found = _VALUE_LINE.match(lines[mark.line])
    if not found or not found["key"] or mark.column <= found.start("value") or found["value"][0] in "'\"[{":
        return None
    value = found["value"].split(" #", 1)[0].rstrip()  # a plain value's " #" opens a comment
    return ("YAML syntax: the value holds ': ', which YAML reads as a new key: put the whole value in quotes, "
            f"{found['key']}: {yaml_quoted(value)}")


def _closing_quote(value: str) -> int | None:
    """Index of the quote that closes the one value[0] opens ('' and \\" do not close it), or None."""
    quote, index = value[0], 1
    while index < len(value):
        char = value[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and value[index + 1:index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def yaml_quoted(text: str) -> str:
    """text as a YAML scalar that reads back as it is, quoted: in single quotes when it has no ' and
    every character prints, else in double quotes with escapes (how `timeline extract` writes a value,
    and how a message tells a person to write one: title: "Shah's plea")."""
    if "'" not in text and text.isprintable():
        return "'" + text + "'"
    if text.isprintable():  # every character stands as itself but these two (as the loop below does)
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    out = []
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif 0x20 <= code <= 0x7E or (code >= 0xA0 and ch.isprintable()):
            out.append(ch)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        elif code <= 0xFFFF:
            out.append(f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    return '"' + "".join(out) + '"'


def _started_earlier(error: yaml.MarkedYAMLError) -> str | None:
    """'key' for a key without its ':', 'quote' for a quote never closed: YAML notices those lines
    later (on the next key, at the end of the file), so the message names the line they start on."""
    context = error.context or ""
    if error.context_mark is None or isinstance(error, _Refused):
        return None
    if "scanning a simple key" in context and "could not find expected ':'" in (error.problem or ""):
        return "key"
    if "scanning a quoted scalar" in context and "end of stream" in (error.problem or ""):
        return "quote"
    return None


def _tab_near(text: str, mark) -> bool:
    """Whether the line of a syntax error has a tab in its indentation or right at the error."""
    start = text.rfind("\n", 0, mark.index) + 1 if mark.index <= len(text) else len(text)
    end = text.find("\n", start)
    line = text[start:] if end < 0 else text[start:end]
    indentation = line[: len(line) - len(line.lstrip(" \t-?:"))]
    return "\t" in indentation or line[mark.column:mark.column + 1] == "\t"


def _shorten(text: str, width: int = 80) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
