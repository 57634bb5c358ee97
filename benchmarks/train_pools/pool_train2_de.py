"""Trainings-Pool, zweite Runde (Deutsch: Österreich, Schweiz, Regionalzeitungen, Sport- und Technikportale)
für das Junk-Zeilen-Modell / German training pool, second batch, for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["Austria Presse Agentur", "Sport-Informations-Dienst", "dpa-infocom", "Redaktionsnetzwerk Deutschland",
            "BR24", "ORF", "SRF", "MDR Aktuell", "Kathpress", "heise online", "t-online", "Agence Europe"]
NAMES = ["Lukas Gruber", "Hannah Steiner", "Felix Huber", "Marlene Pichler", "Dominik Brunner", "Nina Baumgartner",
         "Reto Meier", "Corinne Keller", "Ole Petersen", "Svenja Möller", "Emre Demir", "Birgit Wallner"]
CITIES = ["Graz", "Linz", "Salzburg", "Innsbruck", "Basel", "Bern", "Luzern", "Nürnberg", "Kiel", "Rostock",
          "Freiburg im Breisgau", "Augsburg"]
SITES = ["Tiroler Bergbote", "Der Fränkische Kurier", "Technik-Radar", "Bodensee-Rundschau", "Anpfiff Online",
         "Ostsee-Nachrichten", "Wiener Abendpost"]
BUSINESSES = [
    ("Malerbetrieb Gruber & Söhne", "Maler- und Fassadenarbeiten",
     ["Innenanstrich", "Fassadensanierung", "Tapezierarbeiten", "Schimmelbeseitigung"], "maler-gruber.at"),
    ("Elektro Huber OG", "Elektroinstallationen",
     ["Photovoltaik-Anlagen", "Wallboxen fürs E-Auto", "Smart-Home-Lösungen", "E-Check für Vermieter"], "elektro-huber.at"),
    ("Physiotherapie am Marktplatz", "Physiotherapie und Rehabilitation",
     ["Manuelle Therapie", "Lymphdrainage", "Sportphysiotherapie", "Hausbesuche"], "physio-marktplatz.de"),
    ("Schlüsseldienst Blitz", "Schlüsselnotdienst",
     ["Türöffnung rund um die Uhr", "Austausch von Schließzylindern", "Einbruchschutz-Beratung", "Tresoröffnung"], "blitz-schluessel.de"),
    ("Reinigungsservice Sauberland", "Gebäudereinigung",
     ["Büroreinigung", "Treppenhausreinigung", "Fensterputzen", "Endreinigung nach Auszug"], "sauberland-reinigung.ch"),
    ("Nachhilfe Lernwerk", "Nachhilfe und Lernförderung",
     ["Mathe bis zur Matura", "Deutsch als Zweitsprache", "Englisch-Intensivkurse", "Prüfungsvorbereitung"], "lernwerk-nachhilfe.de"),
]

HEADLINE_DUPS = [
    "{title} – Fußball – {site}",
    "{title} | Technik-News",
    "Exklusiv: {title}",
    "{title} | Österreich",
    "{title} - Schweiz - {site}",
    "Analyse: {title}",
    "{title} [Update]",
    "Interview: «{title}»",
    "{title} | Meinung",
    "{title} - {city} | {site}",
    "Test: {title}",
    "{site} › Region › {title}",
    "Nach dem Spiel: {title}",
    "{title} (Bildergalerie)",
    "News-Blog: {title}",
    "Faktencheck: {title}",
    "{TITLE}",
]

BYLINES = [
    "Ein Artikel von {name}",
    "{name} (Text) und {name2} (Fotos)",
    "{name}, Sportredaktion",
    "Mi., 11.06.2025 – 07:40 Uhr",
    "Zuletzt bearbeitet am 14. Mai 2025",
    "Online seit heute, 09:12 Uhr",
    "Lesedauer etwa {min} Minuten",
    "WIEN. ({agency})",
    "{city} (sda) –",
    "Ein Gastbeitrag von {name}",
    "Recherche: {name}, {name2}",
    "Kolumne | {name}",
    "Getestet von {name}",
    "{name} berichtet aus {city}",
    "Update vom 12.06.2025, 16:05 Uhr",
    "Redaktion {site} / {agency}",
    "{name} · Ressort Wirtschaft · vor 2 Stunden",
]

CAPTIONS = [
    "© APA/{name}",
    "Keystone/{name}",
    "Foto: Gepa Pictures",
    "Bild: Screenshot/{site}",
    "Quelle: Hersteller",
    "Foto: zVg",
    "Foto: Polizei {city}",
    "Die Feuerwehr war mit 40 Einsatzkräften vor Ort. © {name}",
    "Bildquelle: Unsplash",
    "Quelle: Pressebild",
    "(Foto: {agency}/Archiv)",
    "Grafik: {site}-Infografik",
    "Fotostrecke: 12 Bilder",
    "Vergrößern",
    "Foto: KI-generiert mit Midjourney",
    "Das Stadion in {city} war ausverkauft. Bild: {name}/{agency}",
]

INLINE = [
    "Werbeanzeige",
    "Gesponsert",
    "Siehe auch: {other}",
    "Passend dazu: {other}",
    "Hintergrund: {other}",
    "Zum Thema: {other}",
    "Mehr dazu ▸ {other}",
    "Video-Player wird geladen",
    "Inhalte von Drittanbietern: Um diesen Inhalt zu sehen, müssen Sie zustimmen.",
    "Externer Inhalt",
    "Artikel vorlesen lassen",
    "Umfrage: Was meinen Sie?",
    "Der Text geht unterhalb weiter",
    "Liveticker zum Nachlesen: {other}",
    "Abo-Inhalt",
    "Technische Daten im Überblick",
]

RELATED_HEADERS = [
    "Mehr zum Spiel",
    "Weitere Tests",
    "Ähnliche Beiträge",
    "Aus der Region",
    "Auch spannend",
    "Aktuell in {city}",
    "Top-Artikel der Woche",
    "Beliebte Artikel",
    "Weiterlesen",
    "Jetzt neu",
    "Nachrichten aus Österreich",
    "Zum Weiterlesen empfohlen",
    "MEHR AUS DEM SPORT",
    "Ebenfalls aus {city}",
]

SOURCE_FOOTERS = [
    "APA/red",
    "(sda/dpa)",
    "Quelle: {agency}/{agency2}",
    "Hinweis: Dieser Beitrag wurde am 12.06. um 16:05 Uhr ergänzt.",
    "Offenlegung: Das Testgerät wurde uns vom Hersteller leihweise zur Verfügung gestellt.",
    "In eigener Sache: In einer ersten Fassung stand der Name des Trainers falsch. Wir bitten um Entschuldigung.",
    "Dieser Text ist zuerst in der Printausgabe von {site} erschienen.",
    "Alle Rechte bei {site}. Weiterverwendung nur gegen Lizenz.",
    "Lizenzanfragen bitte an {email}",
    "Fragen an die Autorin? {email}",
    "Hilfe in Krisen: Telefonseelsorge Österreich 142, Die Dargebotene Hand (Schweiz) 143.",
    "{name2} hat zu diesem Bericht beigetragen.",
    "Der Autor ist Sportreporter bei {site} und lebt in {city}.",
    "Dieser Artikel wurde mithilfe von KI übersetzt und von der Redaktion geprüft.",
    "Die Meinung von Gastautoren muss sich nicht mit jener der Redaktion decken.",
    "Lesen Sie den Originalartikel auf {site}.",
    "Übersetzung: {name3}",
    "{site} ist Mitglied des Presserats und bekennt sich zum Ehrenkodex.",
]

SOCIAL = [
    "Teilen: Facebook · X · WhatsApp · Threads",
    "Auf Facebook teilen",
    "Auf X posten",
    "{site} bei Google News abonnieren",
    "Instagram: @{handle} – jetzt folgen",
    "Feedback? Schreiben Sie uns!",
    "Ihre Meinung ist gefragt: Jetzt kommentieren",
    "Zur Diskussion (48 Postings)",
    "Bitte beachten Sie unsere Community-Richtlinien.",
    "Schlagworte: Bundesliga · Transfer · Trainer",
    "#Fußball #Bundesliga",
    "Artikel merken",
    "Seite drucken",
    "Leserbrief schreiben",
    "Newsfeed abonnieren (RSS)",
    "Unser TikTok-Kanal: @{handle}",
]

NEWSLETTER = [
    "Der Sport-Newsletter: jeden Montag alle Ergebnisse im Postfach",
    "Abo abschließen: 1 Monat gratis, danach 9,90 € monatlich",
    "Weiterlesen mit {site} Plus – jederzeit kündbar",
    "Diesen Artikel verschenken",
    "Verschenken Sie ein Jahresabo – die perfekte Geschenkidee",
    "Unterstützen Sie uns via PayPal oder Überweisung.",
    "Werden Sie Fördermitglied ab 5 € im Monat",
    "Wir finanzieren uns über Leserbeiträge. Jetzt unterstützen!",
    "Wenn Sie über diese Links einkaufen, erhält {site} eine kleine Provision – am Preis ändert sich für Sie nichts.",
    "Podcast-Tipp: Die neue Folge gibt es auf Spotify und Apple Podcasts",
    "Eilmeldungen aufs Handy: Jetzt Push aktivieren",
    "Tickets für den {site}-Leserabend in {city} gibt es ab sofort im Vorverkauf.",
    "Alle Spiele live: Jetzt das Sport-Paket buchen",
    "Sie haben das Limit kostenloser Artikel erreicht.",
    "Bereits registriert? Anmelden",
    "Preise zum Zeitpunkt der Veröffentlichung, Änderungen vorbehalten.",
]

PROMO_OPENERS = [
    "Das war's für heute – wir berichten weiter.",
    "Wir bleiben für Sie dran.",
    "Ein Angebot von {biz}",
    "Anzeige | {biz}",
    "Regionaler Partner: {biz}",
    "Bezahlte Einschaltung",
    "Branchentipp der Woche: {biz}",
]

PROMO_BODIES = [
    "Sie wohnen in {city} und brauchen Hilfe bei {service}?",
    "Seit 1987 steht {biz} für {service} in Meisterqualität.",
    "Kostenlose Erstberatung – wir kommen auch zu Ihnen nach Hause.",
    "Das bieten wir an:",
    "Telefon: +43 512 55 66 77",
    "Online-Terminbuchung unter www.{domain}",
    "Anfragen gerne per Mail an office@{domain}",
    "WhatsApp: +41 79 555 12 34 – wir antworten innerhalb einer Stunde.",
    "Jetzt anrufen unter 0911 / 55 44 33 und 10 % Neukundenrabatt sichern!",
    "Besuchen Sie uns: Hauptstraße 12, {city} – oder auf {domain}",
]
