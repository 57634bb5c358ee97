"""Training pool (English, US-style sites) for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["United Press International", "UPI", "Tribune News Service", "States Newsroom", "KFF Health News",
            "ProPublica", "McClatchy", "Scripps News", "Gannett", "NPR", "Axios", "Politico", "CBS News", "CNN Wire"]
NAMES = ["Rachel Thompson", "Marcus Delgado", "Jennifer Walsh", "Tyler Brooks", "Aisha Johnson", "Kevin O'Connell",
         "Lauren Whitaker", "Daniel Park", "Megan Fitzgerald", "Carlos Ramirez", "Brianna Cole", "Ethan Morales"]
CITIES = ["New York", "Chicago", "Los Angeles", "Houston", "Atlanta", "Phoenix", "Denver", "Seattle", "Miami",
          "Boston", "Sacramento", "Austin"]
SITES = ["Lakeshore Gazette", "The Evening Dispatch", "Heartland Current", "Pacific Beacon", "NewsLine365",
         "The Valley Sentinel", "Capitol Brief"]
BUSINESSES = [
    ("Rocky Ridge Roofing", "roof repair and replacement",
     ["Storm damage inspections", "Shingle and metal roofs", "Gutter installation", "Free drone estimates"], "rockyridgeroofing.com"),
    ("ClearFlow Plumbing & Drain", "24-hour plumbing",
     ["Water heater installs", "Drain cleaning", "Leak detection", "Sewer line repair"], "clearflowplumbing.com"),
    ("Summit Tax Advisors", "tax preparation and bookkeeping",
     ["Individual returns", "Small business filings", "IRS audit support", "Quarterly estimated payments"], "summittaxadvisors.com"),
    ("Paws & Whiskers Pet Resort", "dog boarding and grooming",
     ["Overnight boarding", "Doggy daycare", "Full-service grooming", "Obedience classes"], "pawswhiskersresort.com"),
    ("Elite Home Health", "in-home senior care",
     ["Companion care", "Medication reminders", "Post-surgery support", "Dementia care"], "elitehomehealthcare.com"),
    ("Lone Star HVAC", "heating and air conditioning",
     ["AC tune-ups", "Furnace replacement", "Ductless mini-splits", "Indoor air quality checks"], "lonestarhvacpros.com"),
]

HEADLINE_DUPS = [
    "{title} :: {site}",
    "{site} » {title}",
    "{TITLE}",
    "{title} | {site} | {city}",
    "{title} - {tag1} - {site}",
    "{site}: {title}",
    "WATCH: {title}",
    "{title} (VIDEO)",
    "{title} — {agency}",
    "BREAKING: {title}",
    "{title} | Local News | {site}",
    "{title} • {site}",
    "UPDATE: {title}",
    "{title} [PHOTOS]",
    "{TITLE} | {site}",
    "{site} | {tag1} | {title}",
]

BYLINES = [
    "Written by {name}",
    "Story by {name} • {min}-minute read",
    "{name} and {name2}, {site}",
    "{name} | {site} Staff",
    "Updated {date}",
    "Last updated: {date}",
    "{city} — {name}, {agency}",
    "Posted: {date} | Updated: {date}",
    "Reporter: {name}",
    "{min}-minute read",
    "{name}, Correspondent in {city}",
    "{name} · {date} · {min} mins",
    "Contributor: {name}",
    "Fact checked by {name2} | Written by {name}",
    "{date} ● {city}",
    "{name}, {agency}  |  {date}",
    "BY {agency} STAFF",
    "Reading time: {min} minutes",
]

CAPTIONS = [
    "Image: {name}/{agency}",
    "(Courtesy of {name})",
    "Credit: {name} for {site}",
    "Getty Images / iStockphoto",
    "A view of downtown {city} on {date}. ({name}/{agency})",
    "Supporters gather outside the courthouse in {city}. {name}/{site}",
    "Photograph: {name}/{agency}",
    "Video: {agency}",
    "Illustration by {name}",
    "FILE — Crowds line the street in {city}. ({agency}/{name}, File)",
    "Pictured: the scene in {city} on Tuesday afternoon.",
    "Screenshot via YouTube",
    "Courtesy photo",
    "SOURCE: {agency} graphic",
    "Image 1 of 12",
    "(Image: {name} / {site})",
    "Firefighters work the blaze near {city} late Monday. (Credit: {name})",
]

INLINE = [
    "— Ad —",
    "Story continues after ad",
    "SPONSORED CONTENT",
    "Paid Post",
    "Don't miss: {other}",
    "READ MORE ► {other}",
    "SEE ALSO: {other}",
    "Keep reading: {other}",
    "MORE: {other}",
    "Trending now: {other}",
    "Click here to watch the full interview.",
    "Scroll down to continue",
    "The following content is paid for by an advertiser.",
    "[Article continues below]",
    "Promoted Stories",
    "WATCH ABOVE: Full coverage from {site}",
    ">> {other}",
]

RELATED_HEADERS = [
    "Related Stories",
    "More Stories",
    "Up Next",
    "Trending on {site}",
    "Most Read",
    "Also on {site}",
    "MORE COVERAGE",
    "Other stories you might enjoy",
    "Picked for you",
    "What to read next",
    "In case you missed it",
    "Latest in {tag1}",
    "Popular Now",
    "Editors' Picks",
    "MORE IN {tag1}",
]

SOURCE_FOOTERS = [
    "({agency} contributed to this report.)",
    "{agency} reporters {name} and {name2} contributed.",
    "Copyright {year} {agency}. Used with permission.",
    "This story was produced in partnership with {agency2}.",
    "This article first appeared in {site} and is republished here under a Creative Commons license.",
    "Correction: An earlier version of this story misstated the date of the hearing. It has been updated.",
    "Editor's note: We've updated this piece with new details from the sheriff's office.",
    "The views expressed in this commentary are the author's own and do not necessarily reflect those of {site}.",
    "Got a news tip? Email us at {email}.",
    "Have a tip? Contact {name} at {email} or {phone}.",
    "{name} covers city hall for {site}. Reach her at {email} or on X @{handle}.",
    "Distributed by Tribune Content Agency, LLC.",
    "©{year} {site}. Visit {site} online. Distributed by {agency}.",
    "Wire services contributed to this report.",
    "This report was written with help from {agency} and {agency2}.",
    "Content © {year} {site}, unless otherwise noted.",
    "{site} is part of {agency2}, a nonprofit network of newsrooms.",
    "Contact the author: {email}",
    "CLARIFICATION: This article has been revised to reflect that the vote took place on Thursday.",
    "{name2} is a freelance writer based in {city}.",
]

SOCIAL = [
    "Share on X",
    "Share via email",
    "Copy link",
    "Follow {site} on Threads and Bluesky.",
    "Join the conversation — comments are open below.",
    "What do you think? Let us know in the comments.",
    "Connect with {name} on LinkedIn.",
    "Follow {name} on Bluesky: @{handle}.bsky.social",
    "Facebook | X | Instagram | TikTok | YouTube",
    "Posted in: {tag1}, {tag2}",
    "Filed under: {tag1} · {tag2} · {tag3}",
    "Topics: {tag1} / {tag2}",
    "SHARE: Facebook · X · Email · Print",
    "Send this story to a friend on WhatsApp",
    "Message the newsroom on Signal: {phone}",
    "Comments (14)",
    "Find us on Mastodon: @{handle}@mastodon.social",
    "Get our breaking alerts on Telegram",
]

NEWSLETTER = [
    "Get the Morning Briefing in your inbox every weekday. Sign me up!",
    "Start your free trial: $1 for 6 months.",
    "Already a subscriber? Log in",
    "Become a member and read ad-free.",
    "Your support makes this reporting possible. Chip in $5 today.",
    "Turn on push notifications so you never miss a story.",
    "Text ALERTS to {phone} for breaking news by SMS.",
    "As an Amazon Associate we earn from qualifying purchases.",
    "This post contains affiliate links.",
    "Enjoying this story? Unlock full access for just 99¢.",
    "Listen to the {site} podcast wherever you get your podcasts.",
    "You've read 3 of 5 free articles this month.",
    "Get the {site} app on iOS and Android.",
    "Create a free account to save articles for later.",
    "Make a tax-deductible gift to {site} today.",
    "Want more stories like this? Join 40,000 readers who get our weekly digest.",
    "SUBSCRIBE NOW — LIMITED-TIME OFFER",
]

PROMO_OPENERS = [
    "Thanks for reading {site}! We'll be back tomorrow with more.",
    "Thanks for sticking with us — there's more coverage on the way.",
    "This story is sponsored by {biz}.",
    "— PAID MESSAGE —",
    "Presented by {biz}",
    "Today's coverage is supported by {biz}.",
    "A word from our partners at {biz}:",
]

PROMO_BODIES = [
    "Need {service} in {city}? You're in the right place.",
    "At {biz}, we've been providing {service} to local families for over 20 years.",
    "Don't wait until it's too late — our licensed pros are standing by.",
    "Our services include:",
    "Call {phone} for a free estimate today!",
    "Schedule online at {domain} — same-day appointments available.",
    "Questions? Email info@{domain} or text us at {phone}.",
    "Call or WhatsApp: {phone} | www.{domain}",
    "Mention this ad for $50 off. Offer ends Sunday.",
    "Visit {domain} to see our 5-star reviews and book your visit.",
]
