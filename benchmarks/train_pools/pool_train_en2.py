"""Training pool (English, UK/Irish/Commonwealth-style sites) for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules;
none of its wording is taken from pool_dev.py.
"""

AGENCIES = ["PA Media", "Press Association", "Australian Associated Press", "AAP", "Press Trust of India", "IANS",
            "Sky News", "ITV News", "RTÉ", "The Canadian Press", "Agence France-Presse", "PA Wire", "Newsquest"]
NAMES = ["Oliver Hughes", "Charlotte Evans", "Siobhan Murphy", "Harry Patel", "Grace Thornton", "Callum MacLeod",
         "Emily Rhodes", "Rohan Mehta", "Chloe Fraser", "Niamh Doyle", "Jack Whitfield", "Amelia Barker"]
CITIES = ["Manchester", "Edinburgh", "Dublin", "Cardiff", "Belfast", "Sydney", "Melbourne", "Mumbai", "Toronto",
          "Birmingham", "Glasgow", "Auckland"]
SITES = ["The Northern Chronicle", "Evening Courier", "Harbour Herald", "The Daily Compass", "NewsDesk UK",
         "The Midlands Mercury", "Coastline Times"]
BUSINESSES = [
    ("Thornbury Boiler Services", "boiler servicing and central heating",
     ["Gas Safe boiler repairs", "Annual servicing", "Power flushing", "Smart thermostat fitting"], "thornburyboilers.co.uk"),
    ("Kingsway Removals", "house removals and storage",
     ["Man and van hire", "Full packing service", "European removals", "Secure container storage"], "kingswayremovals.co.uk"),
    ("Bright Smile Orthodontics", "braces and aligners for all ages",
     ["Invisible aligners", "Fixed braces", "Retainers", "Free initial consultation"], "brightsmileortho.co.uk"),
    ("Harrow Driving School", "driving lessons",
     ["Intensive courses", "Pass Plus", "Theory test preparation", "Automatic and manual cars"], "harrowdrivingschool.co.uk"),
    ("Coastal Conveyancing", "property conveyancing",
     ["Fixed-fee house sales", "Remortgages", "Leasehold transfers", "First-time buyer packages"], "coastalconveyancing.co.uk"),
    ("Evergreen Gardens & Fencing", "garden maintenance and fencing",
     ["Fence panel installation", "Hedge cutting", "Patio jet washing", "Turfing and decking"], "evergreengardens.ie"),
]

HEADLINE_DUPS = [
    "{site} | {title}",
    "{title} | UK News | {site}",
    "{title} — {site} Live",
    "LIVE: {title}",
    "{title} | {city} | {site}",
    "Exclusive: {title}",
    "{title} (pictures)",
    "{title} ~ {site}",
    "{title}: latest updates",
    "{TITLE} | {site}",
    "'{title}'",
    "{title} | {agency} | {site}",
    "{TITLE}",
    "{title} - {city} News",
    "Comment: {title}",
    "{title} / {site}",
]

BYLINES = [
    "{name}, Political Correspondent",
    "{name} in {city}",
    "{name} Home Affairs Editor",
    "Thu 5 Jun 2025 09.12 BST",
    "First published on {date}",
    "{name} @{handle}",
    "{min} minute read",
    "Last modified on Fri 6 Jun 2025 11.40 BST",
    "{name} and {name2} | {city}",
    "{name} – Senior Reporter – {site}",
    "PUBLISHED: 07:14 BST, 4 June 2025 | UPDATED: 09:52 BST, 4 June 2025",
    "{name}, {city} | Reading time {min} mins",
    "Reporting from {city}",
    "{name}  ·  Wednesday 4 June 2025 6:00 am",
    "{city}, June 4 (PTI)",
    "Words: {name}",
    "{name} — {agency}",
    "Mon 9 Jun 2025 | {name}",
]

CAPTIONS = [
    "Picture: {agency}",
    "Photograph: {name}/PA",
    "(Image: {name}/{site})",
    "Credit: Alamy",
    "Supporters outside the court in {city}. Photograph: {name}/{agency}",
    "Pic: {name}",
    "Image source, Getty Images",
    "Image caption, Police at the scene in {city}",
    "Media caption, Watch: residents describe the moment the roof collapsed",
    "IMAGE: SUPPLIED",
    "(Picture: {agency} Wire)",
    "Composite: {site}; Getty",
    "Photo illustration: {site}",
    "The harbour in {city} on Tuesday evening (Picture: {name})",
    "Handout image released by police",
    "© {name}/{agency}",
]

INLINE = [
    "Article continues below this ad",
    "Promoted",
    "READ NEXT: {other}",
    "More: {other}",
    "Recommended reading: {other}",
    "Don't Miss",
    "Click to play",
    "Skip past promotion",
    "Continue reading",
    "Find out more: {other}",
    "Top Stories",
    "View gallery",
    "PARTNER CONTENT",
    "You might be interested in: {other}",
    "Read next ➤ {other}",
    "Paid partnership",
    "[ {other} ]",
]

RELATED_HEADERS = [
    "More on this story",
    "Top stories",
    "Most popular",
    "More from the {tag1} desk",
    "Latest from {site}",
    "Elsewhere on {site}",
    "MOST READ",
    "Explore more",
    "Further reading",
    "Around the web",
    "Related topics",
    "Don't miss these",
    "More headlines",
]

SOURCE_FOOTERS = [
    "Extra reporting from PA",
    "– with PA",
    "This article was amended on 6 June 2025 to correct the spelling of a name.",
    "A correction was made on 4 June 2025: an earlier version gave the wrong figure for the council's budget.",
    "© {year} AAP Limited.",
    "Reproduced with permission of {agency}.",
    "This is an opinion piece; the views are the author's own.",
    "Do you have a story to share? Email {email}",
    "If you have been affected by any of the issues raised in this article, contact Samaritans free on 116 123.",
    "{name} is a freelance journalist based in {city}.",
    "This article is republished from The Conversation under a Creative Commons licence.",
    "{site} is a member of the Independent Press Standards Organisation (IPSO).",
    "(Only the headline of this report may have been reworked by {site} staff; the rest of the content is auto-generated from a syndicated feed.)",
    "Additional information from {agency} and {agency2}",
    "Syndication enquiries: licensing@{site}",
    "{agency} | {agency2}",
    "Copyright © {year} {site}. Republication without permission is prohibited.",
    "Want to tell us something in confidence? Contact {name2} securely on {phone}.",
    "{name2} contributed to this report.",
]

SOCIAL = [
    "Share this page: Facebook | WhatsApp | X | Copy link",
    "Follow us on Threads @{handle}",
    "Get {site} on WhatsApp — tap to join our community",
    "Have your say in the comments below",
    "Comments are closed on this article",
    "Follow {name} on X: @{handle}",
    "Find us on Bluesky",
    "View comments",
    "Share",
    "Email · WhatsApp · Messenger · X",
    "Topics: {tag1}, {tag2}, {tag3}",
    "Join the debate",
    "Like us on Facebook to see more stories like this",
    "Connect with us on LinkedIn",
    "Tap here to follow our Telegram channel",
    "Share or comment on this article: {email}",
]

NEWSLETTER = [
    "Get our free Morning Edition email",
    "Subscribe for £1 a month",
    "Please consider supporting us — from just £2",
    "Become a Supporter",
    "Enable notifications",
    "Download our free app",
    "We may receive a small fee if you purchase via links in this article.",
    "Our journalism is free to read for everyone. Will you help keep it that way?",
    "Register now to read more articles for free",
    "Want the top headlines at breakfast? Get the briefing delivered to you.",
    "Sign up to our politics email here",
    "Join {site}+ for exclusive content and fewer ads",
    "Text NEWS to {phone} to get urgent headlines by SMS",
    "Never miss a match: get our football bulletin every Friday",
    "Buy a gift subscription",
    "Membership starts at just £5.99 a month",
]

PROMO_OPENERS = [
    "Thanks for reading — we'll keep you updated as this story develops.",
    "Cheers for stopping by. More to come later today.",
    "In association with {biz}",
    "Supported by {biz}",
    "PARTNER CONTENT",
    "With thanks to our partners at {biz}",
    "Thank you for choosing {site}. Your next update is only a click away.",
]

PROMO_BODIES = [
    "Searching for reliable {service} near {city}?",
    "{biz} has specialised in {service} for more than 15 years, with hundreds of five-star reviews.",
    "Whatever the job, big or small, our friendly local team is happy to help.",
    "What we offer:",
    "Ring us today on 0161 496 0732 for a no-obligation quote.",
    "Book via {domain}, or give the team a ring on {phone}.",
    "Email enquiries@{domain} — we aim to reply within 24 hours.",
    "WhatsApp us on 07700 900461 | www.{domain}",
    "Fully insured. Free quotes. Call now!",
    "Find us online at www.{domain} — open Monday to Saturday.",
]
