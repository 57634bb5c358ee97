"""Pula treningowa, druga seria (polski: portale regionalne, sportowe i technologiczne, magazyny) dla modelu
linii-śmieci / Polish training pool, second batch, for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["Onet", "Interia", "Wirtualna Polska", "PAP MediaRoom", "Radio ZET", "Dziennik Gazeta Prawna",
            "Rzeczpospolita", "Sport.pl", "Przegląd Sportowy", "Agencja Gazeta", "Newseria", "Radio Kraków"]
NAMES = ["Aleksandra Kaczmarek", "Bartosz Grabowski", "Natalia Pawlak", "Łukasz Michalski", "Zuzanna Król",
         "Mateusz Wieczorek", "Karolina Jabłońska", "Adrian Nowakowski", "Dominika Majewska", "Grzegorz Olszewski",
         "Weronika Stępień", "Kamil Dudek"]
CITIES = ["Toruń", "Olsztyn", "Kielce", "Opole", "Zielona Góra", "Gdynia", "Sopot", "Częstochowa", "Radom",
          "Gliwice", "Zakopane", "Koszalin"]
SITES = ["Gazeta Warmińska", "TechPortal24", "Sportowy Puls", "Nowiny Kujawskie", "Kurier Bałtycki",
         "Serwis Miejski", "Magazyn Zdrowie i Styl"]
BUSINESSES = [
    ("Dekarstwo Nowicki", "pokrycia dachowe",
     ["Blachodachówka", "Rynny i obróbki blacharskie", "Ocieplenie poddasza", "Naprawy po wichurach"], "dekarstwo-nowicki.pl"),
    ("Fotowoltaika SłońceMax", "instalacje fotowoltaiczne",
     ["Panele na dach i grunt", "Magazyny energii", "Pompy ciepła", "Pomoc w uzyskaniu dotacji"], "sloncemax.pl"),
    ("Rehabilitacja Ruch", "fizjoterapia i rehabilitacja",
     ["Terapia manualna", "Masaż leczniczy", "Rehabilitacja pourazowa", "Wizyty domowe"], "rehabilitacja-ruch.pl"),
    ("Okna Kaszuby", "okna i drzwi",
     ["Okna PCV i aluminiowe", "Drzwi antywłamaniowe", "Rolety zewnętrzne", "Serwis i regulacja okien"], "oknakaszuby.pl"),
    ("Korepetycje Prymus", "korepetycje i kursy",
     ["Matura z matematyki", "Egzamin ósmoklasisty", "Angielski dla dzieci", "Zajęcia online"], "prymus-korepetycje.pl"),
    ("Pomoc Drogowa Tur", "pomoc drogowa i holowanie",
     ["Holowanie 24h", "Uruchamianie akumulatora", "Transport aut z zagranicy", "Wymiana koła na trasie"], "pomocdrogowa-tur.pl"),
]

HEADLINE_DUPS = [
    "{title} - Piłka nożna - {site}",
    "{title} [ZDJĘCIA]",
    "{title} [NAGRANIE]",
    "{title} - wiadomości z regionu",
    "RELACJA NA ŻYWO: {title}",
    "Recenzja: {title}",
    "WYWIAD. {title}",
    "{title}. Co wiemy?",
    "{site} » Region » {title}",
    "{TITLE} [AKTUALIZACJA]",
    "Komentarz: {title}",
    "{title} | {city}",
    "Nasz news: {title}",
    "Z ostatniej chwili: {title}",
    "{title} (galeria)",
    "Analiza | {title}",
]

BYLINES = [
    "Autorka: {name}",
    "{name} / Redakcja sportowa",
    "Opracowanie: {name}",
    "11 lipca 2025, 07:40",
    "Data publikacji: 11.07.2025 07:40",
    "Zaktualizowano: 12.07.2025, 16:05",
    "Artykuł przeczytasz w {min} min",
    "{city}, 11.07 ({agency}) –",
    "Źródło: {agency} | Autor: {name}",
    "Testował: {name}",
    "Rozmawiał: {name}",
    "Tekst i zdjęcia: {name}",
    "Korespondent: {name}",
    "Wydanie: {name2} | Reportaż: {name}",
    "{name} – dziennikarz działu Kraj",
    "Godzinę temu",
    "Komentarz redaktora naczelnego",
]

CAPTIONS = [
    "fot. PAP/{name}",
    "Fot. Agencja Gazeta",
    "fot. Pixabay",
    "Fot. KMP {city}",
    "Fot. UM {city}",
    "Fot. X/@{handle}",
    "Zdjęcie: materiały producenta",
    "fot. nadesłane",
    "Napastnik cieszy się z gola. Fot. {name}/{agency}",
    "Minister podczas konferencji prasowej. Fot. {agency}",
    "Galeria (15 zdjęć)",
    "Powiększ zdjęcie",
    "fot. archiwum {site}",
    "Grafika: {site} / Dane: NBP",
    "Zdjęcie wygenerowane przez AI",
    "(fot. ilustracyjne)",
]

INLINE = [
    "REKLAMA – PRZEWIŃ DALEJ",
    "Treść sponsorowana",
    "Materiał promocyjny",
    "Przeczytaj również: {other}",
    "Sprawdź też: {other}",
    "Polecamy: {other}",
    "ZOBACZ: {other}",
    "Więcej informacji ➤ {other}",
    "Dalszy ciąg tekstu poniżej",
    "Odtwórz wideo",
    "Wersja audio",
    "Tylko dla subskrybentów",
    "Sonda: co o tym sądzisz?",
    "Dane techniczne",
    "Kliknij, aby zobaczyć galerię",
    "Wcześniej pisaliśmy: {other}",
]

RELATED_HEADERS = [
    "Polecane artykuły",
    "Zobacz również",
    "Najnowsze z kategorii Sport",
    "Z regionu",
    "Popularne teraz",
    "Inne wiadomości",
    "Warto przeczytać",
    "Testy i recenzje",
    "Wybrane dla ciebie",
    "NA CZASIE",
    "Ostatnio dodane",
    "Ważne tematy",
    "Czytaj więcej z działu",
]

SOURCE_FOOTERS = [
    "(PAP) ab/ mk/",
    "Źródło: PAP, własne",
    "Tekst ukazał się w weekendowym wydaniu papierowym.",
    "Aktualizacja, godz. 16:05: dodaliśmy komentarz klubu.",
    "Poprawka: w pierwotnej wersji artykułu błędnie podaliśmy nazwisko trenera.",
    "Sprzęt do testów dostarczył producent, który nie miał wpływu na treść recenzji.",
    "Materiał chroniony prawem autorskim. Dalsze rozpowszechnianie wyłącznie za zgodą wydawcy.",
    "Masz temat? Napisz: {email} lub zadzwoń: 58 555 12 34",
    "Autorka jest dziennikarką działu Sport.",
    "Współpracowała: {name2}",
    "Tłumaczenie: {name3}",
    "Potrzebujesz wsparcia? Zadzwoń pod bezpłatny numer 116 111.",
    "Artykuł sponsorowany. Za treść odpowiada zleceniodawca.",
    "Licencja: {agency}. Zakaz przedruku.",
    "Zauważyłeś błąd? Daj znać: {email}",
    "Tekst pochodzi z serwisu {agency}.",
]

SOCIAL = [
    "Udostępnij na Facebooku",
    "Udostępnij artykuł",
    "Dodaj {site} do ulubionych źródeł w Google News",
    "Nasz Instagram: @{handle}",
    "Subskrybuj nasz kanał na YouTube",
    "Zaloguj się, aby dodać komentarz",
    "Zgłoś błąd",
    "Zapisz artykuł",
    "Komentarze: 27",
    "Dodaj komentarz",
    "Słowa kluczowe: Ekstraklasa, transfery, Legia",
    "#Ekstraklasa #piłka",
    "Wyślij zdjęcie na WhatsApp: 601 555 123",
    "Dołącz do dyskusji na naszym Facebooku",
    "Przydatny artykuł? Tak / Nie",
    "Jesteśmy też na: TikTok · Threads · YouTube",
]

NEWSLETTER = [
    "Zapisz się na newsletter sportowy",
    "Wypróbuj {site} Premium za 1 zł",
    "Podaruj prenumeratę",
    "Podaruj ten artykuł znajomemu",
    "Wykorzystałeś limit darmowych artykułów",
    "Ten artykuł jest dostępny w ramach subskrypcji.",
    "Postaw nam kawę na Buycoffee",
    "Wspieraj nas na Patronite",
    "Linki w tym tekście mogą być afiliacyjne – przy zakupie otrzymujemy prowizję, a cena się nie zmienia.",
    "Ceny aktualne w dniu publikacji.",
    "Posłuchaj naszego podcastu na Spotify",
    "Ściągnij aplikację i włącz powiadomienia push",
    "Bilety na galę sportu już w sprzedaży!",
    "Konkurs: wygraj dwa bilety na koncert!",
    "Masz konto? Zaloguj się",
    "Kup dostęp",
]

PROMO_OPENERS = [
    "To wszystko na dziś. Do jutra!",
    "Zostań z nami – kolejne informacje już wkrótce.",
    "Artykuł partnera: {biz}",
    "Reklama | {biz}",
    "Firma godna polecenia: {biz}",
    "Informacja handlowa",
    "Lokalny biznes: {biz}",
]

PROMO_BODIES = [
    "Potrzebujesz fachowców? Nasza specjalność to {service}.",
    "{biz} – na rynku od 2001 roku. Dojazd gratis: {city} i gminy ościenne.",
    "Bezpłatny pomiar i kosztorys, gwarancja na wszystkie prace.",
    "Oferta obejmuje:",
    "Tel. +48 601 555 123",
    "Wyceny online: www.{domain}",
    "Napisz do nas: kontakt@{domain}",
    "WhatsApp / SMS: 512 555 123",
    "Bezpłatna infolinia 800 555 123 · {domain}",
    "Płatność BLIK-iem, kartą lub przelewem. Zarezerwuj termin na {domain}",
]
