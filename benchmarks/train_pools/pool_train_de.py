"""Trainings-Pool (Deutsch) für das Junk-Zeilen-Modell / German training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["dpa", "epd", "KNA", "APA", "Keystone-SDA", "dts Nachrichtenagentur", "dpa-AFX", "Deutsche Welle",
            "SID", "ddp", "AFP", "ots"]
NAMES = ["Jonas Hoffmann", "Katrin Schäfer", "Matthias Wagner", "Lea Zimmermann", "Stefan Krüger", "Julia Neumann",
         "Florian Weber", "Sabine Hartmann", "Tobias Lehmann", "Anja Fischer", "Mehmet Yilmaz", "Claudia Brandt"]
CITIES = ["Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Leipzig", "Dresden", "Wien", "Zürich",
          "Düsseldorf", "Hannover", "Bremen"]
SITES = ["Rhein-Ruhr Kurier", "Der Morgenspiegel", "NeuesLand24", "Weser-Echo", "Alpenblick Zeitung",
         "Stadtanzeiger Plus", "Isar Nachrichten"]
BUSINESSES = [
    ("Sanitär Becker GmbH", "Sanitär- und Heizungstechnik",
     ["Badsanierung aus einer Hand", "Heizungswartung", "Rohrreinigung", "Wärmepumpen-Beratung"], "sanitaer-becker.de"),
    ("Umzüge Schneider", "Umzüge und Entrümpelungen",
     ["Privatumzüge", "Firmenumzüge", "Möbelmontage", "Halteverbotszonen"], "umzuege-schneider.de"),
    ("Zahnarztpraxis Dr. Lindner", "moderne Zahnheilkunde",
     ["Professionelle Zahnreinigung", "Implantate", "Behandlung für Angstpatienten", "Kinderzahnheilkunde"], "zahnarzt-lindner.de"),
    ("Steuerkanzlei Vogt & Partner", "Steuerberatung für Privatpersonen und Unternehmen",
     ["Einkommensteuererklärung", "Lohnbuchhaltung", "Existenzgründungsberatung", "Jahresabschlüsse"], "kanzlei-vogt.de"),
    ("Gartenbau Grünwerk", "Garten- und Landschaftsbau",
     ["Heckenschnitt", "Pflasterarbeiten", "Rollrasen", "Baumfällung"], "gruenwerk-garten.de"),
    ("Autohaus Kessler", "Kfz-Service und Gebrauchtwagen",
     ["Inspektion nach Herstellervorgaben", "HU/AU-Abnahme", "Reifenwechsel und Einlagerung", "Unfallinstandsetzung"], "autohaus-kessler.de"),
]

HEADLINE_DUPS = [
    "{title} | {site}",
    "{site} – {title}",
    "{TITLE}",
    "{title} - Nachrichten aus {city}",
    "{title} | Politik | {site}",
    "Eilmeldung: {title}",
    "{title} (mit Video)",
    "{title} :: {site}",
    "{title} – Wirtschaft – {site}",
    "Liveticker: {title}",
    "{title} | {site} Regional",
    "Kommentar: {title}",
    "{title} » {site}",
    "+++ {title} +++",
    "{site} | Lokales | {title}",
    "{title} - {city} - {site}",
]

BYLINES = [
    "Von {name}",
    "Von {name} und {name2}",
    "{name}, {city}",
    "Stand: 04.06.2025, 14:32 Uhr",
    "Aktualisiert am 12.05.2025 um 09:15 Uhr",
    "Veröffentlicht: 3. Juni 2025 | Lesedauer: {min} Min.",
    "{city} ({agency}) -",
    "Ein Kommentar von {name}",
    "Autor: {name} | {site}",
    "{name} · Redakteurin Politik",
    "Lesezeit: {min} Minuten",
    "{min} Min Lesezeit",
    "Von {name}, {city} · 22.04.2025, 18:07 Uhr",
    "Artikel von {name} • Vor 3 Std.",
    "Erstellt: 09.05.2025, 06:00 Uhr | Von: {name}",
    "VON {agency}",
    "Dienstag, 10. Juni 2025",
    "{name} ist Korrespondent in {city}",
]

CAPTIONS = [
    "Foto: {agency}",
    "Foto: picture alliance / {agency} | {name}",
    "Bild: {name}/{site}",
    "© {name}",
    "Quelle: imago images",
    "Polizeikräfte sichern den Tatort in {city}. Foto: {name}/{agency}",
    "Illustration: {site}",
    "(Symbolbild)",
    "Symbolfoto: {agency}",
    "Bildquelle: IMAGO/{name}",
    "Foto: privat",
    "Archivbild: {agency}",
    "Grafik: {site}; Quelle: Statistisches Bundesamt",
    "Video: {site}",
    "Das Rathaus von {city} am Dienstagabend. (Foto: {name})",
    "Bild 3 von 8",
    "FOTO: {name} / {agency}",
]

INLINE = [
    "ANZEIGE",
    "Anzeige",
    "- Anzeige -",
    "Lesen Sie auch: {other}",
    "Auch interessant: {other}",
    "Mehr zum Thema: {other}",
    "Weiterlesen nach der Anzeige",
    "Artikel wird unter der Werbung fortgesetzt",
    "WERBUNG",
    "Empfohlener redaktioneller Inhalt",
    "Zum Video: {other}",
    "Lesetipp: {other}",
    "Sehen Sie hier: {other}",
    "Bezahlte Partnerschaft",
    "Mehr anzeigen",
    "» {other}",
    "LESEN SIE AUCH",
]

RELATED_HEADERS = [
    "Das könnte Sie auch interessieren",
    "Weitere Artikel",
    "Mehr aus {city}",
    "Meistgelesen",
    "Mehr zum Thema",
    "Top-Themen",
    "Verwandte Artikel",
    "Weitere Nachrichten aus dem Ressort",
    "Empfehlungen der Redaktion",
    "Auch lesenswert",
    "Neueste Artikel",
    "Mehr von {site}",
    "WEITERE THEMEN",
]

SOURCE_FOOTERS = [
    "Mit Material von {agency} und {agency2}",
    "({agency}/{agency2}/red)",
    "Quellen: {agency}, {agency2}",
    "mit {agency}",
    "© {year} {site}. Alle Rechte vorbehalten.",
    "Copyright: {site} – Vervielfältigung nur mit Genehmigung.",
    "Korrektur: In einer früheren Version dieses Artikels war das Datum der Abstimmung falsch angegeben. Wir haben den Fehler korrigiert.",
    "Anmerkung der Redaktion: Dieser Text wurde nachträglich aktualisiert.",
    "Dieser Artikel erschien zuerst bei {site}.",
    "Gastbeiträge geben nicht zwingend die Meinung der Redaktion wieder.",
    "Sie haben einen Hinweis für uns? Schreiben Sie an {email}.",
    "{name} ist freie Journalistin in {city}.",
    "Redaktioneller Hinweis: Dieser Artikel wurde automatisch aus einer Agenturmeldung übernommen.",
    "Mitarbeit: {name2}",
    "Kontakt zur Autorin: {email}",
    "Sie haben Suizidgedanken? Hilfe bietet die Telefonseelsorge unter 0800 111 0 111.",
    "Nachdruck und Weiterverbreitung nur mit schriftlicher Erlaubnis des Verlags.",
    "Transparenzhinweis: {site} gehört zur {agency2}-Gruppe.",
    "Dieser Beitrag stammt aus dem Angebot von {agency}.",
    "[{agency}]",
]

SOCIAL = [
    "Artikel teilen",
    "Teilen auf WhatsApp",
    "Per E-Mail teilen",
    "Link kopieren",
    "Folgen Sie uns auf Instagram, Threads und Bluesky",
    "Abonnieren Sie unseren WhatsApp-Kanal",
    "Jetzt {site} bei Telegram abonnieren",
    "Diskutieren Sie mit! Ihre Meinung in den Kommentaren.",
    "Kommentare (23)",
    "Schlagwörter: Bundestag, Haushalt, Koalition",
    "Themen: Energie · Klima · Verkehr",
    "Folgen Sie {name} auf LinkedIn",
    "Mastodon: @{handle}@mastodon.social",
    "Facebook | X | WhatsApp | E-Mail | Drucken",
    "Hinweise an die Redaktion per Signal: {phone}",
    "Kommentieren",
    "Schreiben Sie den ersten Kommentar",
]

NEWSLETTER = [
    "Jetzt kostenlos das Morgen-Briefing abonnieren",
    "Jetzt 4 Wochen für 0,99 € testen",
    "Sie sind bereits Abonnent? Hier einloggen",
    "Unterstützen Sie unabhängigen Journalismus mit einem freiwilligen Beitrag.",
    "Mit einem Abo lesen Sie alle Artikel werbefrei.",
    "Push-Benachrichtigungen aktivieren und keine Eilmeldung verpassen",
    "Laden Sie die {site}-App kostenlos herunter",
    "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir ggf. eine Provision.",
    "Mit * gekennzeichnete Links sind Affiliate-Links.",
    "Jetzt {site}+ lesen",
    "Täglich um 6 Uhr das Wichtigste in Ihrem Postfach",
    "Werden Sie Mitglied im {site}-Club",
    "Jetzt spenden",
    "Registrieren Sie sich kostenlos und lesen Sie weiter.",
    "Hören Sie diesen Artikel auch als Podcast",
    "DIESER ARTIKEL IST NUR FÜR ABONNENTEN",
]

PROMO_OPENERS = [
    "Vielen Dank fürs Lesen! Wir halten Sie auf dem Laufenden.",
    "Danke, dass Sie {site} lesen – morgen geht es weiter.",
    "Präsentiert von {biz}",
    "Mit freundlicher Unterstützung von {biz}",
    "Unser Partner {biz} stellt sich vor:",
    "WERBUNG: Eine Nachricht von {biz}",
    "Schön, dass Sie dabei waren. Weitere Berichte folgen in Kürze.",
]

PROMO_BODIES = [
    "Sie suchen einen zuverlässigen Partner für {service} in {city}?",
    "{biz} bietet Ihnen {service} zu fairen Preisen – seit über 25 Jahren.",
    "Unser erfahrenes Team berät Sie gerne persönlich und unverbindlich.",
    "Unsere Leistungen:",
    "Rufen Sie uns an: 0221 98765432",
    "Jetzt Termin vereinbaren unter www.{domain}",
    "Kontakt: info@{domain} | Tel. {phone}",
    "Schreiben Sie uns auf WhatsApp: 0151 23456789",
    "Kostenloses Angebot anfordern auf {domain}!",
    "Mo–Fr 8–18 Uhr erreichbar · Tel. 0800 555 12 34 (gebührenfrei)",
]
