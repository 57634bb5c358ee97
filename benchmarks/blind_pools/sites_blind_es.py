"""Blind site-template pool, Spanish: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

LANG = "es"

SITES = [
    ("Crónica del Valle", "cronicadelvalle.es"),
    ("Voz de la Sierra", "vozdelasierra.es"),
    ("Pulso Costero", "pulsocostero.com"),
    ("Diario Alameda", "diarioalameda.com.mx"),
    ("Mirador Norte", "miradornorte.mx"),
    ("Noticias del Ribero", "noticiasdelribero.es"),
    ("Campanario Digital", "campanariodigital.com"),
    ("Hoja del Puerto", "hojadelpuerto.es"),
    ("Eco Serrano", "ecoserrano.net"),
    ("Ventana Comarcal", "ventanacomarcal.es"),
    ("Gaceta del Altiplano", "gacetadelaltiplano.com.mx"),
    ("Brújula Local", "brujulalocal.news"),
    ("Plaza Mayor Hoy", "plazamayorhoy.es"),
    ("Atalaya Informativa", "atalayainformativa.com"),
    ("Rumbo Ribereño", "rumboribereno.com.ar"),
    ("Cuaderno de la Vega", "cuadernodelavega.es"),
    ("Tribuna Minera", "tribunaminera.cl"),
    ("El Pregonero de la Villa", "pregonerodelavilla.es"),
    ("Semanario Cumbres", "semanariocumbres.mx"),
    ("Esquina Informativa", "esquinainformativa.co"),
    ("Vigía Insular", "vigiainsular.es"),
    ("Rincón Noticias", "rinconnoticias.com"),
    ("Lucero del Bajío", "lucerodelbajio.mx"),
    ("Mareas Hoy", "mareashoy.es"),
]

CITIES = [
    "Cáceres", "Lugo", "Teruel", "Jaén", "Ourense", "Huesca", "Ponferrada", "Zamora", "Puebla", "Querétaro",
    "Oaxaca", "Morelia", "Alcoy", "Soria", "Gijón", "Rosario", "Mendoza", "Cuenca", "Talavera", "Motril",
]

MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
MONTHS_SHORT = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]

DATES = [
    "{day} de {month} de {year}",
    "{day}/{mm}/{year} {hh}:{mi}",
    "{day} {mon} {year}",
    "{day} de {month} de {year}, {hh}:{mi} h",
    "{day}.{mm}.{year}",
    "{year}-{mm}-{day}",
    "{day} {mon}. {year} - {hh}:{mi}",
]

HOME_WORDS = ["Inicio", "Portada", "Principal"]

SECTIONS = [
    "Local", "Provincia", "Política", "Economía", "Deportes", "Cultura", "Sucesos", "Opinión",
    "Cartas al director", "Educación", "Medio ambiente", "Salud", "Agenda", "Campo", "Tribunales", "Sociedad",
    "Tráfico", "Esquelas",
]

BREADCRUMBS = [
    "{home} › {section} › {section2}",
    "{home} / {section} / {section2}",
    "{home} » {section}",
    "{home} > {section} > {section2}",
    "{home} | {section}",
    "{home} · {section} · {section2}",
    "{home} - {section}",
    "Estás en: {home} › {section}",
]

TAGLINES = [
    "{site} – noticias de {city} y su comarca",
    "{site}: contando {city} desde 1991",
    "Independiente, cercano, de aquí. {site}",
    "Lo que pasa en {city}, cada día en {site}",
    "{site} | El periódico digital de {city}",
    "Tu semanario de siempre, ahora en internet: {site}",
    "{site} · De aquí y para los de aquí",
    "Bien informado en {city} con {site}",
    "{site}, la actualidad local sin rodeos",
    "Un medio pequeño para una tierra grande: {site}",
]

DATELINES = [
    "Publicado el {date}",
    "{date} | por {name}",
    "Por {name} · {date}",
    "{name} — {date}",
    "Redacción: {name}, {date}",
    "Escrito por {name} el {date}",
    "Actualidad · {date}",
    "{date}",
    "Texto de {name} ({date})",
    "Firma: {name} | {date}",
]

READ_TIMES = [
    "Tiempo de lectura: {min} min",
    "{min} minutos de lectura",
    "Lectura de {min} min",
    "⏱ {min} min",
    "Aprox. {min} minutos para leer",
    "Leerlo te llevará unos {min} minutos",
]

VIEWS = [
    "{count} visitas",
    "Leído {count} veces",
    "{count} lecturas",
    "👁 {count}",
    "Esta noticia se ha visto {count} veces",
    "Visualizaciones: {count}",
]

COMMENTS = [
    "{count} comentarios",
    "Comentarios ({count})",
    "💬 {count}",
    "{count} opiniones de lectores",
    "Únete al debate: {count} comentarios",
    "Ya hay {count} respuestas",
]

UPDATED = [
    "Actualizado el {date}",
    "Última actualización: {date}",
    "Modificado: {date}",
    "Esta información se actualizó el {date}.",
    "Act. {date}",
]

COPYRIGHTS = [
    "© {year} {site}",
    "© {founded}-{year} {site}. Todos los derechos reservados.",
    "Copyright {year} {site} · Prohibida la reproducción total o parcial sin autorización",
    "{site} © {year} | Aviso legal | Política de privacidad",
    "Contenidos © {year} {site}, salvo que se indique lo contrario.",
    "© {site} {founded}–{year}. Queda prohibido copiar textos y fotografías sin permiso expreso.",
    "Copyright © {founded}-{year} {site} S.L.",
    "© {year} {site}, fundado en {founded}. Contenidos protegidos por la ley de propiedad intelectual.",
    "(c) {year} {site} — Comparte el enlace, no copies la noticia.",
    "© {year} {site}. Se permite citar con enlace a la fuente.",
]

ABOUTS = [
    "{site} es un medio independiente que cubre {city} y los pueblos de alrededor.",
    "Desde hace más de veinte años, {site} sigue la vida municipal, cultural y económica de {city}.",
    "{site} lo hace un equipo pequeño con sede en {city}, sin grandes grupos detrás y sin muro de pago.",
    "Quiénes somos: {site} es la voz local de {city}. Si tienes una historia, cuéntanosla.",
    "Somos {site}: tres periodistas, una fotógrafa y mucho café, pendientes de {city}.",
    "{site} publica noticias, agenda y esquelas de {city} y su entorno.",
    "Fundado por veteranos de la prensa provincial, {site} es un proyecto sin ánimo de lucro con base en {city}.",
    "{site} cuenta {city}, desde el pleno del ayuntamiento hasta el partido del domingo.",
    "Detrás de {site} hay una cooperativa de lectoras y lectores de {city}.",
    "Nuestra redacción está en pleno centro de {city}. {site} se actualiza de lunes a viernes.",
]

CONTACTS = [
    "¿Tienes una noticia? Escríbenos a {email}",
    "Redacción: {phone} · {email}",
    "{site}, {street} – tel. {phone}",
    "¿Has visto algo que debamos contar? Mándanos un correo a {email}.",
    "Departamento comercial: {phone}",
    "Dirección postal: {site}, {street}",
    "Las cartas al director, a {email}, con nombre y localidad.",
    "Atención de lunes a viernes, de 9 a 15 h, en el {phone}.",
    "¿Un error en una noticia? Avísanos en {email}.",
    "Notas de prensa y convocatorias: {email}",
]

SOCIAL_LINKS = [
    "Facebook · Instagram · YouTube",
    "Síguenos en Instagram: @{handle}",
    "{site} en Facebook",
    "También en Mastodon: @{handle}@mastodon.social",
    "Facebook | X | Instagram | TikTok",
    "Únete al canal de WhatsApp de {site}",
    "Nuestros vídeos en YouTube: youtube.com/@{handle}",
    "En Telegram: t.me/{handle}, la última hora al momento",
    "Estamos en TikTok como @{handle}",
    "Encuentra a {site} en Threads y Bluesky",
]

NEWSLETTERS = [
    "Recibe lo más importante de {site} cada mañana en tu correo. Es gratis.",
    "Cada {day}, un resumen de la semana en la comarca. ¡Apúntate!",
    "Activa las notificaciones y entérate antes que nadie.",
    "El periodismo local cuesta dinero. Apoya a {site} con una aportación.",
    "Hazte socio de {site} desde 3 € al mes.",
    "Escucha el pódcast de {site}: episodio nuevo cada {day}.",
    "Introduce tu correo electrónico para recibir avisos de nuevas entradas.",
    "El boletín de {site}: los titulares del día en cinco minutos.",
    "¿Eres suscriptor de la edición impresa? Activa sin coste tu acceso digital.",
    "Más de 9.000 vecinos ya empiezan el día con el resumen matinal de {site}.",
    "Recibe alertas por WhatsApp cuando haya noticias de última hora.",
    "¿Te gusta lo que lees? Tu donativo mantiene a {site} independiente.",
    "Cada {day} por la noche, la newsletter con lo que no te puedes perder.",
]

AD_OPENERS = [
    "¿Necesitas {service} en {city}? Llama a {biz}.",
    "{biz}: más de 20 años al servicio de {city}.",
    "Comercio de aquí, de toda la vida: {biz}.",
    "¡Ofertas de primavera en {biz}!",
    "Tus vecinos de {city} ya confían en {biz}.",
    "Negocio local de la semana: {biz}",
    "¿Buscas especialistas en {service} cerca de {city}?",
    "Pide cita ya en {biz}, {city}",
    "Empresa familiar desde 1994, {biz} es referente en {service} en {city}.",
    "Publicidad · {biz} ({city})",
]

AD_BODIES = [
    "En {service}, {biz} no deja nada al azar.",
    "Nuestro equipo cualificado trabaja en {city} y en los pueblos de alrededor.",
    "En {biz} cada cliente recibe un presupuesto claro y sin sorpresas.",
    "Más de dos décadas dedicados a {service} en {city}.",
    "Horario flexible, también los sábados por la mañana.",
    "Sin costes ocultos ni letra pequeña: trabajo bien hecho.",
    "Descuentos para jubilados y estudiantes; pregúntanos.",
    "Primera visita o cliente de siempre, en {biz} te atendemos con una sonrisa.",
    "Asegurados, certificados y recomendados por clientes de todo {city}.",
    "Hay citas de tarde y de fin de semana para {service}.",
]

AD_CONTACTS = [
    "Llama al {phone} o reserva en www.{domain}",
    "Pide cita online: {domain}",
    "{phone} | www.{domain}",
    "Precios y disponibilidad en {domain}",
    "¿Dudas? Contacta con {biz} en el {phone}.",
    "Cita previa: {phone}. También atendemos sin cita.",
    "Solicita tu presupuesto en {domain} en dos minutos",
    "Encuentra {biz} en www.{domain}",
    "Tel. {phone}. Di que vienes de este anuncio y te hacemos un 10 % de descuento.",
    "Más información y horarios: https://{domain}",
]

BUSINESSES = [
    ("Clínica Dental Sonrisa Norte", "odontología familiar",
     ["Limpieza y revisión", "Implantes", "Ortodoncia invisible", "Urgencias dentales"], "sonrisanorte.es"),
    ("Tejados Hermanos Gallardo", "reparación e impermeabilización de tejados",
     ["Cambio de tejas", "Goteras", "Canalones", "Cubiertas de panel sándwich", "Revisión sin compromiso"], "tejadosgallardo.es"),
    ("Autoescuela Semáforo", "clases para el carné de conducir",
     ["Permiso B", "Carné de moto", "Test online", "Cursos intensivos en verano"], "autoescuelasemaforo.es"),
    ("Horno San Isidro", "pan artesano y bollería",
     ["Pan de masa madre", "Roscones por encargo", "Bollería sin gluten", "Desayunos para empresas"], "hornosanisidro.es"),
    ("Asesoría Medina y Asociados", "asesoría fiscal y contable",
     ["Declaración de la renta", "Nóminas", "Alta de autónomos", "Herencias"], "asesoriamedina.com"),
    ("Bufete Ortega Abogados", "derecho de familia y herencias",
     ["Divorcios", "Custodia", "Testamentos", "Reclamaciones de alquiler"], "ortegaabogados.mx"),
    ("Guau Estética Canina", "peluquería canina y felina",
     ["Baño y secado", "Corte a tijera", "Corte de uñas", "Deslanado"], "guauestetica.com"),
    ("Sol de Castilla Energía", "instalación de placas solares",
     ["Paneles fotovoltaicos", "Baterías", "Cargadores para coche eléctrico", "Tramitación de ayudas", "Mantenimiento"], "soldecastilla.es"),
    ("ReparaTec", "reparación de ordenadores y móviles",
     ["Cambio de pantalla", "Eliminación de virus", "Recuperación de datos", "Instalación de redes wifi"], "reparatec.com.mx"),
    ("Floristería La Camelia", "arreglos florales",
     ["Ramos de novia", "Coronas fúnebres", "Entrega en el día", "Plantas de interior"], "floristerialacamelia.es"),
    ("Mudanzas Vélez", "mudanzas y guardamuebles",
     ["Mudanzas de particulares", "Traslados de oficina", "Embalaje", "Elevador de muebles"], "mudanzasvelez.es"),
    ("Fisioterapia Movimiento", "fisioterapia",
     ["Lesiones deportivas", "Rehabilitación postoperatoria", "Dolor de espalda", "Atención a domicilio"], "fisiomovimiento.es"),
]
