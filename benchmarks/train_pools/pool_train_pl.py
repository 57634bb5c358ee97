"""Pula treningowa (polski) dla modelu linii-śmieci / Polish training pool for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["PAP", "Polska Agencja Prasowa", "ISBnews", "Informacyjna Agencja Radiowa", "IAR", "TVN24", "Polsat News",
            "RMF FM", "Polskie Radio", "TVP Info", "KAI", "Business Insider Polska"]
NAMES = ["Anna Nowak", "Piotr Wiśniewski", "Katarzyna Wójcik", "Tomasz Kamiński", "Magdalena Lewandowska",
         "Michał Zieliński", "Agnieszka Szymańska", "Paweł Woźniak", "Joanna Dąbrowska", "Krzysztof Kozłowski",
         "Marta Jankowska", "Jakub Mazur"]
CITIES = ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Lublin", "Katowice", "Szczecin",
          "Białystok", "Rzeszów", "Bydgoszcz"]
SITES = ["Kurier Nadwiślański", "Gazeta Pomorska Online", "Wiadomości24", "Głos Regionu", "Dziennik Miejski",
         "Echo Śląska", "Fakty Dnia"]
BUSINESSES = [
    ("Hydraulik Kowalczyk", "usługi hydrauliczne i grzewcze",
     ["Usuwanie awarii", "Montaż pieców gazowych", "Przepychanie kanalizacji", "Remonty łazienek"], "hydraulik-kowalczyk.pl"),
    ("Przeprowadzki Sokół", "przeprowadzki i transport mebli",
     ["Przeprowadzki mieszkań", "Przeprowadzki biur", "Magazynowanie", "Pakowanie i zabezpieczanie"], "przeprowadzki-sokol.pl"),
    ("Gabinet Stomatologiczny Uśmiech", "stomatologię zachowawczą i estetyczną",
     ["Higienizacja", "Implanty", "Aparaty ortodontyczne", "Pomoc w nagłych przypadkach"], "usmiech-stomatologia.pl"),
    ("Szkoła Jazdy Start", "kursy prawa jazdy",
     ["Kat. B", "Jazdy doszkalające", "Testy teoretyczne online", "Kat. A"], "szkolajazdystart.pl"),
    ("Ogrody Zielony Zakątek", "zakładanie i pielęgnację ogrodów",
     ["Przycinanie drzew", "Trawniki z rolki", "Systemy nawadniania", "Koszenie trawy"], "zielonyzakatek.pl"),
    ("Biuro Rachunkowe Bilans", "księgowość i doradztwo podatkowe",
     ["Rozliczenia PIT", "Kadry i płace", "Zakładanie firm", "Pełna księgowość"], "biuro-bilans.pl"),
]

HEADLINE_DUPS = [
    "{title} | {site}",
    "{site} - {title}",
    "{TITLE}",
    "{title} | Wiadomości {city}",
    "{title} - Polityka - {site}",
    "PILNE: {title}",
    "{title} (wideo)",
    "NA ŻYWO | {title}",
    "{title} :: {site}",
    "Opinia | {title}",
    "{title} – Gospodarka – {site}",
    "„{title}”",
    "{title} » {site}",
    "WIDEO | {title}",
    "Tylko u nas: {title}",
    "{site} • {title}",
]

BYLINES = [
    "Autor: {name}",
    "{name}, {name2}",
    "{name} | {city}",
    "Opublikowano: 04.06.2025, 08:12",
    "Aktualizacja: 12.05.2025 17:45",
    "{city} ({agency}) -",
    "Czas czytania: {min} min",
    "{min} min czytania",
    "{name}, korespondentka, {city}",
    "Redakcja {site}",
    "{name} · wtorek, 10 czerwca 2025",
    "22.04.2025, 06:00",
    "Tekst: {name} | Zdjęcia: {name2}",
    "{name} / {agency}",
    "Napisał {name}",
    "OPRAC. {name}",
    "Felieton {name}",
    "dzisiaj, 14:32",
]

CAPTIONS = [
    "Fot. {agency}",
    "Fot. {name}/{agency}",
    "(fot. {name})",
    "Zdjęcie archiwalne",
    "Protestujący przed urzędem miasta, {city}, wtorek. Fot. {name} / {agency}",
    "Ilustracja: {site}",
    "Zrzut ekranu z X",
    "Wideo: {site}",
    "Infografika: {site} na podst. danych GUS",
    "Fot. materiały prasowe",
    "Port o świcie. (fot. {name} dla {site})",
    "Zdjęcie ilustracyjne / {agency}",
    "FOT. {name} / PAP",
    "Źródło zdjęcia: {agency}",
    "Źródło: {agency} | Opracowanie: {site}",
    "fot. Adobe Stock",
]

INLINE = [
    "Reklama",
    "REKLAMA",
    "- Reklama -",
    "Czytaj także: {other}",
    "Zobacz też: {other}",
    "CZYTAJ TEŻ",
    "Więcej na ten temat: {other}",
    "Dalsza część artykułu pod reklamą",
    "Artykuł sponsorowany",
    "Powiązane: {other}",
    "▶ {other}",
    "Zobacz wideo: {other}",
    "Treść dostępna dla subskrybentów",
    "[Czytaj więcej: {other}]",
    "Materiał partnera",
    "Najczęściej czytane: {other}",
]

RELATED_HEADERS = [
    "Powiązane artykuły",
    "Najczęściej czytane",
    "To może cię zainteresować",
    "Wiadomości: {city}",
    "Najnowsze w {site}",
    "Najczęściej udostępniane",
    "Więcej z tego działu",
    "Podobne tematy",
    "NAJNOWSZE WIADOMOŚCI",
    "Czytaj dalej",
    "Polecane przez redakcję",
    "Więcej od {site}",
]

SOURCE_FOOTERS = [
    "Na podstawie informacji {agency} i {agency2}",
    "(źródło: {agency})",
    "Źródła: {agency}, {agency2}",
    "© {year} {site}. Wszelkie prawa zastrzeżone.",
    "Kopiowanie i rozpowszechnianie bez zgody wydawcy zabronione.",
    "Sprostowanie: we wcześniejszej wersji tekstu podaliśmy błędną datę głosowania. Przepraszamy.",
    "Od redakcji: artykuł został zaktualizowany o nowe informacje.",
    "Artykuł ukazał się pierwotnie w serwisie {site}.",
    "Opinie wyrażone w tekście są poglądami autora i nie muszą odzwierciedlać stanowiska redakcji.",
    "Masz informacje w tej sprawie? Napisz na {email}.",
    "{name} – niezależna dziennikarka, {city}.",
    "Depesza przejęta w całości z serwisu {agency}.",
    "Współpraca: {name2}",
    "Kontakt z autorem: {email}",
    "Jeśli masz myśli samobójcze, zadzwoń pod numer 116 123 lub 800 70 2222.",
    "Tekst przedrukowany z The Conversation na licencji Creative Commons.",
    "Oprac. {name3}",
    "{agency} / {site}",
    "Komunikat prasowy przekazany przez {agency}.",
]

SOCIAL = [
    "Udostępnij na WhatsAppie",
    "Udostępnij na X",
    "Wyślij e-mailem",
    "Kopiuj link",
    "Obserwuj nas na Instagramie, Threads i Bluesky",
    "Dołącz do naszego kanału na WhatsAppie",
    "Śledź {site} na Telegramie",
    "Skomentuj artykuł poniżej",
    "Komentarze (31)",
    "Tagi: Sejm, budżet, mieszkania",
    "Tematy: Klimat · Energia · Transport",
    "Obserwuj {name} na LinkedIn",
    "Mastodon: @{handle}@101010.pl",
    "Facebook | X | WhatsApp | E-mail | Drukuj",
    "Przekaż informacje przez Signal: {phone}",
    "Skomentuj",
    "Bądź pierwszy, skomentuj",
]

NEWSLETTER = [
    "Najważniejsze wiadomości dnia codziennie rano na twojej skrzynce",
    "Subskrybuj za 1 zł przez pierwszy miesiąc",
    "Masz już subskrypcję? Zaloguj się",
    "Wesprzyj niezależne dziennikarstwo dowolną wpłatą.",
    "Włącz powiadomienia i bądź na bieżąco",
    "Pobierz aplikację {site}",
    "Artykuł zawiera linki afiliacyjne: za zakupy możemy otrzymać prowizję.",
    "Zarejestruj się bezpłatnie, aby czytać dalej",
    "Zostań patronem {site}",
    "Oferta specjalna: cyfrowa prenumerata 50% taniej",
    "Posłuchaj tego artykułu",
    "W tym miesiącu zostały ci 2 darmowe artykuły.",
    "Alerty z najważniejszymi wiadomościami prosto na telefon",
    "DOŁĄCZ DO PONAD 50 000 CZYTELNIKÓW",
    "Przekaż 1,5% podatku na naszą fundację",
    "W każdy piątek najlepsze teksty tygodnia w skrzynce mailowej",
]

PROMO_OPENERS = [
    "Dziękujemy za lekturę! Jutro wracamy z kolejnymi informacjami.",
    "Dzięki, że czytasz {site}. Bądź z nami na bieżąco.",
    "Materiał przygotowany przez {biz}",
    "We współpracy z {biz}",
    "Partnerem publikacji jest {biz}",
    "OGŁOSZENIE PŁATNE",
    "Nasz partner {biz} przedstawia ofertę:",
]

PROMO_BODIES = [
    "{city} i okolice: szukasz sprawdzonej firmy? Mamy dla ciebie {service}.",
    "{biz} oferuje {service} od ponad 20 lat.",
    "Bezpłatna wycena i szybki dojazd, także w weekendy.",
    "Nasze usługi:",
    "Zadzwoń: 22 123 45 67",
    "Umów wizytę na www.{domain}",
    "Kontakt: biuro@{domain} | tel. {phone}",
    "Napisz na WhatsAppie: 601 234 567",
    "Zamów darmową wycenę na {domain}!",
    "Pon.–sob. 8:00–18:00 – www.{domain}",
]
