"""The word-built rules' patterns, written from the word lists below into the rule files.

    python benchmarks/word_rules.py          # rewrite the patterns of the rules below in rules/*.toml
    python benchmarks/word_rules.py --check  # exit 1 if a rule file's patterns differ from the lists

Three rules know a junk line in nine languages by its words alone, not by set phrases:
``related.list-header-words`` (a related-stories header: "Altre notizie da Bologna"),
``inline.ad-marker-words`` ("Artikeln fortsätter under annonsen") and ``inline.teaser-words`` ("Leia
ainda: <another story's headline>"). Each language's words are one pattern of the rule (a header in
one language rarely mixes in another's words). The rule files keep the reason, the settings and the
examples; this script writes only their ``patterns``, and tests/test_word_rules.py fails when the two
differ. The words come from the languages themselves (what such headers, markers and labels are made of),
checked against the training pools (benchmarks/train_pools) and never against the blind pools.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RULES = Path(__file__).resolve().parent.parent / "rules"
LANGUAGE_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "pl": "Polish", "sv": "Swedish",
}


@dataclass(frozen=True)
class Lexicon:
    """One language's words (space-separated)."""

    header: str  # a related-stories header's own words: one must be in the header
    around: str  # the words that go with them: articles, prepositions, pronouns, section names
    before_name: str  # the prepositions a place, site or section name may follow at a header's end
    # A teaser's label's own words: one must be in the label ("Leia ainda: ..."). None is also a name or
    # an English word ("Mira", "Lee", "Lies"): the rule runs on text of any language, and
    # inline.teaser-es keeps "Mira:" to Spanish text.
    teaser: str
    # An advertisement marker's own words: one must be in the marker. English has none: its markers are
    # inline.ad-marker's, and --ignore of that rule must leave them.
    ad: str
    ad_around: str  # the words that go with them ("the article continues below the ...")
    # A dateline's own words: full month and weekday names, "published", "updated". Month names that
    # English shares ("april", "september") stand around them only: wcxb-dev's references keep an
    # English page's "September 12, 2024" under its title. English has none: its datelines are the
    # phrase rules'.
    date: str
    date_around: str  # the words and abbreviations around a date's numbers ("am", "kl.", "hs")
    reading: str  # a reading time's own words ("Lesezeit", "läsning"); "" leaves the language out
    reading_around: str  # the words around them and the number ("Tempo de leitura: 4 minutos")


LEXICONS = {
    "en": Lexicon(
        header=(
            "related more most read reads reading popular trending latest recent stories articles article posts news "
            "headlines recommended recommendations recommends picks picked suggested similar missed explore elsewhere "
            "editors editor's editors' choice featured videos video discover continue keep further topics other also "
            "must exploring around sponsored partner"
        ),
        around=(
            "the a an of on in from for to at by this that these those our your you we us may might like enjoy love "
            "be interested want should could too and all about with week today now day just here right up here's next "
            "watch best story coverage local national world sport sports business politics tech opinion entertainment "
            "lifestyle health culture science travel region site top hot web see out"
        ),
        before_name="from on in at for about by",
        teaser="read reads reading also more related background previously check listen watch recommended further",
        ad="",
        ad_around="",
        date="",
        date_around="",
        reading="",
        reading_around="",
    ),
    "de": Lexicon(
        header=(
            "mehr meistgelesen meistgelesene meistkommentiert meistgeteilt meist weitere weiteren weiterer weiter "
            "weiterlesen lesen gelesen lesenswert nachrichten artikel beiträge beitrag themen thema neueste neuesten "
            "neuste aktuell aktuelle aktuelles beliebt beliebte beliebteste beliebtesten empfohlen empfohlene "
            "empfehlungen empfehlung empfiehlt verwandte verwandt ähnliche ähnlich passende meldungen news "
            "schlagzeilen interessant spannend videos video redaktion ebenfalls auch kommentierte gesehen"
        ),
        around=(
            "der die das den dem des ein eine einen zum zur zu aus von vom im in am auf bei mit und für sie dich dir "
            "ihnen könnte könnten interessieren gefallen diesem dieser diese woche heute jetzt noch ressort rubrik "
            "region sport politik wirtschaft kultur lokales lokal welt panorama top"
        ),
        before_name="aus von vom bei auf im in zu zum zur über",
        teaser="lesen weiterlesen auch mehr passend dazu hintergrund siehe verwandte empfohlen hören ebenfalls",
        ad=(
            "anzeige anzeigen werbung werbeanzeige gesponsert gesponserter gesponserte sponsored bezahlter bezahlte "
            "weiter weiterlesen kooperation"
        ),
        ad_around=(
            "inhalt beitrag artikel text geht unten unterhalb nach der die das dem den lesen sie partner in mit"
        ),
        date=(
            "januar jänner februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag "
            "samstag sonntag veröffentlicht aktualisiert erschienen publiziert geändert"
        ),
        date_around=(
            "am um uhr den vom stand zuletzt jan feb mär apr mai jun jul aug sep sept okt nov dez april august "
            "september november"
        ),
        reading="lesezeit lesedauer",
        reading_around="ca min minuten minute",
    ),
    "fr": Lexicon(
        header=(
            "plus lire lus articles article actualités actualité actu infos nouvelles dernières derniers dernier "
            "dernière populaires populaire recommandés recommandé recommandées similaires liés liées associés "
            "associées découvrir incontournables sujet sujets rubrique voir aussi également autres partagés commentés "
            "vidéos vidéo manquer ailleurs dossiers suggestions sélection thématique"
        ),
        around=(
            "le la les l' de du des d' un une à a au aux sur dans en par pour et vous nos notre votre même ces ce "
            "cette pourraient pourrait aimerez aimer intéresser semaine jour aujourd'hui ne pas sport politique "
            "économie culture monde région locale fil top"
        ),
        before_name="de du des sur dans à en",
        teaser="lire aussi plus également voir écouter regarder découvrir associés",
        ad=(
            "publicité publicités pub sponsorisé sponsorisée sponsorisés publireportage publi-rédactionnel "
            "partenariat continue poursuit suite"
        ),
        ad_around=(
            "contenu partenaire article texte se ci-dessous dessous après sous la le cette de en avec lire l'article"
        ),
        date=(
            "janvier février mars avril juin juillet août septembre octobre novembre décembre lundi mardi "
            "mercredi jeudi vendredi samedi dimanche publié publiée modifié modifiée"
        ),
        date_around="le à h mis jour du et janv févr avr mai juil sept oct nov déc",
        reading="lecture",
        reading_around="temps de en min minutes",
    ),
    "es": Lexicon(
        header=(
            "más notas noticias nota artículos artículo leído leídos leídas leída leer leyendo relacionadas "
            "relacionados relacionado relacionada interesar último últimas últimos última recomendados recomendadas "
            "recomendado recomendamos destacadas destacados destacado destacada tendencias tendencia populares "
            "compartido compartidos compartidas visto vistos vistas otras otros sigue seguí temas tema sección "
            "portada imperdibles informándote informado además también contenido contenidos videos"
        ),
        around=(
            "el la los las lo de del un una en sobre para por con y te le les puede pueden podría interesa esta este "
            "esto nuestra nuestro nuestros vos ti usted semana hoy deportes política economía cultura mundo región "
            "local top noticia"
        ),
        before_name="de del en sobre desde",
        teaser="leer leyendo también más relacionado relacionada relacionadas relacionados escucha además",
        ad=(
            "publicidad anuncio anuncios patrocinado patrocinada patrocinados publirreportaje continúa sigue"
        ),
        ad_around=(
            "contenido la el nota noticia artículo debajo abajo después tras de del publicación colaboración en con "
            "leyendo leer por nuestros socios"
        ),
        date=(
            "enero febrero marzo abril junio julio agosto septiembre setiembre octubre noviembre diciembre lunes "
            "martes miércoles jueves viernes sábado domingo publicado publicada actualizado actualizada "
            "modificado"
        ),
        date_around=(
            "de del el a las la hs h hrs ene feb mar abr may jun jul ago sep oct nov dic"
        ),
        reading="lectura",
        reading_around="tiempo de en min minutos",
    ),
    "it": Lexicon(
        header=(
            "più altre altri altro altra notizie notizia articoli articolo letti lette letto leggi leggere correlati "
            "correlate correlato correlata ultime ultimi ultima ultimo consigliati consigliate consigliato consigli "
            "evidenza condivisi condivise visti viste popolari interessarti piacerti argomenti argomento "
            "approfondimenti approfondisci vedi guarda anche video scelti scelte redazione continua leggere"
        ),
        around=(
            "il lo la i gli le l' di del della dello dei degli delle da dal dalla dai in nel nella su sul sulla per "
            "con e ti vi potrebbe potrebbero interessare stessa stesso questa questo oggi settimana sezione rubrica "
            "giorno te sport politica economia cultura mondo cronaca regione top tema"
        ),
        before_name="di da dal dalla del della in su sul",
        teaser=(
            "leggi leggere anche più correlato correlati correlata correlate approfondisci ascolta guarda vedi "
            "approfondimenti approfondimento interessare"
        ),
        ad=(
            "pubblicità annuncio annunci sponsorizzato sponsorizzata sponsorizzati publiredazionale continua "
            "prosegue inserzione"
        ),
        ad_around=(
            "contenuto sponsor articolo l'articolo sotto dopo la il di della dalla in collaborazione con leggere "
            "pubblicitario pubblicitaria scorri per continuare"
        ),
        date=(
            "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre lunedì "
            "martedì mercoledì giovedì venerdì sabato domenica pubblicato pubblicata aggiornato aggiornata "
            "aggiornamento modificato"
        ),
        date_around=(
            "il alle ore di del ultimo gen feb mar apr mag giu lug ago set ott nov dic"
        ),
        reading="lettura",
        reading_around="tempo di in min minuti",
    ),
    "pt": Lexicon(
        header=(
            "mais notícias notícia artigos artigo lidas lidos lido leia lendo relacionadas relacionados relacionado "
            "relacionada últimas últimos última último recomendados recomendadas recomendado destaque destaques "
            "vistos vistas visto compartilhadas compartilhados partilhadas partilhados veja outras outros assuntos "
            "assunto temas continue perca também gostar escolhas escolha vídeos conteúdo"
        ),
        around=(
            "o a os as de do da dos das em no na nos nas sobre para por com e você te pode podem interessar esta este "
            "nesta neste seção secção semana hoje sua seu não desporto esportes esporte política economia cultura "
            "mundo região top ler ver"
        ),
        before_name="de do da dos das em no na sobre",
        teaser="leia ainda também mais saiba relacionado relacionada relacionadas relacionados assista ouça veja",
        ad=(
            "publicidade anúncio anúncios pub patrocinado patrocinada publieditorial continua continue"
        ),
        ad_around=(
            "conteúdo parceiro parceria a ler lendo depois da após o abaixo artigo matéria notícia de do em com"
        ),
        date=(
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
            "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo publicado publicada "
            "atualizado atualizada"
        ),
        date_around="de do em às as h jan fev mar abr mai jun jul ago set out nov dez",
        reading="leitura",
        reading_around="tempo de em min minutos",
    ),
    "nl": Lexicon(
        header=(
            "meer meest gelezen lees lezen nieuws artikelen artikel berichten bericht gerelateerde gerelateerd "
            "laatste populair populaire aanbevolen interessant gedeeld bekeken verder andere tips uitgelicht redactie "
            "onderwerpen zie bekijk video's videos"
        ),
        around=(
            "de het een van uit in op over voor met en misschien je jou jij u dit deze die rubriek week vandaag regio "
            "sport politiek economie cultuur binnenland buitenland top ook"
        ),
        before_name="van uit in op over",
        teaser="lees lezen meer gerelateerd gerelateerde kijk luister zie verder",
        ad="advertentie advertenties reclame gesponsord gesponsorde verder",
        ad_around=(
            "inhoud partner artikel het gaat onder na de deze hieronder lees in samenwerking met bericht"
        ),
        date=(
            "januari februari maart juni juli augustus oktober maandag dinsdag woensdag donderdag vrijdag "
            "zaterdag zondag gepubliceerd bijgewerkt aangepast"
        ),
        date_around=(
            "om op u uur laatst jan feb mrt apr mei jun jul aug sep okt nov dec april september november december"
        ),
        reading="leestijd",
        reading_around="geschatte min minuten minuut",
    ),
    "pl": Lexicon(
        header=(
            "więcej najczęściej czytane czytaj przeczytaj czytać przeczytać wiadomości artykuły artykułów tematy "
            "powiązane podobne najnowsze najnowsze polecane polecamy popularne zobacz także również też udostępniane "
            "komentowane warto wybrane ostatnio dalej"
        ),
        around=(
            "z ze w we na o od do dla i oraz to może cię ciebie was tego tej tym ten ta temat działu kategorii "
            "tygodnia dzisiaj dziś sport polityka gospodarka kultura świat regionu kraj top inne"
        ),
        before_name="z ze w we na od o",
        teaser="czytaj przeczytaj także również też więcej zobacz posłuchaj obejrzyj powiązane",
        ad=(
            "reklama reklamy reklamą sponsorowany sponsorowane sponsorowana dalsza dalszy ciąg promocyjny"
        ),
        ad_around=(
            "artykuł artykułu treść materiał partnera część tekstu pod poniżej po współpraca we z czytaj"
        ),
        date=(
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia "
            "styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień październik listopad grudzień "
            "poniedziałek wtorek środa czwartek piątek sobota niedziela opublikowano zaktualizowano aktualizacja"
        ),
        date_around=(
            "godz r roku o w dnia data publikacji sty lut mar kwi maj cze lip sie wrz paź lis gru"
        ),
        reading="czytania",
        reading_around="czas min minut minuty minuta",
    ),
    "sv": Lexicon(
        header=(
            "mer fler mest läst lästa läs läsa nyheter nytt artiklar artikel relaterade relaterat liknande senaste "
            "populärt populära populär rekommenderat rekommenderade tipsar delat delade ämnen ämnet också även andra "
            "läser vidare utvalt utvalda topp"
        ),
        around=(
            "i på av från om för med och du dig er kanske gilla detta denna den det veckans idag just nu sport "
            "politik ekonomi kultur världen inrikes utrikes top"
        ),
        before_name="från i på om av",
        teaser="läs läsa också även fler relaterat relaterade se lyssna klippet vidare",
        ad=(
            "annons annonsen annonser reklam sponsrat sponsrad sponsrade annonssamarbete fortsätter"
        ),
        ad_around="innehåll artikeln texten nedan under efter i samarbete med läs vidare",
        date=(
            "januari februari mars juni juli augusti oktober måndag tisdag onsdag torsdag fredag lördag söndag "
            "publicerad uppdaterad"
        ),
        date_around=(
            "kl den senast jan feb mar apr maj jun jul aug sep sept okt nov dec april september november december"
        ),
        reading="lästid läsning läsningstid",
        reading_around="min minuter minut",
    ),
}


@dataclass(frozen=True)
class PictureWords:
    """One language's words of a picture's credit line (space-separated)."""

    # A picture's own words, which may stand before its credit with no separator ("Foto ANSA/Name",
    # "Photo Belga", "Screenshot via YouTube").
    photo: str
    # Other words of a credit's label, which stand alone or before a separator only: "Map of Europe"
    # and "Graphic Novels" can head an article's section; "Grafik: Name" and "(Karte)" cannot.
    graphic: str
    # The words around them: modifiers ("file", "archive", "courtesy"), connectors before the credit
    # ("by", "von", "per", "door"), the "of" of a gallery's "Image 3 of 12".
    around: str
    # The words that name a picture's maker, after which the other words too may stand before a name
    # ("Illustration by Name").
    by: str
    # The picture's words that are a credit on a line of their own ("Archivbild"): a modifier is part of
    # the word. Other words alone are headings ("Images", "Credits", "MAPPA" in wcxb-dev's references).
    alone: str = ""


PICTURES = {
    "en": PictureWords(
        photo="photo photos photograph photographs pic pics picture pictures image images screenshot screengrab",
        graphic=(
            "video illustration illustrations graphic graphics infographic chart map artwork rendering footage "
            "gallery slideshow credit credits handout"
        ),
        around=(
            "data file archive stock courtesy of by via from and top main above supplied provided "
            "submitted contributed source sources illustrative photo-illustration for with"
        ),
        by="by via",
    ),
    "de": PictureWords(
        photo=(
            "foto fotos bild bilder archivbild archivbilder archivfoto symbolbild symbolfoto screenshot titelbild "
            "beitragsbild headerbild aufmacherbild pressefoto pressebild agenturfoto"
        ),
        graphic=(
            "video grafik infografik illustration fotostrecke bildergalerie galerie aufnahme karte bildquelle "
            "bildnachweis fotonachweis bildrechte fotorechte collage fotomontage montage"
        ),
        around="daten quelle quellen von vom mit aus via archiv privat und zur zu nach",
        by="von via",
        alone="archivbild archivbilder archivfoto symbolbild symbolfoto pressefoto pressebild agenturfoto",
    ),
    "fr": PictureWords(
        photo="photo photos image images cliché clichés capture",
        graphic=(
            "vidéo video montage illustration illustrations infographie graphique carte diaporama galerie crédit "
            "crédits"
        ),
        around=(
            "données après archives archive de du des par via source sources fournie fourni fournies prise extraite "
            "écran agrandir d"
        ),
        by="par via",
    ),
    "es": PictureWords(
        photo="foto fotos fotografía fotografías imagen imágenes captura",
        graphic="vídeo video ilustración infografía gráfico mapa galería crédito créditos",
        around="datos según archivo de del por vía cortesía fuente fuentes cedida cedidas suministrada tomada pantalla",
        by="por de",
    ),
    "it": PictureWords(
        photo="foto immagine immagini screenshot fotogallery",
        graphic="video illustrazione infografica grafico grafica mappa galleria credito crediti",
        around=(
            "secondo di da dal dalla della del per su archivio repertorio fonte concessa concesse gentile concessione "
            "elaborazione dati"
        ),
        by="di da via",
    ),
    "pt": PictureWords(
        photo="foto fotos fotografia imagem imagens captura",
        graphic="vídeo video arte ilustração infografia infográfico gráfico mapa galeria crédito créditos",
        around=(
            "dados segundo com ilustrativa ilustrativo de da do das dos por via arquivo divulgação fonte cedida "
            "acervo tela reprodução"
        ),
        by="por de",
        alone="divulgação reprodução",
    ),
    "nl": PictureWords(
        photo="foto foto's beeld afbeelding afbeeldingen archiefbeeld archieffoto screenshot persfoto",
        graphic="video illustratie infographic grafiek kaart fotoserie fotogalerij",
        around="gegevens cijfers van door via archief bron ter",
        by="door van via",
        alone="archiefbeeld archieffoto persfoto",
    ),
    "pl": PictureWords(
        photo="fot. fot zdjęcie zdjęcia fotografia zrzut",
        graphic="wideo ilustracja infografika grafika wykres mapa galeria",
        around=(
            "dane danych według z ze ekranu archiwum źródło autor materiały prasowe nadesłane ilustracyjne "
            "ilustracyjny poglądowe"
        ),
        by="autor",
    ),
    "sv": PictureWords(
        photo="foto bild bilder arkivbild pressbild skärmdump",
        graphic="video illustration grafik karta bildspel bildkälla",
        around="uppgifter enligt av från privat arkiv källa",
        by="av via",
        alone="arkivbild pressbild",
    ),
}


@dataclass(frozen=True)
class NoteWords:
    """One language's words of the label of a note at an article's end (space-separated)."""

    # A note's own words, one of which the label has: a correction, a clarification, an editor's or a
    # newsroom's note, a transparency notice, a contributor's credit ("Correction:", "Anmerkung der
    # Redaktion:", "Od redakcji:", "Mitarbeit:").
    own: str
    # The words around them. "Note", "Update", "Hinweis" and their kin are here, not own words: alone
    # they head an article's own last paragraph ("Note: the figures are provisional"). A disclaimer's and
    # a disclosure's labels are left out (wcxb-dev's references keep six such paragraphs at a page's
    # end), and so are English editors' notes and contributors' lines: aeb's and wcxb-dev's keep "Editor's
    # note: ..." twice and "Contributing: Name" once.
    around: str


NOTES = {
    "en": NoteWords(
        own=(
            "correction corrections clarification clarifications erratum errata transparency"
        ),
        around="note notes update updated the an a this story article reporting to by and of on",
    ),
    "de": NoteWords(
        own=(
            "korrektur korrekturhinweis berichtigung richtigstellung redaktion redaktioneller redaktionelle "
            "transparenzhinweis offenlegung mitarbeit nachtrag übersetzung schlussredaktion"
        ),
        around="anmerkung hinweis der die des zur in eigener sache aktualisierung update",
    ),
    "fr": NoteWords(
        own="erratum rectificatif correctif rédaction ndlr transparence collaboration traduction",
        around="note précision précisions mise à jour de la du des l d avec",
    ),
    "es": NoteWords(
        own="errores erratas errata corrección aclaración redacción editor transparencia colaboración traducción",
        around="fe nota de la del el con actualización aviso edición",
    ),
    "it": NoteWords(
        own="errata corrige rettifica correzione precisazione redazione editore trasparenza collaborazione traduzione",
        around="nota della dell del di la aggiornamento avvertenza con",
    ),
    "pt": NoteWords(
        own="errata correção correcção esclarecimento redação redacção editor transparência colaboração tradução",
        around="nota da do de atualização actualização aviso edição com",
    ),
    "nl": NoteWords(
        own=(
            "correctie rectificatie verduidelijking redactie eindredactie naschrift transparantie medewerking "
            "vertaling"
        ),
        around="noot van de update met",
    ),
    "pl": NoteWords(
        own="sprostowanie korekta redakcji redakcja współpraca tłumaczenie opracowanie",
        around="od nota aktualizacja",
    ),
    "sv": NoteWords(
        own=(
            "rättelse korrigering förtydligande redaktionens redaktionen medverkan medarbetare transparens "
            "översättning"
        ),
        around="anmärkning notera uppdatering",
    ),
}

# Words that make a teaser's label only with another word: "See:" and "Recommendations:" open an
# article's own cross-references and lists (wcxb-dev's references keep "See: “What is RAG?”"); "See
# also:" is a teaser.
NOT_ALONE_IN_A_LABEL = frozenset(
    "see recommendations recommends siehe voir ver veja vedi guarda zie bekijk zobacz se".split()
)
# Header words found in more than 0.3% of newsjunk-dev's lines of 24 words or fewer (as parts of words
# too: "most" in "almost"): a teaser's label needs another word as well.
COMMON_IN_TEXT = frozenset("latest article video keep news most other actu lus tips".split())
# An elided article or preposition may stand before a word with no space ("Plus d'actualités").
_ELISION = r"(?:(?:d|l|qu|dell|all|dall|sull|nell)['’])?"
_NUMBER = r"\d{1,3}"
# A header, a marker and a label open with a capital or a digit (case-sensitive inside the caseless
# pattern): lower-case "continue" or "paid" on a line of their own are a code sample's words.
_CAPITAL = r"(?=(?-i:[\p{Lu}\d]))"
_HEADER_LEAD = r"^[\[(•|»>#*\s]*" + _CAPITAL
_HEADER_GAP = r"[\s:·|/&+–—\-]+"
_HEADER_END = r"\s*(?:[:.!?…»>|]|\.\.\.)?[\])•|«<\s]*$"
_NAME = r"(?-i:[\p{Lu}\p{N}])[\p{L}\p{N}&'’.\-]*(?: [\p{L}\p{N}&'’.\-]+){0,3}"
_MARKER_LEAD = r"^[\[(<\-–—*•·|\s]*" + _CAPITAL
_MARKER_GAP = r"[\s·|/\-–—]+"
_MARKER_END = r"[\])>\-–—*•·|:.…\s]*$"
_TEASER_LEAD = r"^[\[(*•»>\s]*" + _CAPITAL
_DATE_LEAD = r"^[\[(•|·>\s]*"
_DATE_GAP = r"[\s,.:·|/\-–—]+"
_DATE_END = r"[\])•|·:,.\s\-–—]*$"
_ARROWS = "→➤▸►›»➜⟶"
_CREDIT_LEAD = r"^[\[(]?\s*" + _CAPITAL
# The credit that follows a label with no separator: capitalised names, joined by slashes, commas or
# the words around a credit ("ANSA/Federica Mancini", "la Ville de Namur").
_CREDIT_NAME = r"(?-i:[\p{Lu}\d])[\p{L}\p{N}&'’.\-]*"
_NOTE_LEAD = r"^[\[(*•\s]*" + _CAPITAL
_CREDIT_SEPARATOR = r"\s*[:©/|]\s*|\s+[–—\-]\s+"


def alternation(words: list[str]) -> str:
    """The words as one group, longest first, each apostrophe either kind, with the elision before."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    escaped = (word.replace("'", "['’]").replace(".", r"\.").replace("+", r"\+") for word in ordered)
    return _ELISION + "(?:" + "|".join(escaped) + ")"


def header_pattern(lexicon: Lexicon) -> str:
    own, around = lexicon.header.split(), lexicon.around.split() + [_NUMBER]
    cue, other = alternation(own), alternation(around)
    name = rf"(?:{_HEADER_GAP}{alternation(lexicon.before_name.split())}(?: {other}){{0,2}} {_NAME})?"
    return (
        f"{_HEADER_LEAD}(?:{other}{_HEADER_GAP}){{0,3}}{cue}(?:{_HEADER_GAP}(?:{cue}|{other})){{0,6}}"
        f"{name}{_HEADER_END}"
    )


def marker_pattern(lexicon: Lexicon) -> str:
    cue, other = alternation(lexicon.ad.split()), alternation(lexicon.ad_around.split())
    return f"{_MARKER_LEAD}(?:{other}{_MARKER_GAP}){{0,4}}{cue}(?:{_MARKER_GAP}(?:{cue}|{other})){{0,6}}{_MARKER_END}"


def teaser_pattern(lexicon: Lexicon) -> str:
    # A label's own words are the teaser's and the header's, less the header's words that are common in
    # any text ("news", "video": those let 4,550 of newsjunk-dev's first 400 texts' short lines through
    # to be searched, 2,796 without them); these may still stand around the others ("More news:").
    own = lexicon.teaser.split() + [word for word in lexicon.header.split() if word not in COMMON_IN_TEXT]
    cues = [word for word in own if word not in NOT_ALONE_IN_A_LABEL]
    others = [word for word in lexicon.around.split() + lexicon.header.split() + own if word not in cues]
    cue, other = alternation(cues), alternation(others)
    label = rf"(?:{other}[\s'’]+){{0,3}}{cue}(?:[\s'’]+(?:{cue}|{other})){{0,4}}"
    headline = r"\s*[\[(\"“„«']?(?-i:[\p{Lu}\d]).{8,}$"
    return rf"{_TEASER_LEAD}{label}\s*(?:[:{_ARROWS}|–—]|\.\.\.|…)+{headline}"


def teaser_label_pattern(lexicon: Lexicon) -> str:
    # Two of a teaser's own words ("Leia mais", "Lire aussi"): one of them with words around it is an
    # article's heading ("Siehe auch", "Voir aussi" head a reference list; "Plus" a section).
    cues = [w for w in lexicon.teaser.split() if w not in NOT_ALONE_IN_A_LABEL and w not in COMMON_IN_TEXT]
    cue, other = alternation(cues), alternation(lexicon.around.split())
    gap = r"[\s'’]+"
    label = rf"(?:{other}{gap}){{0,2}}{cue}(?:{gap}{other}){{0,2}}{gap}{cue}(?:{gap}(?:{cue}|{other})){{0,2}}"
    return rf"{_TEASER_LEAD}{label}\s*(?:[:{_ARROWS}>]|\.\.\.|…)*\s*$"


def date_pattern(lexicon: Lexicon) -> str:
    # A date's numbers: "11", "2025", "17:45", "12.05.2025", "08.12", "17h45", "11/05".
    number = r"\d{1,4}(?:[.:/h\-]\d{1,4}){0,2}\.?"
    cue, other = alternation(lexicon.date.split()), alternation(lexicon.date_around.split())
    token = rf"(?:{number}|{cue}|{other})"
    # The number is looked for before the lead: after it, a long run of white space was read once for
    # each of its characters (clean --lint-rules: over 500 ms on a 20,001-character probe).
    return rf"^(?=[^\d]*\d){_DATE_LEAD[1:]}(?:{token}{_DATE_GAP}){{0,6}}{cue}(?:{_DATE_GAP}{token}){{0,8}}{_DATE_END}"


def reading_pattern(lexicon: Lexicon) -> str:
    cue = alternation(lexicon.reading.split())
    # A unit of minutes too: "Lecture 7" is a course's seventh lecture.
    other = alternation(lexicon.reading_around.split() + [r"\d{1,3}", "ca", "approx"]) + "(?:['’′])?"
    # Or a minute mark after the number ("2' di lettura", "5′ Lesezeit").
    lead = rf"^(?=[^\d]*\d)(?=.*(?:\bmin|\d['’′])){_DATE_LEAD[1:]}"
    return rf"{lead}(?:{other}{_DATE_GAP}){{0,4}}{cue}(?:{_DATE_GAP}{other}){{0,4}}{_DATE_END}"



def caption_pattern(words: PictureWords) -> str:
    photo, graphic = alternation(words.photo.split()), alternation(words.graphic.split())
    around, by = alternation(words.around.split()), alternation(words.by.split())
    own = f"(?:{photo}|{graphic})"
    gap = r"[\s'’]+"
    label = rf"(?:{around}{gap}){{0,3}}{own}(?:{gap}(?:{own}|{around})){{0,3}}"
    # After a separator, the credit: names, short words joined to them ("su dati Istat"), picture words
    # and further labels ("Grafik: Name; Quelle: Amt"). A description is no credit: aeb's references
    # keep a wire story's "(Graphic: Global assets in 2019 - here)" links.
    token = rf"(?:{_CREDIT_NAME}|\p{{Ll}}{{1,4}}|{own}|{around})"
    with_credit = rf"{label}(?:{_CREDIT_SEPARATOR}){token}(?:[\s/|,;:]+{token}){{0,11}}"
    # A label alone has two words or more ("Courtesy photo", "Immagine d'archivio"), or brackets
    # ("(Symbolbild)"): wcxb-dev's references keep headings "Images", "Credits" and "MAPPA".
    alone = rf"(?:{around}{gap}){{1,3}}{own}(?:{gap}(?:{own}|{around})){{0,3}}|{own}(?:{gap}(?:{own}|{around})){{1,3}}"
    bracketed = rf"(?<=[\[(]\s{{0,3}}){label}\s*[\])]"
    # Names after a label with no separator are a credit where an agency's capitals or a slash says so
    # ("Foto ANSA/Name", "Photo d'archives RTBF"), or after a maker's "by" ("Illustration by Name"):
    # wcxb-dev's references keep headings "Image Enhancement", "Photo Sources and Display Controls".
    names = rf"{_CREDIT_NAME}(?:(?:\s*[/|,;]\s*|\s+)(?:{_CREDIT_NAME}|\p{{Ll}}{{1,4}})){{0,8}}"
    agency = r"(?=.*(?:(?-i:\p{Lu}{2})|/))"
    named = rf"(?:{around}{gap}){{0,2}}{photo}(?:{gap}{around}){{0,3}}\s+{agency}{names}"
    maker = rf"(?:{around}{gap}){{0,2}}{own}(?:{gap}{around}){{0,2}}\s+{by}(?:\s+\p{{Ll}}{{1,4}}){{0,2}}\s+{names}"
    counter = rf"{own}\s+\d{{1,3}}\s*(?:/|{around})\s*\d{{1,3}}"
    # A caption's sentence, then its credit: a photograph's word and names after the full stop or in
    # brackets ("... a Perugia. Foto Ipa Agency", "... (foto Corriere Ticinese Online)").
    after_sentence = rf".{{15,400}}(?:[.!?]\s+|\s\(){photo}(?:{gap}{around}){{0,2}}\s+{names}"
    forms = [with_credit, alone, bracketed, named, maker, counter, after_sentence]
    if words.alone:
        forms.append(alternation(words.alone.split()))
    return rf"{_CREDIT_LEAD}(?:{'|'.join(forms)})\s*[\])]?\.?$"


def note_pattern(words: NoteWords) -> str:
    own, around = alternation(words.own.split()), alternation(words.around.split())
    gap = r"[\s'’]+"
    label = rf"(?:{around}{gap}){{0,3}}{own}(?:{gap}(?:{own}|{around})){{0,3}}"
    return rf"{_NOTE_LEAD}{label}\s*[:：]\s*\S.{{2,600}}$"


# rule id -> (rule file, the pattern of one language)
WORD_RULES = {
    "related.list-header-words": ("related.toml", header_pattern),
    "inline.ad-marker-words": ("inline.toml", marker_pattern),
    "inline.teaser-words": ("inline.toml", teaser_pattern),
    "inline.teaser-label-words": ("teasers-intl.toml", teaser_label_pattern),
    "byline.date-words": ("bylines.toml", date_pattern),
    "byline.reading-time-words": ("bylines.toml", reading_pattern),
    "caption.credit-words": ("captions.toml", caption_pattern),
    "footer.note-words": ("footers.toml", note_pattern),
}
# The word lists a rule is written from, where they are not LEXICONS.
_WORDS: dict[str, dict[str, Any]] = {"caption.credit-words": PICTURES, "footer.note-words": NOTES}
# The field whose words a rule needs: a language with none is left out of the rule.
_REQUIRED = {
    "byline.reading-time-words": "reading", "byline.date-words": "date", "inline.ad-marker-words": "ad",
    "inline.teaser-label-words": "teaser",
}
# Languages a rule leaves out: English lone labels are the phrase rules' ("Read more"), and its teaser
# words make headings ("Further reading" heads a reference list).
_LEFT_OUT = {"inline.teaser-label-words": frozenset({"en"})}


def patterns_block(rule_id: str) -> str:
    """The rule's ``patterns = [...]`` as the rule file holds it: one pattern a language, named."""
    build = WORD_RULES[rule_id][1]
    lines = ["patterns = ["]
    for language, lexicon in _WORDS.get(rule_id, LEXICONS).items():
        if rule_id in _REQUIRED and not getattr(lexicon, _REQUIRED[rule_id]).split():
            continue
        if language in _LEFT_OUT.get(rule_id, ()):
            continue
        lines += [f"    # {LANGUAGE_NAMES[language]}", f"    '''{build(lexicon)}''',"]
    return "\n".join(lines + ["]"])


def rewritten(text: str, rule_id: str) -> str:
    """The rule file's text with the rule's patterns block written from the lists."""
    start = text.index(f'id = "{rule_id}"')
    begin = text.index("patterns = [", start)
    end = text.index("\n]", begin) + 2
    return text[:begin] + patterns_block(rule_id) + text[end:]


def stale(folder: Path = RULES) -> list[str]:
    """The word rules whose patterns in the rule files are not the ones the lists give."""
    found = []
    for rule_id, (name, _) in WORD_RULES.items():
        text = (folder / name).read_text(encoding="utf-8")
        if rewritten(text, rule_id) != text:
            found.append(rule_id)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only report rules whose patterns differ")
    args = parser.parse_args(argv)
    if args.check:
        differ = stale()
        for rule_id in differ:
            print(f"{rule_id}: patterns differ from benchmarks/word_rules.py's lists", file=sys.stderr)
        return 1 if differ else 0
    for rule_id, (name, _) in WORD_RULES.items():
        path = RULES / name
        path.write_text(rewritten(path.read_text(encoding="utf-8"), rule_id), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
