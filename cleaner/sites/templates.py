"""Line templates: the form of a line that stays the same from page to page of one site.

A site's dateline, view count and copyright year change from page to page, and its template now and
then changes a separator or gains a trailing space. The template of a line is its tokens, lower-cased,
with numbers and the names of months and weekdays masked (NUM, MONTH, WEEKDAY) and the separators a
template may vary in (``|``, ``·``, ``•``, ``/``, ``>``, dashes) made one, one space between tokens
(a word, a mask, a punctuation mark): "Contact: x" and "Contact : x" are one template. Two lines with the same template
are one line of the site's boilerplate. ``pattern_of`` writes the template as the ``regex`` pattern a
rule file holds: it matches the lines whose template it is.

>>> template_of("Posted on April 1, 2022 | 1,204 views")
'posted on MONTH NUM , NUM | NUM views'
>>> template_of("Posted on March 30, 2021 · 87 views")
'posted on MONTH NUM , NUM | NUM views'
>>> import regex
>>> bool(regex.match(pattern_of(template_of("Posted on April 1, 2022")), "POSTED ON June 3, 2024", regex.I))
True
"""
from __future__ import annotations

import re

import regex

# The masks are upper case: a template is lower case otherwise, so no word of a line can be one.
NUMBER = "NUM"
MONTH = "MONTH"
WEEKDAY = "WEEKDAY"
SEPARATOR = "|"
ANY = "ANY"  # the last part of a trail ("Home > News > ANY"): a section's name
MASKS = (NUMBER, MONTH, WEEKDAY, ANY)
# A line longer than this is compared whole (lower case, white space made one space): a site's long
# boilerplate is an about paragraph or a disclaimer, the same on every page, and three quarters of a
# corpus's bytes are long lines (newsjunk-sites-dev: 73% in lines over 160 characters), whose masking
# would cost most of learning's time for nothing.
LONG_LINE = 160
WHOLE = "WHOLE"  # the first token of a long line's template

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
# The standard re module: the whole line is rewritten by a few substitutions in C (a token at a time
# in Python was 23 us a line, most of learning's time).
_NUMBER_OR_MARK = re.compile(f"({_NUMBER_TEXT})|[^\\w\\s]")
_MONTH_NAMES = re.compile(r"(?<!\w)(?:" + "|".join(MONTHS) + r")(?!\w)")
_WEEKDAY_NAMES = re.compile(r"(?<!\w)(?:" + "|".join(WEEKDAYS) + r")(?!\w)")
_PUNCTUATION = re.compile(r"[^\w\s]")
_LETTER = re.compile(r"[^\W\d_]")
# Two letter-words of a template stood apart in the line (a word takes every letter after its first);
# a number may touch a word ("5G", "covid19").

_PATTERN_OF = {
    NUMBER: _NUMBER_TEXT,
    MONTH: "(?:" + "|".join(MONTHS) + ")",
    WEEKDAY: "(?:" + "|".join(WEEKDAYS) + ")",
    SEPARATOR: "[" + regex.escape(SEPARATORS) + "]",
    ANY: r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}",  # one to three words (_TRAIL_LAST)
}
# A trail is short: its parts before the last are a few words, the last one up to three.
_TRAIL_TOKENS = 8
_TRAIL_LAST = 3
_TRAIL_CHARS = 120  # no trail's template (_TRAIL_TOKENS tokens) is longer: a quicker no


def _alternation(names: set[str]) -> str:
    return "(?:" + "|".join(sorted(names, key=lambda n: (-len(n), n))) + ")"


def _names_in(examples: tuple[str, ...]) -> dict[str, str]:
    """The month and weekday masks' patterns for the languages of the names the examples use."""
    found: dict[str, str] = {}
    words = {token for example in examples for token in _PUNCTUATION.sub(" ", example.lower()).split()}
    for mask, by_language in ((MONTH, _MONTHS_BY_LANGUAGE), (WEEKDAY, _WEEKDAYS_BY_LANGUAGE)):
        names = {n for names in by_language.values() if words & set(names) for n in names}
        if names:
            found[mask] = _alternation(names)
    return found


def template_of(line: str) -> str:
    """The line's template (see the module's docstring; "" for a line without any)."""
    if len(line) > LONG_LINE:
        return WHOLE + " " + " ".join(line.lower().split())
    text = _NUMBER_OR_MARK.sub(_token, line.lower())
    if NUMBER in text:  # a date that changes has a number; a name alone ("every Monday") stays the same
        text = _WEEKDAY_NAMES.sub(" WEEKDAY ", _MONTH_NAMES.sub(" MONTH ", text))
    return " ".join(text.split())


def _token(found: re.Match[str]) -> str:
    """A number's mask, or a punctuation mark set apart (a separator as SEPARATOR). A function, not a
    replacement template: measured, half the time of ``r" \1 "`` and a translate of the separators."""
    if found.group(1) is not None:
        return " NUM "
    mark = found.group()
    return " | " if mark in SEPARATORS else f" {mark} "


def tokens_of(line: str) -> list[str]:
    """The template's tokens of a line."""
    return template_of(line).split()


def trail_of(tokens: list[str]) -> str | None:
    """The template of a line that reads as a trail of sections ("Home > News > Health") with its
    last part masked, so that one template stands for every section; None for other lines."""
    if len(tokens) > _TRAIL_TOKENS or SEPARATOR not in tokens or tokens[0] in MASKS or not _word(tokens[0]):
        return None  # a trail starts at a named page ("Home"); "1 - Preheat the oven" is a list's item
    last = len(tokens) - 1 - tokens[::-1].index(SEPARATOR)
    tail = tokens[last + 1:]
    if not 0 < len(tail) <= _TRAIL_LAST or last == 0 or not all(_word(t) and t not in MASKS for t in tail):
        return None
    return " ".join([*tokens[: last + 1], ANY])


def _word(token: str) -> bool:
    """A token that stood apart from a word beside it: a word, a name's mask, a trail's last part."""
    if token in MASKS:
        return token != NUMBER
    return _LETTER.match(token) is not None


def trail_template(template: str) -> str | None:
    """trail_of a line's template, for a template that has a separator (most have none)."""
    if SEPARATOR not in template or len(template) > _TRAIL_CHARS:
        return None
    return trail_of(template.split(" "))


def line_matches(text: str, template: str) -> bool:
    """Whether the (stripped) line's template is ``template``, or, for a trail's, its trail's."""
    found = template_of(text)
    if found == template:
        return True
    return template.endswith(ANY) and trail_template(found) == template


def templates_in(examples: tuple[str, ...]) -> list[str]:
    """The templates every example has: their one line template, and their one trail's (a trail's
    lines can share both, or only the trail's)."""
    found = {template_of(example.strip()) for example in examples}
    trails = {trail_template(template) for template in found}
    shared = [found.pop()] if len(found) == 1 else []
    return shared + ([trail] if len(trails) == 1 and (trail := trails.pop()) is not None else [])


def pattern_of(template: str, examples: tuple[str, ...] = ()) -> str:
    """The whole-line ``regex`` pattern (for case-insensitive matching) of the lines with this
    template: its tokens in order, white space where the line may have it. A month or weekday stands
    for the names of the languages whose names the ``examples`` use (all languages without them)."""
    if template.startswith(WHOLE + " "):
        words = template.split(" ")[1:]
        return "^" + r"\s+".join(regex.escape(w, special_only=True, literal_spaces=True) for w in words) + "$"
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
