"""Blind site-template pool, Italian: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

LANG = "it"

SITES = [
    ("Gazzetta di Valle", "gazzettadivalle.it"),
    ("Eco del Lago", "ecodellago.it"),
    ("Cronache Collinari", "cronachecollinari.it"),
    ("Voce del Borgo", "vocedelborgo.it"),
    ("Campanile Notizie", "campanilenotizie.it"),
    ("Faro Adriatico", "faroadriatico.news"),
    ("Piazza Grande Online", "piazzagrandeonline.it"),
    ("Sentinella Alpina", "sentinellaalpina.it"),
    ("Bollettino di Riviera", "bollettinodiriviera.it"),
    ("Corriere del Fiume", "corrieredelfiume.it"),
    ("Lanterna Ligure", "lanternaligure.com"),
    ("Mosaico Locale", "mosaicolocale.it"),
    ("Orizzonte Sannita", "orizzontesannita.it"),
    ("Tribuna delle Valli", "tribunadellevalli.it"),
    ("Ticino Sera", "ticinosera.ch"),
    ("Quaderno Maremmano", "quadernomaremmano.it"),
    ("Portico Notizie", "porticonotizie.net"),
    ("Diario Lagunare", "diariolagunare.it"),
    ("Vedetta del Montefeltro", "vedettamontefeltro.it"),
    ("Murgia Oggi", "murgiaoggi.it"),
    ("Cittadella Informa", "cittadellainforma.it"),
    ("Sponda Nord", "spondanord.info"),
    ("Pianura Viva", "pianuraviva.it"),
    ("Rintocchi", "rintocchi.news"),
]

CITIES = [
    "Bergamo", "Cremona", "Lucca", "Treviso", "Matera", "Ascoli Piceno", "Urbino", "Rovigo", "Sondrio", "Trapani",
    "Viterbo", "Novara", "Pordenone", "Avellino", "Grosseto", "Lecce", "Biella", "Faenza", "Chiavari", "Bassano",
]

MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
          "novembre", "dicembre"]
MONTHS_SHORT = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]

DATES = [
    "{day} {month} {year}",
    "{day}/{mm}/{year} alle {hh}:{mi}",
    "{day} {mon} {year}",
    "{day}/{mm}/{year} - {hh}:{mi}",
    "{day}.{mm}.{year}",
    "{year}-{mm}-{day}",
    "{day} {month} {year}, ore {hh}.{mi}",
]

HOME_WORDS = ["Home", "Prima pagina", "Inizio"]

SECTIONS = [
    "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Spettacoli", "Provincia", "Attualità", "Scuola",
    "Ambiente", "Salute", "Lettere al direttore", "Opinioni", "Eventi", "Necrologi", "Meteo", "Viabilità",
    "Territorio",
]

BREADCRUMBS = [
    "{home} › {section} › {section2}",
    "{home} / {section}",
    "{home} » {section} » {section2}",
    "{home} > {section}",
    "{home} | {section} | {section2}",
    "{home} · {section}",
    "{home} - {section}",
    "Ti trovi in: {home} › {section} › {section2}",
]

TAGLINES = [
    "{site} – notizie da {city} e dintorni",
    "{site}: raccontiamo {city} dal 1993",
    "Libero, locale, curioso. {site}",
    "Quello che succede a {city}, ogni giorno su {site}",
    "{site} | Il quotidiano online di {city}",
    "Il tuo settimanale di sempre, ora anche in rete: {site}",
    "{site} · Da qui, per chi vive qui",
    "Sempre informati a {city} con {site}",
    "{site}, la cronaca locale senza giri di parole",
    "Piccola redazione, grandi storie: {site} racconta {city}",
]

DATELINES = [
    "Pubblicato il {date}",
    "{date} | di {name}",
    "Di {name} · {date}",
    "{name} — {date}",
    "Scritto da {name} il {date}",
    "Articolo del {date}",
    "Redazione: {name}, {date}",
    "In rete dal {date}",
    "{date}",
    "A cura di {name} | {date}",
]

READ_TIMES = [
    "Tempo di lettura: {min} minuti",
    "{min} min di lettura",
    "Lettura: {min} min",
    "⏱ {min} min",
    "Circa {min} minuti per leggerlo",
    "Si legge in {min} minuti",
]

VIEWS = [
    "{count} visualizzazioni",
    "Letto {count} volte",
    "{count} letture",
    "👁 {count}",
    "Questo articolo è stato visto {count} volte",
    "Visite: {count}",
]

COMMENTS = [
    "{count} commenti",
    "Commenti ({count})",
    "💬 {count}",
    "Di' la tua: {count} commenti",
    "{count} interventi dei lettori",
    "Finora {count} risposte",
]

UPDATED = [
    "Aggiornato il {date}",
    "Ultimo aggiornamento: {date}",
    "Modificato il {date}",
    "Questo articolo è stato aggiornato il {date}.",
    "Agg. {date}",
]

COPYRIGHTS = [
    "© {year} {site}",
    "© {founded}-{year} {site}. Tutti i diritti riservati.",
    "Copyright {year} {site} · Vietata la riproduzione senza autorizzazione scritta",
    "{site} © {year} | Note legali | Privacy",
    "Contenuti © {year} {site}, salvo diversa indicazione.",
    "© {site} {founded}–{year}. È vietata la copia, anche parziale, di testi e immagini.",
    "Copyright © {founded}-{year} {site} S.r.l. – P.IVA 01234567890",
    "© {year} {site}, fondato nel {founded}. Testi e foto sono protetti dal diritto d'autore.",
    "(c) {year} {site} — Condividete il link, non copiate l'articolo.",
    "© {year} {site}. Citazioni consentite con link alla fonte.",
]

ABOUTS = [
    "{site} è una testata indipendente che segue {city} e i comuni del circondario.",
    "Da oltre vent'anni {site} racconta la vita amministrativa, culturale ed economica di {city}.",
    "{site} è fatto da una piccola redazione di {city}, senza grandi editori alle spalle e senza paywall.",
    "Chi siamo: {site} è la voce locale di {city}. Segnalazioni e proposte sono sempre benvenute.",
    "Siamo {site}: tre giornalisti, una fotografa e tanto caffè, con gli occhi su {city}.",
    "{site} pubblica notizie, appuntamenti e necrologi di {city} e della provincia.",
    "Nato dall'idea di alcuni ex cronisti, {site} è un'associazione senza scopo di lucro con sede a {city}.",
    "{site} racconta {city}, dal consiglio comunale alla partita della domenica.",
    "Dietro {site} c'è una cooperativa di lettrici e lettori di {city}.",
    "La nostra redazione è in pieno centro a {city}. {site} si aggiorna dal lunedì al venerdì.",
]

CONTACTS = [
    "Hai una notizia? Scrivi a {email}",
    "Redazione: {phone} · {email}",
    "{site}, {street} – tel. {phone}",
    "Sei stato testimone di un fatto? Segnalacelo a {email}.",
    "Ufficio pubblicità: {phone}",
    "Indirizzo postale: {site}, {street}",
    "Le lettere al direttore vanno inviate a {email}, con nome e comune.",
    "Ci trovi dal lunedì al venerdì, dalle 9 alle 13, al {phone}.",
    "Un errore in un articolo? Basta una mail a {email}.",
    "Comunicati stampa ed eventi: {email}",
]

SOCIAL_LINKS = [
    "Facebook · Instagram · YouTube",
    "Seguici su Instagram: @{handle}",
    "{site} su Facebook",
    "Anche su Mastodon: @{handle}@mastodon.uno",
    "Facebook | X | Instagram | TikTok",
    "Iscriviti al canale WhatsApp di {site}",
    "I nostri video su YouTube: youtube.com/@{handle}",
    "Su Telegram: t.me/{handle}, le notizie in tempo reale",
    "Ci trovi anche su TikTok come @{handle}",
    "{site} è anche su Threads e Bluesky",
]

NEWSLETTERS = [
    "Ricevi ogni mattina le notizie di {site} nella tua casella di posta. Gratis.",
    "Ogni {day} il riepilogo della settimana in provincia. Iscriviti!",
    "Attiva le notifiche per non perdere le ultime dalla città.",
    "L'informazione locale ha un costo: sostieni {site} con una donazione.",
    "Diventa socio di {site} a partire da 3 euro al mese.",
    "Ascolta il podcast di {site}: nuova puntata ogni {day}.",
    "Inserisci il tuo indirizzo email per ricevere gli aggiornamenti sui nuovi articoli.",
    "La newsletter di {site}: i titoli del giorno in cinque minuti.",
    "Sei abbonato all'edizione cartacea? Attiva subito l'accesso digitale incluso.",
    "Oltre 7.000 lettori iniziano la giornata con il buongiorno di {site}.",
    "Le notizie che contano anche su WhatsApp: entra nel canale di {site}.",
    "Ti piace quello che leggi? Con un piccolo contributo ci aiuti a restare liberi.",
    "Ogni {day} sera la rassegna di {site}, direttamente via email.",
]

AD_OPENERS = [
    "Cerchi un esperto di {service} a {city}? Chiedi a {biz}.",
    "{biz}, da oltre 20 anni al servizio di {city}.",
    "Artigiani del territorio, qualità di casa nostra: {biz}.",
    "Promozione di primavera da {biz}!",
    "A {city} lo sanno tutti: per {service} c'è {biz}.",
    "Negozio della settimana: {biz}",
    "Stai cercando specialisti in {service} vicino a {city}?",
    "Prenota ora da {biz}, {city}",
    "Azienda di famiglia dal 1994, {biz} è il punto di riferimento per {service} a {city}.",
    "Pubblicità · {biz} ({city})",
]

AD_BODIES = [
    "Per piccoli lavori o grandi progetti, {biz} si occupa di {service} con serietà.",
    "Il nostro personale qualificato opera a {city} e nei comuni limitrofi.",
    "Da {biz} ogni cliente riceve un preventivo chiaro e senza sorprese.",
    "Oltre vent'anni di esperienza in {service} a {city}.",
    "Orari flessibili, anche il sabato mattina.",
    "Niente costi nascosti, niente chiacchiere: solo lavoro fatto bene.",
    "Sconti per over 65 e studenti: chiedi in negozio.",
    "Che sia la prima volta o la centesima, da {biz} ti accogliamo con un sorriso.",
    "Assicurati, certificati e consigliati dai clienti di {city}.",
    "Disponibili appuntamenti serali e nel fine settimana per {service}.",
]

AD_CONTACTS = [
    "Chiama il {phone} o prenota su www.{domain}",
    "Prenotazioni online: {domain}",
    "{phone} | www.{domain}",
    "Prezzi e disponibilità su {domain}",
    "Hai domande? Contatta {biz} al {phone}.",
    "Su appuntamento al {phone}, oppure passa a trovarci.",
    "Richiedi un preventivo su {domain}: bastano due minuti",
    "Trovi {biz} su www.{domain}",
    "Tel. {phone} — cita questo annuncio per uno sconto del 10%.",
    "Info e orari: https://{domain}",
]

BUSINESSES = [
    ("Studio Dentistico Borgo Antico", "odontoiatria per tutta la famiglia",
     ["Igiene e controlli", "Implantologia", "Allineatori trasparenti", "Urgenze"], "dentistaborgoantico.it"),
    ("Coperture Ferraris", "rifacimento e riparazione tetti",
     ["Sostituzione coppi", "Infiltrazioni", "Grondaie", "Lucernari", "Sopralluogo senza impegno"], "coperture-ferraris.it"),
    ("Autoscuola Precedenza", "corsi per la patente",
     ["Patente B", "Patente moto", "Quiz online", "Corsi estivi intensivi"], "autoscuolaprecedenza.it"),
    ("Forno Santa Lucia", "pane e dolci artigianali",
     ["Pane a lievitazione naturale", "Torte su ordinazione", "Prodotti senza glutine", "Colazioni per uffici"], "fornosantalucia.it"),
    ("Studio Commercialista Rinaldi", "consulenza fiscale e contabile",
     ["Dichiarazione dei redditi", "Buste paga", "Apertura partita IVA", "Successioni"], "studiorinaldi.it"),
    ("Avvocato Chiara Benedetti", "diritto di famiglia e successioni",
     ["Separazioni e divorzi", "Affidamento dei figli", "Testamenti", "Sfratti e locazioni"], "avvocatobenedetti.it"),
    ("Toelettatura Codafelice", "toelettatura per cani e gatti",
     ["Bagno e asciugatura", "Taglio a forbice", "Taglio unghie", "Trattamento antinodo"], "codafelice.it"),
    ("Solare Mediterraneo", "impianti fotovoltaici",
     ["Pannelli solari", "Sistemi di accumulo", "Colonnine di ricarica", "Pratiche per gli incentivi", "Manutenzione"], "solaremediterraneo.it"),
    ("RiparaPC Express", "riparazione pc e smartphone",
     ["Sostituzione display", "Rimozione virus", "Recupero dati", "Configurazione rete wifi"], "riparapcexpress.it"),
    ("Fioreria Il Glicine", "composizioni floreali",
     ["Bouquet da sposa", "Corone funebri", "Consegna in giornata", "Piante da appartamento"], "fioreriailglicine.ch"),
    ("Traslochi Colombo", "traslochi e depositi",
     ["Traslochi per privati", "Trasferimenti di uffici", "Imballaggio", "Autoscala"], "traslochicolombo.it"),
    ("Fisioterapia San Marco", "fisioterapia e riabilitazione",
     ["Traumi sportivi", "Riabilitazione post-operatoria", "Mal di schiena", "Terapie a domicilio"], "fisiosanmarco.it"),
]
