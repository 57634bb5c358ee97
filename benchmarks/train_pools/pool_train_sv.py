"""Träningspool (svenska) för skräpradsmodellen / Swedish training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["TT", "TT Nyhetsbyrån", "Ritzau", "NTB", "SVT Nyheter", "Sveriges Radio", "Ekot", "Omni", "Direkt",
            "Nyhetsbyrån Siren", "FNB", "Yle"]
NAMES = ["Emma Lindqvist", "Johan Andersson", "Sara Nilsson", "Erik Johansson", "Maja Karlsson", "Oskar Persson",
         "Linnea Eriksson", "Anders Svensson", "Elin Gustafsson", "Karl Olsson", "Amira Hassan", "Viktor Berg"]
CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Linköping", "Örebro", "Västerås", "Luleå",
          "Helsingborg", "Jönköping", "Sundsvall"]
SITES = ["Norrlandskuriren", "Dagens Västkust", "Nyheter24 Idag", "Mälardalsbladet", "Östra Posten",
         "Sydsvenska Morgon", "Lokaltidningen Nu"]
BUSINESSES = [
    ("Rörfirma Lundberg", "VVS och rörarbeten",
     ["Läcksökning", "Byte av varmvattenberedare", "Avloppsspolning", "Badrumsrenovering"], "rorfirmalundberg.se"),
    ("Flyttfirman Snabba Ryck", "flytt och magasinering",
     ["Bohagsflytt", "Kontorsflytt", "Flyttstädning", "Packhjälp"], "snabbaryckflytt.se"),
    ("Tandvården Solgläntan", "tandvård för hela familjen",
     ["Tandhygienist", "Implantat", "Osynlig tandreglering", "Akuttider"], "solglantan-tandvard.se"),
    ("Trafikskolan Körklar", "körkortsutbildning",
     ["B-körkort", "Intensivkurs", "Risk 1 och Risk 2", "Teoriprov online"], "korklar.se"),
    ("Trädgårdsfixarna", "trädgårdsskötsel och anläggning",
     ["Trädfällning", "Häckklippning", "Plattsättning", "Gräsklippning"], "tradgardsfixarna.se"),
    ("Redovisningsbyrån Siffra", "bokföring och deklaration",
     ["Deklarationshjälp", "Lönehantering", "Momsredovisning", "Bokslut"], "siffraredovisning.se"),
]

HEADLINE_DUPS = [
    "{title} | {site}",
    "{site} - {title}",
    "{TITLE}",
    "{title} | Nyheter från {city}",
    "{title} - Inrikes - {site}",
    "JUST NU: {title}",
    "{title} (video)",
    "DIREKT | {title}",
    "{title} :: {site}",
    "Ledare | {title}",
    "{title} – Ekonomi – {site}",
    "”{title}”",
    "{title} » {site}",
    "VIDEO | {title}",
    "Avslöjar: {title}",
    "{site} • {title}",
]

BYLINES = [
    "Av {name}",
    "Av {name} och {name2}",
    "{name} | {city}",
    "Publicerad 4 juni 2025 kl. 08.12",
    "Uppdaterad 12 maj 2025 kl. 17.45",
    "{city} ({agency})",
    "Lästid: {min} minuter",
    "{min} min läsning",
    "{name}, korrespondent i {city}",
    "Redaktionen {site}",
    "{name} · tisdag 10 juni 2025",
    "2025-04-22 06:00",
    "Text: {name} | Foto: {name2}",
    "{name} / {agency}",
    "Skriven av {name}",
    "AV {agency}",
    "Krönika av {name}",
    "Idag 14:32",
]

CAPTIONS = [
    "Foto: {agency}",
    "Bild: {name}/{agency}",
    "(Foto: {name})",
    "Arkivbild",
    "Demonstranter utanför stadshuset i {city} på tisdagen. Foto: {name}/{agency}",
    "Illustration: {site}",
    "Skärmdump från X",
    "Video: {site}",
    "Grafik: {site}, källa SCB",
    "Foto: Privat",
    "Hamnen i {city} i gryningen. (Foto: {name} för {site})",
    "Genrebild / {agency}",
    "FOTO: {name} / TT",
    "Bildkälla: {agency}",
    "Källa: {agency} | Grafik: {site}",
    "Foto: Pressbild",
]

INLINE = [
    "Annons",
    "ANNONS",
    "- Annons -",
    "Läs också: {other}",
    "Läs mer: {other}",
    "LÄS OCKSÅ",
    "Mer om ämnet: {other}",
    "Artikeln fortsätter under annonsen",
    "Sponsrat innehåll",
    "Relaterat: {other}",
    "→ {other}",
    "Se klippet: {other}",
    "Artikeln är låst för prenumeranter",
    "[Läs även: {other}]",
    "I samarbete med vår partner",
    "Mest läst: {other}",
]

RELATED_HEADERS = [
    "Relaterade artiklar",
    "Mest läst",
    "Du kanske också gillar",
    "Fler nyheter från {city}",
    "Senaste från {site}",
    "Mest delat",
    "Mer från avdelningen",
    "Liknande ämnen",
    "SENASTE NYTT",
    "Läs vidare",
    "Redaktionen tipsar",
    "Mer från {site}",
]

SOURCE_FOOTERS = [
    "Med uppgifter från {agency} och {agency2}",
    "({agency})",
    "Källor: {agency}, {agency2}",
    "© {year} {site}. Med ensamrätt.",
    "Får inte återpubliceras utan tillstånd från utgivaren.",
    "Rättelse: I en tidigare version av artikeln angavs fel datum för omröstningen. Det är nu korrigerat.",
    "Redaktörens anmärkning: artikeln har uppdaterats med ny information.",
    "Artikeln publicerades först på {site}.",
    "Detta är en debattartikel. Åsikterna är skribentens egna.",
    "Har du ett tips? Mejla {email}.",
    "{name} är frilansjournalist i {city}.",
    "Texten är en oredigerad nyhet från {agency}.",
    "Medverkande: {name2}",
    "Kontakta skribenten: {email}",
    "Har du självmordstankar? Ring Mind Självmordslinjen på 90101.",
    "Artikeln är återpublicerad från The Conversation under en Creative Commons-licens.",
    "Ansvarig utgivare: {name3}",
    "{agency} / {site}",
    "Pressmeddelande distribuerat av {agency}.",
]

SOCIAL = [
    "Dela på WhatsApp",
    "Dela på X",
    "Mejla artikeln",
    "Kopiera länk",
    "Följ oss på Instagram, Threads och Bluesky",
    "Följ vår WhatsApp-kanal",
    "Följ {site} på Telegram",
    "Vad tycker du? Kommentera nedan",
    "Kommentarer (6)",
    "Taggar: Riksdagen, budget, bostäder",
    "Ämnen: Klimat · Energi · Trafik",
    "Följ {name} på LinkedIn",
    "Mastodon: @{handle}@mastodon.nu",
    "Facebook | X | WhatsApp | E-post | Skriv ut",
    "Tipsa oss via Signal: {phone}",
    "Kommentera",
    "Bli först att kommentera",
]

NEWSLETTER = [
    "Få morgonens viktigaste nyheter direkt i din mejlkorg",
    "Prenumerera för 1 kr första månaden",
    "Redan prenumerant? Logga in",
    "Stöd oberoende journalistik med ett bidrag via Swish.",
    "Slå på notiser och missa ingenting",
    "Ladda ner {site}-appen",
    "Artikeln innehåller affiliatelänkar: vi kan få provision vid köp.",
    "Skapa ett gratis konto för att läsa vidare",
    "Bli medlem i {site}",
    "Erbjudande: digital prenumeration till halva priset",
    "Lyssna på artikeln",
    "Du har 2 gratisartiklar kvar den här månaden.",
    "Pushnotiser med de senaste nyheterna i mobilen",
    "GÅ MED ÖVER 20 000 LÄSARE",
    "Swisha en gåva och hjälp oss granska makten",
    "Varje fredag veckans bästa läsning i din inkorg",
]

PROMO_OPENERS = [
    "Tack för att du läser! Vi är tillbaka imorgon med mer.",
    "Tack för att du följer {site}. Fler uppdateringar kommer snart.",
    "Presenteras av {biz}",
    "I samarbete med {biz}",
    "Med stöd av {biz}",
    "ANNONSSAMARBETE",
    "Vår partner {biz} presenterar sig:",
]

PROMO_BODIES = [
    "Letar du efter hjälp med {service} i {city}?",
    "{biz} har erbjudit {service} i över 20 år.",
    "Kostnadsfri offert och snabb hjälp, även på helger.",
    "Våra tjänster:",
    "Ring oss på 08-123 456 78",
    "Boka tid på www.{domain}",
    "Kontakt: info@{domain} | Tel. {phone}",
    "Skriv till oss på WhatsApp: 070-123 45 67",
    "Begär en gratis offert på {domain}!",
    "Mån–fre 7–17, lör 10–14 – www.{domain}",
]
