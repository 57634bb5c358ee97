"""Blind site-template pool, English: written without reading the cleaner's rules; the cleaner must never be tuned to it."""

LANG = "en"

SITES = [
    ("Millbrook Courier", "millbrookcourier.com"),
    ("The Ridgeway Dispatch", "ridgewaydispatch.net"),
    ("Cedar Hollow Gazette", "cedarhollowgazette.org"),
    ("Tidewater Notebook", "tidewaternotebook.news"),
    ("Quarry Lane Press", "quarrylanepress.co.uk"),
    ("North Fork Bulletin", "northforkbulletin.com"),
    ("Saltmarsh Weekly", "saltmarshweekly.co.uk"),
    ("The Kestrel Report", "kestrelreport.net"),
    ("Brindle County Chronicle", "brindlecountychronicle.com"),
    ("Pinecrest Examiner", "pinecrestexaminer.com"),
    ("Lakeshore Signal", "lakeshoresignal.org"),
    ("The Foundry Voice", "foundryvoice.news"),
    ("Eastgate Record", "eastgaterecord.us"),
    ("Copper Creek Journal", "coppercreekjournal.com"),
    ("Wrenfield Herald", "wrenfieldherald.co.uk"),
    ("The Prairie Almanac", "prairiealmanac.org"),
    ("Stonebridge Today", "stonebridgetoday.com"),
    ("Marrow Valley Mirror", "marrowvalleymirror.net"),
    ("Highwater Beat", "highwaterbeat.news"),
    ("The Ferryman", "theferryman.ie"),
    ("Old Mill Town Talk", "oldmilltowntalk.blog"),
    ("Ashby Vale Times", "ashbyvaletimes.com"),
    ("Granite Shore Sentinel", "graniteshoresentinel.org"),
    ("Blue Heron Bugle", "blueheronbugle.com"),
    ("Southside Crier", "southsidecrier.net"),
]

CITIES = [
    "Fairhaven", "Ashford", "Kettering", "Harrogate", "Bozeman", "Chapel Hill", "Burlington", "Asheville",
    "Galway", "Shrewsbury", "Duluth", "Eugene", "Kendal", "Taunton", "Ithaca", "Boise", "Penrith",
    "Bridgewater", "Marquette", "Stroud",
]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]

DATES = [
    "{month} {day}, {year}",
    "{day} {month} {year}",
    "{mon} {day}, {year} · {hh}:{mi}",
    "{day}/{mm}/{year} {hh}:{mi}",
    "{month} {day}, {year}, {hh}:{mi}",
    "{day} {mon} {year}",
    "{year}-{mm}-{day}",
]

HOME_WORDS = ["Home", "Front Page", "Homepage", "Start"]

SECTIONS = [
    "Local News", "Schools", "Town Hall", "Sports", "High School Sports", "Business", "Opinion", "Letters",
    "Arts & Culture", "Obituaries", "Weather", "Outdoors", "Food & Drink", "Real Estate", "Courts & Crime",
    "Community", "Environment", "Transportation", "Health",
]

BREADCRUMBS = [
    "{home} › {section} › {section2}",
    "{home} / {section} / {section2}",
    "{home} » {section}",
    "{home} > {section} > {section2}",
    "{home} | {section}",
    "{home} · {section} · {section2}",
    "{home} - {section}",
    "You are here: {home} » {section} » {section2}",
]

TAGLINES = [
    "{site} — covering {city} since 1987",
    "{site}: the paper {city} reads over breakfast",
    "Straight talk from {city}. {site}.",
    "{site} · Independent local reporting for {city} and the surrounding towns",
    "Your neighbors, your stories — {site}",
    "{site}, reader-funded and rooted in {city}",
    "Small town. Big stories. {site}",
    "{site} | Nonprofit journalism for the {city} area",
    "Keeping an eye on city hall in {city} since 2009 — {site}",
    "{site}: what happened in {city} today, told plainly",
]

DATELINES = [
    "Posted on {date}",
    "{date} | by {name}",
    "Words by {name} · {date}",
    "{date} — {name}",
    "Written by {name} | {date}",
    "Filed {date} by {name}",
    "{date} · Story: {name}",
    "{name}, Contributing Reporter · {date}",
    "On {date}, reported by {name}",
    "{date}",
    "Posted {date} in News",
]

READ_TIMES = [
    "{min}-minute read",
    "Reading time: {min} minutes",
    "About {min} minutes to read",
    "Read time · {min} min",
    "⏱ {min} min",
    "Est. reading time {min} mins",
    "{min} minutes of reading",
]

VIEWS = [
    "{count} views",
    "Viewed {count} times",
    "{count} reads",
    "👁 {count}",
    "Read {count} times so far",
    "Views: {count}",
]

COMMENTS = [
    "{count} comments",
    "Comments ({count})",
    "💬 {count}",
    "{count} responses so far",
    "Join the conversation — {count} comments",
    "Reader comments: {count}",
]

UPDATED = [
    "Last updated {date}",
    "Updated: {date}",
    "Editor's note: updated {date}.",
    "Story updated {date} with new details",
    "Revised {date}",
]

COPYRIGHTS = [
    "© {year} {site}",
    "Copyright © {founded}–{year} {site}. Reproduction without written permission is prohibited.",
    "{site} © {year} · Please don't reprint our reporting without permission.",
    "All content © {year} {site} unless otherwise noted.",
    "© {site} {founded}-{year}. Please ask before republishing our photos or stories.",
    "Copyright {year}, {site} LLC. No part of this site may be copied without our consent.",
    "© {year} {site} — serving readers since {founded}. Reuse of articles requires a license.",
    "Text and images © {year} {site}. Sharing links is welcome; copying whole articles is not.",
    "(c) {founded}-{year} {site} | Terms of Use | Privacy Policy",
    "© {year} {site}, est. {founded}. Every word on this page belongs to us and our contributors.",
]

ABOUTS = [
    "{site} is a small, independent newsroom reporting on {city} and the towns around it.",
    "Founded by two former copy editors, {site} covers local government, schools and business in {city}.",
    "{site} is a nonprofit, reader-supported news site. We cover {city} with no paywall.",
    "We're {site}: three reporters, one editor and a lot of coffee, covering {city} every weekday.",
    "{site} publishes local news, obituaries and event listings for greater {city}.",
    "Owned by nobody but its readers, {site} has reported on {city} for more than two decades.",
    "About us: {site} is the community news source for {city}. Story ideas are always welcome.",
    "{site} tells the stories of {city} — its people, its councils, its Friday night games.",
    "Locally owned and locally written, {site} is the only daily news site in {city}.",
    "{site} belongs to a cooperative of community papers. Our office sits on the main square in {city}.",
]

CONTACTS = [
    "News tips: {email} · Newsroom: {phone}",
    "Contact the newsroom at {email}.",
    "{site}, {street} — phone {phone}",
    "Saw something we should know about? Email {email}.",
    "Mailing address: {site}, {street}. Letters to the editor go to {email}.",
    "Advertising inquiries: {phone} or {email}",
    "Spotted an error? Let us know at {email} and we'll fix it fast.",
    "Call us at {phone}, Monday–Friday, 9 to 5.",
    "Drop by our office at {street} or ring {phone}.",
    "Send press releases and event listings to {email}.",
]

SOCIAL_LINKS = [
    "Facebook · Instagram · YouTube",
    "Find us on Instagram: @{handle}",
    "{site} on Mastodon: @{handle}@mastodon.social",
    "Follow @{handle} on X for live updates from council meetings.",
    "Facebook | X | Instagram | TikTok | RSS",
    "Like {site} on Facebook",
    "Watch our videos at youtube.com/@{handle}",
    "Get our headlines on Telegram: t.me/{handle}",
    "Connect with {site}: Facebook, Threads, Bluesky",
    "We're on TikTok too — @{handle}",
]

NEWSLETTERS = [
    "Get {site} in your inbox every morning. It's free.",
    "The Weekender from {site} lands every {day}. Add your email below.",
    "Never miss a story: turn on push alerts from {site}.",
    "Like what you're reading? Become a {site} member for $5 a month.",
    "Every {day} we round up the week's local headlines. Subscribe, it costs nothing.",
    "Chip in to keep {site} free for everyone.",
    "Listen to the {site} podcast, new episodes every {day}.",
    "Join 12,000 neighbors who start their day with the {site} morning briefing.",
    "Enter your email address to receive new posts by email.",
    "{site} runs on reader donations. Give any amount today.",
    "Want the headlines before breakfast? Our morning email is free.",
    "Subscribe to the {site} newsletter for a weekly digest of local news.",
    "Be the first to know: get text alerts from {site} when news breaks.",
    "Print subscribers get full digital access. Activate your account today.",
]

AD_OPENERS = [
    "Need {service} in {city}? Talk to {biz}.",
    "{biz} — proudly serving {city} for over 20 years.",
    "Tired of waiting weeks for {service}?",
    "Locally owned, locally trusted: {biz}.",
    "Spring special from {biz}!",
    "Your neighbors in {city} already know {biz}.",
    "This week's featured local business: {biz}",
    "Searching for reliable {service} near {city}?",
    "Now booking appointments — {biz}, {city}",
    "Family-run since 1994, {biz} is the go-to name for {service} in {city}.",
]

AD_BODIES = [
    "From small jobs to big projects, {biz} handles {service} with care.",
    "Our licensed team works throughout {city} and the nearby towns.",
    "At {biz}, every customer gets an honest estimate and a clear timeline.",
    "We've been doing {service} in {city} long enough to know every street.",
    "{biz} specializes in {service}, with flexible hours including Saturdays.",
    "No hidden fees, no pushy sales talk, just good work.",
    "Ask about our seniors' and veterans' discounts.",
    "Whether it's your first visit or your fiftieth, {biz} makes it easy.",
    "Fully insured and rated five stars by customers across {city}.",
    "Evening and weekend slots are available for {service}.",
]

AD_CONTACTS = [
    "Call {phone} or schedule online at www.{domain}",
    "Call {biz} at {phone} this week.",
    "Schedule online: {domain}",
    "{phone} | www.{domain}",
    "Visit {domain} to see our prices and availability.",
    "Questions? Ring us on {phone} or check out www.{domain}.",
    "Appointments: {phone}. Walk-ins welcome.",
    "Get your estimate at {domain} in under two minutes.",
    "Find {biz} online at www.{domain}",
    "Text or call {phone} and mention this ad for 10% off.",
    "More info and opening hours at https://{domain}",
]

BUSINESSES = [
    ("Brightside Family Dentistry", "gentle dental care for all ages",
     ["Cleanings and checkups", "Invisible aligners", "Same-day crowns", "Sedation options"], "brightsidefamilydental.com"),
    ("Hartley & Sons Roofing", "roof repair and replacement",
     ["Storm damage repair", "Shingle and metal roofs", "Gutter installation", "Free inspections", "Skylights"], "hartleyroofing.com"),
    ("Green Light Driving School", "driving lessons",
     ["Teen driver courses", "Road test prep", "Defensive driving", "Lessons in English and Spanish"], "greenlightdriving.net"),
    ("Rise & Crumb Bakery", "fresh bread and custom cakes",
     ["Sourdough loaves", "Wedding cakes", "Gluten-free pastries", "Catering trays"], "riseandcrumb.com"),
    ("Calloway Tax Advisors", "tax preparation and bookkeeping",
     ["Individual returns", "Small business payroll", "IRS letters", "Quarterly estimates", "Retirement planning"], "callowaytax.com"),
    ("Pemberton Law Group", "family law and estate planning",
     ["Wills and trusts", "Divorce and custody", "Probate", "Real estate closings"], "pembertonlawgroup.com"),
    ("Muddy Paws Grooming", "dog and cat grooming",
     ["Bath and brush", "Nail trims", "Breed cuts", "De-shedding treatment"], "muddypawsgrooming.com"),
    ("Sunward Solar", "solar panel installation",
     ["Rooftop panels", "Battery backup", "EV chargers", "Federal tax credit help", "Free site assessment"], "sunwardsolar.net"),
    ("ByteFix Computer Repair", "computer and phone repair",
     ["Cracked screens", "Virus removal", "Data recovery", "Home network setup"], "bytefixrepair.com"),
    ("Petal & Stem Florist", "flowers for every occasion",
     ["Same-day delivery", "Wedding bouquets", "Sympathy arrangements", "Weekly office flowers"], "petalandstem.com"),
    ("Two Rivers Physical Therapy", "physical therapy and rehab",
     ["Sports injuries", "Post-surgery rehab", "Back and neck pain", "Balance training"], "tworiverspt.com"),
    ("Keystone Plumbing & Heating", "plumbing and heating service",
     ["Water heaters", "Drain cleaning", "Boiler repair", "24-hour emergency calls", "Bathroom remodels"], "keystoneplumbing.net"),
]
