"""Benchmark inputs made here, so that the suite runs anywhere (no ../shared needed).

- ``news_document``: a seed-like scraped article (about 5 KB): title, the headline again with a site
  suffix, a byline, paragraphs, an "Advertisement" marker, a "Read more:" teaser, a source footer and
  a pasted advertisement with a phone number and a web address.
- ``full_page_text``: everything a naive scraper keeps of a news page, one block a line: menu, cookie
  banner, the article, a share bar, a related list, comments and the footer (about 9 KB).
- ``long_document``: article paragraphs with junk lines between them, of a given size (1 MB default).
- ``html_page``: the seed-like article inside a page with navigation, an aside and a footer.
"""
from __future__ import annotations

import html
import random

_SUBJECTS = ["The city council", "Regional officials", "The transport ministry", "Local residents",
             "The mayor's office",
             "Engineers on the project", "Opposition members", "The harbour authority", "Independent auditors"]
_VERBS = ["approved", "questioned", "delayed", "reviewed", "defended", "criticised", "announced", "expanded"]
_OBJECTS = ["the new tram line", "the budget for the harbour bridge", "plans to widen the ring road",
            "a contract for electric buses", "the timetable for the tunnel works", "funding for cycle lanes",
            "the latest traffic survey", "a proposal to close the old ferry terminal"]
_TAILS = ["after a long debate on Tuesday", "despite warnings about rising costs", "in a vote of 31 to 12",
          "following months of public consultation", "according to documents seen by reporters",
          "before the summer recess", "as commuters faced another week of delays"]
TITLE = "City Council Delays Vote on Tram Line as Costs Rise"
_JUNK = ["Advertisement", "Read more: Ten ways to grow tomatoes on a balcony", "Photo: Getty Images",
         "Share this article"]


def sentence(rng: random.Random) -> str:
    return f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."


def paragraphs(count: int, rng: random.Random) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(count)]


def news_document(paragraph_count: int = 14, seed: int = 3) -> str:
    rng = random.Random(seed)
    body = paragraphs(paragraph_count, rng)
    body.insert(paragraph_count // 3, "Advertisement")
    body.insert(2 * paragraph_count // 3, "Read more: Stocks slide as tech giants report weaker quarterly earnings")
    lines = [
        TITLE,
        f"{TITLE} - Harbor Gazette",
        "By Maria Gonzalez, Reuters",
        *body,
        "(Sources: Reuters, AFP)",
        "Are you looking for a reliable plumber in Springfield?",
        "We offer fast, friendly and affordable repairs for your home.",
        "Leaking taps",
        "Blocked drains",
        "Boiler servicing",
        "Call us today on 555-201-7788 or book online at www.springfieldplumbing.com for a free quote!",
    ]
    return "\n\n".join(lines) + "\n"


def full_page_text(seed: int = 5) -> str:
    rng = random.Random(seed)
    menu = ["Home", "News", "Local", "Politics", "Business", "Sport", "Weather", "Opinion", "Subscribe", "Log in"]
    cookie = ["We use cookies to improve your experience on our site.", "Accept all", "Manage preferences"]
    share = ["Share on Facebook", "Share on X", "Email this article", "Print"]
    related = ["Related stories", "Ferry fares to rise in spring", "New bike lanes open on Harbour Road",
               "Council tax bills explained", "Tunnel works delayed again"]
    comments = ["12 comments", "Sign in to comment", "jsmith 2 hours ago", "About time they sorted this out.",
                "Reply", "harbourfan 1 hour ago", "The buses are always late anyway.", "Reply"]
    footer = ["About us", "Contact", "Careers", "Privacy policy", "Terms of use", "Cookie settings",
              "© 2024 Harbor Gazette. All rights reserved."]
    lines = [*menu, *cookie, TITLE, "By Maria Gonzalez", "Published 14 March 2024", *paragraphs(12, rng),
             *share, *related, *comments, *footer]
    return "\n".join(lines) + "\n"


def long_document(size: int = 1_000_000, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts = [TITLE]
    total = len(TITLE)
    while total < size:
        piece = rng.choice(_JUNK) if rng.random() < 0.1 else " ".join(sentence(rng) for _ in range(rng.randint(2, 4)))
        parts.append(piece)
        total += len(piece) + 2
    return "\n\n".join(parts) + "\n"


def html_page(seed: int = 3) -> str:
    rng = random.Random(seed)
    body = paragraphs(14, rng)
    body.insert(5, "Advertisement")
    body.insert(10, "Read more: Stocks slide as tech giants report weaker quarterly earnings")
    article = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
    nav = "".join(
        f'<li><a href="/{name.lower()}">{name}</a></li>' for name in ["News", "Local", "Politics", "Sport", "Weather"]
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{TITLE} | Harbor Gazette</title>
<meta property="og:site_name" content="Harbor Gazette"><meta property="og:type" content="article"></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{TITLE}</h1><p class="byline">By Maria Gonzalez</p>
{article}
<p>(Sources: Reuters, AFP)</p></article>
<aside><h2>Most read</h2><ul><li><a href="/a">Ferry fares to rise in spring</a></li>\
<li><a href="/b">New bike lanes open</a></li></ul></aside></main>
<footer><p>© 2024 Harbor Gazette</p><a href="/privacy">Privacy policy</a></footer></body></html>
"""
