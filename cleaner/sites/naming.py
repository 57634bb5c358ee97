"""The site a record comes from: a field holding a host or a url, made one form for every page.

>>> site_of({"url": "https://www.Example.com/2024/05/story/"}, FIELDS)
'example.com'
>>> site_of({"site": "example.com", "url": "https://mirror.org/a/"}, FIELDS)
'example.com'
>>> site_of({"text": "..."}, FIELDS)
''
"""
from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import urlsplit

CORPUS = ""  # the site of a record without one: the whole corpus is one site
GROUP = "site"  # the id group of learned rules: "site.<domain>.<n>"
FIELDS = ("site", "url")  # where a record's site is read from unless told (--site-field)


def is_learned_id(rule_id: str) -> bool:
    """Whether the id is a learned rule's (its group is GROUP): those run first, a site at a time."""
    return rule_id.startswith(GROUP + ".")


def site_name(value: str) -> str:
    """A host, from a url or a host name: lower case, without "www." and a port."""
    text = value.strip()
    if "://" in text:
        try:
            text = urlsplit(text).hostname or ""
        except ValueError:
            return CORPUS
    else:
        text = text.split("/", 1)[0].rsplit(":", 1)[0] if text.count(":") <= 1 else text
    text = text.lower().rstrip(".")
    return text.removeprefix("www.")


def site_of(record: Mapping[str, object], fields: tuple[str, ...]) -> str:
    """The record's site from the first of ``fields`` it has as a string (CORPUS when none)."""
    for field in fields:
        value = record.get(field)
        if isinstance(value, str):
            return site_name(value)
    return CORPUS
