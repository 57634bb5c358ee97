"""Blind junk pool, Portuguese: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "Lusa", "Agência Brasil", "Reuters", "AFP", "AP", "EFE", "Folhapress", "Estadão Conteúdo", "Agência O Globo",
    "RTP", "SIC Notícias", "TSF", "Público", "Expresso", "g1", "UOL", "CNN Portugal", "Agência Estado", "DW",
    "Observador",
]
NAMES = [
    "Ana Rita Carvalho", "João Pedro Santos", "Mariana Lopes", "Tiago Ferreira", "Beatriz Almeida", "Rui Monteiro",
    "Inês Duarte", "Carlos Eduardo Lima", "Fernanda Oliveira", "Gustavo Ribeiro", "Catarina Sousa", "Rafael Nogueira",
    "Juliana Costa", "Miguel Tavares", "Patrícia Azevedo", "Luís Figueiredo", "Camila Rocha", "André Pinto",
]
# only cities that take "em" without an article
CITIES = [
    "Lisboa", "Coimbra", "Braga", "Faro", "Setúbal", "Évora", "Viseu", "Aveiro", "São Paulo", "Brasília",
    "Belo Horizonte", "Salvador", "Porto Alegre", "Curitiba", "Fortaleza", "Manaus", "Luanda", "Maputo",
]
# no site name starts with an article, so that "de {site}" reads correctly
SITES = [
    "Notícias Já", "Folha do Vale", "Diário Atlântico", "Jornal da Serra", "Correio Paulista", "Gazeta Lusa",
    "Portal Agora", "Tribuna do Minho", "Voz do Planalto", "Semanário Norte", "Crónica Urbana", "Mundo em Foco",
]
BUSINESSES = [
    ("Tavares & Associados Advogados", "direito penal e acidentes de viação",
     ["Defesa criminal", "Contraordenações e cassação de carta", "Indemnizações por acidente", "Atendimento 24 horas"],
     "tavaresadvogados.pt"),
    ("Viagens Horizonte Azul", "viagens organizadas e cruzeiros",
     ["Escapadinhas de fim de semana", "Cruzeiros no Mediterrâneo", "Luas de mel", "Seguro de cancelamento"],
     "horizonteazul.pt"),
    ("Contabilidade Rocha", "contabilidade e declarações de IRS",
     ["Entrega do IRS", "Processamento salarial", "Heranças e doações", "Apoio a trabalhadores independentes"],
     "contabilidaderocha.pt"),
    ("SolMais Energia", "painéis solares e bombas de calor",
     ["Autoconsumo fotovoltaico", "Baterias domésticas", "Carregadores para elétricos", "Candidaturas a apoios"],
     "solmais.pt"),
    ("Guarda Segura Alarmes", "alarmes e videovigilância",
     ["Alarmes sem fios", "Câmaras ligadas à central", "Portas de segurança", "Avaliação de segurança gratuita"],
     "guardasegura.pt"),
    ("Clínica Fisio Vida", "fisioterapia e reabilitação",
     ["Reabilitação pós-cirúrgica", "Fisioterapia desportiva", "Drenagem linfática", "Tratamentos ao domicílio"],
     "fisiovida.pt"),
    ("Imobiliária Bela Vista", "compra, venda e arrendamento de casas",
     ["Avaliação gratuita", "Gestão de arrendamentos", "Empreendimentos novos", "Intermediação de crédito"],
     "imobiliariabelavista.pt"),
    ("InfoReparo", "reparação de computadores e celulares",
     ["Troca de tela", "Remoção de vírus", "Recuperação de dados", "Instalação de redes wi-fi"],
     "inforeparo.com.br"),
    ("Autoescola Sinal Verde", "aulas de direção e habilitação",
     ["Primeira habilitação", "Categoria A e B", "Aulas para habilitados", "Simulados online"],
     "autoescolasinalverde.com.br"),
    ("Centro Auditivo Som Claro", "aparelhos auditivos e exames de audição",
     ["Exame de audição gratuito", "Aparelhos recarregáveis", "Tratamento de zumbido", "Manutenção e reparos"],
     "somclaro.com.br"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site}: {title}",
    "{title} - Mundo - {site}", "{title} / {agency}", "{title} — {site}", "ÚLTIMA HORA | {title}",
]

BYLINES = [
    "Por {name} · 12 mar 2025, 07:30",
    "{name}, {agency} | {city}",
    "{city}, 9 mai 2025 ({agency}) -",
    "Atualizado em 03/06/2025 às 14h05",
    "Tempo de leitura: {min} min",
    "Reportagem de {name}, em {city}",
    "Da redação | {date}",
    "{name} e {name2} / {agency}",
    "Publicado em 22/04/2025 às 06h00",
    "Texto: {name} · Fotografia: {name2}",
    "Opinião | {name}",
    "Entrevista conduzida por {name}",
    "{date} · {min} minutos de leitura",
    "{name} — correspondente em {city}",
    "Redação {site} · Atualizado há {min} horas",
]

CAPTIONS = [
    "Foto: {name}/{agency}",
    "Fotografia: {agency}",
    "Crédito: {name}",
    "© {agency}",
    "Imagem de arquivo: vista de {city}. {agency}",
    "Reprodução/Instagram",
    "Divulgação",
    "Ilustração: {site}",
    "{name} / Getty Images",
    "Manifestantes reunidos no centro de {city}. ({agency})",
    "Arquivo pessoal",
    "Captura de ecrã",
    "Reprodução/YouTube",
    "{name}/{agency} - 12.mar.2025",
]

INLINE = [
    "Publicidade",
    "PUBLICIDADE",
    "Leia também: {other}",
    "Veja também: {other}",
    "Continua depois da publicidade",
    "Conteúdo patrocinado",
    "Saiba mais: {other}",
    "Vídeo: {other}",
    "Exclusivo para assinantes",
    "Em parceria com {biz}",
    "Recomendado para si: {other}",
    "Anúncio",
    "Entenda: {other}",
    "Continue a ler após o anúncio",
    "Conteúdo de marca",
]

RELATED_HEADERS = [
    "Notícias relacionadas", "Mais lidas", "Últimas notícias", "Veja mais", "Outras notícias de {site}",
    "Em destaque", "Continue a ler", "Mais sobre o tema", "Não perca",
]

SOURCE_FOOTERS = [
    "Com informações de {agency} e {agency2}.",
    "Com {agency}",
    "*Colaborou {name2}, de {city}",
    "Reportagem: {name}; edição: {name2}",
    "Errata: uma versão anterior deste texto indicava incorretamente a data do encontro. A informação foi corrigida.",
    "Nota da redação: este texto foi atualizado em 4 de novembro de 2024.",
    "As opiniões expressas neste artigo são da inteira responsabilidade do autor.",
    "Este conteúdo não constitui recomendação de investimento.",
    "É proibida a reprodução total ou parcial deste conteúdo sem autorização.",
    "{site} © {year} · reprodução proibida.",
    "Texto republicado com autorização de {site}.",
    "Publicado sob licença Creative Commons.",
    "Tradução: {name2}",
    "{name} escreve sobre justiça e segurança para {site}.",
    "Tem uma denúncia? Fale com a nossa redação pelo formulário de contacto.",
    "Distribuição: {agency}",
    "Fontes: {agency} / {agency2}",
    "Edição: {name3}",
    "Este artigo faz parte de uma parceria editorial com {site}.",
    "Os comentários deste artigo estão encerrados.",
    "Termos de uso · Política de privacidade · Definições de cookies",
    "O texto foi adaptado a partir de despacho de agência.",
]

SOCIAL = [
    "Copiar link",
    "Enviar por e-mail",
    "Compartilhe no WhatsApp",
    "Siga {name} no X: @{handle}",
    "Acompanhe {site} no Instagram e no TikTok",
    "Entre no canal de {site} no WhatsApp",
    "Receba as notícias no Telegram: procure por {site}",
    "Tópicos: {tag1}, {tag2}, {tag3}",
    "Temas: {tag1} · {tag2}",
    "Comentários ({min})",
    "Deixe a sua opinião nos comentários.",
    "Viu algo? Envie fotos e vídeos pelo WhatsApp {phone}",
    "Gostou? Compartilhe com os amigos.",
    "Partilhe este artigo",
    "Inscreva-se no nosso canal do YouTube",
]

NEWSLETTER = [
    "Receba todas as manhãs as principais notícias no seu e-mail. É grátis.",
    "Ative as notificações e seja o primeiro a saber.",
    "Assine por R$ 1,90 no primeiro mês.",
    "Já leu {min} dos 10 artigos gratuitos deste mês.",
    "Já é assinante? Faça login",
    "Jornalismo de qualidade tem custos. Contribua com um donativo.",
    "Torne-se assinante e tenha acesso ilimitado a todos os conteúdos.",
    "Este artigo contém links de afiliados; {site} pode receber uma comissão pelas compras.",
    "Baixe o app {site} na App Store ou no Google Play.",
    "Registe-se gratuitamente para continuar a ler.",
    "Receba alertas de última hora no telemóvel.",
    "Quer receber as notícias do dia por e-mail? Cadastre-se.",
    "Para continuar a ler, escolha um plano de assinatura.",
]

PROMO_OPENERS = [
    "Obrigado por ler! {site} continuará a acompanhar este assunto.",
    "Agradecemos a sua leitura. Em breve traremos novas atualizações.",
    "Obrigado por ter chegado até aqui. Fique connosco para mais novidades.",
    "Conteúdo publicitário",
    "Mensagem do nosso parceiro {biz}",
    "Publieditorial",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Procura um especialista em {service} em {city}?",
    "Há mais de 20 anos que {biz} é referência em {service}.",
    "Os nossos serviços:",
    "Orçamento gratuito e sem compromisso.",
    "Ligue {phone} ou visite {domain}.",
    "Marque já a sua consulta em www.{domain} ou pelo {phone}.",
    "Informações: {phone} | {domain}",
    "{domain} · Tel. {phone} · Seg. a sáb.",
    "Fale connosco hoje: {phone}",
    "Saiba mais em https://{domain}",
    "Visite-nos em {city} ou em {domain}.",
    "Primeira consulta gratuita: {phone}",
]
