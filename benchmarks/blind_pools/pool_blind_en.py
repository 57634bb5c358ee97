"""Blind junk pool, English: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

AGENCIES = [
    "Associated Press", "Agence France-Presse", "Reuters", "Bloomberg News", "PA Media", "The Canadian Press",
    "Australian Associated Press", "UPI", "Kyodo News", "Yonhap", "Anadolu Agency", "Press Trust of India",
    "IANS", "Sky News", "ABC News", "CBS News", "NPR", "CNBC", "RTÉ", "Deutsche Welle", "Kyiv Independent",
]
NAMES = [
    "Rachel Okafor", "Michael Brennan", "Hannah Lindqvist", "Daniel Whitfield", "Aisha Rahman", "Connor McAllister",
    "Grace Yamamoto", "Samuel Adeyemi", "Olivia Hartley", "Marcus Delgado", "Fiona Gallagher", "Ben Carrington",
    "Chloe Dubois", "Nathan Brooks", "Leah Goldstein", "Patrick Nguyen", "Emily Sinclair", "Omar Haddad",
]
CITIES = [
    "Chicago", "Manchester", "Toronto", "Sydney", "Dublin", "Auckland", "Houston", "Leeds", "Cape Town",
    "Singapore", "Mumbai", "Lagos", "Ottawa", "Glasgow", "Denver", "Melbourne", "Hong Kong", "Geneva",
]
SITES = [
    "Riverside Gazette", "The Northern Dispatch", "Harbor City Times", "Newsline Today", "The Daily Current",
    "Coastal Chronicle", "Midland Herald", "The Public Record", "Keystone Bulletin", "Pacific Sentinel",
    "Lakeshore Courier", "The Evening Lantern",
]
BUSINESSES = [
    ("Hartwell & Finch Law", "criminal defense and personal injury claims",
     ["DUI and traffic offenses", "Assault and theft charges", "Car accident claims", "Free case evaluation"],
     "hartwellfinchlaw.com"),
    ("Blue Horizon Travel", "holidays, cruises and group tours",
     ["City breaks in Europe", "Caribbean cruises", "Honeymoon packages", "Travel insurance"],
     "bluehorizontravel.co.uk"),
    ("Summit Wealth Advisors", "retirement planning and tax preparation",
     ["401(k) rollovers", "Estate planning", "Small-business taxes", "Portfolio reviews"],
     "summitwealthadvisors.com"),
    ("BrightPath Solar", "rooftop solar and home battery storage",
     ["Solar panel installation", "Battery backup systems", "EV charger fitting", "Zero-down financing"],
     "brightpathsolar.com"),
    ("SecureNest Alarms", "home security and 24-hour monitoring",
     ["Video doorbells", "Motion sensors", "Smart locks", "Free installation"],
     "securenestalarms.com"),
    ("Oakridge Family Clinic", "primary care and same-day appointments",
     ["Flu and COVID shots", "Annual physicals", "Lab tests on site", "Telehealth visits"],
     "oakridgefamilyclinic.com"),
    ("ByteFix Computer Repair", "laptop, phone and network repair",
     ["Cracked screen replacement", "Virus and malware removal", "Data recovery", "Home Wi-Fi setup"],
     "bytefixrepair.com"),
    ("Keller Roofing & Gutters", "roof repair and replacement",
     ["Storm damage repair", "Gutter cleaning", "Skylight installation", "Free roof inspections"],
     "kellerroofing.com"),
    ("Maple Street Realty", "buying, selling and renting homes",
     ["Free home valuation", "First-time buyer guidance", "Property management", "Relocation support"],
     "maplestreetrealty.com"),
    ("ClearView Hearing Center", "hearing tests and hearing aids",
     ["Free hearing screenings", "Rechargeable hearing aids", "Tinnitus support", "Repairs and batteries"],
     "clearviewhearing.com"),
]

HEADLINE_DUPS = [
    "{title}", "{title}", "{TITLE}", "{title} · {site}", "{title} | {site}", "{site}: {title}",
    "{title} — {agency}", "{title} / {site}", "{title} | World news | {site}", "UPDATED: {title}",
]

BYLINES = [
    "Words by {name} · {date}",
    "{name} and {name2} | {agency}",
    "{name} — {city} — {date}",
    "Written by {name}, Senior Correspondent",
    "{name} / {site} / Updated {date}",
    "{city}, {date} ({agency}) —",
    "Last updated: {date}",
    "{min}-minute read · {date}",
    "{name}, {agency} | {city}",
    "Story by {name} • {date}",
    "{name} | Chief Political Correspondent | {date}",
    "First posted {date}",
    "Filed {date} — {name} in {city}",
    "{name}, Contributor",
    "Reported by {name}; photographs by {name2}",
]

CAPTIONS = [
    "{name}/Getty Images",
    "Credit: {name} for {site}",
    "Image: {agency}",
    "A general view of {city} on {date}. {name}/{agency}",
    "© {agency}",
    "Officials arrive for talks in {city}. (Picture: {agency})",
    "Illustration by {name}",
    "Courtesy of {name}",
    "{name} / {agency} via Getty Images",
    "Supplied",
    "The skyline of {city}. | {agency}",
    "Visitors in central {city} earlier this year. (Credit: {name}/{agency})",
    "Screengrab: {site}",
    "Getty Images/iStockphoto",
]

INLINE = [
    "ADVERTISING",
    "Ad",
    "Article continues after this ad",
    "Scroll to continue reading",
    "Paid content",
    "Promoted",
    "SEE ALSO: {other}",
    "Don't miss: {other}",
    "More on this: {other}",
    "Catch up: {other}",
    "Editor's pick: {other}",
    "WATCH: {other}",
    "Trending now: {other}",
    "Presented by {biz}",
    "Keep scrolling for the rest of the story",
]

RELATED_HEADERS = [
    "Read next", "More stories", "Further reading", "In case you missed it", "Most popular on {site}",
    "Related coverage", "Top stories", "Keep reading", "What to read next",
]

SOURCE_FOOTERS = [
    "Reporting by {name} and {name2}; editing by {name3}",
    "{name2} contributed reporting from {city}.",
    "{agency} contributed to this report.",
    "Contributing: {name}, {agency}",
    "Compiled by {name} with wire reports.",
    "With files from {agency} and {agency2}.",
    "This story includes material from {agency}.",
    "Information from {agency} and {agency2} was used in this report.",
    "Editor's note: This article was updated on {date} to include a response from officials.",
    "Correction: An earlier version of this story misstated the title of a spokesperson. It has been fixed.",
    "Disclaimer: The views expressed here are the author's own and do not necessarily reflect those of {site}.",
    "This content is for general information only and should not be taken as legal or financial advice.",
    "Republished with permission from {agency}.",
    "This piece first appeared in {site} and is republished under a Creative Commons licence.",
    "Distributed by {agency} on behalf of {site}.",
    "To license or reprint this story, contact the {site} syndication desk.",
    "{site} © {year} — no part of this page may be reproduced without written permission.",
    "{name} covers courts and crime for {site}. Write to {name} at {email}.",
    "Got a news tip? Email {email}.",
    "Text edited for length and clarity by {name3}.",
    "{site} is not responsible for the content of external websites.",
    "This is a developing story and will be updated as more information becomes available.",
    "Syndicated to {site} by {agency}.",
]

SOCIAL = [
    "Send this story to a friend",
    "Copy link",
    "Post to X",
    "Email · WhatsApp · LinkedIn · Reddit",
    "{name} is on Bluesky: @{handle}.bsky.social",
    "Find {site} on Instagram, TikTok and YouTube.",
    "Got a story? WhatsApp us on {phone}.",
    "Get breaking headlines on our Telegram channel.",
    "Topics: {tag1} · {tag2} · {tag3}",
    "Filed under: {tag1}, {tag2}",
    "What's your take? Have your say in the comments.",
    "{min} comments",
    "Like {site} on Facebook",
    "Connect with {name} on LinkedIn",
    "Did this help? Pass it on.",
    "Subscribe to our YouTube channel",
]

NEWSLETTER = [
    "Want the day's biggest stories in your email every morning? Add your address here.",
    "Turn on push notifications to hear about breaking news first.",
    "Get alerts: tap the bell icon to follow this story.",
    "Become a member of {site} from just $1 a week.",
    "You've reached your limit of free articles this month. Log in or register to keep reading.",
    "Readers like you keep {site} going. Chip in what you can.",
    "This post contains affiliate links; {site} may receive a share of sales.",
    "{site} is on your phone too: free on the App Store and Google Play.",
    "Join {min}0,000 readers who get our morning briefing. It's free.",
    "Enjoying our coverage? Make a one-off contribution or give monthly.",
    "Already a subscriber? Sign in",
    "Products featured are independently chosen by our editors; we may be paid if you buy something.",
    "Never miss a headline: text NEWS to 55123 to get alerts by SMS.",
    "Unlock every story for 99p for your first month.",
]

PROMO_OPENERS = [
    "Thanks for reading! {site} will have more on this story in the coming days.",
    "Thank you for spending time with {site} today. Stay with us for further updates.",
    "We appreciate you reading to the end. More coverage is on the way.",
    "Paid partnership with {biz}",
    "A word from a local business:",
    "PAID NOTICE",
    "Community partner: {biz}",
]

# make.py draws two of the first three, then the business's list, then one of the closers from index 4 on.
PROMO_BODIES = [
    "Need help with {service} in {city}? {biz} is here for you.",
    "For over 25 years, {biz} has been the name people across {city} trust for {service}.",
    "Our services include:",
    "Licensed, insured and locally owned.",
    "Call {phone} or visit {domain} for a free, no-obligation consultation.",
    "Questions? Ring us on {phone}. Lines open 8am to 8pm.",
    "Book online at {domain} | Tel. {phone}",
    "{domain} · {phone} · Open Mon–Sat",
    "Free estimates: {phone}. Mention this ad and save 10%.",
    "Reach us any time at {phone} or https://{domain}",
    "Make an appointment today: {domain}/book or {phone}.",
    "Stop by our {city} office or find us online at www.{domain}.",
]
