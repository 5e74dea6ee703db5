#!/usr/bin/env python3
"""Writes the bundled demo site: an RSS 2.0 feed with per-article Atom comment feeds (RFC 4685
threading) and a Google Merchant product feed. All text is original, written for Tidings.
Run from this folder after editing the content below; the XML it writes is committed."""

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

BASE = "https://patchbay.example/"
START = datetime(2026, 11, 2, 9, 30, tzinfo=timezone.utc)

ARTICLES = [
    ("usb-c-cables-explained", "Why your USB-C cable charges slowly", "Mara Lindqvist", "Cables",
     "Two cables that look identical can differ tenfold in what they carry.",
     ["Every USB-C plug looks the same, which is exactly the problem. Inside, a cable may be wired for "
      "USB 2.0 data and 60 W, or for 40 Gbit/s and 240 W, and nothing on the outside has to say so.",
      "The cable that came with a phone is usually the slow kind. If a laptop charges at a crawl, try a "
      "cable with an e-marker chip, which tells the charger it can carry five amps.",
      "Our rule of thumb: buy one good 240 W cable per bag and label it with tape."]),
    ("open-back-vs-closed-back", "Open-back or closed-back: a week with both", "Tomasz Reyes", "Audio",
     "Open-backs sound like a room; closed-backs sound like a secret.",
     ["We wore a pair of each for a week of commuting, office work and late-night listening.",
      "Open-back headphones leak sound in both directions. At home they are wonderful: the stage feels "
      "wide and nothing presses on your ears. On a train they are unusable.",
      "Closed-backs won every commute and lost every evening on the sofa. Most people need one of each, "
      "or one good closed pair and patience."]),
    ("fitness-band-battery", "Squeezing two weeks out of a fitness band", "Mara Lindqvist", "Wearables",
     "Turn off three features you never look at.",
     ["Continuous blood-oxygen readings, always-on display and notification vibrations account for most "
      "of the drain on the bands we measured.",
      "With all three off, our test band went from six days to fifteen on one charge, and the sleep data "
      "it recorded did not change in any way we could see."]),
    ("gan-chargers", "GaN chargers are finally boring, and that is good", "Ines Okafor", "Charging",
     "Small, cool, and no longer expensive.",
     ["Gallium nitride switches waste less energy as heat, so a 65 W brick now fits where a 20 W one did.",
      "Three years ago they were a novelty with a price to match. Today the cheapest two-port models are "
      "reliable, and the main thing to check is how the power splits when both ports are busy."]),
    ("plush-toys-for-desks", "The desk plush, a defence", "Tomasz Reyes", "Culture",
     "Something soft to hold during a long call is not silly.",
     ["Half of our office has a small plush toy next to the keyboard. We asked why.",
      "The answers were consistent: it gives the hands something to do, it makes video calls feel less "
      "like an exam, and it is a conversation starter when the camera is on."]),
    ("bluetooth-codecs", "Bluetooth codecs without the marketing", "Ines Okafor", "Audio",
     "SBC is better than its reputation; LDAC is worse than its spec sheet.",
     ["A codec decides how audio is squeezed over the radio. What you hear depends far more on the "
      "connection's stability than on the codec's best-case bit rate.",
      "In a crowded office, LDAC at its highest setting dropped out every few minutes, while AAC played "
      "without a hitch. Pick the codec that stays connected."]),
    ("cable-organisers", "Five cable organisers, one winner", "Mara Lindqvist", "Cables",
     "The cheapest one, made of felt.",
     ["We filled five organisers with the same kit: two chargers, four cables, earbuds and a power bank.",
      "The hard-shell cases protected best but held least. The felt roll held everything, fit in a "
      "jacket pocket, and cost the least."]),
    ("power-bank-flights", "Power banks on planes: the rules in plain words", "Ines Okafor", "Charging",
     "Under 100 Wh goes in your carry-on, never in the hold.",
     ["Airlines count watt-hours, not milliamp-hours. Multiply the capacity in amp-hours by the nominal "
      "voltage: a 20,000 mAh bank at 3.7 V is 74 Wh, well under the limit.",
      "Anything between 100 and 160 Wh needs the airline's approval, and above that it stays at home."]),
    ("earbud-tips", "The cheapest audio upgrade is a pair of ear tips", "Tomasz Reyes", "Audio",
     "Fit matters more than drivers.",
     ["Foam tips seal better than silicone and bring back the bass that a loose fit loses.",
      "Try every size in the box before you decide that a pair of earbuds sounds thin."]),
    ("smart-band-privacy", "What your fitness band knows about you", "Mara Lindqvist", "Wearables",
     "Read the sharing settings before the first sync.",
     ["Heart rate at night says a lot about stress, illness and alcohol. Most companion apps share "
      "aggregated data with partners unless you say no.",
      "We went through the settings of four popular apps; all four let you turn sharing off, and only "
      "one made it easy to find."]),
    ("wireless-charging-pads", "Wireless charging pads, measured", "Ines Okafor", "Charging",
     "Convenient, warm, and about a third less efficient than a cable.",
     ["We measured energy at the wall while charging the same phone from empty to full.",
      "The pads used between 28 and 47 percent more energy than a cable. For a bedside table that is a "
      "fair price for convenience; for a daily top-up at a desk, a short cable is better."]),
    ("repairable-headphones", "Headphones you can fix yourself", "Tomasz Reyes", "Audio",
     "Replaceable pads, cables and batteries should be the norm.",
     ["Ear pads wear out in two years and batteries in four. A pair that lets you replace both can last "
      "a decade.",
      "Look for a detachable cable, pads that twist off, and a battery held by screws rather than glue."]),
]

# Threads: (article slug, [(id, parent id or None, author, minutes after publication, text)]).
THREADS = {
    "usb-c-cables-explained": [
        (1, None, "Jonas P.", 40, "This explains so much. My laptop has been charging at 15 W for a year."),
        (2, 1, "Mara Lindqvist", 95, "Glad it helped! Check the charger too: some only offer 45 W."),
        (3, 2, "Jonas P.", 130, "It is a 65 W charger, so the cable it is. Ordered a new one."),
        (4, None, "Priya", 300, "Is there any way to tell a cable's rating without a tester?"),
        (5, 4, "Elif", 360, "Good cables usually print 240W or 40Gbps on the plug housing."),
        (6, 5, "Priya", 410, "Found it on mine, tiny print. Thank you."),
    ],
    "open-back-vs-closed-back": [
        (1, None, "Sam W.", 60, "Open-backs in an open-plan office should be a crime."),
        (2, 1, "Tomasz Reyes", 80, "We agree, and our colleagues agreed more loudly."),
        (3, None, "Dana", 200, "Which closed pair won the commute?"),
        (4, 3, "Tomasz Reyes", 260, "The one with the best seal; fit beat everything else."),
        (5, 4, "Dana", 300, "Makes sense, thanks."),
    ],
    "gan-chargers": [
        (1, None, "Felix", 30, "How does the split work on the two-port ones?"),
        (2, 1, "Ines Okafor", 90, "Typically 45 W plus 20 W when both are busy; check the label."),
        (3, 2, "Felix", 120, "Mine says 45/20, exactly as you said."),
    ],
    "plush-toys-for-desks": [
        (1, None, "Noor", 15, "My plush octopus has attended more meetings than my manager."),
        (2, 1, "Leo", 45, "Does it take notes?"),
        (3, 2, "Noor", 50, "Better ones than I do."),
        (4, None, "Kai", 120, "Fully support this article."),
    ],
    "power-bank-flights": [
        (1, None, "Rosa", 70, "Do airlines check the watt-hours at security?"),
        (2, 1, "Ines Okafor", 100, "Sometimes; a bank with the rating printed on it saves a discussion."),
    ],
}

# (id, title, type, price, sale price or None, availability, description)
PRODUCTS = [
    ("PB-1001", "Braided USB-C cable, 240 W, 1 m", "Cables", "19.99 USD", None, "in_stock",
     "E-marked, 40 Gbit/s, braided nylon. Charges laptops at full speed."),
    ("PB-1002", "Braided USB-C cable, 240 W, 2 m", "Cables", "24.99 USD", "19.99 USD", "in_stock",
     "The long version, for desks where the socket is far away."),
    ("PB-1003", "Felt cable roll", "Organisers", "14.00 USD", None, "in_stock",
     "Holds two chargers, four cables and a pair of earbuds."),
    ("PB-2001", "Studio closed-back headphones", "Headphones", "149.00 USD", "119.00 USD", "in_stock",
     "Replaceable pads and cable, 40 mm drivers, folding frame."),
    ("PB-2002", "Open-back reference headphones", "Headphones", "229.00 USD", None, "out_of_stock",
     "A wide, natural stage for listening at home."),
    ("PB-2003", "Foam ear tips, three sizes", "Headphones", "12.50 USD", None, "in_stock",
     "Memory foam tips that seal better than silicone."),
    ("PB-2004", "Wireless earbuds with AAC", "Headphones", "89.00 USD", None, "preorder",
     "Stable connection first, eight hours of playback."),
    ("PB-3001", "Fitness band, slim", "Wearables", "59.00 USD", "49.00 USD", "in_stock",
     "Heart rate, sleep and steps; two weeks per charge with the extras off."),
    ("PB-3002", "Fitness band strap, silicone", "Wearables", "9.99 USD", None, "in_stock",
     "Spare strap in five colours."),
    ("PB-3003", "Fitness band charging clip", "Wearables", "7.50 USD", None, "out_of_stock",
     "A spare clip for the bag."),
    ("PB-4001", "GaN charger, 65 W, two ports", "Chargers", "39.00 USD", None, "in_stock",
     "45 W plus 20 W when both ports are busy."),
    ("PB-4002", "GaN charger, 100 W, three ports", "Chargers", "59.00 USD", "52.00 USD", "in_stock",
     "Enough for a laptop, a phone and a band at once."),
    ("PB-4003", "Power bank, 20,000 mAh (74 Wh)", "Chargers", "45.00 USD", None, "in_stock",
     "Cabin-safe capacity, 30 W USB-C in and out."),
    ("PB-4004", "Wireless charging pad", "Chargers", "29.00 USD", None, "backorder",
     "15 W pad for the bedside table."),
    ("PB-5001", "Desk octopus plush", "Plush toys", "18.00 USD", None, "in_stock",
     "Soft, reversible, and a good listener."),
    ("PB-5002", "Cable-snake plush", "Plush toys", "16.00 USD", "12.00 USD", "in_stock",
     "A plush snake that is also a draught stopper for your desk drawer."),
    ("PB-5003", "Headphone-stand plush bear", "Plush toys", "24.00 USD", None, "out_of_stock",
     "Holds a pair of headphones on its head."),
]

# The publisher's line under an article, naming a product of the shop with a link to its page (what
# Tidings shows as "In this article"): (article slug) -> (product id, the line, "{product}" where the
# product's linked title goes).
SHOP_LINES = {
    "usb-c-cables-explained": ("PB-1001", "One cable for every bag: the {product} for $19.99."),
    "open-back-vs-closed-back": ("PB-2001", "Our commute pick, the {product}, is $119 this week."),
    "gan-chargers": ("PB-4001", "The charger from our tests: {product}, $39."),
    "plush-toys-for-desks": ("PB-5001", "Give your hands something to do with the {product}, $18."),
    "cable-organisers": ("PB-1003", "The winner is in our shop: the {product}, $14."),
    "power-bank-flights": ("PB-4003", "Cabin-safe and tested: the {product}, $45."),
    "earbud-tips": ("PB-2003", "Try the {product} for $12.50."),
}


def shop_line(slug):
    if slug not in SHOP_LINES:
        return ""
    pid, line = SHOP_LINES[slug]
    title = next(p[1] for p in PRODUCTS if p[0] == pid)
    link = f'<a href="{BASE}shop/{pid.lower()}/">{escape(title)}</a>'
    before, after = line.split("{product}")
    return f'<p class="shop-line">{escape(before)}{link}{escape(after)}</p>'


def rfc822(dt):
    return format_datetime(dt, usegmt=True)


def iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_feed():
    items = []
    for i, (slug, title, author, category, summary, paragraphs) in enumerate(ARTICLES):
        published = START + timedelta(days=i, hours=(i * 5) % 9)
        link = f"{BASE}{slug}/"
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs) + shop_line(slug)
        comment_count = len(THREADS.get(slug, []))
        items.append(f"""    <item>
      <title>{escape(title)}</title>
      <link>{link}</link>
      <guid isPermaLink="false">patchbay-{i + 1}</guid>
      <pubDate>{rfc822(published)}</pubDate>
      <dc:creator>{escape(author)}</dc:creator>
      <category>{escape(category)}</category>
      <description>{escape(summary)}</description>
      <content:encoded><![CDATA[{body}]]></content:encoded>
      <comments>{link}#comments</comments>
      <wfw:commentRss>{link}feed/atom/</wfw:commentRss>
      <slash:comments>{comment_count}</slash:comments>
    </item>""")
    items.reverse()  # newest first, as blogs publish
    with open("feed.xml", "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"
     xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>The Patch Bay</title>
    <link>{BASE}</link>
    <atom:link rel="self" type="application/rss+xml" href="{BASE}feed/"/>
    <description>Cables, chargers, headphones and the small things on your desk.</description>
    <language>en</language>
{chr(10).join(items)}
  </channel>
</rss>
""")


def write_comments():
    slugs = [a[0] for a in ARTICLES]
    for slug, comments in THREADS.items():
        i = slugs.index(slug)
        published = START + timedelta(days=i, hours=(i * 5) % 9)
        link = f"{BASE}{slug}/"
        entries = []
        for cid, parent, author, minutes, text in comments:
            when = published + timedelta(minutes=minutes)
            ref, href = (f"{link}#comment-{parent}", f"{link}#comment-{parent}") if parent else (f"patchbay-{i + 1}", link)
            entries.append(f"""  <entry>
    <id>{link}#comment-{cid}</id>
    <title>By: {escape(author)}</title>
    <link rel="alternate" href="{link}#comment-{cid}"/>
    <author><name>{escape(author)}</name></author>
    <published>{iso(when)}</published>
    <updated>{iso(when)}</updated>
    <thr:in-reply-to ref="{ref}" href="{href}"/>
    <content type="html">{escape("<p>" + escape(text) + "</p>")}</content>
  </entry>""")
        with open(f"comments/{slug}.xml", "w", encoding="utf-8") as f:
            f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:thr="http://purl.org/syndication/thread/1.0">
  <title>Comments on: {escape(ARTICLES[i][1])}</title>
  <id>{link}feed/atom/</id>
  <link rel="self" href="{link}feed/atom/"/>
  <updated>{iso(published + timedelta(days=1))}</updated>
{chr(10).join(entries)}
</feed>
""")


def write_products():
    items = []
    for pid, title, ptype, price, sale, availability, description in PRODUCTS:
        slug = pid.lower()
        sale_line = f"\n      <g:sale_price>{sale}</g:sale_price>" if sale else ""
        items.append(f"""    <item>
      <g:id>{pid}</g:id>
      <title>{escape(title)}</title>
      <description>{escape(description)}</description>
      <link>{BASE}shop/{slug}/</link>
      <g:image_link>{BASE}shop/images/{slug}.png</g:image_link>
      <g:availability>{availability}</g:availability>
      <g:price>{price}</g:price>{sale_line}
      <g:brand>Patch Bay</g:brand>
      <g:condition>new</g:condition>
      <g:product_type>{escape(ptype)}</g:product_type>
    </item>""")
    with open("products.xml", "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">
  <channel>
    <title>The Patch Bay shop</title>
    <link>{BASE}shop/</link>
    <description>Accessories we use and recommend.</description>
{chr(10).join(items)}
  </channel>
</rss>
""")


if __name__ == "__main__":
    write_feed()
    write_comments()
    write_products()
