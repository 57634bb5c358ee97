"""HTML in: the page's main text and metadata, ready for cleaning.

This is the one module that calls trafilatura and resiliparse: trafilatura for the main text (with
resiliparse as its fallback), resiliparse alone for ``fast``. Both are imported on first use, so
plain-text cleaning never pays for them. The settings were chosen by measurement on the development
pages (``benchmarks/html_accuracy.py``, scored by ``../shared/bench/score.py``): the figures are next
to each setting.
"""
from __future__ import annotations

import codecs
import dataclasses
import logging
from dataclasses import dataclass
from typing import Any

import regex

from .text.titles import repeats_headline, without_site_name

# A page says what it is in its first bytes: a doctype, an <html> or <head> tag, or (for fragments
# saved from a browser) a comment before them. Only those are taken as HTML when nothing else says so:
# a text that merely mentions a tag further down is text.
_HTML_START = regex.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
    regex.IGNORECASE | regex.DOTALL,
)
_SNIFF_BYTES = 4096
# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, within
# the first bytes as the HTML standard's prescan looks for it.
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE)
_CHARSET_PRESCAN = 2048
# Pages that declare Latin-1 or ASCII are read as Windows-1252, as browsers do (the HTML standard's
# encoding table maps those labels to it).
_BROWSER_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}

# include_comments=False: readers' comments are not the page's main text in aeb's and traf's
# references. Cleaned body, default settings -> these: aeb shingle F1 0.963 -> 0.964, traf snippets F
# 0.921 -> 0.923, wcxb-dev all pages word F1 0.823 -> 0.822 (forum pages lose: their posts are what
# trafilatura calls comments; the resiliparse fallback below wins them back).
# Pages that declare themselves articles (og:type "article", schema.org NewsArticle) are extracted in
# trafilatura's precision mode: there the risk is boilerplate kept around the story. Measured against
# the balanced mode for every page (cleaned body; both with the fallback below): aeb shingle F1 0.967
# -> 0.975; wcxb-dev word F1 all pages 0.832 -> 0.831, article pages 0.946 -> 0.944; traf snippets F
# 0.922 -> 0.919. Precision mode for every page instead: wcxb-dev all pages 0.820.
_ARTICLE_PAGE_TYPES = frozenset({"article", "newsarticle"})
_TRAFILATURA_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
}


class HtmlError(ValueError):
    """The page cannot be read or its text cannot be extracted; the message says why."""


@dataclass(frozen=True, slots=True)
class Page:
    """What extraction found: the main text (paragraphs on their own lines) and the page's metadata."""

    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    author: str | None = None
    sitename: str | None = None
    language: str | None = None

    def headline(self) -> str | None:
        """The title without the site's name ("Storm hits coast | Daily Planet" -> "Storm hits coast")."""
        return without_site_name(self.title, self.sitename) if self.title else None

    def article(self) -> str:
        """The text that is cleaned and shown: the headline, then the paragraphs with a blank line
        between them (as articles are written, and as the rules expect), ending in a newline. The
        headline is not added when the extracted text already starts with it."""
        paragraphs = [line for line in self.text.split("\n") if line.strip()]
        headline = self.headline()
        if headline and not (paragraphs and repeats_headline(paragraphs[0], headline)):
            paragraphs.insert(0, headline)
        return "\n\n".join(paragraphs) + "\n" if paragraphs else ""

    def metadata(self) -> dict[str, str]:
        """The metadata fields that were found, for reports."""
        fields = {
            "title": self.title,
            "url": self.url,
            "date": self.date,
            "author": self.author,
            "sitename": self.sitename,
            "language": self.language,
        }
        return {name: value for name, value in fields.items() if value}


_HTML_NAME = regex.compile(r"\.(?:html?|xhtml)(?:\.gz)?$", regex.IGNORECASE)


def is_html_name(name: str) -> bool:
    """A file name that says HTML: .html, .htm, .xhtml, also gzipped (.html.gz)."""
    return _HTML_NAME.search(name) is not None


def text_name(name: str) -> str:
    """The name of the text written for a page: page.html -> page.txt, page.htm.gz -> page.txt."""
    return _HTML_NAME.sub("", name) + ".txt" if is_html_name(name) else name + ".txt"


def looks_like_html(data: bytes | str) -> bool:
    """True when the input starts as a web page does (doctype, <html>, <head>, ...)."""
    head = data[:_SNIFF_BYTES]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    return _HTML_START.match(head) is not None


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """The page's text: the given encoding, else its BOM, else its <meta charset>, else UTF-8, else
    Windows-1252 (what an undeclared page that is not UTF-8 almost always is). Never fails on bytes
    that do not fit: they become U+FFFD, as in a browser."""
    boms = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
    for bom, name in boms:
        if encoding is None and data.startswith(bom):
            return data[len(bom) :].decode(name, "replace")
    if encoding is None:
        declared = _META_CHARSET.search(data[:_CHARSET_PRESCAN])
        if declared is not None:
            encoding = _codec(declared.group(1).decode("ascii", "replace"))
    if encoding is None or encoding == "utf-8":
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            if encoding is None:
                return data.decode("cp1252", "replace")
            return data.decode("utf-8", "replace")
    return data.decode(encoding, "replace")


def _codec(label: str) -> str | None:
    """The Python codec for a charset label, or None for a label nobody knows (then UTF-8 is tried)."""
    try:
        info = codecs.lookup(label.strip().lower())
    except LookupError:
        return None
    name = info.name
    # Python also knows byte-to-byte codecs (base64, rot13, zlib) and ones that fail on most bytes
    # (idna, punycode): no page is written in those.
    if not getattr(info, "_is_text_encoding", True) or name in ("idna", "punycode", "undefined"):
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # a page that reached us as ASCII-compatible bytes is not UTF-16, whatever it says
    return _BROWSER_ALIASES.get(name, name)


def extract(html: str | bytes, *, fast: bool = False, url: str | None = None) -> Page:
    """The main text and metadata of a page. ``fast`` uses resiliparse instead of trafilatura.

    A page with no main text gives an empty ``text``; markup that cannot be parsed at all raises
    HtmlError.
    """
    if isinstance(html, (bytes, bytearray)):
        html = decode_html(bytes(html))
    if not isinstance(html, str):
        raise TypeError(f"extract() takes HTML as str or bytes, not {type(html).__name__}")
    if not html.strip():
        return Page("")
    if "\0" in html:
        html = html.replace("\0", "")  # lxml refuses NUL characters; browsers drop them
    if fast:
        return _extract_fast(html)
    page = _extract_trafilatura(html, url)
    # trafilatura keeps to the densest block of prose: on listings, product and forum pages, and on
    # articles whose paragraphs sit in unusual markup, it returns a fraction of the page's content.
    # When resiliparse's main-content text is more than twice as long, that is used instead (and
    # cleaned the same way). Measured on the development pages against trafilatura alone (scores of
    # the cleaned body, trafilatura's balanced mode for every page): wcxb-dev all pages word F1 0.823
    # -> 0.832, article pages 0.939 -> 0.946, aeb shingle F1 0.964 -> 0.967, traf snippets F 0.922 ->
    # 0.921. A threshold of 0.65 gains on wcxb (0.837) but loses on traf (0.916) and aeb; 0.3 gains
    # half as much; with precision mode on articles 0.35 and 0.65 both lose on aeb (0.972, 0.969).
    fallback = _extract_fast(html)
    if len(page.text) < _FALLBACK_RATIO * len(fallback.text):
        return dataclasses.replace(page, text=fallback.text, title=page.title or fallback.title)
    return page


_FALLBACK_RATIO = 0.5


def _extract_trafilatura(html: str, url: str | None) -> Page:
    trafilatura = _trafilatura()
    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            return Page("", title=_title_only(html), language=_declared_language(html))
        metadata = trafilatura.extract_metadata(tree, url)
        document = trafilatura.bare_extraction(
            tree,
            url=url or metadata.url,
            favor_precision=(metadata.pagetype or "").lower() in _ARTICLE_PAGE_TYPES,
            **_TRAFILATURA_SETTINGS,
        )
    except Exception as error:  # trafilatura and lxml raise many kinds on hostile markup
        raise HtmlError(f"cannot extract text from the HTML: {type(error).__name__}: {error}") from None
    return Page(
        text=_tidy(document.text or "") if document is not None else "",
        title=_text_or_none(metadata.title) or _title_only(html),
        url=_text_or_none(metadata.url) or url,
        date=_text_or_none(metadata.date),
        author=_text_or_none(metadata.author),
        sitename=_text_or_none(metadata.sitename),
        language=_text_or_none(metadata.language) or _declared_language(html),
    )


def _extract_fast(html: str) -> Page:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    try:
        tree = HTMLTree.parse(html)
        text = extract_plain_text(
            tree, main_content=True, alt_texts=False, links=False, form_fields=False, noscript=False, comments=False
        )
        title = tree.title
    except Exception as error:
        raise HtmlError(f"cannot extract text from the HTML: {type(error).__name__}: {error}") from None
    site = _SITE_NAME.search(html[:_HEAD_CHARS])
    return Page(
        text=_tidy(text),
        title=_text_or_none(title),
        sitename=_text_or_none(site.group(1)) if site else None,
        language=_declared_language(html),
    )


_trafilatura_module: Any = None


def _trafilatura() -> Any:
    global _trafilatura_module
    if _trafilatura_module is None:
        import trafilatura

        # trafilatura logs a warning for every page it finds nothing in; with no handler of the
        # caller's, Python would print those on stderr, which carries our messages only.
        logging.getLogger("trafilatura").addHandler(logging.NullHandler())
        _trafilatura_module = trafilatura
    return _trafilatura_module


# lang="es", "es-ES", "es_ES": the language is the first subtag.
_LANG_ATTRIBUTE = regex.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?![A-Za-z])", regex.IGNORECASE)
_HEAD_CHARS = 200_000  # metadata sits in <head>; a page's scripts and body need not be searched
_SITE_NAME = regex.compile(
    r"""<meta\s[^>]*?property\s*=\s*["']og:site_name["'][^>]*?content\s*=\s*["']([^"'<>]{1,200})["']""",
    regex.IGNORECASE,
)
_TITLE_ELEMENT = regex.compile(r"<title[^>]*>([^<]{1,1000})</title>", regex.IGNORECASE)


def _declared_language(html: str) -> str | None:
    found = _LANG_ATTRIBUTE.search(html[:_SNIFF_BYTES * 4])
    return found.group(1).lower() if found else None


def _title_only(html: str) -> str | None:
    found = _TITLE_ELEMENT.search(html)
    return _text_or_none(" ".join(found.group(1).split())) if found else None


def _text_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def _tidy(text: str) -> str:
    """One paragraph a line, without trailing spaces or blank lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines if line.strip())
