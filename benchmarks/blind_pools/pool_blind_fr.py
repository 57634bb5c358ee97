"""Blind junk pool, French: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "AFP", "Reuters", "AP", "Belga", "Keystone-ATS", "La Presse Canadienne", "franceinfo", "RFI", "France 24",
    "BFMTV", "Radio-Canada", "TV5Monde", "RTBF", "RTS", "Ouest-France", "Le Parisien", "Le Figaro", "APS",
    "MAP", "Xinhua", "Bloomberg",
]
NAMES = [
    "Camille Lefèvre", "Julien Marchand", "Élodie Fontaine", "Thomas Girard", "Nathalie Roux", "Mathieu Lambert",
    "Sophie Carpentier", "Karim Benali", "Aurélie Dubreuil", "Nicolas Perrin", "Claire Vasseur", "Antoine Rousseau",
    "Inès Haddad", "Guillaume Mercier", "Manon Leclerc", "Benoît Charpentier", "Fatou Diallo", "Hélène Gauthier",
]
CITIES = [
    "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Montpellier", "Rennes",
    "Nice", "Genève", "Lausanne", "Liège", "Montréal", "Dakar", "Abidjan", "Grenoble", "Dijon",
]
# no site name starts with "Le"/"Les", so that "de {site}" reads correctly
SITES = [
    "La Dépêche Atlantique", "L'Écho des Régions", "Planète Infos", "La Tribune du Matin", "Rhône Actu",
    "La Gazette du Sud-Ouest", "Nouvelles 360", "La Voix de la Cité", "L'Observateur du Centre", "Presse Express",
    "La Vigie", "La Semaine Lémanique",
]
BUSINESSES = [
    ("Cabinet Mercier Avocats", "droit pénal et droit routier",
     ["Défense pénale", "Retrait et suspension de permis", "Indemnisation des accidents de la route", "Permanence 7j/7"],
     "mercier-avocats.fr"),
    ("Horizons Voyages", "voyages organisés et croisières",
     ["Séjours clés en main", "Croisières en Méditerranée", "Voyages de noces", "Assurance annulation"],
     "horizons-voyages.fr"),
    ("Fiducia Conseil", "gestion de patrimoine et fiscalité",
     ["Déclaration de revenus", "Épargne retraite", "Succession et donation", "Bilan patrimonial offert"],
     "fiducia-conseil.fr"),
    ("Soleil d'Oc Énergies", "panneaux solaires et pompes à chaleur",
     ["Installation photovoltaïque", "Batteries de stockage", "Bornes de recharge", "Aide aux dossiers de subvention"],
     "soleildoc-energies.fr"),
    ("Protectis Sécurité", "alarmes et télésurveillance",
     ["Alarmes sans fil", "Caméras connectées", "Serrures renforcées", "Diagnostic sécurité gratuit"],
     "protectis-securite.fr"),
    ("Kiné Santé Lambert", "kinésithérapie et rééducation",
     ["Rééducation post-opératoire", "Kiné du sport", "Drainage lymphatique", "Soins à domicile"],
     "kine-lambert.fr"),
    ("Immobilière des Quais", "achat, vente et location de logements",
     ["Estimation gratuite", "Gestion locative", "Programmes neufs", "Accompagnement des primo-accédants"],
     "immobiliere-des-quais.fr"),
    ("Infopanne Services", "dépannage informatique et cybersécurité",
     ["Réparation d'écrans", "Suppression de virus", "Récupération de données", "Installation Wi-Fi"],
     "infopanne-services.fr"),
    ("Auto-École Feu Vert", "formation au permis de conduire",
     ["Permis B", "Conduite accompagnée", "Code de la route en ligne", "Stages de récupération de points"],
     "autoecole-feuvert.fr"),
    ("Audition Clarté", "bilans auditifs et appareillage",
     ["Test auditif gratuit", "Appareils rechargeables", "Accompagnement acouphènes", "Entretien et réparation"],
     "audition-clarte.fr"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site} : {title}",
    "{title} – Actualité – {site}", "{title} / {agency}", "{title} — {site}", "INFO {site}. {title}",
]

BYLINES = [
    "Par {name} · Publié le 12 mars 2025 à 07h30",
    "{name}, avec {agency}",
    "{name} | Mis à jour le 4 avril 2025 à 18h02",
    "{city} ({agency}) –",
    "Temps de lecture : {min} min",
    "De notre correspondant à {city}, {name}",
    "Publié le 09/05/2025 à 11:03, modifié à 13:47",
    "Rédigé par {name} / {site}",
    "{name} et {name2} · {date}",
    "Propos recueillis par {name}",
    "{name} — Envoyé spécial à {city}",
    "Une chronique de {name}",
    "La rédaction avec {agency} | {date}",
    "Lecture {min} min · Réservé aux abonnés",
    "Texte : {name} — Photos : {name2}",
]

CAPTIONS = [
    "Crédit photo : {name}/{agency}",
    "© {name} / {agency}",
    "Illustration : {site}",
    "Image d'archive. {agency}",
    "{name} / {agency}",
    "Vue de {city}, le 12 mars 2025. © {agency}",
    "DR",
    "© Getty Images",
    "Capture d'écran / {site}",
    "Photo d'illustration : Pixabay",
    "La place centrale de {city}. (Crédit : {agency})",
    "{name} / Hans Lucas via AFP",
    "Infographie {site}",
    "Image : archives {site}",
]

INLINE = [
    "Publicité",
    "PUBLICITÉ",
    "Lire aussi : {other}",
    "À lire aussi | {other}",
    "Voir aussi : {other}",
    "Contenu partenaire",
    "La suite après cette publicité",
    "Article réservé aux abonnés",
    "Vidéo : {other}",
    "Notre sélection : {other}",
    "L'article continue ci-dessous",
    "Sur le même sujet : {other}",
    "En partenariat avec {biz}",
    "Décryptage : {other}",
    "Annonce",
]

RELATED_HEADERS = [
    "Sur le même thème", "À lire également", "Les plus lus", "Dans la même rubrique", "Nos derniers articles",
    "Encore plus d'actualités", "À découvrir", "Les articles les plus partagés", "L'actualité de {site}",
]

SOURCE_FOOTERS = [
    "Avec {agency}",
    "{name} (avec {agency} et {agency2})",
    "Rédaction : {name} ; édition : {name2}",
    "{name2}, à {city}, a contribué à cet article.",
    "Correction : une version précédente de cet article indiquait une date erronée. L'erreur a été corrigée.",
    "Note de la rédaction : cet article a été mis à jour le 3 juin 2025.",
    "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
    "Cet article ne constitue pas un conseil en investissement.",
    "Toute reproduction, même partielle, est interdite sans l'autorisation de {site}.",
    "© {site} {year}. Droits de reproduction et de diffusion réservés.",
    "Cet article est republié à partir de {site} sous licence Creative Commons.",
    "Article initialement paru dans {site}.",
    "Cette dépêche est diffusée automatiquement, sans intervention de la rédaction.",
    "{name} couvre la justice et les faits divers pour {site}.",
    "Un témoignage, une information ? Écrivez-nous via notre formulaire de contact.",
    "Pour toute demande de reproduction, contactez notre service syndication.",
    "Traduit de l'anglais par {name2}.",
    "Contenu produit par {agency} et diffusé par {site}.",
    "Avec la collaboration de {name2} à {city}",
    "Mentions légales · Politique de confidentialité · Gestion des cookies",
    "Cet article fait partie d'un partenariat éditorial avec {site}.",
    "Les commentaires sont fermés pour cet article.",
]

SOCIAL = [
    "Partager",
    "Copier le lien",
    "Envoyer par e-mail",
    "Partager via WhatsApp",
    "Suivez {name} sur X : @{handle}",
    "Retrouvez {site} sur Instagram, TikTok et LinkedIn",
    "Abonnez-vous à notre chaîne WhatsApp pour ne rien manquer de l'actu",
    "Notre chaîne Telegram : l'info en continu, directement sur votre téléphone",
    "Mots-clés : {tag1}, {tag2}, {tag3}",
    "Thèmes associés : {tag1} · {tag2}",
    "Réagissez à cet article",
    "{min} commentaires",
    "Vous avez aimé cet article ? Faites-le découvrir autour de vous.",
    "Un témoin ? Contactez-nous sur WhatsApp au {phone}",
    "Abonnez-vous à notre chaîne YouTube",
]

NEWSLETTER = [
    "Recevez chaque matin l'essentiel de l'actualité dans votre boîte mail. C'est gratuit.",
    "Activez les notifications pour être alerté des dernières informations.",
    "Offre découverte : 1 € le premier mois, sans engagement.",
    "Vous avez lu {min} articles gratuits ce mois-ci.",
    "Déjà abonné ? Connectez-vous",
    "Notre journalisme ne vit que grâce à ses lecteurs. Faites un don, même modeste.",
    "Devenez membre et accédez à tous nos contenus sans publicité.",
    "Cet article contient des liens d'affiliation : {site} perçoit une commission en cas d'achat.",
    "L'application {site} est disponible gratuitement sur l'App Store et Google Play.",
    "Inscrivez-vous pour recevoir nos alertes info par e-mail.",
    "Cet article vous est offert. Pour lire tous nos contenus, abonnez-vous.",
    "Créez votre compte gratuit pour continuer votre lecture.",
    "Ne manquez plus aucune info : recevez nos alertes par SMS.",
]

PROMO_OPENERS = [
    "Merci de votre lecture ! {site} reviendra très vite sur ce sujet.",
    "Merci de nous suivre au quotidien. D'autres informations suivront.",
    "Merci d'avoir lu cet article jusqu'au bout. Restez connectés pour la suite.",
    "Publi-information",
    "Communiqué de notre partenaire {biz}",
    "Le mot de nos annonceurs",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Besoin d'un professionnel en {service} à {city} ?",
    "{biz}, votre spécialiste en {service} depuis 1998.",
    "Nos prestations :",
    "Devis gratuit et sans engagement.",
    "Appelez-nous au {phone} ou rendez-vous sur {domain}.",
    "Prenez rendez-vous en ligne sur www.{domain} — Tél. {phone}",
    "Renseignements : {phone} | {domain}",
    "{domain} · {phone} · du lundi au samedi",
    "Contactez-nous dès aujourd'hui au {phone} !",
    "Plus d'infos sur https://{domain}",
    "Venez nous rencontrer à {city} ou écrivez-nous via {domain}.",
    "Premier rendez-vous offert : {phone}",
]
