"""Trainingspool, tweede reeks (Nederlands: Vlaanderen en Nederland, regionale omroepen, sport- en techsites)
voor het junkregelmodel / Dutch training pool, second batch, for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["ANP Sport", "Sporza", "RTV Oost", "Omroep West", "L1 Nieuws", "Bruzz", "AT5", "Omroep Gelderland",
            "NH Nieuws", "Omroep Zeeland", "ATV", "Focus-WTV"]
NAMES = ["Wouter Claes", "Kim Wouters", "Jeroen van den Berg", "Laura Janssens", "Stijn Vermeulen", "Ilse de Groot",
         "Bart Goossens", "Femke Bos", "Niels Willems", "Esther Kok", "Hamza Bouzian", "Marieke Dekker"]
CITIES = ["Brugge", "Hasselt", "Mechelen", "Kortrijk", "Breda", "Tilburg", "Arnhem", "Leiden", "Haarlem", "Enschede",
          "Leeuwarden", "Delft"]
SITES = ["Kempen Vandaag", "Digitaal Dagblad", "De Westhoek Krant", "Voetbalflits", "Het Oosten Nu",
         "Limburgs Weekblad Online", "Gadgetbaas"]
BUSINESSES = [
    ("Dakwerken Peeters", "dakwerken en zinkwerk",
     ["Platte daken", "Dakgoten vervangen", "Dakisolatie", "Lekkages herstellen"], "dakwerkenpeeters.be"),
    ("Schilderwerken Van Dam", "schilderwerk binnen en buiten",
     ["Gevelrenovatie", "Behangen", "Houtrotherstel", "Spuitwerk"], "vandamschilders.nl"),
    ("Fysiotherapie De Brug", "fysiotherapie",
     ["Sportfysiotherapie", "Dry needling", "Bekkenfysiotherapie", "Revalidatie na een operatie"], "fysiodebrug.nl"),
    ("Glazenwasserij Helder", "glasbewassing en schoonmaak",
     ["Ramen wassen", "Zonnepanelen reinigen", "Dakgoten schoonmaken", "Kantoorschoonmaak"], "glazenwasserijhelder.nl"),
    ("Bijlesinstituut Slim", "bijles en huiswerkbegeleiding",
     ["Examentraining", "Wiskunde en fysica", "Begeleiding bij dyslexie", "Online bijles"], "bijlesslim.be"),
    ("Fietsenmaker De Spaak", "fietsreparatie en verkoop",
     ["Onderhoudsbeurt", "E-bike service", "Bandenservice", "Fietsverhuur"], "despaak-fietsen.nl"),
]

HEADLINE_DUPS = [
    "{title} | Voetbal | {site}",
    "{title} - Regio",
    "Getest: {title}",
    "INTERVIEW | {title}",
    "{title} (foto's)",
    "Analyse | {title}",
    "{title}: dit weten we",
    "{site} | Regionaal | {title}",
    "{title} | Tech",
    "LIVEBLOG | {title}",
    "{TITLE} | NIEUWS",
    "{title} » Nieuws",
    "Opinie: {title}",
    "{title} - Vlaanderen",
    "Ingezonden: {title}",
    "{title} [VIDEO + FOTO'S]",
]

BYLINES = [
    "Verslaggever {name}",
    "Eindverantwoordelijke: {name}",
    "vrijdag 11 juli 2025 om 07:40",
    "Bijgewerkt: 11 jul. 2025, 16:05",
    "{min} minuten lezen",
    "Geschatte leestijd: {min} min",
    "Door onze correspondent in {city}",
    "Bron: {agency} | Bewerkt door {name}",
    "{city}, 11 juli ({agency}) -",
    "Getest door {name}",
    "Ingezonden door {name}",
    "Columnist {name} schrijft elke zaterdag",
    "Tekst en beeld: {name}",
    "Opgesteld door de sportredactie",
    "{name} | Verslaggever {site}",
    "Gewijzigd op 12-07-2025 om 16.05 uur",
]

CAPTIONS = [
    "© Belga",
    "Beeld ANP / {name}",
    "Foto: Photo News",
    "Foto: Orange Pictures",
    "Foto: Pro Shots / {name}",
    "Beeld: iStock",
    "(Foto: gemeente {city})",
    "De spits juicht na zijn doelpunt in {city}. ANP / {name}",
    "Foto: persbericht",
    "Beeld: screenshot YouTube",
    "Fotoserie: 8 foto's",
    "Vergroot afbeelding",
    "Foto: {name} / Hollandse Hoogte",
    "Kaart: {site}",
    "Foto: archief {site}",
    "Beeld gegenereerd met AI",
]

INLINE = [
    "Reclame",
    "Gesponsord",
    "Scroll verder",
    "Lees hier: {other}",
    "Kijk ook: {other}",
    "Ook gelezen? {other}",
    "Eerder: {other}",
    "Achtergrond ▸ {other}",
    "PREMIUM",
    "Luister naar dit artikel",
    "Video afspelen",
    "Poll: Wat vind jij?",
    "Specificaties",
    "Klik hier voor de fotoserie",
    "Deze inhoud kan niet worden geladen omdat je geen cookies hebt geaccepteerd.",
    "Vervolg van het artikel hieronder",
]

RELATED_HEADERS = [
    "Lees ook deze artikelen",
    "Meer sportnieuws",
    "Populair",
    "Nieuws uit de regio",
    "Aanbevolen voor jou",
    "Ook leuk",
    "Nu populair in {city}",
    "Net binnen",
    "Uitgelicht",
    "Meer reviews",
    "Andere berichten",
    "TOP 10 VAN DE WEEK",
    "Dit moet je zien",
]

SOURCE_FOOTERS = [
    "(belga)",
    "ANP/Redactie",
    "Dit verhaal stond eerder in de papieren krant van {site}.",
    "Update 16.05 uur: reactie van de club toegevoegd.",
    "Rectificatie: de raad vergadert donderdag, niet dinsdag zoals hier eerst stond.",
    "Disclaimer: het testexemplaar werd ter beschikking gesteld door de fabrikant.",
    "Overname van dit bericht is alleen toegestaan met bronvermelding.",
    "Tip de redactie: {email} of 06 5555 1234",
    "{name} schrijft over voetbal en technologie.",
    "Met dank aan {name2}",
    "Vertaling: {name3}",
    "Praten over zelfdoding kan anoniem bij de Zelfmoordlijn 1813 (België).",
    "Dit artikel is geschreven in opdracht van en betaald door een adverteerder.",
    "Licentie: {agency}. Verdere verspreiding niet toegestaan.",
    "Fout gezien in dit artikel? Laat het ons weten via {email}.",
    "{site} is aangesloten bij de Raad voor de Journalistiek.",
]

SOCIAL = [
    "Delen op Facebook",
    "Deel dit artikel",
    "Voeg {site} toe aan je bronnen in Google Nieuws",
    "Instagram: @{handle}",
    "Abonneer je op ons YouTube-kanaal",
    "Log in om te reageren",
    "Bewaar artikel",
    "Meld een fout",
    "12 reacties",
    "Tags: Eredivisie, transfers, Ajax",
    "#Eredivisie #voetbal",
    "Stuur je foto's via WhatsApp naar 06 5555 1234",
    "Het liveblog volg je ook in onze app",
    "Facebook · Instagram · TikTok · LinkedIn",
    "Wat vind jij? Laat het weten hieronder",
    "Schrijf een reactie",
]

NEWSLETTER = [
    "Schrijf je in voor de sportnieuwsbrief",
    "Probeer {site} Plus 1 maand gratis",
    "Geef een abonnement cadeau",
    "Cadeau geven: dit artikel gratis delen met een vriend",
    "Je hebt het maximum aantal gratis artikelen bereikt.",
    "Dit is een plusartikel. Neem een abonnement en lees alles.",
    "Steun ons met een vrijwillige bijdrage via iDEAL",
    "Word Vriend van {site} vanaf € 3 per maand",
    "Als je via een link in dit artikel iets koopt, krijgt {site} daar een kleine commissie voor.",
    "Prijzen kunnen intussen gewijzigd zijn.",
    "Onze podcast staat op Spotify en Apple Podcasts",
    "Installeer de {site}-app voor de snelste updates",
    "Kaarten voor het {site}-lezersevent in {city} zijn nu te koop.",
    "Win vrijkaarten voor het festival!",
    "Al een account? Inloggen",
    "Nieuwsmeldingen? Sta pushberichten toe.",
]

PROMO_OPENERS = [
    "Dat was het voor vandaag. Tot morgen!",
    "Blijf op de hoogte via {site}.",
    "Gesponsorde bijdrage van {biz}",
    "Partnercontent | {biz}",
    "Lokale ondernemer in de kijker: {biz}",
    "Betaalde samenwerking",
    "Tip van de week: {biz}",
]

PROMO_BODIES = [
    "Woon je in {city} en zoek je iemand voor {service}?",
    "{biz} is al sinds 1992 dé specialist in {service}.",
    "Gratis advies aan huis en een heldere prijs vooraf.",
    "Wat wij doen:",
    "Bel 011 55 12 34",
    "Meer info op www.{domain}",
    "Mail naar offerte@{domain}",
    "WhatsApp: +31 6 5555 1234",
    "Bereikbaar op werkdagen van 8 tot 17 uur via 030 - 555 12 34 of {domain}",
    "Betaal eenvoudig met iDEAL of Bancontact. Plan je afspraak op {domain}",
]
