"""Blind junk pool, German: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "dpa", "AFP", "Reuters", "AP", "KNA", "epd", "APA", "Keystone-SDA", "dts Nachrichtenagentur", "SID",
    "Bloomberg", "ddp", "tagesschau.de", "ZDFheute", "Deutschlandfunk", "BR24", "NDR", "WDR", "MDR", "ORF", "SRF",
]
NAMES = [
    "Katrin Vogel", "Jörg Hansen", "Miriam Schäfer", "Florian Brandt", "Sabine Krüger", "Tobias Wendt",
    "Julia Lehmann", "Matthias Köhler", "Anja Reinhardt", "Stefan Albrecht", "Lena Hoffmann", "Christoph Baumann",
    "Franziska Maier", "Ulrich Sommer", "Nina Petersen", "Markus Engel", "Birgit Zimmermann", "Deniz Yılmaz",
]
CITIES = [
    "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Leipzig", "Dresden", "Düsseldorf",
    "Hannover", "Bremen", "Nürnberg", "Wien", "Zürich", "Bern", "Mainz", "Potsdam", "Kiel", "Erfurt",
]
SITES = [
    "Westfälische Abendpost", "Tagesblick", "Der Morgenbote", "Hanse-Echo", "Isar-Kurier", "Neue Landeszeitung",
    "Rhein-Main-Rundschau", "Nachrichten 360", "Mitteldeutsches Tageblatt", "Alpenland Online",
    "Stadtanzeiger Nord", "Die Wochenpost",
]
BUSINESSES = [
    ("Kanzlei Brandt & Partner", "Strafrecht und Verkehrsrecht",
     ["Strafverteidigung", "Bußgeld- und Fahrverbotsverfahren", "Unfallregulierung", "Anwaltlicher Notdienst rund um die Uhr"],
     "kanzlei-brandt.de"),
    ("Reisebüro Sonnenweg", "Pauschalreisen, Kreuzfahrten und Städtetrips",
     ["Last-Minute-Angebote", "Flusskreuzfahrten", "Hochzeitsreisen", "Reiserücktrittsversicherung"],
     "reisebuero-sonnenweg.de"),
    ("Steuerberatung Keller", "Steuererklärungen und Finanzplanung",
     ["Einkommensteuer", "Lohnbuchhaltung", "Erbschaft- und Schenkungsteuer", "Beratung für Selbstständige"],
     "stb-keller.de"),
    ("SolarWerk Nord", "Photovoltaik und Wärmepumpen",
     ["Solaranlagen fürs Eigenheim", "Batteriespeicher", "Wallboxen", "Hilfe bei Förderanträgen"],
     "solarwerk-nord.de"),
    ("Sicherheitstechnik Adler", "Alarmanlagen und Einbruchschutz",
     ["Funk-Alarmanlagen", "Videoüberwachung", "Sicherheitsschlösser", "Kostenlose Sicherheitsanalyse"],
     "adler-sicherheit.de"),
    ("Physiotherapie Lindner", "Physiotherapie und Rehabilitation",
     ["Krankengymnastik", "Manuelle Therapie", "Lymphdrainage", "Hausbesuche"],
     "physio-lindner.de"),
    ("Immobilien Hartmann", "Immobilienverkauf und Wertermittlung",
     ["Kostenlose Wertermittlung", "Verkauf von Eigentumswohnungen", "Vermietung", "Energieausweise"],
     "hartmann-immobilien.de"),
    ("PC-Doktor Schulz", "Computerreparatur und IT-Sicherheit",
     ["Display-Reparatur", "Virenentfernung", "Datenrettung", "WLAN-Einrichtung"],
     "pc-doktor-schulz.de"),
    ("Dachdeckerei Vogt", "Dachsanierung und Reparaturen",
     ["Sturmschadenbeseitigung", "Dachrinnenreinigung", "Dachfenster", "Kostenlose Dachinspektion"],
     "dachdeckerei-vogt.de"),
    ("Hörgeräte Brenner", "Hörgeräte und Hörtests",
     ["Kostenloser Hörtest", "Akku-Hörgeräte", "Tinnitus-Beratung", "Service und Reparatur"],
     "hoergeraete-brenner.de"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site}: {title}",
    "{title} – Politik – {site}", "{title} / {agency}", "+++ {title} +++", "{title} — {site}",
]

BYLINES = [
    "Von {name} · {date}",
    "{name} | Lesezeit: {min} Min.",
    "{city} ({agency}) –",
    "Stand: 14.03.2025, 17:42 Uhr",
    "Aktualisiert am 02.04.2025 um 08:15 Uhr",
    "Ein Kommentar von {name}",
    "{name} und {name2} / {site}",
    "Erstellt: 09.05.2025, 11:03 Uhr · Aktualisiert: 09.05.2025, 13:47 Uhr",
    "{name} berichtet aus {city}",
    "Autor: {name} — Ressort Wirtschaft",
    "{date} · {min} Minuten Lesezeit",
    "Text: {name} / Fotos: {name2}",
    "Veröffentlicht: 22.04.2025 | {name}",
    "Eine Analyse von {name}, {city}",
    "Das Interview führte {name}.",
]

CAPTIONS = [
    "Foto: {name}/dpa",
    "© dpa",
    "Bild: picture alliance/{agency} | {name}",
    "IMAGO/{name}",
    "Archivbild: Das Rathaus von {city}. (Foto: {agency})",
    "{name}/{agency}",
    "Symbolbild: imago images",
    "Foto: privat",
    "Grafik: {site}",
    "© {name}",
    "Blick auf die Innenstadt von {city}. | Bild: {agency}",
    "Bildquelle: Getty Images/iStock",
    "Foto: Keystone/{name}",
    "Screenshot: {site}",
]

INLINE = [
    "Anzeige",
    "ANZEIGE",
    "Werbung",
    "Lesen Sie auch: {other}",
    "Mehr zum Thema: {other}",
    "Auch interessant: {other}",
    "Weiter nach der Anzeige",
    "Artikel wird unterhalb der Werbung fortgesetzt",
    "Passend dazu: {other}",
    "Video: {other}",
    "Bezahlter Inhalt",
    "Externer Inhalt: An dieser Stelle finden Sie Inhalte eines Drittanbieters.",
    "Unsere Empfehlung: {other}",
    "Präsentiert von {biz}",
    "Dieser Artikel ist nur für Abonnenten verfügbar.",
]

RELATED_HEADERS = [
    "Das könnte Sie auch interessieren", "Weitere Artikel", "Mehr aus dem Ressort", "Meistgelesen",
    "Neueste Artikel auf {site}", "Verwandte Themen", "Weiterlesen", "Top-Themen", "Andere Leser lasen auch",
]

SOURCE_FOOTERS = [
    "Mit Material der Nachrichtenagenturen {agency} und {agency2}.",
    "({agency}/{agency2}/red)",
    "Mitarbeit: {name2}",
    "Redaktion: {name} | Mitarbeit: {name2} in {city}",
    "Korrekturhinweis: In einer früheren Version dieses Textes war ein falsches Datum genannt. Wir haben den Fehler korrigiert.",
    "Anmerkung der Redaktion: Dieser Text wurde am 3. Juni 2025 aktualisiert.",
    "Hinweis: Gastbeiträge geben die Meinung der Autorinnen und Autoren wieder, nicht zwingend die der Redaktion.",
    "Dieser Beitrag stellt keine Anlageberatung dar.",
    "© {site} {year} – Vervielfältigung und Weiterverbreitung nur mit Genehmigung des Verlags.",
    "Nutzungsrechte für diesen Artikel können Sie über unseren Lizenzservice erwerben.",
    "Dieser Text erschien zuerst bei {site}.",
    "Diese Meldung wurde automatisiert aus dem Agenturdienst übernommen und nicht redaktionell geprüft.",
    "{name} schreibt für {site} über Wirtschaft und Finanzen.",
    "Haben Sie Hinweise zu diesem Thema? Schreiben Sie unserem Investigativ-Team – auch anonym.",
    "Transparenzhinweis: {site} und {agency} arbeiten bei diesem Projekt zusammen.",
    "Mit freundlicher Genehmigung von {site}.",
    "Bearbeitet von {name3}",
    "Dieser Artikel ist Teil einer Kooperation mit {site}.",
    "Dieser Text ist unter der Lizenz CC BY-ND 4.0 erschienen.",
    "Aus dem Englischen übersetzt von {name2}.",
    "Hinweis der Redaktion: Die Kommentarfunktion zu diesem Artikel wurde geschlossen.",
    "({agency}/lw)",
]

SOCIAL = [
    "Artikel teilen",
    "Link kopieren",
    "Per E-Mail versenden",
    "Auf WhatsApp teilen",
    "Folgen Sie {name} auf X: @{handle}",
    "{site} auf Instagram, TikTok und Threads",
    "Unser WhatsApp-Kanal: jetzt abonnieren und keine Eilmeldung verpassen",
    "Hinweise per Signal oder Telegram an {phone}",
    "Schlagwörter: {tag1}, {tag2}, {tag3}",
    "Themen: {tag1} · {tag2}",
    "Kommentare ({min})",
    "Was meinen Sie? Diskutieren Sie mit!",
    "Jetzt kommentieren",
    "Gefällt Ihnen dieser Artikel? Empfehlen Sie ihn weiter.",
    "{site} bei Google News abonnieren",
]

NEWSLETTER = [
    "Jeden Morgen um 6 Uhr die wichtigsten Nachrichten per E-Mail – hier kostenlos anmelden.",
    "Aktivieren Sie Push-Mitteilungen, um bei Eilmeldungen sofort informiert zu werden.",
    "Jetzt 4 Wochen gratis testen, danach 9,99 € im Monat. Jederzeit kündbar.",
    "Sie haben {min} von 10 kostenlosen Artikeln in diesem Monat gelesen.",
    "Bereits Abonnent? Hier einloggen",
    "Guter Journalismus kostet Geld. Helfen Sie uns mit einem freiwilligen Beitrag.",
    "Werden Sie Mitglied in unserem Leserclub und lesen Sie alle Artikel ohne Werbung.",
    "Hinweis: Bei den mit * gekennzeichneten Links handelt es sich um Affiliate-Links. Kaufen Sie darüber ein, erhalten wir eine Provision.",
    "Holen Sie sich die App von {site} – im App Store und bei Google Play.",
    "Die wichtigsten Meldungen des Tages in Ihrem Postfach: melden Sie sich mit Ihrer E-Mail-Adresse an.",
    "Registrieren Sie sich kostenlos, um weiterzulesen.",
    "Eilmeldungen direkt aufs Handy: Schalten Sie die Benachrichtigungen in unserer App ein.",
    "Mit dem Digital-Abo lesen Sie alle Artikel – für nur 1 € im ersten Monat.",
]

PROMO_OPENERS = [
    "Danke fürs Lesen! {site} bleibt für Sie an dem Thema dran.",
    "Vielen Dank für Ihr Interesse – weitere Berichte folgen in Kürze.",
    "Wir danken Ihnen für Ihre Treue. Mehr zu diesem Thema lesen Sie demnächst hier.",
    "Anzeige – {biz}",
    "Eine Information unseres Werbepartners:",
    "Regionale Unternehmen stellen sich vor: {biz}",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Sie suchen einen zuverlässigen Partner für {service} in {city}?",
    "Seit über 30 Jahren ist {biz} Ihr Ansprechpartner für {service} in der Region.",
    "Unsere Leistungen im Überblick:",
    "Persönlich, kompetent und direkt vor Ort.",
    "Rufen Sie uns an: {phone} – oder besuchen Sie uns unter {domain}.",
    "Termine unter Tel. {phone} oder online auf www.{domain}",
    "Kostenlose Erstberatung: {phone} | {domain}",
    "{domain} · Tel. {phone} · Mo–Fr 8–18 Uhr",
    "Besuchen Sie uns in {city} oder auf https://{domain}",
    "Gleich Termin sichern unter {phone}!",
    "Infos und Buchung: www.{domain}, Telefon {phone}",
    "Jetzt unverbindlich anfragen: {domain} oder {phone}",
]
