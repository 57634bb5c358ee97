"""HTML input: sniffing and naming, decoding, extraction (trafilatura, resiliparse with ``fast``), the
library entry points, language-gated rules, the ``clean`` command on pages and corpus records that
hold pages. Every page here is written for these tests."""
from __future__ import annotations

import dataclasses
import gzip
import io
import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

import cleaner
from cleaner import Cleaner, Options, RuleError, html
from cleaner.cli import main
from cleaner.html import HtmlError, Page
from cleaner.io.records import CorpusOptions, Tally, clean_record

# --- pages ------------------------------------------------------------------------------------------

HEADLINE = "Lighthouse keepers return to Gull Point after forty years"
SITE = "Coastline Courier"
PARAGRAPHS = [
    "The lighthouse at Gull Point will be staffed again from next spring, the harbour trust said on Tuesday, ending four decades in which the lamp was run by a timer.",
    "Two keepers will live in the restored cottage beside the tower and guide visitors up the spiral stairs during the summer months.",
    "The trust spent most of last year repairing the lantern room, whose copper roof had been damaged by winter storms and salt spray.",
    "Local fishermen welcomed the news, saying a staffed light would make the rocky approach to the harbour safer on foggy nights.",
]
AD = "Advertisement"
TEASER = "Read more: City council approves new bicycle lanes on Baker Street"

NEWS_PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{HEADLINE} | {SITE}</title>
<meta property="og:site_name" content="{SITE}">
<meta name="author" content="Marta Olsen">
<meta property="article:published_time" content="2024-03-18">
</head>
<body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main>
<article>
<h1>{HEADLINE}</h1>
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>{AD}</p>
<p>{PARAGRAPHS[2]}</p>
<p>{TEASER}</p>
<p>{PARAGRAPHS[3]}</p>
</article>
</main>
<footer><p>Copyright 2024 {SITE}. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body>
</html>
"""
# What the page reads as before cleaning (the article text) and after.
NEWS_ARTICLE = "\n\n".join([HEADLINE, PARAGRAPHS[0], PARAGRAPHS[1], AD, PARAGRAPHS[2], TEASER, PARAGRAPHS[3]]) + "\n"
NEWS_CLEANED = "\n\n".join([HEADLINE, *PARAGRAPHS]) + "\n"
NEWS_BODY = "\n\n".join(PARAGRAPHS) + "\n"
NEWS_METADATA = {"title": HEADLINE, "date": "2024-03-18", "author": "Marta Olsen", "sitename": SITE, "language": "en"}
AD_LINE, TEASER_LINE = 7, 11  # their lines in NEWS_ARTICLE
AD_REASON = "advertisement slot marker"
TEASER_REASON = "teaser link to a story on another topic ('Read more:', 'Also read:', 'RELATED:')"

CAFE_TITLE = "Café owners “thrilled” by record summer"
CAFE_PARAGRAPHS = [
    "The seaside café on Rua Nova served more customers in August than in any month since it opened – nearly twice as many as last year.",
    "Its owners, who describe themselves as “thrilled”, plan to hire three more staff before the autumn festival begins.",
]
CAFE_TEXT = "\n\n".join([CAFE_TITLE, *CAFE_PARAGRAPHS]) + "\n"


def cafe_page(charset: str) -> str:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>{CAFE_TITLE}</title></head>\n'
        f"<body><article><h1>{CAFE_TITLE}</h1>\n<p>{CAFE_PARAGRAPHS[0]}</p>\n<p>{CAFE_PARAGRAPHS[1]}</p>\n</article></body></html>\n"
    )


SPANISH_TEASER = "Mira también: Los mejores chiringuitos de la costa"
SPANISH_PARAGRAPHS = [
    "El ayuntamiento aprobó el martes un plan para renovar el puerto viejo de la ciudad y abrir un museo marítimo en el antiguo almacén.",
    "Las obras comenzarán en otoño y durarán casi dos años, según explicó el alcalde ante los vecinos reunidos en la plaza.",
]


def spanish_page(lang: str | None) -> str:
    attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<!doctype html><html{attribute}><head><meta charset=\"utf-8\"><title>Nuevo museo en el puerto viejo</title></head>"
        f"<body><article><h1>Nuevo museo en el puerto viejo</h1><p>{SPANISH_PARAGRAPHS[0]}</p>"
        f"<p>{SPANISH_TEASER}</p><p>{SPANISH_PARAGRAPHS[1]}</p></article></body></html>"
    )


SPANISH_RULE = '''\
[[rule]]
id = "local.mira-tambien"
kind = "inline"
reason = "Spanish teaser link to another story"
pattern = \'\'\'^mira también\\s*:\\s*\\S.*$\'\'\'
languages = ["es", "pt"]

[rule.examples]
match = ["Mira también: Otra noticia del día"]
no_match = ["Mira el mar desde la terraza."]
'''

NO_TEXT_PAGE = "<!doctype html><html><head><title>Nothing to read here</title></head><body></body></html>"

PLAIN_STORY = (
    "Ferry timetable changes for the winter\n\n"
    "The island ferry will sail twice a day instead of four times from November, the operator said in a statement on Friday.\n\n"
    "Advertisement\n\n"
    "Commuters who cross every morning asked for an earlier boat, and the operator said it would look at the request again in spring.\n"
)
PLAIN_CLEANED = PLAIN_STORY.replace("Advertisement\n\n", "")


def feed_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.fixture
def news(tmp_path: Path) -> Path:
    return write(tmp_path / "lighthouse.html", NEWS_PAGE)


@pytest.fixture
def spanish_rules(tmp_path: Path) -> Path:
    return write(tmp_path / "rules" / "spanish.toml", SPANISH_RULE)


# --- sniffing and names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "start",
    [
        "<!DOCTYPE html><html>",
        "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">",
        "<html lang=\"en\">",
        "<HTML>",
        "<head><title>x</title>",
        "<body><p>x</p>",
        "<meta charset=\"utf-8\">",
        "<title>Just a title</title>",
        "\ufeff<!doctype html>",
        "  \n\t<html>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<!-- saved from url=(0014)about:internet -->\n<!-- another -->\n<html>",
        "\ufeff <?xml version=\"1.0\"?> <!-- note --> <!DOCTYPE html>",
    ],
)
def test_looks_like_html_takes_what_starts_as_a_page(start: str) -> None:
    assert html.looks_like_html(start + "<p>Some text.</p>")
    assert html.looks_like_html((start + "<p>Some text.</p>").encode("utf-8"))


@pytest.mark.parametrize(
    "start",
    [
        "",
        "Plain text that mentions <html> further along.",
        "<p>A fragment, not a page.</p>",
        "<div class=\"story\">A fragment.</div>",
        "<header>Top of a fragment</header>",
        "<Editor's note: this story was updated on Friday.>",
        "<b>Note:</b> bold text pasted from a mail",
        "<!doctype xml>",
        "<htmlish>",
        "<!-- a comment before text -->\nJust text after it.",
    ],
)
def test_looks_like_html_leaves_text_that_is_not_a_page(start: str) -> None:
    assert not html.looks_like_html(start)
    assert not html.looks_like_html(start.encode("utf-8"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("page.html", True),
        ("page.htm", True),
        ("PAGE.HTML", True),
        ("page.xhtml", True),
        ("page.html.gz", True),
        ("page.htm.gz", True),
        ("page.txt", False),
        ("page.html.bak", False),
        ("page.jsonl", False),
        ("page.gz", False),
        ("html", False),
    ],
)
def test_is_html_name(name: str, expected: bool) -> None:
    assert html.is_html_name(name) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("page.html", "page.txt"),
        ("page.htm", "page.txt"),
        ("page.htm.gz", "page.txt"),
        ("Page.XHTML", "Page.txt"),
        ("story.2024.html", "story.2024.txt"),
        ("notes", "notes.txt"),
    ],
)
def test_text_name(name: str, expected: str) -> None:
    assert html.text_name(name) == expected


# --- decoding -------------------------------------------------------------------------------------


def test_decode_html_reads_a_windows_1252_page_by_its_meta_charset() -> None:
    page = cafe_page("windows-1252")
    assert html.decode_html(page.encode("cp1252")) == page


@pytest.mark.parametrize("label", ["iso-8859-1", "ISO-8859-1", "latin1", "latin-1", "us-ascii", "ascii"])
def test_decode_html_reads_latin_1_and_ascii_labels_as_windows_1252(label: str) -> None:
    # the quotes and the dash are 0x93, 0x94 and 0x96: C1 controls in Latin-1, punctuation in 1252
    page = cafe_page(label)
    assert html.decode_html(page.encode("cp1252")) == page


def test_decode_html_bom_wins_over_the_meta_charset() -> None:
    page = cafe_page("windows-1252")
    assert html.decode_html(b"\xef\xbb\xbf" + page.encode("utf-8")) == page
    assert html.decode_html(b"\xff\xfe" + page.encode("utf-16-le")) == page
    assert html.decode_html(b"\xfe\xff" + page.encode("utf-16-be")) == page


def test_decode_html_without_a_declaration_is_utf_8_else_windows_1252() -> None:
    page = f"<html><body><p>{CAFE_PARAGRAPHS[0]}</p></body></html>"
    assert html.decode_html(page.encode("utf-8")) == page
    assert html.decode_html(page.encode("cp1252")) == page


def test_decode_html_ignores_a_utf_16_label_on_ascii_compatible_bytes() -> None:
    page = cafe_page("utf-16")
    assert html.decode_html(page.encode("utf-8")) == page


def test_decode_html_unknown_label_falls_back_to_utf_8() -> None:
    page = cafe_page("no-such-charset")
    assert html.decode_html(page.encode("utf-8")) == page


def test_decode_html_given_encoding_wins() -> None:
    page = cafe_page("utf-8")
    assert html.decode_html(page.encode("cp1252"), "cp1252") == page


def test_decode_html_bad_bytes_in_a_declared_utf_8_page_become_replacement_characters() -> None:
    data = b'<html><head><meta charset="utf-8"></head><body><p>caf\xe9 and \xff</p></body></html>'
    assert html.decode_html(data) == '<html><head><meta charset="utf-8"></head><body><p>caf\ufffd and \ufffd</p></body></html>'


def test_decode_html_never_raises_on_random_bytes() -> None:
    rng = random.Random(20240318)
    labels = [b"", b'<meta charset="utf-8">', b'<meta charset="windows-1252">', b'<meta charset="shift_jis">', b'<meta charset="koi8-r">', b'<meta charset="utf-16">']
    for _ in range(300):
        data = rng.choice(labels) + bytes(rng.randrange(256) for _ in range(rng.randrange(64)))
        assert isinstance(html.decode_html(data), str)


@pytest.mark.parametrize("label", ["base64", "hex", "rot13", "zlib", "idna", "punycode", "undefined"])
def test_decode_html_never_raises_on_a_non_text_codec_label(label: str) -> None:
    page = cafe_page(label)
    assert html.decode_html(page.encode("utf-8")) == page


# --- Page ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "sitename", "expected"),
    [
        ("Storm closes the harbour | Daily Planet", "Daily Planet", "Storm closes the harbour"),
        ("Storm closes the harbour - Daily Planet", "Daily Planet", "Storm closes the harbour"),
        ("Daily Planet: Storm closes the harbour", "Daily Planet", "Storm closes the harbour"),
        ("Storm: the harbour closes | Daily Planet", "Daily Planet", "Storm: the harbour closes"),
        ("Storm closes the harbour | Daily Planet", None, "Storm closes the harbour | Daily Planet"),
        ("Storm closes the harbour | Other Paper", "Daily Planet", "Storm closes the harbour | Other Paper"),
        ("Daily Planet", "Daily Planet", "Daily Planet"),
    ],
)
def test_page_headline_drops_the_site_name(title: str, sitename: str | None, expected: str) -> None:
    assert Page("Text.", title=title, sitename=sitename).headline() == expected


def test_page_without_a_title_has_no_headline() -> None:
    assert Page("Text.").headline() is None


def test_page_article_puts_the_headline_over_paragraphs_separated_by_blank_lines() -> None:
    page = Page("First paragraph.\n\n  \nSecond paragraph.", title="A headline | Site", sitename="Site")
    assert page.article() == "A headline\n\nFirst paragraph.\n\nSecond paragraph.\n"


def test_page_article_does_not_repeat_a_headline_the_text_starts_with() -> None:
    page = Page("A headline\nFirst paragraph.", title="A headline | Site", sitename="Site")
    assert page.article() == "A headline\n\nFirst paragraph.\n"
    assert Page("A HEADLINE\nFirst paragraph.", title="A headline").article() == "A HEADLINE\n\nFirst paragraph.\n"


def test_page_article_of_nothing() -> None:
    assert Page("").article() == ""
    assert Page("", title="Only a title").article() == "Only a title\n"
    assert Page("One paragraph.").article() == "One paragraph.\n"


def test_page_metadata_lists_the_fields_found() -> None:
    page = Page("Text.", title="T", url="https://example.org/a", date="2024-01-02", author=None, sitename="", language="en")
    assert page.metadata() == {"title": "T", "url": "https://example.org/a", "date": "2024-01-02", "language": "en"}
    assert Page("Text.").metadata() == {}


def test_page_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Page("Text.").text = "Other."  # type: ignore[misc]


# --- extraction -----------------------------------------------------------------------------------


def test_extract_news_page_keeps_the_article_and_reads_the_metadata() -> None:
    page = html.extract(NEWS_PAGE)
    assert page.headline() == HEADLINE
    assert page.metadata() == NEWS_METADATA
    assert page.article() == NEWS_ARTICLE
    for junk in ("Home", "Weather", "Privacy policy", "All rights reserved"):
        assert junk not in page.text


def test_extract_takes_bytes_and_a_url() -> None:
    page = html.extract(NEWS_PAGE.encode("utf-8"), url="https://coastline.example/gull-point")
    assert page.url == "https://coastline.example/gull-point"
    assert page.metadata()["url"] == "https://coastline.example/gull-point"
    assert page.article() == NEWS_ARTICLE


def test_extract_fast_gives_the_paragraphs_too() -> None:
    page = html.extract(NEWS_PAGE, fast=True)
    assert page.article() == NEWS_ARTICLE
    assert page.language == "en"
    for junk in ("Home", "Weather", "Privacy policy"):
        assert junk not in page.text


def test_extract_fast_does_not_use_trafilatura(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("trafilatura was called with fast=True")

    monkeypatch.setattr(html, "_trafilatura", refuse)
    assert html.extract(NEWS_PAGE, fast=True).article() == NEWS_ARTICLE


def test_extract_falls_back_to_resiliparse_when_trafilatura_keeps_less_than_half(monkeypatch: pytest.MonkeyPatch) -> None:
    short = Page(PARAGRAPHS[0][:40], title="Title from trafilatura", date="2024-03-18", sitename=SITE)
    monkeypatch.setattr(html, "_extract_trafilatura", lambda markup, url: short)
    page = html.extract(NEWS_PAGE)
    assert page.text == html.extract(NEWS_PAGE, fast=True).text
    assert (page.title, page.date, page.sitename) == ("Title from trafilatura", "2024-03-18", SITE)


def test_extract_keeps_trafilatura_when_it_keeps_half_or_more(monkeypatch: pytest.MonkeyPatch) -> None:
    fast_text = html.extract(NEWS_PAGE, fast=True).text
    enough = Page(fast_text[: len(fast_text) // 2 + 1], title="T")
    monkeypatch.setattr(html, "_extract_trafilatura", lambda markup, url: enough)
    assert html.extract(NEWS_PAGE) == enough


def test_extract_reads_the_language_from_the_html_element() -> None:
    assert html.extract(spanish_page("es-ES")).language == "es"
    assert html.extract(spanish_page("pt-BR"), fast=True).language == "pt"
    assert html.extract(spanish_page(None)).language is None


@pytest.mark.parametrize(
    "markup",
    [
        "<html><body><p>An unclosed paragraph that goes on<div><p>and another <b>bold <i>mixed</b> up</i>",
        "<html><<<>>><</p></p></div>&&&;<!-- unterminated comment",
        "<!DOCTYPE html>",
        "<html><body><p>A NUL \x00 byte inside a paragraph of text.</p></body></html>",
        "<html><script>var x = '<p>not text</p>';</script><body><p>Real text is here.</p></body></html>",
        "<html><body><![CDATA[ odd ]]><p>After the section.</p></body></html>",
        '<html><body><p class="a" class="b" =x y="">Duplicate attributes</p><img src=></body></html>',
        "<html><frameset><frame src='a.html'></frameset></html>",
        "<html><body>" + "<div>" * 2000 + "<p>Deep inside many folders of markup.</p>" + "</div>" * 2000 + "</body></html>",
        "   \n\t ",
        "",
    ],
)
@pytest.mark.parametrize("fast", [False, True])
def test_malformed_markup_never_raises(markup: str, fast: bool) -> None:
    page = html.extract(markup, fast=fast)
    assert isinstance(page, Page)
    assert "\x00" not in page.text
    result = Cleaner().clean_page(page)
    assert result.text == "" or result.text.endswith("\n")


def test_extract_of_nothing_is_an_empty_page() -> None:
    assert html.extract("") == Page("")
    assert html.extract(b"  \n") == Page("")


def test_extract_refuses_what_is_not_text_or_bytes() -> None:
    with pytest.raises(TypeError, match="^extract\\(\\) takes HTML as str or bytes, not int$"):
        html.extract(42)  # type: ignore[arg-type]


def test_html_error_is_a_value_error() -> None:
    assert issubclass(HtmlError, ValueError)


# --- the library ------------------------------------------------------------------------------------


def test_clean_html_drops_the_junk_and_keeps_the_paragraphs_byte_for_byte() -> None:
    result = Cleaner().clean_html(NEWS_PAGE)
    assert result.title == HEADLINE
    assert result.text == NEWS_CLEANED
    assert result.body == NEWS_BODY
    assert [(r.rule_id, r.first_line, r.text) for r in result.removals] == [
        ("inline.ad-marker", AD_LINE, AD),
        ("inline.teaser-link", TEASER_LINE, TEASER),
    ]
    assert result.metadata == NEWS_METADATA
    for paragraph in PARAGRAPHS:
        assert f"\n{paragraph}\n" in result.text


def test_clean_html_takes_bytes_and_fast() -> None:
    slow = Cleaner().clean_html(NEWS_PAGE.encode("utf-8"))
    fast = Cleaner().clean_html(NEWS_PAGE.encode("utf-8"), fast=True)
    assert slow.text == fast.text == NEWS_CLEANED
    assert fast.title == HEADLINE
    assert [r.rule_id for r in fast.removals] == ["inline.ad-marker", "inline.teaser-link"]


def test_clean_html_url_goes_to_the_metadata() -> None:
    result = Cleaner().clean_html(NEWS_PAGE, url="https://coastline.example/gull-point")
    assert result.metadata == {**NEWS_METADATA, "url": "https://coastline.example/gull-point"}


def test_clean_page_equals_clean_html() -> None:
    cleaner = Cleaner()
    assert cleaner.clean_page(html.extract(NEWS_PAGE)) == cleaner.clean_html(NEWS_PAGE)


def test_as_dict_carries_the_metadata_for_html_only() -> None:
    page = Cleaner().clean_html(NEWS_PAGE).as_dict()
    assert page["metadata"] == NEWS_METADATA
    assert page["text"] == NEWS_CLEANED
    assert "metadata" not in Cleaner().clean(PLAIN_STORY).as_dict()


def test_clean_html_of_a_windows_1252_page() -> None:
    result = Cleaner().clean_html(cafe_page("windows-1252").encode("cp1252"))
    assert result.text == CAFE_TEXT
    assert result.title == CAFE_TITLE


def test_clean_html_of_an_empty_page() -> None:
    result = Cleaner().clean_html(b"")
    assert (result.text, result.title, result.body, result.removals, result.metadata) == ("", None, "", (), {})


def test_clean_with_a_known_title_removes_its_repeat() -> None:
    text = "Ferry timetable changes | Island News\n\nFerry timetable changes\n\n" + PLAIN_STORY.split("\n\n", 1)[1]
    result = Cleaner().clean(text, title="Ferry timetable changes")
    assert result.title == "Ferry timetable changes | Island News"
    assert [r.rule_id for r in result.removals] == ["headline.repeated", "inline.ad-marker"]
    assert "\nFerry timetable changes\n" not in result.text


# --- rules for one language --------------------------------------------------------------------------

SPANISH_TEXT = "Nuevo museo en el puerto viejo\n\n" + SPANISH_PARAGRAPHS[0] + "\n\n" + SPANISH_TEASER + "\n\n" + SPANISH_PARAGRAPHS[1] + "\n"


def test_a_language_rule_runs_only_for_its_languages(spanish_rules: Path) -> None:
    # Only the file's rule: the built-in rules have Spanish teasers of their own.
    cleaner = Cleaner(Options(rules=[spanish_rules], builtin_rules=False))
    # No language given: the text's own function words say Spanish (cleaner/text/languages.py).
    assert [r.rule_id for r in cleaner.clean(SPANISH_TEXT).removals] == ["local.mira-tambien"]
    assert not cleaner.clean(SPANISH_TEXT, language="en").changed
    for language in ("es", "ES", "pt"):
        result = cleaner.clean(SPANISH_TEXT, language=language)
        assert [(r.rule_id, r.text) for r in result.removals] == [("local.mira-tambien", SPANISH_TEASER)]
    assert Cleaner(Options(rules=[spanish_rules], builtin_rules=False, language="es")).clean(SPANISH_TEXT).changed


def test_a_language_rule_takes_the_page_language(spanish_rules: Path) -> None:
    cleaner = Cleaner(Options(rules=[spanish_rules], builtin_rules=False))
    spanish = cleaner.clean_html(spanish_page("es"))
    assert [r.rule_id for r in spanish.removals] == ["local.mira-tambien"]
    assert SPANISH_TEASER not in spanish.text
    assert spanish.metadata is not None and spanish.metadata["language"] == "es"
    assert SPANISH_TEASER in cleaner.clean_html(spanish_page("en")).text  # the page's word goes first
    # A page that says nothing of its language: its text's words say Spanish.
    assert SPANISH_TEASER not in cleaner.clean_html(spanish_page(None)).text


def test_options_refuse_a_language_that_is_no_code() -> None:
    with pytest.raises(ValueError, match="^language must be an ISO 639 code such as 'en' or 'es', not 'spanish'$"):
        Options(language="spanish")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ('"es"', 'must be a non-empty list of ISO 639 language codes such as ["es", "pt"]'),
        ("[]", 'must be a non-empty list of ISO 639 language codes such as ["es", "pt"]'),
        ('["ES"]', "'ES' is not an ISO 639 language code (two or three lower-case letters)"),
        ('["es", "spanish"]', "'spanish' is not an ISO 639 language code (two or three lower-case letters)"),
        ("[7]", "7 is not an ISO 639 language code (two or three lower-case letters)"),
    ],
)
def test_a_bad_languages_key_is_refused_with_one_message(value: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "bad.toml", SPANISH_RULE.replace('languages = ["es", "pt"]', f"languages = {value}"))
    expected = f"{path}: rule 'local.mira-tambien': key 'languages': {message}"
    with pytest.raises(RuleError) as caught:
        Cleaner(Options(rules=[path]))
    assert str(caught.value) == expected
    assert main(["--rules", str(path), "-"]) == 2
    assert capsys.readouterr().err == f"clean: {expected}\n"


def test_cli_language_rule_from_rules_file(spanish_rules: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    es = write(tmp_path / "es.html", spanish_page("es"))
    en = write(tmp_path / "en.html", spanish_page("en"))
    assert main(["--no-builtin-rules", "--rules", str(spanish_rules), "--explain", str(es), str(en)]) == 0
    out, err = capsysbinary.readouterr()
    assert err.decode() == f"{es}:5: local.mira-tambien: Spanish teaser link to another story\n"
    assert out.decode().count(SPANISH_TEASER) == 1  # kept in the English page only


# --- the command on pages ------------------------------------------------------------------------------


def test_cli_page_to_stdout(news: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main([str(news)]) == 0
    assert capsysbinary.readouterr() == (NEWS_CLEANED.encode("utf-8"), b"")


def test_cli_explain_names_the_rules(news: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["--explain", str(news)]) == 0
    out, err = capsysbinary.readouterr()
    assert out == NEWS_CLEANED.encode()
    assert err.decode().splitlines() == [
        f"{news}:{AD_LINE}: inline.ad-marker: {AD_REASON}",
        f"{news}:{TEASER_LINE}: inline.teaser-link: {TEASER_REASON}",
    ]


def test_cli_diff_is_from_the_article_text_to_the_cleaned_one(news: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["--diff", str(news)]) == 0
    out = capsysbinary.readouterr().out.decode()
    lines = out.splitlines()
    assert lines[:2] == [f"--- {news}", f"+++ {news} (cleaned)"]
    assert sorted(line for line in lines if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))) == ["-", "-", f"-{AD}", f"-{TEASER}"]


def test_cli_check_exits_1_when_the_page_has_junk(news: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["--check", str(news)]) == 1
    assert capsysbinary.readouterr() == (b"", b"")
    tidy = write(tmp_path / "tidy.htm", cafe_page("utf-8"))
    assert main(["--check", str(tidy)]) == 0
    assert capsysbinary.readouterr() == (b"", b"")


def test_cli_json_adds_the_metadata(news: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    story = write(tmp_path / "story.txt", PLAIN_STORY)
    assert main(["--format", "json", str(news), str(story)]) == 0
    page, text = [json.loads(line) for line in capsysbinary.readouterr().out.decode().splitlines()]
    assert page["path"] == str(news)
    assert page["title"] == HEADLINE
    assert page["text"] == NEWS_CLEANED
    assert page["body"] == NEWS_BODY
    assert page["metadata"] == NEWS_METADATA
    assert [r["rule"] for r in page["removals"]] == ["inline.ad-marker", "inline.teaser-link"]
    assert "metadata" not in text
    assert text["text"] == PLAIN_CLEANED


def test_cli_verbose_summarises_a_page(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-v", str(news)]) == 0
    assert capsys.readouterr().err == f"clean: {news}: removed 2 line(s) in 2 place(s)\n"


def test_cli_gzipped_page(news: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    packed = write(tmp_path / "packed.htm.gz", gzip.compress(NEWS_PAGE.encode("utf-8")))
    assert main([str(packed)]) == 0
    assert capsysbinary.readouterr() == (NEWS_CLEANED.encode(), b"")


def test_cli_windows_1252_page_comes_out_as_utf_8(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "cafe.html", cafe_page("windows-1252").encode("cp1252"))
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (CAFE_TEXT.encode("utf-8"), b"")


def test_cli_utf_8_bom_page_comes_out_without_the_bom(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "cafe.html", b"\xef\xbb\xbf" + cafe_page("utf-8").encode("utf-8"))
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (CAFE_TEXT.encode("utf-8"), b"")


def test_cli_utf_16_page_with_a_bom(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "cafe.html", b"\xff\xfe" + cafe_page("utf-16").encode("utf-16-le"))
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (CAFE_TEXT.encode("utf-8"), b"")


def test_cli_fast_gives_the_same_text_for_the_news_page(news: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["--fast", str(news)]) == 0
    assert capsysbinary.readouterr() == (NEWS_CLEANED.encode(), b"")


def test_cli_fast_with_text_is_a_usage_error(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--fast", "--text", str(news)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "clean: error: --fast is an HTML extractor; it cannot be combined with --text"


def test_cli_html_and_text_cannot_be_combined(news: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--html", "--text", str(news)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == "clean: error: argument --text: not allowed with argument --html"


def test_cli_text_reads_a_page_file_as_text(news: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    assert main(["--text", str(news)]) == 0
    assert capsysbinary.readouterr().out == Cleaner().clean(NEWS_PAGE).text.encode()


def test_cli_html_reads_any_file_as_a_page(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    saved = write(tmp_path / "saved-page.txt", NEWS_PAGE)
    assert main(["--html", str(saved)]) == 0
    assert capsysbinary.readouterr().out == NEWS_CLEANED.encode()


def test_cli_a_text_file_holding_markup_is_text_by_its_name(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    saved = write(tmp_path / "saved-page.txt", NEWS_PAGE)
    assert main([str(saved)]) == 0
    assert capsysbinary.readouterr().out == Cleaner().clean(NEWS_PAGE).text.encode()


def test_cli_stdin_that_starts_as_a_page_is_html(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    feed_stdin(monkeypatch, b"\xef\xbb\xbf\n  " + NEWS_PAGE.encode("utf-8"))
    assert main(["--explain"]) == 0
    out, err = capsysbinary.readouterr()
    assert out == NEWS_CLEANED.encode()
    assert err.decode().splitlines()[0] == f"-:{AD_LINE}: inline.ad-marker: {AD_REASON}"


@pytest.mark.parametrize(
    "text",
    [
        "<Editor's note: this story was updated on Friday with a statement from the operator.>\n\n" + PLAIN_STORY,
        "<b>Ferry timetable changes for the winter</b>\n\n" + PLAIN_STORY.split("\n\n", 1)[1],
        "<p>Ferry timetable changes for the winter</p>\n\n" + PLAIN_STORY.split("\n\n", 1)[1],
    ],
)
def test_cli_stdin_text_starting_with_a_tag_is_still_text(text: str, monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    feed_stdin(monkeypatch, text.encode("utf-8"))
    assert main(["-"]) == 0
    out, err = capsysbinary.readouterr()
    assert out == Cleaner().clean(text).text.encode()
    assert out == text.replace("Advertisement\n\n", "").encode()  # the first line stays, markup and all
    assert err == b""


def test_cli_html_forces_a_fragment_on_stdin(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    fragment = f"<article><p>{PARAGRAPHS[0]}</p><p>{AD}</p><p>{PARAGRAPHS[1]}</p></article>"
    assert not html.looks_like_html(fragment)
    feed_stdin(monkeypatch, fragment.encode())
    assert main(["--html"]) == 0
    assert capsysbinary.readouterr().out == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n".encode()


def test_cli_text_forces_a_page_on_stdin_to_be_text(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    feed_stdin(monkeypatch, NEWS_PAGE.encode())
    assert main(["--text"]) == 0
    assert capsysbinary.readouterr().out == Cleaner().clean(NEWS_PAGE).text.encode()


def test_cli_output_folder_gets_text_files(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    site = tmp_path / "site"
    write(site / "news" / "lighthouse.html", NEWS_PAGE)
    write(site / "cafe.htm.gz", gzip.compress(cafe_page("windows-1252").encode("cp1252")))
    write(site / "ferry.txt", PLAIN_STORY)
    out_dir = tmp_path / "out"
    assert main(["-o", str(out_dir), str(site)]) == 0
    assert capsysbinary.readouterr() == (b"", b"")
    written = sorted(str(p.relative_to(out_dir)) for p in out_dir.rglob("*") if p.is_file())
    assert written == ["cafe.txt", "ferry.txt", "news/lighthouse.txt"]
    assert (out_dir / "news" / "lighthouse.txt").read_bytes() == NEWS_CLEANED.encode()
    assert (out_dir / "cafe.txt").read_bytes() == CAFE_TEXT.encode("utf-8")
    assert (out_dir / "ferry.txt").read_bytes() == PLAIN_CLEANED.encode()


def test_cli_output_single_page(news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out_dir = tmp_path / "texts"
    assert main(["-v", "-o", f"{out_dir}/", str(news)]) == 0
    assert (out_dir / "lighthouse.txt").read_text(encoding="utf-8") == NEWS_CLEANED
    assert not (out_dir / "lighthouse.html").exists()
    assert f"clean: {news}: written to {out_dir / 'lighthouse.txt'}\n" in capsys.readouterr().err


def test_cli_two_pages_writing_one_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    write(site / "page.htm", cafe_page("utf-8"))
    write(site / "page.html", NEWS_PAGE)
    out_dir = tmp_path / "out"
    assert main(["-o", str(out_dir), str(site)]) == 2
    assert capsys.readouterr().err == f"clean: {site / 'page.html'}: {out_dir / 'page.txt'} was already written from another input, skipped\n"
    assert (out_dir / "page.txt").read_text(encoding="utf-8") == CAFE_TEXT


def test_cli_in_place_refuses_a_page(news: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    story = write(tmp_path / "story.txt", PLAIN_STORY)
    assert main(["-i", str(news), str(story)]) == 2
    assert capsys.readouterr().err == f"clean: {news}: is HTML: -i would replace the page with its text; write the text with -o DIR\n"
    assert news.read_text(encoding="utf-8") == NEWS_PAGE
    assert story.read_text(encoding="utf-8") == PLAIN_CLEANED  # the other input is still cleaned


def test_cli_binary_page_is_skipped(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "image.html", b"<html>\x00\x01\x02\x00\x89PNG\r\n")
    assert main([str(path)]) == 2
    assert capsysbinary.readouterr() == (b"", f"clean: {path}: binary input, skipped\n".encode())


def test_cli_bad_gzip_is_reported_and_the_rest_still_cleaned(news: Path, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    broken = write(tmp_path / "broken.html.gz", gzip.compress(NEWS_PAGE.encode())[:40])
    assert main([str(broken), str(news)]) == 2
    out, err = capsysbinary.readouterr()
    assert out == NEWS_CLEANED.encode()
    assert err.decode().startswith(f"clean: {broken}: not a readable gzip file: ")
    assert err.decode().count("\n") == 1


def test_cli_page_without_main_text(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "blank.html", NO_TEXT_PAGE)
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (b"Nothing to read here\n", f"clean: {path}: no main text found in the page\n".encode())
    assert main(["-q", str(path)]) == 0
    assert capsysbinary.readouterr() == (b"Nothing to read here\n", b"")


def test_cli_empty_page(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "empty.html", b"")
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (b"", f"clean: {path}: no main text found in the page\n".encode())
    assert main(["--format", "json", str(path)]) == 0
    record = json.loads(capsysbinary.readouterr().out)
    assert record == {"path": str(path), "title": None, "body": "", "text": "", "removals": [], "capped": False, "metadata": {}}


def test_cli_malformed_page_is_not_an_error(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "broken.html", f"<html><body><div><p>{PARAGRAPHS[0]}<p>{AD}<div><p>{PARAGRAPHS[1]}</b></i></span></td></html></body><div")
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n".encode(), b"")


def test_cli_page_declaring_a_non_text_codec_is_cleaned(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "odd.html", cafe_page("base64"))
    assert main([str(path)]) == 0
    assert capsysbinary.readouterr() == (CAFE_TEXT.encode(), b"")


# --- corpus mode ----------------------------------------------------------------------------------------

ONE = ["--workers", "1"]


def jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    return write(path, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))


def records_of(out: bytes) -> list[dict[str, Any]]:
    assert out.endswith(b"\n")
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


MIXED = [
    {"id": 1, "text": PLAIN_STORY},
    {"id": 2, "text": NEWS_PAGE},
    {"id": 3, "text": "<Editor's note: updated on Friday.>\n\n" + PLAIN_STORY},
    {"id": 4, "text": "\n   " + cafe_page("utf-8")},
    {"id": 5, "text": NO_TEXT_PAGE},
    {"id": 6, "text": PLAIN_STORY.upper()},
]
HTML_IDS = {2, 4, 5}


def test_corpus_mixed_records_keep_count_and_order(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = jsonl(tmp_path / "mixed.jsonl", MIXED)
    assert main([str(path), *ONE]) == 0
    got = records_of(capsysbinary.readouterr().out)
    assert [r["id"] for r in got] == [r["id"] for r in MIXED]
    cleaner = Cleaner()
    for record, source in zip(got, MIXED):
        expected = cleaner.clean_html(source["text"]) if source["id"] in HTML_IDS else cleaner.clean(source["text"])
        assert record["text"] == expected.text, source["id"]
        assert ("metadata" in record["cleaner"]) == (source["id"] in HTML_IDS), source["id"]
    assert got[1]["text"] == NEWS_CLEANED
    assert got[1]["cleaner"] == {
        "title": HEADLINE,
        "changed": True,
        "capped": False,
        "removals": [
            {"rule": "inline.ad-marker", "kind": "inline", "reason": AD_REASON, "first_line": AD_LINE, "last_line": AD_LINE},
            {"rule": "inline.teaser-link", "kind": "inline", "reason": TEASER_REASON, "first_line": TEASER_LINE, "last_line": TEASER_LINE},
        ],
        "metadata": NEWS_METADATA,
    }
    assert got[3]["text"] == CAFE_TEXT
    assert got[4]["text"] == "Nothing to read here\n"
    assert got[0]["text"] == PLAIN_CLEANED


def test_corpus_text_forces_every_record_to_be_text(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = jsonl(tmp_path / "mixed.jsonl", MIXED)
    assert main([str(path), "--text", *ONE]) == 0
    got = records_of(capsysbinary.readouterr().out)
    assert [r["text"] for r in got] == [Cleaner().clean(r["text"]).text for r in MIXED]
    assert not any("metadata" in r["cleaner"] for r in got)


def test_corpus_html_forces_fragments_to_be_pages(monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    fragment = f"<div><p>{PARAGRAPHS[0]}</p><p>{AD}</p><p>{PARAGRAPHS[1]}</p></div>"
    feed_stdin(monkeypatch, (json.dumps({"id": "a", "text": fragment}) + "\n").encode())
    assert main(["--jsonl", "--html", *ONE]) == 0
    (record,) = records_of(capsysbinary.readouterr().out)
    assert record["text"] == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"
    assert record["cleaner"]["metadata"] == {}
    assert [r["rule"] for r in record["cleaner"]["removals"]] == ["inline.ad-marker"]


def test_corpus_fast(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = jsonl(tmp_path / "pages.jsonl", [{"id": 1, "text": NEWS_PAGE}, {"id": 2, "text": PLAIN_STORY}])
    assert main([str(path), "--fast", *ONE]) == 0
    got = records_of(capsysbinary.readouterr().out)
    assert [r["text"] for r in got] == [NEWS_CLEANED, PLAIN_CLEANED]
    assert got[0]["cleaner"]["metadata"] == {"title": f"{HEADLINE} | {SITE}", "sitename": SITE, "language": "en"}


def test_corpus_output_field_keeps_the_page(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = jsonl(tmp_path / "pages.jsonl", [{"id": 1, "html": NEWS_PAGE}])
    assert main([str(path), "--text-field", "html", "--output-field", "text", "--no-report", *ONE]) == 0
    assert records_of(capsysbinary.readouterr().out) == [{"id": 1, "html": NEWS_PAGE, "text": NEWS_CLEANED}]


def test_clean_record_library(tmp_path: Path) -> None:
    tally = Tally()
    out = clean_record({"id": 9, "text": NEWS_PAGE}, Cleaner(), CorpusOptions(), tally)
    assert out["text"] == NEWS_CLEANED
    assert out["cleaner"]["metadata"] == NEWS_METADATA
    assert (tally.changed, tally.errors, dict(tally.lines_removed)) == (1, 0, {"inline.ad-marker": 1, "inline.teaser-link": 1})
    as_text = clean_record({"text": NEWS_PAGE}, Cleaner(), CorpusOptions(html="text"))
    assert as_text["text"] == Cleaner().clean(NEWS_PAGE).text
    assert "metadata" not in as_text["cleaner"]


def test_clean_record_reports_a_page_that_cannot_be_read() -> None:
    # a lone surrogate (what a JSON "\ud800" escape gives) cannot go to the HTML parser
    record = {"id": 1, "text": "<html><body><p>A page with \ud800 in it.</p></body></html>"}
    tally = Tally()
    out = clean_record(record, Cleaner(), CorpusOptions(), tally)
    assert out["text"] == record["text"]
    assert out["cleaner"]["error"].startswith("cannot extract text from the HTML: ")
    assert tally.errors == 1


def test_corpus_options_refuse_an_unknown_html_mode() -> None:
    with pytest.raises(ValueError, match="^html must be 'auto', 'html' or 'text', not 'maybe'$"):
        CorpusOptions(html="maybe")


def test_corpus_two_workers_give_the_same_records(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = jsonl(tmp_path / "mixed.jsonl", MIXED)
    assert main([str(path), "--workers", "1"]) == 0
    one = capsysbinary.readouterr().out
    assert main([str(path), "--workers", "2"]) == 0
    assert capsysbinary.readouterr().out == one


def test_corpus_page_with_a_lone_surrogate_escape_is_an_error_record(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(tmp_path / "odd.jsonl", '{"id": 1, "text": "<html><body><p>A page with \\ud800 in it, and enough words to read.</p></body></html>"}\n')
    code = main([str(path), *ONE])
    got = records_of(capsysbinary.readouterr().out)
    assert code == 2
    assert [r["id"] for r in got] == [1]
    assert got[0]["cleaner"]["error"] == "holds a lone surrogate escape (\\ud800-\\udfff): not text, so not cleaned"
    assert got[0]["text"] == "<html><body><p>A page with \ud800 in it, and enough words to read.</p></body></html>"


def test_clean_html_of_a_fragment() -> None:
    fragment = f"<div><p>{PARAGRAPHS[0]}</p><p>{AD}</p><p>{PARAGRAPHS[1]}</p></div>"
    result = Cleaner().clean_html(fragment)
    assert result.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"
    assert [r.rule_id for r in result.removals] == ["inline.ad-marker"]
    assert result.metadata == {}


def test_a_page_without_a_title_has_no_title_and_keeps_its_first_paragraph_in_the_body() -> None:
    page = f"<html><head></head><body><article><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></article></body></html>"
    result = Cleaner().clean_html(page)
    assert result.text == f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"
    assert result.title is None
    assert result.body == result.text


def test_module_clean_takes_html() -> None:
    page = NEWS_PAGE.encode("utf-8")
    assert cleaner.clean(page, html=True).text == NEWS_CLEANED
    assert cleaner.clean(NEWS_PAGE, html=True, fast=True).text == Cleaner().clean_html(NEWS_PAGE, fast=True).text
    with pytest.raises(TypeError, match=r"^fast=True is for HTML: give html=True as well$"):
        cleaner.clean("plain text", fast=True)


def test_cli_page_whose_only_text_is_a_link(tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    path = write(
        tmp_path / "link.html",
        b'<html><head><title>Moved</title></head><body><a href="https://example.com/new">https://example.com/new</a></body></html>',
    )
    assert main([str(path)]) == 0
    out, err = capsysbinary.readouterr()
    assert out.endswith(b"https://example.com/new\n")
    assert err == f"clean: {path}: no main text found in the page, only a link (written as it is)\n".encode()
