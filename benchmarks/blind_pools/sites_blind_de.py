"""Blind site-template pool, German: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

LANG = "de"

SITES = [
    ("Talbote Online", "talbote-online.de"),
    ("Kreisecho Nord", "kreisecho-nord.de"),
    ("Alpenrand Kurier", "alpenrand-kurier.at"),
    ("Seewind Nachrichten", "seewind-nachrichten.de"),
    ("Rheinufer Blatt", "rheinuferblatt.de"),
    ("Hügelland Zeitung", "huegelland-zeitung.de"),
    ("Stadtspiegel Lindenau", "stadtspiegel-lindenau.de"),
    ("Bergdorf Aktuell", "bergdorf-aktuell.ch"),
    ("Mühlbach Rundschau", "muehlbach-rundschau.de"),
    ("Heideblick", "heideblick.net"),
    ("Donaupost Regional", "donaupost-regional.at"),
    ("Marschland Anzeiger", "marschland-anzeiger.de"),
    ("Kiezreporter", "kiezreporter.berlin"),
    ("Ortsgespräch", "ortsgespraech.info"),
    ("Grenzland Depesche", "grenzland-depesche.de"),
    ("Limmatstimme", "limmatstimme.ch"),
    ("Burgblick Nachrichten", "burgblick-nachrichten.de"),
    ("Vogelsberg Journal", "vogelsberg-journal.de"),
    ("Fördeblatt", "foerdeblatt.de"),
    ("Talfunk Tirol", "talfunk.tirol"),
    ("Weinstraßen Kurier", "weinstrassen-kurier.de"),
    ("Nordlicht Lokal", "nordlicht-lokal.de"),
    ("Eifelglocke", "eifelglocke.de"),
    ("Stadtlupe", "stadtlupe.at"),
    ("Brückenkopf", "brueckenkopf.news"),
]

CITIES = [
    "Lüneburg", "Bamberg", "Tübingen", "Passau", "Görlitz", "Husum", "Wetzlar", "Villach", "Wels", "Winterthur",
    "Chur", "Paderborn", "Konstanz", "Rosenheim", "Gera", "Landshut", "Siegen", "Emden", "Cottbus", "Dornbirn",
]

MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]
MONTHS_SHORT = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]

DATES = [
    "{day}. {month} {year}",
    "{day}.{mm}.{year}, {hh}:{mi} Uhr",
    "{day}. {mon} {year}",
    "{day}.{mm}.{year}",
    "{day}. {month} {year} um {hh}.{mi} Uhr",
    "{year}-{mm}-{day}",
    "{day}.{mm}.{year} | {hh}:{mi}",
]

HOME_WORDS = ["Startseite", "Home", "Start", "Übersicht"]

SECTIONS = [
    "Lokales", "Region", "Politik", "Wirtschaft", "Sport", "Kultur", "Blaulicht", "Vereine", "Gemeinderat",
    "Schule & Bildung", "Meinung", "Leserbriefe", "Veranstaltungen", "Wetter", "Verkehr", "Gesundheit",
    "Traueranzeigen", "Freizeit",
]

BREADCRUMBS = [
    "{home} › {section} › {section2}",
    "{home} / {section} / {section2}",
    "{home} » {section}",
    "{home} > {section}",
    "{home} | {section} | {section2}",
    "{home} · {section}",
    "{home} - {section} - {section2}",
    "Sie sind hier: {home} › {section} › {section2}",
]

TAGLINES = [
    "{site} – Nachrichten aus {city} und Umgebung",
    "{site}: Seit 1996 nah dran an {city}",
    "Unabhängig, lokal, kritisch – {site}",
    "Was {city} bewegt, steht täglich auf {site}",
    "{site} | Das Heimatportal für {city}",
    "Ihr Lokalblatt im Netz: {site}",
    "{site} · Von hier. Für hier.",
    "Gut informiert in {city} mit {site}",
    "{site}, die Online-Zeitung für {city} und den Landkreis",
    "Klein, aber oho: {site} berichtet aus {city}",
]

DATELINES = [
    "Veröffentlicht am {date}",
    "{date} | von {name}",
    "Von {name} · {date}",
    "{name}, {date}",
    "Erstellt am {date} von {name}",
    "Beitrag vom {date}",
    "Text: {name} | {date}",
    "Geschrieben von {name} am {date}",
    "Online seit {date}",
    "{date}, Redaktion: {name}",
]

READ_TIMES = [
    "{min} Min. Lesezeit",
    "Lesezeit: {min} Minuten",
    "Lesedauer ca. {min} Min.",
    "⏱ {min} Minuten",
    "Etwa {min} Minuten zum Lesen",
    "Geschätzte Lesezeit: {min} Min.",
]

VIEWS = [
    "{count} Aufrufe",
    "Gelesen: {count}-mal",
    "{count} Mal gelesen",
    "Aufrufe: {count}",
    "👁 {count}",
    "Dieser Beitrag wurde {count} Mal angesehen.",
]

COMMENTS = [
    "{count} Kommentare",
    "Kommentare ({count})",
    "💬 {count}",
    "Diskutieren Sie mit – {count} Kommentare",
    "{count} Leserkommentare",
    "Bisher {count} Reaktionen",
]

UPDATED = [
    "Zuletzt aktualisiert: {date}",
    "Aktualisiert am {date}",
    "Stand: {date}",
    "Dieser Artikel wurde am {date} ergänzt.",
    "Letzte Änderung {date}",
]

COPYRIGHTS = [
    "© {year} {site}",
    "© {founded}–{year} {site}. Alle Rechte vorbehalten.",
    "Copyright {year} {site} · Nachdruck nur mit Genehmigung der Redaktion",
    "© {site} {founded}-{year} | Impressum | Datenschutz",
    "Alle Inhalte © {year} {site}. Vervielfältigung nur mit schriftlicher Zustimmung.",
    "{site} © {year} – Texte und Bilder sind urheberrechtlich geschützt.",
    "Copyright © {founded} - {year} {site} GmbH",
    "© {year} {site} · seit {founded} im Netz · Weiterverbreitung untersagt",
    "Urheberrecht {year} bei {site}. Links teilen ist erwünscht, ganze Artikel kopieren nicht.",
    "© {year} {site}, gegründet {founded}. Jede Verwendung der Inhalte bedarf unserer Zustimmung.",
]

ABOUTS = [
    "{site} ist ein unabhängiges Nachrichtenportal für {city} und die umliegenden Gemeinden.",
    "Seit über zwanzig Jahren berichtet {site} über Rathaus, Vereine und Wirtschaft in {city}.",
    "{site} wird von einem kleinen Team aus {city} gemacht – ohne Verlag im Rücken und ohne Bezahlschranke.",
    "Über uns: {site} ist die lokale Stimme für {city}. Themenvorschläge nehmen wir jederzeit gern entgegen.",
    "Wir sind {site}: drei Redakteurinnen, ein Fotograf und viel Kaffee. Unser Thema ist {city}.",
    "{site} bringt Lokalnachrichten, Termine und Traueranzeigen aus {city} und dem Umland.",
    "Gegründet von ehemaligen Tageszeitungsleuten, versteht sich {site} als gemeinnütziges Lokalmedium für {city}.",
    "{site} erzählt, was in {city} passiert – vom Gemeinderat bis zum Kreisliga-Derby.",
    "Hinter {site} steht eine Genossenschaft von Leserinnen und Lesern aus {city}.",
    "Unsere Redaktion sitzt mitten in der Altstadt von {city}. {site} erscheint werktäglich online.",
]

CONTACTS = [
    "Hinweise an die Redaktion: {email}",
    "Redaktion: {phone} · {email}",
    "{site}, {street}, Tel. {phone}",
    "Sie haben etwas beobachtet? Schreiben Sie uns an {email}.",
    "Anzeigenannahme: {phone}",
    "Postanschrift: {site}, {street}",
    "Leserbriefe bitte an {email}, mit vollem Namen und Wohnort.",
    "Erreichbar Mo–Fr von 9 bis 16 Uhr unter {phone}.",
    "Fehler entdeckt? Eine kurze Mail an {email} genügt.",
    "Termine und Pressemitteilungen an {email}",
]

SOCIAL_LINKS = [
    "Facebook · Instagram · YouTube",
    "Folgen Sie uns auf Instagram: @{handle}",
    "{site} bei Facebook",
    "Auch auf Mastodon: @{handle}@mastodon.social",
    "Facebook | Instagram | X | WhatsApp",
    "Abonnieren Sie den WhatsApp-Kanal von {site}",
    "Videos aus der Region auf YouTube: youtube.com/@{handle}",
    "Telegram: t.me/{handle} – Eilmeldungen direkt aufs Handy",
    "Wir sind auch bei TikTok: @{handle}",
    "Vernetzen Sie sich mit {site} auf Threads und Bluesky",
]

NEWSLETTERS = [
    "Der {site}-Newsletter: jeden Morgen kostenlos in Ihrem Postfach.",
    "Jeden {day} die wichtigsten Meldungen der Woche – jetzt abonnieren.",
    "Eilmeldungen aufs Smartphone: Aktivieren Sie die Push-Benachrichtigungen von {site}.",
    "Lokaljournalismus kostet Geld. Unterstützen Sie {site} mit einem Betrag Ihrer Wahl.",
    "Werden Sie Mitglied bei {site} – schon ab 4 Euro im Monat.",
    "Der Morgenüberblick von {site}: kurz, knapp, kostenlos.",
    "Hören Sie rein: Der {site}-Podcast erscheint jeden {day}.",
    "Tragen Sie Ihre E-Mail-Adresse ein und verpassen Sie keinen neuen Beitrag.",
    "Print-Abonnenten lesen alle Artikel online ohne Aufpreis. Jetzt freischalten!",
    "Gefällt Ihnen, was Sie lesen? Spenden Sie für unabhängige Nachrichten aus der Region.",
    "Wochenrückblick per Mail, jeden {day} um 7 Uhr.",
    "Schon über 8.000 Leserinnen und Leser starten mit {site} in den Tag. Sie auch?",
    "Der Abendbrief von {site}: Was heute wichtig war.",
]

AD_OPENERS = [
    "Sie suchen einen Profi für {service} in {city}? Dann sind Sie bei {biz} richtig.",
    "{biz} – seit über 25 Jahren Ihr Partner in {city}.",
    "Aus der Region, für die Region: {biz}",
    "Frühjahrsaktion bei {biz}!",
    "Gut beraten in {city}: {biz}",
    "Wenn es um {service} geht, führt in {city} kaum ein Weg an {biz} vorbei.",
    "Neu in {city}? Lernen Sie {biz} kennen.",
    "Jetzt Termine frei bei {biz} in {city}",
    "Familienbetrieb mit Herz: {biz}",
    "Anzeige · {biz}, {city}",
]

AD_BODIES = [
    "Ob kleiner Auftrag oder großes Vorhaben: Bei {biz} sind Sie für {service} in guten Händen.",
    "Unser Team ist in {city} und allen Nachbarorten für Sie unterwegs.",
    "Bei {biz} bekommt jeder Kunde ein ehrliches Angebot und einen verbindlichen Termin.",
    "Seit Jahrzehnten steht unser Name in {city} für {service}.",
    "{biz} ist spezialisiert auf {service} – auch samstags für Sie da.",
    "Keine versteckten Kosten, kein Verkaufsgerede, einfach solide Arbeit.",
    "Fragen Sie nach unseren Rabatten für Senioren und Studierende.",
    "Ob Erstbesuch oder Stammkunde: Bei {biz} nehmen wir uns Zeit für Sie.",
    "Meisterbetrieb, voll versichert und von Kunden in ganz {city} empfohlen.",
    "Termine für {service} gibt es auch abends und am Wochenende.",
]

AD_CONTACTS = [
    "Rufen Sie an unter {phone} oder buchen Sie online auf www.{domain}",
    "Termin vereinbaren: {domain}",
    "{phone} | www.{domain}",
    "Preise und freie Termine finden Sie auf {domain}.",
    "Noch Fragen? {biz} erreichen Sie unter {phone}.",
    "Terminvergabe unter {phone} – oder kommen Sie einfach vorbei.",
    "Ihr unverbindliches Angebot in zwei Minuten auf {domain}",
    "Mehr über {biz} auf www.{domain}",
    "Tel. {phone} – mit dem Stichwort aus dieser Anzeige erhalten Sie 10 % Nachlass.",
    "Infos und Öffnungszeiten: https://{domain}",
]

BUSINESSES = [
    ("Zahnarztpraxis am Lindenplatz", "Zahnmedizin für Groß und Klein",
     ["Prophylaxe und Zahnreinigung", "Implantate", "Angstpatienten willkommen", "Kinderzahnheilkunde"], "zahnarzt-lindenplatz.de"),
    ("Dachdeckerei Brenner", "Dachsanierung und Reparaturen",
     ["Steil- und Flachdach", "Sturmschäden", "Dachrinnen", "Dachfenster", "Kostenlose Besichtigung"], "dachdeckerei-brenner.de"),
    ("Fahrschule Vorfahrt", "Fahrausbildung aller Klassen",
     ["Führerschein Klasse B", "Motorrad A1 und A2", "Intensivkurse in den Ferien", "Begleitetes Fahren ab 17"], "fahrschule-vorfahrt.de"),
    ("Backstube Kornfeld", "Brot und Gebäck aus eigener Herstellung",
     ["Sauerteigbrot", "Torten auf Bestellung", "Glutenfreie Brötchen", "Frühstücksservice"], "backstube-kornfeld.de"),
    ("Steuerkanzlei Hollmann & Partner", "Steuerberatung für Privatleute und Betriebe",
     ["Einkommensteuererklärung", "Lohnbuchhaltung", "Existenzgründung", "Erbschaftsteuer"], "steuer-hollmann.de"),
    ("Rechtsanwälte Weidner", "Familien- und Erbrecht",
     ["Scheidung und Unterhalt", "Testamente", "Nachlassregelung", "Mietrecht"], "ra-weidner.at"),
    ("Hundesalon Wuschelwerk", "Fellpflege für Hunde und Katzen",
     ["Baden und Föhnen", "Rassegerechter Schnitt", "Krallenpflege", "Unterwolle entfernen"], "wuschelwerk.de"),
    ("Sonnenwerk Energietechnik", "Photovoltaik und Stromspeicher",
     ["PV-Anlagen fürs Eigenheim", "Batteriespeicher", "Wallboxen", "Förderberatung", "Wartung"], "sonnenwerk-energie.de"),
    ("PC-Doktor Friedrichs", "PC- und Handyreparatur",
     ["Displaytausch", "Virenentfernung", "Datenrettung", "WLAN-Einrichtung"], "pcdoktor-friedrichs.de"),
    ("Blumenhaus Rosmarie", "Floristik für jeden Anlass",
     ["Hochzeitssträuße", "Trauerfloristik", "Lieferservice am selben Tag", "Balkonpflanzen"], "blumenhaus-rosmarie.ch"),
    ("Umzüge Kraftpaket", "Umzüge und Haushaltsauflösungen",
     ["Privatumzüge", "Büroumzüge", "Möbelmontage", "Einlagerung"], "umzuege-kraftpaket.de"),
    ("Physiotherapie Beweglich", "Physiotherapie und Massage",
     ["Krankengymnastik", "Manuelle Therapie", "Lymphdrainage", "Hausbesuche"], "physio-beweglich.de"),
]
