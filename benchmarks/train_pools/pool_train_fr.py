"""Pool d'entraînement (français) pour le modèle de lignes parasites / French training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["AFP", "Agence France-Presse", "Belga", "ATS", "Keystone-ATS", "La Presse Canadienne", "Franceinfo",
            "Radio France", "France Télévisions", "RFI", "Ouest-France", "APS"]
NAMES = ["Camille Lefèvre", "Julien Moreau", "Sophie Girard", "Antoine Dubois", "Claire Rousseau", "Mathieu Fontaine",
         "Élodie Bernard", "Nicolas Chevalier", "Inès Benali", "Thomas Lambert", "Manon Perrin", "Karim Haddad"]
CITIES = ["Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Montpellier", "Genève",
          "Bruxelles", "Montréal", "Rennes"]
SITES = ["Le Courrier du Rhône", "L'Écho des Régions", "InfoMatin", "La Dépêche Continentale", "Le Veilleur",
         "Actu24 France", "Le Journal de la Côte"]
BUSINESSES = [
    ("Plomberie Durand & Fils", "plomberie et chauffage",
     ["Dépannage fuite d'eau", "Remplacement de chauffe-eau", "Débouchage de canalisations", "Entretien de chaudière"], "plomberie-durand.fr"),
    ("Déménagements Martin", "déménagement particuliers et entreprises",
     ["Déménagement clé en main", "Garde-meubles", "Monte-meubles", "Cartons fournis"], "demenagements-martin.fr"),
    ("Cabinet Dentaire des Tilleuls", "soins dentaires et orthodontie",
     ["Détartrage", "Implants dentaires", "Blanchiment", "Urgences dentaires"], "dentaire-tilleuls.fr"),
    ("Jardins d'Émeraude", "entretien de jardins et paysagisme",
     ["Taille de haies", "Tonte de pelouse", "Élagage", "Création de terrasses"], "jardins-emeraude.fr"),
    ("Auto-École Horizon", "permis de conduire",
     ["Permis B accéléré", "Conduite accompagnée", "Code de la route en ligne", "Permis moto"], "autoecole-horizon.fr"),
    ("Serrurerie Express 24", "serrurerie et ouverture de portes",
     ["Ouverture de porte claquée", "Blindage de porte", "Changement de serrure", "Installation de coffre-fort"], "serrurerie-express24.fr"),
]

HEADLINE_DUPS = [
    "{title} | {site} Actu",
    "{site} | {title}",
    "{TITLE}",
    "{title} | Actualité {city}",
    "{title} - Politique - {site}",
    "INFO {site}. {title}",
    "{title} (vidéo)",
    "DIRECT. {title}",
    "{title} :: {site}",
    "Tribune : {title}",
    "{title} | Le fil info | {site}",
    "« {title} »",
    "{title} – Économie – {site}",
    "VIDÉO. {title}",
    "{title} » {site}",
    "Édito : {title}",
]

BYLINES = [
    "Par {name}",
    "Par {name} et {name2}",
    "Par {name} (à {city})",
    "Publié le 4 juin 2025 à 08h12",
    "Mis à jour le 12 mai 2025 à 17h45",
    "Publié le 03/06/2025 à 14:20 - Modifié le 03/06/2025 à 18:02",
    "{city} (AFP) -",
    "Lecture : {min} min.",
    "Temps de lecture : {min} minutes",
    "{name}, envoyée spéciale à {city}",
    "Rédigé par {name} | {site}",
    "Par la rédaction de {site}",
    "{name} · mardi 10 juin 2025",
    "Le 22 avril 2025 à 06h00",
    "Propos recueillis par {name}",
    "{name} avec {agency}",
    "PAR {agency}",
    "Chronique de {name}",
]

CAPTIONS = [
    "Crédit : {name} / {agency}",
    "© {agency}",
    "Illustration : {site}",
    "(Crédit photo : {name})",
    "Des manifestants rassemblés devant la préfecture de {city}, mardi. {name} / {agency}",
    "Image d'archive.",
    "© {name} / Hans Lucas",
    "Capture d'écran / X",
    "Vidéo : {site}",
    "Infographie : {site}, d'après l'Insee",
    "© DR",
    "Le port de {city} au petit matin. ({name} pour {site})",
    "Photo d'illustration / {agency}",
    "IMAGE : {name} / MAXPPP",
    "Cliché : {name}",
    "Source : {agency} | Montage : {site}",
]

INLINE = [
    "Publicité",
    "PUBLICITÉ",
    "- Publicité -",
    "Lire aussi : {other}",
    "À lire aussi : {other}",
    "LIRE AUSSI",
    "Sur le même sujet : {other}",
    "Voir aussi : {other}",
    "La suite après cette publicité",
    "Contenu sponsorisé",
    "Article réservé aux abonnés",
    "Notre dossier : {other}",
    "➜ {other}",
    "Vidéo - {other}",
    "Partenariat",
    "[Lire notre enquête : {other}]",
]

RELATED_HEADERS = [
    "Sur le même sujet",
    "Les articles les plus lus",
    "À lire également",
    "Dans la même rubrique",
    "Nos autres articles",
    "Plus d'actualités sur {site}",
    "Les plus partagés",
    "Ces articles pourraient vous intéresser",
    "À découvrir",
    "L'actualité de {city}",
    "ARTICLES SIMILAIRES",
    "Le fil d'actu",
]

SOURCE_FOOTERS = [
    "Avec {agency}",
    "(avec {agency} et {agency2})",
    "Sources : {agency}, {agency2}",
    "© {year} {site}. Tous droits de reproduction réservés.",
    "Toute reproduction, même partielle, est interdite sans autorisation.",
    "Rectificatif : une version précédente de cet article indiquait une date erronée. Nous l'avons corrigée.",
    "Note de la rédaction : cet article a été mis à jour avec de nouvelles informations.",
    "Cet article a d'abord été publié sur {site}.",
    "Les tribunes publiées n'engagent que leurs auteurs.",
    "Une information à nous signaler ? Écrivez-nous à {email}.",
    "{name} est journaliste indépendante basée à {city}.",
    "Cette dépêche a été publiée automatiquement à partir du fil {agency}.",
    "Avec la collaboration de {name2}",
    "Contacter l'auteur : {email}",
    "Si vous avez des pensées suicidaires, appelez le 3114, numéro national de prévention du suicide.",
    "Article republié à partir de The Conversation sous licence Creative Commons.",
    "{site} est membre du Conseil de déontologie journalistique et de médiation.",
    "Édité par {name3}",
    "(Avec AFP)",
]

SOCIAL = [
    "Partager l'article",
    "Partager sur WhatsApp",
    "Envoyer par e-mail",
    "Copier le lien",
    "Suivez-nous sur Instagram, Threads et Bluesky",
    "Rejoignez notre chaîne WhatsApp",
    "Suivez {site} sur Telegram",
    "Réagissez à cet article dans les commentaires",
    "Commentaires (12)",
    "Mots-clés : Assemblée nationale, budget, retraites",
    "Thèmes : Climat · Énergie · Transports",
    "Retrouvez {name} sur LinkedIn",
    "Mastodon : @{handle}@piaille.fr",
    "Facebook | X | WhatsApp | E-mail | Imprimer",
    "Contactez la rédaction par Signal : {phone}",
    "Donnez votre avis",
    "Soyez le premier à réagir",
]

NEWSLETTER = [
    "Recevez chaque matin l'essentiel de l'actualité",
    "Abonnez-vous : 1 € le premier mois",
    "Déjà abonné ? Se connecter",
    "Soutenez un journalisme indépendant : faites un don.",
    "Activez les notifications pour ne rien manquer",
    "Téléchargez l'application {site}",
    "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission en cas d'achat.",
    "Liens sponsorisés",
    "Inscrivez-vous gratuitement pour lire la suite",
    "Devenez membre du club {site}",
    "Offre spéciale : -50 % sur l'abonnement numérique",
    "Écoutez cet article",
    "Il vous reste 2 articles gratuits ce mois-ci.",
    "Les alertes info directement sur votre téléphone",
    "REJOIGNEZ NOS 20 000 ABONNÉS",
    "Votre don est déductible à 66 % de vos impôts.",
]

PROMO_OPENERS = [
    "Merci de votre lecture ! Retrouvez-nous demain pour la suite.",
    "Merci d'avoir lu {site}. D'autres articles arrivent très vite.",
    "Contenu proposé par {biz}",
    "En partenariat avec {biz}",
    "Avec le soutien de {biz}",
    "MESSAGE PUBLICITAIRE",
    "Notre partenaire {biz} vous présente son offre :",
]

PROMO_BODIES = [
    "Vous cherchez un professionnel de {service} à {city} ?",
    "{biz} vous propose ses services de {service} depuis plus de 20 ans.",
    "Notre équipe intervient rapidement, 7 jours sur 7, avec devis gratuit.",
    "Nos prestations :",
    "Appelez-nous au 01 23 45 67 89",
    "Prenez rendez-vous sur www.{domain}",
    "Contact : contact@{domain} | Tél. {phone}",
    "Écrivez-nous sur WhatsApp : 06 12 34 56 78",
    "Devis gratuit en ligne sur {domain} !",
    "Du lundi au samedi de 8 h à 19 h – www.{domain}",
]
