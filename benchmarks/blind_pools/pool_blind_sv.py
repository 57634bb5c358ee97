"""Blind junk pool, Swedish: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "TT", "NTB", "Ritzau", "STT", "Reuters", "AFP", "AP", "SVT Nyheter", "Sveriges Radio", "Ekot",
    "Dagens Nyheter", "Svenska Dagbladet", "Aftonbladet", "Expressen", "Göteborgs-Posten", "TV4 Nyheterna",
    "Bloomberg", "Omni", "Sydsvenskan", "Dagens Industri",
]
NAMES = [
    "Anna Lindgren", "Erik Johansson", "Sara Nyström", "Johan Bergqvist", "Emma Sjöberg", "Oskar Lundgren",
    "Maja Holm", "Fredrik Ekström", "Linnea Åberg", "Gustav Hedlund", "Klara Wallin", "Mattias Engström",
    "Elin Forsberg", "Niklas Sandberg", "Amira Hassan", "Per-Olof Lind", "Ida Björk", "Viktor Strand",
]
CITIES = [
    "Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Luleå", "Linköping", "Örebro", "Västerås",
    "Helsingfors", "Oslo", "Köpenhamn", "Jönköping", "Sundsvall", "Kiruna", "Lund", "Karlstad", "Visby",
]
SITES = [
    "Norrlandsbladet", "Dagens Puls", "Nyhetskollen", "Stadsposten", "Västkusten Nu", "Kvällsbladet",
    "Mälardalens Tidning", "Östra Kuriren", "Lokaltidningen Nord", "Svea Nyheter", "Skärgårdsposten",
    "Fjällbladet",
]
BUSINESSES = [
    ("Advokatbyrån Lindqvist & Co", "brottmål och trafikmål",
     ["Försvar i brottmål", "Indraget körkort", "Skadestånd efter olyckor", "Jour dygnet runt"],
     "lindqvistadvokat.se"),
    ("Resebyrån Solvind", "charterresor och kryssningar",
     ["Storstadsweekends", "Kryssningar i Medelhavet", "Bröllopsresor", "Avbeställningsskydd"],
     "solvindresor.se"),
    ("Redovisningsbyrån Balans", "deklarationer och bokföring",
     ["Inkomstdeklaration", "Löneadministration", "Bouppteckningar", "Hjälp för enskild firma"],
     "balansredovisning.se"),
    ("Solkraft Norr", "solceller och värmepumpar",
     ["Solceller för villan", "Batterilager", "Laddboxar", "Hjälp med grönt avdrag"],
     "solkraftnorr.se"),
    ("Larmcentralen Trygg", "hemlarm och kameraövervakning",
     ["Trådlösa larm", "Kameror kopplade till larmcentral", "Säkerhetsdörrar", "Kostnadsfri trygghetsgenomgång"],
     "larmcentralentrygg.se"),
    ("Fysiokliniken Rörelse", "fysioterapi och rehabilitering",
     ["Rehab efter operation", "Idrottsskador", "Lymfdränage", "Hembesök"],
     "fysiororelse.se"),
    ("Mäklarhuset Ekbacken", "köp och försäljning av bostäder",
     ["Kostnadsfri värdering", "Hyresförmedling", "Nyproduktion", "Bolånerådgivning"],
     "maklarhusetekbacken.se"),
    ("Datadoktorn", "datorreparationer och IT-säkerhet",
     ["Skärmbyte", "Virusborttagning", "Dataräddning", "Installation av wifi"],
     "datadoktorn.se"),
    ("Trafikskolan Grönt Ljus", "körkortsutbildning",
     ["B-körkort", "MC-körkort", "Riskettan och risktvåan", "Teoriprov online"],
     "grontljus-trafikskola.se"),
    ("Hörselcentret Klang", "hörapparater och hörseltester",
     ["Kostnadsfritt hörseltest", "Laddbara hörapparater", "Stöd vid tinnitus", "Service och reparationer"],
     "horselcentretklang.se"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site}: {title}",
    "{title} - Inrikes - {site}", "{title} / {agency}", "{title} — {site}", "JUST NU: {title}",
]

BYLINES = [
    "Av {name} · 12 mars 2025 07.30",
    "{name} | {city} | {date}",
    "{city} ({agency})",
    "Uppdaterad 3 juni 2025 14.05",
    "Lästid: {min} min",
    "{name}, korrespondent i {city}",
    "Publicerad 22 april 2025 kl. 06.00",
    "{name} och {name2} / {agency}",
    "Text: {name} · Foto: {name2}",
    "Krönika | {name}",
    "Ledare · {site}",
    "{date} · {min} minuters läsning",
    "Idag 09:41 — {name}",
    "Reporter: {name}",
    "Analys av {name}, {city}",
]

CAPTIONS = [
    "Foto: {name}/{agency}",
    "Bild: {agency}",
    "© {agency}",
    "Arkivbild. Foto: {agency}",
    "Bilden är tagen i {city} tidigare i år. {agency}",
    "Illustration: {site}",
    "Foto: Privat",
    "Pressbild",
    "Skärmdump",
    "Grafik: {site}",
    "Foto: {name} / Bildbyrån",
    "Montage: {site}",
    "{name}/TT",
    "Bild: Getty Images",
]

INLINE = [
    "Annons",
    "ANNONS",
    "Läs också: {other}",
    "Se även: {other}",
    "Artikeln fortsätter under annonsen",
    "Sponsrat innehåll",
    "Video: {other}",
    "Missa inte: {other}",
    "Fördjupning: {other}",
    "I samarbete med {biz}",
    "Endast för prenumeranter",
    "Just nu: {other}",
    "Bakgrund: {other}",
    "Texten fortsätter nedanför",
    "Betalt samarbete",
]

RELATED_HEADERS = [
    "Mest läst", "Fler nyheter", "Mer om ämnet", "Senaste nytt på {site}", "Läs vidare",
    "Andra har också läst", "Toppnyheter", "Från samma avdelning", "Tidigare artiklar",
]

SOURCE_FOOTERS = [
    "Texten bygger på uppgifter från {agency} och {agency2}.",
    "Medarbetare: {name2}",
    "{name2} i {city} har bidragit till artikeln.",
    "Rättelse: I en tidigare version av artikeln angavs fel datum. Uppgiften är nu korrigerad.",
    "Redaktionens kommentar: Artikeln har uppdaterats den 4 november 2024.",
    "Detta är en opinionstext. Åsikterna är skribentens egna.",
    "Artikeln utgör inte investeringsrådgivning.",
    "Eftertryck förbjudet utan tillstånd från {site}.",
    "© {year} {site}. Återpublicering endast med skriftligt medgivande.",
    "Texten publicerades först i {site}.",
    "Översättning: {name2}",
    "Publicerad under Creative Commons-licens.",
    "{name} bevakar rättsfrågor för {site}.",
    "Tipsa redaktionen – anonymt om du vill.",
    "Redigering: {name3}",
    "Nyheten kommer från {agency} via vårt automatiska nyhetsflöde.",
    "Ansvarig utgivare: {name3}",
    "Artikeln är producerad i samarbete med {site}.",
    "Har du frågor om artikeln? Kontakta oss via formuläret.",
    "Kommentarsfältet för den här artikeln är stängt.",
    "Personuppgiftspolicy · Cookieinställningar · Om oss",
    "({agency})",
]

SOCIAL = [
    "Dela artikeln",
    "Kopiera länk",
    "Dela via e-post",
    "Skicka via WhatsApp",
    "Följ {name} på X: @{handle}",
    "{site} finns på Instagram, TikTok och Facebook",
    "Följ vår kanal på WhatsApp",
    "Tipsa oss på Telegram eller Signal: {phone}",
    "Ämnen: {tag1}, {tag2}, {tag3}",
    "Relaterade ämnen: {tag1} · {tag2}",
    "Kommentarer ({min})",
    "Vad tycker du? Skriv en kommentar.",
    "Gillade du artikeln? Skicka den vidare.",
    "Prenumerera på vår YouTube-kanal",
    "Följ ämnet",
]

NEWSLETTER = [
    "Vill du få dagens viktigaste nyheter i mejlen varje morgon? Anmäl dig här, det är gratis.",
    "Slå på notiser så missar du inga nyheter.",
    "Prova en månad för 1 krona – ingen bindningstid.",
    "Du har läst {min} av 10 gratisartiklar den här månaden.",
    "Redan prenumerant? Logga in",
    "Kvalitetsjournalistik kostar. Bidra med en valfri summa via Swish.",
    "Bli medlem och läs allt utan annonser.",
    "Artikeln innehåller affiliatelänkar. Om du handlar via länkarna kan {site} få provision.",
    "Ladda ner appen {site} i App Store eller Google Play.",
    "Skapa ett gratis konto för att fortsätta läsa.",
    "Få pushnotiser om stora nyheter direkt i telefonen.",
    "Som prenumerant får du obegränsad tillgång till alla artiklar.",
    "Vill du läsa hela artikeln? Bli prenumerant i dag.",
]

PROMO_OPENERS = [
    "Tack för att du läser {site}! Vi återkommer med mer om det här.",
    "Tack för att du läst hela vägen. Fler uppdateringar kommer snart.",
    "Vi tackar för ditt intresse och fortsätter bevaka frågan.",
    "Annonssamarbete",
    "Annons från {biz}",
    "Lokala företag presenterar sig: {biz}",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Behöver du hjälp med {service} i {city}?",
    "{biz} har i över 20 år varit förstahandsvalet för {service}.",
    "Vi erbjuder:",
    "Kostnadsfri offert utan förpliktelser.",
    "Ring {phone} eller besök {domain}.",
    "Boka tid på www.{domain} eller ring {phone}.",
    "Info och bokning: {phone} | {domain}",
    "{domain} · Tel. {phone} · Mån–lör",
    "Hör av dig redan i dag: {phone}",
    "Läs mer på https://{domain}",
    "Välkommen till vårt kontor i {city} eller besök oss på {domain}.",
    "Första konsultationen gratis: {phone}",
]
