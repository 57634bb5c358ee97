"""Pool d'entraînement, deuxième série (français : Belgique, Suisse romande, Québec, Afrique de l'Ouest, sites
sportifs, tech et magazines) pour le modèle de lignes parasites / French training pool, second batch, for the
junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["Agence de presse africaine", "APA News", "RTBF", "RTS", "Radio-Canada", "TV5Monde", "Agence Ecofin",
            "BFMTV", "Europe 1", "France Bleu", "Sipa", "20 Minutes"]
NAMES = ["Aurélie Vasseur", "Guillaume Leroux", "Mélanie Gauthier", "Rémi Lacroix", "Océane Marchand",
         "Yannick Bouchard", "Fatou Diop", "Benoît Charpentier", "Léa Tremblay", "Hugo Masson", "Nadia Belkacem",
         "Cédric Vandenberghe"]
CITIES = ["Nice", "Grenoble", "Dijon", "Clermont-Ferrand", "Reims", "Liège", "Namur", "Lausanne", "Québec",
          "Dakar", "Abidjan", "Brest"]
SITES = ["Le Progrès Alpin", "Tech Hebdo", "Le Quotidien du Littoral", "Sport Direct Mag", "La Gazette de Wallonie",
         "L'Observateur Lémanique", "Info Québec Express"]
BUSINESSES = [
    ("Couverture Lemoine", "couverture et zinguerie",
     ["Réfection de toiture", "Démoussage", "Pose de gouttières", "Isolation des combles"], "couverture-lemoine.fr"),
    ("Vitrerie Clair'Verre", "vitrerie et menuiserie",
     ["Remplacement de vitres", "Fenêtres double vitrage", "Volets roulants", "Miroirs sur mesure"], "clairverre.be"),
    ("Ostéopathie du Parc", "ostéopathie",
     ["Nourrissons et enfants", "Sportifs", "Femmes enceintes", "Douleurs dorsales"], "osteo-duparc.fr"),
    ("Aide à Domicile Sérénité", "aide à domicile pour seniors",
     ["Aide au lever et au coucher", "Préparation des repas", "Courses et accompagnement", "Garde de nuit"], "serenite-domicile.fr"),
    ("Nettoyage Éclat Pro", "nettoyage de bureaux et de copropriétés",
     ["Entretien des parties communes", "Nettoyage après travaux", "Lavage de vitres", "Remise en état"], "eclatpro.ch"),
    ("Cours Particuliers Réussite", "soutien scolaire",
     ["Maths et physique", "Préparation au bac", "Aide aux devoirs", "Stages intensifs pendant les vacances"], "reussite-cours.fr"),
]

HEADLINE_DUPS = [
    "{title} | Football | {site}",
    "EXCLUSIF - {title}",
    "{title} [Test]",
    "Grand entretien | {title}",
    "{title} - Régions - {site}",
    "ANALYSE. {title}",
    "{title} (DIAPORAMA)",
    "REPORTAGE - {title}",
    "{title} : ce qu'il faut retenir",
    "{site} - Infos {city} | {title}",
    "{TITLE} - {site}",
    "Décryptage : {title}",
    "{title} › {site}",
    "{title} | Le Mag",
    "EN IMAGES. {title}",
    "Chronique - {title}",
]

BYLINES = [
    "Un article de {name}",
    "{name} - Publié aujourd'hui à 07:15",
    "{name} (avec Belga)",
    "Mis en ligne le 11 juin 2025 à 19h03",
    "Modifié le 05.06.2025 à 10:41",
    "Publication : 14 mai 2025, 6 h 00",
    "{min} minutes de lecture",
    "Par notre correspondant à {city}, {name}",
    "{city}, 12 juin ({agency}) –",
    "Testé par {name}",
    "Journaliste : {name} — Rubrique Sports",
    "Texte : {name} / Infographie : {name2}",
    "Actualisé il y a 2 heures",
    "{name} | Correspondante parlementaire",
    "Signé {name}",
    "Rédaction Web, avec {agency}",
]

CAPTIONS = [
    "Photo : {name} / {site}",
    "Photo Belga",
    "© Keystone / {name}",
    "Photo : archives {site}",
    "ILLUSTRATION / {name} / {agency}",
    "© Adobe Stock",
    "Photo fournie par la Ville de {city}",
    "Image : capture YouTube",
    "Le gardien lors du match disputé à {city}, samedi soir. (© {name})",
    "L'appareil testé par la rédaction. Photo {site}",
    "Crédits : {name}",
    "Diaporama : 15 photos",
    "© Radio-Canada / {name}",
    "Photo : DR / montage {site}",
    "Agrandir l'image",
    "Photo d'archives {agency}",
]

INLINE = [
    "Annonce",
    "Sponsorisé",
    "L'article continue ci-dessous",
    "À consulter également : {other}",
    "Notre sélection : {other}",
    "ÉGALEMENT : {other}",
    "Pour aller plus loin : {other}",
    "Ceci pourrait vous intéresser : {other}",
    "Lire la suite de notre dossier »",
    "Contenu abonné",
    "Ce contenu est bloqué car vous n'avez pas accepté les cookies.",
    "Regarder la vidéo",
    "Écouter l'article (4 min)",
    "Sondage : êtes-vous pour ou contre ?",
    "Fiche technique",
    "Relire : {other}",
    "[Décryptage] {other}",
]

RELATED_HEADERS = [
    "À lire dans la même thématique",
    "Les dernières infos",
    "Nos articles Sport",
    "Ailleurs sur le web",
    "Vous aimerez aussi",
    "Derniers tests",
    "Près de chez vous : {city}",
    "Articles recommandés",
    "Les incontournables",
    "Plus de Sport",
    "LES + LUS",
    "On en parle",
    "Dossiers associés",
    "À ne pas manquer",
]

SOURCE_FOOTERS = [
    "(Belga)",
    "ats/afp/jdr",
    "Avec agences",
    "Cet article est paru initialement dans l'édition papier de {site}.",
    "Mise à jour : ajout de la réaction du club à 18h30.",
    "Erratum : contrairement à ce que nous indiquions, la séance aura lieu jeudi.",
    "Transparence : le produit nous a été prêté par la marque pour ce test.",
    "Droits de reproduction et de diffusion réservés © {site} {year}",
    "Cette dépêche est diffusée sous contrat de licence avec {agency}.",
    "Vous avez été témoin de la scène ? Contactez-nous à {email}",
    "{name} est rédactrice en chef adjointe de {site}.",
    "Avec la contribution de {name2} à {city}",
    "Propos traduits de l'anglais par {name3}",
    "En cas de détresse, composez le 143 (La Main Tendue, Suisse) ou le 0800 32 123 (Belgique).",
    "Une erreur dans l'article ? Signalez-la à {email}",
    "Le contenu de cette tribune n'engage pas la rédaction.",
    "Texte initialement publié sur {site} — reproduit avec autorisation.",
]

SOCIAL = [
    "Partager : Facebook · LinkedIn · WhatsApp",
    "Tweeter",
    "Publier sur Facebook",
    "Ajouter {site} à vos sources sur Google Actualités",
    "Instagram : @{handle}",
    "Ajouter à mes favoris",
    "Imprimer l'article",
    "Réagir (27)",
    "Commenter cet article",
    "Connectez-vous pour commenter",
    "Signaler un abus",
    "Sujets associés : foot, Ligue 1, mercato",
    "#Mercato #Ligue1",
    "Abonnez-vous à notre chaîne YouTube",
    "Envoyez-nous vos photos sur WhatsApp au +32 470 55 12 34",
    "Le direct se poursuit sur notre compte X",
]

NEWSLETTER = [
    "La newsletter Sports : chaque lundi, le récap du week-end",
    "Je m'inscris",
    "Offrir cet article",
    "Offrez un abonnement : l'idée cadeau pour les fêtes",
    "Abonnement numérique : 1 € pour 3 mois, sans engagement",
    "La suite est réservée à nos abonnés — je m'abonne",
    "Cet article est réservé aux abonnés.",
    "Soutenez-nous sur Tipeee",
    "Faites un don ponctuel ou mensuel : chaque euro compte.",
    "Nos tests sont indépendants. Certains liens sont affiliés et peuvent nous rapporter une commission.",
    "Prix constatés au moment de la rédaction.",
    "Notre podcast est disponible sur Deezer, Spotify et Apple Podcasts.",
    "Notre appli gratuite : App Store ou Google Play",
    "Recevez nos alertes en temps réel",
    "Gagnez vos places pour le concert de samedi à {city} !",
    "Billetterie : réservez dès maintenant pour le Salon {site}",
    "Publi-rédactionnel",
]

PROMO_OPENERS = [
    "C'est tout pour aujourd'hui, à demain !",
    "Bonne lecture et à bientôt sur {site}.",
    "Publireportage – {biz}",
    "Communiqué : {biz}",
    "Espace partenaire",
    "L'adresse du jour : {biz}",
    "Annonce de notre partenaire local",
]

PROMO_BODIES = [
    "Habitants de {city} : besoin d'un spécialiste en {service} ?",
    "Depuis 1995, {biz} met son savoir-faire en {service} à votre disposition.",
    "Artisans qualifiés, devis détaillé sous 48 h, garantie décennale.",
    "Ce que nous proposons :",
    "Tél. : 04 76 55 12 34",
    "Infos et rendez-vous : www.{domain}",
    "Écrivez-nous : bonjour@{domain}",
    "WhatsApp : +32 470 55 12 34 (réponse rapide)",
    "Appel gratuit : 0 800 55 12 34 – estimation sur {domain}",
    "Ouvert du mardi au samedi, 9 h – 18 h. Parking gratuit. {domain}",
]
