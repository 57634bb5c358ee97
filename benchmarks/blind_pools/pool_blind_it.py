"""Blind junk pool, Italian: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "ANSA", "Adnkronos", "AGI", "LaPresse", "Askanews", "Dire", "Italpress", "Agenzia Nova", "Reuters", "AFP",
    "AP", "Rai News", "Sky TG24", "TGCom24", "Corriere della Sera", "la Repubblica", "Il Sole 24 Ore", "RSI",
    "9colonne", "Public Policy",
]
NAMES = [
    "Giulia Bianchi", "Marco Esposito", "Francesca Romano", "Alessandro Greco", "Chiara Ferrari", "Luca Marino",
    "Valentina Ricci", "Davide Colombo", "Federica Conti", "Stefano Gallo", "Martina De Luca", "Giorgio Fontana",
    "Sara Lombardi", "Paolo Moretti", "Elisa Barbieri", "Andrea Caruso", "Silvia Rinaldi", "Matteo Orlando",
]
CITIES = [
    "Roma", "Milano", "Napoli", "Torino", "Palermo", "Genova", "Bologna", "Firenze", "Bari", "Venezia",
    "Verona", "Catania", "Trieste", "Cagliari", "Padova", "Lugano", "Perugia", "Ancona",
]
# no site name starts with an article, so that "di {site}" reads correctly
SITES = [
    "Cronache Italiane", "Notizie Oggi", "Gazzetta del Lago", "Voce di Romagna", "Eco di Sicilia",
    "Corriere Alpino", "Quotidiano Adriatico", "Italia24 Notizie", "Giornale di Borgo", "Tribuna Lombarda",
    "Ora Locale", "Cronaca Viva",
]
BUSINESSES = [
    ("Studio Legale Moretti & Associati", "diritto penale e infortunistica stradale",
     ["Difesa penale", "Ricorsi contro multe e ritiro patente", "Risarcimento danni da sinistro", "Reperibilità h24"],
     "studiolegalemoretti.it"),
    ("Agenzia Viaggi Orizzonti", "viaggi organizzati e crociere",
     ["Weekend nelle capitali europee", "Crociere nel Mediterraneo", "Viaggi di nozze", "Assicurazione annullamento"],
     "orizzontiviaggi.it"),
    ("Studio Rinaldi Commercialisti", "dichiarazioni dei redditi e consulenza fiscale",
     ["Modello 730 e Unico", "Buste paga", "Successioni e donazioni", "Consulenza per partite IVA"],
     "studiorinaldi.it"),
    ("SoleVerde Impianti", "impianti fotovoltaici e pompe di calore",
     ["Fotovoltaico residenziale", "Sistemi di accumulo", "Colonnine di ricarica", "Pratiche per gli incentivi"],
     "soleverdeimpianti.it"),
    ("Vigilanza Sicura", "impianti d'allarme e videosorveglianza",
     ["Allarmi senza fili", "Telecamere collegate alla centrale", "Porte blindate", "Sopralluogo gratuito"],
     "vigilanzasicura.it"),
    ("Centro Fisioterapico Salus", "fisioterapia e riabilitazione",
     ["Riabilitazione post-operatoria", "Terapia manuale", "Linfodrenaggio", "Trattamenti a domicilio"],
     "centrosalus.it"),
    ("Immobiliare Belvedere", "compravendita e affitto di immobili",
     ["Valutazione gratuita", "Gestione affitti", "Nuove costruzioni", "Consulenza mutui"],
     "immobiliarebelvedere.it"),
    ("TecnoRiparo", "assistenza informatica e riparazione smartphone",
     ["Sostituzione schermi", "Rimozione virus", "Recupero dati", "Configurazione reti wifi"],
     "tecnoriparo.it"),
    ("Autoscuola Primavera", "corsi per patente di guida",
     ["Patente B", "Patente moto", "Quiz teorici online", "Corsi di recupero punti"],
     "autoscuolaprimavera.it"),
    ("Centro Acustico Ascolta", "apparecchi acustici e controlli dell'udito",
     ["Controllo dell'udito gratuito", "Apparecchi ricaricabili", "Percorsi per l'acufene", "Assistenza e riparazioni"],
     "centroascolta.it"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site}: {title}",
    "{title} - Cronaca - {site}", "{title} / {agency}", "{title} — {site}", "ULTIM'ORA | {title}",
]

BYLINES = [
    "di {name}",
    "{name} · 12 marzo 2025, ore 07:30",
    "{city}, 9 maggio ({agency}) -",
    "Aggiornato il 03/06/2025 alle 14:05",
    "Tempo di lettura: {min} minuti",
    "Dal nostro inviato a {city}, {name}",
    "Redazione {site} / {date}",
    "{name} e {name2} — {agency}",
    "Ultima modifica: 22 aprile 2025, 19:12",
    "Intervista a cura di {name}",
    "L'analisi di {name}",
    "Testo di {name} · Foto di {name2}",
    "{date} | Lettura: {min} min",
    "{name}, corrispondente da {city}",
    "Pubblicato il 22/04/2025 alle 06:00",
]

CAPTIONS = [
    "Foto {agency}",
    "{name} / {agency}",
    "Credit: {name}",
    "Immagine d'archivio",
    "© {agency}",
    "Foto d'archivio: una veduta di {city}",
    "Fonte immagine: Getty Images",
    "Ph. {name}",
    "Foto Imagoeconomica",
    "Una piazza del centro di {city}. (Foto: {agency})",
    "Elaborazione grafica {site}",
    "Fermo immagine da video",
    "Per gentile concessione di {name}",
    "Foto di repertorio",
]

INLINE = [
    "Pubblicità",
    "PUBBLICITÀ",
    "Leggi anche: {other}",
    "Potrebbe interessarti: {other}",
    "Approfondisci: {other}",
    "Guarda il video: {other}",
    "L'articolo prosegue dopo la pubblicità",
    "Pubbliredazionale",
    "Annuncio",
    "In collaborazione con {biz}",
    "Da non perdere: {other}",
    "Articolo riservato agli abbonati",
    "Il punto: {other}",
    "Continua a leggere sotto l'annuncio",
    "Contenuto a pagamento",
]

RELATED_HEADERS = [
    "Altre notizie", "I più letti", "Dalla stessa sezione", "Ultime notizie su {site}",
    "Potrebbe interessarti anche", "In primo piano", "Sullo stesso argomento", "Le notizie del giorno",
    "Continua a leggere",
]

SOURCE_FOOTERS = [
    "Con informazioni di {agency} e {agency2}.",
    "Hanno collaborato {name2} e {name3}.",
    "Ha collaborato da {city} {name2}.",
    "Errata corrige: in una precedente versione dell'articolo era indicata una data errata. Ce ne scusiamo con i lettori.",
    "Nota della redazione: articolo aggiornato il 4 novembre 2024.",
    "Le opinioni espresse sono dell'autore e non riflettono necessariamente la linea editoriale di {site}.",
    "Le informazioni contenute in questo articolo non costituiscono consulenza finanziaria.",
    "Riproduzione riservata © {year} {site}",
    "© RIPRODUZIONE RISERVATA",
    "L'articolo originale è apparso su {site}.",
    "Articolo tradotto dall'inglese da {name2}.",
    "Testo diffuso da {agency} e ripreso integralmente.",
    "{name} scrive di cronaca giudiziaria per {site}.",
    "Segnalazioni? Scrivi alla redazione tramite il modulo contatti.",
    "Pubblicato con licenza Creative Commons CC BY 4.0.",
    "È vietata la riproduzione, anche parziale, senza il consenso dell'editore.",
    "Redazione: {name} – Coordinamento: {name2}",
    "Contenuto realizzato in collaborazione con {agency}.",
    "Articolo a cura di {name3}",
    "Questo articolo fa parte di una collaborazione editoriale con {site}.",
    "I commenti a questo articolo sono chiusi.",
    "Note legali · Privacy · Preferenze cookie",
]

SOCIAL = [
    "Condividi su WhatsApp",
    "Copia link",
    "Invia per email",
    "Segui {name} su X: @{handle}",
    "Seguici su Instagram, TikTok e Threads",
    "Iscriviti al canale WhatsApp di {site}",
    "Unisciti al nostro canale Telegram",
    "Argomenti: {tag1}, {tag2}, {tag3}",
    "Temi: {tag1} · {tag2}",
    "Commenti ({min})",
    "Cosa ne pensi? Scrivilo nei commenti.",
    "Hai foto o video? Mandali su WhatsApp al {phone}",
    "Ti è piaciuto questo articolo? Condividilo con i tuoi amici.",
    "Metti mi piace alla nostra pagina Facebook",
    "Iscriviti al nostro canale YouTube",
]

NEWSLETTER = [
    "Ricevi ogni mattina le notizie principali nella tua casella di posta. È gratis.",
    "Attiva le notifiche per non perdere le ultime notizie.",
    "Abbonati a 1 euro al mese per i primi tre mesi.",
    "Hai letto {min} dei 10 articoli gratuiti di questo mese.",
    "Sei già abbonato? Accedi",
    "Il giornalismo di qualità ha un costo. Contribuisci anche tu con una donazione.",
    "Diventa socio e ricevi contenuti esclusivi senza pubblicità.",
    "Questo articolo contiene link di affiliazione: se acquisti tramite questi link, {site} potrebbe ricevere una commissione.",
    "Scarica gratis l'app di {site} per iOS e Android.",
    "Registrati gratuitamente per continuare a leggere.",
    "Ricevi gli avvisi di cronaca via email: lascia qui il tuo indirizzo.",
    "Per continuare a leggere, scegli l'abbonamento digitale.",
    "Le notizie più importanti anche via SMS: attiva il servizio.",
]

PROMO_OPENERS = [
    "Grazie per averci letto! {site} continuerà a seguire la vicenda.",
    "Grazie per la fiducia: a breve nuovi aggiornamenti.",
    "Grazie per essere arrivato fin qui. Continua a seguirci per tutte le novità.",
    "Informazione pubblicitaria",
    "Messaggio promozionale di {biz}",
    "Spazio partner",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Cerchi un esperto in {service} a {city}?",
    "Da oltre vent'anni {biz} è il punto di riferimento per {service}.",
    "I nostri servizi:",
    "Preventivi gratuiti e senza impegno.",
    "Chiamaci al {phone} oppure visita {domain}.",
    "Prenota online su www.{domain} o al numero {phone}.",
    "Info e prenotazioni: {phone} | {domain}",
    "{domain} · Tel. {phone} · Lun–Sab",
    "Contattaci subito: {phone}",
    "Scopri di più su https://{domain}",
    "Ti aspettiamo nella nostra sede di {city} o su {domain}.",
    "Prima consulenza gratuita: {phone}",
]
