"""Pool di addestramento (italiano) per il modello delle righe spurie / Italian training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["ANSA", "Adnkronos", "AGI", "LaPresse", "Askanews", "Dire", "Italpress", "Rai News", "Sky TG24",
            "Agenzia Nova", "Ansa Europa", "AdnKronos Salute"]
NAMES = ["Giulia Romano", "Marco Bianchi", "Francesca Colombo", "Luca Ricci", "Chiara Marino", "Alessandro Greco",
         "Sara Bruno", "Davide Gallo", "Elena Conti", "Matteo De Luca", "Federica Mancini", "Simone Costa"]
CITIES = ["Roma", "Milano", "Napoli", "Torino", "Palermo", "Bologna", "Firenze", "Genova", "Bari", "Venezia",
          "Verona", "Cagliari"]
SITES = ["Il Corriere del Borgo", "La Gazzetta Padana", "NotizieOggi24", "Il Faro Quotidiano", "La Voce del Tirreno",
         "Cronache Italiane", "Il Nuovo Osservatore"]
BUSINESSES = [
    ("Idraulica Rossi", "idraulica e riscaldamento",
     ["Riparazione perdite", "Installazione caldaie", "Spurgo scarichi", "Manutenzione impianti"], "idraulicarossi.it"),
    ("Traslochi Ferrari", "traslochi e deposito mobili",
     ["Traslochi per privati", "Traslochi aziendali", "Smontaggio e rimontaggio mobili", "Noleggio autoscala"], "traslochiferrari.it"),
    ("Studio Dentistico Sorriso", "odontoiatria e igiene orale",
     ["Pulizia dei denti", "Impianti", "Apparecchi invisibili", "Pronto soccorso dentale"], "studiosorriso.it"),
    ("Autoscuola Stella", "patenti di guida",
     ["Patente B", "Guide extra", "Quiz online", "Patente per moto"], "autoscuolastella.it"),
    ("Giardini Verdi Sas", "giardinaggio e manutenzione del verde",
     ["Potatura", "Prato a rotoli", "Impianti di irrigazione", "Pulizia giardini condominiali"], "giardiniverdi.it"),
    ("Studio Commercialista Fabbri", "consulenza fiscale e contabile",
     ["Modello 730", "Buste paga", "Apertura partita IVA", "Bilanci aziendali"], "studiofabbri.it"),
]

HEADLINE_DUPS = [
    "{title} | {site}",
    "{site} - {title}",
    "{TITLE}",
    "{title} - Cronaca {city}",
    "{title} | Politica | {site}",
    "ULTIM'ORA: {title}",
    "{title} (video)",
    "DIRETTA | {title}",
    "{title} :: {site}",
    "L'opinione | {title}",
    "{title} – Economia – {site}",
    "«{title}»",
    "{title} » {site}",
    "VIDEO | {title}",
    "Esclusiva: {title}",
    "{site} • {title}",
]

BYLINES = [
    "Di {name}",
    "di {name} e {name2}",
    "{name} | {city}",
    "Pubblicato il 4 giugno 2025 alle 08:12",
    "Aggiornato il 12/05/2025 ore 17:45",
    "{city}, 3 giugno 2025 –",
    "{city} ({agency}) -",
    "Lettura: {min} min",
    "Tempo di lettura: {min} minuti",
    "{name}, inviata a {city}",
    "Redazione {site}",
    "{name} · martedì 10 giugno 2025",
    "22/04/2025 - 06:00",
    "Testo di {name}, foto di {name2}",
    "{name} / {agency}",
    "A cura di {name}",
    "DI {agency}",
    "La rubrica di {name}",
]

CAPTIONS = [
    "Foto: {agency}",
    "Foto {agency}/{name}",
    "(Foto di {name})",
    "Immagine d'archivio",
    "Manifestanti davanti al municipio di {city}, martedì. {name} / {agency}",
    "Illustrazione: {site}",
    "Screenshot da X",
    "Video: {site}",
    "Infografica: {site} su dati Istat",
    "Foto concessa",
    "Il porto di {city} all'alba (foto {name} per {site})",
    "Immagine di repertorio / {agency}",
    "FOTO: {name} / LAPRESSE",
    "Credit: {name}",
    "Fonte: {agency} | Elaborazione: {site}",
    "© Imagoeconomica",
]

INLINE = [
    "Pubblicità",
    "PUBBLICITÀ",
    "- Pubblicità -",
    "Leggi anche: {other}",
    "Potrebbe interessarti: {other}",
    "LEGGI ANCHE",
    "Approfondisci: {other}",
    "Continua a leggere dopo la pubblicità",
    "Contenuto sponsorizzato",
    "Articolo correlato: {other}",
    "➔ {other}",
    "Guarda il video: {other}",
    "Contenuto riservato agli abbonati",
    "[Vedi anche: {other}]",
    "Pubbliredazionale",
    "Il più letto: {other}",
]

RELATED_HEADERS = [
    "Articoli correlati",
    "I più letti",
    "Potrebbe interessarti anche",
    "Altre notizie da {city}",
    "Ultime notizie di {site}",
    "I più condivisi",
    "Dalla stessa sezione",
    "Argomenti correlati",
    "ULTIME NOTIZIE",
    "Continua a leggere",
    "I consigli della redazione",
    "Altro da {site}",
]

SOURCE_FOOTERS = [
    "Con informazioni di {agency} e {agency2}",
    "(Fonte: {agency})",
    "Fonti: {agency}, {agency2}",
    "© {year} {site}. Riproduzione riservata.",
    "È vietata la riproduzione, anche parziale, senza autorizzazione.",
    "Errata corrige: in una precedente versione dell'articolo la data dell'udienza era errata. Ce ne scusiamo con i lettori.",
    "Nota della redazione: l'articolo è stato aggiornato con nuove informazioni.",
    "Questo articolo è stato pubblicato originariamente su {site}.",
    "Le opinioni espresse sono dell'autore e non riflettono necessariamente la linea del giornale.",
    "Hai una segnalazione? Scrivi a {email}.",
    "{name} è giornalista freelance a {city}.",
    "Notizia rilanciata integralmente dal notiziario {agency}.",
    "Ha collaborato {name2}",
    "Per contattare l'autore: {email}",
    "Se hai pensieri suicidi, chiama Telefono Amico al 02 2327 2327.",
    "Articolo ripubblicato da The Conversation con licenza Creative Commons.",
    "RIPRODUZIONE RISERVATA ©",
    "{agency} / {site}",
    "Comunicato stampa diffuso da {agency}.",
]

SOCIAL = [
    "Condividi su WhatsApp",
    "Condividi su X",
    "Invia per email",
    "Copia link",
    "Seguici su Instagram, Threads e Bluesky",
    "Iscriviti al nostro canale WhatsApp",
    "Seguici su Telegram: t.me/{handle}",
    "Lascia il tuo commento qui sotto",
    "Commenti (5)",
    "Tag: Parlamento, Manovra, Sanità",
    "Argomenti: Clima · Energia · Trasporti",
    "Segui {name} su LinkedIn",
    "Mastodon: @{handle}@mastodon.uno",
    "Facebook | X | WhatsApp | Email | Stampa",
    "Invia le tue segnalazioni via Signal al {phone}",
    "Commenta",
    "Scrivi il primo commento",
]

NEWSLETTER = [
    "Ricevi ogni mattina le notizie più importanti nella tua casella",
    "Abbonati a 1 € al mese per i primi tre mesi",
    "Sei già abbonato? Accedi",
    "Sostieni il giornalismo indipendente con un contributo.",
    "Attiva le notifiche per non perdere nessuna notizia",
    "Scarica l'app di {site}",
    "Questo articolo contiene link di affiliazione: potremmo ricevere una commissione sugli acquisti.",
    "Registrati gratis per continuare a leggere",
    "Diventa socio di {site}",
    "Offerta speciale: abbonamento digitale scontato del 50 %",
    "Ascolta questo articolo",
    "Ti restano 2 articoli gratuiti questo mese.",
    "Le breaking news direttamente sul tuo smartphone",
    "UNISCITI A OLTRE 25.000 LETTORI",
    "Fai una donazione e aiutaci a restare liberi",
    "Ogni venerdì il meglio della settimana via email",
]

PROMO_OPENERS = [
    "Grazie per averci letto! Torniamo domani con altri aggiornamenti.",
    "Grazie per la fiducia in {site}. Continueremo a informarvi.",
    "Contenuto offerto da {biz}",
    "In collaborazione con {biz}",
    "Con il sostegno di {biz}",
    "SPAZIO PUBBLICITARIO",
    "Il nostro partner {biz} vi presenta la sua offerta:",
]

PROMO_BODIES = [
    "Cerchi professionisti di {service} a {city}?",
    "{biz} ti offre {service} con oltre 20 anni di esperienza.",
    "Preventivo gratuito e intervento rapido, anche nel fine settimana.",
    "I nostri servizi:",
    "Chiamaci al 06 1234 5678",
    "Prenota un appuntamento su www.{domain}",
    "Contatti: info@{domain} | Tel. {phone}",
    "Scrivici su WhatsApp: 333 123 4567",
    "Richiedi subito il tuo preventivo gratuito su {domain}!",
    "Dal lunedì al sabato, 9-19 – www.{domain}",
]
