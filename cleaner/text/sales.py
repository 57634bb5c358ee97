"""Sales signals: phone numbers, web and e-mail addresses, offers and calls to act, and the voice of
an advertiser ("you", "we offer", a selling imperative), found in one line's text."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import regex

from .shapes import Shape

# Advertising copy comes in short lines: the seed's longest runs to 27 words, the development set's to
# 18. An article's closing paragraph is often longer; a line over this many words ends the walk.
AD_SENTENCE_WORDS = 40

# Commercial signals, strong: each one alone says "advertisement" when it sits outside the article.
_PHONE = regex.compile(
    r"(?<!\d)(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s.-])\d{3,4}[\s.-]\d{3,4}(?!\d)"
    # European numbers: a country code or a leading 0, then groups ("+49 30 1234567", "01 23 45 67 89",
    # "(0221) 123 45 67"); a run of years, prices or an ISBN has neither.
    r"|(?<![\d,.])(?:\+\d{2,3}[\s.-]?(?:\(0\)[\s.-]?)?\d{1,4}|\(0\d{1,4}\)|0\d{1,4})(?:[\s./-]?\d{2,4}){2,4}(?![\d,.%])"
)
# The sales patterns are asked only whether they match, so a run of letters or digits before a ".com" or
# a "% off" is looked for from the "." backwards, or from the run's first digit: tried from each
# character of a long run instead, "a½" * 16,000 + " .com" took 9.5 s, and "1" * 32,000 + " %" 26 s.
# A country's or another common domain ("stadglans.se", "idraulicarossi.it") in lower case only, and
# after two letters or digits at least: "the end.It was", with the space lost, is no address.
_GENERIC_DOMAINS = ("com", "net", "org", "co.uk", "io", "biz", "shop", "store")
_COUNTRY_DOMAINS = ("de", "at", "ch", "fr", "be", "es", "it", "pt", "nl", "pl", "se", "eu", "info")
_URL = regex.compile(
    r"(?i)\bhttps?://|\bwww\.[\p{L}\p{N}-]+\.|(?<=\b[\p{L}\p{N}-]+)\.(?:"
    + "|".join(map(regex.escape, _GENERIC_DOMAINS))
    + r")\b|(?<=\b[\p{L}\p{N}-]*[\p{L}\p{N}]{2})\.(?-i:"
    + "|".join(_COUNTRY_DOMAINS)
    + r")\b(?![.-]?\p{L})"
)
_EMAIL = regex.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_EMAIL_USER_BACKWARDS = regex.compile(r"[\w.+-]*", regex.REVERSE)
_EMAIL_DOMAIN = regex.compile(r"[\w-]+\.[\w.]+\b")
_WORD_BOUNDARY = regex.compile(r"\b")
_OFFER = regex.compile(
    r"(?i)(?:[$€£¥]\s?\d|(?<!\d)\d+\s?%\s*off\b|\bpromo(?:tion(?:al)?)?\s+code\b|\bcoupon\b|\bdiscount|\buse code\b"
    r"|\bfree (?:quote|estimate|consultation|trial|shipping|delivery)\b|\bbook (?:now|today|online)\b"
    r"|\bcall (?:us|now|today)\b|\border (?:now|today|online)\b|\bshop now\b|\bcontact us\b|\bget a quote\b"
    r"|\bsatisfaction guaranteed\b|\bmoney[- ]back\b|\bbest prices?\b|\baffordable (?:rates?|prices?)\b"
    # The same offers in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Swedish.
    r"|\bkostenlos(?:es|e|en)? (?:angebot|beratung|erstgespräch|probe)|\bgratis(?:-| )?(?:angebot|beratung|offerte)"
    r"|\brabatt|\bversandkostenfrei|\bdevis gratuit|\bconsultation gratuite|\bréduction"
    r"|\bpresupuesto (?:gratuito|sin compromiso)"
    r"|\bdescuento|\bpreventivo gratuito|\bsconto|\borçamento (?:grátis|gratuito)|\bdesconto|\bgratis offerte|\bkorting"
    r"|\bbezpłatn\w* (?:wycen|konsultac|porad)|\bzniżk|\bkostnadsfri (?:offert|rådgivning))"
)
# Weaker signals: the voice of an advertiser (we offer / you, your) or an imperative that sells.
_ADVERTISER_VOICE = regex.compile(
    r"(?i)\b(?:you|your|you're|you'll|we offer|we provide|we're|let us"
    r"|our (?:team|services?|drivers|experts|staff|clients|customers|products?)"
    # The reader addressed, and the business offering, in the other languages the rules cover (German's
    # formal "Sie" is also "she" and "they": the offering phrases carry it).
    r"|wir bieten|bieten wir|unser team|unsere (?:kunden|experten|leistungen)|für sie da"
    r"|ihr (?:partner|team|spezialist)"
    r"|vous|votre|vos|nous vous|notre équipe|usted|ustedes|le ofrecemos|te ofrecemos|ofrecemos|nuestro equipo"
    r"|vi offriamo|offriamo|il nostro team|la vostra|il vostro|você|vocês|oferecemos|nossa equipe"
    r"|wij bieden|bieden wij"
    r"|ons team|uw|oferujemy|nasz zespół|vi erbjuder|vårt team)\b"
)
_IMPERATIVE = regex.compile(
    r"(?i)^(?:call|book|order|visit|shop|buy|contact|try|save|request|schedule|hire|get|discover|enjoy|choose"
    r"|rufen sie|buchen sie|bestellen sie|besuchen sie|kontaktieren sie|vereinbaren sie|sichern sie|entdecken sie"
    r"|appelez|réservez|commandez|visitez|contactez|découvrez|profitez|demandez|llame|llámenos|reserve|reserva"
    r"|compre|visite|visítenos|contacte|contáctenos|contáctanos|descubra|solicite|chiama|chiamaci|prenota|ordina"
    r"|contatta|contattaci|scopri|richiedi|ligue|reserve já|compre já|entre em contato|peça|bel ons|boek|bestel"
    r"|bezoek|neem contact|ontdek|vraag|zadzwoń|zarezerwuj|zamów|odwiedź|skontaktuj|ring|boka|beställ|besök|kontakta)\b"
)


# What an ASCII line must hold for a sales pattern to match it: a literal that every match contains,
# compared in lower case (the patterns' case-insensitive matching, on ASCII, is that). Searched in
# full, the offer and web-address patterns took 46 and 21 us a newsjunk-dev line of over 80
# characters; most lines hold none of their literals. Other lines are searched as they are.
_THREE_DIGITS = re.compile(r"[0-9]{3}")  # a phone number's \d{3,4}, in ASCII
_PHONE_START = re.compile(r"(?:\+|\b0)[0-9]")  # a European number's country code or leading 0
_WEB_LITERALS = ("://", "www.", *(f".{domain}" for domain in (*_GENERIC_DOMAINS, *_COUNTRY_DOMAINS)))
_OFFER_LITERALS = (
    "$", "%", "promo", "coupon", "discount", "use code", "free ", "book ", "call ", "order ", "shop now", "contact us",
    "get a quote", "satisfaction guaranteed", "money", "best price", "affordable ", "kostenlos", "gratis", "rabatt",
    "versandkostenfrei", "devis gratuit", "consultation gratuite", "presupuesto", "descuento", "preventivo gratuito",
    "sconto", "desconto", "korting", "bezplatn", "kostnadsfri",
)
_VOICE_LITERALS = (
    "you", "we offer", "we provide", "we're", "let us", "our ", "wir bieten", "bieten wir", "unser team", "unsere ",
    "sie da", "ihr ", "vous", "votre", "vos ", "notre equipe", "usted", "ofrecemos", "nuestro equipo", "offriamo",
    "il nostro team", "la vostra", "il vostro", "voce", "oferecemos", "nossa equipe", "wij bieden", "bieden wij",
    "ons team", "uw", "oferujemy", "nasz zespol", "vi erbjuder", "vart team",
)



def _holding(literals: tuple[str, ...]) -> Callable[[str], bool]:
    def may_match(text: str) -> bool:
        if not text.isascii():
            return True
        lower = text.lower()
        return any(literal in lower for literal in literals)

    return may_match


def _may_be_phone(text: str) -> bool:
    return not text.isascii() or _THREE_DIGITS.search(text) is not None or _PHONE_START.search(text) is not None


_SIGNALS = (
    ("phone", _PHONE, _may_be_phone),
    ("web", _URL, _holding(_WEB_LITERALS)),
    ("offer", _OFFER, _holding(_OFFER_LITERALS)),
)
_may_speak = _holding(_VOICE_LITERALS)




def sales_signals(text: str) -> set[str]:
    """The kinds of strong sales signal in a line: phone, web address, e-mail, offer or call to act."""
    found = set()
    if "@" in text:
        without = _without_emails(text)
        if without != text:
            found.add("email")
            text = without  # the address's domain is not a second, web-address signal
    for name, pattern, may_match in _SIGNALS:
        if may_match(text) and pattern.search(text):
            found.add(name)
    return found


def _without_emails(text: str) -> str:
    """``_EMAIL.sub(" ", text)``, found from each "@": its user part is the run of address characters
    before it, from the run's first word boundary (or from the last address's end), if a domain
    follows. Searched for from each character of a long run, "_." * 32,000 + " @" took 20 s.

    The matches are _EMAIL's: no run holds an "@", so a match holds the first "@" after its start;
    each start in the run reaches it and its domain is the same, so the first start that a word
    boundary allows matches, and none does when no domain follows."""
    pieces: list[str] = []
    done = 0  # the end of the last address replaced
    at = text.find("@")
    while at >= 0:
        user = _EMAIL_USER_BACKWARDS.match(text, done, at)
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        start = _WORD_BOUNDARY.search(text, user.start(), at) if domain is not None and user is not None else None
        if start is None or start.start() >= at:  # no domain, or no user part a boundary starts
            at = text.find("@", at + 1)
            continue
        pieces += [text[done : start.start()], " "]
        done = domain.end()
        at = text.find("@", done)
    return "".join(pieces) + text[done:] if pieces else text


def advertiser_voice(text: str) -> bool:
    """Second person, "we offer", or a selling imperative at the start."""
    return (_may_speak(text) and _ADVERTISER_VOICE.search(text) is not None) or _IMPERATIVE.search(text) is not None



def sells(text: str) -> bool:
    """A sales signal or an advertiser's voice."""
    return bool(sales_signals(text)) or advertiser_voice(text)


def plain_sentence(line_shape: Shape, line_sells: Callable[[], bool]) -> bool:
    """An article sentence: prose that does not sell, or prose longer than advertising copy runs. The
    line's sales tests (``line_sells``) are asked only when its length leaves them to decide."""
    return line_shape.prose and (line_shape.words > AD_SENTENCE_WORDS or not line_sells())



class PlainSentences:
    """Which of a document's lines are article sentences (plain_sentence), each line's sales tests made once:
    the walk asks again of the lines above each line it tests, the engine of the last lines for where
    the story ends, and a line's sales signals took 40 us on newsjunk-dev."""

    def __init__(self, texts: Sequence[str], shapes: Sequence[Shape]):
        self.texts = texts
        self.shapes = shapes
        self._signals: dict[int, set[str]] = {}
        self._sells: dict[int, bool] = {}

    def __call__(self, index: int) -> bool:
        return plain_sentence(self.shapes[index], lambda: self.sells(index))

    def signals(self, index: int) -> set[str]:
        found = self._signals.get(index)
        if found is None:
            found = self._signals[index] = sales_signals(self.texts[index])
        return found

    def sells(self, index: int) -> bool:
        found = self._sells.get(index)
        if found is None:
            found = self._sells[index] = bool(self.signals(index)) or advertiser_voice(self.texts[index])
        return found

