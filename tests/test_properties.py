"""Property tests: what cleaning must do for any text, and for generated news-like documents.

For any input, ``cleaner.clean``:

- never raises;
- only cuts lines: the output's non-blank lines are a subsequence of the input's (compared exactly,
  after dropping one line ending's ``\\r``; a leading byte-order mark is the file's, not a line's, and
  stays at the start of the output);
- is idempotent: cleaning the output again changes nothing;
- returns the input byte for byte when it removes nothing, and when the safety cap trips;
- never removes more than ``Options().max_removed_share`` of the characters of the non-blank lines.

On generated news pages (a headline, article paragraphs and junk lines of known kinds) it also keeps
every article paragraph and removes every simple single-line junk marker. The generated text is made
up here; nothing comes from the shared corpora.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleaner

DATA = Path(__file__).parent / "data"
SEEDS = ("seed-000.txt", "seed-003.txt")
MAX_SHARE = cleaner.Options().max_removed_share

# --- helpers -----------------------------------------------------------------------------------------


def content_lines(text: str) -> list[str]:
    """The non-blank lines, each without the ``\\r`` of a CRLF line ending."""
    return [line for line in (raw.rstrip("\r") for raw in text.split("\n")) if line.strip()]


def is_subsequence(part: Iterable[str], whole: Iterable[str]) -> bool:
    rest = iter(whole)
    return all(any(item == candidate for candidate in rest) for item in part)


def engine_line_chars(text: str) -> int:
    """Characters of the non-blank lines as the engine counts them: without a leading byte-order mark
    and without the one ``\\r`` of a CRLF ending (cleaner/document.py)."""
    text = text.removeprefix("\ufeff")
    total = 0
    for part in text.split("\n"):
        if part.strip():
            total += len(part[:-1] if part.endswith("\r") else part)
    return total


def removed_chars(result: cleaner.Result) -> int:
    # Removal.text joins the removed lines with "\n"; the line endings are not the lines' characters.
    return sum(len(removal.text) - removal.text.count("\n") for removal in result.removals)


def check_subsequence(text: str, result: cleaner.Result) -> None:
    out = content_lines(result.text)
    assert is_subsequence(out, content_lines(text)), (text, result.text)


def check_idempotent(result: cleaner.Result) -> None:
    again = cleaner.clean(result.text)
    assert again.text == result.text, (result.text, again.removals)


def check_unchanged_unless_removed(text: str, result: cleaner.Result) -> None:
    if not result.removals:
        assert result.text == text
    if result.capped:
        assert result.text == text
        assert result.removals == ()
        assert result.capped_removals


def check_share(text: str, result: cleaner.Result) -> None:
    # A whole page's furniture (page.* removals) is set aside: the cap weighs what is cut from the rest.
    furniture = sum(len(line) for r in result.removals if r.rule_id.startswith("page.") for line in r.text.split("\n"))
    removed = removed_chars(result) - furniture
    assert removed <= MAX_SHARE * (engine_line_chars(text) - furniture), (removed, engine_line_chars(text), result.removals)
    # Every removal is made of whole non-blank input lines (as the engine holds them), in order.
    lines = [part[:-1] if part.endswith("\r") else part for part in text.removeprefix("\ufeff").split("\n") if part.strip()]
    removed_lines = [line for removal in result.removals for line in removal.text.split("\n")]
    assert is_subsequence(removed_lines, lines)


# --- any text ----------------------------------------------------------------------------------------

# Characters of every kind, with line endings, a byte-order mark and whitespace drawn often.
SPECIAL = st.sampled_from(["\n", "\r", "\ufeff", " ", "\t", "\u00a0", "\u2028", "\x0b", "\x1c"])
ANY_TEXT = st.text(alphabet=st.one_of(st.characters(), SPECIAL))

# Lines that look like what the rules remove, for texts made of lines: random text rarely builds them.
JUNKISH = [
    "Advertisement",
    "ADVERTISEMENT",
    "Ad",
    "Share this article",
    "Photo: Getty Images",
    "Getty Images",
    "Related Articles",
    "Read more: Ten ways to bake bread at home",
    "A message from our sponsor:",
    "Call 555-123-4567 or visit www.example-shop.com for 10% off!",
    "(Sources: Reuters, AFP)",
    "Copyright 2024 Example News. All rights reserved.",
    "By Jane Doe",
    "5 min read",
    "Sign up for our newsletter to get the best stories in your inbox.",
    "Stay tuned for more updates.",
    "Tags: city, budget",
    "— AP",
    "Continue reading",
    "Follow us on Twitter @examplenews",
]
PLAIN = [
    "The council said on Monday that the new budget would fund three more schools in the district.",
    "Officials expect the bridge to reopen in the autumn after repairs to its northern span.",
    "Harbour Town Approves New Budget",
    "Weekend markets",
    "we offer the best prices you will love",
]
_WORDS = st.sampled_from(
    ["the", "a", "Advertisement", "council", "Share", "photo", "Read", "more:", "call", "555-123-4567",
     "www.example.com", "you", "Related", "By", "Jane", "Doe", ".", "|", "—", "\ufeff"]
)
LINE = st.one_of(
    st.sampled_from(JUNKISH),
    st.sampled_from(PLAIN),
    st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=40),
    st.lists(_WORDS, max_size=14).map(" ".join),
)
SEPARATOR = st.sampled_from(["\n", "\n\n", "\r\n", "\r\n\r\n", "\n \n", "\n\t\n\n", "\n\ufeff\n", "\r\r\n"])


@st.composite
def line_texts(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(["", "\ufeff", "\n", " \n", "\r\n"]))
    for line in draw(st.lists(LINE, max_size=20)):
        text += line + draw(SEPARATOR)
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    return text


TEXTS = st.one_of(ANY_TEXT, line_texts())
ANY_SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ANY_SETTINGS
@given(TEXTS)
def test_any_text_never_raises(text: str) -> None:
    result = cleaner.clean(text)
    assert isinstance(result.text, str)


# Counterexamples the properties below found, shrunk, and kept as @example so they run every time.
ARTICLE_SENTENCE = "The council said on Monday that the new budget would fund three more schools in the district."
BOM_FIRST_LINE_REMOVED = "\ufeffAdvertisement\n" + ARTICLE_SENTENCE + "\n"
# Each of these once needed a second cleaning: the engine now cleans its own output again until
# nothing more goes (engine.py, Cleaner.clean), and takes removed lines out of the title choice, the
# head's length, the story's end and the promotional block's start.
FORMERLY_NOT_IDEMPOTENT = {
    # A first line that a rule matches is not the title: the next line is, and its repeat goes.
    "title-after-removed-first-line": "Ad\nHello\nHello",
    # Junk markers under a list header counted as list items sharing words: the list looked on topic.
    "list-items-include-removed-markers": (
        "Related Articles\nGarden Tomato Recipes\nAdvertisement\nAdvertisement\n" + ARTICLE_SENTENCE + "\n"
    ),
    # The head zone (first 12 lines) counted lines that are removed.
    "head-limit-counts-removed-lines": "Ad\n" * 12 + "By Jane Doe\n" + ARTICLE_SENTENCE + "\n",
    # A removed repeated headline still counted as the last article line.
    "removed-headline-still-ends-the-article": (
        "Call 555-123-4567 or visit www.example-shop.com for 10% off!\n"
        "A message from our sponsor:\n"
        "Call 555-123-4567 or visit www.example-shop.com for 10% off!"
    ),
    # The topic vocabulary included lines that are removed.
    "vocabulary-includes-removed-lines": "Related Articles\n" + ARTICLE_SENTENCE + "\nmore: Related\n",
    # A line starting with U+FEFF (a zero-width no-break space) was hidden from the rules until the
    # line above it went and the character became the text's byte-order mark.
    "zero-width-space-hides-a-line": "Advertisement\n\ufeffAdvertisement\n" + ARTICLE_SENTENCE,
    # The "Read more:" line alone kept the text from reading as a whole page: cleaned, it did.
    "page-step-after-the-rules": "00\nReAD mORE: 0 0 0 0\n0\n0\n0\n0\n000        0 .\n000\n0\n0000000000000",
    # The promotional block's trimming stopped at a removed line.
    "promo-trim-stops-at-removed-line": (
        "would fund three more schools in the district.\nWeekend markets\nAdvertisement\nWeekend markets\n"
        "555-123-4567\nHarbour Budget\n0"
    ),
}


@ANY_SETTINGS
@given(TEXTS)
@example(BOM_FIRST_LINE_REMOVED)
def test_any_text_output_lines_are_input_lines(text: str) -> None:
    """A leading byte-order mark is the file's, not the first line's: the output keeps it at its start
    and the lines after it are input lines."""
    result = cleaner.clean(text)
    if text.startswith("\ufeff"):
        assert result.text == "" or result.text.startswith("\ufeff")
        text, out = text[1:], result.text.removeprefix("\ufeff")
    else:
        out = result.text
    assert is_subsequence(content_lines(out), content_lines(text)), (text, result.text)


@ANY_SETTINGS
@given(TEXTS)
@example(FORMERLY_NOT_IDEMPOTENT["title-after-removed-first-line"])
@example(FORMERLY_NOT_IDEMPOTENT["list-items-include-removed-markers"])
@example(FORMERLY_NOT_IDEMPOTENT["head-limit-counts-removed-lines"])
@example(FORMERLY_NOT_IDEMPOTENT["removed-headline-still-ends-the-article"])
@example(FORMERLY_NOT_IDEMPOTENT["vocabulary-includes-removed-lines"])
@example(FORMERLY_NOT_IDEMPOTENT["promo-trim-stops-at-removed-line"])
@example(FORMERLY_NOT_IDEMPOTENT["zero-width-space-hides-a-line"])
@example(FORMERLY_NOT_IDEMPOTENT["page-step-after-the-rules"])
def test_any_text_is_idempotent(text: str) -> None:
    check_idempotent(cleaner.clean(text))


@ANY_SETTINGS
@given(TEXTS)
def test_any_text_unchanged_without_removals_or_when_capped(text: str) -> None:
    check_unchanged_unless_removed(text, cleaner.clean(text))


@ANY_SETTINGS
@given(TEXTS)
def test_any_text_removed_share_within_cap(text: str) -> None:
    check_share(text, cleaner.clean(text))


# --- news-like documents -----------------------------------------------------------------------------

# An article's vocabulary: civic news, with no word that a rule or the sales heuristics react to.
# Headlines take only the nouns: one starting "By ..." is a byline.
NOUNS = (
    "council harbour river bridge budget plan residents officials district county mayor committee "
    "meeting proposal project funding repairs engineers contractor traffic station railway village "
    "town region schools teachers pupils hospital nurses doctors patients weather flooding storm "
    "farmers harvest market prices wages workers union strike talks agreement minister government "
    "election voters campaign policy housing rent tenants landlords construction planning permission"
).split()
ARTICLE_WORDS = NOUNS + (
    "the of and in on at to for with from by was were had has have is are been would could should "
    "said told added noted after before during while since when because although across between "
    "three four five several many most some other last next early late new old local national "
    "public private annual spring summer autumn winter morning evening week month year decade "
    "northern southern eastern western central small large higher lower longer shorter"
).split()
# Another story's vocabulary, for the related-stories list: off the article's topic.
OTHER_WORDS = "garden tomatoes recipe pasta holiday beaches guitar concert puppy kittens marathon sneakers galaxy".split()

SIMPLE_JUNK = ("Advertisement", "Share this article", "Photo: Getty Images")
OTHER_JUNK = (
    "Read more: Ten ways to grow tomatoes on a balcony",
    "(Sources: Reuters, AFP)",
    "Sign up for our newsletter to get the best stories in your inbox.",
    "Copyright 2024 Example News. All rights reserved.",
)
PROMO_ITEMS = ("Fresh flowers for every occasion", "Weddings and parties", "Open seven days a week")
PROMO_CALL = "Call 555-123-4567 or visit www.example-shop.com for 10% off!"


@st.composite
def paragraph(draw: st.DrawFn) -> str:
    """15 to 60 lower-case words in sentences of 5 to 15 words, each capitalised and ending with a period."""
    total = draw(st.integers(15, 60))
    words = draw(st.lists(st.sampled_from(ARTICLE_WORDS), min_size=total, max_size=total))
    sentences = []
    start = 0
    while start < total:
        length = draw(st.integers(5, 15))
        if total - (start + length) < 5:
            length = total - start
        chunk = words[start : start + length]
        sentences.append(" ".join([chunk[0].capitalize(), *chunk[1:]]) + ".")
        start += length
    return " ".join(sentences)


@st.composite
def headline(draw: st.DrawFn, vocabulary: list[str] = NOUNS) -> str:
    words = draw(st.lists(st.sampled_from(vocabulary), min_size=4, max_size=9))
    return " ".join(w.capitalize() for w in words)


@dataclass(frozen=True)
class NewsPage:
    text: str
    headline: str
    paragraphs: tuple[str, ...]
    simple_junk: int  # how many simple single-line markers were put in

    def __repr__(self) -> str:  # hypothesis prints this on failure: the text is what matters
        return f"NewsPage(text={self.text!r})"


@st.composite
def news_pages(draw: st.DrawFn, junk: bool = True, related: bool = True) -> NewsPage:
    title = draw(headline())
    paragraphs = draw(st.lists(paragraph(), min_size=4, max_size=15))
    blocks: list[list[str]] = [[p] for p in paragraphs]  # each block is a run of lines
    tail: list[list[str]] = []
    head: list[list[str]] = []
    if junk:
        # Single junk lines between or around the paragraphs: at most one per paragraph, so the junk
        # never approaches the safety cap.
        for _ in range(draw(st.integers(0, len(paragraphs)))):
            line = draw(st.sampled_from(SIMPLE_JUNK + OTHER_JUNK[:3]))
            where = draw(st.integers(0, len(blocks)))
            blocks.insert(where, [line])
        if draw(st.booleans()):
            head.append([draw(st.sampled_from(SIMPLE_JUNK))])
        if draw(st.booleans()):
            tail.append(["(Sources: Reuters, AFP)"])
        if draw(st.booleans()):
            tail.append(["Copyright 2024 Example News. All rights reserved."])
        if related and draw(st.booleans()):
            items = [draw(headline(OTHER_WORDS)) for _ in range(3)]
            spot = draw(st.integers(1, len(blocks)))
            blocks.insert(spot, ["Related Articles", *items])
        if draw(st.booleans()):
            items = draw(st.lists(st.sampled_from(PROMO_ITEMS), min_size=1, max_size=3, unique=True))
            tail.append(["A message from our sponsor:", *items, PROMO_CALL])
    everything = head + blocks + tail
    simple = sum(1 for block in everything if block[0] in SIMPLE_JUNK)
    double = draw(st.booleans())
    crlf = draw(st.booleans())
    newline = "\r\n" if crlf else "\n"
    separator = newline * 2 if double else newline
    # Lines inside a block (the related list, the promo block) are single-spaced either way.
    text = separator.join([title] + [newline.join(block) for block in everything])
    if draw(st.booleans()):
        text += newline
    return NewsPage(text, title, tuple(paragraphs), simple)


NEWS_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _news_page_b() -> NewsPage:
    """Formerly not idempotent: "Advertisement" markers right under a related-stories list."""
    title = "Harbour Council Approves New Budget"
    paragraphs = tuple(
        f"The {noun} said the plan would fund repairs to the bridge. Officials added that work would start in spring."
        for noun in ("council", "mayor", "committee", "minister")
    )
    blocks = [
        title,
        "Related Articles\nGarden Tomato Recipe Holiday\nGuitar Concert Puppy Marathon\nGalaxy Sneakers Beaches Pasta",
        *["Advertisement"] * 4,
        *paragraphs,
    ]
    return NewsPage("\n\n".join(blocks) + "\n", title, paragraphs, 4)


NEWS_PAGE_B = _news_page_b()


def _news_page_c() -> NewsPage:
    """Formerly lost its first paragraph: markers around it read as a whole page's menu, and the page
    step cut the paragraph as outside the article (the scorer's span began at the second)."""
    title = "Housing Agreement Landlords Proposal Council Council"
    paragraphs = (
        "Council autumn weather planning during been council harvest late higher engineers northern permission planning. National small on in council.",
        "Some five council railway lower with council doctors late northern and most. Many to contractor after next council some spring early southern added are railway. Council four while higher project.",
        "For council council rent private three village large next has after landlords some. Western pupils some because project to because minister most autumn. Talks council higher proposal would several.",
        *["Council council council council council. Council council council council council. Council council council council council."] * 11,
    )
    blocks = [title, *["Advertisement"] * 9, paragraphs[0], *["Advertisement"] * 3, *paragraphs[1:]]
    return NewsPage("\r\n\r\n".join(blocks), title, paragraphs, 12)


NEWS_PAGE_C = _news_page_c()


def _news_page_d() -> NewsPage:
    """As NEWS_PAGE_C, found next: five different markers around the first paragraph."""
    page = _news_page_c()
    paragraphs = (page.paragraphs[0], page.paragraphs[1], *page.paragraphs[3:])
    lines = [
        page.headline, "Advertisement", "Advertisement", "Related Articles", "Garden Garden Garden Garden",
        "Garden Garden Garden Garden", "Garden Garden Garden Garden Garden", "Share this article", *["Advertisement"] * 4,
        "(Sources: Reuters, AFP)", paragraphs[0], "Advertisement", "Photo: Getty Images", "Advertisement", *paragraphs[1:8],
        "Advertisement", *paragraphs[8:], "Advertisement",
    ]
    return NewsPage("\n".join(lines), page.headline, paragraphs, 12)


NEWS_PAGE_D = _news_page_d()


@NEWS_SETTINGS
@given(news_pages())
@example(NEWS_PAGE_B)
def test_news_output_lines_are_input_lines(page: NewsPage) -> None:
    result = cleaner.clean(page.text)
    check_subsequence(page.text, result)
    check_unchanged_unless_removed(page.text, result)
    check_share(page.text, result)


@NEWS_SETTINGS
@given(news_pages())
@example(NEWS_PAGE_B)
def test_news_is_idempotent(page: NewsPage) -> None:
    check_idempotent(cleaner.clean(page.text))


@NEWS_SETTINGS
@given(news_pages())
@example(NEWS_PAGE_B)
@example(NEWS_PAGE_C)
@example(NEWS_PAGE_D)
def test_news_keeps_every_paragraph_and_removes_simple_junk(page: NewsPage) -> None:
    result = cleaner.clean(page.text)
    assert not result.capped, result.capped_removals
    out = content_lines(result.text)
    for paragraph_text in page.paragraphs:
        assert paragraph_text in out, paragraph_text
    for marker in SIMPLE_JUNK:
        assert marker not in out, marker
    removed = [line for r in result.removals for line in r.text.split("\n")]
    assert sum(1 for line in removed if line in SIMPLE_JUNK) == page.simple_junk
    # The headline stays first; it is the title only where the text shows it is one (steps/title.py).
    assert result.title in (None, page.headline)
    assert out[0] == page.headline


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_pages(junk=False))
def test_news_without_junk_is_unchanged(page: NewsPage) -> None:
    result = cleaner.clean(page.text)
    assert result.removals == ()
    assert result.text == page.text
    assert not result.capped


# --- the seeds ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", SEEDS)
def test_seed_idempotent_and_subsequence(name: str) -> None:
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        text = handle.read()
    result = cleaner.clean(text)
    check_subsequence(text, result)
    check_idempotent(result)
    check_unchanged_unless_removed(text, result)
    check_share(text, result)


# --- the former counterexamples, one by one -------------------------------------------------------


# With no title given, a first line over fewer than four prose lines is no longer taken for a headline;
# these counterexamples were found with it taken, so the headline is given to remake them.
GIVEN_TITLE = {
    "removed-headline-still-ends-the-article": "Call 555-123-4567 or visit www.example-shop.com for 10% off!",
}


@pytest.mark.parametrize("name", sorted(FORMERLY_NOT_IDEMPOTENT))
def test_former_counterexample_is_idempotent(name: str) -> None:
    text = FORMERLY_NOT_IDEMPOTENT[name]
    result = cleaner.clean(text, title=GIVEN_TITLE.get(name))
    assert result.removals and not result.capped  # the first cleaning does remove something
    check_subsequence(text, result)
    check_idempotent(result)


def test_bom_stays_first_when_the_first_line_goes() -> None:
    result = cleaner.clean(BOM_FIRST_LINE_REMOVED)
    assert result.text == "\ufeff" + ARTICLE_SENTENCE + "\n"


def test_cap_returns_the_input() -> None:
    """Mostly junk: cleaning would remove more than the cap allows, so the input comes back as it was."""
    text = "Advertisement\nShare this article\nPhoto: Getty Images\nA short line.\n"
    result = cleaner.clean(text)
    assert result.capped
    assert result.text == text
    assert result.removals == ()
    assert result.capped_removals
    assert sum(len(r.text) - r.text.count("\n") for r in result.capped_removals) > MAX_SHARE * engine_line_chars(text)
