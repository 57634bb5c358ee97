"""Blind junk pool, Dutch: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "ANP", "Belga", "Reuters", "AFP", "AP", "NOS", "RTL Nieuws", "NU.nl", "De Telegraaf", "NRC", "de Volkskrant",
    "VRT NWS", "Omroep Brabant", "Hart van Nederland", "BNR", "Trouw", "Het Parool", "dpa", "Bloomberg",
    "Het Laatste Nieuws",
]
NAMES = [
    "Sanne de Vries", "Jeroen Bakker", "Lotte Visser", "Bram Jansen", "Eva van Dijk", "Pieter Smit",
    "Fleur Mulder", "Thijs de Boer", "Anouk Meijer", "Ruben Hendriks", "Iris van den Berg", "Koen Peeters",
    "Maaike Bos", "Sven Willems", "Noor El Amrani", "Daan Vermeulen", "Femke Kok", "Wouter Claes",
]
CITIES = [
    "Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Nijmegen",
    "Maastricht", "Arnhem", "Zwolle", "Leiden", "Antwerpen", "Gent", "Brugge", "Leuven", "Haarlem", "Breda",
]
SITES = [
    "Het Ochtendblad", "Nieuws Nu", "De Stadskoerier", "Regio Actueel", "Het Polderblad", "De Avondpost",
    "Nieuwsblik", "Randstad Vandaag", "De Waterkant", "Het Lage Land", "Kustkrant", "Dagblad De Brug",
]
BUSINESSES = [
    ("Advocatenkantoor Van Leeuwen", "strafrecht en verkeerszaken",
     ["Strafrechtelijke verdediging", "Rijbewijs ingevorderd", "Letselschade na een ongeval", "24 uur per dag bereikbaar"],
     "vanleeuwen-advocaten.nl"),
    ("Reisbureau Zonnestraal", "pakketreizen en cruises",
     ["Stedentrips", "Riviercruises", "Huwelijksreizen", "Annuleringsverzekering"],
     "zonnestraalreizen.nl"),
    ("Boekhoudkantoor De Jong", "belastingaangiftes en administratie",
     ["Aangifte inkomstenbelasting", "Salarisadministratie", "Erfbelasting en schenkingen", "Advies voor zzp'ers"],
     "boekhouddejong.nl"),
    ("ZonneKracht Installaties", "zonnepanelen en warmtepompen",
     ["Zonnepanelen op maat", "Thuisbatterijen", "Laadpalen", "Hulp bij subsidieaanvragen"],
     "zonnekracht-installaties.nl"),
    ("Beveiliging Waakzaam", "alarmsystemen en camerabewaking",
     ["Draadloze alarmsystemen", "Camera's met meldkamer", "Inbraakwerende sloten", "Gratis veiligheidsscan"],
     "waakzaam-beveiliging.nl"),
    ("Fysiotherapie Centrum Oost", "fysiotherapie en revalidatie",
     ["Revalidatie na een operatie", "Sportfysiotherapie", "Oedeemtherapie", "Behandeling aan huis"],
     "fysio-oost.nl"),
    ("Makelaardij Het Anker", "aan- en verkoop van woningen",
     ["Gratis waardebepaling", "Verhuurbemiddeling", "Nieuwbouwprojecten", "Hypotheekadvies"],
     "makelaardijhetanker.nl"),
    ("PC Hulp Direct", "computerreparatie en IT-beveiliging",
     ["Schermreparatie", "Virusverwijdering", "Gegevensherstel", "Wifi-netwerk installeren"],
     "pchulpdirect.nl"),
    ("Rijschool De Snelweg", "rijlessen en examentraining",
     ["Autorijlessen", "Motorrijlessen", "Theorie online", "Opfriscursus voor senioren"],
     "rijschooldesnelweg.nl"),
    ("Hoorcentrum Helder", "hoortoestellen en gehoortests",
     ["Gratis hoortest", "Oplaadbare hoortoestellen", "Hulp bij tinnitus", "Onderhoud en reparatie"],
     "hoorcentrumhelder.nl"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site}: {title}",
    "{title} - Binnenland - {site}", "{title} / {agency}", "{title} — {site}", "LIVE | {title}",
]

BYLINES = [
    "Door {name} · 12 maart 2025, 07:30",
    "{name} | {city} | {date}",
    "{city} ({agency}) -",
    "Bijgewerkt: 03-06-2025, 14:05",
    "Leestijd: {min} minuten",
    "{name}, correspondent in {city}",
    "Redactie {site} · {date}",
    "{name} en {name2} / {agency}",
    "Gepubliceerd op 22 april 2025 om 06:00",
    "Tekst: {name} — Beeld: {name2}",
    "Column | {name}",
    "Opgetekend door {name}",
    "{date} · {min} min leestijd",
    "Vandaag, 09:41 · {name}",
    "Verslaggever {name} vanuit {city}",
]

CAPTIONS = [
    "Foto {agency} / {name}",
    "Beeld: {name}",
    "© {agency}",
    "Archiefbeeld van het centrum van {city}. {agency}",
    "Illustratie: {site}",
    "Beeld: Hollandse Hoogte / {name}",
    "Eigen foto",
    "Screenshot {site}",
    "Beeld ter illustratie",
    "Het stadhuis van {city}. (Foto: {agency})",
    "Credits: {name}",
    "Beeld {name} / {site}",
    "Foto ter illustratie: Pexels",
    "Still uit video",
]

INLINE = [
    "Advertentie",
    "ADVERTENTIE",
    "Lees ook: {other}",
    "Bekijk ook: {other}",
    "Meer over dit onderwerp: {other}",
    "Het artikel gaat verder onder de advertentie",
    "Partnercontent",
    "Video: {other}",
    "Ook interessant: {other}",
    "In samenwerking met {biz}",
    "Lees verder na de advertentie",
    "Uitgelicht: {other}",
    "Alleen voor abonnees",
    "Achtergrond: {other}",
    "Gesponsord",
]

RELATED_HEADERS = [
    "Meer nieuws", "Meest gelezen", "Gerelateerde artikelen", "Laatste nieuws op {site}", "Uit dezelfde rubriek",
    "Lees verder", "Net binnen", "Eerder verschenen", "Misschien ook interessant",
]

SOURCE_FOOTERS = [
    "Met medewerking van {name2}",
    "Bron: {agency}, bewerkt door de redactie",
    "Dit artikel is tot stand gekomen met informatie van {agency} en {agency2}.",
    "Correctie: in een eerdere versie van dit artikel stond een verkeerde datum. Dat is aangepast.",
    "Noot van de redactie: dit artikel is op 4 november 2024 bijgewerkt.",
    "De inhoud van deze opiniebijdrage valt onder de verantwoordelijkheid van de auteur.",
    "Dit artikel is geen beleggingsadvies.",
    "Niets uit deze uitgave mag worden overgenomen zonder voorafgaande toestemming van {site}.",
    "© {year} {site} — overname alleen met schriftelijke toestemming",
    "Dit stuk verscheen eerder in {site}.",
    "Vertaling: {name2}",
    "Dit artikel is gepubliceerd onder een Creative Commons-licentie.",
    "{name} schrijft over justitie en misdaad voor {site}.",
    "Tip de redactie: heb je iets gezien of gehoord? Laat het ons weten.",
    "Verslaggeving: {name}; eindredactie: {name2}",
    "Dit bericht is automatisch overgenomen van het persbureau.",
    "Dit artikel kwam tot stand in samenwerking met {site}.",
    "Disclaimer: de auteur bezit zelf aandelen in de genoemde bedrijven.",
    "Aan dit artikel werkte ook {name3} mee.",
    "Reageren op dit artikel is niet meer mogelijk.",
    "Colofon · Privacyverklaring · Cookie-instellingen",
    "({agency}/red.)",
]

SOCIAL = [
    "Delen via WhatsApp",
    "Kopieer link",
    "Mail dit artikel",
    "Volg {name} op X: @{handle}",
    "{site} op Instagram, TikTok en LinkedIn",
    "Volg ons WhatsApp-kanaal",
    "Tips? App de redactie via {phone}",
    "Onderwerpen: {tag1}, {tag2}, {tag3}",
    "Trefwoorden: {tag1} · {tag2}",
    "Reacties ({min})",
    "Wat vind jij? Praat mee in de reacties.",
    "Vond je dit artikel interessant? Stuur het door.",
    "Abonneer je op ons YouTube-kanaal",
    "Volg {site} op Telegram",
    "Deel dit bericht",
]

NEWSLETTER = [
    "Elke ochtend het belangrijkste nieuws in je mailbox? Meld je gratis aan.",
    "Zet pushmeldingen aan en mis geen breaking news.",
    "Eerste maand voor € 1, daarna maandelijks opzegbaar.",
    "Je hebt {min} van de 10 gratis artikelen van deze maand gelezen.",
    "Al abonnee? Log in",
    "Goede journalistiek kost geld. Steun ons met een vrijwillige bijdrage.",
    "Word lid en lees onbeperkt, zonder advertenties.",
    "Dit artikel bevat affiliate links. Koop je via zo'n link, dan ontvangt {site} een kleine vergoeding.",
    "Nieuws op je telefoon? De app van {site} staat in de App Store en Google Play.",
    "Maak gratis een account aan om verder te lezen.",
    "Ontvang onze nieuwsalerts ook per sms.",
    "Lees verder met een proefabonnement van 4 weken.",
    "Wil je dit verhaal uitlezen? Neem een digitaal abonnement.",
]

PROMO_OPENERS = [
    "Bedankt voor het lezen! {site} houdt je op de hoogte van nieuwe ontwikkelingen.",
    "Dank je wel voor je aandacht. Binnenkort meer over dit onderwerp.",
    "Fijn dat je tot het einde hebt gelezen. Blijf ons volgen voor meer nieuws.",
    "Advertorial",
    "Bericht van onze partner {biz}",
    "Lokale ondernemers in beeld: {biz}",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Op zoek naar een specialist in {service} in {city}?",
    "{biz} is al ruim 25 jaar hét adres voor {service}.",
    "Onze diensten:",
    "Vrijblijvende offerte binnen 24 uur.",
    "Bel {phone} of kijk op {domain}.",
    "Maak online een afspraak via www.{domain} of bel {phone}.",
    "Info en reserveren: {phone} | {domain}",
    "{domain} · Tel. {phone} · ma t/m za",
    "Neem vandaag nog contact op: {phone}",
    "Meer weten? https://{domain}",
    "Kom langs in onze vestiging in {city} of ga naar {domain}.",
    "Gratis eerste gesprek: {phone}",
]
