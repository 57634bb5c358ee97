"""Blind site-template pool, Dutch: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

LANG = "nl"

SITES = [
    ("Polderbode", "polderbode.nl"),
    ("Dijkpost", "dijkpost.nl"),
    ("Kanaalkrant", "kanaalkrant.nl"),
    ("Heuvelland Nieuws", "heuvellandnieuws.nl"),
    ("De Torenwachter", "torenwachter.nl"),
    ("Stadsklok", "stadsklok.be"),
    ("Veenkoerier", "veenkoerier.nl"),
    ("Rivierenland Actueel", "rivierenlandactueel.nl"),
    ("Kempenlicht", "kempenlicht.be"),
    ("Waddenwind", "waddenwind.frl"),
    ("Grachtenpraat", "grachtenpraat.amsterdam"),
    ("Duinrand Courant", "duinrandcourant.nl"),
    ("Scheldestem", "scheldestem.be"),
    ("Brabants Buurtnieuws", "brabantsbuurtnieuws.nl"),
    ("Het Molenblad", "molenblad.nl"),
    ("Lindeboom Nieuws", "lindeboomnieuws.nl"),
    ("Wijkreporter", "wijkreporter.nl"),
    ("Achterhoek Vandaag", "achterhoekvandaag.nl"),
    ("Zeeuwse Kaap", "zeeuwsekaap.nl"),
    ("Vlaamse Kouter", "vlaamsekouter.be"),
    ("IJsselpraat", "ijsselpraat.nl"),
    ("Deltaklank", "deltaklank.news"),
    ("Bosrand Bulletin", "bosrandbulletin.nl"),
    ("Kustlicht", "kustlicht.be"),
]

CITIES = [
    "Zwolle", "Deventer", "Leeuwarden", "Amersfoort", "Alkmaar", "Breda", "Tilburg", "Venlo", "Middelburg",
    "Assen", "Gouda", "Hasselt", "Mechelen", "Brugge", "Kortrijk", "Harderwijk", "Zutphen", "Roermond", "Sneek",
    "Dordrecht",
]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
MONTHS_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

DATES = [
    "{day} {month} {year}",
    "{day}-{mm}-{year} {hh}:{mi}",
    "{day} {mon} {year}",
    "{day} {month} {year} om {hh}.{mi} uur",
    "{day}/{mm}/{year}",
    "{year}-{mm}-{day}",
    "{day} {mon}. {year}, {hh}:{mi}",
]

HOME_WORDS = ["Home", "Voorpagina", "Start"]

SECTIONS = [
    "Regio", "Nieuws", "Politiek", "Economie", "Sport", "Cultuur", "112", "Onderwijs", "Gemeenteraad",
    "Natuur & milieu", "Gezondheid", "Opinie", "Ingezonden brieven", "Uitagenda", "Verkeer", "Weer",
    "Familieberichten", "Wonen",
]

BREADCRUMBS = [
    "{home} › {section} › {section2}",
    "{home} / {section}",
    "{home} » {section} » {section2}",
    "{home} > {section}",
    "{home} | {section}",
    "{home} · {section} · {section2}",
    "{home} - {section} - {section2}",
    "U bent hier: {home} › {section}",
]

TAGLINES = [
    "{site} – nieuws uit {city} en omstreken",
    "{site}: sinds 1989 dicht bij {city}",
    "Onafhankelijk, lokaal, nieuwsgierig. {site}",
    "Wat er speelt in {city}, lees je elke dag op {site}",
    "{site} | De online krant van {city}",
    "Je vertrouwde huis-aan-huisblad, nu ook online: {site}",
    "{site} · Van hier, voor hier",
    "Goed op de hoogte in {city} met {site}",
    "{site}, het lokale nieuws zonder omwegen",
    "Kleine redactie, grote verhalen: {site} over {city}",
]

DATELINES = [
    "Gepubliceerd op {date}",
    "{date} | door {name}",
    "Door {name} · {date}",
    "{name} — {date}",
    "Geschreven door {name} op {date}",
    "Geplaatst {date}",
    "Redactie: {name}, {date}",
    "{date}",
    "Tekst: {name} ({date})",
    "Online sinds {date}",
]

READ_TIMES = [
    "Leestijd: {min} minuten",
    "{min} min leestijd",
    "⏱ {min} min",
    "Ongeveer {min} minuten lezen",
    "Leesduur ca. {min} min.",
    "Dit lees je in {min} minuten",
]

VIEWS = [
    "{count} keer bekeken",
    "{count} weergaven",
    "Gelezen: {count}",
    "👁 {count}",
    "Dit artikel is {count} keer gelezen",
    "Bekeken: {count}x",
]

COMMENTS = [
    "{count} reacties",
    "Reacties ({count})",
    "💬 {count}",
    "Praat mee — {count} reacties",
    "{count} lezersreacties",
    "Al {count} keer gereageerd",
]

UPDATED = [
    "Bijgewerkt op {date}",
    "Laatst bijgewerkt: {date}",
    "Aangepast {date}",
    "Dit bericht is op {date} aangevuld.",
    "Update: {date}",
]

COPYRIGHTS = [
    "© {year} {site}",
    "© {founded}-{year} {site}. Alle rechten voorbehouden.",
    "Copyright {year} {site} · Overname alleen met schriftelijke toestemming",
    "{site} © {year} | Colofon | Privacyverklaring",
    "Alle inhoud © {year} {site}, tenzij anders vermeld.",
    "© {site} {founded}–{year}. Niets van deze site mag zonder onze toestemming worden gekopieerd.",
    "Copyright © {founded}-{year} {site} B.V.",
    "© {year} {site}, opgericht in {founded}. Teksten en foto's zijn auteursrechtelijk beschermd.",
    "(c) {year} {site} — Deel gerust de link, maar kopieer het artikel niet.",
    "© {year} {site}. Citeren mag, met een link naar de bron.",
]

ABOUTS = [
    "{site} is een onafhankelijke nieuwssite voor {city} en de omliggende dorpen.",
    "Al ruim twintig jaar volgt {site} de gemeentepolitiek, de verenigingen en de ondernemers in {city}.",
    "{site} wordt gemaakt door een kleine redactie in {city}, zonder uitgeverij erachter en zonder betaalmuur.",
    "Over ons: {site} is de lokale stem van {city}. Tips en ideeën zijn altijd welkom.",
    "Wij zijn {site}: drie verslaggevers, een fotograaf en heel veel koffie, met {city} als werkterrein.",
    "{site} brengt nieuws, uitagenda en familieberichten uit {city} en omgeving.",
    "Opgericht door oud-journalisten van de regionale krant, is {site} een stichting zonder winstoogmerk in {city}.",
    "{site} vertelt het verhaal van {city}, van de raadsvergadering tot de derby op zondag.",
    "Achter {site} staat een coöperatie van lezers uit {city}.",
    "Onze redactie zit midden in het centrum van {city}. {site} verschijnt op werkdagen online.",
]

CONTACTS = [
    "Nieuwstip? Mail naar {email}",
    "Redactie: {phone} · {email}",
    "{site}, {street} – tel. {phone}",
    "Iets gezien dat wij moeten weten? Laat het ons weten via {email}.",
    "Advertentieverkoop: {phone}",
    "Postadres: {site}, {street}",
    "Ingezonden brieven graag naar {email}, met naam en woonplaats.",
    "Bereikbaar op werkdagen van 9.00 tot 17.00 uur via {phone}.",
    "Fout gezien in een artikel? Een mailtje naar {email} is genoeg.",
    "Persberichten en evenementen: {email}",
]

SOCIAL_LINKS = [
    "Facebook · Instagram · YouTube",
    "Volg ons op Instagram: @{handle}",
    "{site} op Facebook",
    "Ook op Mastodon: @{handle}@mastodon.nl",
    "Facebook | X | Instagram | LinkedIn",
    "Volg het WhatsApp-kanaal van {site}",
    "Onze video's op YouTube: youtube.com/@{handle}",
    "Op Telegram: t.me/{handle}, het laatste nieuws meteen op je telefoon",
    "We zitten ook op TikTok: @{handle}",
    "Vind {site} op Threads en Bluesky",
]

NEWSLETTERS = [
    "Elke ochtend het belangrijkste nieuws van {site} in je mailbox. Gratis.",
    "Elke {day} een overzicht van de week in de regio. Meld je aan!",
    "Zet pushmeldingen aan en mis niets meer uit de buurt.",
    "Lokale journalistiek kost geld. Steun {site} met een bijdrage.",
    "Word lid van {site}, al vanaf € 3 per maand.",
    "Luister naar de podcast van {site}: elke {day} een nieuwe aflevering.",
    "Vul je e-mailadres in en ontvang een bericht bij nieuwe artikelen.",
    "De nieuwsbrief van {site}: de koppen van vandaag in vijf minuten.",
    "Abonnee op de papieren krant? Activeer kosteloos je digitale toegang.",
    "Ruim 5.000 lezers beginnen de dag met het ochtendbericht van {site}.",
    "Ook op WhatsApp: volg het kanaal van {site} en weet direct wat er gebeurt.",
    "Vind je dit waardevol? Met een kleine donatie houd je {site} onafhankelijk.",
    "Elke {day}avond de weekmail met alles wat je gemist hebt.",
]

AD_OPENERS = [
    "Op zoek naar een vakman voor {service} in {city}? Bel {biz}.",
    "{biz}: al ruim 20 jaar een begrip in {city}.",
    "Lokaal, betrouwbaar en betaalbaar: {biz}.",
    "Voorjaarsactie bij {biz}!",
    "Je buren in {city} kennen {biz} al lang.",
    "Ondernemer van de week: {biz}",
    "Zoek je specialisten in {service} in de buurt van {city}?",
    "Maak nu een afspraak bij {biz} in {city}",
    "Familiebedrijf sinds 1994: {biz} is hét adres voor {service} in {city}.",
    "Advertentie · {biz} ({city})",
]

AD_BODIES = [
    "Klein klusje of groot project: {biz} pakt {service} vakkundig aan.",
    "Ons gediplomeerde team werkt in {city} en de omliggende dorpen.",
    "Bij {biz} krijgt iedere klant een duidelijke offerte zonder verrassingen.",
    "Meer dan twintig jaar ervaring met {service} in {city}.",
    "Ruime openingstijden, ook op zaterdagochtend.",
    "Geen verborgen kosten, geen verkooppraatjes: gewoon goed werk.",
    "Korting voor 65-plussers en studenten, vraag ernaar.",
    "Eerste bezoek of vaste klant, bij {biz} sta je er nooit alleen voor.",
    "Verzekerd, gecertificeerd en aanbevolen door klanten uit heel {city}.",
    "Ook 's avonds en in het weekend kun je terecht voor {service}.",
]

AD_CONTACTS = [
    "Bel {phone} of boek online via www.{domain}",
    "Afspraak maken: {domain}",
    "{phone} | www.{domain}",
    "Prijzen en beschikbaarheid op {domain}",
    "Vragen? Neem contact op met {biz} via {phone}.",
    "Op afspraak via {phone}, binnenlopen mag ook.",
    "Vraag binnen twee minuten een offerte aan op {domain}",
    "Vind {biz} op www.{domain}",
    "Tel. {phone} — noem deze advertentie en krijg 10% korting.",
    "Meer info en openingstijden: https://{domain}",
]

BUSINESSES = [
    ("Tandartspraktijk De Linde", "tandheelkunde voor het hele gezin",
     ["Controle en gebitsreiniging", "Implantaten", "Onzichtbare beugels", "Spoedhulp"], "tandartsdelinde.nl"),
    ("Dakwerken Verhoeven", "dakrenovatie en dakreparatie",
     ["Pannendaken", "Bitumen en EPDM", "Dakgoten", "Dakramen", "Gratis inspectie"], "dakwerkenverhoeven.be"),
    ("Rijschool Groen Licht", "rijlessen voor auto en motor",
     ["Rijbewijs B", "Motorrijbewijs", "Theorie online", "Spoedcursus in de zomer"], "rijschoolgroenlicht.nl"),
    ("Bakkerij Korenbloem", "ambachtelijk brood en gebak",
     ["Zuurdesembrood", "Taarten op bestelling", "Glutenvrij assortiment", "Ontbijtservice"], "bakkerijkorenbloem.nl"),
    ("Jansen Belastingadvies", "belastingadvies en boekhouding",
     ["Aangifte inkomstenbelasting", "Salarisadministratie", "Starten als zzp'er", "Erfbelasting"], "jansenbelastingadvies.nl"),
    ("Advocatenkantoor Van Dijk", "familierecht en erfrecht",
     ["Echtscheiding", "Omgangsregeling", "Testamenten", "Huurgeschillen"], "advocaatvandijk.nl"),
    ("Trimsalon Vachtwerk", "trimmen en wassen van honden en katten",
     ["Wassen en föhnen", "Knippen op ras", "Nagels knippen", "Ontwollen"], "trimsalonvachtwerk.nl"),
    ("Zonnekracht Installaties", "zonnepanelen en thuisbatterijen",
     ["Zonnepanelen op maat", "Thuisbatterij", "Laadpalen", "Subsidieadvies", "Onderhoud"], "zonnekracht-installaties.nl"),
    ("PC Hulp Noord", "computer- en telefoonreparatie",
     ["Scherm vervangen", "Virus verwijderen", "Gegevens herstellen", "Wifi aanleggen"], "pchulpnoord.nl"),
    ("Bloemenhuis Tulpenhof", "bloemwerk voor elke gelegenheid",
     ["Bruidsboeketten", "Rouwwerk", "Bezorging op dezelfde dag", "Kamerplanten"], "tulpenhof.be"),
    ("Verhuisbedrijf Mulder", "verhuizingen en opslag",
     ["Particuliere verhuizingen", "Kantoorverhuizingen", "Inpakservice", "Verhuislift"], "verhuisbedrijfmulder.nl"),
    ("Fysiotherapie In Beweging", "fysiotherapie",
     ["Sportblessures", "Revalidatie na operatie", "Rugklachten", "Behandeling aan huis"], "fysioinbeweging.nl"),
]
