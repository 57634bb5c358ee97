"""Pool de entrenamiento (español) para el modelo de líneas basura / Spanish training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["EFE", "Europa Press", "Servimedia", "Colpisa", "Notimex", "Télam", "Agencia Andina", "ANSA Latina",
            "Efeagro", "RTVE", "Cadena SER", "Agencia Orbe"]
NAMES = ["Lucía Fernández", "Javier Martín", "Carmen Ruiz", "Alejandro Torres", "Marta Sánchez", "Pablo Navarro",
         "Isabel Moreno", "Diego Castillo", "Laura Jiménez", "Sergio Romero", "Valentina Ortega", "Andrés Herrera"]
CITIES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga", "Ciudad de México",
          "Buenos Aires", "Bogotá", "Santiago de Chile", "Lima"]
SITES = ["El Diario del Sur", "La Voz Peninsular", "Noticias Al Día", "El Mirador Digital", "Crónica Global Hoy",
         "El Heraldo Costero", "InfoPlaza"]
BUSINESSES = [
    ("Fontanería Hermanos García", "fontanería y calefacción",
     ["Reparación de fugas", "Instalación de termos", "Desatascos urgentes", "Revisión de calderas"], "fontaneriagarcia.es"),
    ("Mudanzas Rápidas López", "mudanzas nacionales e internacionales",
     ["Mudanzas de pisos", "Traslado de oficinas", "Guardamuebles", "Embalaje profesional"], "mudanzaslopez.es"),
    ("Clínica Dental Sonrisa", "odontología general y estética",
     ["Limpieza bucal", "Implantes", "Ortodoncia invisible", "Urgencias 24 horas"], "clinicasonrisa.es"),
    ("Autoescuela Ruta", "carnet de conducir",
     ["Carnet B intensivo", "Clases prácticas", "Test teórico online", "Carnet de moto"], "autoescuelaruta.es"),
    ("Jardinería Verdeluz", "jardinería y paisajismo",
     ["Poda de árboles", "Césped artificial", "Riego automático", "Mantenimiento de comunidades"], "verdeluzjardines.es"),
    ("Asesoría Prado", "asesoría fiscal y laboral",
     ["Declaración de la renta", "Nóminas", "Alta de autónomos", "Contabilidad para pymes"], "asesoriaprado.es"),
]

HEADLINE_DUPS = [
    "{title} | {site}",
    "{site} - {title}",
    "{TITLE}",
    "{title} | Noticias de {city}",
    "{title} - Política - {site}",
    "ÚLTIMA HORA: {title}",
    "{title} (vídeo)",
    "EN DIRECTO | {title}",
    "{title} :: {site}",
    "Opinión | {title}",
    "{title} | Actualidad | {site}",
    "«{title}»",
    "{title} – Economía – {site}",
    "VÍDEO | {title}",
    "{title} » {site}",
    "Exclusiva: {title}",
]

BYLINES = [
    "Por {name}",
    "Por {name} y {name2}",
    "{name} | {city}",
    "Publicado el 4 jun 2025, 08:12",
    "Actualizado: 12/05/2025 17:45 h",
    "{city}, 3 de junio de 2025 ({agency}).-",
    "{city} (EFE).-",
    "Lectura: {min} min",
    "Tiempo de lectura: {min} minutos",
    "{name}, enviada especial a {city}",
    "Redacción {site}",
    "{name} · martes, 10 de junio de 2025",
    "22/04/2025 - 06:00 h. CEST",
    "Texto: {name} | Fotos: {name2}",
    "{name} / {agency}",
    "Escrito por {name}",
    "POR {agency}",
    "Columna de {name}",
]

CAPTIONS = [
    "Foto: {agency}",
    "Fotografía: {name} / {agency}",
    "(Foto: {name})",
    "Imagen de archivo. {agency}",
    "Manifestantes frente al Ayuntamiento de {city}, este martes. {name} / {agency}",
    "Ilustración: {site}",
    "Captura de pantalla de X",
    "Vídeo: {site}",
    "Infografía: {site} con datos del INE",
    "Imagen: Cedida",
    "El puerto de {city} al amanecer. (Foto: {name} para {site})",
    "Foto ilustrativa / {agency}",
    "FOTO: {name} / EUROPA PRESS",
    "Crédito: {name}",
    "Fuente: {agency} | Montaje: {site}",
    "Archivo / {agency}",
]

INLINE = [
    "Publicidad",
    "PUBLICIDAD",
    "- Publicidad -",
    "Lee también: {other}",
    "Te puede interesar: {other}",
    "LEA TAMBIÉN",
    "Más información: {other}",
    "Sigue leyendo después del anuncio",
    "Contenido patrocinado",
    "Noticia relacionada: {other}",
    "► {other}",
    "Vídeo: {other}",
    "Contenido exclusivo para suscriptores",
    "[Puede leer: {other}]",
    "Patrocinado por nuestros socios",
    "Lo más visto: {other}",
]

RELATED_HEADERS = [
    "Noticias relacionadas",
    "Lo más leído",
    "Te puede interesar",
    "Más noticias de {city}",
    "Otras noticias de {site}",
    "Lo más compartido",
    "Más en esta sección",
    "Temas relacionados",
    "ÚLTIMAS NOTICIAS",
    "Sigue leyendo",
    "Recomendamos",
    "Más de {site}",
]

SOURCE_FOOTERS = [
    "Con información de {agency} y {agency2}",
    "({agency})",
    "Fuentes: {agency}, {agency2}",
    "© {year} {site}. Todos los derechos reservados.",
    "Queda prohibida la reproducción total o parcial sin autorización expresa.",
    "Fe de errores: una versión anterior de esta noticia indicaba una fecha incorrecta. Ya ha sido corregida.",
    "Nota de la redacción: esta información ha sido actualizada.",
    "Este artículo se publicó originalmente en {site}.",
    "Los artículos de opinión reflejan exclusivamente el punto de vista de sus autores.",
    "¿Tienes información sobre este tema? Escríbenos a {email}.",
    "{name} es periodista independiente afincada en {city}.",
    "Esta noticia ha sido elaborada por {agency} y reproducida sin cambios.",
    "Con la colaboración de {name2}",
    "Contacto del autor: {email}",
    "Si tienes pensamientos suicidas, llama al 024, la línea de atención a la conducta suicida.",
    "Artículo publicado en The Conversation bajo licencia Creative Commons.",
    "Edición: {name3}",
    "{agency} / {site}",
    "Comunicado de prensa difundido por {agency}.",
]

SOCIAL = [
    "Compartir en WhatsApp",
    "Compartir en X",
    "Enviar por correo",
    "Copiar enlace",
    "Síguenos en Instagram, Threads y Bluesky",
    "Únete a nuestro canal de WhatsApp",
    "Síguenos en Telegram: t.me/{handle}",
    "Deja tu opinión en los comentarios",
    "Comentarios (8)",
    "Etiquetas: Congreso, Presupuestos, Vivienda",
    "Temas: Clima · Energía · Transporte",
    "Sigue a {name} en LinkedIn",
    "Mastodon: @{handle}@mastodon.social",
    "Facebook | X | WhatsApp | Email | Imprimir",
    "Envíanos tus pistas por Signal al {phone}",
    "Comentar",
    "Sé el primero en comentar",
]

NEWSLETTER = [
    "Recibe cada mañana las claves del día en tu correo",
    "Suscríbete por 1 € el primer mes",
    "¿Ya eres suscriptor? Inicia sesión",
    "Apoya el periodismo independiente: hazte socio.",
    "Activa las notificaciones y no te pierdas nada",
    "Descarga la app de {site}",
    "Este artículo contiene enlaces de afiliados: podemos recibir una comisión por las compras.",
    "Regístrate gratis para seguir leyendo",
    "Hazte miembro del club {site}",
    "Oferta especial: 50 % de descuento en la suscripción digital",
    "Escucha esta noticia",
    "Te quedan 2 artículos gratuitos este mes.",
    "Alertas informativas directamente en tu móvil",
    "ÚNETE A MÁS DE 30.000 LECTORES",
    "Haz una donación y ayúdanos a seguir informando",
    "Recibe nuestro boletín semanal los viernes",
]

PROMO_OPENERS = [
    "¡Gracias por leernos! Mañana volvemos con más.",
    "Gracias por confiar en {site}. Seguiremos informando.",
    "Contenido ofrecido por {biz}",
    "En colaboración con {biz}",
    "Con el patrocinio de {biz}",
    "ESPACIO PUBLICITARIO",
    "Nuestro socio {biz} te presenta su oferta:",
]

PROMO_BODIES = [
    "¿Buscas profesionales de {service} en {city}?",
    "{biz} te ofrece {service} con más de 20 años de experiencia.",
    "Presupuesto sin compromiso y atención personalizada, los 7 días de la semana.",
    "Nuestros servicios:",
    "Llámanos al 912 345 678",
    "Pide tu cita en www.{domain}",
    "Contacto: info@{domain} | Tel. {phone}",
    "Escríbenos por WhatsApp: 612 345 678",
    "¡Solicita tu presupuesto gratis en {domain}!",
    "Lunes a sábado de 9:00 a 20:00 – www.{domain}",
]
