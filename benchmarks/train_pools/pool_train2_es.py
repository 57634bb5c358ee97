"""Pool de entrenamiento, segunda tanda (español: México, Argentina, Colombia, Chile, Perú y prensa regional de
España; sitios deportivos y de tecnología) para el modelo de líneas basura / Spanish training pool, second batch,
for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["Noticias Argentinas", "Colprensa", "Agencia Uno", "Prensa Latina", "Agencia Reforma", "El Universal",
            "Agencia Andes", "Infobae", "Canal 26", "Agencia Sinc", "Cuartoscuro", "Agencia Atlas"]
NAMES = ["Mariana López Gutiérrez", "Juan Camilo Restrepo", "Florencia Acosta", "Rodrigo Quispe", "Ximena Salazar",
         "Tomás Echeverría", "Daniela Vargas", "Emiliano Fuentes", "Paula Montoya", "Gonzalo Ibarra",
         "Renata Aguilar", "Nicolás Peralta"]
CITIES = ["Guadalajara", "Monterrey", "Córdoba", "Rosario", "Medellín", "Cali", "Valparaíso", "Quito", "Montevideo",
          "Asunción", "Granada", "Oviedo"]
SITES = ["El Informador del Pacífico", "Diario La Pampa Hoy", "TecnoNotas", "Minuto a Minuto Deportes",
         "El Vigía Andino", "Noticiero Regional MX", "La Brújula Digital"]
BUSINESSES = [
    ("Climatización Polar", "instalación y mantenimiento de aire acondicionado",
     ["Instalación de minisplits", "Carga de gas", "Limpieza de equipos", "Pólizas de mantenimiento"], "climapolar.com.mx"),
    ("Veterinaria Huellitas", "atención veterinaria",
     ["Consultas y vacunas", "Esterilizaciones", "Baño y peluquería canina", "Urgencias a domicilio"], "vethuellitas.com.ar"),
    ("Cerrajería Llave Maestra", "cerrajería urgente",
     ["Apertura de puertas", "Cambio de bombines", "Copias de llaves codificadas", "Cerraduras de seguridad"], "llavemaestra.es"),
    ("Constructora Andes", "remodelaciones y obra menor",
     ["Ampliaciones", "Impermeabilización de techos", "Pisos y enchapes", "Diseño de cocinas"], "constructoraandes.com.co"),
    ("Inglés Ya Academia", "cursos de inglés",
     ["Clases para niños", "Preparación TOEFL", "Inglés para empresas", "Cursos online en vivo"], "inglesya.cl"),
    ("Lavandería Burbujas", "lavandería y tintorería",
     ["Lavado por kilo", "Tintorería de prendas finas", "Recojo y entrega a domicilio", "Limpieza de edredones"], "lavanderiaburbujas.pe"),
]

HEADLINE_DUPS = [
    "{title} | Fútbol",
    "MINUTO A MINUTO: {title}",
    "{title} (FOTOS)",
    "Análisis | {title}",
    "{title}: lo que se sabe",
    "{title} | Tecnología",
    "Crónica: {title}",
    "{title} - {site} Noticias",
    "{site} | Portada | {title}",
    "{TITLE} – {city}",
    "Entrevista | «{title}»",
    "Reseña: {title}",
    "{title} :: Noticias de Hoy",
    "URGENTE | {title}",
    "{title} (+ GALERÍA)",
    "{title} - Diario de {city}",
]

BYLINES = [
    "Redactó: {name}",
    "{name} | Corresponsal en {city}",
    "Nota de {name}",
    "Escribe: {name}",
    "11 de julio de 2025 · 10:23 hs",
    "Actualizada hace 3 horas",
    "{min} minutos de lectura",
    "{city}, 11 jun ({agency}) –",
    "Desde {city}, {name}",
    "Texto y fotos: {name}",
    "Reseña de {name} · Puntuación: 8,5/10",
    "Editor: {name2} | Periodista: {name}",
    "Publicado: miércoles 9 de julio de 2025, 07:40",
    "Firma invitada: {name}",
    "Última actualización: 12/06/2025 - 16:05",
    "{name} – Sección Deportes – {site}",
]

CAPTIONS = [
    "Foto: Cuartoscuro",
    "Foto: NA/{name}",
    "(Crédito: Cortesía)",
    "Imagen: Archivo {site}",
    "Foto: Prensa Municipalidad de {city}",
    "Foto: X @{handle}",
    "Foto: Especial",
    "Gentileza: {name}",
    "Foto: Getty Images / Ilustración: {site}",
    "El delantero celebra su gol en el estadio de {city}. / {agency}",
    "La ministra, durante la rueda de prensa. (Foto: {agency})",
    "Imagen de referencia",
    "Captura de video",
    "FOTOGALERÍA: 14 imágenes",
    "Cortesía de la marca",
    "Créditos: {name} / {agency}",
]

INLINE = [
    "Aviso",
    "PUBLICIDAD - SIGA LEYENDO",
    "Mira también: {other}",
    "LEÉ TAMBIÉN: {other}",
    "Seguí leyendo",
    "Te recomendamos: {other}",
    "Podría interesarte: {other}",
    "Más sobre este tema: {other}",
    "ENTÉRATE: {other}",
    "Para saber más ➔ {other}",
    "Video relacionado",
    "Escuchar nota",
    "Contenido de marca",
    "Esta nota es solo para suscriptores.",
    "Galería: {other}",
    "Encuesta: ¿Estás de acuerdo con la medida?",
]

RELATED_HEADERS = [
    "Más notas",
    "Lo último",
    "Notas relacionadas",
    "Recomendados para vos",
    "Más de Deportes",
    "Tendencias",
    "Imperdibles",
    "Actualidad en {city}",
    "MÁS LEÍDAS DE LA SEMANA",
    "Últimas reseñas",
    "Seguí informándote",
    "Contenido recomendado",
    "Notas destacadas",
    "En portada",
]

SOURCE_FOOTERS = [
    "Fuente: agencias",
    "(Con datos de {agency})",
    "Aclaración: en una versión anterior se publicó un dato erróneo sobre la cifra de víctimas.",
    "Este contenido fue publicado originalmente en {site} y se reproduce con autorización.",
    "Derechos reservados {site} {year}. Se permite citar con enlace a la fuente.",
    "Nota actualizada a las 16:05 con declaraciones del club.",
    "Transparencia: el fabricante nos prestó el equipo para esta reseña.",
    "Esta nota fue traducida del inglés por {name3}.",
    "¿Viste algo? Envíanos tu denuncia a {email}",
    "{name} es editora de la sección Deportes de {site}.",
    "Colaboró desde {city}: {name2}",
    "Línea de la Vida: 800 911 2000, disponible las 24 horas.",
    "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
    "Contenido sindicado por {agency} bajo licencia.",
    "Con reportes de {agency} y {agency2}",
    "Publicación autorizada por {agency}. Prohibida su redistribución.",
]

SOCIAL = [
    "Compartí esta nota",
    "Compartir en Facebook",
    "Tuitear",
    "Seguinos en Instagram: @{handle}",
    "Agrega {site} a tus fuentes de Google Noticias",
    "Suscríbete en YouTube: youtube.com/@{handle}",
    "Activa la campanita en YouTube",
    "¿Qué opinas? Déjanos tu comentario",
    "Reportar error",
    "Guardar nota",
    "Temas relacionados: Selección, Copa América, Eliminatorias",
    "Envíanos tus videos por WhatsApp al 55 1234 5678",
    "Comentarios: 42",
    "Facebook · X · Threads · LinkedIn · Copiar URL",
    "Inicia sesión para comentar",
    "#LigaMX #Clásico",
]

NEWSLETTER = [
    "Suscribite al newsletter y recibí lo más importante",
    "Suscríbete desde $49 al mes",
    "Regala una suscripción",
    "Regalar esta nota",
    "Llegaste al límite de notas gratuitas",
    "Hazte miembro y apoya al periodismo local",
    "Aporta lo que puedas con Mercado Pago o tarjeta",
    "Algunos enlaces de esta reseña son de afiliados; si compras, {site} gana una pequeña comisión sin costo extra para ti.",
    "Nota pagada",
    "Escucha nuestro pódcast en Spotify",
    "Baja nuestra app y entérate primero",
    "Mira el partido en vivo por nuestro canal de streaming",
    "Entradas a la venta para el Festival {site} en {city}",
    "Participa en nuestro sorteo y gana dos boletos",
    "Accede a todo el contenido por solo $1.990 al mes",
    "Ya tengo cuenta",
]

PROMO_OPENERS = [
    "Hasta aquí la información. ¡Gracias por acompañarnos!",
    "Nos leemos mañana.",
    "Publirreportaje",
    "Auspicia: {biz}",
    "Contenido de {biz}",
    "Aviso comercial",
    "Recomendación local: {biz}",
]

PROMO_BODIES = [
    "¿Vives en {city} y necesitas {service}?",
    "En {biz} somos especialistas en {service} desde 2003.",
    "Garantía por escrito, técnicos certificados y precios accesibles.",
    "Te ofrecemos:",
    "Llámanos: +52 33 5555 1234",
    "Cotiza en línea en www.{domain}",
    "Correo: ventas@{domain}",
    "WhatsApp +54 9 11 5555-1234 – te respondemos al instante",
    "Atención en {city} y alrededores. Más información en {domain}",
    "Paga con tarjeta, transferencia o Mercado Pago. Reserva en {domain}",
]
