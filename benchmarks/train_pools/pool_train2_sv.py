"""Träningspool, andra omgången (svenska: lokaltidningar, sport- och teknikajter, finlandssvensk press) för
skräpradsmodellen / Swedish training pool, second batch, for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["SVT Sport", "P4 Västerbotten", "Sportbladet", "Fotbollskanalen", "Dagens Industri",
            "Hufvudstadsbladet", "Svenska Yle", "Bonnier News Local", "Mittmedia", "NTM", "Gota Media",
            "Sveriges Television"]
NAMES = ["Ida Sjöberg", "Lars Holm", "Frida Lundgren", "Mattias Öberg", "Hanna Forsberg", "Niklas Wallin",
         "Julia Ekström", "Patrik Sandberg", "Alva Nyström", "Gustav Hedlund", "Leila Mohammadi", "Fredrik Dahl"]
CITIES = ["Gävle", "Karlstad", "Växjö", "Kalmar", "Östersund", "Falun", "Borås", "Kiruna", "Visby", "Halmstad",
          "Norrköping", "Skellefteå"]
SITES = ["Bergslagsposten", "Tekniktrender", "Sportfönstret", "Gotlandsbladet Idag", "Jämtlandskuriren",
         "Västerbottens Morgon", "Hemmaliv Magasin"]
BUSINESSES = [
    ("Måleri Ek & Son", "måleri och tapetsering",
     ["Fasadmålning", "Tapetsering", "Snickerimålning", "ROT-avdrag direkt på fakturan"], "maleriek.se"),
    ("Elfirman Blixten", "elinstallationer",
     ["Laddboxar för elbil", "Solceller", "Elbesiktning", "Felsökning"], "blixtenel.se"),
    ("Städbolaget Glans", "hemstädning och kontorsstäd",
     ["Veckostädning", "Storstädning", "Fönsterputs", "Flyttstäd med garanti"], "stadglans.se"),
    ("Naprapat Ryggkliniken", "naprapati och massage",
     ["Behandling av ryggsmärta", "Idrottsskador", "Sportmassage", "Rehabträning"], "ryggkliniken.se"),
    ("Låssmeden Nyckelhuset", "lås och larm",
     ["Låsöppning dygnet runt", "Byte av låscylinder", "Säkerhetsdörrar", "Kodlås"], "nyckelhuset.se"),
    ("Däckcentralen Norr", "däck och bilservice",
     ["Däckbyte och däckhotell", "Hjulinställning", "Service enligt serviceprogram", "Stenskottslagning"], "dackcentralennorr.se"),
]

HEADLINE_DUPS = [
    "{title} – Fotboll – {site}",
    "{title} | Allsvenskan",
    "Vi testar: {title}",
    "{title} (bilder)",
    "Granskning: {title}",
    "{title} – detta vet vi",
    "{site} | Lokalt | {title}",
    "Intervju: {title}",
    "{TITLE} – {site}",
    "Analys | {title}",
    "{title} » Sport",
    "SENASTE: {title}",
    "{title} | Teknik",
    "Liverapport: {title}",
    "Debatt: {title}",
    "{title} - {city}",
]

BYLINES = [
    "Reportage: {name}",
    "{name}, sportreporter",
    "Publicerad idag 07.40",
    "Uppdaterad 11 juli, 16.05",
    "Publicerad: 2025-07-11 07:40 · Uppdaterad: 2025-07-12 16:05",
    "Läs på {min} min",
    "{city}, 11 juli ({agency})",
    "{name} testar",
    "Samtal: {name}",
    "Text och bild: {name}",
    "{name} / Nyhetsdesken",
    "Krönikör: {name}",
    "{name} rapporterar från {city}",
    "Ledarskribent {name}",
    "Foto: {name2} · Text: {name}",
    "Igår 21:15",
]

CAPTIONS = [
    "Foto: Bildbyrån",
    "Bild: {name}/Bildbyrån",
    "Foto: Polisen",
    "Pressfoto: tillverkaren",
    "Bild: Skärmavbild YouTube",
    "Foto: Läsarbild",
    "Anfallaren jublar efter 1–0 i {city}. Foto: {name}/Bildbyrån",
    "Statsministern under presskonferensen. Foto: {agency}",
    "Bildspel: 9 bilder",
    "Förstora bilden",
    "Foto: Scanpix",
    "Karta: {site}",
    "Arkivfoto: {site}",
    "Illustrationen är AI-genererad",
    "Foto: Kommunen",
    "Foto: {name}/Hbl",
]

INLINE = [
    "Reklam",
    "Sponsrad artikel",
    "Se även: {other}",
    "Missa inte: {other}",
    "Bakgrund: {other}",
    "Tidigare: {other}",
    "Fler artiklar om ämnet: {other}",
    "Spela upp video",
    "Lyssna: uppläst version",
    "PLUS",
    "Omröstning: Vad tycker du?",
    "Fakta",
    "Klicka för att se bildspelet",
    "Du har inte godkänt kakor för det här innehållet.",
    "Texten fortsätter nedanför",
    "Låst innehåll",
]

RELATED_HEADERS = [
    "Fler nyheter",
    "Mer sport",
    "Populärt just nu",
    "Nyheter i {city}",
    "Rekommenderat för dig",
    "Tester och recensioner",
    "Utvalt",
    "Veckans mest lästa",
    "Hett just nu",
    "Andra läser",
    "Läs fler",
    "TOPPLISTAN",
    "Mer i ämnet",
]

SOURCE_FOOTERS = [
    "TT",
    "TT-Reuters",
    "Artikeln har tidigare publicerats i papperstidningen.",
    "Uppdaterad 16.05 med kommentar från klubben.",
    "Rättat: En tidigare version angav fel namn på tränaren.",
    "Produkten är ett lån från tillverkaren. Vi testar alltid oberoende.",
    "Citera gärna – men länka till källan.",
    "Tipsa redaktionen: {email} eller sms 070-555 12 34",
    "{name} är sportreporter på {site}.",
    "Medarbetare: {name2}",
    "Översättning: {name3}",
    "Behöver du prata med någon? Ring Jourhavande medmänniska 08-702 16 80.",
    "Detta är en annons i samarbete med en annonsör. Redaktionen har inte medverkat.",
    "Licensierat material från {agency}. Får ej spridas vidare.",
    "Hittat ett fel i texten? Mejla {email}",
    "{site} står bakom de pressetiska reglerna.",
]

SOCIAL = [
    "Dela på Facebook",
    "Dela artikeln",
    "Lägg till {site} som källa i Google Nyheter",
    "Vårt Instagram: @{handle}",
    "Prenumerera på vår YouTube-kanal",
    "Logga in för att kommentera",
    "Rapportera fel",
    "Spara artikeln",
    "Kommentarer: 14",
    "Skriv en kommentar",
    "Nyckelord: Allsvenskan, övergångar, AIK",
    "#allsvenskan #fotboll",
    "Skicka in din bild via WhatsApp till 070-555 12 34",
    "Diskutera i vår Facebookgrupp",
    "Vi finns på: X · Instagram · LinkedIn",
    "Gilla {site} på Facebook",
]

NEWSLETTER = [
    "Anmäl dig till sportnyhetsbrevet",
    "Läs allt för 1 kr i 3 månader",
    "Ge bort en prenumeration",
    "Dela artikeln gratis med en vän",
    "Du har nått gränsen för gratisartiklar",
    "Den här artikeln ingår i {site} Plus.",
    "Stöd lokaljournalistiken – Swisha valfritt belopp till 123 555 12 34",
    "Bli månadsgivare från 50 kr",
    "Annonslänkar: vi kan få ersättning om du köper via länkarna i artikeln.",
    "Priserna var aktuella vid publiceringen.",
    "Lyssna på vår podd i Spotify eller Acast",
    "Hämta appen och få pushnotiser",
    "Biljetter till {site}-galan i {city} släpps på fredag",
    "Tävling: vinn två biljetter till konserten!",
    "Har du redan ett konto? Logga in här",
    "Köp tillgång",
]

PROMO_OPENERS = [
    "Det var allt för i dag. Vi hörs imorgon!",
    "Fortsätt följa {site}.",
    "Annons från {biz}",
    "Samarbete | {biz}",
    "Månadens lokala företag: {biz}",
    "Sponsrat",
    "Företagstips: {biz}",
]

PROMO_BODIES = [
    "Ska du anlita någon för {service} i {city}?",
    "{biz} har varit ett tryggt val för {service} sedan 1994.",
    "Fast pris, nöjd-kund-garanti och F-skattsedel.",
    "Vi erbjuder bland annat:",
    "Ring 031-55 51 23",
    "Läs mer och boka på {domain}",
    "Mejla oss: hej@{domain}",
    "WhatsApp: +46 70 555 12 34",
    "Kundtjänst 0771-55 55 00 (vardagar 8–17) · {domain}",
    "Betala med Swish eller faktura. Offert via {domain}",
]
