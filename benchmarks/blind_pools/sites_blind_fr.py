"""Blind site-template pool, French: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

LANG = "fr"

SITES = [
    ("Vallée Infos", "vallee-infos.fr"),
    ("Gazette du Causse", "gazetteducausse.fr"),
    ("Actu Presqu'île", "actu-presquile.fr"),
    ("Reflets d'Ardenne", "refletsdardenne.be"),
    ("Écho des Coteaux", "echodescoteaux.fr"),
    ("Bocage Hebdo", "bocagehebdo.fr"),
    ("Quai Nord", "quainord.info"),
    ("Rive Gauche Actu", "rivegauche-actu.fr"),
    ("Plateau Matin", "plateaumatin.fr"),
    ("Tambour du Marais", "tambourdumarais.fr"),
    ("Chronique de l'Estuaire", "chronique-estuaire.fr"),
    ("Lueur du Léman", "lueurduleman.ch"),
    ("Meuse Express", "meuse-express.be"),
    ("Clocher Info", "clocherinfo.fr"),
    ("Vigie Côtière", "vigiecotiere.bzh"),
    ("Garrigue Nouvelles", "garrigue-nouvelles.fr"),
    ("Brèves du Bassin", "brevesdubassin.fr"),
    ("Montagne Direct", "montagnedirect.net"),
    ("Hebdo des Deux Rives", "hebdo2rives.fr"),
    ("Faubourg Actu", "faubourg-actu.fr"),
    ("Sentinelle du Jura", "sentinelledujura.ch"),
    ("Carrefour Brabant", "carrefourbrabant.be"),
    ("Pays Vert Info", "paysvert.info"),
    ("Nouvelles d'Oc", "nouvellesdoc.fr"),
]

CITIES = [
    "Angers", "Quimper", "Colmar", "Périgueux", "Annecy", "Namur", "Liège", "Besançon", "Niort", "Albi",
    "Chambéry", "Vannes", "Arras", "Valence", "Lausanne", "Poitiers", "Tournai", "Bayonne", "Rodez", "Dole",
]

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

DATES = [
    "{day} {month} {year}",
    "{day} {month} {year} à {hh}h{mi}",
    "{day}/{mm}/{year}",
    "{day} {mon} {year}, {hh}:{mi}",
    "{day}.{mm}.{year} – {hh}h{mi}",
    "{year}-{mm}-{day}",
]

HOME_WORDS = ["Accueil", "Page d'accueil", "À la une"]

SECTIONS = [
    "Actualités", "Faits divers", "Politique locale", "Économie", "Sports", "Culture", "Loisirs", "Société",
    "Éducation", "Environnement", "Agriculture", "Santé", "Tribunes", "Courrier des lecteurs", "Agenda",
    "Avis de décès", "Météo", "Transports",
]

BREADCRUMBS = [
    "{home} › {section} › {section2}",
    "{home} / {section}",
    "{home} » {section} » {section2}",
    "{home} > {section}",
    "{home} | {section} | {section2}",
    "{home} · {section}",
    "{home} - {section} - {section2}",
    "Vous êtes ici : {home} › {section}",
]

TAGLINES = [
    "{site} – l'actualité de {city} et de ses environs",
    "{site} : au plus près de {city} depuis 1994",
    "Indépendant, local, curieux. {site}",
    "Ce qui fait bouger {city}, chaque jour sur {site}",
    "{site} | Le journal en ligne du pays de {city}",
    "Votre hebdo de proximité, version numérique : {site}",
    "{site} · D'ici, pour ici.",
    "Bien informé à {city} avec {site}",
    "{site}, l'info locale sans détour",
    "Petit média, grandes histoires : {site} raconte {city}",
]

DATELINES = [
    "Publié le {date}",
    "{date} | par {name}",
    "Par {name} – {date}",
    "{name}, le {date}",
    "Mis en ligne le {date}",
    "Article rédigé par {name} · {date}",
    "{date} · {name}",
    "Écrit par {name} le {date}",
    "Rédaction : {name} — {date}",
    "{date}",
]

READ_TIMES = [
    "Temps de lecture : {min} min",
    "Lecture {min} min",
    "{min} minutes de lecture",
    "⏱ {min} min",
    "Environ {min} minutes pour lire cet article",
    "Durée de lecture estimée : {min} minutes",
]

VIEWS = [
    "{count} vues",
    "Lu {count} fois",
    "{count} lectures",
    "👁 {count}",
    "Article consulté {count} fois",
    "Vues : {count}",
]

COMMENTS = [
    "{count} commentaires",
    "Commentaires ({count})",
    "💬 {count}",
    "Réagir ({count})",
    "{count} réactions",
    "Déjà {count} commentaires : donnez votre avis",
]

UPDATED = [
    "Mis à jour le {date}",
    "Dernière mise à jour : {date}",
    "Actualisé le {date}",
    "Cet article a été modifié le {date}.",
    "MàJ {date}",
]

COPYRIGHTS = [
    "© {year} {site}",
    "© {founded}-{year} {site}. Tous droits réservés.",
    "Copyright {year} {site} – Reproduction interdite sans autorisation écrite",
    "{site} © {year} · Mentions légales · Politique de confidentialité",
    "Tous les contenus © {year} {site}, sauf mention contraire.",
    "© {site} {founded}–{year}. Toute reproduction, même partielle, est soumise à notre accord.",
    "Copyright © {founded}-{year} {site} SAS",
    "© {year} {site}, fondé en {founded}. Textes et photos protégés par le droit d'auteur.",
    "(c) {year} {site} · Partager le lien, oui ; copier l'article, non.",
    "© {year} {site}. Droits de reproduction et de diffusion réservés.",
]

ABOUTS = [
    "{site} est un média indépendant qui couvre {city} et les communes alentour.",
    "Depuis plus de vingt ans, {site} suit la vie municipale, associative et économique de {city}.",
    "{site} est fabriqué par une petite équipe installée à {city}, sans grand groupe derrière elle et sans paywall.",
    "Qui sommes-nous ? {site} est la voix locale de {city}. Vos idées de sujets sont les bienvenues.",
    "Nous sommes {site} : trois journalistes, une photographe et beaucoup de café, au service de {city}.",
    "{site} publie l'actualité, l'agenda et les avis de décès de {city} et de sa région.",
    "Fondé par d'anciens localiers, {site} est une association à but non lucratif basée à {city}.",
    "{site} raconte {city}, du conseil municipal au derby du dimanche.",
    "Derrière {site}, une coopérative de lecteurs et de lectrices de {city}.",
    "Notre rédaction est installée en plein centre de {city}. {site} paraît en ligne du lundi au vendredi.",
]

CONTACTS = [
    "Une info à nous signaler ? Écrivez à {email}",
    "Rédaction : {phone} · {email}",
    "{site}, {street} – tél. {phone}",
    "Vous avez été témoin d'un événement ? Contactez-nous à {email}.",
    "Service publicité : {phone}",
    "Adresse postale : {site}, {street}",
    "Courrier des lecteurs à envoyer à {email}, avec nom et commune.",
    "Joignable du lundi au vendredi, de 9 h à 17 h, au {phone}.",
    "Une erreur dans un article ? Un mot à {email} suffit.",
    "Communiqués et dates d'événements : {email}",
]

SOCIAL_LINKS = [
    "Facebook · Instagram · YouTube",
    "Suivez-nous sur Instagram : @{handle}",
    "Retrouvez {site} sur Facebook",
    "Aussi sur Mastodon : @{handle}@piaille.fr",
    "Facebook | X | Instagram | LinkedIn",
    "Rejoignez la chaîne WhatsApp de {site}",
    "Nos vidéos sur YouTube : youtube.com/@{handle}",
    "Sur Telegram : t.me/{handle}, les alertes en direct",
    "On est aussi sur TikTok → @{handle}",
    "{site} est présent sur Threads et Bluesky",
]

NEWSLETTERS = [
    "Recevez l'essentiel de {site} chaque matin dans votre boîte mail, gratuitement.",
    "Chaque {day}, notre sélection des infos de la semaine. Inscrivez-vous !",
    "Activez les notifications pour ne rien rater de l'actu locale.",
    "L'info locale a un coût : soutenez {site} par un don.",
    "Devenez membre de {site} à partir de 3 € par mois.",
    "Écoutez le podcast de {site}, nouvel épisode chaque {day}.",
    "Saisissez votre adresse e-mail pour être averti des nouveaux articles.",
    "La lettre d'information de {site} : les titres du jour en cinq minutes.",
    "Abonnés papier : votre accès numérique est inclus. Activez-le dès maintenant.",
    "Rejoignez les 6 000 lecteurs qui commencent leur journée avec le brief matinal de {site}.",
    "Alertes SMS : soyez prévenu dès qu'une info tombe.",
    "Vous aimez {site} ? Un petit geste nous aide à rester indépendants.",
    "Le récap du {day} : tout ce qu'il fallait savoir cette semaine, dans votre messagerie.",
]

AD_OPENERS = [
    "Besoin d'un pro en {service} à {city} ? Pensez à {biz}.",
    "{biz}, à votre service à {city} depuis plus de 20 ans.",
    "Artisan local, savoir-faire reconnu : {biz}.",
    "Offre de printemps chez {biz} !",
    "Vos voisins de {city} connaissent déjà {biz}.",
    "Commerce de la semaine : {biz}",
    "Vous cherchez un spécialiste en {service} près de {city} ?",
    "Prenez rendez-vous dès maintenant chez {biz}, {city}",
    "Entreprise familiale depuis 1994, {biz} est la référence en {service} à {city}.",
    "Publicité – {biz} ({city})",
]

AD_BODIES = [
    "En matière de {service}, {biz} ne laisse rien au hasard.",
    "Notre équipe qualifiée intervient à {city} et dans les communes voisines.",
    "Chez {biz}, chaque client reçoit un devis clair et sans surprise.",
    "Plus de vingt ans d'expérience en {service} à {city}.",
    "Horaires souples, y compris le samedi matin.",
    "Pas de frais cachés, pas de baratin : juste du travail bien fait.",
    "Réductions pour les seniors et les étudiants, renseignez-vous.",
    "Première visite ou client fidèle, {biz} vous accueille avec le sourire.",
    "Assurés, certifiés et recommandés par nos clients de {city}.",
    "Des créneaux en soirée et le week-end sont proposés pour {service}.",
]

AD_CONTACTS = [
    "Appelez le {phone} ou réservez sur www.{domain}",
    "Prenez rendez-vous en ligne : {domain}",
    "{phone} | www.{domain}",
    "Tarifs et disponibilités sur {domain}",
    "Une question ? Contactez {biz} au {phone}.",
    "Sur rendez-vous au {phone}, ou passez sans prévenir.",
    "Demandez votre devis sur {domain}, c'est rapide.",
    "Retrouvez {biz} sur www.{domain}",
    "Tél. {phone} – mentionnez cette annonce pour obtenir 10 % de remise.",
    "Infos et horaires : https://{domain}",
]

BUSINESSES = [
    ("Cabinet dentaire des Tilleuls", "soins dentaires",
     ["Détartrage et bilan", "Implants", "Orthodontie invisible", "Urgences dentaires"], "dentaire-tilleuls.fr"),
    ("Toitures Maréchal", "couverture et zinguerie",
     ["Réfection de toiture", "Tuiles et ardoises", "Gouttières", "Velux", "Démoussage"], "toitures-marechal.fr"),
    ("Auto-école Feu Vert", "formation au permis de conduire",
     ["Permis B", "Conduite accompagnée", "Code en ligne", "Permis moto"], "autoecole-feuvert.fr"),
    ("Boulangerie Au Pétrin d'Or", "boulangerie-pâtisserie artisanale",
     ["Pain au levain", "Viennoiseries pur beurre", "Pièces montées", "Plateaux traiteur"], "petrindor.fr"),
    ("Fiduciaire Lambert", "comptabilité et conseil fiscal",
     ["Déclarations de revenus", "Paie des TPE", "Création d'entreprise", "Succession"], "fiduciaire-lambert.be"),
    ("Maître Aurore Delcourt, avocate", "droit de la famille",
     ["Divorce", "Garde d'enfants", "Successions", "Médiation"], "delcourt-avocate.fr"),
    ("Toilettage Poil de Carotte", "toilettage canin et félin",
     ["Bain et séchage", "Coupe aux ciseaux", "Coupe des griffes", "Épilation"], "poildecarotte-toilettage.fr"),
    ("Soleil Levant Énergies", "installation photovoltaïque",
     ["Panneaux solaires", "Batteries", "Bornes de recharge", "Aides et subventions", "Entretien"], "soleillevant-energies.fr"),
    ("Dépann'Info", "dépannage informatique",
     ["Réparation d'écran", "Suppression de virus", "Récupération de données", "Installation box et Wi-Fi"], "depanninfo.fr"),
    ("Fleurs de Lise", "art floral",
     ["Bouquets de mariée", "Compositions de deuil", "Livraison le jour même", "Abonnements pour entreprises"], "fleursdelise.be"),
    ("Déménagements Roussel", "déménagement et garde-meubles",
     ["Déménagement de particuliers", "Transfert de bureaux", "Emballage", "Monte-meubles"], "demenagements-roussel.fr"),
    ("Kiné du Parc", "kinésithérapie",
     ["Rééducation du sport", "Suites opératoires", "Mal de dos", "Soins à domicile"], "kineduparc.ch"),
]
