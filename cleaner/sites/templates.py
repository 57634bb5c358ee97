"""Line templates: the form of a line that stays the same from page to page of one site.

A site's dateline, view count and copyright year change from page to page, and its template now and
then changes a separator or gains a trailing space. The template of a line is its tokens, lower-cased,
with numbers and the names of months and weekdays masked and the separators a template may vary in
(``|``, ``·``, ``•``, ``/``, ``>``, dashes) made one; white space is gone. Two lines with the same template
are one line of the site's boilerplate. ``pattern_of`` writes the template as the ``regex`` pattern a
rule file holds: it matches the lines whose template it is.

>>> template_of("Posted on April 1, 2022 | 1,204 views")
'posted on @month @num , @num | @num views'
>>> template_of("Posted on March 30, 2021 · 87 views")
'posted on @month @num , @num | @num views'
>>> import regex
>>> bool(regex.match(pattern_of(template_of("Posted on April 1, 2022")), "POSTED ON June 3, 2024", regex.I))
True
"""
from __future__ import annotations

import regex

NUMBER = "@num"  # masks are several characters: a punctuation token is one ("#" in "#homelab")
MONTH = "@month"
WEEKDAY = "@weekday"
SEPARATOR = "|"
ANY = "@any"  # the last part of a trail ("Home > News > @any"): a section's name

# Months and weekdays of the languages the rules know (en, de, fr, es, it, pt, nl, pl, sv), in full:
# abbreviations ("mar", "sept") are words of their own in some of them.
_MONTHS = (
    "january february march april may june july august september october november december "
    "januar februar märz april mai juni juli august september oktober november dezember "
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre "
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre "
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
    "januari februari maart april mei juni juli augustus september oktober november december "
    "styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca "
    "sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia "
    "januari februari mars april maj juni juli augusti september oktober november december"
).split()
_WEEKDAYS = (
    "monday tuesday wednesday thursday friday saturday sunday "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag "
    "lundi mardi mercredi jeudi vendredi samedi dimanche "
    "lunes martes miércoles jueves viernes sábado domingo "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "
    "poniedziałek wtorek środa czwartek piątek sobota niedziela "
    "måndag tisdag onsdag torsdag fredag lördag söndag"
).split()
_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv")
_MONTHS_BY_LANGUAGE = dict(zip(_LANGUAGES, (
    _MONTHS[0:12], _MONTHS[12:24], _MONTHS[24:36], _MONTHS[36:49], _MONTHS[49:61], _MONTHS[61:73],
    _MONTHS[73:85], _MONTHS[85:109], _MONTHS[109:121],
)))
_WEEKDAYS_BY_LANGUAGE = dict(zip(_LANGUAGES, (
    _WEEKDAYS[0:7], _WEEKDAYS[7:14], _WEEKDAYS[14:21], _WEEKDAYS[21:28], _WEEKDAYS[28:35], _WEEKDAYS[35:40],
    _WEEKDAYS[40:47], _WEEKDAYS[47:54], _WEEKDAYS[54:61],
)))
MONTHS = tuple(sorted(set(_MONTHS), key=lambda m: (-len(m), m)))
WEEKDAYS = tuple(sorted(set(_WEEKDAYS), key=lambda d: (-len(d), d)))
_NAMES = {**dict.fromkeys(MONTHS, MONTH), **dict.fromkeys(WEEKDAYS, WEEKDAY)}
SEPARATORS = "|·•/>»›–—-"

_NUMBER_TEXT = r"\d+(?:[.,:/]\d+)*"
_TOKEN = regex.compile(_NUMBER_TEXT + r"|\p{L}[\p{L}\p{M}\p{N}'’]*(?:-[\p{L}\p{M}]+)*|[^\s\p{L}\p{N}]")
# Two letter-words of a template stood apart in the line (a word takes every letter after its first);
# a number may touch a word ("5G", "3rd").
_LETTER = regex.compile(r"\p{L}")

_PATTERN_OF = {
    NUMBER: _NUMBER_TEXT,
    MONTH: "(?:" + "|".join(MONTHS) + ")",
    WEEKDAY: "(?:" + "|".join(WEEKDAYS) + ")",
    SEPARATOR: "[" + regex.escape(SEPARATORS) + "]",
    ANY: "[^" + regex.escape(SEPARATORS) + "]{1,40}",
}
# A trail is short: its parts before the last are a few words, the last one up to three.
_TRAIL_TOKENS = 8
_TRAIL_LAST = 3


def _alternation(names: set[str]) -> str:
    return "(?:" + "|".join(sorted(names, key=lambda n: (-len(n), n))) + ")"


def _names_in(examples: tuple[str, ...]) -> dict[str, str]:
    """The month and weekday masks' patterns for the languages of the names the examples use."""
    found: dict[str, str] = {}
    words = {token for example in examples for token in _TOKEN.findall(example.lower())}
    for mask, by_language in ((MONTH, _MONTHS_BY_LANGUAGE), (WEEKDAY, _WEEKDAYS_BY_LANGUAGE)):
        names = {n for names in by_language.values() if words & set(names) for n in names}
        if names:
            found[mask] = _alternation(names)
    return found


def tokens_of(line: str) -> list[str]:
    """The template's tokens of a line (see the module's docstring)."""
    found = []
    for token in _TOKEN.findall(line.lower()):
        if token[0].isdigit():
            found.append(NUMBER)
        elif token in SEPARATORS:
            found.append(SEPARATOR)
        else:
            found.append(_NAMES.get(token, token))
    return found


def template_of(line: str) -> str:
    """The line's template: its tokens joined by single spaces ("" for a line without any)."""
    return " ".join(tokens_of(line))


def trail_of(tokens: list[str]) -> str | None:
    """The template of a line that reads as a trail of sections ("Home > News > Health") with its
    last part masked, so that one template stands for every section; None for other lines."""
    if len(tokens) > _TRAIL_TOKENS or SEPARATOR not in tokens or not _LETTER.match(tokens[0]):
        return None  # a trail starts at a named page ("Home"); "1 - Preheat the oven" is a list's item
    last = len(tokens) - 1 - tokens[::-1].index(SEPARATOR)
    tail = tokens[last + 1:]
    if not 0 < len(tail) <= _TRAIL_LAST or last == 0 or not all(t[0].isalpha() for t in tail):
        return None
    return " ".join([*tokens[: last + 1], ANY])


def _word(token: str) -> bool:
    return token in (MONTH, WEEKDAY, ANY) or _LETTER.match(token) is not None


def pattern_of(template: str, examples: tuple[str, ...] = ()) -> str:
    """The whole-line ``regex`` pattern (for case-insensitive matching) of the lines with this
    template: its tokens in order, white space where the line may have it. A month or weekday stands
    for the names of the languages whose names the ``examples`` use (all languages without them)."""
    names = _names_in(examples)
    parts = ["^"]
    previous = ""
    for token in template.split(" "):
        if previous:
            both_words = _word(previous) and _word(token)
            parts.append(r"\s+" if both_words else r"\s*")
        if token in names:
            parts.append(names[token])
        else:
            parts.append(_PATTERN_OF.get(token) or regex.escape(token, special_only=True, literal_spaces=True))
        previous = token
    parts.append("$")
    return "".join(parts)
