"""Training pool, second batch (English: African and Asian outlets, sports sites, tech blogs, magazines)
for the junk-line model.

Written for training and tuning only, without reading the blind pools or the cleaner's rules.
Its wording is new: nothing is taken from pool_dev.py or from the first batch of training pools.
"""

AGENCIES = ["News Agency of Nigeria", "NAN", "Kenya News Agency", "African News Agency", "Ghana News Agency",
            "Bernama", "Philippine News Agency", "Yonhap", "Kyodo News", "Sportsfile", "Gallo Images",
            "Newzroom Afrika"]
NAMES = ["Chidi Okonkwo", "Wanjiru Kamau", "Thabo Nkosi", "Ama Mensah", "Farah Iskandar", "Miguel Santos",
         "Zanele Dlamini", "Kwame Asante", "Nurul Aziz", "Liam Tan", "Olumide Adeyemi", "Grace Achieng"]
CITIES = ["Lagos", "Abuja", "Johannesburg", "Cape Town", "Durban", "Accra", "Kampala", "Mombasa", "Manila",
          "Kuala Lumpur", "Singapore", "Kigali"]
SITES = ["Pitchside Africa", "The Lagos Ledger", "Gadget Savanna", "Matchday Central", "Equator Times Online",
         "Highveld Mail", "Courtside Asia"]
BUSINESSES = [
    ("Mama Ngozi Catering", "event catering and small chops",
     ["Wedding buffets", "Office lunches", "Jollof party packs", "Cake and dessert tables"], "mamangozicatering.com.ng"),
    ("SwiftFix Phone Repairs", "phone and laptop repairs",
     ["Cracked screen replacement", "Battery swaps", "Water damage recovery", "Data transfer"], "swiftfixrepairs.co.za"),
    ("Savanna Solar Ltd", "solar and inverter installation",
     ["Home inverter systems", "Solar water pumps", "Battery maintenance", "Load-shedding backup kits"], "savannasolar.co.ke"),
    ("BrightPath Tutors", "exam prep and home tutoring",
     ["WAEC and NECO prep", "IGCSE maths", "Coding for kids", "Online holiday classes"], "brightpathtutors.com.gh"),
    ("Klang Valley Aircon Services", "aircon servicing",
     ["Chemical wash", "Gas top-up", "Installation and relocation", "Leak repair"], "klangaircon.com.my"),
    ("Ubuntu Fitness Studio", "personal training and group classes",
     ["HIIT bootcamps", "Boxing fitness", "Nutrition coaching", "Corporate wellness days"], "ubuntufitness.co.za"),
]

HEADLINE_DUPS = [
    "{title} | Match Report",
    "{title} | {site} Sport",
    "LIVE UPDATES | {title}",
    "{title} | Tech | {site}",
    "{title} | {site} Magazine",
    "Cover story: {title}",
    "{title} · {site}",
    "{site} >> {title}",
    "{title} — Daily Brief",
    "{TITLE} — {city}",
    "{title} [WATCH]",
    "FULL TIME: {title}",
    "{title} | Transfer News",
    "Explainer: {title}",
    "Feature | {title}",
    "{title} #{tag1}",
]

BYLINES = [
    "From {name} in {city}",
    "{name}, Sports Editor",
    "{name} | Tech Desk",
    "Words {name} · Photos {name2}",
    "LAGOS, June 10 (NAN) –",
    "{city}, Kenya ({agency}) —",
    "Posted on {date} by {name} in {tag1}",
    "Read in {min} minutes",
    "Last updated {min} hours ago",
    "Sunday, 8 June 2025 - 10:15",
    "{site} Sports Reporter",
    "{name} (@{handle})",
    "Story: {name} | Edited by: {name2}",
    "{name} reports from {city} for {site}",
    "Reviewed by {name}, Deputy Tech Editor",
    "ANALYSIS by {name}",
    "Guest contributor: {name}, a lecturer at the University of {city}",
]

CAPTIONS = [
    "Photo: Sportsfile",
    "Image © {agency}",
    "Supplied photo",
    "Picture: Gallo Images/{name}",
    "{name} celebrates after scoring in {city}. | {agency}",
    "Photo: {name} | {site}",
    "Product shot: {site}",
    "Photo: BackpagePix",
    "Photo courtesy {agency}",
    "Source: Instagram/@{handle}",
    "File image of the stadium in {city}.",
    "Above: The phone's rear camera module. Photo by {name}.",
    "Photo credit: Office of the Governor",
    "(Pic: {name}, {agency})",
    "Image generated for illustrative purposes",
    "Top image: A fan waves a flag before kickoff in {city}.",
]

INLINE = [
    "[ADVERT]",
    "Advert",
    "Similar story: {other}",
    "Watch: Highlights from the match",
    "Hot now » {other}",
    "READ: {other}",
    "Related Story → {other}",
    "Sponsored | Paid for by our partners",
    "Content continues after advert",
    "Check out our latest reviews: {other}",
    "GET THE LATEST: {other}",
    "Poll: Who wins? Vote below",
    "Scroll to continue with content",
    "Specs at a glance",
    "Previous coverage: {other}",
    "Editor's pick: {other}",
]

RELATED_HEADERS = [
    "More Sport",
    "Latest Transfer News",
    "Related Posts",
    "You May Have Missed",
    "More Tech Stories",
    "Top Picks For You",
    "Read More From {site}",
    "Editor's Choice",
    "Popular This Week",
    "Hot Topics",
    "More Headlines From {city}",
    "LATEST VIDEOS",
    "Catch Up On",
    "Coming Up Next",
]

SOURCE_FOOTERS = [
    "— NAN",
    "Source: {agency} | Edited by {name}",
    "Originally printed in the weekend edition of {site}.",
    "An edited version ran in the June issue of {site} Magazine.",
    "Additional reporting: {agency}",
    "© {site} {year}. Unauthorised reproduction prohibited.",
    "DISCLAIMER: The views in this article are those of the writer and not of {site}.",
    "Disclosure: {site} received a review unit from the manufacturer. The brand had no input on this review.",
    "Kindly send press releases to {email}",
    "{name} is a Lagos-based sports writer. She tweets @{handle}.",
    "Fixtures and results courtesy of {agency}.",
    "Stats provided by Opta.",
    "This content is licensed from {agency}. Redistribution is prohibited.",
    "Update (June 9): The company has responded; its statement is included above.",
    "Correction appended: We misnamed the club's chairman in the first draft of this report.",
    "Compiled by {name} with agency inputs.",
    "Syndicated under licence from {agency2}.",
    "For advertising enquiries call +234 803 555 0198 or email ads@pitchsideafrica.com",
]

SOCIAL = [
    "Share via WhatsApp | Telegram | X",
    "Live scores on X: @{handle}",
    "Get match alerts on our WhatsApp channel",
    "Hit the bell on YouTube for every new review",
    "Tag us @{handle} with your matchday photos",
    "What's your reaction? Love | Funny | Angry | Sad",
    "Discussion (37)",
    "Rate this article ★★★★☆",
    "Found this helpful? Share it with your squad.",
    "Follow us on Google News",
    "Spread the word:",
    "TikTok: @{handle} | Instagram: @{handle}",
    "Connect: Facebook · LinkedIn · Threads",
    "Login to comment",
    "Be part of the conversation — register to comment.",
    "Labels: {tag1}, {tag2}",
]

NEWSLETTER = [
    "Get the week's best tech stories every Friday. Subscribe free.",
    "Unlock premium match analysis: KSh 250/month",
    "Subscribe to {site} Magazine — print + digital from R99 a month",
    "Support our journalism: buy us a coffee",
    "Sponsored post. We were paid to publish this content.",
    "This review contains affiliate links; if you click and buy, we may get a small cut.",
    "Live scores and push alerts — install the {site} app.",
    "Premium members read ad-free. Join today.",
    "Already have an account? Sign in here",
    "Send this article as a gift — your friends can read it for free.",
    "Listen to the full episode on our podcast feed.",
    "Watch the full video review on our YouTube channel.",
    "Get your tickets for the {site} Awards now: limited seats available.",
    "Enter our giveaway to win a new phone — T&Cs apply.",
    "Advertise with us: reach 2 million readers monthly.",
]

PROMO_OPENERS = [
    "That's the wrap for today. More updates tomorrow.",
    "Before you go…",
    "Partner spotlight: {biz}",
    "SPONSORED | {biz}",
    "Powered by {biz}",
    "Business Directory: {biz}",
    "Message from an advertiser",
]

PROMO_BODIES = [
    "Living or working in {city} and need {service}?",
    "{biz} delivers top-quality {service} at affordable rates.",
    "Trusted by over 5,000 happy clients — see our Google reviews.",
    "Services available:",
    "Call/WhatsApp: +234 803 555 0147",
    "Visit {domain} or walk into our office today.",
    "Email: bookings@{domain} | Tel: +27 21 555 0134",
    "DM us on Instagram or WhatsApp 0722 555 019 to book a slot.",
    "Pay with M-Pesa, card or bank transfer. Free delivery within {city}.",
    "Limited slots this month — reserve yours at www.{domain}",
]
