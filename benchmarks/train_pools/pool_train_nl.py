"""Trainingspool (Nederlands, Nederland en Vlaanderen) voor het junkregelmodel / Dutch training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["ANP", "Belga", "NOS", "RTL Nieuws", "VRT NWS", "Omroep Brabant", "NU.nl", "DPG Media", "Mediahuis",
            "BNR", "Hart van Nederland", "Regio15"]
NAMES = ["Sanne de Vries", "Thijs Jansen", "Lotte Bakker", "Daan Visser", "Eva Smit", "Bram de Jong",
         "Fleur Mulder", "Joris van Dijk", "Noor Hendriks", "Pieter Peeters", "Annelies Maes", "Youssef El Amrani"]
CITIES = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Antwerpen", "Gent", "Leuven",
          "Nijmegen", "Maastricht", "Zwolle"]
SITES = ["Dagblad Noordkust", "De Stadsbode", "NieuwsNu24", "Het Vrije Woord", "Polder Courant",
         "De Scheldegazet", "Randstad Vandaag"]
BUSINESSES = [
    ("Loodgietersbedrijf Verhoeven", "loodgieterswerk en cv-onderhoud",
     ["Lekkage opsporen", "Cv-ketel vervangen", "Riool ontstoppen", "Badkamerrenovatie"], "verhoeven-loodgieter.nl"),
    ("Verhuisbedrijf De Haas", "verhuizingen en opslag",
     ["Particuliere verhuizingen", "Kantoorverhuizingen", "Verhuislift huren", "Inpakservice"], "dehaasverhuizingen.nl"),
    ("Tandartspraktijk Zonnehof", "tandheelkunde voor het hele gezin",
     ["Mondhygiëne", "Implantaten", "Onzichtbare beugels", "Spoedbehandeling"], "tandartszonnehof.nl"),
    ("Rijschool Van Leeuwen", "rijlessen",
     ["Spoedopleiding", "Faalangstbegeleiding", "Theorie-examen online", "Motorrijlessen"], "rijschoolvanleeuwen.nl"),
    ("Hoveniersbedrijf Groen & Co", "tuinaanleg en tuinonderhoud",
     ["Snoeiwerk", "Bestrating", "Kunstgras aanleggen", "Schuttingen plaatsen"], "groenenco-hoveniers.be"),
    ("Administratiekantoor Smeets", "boekhouding en belastingaangifte",
     ["Aangifte inkomstenbelasting", "Btw-aangifte", "Loonadministratie", "Jaarrekening"], "smeetsadministratie.nl"),
]

HEADLINE_DUPS = [
    "{title} | {site}",
    "{site} - {title}",
    "{TITLE}",
    "{title} | Nieuws uit {city}",
    "{title} - Binnenland - {site}",
    "BREAKING: {title}",
    "{title} (video)",
    "LIVE | {title}",
    "{title} :: {site}",
    "Column | {title}",
    "{title} – Economie – {site}",
    "‘{title}’",
    "{title} » {site}",
    "VIDEO | {title}",
    "Exclusief: {title}",
    "{site} • {title}",
]

BYLINES = [
    "Door {name}",
    "Door {name} en {name2}",
    "{name} | {city}",
    "Gepubliceerd op 4 juni 2025 om 08:12",
    "Laatste update: 12-05-2025, 17:45",
    "{city} ({agency}) -",
    "Leestijd: {min} minuten",
    "{min} min leestijd",
    "{name}, correspondent in {city}",
    "Redactie {site}",
    "{name} · dinsdag 10 juni 2025",
    "22-04-25, 06:00",
    "Tekst: {name} | Foto's: {name2}",
    "{name} / {agency}",
    "Geschreven door {name}",
    "DOOR {agency}",
    "Een column van {name}",
    "Vandaag, 14:32",
]

CAPTIONS = [
    "Foto: {agency}",
    "Beeld: {name}/{agency}",
    "(Foto: {name})",
    "Archiefbeeld",
    "Demonstranten voor het stadhuis van {city}, dinsdag. Beeld {name} / {agency}",
    "Illustratie: {site}",
    "Screenshot via X",
    "Video: {site}",
    "Infographic: {site}, bron CBS",
    "Foto: eigen beeld",
    "De haven van {city} bij zonsopgang. (Foto: {name} voor {site})",
    "Ter illustratie / {agency}",
    "FOTO: {name} / ANP",
    "© {name}",
    "Bron: {agency} | Bewerking: {site}",
    "Beeld: Getty",
]

INLINE = [
    "Advertentie",
    "ADVERTENTIE",
    "- Advertentie -",
    "Lees ook: {other}",
    "Ook interessant: {other}",
    "LEES OOK",
    "Meer over dit onderwerp: {other}",
    "Het artikel gaat verder onder de advertentie",
    "Gesponsorde inhoud",
    "Gerelateerd: {other}",
    "→ {other}",
    "Bekijk ook: {other}",
    "Dit artikel is exclusief voor abonnees",
    "[Lees ook: {other}]",
    "In samenwerking met onze partner",
    "Meest gelezen: {other}",
]

RELATED_HEADERS = [
    "Gerelateerde artikelen",
    "Meest gelezen",
    "Misschien ook interessant",
    "Meer nieuws uit {city}",
    "Het laatste nieuws van {site}",
    "Meest gedeeld",
    "Meer uit deze rubriek",
    "Gerelateerde onderwerpen",
    "LAATSTE NIEUWS",
    "Verder lezen",
    "Tips van de redactie",
    "Meer van {site}",
]

SOURCE_FOOTERS = [
    "Met informatie van {agency} en {agency2}",
    "({agency})",
    "Bronnen: {agency}, {agency2}",
    "© {year} {site}. Alle rechten voorbehouden.",
    "Niets uit deze uitgave mag worden overgenomen zonder toestemming van de uitgever.",
    "Correctie: in een eerdere versie van dit artikel stond een verkeerde datum. Dat is aangepast.",
    "Noot van de redactie: dit artikel is bijgewerkt met nieuwe informatie.",
    "Dit artikel verscheen eerder op {site}.",
    "Opiniestukken geven niet noodzakelijk de mening van de redactie weer.",
    "Heb je een tip? Mail naar {email}.",
    "{name} is freelance journalist in {city}.",
    "Dit bericht is automatisch overgenomen van {agency}.",
    "Met medewerking van {name2}",
    "Reageren op dit artikel? Mail de auteur: {email}",
    "Denk je aan zelfmoord? Bel 113 of 0800-0113, of chat via 113.nl.",
    "Dit artikel is overgenomen van The Conversation onder een Creative Commons-licentie.",
    "Eindredactie: {name3}",
    "{agency} / {site}",
    "Persbericht verspreid via {agency}.",
]

SOCIAL = [
    "Deel via WhatsApp",
    "Delen op X",
    "Mail dit artikel",
    "Kopieer link",
    "Volg ons op Instagram, Threads en Bluesky",
    "Volg ons WhatsApp-kanaal",
    "Volg {site} op Telegram",
    "Praat mee in de reacties",
    "Reacties (17)",
    "Trefwoorden: Tweede Kamer, begroting, wonen",
    "Onderwerpen: Klimaat · Energie · Verkeer",
    "Volg {name} op LinkedIn",
    "Mastodon: @{handle}@mastodon.nl",
    "Facebook | X | WhatsApp | E-mail | Printen",
    "Tips via Signal: {phone}",
    "Reageer",
    "Plaats als eerste een reactie",
]

NEWSLETTER = [
    "Ontvang elke ochtend het belangrijkste nieuws in je mailbox",
    "Neem een abonnement: eerste maand € 1",
    "Ben je al abonnee? Log in",
    "Steun onafhankelijke journalistiek met een bijdrage.",
    "Zet meldingen aan en mis niets",
    "Download de app van {site}",
    "Dit artikel bevat affiliate links: bij aankoop ontvangen wij mogelijk een vergoeding.",
    "Maak gratis een account aan om verder te lezen",
    "Word lid van {site}",
    "Speciale aanbieding: 50% korting op een digitaal abonnement",
    "Beluister dit artikel",
    "Je kunt deze maand nog 2 gratis artikelen lezen.",
    "Pushberichten met breaking news op je telefoon",
    "SLUIT JE AAN BIJ RUIM 30.000 LEZERS",
    "Doneer en help ons onafhankelijk te blijven",
    "Elke vrijdag de beste verhalen van de week per mail",
]

PROMO_OPENERS = [
    "Bedankt voor het lezen! Morgen zijn we er weer met meer.",
    "Fijn dat je {site} leest. Blijf ons volgen voor updates.",
    "Aangeboden door {biz}",
    "In samenwerking met {biz}",
    "Mede mogelijk gemaakt door {biz}",
    "ADVERTORIAL",
    "Onze partner {biz} stelt zich voor:",
]

PROMO_BODIES = [
    "Op zoek naar een vakman voor {service} in {city}?",
    "{biz} verzorgt al meer dan 20 jaar {service} voor particulieren en bedrijven.",
    "Vrijblijvende offerte en snelle service, ook in het weekend.",
    "Onze diensten:",
    "Bel ons op 020 123 4567",
    "Maak online een afspraak via www.{domain}",
    "Contact: info@{domain} | Tel. {phone}",
    "App ons via WhatsApp: 06 12345678",
    "Vraag direct een gratis offerte aan op {domain}!",
    "Maandag t/m zaterdag 8.00-18.00 uur – www.{domain}",
]
