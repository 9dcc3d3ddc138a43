#!/usr/bin/env python3
"""Source of truth for part_f.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
aggregator, canada-australia, science-news and defence-diplomacy (6 articles
each; n<=4 "dev", n 5-6 "held-out").

All articles below are invented (people, outlets, towns, companies, and for
defence-diplomacy the countries too).  Each article is held as plain text;
every gold quote and every speaker mention is located by exact substring
search and the character offsets are computed here, then checked
(text[start:end] == quote text, quote-mark sanity, counts, word counts)
before part_f.jsonl is written.

Run:  python3 make_part_f.py          (writes part_f.jsonl next to this file)
      python3 make_part_f.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Labelling conventions: those of make_part_a.py's docstring (not repeated here).

How those conventions were applied to cases parts A-D do not show (part_f's
own reading, kept consistent across the four styles):
* relayed reporting (aggregator): a person's words passed on by another
  outlet ("X told the Ledger", "X said, according to the outlet", "X
  reportedly said/wrote", "in comments to ...", "in an interview with ...
  published Sunday") are that person's quote; the outlet is only an entity.
  Wording that belongs to the outlet's own report ("the outlet reported",
  "The paper described ... as", "The local paper described the ferry as")
  is a quote of the outlet: speaker_type "organisation", speaker the
  outlet's fullest name, span the mention as written ("the outlet", "The
  paper").  The aggregator's own name and every outlet it cites are
  entities; the shortened names ("the Ledger", "the Register") are not
  listed again.
* pre-nominal titles and roles stay in the span and leave the speaker, as
  "Sen. Dolores Whitfield" in part A: Premier, Chief ("Chief Roland
  Mekanak" -> "Roland Mekanak"), Senator, Councillor/Cllr, Dr (no dot),
  riding/electorate glued before MLA/MP ("Muskeg Lakes MLA Doreen Charles",
  "Waiharuru MP Tom Reardon"), military ranks ("Lt. Gen. Oskar Brandvold",
  "Rear Adm. Tomas Varga", "Maj. Gen. Idris Mwale", "Col. Lidia Ferenc",
  "Cmdr. Alan Pruitt"), and descriptive nouns glued to the name
  ("passenger Teresa Okwu", "Longtime customer Earl Dobbins", "Boorara
  electrician Dean Farrow", "co-lead author Mirela Stanescu").  "Ms Tran",
  "Mr Kvale", "Mrs Pettigrew" (no dots) are spans like part A's "Mr X".
* a First Nation (band government) and an iwi trust are organisations and
  so entities ("Sandy Narrows First Nation", "Waiharuru Iwi Trust");
  countries, provinces and capitals used for their governments ("Ottawa",
  "Corvania", "Tesland") stay places, as part D's "Brussels".
* words a study's authors wrote collectively ("the team writes in the
  paper", "the authors claim in the preprint") are unnamed quotes with the
  collective phrase as speaker ("the team", "the authors"), even when some
  authors are named elsewhere -- no single named person said them (part B's
  "the authors").  A quote credited to a named person "in a press release"
  is that person's quote.
* a document as the grammatical speaker ("The preprint states", "An open
  letter ... calls", "The statement said", "the readout said"): span is the
  document mention as written, speaker its author -- an organisation when
  the author is named ("Voltaris Labs", "Young Academy of Valmora",
  "Aldmoor House"), otherwise the unnamed phrase that introduced the author
  ("the two governments"), following part B's "the statement said".
* readouts: wording that describes the leader in the third person
  ("Vance \u201cwelcomed the courage ...\u201d, the readout said", "Kosa had
  \u201cfirmly rejected ...\u201d, the ministry said in its own readout") is the
  readout's author's wording (organisation); a readout that reports what
  X told Y ("Sørvik told Kosa that the expulsions were \u201c...\u201d") is X's
  quote, span the name at "X told".
* a joint statement of two governments: speaker_type "unnamed", speaker
  "the two governments" (as introduced), because neither government alone
  is the speaker and countries are places, not entities.
* translated quotes ("said in Arabic, according to a translation by ...")
  belong to the original speaker; the translating service is an entity.  A
  state news agency that "quoted the minister as saying" is not the
  speaker: the minister is, span "the minister".
* unnamed sources: the phrase as first introduced keeps a restrictive
  clause ("a senior Corvanian defence official who spoke on condition of
  anonymity", like part C's "a person close to Mercer who spoke on condition
  of anonymity") but not a comma-bounded one ("A senior Marovian official,
  who spoke on condition of anonymity ..., said" -> "a senior Marovian
  official").
* headline attributions point at the headline mention as written, role-only
  ones included ("Senator", "embattled council leader", "Jazrani defence
  minister"), as part D's "Minister".
* ships, telescopes, planets, operations, campaigns, banners, brand names and
  programme names are never entities; quoted ones are traps, not gold.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_f.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["aggregator", "canada-australia", "science-news", "defence-diplomacy"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# AGGREGATOR
# ---------------------------------------------------------------------------

article(
    "aggregator",
    1,
    P(
        "Helix Pay co-founder steps down weeks after $90 million funding round collapsed: reports",
        "Buzzline Staff · Updated 3 hours ago",
        "The co-founder and chief executive of payments start-up Helix Pay has stepped down, just weeks after a planned $90 million funding round fell apart, according to multiple reports.",
        "Renata Osgood, who founded the company in 2019 with her former college roommate, confirmed her departure in comments to the Bayline Ledger on Tuesday, saying she was leaving “with enormous pride and a fair amount of exhaustion.”",
        "“I built this company to be boring in the best way — the plumbing nobody thinks about,” Osgood told the Ledger. “Somewhere along the way we stopped being boring.”",
        "The news was first reported by the tech newsletter Series Ahead, which said the board had asked Osgood to step aside after investors led by Corrigan Ventures pulled out of the round in late September. The mood inside the company was “funereal,” the outlet reported.",
        "Osgood disputed that account. “Nobody asked me to go. I decided, the board agreed, and that’s the whole story,” she reportedly wrote in a message to staff that was later shared with the Ledger.",
        "Corrigan Ventures did not respond to a request for comment from Buzzline. A spokesperson for the firm told Series Ahead that it “continues to believe in the Helix team” but declined to say why it had walked away from the deal.",
        "Helix Pay, which processes card payments for about 4,000 small retailers across the Midwest and is best known for its “Pay Later Lite” checkout button, will be led on an interim basis by its chief operating officer, Marcus Trell. In an interview with the Prairie Business Journal published Wednesday, Trell said customers would “not notice a thing.”",
        "“Payments go through tomorrow the same way they went through yesterday,” he told the paper. “That’s the job.”",
        "Not everyone is convinced. Lydia Fenwick, a fintech analyst at Harrowgate Research, told the Ledger that the collapse of the round left Helix with “maybe nine months of runway, if they’re careful.”",
        "“The product is fine. The problem is that the product is fine and so is everyone else’s,” she said, according to the outlet.",
        "Staff were told of the change at an all-hands meeting on Monday that one employee, speaking anonymously to Series Ahead, called “the shortest forty minutes of my life.”",
        "This article is based on reporting by the Bayline Ledger, Series Ahead and the Prairie Business Journal. Buzzline has not independently verified all of the details.",
    ),
    [
        "Buzzline",
        "Helix Pay",
        "Renata Osgood",
        "Bayline Ledger",
        "Series Ahead",
        "Corrigan Ventures",
        "Marcus Trell",
        "Prairie Business Journal",
        "Lydia Fenwick",
        "Harrowgate Research",
    ],
    [
        Q("with enormous pride and a fair amount of exhaustion", "Renata Osgood", "Renata Osgood", kind="partial"),
        Q(
            "I built this company to be boring in the best way — the plumbing nobody thinks about",
            "Renata Osgood",
            "Osgood",
        ),
        Q("Somewhere along the way we stopped being boring", "Renata Osgood", "Osgood"),
        Q("funereal", "Series Ahead", "the outlet", kind="partial", stype="organisation"),
        Q("Nobody asked me to go. I decided, the board agreed, and that’s the whole story", "Renata Osgood", "she"),
        Q(
            "continues to believe in the Helix team",
            "a spokesperson for the firm",
            "A spokesperson for the firm",
            kind="partial",
            stype="unnamed",
        ),
        Q("not notice a thing", "Marcus Trell", "Trell", kind="partial"),
        Q("Payments go through tomorrow the same way they went through yesterday", "Marcus Trell", "he"),
        Q("That’s the job", "Marcus Trell", "he"),
        Q("maybe nine months of runway, if they’re careful", "Lydia Fenwick", "Lydia Fenwick", kind="partial"),
        Q(
            "The product is fine. The problem is that the product is fine and so is everyone else’s",
            "Lydia Fenwick",
            "she",
        ),
        Q("the shortest forty minutes of my life", "one employee", "one employee", kind="partial", stype="unnamed"),
    ],
)

article(
    "aggregator",
    2,
    P(
        "Coastline Air pilots vote to authorize strike as talks stall, union chief tells local paper",
        "By Jordan Pike | The Daily Roundup",
        "Pilots at regional carrier Coastline Air have voted overwhelmingly to authorize a strike, the head of their union said this week, raising the prospect of summer disruption for thousands of travelers along the Gulf Coast.",
        'Captain Rhonda Vasquez, who leads the Coastline chapter of the Allied Pilots Guild, told the Port Calloway Register that 96 percent of members who cast ballots backed the move, the latest step in the guild\'s "Fair Skies" campaign.',
        '"We don\'t want to strike. Nobody goes to flight school dreaming about a picket line," Vasquez told the Register. "But we have been patient for three years, and patience doesn\'t pay the mortgage."',
        'According to the Register, the guild is seeking raises of about 30 percent over four years, while Coastline has offered 11 percent. The paper reported that negotiations had "effectively collapsed" after a mediation session last week.',
        'Coastline Air said in a statement provided to several outlets that it was "disappointed" by the vote and remained "committed to reaching a fair agreement at the table."',
        "A Coastline spokesperson, Derek Oyama, reportedly told the aviation site FlightDeck Daily that the airline's offer was \"the richest in the company's history.\" The Daily Roundup was unable to reach Oyama for comment.",
        'Under federal labor law, pilots cannot walk off the job until federal mediators release them from talks, a process that can take months or even years. Still, travel columnist Colleen Marsh of the consumer site FareWise said passengers booking summer trips should "keep an eye on this one."',
        '"Strikes at regional airlines are rare, but a strike authorization is a signal, and airlines usually hear it," Marsh said in a video posted to the site. "If I had a wedding in July, I\'d book a refundable fare."',
        "The vote comes as a shortage of experienced pilots continues to hand unions leverage across the industry. Earlier this year, pilots at rival Bluewater Express won a 34 percent raise after a similar vote, FlightDeck Daily noted.",
        'One Coastline first officer who asked not to be named told the Register he earns less than some flight attendants at larger carriers. "I love this job. I just can\'t afford it," he said.',
        "This story was compiled from reports by the Port Calloway Register and FlightDeck Daily and has been updated with comment from Coastline Air.",
    ),
    [
        "Jordan Pike",
        "The Daily Roundup",
        "Coastline Air",
        "Rhonda Vasquez",
        "Allied Pilots Guild",
        "Port Calloway Register",
        "Derek Oyama",
        "FlightDeck Daily",
        "Colleen Marsh",
        "FareWise",
        "Bluewater Express",
    ],
    [
        Q(
            "We don't want to strike. Nobody goes to flight school dreaming about a picket line",
            "Rhonda Vasquez",
            "Vasquez",
        ),
        Q(
            "But we have been patient for three years, and patience doesn't pay the mortgage",
            "Rhonda Vasquez",
            "Vasquez",
        ),
        Q("effectively collapsed", "Port Calloway Register", "The paper", kind="partial", stype="organisation"),
        Q("disappointed", "Coastline Air", "Coastline Air", kind="partial", stype="organisation"),
        Q(
            "committed to reaching a fair agreement at the table",
            "Coastline Air",
            "Coastline Air",
            kind="partial",
            stype="organisation",
            anchor="Coastline Air said in a statement",
        ),
        Q("the richest in the company's history", "Derek Oyama", "Derek Oyama", kind="partial"),
        Q("keep an eye on this one", "Colleen Marsh", "travel columnist Colleen Marsh", kind="partial"),
        Q(
            "Strikes at regional airlines are rare, but a strike authorization is a signal, and airlines usually hear it",
            "Colleen Marsh",
            "Marsh",
        ),
        Q("If I had a wedding in July, I'd book a refundable fare", "Colleen Marsh", "Marsh"),
        Q(
            "I love this job. I just can't afford it",
            "one Coastline first officer who asked not to be named",
            "he",
            stype="unnamed",
        ),
    ],
)

article(
    "aggregator",
    3,
    P(
        "Ferry runs aground off Kestrel Island; all 212 aboard evacuated",
        "TrendWatch Staff · 4 min read",
        "KESTREL ISLAND — A passenger ferry carrying 212 people ran aground on a sandbar off Kestrel Island early Saturday, forcing a three-hour evacuation in choppy water, officials said.",
        "No serious injuries were reported. Four passengers were treated for mild hypothermia after being transferred to rescue boats, according to the coast guard.",
        "The vessel, the MV Solent Maid, operated by Greyhaven Ferries, left the mainland port of Ashcombe at 6:10 a.m. and struck the bar about 40 minutes later.",
        "“We felt a long grinding noise and then the whole boat tipped to one side,” said passenger Teresa Okwu, 58, who was traveling with her grandson. “People were calm, honestly calmer than me. The crew kept saying, ‘Stay seated, stay seated,’ and we did.”",
        "Coast guard boats and two fishing vessels carried passengers to the island’s harbor, where volunteers handed out blankets and coffee. Buses later took them to a relief sailing from the island’s northern pier.",
        "Cmdr. Alan Pruitt of the coast guard told reporters at a dockside briefing that the ferry’s captain had radioed about “a steering issue” shortly before the grounding.",
        "“Whether that was mechanical or something else is what the investigation will determine,” Pruitt said. “I’m not going to speculate this morning.”",
        "Greyhaven Ferries said in a statement that it was “cooperating fully with the authorities” and that all sailings on the Ashcombe route had been suspended until further notice.",
        "The Kestrel Island Gazette reported that the Solent Maid had been withdrawn from service twice last year for repairs to its steering gear, citing maintenance records it had reviewed. The local paper described the ferry as “the oldest and most temperamental boat in the fleet.”",
        "Mark Deverell, a union official who represents Greyhaven deckhands, said crews had raised concerns about the vessel “more times than I can count.”",
        "“The company knows which boats are tired,” Deverell said. “This time everybody walked off.",
        "“Next time we might not be so lucky.”",
        "Greyhaven did not immediately respond to questions about the Gazette’s report. The Maritime Accident Investigation Board said it had sent a team to the island.",
        "This article was compiled from wire reports.",
    ),
    [
        "TrendWatch",
        "Greyhaven Ferries",
        "Teresa Okwu",
        "Alan Pruitt",
        "Kestrel Island Gazette",
        "Mark Deverell",
        "Maritime Accident Investigation Board",
    ],
    [
        Q(
            "We felt a long grinding noise and then the whole boat tipped to one side",
            "Teresa Okwu",
            "passenger Teresa Okwu",
        ),
        Q(
            "People were calm, honestly calmer than me. The crew kept saying, ‘Stay seated, stay seated,’ and we did",
            "Teresa Okwu",
            "passenger Teresa Okwu",
        ),
        Q("a steering issue", "Alan Pruitt", "Cmdr. Alan Pruitt", kind="partial"),
        Q(
            "Whether that was mechanical or something else is what the investigation will determine",
            "Alan Pruitt",
            "Pruitt",
        ),
        Q("I’m not going to speculate this morning", "Alan Pruitt", "Pruitt"),
        Q(
            "cooperating fully with the authorities",
            "Greyhaven Ferries",
            "Greyhaven Ferries",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "the oldest and most temperamental boat in the fleet",
            "Kestrel Island Gazette",
            "The local paper",
            kind="partial",
            stype="organisation",
        ),
        Q("more times than I can count", "Mark Deverell", "Mark Deverell", kind="partial"),
        Q("The company knows which boats are tired", "Mark Deverell", "Deverell"),
        Q("This time everybody walked off", "Mark Deverell", "Deverell"),
        Q("Next time we might not be so lucky", "Mark Deverell", "@prev"),
    ],
)

article(
    "aggregator",
    4,
    P(
        "‘I’m not going anywhere’: embattled council leader hits back in weekend interview",
        "By Newsdesk | Daily Digest UK",
        "Councillor Margaret Ainsley, the leader of Hollinsford Borough Council, has insisted she will not resign over the authority’s £38m budget black hole, accusing her critics of ‘rewriting history’.",
        "In an interview with the Sunday Courier published on Sunday, Cllr Ainsley said the council’s finances had been ‘in intensive care’ long before she took over in 2022.",
        "‘I’m not going anywhere,’ she told the paper. ‘I didn’t dig this hole, and I’m not going to be pushed into it.",
        "‘The people who signed off the Exchange deal are the same people now calling for my head. Residents can see that.’",
        "The interview came days after the Hollinsford Advertiser revealed that the council had borrowed £21m to buy the Hollinsford Exchange shopping centre in 2019, a purchase its external auditor, Brackley & Stowe, later described as ‘high risk’.",
        "The council issued a section 114 notice in the autumn, in effect declaring that it could not balance its books, and has since raised council tax by the maximum allowed and closed two of its five libraries.",
        "Cllr Ainsley, a former head teacher, was first elected in 2011 and became leader after her predecessor stood down on health grounds. Her cabinet has publicly backed her, although two backbench councillors from her own group resigned the whip in December.",
        "Opposition leader Cllr Tom Needham told the Advertiser that the interview was ‘a masterclass in blaming everyone except the person in charge’.",
        "‘Margaret was cabinet member for finance when the Exchange was bought. She voted for it. It’s in the minutes,’ Mr Needham said, according to the paper.",
        "Asked about that vote, Cllr Ainsley told the Courier she had been ‘given assurances by officers that turned out to be worthless’.",
        "Campaign group Hands Off Hollinsford, which organised a 600-strong protest outside the town hall last month under the banner ‘Not One More Penny’, has called for government commissioners to take over the council’s finances.",
        "A Hollinsford Borough Council spokesman said: ‘The council has a clear recovery plan, agreed with government, and the leader has the full confidence of her cabinet.’",
        "This article is based on reporting by the Sunday Courier and the Hollinsford Advertiser.",
    ),
    [
        "Daily Digest UK",
        "Margaret Ainsley",
        "Hollinsford Borough Council",
        "Sunday Courier",
        "Hollinsford Advertiser",
        "Brackley & Stowe",
        "Tom Needham",
        "Hands Off Hollinsford",
    ],
    [
        Q("I’m not going anywhere", "Margaret Ainsley", "embattled council leader", occ=0),
        Q("rewriting history", "Margaret Ainsley", "Councillor Margaret Ainsley", kind="partial"),
        Q("in intensive care", "Margaret Ainsley", "Cllr Ainsley", kind="partial"),
        Q("I’m not going anywhere", "Margaret Ainsley", "she", occ=1),
        Q("I didn’t dig this hole, and I’m not going to be pushed into it", "Margaret Ainsley", "she"),
        Q(
            "The people who signed off the Exchange deal are the same people now calling for my head. Residents can see that",
            "Margaret Ainsley",
            "@prev",
        ),
        Q("high risk", "Brackley & Stowe", "Brackley & Stowe", kind="partial", stype="organisation"),
        Q(
            "a masterclass in blaming everyone except the person in charge",
            "Tom Needham",
            "Opposition leader Cllr Tom Needham",
            kind="partial",
        ),
        Q(
            "Margaret was cabinet member for finance when the Exchange was bought. She voted for it. It’s in the minutes",
            "Tom Needham",
            "Mr Needham",
        ),
        Q(
            "given assurances by officers that turned out to be worthless",
            "Margaret Ainsley",
            "Cllr Ainsley",
            kind="partial",
        ),
        Q(
            "The council has a clear recovery plan, agreed with government, and the leader has the full confidence of her cabinet",
            "a Hollinsford Borough Council spokesman",
            "A Hollinsford Borough Council spokesman",
            stype="unnamed",
        ),
    ],
)

article(
    "aggregator",
    5,
    P(
        "Big Ember BBQ to close dozens of restaurants, CEO reportedly tells staff",
        "By Kayla Sommers, FeedFront Contributor",
        "Barbecue chain Big Ember BBQ is closing 40 of its 115 restaurants by the end of the month, as first reported by the trade publication Plate & Margin.",
        "Chief executive Howard Kessel reportedly told employees on a video call Thursday that the closures were “the hardest decision I’ve made in twenty years in this business.”",
        "“We opened too many stores too fast in markets we didn’t understand,” Kessel said, according to a recording of the call obtained by Plate & Margin. “That’s on me, not on you.”",
        "A Big Ember spokesperson confirmed the closures to FeedFront but disputed the trade publication’s figure, saying the number was “closer to 35 and still being finalized.”",
        "In a statement posted to its website, the company said affected employees would be “offered positions at nearby locations wherever possible.”",
        "According to the Ridley Record, at least six of the closures are in the chain’s home state, including the original Big Ember in Ridley, which opened in 1998 and is famous for its “Ember Box” platter.",
        "Longtime customer Earl Dobbins told the Record he had eaten at the Ridley location “every Friday since the place opened.”",
        "“They can close the rest of them. Not this one,” Dobbins said.",
        "Restaurant analyst Priya Halloran of Bexley Securities said the chain had been squeezed by beef prices and a costly push into the Southeast. In a note to clients cited by Plate & Margin, she wrote that Big Ember was “a regional gem that tried to become a national brand about five years too early.”",
        "Kessel, who took over from founder Lou Ember Sr. in 2017, did not respond to FeedFront’s request for comment. In an interview with the Record published after the chain’s 100th opening in 2022, he had predicted 200 restaurants by 2026. “Sky’s the limit,” he said at the time.",
        "Employees at two of the affected Ridley-area locations said they learned of the closures from the trade report before their managers told them. The company has not said how many jobs will be lost.",
        "FeedFront aggregates reporting from trade and local outlets. This story has been updated.",
    ),
    [
        "Kayla Sommers",
        "FeedFront",
        "Big Ember BBQ",
        "Plate & Margin",
        "Howard Kessel",
        "Ridley Record",
        "Earl Dobbins",
        "Priya Halloran",
        "Bexley Securities",
        "Lou Ember Sr.",
    ],
    [
        Q(
            "the hardest decision I’ve made in twenty years in this business",
            "Howard Kessel",
            "Chief executive Howard Kessel",
            kind="partial",
        ),
        Q("We opened too many stores too fast in markets we didn’t understand", "Howard Kessel", "Kessel"),
        Q("That’s on me, not on you", "Howard Kessel", "Kessel"),
        Q(
            "closer to 35 and still being finalized",
            "a Big Ember spokesperson",
            "A Big Ember spokesperson",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "offered positions at nearby locations wherever possible",
            "Big Ember BBQ",
            "the company",
            kind="partial",
            stype="organisation",
        ),
        Q("every Friday since the place opened", "Earl Dobbins", "Longtime customer Earl Dobbins", kind="partial"),
        Q("They can close the rest of them. Not this one", "Earl Dobbins", "Dobbins"),
        Q(
            "a regional gem that tried to become a national brand about five years too early",
            "Priya Halloran",
            "she",
            kind="partial",
        ),
        Q("Sky’s the limit", "Howard Kessel", "he", anchor="he said at the time"),
    ],
)

article(
    "aggregator",
    6,
    P(
        "Oakmere school board votes to cut late buses; parents say kids will be stranded",
        "Neighborhood News Now | Oakmere edition",
        "The Oakmere Unified School District board voted 4-3 Tuesday night to eliminate late-afternoon activity buses at its three middle schools, a move parents warned would leave hundreds of students without a way home from practices and clubs.",
        'Board president Alicia Montrose said the cut would save about $410,000 a year. "Nobody on this board wanted to do this," Montrose said during the meeting, which was livestreamed. "We are choosing between bad options."',
        'The Oakmere Sentinel reported that more than 60 parents signed up to speak and that the meeting ran past midnight. The paper described the public comment period as "at times tearful and at times furious."',
        "Parent Jaime Ortiz-Bell, whose daughter plays in a middle school orchestra, told the Sentinel she would have to leave work early three days a week. \"I'm a nurse. I can't walk out of a shift at 3:15 because the district decided band doesn't matter,\" she said.",
        'Board member Gregory Fane, who voted against the cut, said in comments to Valley 12 News that the district had "found money for consultants every single year" but never for buses.',
        '"This is a choice, and it\'s the wrong one," Fane told the station.',
        'Superintendent Renee Caldwell said the district would work with the city\'s transit agency, Oakmere Metro, to add stops near the schools. According to the Sentinel, Caldwell said families could apply for free student bus passes "starting the first week of October."',
        "Oakmere Metro spokesperson Dana Lu told Neighborhood News Now the agency had not yet received a formal request. \"We're happy to talk. We haven't been asked,\" Lu said in an email.",
        'Board member Sam Whitaker, who voted for the cut, reportedly called the backlash "understandable but a bit late," noting that the proposal had appeared on board agendas since June.',
        'The district\'s "Bus Buddies" program, which pairs sixth graders with older students on the ride home, will also end. The changes take effect Jan. 6, the start of the second semester.',
        "This story draws on reporting by the Oakmere Sentinel and Valley 12 News.",
    ),
    [
        "Neighborhood News Now",
        "Oakmere Unified School District",
        "Alicia Montrose",
        "Oakmere Sentinel",
        "Jaime Ortiz-Bell",
        "Gregory Fane",
        "Valley 12 News",
        "Renee Caldwell",
        "Oakmere Metro",
        "Dana Lu",
        "Sam Whitaker",
    ],
    [
        Q("Nobody on this board wanted to do this", "Alicia Montrose", "Montrose"),
        Q("We are choosing between bad options", "Alicia Montrose", "Montrose"),
        Q(
            "at times tearful and at times furious",
            "Oakmere Sentinel",
            "The paper",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I'm a nurse. I can't walk out of a shift at 3:15 because the district decided band doesn't matter",
            "Jaime Ortiz-Bell",
            "she",
        ),
        Q("found money for consultants every single year", "Gregory Fane", "Board member Gregory Fane", kind="partial"),
        Q("This is a choice, and it's the wrong one", "Gregory Fane", "Fane"),
        Q("starting the first week of October", "Renee Caldwell", "Caldwell", kind="partial"),
        Q("We're happy to talk. We haven't been asked", "Dana Lu", "Lu"),
        Q("understandable but a bit late", "Sam Whitaker", "Board member Sam Whitaker", kind="partial"),
    ],
)

# ---------------------------------------------------------------------------
# CANADA / AUSTRALIA / NEW ZEALAND
# ---------------------------------------------------------------------------

article(
    "canada-australia",
    1,
    P(
        "Wildfire forces evacuation of Sandy Narrows First Nation as smoke grounds flights",
        "By Dale Arcand, the Dominion Press",
        "SANDY NARROWS FIRST NATION, Sask. — More than 900 residents of a northern Saskatchewan First Nation are being flown out of their community as a wildfire burns within eight kilometres of homes.",
        "Chief Marlene Okemaw-Lavallee of the Sandy Narrows First Nation says smoke has become so thick that elders and people with breathing problems had to be moved out first.",
        "“We can’t see across the lake anymore,” Okemaw-Lavallee says. “Our people are scared, and they have every right to be.”",
        "She says the band asked for help on Sunday but the first evacuation flights did not land until Tuesday morning.",
        "“Two days is a long time when the fire is at your door,” she says.",
        "Premier Scott Haldane says the province moved as quickly as it could, given that smoke grounded aircraft across the north for much of Monday.",
        "“I understand the frustration. I’d be frustrated too,” Haldane says. “But I’m not going to stand here and pretend we had planes sitting idle. We didn’t.”",
        "Muskeg Lakes MLA Doreen Charles, the Opposition critic for northern affairs, says the government has been warned for years that fire seasons are getting longer and starting earlier.",
        "“Every spring we hear the same promises,” Charles says. “Every summer we watch the same planes show up late.”",
        "Provincial Wildfire Command says the fire has grown to 12,500 hectares. In its morning update, the agency says the blaze is “not contained” and that shifting winds are pushing it toward the community’s southern edge.",
        "Evacuees are being housed in hotels and at the arena in Meadow Bend, about 300 kilometres to the south, where volunteers have set up rows of cots under a hand-painted banner reading “Welcome, Sandy Narrows.”",
        "Angus Sewap, 71, says it is the third time he has been evacuated since 2015.",
        "“You pack a bag, you leave your dog with your nephew, you wait,” he says. “Then you go home and see what’s left.”",
        "Federal Northern Affairs Minister Paul Ducharme says Ottawa will cover the cost of the evacuation. “No community should have to worry about the bill in the middle of an emergency,” the minister says in a statement.",
        "Okemaw-Lavallee says about 40 volunteer firefighters from the community have stayed behind to protect the band office, the school and the water plant.",
        "This report by the Dominion Press was first published July 9, 2025.",
    ),
    [
        "Dale Arcand",
        "Dominion Press",
        "Sandy Narrows First Nation",
        "Marlene Okemaw-Lavallee",
        "Scott Haldane",
        "Doreen Charles",
        "Provincial Wildfire Command",
        "Angus Sewap",
        "Paul Ducharme",
    ],
    [
        Q("We can’t see across the lake anymore", "Marlene Okemaw-Lavallee", "Okemaw-Lavallee"),
        Q("Our people are scared, and they have every right to be", "Marlene Okemaw-Lavallee", "Okemaw-Lavallee"),
        Q("Two days is a long time when the fire is at your door", "Marlene Okemaw-Lavallee", "she"),
        Q("I understand the frustration. I’d be frustrated too", "Scott Haldane", "Haldane"),
        Q(
            "But I’m not going to stand here and pretend we had planes sitting idle. We didn’t",
            "Scott Haldane",
            "Haldane",
        ),
        Q("Every spring we hear the same promises", "Doreen Charles", "Charles"),
        Q("Every summer we watch the same planes show up late", "Doreen Charles", "Charles"),
        Q("not contained", "Provincial Wildfire Command", "the agency", kind="partial", stype="organisation"),
        Q("You pack a bag, you leave your dog with your nephew, you wait", "Angus Sewap", "he"),
        Q("Then you go home and see what’s left", "Angus Sewap", "he"),
        Q(
            "No community should have to worry about the bill in the middle of an emergency",
            "Paul Ducharme",
            "the minister",
        ),
    ],
)

article(
    "canada-australia",
    2,
    P(
        "Ambulances spend record 1,940 hours ramped at Wattle Creek hospital",
        "Austral Public Broadcasting",
        "By Hamish Corbett",
        "Posted Wed 4 Jun",
        "Ambulances spent more than 1,900 hours ramped outside Wattle Creek Base Hospital last month, the highest figure on record, new state data shows.",
        "Linh Tran, a paramedic of 14 years and a delegate with the Ambulance Employees Union, says crews are regularly stuck outside the emergency department for an entire shift.",
        '"It\'s not good enough," Ms Tran says. "We expected better after the last election, and we were promised better."',
        "She says one crew last week waited seven hours with an elderly woman in the back of their vehicle.",
        '"She was 91. She needed a bed, not a stretcher in a car park," Ms Tran says.',
        "Health Minister Rachel Okafor-Webb says the government is spending $320 million on an expansion of the hospital, due to open in 2027.",
        'The minister says ramping is a "whole-of-system" problem that emergency departments cannot fix on their own.',
        '"Hospitals can\'t discharge patients if there are no aged-care beds to send them to," she says.',
        'Opposition health spokesman Damien Kerr says the minister has "run out of excuses".',
        "\"Every month there's a new record and every month there's a new excuse,\" Mr Kerr says.",
        'Wattle Creek resident Joan Pettigrew, 78, waited nine hours on a stretcher in March after a fall at home. "The paramedics were lovely. They kept apologising, and none of it was their fault," Mrs Pettigrew says.',
        'The Wattle Creek Hospital and Health Service says in a statement it is "working closely with the State Ambulance Service to release crews faster" and has opened a 12-bed transit lounge next to the emergency department.',
        'Local MP Bronwyn Ashe, whose electorate takes in the hospital, says she has written to the minister three times this year. "I\'ve had one reply, and it was a form letter," Ms Ashe says.',
        'Paramedics have taken to calling the hospital\'s ambulance bay "the car park ward".',
        "Ms Tran says experienced paramedics are leaving the service faster than new graduates can replace them. \"People ask why we're burning out. Come and sit on the ramp with us for a shift and you'll find out,\" she says.",
    ),
    [
        "Austral Public Broadcasting",
        "Hamish Corbett",
        "Wattle Creek Base Hospital",
        "Linh Tran",
        "Ambulance Employees Union",
        "Rachel Okafor-Webb",
        "Damien Kerr",
        "Joan Pettigrew",
        "Wattle Creek Hospital and Health Service",
        "State Ambulance Service",
        "Bronwyn Ashe",
    ],
    [
        Q("It's not good enough", "Linh Tran", "Ms Tran"),
        Q("We expected better after the last election, and we were promised better", "Linh Tran", "Ms Tran"),
        Q("She was 91. She needed a bed, not a stretcher in a car park", "Linh Tran", "Ms Tran"),
        Q("whole-of-system", "Rachel Okafor-Webb", "The minister", kind="partial"),
        Q(
            "Hospitals can't discharge patients if there are no aged-care beds to send them to",
            "Rachel Okafor-Webb",
            "she",
        ),
        Q("run out of excuses", "Damien Kerr", "Opposition health spokesman Damien Kerr", kind="partial"),
        Q("Every month there's a new record and every month there's a new excuse", "Damien Kerr", "Mr Kerr"),
        Q(
            "The paramedics were lovely. They kept apologising, and none of it was their fault",
            "Joan Pettigrew",
            "Mrs Pettigrew",
        ),
        Q(
            "working closely with the State Ambulance Service to release crews faster",
            "Wattle Creek Hospital and Health Service",
            "The Wattle Creek Hospital and Health Service",
            kind="partial",
            stype="organisation",
        ),
        Q("I've had one reply, and it was a form letter", "Bronwyn Ashe", "Ms Ashe"),
        Q(
            "People ask why we're burning out. Come and sit on the ramp with us for a shift and you'll find out",
            "Linh Tran",
            "she",
        ),
    ],
)

article(
    "canada-australia",
    3,
    P(
        "Toxic algae closes Waiharuru River swimming spots for rest of summer",
        "Grace Te Awa · Tui Media · 05:00, Jan 14 2025",
        "Swimming spots along the Waiharuru River will stay closed for the rest of summer after toxic algae was found at levels the regional council says are the highest it has recorded.",
        "Te Rāwhiti Regional Council science manager Dr Anaru Whitmore says samples taken on Monday showed cyanobacteria mats covering more than half the riverbed at four sites.",
        "“This is not a ‘maybe keep your dog on a lead’ situation,” Whitmore says. “This stuff can kill a dog in half an hour.”",
        "The council has put up warning signs at Tōtara Flat, the Rapids and the Weir, three of the most popular swimming holes in the district, and has taken all three off its “Swim Safe” map.",
        "Hemi Tawhai, chair of the Waiharuru Iwi Trust, says the river has been sick for years.",
        "“Our kaumātua have been saying this since the 1990s. Nobody listened because the water still looked clear,” Tawhai says. “Well, now it doesn’t.”",
        "He says the trust wants the council to cap dairy conversions in the upper catchment and to fund fencing and planting along the tributaries.",
        "Rural Producers’ Federation provincial president Sarah Mackle says farmers are being unfairly blamed. “Farmers have fenced hundreds of kilometres of waterways. We’re part of the fix, not the problem,” she says.",
        "Waiharuru MP Tom Reardon says he has asked Environment Minister Keri Lawson for an urgent briefing. “People in this town grew up in that river. Telling them they can’t swim in it is a big deal,” Reardon says.",
        "Reardon says he met Tawhai at the marae on Sunday. “Hemi’s been right about this river for a long time, and I’ll say that in Parliament,” he says.",
        "A spokesperson for Lawson says the minister is “aware of the situation and awaiting advice from officials”.",
        "At the Tōtara Flat campground, Priya Fenton was packing up her family’s tent on Tuesday morning, a week earlier than planned.",
        "“The kids are gutted. We come here every January,” she says. “We’ll go to the beach, I suppose.”",
        "The council says it will keep testing weekly and will reopen sites only after two clear results in a row.",
    ),
    [
        "Grace Te Awa",
        "Tui Media",
        "Te Rāwhiti Regional Council",
        "Anaru Whitmore",
        "Hemi Tawhai",
        "Waiharuru Iwi Trust",
        "Rural Producers’ Federation",
        "Sarah Mackle",
        "Tom Reardon",
        "Keri Lawson",
        "Parliament",
        "Priya Fenton",
    ],
    [
        Q("This is not a ‘maybe keep your dog on a lead’ situation", "Anaru Whitmore", "Whitmore"),
        Q("This stuff can kill a dog in half an hour", "Anaru Whitmore", "Whitmore"),
        Q(
            "Our kaumātua have been saying this since the 1990s. Nobody listened because the water still looked clear",
            "Hemi Tawhai",
            "Tawhai",
        ),
        Q("Well, now it doesn’t", "Hemi Tawhai", "Tawhai"),
        Q(
            "Farmers have fenced hundreds of kilometres of waterways. We’re part of the fix, not the problem",
            "Sarah Mackle",
            "she",
        ),
        Q(
            "People in this town grew up in that river. Telling them they can’t swim in it is a big deal",
            "Tom Reardon",
            "Reardon",
        ),
        Q(
            "Hemi’s been right about this river for a long time, and I’ll say that in Parliament",
            "Tom Reardon",
            "he",
        ),
        Q(
            "aware of the situation and awaiting advice from officials",
            "a spokesperson for Lawson",
            "A spokesperson for Lawson",
            kind="partial",
            stype="unnamed",
        ),
        Q("The kids are gutted. We come here every January", "Priya Fenton", "she"),
        Q("We’ll go to the beach, I suppose", "Priya Fenton", "she"),
    ],
)

article(
    "canada-australia",
    4,
    P(
        "'Nobody told us': Senator demands answers over $2.1b inland rail blowout",
        "The Southern Courier",
        "By Rohan Pillai in Canberra",
        "Crossbench senator Ellie Marchetti has accused the head of the Inland Freight Rail Authority of keeping Parliament in the dark over a $2.1 billion cost blowout, in a tense Senate estimates hearing.",
        "The authority's chief executive, Graham Voss, confirmed to the committee that the cost of the 1,100-kilometre freight line had risen to $9.7 billion, up from $7.6 billion in last year's budget papers.",
        "The authority was set up in 2018 to build and run the line, which will link the inland grain belt with the port at Eden Bay. Its board is appointed by the minister, and estimates hearings, held twice a year, are one of the few chances senators get to question its executives in public.",
        '"Nobody told us. Not this committee, not the Senate, not the public," Senator Marchetti says. "We found out from a leaked spreadsheet."',
        "Mr Voss says the authority informed the Infrastructure Minister's office in February, when early estimates of the increase were first prepared.",
        '"The board was advised, the minister\'s office was advised, and we followed every reporting obligation we have," he says.',
        'Senator Marchetti then puts it to him directly: "So the minister knew in February and said nothing until August?"',
        '"I can\'t speak for the minister," Mr Voss replies.',
        "Later in the hearing she asks: \"When your own annual report calls this project 'on track', what exactly does 'on track' mean?\"",
        'Infrastructure Minister Mark Tolland says in a statement that he was given "preliminary figures that were still being tested" and acted once they were confirmed.',
        'Opposition infrastructure spokesman Senator Hugh Rennick says the blowout is "a scandal of the government\'s own making".',
        'The line, which the government has marketed as the "Freight Backbone", is meant to take thousands of trucks a week off regional highways. But landholders along the route say they have been left in limbo.',
        "Narelle Dwyer, who farms sheep and wheat near Coonah Springs, says surveyors have visited her property four times in five years. \"Every time it's a different route. You can't plan a fence, let alone a future,\" Ms Dwyer says.",
        "The authority will appear before the committee again in November, when senators have asked for a full breakdown of the new costs.",
    ),
    [
        "The Southern Courier",
        "Rohan Pillai",
        "Ellie Marchetti",
        "Inland Freight Rail Authority",
        "Parliament",
        "Senate",
        "Graham Voss",
        "Mark Tolland",
        "Hugh Rennick",
        "Narelle Dwyer",
    ],
    [
        Q("Nobody told us", "Ellie Marchetti", "Senator", occ=0),
        Q("Nobody told us. Not this committee, not the Senate, not the public", "Ellie Marchetti", "Senator Marchetti"),
        Q("We found out from a leaked spreadsheet", "Ellie Marchetti", "Senator Marchetti"),
        Q(
            "The board was advised, the minister's office was advised, and we followed every reporting obligation we have",
            "Graham Voss",
            "he",
        ),
        Q("So the minister knew in February and said nothing until August", "Ellie Marchetti", "Senator Marchetti"),
        Q("I can't speak for the minister", "Graham Voss", "Mr Voss"),
        Q(
            "When your own annual report calls this project 'on track', what exactly does 'on track' mean",
            "Ellie Marchetti",
            "she",
        ),
        Q(
            "preliminary figures that were still being tested",
            "Mark Tolland",
            "Infrastructure Minister Mark Tolland",
            kind="partial",
        ),
        Q(
            "a scandal of the government's own making",
            "Hugh Rennick",
            "Opposition infrastructure spokesman Senator Hugh Rennick",
            kind="partial",
        ),
        Q("Every time it's a different route. You can't plan a fence, let alone a future", "Narelle Dwyer", "Ms Dwyer"),
    ],
)

article(
    "canada-australia",
    5,
    P(
        "A decade of boiling water: Kettle Rapids First Nation waits on a finished plant",
        "By Jenna Morriseau, the Dominion Press",
        "KETTLE RAPIDS FIRST NATION, Ont. — A $28-million water treatment plant stands finished on the edge of this fly-in community in northern Ontario. It has never treated a drop.",
        "Chief Roland Mekanak says the plant was supposed to start operating in March, ten years after the First Nation was first told to boil its water.",
        "“They cut the ribbon in 2023. There were cameras, there were speeches,” Mekanak says. “Then everybody flew home, and we’re still boiling water.”",
        "He says the plant can’t run because the community has no certified operator. The two band members who trained for the job both left last year for better-paid work in Red Pine, a mining town five hours south by winter road.",
        "“We train our young people and then we lose them,” he says. “That’s not their fault. The pay is set in Ottawa, not here.",
        "“If you want clean water in the North, you have to pay the people who make it clean.”",
        "Band councillor Gerald Okimaw says he met federal officials in Red Pine in June alongside the chief. “They told us what they always tell us: next year,” Okimaw says.",
        "Mekanak nods when asked about that meeting. “Next year has been coming for a decade,” he says.",
        "The department responsible, Northern Community Services Canada, says in a statement that it is “working with the community to recruit and retain qualified operators” and expects the plant to be running “by the end of the year.”",
        "The MP for Windigo Lakes, Danielle Fortier, says the delay is indefensible. “Ten years. A child born under this advisory is now in Grade 4,” Fortier says.",
        "Elder Agnes Mekanak, the chief’s aunt, remembers drinking straight from the lake as a girl.",
        "“Now I tell my great-grandchildren not to even brush their teeth with it,” she says.",
        "Until the plant opens, the band office trucks in bottled water every two weeks at a cost of about $40,000 a month, a program residents have nicknamed “the water run.”",
        "This report by the Dominion Press was first published Nov. 3, 2025.",
    ),
    [
        "Jenna Morriseau",
        "Dominion Press",
        "Kettle Rapids First Nation",
        "Roland Mekanak",
        "Gerald Okimaw",
        "Northern Community Services Canada",
        "Danielle Fortier",
        "Agnes Mekanak",
    ],
    [
        Q("They cut the ribbon in 2023. There were cameras, there were speeches", "Roland Mekanak", "Mekanak"),
        Q("Then everybody flew home, and we’re still boiling water", "Roland Mekanak", "Mekanak"),
        Q("We train our young people and then we lose them", "Roland Mekanak", "he"),
        Q("That’s not their fault. The pay is set in Ottawa, not here", "Roland Mekanak", "he"),
        Q(
            "If you want clean water in the North, you have to pay the people who make it clean",
            "Roland Mekanak",
            "@prev",
        ),
        Q("They told us what they always tell us: next year", "Gerald Okimaw", "Okimaw"),
        Q("Next year has been coming for a decade", "Roland Mekanak", "he"),
        Q(
            "working with the community to recruit and retain qualified operators",
            "Northern Community Services Canada",
            "Northern Community Services Canada",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "by the end of the year",
            "Northern Community Services Canada",
            "Northern Community Services Canada",
            kind="partial",
            stype="organisation",
        ),
        Q("Ten years. A child born under this advisory is now in Grade 4", "Danielle Fortier", "Fortier"),
        Q("Now I tell my great-grandchildren not to even brush their teeth with it", "Agnes Mekanak", "she"),
    ],
)

article(
    "canada-australia",
    6,
    P(
        "Mice chew through crops and wiring as growers brace for plague season",
        "Austral Public Broadcasting Rural",
        "By Tess McAllister",
        "Grain growers in central-western New South Wales say mouse numbers are climbing so quickly that some have started baiting weeks before sowing.",
        "Boorara farmer Kate Lindsay says she found mice nesting in the cab of her header last week.",
        "“You open the door and there’s a smell that hits you — urine and rot,” Ms Lindsay says. “We pulled three nests out from behind the seat.”",
        "She says the family has already spent $18,000 on bait this year, and her neighbour, Marg Keogh, lost an entire silo of barley to mice in 2021. “Marg still won’t talk about it,” she says.",
        "Dr Peter Halvey, who leads the National Rodent Research Unit, says monitoring sites across the region are recording the highest autumn densities since the 2021 plague, remembered locally as “the year of the mouse”.",
        "“Once you get past a few hundred mice per hectare, it becomes very hard to get on top of it,” Dr Halvey says. “Baiting early, and baiting evenly across a whole district, is what makes the difference.”",
        "The unit’s data shows numbers at some sites have tripled since February. Dr Halvey says a big harvest left plenty of spilt grain in paddocks, and a wet autumn has given mice ideal conditions to keep breeding well past the usual season.",
        "Agriculture Minister Sandra Pike says the state will double its rebate on zinc phosphide bait. The minister says she wants farmers to “get ahead of this, not chase it”.",
        "In a statement, Ms Pike says: “We learned hard lessons in 2021. We will not be caught flat-footed again.”",
        "Western Grain Growers Association president Colin Brandt welcomes the subsidy but says it comes late. “It’s good news. It would have been better news in February,” Mr Brandt says.",
        "It is not only crops at risk. “People think it’s only about the paddock, but mice get into houses, into sheds, into electrical systems,” says Boorara electrician Dean Farrow, who has rewired four tractors since March.",
        "“One bloke’s ute caught fire in his shed,” Mr Farrow says. “That’s a $60,000 mouse.”",
        "Ms Lindsay says she is sowing anyway.",
        "“What choice have we got? If you don’t plant, you don’t get paid,” she says.",
    ),
    [
        "Austral Public Broadcasting",
        "Tess McAllister",
        "Kate Lindsay",
        "Marg Keogh",
        "Peter Halvey",
        "National Rodent Research Unit",
        "Sandra Pike",
        "Western Grain Growers Association",
        "Colin Brandt",
        "Dean Farrow",
    ],
    [
        Q("You open the door and there’s a smell that hits you — urine and rot", "Kate Lindsay", "Ms Lindsay"),
        Q("We pulled three nests out from behind the seat", "Kate Lindsay", "Ms Lindsay"),
        Q("Marg still won’t talk about it", "Kate Lindsay", "she"),
        Q(
            "Once you get past a few hundred mice per hectare, it becomes very hard to get on top of it",
            "Peter Halvey",
            "Dr Halvey",
        ),
        Q(
            "Baiting early, and baiting evenly across a whole district, is what makes the difference",
            "Peter Halvey",
            "Dr Halvey",
        ),
        Q("get ahead of this, not chase it", "Sandra Pike", "The minister", kind="partial"),
        Q("We learned hard lessons in 2021. We will not be caught flat-footed again", "Sandra Pike", "Ms Pike"),
        Q("It’s good news. It would have been better news in February", "Colin Brandt", "Mr Brandt"),
        Q(
            "People think it’s only about the paddock, but mice get into houses, into sheds, into electrical systems",
            "Dean Farrow",
            "Boorara electrician Dean Farrow",
        ),
        Q("One bloke’s ute caught fire in his shed", "Dean Farrow", "Mr Farrow"),
        Q("That’s a $60,000 mouse", "Dean Farrow", "Mr Farrow"),
        Q("What choice have we got? If you don’t plant, you don’t get paid", "Kate Lindsay", "she"),
    ],
)

# ---------------------------------------------------------------------------
# SCIENCE NEWS
# ---------------------------------------------------------------------------

article(
    "science-news",
    1,
    P(
        "Ancient dog genomes hint at a second domestication in central Asia",
        "DNA from 11,000-year-old burials points to a separate origin for some dogs — but not everyone is convinced.",
        "By Helen Ashworth-Kirby",
        "Genomes sequenced from dogs buried at a cave site in the foothills of central Asia suggest that the animals were domesticated more than once — or that dogs in the region mixed with local wolves far more than researchers had assumed.",
        "The study, published on 4 March in Genome Chronicle, analysed DNA from 11 dogs interred at Tash-Koro cave between about 11,200 and 9,800 years ago. One of the best-preserved skeletons, an adult male buried with a string of shell beads, was nicknamed ‘Bramble’ by the excavators.",
        "‘We expected these dogs to slot neatly into the known western Eurasian lineage,’ says co-lead author Mirela Stanescu, a palaeogeneticist at the University of Vellmar in Germany. ‘They didn’t. They sit on their own branch.’",
        "Her fellow lead author, zooarchaeologist Tomas Reinholt of the Nordvik Institute for Human Origins in Norway, spent three field seasons excavating the burials. He says that several of the dogs were laid to rest with ochre and shell ornaments. ‘Somebody loved these animals,’ he says. ‘You don’t bury a tool like that.’",
        "Stanescu says the team was initially suspicious of its own results. ‘My first thought was contamination, so we resequenced everything in a second lab,’ she says.",
        "In the paper, the team writes that the findings are ‘consistent with at least two independent domestication events, or with substantial later gene flow from wolves in central Asia’.",
        "Reinholt is more cautious than the paper. ‘Two domestications is the exciting headline. Gene flow is the boring explanation, and boring explanations are usually right,’ he says.",
        "In a press release from the University of Vellmar, Reinholt is quoted as saying that the work shows ‘how much of the story of dogs is still buried’.",
        "Lorna Kitching, an evolutionary geneticist at Carrow University in Scotland who was not involved in the study, says the burials cannot bear that much weight. ‘Eleven individuals is a small sample with which to rewrite the history of dogs,’ she says.",
        "She would like to see genomes from wolves that lived in the region at the same time. ‘Without the wolves, you can’t tell a second domestication from a lot of wolf–dog romance,’ Kitching says.",
        "Stanescu agrees that ancient wolf genomes are the missing piece, and says the team has already begun sequencing them. ‘We have twenty wolf samples from the same valleys in the freezer,’ she says. ‘Ask me again next year.’",
        "doi: 10.0000/gc.2025.0412",
    ),
    [
        "Helen Ashworth-Kirby",
        "Genome Chronicle",
        "Mirela Stanescu",
        "University of Vellmar",
        "Tomas Reinholt",
        "Nordvik Institute for Human Origins",
        "Lorna Kitching",
        "Carrow University",
    ],
    [
        Q(
            "We expected these dogs to slot neatly into the known western Eurasian lineage",
            "Mirela Stanescu",
            "co-lead author Mirela Stanescu",
        ),
        Q("They didn’t. They sit on their own branch", "Mirela Stanescu", "co-lead author Mirela Stanescu"),
        Q("Somebody loved these animals", "Tomas Reinholt", "he"),
        Q("You don’t bury a tool like that", "Tomas Reinholt", "he"),
        Q("My first thought was contamination, so we resequenced everything in a second lab", "Mirela Stanescu", "she"),
        Q(
            "consistent with at least two independent domestication events, or with substantial later gene flow from wolves in central Asia",
            "the team",
            "the team",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Two domestications is the exciting headline. Gene flow is the boring explanation, and boring explanations are usually right",
            "Tomas Reinholt",
            "he",
        ),
        Q("how much of the story of dogs is still buried", "Tomas Reinholt", "Reinholt", kind="partial"),
        Q("Eleven individuals is a small sample with which to rewrite the history of dogs", "Lorna Kitching", "she"),
        Q(
            "Without the wolves, you can’t tell a second domestication from a lot of wolf–dog romance",
            "Lorna Kitching",
            "Kitching",
        ),
        Q("We have twenty wolf samples from the same valleys in the freezer", "Mirela Stanescu", "she"),
        Q("Ask me again next year", "Mirela Stanescu", "she"),
    ],
)

article(
    "science-news",
    2,
    P(
        "Heat-tolerant corals may owe their resilience to a bacterial partner",
        "Microbe halved bleaching in lab tests, but reef scientists want to see it survive the open ocean",
        "By Samir Haddadin",
        "Some reef-building corals come through marine heat waves that bleach their neighbors white. A study published this week in Marine Frontiers suggests part of the reason lies not in the corals themselves but in a bacterium living in their tissues.",
        "Marine biologist Keala Nakamura-Rhodes and her colleagues at the Pacific Reef Institute spent three years sampling corals before and after bleaching events on reefs around the island of Motu Keha.",
        "“We kept finding the same bacterium in the survivors and almost never in the corals that bleached,” Nakamura-Rhodes says. “At first we thought it was a coincidence.”",
        "It wasn’t, according to the new paper. The researchers dosed lab-reared coral fragments with the microbe and then raised the water temperature. Describing the result, the team writes: “Inoculation reduced bleaching severity by roughly half under simulated heat-wave conditions.”",
        "Co-author Felipe Arriaga, a microbiologist at the institute, says the bacterium appears to mop up reactive oxygen molecules that build up in overheated coral cells. “It’s essentially a tiny antioxidant factory sitting inside the animal,” he says.",
        "Nakamura-Rhodes and Arriaga disagree about how quickly the finding could help real reefs. She thinks managers could be trialing the approach within five years; he is less sure. “Five years is optimistic,” he says. “Ten is realistic.”",
        "“Felipe is always the pessimist,” she says, laughing.",
        "In a press release issued by the institute, Nakamura-Rhodes said the bacterium “could one day give reef managers a practical new tool.”",
        "Hannah Greaves, a coral ecologist at the Southern Cross Marine Laboratory who was not involved in the study, calls the results “genuinely exciting” but warns that tanks are a forgiving test.",
        "“Lab tanks are kind to corals. The ocean is not,” Greaves says. “I’d want to see this survive a real heat wave, on a real reef, with real storms and real fish eating things.”",
        "The Reef Restoration Authority, which part-funded the work, says the findings are “promising” but that releasing bacteria onto reefs would require an extensive risk assessment. Small field trials are planned for next year under what the institute is calling its “Probiotic Reef” project.",
    ),
    [
        "Samir Haddadin",
        "Marine Frontiers",
        "Keala Nakamura-Rhodes",
        "Pacific Reef Institute",
        "Felipe Arriaga",
        "Hannah Greaves",
        "Southern Cross Marine Laboratory",
        "Reef Restoration Authority",
    ],
    [
        Q(
            "We kept finding the same bacterium in the survivors and almost never in the corals that bleached",
            "Keala Nakamura-Rhodes",
            "Nakamura-Rhodes",
        ),
        Q("At first we thought it was a coincidence", "Keala Nakamura-Rhodes", "Nakamura-Rhodes"),
        Q(
            "Inoculation reduced bleaching severity by roughly half under simulated heat-wave conditions",
            "the team",
            "the team",
            stype="unnamed",
        ),
        Q("It’s essentially a tiny antioxidant factory sitting inside the animal", "Felipe Arriaga", "he"),
        Q("Five years is optimistic", "Felipe Arriaga", "he"),
        Q("Ten is realistic", "Felipe Arriaga", "he"),
        Q("Felipe is always the pessimist", "Keala Nakamura-Rhodes", "she"),
        Q(
            "could one day give reef managers a practical new tool",
            "Keala Nakamura-Rhodes",
            "Nakamura-Rhodes",
            kind="partial",
        ),
        Q("genuinely exciting", "Hannah Greaves", "Hannah Greaves", kind="partial"),
        Q("Lab tanks are kind to corals. The ocean is not", "Hannah Greaves", "Greaves"),
        Q(
            "I’d want to see this survive a real heat wave, on a real reef, with real storms and real fish eating things",
            "Hannah Greaves",
            "Greaves",
        ),
        Q(
            "promising",
            "Reef Restoration Authority",
            "The Reef Restoration Authority",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "science-news",
    3,
    P(
        "Start-up's 'forever battery' preprint meets a wall of skepticism",
        "By Nadia Ferreira-Holt",
        "A preprint posted last week by a small battery start-up claims that its lithium-metal test cells lost almost no capacity over 20,000 charging cycles, a result that would far surpass the best cells on the market. Battery researchers are not yet convinced.",
        'The preprint, from Voltaris Labs, a 30-person company in Harwick, states that the cells showed "no measurable degradation" over the test period and calls the result "a step change for grid storage and electric aviation."',
        "Lithium-metal anodes can store far more energy than the graphite used in today's lithium-ion batteries, but they tend to grow needle-like dendrites that short-circuit cells after a few hundred cycles. Dozens of academic and industry groups are chasing electrolytes that suppress them.",
        'Voltaris chief scientist Ingrid Solvang, the preprint\'s corresponding author, stands by the data. "We understand that extraordinary claims require extraordinary evidence," she says. "That is why we are shipping cells to independent labs."',
        "She declined to describe the electrolyte's composition, citing pending patents.",
        '"The number that jumps out at me is the current density. They cycled these cells very, very gently," says Marcus Obi, an electrochemist at Eastlake Polytechnic who was not involved in the work. "Almost anything looks immortal if you treat it that gently."',
        "\"They call it 'no measurable degradation.' I'd call it 'not measured hard enough,'\" Obi adds.",
        'Voltaris Labs goes further in a press release issued alongside the preprint, predicting that cells could be "on the market within three years."',
        "Ruth Calloway, who leads battery testing at the National Energy Storage Laboratory, says her group is one of those that have been offered cells. \"We'll test them exactly the way we test everybody's,\" she says. \"If they're as good as claimed, we'll say so. If not, we'll say that too.\"",
        'Solvang, asked about the criticism, says the gentle cycling reflects how grid batteries are actually used. "Grid batteries don\'t sprint. They jog," she says. She also welcomes Calloway\'s involvement. "Ruth\'s lab is exactly who we want testing this," Solvang says.',
        'The company, which raised 14 million euros last year from investors including Brightwater Capital, says independent results should be available by the autumn. Its website already advertises the cells under the brand name "EverCell."',
    ),
    [
        "Nadia Ferreira-Holt",
        "Voltaris Labs",
        "Ingrid Solvang",
        "Marcus Obi",
        "Eastlake Polytechnic",
        "Ruth Calloway",
        "National Energy Storage Laboratory",
        "Brightwater Capital",
    ],
    [
        Q(
            "no measurable degradation",
            "Voltaris Labs",
            "The preprint",
            kind="partial",
            stype="organisation",
            occ=0,
        ),
        Q(
            "a step change for grid storage and electric aviation",
            "Voltaris Labs",
            "The preprint",
            kind="partial",
            stype="organisation",
        ),
        Q("We understand that extraordinary claims require extraordinary evidence", "Ingrid Solvang", "she"),
        Q("That is why we are shipping cells to independent labs", "Ingrid Solvang", "she"),
        Q(
            "The number that jumps out at me is the current density. They cycled these cells very, very gently",
            "Marcus Obi",
            "Marcus Obi",
        ),
        Q("Almost anything looks immortal if you treat it that gently", "Marcus Obi", "Marcus Obi"),
        Q("They call it 'no measurable degradation.' I'd call it 'not measured hard enough,'", "Marcus Obi", "Obi"),
        Q(
            "on the market within three years",
            "Voltaris Labs",
            "Voltaris Labs",
            kind="partial",
            stype="organisation",
        ),
        Q("We'll test them exactly the way we test everybody's", "Ruth Calloway", "she"),
        Q("If they're as good as claimed, we'll say so. If not, we'll say that too", "Ruth Calloway", "she"),
        Q("Grid batteries don't sprint. They jog", "Ingrid Solvang", "she"),
        Q("Ruth's lab is exactly who we want testing this", "Ingrid Solvang", "Solvang"),
    ],
)

article(
    "science-news",
    4,
    P(
        "Grant cap leaves Valmora’s early-career scientists scrambling",
        "By Lukas Brenner",
        "The Research Council of Valmora will shrink its standard grants and limit every principal investigator to a single active award from January, a change the council says will spread money more fairly but which many young researchers fear will hit them hardest.",
        "Under the rules announced on 2 October, researchers who already hold several grants may keep them until they expire. Nobody may apply for a second.",
        "In a statement, the council says the cap will “spread funding across more laboratories and more regions.” Council president Edda Marklund says the change is overdue. “We had labs holding seven or eight grants while excellent young researchers got nothing,” she says.",
        "Joon-ho Baek, a structural biologist at Valmora Technical University who started his lab in 2022, sees it differently. “The cap doesn’t hurt the giants. They’ll merge projects and carry on,” Baek says. “It hurts people like me, who need a second grant to keep a postdoc.”",
        "For Baek, the arithmetic is simple: “One grant, no postdoc, no technician. That’s my lab now.”",
        "A program officer at the council who asked not to be named says staff were given two weeks’ notice of the change. “Nobody here saw the final text until it was announced,” the officer says.",
        "An open letter organised by the Young Academy of Valmora and signed by more than 1,200 researchers calls the cap “a blunt instrument applied without consultation.”",
        "Maja Lindholm, who studies research funding at the Institute for Research Policy Studies in Grenholm and was not involved in designing the policy, says similar caps elsewhere have had mixed results. “Caps redistribute money, but they don’t create it,” she says.",
        "Lindholm thinks Marklund has a point about concentration. “A handful of labs really were hoovering up the money,” she says. “The question is whether this cap fixes that or just punishes people who were never in that group.”",
        "Marklund says she has read the letter. “I understand the anger. I would ask people to look at who actually gets funded in two years’ time,” she says.",
        "The council’s flagship “Excellence Plus” scheme, which funds large consortia, is exempt from the cap.",
    ),
    [
        "Lukas Brenner",
        "Research Council of Valmora",
        "Edda Marklund",
        "Joon-ho Baek",
        "Valmora Technical University",
        "Young Academy of Valmora",
        "Maja Lindholm",
        "Institute for Research Policy Studies",
    ],
    [
        Q(
            "spread funding across more laboratories and more regions",
            "Research Council of Valmora",
            "the council",
            kind="partial",
            stype="organisation",
            anchor="the council says the cap",
        ),
        Q(
            "We had labs holding seven or eight grants while excellent young researchers got nothing",
            "Edda Marklund",
            "she",
        ),
        Q("The cap doesn’t hurt the giants. They’ll merge projects and carry on", "Joon-ho Baek", "Baek"),
        Q("It hurts people like me, who need a second grant to keep a postdoc", "Joon-ho Baek", "Baek"),
        Q("One grant, no postdoc, no technician. That’s my lab now", "Joon-ho Baek", "Baek"),
        Q(
            "Nobody here saw the final text until it was announced",
            "a program officer at the council who asked not to be named",
            "the officer",
            stype="unnamed",
        ),
        Q(
            "a blunt instrument applied without consultation",
            "Young Academy of Valmora",
            "An open letter",
            kind="partial",
            stype="organisation",
        ),
        Q("Caps redistribute money, but they don’t create it", "Maja Lindholm", "she"),
        Q("A handful of labs really were hoovering up the money", "Maja Lindholm", "she"),
        Q(
            "The question is whether this cap fixes that or just punishes people who were never in that group",
            "Maja Lindholm",
            "she",
        ),
        Q(
            "I understand the anger. I would ask people to look at who actually gets funded in two years’ time",
            "Edda Marklund",
            "she",
        ),
    ],
)

article(
    "science-news",
    5,
    P(
        "Telescope spots possible water-ice clouds on a temperate super-Earth",
        "By Chidi Anyanwu-Blake",
        "Astronomers say they have found signs of water-ice clouds in the atmosphere of a rocky planet orbiting a cool red dwarf 48 light years from Earth — but other researchers caution that the signal is faint and could have a more mundane explanation.",
        "The result, described in a preprint posted on 12 May and submitted to Astronomical Reports, is based on 14 transits of the planet, catalogued as LHS-3071 c, observed with the Horizon Space Telescope. The team has informally nicknamed the planet “Haar”, a Scots word for sea fog.",
        "“It’s the first time we’ve seen anything like a cloud deck on a planet this small and this temperate,” says lead author Sunniva Haugland, an astronomer at the University of Tromsvik.",
        "In the preprint, the authors claim that the data favour a cloudy atmosphere over a cloud-free one “at a significance of 3.8 sigma”.",
        "Co-author Ana Carvalho of the Southern Observatory Consortium, who led the data reduction, says the team ran the analysis through three independent pipelines. “Every pipeline gave us the same bump at the same wavelength,” she says.",
        "Haugland and Carvalho shared an office as graduate students, and Haugland says the collaboration grew out of late-night arguments. “Ana is the one who says no,” she says. “If Ana says yes, I believe it.”",
        "In a press release from the University of Tromsvik, Haugland called the finding “a glimpse of weather on another world.”",
        "“At 3.8 sigma, I’d call it intriguing rather than a detection,” says Rafael Quist, an exoplanet researcher at Osterby Observatory who was not involved in the work. “Stellar activity on red dwarfs can mimic exactly this kind of feature.”",
        "Quist points out that the star flared at least twice during the observing campaign. “If I were refereeing this, my first question would be about those flares,” he says. “People love the word ‘water’. It makes everything sound like life.”",
        "Carvalho says the transits affected by flares were excluded. “We threw those out. The signal survives without them,” she says.",
        "The team has requested further observing time to look for the same feature at longer wavelengths, which would help rule out stellar contamination.",
    ),
    [
        "Chidi Anyanwu-Blake",
        "Astronomical Reports",
        "Sunniva Haugland",
        "University of Tromsvik",
        "Ana Carvalho",
        "Southern Observatory Consortium",
        "Rafael Quist",
        "Osterby Observatory",
    ],
    [
        Q(
            "It’s the first time we’ve seen anything like a cloud deck on a planet this small and this temperate",
            "Sunniva Haugland",
            "lead author Sunniva Haugland",
        ),
        Q("at a significance of 3.8 sigma", "the authors", "the authors", kind="partial", stype="unnamed"),
        Q("Every pipeline gave us the same bump at the same wavelength", "Ana Carvalho", "she"),
        Q("Ana is the one who says no", "Sunniva Haugland", "she"),
        Q("If Ana says yes, I believe it", "Sunniva Haugland", "she"),
        Q("a glimpse of weather on another world", "Sunniva Haugland", "Haugland", kind="partial"),
        Q("At 3.8 sigma, I’d call it intriguing rather than a detection", "Rafael Quist", "Rafael Quist"),
        Q("Stellar activity on red dwarfs can mimic exactly this kind of feature", "Rafael Quist", "Rafael Quist"),
        Q("If I were refereeing this, my first question would be about those flares", "Rafael Quist", "he"),
        Q("People love the word ‘water’. It makes everything sound like life", "Rafael Quist", "he"),
        Q("We threw those out. The signal survives without them", "Ana Carvalho", "she"),
    ],
)

article(
    "science-news",
    6,
    P(
        "Bird flu spread from seal to seal on Costa Alta’s beaches, genomes suggest",
        "By Tamsin Reyes-Adair",
        "An avian influenza virus that killed thousands of elephant seals along the coast of Costa Alta in 2023 spread directly between the animals, according to a genomic analysis published on Thursday in Veterinary Epidemiology Letters.",
        "The virus, an H5N1 strain, first reached the country’s southern beaches in wild seabirds. But in the paper, the authors write that the pattern of mutations they found is “difficult to explain without sustained mammal-to-mammal transmission.”",
        "“That’s the part that worries us,” says senior author Gustavo Ibarra, a veterinary virologist at the National University of Costa Alta. “Birds infecting mammals is bad. Mammals infecting mammals is a different level of problem.”",
        "First author Valeria Montes spent four months collecting samples on the beaches during the outbreak, which local media dubbed “the silent summer.” She describes walking through colonies where “every fifty metres there was another dead pup.”",
        "“You don’t forget the smell. Or the silence. A seal colony is supposed to be loud,” she says.",
        "Ibarra says the team found the same three mutations in seals sampled hundreds of kilometres apart, and that it was Montes who spotted them. “Valeria saw it at two in the morning and sent me a message with six exclamation marks,” he says.",
        "Montes laughs at that. “It was five,” she says.",
        "“This is a careful piece of work, and the conclusion is hard to avoid,” says Wen Li-Hartmann, an influenza researcher at the Brandt Institute for Infection Research in Germany who was not involved in the study.",
        "She cautions that spread among seals does not mean the virus is adapting to humans. “Seals aren’t people. But every mammal the virus masters is practice,” Li-Hartmann says.",
        "“What I’d want to know next is whether sea lions and fur seals in the same waters carry it,” she says. “If they do, we’re looking at an outbreak that has found a home.",
        "“That would change how we monitor the whole coastline.”",
        "The Costa Alta Wildlife Service says it has closed three beaches to visitors and is testing sea lions at two colonies. No human infections linked to the seal outbreak have been reported.",
    ),
    [
        "Tamsin Reyes-Adair",
        "Veterinary Epidemiology Letters",
        "Gustavo Ibarra",
        "National University of Costa Alta",
        "Valeria Montes",
        "Wen Li-Hartmann",
        "Brandt Institute for Infection Research",
        "Costa Alta Wildlife Service",
    ],
    [
        Q(
            "difficult to explain without sustained mammal-to-mammal transmission",
            "the authors",
            "the authors",
            kind="partial",
            stype="unnamed",
        ),
        Q("That’s the part that worries us", "Gustavo Ibarra", "senior author Gustavo Ibarra"),
        Q(
            "Birds infecting mammals is bad. Mammals infecting mammals is a different level of problem",
            "Gustavo Ibarra",
            "senior author Gustavo Ibarra",
        ),
        Q("every fifty metres there was another dead pup", "Valeria Montes", "She", kind="partial"),
        Q("You don’t forget the smell. Or the silence. A seal colony is supposed to be loud", "Valeria Montes", "she"),
        Q(
            "Valeria saw it at two in the morning and sent me a message with six exclamation marks",
            "Gustavo Ibarra",
            "he",
        ),
        Q("It was five", "Valeria Montes", "she"),
        Q("This is a careful piece of work, and the conclusion is hard to avoid", "Wen Li-Hartmann", "Wen Li-Hartmann"),
        Q("Seals aren’t people. But every mammal the virus masters is practice", "Wen Li-Hartmann", "Li-Hartmann"),
        Q(
            "What I’d want to know next is whether sea lions and fur seals in the same waters carry it",
            "Wen Li-Hartmann",
            "she",
        ),
        Q("If they do, we’re looking at an outbreak that has found a home", "Wen Li-Hartmann", "she"),
        Q("That would change how we monitor the whole coastline", "Wen Li-Hartmann", "@prev"),
    ],
)

# ---------------------------------------------------------------------------
# DEFENCE / DIPLOMACY
# ---------------------------------------------------------------------------

article(
    "defence-diplomacy",
    1,
    P(
        "Corvanian and Veshtari warships in tense standoff near disputed Kessa Reef",
        "By Elena Markovic | Defence Monitor Weekly",
        "Warships from Corvania and Veshtar shadowed each other for more than six hours near the disputed Kessa Reef on Thursday, officials from both countries said, in the most serious naval encounter in the strait since 2019.",
        "The Corvanian Ministry of Defence said one of its frigates, the CNS Aurelian, had been “harassed in an unsafe and unprofessional manner” by a Veshtari destroyer that came within 150 metres of its bow during a routine patrol, part of what Corvania calls “Operation Tidewatch.”",
        "Ministry spokesman Col. Petar Dragan told reporters in the capital, Lestra, that the frigate had “followed every rule of the road” and would continue its patrol.",
        "“We will not be escorted out of international waters by anyone,” Dragan said. “The reef is not Veshtari territory, and sailing near it is not a provocation.”",
        "The Veshtari Navy gave a very different account. In a statement carried by state television, it said its destroyer had “escorted a foreign vessel that ignored repeated radio warnings” and accused Corvania of “deliberately staging an incident for the cameras.”",
        "Rear Adm. Tomas Varga, commander of the Veshtari Southern Fleet, told state television that his sailors had shown “remarkable restraint.” “Had we wanted a confrontation, there would have been one,” Varga said.",
        "A senior Corvanian defence official who spoke on condition of anonymity said the destroyer had locked its fire-control radar on the frigate for several minutes, a claim the Veshtari Navy did not address. “That is the line. Radar lock is the line,” the official said.",
        "The Kessa Strait Monitoring Group, an independent research group, said satellite images taken on Thursday afternoon showed the two ships less than 300 metres apart at one point.",
        "“Both navies are testing each other’s patience, and both governments have domestic audiences to play to,” said Ines Borg, a maritime security analyst at the group. “The danger is that somebody on a bridge makes a decision in ten seconds that nobody in either capital wanted.”",
        "Corvania summoned Veshtar’s ambassador on Thursday evening. The Corvanian Foreign Ministry called the encounter “a reckless act that could have cost lives” and said it would raise the matter at the regional security forum in May.",
    ),
    [
        "Elena Markovic",
        "Defence Monitor Weekly",
        "Corvanian Ministry of Defence",
        "Petar Dragan",
        "Veshtari Navy",
        "Tomas Varga",
        "Veshtari Southern Fleet",
        "Kessa Strait Monitoring Group",
        "Ines Borg",
        "Corvanian Foreign Ministry",
    ],
    [
        Q(
            "harassed in an unsafe and unprofessional manner",
            "Corvanian Ministry of Defence",
            "The Corvanian Ministry of Defence",
            kind="partial",
            stype="organisation",
        ),
        Q("followed every rule of the road", "Petar Dragan", "Ministry spokesman Col. Petar Dragan", kind="partial"),
        Q("We will not be escorted out of international waters by anyone", "Petar Dragan", "Dragan"),
        Q("The reef is not Veshtari territory, and sailing near it is not a provocation", "Petar Dragan", "Dragan"),
        Q(
            "escorted a foreign vessel that ignored repeated radio warnings",
            "Veshtari Navy",
            "it",
            kind="partial",
            stype="organisation",
            anchor="it said its destroyer",
        ),
        Q(
            "deliberately staging an incident for the cameras",
            "Veshtari Navy",
            "it",
            kind="partial",
            stype="organisation",
            anchor="it said its destroyer",
        ),
        Q("remarkable restraint", "Tomas Varga", "Rear Adm. Tomas Varga", kind="partial"),
        Q("Had we wanted a confrontation, there would have been one", "Tomas Varga", "Varga"),
        Q(
            "That is the line. Radar lock is the line",
            "a senior Corvanian defence official who spoke on condition of anonymity",
            "the official",
            stype="unnamed",
        ),
        Q(
            "Both navies are testing each other’s patience, and both governments have domestic audiences to play to",
            "Ines Borg",
            "Ines Borg",
        ),
        Q(
            "The danger is that somebody on a bridge makes a decision in ten seconds that nobody in either capital wanted",
            "Ines Borg",
            "Ines Borg",
        ),
        Q(
            "a reckless act that could have cost lives",
            "Corvanian Foreign Ministry",
            "The Corvanian Foreign Ministry",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "defence-diplomacy",
    2,
    P(
        "Jazran and Hadra extend border truce by 60 days after talks in Tesland",
        "By Youssef Karam and Lena Ostrowski",
        "Jazran and Hadra agreed on Sunday to extend a fragile ceasefire along their shared border by 60 days, after two days of talks hosted by Tesland, the two governments said in a joint statement.",
        "In the statement, the two governments committed to “refrain from any military movement within 20 kilometres of the line of contact” and to set up a joint monitoring committee with observers from Tesland.",
        "The statement said both sides would release detained fishermen “as a gesture of goodwill” before the end of the month.",
        "Tesland’s president, Aurelia Vance, spoke by telephone with the leaders of both countries after the talks ended, Aldmoor House said in a readout. Vance “welcomed the courage shown by both delegations” and “stressed that a truce is a beginning, not an end,” the readout said.",
        "“We came to Tesland to stop the shooting, and the shooting has stopped. Sixty days is enough time to find out whether Hadra is serious,” Jazrani Foreign Minister Samir al-Khatib told reporters at the airport before flying home.",
        "Al-Khatib and Hadra’s chief negotiator, Maj. Gen. Idris Mwale, did not shake hands in front of the cameras, but al-Khatib said the two men had shared a meal on Saturday night. “We talked about our children, not about maps,” he said.",
        "Mwale said his delegation had made “painful concessions” on the placement of artillery. “Our soldiers will pull back. Theirs must too,” he said.",
        "A diplomat briefed on the negotiations said the breakthrough came late on Saturday, when the Teslandic delegation proposed a demilitarised strip along the so-called “Green Line.” “There was a moment around midnight when everybody had their coats on,” the diplomat said.",
        "Analysts were cautious. “Extensions are how ceasefires die slowly,” said Mariam Okafor, a researcher at the Centre for Border Studies. “The monitoring committee is the only new thing here, and it matters only if the observers can actually go where they need to go.”",
        "Fighting along the border killed at least 340 people last year, most of them civilians, and displaced tens of thousands more on both sides, according to the Centre for Border Studies.",
    ),
    [
        "Youssef Karam",
        "Lena Ostrowski",
        "Aurelia Vance",
        "Aldmoor House",
        "Samir al-Khatib",
        "Idris Mwale",
        "Mariam Okafor",
        "Centre for Border Studies",
    ],
    [
        Q(
            "refrain from any military movement within 20 kilometres of the line of contact",
            "the two governments",
            "the two governments",
            kind="partial",
            stype="unnamed",
        ),
        Q("as a gesture of goodwill", "the two governments", "The statement", kind="partial", stype="unnamed"),
        Q(
            "welcomed the courage shown by both delegations",
            "Aldmoor House",
            "the readout",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "stressed that a truce is a beginning, not an end",
            "Aldmoor House",
            "the readout",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We came to Tesland to stop the shooting, and the shooting has stopped. Sixty days is enough time to find out whether Hadra is serious",
            "Samir al-Khatib",
            "Jazrani Foreign Minister Samir al-Khatib",
        ),
        Q("We talked about our children, not about maps", "Samir al-Khatib", "he"),
        Q("painful concessions", "Idris Mwale", "Mwale", kind="partial"),
        Q("Our soldiers will pull back. Theirs must too", "Idris Mwale", "he"),
        Q(
            "There was a moment around midnight when everybody had their coats on",
            "a diplomat briefed on the negotiations",
            "the diplomat",
            stype="unnamed",
        ),
        Q("Extensions are how ceasefires die slowly", "Mariam Okafor", "Mariam Okafor"),
        Q(
            "The monitoring committee is the only new thing here, and it matters only if the observers can actually go where they need to go",
            "Mariam Okafor",
            "Mariam Okafor",
        ),
    ],
)

article(
    "defence-diplomacy",
    3,
    P(
        "Jazrani defence minister says air-defence deal 'not aimed at anyone'",
        "By Omar Saleem",
        'AL-MINA, Jazran - Jazran\'s defence minister said on Monday that a new agreement to buy air-defence systems from Tesland was "not aimed at anyone," days after neighbouring Hadra warned that the deal could unsettle a fragile border truce.',
        'Speaking in Arabic at a news conference in the capital, Defence Minister Faisal bin Rashid al-Amri said the systems would be deployed "only to protect our cities and our oil installations."',
        '"Jazran has never attacked a neighbour and will never attack a neighbour," al-Amri said, according to a translation provided by his ministry. "Every country has the right to close its own sky."',
        'The state-run Jazran News Agency later quoted the minister as saying the first batteries would arrive "before the end of the year."',
        "Al-Amri, a former air force commander who became defence minister in 2021, said the systems would be operated by Jazrani crews trained in Tesland over the summer. He did not say how many batteries the country was buying.",
        'In Hadra, government spokeswoman Nadia Farouk-Bakr said in Arabic, according to a translation by the monitoring service Crescent Media Watch, that the purchase was "a message, whatever the minister calls it." "You do not buy missiles to send flowers," she said.',
        'The Teslandic Defence Export Agency said in a statement that the sale complied with "all national and international obligations" and had been approved by lawmakers in March.',
        'A senior Jazrani military officer who spoke on condition of anonymity told the Al-Mina Herald that the batteries would be based in the north of the country. "They will face Hadra. Everyone knows that," the officer said.',
        '"The Jazranis are buying insurance," said Tarek Mansour, a defence analyst at the Institute for Gulf Security. "The question is whether Hadra reads it as insurance or as a threat."',
        'The purchase, reported to be worth about $1.4 billion, includes radars and interceptor missiles of the type Tesland markets under the name "Skyward." Neither government has confirmed the price.',
        "Jazran and Hadra agreed last month to extend their ceasefire by 60 days after talks hosted by Tesland, which now finds itself selling weapons to one side of a conflict it is trying to mediate. Teslandic officials have said the two roles do not conflict.",
    ),
    [
        "Omar Saleem",
        "Faisal bin Rashid al-Amri",
        "Jazran News Agency",
        "Nadia Farouk-Bakr",
        "Crescent Media Watch",
        "Teslandic Defence Export Agency",
        "Al-Mina Herald",
        "Tarek Mansour",
        "Institute for Gulf Security",
    ],
    [
        Q("not aimed at anyone", "Faisal bin Rashid al-Amri", "Jazrani defence minister", kind="partial", occ=0),
        Q("not aimed at anyone", "Faisal bin Rashid al-Amri", "Jazran's defence minister", kind="partial", occ=1),
        Q(
            "only to protect our cities and our oil installations",
            "Faisal bin Rashid al-Amri",
            "Defence Minister Faisal bin Rashid al-Amri",
            kind="partial",
        ),
        Q(
            "Jazran has never attacked a neighbour and will never attack a neighbour",
            "Faisal bin Rashid al-Amri",
            "al-Amri",
        ),
        Q("Every country has the right to close its own sky", "Faisal bin Rashid al-Amri", "al-Amri"),
        Q("before the end of the year", "Faisal bin Rashid al-Amri", "the minister", kind="partial"),
        Q(
            "a message, whatever the minister calls it",
            "Nadia Farouk-Bakr",
            "government spokeswoman Nadia Farouk-Bakr",
            kind="partial",
        ),
        Q("You do not buy missiles to send flowers", "Nadia Farouk-Bakr", "she"),
        Q(
            "all national and international obligations",
            "Teslandic Defence Export Agency",
            "The Teslandic Defence Export Agency",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "They will face Hadra. Everyone knows that",
            "a senior Jazrani military officer who spoke on condition of anonymity",
            "the officer",
            stype="unnamed",
        ),
        Q("The Jazranis are buying insurance", "Tarek Mansour", "Tarek Mansour"),
        Q("The question is whether Hadra reads it as insurance or as a threat", "Tarek Mansour", "Tarek Mansour"),
    ],
)

article(
    "defence-diplomacy",
    4,
    P(
        "Marovia says it shot down Veshtari drone over border province; Veshtar denies",
        "By Katya Lindgren, Defence Correspondent, the Northern Tribune",
        "Marovian air defences shot down a military drone that crossed into the eastern province of Brenna early on Tuesday, the head of the armed forces said, accusing neighbouring Veshtar of testing the country’s defences.",
        "Lt. Gen. Oskar Brandvold, chief of the Marovian General Staff, told a news conference in Rostova that the drone had flown 30 kilometres into Marovian airspace before it was hit. “This was not a navigational error. A drone does not get lost for thirty kilometres,” Brandvold said.",
        "He said debris had been recovered near the village of Tarn and was being examined by military intelligence.",
        "“We have the engine, we have the camera, and we have serial numbers. We will show them to anyone who asks,” he said.",
        "The Veshtari Defence Ministry denied sending any aircraft into Marovian airspace. “No Veshtari drone has violated Marovian airspace today or on any other day,” ministry spokeswoman Col. Lidia Ferenc said in a video statement.",
        "She suggested the drone could have belonged to “smugglers or provocateurs” and called Marovia’s account “a fairy tale written for the evening news.”",
        "In Tarn, farmer Jonas Petrik said he was woken by two explosions shortly after 4 a.m. “I thought it was thunder, but there was no rain,” Petrik said. “Then my wife saw the smoke over the Hallin field.",
        "“By six there were soldiers everywhere. They told us to stay inside and not to film anything.”",
        "Col. Mira Haskel, who commands the air-defence brigade that fired the missile, said her crews had tracked the drone for eleven minutes before receiving the order to engage. “The crews did exactly what they are trained to do,” Haskel said.",
        "A senior Marovian official, who spoke on condition of anonymity to discuss intelligence matters, said the wreckage matched a model Veshtar had displayed at a military parade in May. “It’s the same airframe. Same paint, same markings, minus the flags,” the official said.",
        "The Northern Shield Alliance, of which Marovia is a member, said it was “in close contact with Marovian authorities” and urged “restraint from all sides.”",
    ),
    [
        "Katya Lindgren",
        "Northern Tribune",
        "Oskar Brandvold",
        "Marovian General Staff",
        "Veshtari Defence Ministry",
        "Lidia Ferenc",
        "Jonas Petrik",
        "Mira Haskel",
        "Northern Shield Alliance",
    ],
    [
        Q(
            "This was not a navigational error. A drone does not get lost for thirty kilometres",
            "Oskar Brandvold",
            "Brandvold",
        ),
        Q(
            "We have the engine, we have the camera, and we have serial numbers. We will show them to anyone who asks",
            "Oskar Brandvold",
            "he",
        ),
        Q(
            "No Veshtari drone has violated Marovian airspace today or on any other day",
            "Lidia Ferenc",
            "ministry spokeswoman Col. Lidia Ferenc",
        ),
        Q("smugglers or provocateurs", "Lidia Ferenc", "She", kind="partial"),
        Q("a fairy tale written for the evening news", "Lidia Ferenc", "She", kind="partial"),
        Q("I thought it was thunder, but there was no rain", "Jonas Petrik", "Petrik"),
        Q("Then my wife saw the smoke over the Hallin field", "Jonas Petrik", "Petrik"),
        Q(
            "By six there were soldiers everywhere. They told us to stay inside and not to film anything",
            "Jonas Petrik",
            "@prev",
        ),
        Q("The crews did exactly what they are trained to do", "Mira Haskel", "Haskel"),
        Q(
            "It’s the same airframe. Same paint, same markings, minus the flags",
            "a senior Marovian official",
            "the official",
            stype="unnamed",
        ),
        Q(
            "in close contact with Marovian authorities",
            "Northern Shield Alliance",
            "The Northern Shield Alliance",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "restraint from all sides",
            "Northern Shield Alliance",
            "The Northern Shield Alliance",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "defence-diplomacy",
    5,
    P(
        "Allies split over 3% spending floor as Shield defence ministers meet in Kelvar",
        "By Rupert Hale-Gossett, Defence Editor",
        "Defence ministers from the 14-member Northern Shield Alliance failed to agree on a new spending target on Thursday, with Tesland’s defence minister, Petra Lund, warning that a proposed floor of 3 per cent of GDP would “break budgets that are already broken.”",
        "The alliance’s secretary general, Anders Kvale, said ministers had made “real progress” and would return to the question before the leaders’ summit in June.",
        "“Nobody in this room disputes the threat. What we are discussing is the bill,” Mr Kvale told reporters after the meeting. “The bill is large.”",
        "Ms Lund, whose government faces an election in the spring, said: “When people hear ‘3 per cent’, they hear hospitals closing. I have to be honest with them about that.”",
        "Rear Adm. Hugo Ferrante, who chairs the alliance’s military committee, told ministers that stocks of air-defence interceptors were “dangerously thin”, according to two officials who were present.",
        "A senior alliance official who spoke on condition of anonymity predicted that the target would be agreed “with a long runway” at the summit. “Everyone will sign. Not everyone will pay on time,” the official said.",
        "The host nation was more bullish. The Albrook Ministry of Defence said in a statement that Albrook would reach 3 per cent “by 2028 at the latest” and urged other members to follow.",
        "The meeting was overshadowed by Tuesday’s drone incident on Marovia’s eastern border. Veshtar’s state news agency, the Veshtari News Agency, quoted Foreign Minister Dmitar Kosa as saying the alliance was “arming itself against an enemy of its own invention”.",
        "Several ministers also complained about the pace of deliveries through the alliance’s joint procurement office, which has struggled to place orders quickly enough to refill stocks sent east over the past two years. Officials said a reform plan would be ready for the summit.",
        "Ms Lund said she would take the proposal back to her cabinet.",
        "“I will argue for it,” she said. “I cannot promise I will win.”",
        "The alliance’s long-term plan, branded “Shield 2030”, already commits members to joint purchases of ammunition and air-defence systems, and several eastern members have said they will meet the new floor regardless of what the summit decides.",
    ),
    [
        "Rupert Hale-Gossett",
        "Northern Shield Alliance",
        "Petra Lund",
        "Anders Kvale",
        "Hugo Ferrante",
        "Albrook Ministry of Defence",
        "Veshtari News Agency",
        "Dmitar Kosa",
    ],
    [
        Q("break budgets that are already broken", "Petra Lund", "Petra Lund", kind="partial"),
        Q("real progress", "Anders Kvale", "Anders Kvale", kind="partial"),
        Q("Nobody in this room disputes the threat. What we are discussing is the bill", "Anders Kvale", "Mr Kvale"),
        Q("The bill is large", "Anders Kvale", "Mr Kvale"),
        Q(
            "When people hear ‘3 per cent’, they hear hospitals closing. I have to be honest with them about that",
            "Petra Lund",
            "Ms Lund",
        ),
        Q("dangerously thin", "Hugo Ferrante", "Rear Adm. Hugo Ferrante", kind="partial"),
        Q(
            "with a long runway",
            "a senior alliance official who spoke on condition of anonymity",
            "A senior alliance official",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Everyone will sign. Not everyone will pay on time",
            "a senior alliance official who spoke on condition of anonymity",
            "the official",
            stype="unnamed",
        ),
        Q(
            "by 2028 at the latest",
            "Albrook Ministry of Defence",
            "The Albrook Ministry of Defence",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "arming itself against an enemy of its own invention",
            "Dmitar Kosa",
            "Foreign Minister Dmitar Kosa",
            kind="partial",
        ),
        Q("I will argue for it", "Petra Lund", "she"),
        Q("I cannot promise I will win", "Petra Lund", "she"),
    ],
)

article(
    "defence-diplomacy",
    6,
    P(
        "Marovia expels four Veshtari diplomats over alleged spy ring at naval base",
        "By Piotr Nowell in Rostova",
        "Marovia ordered four Veshtari diplomats to leave the country within 72 hours on Friday, accusing them of running a network that tried to recruit staff at the country’s main naval base at Valby.",
        "Foreign Minister Elin Sørvik announced the expulsions at a news conference in Rostova. “These individuals were engaged in activities incompatible with their diplomatic status,” Sørvik said, speaking in Marovian, according to a translation provided by her ministry. “Marovia will not be a playground for anyone’s intelligence services.”",
        "The Marovian Foreign Ministry said in a statement that the four had “attempted to obtain classified information about naval movements” and had been under surveillance since March.",
        "The Veshtari Embassy in Rostova called the accusations “absurd” and promised a “proportionate response.”",
        "Sørvik later spoke by telephone with her Veshtari counterpart, Dmitar Kosa. According to a Marovian readout of the call, Sørvik told Kosa that the expulsions were “a response to specific actions, not a change in policy.” The Veshtari Foreign Ministry said in its own readout that Kosa had “firmly rejected the fabricated accusations.”",
        "A senior Marovian security official who spoke on condition of anonymity said the network had approached at least three civilian employees at Valby. “They offered money first. When money didn’t work, they tried something else,” the official said, declining to elaborate.",
        "“Expulsions are the diplomatic equivalent of a loud cough,” said Daria Wnuk, who studies intelligence services at the Rostova Institute of International Affairs. “They tell the other side you noticed. They rarely stop anything.”",
        "Veshtar expelled three Marovian diplomats after a similar row in 2022, and the two countries have not exchanged ambassadors since; both embassies are run by chargés d’affaires. Officials in Rostova expect Veshtar to respond in kind within days.",
        "Asked whether Marovia would also close its consulate in the Veshtari port city of Drenov, Sørvik shook her head.",
        "“We are not closing anything,” she said. “We want to keep talking. Talking is cheaper than the alternative.”",
        "The expulsions follow Tuesday’s shooting-down of a drone over Brenna province, which Marovia blames on Veshtar. The two governments have not held formal talks since the collapse of the so-called “Lake Ilm process” in 2022.",
    ),
    [
        "Piotr Nowell",
        "Elin Sørvik",
        "Marovian Foreign Ministry",
        "Veshtari Embassy",
        "Dmitar Kosa",
        "Veshtari Foreign Ministry",
        "Daria Wnuk",
        "Rostova Institute of International Affairs",
    ],
    [
        Q(
            "These individuals were engaged in activities incompatible with their diplomatic status",
            "Elin Sørvik",
            "Sørvik",
        ),
        Q("Marovia will not be a playground for anyone’s intelligence services", "Elin Sørvik", "Sørvik"),
        Q(
            "attempted to obtain classified information about naval movements",
            "Marovian Foreign Ministry",
            "The Marovian Foreign Ministry",
            kind="partial",
            stype="organisation",
        ),
        Q("absurd", "Veshtari Embassy", "The Veshtari Embassy", kind="partial", stype="organisation"),
        Q("proportionate response", "Veshtari Embassy", "The Veshtari Embassy", kind="partial", stype="organisation"),
        Q(
            "a response to specific actions, not a change in policy",
            "Elin Sørvik",
            "Sørvik",
            kind="partial",
            anchor="Sørvik told Kosa",
        ),
        Q(
            "firmly rejected the fabricated accusations",
            "Veshtari Foreign Ministry",
            "The Veshtari Foreign Ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "They offered money first. When money didn’t work, they tried something else",
            "a senior Marovian security official who spoke on condition of anonymity",
            "the official",
            stype="unnamed",
        ),
        Q("Expulsions are the diplomatic equivalent of a loud cough", "Daria Wnuk", "Daria Wnuk"),
        Q("They tell the other side you noticed. They rarely stop anything", "Daria Wnuk", "Daria Wnuk"),
        Q("We are not closing anything", "Elin Sørvik", "she"),
        Q("We want to keep talking. Talking is cheaper than the alternative", "Elin Sørvik", "she"),
    ],
)

# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------


def main():
    run_part(ARTICLES, STYLES, OUT, "--review" in sys.argv)


if __name__ == "__main__":
    main()
