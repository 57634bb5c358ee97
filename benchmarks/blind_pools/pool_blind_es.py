"""Blind junk pool, Spanish: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "EFE", "Europa Press", "Reuters", "AFP", "AP", "Servimedia", "Colpisa", "Notimex", "Télam", "Xinhua",
    "RTVE", "Cadena SER", "Infobae", "Agencia Andina", "Prensa Latina", "ANSA", "DPA", "CNN en Español",
    "La Vanguardia", "Bloomberg Línea",
]
NAMES = [
    "Lucía Fernández", "Javier Morales", "Carmen Ruiz", "Alejandro Vidal", "Marta Sanz", "Diego Herrera",
    "Paula Navarro", "Sergio Castillo", "Beatriz Ortega", "Andrés Molina", "Raquel Iglesias", "Pablo Cárdenas",
    "Ana Belén Romero", "Miguel Ángel Soto", "Valentina Rojas", "Tomás Aguirre", "Natalia Peña", "Rodrigo Salinas",
]
CITIES = [
    "Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Buenos Aires",
    "Ciudad de México", "Bogotá", "Lima", "Santiago de Chile", "Montevideo", "Quito", "Caracas", "Granada",
    "Salamanca", "Guadalajara",
]
# no site name starts with "El", so that "de {site}" reads correctly
SITES = [
    "Diario del Sur", "Noticias al Día", "La Voz Ciudadana", "Mirador Digital", "Crónica Nacional",
    "Actualidad 24", "Heraldo Digital", "La Gaceta del Norte", "Periódico La Plaza", "Observador Latino",
    "Infórmate Ya", "Diario Costa",
]
BUSINESSES = [
    ("Bufete Salinas & Asociados", "derecho penal y accidentes de tráfico",
     ["Defensa penal", "Multas y retirada del carné", "Reclamaciones por accidentes", "Atención urgente 24 horas"],
     "bufetesalinas.es"),
    ("Viajes Brisa Azul", "viajes organizados y cruceros",
     ["Escapadas de fin de semana", "Cruceros por el Mediterráneo", "Viajes de novios", "Seguro de cancelación"],
     "viajesbrisaazul.es"),
    ("Asesoría Domínguez", "declaraciones de la renta y contabilidad",
     ["Declaración de la renta", "Nóminas y seguros sociales", "Herencias y donaciones", "Asesoramiento a autónomos"],
     "asesoriadominguez.es"),
    ("SolarHogar Energía", "instalación de placas solares",
     ["Autoconsumo fotovoltaico", "Baterías domésticas", "Puntos de recarga", "Tramitación de subvenciones"],
     "solarhogar.es"),
    ("Alarmas Centinela", "alarmas y videovigilancia",
     ["Alarmas conectadas a central", "Cámaras de seguridad", "Cerraduras antiokupas", "Estudio de seguridad gratuito"],
     "alarmascentinela.es"),
    ("Clínica Fisiosalud", "fisioterapia y rehabilitación",
     ["Fisioterapia deportiva", "Rehabilitación tras cirugía", "Drenaje linfático", "Sesiones a domicilio"],
     "clinicafisiosalud.es"),
    ("Inmobiliaria Los Olivos", "compraventa y alquiler de viviendas",
     ["Tasación gratuita", "Gestión de alquileres", "Obra nueva", "Asesoramiento hipotecario"],
     "inmobiliarialosolivos.es"),
    ("Reparaciones InfoTec", "reparación de ordenadores y móviles",
     ["Cambio de pantalla", "Eliminación de virus", "Recuperación de datos", "Instalación de redes wifi"],
     "infotec-reparaciones.es"),
    ("Autoescuela Semáforo Verde", "formación vial y carné de conducir",
     ["Carné B", "Carné de moto", "Teórico online", "Cursos de recuperación de puntos"],
     "autoescuelasemaforoverde.es"),
    ("Centro Auditivo Claro", "audífonos y revisiones auditivas",
     ["Revisión auditiva gratuita", "Audífonos recargables", "Tratamiento de acúfenos", "Mantenimiento y reparación"],
     "centroauditivoclaro.es"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site}: {title}",
    "{title} - Internacional - {site}", "{title} / {agency}", "{title} — {site}", "ÚLTIMA HORA | {title}",
]

BYLINES = [
    "{name} | {city} | 12 mar 2025 - 07:30 CET",
    "{city}, 9 may ({agency}).-",
    "Actualizado: 03/06/2025 14:05 h",
    "Redacción {site} · {date}",
    "{name} / Corresponsal en {city}",
    "Tiempo de lectura: {min} min",
    "Escrito por {name} el 22 de abril de 2025",
    "{name} y {name2} · {agency}",
    "{name} · Enviado especial a {city}",
    "Publicado: 22/04/2025 06:00 | Actualizado: 22/04/2025 09:41",
    "Opinión | {name}",
    "Texto: {name} | Fotografía: {name2}",
    "{date} — {name}",
    "Por {name}, desde {city}",
    "Entrevista realizada por {name}",
]

CAPTIONS = [
    "Foto: {agency}",
    "{name} ({agency})",
    "Imagen de archivo de {city}. / {agency}",
    "Fotografía: {name}",
    "Crédito: {name} / {agency}",
    "© {agency}",
    "Ilustración: {site}",
    "Vista general de {city}, en una imagen reciente. {name} / Getty Images",
    "Captura de pantalla",
    "Imagen cedida",
    "{agency} / {name}",
    "Infografía: {site}",
    "Cortesía de {name}",
    "Archivo {site}",
]

INLINE = [
    "Publicidad",
    "PUBLICIDAD",
    "Anuncio",
    "Lee también: {other}",
    "Te puede interesar: {other}",
    "Más información: {other}",
    "Contenido de marca",
    "Sigue leyendo tras la publicidad",
    "Vídeo: {other}",
    "Noticia relacionada: {other}",
    "Lo más visto: {other}",
    "Ofrecido por {biz}",
    "Artículo exclusivo para suscriptores",
    "En contexto: {other}",
    "Continúa leyendo debajo del anuncio",
]

RELATED_HEADERS = [
    "Noticias relacionadas", "Más noticias", "Lo más leído", "Otras historias", "Sigue leyendo",
    "Últimas noticias en {site}", "En portada", "También en {site}", "No te lo pierdas",
]

SOURCE_FOOTERS = [
    "Con información de {agency} y {agency2}.",
    "Información elaborada con datos de {agency}.",
    "Redacción: {name}; edición: {name2}",
    "Colaboró {name2} desde {city}.",
    "Fe de errores: una versión anterior de esta noticia atribuía erróneamente unas declaraciones. El texto ha sido corregido.",
    "Nota del editor: esta información se actualizó el 4 de noviembre de 2024.",
    "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
    "Este contenido tiene carácter informativo y no constituye asesoramiento financiero.",
    "Queda prohibida la reproducción total o parcial de este contenido sin autorización expresa de {site}.",
    "© {year} {site}. Se prohíbe su redistribución sin permiso.",
    "Este texto apareció primero en {site} y se reproduce con permiso.",
    "Artículo publicado bajo licencia Creative Commons BY-NC-ND.",
    "{name} cubre temas de justicia y seguridad para {site}.",
    "¿Tienes información sobre este tema? Escríbenos de forma confidencial.",
    "Traducción: {name2}",
    "Contenido distribuido por {agency}.",
    "Esta noticia ha sido elaborada a partir de un teletipo de {agency}.",
    "Con reportes de {agency}",
    "Agencias / {site}",
    "Este artículo forma parte de una alianza editorial con {site}.",
    "Los comentarios de esta noticia están cerrados.",
    "Aviso legal · Política de privacidad · Configuración de cookies",
]

SOCIAL = [
    "Compartir en WhatsApp",
    "Copiar enlace",
    "Enviar por correo",
    "Sigue a {name} en X: @{handle}",
    "Síguenos en Instagram, TikTok y YouTube",
    "Únete al canal de WhatsApp de {site}",
    "Suscríbete a nuestro canal de Telegram",
    "Temas: {tag1}, {tag2}, {tag3}",
    "Etiquetas: {tag1} · {tag2}",
    "Comentarios ({min})",
    "¿Qué opinas? Déjanos tu comentario.",
    "Envíanos tus fotos y denuncias por WhatsApp al {phone}",
    "Comparte esta noticia con tus amigos",
    "Dale me gusta a nuestra página de Facebook",
    "Conversación: {min} comentarios",
]

NEWSLETTER = [
    "Recibe cada mañana en tu correo las claves del día. Es gratis.",
    "Activa las notificaciones y entérate antes que nadie.",
    "Suscríbete por 1 € el primer mes, sin permanencia.",
    "Has leído {min} de tus 10 artículos gratuitos de este mes.",
    "¿Ya eres suscriptor? Inicia sesión",
    "El periodismo de calidad necesita lectores comprometidos. Hazte socio.",
    "Colabora con una aportación puntual o mensual.",
    "Enlaces de afiliados: si compras a través de ellos, {site} puede recibir una comisión.",
    "Descarga gratis la app de {site} para iOS y Android.",
    "Regístrate gratis para seguir leyendo.",
    "Recibe nuestras alertas de última hora en tu móvil.",
    "Apúntate a nuestro boletín semanal y no te pierdas nada.",
    "Para seguir leyendo, hazte suscriptor.",
]

PROMO_OPENERS = [
    "¡Gracias por leernos! En {site} seguiremos informando sobre este tema.",
    "Gracias por confiar en nosotros. Pronto ampliaremos esta información.",
    "Gracias por llegar hasta aquí; te seguiremos contando todas las novedades.",
    "Publirreportaje",
    "Espacio patrocinado por {biz}",
    "Un mensaje de nuestros anunciantes",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "¿Necesitas un especialista en {service} en {city}?",
    "En {biz} llevamos más de 20 años como especialistas en {service}.",
    "Nuestros servicios:",
    "Presupuesto sin compromiso.",
    "Llámanos al {phone} o visita {domain}.",
    "Pide tu cita en www.{domain} o en el teléfono {phone}.",
    "Información y reservas: {phone} | {domain}",
    "{domain} · Tel. {phone} · De lunes a sábado",
    "¡Contáctanos hoy mismo! {phone}",
    "Más información en https://{domain}",
    "Visítanos en nuestra oficina de {city} o escríbenos desde {domain}.",
    "Primera consulta gratuita: {phone}",
]
