"""Site chrome: what a whole page's visible text carries and an article extractor's output does not.

A page's visible text has the site's own links (Home, Log in, Contact us, Privacy policy, Facebook, each
a line of its own) and its legal footer ("© 2024 ...", "All rights reserved", "Impressum"); the text an
extractor (trafilatura, readability, newspaper4k, jusText, goose3, boilerpy3) makes of the same page has
left them out. The page step asks for them before it takes a text for a whole page: without them, a
listing's, a product's or a forum's extracted text, whose short lines are its content, read as menus.

>>> has_site_chrome(["Storm hits coast", "Home", "A paragraph of the story."])
True
>>> has_site_chrome(["Storm hits coast", "A paragraph of the story.", "Share"])
False
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# The legal footer, looked for in the first and last _FOOTER_LINES lines (now and then it comes first).
_FOOTER_LINES = 40
_SITE_FOOTER = re.compile(
    r"©|\(c\)\s*(?:19|20)\d\d|\bcopyright\b|all rights reserved|privacy policy|terms of (?:use|service)"
    r"|impressum|datenschutz|alle rechte vorbehalten|tous droits réservés|mentions légales"
    r"|todos los derechos reservados|aviso legal|tutti i diritti riservati|alle rechten voorbehouden"
    r"|wszelkie prawa zastrzeżone|alla rättigheter förbehållna|todos os direitos reservados",
    re.IGNORECASE,
)

# A site's own links, each the whole of its line (case and a final colon aside). Kept: the words found
# on at least 50 times more of the 2,668 aeb, wcxb-dev and traf page texts than of the 10,068 texts six
# extractors made of them ("privacy policy" 26.9% / 0.07%, "home" 29.0% / 0.18%, "impressum" 17.8% /
# 0.00%). Left out as content as often as chrome: "faq" (10.2% / 0.77%), "subscribe", "back to top",
# "register", "tiktok", "x". The other languages' words are the same links' usual wording.
_CHROME_LINES = frozenset(
    (
        "home|menu|search|log in|login|sign in|sign up|log out|logout|my account|account|cart|basket|checkout"
        "|skip to content|skip to main content|about|about us|contact|contact us|careers|jobs|press|advertise"
        "|privacy|privacy policy|terms|terms of use|terms of service|terms and conditions|cookies|cookie policy"
        "|cookie settings|accessibility|sitemap|site map|rss|newsletter"
        "|facebook|twitter|instagram|linkedin|youtube|pinterest"
        "|startseite|suche|anmelden|abmelden|registrieren|warenkorb|kontakt|impressum|datenschutz"
        "|datenschutzerklärung|agb|nach oben|über uns|karriere|hilfe"
        "|accueil|recherche|rechercher|connexion|se connecter|panier|contactez-nous|mentions légales"
        "|confidentialité|à propos|plan du site|aide"
        "|inicio|buscar|iniciar sesión|carrito|contacto|aviso legal|privacidad|sobre nosotros|mapa del sitio|ayuda"
        "|cerca|accedi|carrello|contatti|chi siamo|note legali"
        "|início|pesquisar|entrar|carrinho|contato|sobre nós"
        "|zoeken|inloggen|winkelwagen|over ons"
        "|szukaj|zaloguj|koszyk|o nas|regulamin"
        "|sök|logga in|varukorg|om oss"
    ).split("|")
)
_LONGEST_CHROME = max(map(len, _CHROME_LINES)) + 1  # a final colon


def has_site_chrome(lines: Sequence[str], links: bool = True) -> bool:
    """Whether the (stripped) lines hold a legal footer near either end or (with ``links``) a site link
    of their own."""
    if links:
        for line in lines:
            if len(line) <= _LONGEST_CHROME and line.lower().rstrip(":") in _CHROME_LINES:
                return True
    ends = [*lines[:_FOOTER_LINES], *lines[-_FOOTER_LINES:]] if len(lines) > 2 * _FOOTER_LINES else lines
    return any(_SITE_FOOTER.search(line) for line in ends)
