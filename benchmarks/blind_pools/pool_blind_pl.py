"""Blind junk pool, Polish: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

# Templates use names, cities, sites and agencies only where Polish keeps the nominative
# (after a colon, in apposition: "serwis {site}", or on their own).
AGENCIES = [
    "PAP", "IAR", "Reuters", "AFP", "AP", "TVN24", "Polsat News", "RMF FM", "Radio ZET", "TVP Info",
    "Rzeczpospolita", "Onet", "Interia", "Wirtualna Polska", "Gazeta Wyborcza", "dpa", "Bloomberg",
    "Business Insider Polska", "money.pl", "Polskie Radio 24",
]
NAMES = [
    "Agnieszka Nowak", "Piotr Wiśniewski", "Katarzyna Wójcik", "Tomasz Kamiński", "Magdalena Lewandowska",
    "Marcin Zieliński", "Joanna Szymańska", "Krzysztof Dąbrowski", "Monika Kozłowska", "Paweł Jankowski",
    "Aleksandra Mazur", "Michał Krawczyk", "Ewa Piotrowska", "Łukasz Grabowski", "Natalia Pawlak",
    "Grzegorz Michalski", "Karolina Zając", "Jakub Król",
]
CITIES = [
    "Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź", "Katowice", "Lublin", "Szczecin", "Białystok",
    "Rzeszów", "Bydgoszcz", "Toruń", "Olsztyn", "Opole", "Kielce", "Gdynia", "Zielona Góra",
]
SITES = [
    "Gazeta Nadwiślańska", "Wieści24", "Dziennik Regionu", "Fakty Dnia", "Nowy Kurier Miejski", "Puls Kraju",
    "Echo Pomorza", "Przegląd Wydarzeń", "InfoPolska24", "Głos Mazowsza", "Tygodnik Obserwator", "Teraz Info",
]
# the service reads the same in the nominative and the accusative (used after "Oferujemy")
BUSINESSES = [
    ("Kancelaria Adwokacka Zając i Wspólnicy", "usługi prawne w sprawach karnych i drogowych",
     ["Obrona w sprawach karnych", "Odwołania od mandatów i utraty prawa jazdy", "Odszkodowania powypadkowe", "Dyżur adwokacki 24/7"],
     "kancelaria-zajac.pl"),
    ("Biuro Podróży Słoneczny Szlak", "wycieczki zagraniczne i rejsy",
     ["Weekendowe city breaki", "Rejsy po Morzu Śródziemnym", "Podróże poślubne", "Ubezpieczenie od kosztów rezygnacji"],
     "slonecznyszlak.pl"),
    ("Biuro Rachunkowe Bilans", "rozliczenia podatkowe i usługi księgowe",
     ["Zeznania PIT", "Kadry i płace", "Spadki i darowizny", "Obsługa jednoosobowych firm"],
     "biurobilans.pl"),
    ("SolarDom Energia", "panele fotowoltaiczne i pompy ciepła",
     ["Instalacje fotowoltaiczne", "Magazyny energii", "Ładowarki do aut elektrycznych", "Pomoc w uzyskaniu dotacji"],
     "solardom.pl"),
    ("Ochrona Strażnik", "systemy alarmowe i monitoring",
     ["Alarmy bezprzewodowe", "Kamery z powiadomieniem na telefon", "Drzwi antywłamaniowe", "Bezpłatny audyt bezpieczeństwa"],
     "ochrona-straznik.pl"),
    ("Centrum Rehabilitacji Ruch", "zabiegi fizjoterapeutyczne i masaże",
     ["Rehabilitacja pooperacyjna", "Terapia manualna", "Drenaż limfatyczny", "Wizyty domowe"],
     "centrum-ruch.pl"),
    ("Nieruchomości Dom i Ogród", "usługi pośrednictwa w obrocie nieruchomościami",
     ["Bezpłatna wycena mieszkania", "Zarządzanie najmem", "Rynek pierwotny", "Doradztwo kredytowe"],
     "domiogrod-nieruchomosci.pl"),
    ("Serwis Komputerowy Bajt", "naprawy komputerów i smartfonów",
     ["Wymiana ekranów", "Usuwanie wirusów", "Odzyskiwanie danych", "Konfiguracja sieci Wi-Fi"],
     "serwisbajt.pl"),
    ("Szkoła Jazdy Zielone Światło", "kursy prawa jazdy wszystkich kategorii",
     ["Kat. B", "Kat. A i A2", "Jazdy doszkalające", "Testy teoretyczne online"],
     "zieloneswiatlo-osk.pl"),
    ("Centrum Słuchu Echo", "aparaty słuchowe i bezpłatne badania słuchu",
     ["Badanie słuchu w 15 minut", "Aparaty z akumulatorem", "Terapia szumów usznych", "Serwis i naprawy"],
     "centrumsluchu-echo.pl"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} | {site}", "{title} · {site}", "{site}: {title}",
    "{title} - Wiadomości - {site}", "{title} / {agency}", "{title} — {site}", "PILNE | {title}",
]

BYLINES = [
    "Autor: {name}",
    "{name} | {date}",
    "{city} ({agency}) –",
    "Aktualizacja: 03.06.2025, 14:05",
    "Czas czytania: {min} min",
    "{name}, {city}",
    "Opracowanie: {name}",
    "{name}, {name2} / {agency}",
    "Data publikacji: 22.04.2025, 06:00",
    "Tekst: {name} · Zdjęcia: {name2}",
    "Felieton | {name}",
    "Rozmowa: {name}",
    "{date} · {min} min czytania",
    "Dzisiaj, 09:41 | {name}",
    "Oprac. {name2} · {site}",
]

CAPTIONS = [
    "Fot. {agency}/{name}",
    "Zdjęcie ilustracyjne",
    "fot. Adobe Stock",
    "Źródło zdjęcia: {agency}",
    "© {agency}",
    "{city}, 12 marca 2025 r. Fot. {name}/{agency}",
    "Ilustracja: {site}",
    "Grafika: {site}",
    "Materiały prasowe",
    "fot. archiwum prywatne",
    "Kadr z nagrania",
    "Zrzut ekranu",
    "Fot. {name} / Agencja Wyborcza.pl",
    "Zdjęcie archiwalne. Fot. {agency}",
]

INLINE = [
    "Reklama",
    "REKLAMA",
    "Czytaj także: {other}",
    "Zobacz też: {other}",
    "Polecamy: {other}",
    "Dalsza część tekstu pod reklamą",
    "Dalszy ciąg materiału pod wideo",
    "Artykuł sponsorowany",
    "Materiał partnera",
    "Wideo: {other}",
    "Przeczytaj również: {other}",
    "Więcej na ten temat: {other}",
    "Partner materiału: {biz}",
    "Treść dostępna dla subskrybentów",
    "Warto wiedzieć: {other}",
]

RELATED_HEADERS = [
    "Najczęściej czytane", "Więcej wiadomości", "Podobne artykuły", "Polecane dla Ciebie", "Najnowsze",
    "Zobacz również", "Inne teksty z tej kategorii", "Najważniejsze informacje dnia", "Teraz na czasie",
]

SOURCE_FOOTERS = [
    "Na podstawie: {agency}, {agency2}",
    "Opracowanie: {name}; redakcja: {name2}",
    "Współpraca: {name2}",
    "Korekta: w poprzedniej wersji tekstu podaliśmy błędną datę. Przepraszamy za pomyłkę.",
    "Od redakcji: artykuł zaktualizowano 4 listopada 2024 r.",
    "Tekst wyraża wyłącznie opinię autora i nie jest stanowiskiem redakcji.",
    "Artykuł nie stanowi rekomendacji inwestycyjnej w rozumieniu przepisów prawa.",
    "Kopiowanie i rozpowszechnianie bez zgody wydawcy zabronione.",
    "© {year} {site}. Przedruk wyłącznie za zgodą redakcji.",
    "Tekst ukazał się pierwotnie w serwisie {site}.",
    "Tłumaczenie: {name2}",
    "Materiał opublikowany na licencji Creative Commons.",
    "Autor zajmuje się tematyką sądową i kryminalną.",
    "Masz informacje w tej sprawie? Skontaktuj się z redakcją.",
    "Materiał agencyjny: {agency}",
    "Współpraca: {name2}, {city}",
    "Redakcja nie odpowiada za treść komentarzy.",
    "Oprac. {name3}",
    "Artykuł powstał we współpracy z serwisem {site}.",
    "Przedruk za zgodą serwisu {site}.",
    "Regulamin · Polityka prywatności · Ustawienia plików cookie",
    "Komentowanie tego artykułu zostało wyłączone.",
]

SOCIAL = [
    "Udostępnij",
    "Skopiuj link",
    "Wyślij e-mailem",
    "Wyślij przez WhatsApp",
    "Obserwuj nas na Instagramie i TikToku",
    "Dołącz do naszego kanału na WhatsAppie",
    "Kanał na Telegramie: bądź na bieżąco",
    "Tagi: {tag1}, {tag2}, {tag3}",
    "Tematy: {tag1} · {tag2}",
    "Komentarze ({min})",
    "Co o tym sądzisz? Napisz w komentarzu.",
    "Widzisz coś ciekawego? Napisz do nas na WhatsAppie: {phone}",
    "Podziel się tym tekstem ze znajomymi.",
    "{name} na X: @{handle}",
    "Polub nas na Facebooku",
]

NEWSLETTER = [
    "Chcesz codziennie rano dostawać najważniejsze wiadomości na maila? Zapisz się za darmo.",
    "Włącz powiadomienia i bądź na bieżąco z najważniejszymi wydarzeniami.",
    "Pierwszy miesiąc dostępu za 1 zł, bez zobowiązań.",
    "Wykorzystano {min} z 10 bezpłatnych artykułów w tym miesiącu.",
    "Masz już subskrypcję? Zaloguj się",
    "Dobre dziennikarstwo kosztuje. Wesprzyj nas dowolną kwotą.",
    "Zostań patronem redakcji i czytaj bez reklam.",
    "Artykuł zawiera linki afiliacyjne. Za zakupy dokonane za ich pośrednictwem redakcja może otrzymać prowizję.",
    "Pobierz aplikację {site} z App Store lub Google Play.",
    "Załóż darmowe konto, aby czytać dalej.",
    "Najważniejsze informacje także w SMS-ie. Włącz alerty.",
    "Wykup subskrypcję i czytaj bez ograniczeń.",
    "Ten artykuł jest dostępny w całości dla subskrybentów.",
]

PROMO_OPENERS = [
    "Dziękujemy za lekturę! Serwis {site} będzie na bieżąco informować o sprawie.",
    "Dziękujemy, że jesteś z nami. Kolejne informacje już wkrótce.",
    "Dziękujemy za uwagę. Zaglądaj do nas po kolejne aktualizacje.",
    "Materiał promocyjny",
    "Reklama – {biz}",
    "Polecamy lokalne firmy: {biz}",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Oferujemy {service} – szybko, rzetelnie i w uczciwej cenie.",
    "{biz} – od ponad 20 lat zaufany partner mieszkańców regionu.",
    "W naszej ofercie:",
    "Bezpłatna wycena i doradztwo.",
    "Zadzwoń: {phone} lub odwiedź {domain}.",
    "Umów wizytę online na www.{domain} lub pod numerem {phone}.",
    "Informacje i zapisy: {phone} | {domain}",
    "{domain} · tel. {phone} · pon.–sob.",
    "Skontaktuj się z nami już dziś: {phone}",
    "Więcej na https://{domain}",
    "Biuro: {city}, ul. Długa 12 · {domain}",
    "Pierwsza konsultacja gratis: {phone}",
]
