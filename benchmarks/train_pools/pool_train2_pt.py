"""Pool de treino, segunda série (português: Portugal, Angola, Moçambique e Brasil; imprensa regional, desporto,
tecnologia e revistas) para o modelo de linhas de lixo / Portuguese training pool, second batch, for the
junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["Angop", "Agência de Informação de Moçambique", "AIM", "TSF", "CNN Portugal", "Antena 1", "Observador",
            "Poder360", "Agência Ecclesia", "Agência Pública", "Rádio Renascença", "Lance!"]
NAMES = ["Margarida Fonseca", "Duarte Monteiro", "Carolina Matos", "Nuno Tavares", "Leonor Pinto", "Bruno Azevedo",
         "Joana Correia", "Vinícius Lima", "Letícia Araújo", "Henrique Vasconcelos", "Sofia Mendes",
         "Eduardo Nascimento"]
CITIES = ["Braga", "Faro", "Aveiro", "Setúbal", "Funchal", "Luanda", "Maputo", "Manaus", "Belém", "Goiânia",
          "Florianópolis", "Campinas"]
SITES = ["Notícias do Minho", "Jornal Tecno", "O Algarvio Digital", "Lance Final", "Diário de Luanda Online",
         "Voz do Planalto", "Revista Conexão"]
BUSINESSES = [
    ("Canalizações Ribeiro", "canalização e aquecimento",
     ["Reparação de fugas", "Instalação de esquentadores", "Desentupimentos", "Piso radiante"], "canalizacoesribeiro.pt"),
    ("Eletricista Luz Forte", "serviços elétricos",
     ["Quadros elétricos", "Certificação elétrica", "Iluminação LED", "Carregadores para carros elétricos"], "luzforte.pt"),
    ("Pet Shop Amigo Fiel", "banho, tosa e produtos para pets",
     ["Banho e tosa", "Rações premium", "Hotelzinho para cães", "Táxi dog"], "amigofielpet.com.br"),
    ("Escola de Línguas Mundo", "cursos de idiomas",
     ["Inglês para adultos", "Espanhol intensivo", "Preparação para exames Cambridge", "Aulas online"], "escolamundo.pt"),
    ("Marcenaria Bom Jesus", "móveis planejados",
     ["Cozinhas planejadas", "Guarda-roupas sob medida", "Painéis de TV", "Restauro de móveis"], "marcenariabomjesus.com.br"),
    ("Lavandaria Bolha Azul", "lavandaria e engomadoria",
     ["Lavagem ao quilo", "Limpeza a seco", "Recolha e entrega ao domicílio", "Tratamento de tapetes"], "bolhaazul.pt"),
]

HEADLINE_DUPS = [
    "{title} - Desporto - {site}",
    "{title} | Futebol",
    "{title} | {site} Tecnologia",
    "Reportagem: {title}",
    "{title} (com fotos)",
    "Entrevista | {title}",
    "{title} — o que se sabe até agora",
    "Análise: {title}",
    "{title} | País",
    "{title} / {city} / {site}",
    "Exclusivo {site}: {title}",
    "{TITLE} | {city}",
    "{title} | Fotogaleria",
    "Crónica | {title}",
    "DIRETO: {title}",
    "Testámos: {title}",
]

BYLINES = [
    "{name}, em {city}",
    "Texto de {name}",
    "{name} (texto) e {name2} (fotografia)",
    "Publicado às 07:40 de 11.07.2025",
    "11 jul 2025, 07:40",
    "Atualizado há 2 horas",
    "{min} min de leitura",
    "{city}, 11 jul ({agency}) –",
    "Redação {site} com {agency}",
    "{name} — Editor de Desporto",
    "Jornalista: {name}",
    "Testado por {name}",
    "Coluna assinada por {name}",
    "Opinião de {name}",
    "Última atualização: sexta-feira, 11 de julho de 2025 às 16h05",
    "Edição: {name2} · Reportagem: {name}",
]

CAPTIONS = [
    "Foto: LUSA",
    "Fotografia: D.R.",
    "Imagem: reprodução de vídeo",
    "(Créditos: {name}/{site})",
    "Foto de arquivo {agency}",
    "Foto: Divulgação/Prefeitura de {city}",
    "Foto: {name} / Global Imagens",
    "Foto: Pexels",
    "O avançado festeja o golo no estádio de {city}. {name}/{agency}",
    "A ministra durante a conferência de imprensa em {city} (Foto: {agency})",
    "Galeria: 10 fotos",
    "Ampliar imagem",
    "Imagem gerada por inteligência artificial",
    "Infografia: {site}/INE",
    "Foto cedida pelo clube",
    "© {name} | Observador",
]

INLINE = [
    "Anúncio",
    "PUB",
    "Continue a ler abaixo",
    "Leia ainda: {other}",
    "Veja ainda: {other}",
    "Recomendado: {other}",
    "Artigo relacionado » {other}",
    "Conteúdo de parceiro",
    "Exclusivo assinantes",
    "Ouvir notícia",
    "Ver vídeo",
    "Sondagem: concorda com a decisão?",
    "Ficha técnica",
    "Veja as fotos ➜",
    "O artigo continua após o anúncio",
    "Quer saber mais? {other}",
]

RELATED_HEADERS = [
    "Artigos relacionados",
    "Mais vistos",
    "Pode também gostar de",
    "Últimas do Desporto",
    "Em destaque",
    "Recomendados",
    "Mais sobre {city}",
    "Outras notícias",
    "Não perca",
    "TOP 5 DA SEMANA",
    "Vídeos em alta",
    "Veja mais",
    "Na sua região",
]

SOURCE_FOOTERS = [
    "Com Lusa",
    "Conteúdo sob licença {agency}.",
    "Texto publicado originalmente na edição impressa do {site}.",
    "Atualizado às 16:05 com a reação do clube.",
    "Correção: ao contrário do que foi inicialmente noticiado, a reunião decorre na quinta-feira.",
    "Declaração de interesses: o equipamento foi cedido pela marca para testes.",
    "Reprodução permitida desde que citada a fonte.",
    "Para sugestões ou correções: {email}",
    "{name} é editora de tecnologia do {site}.",
    "Com colaboração de {name2}, em {city}",
    "Tradução: {name3}",
    "Se precisar de ajuda, ligue para o SOS Voz Amiga: 213 544 545.",
    "Por decisão pessoal, o autor do texto não escreve segundo o novo Acordo Ortográfico.",
    "Reportagem apoiada por {agency}; a redação manteve total independência.",
    "Os textos de opinião são da responsabilidade dos seus autores.",
    "({agency}/{site})",
]

SOCIAL = [
    "Partilhar no Facebook",
    "Partilhe este artigo",
    "Instagram do {site}: @{handle}",
    "Adicione o {site} às suas fontes no Google Notícias",
    "Subscreva o nosso canal de YouTube",
    "Junte-se à conversa: comente abaixo",
    "Guardar artigo",
    "Imprimir página",
    "Comentários: 18",
    "Inicie sessão para comentar",
    "Denunciar comentário",
    "Tags: Benfica, Liga, Mercado",
    "#Futebol #Liga",
    "Envie-nos fotos pelo WhatsApp: 912 555 123",
    "Acompanhe o {site} no Threads e no Bluesky",
    "X · Facebook · LinkedIn · E-mail",
]

NEWSLETTER = [
    "Subscreva a newsletter e receba as notícias da manhã",
    "Assine o {site}: 3 meses por 1 €",
    "Ofereça uma assinatura",
    "Oferecer este artigo",
    "Atingiu o limite de artigos gratuitos",
    "Este artigo é exclusivo para assinantes",
    "Contribua com o jornalismo local: doe a partir de R$ 10",
    "Consigne 0,5% do seu IRS ao {site}",
    "Este artigo inclui links afiliados. Se comprar através deles, o {site} pode receber uma comissão.",
    "Ouça o podcast no Spotify ou na Apple Podcasts",
    "Descarregue a app do {site}",
    "Receba alertas no telemóvel",
    "Bilhetes à venda para a Gala do Desporto {site}",
    "Inscreva-se no webinar gratuito de quinta-feira",
    "Passatempo: habilite-se a ganhar dois bilhetes para o concerto",
    "Comprar assinatura digital",
]

PROMO_OPENERS = [
    "E por hoje é tudo. Até amanhã!",
    "Continue connosco em {site}.",
    "Patrocinado | {biz}",
    "Publirreportagem",
    "Parceiro {site}: {biz}",
    "Sugestão da semana: {biz}",
    "Informação comercial",
]

PROMO_BODIES = [
    "Mora em {city} e precisa de {service}?",
    "Há mais de 25 anos que a {biz} presta serviços de {service} com rigor.",
    "Orçamentos gratuitos, profissionais certificados e garantia em todos os trabalhos.",
    "Os nossos serviços:",
    "Ligue já: +351 253 555 123",
    "Saiba mais em www.{domain}",
    "E-mail: geral@{domain}",
    "WhatsApp: (21) 99555-0123",
    "Linha grátis 800 555 123 · Marcações online em {domain}",
    "Aceitamos MB Way, Pix e cartão. Visite {domain}",
]
