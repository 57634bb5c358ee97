"""Pool de treino (português, Brasil e Portugal) para o modelo de linhas de lixo / Portuguese training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["Agência Brasil", "Agência Lusa", "Lusa", "Estadão Conteúdo", "Folhapress", "Agência O Globo",
            "Agência Câmara", "Agência Senado", "RTP", "SIC Notícias", "Agência Estado", "UOL"]
NAMES = ["Ana Beatriz Souza", "João Pedro Almeida", "Mariana Costa", "Rafael Oliveira", "Beatriz Santos",
         "Tiago Ferreira", "Camila Ribeiro", "Gustavo Carvalho", "Inês Rodrigues", "Rui Pereira", "Larissa Gomes",
         "Felipe Barbosa"]
CITIES = ["São Paulo", "Rio de Janeiro", "Brasília", "Belo Horizonte", "Salvador", "Porto Alegre", "Recife",
          "Curitiba", "Lisboa", "Porto", "Coimbra", "Fortaleza"]
SITES = ["Diário do Planalto", "Jornal da Cidade Hoje", "Notícias em Foco", "O Correio Atlântico", "Portal Agora",
         "Gazeta do Litoral", "Folha Regional"]
BUSINESSES = [
    ("Desentupidora Rápida Silva", "desentupimento e encanamento",
     ["Desentupimento de pias e ralos", "Caça-vazamentos", "Limpeza de caixa de gordura", "Atendimento 24 horas"], "desentupidorasilva.com.br"),
    ("Mudanças Expresso Sul", "mudanças residenciais e comerciais",
     ["Mudanças locais", "Mudanças interestaduais", "Montagem de móveis", "Guarda-móveis"], "expressosulmudancas.com.br"),
    ("Clínica Odontológica Sorrir", "odontologia e estética dental",
     ["Limpeza e profilaxia", "Implantes dentários", "Aparelho ortodôntico", "Clareamento"], "clinicasorrir.com.br"),
    ("Autoescola Caminho Certo", "carta de condução",
     ["Aulas práticas", "Código online", "Categoria A e B", "Reciclagem de condutores"], "caminhocerto.pt"),
    ("Jardins & Cia Paisagismo", "jardinagem e paisagismo",
     ["Poda de árvores", "Grama em placas", "Irrigação automática", "Manutenção de condomínios"], "jardinsecia.com.br"),
    ("Contabilidade Moura", "contabilidade e assessoria fiscal",
     ["Declaração de IR", "Abertura de empresas", "Folha de pagamento", "MEI e Simples Nacional"], "contabilidademoura.com.br"),
]

HEADLINE_DUPS = [
    "{title} | {site}",
    "{site} - {title}",
    "{TITLE}",
    "{title} | Notícias de {city}",
    "{title} - Política - {site}",
    "ÚLTIMA HORA: {title}",
    "{title} (vídeo)",
    "AO VIVO: {title}",
    "{title} :: {site}",
    "Opinião | {title}",
    "{title} – Economia – {site}",
    "“{title}”",
    "{title} » {site}",
    "VÍDEO: {title}",
    "Exclusivo: {title}",
    "{site} • {title}",
]

BYLINES = [
    "Por {name}",
    "Por {name} e {name2}",
    "{name} | {city}",
    "Publicado em 04/06/2025 às 08h12",
    "Atualizado em 12/05/2025 às 17h45",
    "{city}, 3 de junho de 2025 –",
    "{city} ({agency}) –",
    "Leitura: {min} min",
    "Tempo de leitura: {min} minutos",
    "{name}, enviada especial a {city}",
    "Da Redação",
    "{name} · terça-feira, 10 de junho de 2025",
    "22/04/2025 - 06:00",
    "Texto: {name} | Fotos: {name2}",
    "{name} / {agency}",
    "Escrito por {name}",
    "POR {agency}",
    "Coluna de {name}",
]

CAPTIONS = [
    "Foto: {agency}",
    "Fotografia: {name}/{agency}",
    "(Foto: {name})",
    "Imagem de arquivo",
    "Manifestantes em frente à prefeitura de {city} nesta terça-feira. {name}/{agency}",
    "Ilustração: {site}",
    "Reprodução/Instagram",
    "Vídeo: {site}",
    "Infografia: {site} com dados do IBGE",
    "Divulgação",
    "O porto de {city} ao amanhecer (Foto: {name} para {site})",
    "Foto ilustrativa / {agency}",
    "FOTO: {name} / ESTADÃO",
    "Crédito: {name}",
    "Fonte: {agency} | Arte: {site}",
    "Imagem: Arquivo pessoal",
]

INLINE = [
    "Publicidade",
    "PUBLICIDADE",
    "- Publicidade -",
    "Leia também: {other}",
    "Veja também: {other}",
    "LEIA MAIS",
    "Saiba mais: {other}",
    "Continua depois da publicidade",
    "Conteúdo patrocinado",
    "Relacionada: {other}",
    "➤ {other}",
    "Assista: {other}",
    "Conteúdo exclusivo para assinantes",
    "[Leia mais: {other}]",
    "Publieditorial",
    "Mais lida: {other}",
]

RELATED_HEADERS = [
    "Notícias relacionadas",
    "Mais lidas",
    "Você também pode gostar",
    "Mais notícias de {city}",
    "Últimas de {site}",
    "Mais compartilhadas",
    "Nesta seção",
    "Assuntos relacionados",
    "ÚLTIMAS NOTÍCIAS",
    "Continue lendo",
    "Escolhas do editor",
    "Mais de {site}",
]

SOURCE_FOOTERS = [
    "Com informações de {agency} e {agency2}",
    "(Com {agency})",
    "Fontes: {agency}, {agency2}",
    "© {year} {site}. Todos os direitos reservados.",
    "É proibida a reprodução total ou parcial deste conteúdo sem autorização.",
    "Errata: uma versão anterior deste texto informava a data errada da votação. A informação foi corrigida.",
    "Nota da redação: esta reportagem foi atualizada com novas informações.",
    "Este artigo foi publicado originalmente em {site}.",
    "Os artigos de opinião não refletem necessariamente a posição do jornal.",
    "Tem uma denúncia ou sugestão de pauta? Escreva para {email}.",
    "{name} é jornalista freelancer baseada em {city}.",
    "Texto reproduzido na íntegra a partir do serviço da {agency}.",
    "Colaborou {name2}",
    "Contato do autor: {email}",
    "Se você está pensando em suicídio, ligue 188 (CVV). O atendimento é gratuito.",
    "Artigo republicado do The Conversation sob licença Creative Commons.",
    "Edição: {name3}",
    "{agency} / {site}",
    "Comunicado divulgado pela {agency}.",
]

SOCIAL = [
    "Compartilhe no WhatsApp",
    "Partilhar no X",
    "Enviar por e-mail",
    "Copiar link",
    "Siga-nos no Instagram, Threads e Bluesky",
    "Entre no nosso canal do WhatsApp",
    "Acompanhe no Telegram: t.me/{handle}",
    "Deixe sua opinião nos comentários",
    "Comentários (9)",
    "Palavras-chave: Congresso, Orçamento, Saúde",
    "Temas: Clima · Energia · Transportes",
    "Siga {name} no LinkedIn",
    "Mastodon: @{handle}@mastodon.com.br",
    "Facebook | X | WhatsApp | E-mail | Imprimir",
    "Envie sua denúncia pelo Signal: {phone}",
    "Comentar",
    "Seja o primeiro a comentar",
]

NEWSLETTER = [
    "Receba as principais notícias do dia no seu e-mail",
    "Assine por R$ 1,90 no primeiro mês",
    "Já é assinante? Faça login",
    "Apoie o jornalismo independente: contribua.",
    "Ative as notificações e fique por dentro",
    "Baixe o aplicativo do {site}",
    "Este texto contém links de afiliados: podemos receber comissão pelas compras.",
    "Cadastre-se grátis para continuar lendo",
    "Seja membro do clube {site}",
    "Oferta especial: assinatura digital com 50% de desconto",
    "Ouça esta reportagem",
    "Você ainda tem 2 reportagens gratuitas este mês.",
    "Alertas de notícias direto no seu celular",
    "JUNTE-SE A MAIS DE 40 MIL LEITORES",
    "Faça uma doação via Pix e ajude a manter o site no ar",
    "Assine já e tenha acesso ilimitado",
]

PROMO_OPENERS = [
    "Obrigado pela leitura! Voltamos amanhã com mais novidades.",
    "Obrigado por acompanhar o {site}. Continue ligado.",
    "Conteúdo oferecido por {biz}",
    "Em parceria com {biz}",
    "Com o apoio de {biz}",
    "INFORME PUBLICITÁRIO",
    "Nosso parceiro {biz} apresenta:",
]

PROMO_BODIES = [
    "Procurando profissionais de {service} em {city}?",
    "A {biz} oferece {service} com mais de 20 anos de experiência.",
    "Orçamento sem compromisso e atendimento rápido, inclusive aos fins de semana.",
    "Nossos serviços:",
    "Ligue: (11) 3456-7890",
    "Agende pelo site www.{domain}",
    "Contato: contato@{domain} | Tel. {phone}",
    "Chame no WhatsApp: (11) 98765-4321",
    "Peça já seu orçamento grátis em {domain}!",
    "Segunda a sábado, das 8h às 18h – www.{domain}",
]
