"""Which language a text is in, from its function words: offline, a few microseconds a line, and right
on the short texts an article is made of (benchmarks/language_accuracy.py measures it).

Each language has the 40-odd words its running text uses most; a text's language is the one whose words
it holds most of, when they are enough to tell (``MIN_HITS``) and clearly ahead of the next language.

>>> detect("The council said on Monday that the bridge would reopen in the spring.")
'en'
>>> detect("Der Stadtrat hat am Montag beschlossen, dass die Brücke im Frühjahr wieder öffnet.")
'de'
>>> detect("Les travaux sur le pont vont durer deux ans, a indiqué la mairie.")
'fr'
>>> detect("12:45") is None
True
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# The commonest words of news text in each language, none that another of these languages writes too
# ("de", "la", "que", "per", "es", "an", "was", "er", "du": German "es", "was", "er" and "du" would read as
# Spanish, English, Dutch and French) and none a single letter another language uses ("e", "i", "o").
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of is for that with are this by be from have has it not but they were which their "
              "been would after said who its about when there more than into what",
        "de": "der und ist nicht mit sich auf für ein eine dem auch im nach bei wie aus noch wird werden "
              "oder sie wurde zum zur vom sind hat einen einem einer über nur schon wenn",
        "fr": "le les et est une pour qui dans pas sur au aux par elle ce avec sont été ont plus comme leur "
              "cette ses être fait ou où nous vous",
        "es": "el los las y del más pero sus fue han este esta entre sobre también muy sin desde hay cuando "
              "ya",
        "it": "di che è della gli nel nella dei delle alla anche sono più dalla degli sul sulla questo "
              "questa hanno essere stato dopo tra",
        "pt": "os da dos em nos nas um uma com não foi são mas ao pelo pela seu sua também já ter é até "
              "pelos pelas muito disse ainda depois foram isso isto ele ela eles elas dele dela",
        "nl": "het een van op voor niet zijn dat deze ook aan bij naar maar dan wordt werd door uit nog "
              "heeft hebben worden zij wij hij wel tot omdat wat geen meer kunnen moet waren hun zich veel "
              "jaar twee",
        "pl": "w z nie się że jest od po jak przez za ale czy jego już tak co są był była było oraz tym "
              "tego które który która dla jej może można tylko gdy jednak także roku bardzo też przy",
        "sv": "och att det som på är av för med till har inte ett var sig ska vid från eller kan efter så "
              "här när också jag hon hade skulle mycket även blir blev mot samt vilket där bara detta sina",
    }.items()
}
LANGUAGES = tuple(FUNCTION_WORDS)
_LANGUAGE_OF = {word: lang for lang, words in FUNCTION_WORDS.items() for word in words}
MIN_HITS = 2
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def counts(text: str) -> dict[str, int]:
    """How many of the text's words are each language's function words."""
    found = dict.fromkeys(LANGUAGES, 0)
    for lang in filter(None, map(_LANGUAGE_OF.get, _WORD.findall(text.lower()))):
        found[lang] += 1
    return found


def detect(text: str) -> str | None:
    """The text's language, or None when its words do not tell (too few, or two languages alike)."""
    ranked = sorted(counts(text).items(), key=lambda item: -item[1])
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < 1.5 * second:
        return None
    return best


def detect_lines(lines: Iterable[str], limit: int = 2000) -> str | None:
    """A document's language from its first ``limit`` characters of text (2,000: some 300 words; the
    shared pages' documents come out as with 4,000, right 0.774, but one more wrong of 574, and the
    count costs half as much)."""
    text, size = [], 0
    for line in lines:
        text.append(line)
        size += len(line)
        if size >= limit:
            break
    return detect(" ".join(text))
