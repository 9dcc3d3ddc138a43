#!/usr/bin/env python3
"""Source of truth for part_b.jsonl of the hand-labelled quote-attribution set.

Every article below is invented (people, outlets, places). Gold quotes are
located in the text by exact substring search, and each quote's speaker
mention (source span) by searching for a context string nearest to the quote.
Running this script checks every label and writes part_b.jsonl next to it.

Labelling conventions (see also the report / README of the set):
  * start/end: the quoted words without quotation marks; leading/trailing
    , . ; : ! ? and spaces are stripped.
  * A quote continued over paragraphs = one gold quote per paragraph part;
    a second quoted sentence after "she said." with no attribution of its own
    is its own gold quote pointing to the same mention.
  * source span = the mention that attributes the quote at that place:
    pronoun ("she"), surname ("Okoro"), role ("the judge", "the latter"),
    organisation reference ("the company", "the department", "it"), or the
    full name. Titles of address glued to a name (Judge, Dr., Mr., Ms.,
    Councilmember) are part of the span; descriptive job phrases
    ("planetary geologist", "agency administrator") are not.
  * Embedded social posts (post text as a bare paragraph followed by a
    "— Name (@handle) Date" line) are gold quotes; their span is the
    "Name (@handle)" part of that line.
  * Words read out from a document (email, text message, letter, affidavit)
    are attributed to the document's author, not the reader.
  * Unnamed sources, groups and documents without a named author
    ("the authors", "a person familiar with ...", "a spokesperson for ...")
    have speaker_type "unnamed" and speaker = the phrase that introduces them.
  * Scare quotes, titles, nicknames and quoted labels are not gold quotes.
  * Entities: every named person/organisation (incl. outlets, courts,
    schools, companies); social platforms only used as the medium (X,
    Instagram, Bluesky, Facebook, Twitter) are not listed.
"""

import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_b.jsonl")

STRIP = " ,.;:!?"
OPEN_MARKS = '“"‘’'
CLOSE_MARKS = '”"’'
P, O, U = "person", "organisation", "unnamed"
D, PT = "direct", "partial"
PRONOUNS = {"he", "she", "they", "it", "her", "him", "his", "their", "its"}


def T(s):
    """Normalise an article: paragraphs separated by one blank line."""
    paras = [p.strip() for p in s.strip().split("\n\n")]
    return "\n\n".join(paras)


def Q(q, speaker, src, t=P, k=D, occ=1, bare=False):
    return dict(q=q, speaker=speaker, src=src, t=t, k=k, occ=occ, bare=bare)


def find(text, quoted, occurrence=1):
    idx = -1
    for _ in range(occurrence):
        idx = text.find(quoted, idx + 1)
        if idx < 0:
            raise ValueError(f"not found (occurrence {occurrence}): {quoted!r}")
    return idx


def find_near(text, mention, near_start, near_end, context=None):
    """Whole-word occurrence of `mention` (inside `context`, if given) whose
    context occurrence is nearest to the span [near_start, near_end)."""
    ctx = context or mention
    mm = re.search(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", ctx)
    off = mm.start() if mm else -1
    if off < 0:
        raise ValueError(f"mention {mention!r} not in context {ctx!r}")
    best = None
    for m in re.finditer(re.escape(ctx), text):
        ms = m.start() + off
        me = ms + len(mention)
        if ms > 0 and text[ms - 1].isalnum():
            continue
        if me < len(text) and text[me].isalnum():
            continue
        cs, ce = m.start(), m.end()
        if ce > near_start and cs < near_end:
            d = 0
        elif ce <= near_start:
            d = near_start - ce
        else:
            d = cs - near_end
        if best is None or d < best[0]:
            best = (d, ms, me)
    if best is None:
        raise ValueError(f"mention not found: {mention!r} / {ctx!r}")
    return best[1], best[2]


ARTICLES = []


def article(style, n, text, entities, quotes):
    ARTICLES.append(dict(style=style, n=n, text=text, entities=entities, quotes=quotes))


# ---------------------------------------------------------------------------
# tech-science
# ---------------------------------------------------------------------------

article(
    "tech-science",
    1,
    T("""
Moon rover’s wheels are cracking faster than planned, mission team says

The aluminium wheels on the Halcyon lunar rover are wearing out at roughly twice the rate engineers predicted, according to a status update the mission team published on Tuesday.

Images returned over the past two weeks show at least three punctures in the front-left wheel, planetary geologist Hanne Lindqvist told Orbit Weekly. “We knew the regolith at the crater rim was sharp, but nobody expected this much damage this early,” said Lindqvist, who leads the rover’s surface science group at the Nordvik Institute of Technology.

The rover was built by Astrolite Dynamics under a $210 million contract. In a statement, the company said the wheels had “performed within design margins” during ground tests and that it was “working closely with mission operations to extend their life.”

Not everyone is so relaxed. Mission operations lead Daniel Okoro, who signs off on the rover’s daily driving plans, put it plainly: “We are going to have to drive less and think more.” He said the team would favour shorter traverses across smoother terrain, even if that means skipping some targets in the so-called “boulder garden” near the rim.

Lindqvist said the science return should not suffer much. “Most of what we came for is within 400 metres of where we are parked,” she said. “The geology doesn’t move. We can be patient.”

The mission’s programme scientist at the Continental Space Agency, Dr. Rafael Quintero-Mendes, was more cautious. In a blog post on the agency’s website, he wrote that the damage was “a reminder that the Moon is not a forgiving place” and that the team would reassess the 18-month mission plan in March.

Okoro, asked whether the rover could still reach its final target, a deep crater the team calls “the Bowl,” said only: “Ask me in six weeks.”
"""),
    [
        "Hanne Lindqvist",
        "Orbit Weekly",
        "Nordvik Institute of Technology",
        "Astrolite Dynamics",
        "Daniel Okoro",
        "Continental Space Agency",
        "Rafael Quintero-Mendes",
    ],
    [
        Q(
            "We knew the regolith at the crater rim was sharp, but nobody expected this much damage this early",
            "Hanne Lindqvist",
            ("said Lindqvist", "Lindqvist"),
        ),
        Q("performed within design margins", "Astrolite Dynamics", ("the company said", "the company"), O, PT),
        Q(
            "working closely with mission operations to extend their life",
            "Astrolite Dynamics",
            ("the company said", "the company"),
            O,
            PT,
        ),
        Q("We are going to have to drive less and think more", "Daniel Okoro", "Daniel Okoro"),
        Q(
            "Most of what we came for is within 400 metres of where we are parked",
            "Hanne Lindqvist",
            ("she said. “The geology", "she"),
        ),
        Q("The geology doesn’t move. We can be patient", "Hanne Lindqvist", ("she said. “The geology", "she")),
        Q("a reminder that the Moon is not a forgiving place", "Rafael Quintero-Mendes", ("he wrote", "he"), P, PT),
        Q("Ask me in six weeks", "Daniel Okoro", ("Okoro, asked", "Okoro")),
    ],
)

article(
    "tech-science",
    2,
    T("""
Study finds chatbot ‘confidence’ scores are often misleading

SAN MATEO, Calif. — The confidence scores that several popular AI assistants display next to their answers are poorly matched to how often those answers are right, according to a study posted Monday by researchers at Halvorsen University and the nonprofit lab OpenBench Collective.

“In our tests, an answer labelled 90 percent confident was correct about 61 percent of the time,” the authors write in the paper, which has not yet been peer reviewed. “Users are being handed a number that looks precise and is not.”

The study’s lead author, computer scientist Priya Venkataraman, said the findings should worry companies that market the scores as a safety feature. “If you put a number on the screen, people will trust the number,” she told Circuit Ledger. “That is the whole point of putting it there.”

Her co-author, Mateus Albuquerque, a statistician at OpenBench, said the gap was widest for medical and legal questions. He called the scores “decorative” and said the team had shared its data with the three companies whose assistants it tested.

One of them, Lumenvale AI, disputed the findings. “The study evaluates an older version of our model and a calibration method we retired in January,” Lumenvale said in an emailed statement. The company added that its current system “is measured against thousands of verified questions every week.”

A second company, Corvid Labs, did not respond to a request for comment. The third, Teller Systems, said it was reviewing the paper.

Venkataraman said she had expected pushback. “Nobody likes being told their dashboard is wrong,” she said. Albuquerque was blunter: “Show us the new numbers, then.”

The researchers plan to publish an updated version in the spring that will also test so-called “uncertainty read-outs,” a newer feature some assistants have begun to offer.
"""),
    [
        "Halvorsen University",
        "OpenBench Collective",
        "Priya Venkataraman",
        "Circuit Ledger",
        "Mateus Albuquerque",
        "Lumenvale AI",
        "Corvid Labs",
        "Teller Systems",
    ],
    [
        Q(
            "In our tests, an answer labelled 90 percent confident was correct about 61 percent of the time",
            "the authors",
            "the authors",
            U,
        ),
        Q("Users are being handed a number that looks precise and is not", "the authors", "the authors", U),
        Q(
            "If you put a number on the screen, people will trust the number",
            "Priya Venkataraman",
            ("she told Circuit", "she"),
        ),
        Q("That is the whole point of putting it there", "Priya Venkataraman", ("she told Circuit", "she")),
        Q("decorative", "Mateus Albuquerque", ("He called", "He"), P, PT),
        Q(
            "The study evaluates an older version of our model and a calibration method we retired in January",
            "Lumenvale AI",
            ("Lumenvale said", "Lumenvale"),
            O,
        ),
        Q(
            "is measured against thousands of verified questions every week",
            "Lumenvale AI",
            ("The company added", "The company"),
            O,
            PT,
        ),
        Q("Nobody likes being told their dashboard is wrong", "Priya Venkataraman", ("wrong,” she said", "she")),
        Q("Show us the new numbers, then", "Mateus Albuquerque", ("Albuquerque was blunter", "Albuquerque")),
    ],
)

article(
    "tech-science",
    3,
    T("""
Deep-sea floats record sharpest warming yet in Southern Ocean

A network of robotic floats has recorded the fastest warming ever measured in the deep Southern Ocean, according to data released Thursday by the International Ocean Monitoring Consortium.

Water below 2,000 metres warmed by 0.04C over the past five years, a figure that sounds small but represents an enormous amount of heat, oceanographer Willem van der Hoek said at a briefing. “To warm that volume of water by that much, you need energy on the scale of several years of global electricity use,” van der Hoek said. “It is not noise.”

The floats are part of a programme run jointly by the consortium and the Meridian Polar Institute, where van der Hoek is a senior scientist. The consortium’s director, Aiyana Redcloud, described the result as “a clear signal” and said funding for the network had been renewed through 2031.

Not every researcher reads the data the same way. Sung-min Park, a physical oceanographer at Keswick University who was not involved in the work, cautioned that five years is a short record. “I would not call it a trend yet,” he told Tidewater Science. “I would call it a very loud warning.”

Park said the bigger question was where the heat ends up. Van der Hoek agreed, and said the next phase would deploy 40 additional floats near the Antarctic shelf, where measurements are scarce.

National Marine Science Agency administrator Colette Ambrose-Diallo, whose agency pays for about a third of the network, said in a written statement that the findings “underline why long-term ocean observation cannot be an afterthought.”

For van der Hoek, the bigger risk is money, not physics. “We built these floats to last,” he said. “Now we need the budgets to last too.”
"""),
    [
        "International Ocean Monitoring Consortium",
        "Willem van der Hoek",
        "Meridian Polar Institute",
        "Aiyana Redcloud",
        "Sung-min Park",
        "Keswick University",
        "Tidewater Science",
        "National Marine Science Agency",
        "Colette Ambrose-Diallo",
    ],
    [
        Q(
            "To warm that volume of water by that much, you need energy on the scale of several years of global electricity use",
            "Willem van der Hoek",
            ("van der Hoek said. “It", "van der Hoek"),
        ),
        Q("It is not noise", "Willem van der Hoek", ("van der Hoek said. “It", "van der Hoek")),
        Q("a clear signal", "Aiyana Redcloud", "Aiyana Redcloud", P, PT),
        Q("I would not call it a trend yet", "Sung-min Park", ("he told Tidewater", "he")),
        Q("I would call it a very loud warning", "Sung-min Park", ("he told Tidewater", "he")),
        Q(
            "underline why long-term ocean observation cannot be an afterthought",
            "Colette Ambrose-Diallo",
            "Colette Ambrose-Diallo",
            P,
            PT,
        ),
        Q("We built these floats to last", "Willem van der Hoek", ("he said. “Now", "he")),
        Q("Now we need the budgets to last too", "Willem van der Hoek", ("he said. “Now", "he")),
    ],
)

article(
    "tech-science",
    4,
    T("""
Parcelly confirms breach exposed 2.3 million customers' addresses

BERLIN — The delivery start-up Parcelly said on Wednesday that hackers had accessed the names and home addresses of about 2.3 million customers, in what security researchers described as one of the largest breaches at a European logistics company this year.

In a blog post, Parcelly said the attackers had used login credentials stolen from a third-party contractor. "We have no evidence that payment information was accessed," the company wrote. "We are contacting every affected customer directly."

Chief executive Friederike Amsel said the company had hired an outside firm, Grauwerk Security, to investigate. "I am not going to pretend this is anything other than serious," Amsel told Netzpost. "People trusted us with where they live."

The breach was first reported by the independent security researcher Tobias Lindgren-Achebe, who found a sample of the data for sale on a criminal forum last week. Lindgren-Achebe said the sample included delivery notes such as door codes and "leave with neighbour" instructions.

"Door codes are the part that worries me," he said. "You can change a password. Most people cannot change the code on their building."

"The contractor's account had no second factor. That is the whole story," said a person familiar with the investigation, who was not authorised to speak publicly. Parcelly declined to comment on that claim.

The Berlin Data Protection Authority said it had opened an inquiry. A spokesman for the authority, Jens-Uwe Haller, called the eight-day delay in notifying customers "not acceptable" and said fines were possible.

Amsel said the company would offer affected customers free identity monitoring for a year. Asked whether she would resign, she said: "My job right now is to fix this."
"""),
    [
        "Parcelly",
        "Friederike Amsel",
        "Grauwerk Security",
        "Netzpost",
        "Tobias Lindgren-Achebe",
        "Berlin Data Protection Authority",
        "Jens-Uwe Haller",
    ],
    [
        Q(
            "We have no evidence that payment information was accessed",
            "Parcelly",
            ("the company wrote", "the company"),
            O,
        ),
        Q("We are contacting every affected customer directly", "Parcelly", ("the company wrote", "the company"), O),
        Q("I am not going to pretend this is anything other than serious", "Friederike Amsel", ("Amsel told", "Amsel")),
        Q("People trusted us with where they live", "Friederike Amsel", ("Amsel told", "Amsel")),
        Q("Door codes are the part that worries me", "Tobias Lindgren-Achebe", ('he said. "You', "he")),
        Q(
            "You can change a password. Most people cannot change the code on their building",
            "Tobias Lindgren-Achebe",
            ('he said. "You', "he"),
        ),
        Q(
            "The contractor's account had no second factor. That is the whole story",
            "a person familiar with the investigation",
            "a person familiar with the investigation",
            U,
        ),
        Q("not acceptable", "Jens-Uwe Haller", "Jens-Uwe Haller", P, PT),
        Q("My job right now is to fix this", "Friederike Amsel", ('she said: "My', "she")),
    ],
)

article(
    "tech-science",
    5,
    T("""
Asteroid capsule lands safely, but sample canister seal is in doubt

SALT FLATS TEST RANGE, Utah — A capsule carrying material from the asteroid 2019 KV4 landed in the Utah desert early Sunday, ending a seven-year round trip, though engineers are not yet sure the sample canister stayed sealed, according to the United States Space Exploration Administration.

Agency administrator Raymond Castellanos Jr. called the landing “flawless” at a news conference at the range a few hours later. “The spacecraft did everything we asked of it,” Castellanos said. “Now it’s the scientists’ turn to be nervous.”

The nervous scientists include the mission’s principal investigator, Naledi Mokoena, a planetary scientist at Crestwood University who has spent most of her career preparing for this week. She said a pressure reading taken during descent was slightly off. “It may be a faulty sensor. It may be a small leak,” she said. “We won’t know until we open the canister in a clean room.”

Her deputy, cosmochemist Ines Falkenrath, said even a partly contaminated sample would be valuable. “Earth air changes the surface of some minerals within hours, but the interiors of larger grains should be untouched,” Falkenrath said. She added that the team had prepared for exactly this: “We rehearsed this problem twice.”

The capsule will be flown to the agency’s curation facility in Houston on Tuesday. In a post on the mission blog, the science team wrote that the first look inside would come “within ten days, if all goes well.”

Castellanos, asked whether a leak would count as a failure, said no. “We brought a piece of an asteroid home. Let’s keep some perspective,” he said.
"""),
    [
        "United States Space Exploration Administration",
        "Raymond Castellanos Jr.",
        "Naledi Mokoena",
        "Crestwood University",
        "Ines Falkenrath",
    ],
    [
        Q("flawless", "Raymond Castellanos Jr.", "Raymond Castellanos Jr.", P, PT),
        Q(
            "The spacecraft did everything we asked of it",
            "Raymond Castellanos Jr.",
            ("Castellanos said", "Castellanos"),
        ),
        Q(
            "Now it’s the scientists’ turn to be nervous",
            "Raymond Castellanos Jr.",
            ("Castellanos said", "Castellanos"),
        ),
        Q("It may be a faulty sensor. It may be a small leak", "Naledi Mokoena", ("she said. “We won", "she")),
        Q("We won’t know until we open the canister in a clean room", "Naledi Mokoena", ("she said. “We won", "she")),
        Q(
            "Earth air changes the surface of some minerals within hours, but the interiors of larger grains should be untouched",
            "Ines Falkenrath",
            ("Falkenrath said", "Falkenrath"),
        ),
        Q("We rehearsed this problem twice", "Ines Falkenrath", ("She added", "She")),
        Q("within ten days, if all goes well", "the science team", "the science team", U, PT),
        Q(
            "We brought a piece of an asteroid home. Let’s keep some perspective",
            "Raymond Castellanos Jr.",
            ("perspective,” he said", "he"),
        ),
    ],
)

article(
    "tech-science",
    6,
    T("""
Thermostat update leaves thousands of homes without heat

A software update pushed to Kettleworks smart thermostats over the weekend left thousands of devices stuck on a blank screen, according to customer reports and a statement from the company.

Kettleworks said late Sunday that a “small percentage” of its Halo 3 thermostats had failed to restart after installing version 8.2 of their firmware. “We have paused the rollout and are working around the clock on a fix,” it said. “We are deeply sorry.”

The company did not say how many devices were affected. On the Kettleworks support forum, a thread titled “Halo 3 dead after update?” had more than 4,000 replies by Monday morning.

Dolores Ashby-Kim, a retired schoolteacher in Ferris Lake, Minnesota, said the temperature in her house had dropped to 52 degrees overnight. “I have a thermostat that is smarter than me and it can’t turn on the furnace,” she told Hearth & Wire. Her son eventually wired in an old manual thermostat he found in the garage.

Arjun Bhattacharya, a firmware engineer who worked at Kettleworks until last year, wrote in a blog post that the failure looked like a problem with how the update verified its own files. “If the check fails, the device is supposed to roll back to the last good version,” he wrote. “That rollback path is the one thing that should never break. It apparently broke.”

Consumer advocates said the episode showed the risk of devices that depend on remote updates. Ngozi Eze, policy director at the Fair Tech Alliance, said manufacturers should be required to include a manual override. Her view: “Heat is not a feature. It is a safety issue.”

Eze said the alliance would file a complaint with state regulators. Bhattacharya, for his part, was sympathetic to his former colleagues. “Somebody there is having the worst week of their career,” he said.

Kettleworks said a fix would be available by Tuesday for devices that still connect to Wi-Fi. For the rest, it said, customers would be sent replacement units “at no cost, as quickly as we can manufacture them.”
"""),
    ["Kettleworks", "Dolores Ashby-Kim", "Hearth & Wire", "Arjun Bhattacharya", "Fair Tech Alliance", "Ngozi Eze"],
    [
        Q("small percentage", "Kettleworks", ("Kettleworks said late", "Kettleworks"), O, PT),
        Q(
            "We have paused the rollout and are working around the clock on a fix",
            "Kettleworks",
            ("it said. “We are", "it"),
            O,
        ),
        Q("We are deeply sorry", "Kettleworks", ("it said. “We are", "it"), O),
        Q(
            "I have a thermostat that is smarter than me and it can’t turn on the furnace",
            "Dolores Ashby-Kim",
            ("she told Hearth", "she"),
        ),
        Q(
            "If the check fails, the device is supposed to roll back to the last good version",
            "Arjun Bhattacharya",
            ("he wrote. “That", "he"),
        ),
        Q(
            "That rollback path is the one thing that should never break. It apparently broke",
            "Arjun Bhattacharya",
            ("he wrote. “That", "he"),
        ),
        Q("Heat is not a feature. It is a safety issue", "Ngozi Eze", ("Her view", "Her")),
        Q("Somebody there is having the worst week of their career", "Arjun Bhattacharya", ("career,” he said", "he")),
        Q("at no cost, as quickly as we can manufacture them", "Kettleworks", ("it said, customers", "it"), O, PT),
    ],
)

# ---------------------------------------------------------------------------
# tweets
# ---------------------------------------------------------------------------

article(
    "tweets",
    1,
    T("""
Mayor’s post about food trucks sparks online feud with Pike Street chef

ASHFORD FALLS, Ore. — A late-night post by Mayor Gretchen Vollmer about the city’s food-truck rules turned into a two-day public argument with one of the city’s best-known restaurant owners this week.

“Food trucks bring life to our downtown. The permit fee is staying where it is,” Vollmer posted on X on Monday, responding to a petition from restaurant owners asking the council to triple it.

Chef Tomás Echeverría, who owns the Pike Street restaurant Brasa, replied within the hour. “Easy to say when you don’t pay rent on Main Street,” he wrote. “Come see my property tax bill, Gretchen.”

Vollmer answered the next morning:

Happy to, Tomás. My office is open Thursday at 10. Bring the bill, and bring an appetite for a real conversation.

— Gretchen Vollmer (@MayorVollmer) March 3, 2026

Echeverría said he would go. In an interview, he said the exchange had been “more civil than it looked” but that owners were frustrated. “We’re not against trucks. We’re against a rulebook written in 1998,” he said.

The Ashford Falls Restaurant Association weighed in from its own account, posting: “Our members want a level playing field, not a fight.” The group did not respond to a request for further comment.

By Wednesday, Vollmer’s original post had been viewed more than 400,000 times. Her spokesperson, Deandre Whitfield, said the mayor “reads her replies, all of them.”
"""),
    ["Gretchen Vollmer", "Tomás Echeverría", "Brasa", "Ashford Falls Restaurant Association", "Deandre Whitfield"],
    [
        Q(
            "Food trucks bring life to our downtown. The permit fee is staying where it is",
            "Gretchen Vollmer",
            ("Vollmer posted", "Vollmer"),
        ),
        Q("Easy to say when you don’t pay rent on Main Street", "Tomás Echeverría", ("he wrote. “Come", "he")),
        Q("Come see my property tax bill, Gretchen", "Tomás Echeverría", ("he wrote. “Come", "he")),
        Q(
            "Happy to, Tomás. My office is open Thursday at 10. Bring the bill, and bring an appetite for a real conversation",
            "Gretchen Vollmer",
            "Gretchen Vollmer (@MayorVollmer)",
            bare=True,
        ),
        Q("more civil than it looked", "Tomás Echeverría", ("he said the exchange", "he"), P, PT),
        Q(
            "We’re not against trucks. We’re against a rulebook written in 1998",
            "Tomás Echeverría",
            ("1998,” he said", "he"),
        ),
        Q(
            "Our members want a level playing field, not a fight",
            "Ashford Falls Restaurant Association",
            "Ashford Falls Restaurant Association",
            O,
        ),
        Q("reads her replies, all of them", "Deandre Whitfield", "Deandre Whitfield", P, PT),
    ],
)

article(
    "tweets",
    2,
    T("""
Addo-Bright calls time on career with late-night post

Keanu Addo-Bright, the Harbour City FC striker who scored 141 league goals over 12 seasons, announced his retirement on Sunday night in a post on Instagram.

“My knees have been negotiating with me for two years. Tonight they won,” Addo-Bright wrote. “To every fan who sang my name in the rain: thank you, from the bottom of my heart.”

The club replied on X less than an hour later:

There will never be another No. 9 like you, Keanu. The door at Quayside is always open.

— Harbour City FC (@HarbourCityFC) February 8, 2026

Luca Benedetti, who played alongside him for six seasons, posted a photo of the two celebrating the 2021 cup win. “Best teammate I ever had. Worst singer,” he wrote. Addo-Bright replied with three laughing emojis and a single line: “You never complained when I was scoring.”

Marit Solberg, who coached Harbour City from 2017 to 2022 and now manages the national women’s team, told the Coastal Courier that Addo-Bright had considered retiring a year ago. “He asked me what I would do,” she said. “I told him to play until the game tells you to stop. It sounds like it finally did.”

Not every reaction was warm. The Harbour City Supporters Trust wrote that the club had “wasted his last three years” by failing to sign players around him.

Addo-Bright, 34, said in his post that he planned to stay in the city and coach youth players. “This is home,” he wrote.
"""),
    [
        "Keanu Addo-Bright",
        "Harbour City FC",
        "Luca Benedetti",
        "Marit Solberg",
        "Coastal Courier",
        "Harbour City Supporters Trust",
    ],
    [
        Q(
            "My knees have been negotiating with me for two years. Tonight they won",
            "Keanu Addo-Bright",
            ("Addo-Bright wrote", "Addo-Bright"),
        ),
        Q(
            "To every fan who sang my name in the rain: thank you, from the bottom of my heart",
            "Keanu Addo-Bright",
            ("Addo-Bright wrote", "Addo-Bright"),
        ),
        Q(
            "There will never be another No. 9 like you, Keanu. The door at Quayside is always open",
            "Harbour City FC",
            "Harbour City FC (@HarbourCityFC)",
            O,
            bare=True,
        ),
        Q("Best teammate I ever had. Worst singer", "Luca Benedetti", ("he wrote. Addo", "he")),
        Q("You never complained when I was scoring", "Keanu Addo-Bright", ("Addo-Bright replied", "Addo-Bright")),
        Q("He asked me what I would do", "Marit Solberg", ("she said. “I told", "she")),
        Q(
            "I told him to play until the game tells you to stop. It sounds like it finally did",
            "Marit Solberg",
            ("she said. “I told", "she"),
        ),
        Q("wasted his last three years", "Harbour City Supporters Trust", "Harbour City Supporters Trust", O, PT),
        Q("This is home", "Keanu Addo-Bright", ("home,” he wrote", "he")),
    ],
)

article(
    "tweets",
    3,
    T("""
Senator deletes measles post after pediatrician’s pointed reply

State Sen. Harlan Crowe deleted a post on Tuesday in which he suggested that a measles outbreak in Lindell County had been “exaggerated by the health department,” hours after a local pediatrician’s reply to it was shared tens of thousands of times.

“Eleven cases. Eleven. In a county of 90,000. Maybe we should all calm down,” Crowe wrote on X on Monday evening, in a post that was preserved in screenshots before it was removed.

Dr. Abena Osei-Tutu, a pediatrician in the county seat of Lindell, responded the next morning:

Senator, I admitted two of those eleven. One is four months old and on oxygen. I am very calm. I would like you to be a little less calm.

— Dr. Abena Osei-Tutu (@DrAbenaOT) April 14, 2026

Her reply was reposted more than 30,000 times. Osei-Tutu, who has practised in the county for 15 years, said she had not expected the attention. “I wrote it between patients,” she said in a phone interview. “I was angry, and then I was careful, in that order.”

Crowe’s office did not respond to requests for comment. In a new post on Tuesday afternoon, he wrote: “I deleted a post that was being used to divide people. My concern has always been government overreach, not children’s health.”

It was not the first time Crowe had clashed with health officials online. In 2021 he wrote on Twitter that mask rules were “a test of how much we will put up with.”

The Lindell County Health Department posted its own update on Tuesday without mentioning the senator. “Case count is now 13. Vaccination clinics are open daily. Walk-ins welcome,” the department wrote.

Health director Janet Fogarty told the Lindell Ledger that her department “does not do politics.” She said staff had received threatening calls since the weekend. “Please be kind to the people answering the phones,” she said.
"""),
    ["Harlan Crowe", "Abena Osei-Tutu", "Lindell County Health Department", "Janet Fogarty", "Lindell Ledger"],
    [
        Q("exaggerated by the health department", "Harlan Crowe", ("in which he suggested", "he"), P, PT),
        Q(
            "Eleven cases. Eleven. In a county of 90,000. Maybe we should all calm down",
            "Harlan Crowe",
            ("Crowe wrote on X", "Crowe"),
        ),
        Q(
            "Senator, I admitted two of those eleven. One is four months old and on oxygen. I am very calm. I would like you to be a little less calm",
            "Abena Osei-Tutu",
            "Dr. Abena Osei-Tutu (@DrAbenaOT)",
            bare=True,
        ),
        Q("I wrote it between patients", "Abena Osei-Tutu", ("she said in a phone", "she")),
        Q("I was angry, and then I was careful, in that order", "Abena Osei-Tutu", ("she said in a phone", "she")),
        Q(
            "I deleted a post that was being used to divide people. My concern has always been government overreach, not children’s health",
            "Harlan Crowe",
            ("he wrote: “I deleted", "he"),
        ),
        Q("a test of how much we will put up with", "Harlan Crowe", ("In 2021 he wrote", "he"), P, PT),
        Q(
            "Case count is now 13. Vaccination clinics are open daily. Walk-ins welcome",
            "Lindell County Health Department",
            ("the department wrote", "the department"),
            O,
        ),
        Q("does not do politics", "Janet Fogarty", "Janet Fogarty", P, PT),
        Q("Please be kind to the people answering the phones", "Janet Fogarty", ("phones,” she said", "she")),
    ],
)

article(
    "tweets",
    4,
    T("""
Airline apologises after passenger's viral post about wheelchair left in the rain

A passenger's post showing her wheelchair sitting on the tarmac in the rain drew more than two million views and an apology from Northwind Air on Friday.

"Watching my chair sit in the rain from seat 14C. It cost more than my car. @NorthwindAir, anybody?" Camille Okonjo-Reyes posted on X on Thursday afternoon, along with a photo taken through the aircraft window.

Northwind's account replied about 40 minutes later. "We're so sorry, Camille. Please DM us your booking reference so we can look into this right away," the airline wrote.

Okonjo-Reyes, a disability advocate from Port Alder, was not satisfied. "I don't want a DM. I want the crew to go get my chair," she wrote back.

The exchange was quoted by the comedian Dev Malhotra, who has 1.4 million followers. "Airlines will lose your wheelchair and then ask you to slide into their DMs like it's a first date," he posted.

In a statement on Friday, Northwind said the wheelchair had been "temporarily staged" outside because of a shortage of baggage carts and was loaded before departure. "This should never have happened, and we are reviewing our procedures with our ground-handling partner," the statement said.

Okonjo-Reyes told the Puget Dispatch that her chair arrived in Ridgemont with a bent footrest. "They called it staged. I'd call it abandoned," she said.

"Every week there's a new video like this," said Paul Brenneman, director of the advocacy group Access Cascadia. "The only thing that changes is the airline."
"""),
    ["Northwind Air", "Camille Okonjo-Reyes", "Dev Malhotra", "Puget Dispatch", "Paul Brenneman", "Access Cascadia"],
    [
        Q(
            "Watching my chair sit in the rain from seat 14C. It cost more than my car. @NorthwindAir, anybody",
            "Camille Okonjo-Reyes",
            "Camille Okonjo-Reyes",
        ),
        Q(
            "We're so sorry, Camille. Please DM us your booking reference so we can look into this right away",
            "Northwind Air",
            ("the airline wrote", "the airline"),
            O,
        ),
        Q("I don't want a DM. I want the crew to go get my chair", "Camille Okonjo-Reyes", ("she wrote back", "she")),
        Q(
            "Airlines will lose your wheelchair and then ask you to slide into their DMs like it's a first date",
            "Dev Malhotra",
            ("he posted", "he"),
        ),
        Q("temporarily staged", "Northwind Air", ("Northwind said the", "Northwind"), O, PT),
        Q(
            "This should never have happened, and we are reviewing our procedures with our ground-handling partner",
            "Northwind Air",
            ("the statement said", "the statement"),
            O,
        ),
        Q("They called it staged. I'd call it abandoned", "Camille Okonjo-Reyes", ('abandoned," she said', "she")),
        Q("Every week there's a new video like this", "Paul Brenneman", "Paul Brenneman"),
        Q("The only thing that changes is the airline", "Paul Brenneman", "Paul Brenneman"),
    ],
)

article(
    "tweets",
    5,
    T("""
Novelists’ spat over AI-written blurbs spills onto social media

Two bestselling novelists traded barbs online this weekend over whether authors should use artificial intelligence to write the short endorsements that appear on book jackets.

“If you used a chatbot to blurb my book, please just tell me. I’d rather have no blurb than a fake one,” Henrietta Maddox-Lyle wrote on Bluesky on Saturday.

The post was widely read as aimed at Sofia Castellano-Brandt, who drew criticism last month after saying in a podcast interview that she had “experimented” with AI tools for blurbs. Castellano-Brandt replied within hours.

Henrietta, I read every word of your book. The blurb was mine. The comma splice was also mine. Happy to take that one back.

— Sofia Castellano-Brandt (@sofiacb) May 9, 2026

Maddox-Lyle answered: “Then I apologise for the assumption, and I stand by the principle.” She later added that she had “nothing but respect” for her fellow writer.

Larkspur & Finch, which publishes both authors, posted a brief message on X: “We love a literary debate. We love our authors more.”

The Authors Circle of America, a trade group, said it was drafting guidance on AI use in publishing. Its president, the thriller writer Benedict Oyelaran, told Trade Lantern that the episode showed “how little trust there is right now.”

“Writers are suspicious of each other, readers are suspicious of writers, and everybody is suspicious of the software,” he said.

By Sunday evening both novelists had moved on. Castellano-Brandt posted a photograph of her dog asleep on a stack of page proofs, with the caption: “Editing is going great.”
"""),
    [
        "Henrietta Maddox-Lyle",
        "Sofia Castellano-Brandt",
        "Larkspur & Finch",
        "Authors Circle of America",
        "Benedict Oyelaran",
        "Trade Lantern",
    ],
    [
        Q(
            "If you used a chatbot to blurb my book, please just tell me. I’d rather have no blurb than a fake one",
            "Henrietta Maddox-Lyle",
            "Henrietta Maddox-Lyle",
        ),
        Q("experimented", "Sofia Castellano-Brandt", ("at Sofia Castellano-Brandt", "Sofia Castellano-Brandt"), P, PT),
        Q(
            "Henrietta, I read every word of your book. The blurb was mine. The comma splice was also mine. Happy to take that one back",
            "Sofia Castellano-Brandt",
            "Sofia Castellano-Brandt (@sofiacb)",
            bare=True,
        ),
        Q(
            "Then I apologise for the assumption, and I stand by the principle",
            "Henrietta Maddox-Lyle",
            ("Maddox-Lyle answered", "Maddox-Lyle"),
        ),
        Q("nothing but respect", "Henrietta Maddox-Lyle", ("She later added", "She"), P, PT),
        Q("We love a literary debate. We love our authors more", "Larkspur & Finch", "Larkspur & Finch", O),
        Q("how little trust there is right now", "Benedict Oyelaran", "Benedict Oyelaran", P, PT),
        Q(
            "Writers are suspicious of each other, readers are suspicious of writers, and everybody is suspicious of the software",
            "Benedict Oyelaran",
            ("software,” he said", "he"),
        ),
        Q("Editing is going great", "Sofia Castellano-Brandt", ("Castellano-Brandt posted", "Castellano-Brandt")),
    ],
)

article(
    "tweets",
    6,
    T("""
Utility’s posts during blackout draw fire from residents and council

GRANITE HOLLOW, Calif. — As a windstorm knocked out power to about 60,000 customers on Tuesday night, the Sierra Valley Power Co. account on X posted the same message four times: “Crews are assessing damage. We appreciate your patience.”

Many customers did not. “Day two. No power, no heat, no updates. Appreciate THIS, @SierraValleyPower,” Granite Hollow resident Lorena Whitcombe posted on Wednesday morning, with a photo of her children doing homework by headlamp.

Councilmember Arturo Belmonte-Ruiz, whose district includes most of the outage area, quoted her post and added: “Lorena is right. I have asked SVP for hourly updates and a restoration map. Not a paragraph. A map.”

The utility responded directly to him about an hour later.

@CMBelmonteRuiz We hear you. A live restoration map goes up at 2 p.m. today. Thank you for pushing us on this.

— Sierra Valley Power (@SierraValleyPower) January 21, 2026

The map went live shortly after 3 p.m. In an interview, Belmonte-Ruiz said he was glad the company had listened, but faulted its early messages as “robotic.” “People can handle bad news. What they can’t handle is silence dressed up as an update,” he said.

The Granite Hollow Police Department also used its account to warn drivers about darkened traffic signals. “Treat dark intersections as four-way stops,” the department wrote.

Whitcombe’s power came back at 9 p.m. Wednesday. She said she had not expected a council member to see her post. “I was just venting,” she said. “Apparently venting works.”

A spokesperson for the utility, Mei-Ling Harcourt, said in an email that the company “regrets that our early updates did not meet customers’ needs.”
"""),
    [
        "Sierra Valley Power Co.",
        "Lorena Whitcombe",
        "Arturo Belmonte-Ruiz",
        "Granite Hollow Police Department",
        "Mei-Ling Harcourt",
    ],
    [
        Q(
            "Crews are assessing damage. We appreciate your patience",
            "Sierra Valley Power Co.",
            "Sierra Valley Power Co.",
            O,
        ),
        Q(
            "Day two. No power, no heat, no updates. Appreciate THIS, @SierraValleyPower",
            "Lorena Whitcombe",
            "Lorena Whitcombe",
        ),
        Q(
            "Lorena is right. I have asked SVP for hourly updates and a restoration map. Not a paragraph. A map",
            "Arturo Belmonte-Ruiz",
            "Councilmember Arturo Belmonte-Ruiz",
        ),
        Q(
            "@CMBelmonteRuiz We hear you. A live restoration map goes up at 2 p.m. today. Thank you for pushing us on this",
            "Sierra Valley Power Co.",
            "Sierra Valley Power (@SierraValleyPower)",
            O,
            bare=True,
        ),
        Q("robotic", "Arturo Belmonte-Ruiz", ("Belmonte-Ruiz said he was glad", "Belmonte-Ruiz"), P, PT),
        Q(
            "People can handle bad news. What they can’t handle is silence dressed up as an update",
            "Arturo Belmonte-Ruiz",
            ("update,” he said", "he"),
        ),
        Q(
            "Treat dark intersections as four-way stops",
            "Granite Hollow Police Department",
            ("the department wrote", "the department"),
            O,
        ),
        Q("I was just venting", "Lorena Whitcombe", ("venting,” she said", "she")),
        Q("Apparently venting works", "Lorena Whitcombe", ("venting,” she said", "she")),
        Q(
            "regrets that our early updates did not meet customers’ needs",
            "Mei-Ling Harcourt",
            "Mei-Ling Harcourt",
            P,
            PT,
        ),
    ],
)

# ---------------------------------------------------------------------------
# long-form
# ---------------------------------------------------------------------------

article(
    "long-form",
    1,
    T("""
After the Fire, the Vines

CALDER COUNTY, Calif. — On the morning the Kettle Ridge fire reached her property, Ruth Abernathy was standing in her kitchen with a garden hose, which she now admits was not much of a plan.

“I thought I could save the porch,” she said, laughing in a way that did not quite reach her eyes. “Forty-one years on this hill and I thought a hose was going to do it.”

The porch burned. So did the barrel room, the tractor shed and about a third of the vines her late husband planted in 1983. The house, somehow, did not.

Her nephew, Owen Abernathy, is the county fire marshal, and he was on the ridge that morning too, two miles east, directing engines. He did not know his aunt had stayed behind until a neighbour called him.

“She told the neighbour she was fine and to stop fussing,” he said. “I drove over with the lights on, which I’m not supposed to do for family. I’d do it again.

“When I got there she was sitting on the steps with the hose running, and the porch was already gone.”

Ruth disputes the part about the steps. Owen does not back down. They have told the story often enough that it has the rhythm of a duet.

Rebuilding has been slower than either of them expected. The insurance adjuster assigned to the claim, Nadia Faris, spent three days walking the rows with Ruth in October. Faris, who has handled claims from seven wildfires, said vineyards are among the hardest losses to value. “A vine isn’t a couch. You can’t price it from a catalogue,” she said.

Ruth and Faris did not always agree. The former wanted to replant everything at once; the latter urged her to wait a season. “Vines planted into burned soil struggle,” the latter said. “I’ve watched people pay for the same acre twice.”

Owen sided with the adjuster, which his aunt has not entirely forgiven. “Everyone on that hill got lucky. I’d like her to stop testing it,” the marshal said.

Ruth has named the 2025 vintage, the one that survived in steel tanks, “Second Growth.” She will bottle it in April. Asked whether she has thought about selling, she shook her head.

“People keep asking if I’ll leave. Where would I go? The vines didn’t leave,” she said.
"""),
    ["Ruth Abernathy", "Owen Abernathy", "Nadia Faris"],
    [
        Q("I thought I could save the porch", "Ruth Abernathy", ("porch,” she said", "she")),
        Q(
            "Forty-one years on this hill and I thought a hose was going to do it",
            "Ruth Abernathy",
            ("porch,” she said", "she"),
        ),
        Q("She told the neighbour she was fine and to stop fussing", "Owen Abernathy", ("fussing,” he said", "he")),
        Q(
            "I drove over with the lights on, which I’m not supposed to do for family. I’d do it again",
            "Owen Abernathy",
            ("fussing,” he said", "he"),
        ),
        Q(
            "When I got there she was sitting on the steps with the hose running, and the porch was already gone",
            "Owen Abernathy",
            ("fussing,” he said", "he"),
        ),
        Q("A vine isn’t a couch. You can’t price it from a catalogue", "Nadia Faris", ("catalogue,” she said", "she")),
        Q("Vines planted into burned soil struggle", "Nadia Faris", ("the latter said", "the latter")),
        Q("I’ve watched people pay for the same acre twice", "Nadia Faris", ("the latter said", "the latter")),
        Q("Everyone on that hill got lucky. I’d like her to stop testing it", "Owen Abernathy", "the marshal"),
        Q(
            "People keep asking if I’ll leave. Where would I go? The vines didn’t leave",
            "Ruth Abernathy",
            ("leave,” she said", "she"),
        ),
    ],
)

article(
    "long-form",
    2,
    T("""
The Kitchen at the End of the Pier

PORT ELLISON, Maine — Most nights the last ticket at Tidewrack comes in around ten, and Rowan Achterberg cooks it personally, whatever it is.

“If somebody walked in at ten to nine and we said yes, they get the same meal as the seven o’clock table. Otherwise why say yes?” Achterberg said on a recent Thursday, wiping down the pass.

Achterberg, who uses they/them pronouns, opened the 38-seat restaurant in 2021 with Marguerite Diallo, a former sommelier who runs the front of the house. The two met at a catering job in Harlow Bay a decade ago, when both were, as Diallo put it, “broke and overqualified.”

Diallo handles the money, and she is blunt about it. “Restaurants don’t fail because the food is bad,” she said. “They fail because nobody in the building can read a spreadsheet. I can read a spreadsheet.”

The food is not bad. Last spring Thomas Whitlock, the restaurant critic for the Down East Review, gave Tidewrack four stars and called Achterberg’s smoked hake “the best thing I ate this year, and possibly last year.”

Whitlock, reached by phone, stood by the review. He said he had been back twice since, paying his own bill. “The second visit was better than the first. That almost never happens,” he said.

Achterberg grew up forty minutes inland, the child of a dairy farmer, Pieter Achterberg, who still sells the restaurant its cream. The elder Achterberg is not a sentimental man, his child says, but he keeps a framed copy of the review in the milking parlour.

“I don’t understand half the words in it. Hake, I understand. Hake is a fish,” he said, standing next to it.

Asked what the restaurant means to them, the chef took a long time to answer.

“It means I get to decide what a good night looks like,” they said finally. “For most of my twenties, somebody else decided that. Usually somebody yelling.

“Here, a good night is when Marguerite and I are both still laughing at midnight. Most nights, we are.”
"""),
    ["Tidewrack", "Rowan Achterberg", "Marguerite Diallo", "Thomas Whitlock", "Down East Review", "Pieter Achterberg"],
    [
        Q(
            "If somebody walked in at ten to nine and we said yes, they get the same meal as the seven o’clock table. Otherwise why say yes",
            "Rowan Achterberg",
            ("yes?” Achterberg said", "Achterberg"),
        ),
        Q("broke and overqualified", "Marguerite Diallo", ("as Diallo put it", "Diallo"), P, PT),
        Q("Restaurants don’t fail because the food is bad", "Marguerite Diallo", ("bad,” she said", "she")),
        Q(
            "They fail because nobody in the building can read a spreadsheet. I can read a spreadsheet",
            "Marguerite Diallo",
            ("bad,” she said", "she"),
        ),
        Q("the best thing I ate this year, and possibly last year", "Thomas Whitlock", "Thomas Whitlock", P, PT),
        Q(
            "The second visit was better than the first. That almost never happens",
            "Thomas Whitlock",
            ("happens,” he said", "he"),
        ),
        Q(
            "I don’t understand half the words in it. Hake, I understand. Hake is a fish",
            "Pieter Achterberg",
            ("fish,” he said", "he"),
        ),
        Q("It means I get to decide what a good night looks like", "Rowan Achterberg", ("they said finally", "they")),
        Q(
            "For most of my twenties, somebody else decided that. Usually somebody yelling",
            "Rowan Achterberg",
            ("they said finally", "they"),
        ),
        Q(
            "Here, a good night is when Marguerite and I are both still laughing at midnight. Most nights, we are",
            "Rowan Achterberg",
            ("they said finally", "they"),
        ),
    ],
)

article(
    "long-form",
    3,
    T("""
The Last Bookbinder on Calloway Street

Eleanor Voss has been repairing books in the same narrow shop for fifty-two years. She works at a bench by the window, under a lamp she bought in 1974, and she does not like to be rushed.

“A book will tell you how it wants to be fixed, if you let it. People who hurry end up gluing the wrong thing to the wrong thing,” she said, running a bone folder along a cracked spine.

Her apprentice, Jamal Okafor, has heard this many times. He came to the shop three years ago with a degree in graphic design and no idea what a bone folder was, and he has since rebound more than 400 books. Okafor says the first year was humbling.

“I thought I was good with my hands. She let me think that for about a week,” he said.

Among Voss’s oldest customers is Agnes Mbeki-Tran, a retired history professor who has been bringing her water-damaged field notebooks to the shop since the 1980s. The two women are close in age and far apart in temperament. The former is quiet and exact; the latter talks in long, delighted paragraphs.

“Eleanor once kept one of my notebooks for eight months,” Mbeki-Tran said. “I asked every week, and every week she told me it wasn’t ready. I was furious.

“Then I got it back and I cried. It looked the way it did the day I bought it. I still don’t know how she does it.”

Voss, told of this, shrugged. “Agnes exaggerates. It was seven months,” she said.

The shop’s future is uncertain. The building was sold last year, and the new owner, Calloway Holdings, has not said whether it will renew the lease when it expires in June. A spokesperson for the company said in an email that “no decisions have been made about any tenants.”

Okafor hopes to take over the business, if there is still a business to take over. Voss has told him she will sign it over “the day he can sew a book faster than I can,” a day that, he noted, may never come.

“She’s joking,” he said. Then, after a pause: “I think she’s joking.”
"""),
    ["Eleanor Voss", "Jamal Okafor", "Agnes Mbeki-Tran", "Calloway Holdings"],
    [
        Q(
            "A book will tell you how it wants to be fixed, if you let it. People who hurry end up gluing the wrong thing to the wrong thing",
            "Eleanor Voss",
            ("thing,” she said", "she"),
        ),
        Q(
            "I thought I was good with my hands. She let me think that for about a week",
            "Jamal Okafor",
            ("week,” he said", "he"),
        ),
        Q(
            "Eleanor once kept one of my notebooks for eight months",
            "Agnes Mbeki-Tran",
            ("months,” Mbeki-Tran said", "Mbeki-Tran"),
        ),
        Q(
            "I asked every week, and every week she told me it wasn’t ready. I was furious",
            "Agnes Mbeki-Tran",
            ("months,” Mbeki-Tran said", "Mbeki-Tran"),
        ),
        Q(
            "Then I got it back and I cried. It looked the way it did the day I bought it. I still don’t know how she does it",
            "Agnes Mbeki-Tran",
            ("months,” Mbeki-Tran said", "Mbeki-Tran"),
        ),
        Q("Agnes exaggerates. It was seven months", "Eleanor Voss", ("months,” she said", "she")),
        Q(
            "no decisions have been made about any tenants",
            "A spokesperson for the company",
            "A spokesperson for the company",
            U,
            PT,
        ),
        Q("the day he can sew a book faster than I can", "Eleanor Voss", ("Voss has told him", "Voss"), P, PT),
        Q("She’s joking", "Jamal Okafor", ("joking,” he said", "he")),
        Q("I think she’s joking", "Jamal Okafor", ("joking,” he said", "he")),
    ],
)

article(
    "long-form",
    4,
    T("""
A Coach, His Daughter and the Concussion Question

LARAMIE FORKS, Wyo. — For thirty-one winters, Dale Pruitt has coached wrestling at Laramie Forks High School, and for the last six of them the team’s physician has been his daughter.

Dr. Kendra Pruitt, 38, a sports medicine specialist at Basin Regional Medical Center, volunteers at every home meet. She is the one who decides whether a wrestler who hits the mat hard goes back out. Her father, by his own account, does not always like the answer.

“I’ve argued with her in front of three hundred people,” Mr. Pruitt said, sitting in the empty gym on a Tuesday afternoon. “I lost every time. As I should have.”

Dr. Pruitt remembers one of those arguments well. In 2022, a senior named Tyler Brandvold took a knee to the head in a district semifinal and insisted he was fine. She pulled him anyway.

“He was answering my questions, but he was answering them slowly,” she said. “Slowly is enough. I don’t need a wrestler to fall over to know something’s wrong.”

Mr. Brandvold, now 21 and studying engineering in Colorado, said he was furious at the time. “I thought she cost me a state title,” he said. “I didn’t get it until my roommate had a concussion in college and couldn’t read for a month.

“Now I think she probably saved me from something I can’t even picture.”

Concussion rules in high school sports have tightened considerably in the past decade. Wyoming, like most states, now requires that a student with a suspected head injury be cleared by a licensed provider before returning. Renata Solis-Kwan, who oversees athletics for the school district, said Dr. Pruitt’s presence had made those rules “real instead of theoretical.”

“A lot of districts have the rule on paper. We have a doctor on the mat,” Ms. Solis-Kwan said.

Mr. Pruitt will retire at the end of this season. His daughter says she will keep volunteering for whoever replaces him, as long as they let her do the job. He laughed when told this.

“She says that like it’s a condition. It was always the condition,” he said.
"""),
    [
        "Dale Pruitt",
        "Laramie Forks High School",
        "Kendra Pruitt",
        "Basin Regional Medical Center",
        "Tyler Brandvold",
        "Renata Solis-Kwan",
    ],
    [
        Q("I’ve argued with her in front of three hundred people", "Dale Pruitt", "Mr. Pruitt"),
        Q("I lost every time. As I should have", "Dale Pruitt", "Mr. Pruitt"),
        Q(
            "He was answering my questions, but he was answering them slowly",
            "Kendra Pruitt",
            ("slowly,” she said", "she"),
        ),
        Q(
            "Slowly is enough. I don’t need a wrestler to fall over to know something’s wrong",
            "Kendra Pruitt",
            ("slowly,” she said", "she"),
        ),
        Q("I thought she cost me a state title", "Tyler Brandvold", ("title,” he said", "he")),
        Q(
            "I didn’t get it until my roommate had a concussion in college and couldn’t read for a month",
            "Tyler Brandvold",
            ("title,” he said", "he"),
        ),
        Q(
            "Now I think she probably saved me from something I can’t even picture",
            "Tyler Brandvold",
            ("title,” he said", "he"),
        ),
        Q("real instead of theoretical", "Renata Solis-Kwan", "Renata Solis-Kwan", P, PT),
        Q(
            "A lot of districts have the rule on paper. We have a doctor on the mat",
            "Renata Solis-Kwan",
            "Ms. Solis-Kwan",
        ),
        Q(
            "She says that like it’s a condition. It was always the condition",
            "Dale Pruitt",
            ("condition,” he said", "he"),
        ),
    ],
)

article(
    "long-form",
    5,
    T("""
The Bakery That Learned Four Languages

NORTH CANFIELD, Ohio — Every morning at 4:30, Yusuf al-Haddad unlocks the back door of a former laundromat on Delmont Avenue that is now Halab Bakery, and turns on the ovens. By six the first trays of ka’ak are cooling in the window, and by seven there is a line.

Mr. al-Haddad, 63, was a pastry chef in Aleppo for twenty years before the war. He arrived in Ohio in 2017 with his wife, two suitcases and, as he tells it, “no English at all, not one word.”

His daughter, Lina al-Haddad, was 19 then. She is now an immigration lawyer with an office two blocks from the bakery, and she still does her father’s paperwork, though she has started charging him in pastries.

“He pays late,” Ms. al-Haddad said. “But he pays well.”

The bakery’s first year was nearly its last. The family had no credit history, and three banks turned them down. It was a neighbour, Margaret Sorensen, a retired loan officer who had volunteered as an English tutor at the mosque’s community center, who found them a community lender.

Ms. Sorensen and Mr. al-Haddad still disagree about who deserves the credit. The former gives all of it to him; the latter gives all of it to her. “He worked eighteen hours a day. All I did was fill out forms,” the former said. “Without the forms, there is no bakery,” Mr. al-Haddad replied, in Arabic, translated by his daughter.

Ms. al-Haddad remembers the night the loan came through. “My father sat in the car for ten minutes without starting it. I thought something was wrong. I asked him, and he said he was just listening to the engine.

“I think he was afraid that if he drove away, the paper would disappear.”

Today the bakery employs nine people, four of them recent arrivals from Syria, Afghanistan and Honduras. The kitchen runs in Arabic, Dari, Spanish and a fair amount of English. Its manager, Óscar Villalobos, 29, said the rule was simple: “If you don’t understand, you ask. Nobody laughs.”

Mr. al-Haddad has no plans to retire. Asked why, he looked at his daughter, then at the ovens.

“Where else would I be at 4:30 in the morning?” he said.
"""),
    ["Yusuf al-Haddad", "Halab Bakery", "Lina al-Haddad", "Margaret Sorensen", "Óscar Villalobos"],
    [
        Q("no English at all, not one word", "Yusuf al-Haddad", ("as he tells it", "he"), P, PT),
        Q("He pays late", "Lina al-Haddad", ("late,” Ms. al-Haddad said", "Ms. al-Haddad")),
        Q("But he pays well", "Lina al-Haddad", ("late,” Ms. al-Haddad said", "Ms. al-Haddad")),
        Q(
            "He worked eighteen hours a day. All I did was fill out forms",
            "Margaret Sorensen",
            ("the former said", "the former"),
        ),
        Q(
            "Without the forms, there is no bakery",
            "Yusuf al-Haddad",
            ("bakery,” Mr. al-Haddad replied", "Mr. al-Haddad"),
        ),
        Q(
            "My father sat in the car for ten minutes without starting it. I thought something was wrong. I asked him, and he said he was just listening to the engine",
            "Lina al-Haddad",
            ("Ms. al-Haddad remembers", "Ms. al-Haddad"),
        ),
        Q(
            "I think he was afraid that if he drove away, the paper would disappear",
            "Lina al-Haddad",
            ("Ms. al-Haddad remembers", "Ms. al-Haddad"),
        ),
        Q("If you don’t understand, you ask. Nobody laughs", "Óscar Villalobos", "Óscar Villalobos"),
        Q("Where else would I be at 4:30 in the morning", "Yusuf al-Haddad", ("morning?” he said", "he")),
    ],
)

article(
    "long-form",
    6,
    T("""
On the Mountain, Volunteers Who Answer Every Call

SILVER NOTCH, Colo. — The page came at 11:40 on a Saturday night in February: a hiker overdue on Mount Kessel, last heard from near the saddle, temperature falling toward zero.

Hollis Grady had been asleep for an hour. He was dressed and out the door in six minutes, which is, he said, about average. ’’You learn to sleep in your long underwear,’’ Mr. Grady said. ’’My wife has opinions about that.’’

Mr. Grady, 58, has led the Kessel County Search and Rescue team for eleven years. Like its 40 other members, he is a volunteer. So is Anjali Raman-Oduya, a nurse who joined the team in 2019 and is now one of its most experienced medics.

She reached the hiker, Benjamin Stroud Jr., a little after 3 a.m., curled behind a boulder with a broken ankle and mild hypothermia. ’’He was lucid, which is the thing you pray for,’’ she said. ’’He apologized to me about nine times. I told him to save his breath for the walk out, which was a joke, because he wasn’t walking anywhere.

’’We carried him for four hours.’’

Mr. Stroud, a 34-year-old accountant from Alder Springs, said he had underestimated how early the sun would set. He had no headlamp, and his phone died at 9. ’’I did every single thing the signs at the trailhead tell you not to do,’’ he said. ’’I’m alive because of people who gave up their Saturday night for a stranger.’’

His father, Benjamin Stroud Sr., drove up from Alder Springs the next morning. The elder Mr. Stroud said he had written the team a check, and a letter. ’’The check was the easy part,’’ he said.

Team members say rescues like this one are becoming more common as the trails grow busier. Ms. Raman-Oduya put it more bluntly: ’’Instagram brought the crowds. It didn’t bring the gear.’’

Mr. Grady, for his part, has no plans to stop. ’’Somebody’s going to get lost on that mountain next weekend, and I’d rather be the one who goes,’’ he said.
"""),
    [
        "Hollis Grady",
        "Kessel County Search and Rescue",
        "Anjali Raman-Oduya",
        "Benjamin Stroud Jr.",
        "Benjamin Stroud Sr.",
    ],
    [
        Q("You learn to sleep in your long underwear", "Hollis Grady", ("underwear,’’ Mr. Grady said", "Mr. Grady")),
        Q("My wife has opinions about that", "Hollis Grady", ("underwear,’’ Mr. Grady said", "Mr. Grady")),
        Q("He was lucid, which is the thing you pray for", "Anjali Raman-Oduya", ("for,’’ she said", "she")),
        Q(
            "He apologized to me about nine times. I told him to save his breath for the walk out, which was a joke, because he wasn’t walking anywhere",
            "Anjali Raman-Oduya",
            ("for,’’ she said", "she"),
        ),
        Q("We carried him for four hours", "Anjali Raman-Oduya", ("for,’’ she said", "she")),
        Q(
            "I did every single thing the signs at the trailhead tell you not to do",
            "Benjamin Stroud Jr.",
            ("do,’’ he said", "he"),
        ),
        Q(
            "I’m alive because of people who gave up their Saturday night for a stranger",
            "Benjamin Stroud Jr.",
            ("do,’’ he said", "he"),
        ),
        Q("The check was the easy part", "Benjamin Stroud Sr.", ("part,’’ he said", "he")),
        Q("Instagram brought the crowds. It didn’t bring the gear", "Anjali Raman-Oduya", "Ms. Raman-Oduya"),
        Q(
            "Somebody’s going to get lost on that mountain next weekend, and I’d rather be the one who goes",
            "Hollis Grady",
            ("goes,’’ he said", "he"),
        ),
    ],
)

# ---------------------------------------------------------------------------
# court-local
# ---------------------------------------------------------------------------

article(
    "court-local",
    1,
    T("""
Former youth soccer treasurer gets four years for stealing $380,000 from league

MILLBROOK, N.J. — A former treasurer of the Millbrook Youth Soccer League was sentenced Thursday to four years in state prison for stealing more than $380,000 from the league over six years, money prosecutors said he spent on sports betting and a lake house.

Gregory Tillman Jr., 52, pleaded guilty in January to theft by deception. Before he was sentenced, he stood and apologised to the parents in the courtroom. “I coached some of your kids. I looked you in the eye every Saturday,” Tillman said, his voice breaking. “There’s no excuse, and I’m not going to offer one.”

Assistant Prosecutor Dana Whitford asked for five years. She read aloud from an email Tillman sent the league’s board in 2022, when members first asked about missing money: “The accounts are fine. The bank is just slow to update.”

“He wasn’t confused. He was covering,” Whitford told the court.

Tillman’s lawyer, Marcus Oyelowo, argued for probation, noting that his client had repaid about $60,000 and was in treatment for a gambling addiction. “This is a sick man, not a cold one,” Oyelowo said.

Superior Court Judge Elena Marchetti-Rowe was unpersuaded. “Addiction may explain how this started,” the judge said. “It does not explain six years of forged bank statements.”

She ordered full restitution and quoted from a letter by a mother of two players, who wrote that the league’s scholarship fund had been wiped out and that “the kids who needed it most are the ones who paid.”

Outside the courthouse, league president Sandra Pak said the sentence brought some relief. “We can stop talking about him and start talking about soccer again,” she said.

A spokesperson for the Harlow County Prosecutor’s Office said in a statement that the office was “satisfied that the sentence reflects the scale of the betrayal.”
"""),
    [
        "Millbrook Youth Soccer League",
        "Gregory Tillman Jr.",
        "Dana Whitford",
        "Marcus Oyelowo",
        "Elena Marchetti-Rowe",
        "Sandra Pak",
        "Harlow County Prosecutor’s Office",
    ],
    [
        Q(
            "I coached some of your kids. I looked you in the eye every Saturday",
            "Gregory Tillman Jr.",
            ("Saturday,” Tillman said", "Tillman"),
        ),
        Q(
            "There’s no excuse, and I’m not going to offer one",
            "Gregory Tillman Jr.",
            ("Saturday,” Tillman said", "Tillman"),
        ),
        Q(
            "The accounts are fine. The bank is just slow to update",
            "Gregory Tillman Jr.",
            ("an email Tillman sent", "Tillman"),
        ),
        Q("He wasn’t confused. He was covering", "Dana Whitford", ("Whitford told the court", "Whitford")),
        Q("This is a sick man, not a cold one", "Marcus Oyelowo", ("one,” Oyelowo said", "Oyelowo")),
        Q("Addiction may explain how this started", "Elena Marchetti-Rowe", "the judge"),
        Q("It does not explain six years of forged bank statements", "Elena Marchetti-Rowe", "the judge"),
        Q(
            "the kids who needed it most are the ones who paid",
            "a mother of two players",
            "a mother of two players",
            U,
            PT,
        ),
        Q(
            "We can stop talking about him and start talking about soccer again",
            "Sandra Pak",
            ("again,” she said", "she"),
        ),
        Q(
            "satisfied that the sentence reflects the scale of the betrayal",
            "A spokesperson for the Harlow County Prosecutor’s Office",
            "A spokesperson for the Harlow County Prosecutor’s Office",
            U,
            PT,
        ),
    ],
)

article(
    "court-local",
    2,
    T("""
Police arrest Eastgate man in string of catalytic converter thefts

EASTGATE, Mich. — Police arrested a 27-year-old Eastgate man early Tuesday in connection with at least 30 catalytic converter thefts on the city’s south side since October, the Eastgate Police Department said.

Officers stopped Devon Marsh-Whitley shortly after 2 a.m. on Fairview Street, where a resident had called 911 to report the sound of a power saw, according to police. A reciprocating saw, a floor jack and four converters were found in his car, said Sgt. Luis Ferreira, a department spokesman.

“This is the call we’ve been waiting for,” Ferreira said at a news briefing. “A neighbor heard something, picked up the phone, and we were there in four minutes.”

Marsh-Whitley was arraigned Wednesday on 12 counts of receiving and concealing stolen property. His lawyer, Angela Costa-Bright, said he would plead not guilty. “My client has not been charged with a single theft,” she said. “Having car parts in your trunk is not a crime.”

The resident who called police, who asked not to be named because he feared retaliation, said he had lost his own converter in November. “Thirteen hundred dollars,” he said. “So when I heard that saw, I didn’t think twice.”

Kayla Brennan-Osei, who lives two doors down, said three cars on her block had been hit this winter. She called the arrest “a relief, honestly,” but said she would keep parking in her garage.

Ferreira said investigators believed others were involved and asked anyone with information to call the department’s tip line. In a post on its Facebook page, the department also urged drivers to park in well-lit areas: “Converter thieves work fast and in the dark. Don’t make it easy for them.”
"""),
    ["Eastgate Police Department", "Devon Marsh-Whitley", "Luis Ferreira", "Angela Costa-Bright", "Kayla Brennan-Osei"],
    [
        Q("This is the call we’ve been waiting for", "Luis Ferreira", ("for,” Ferreira said", "Ferreira")),
        Q(
            "A neighbor heard something, picked up the phone, and we were there in four minutes",
            "Luis Ferreira",
            ("for,” Ferreira said", "Ferreira"),
        ),
        Q("My client has not been charged with a single theft", "Angela Costa-Bright", ("theft,” she said", "she")),
        Q("Having car parts in your trunk is not a crime", "Angela Costa-Bright", ("theft,” she said", "she")),
        Q("Thirteen hundred dollars", "The resident who called police", ("dollars,” he said", "he"), U),
        Q(
            "So when I heard that saw, I didn’t think twice",
            "The resident who called police",
            ("dollars,” he said", "he"),
            U,
        ),
        Q("a relief, honestly", "Kayla Brennan-Osei", ("She called the arrest", "She"), P, PT),
        Q(
            "Converter thieves work fast and in the dark. Don’t make it easy for them",
            "Eastgate Police Department",
            ("the department also urged", "the department"),
            O,
        ),
    ],
)

article(
    "court-local",
    3,
    T("""
Jury hears 911 call in Route 9 hit-and-run trial

HOLLIS FERRY, N.Y. — Jurors in the hit-and-run trial of a former town planning official heard a recording Tuesday of the 911 call made minutes after a cyclist was struck and killed on Route 9 last April.

‘‘There’s a man in the road. He’s not moving. The car didn’t even stop,’’ the caller, a delivery driver named Ahmed Siddiqui, told the dispatcher on the recording, which was played twice in Oriska County Court.

The defendant, Colleen Varga-Hurst, 49, is charged with leaving the scene of a fatal accident and tampering with evidence. Prosecutors say she had her SUV’s front grille replaced two days after the crash at a body shop in another county.

Siddiqui, testifying Tuesday, said he saw a dark SUV swerve across the shoulder. Under cross-examination by defense lawyer Peter Haverford, he acknowledged that he never saw the driver. ‘‘I saw a car. I didn’t see a face,’’ he said.

Haverford has told jurors the damage to his client’s vehicle came from hitting a deer. ‘‘Ms. Varga-Hurst is a grieving neighbor in this story, not a killer,’’ he said in his opening statement last week.

Assistant District Attorney Monique Delacroix read jurors a text message Varga-Hurst sent her sister the night of the crash: ‘‘Hit something on 9. Don’t tell anyone.’’

‘‘She knew,’’ Delacroix told jurors. ‘‘She knew that night, and she spent the next two days making sure nobody else would.’’

Judge Rafael Domínguez-Lane denied a defense motion to exclude the message. ‘‘The jury can decide what ‘something’ means,’’ the judge said.

The cyclist, Theo Brannigan, 31, was a high school chemistry teacher and a father of two. His wife, Alicia Brannigan, has attended every day of the trial. Outside court, she said only: ‘‘We want the truth. That’s all.’’

In a statement, the Oriska County District Attorney’s Office said it ‘‘will not comment on evidence while the trial is ongoing.’’ Testimony resumes Wednesday.
"""),
    [
        "Ahmed Siddiqui",
        "Oriska County Court",
        "Colleen Varga-Hurst",
        "Peter Haverford",
        "Monique Delacroix",
        "Rafael Domínguez-Lane",
        "Theo Brannigan",
        "Alicia Brannigan",
        "Oriska County District Attorney’s Office",
    ],
    [
        Q("There’s a man in the road. He’s not moving. The car didn’t even stop", "Ahmed Siddiqui", "Ahmed Siddiqui"),
        Q("I saw a car. I didn’t see a face", "Ahmed Siddiqui", ("face,’’ he said", "he")),
        Q(
            "Ms. Varga-Hurst is a grieving neighbor in this story, not a killer",
            "Peter Haverford",
            ("killer,’’ he said", "he"),
        ),
        Q("Hit something on 9. Don’t tell anyone", "Colleen Varga-Hurst", ("message Varga-Hurst sent", "Varga-Hurst")),
        Q("She knew", "Monique Delacroix", ("Delacroix told jurors", "Delacroix")),
        Q(
            "She knew that night, and she spent the next two days making sure nobody else would",
            "Monique Delacroix",
            ("Delacroix told jurors", "Delacroix"),
        ),
        Q("The jury can decide what ‘something’ means", "Rafael Domínguez-Lane", "the judge"),
        Q("We want the truth. That’s all", "Alicia Brannigan", ("she said only", "she")),
        Q(
            "will not comment on evidence while the trial is ongoing",
            "Oriska County District Attorney’s Office",
            "Oriska County District Attorney’s Office",
            O,
            PT,
        ),
    ],
)

article(
    "court-local",
    4,
    T("""
Westbrook girls rally late to reach first state final since 2009

PINE HOLLOW, Iowa — Down nine points with four minutes to play, the Westbrook High girls basketball team did what its coach had been asking for all season: it stopped rushing.

“We finally played like we had time, because we did,” coach Darnell Hughes said after the Wildcats’ 58-54 semifinal win over Carver Prep on Friday night. “Four minutes is forever if you don’t panic.”

Senior guard Maya Lindstrom-Oyelaran scored 11 of her 23 points in the final stretch, including a 3-pointer with 41 seconds left that put Westbrook ahead for good. She said she had missed the same shot twice in the first half. “Coach told me the third one was going in,” she said. “I decided to believe him.”

Junior forward Bella Tran grabbed 14 rebounds. Hughes called her work on the glass “ridiculous, in the good way.”

Carver Prep coach Annette Sizemore said her team simply ran out of legs. “We played our starters 30 minutes each, and it showed at the end,” she said. “Credit to Westbrook. They earned it.”

Westbrook will face defending champion Ridgeview in Saturday’s final. The program’s last trip to the title game, in 2009, ended in a 20-point loss. Hughes was an assistant on that team.

“I remember that bus ride home. I’d like a different one this time,” he said.

Tran, asked about facing Ridgeview’s 6-foot-3 center, Olivia Mbatha, kept it short: “She’s tall. We’re fast.”
"""),
    [
        "Westbrook High",
        "Darnell Hughes",
        "Carver Prep",
        "Maya Lindstrom-Oyelaran",
        "Bella Tran",
        "Annette Sizemore",
        "Ridgeview",
        "Olivia Mbatha",
    ],
    [
        Q("We finally played like we had time, because we did", "Darnell Hughes", "Darnell Hughes"),
        Q("Four minutes is forever if you don’t panic", "Darnell Hughes", "Darnell Hughes"),
        Q("Coach told me the third one was going in", "Maya Lindstrom-Oyelaran", ("in,” she said", "she")),
        Q("I decided to believe him", "Maya Lindstrom-Oyelaran", ("in,” she said", "she")),
        Q("ridiculous, in the good way", "Darnell Hughes", ("Hughes called", "Hughes"), P, PT),
        Q(
            "We played our starters 30 minutes each, and it showed at the end",
            "Annette Sizemore",
            ("end,” she said", "she"),
        ),
        Q("Credit to Westbrook. They earned it", "Annette Sizemore", ("end,” she said", "she")),
        Q(
            "I remember that bus ride home. I’d like a different one this time",
            "Darnell Hughes",
            ("time,” he said", "he"),
        ),
        Q("She’s tall. We’re fast", "Bella Tran", ("Tran, asked", "Tran")),
    ],
)

article(
    "court-local",
    5,
    T("""
Judge orders landlord to restore heat at Linden Court apartments

RIVERTON, Pa. — A county judge on Monday ordered the owner of a 48-unit apartment complex in Riverton to restore heat and hot water within 72 hours, after tenants testified that some families had gone without both for nearly three weeks.

“The law does not allow a landlord to treat heat as an optional amenity in January,” Judge Harriet Osei-Bonsu said from the bench of the Delmar County Court of Common Pleas. “It is not one.”

The complex, Linden Court, is owned by Brightline Residential LLC, a company based in New Jersey. Its lawyer, Victor Albescu, told the court that the boiler failure was caused by a parts shortage and that a new unit had been ordered. “My client is not ignoring anyone. It is waiting on a boiler,” he said.

Tenants’ lawyer Nkechi Obi-Whitman read aloud from an email a Brightline property manager sent residents on Jan. 9: “Heat will be restored by end of week. We appreciate your understanding.” She then held up a calendar. “That was nineteen days ago,” she said.

Several tenants testified. Rosalind Pike, 67, who has lived at Linden Court for 22 years, said she had been sleeping in her coat. Her neighbor, Tomasz Wierzbicki, said he had bought three space heaters for his family and tripped the building’s breakers twice. “Every night it is a question: do we have light, or do we have heat?” he said.

Ms. Pike told reporters after the hearing that she was “cautiously grateful.” “I’ll believe it when the radiator clanks,” she said.

The judge also ordered Brightline to pay for hotel rooms for any household with children under five or adults over 70 until the heat is back. The Riverton Housing Authority said in a statement that it would help tenants find rooms and would “pursue every available remedy” against the company.

Albescu said after the hearing that his client would comply. Asked whether it would appeal, he said: “Not today.”
"""),
    [
        "Harriet Osei-Bonsu",
        "Delmar County Court of Common Pleas",
        "Brightline Residential LLC",
        "Victor Albescu",
        "Nkechi Obi-Whitman",
        "Rosalind Pike",
        "Tomasz Wierzbicki",
        "Riverton Housing Authority",
    ],
    [
        Q(
            "The law does not allow a landlord to treat heat as an optional amenity in January",
            "Harriet Osei-Bonsu",
            "Judge Harriet Osei-Bonsu",
        ),
        Q("It is not one", "Harriet Osei-Bonsu", "Judge Harriet Osei-Bonsu"),
        Q("My client is not ignoring anyone. It is waiting on a boiler", "Victor Albescu", ("boiler,” he said", "he")),
        Q(
            "Heat will be restored by end of week. We appreciate your understanding",
            "a Brightline property manager",
            "a Brightline property manager",
            U,
        ),
        Q("That was nineteen days ago", "Nkechi Obi-Whitman", ("ago,” she said", "she")),
        Q(
            "Every night it is a question: do we have light, or do we have heat",
            "Tomasz Wierzbicki",
            ("heat?” he said", "he"),
        ),
        Q("cautiously grateful", "Rosalind Pike", "Ms. Pike", P, PT),
        Q("I’ll believe it when the radiator clanks", "Rosalind Pike", ("clanks,” she said", "she")),
        Q("pursue every available remedy", "Riverton Housing Authority", "Riverton Housing Authority", O, PT),
        Q("Not today", "Victor Albescu", ("he said: “Not", "he")),
    ],
)

article(
    "court-local",
    6,
    T("""
Contractor charged with bilking elderly homeowners out of $1.2 million

BAYPORT, Fla. — A Bayport roofing contractor accused of taking deposits from dozens of elderly homeowners for repairs he never performed was ordered held on $500,000 bond Friday.

Curtis Lavelle Jr., 44, faces 31 counts, including organized fraud and exploitation of an elderly person. He did not enter a plea at his first appearance before Circuit Judge Yvonne Marchand.

“These were people on fixed incomes who had just watched a hurricane take part of their house,” Assistant State Attorney Gabriel Rios told the judge. “Mr. Lavelle saw them as an opportunity.”

Lavelle’s lawyer, Shauna McAllister-Diop, said her client had been overwhelmed by demand after the storm and intended to finish the jobs or return the money. She called the charges “a business failure dressed up as a crime.”

Marchand was not convinced. “Some of these deposits were taken eighteen months ago,” the judge said. “That is a long time to be overwhelmed.”

According to an arrest affidavit, Lavelle told one homeowner, an 81-year-old widow, that her roof was “a death trap” and that he needed $14,000 up front to buy materials before prices rose.

The widow’s son, Arthur Penhallow, attended the hearing. “My mother trusted him because he prayed with her,” he said outside the courthouse. “I want people to know that’s how he works.”

Bayport Police Department spokesperson Officer Kim Thao-Reyes said detectives believed there could be more victims. “If you gave this man a deposit and never saw a crew, call us,” she said.

A spokesperson for the Gulf Coast State Attorney’s Office said in a statement that elder fraud cases were “a priority for this office, full stop.”
"""),
    [
        "Curtis Lavelle Jr.",
        "Yvonne Marchand",
        "Gabriel Rios",
        "Shauna McAllister-Diop",
        "Arthur Penhallow",
        "Bayport Police Department",
        "Kim Thao-Reyes",
        "Gulf Coast State Attorney’s Office",
    ],
    [
        Q(
            "These were people on fixed incomes who had just watched a hurricane take part of their house",
            "Gabriel Rios",
            "Gabriel Rios",
        ),
        Q("Mr. Lavelle saw them as an opportunity", "Gabriel Rios", "Gabriel Rios"),
        Q(
            "a business failure dressed up as a crime",
            "Shauna McAllister-Diop",
            ("She called the charges", "She"),
            P,
            PT,
        ),
        Q(
            "Some of these deposits were taken eighteen months ago",
            "Yvonne Marchand",
            ("ago,” the judge said", "the judge"),
        ),
        Q("That is a long time to be overwhelmed", "Yvonne Marchand", ("ago,” the judge said", "the judge")),
        Q("a death trap", "Curtis Lavelle Jr.", ("Lavelle told one homeowner", "Lavelle"), P, PT),
        Q("My mother trusted him because he prayed with her", "Arthur Penhallow", ("her,” he said", "he")),
        Q("I want people to know that’s how he works", "Arthur Penhallow", ("her,” he said", "he")),
        Q("If you gave this man a deposit and never saw a crew, call us", "Kim Thao-Reyes", ("us,” she said", "she")),
        Q(
            "a priority for this office, full stop",
            "A spokesperson for the Gulf Coast State Attorney’s Office",
            "A spokesperson for the Gulf Coast State Attorney’s Office",
            U,
            PT,
        ),
    ],
)


# ---------------------------------------------------------------------------
# build + checks
# ---------------------------------------------------------------------------


def check_marks(text, s, e, bare, where):
    if bare:
        assert s == 0 or text[s - 1] == "\n", f"{where}: bare quote must open a paragraph"
    else:
        assert s > 0 and text[s - 1] in OPEN_MARKS, f"{where}: no opening mark before {text[s - 5 : s + 10]!r}"
    k = e
    while k < len(text) and text[k] in STRIP:
        k += 1
    if bare:
        assert k == len(text) or text[k] == "\n", f"{where}: bare quote must end its paragraph"
    else:
        assert k == len(text) or text[k] in CLOSE_MARKS or text[k] == "\n", (
            f"{where}: quote not closed after {text[e - 10 : e + 5]!r}"
        )


def quoted_spans(text):
    """All spans between quotation marks (for listing non-gold quoted text)."""
    out = []
    for m in re.finditer(r"“([^”\n]*)”|\"([^\"\n]*)\"|‘‘(.*?)’’|’’(.*?)’’|‘([^’\n]{1,40})’", text):
        g = next(i for i in range(1, 6) if m.group(i) is not None)
        out.append((m.start(g), m.end(g)))
    return out


def build(verbose=False):
    rows = []
    for a in ARTICLES:
        aid = f"{a['style']}-{a['n']}"
        text = a["text"]
        words = len(text.split())
        assert 180 <= words <= 450, f"{aid}: {words} words"
        assert all(ord(c) < 0x10000 for c in text), f"{aid}: non-BMP character"
        assert 4 <= len(a["quotes"]) <= 10, f"{aid}: {len(a['quotes'])} quotes"
        assert len(set(a["entities"])) == len(a["entities"]), f"{aid}: duplicate entities"
        for ent in a["entities"]:
            assert ent in text, f"{aid}: entity {ent!r} not written in text"
        golds = []
        for i, q in enumerate(a["quotes"]):
            where = f"{aid} q{i}"
            qt = q["q"]
            assert qt == qt.strip(STRIP), f"{where}: quote has edge punctuation: {qt!r}"
            s = find(text, qt, q["occ"])
            e = s + len(qt)
            assert text[s:e] == qt
            check_marks(text, s, e, q["bare"], where)
            src = q["src"]
            ctx, mention = src if isinstance(src, tuple) else (None, src)
            ss, se = find_near(text, mention, s, e, ctx)
            assert text[ss:se] == mention
            if q["t"] in (P, O):
                assert q["speaker"] in a["entities"], f"{where}: speaker {q['speaker']!r} not in entities"
            else:
                assert q["speaker"] not in a["entities"]
            assert q["k"] in (D, PT) and q["t"] in (P, O, U)
            golds.append(
                dict(
                    start=s,
                    end=e,
                    text=qt,
                    kind=q["k"],
                    source_spans=[[ss, se]],
                    source_text=text[ss:se],
                    speaker=q["speaker"],
                    speaker_type=q["t"],
                )
            )
        # no overlapping quotes, no source span inside a quote
        spans = sorted((g["start"], g["end"]) for g in golds)
        for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{aid}: overlapping gold quotes"
        for g in golds:
            ss, se = g["source_spans"][0]
            for s, e in spans:
                assert se <= s or ss >= e, f"{aid}: source span {g['source_text']!r} inside a quote"
        golds.sort(key=lambda g: g["start"])
        rows.append(
            dict(
                article=aid,
                style=a["style"],
                split="dev" if a["n"] <= 4 else "held-out",
                text=text,
                entities=a["entities"],
                quotes=golds,
            )
        )
        if verbose:
            print(f"\n=== {aid} ({words} words, {len(golds)} quotes)")
            for g in golds:
                ss, se = g["source_spans"][0]
                ctx = text[max(0, ss - 30) : ss] + "[" + text[ss:se] + "]" + text[se : se + 30]
                print(f"  {g['kind'][:4]} {g['speaker_type'][:4]} {g['speaker']!r:45} <- {ctx!r}")
                print(f"       Q: {g['text'][:90]!r}")
            gold_spans = {(g["start"], g["end"]) for g in golds}
            for s, e in quoted_spans(text):
                inner = text[s:e].strip(STRIP)
                s2 = s + text[s:e].index(inner) if inner else s
                if not any(gs <= s2 < ge for gs, ge in gold_spans):
                    print(f"  NON-GOLD quoted: {text[s:e]!r}")
    return rows


def main():
    verbose = "-v" in sys.argv
    rows = build(verbose)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # summary
    by = Counter((r["style"], r["split"]) for r in rows)
    print(f"wrote {len(rows)} articles to {OUT}")
    print("articles per style/split:")
    for (st, sp), c in sorted(by.items()):
        print(f"  {st:13} {sp:9} {c}")
    stats = defaultdict(Counter)
    for r in rows:
        s = stats[r["style"]]
        s["articles"] += 1
        for q in r["quotes"]:
            s["quotes"] += 1
            s["partial"] += q["kind"] == "partial"
            s["pronoun"] += q["source_text"].lower() in PRONOUNS
            s[q["speaker_type"]] += 1
            s["held-out quotes" if r["split"] == "held-out" else "dev quotes"] += 1
    keys = [
        "articles",
        "quotes",
        "dev quotes",
        "held-out quotes",
        "pronoun",
        "partial",
        "person",
        "organisation",
        "unnamed",
    ]
    print(f"{'style':13} " + " ".join(f"{k:>8}" for k in keys))
    tot = Counter()
    for st in sorted(stats):
        print(f"{st:13} " + " ".join(f"{stats[st][k]:>8}" for k in keys))
        tot.update(stats[st])
    print(f"{'TOTAL':13} " + " ".join(f"{tot[k]:>8}" for k in keys))


if __name__ == "__main__":
    main()
