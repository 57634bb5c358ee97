"""Pool di addestramento, seconda serie (italiano: testate locali, Ticino, siti sportivi e di tecnologia) per il
modello delle righe spurie / Italian training pool, second batch, for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["Radiocor", "RSI", "TGR Rai", "Tgcom24", "Agenzia Fides", "Agenzia Vista", "Public Policy", "NEV",
            "Ipa Agency", "Alanews", "Agenzia Sir", "9colonne"]
NAMES = ["Valentina Russo", "Lorenzo Esposito", "Martina Ferri", "Riccardo Galli", "Alessia Lombardi",
         "Stefano Moretti", "Ilaria Barbieri", "Giacomo Fontana", "Beatrice Santoro", "Nicolò Caruso",
         "Serena Rinaldi", "Andrea Ferraro"]
CITIES = ["Trieste", "Padova", "Brescia", "Bergamo", "Pescara", "Lecce", "Catania", "Perugia", "Trento", "Lugano",
          "Ancona", "Sassari"]
SITES = ["L'Eco delle Valli", "Gazzetta dello Stretto", "TecnoBlog Italia", "Il Mattino Adriatico",
         "Calcio e Dintorni", "Corriere Ticinese Online", "La Sentinella Lombarda"]
BUSINESSES = [
    ("Impresa Edile Marchetti", "ristrutturazioni chiavi in mano",
     ["Rifacimento bagni", "Cappotto termico", "Tetti e coperture", "Pratiche per i bonus edilizi"], "ediliziamarchetti.it"),
    ("Fisioterapia Dinamica", "fisioterapia e riabilitazione",
     ["Tecarterapia", "Onde d'urto", "Rieducazione posturale", "Riabilitazione post-operatoria"], "fisiodinamica.it"),
    ("Serramenti Alpi", "infissi e serramenti",
     ["Finestre in PVC", "Porte blindate", "Zanzariere", "Tapparelle motorizzate"], "serramentialpi.it"),
    ("Ottica Visione Chiara", "ottica e optometria",
     ["Esame della vista gratuito", "Lenti progressive", "Lenti a contatto", "Occhiali da sole graduati"], "visionechiara.it"),
    ("Pulizie Splendor Sagl", "pulizie civili e industriali",
     ["Pulizie condominiali", "Sanificazione ambienti", "Pulizia vetrate", "Trattamento pavimenti"], "splendorpulizie.ch"),
    ("CAF Patronato Amico", "assistenza fiscale e previdenziale",
     ["ISEE", "Dichiarazione dei redditi", "Pratiche di pensione", "Successioni"], "cafamico.it"),
]

HEADLINE_DUPS = [
    "{title} - Calcio - {site}",
    "{title} | Sport",
    "{title} - Ticino",
    "IL CASO | {title}",
    "{title} (FOTO)",
    "L'INTERVISTA | {title}",
    "{title}: cosa sappiamo",
    "Recensione: {title}",
    "{title} | Tecnologia",
    "{site} - Notizie da {city} | {title}",
    "{TITLE} · CRONACA",
    "Editoriale | {title}",
    "{title} › Cronaca",
    "FOTOGALLERY | {title}",
    "{title} - Ultime notizie",
    "Segui la diretta: {title}",
]

BYLINES = [
    "Servizio di {name}",
    "{name} – Redazione sportiva",
    "Ultimo aggiornamento: 11 luglio 2025, 07:40",
    "11/07/2025 | 07:40",
    "Dal nostro inviato a {city} {name}",
    "({agency}) - {city}, 11 LUG -",
    "Lettura in {min} minuti",
    "{min}' di lettura",
    "Articolo di {name}, foto {name2}",
    "Recensito da {name}",
    "Commento di {name}",
    "Modificato il 12.07.2025 alle 16:05",
    "Pubblicato: venerdì 11 luglio 2025",
    "A firma di {name}",
    "Autore: {name} — Caporedattore",
    "{name} ({city})",
]

CAPTIONS = [
    "Foto ANSA/{name}",
    "Ph. {name}",
    "Credits: Ufficio stampa",
    "Foto Ipa",
    "Foto LaPresse - {name}",
    "(Foto Ti-Press)",
    "Immagine tratta da Facebook",
    "Foto: Comune di {city}",
    "Il tecnico durante la conferenza stampa a {city}. Foto {agency}",
    "Archivio {site}",
    "Foto iStock",
    "Courtesy {name}",
    "Galleria fotografica (12 foto)",
    "Ingrandisci",
    "Foto dal web",
    "Lo smartphone provato dalla redazione (foto {site})",
]

INLINE = [
    "Annuncio pubblicitario",
    "Inserzione",
    "Sponsor",
    "Guarda anche: {other}",
    "Ti potrebbe interessare: {other}",
    "Sullo stesso tema: {other}",
    "Da non perdere: {other}",
    "Approfondimento: {other}",
    "L'articolo prosegue sotto",
    "Riproduci video",
    "Versione audio dell'articolo",
    "Contenuto premium",
    "Scheda tecnica",
    "Sondaggio: dite la vostra",
    "Clicca qui per vedere la gallery",
    "Pubblicità - Scorri per continuare",
]

RELATED_HEADERS = [
    "Notizie correlate",
    "Più letti di oggi",
    "In evidenza",
    "Ultime dal calcio",
    "Potrebbe piacerti anche",
    "Cronaca di {city}",
    "Le notizie del giorno",
    "Video consigliati",
    "Altre recensioni",
    "Dalla home",
    "Top news",
    "DA LEGGERE",
    "Scelti per te",
]

SOURCE_FOOTERS = [
    "(Red/{agency})",
    "Fonte: ufficio stampa",
    "Con le agenzie",
    "Il testo integrale è stato pubblicato su {site}.",
    "Aggiornamento delle 16:05: aggiunta la replica della società.",
    "Rettifica: nella prima versione dell'articolo era indicato un cognome errato.",
    "Il prodotto ci è stato fornito in prova dall'azienda, che non ha visionato l'articolo.",
    "Tutti i diritti riservati. È consentita la citazione con link alla fonte.",
    "Contenuto distribuito in licenza da {agency}.",
    "Segnalazioni e comunicati: {email}",
    "{name} scrive di sport e tecnologia per {site}.",
    "Hanno collaborato {name2} e {name3}",
    "Traduzione di {name3}",
    "Se stai attraversando un momento difficile puoi chiamare Samaritans Onlus allo 06 77208977.",
    "Articolo apparso per la prima volta sull'edizione cartacea di {site}.",
    "Comunicato stampa",
    "Questo contenuto è stato realizzato in collaborazione con un inserzionista.",
]

SOCIAL = [
    "Condividi questo articolo",
    "Twitta",
    "Salva su Pinterest",
    "Aggiungi {site} alle fonti preferite di Google News",
    "Segui la nostra pagina Facebook",
    "Metti mi piace",
    "Salva nei preferiti",
    "Stampa la pagina",
    "Commenti: 12",
    "Accedi per commentare",
    "Dì la tua",
    "Parole chiave: Serie A, mercato, Champions",
    "#SerieA #calciomercato",
    "Iscriviti al canale YouTube",
    "Invia foto e video su WhatsApp al 347 555 1234",
    "Segnala un errore",
]

NEWSLETTER = [
    "Iscriviti alla newsletter sportiva: ogni lunedì i risultati",
    "Abbonati ora: primo mese a 0,99 €",
    "Regala un abbonamento",
    "Regala questo articolo",
    "Hai esaurito gli articoli gratuiti",
    "Articolo riservato agli abbonati Premium",
    "Sostienici con una donazione su PayPal",
    "Destina il 5x1000 alla nostra associazione",
    "In qualità di Affiliato Amazon riceviamo un guadagno dagli acquisti idonei.",
    "I prezzi potrebbero variare nel tempo.",
    "Il podcast è disponibile su Spotify e Apple Podcasts",
    "Scarica l'app e attiva le notifiche push",
    "Biglietti in vendita per il Festival di {site} a {city}",
    "Partecipa all'evento: ingresso gratuito con registrazione",
    "Messaggio promozionale",
    "Accedi o registrati",
]

PROMO_OPENERS = [
    "Per oggi è tutto. Alla prossima!",
    "Continuate a seguirci su {site}.",
    "Informazione pubblicitaria",
    "Contenuto realizzato da {biz}",
    "Promo | {biz}",
    "Spazio sponsorizzato",
    "Il consiglio della settimana: {biz}",
]

PROMO_BODIES = [
    "Abiti a {city} e ti serve un'azienda seria per {service}?",
    "{biz}: da oltre trent'anni sinonimo di {service} di qualità.",
    "Sopralluogo e preventivo senza impegno, pagamenti rateali.",
    "Cosa facciamo:",
    "Tel. +39 02 5555 1234",
    "Visita il sito www.{domain}",
    "Scrivi a preventivi@{domain}",
    "WhatsApp 347 555 1234 – rispondiamo in giornata",
    "Numero verde 800 555 123, attivo dal lunedì al venerdì",
    "Vieni a trovarci in via Roma 21, {city} – {domain}",
]
