"""Training pool, second batch (English: US tech blogs, local TV stations, magazines, nonprofit newsrooms)
for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["CalMatters", "The Texas Tribune", "Stateline", "Chalkbeat", "Nexstar Media Wire", "Cox Media Group",
            "Capitol News Illinois", "Hearst Newspapers", "The 19th", "Block Club Chicago", "Inside Climate News",
            "NewsNation", "WTOP", "Grist"]
NAMES = ["Jordan Whitley", "Samantha Reyes", "Derek Okafor", "Caitlin Marsh", "Allison Pruitt", "Trevor Nguyen",
         "Keisha Franklin", "Brandon Sato", "Molly Henderson", "Gabriel Ortiz", "Whitney Caldwell", "Shane McAllister"]
CITIES = ["Portland", "Minneapolis", "Nashville", "Cleveland", "Pittsburgh", "Raleigh", "Tampa", "Las Vegas",
          "Salt Lake City", "Kansas City", "Milwaukee", "Albuquerque"]
SITES = ["The Byte Ledger", "KVRT Channel 9", "Gadget Frontier", "Riverside Weekly", "The Plains Observer",
         "Midwest Signal", "Circuit & Code"]
BUSINESSES = [
    ("Gateway Pest Solutions", "pest control and termite treatment",
     ["Termite inspections", "Rodent exclusion", "Bed bug heat treatment", "Quarterly home protection plans"], "gatewaypestsolutions.com"),
    ("Clearview Window & Gutter", "window washing and gutter cleaning",
     ["Interior and exterior windows", "Gutter guards", "Pressure washing", "Solar panel cleaning"], "clearviewwg.com"),
    ("Riverbend Family Chiropractic", "chiropractic care",
     ["Spinal adjustments", "Sports injury rehab", "Prenatal chiropractic", "Therapeutic massage"], "riverbendchiro.com"),
    ("Keystone Solar & Electric", "residential solar installation",
     ["Rooftop solar panels", "Battery backup systems", "EV charger installs", "200-amp panel upgrades"], "keystonesolarelectric.com"),
    ("Northgate Self Storage", "climate-controlled storage",
     ["10x10 and 10x20 units", "Boat and RV parking", "Boxes and moving supplies", "Gated keypad access"], "northgatestorage.com"),
    ("Hometown Garage Doors", "garage door repair",
     ["Broken spring replacement", "Opener installation", "Off-track door repair", "New door estimates"], "hometowngaragedoors.com"),
    ("Magnolia Med Spa", "aesthetic treatments",
     ["Botox and fillers", "Laser hair removal", "HydraFacials", "Medical weight loss"], "magnoliamedspa.com"),
]

HEADLINE_DUPS = [
    "{title} | {site} Reviews",
    "{title} - {site} - {city} Breaking News, Weather",
    "Review: {title}",
    "Hands-on: {title}",
    "{title} | {tag1} News | {site}",
    "{title} — {site} Investigates",
    "Analysis | {title}",
    "Podcast: {title}",
    "{title} (Updated)",
    "{title} [Video + Transcript]",
    "{site} Exclusive — {title}",
    "{TITLE} (EXCLUSIVE)",
    "{title} ‹ {site}",
    "Deal alert: {title}",
    "{title}: What we know so far",
    "{title} — {name} | {site}",
    "{TITLE}",
]

BYLINES = [
    "By: {name} | Posted: {date}",
    "Reported by {name}; edited by {name2}",
    "{site} Staff Report",
    "{name} • Senior Editor • {date}",
    "{name} is a staff writer covering {tag1}.",
    "Originally posted {date}; last revised {date}",
    "Est. reading time: {min} min",
    "Published {date} • Modified {date}",
    "{name}  Contributing Editor",
    "Produced by {name2} · Reported by {name}",
    "{city} ({site}) —",
    "Review by {name} | Score: 8/10",
    "Guest column by {name}",
    "Posted {min} hours ago by {name}",
    "Author: {name} | Categories: {tag1}, {tag2}",
    "{date} / {name} / {min} Comments",
    "Interview conducted by {name} and condensed for clarity",
]

CAPTIONS = [
    "Photography by {name}",
    "Staff photo by {name}",
    "Photo provided by the {city} Police Department",
    "Screen capture by {site}",
    "Image via Unsplash",
    "(Illustration: {name}/{site}; source images: Getty)",
    "Provided photo",
    "Credit: NASA/JPL-Caltech",
    "Rendering courtesy of the developer",
    "Fans cheer during the third quarter in {city}. [{name} | {site}]",
    "The new model on display at a launch event in {city}. (Photo: {name}/{site})",
    "{name}/Getty Images",
    "{name} / For {site}",
    "Photo 2/15",
    "ABOVE: Crews clear debris in {city} Wednesday. {name}/{agency}",
    "SUBMITTED PHOTO",
    "Chart: {site}. Data: U.S. Census Bureau",
    "(Ring doorbell footage / submitted)",
]

INLINE = [
    "ARTICLE RESUMES BELOW",
    "Ad Feedback",
    "Advertisement - Scroll to continue",
    "Also on {site}: {other}",
    "Featured Video",
    "More on this topic → {other}",
    "Continue reading below",
    "Check out: {other}",
    "Recommended Video:",
    "Sponsored Links by Taboola",
    "CLICK TO ENLARGE",
    "Previously: {other}",
    "Background: {other}",
    "(Story continues below gallery)",
    "Listen to this article · {min} min",
    "Best deals right now: {other}",
    "Subscriber exclusive",
]

RELATED_HEADERS = [
    "Related Content",
    "Keep Reading",
    "Recent Posts",
    "Read These Next",
    "Latest Headlines",
    "Top Stories in {city}",
    "More Local News",
    "SPONSORED STORIES",
    "Trending Videos",
    "More {tag1} Coverage",
    "Hot Right Now",
    "Similar Posts",
    "Continue Exploring",
    "Best of {site}",
    "News Near You",
]

SOURCE_FOOTERS = [
    "Republished from {agency} via CC BY-ND 4.0.",
    "EDITOR'S NOTE: This story contains descriptions of violence some readers may find disturbing.",
    "Corrections & clarifications: {name2}'s job title was misidentified in a prior draft of this report.",
    "Disclosure: {agency2} is a financial supporter of {site}. Sponsors have no say in our coverage.",
    "{name} reported from {city}. {name2} contributed from Washington.",
    "UPDATE, 4:15 p.m.: Added a statement from the company.",
    "Contact reporter {name} at {email} or follow on X @{handle}.",
    "{site} ©{year} | Terms of Use | Privacy Policy | Do Not Sell My Personal Information",
    "Have a question about this story? Ask our newsroom: {email}",
    "{agency} receives support from private foundations and is solely responsible for all content.",
    "To report an error, contact the standards editor at {email}.",
    "Read the original article on {site}.",
    "Syndicated via {agency} Content Services. For reprint rights call {phone}.",
    "This story first ran in {site}'s Sunday print edition.",
    "Opinions expressed by contributors are their own.",
    "If you or someone you know is in crisis, call or text 988 to reach the Suicide & Crisis Lifeline.",
    "Data for this story came from the U.S. Census Bureau and {agency}.",
    "Wire reports from {agency} and {agency2} were used in this story.",
    "{name2} is a Report for America corps member.",
]

SOCIAL = [
    "IG: @{handle} · X: @{handle}",
    "Like this story? Share it with a friend.",
    "Post to Facebook | Post to Reddit | Email",
    "Share on Reddit",
    "Pin it",
    "Discuss this article on our Discord",
    "View {min} Comments",
    "Keywords: {tag1} / {tag2} / {tag3}",
    "More about: {tag1}, {tag2}",
    "Follow us: Facebook · Instagram · YouTube · TikTok",
    "Watch {site} live on YouTube: youtube.com/@{handle}",
    "Sound off in the comments ↓",
    "Send us your photos and videos: {email}",
    "Find {site} on Flipboard and Google News",
    "Add {site} as a preferred source on Google",
    "Print this article",
    "#{tag1} #{tag2}",
]

NEWSLETTER = [
    "Get the Daily Digest in your inbox — it's free",
    "Want more? Get the Tech Brief newsletter free every Tuesday.",
    "Only $1 for your first 3 months — then $9.99/mo.",
    "This article is for subscribers only.",
    "Gift this article",
    "Give the gift of news: gift subscriptions start at $29.",
    "Become a sustaining member for $10 a month.",
    "Donate now and your gift will be matched up to $50,000 through Dec. 31.",
    "Products are independently selected; purchases made through our links can earn us a fee.",
    "Prices accurate at time of publication.",
    "{site} Weather: live radar and severe-weather alerts, free in the App Store and Google Play",
    "Listen: {site} Daily is available on Apple Podcasts, Spotify and YouTube.",
    "Stream {site} 24/7 on Roku, Fire TV and Apple TV.",
    "Sign in or create an account to keep reading.",
    "You have reached your limit of free articles.",
    "Upgrade to Premium to remove ads.",
    "Join us for the {site} Tech Summit, Oct. 14–15 in {city}. Early-bird passes end Friday.",
]

PROMO_OPENERS = [
    "That's all for now — check back for updates.",
    "Thanks for reading to the end. One more thing before you go:",
    "Underwritten by {biz}",
    "Local business spotlight: {biz}",
    "ADVERTISER CONTENT FROM {biz}",
    "Brand partner message from {biz}",
    "{site} Marketplace",
]

PROMO_BODIES = [
    "Homeowners in {city}: tired of putting off {service}?",
    "Family-owned since 1998, {biz} specializes in {service} with honest, upfront pricing.",
    "Licensed, bonded and insured. Veteran and senior discounts available.",
    "Here's what we do:",
    "Call (505) 555-0142 today and ask about our spring special.",
    "Get your free quote in 60 seconds at {domain}.",
    "Text a photo of the job to {phone} for a fast estimate.",
    "Book online: https://www.{domain}/schedule",
    "Questions? hello@{domain} · {phone} · Mon–Sat 7am–7pm",
    "Financing available with approved credit. See {domain} for details.",
]
