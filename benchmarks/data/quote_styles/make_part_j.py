#!/usr/bin/env python3
"""Source of truth for part_j.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
markets-business, parliament-sketch, gulf-english and labour-strike (6
articles each; n<=4 "dev", n 5-6 "held-out").  350-750 words and 6-12 gold
quotes per article.

All articles below are invented (people, outlets, news agencies, companies,
funds, regulators, unions, councils, ministries, constituencies, emirates,
towns and districts; real countries, a few large cities, Parliament, the
House of Commons / House of Lords, the Treasury and the social platforms
appear, as in parts A-I).  Each article is held as plain text; every gold
quote and every speaker mention is located by exact substring search and the
character offsets are computed here, then checked (text[start:end] == quote
text, quote-mark sanity, counts, word counts) before part_j.jsonl is written.

Run:  python3 make_part_j.py          (writes part_j.jsonl next to this file)
      python3 make_part_j.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in markets-business-2, markets-business-6,
parliament-sketch-4, gulf-english-2, gulf-english-5 and labour-strike-3,
single curly quotes in markets-business-5, parliament-sketch-1,
parliament-sketch-3, parliament-sketch-5, gulf-english-4 and labour-strike-2,
straight single quotes in labour-strike-6; nested quotes (single inside
double, double inside single, straight single inside straight double),
quotes continued over a paragraph break (markets-business-4,
parliament-sketch-4, gulf-english-3, labour-strike-4), Hansard-style speaker
labels (parliament-sketch-2, parliament-sketch-6), and colon, "said X", "X
said", mid-quote, "according to", "told <outlet>", pronoun-across-sentences
and next-sentence attributions.

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-I already documented (police/agency/company
"said in a statement" as organisation; "analysts at X wrote" as unnamed; a
document as grammatical speaker is its author's, span the document mention as
written; joint statements and communiques as unnamed under the phrase that
introduces the parties; glued roles and long glued titles stay in the span,
comma-bounded ones do not; appositive names ("The Tanaiste, X, has insisted")
are the span; unnamed phrases keep a restrictive clause but not a
comma-bounded one; first-name-only people are persons and entities;
nicknames, titles, brands, slogans, chants and programme names in quote marks
are never gold; headline attributions point at the headline mention as
written; "told <outlet/agency>" is a speech verb; bodies properly named
inside a title are entities).

Part J readings of the conventions, for cases the new styles bring:
* markets-business: a note by a firm's analysts is unnamed "analysts at X"
  (part C) also when a lead analyst is named in a comma-bounded phrase
  ("Analysts at Holtmann Weiss, led by Sabine Oduya, wrote" -> "analysts at
  Holtmann Weiss"; the named analyst is an entity, not the speaker).  An
  analyst's question on a call is the analyst's (part I).  Traders and fund
  managers quoted anonymously are unnamed as first introduced, restrictive
  modifiers kept, comma-bounded ones left out ("one London-based trader", "a
  trader at a Lisbon brokerage", "a Milan-based fund manager who holds the
  stock", "a bond trader at a rival firm" (comma-bounded "who asked not to be
  named ..." left out), "Another trader, at a European bank" -> "another
  trader"), span the mention at the attributing place ("the trader", "he",
  "she").  A joint statement of two companies is unnamed "the two companies"
  although both companies are entities (part F/H "the two sides").  A
  company's filing, prospectus or statement and a regulator's final notice
  as grammatical speaker are the company's / regulator's (organisation),
  span the document mention as written ("Its prospectus", "the statement",
  "The final notice"); a CEO's memo to staff is the CEO's.  A company or
  exchange operator introduced by apposition ("The engine maker, Valtorre
  Propulsion, said", "The exchange operator, Bolsa Lusitana, said") is the
  span by its name, like part A's "Henrik Aasland".  "the finance chief" for
  an executive named earlier is a role-only span (as "The chief executive"
  in parliament-sketch-5); a headline "CEO says discounting 'is behind us'"
  is gold (partial) with span "CEO".
* parliament-sketch: MPs referred to by constituency ("the Member for Upper
  Tolland", "the Member for Severn Reach") are role-only mentions of the
  named MP, span with its determiner; "the Member for Ashby Fold, Reginald
  Sowerby, accused" points at the appositive name.  Hansard-style extracts
  are transcripts: each turn is one gold quote, span the whole label before
  the colon as written, a bracketed constituency or a bracketed name after
  an office included ("Mr Hamish Dallow-Reid (Strathmorne and the Isles)",
  "The Secretary of State for Transport (Gideon Farrant-Yeo)", like part A's
  "JIM (CALLER)"); a "Mr Speaker" label is the Speaker named elsewhere in
  the article ("Lindsay Ogundipe-Hart").  "Hon. Members: Hear, hear!" /
  "Hon. Members: Oh!" lines, "cries of 'Shame!'" and "a chorus of 'Read it
  out!'" are collective noise of the House, never gold, like a crowd's chant;
  one identifiable member's heckle is gold -- "one backbencher ... shouted
  'Rubbish!'", whom the Speaker's reprimand then names as the Member for
  Fenwick Marsh, is that member's (span "one backbencher", part G's "one
  councillor").  The Speaker's rulings and calls to order are gold ("she
  ruled" is a speech verb).  A minister the text never names (the Deputy
  Prime Minister in parliament-sketch-3) is unnamed, speaker the office as
  first introduced with a lower-case article ("the Deputy Prime Minister"),
  span the mention as written ("the Deputy Prime Minister", "he"); a minister
  named once and then called by office ("said the Deputy Prime Minister",
  "the Health Secretary said") is a role-only mention of that person.  A
  mention by role that is only resolved later in the text ("the island's
  independent MP") is a role-only span of that person, possessive kept like
  part G's "his aunt".  Headlines "'We got it wrong': rail boss grilled ..."
  and "Speaker rebukes ministers ...: '...'" attribute their quote (part A's
  "Home Secretary defends"), span "rail boss" / "Speaker".  Sir/Dame are
  dropped from the speaker ("Sir Clement" -> "Clement Arbuthnot-Lowe"), peers
  keep their title ("Lord Ashcombe-Hayes", "Baroness Whitcliffe of Orme").  A
  select committee whose report is the grammatical speaker is the committee
  (organisation, span "A report").  House of Commons, House of Lords and
  the Treasury are entities (also inside a title, part H); "the House",
  "the Chamber", "the Opposition", "the Government", "his Department",
  "the official record" and, in Australian usage, "the Commonwealth" (the
  federal government, like part C's "the Centre") are generic or short forms.
  The sketch-writer's "I" attributes nothing.
* gulf-english: honorifics and ranks are dropped from the speaker and stay
  in a glued span: His Highness, Her Highness, Sheikh, Sheikha, H.E., Dr.,
  Eng., Brigadier ("H.E. Dr. Mariam bint Khalifa Al Suwaidi" -> "Mariam bint
  Khalifa Al Suwaidi"; "His"/"Her" belong to the title, as part E's "His
  Excellency"); bin, bint, Al and Al- are name parts, kept in the speaker.
  Short mentions as written are valid spans: "H.E. Al Suwaidi", "Dr.
  Al-Hammadi", "Brigadier Al Ketbi", and the first-name form after Sheikh
  ("His Highness Sheikh Hamad"); a bare honorific used for a person named
  earlier ("said Her Highness") is a role-only span.  A designation after a
  comma ("..., Minister of Health and Community Wellbeing, said") is not in
  the span.  The agency in the dateline ("(SNA)", "(WNA)", "(GPNA)",
  "(DCNA)") is an entity under the fullest name the text gives; "told WNA",
  "told Khor Tribune" are speech verbs.  A ministry, police force, council or
  authority that "said in a statement" is an organisation ("the Ministry",
  "The police", "The authority"); a ministerial circular as grammatical
  speaker is the ministry's (span "A ministerial circular").  "A source",
  "a source at the Ministry", "a source close to the developer", "an
  official at the ministry" (comma-bounded "who spoke on condition of
  anonymity" left out) are unnamed, span as written, later "the source".
  A joint statement of two governments is unnamed "the two sides".  A post
  on X by a named Sheikh is his quote; remarks made in Arabic are the
  speaker's.  Residents quoted by first name and age ("Ahmed, 46", "Jassim,
  81") are persons and entities.  Programme names in quote marks ("Sihhati")
  are never gold; palaces, towers and heritage sites are places/facilities.
* labour-strike: union officials with glued organisation and role ("URTW
  regional organiser Kenny Strachan-Obi", "GWC secretary-general Comrade Yaw
  Opoku-Darkwah" -- Comrade dropped from the speaker as in part E, "federal
  mediator Annika Solberg-Ward") keep it all in the span.  Picket-line
  workers by first name, with or without age ("Maureen, 58", "Dean", "Nick",
  "Pat", "Kwame"), are persons and entities.  Joint union statements are
  unnamed under the phrase that introduces the parties ("the three unions",
  "the two federations", and "the two sides" for a union and an employer
  together), although each union is an entity.  A union, company or trust
  that "said in a statement" is an organisation ("The company", "the
  trust"); an appositive union name is the span ("The union, Amalgamated
  Engineering and Allied Trades (AEAT), said").  A notice to employees is
  the company's (span "A notice"); a letter from a named minister is the
  minister's (span "A letter", part H's memo rule).  Chants, placards and
  slogans ("Fair pay, fair play", "Torvane, pay up!", "Levy must go!") are
  never gold, whoever chants them; a term in quote marks ("pick rate") is a
  scare quote.  A person who uses they/them pronouns is attributed through
  "they" ("they said" -> span "they"), a valid pronoun span for that
  person.  A government spokesman not authorised to speak on the record is
  unnamed ("a government spokesman").
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_j.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["markets-business", "parliament-sketch", "gulf-english", "labour-strike"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# MARKETS-BUSINESS
# ---------------------------------------------------------------------------

article(
    "markets-business",
    1,
    P(
        "Castlebrook shares jump 9% as CEO says discounting ‘is behind us’",
        "By Tamsin Achebe-Rowe and Gil Verhoeven",
        "LONDON, March 5 (Ledgerline News) — Shares in Castlebrook Retail Group jumped 9% on Thursday after the homewares chain reported a smaller-than-expected fall in annual profit and its chief executive told investors that two years of heavy discounting were over.",
        "“The discounting is behind us. We cleared the warehouses in the autumn, and we start this year with the cleanest stock position we have had since 2019,” Chief Executive Marguerite Osei-Lindahl said on a call with analysts.",
        "Pretax profit fell 14% to 212 million pounds in the year to January, against an average forecast of 188 million pounds in a company-compiled consensus. Revenue was flat at 3.4 billion pounds, and the gross margin widened by 1.8 percentage points.",
        "Chief Financial Officer Robin Valcourt said the company would cut capital spending by a fifth and close 18 of its 310 stores as their leases expire. “We are not closing stores to make a headline. We are closing the ones where the landlord will not meet us on rent,” she said.",
        "Asked about the dividend, the finance chief said it would be held at 11.2 pence, calling the payout “sacred” to the company’s long-standing shareholders.",
        "“How much of the margin improvement is simply lapping last year’s clearance, and how much is genuinely repeatable?” asked Hamish Dunleavy, an analyst at Thorne Hartley Securities. Osei-Lindahl replied that roughly half of it was “structural” and would hold.",
        "Analysts at Brennock & Co wrote in a note to clients that the results were “cleaner than feared”, but cautioned that demand for big-ticket items such as sofas and beds remained weak.",
        "One London-based trader said short sellers had been caught out by the update. “Everyone was positioned for a profit warning. When it didn’t come, they all had to buy back at once,” the trader said.",
        "Castlebrook also confirmed that it had held early talks with Pellworth Living about combining their online furniture businesses. In a joint statement, the two companies said the discussions were “at an exploratory stage” and that “there can be no certainty that any transaction will be agreed.”",
        "Pellworth’s chairman, Sir Anthony Greaves-Mbeki, declined to comment further. Osei-Lindahl told analysts that a deal was “one option among several”. “We don’t need it. If it makes sense for our shareholders we will do it, and if it doesn’t, we won’t,” she said.",
        "Castlebrook shares closed up 8.6% at 142 pence, their highest level since September.",
    ),
    [
        "Tamsin Achebe-Rowe",
        "Gil Verhoeven",
        "Ledgerline News",
        "Castlebrook Retail Group",
        "Marguerite Osei-Lindahl",
        "Robin Valcourt",
        "Hamish Dunleavy",
        "Thorne Hartley Securities",
        "Brennock & Co",
        "Pellworth Living",
        "Anthony Greaves-Mbeki",
    ],
    [
        Q("is behind us", "Marguerite Osei-Lindahl", "CEO", kind="partial", occ=0, how="before"),
        Q(
            "The discounting is behind us. We cleared the warehouses in the autumn, and we start this year with the cleanest stock position we have had since 2019",
            "Marguerite Osei-Lindahl",
            "Chief Executive Marguerite Osei-Lindahl",
            how="after",
        ),
        Q(
            "We are not closing stores to make a headline. We are closing the ones where the landlord will not meet us on rent",
            "Robin Valcourt",
            "she",
            how="after",
        ),
        Q("sacred", "Robin Valcourt", "the finance chief", kind="partial", how="before"),
        Q(
            "How much of the margin improvement is simply lapping last year’s clearance, and how much is genuinely repeatable",
            "Hamish Dunleavy",
            "Hamish Dunleavy",
            how="after",
        ),
        Q("structural", "Marguerite Osei-Lindahl", "Osei-Lindahl", kind="partial", anchor="Osei-Lindahl replied"),
        Q(
            "cleaner than feared",
            "analysts at Brennock & Co",
            "Analysts at Brennock & Co",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Everyone was positioned for a profit warning. When it didn’t come, they all had to buy back at once",
            "one London-based trader",
            "the trader",
            stype="unnamed",
            how="after",
        ),
        Q("at an exploratory stage", "the two companies", "the two companies", kind="partial", stype="unnamed"),
        Q(
            "there can be no certainty that any transaction will be agreed",
            "the two companies",
            "the two companies",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "one option among several",
            "Marguerite Osei-Lindahl",
            "Osei-Lindahl",
            kind="partial",
            anchor="Osei-Lindahl told analysts",
        ),
        Q(
            "We don’t need it. If it makes sense for our shareholders we will do it, and if it doesn’t, we won’t",
            "Marguerite Osei-Lindahl",
            "she",
            how="after",
        ),
    ],
)

article(
    "markets-business",
    2,
    P(
        "Regulator fines Halden Brook Markets 38 million pounds over bond desk orders",
        "By Oluwaseun Hartigan | The City Ledger",
        """LONDON -- The Financial Markets Standards Authority (FMSA) has fined Halden Brook Markets 38 million pounds after finding that traders on the broker's government bond desk repeatedly placed and cancelled large orders they never intended to execute, a practice known in the industry as "spoofing".""",
        '''The final notice, published on Tuesday, said the firm had "failed, over a period of at least 26 months, to act on conduct that its own surveillance system had flagged on 1,140 occasions."''',
        '''"Market integrity depends on firms taking their own alerts seriously. Halden Brook did not," said Caroline Ashworth-Diallo, the FMSA's executive director of enforcement. "Where firms look the other way, we will act, and the penalty will reflect how long they looked away."''',
        """The regulator said the penalty had been reduced by 30% because the firm agreed to settle at an early stage of the investigation. Without the discount, it would have been about 54 million pounds.""",
        """Halden Brook said in a statement that it "accepts the findings in full" and had dismissed four traders and replaced its head of surveillance. "We have invested more than 20 million pounds in new monitoring systems since these events came to light," the statement said.""",
        '''Chief Executive Declan Fairweather-Obi, who joined the firm in 2023, told staff in a memo seen by The City Ledger that the conduct "predates my time but not my responsibility."''',
        """A bond trader at a rival firm, who asked not to be named because he was not authorised to speak to the media, said the desk's behaviour had been "an open secret" for years. "Everyone knew that desk. You'd see the orders flash up on the screen and vanish. Nobody was surprised," he said.""",
        """Another trader, at a European bank, doubted that the fine would change behaviour across the market. "Thirty-eight million is a rounding error for these people," she said.""",
        """Nadia Brennan-Kaur, a former FMSA official who is now a partner at the law firm Castell Parry, said the size of the penalty mattered less than the regulator's new willingness to pursue individuals. "The next notice will have names in it. That is what compliance officers will be worrying about tonight," Brennan-Kaur said.""",
        """The FMSA said separate proceedings against two former Halden Brook traders were continuing. Halden Brook shares, which are listed in London, fell 2.3%.""",
    ),
    [
        "Oluwaseun Hartigan",
        "City Ledger",
        "Financial Markets Standards Authority",
        "Halden Brook Markets",
        "Caroline Ashworth-Diallo",
        "Declan Fairweather-Obi",
        "Nadia Brennan-Kaur",
        "Castell Parry",
    ],
    [
        Q(
            "failed, over a period of at least 26 months, to act on conduct that its own surveillance system had flagged on 1,140 occasions",
            "Financial Markets Standards Authority",
            "The final notice",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Market integrity depends on firms taking their own alerts seriously. Halden Brook did not",
            "Caroline Ashworth-Diallo",
            "Caroline Ashworth-Diallo",
            how="after",
        ),
        Q(
            "Where firms look the other way, we will act, and the penalty will reflect how long they looked away",
            "Caroline Ashworth-Diallo",
            "Caroline Ashworth-Diallo",
            how="before",
        ),
        Q(
            "accepts the findings in full",
            "Halden Brook Markets",
            "Halden Brook",
            kind="partial",
            stype="organisation",
            anchor="Halden Brook said in a statement",
        ),
        Q(
            "We have invested more than 20 million pounds in new monitoring systems since these events came to light",
            "Halden Brook Markets",
            "the statement",
            stype="organisation",
            how="after",
        ),
        Q(
            "predates my time but not my responsibility",
            "Declan Fairweather-Obi",
            "Chief Executive Declan Fairweather-Obi",
            kind="partial",
        ),
        Q(
            "an open secret",
            "a bond trader at a rival firm",
            "A bond trader at a rival firm",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Everyone knew that desk. You'd see the orders flash up on the screen and vanish. Nobody was surprised",
            "a bond trader at a rival firm",
            "he",
            stype="unnamed",
            how="after",
        ),
        Q(
            "Thirty-eight million is a rounding error for these people",
            "another trader",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "The next notice will have names in it. That is what compliance officers will be worrying about tonight",
            "Nadia Brennan-Kaur",
            "Brennan-Kaur",
            how="after",
        ),
    ],
)

article(
    "markets-business",
    3,
    P(
        "Aurelian Chemicals and Varnholt agree $7.2 billion merger of equals",
        "By Kenji Aldana-Moss | The Bourse Review",
        "FRANKFURT — Aurelian Chemicals and Varnholt AG agreed on Monday to combine in an all-share merger of equals that values the enlarged group at about $7.2 billion, creating Europe’s second-largest maker of specialty coatings.",
        "In a joint statement, the two companies said the deal would deliver “annual cost savings of at least $310 million by the end of the third year” and would be “accretive to earnings per share in the first full year.”",
        "The combined company will be run by Aurelian’s chief executive, Pieter Smallwood-Reyes, with Varnholt’s chief executive, Annelie Drexler, becoming chair. It will keep its headquarters and its main stock market listing in Frankfurt.",
        "“When Annelie called me in June and said, ‘We should stop fighting over the same customers and start building for them together,’ I thought she was joking,” Smallwood-Reyes said on a call with reporters. “By August I was the one calling her.”",
        "Drexler rejected suggestions that the deal amounted to a rescue of Varnholt, whose operating profit has fallen for three straight years. “Nobody is rescuing anybody. We are both profitable, and we are both too small on our own,” she said.",
        "The Lenz Family Foundation, which owns 11% of Varnholt, said it would vote in favour, calling the terms “fair to both sets of shareholders.” Tobias Krell, a fund manager at Kaltenbach Asset Management, which holds about 3% of Aurelian, said Smallwood-Reyes had pitched the deal to him in person last week. “The savings number looks conservative to me, and I have read a lot of these announcements,” he said.",
        "Analysts at Holtmann Weiss, led by Sabine Oduya, wrote that the cost target was “credible but back-end loaded”, noting that most of the savings depended on closing overlapping plants in the third year.",
        "The deal will need approval from competition authorities in Europe and the United States, and antitrust lawyers expect a lengthy review. “Coatings for shipping containers is a concentrated market, and these two are number one and number three in it,” according to Marisol Achterberg, a competition partner at the law firm Duvall Serrano. “I would expect remedies.”",
        "“This is the deal the sector has been waiting a decade for.” That was the verdict of Lionel Fairbrother, who ran Aurelian from 2009 to 2018 and still owns a small stake in the company.",
        "Aurelian shares rose 6.1% in Frankfurt, while Varnholt gained 8.4%. Neither company would say how many jobs the merger would cost.",
    ),
    [
        "Kenji Aldana-Moss",
        "Bourse Review",
        "Aurelian Chemicals",
        "Varnholt AG",
        "Pieter Smallwood-Reyes",
        "Annelie Drexler",
        "Lenz Family Foundation",
        "Tobias Krell",
        "Kaltenbach Asset Management",
        "Holtmann Weiss",
        "Sabine Oduya",
        "Marisol Achterberg",
        "Duvall Serrano",
        "Lionel Fairbrother",
    ],
    [
        Q(
            "annual cost savings of at least $310 million by the end of the third year",
            "the two companies",
            "the two companies",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "accretive to earnings per share in the first full year",
            "the two companies",
            "the two companies",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "When Annelie called me in June and said, ‘We should stop fighting over the same customers and start building for them together,’ I thought she was joking",
            "Pieter Smallwood-Reyes",
            "Smallwood-Reyes",
            anchor="Smallwood-Reyes said on a call",
        ),
        Q(
            "By August I was the one calling her",
            "Pieter Smallwood-Reyes",
            "Smallwood-Reyes",
            anchor="Smallwood-Reyes said on a call",
        ),
        Q(
            "Nobody is rescuing anybody. We are both profitable, and we are both too small on our own",
            "Annelie Drexler",
            "she",
            how="after",
        ),
        Q(
            "fair to both sets of shareholders",
            "Lenz Family Foundation",
            "The Lenz Family Foundation",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The savings number looks conservative to me, and I have read a lot of these announcements",
            "Tobias Krell",
            "he",
            how="after",
        ),
        Q(
            "credible but back-end loaded",
            "analysts at Holtmann Weiss",
            "Analysts at Holtmann Weiss",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Coatings for shipping containers is a concentrated market, and these two are number one and number three in it",
            "Marisol Achterberg",
            "Marisol Achterberg",
            how="after",
        ),
        Q("I would expect remedies", "Marisol Achterberg", "Marisol Achterberg", how="before"),
        Q(
            "This is the deal the sector has been waiting a decade for",
            "Lionel Fairbrother",
            "Lionel Fairbrother",
            how="after",
        ),
    ],
)

article(
    "markets-business",
    4,
    P(
        "Tessaro Air cuts profit outlook as engine checks ground 14 jets",
        "By Ines Marchetti-Ward",
        "MILAN, July 24 (Capital Wire) — Tessaro Air cut its full-year profit forecast on Thursday, saying mandatory inspections of the engines on part of its narrow-body fleet would keep 14 aircraft on the ground through the busiest weeks of the summer.",
        "The carrier now expects operating profit of 410 million to 450 million euros, down from a previous range of 520 million to 560 million euros. Its shares fell 7.3% in Milan, their steepest one-day drop since the pandemic.",
        "“I want to be straightforward with you: this is not the summer we planned,” Chief Executive Stefano Iwu-Barsanti told analysts on a conference call. “Demand is there. The planes are full. We simply do not have enough of them in the air.",
        "“We have wet-leased six aircraft with crews for July and August, which costs us money, but leaving passengers at the gate would cost us far more.”",
        "The engine maker, Valtorre Propulsion, said in a statement that it was “working around the clock” to expand its inspection capacity and expected turnaround times to fall “materially” by October.",
        "Chief Financial Officer Kai Lindemann-Sesay said Tessaro would seek compensation from Valtorre. “We have a contract, and the contract has clauses about exactly this situation,” Lindemann-Sesay said. She declined to say how much the airline would claim, but said the amount would be “significant.”",
        "Rufus Okonjo-Hale, an analyst at Castlemaine Partners, asked whether the new forecast assumed any further groundings. “Is there any scenario where this number gets worse before it gets better?” he asked. Iwu-Barsanti said the forecast assumed no further aircraft would be affected, but conceded that Valtorre had not yet given the airline a final inspection schedule.",
        "“The market was braced for a cut, just not one this big,” a Milan-based fund manager who holds the stock told Capital Wire. “The real question now is whether they can get their debt down before the winter.”",
        "Passeggeri Uniti, a consumer group, said passengers whose flights had been cancelled at short notice were entitled to compensation under European rules. “Airlines cannot pass their supplier problems on to families,” the group said.",
        "Tessaro carried 41 million passengers last year and flies to 96 destinations, mostly in Europe and North Africa.",
    ),
    [
        "Ines Marchetti-Ward",
        "Capital Wire",
        "Tessaro Air",
        "Stefano Iwu-Barsanti",
        "Valtorre Propulsion",
        "Kai Lindemann-Sesay",
        "Rufus Okonjo-Hale",
        "Castlemaine Partners",
        "Passeggeri Uniti",
    ],
    [
        Q(
            "I want to be straightforward with you: this is not the summer we planned",
            "Stefano Iwu-Barsanti",
            "Chief Executive Stefano Iwu-Barsanti",
            how="after",
        ),
        Q(
            "Demand is there. The planes are full. We simply do not have enough of them in the air",
            "Stefano Iwu-Barsanti",
            "Chief Executive Stefano Iwu-Barsanti",
            how="before",
        ),
        Q(
            "We have wet-leased six aircraft with crews for July and August, which costs us money, but leaving passengers at the gate would cost us far more",
            "Stefano Iwu-Barsanti",
            "@prev",
        ),
        Q(
            "working around the clock",
            "Valtorre Propulsion",
            "Valtorre Propulsion",
            kind="partial",
            stype="organisation",
        ),
        Q("materially", "Valtorre Propulsion", "Valtorre Propulsion", kind="partial", stype="organisation"),
        Q(
            "We have a contract, and the contract has clauses about exactly this situation",
            "Kai Lindemann-Sesay",
            "Lindemann-Sesay",
            how="after",
        ),
        Q("significant", "Kai Lindemann-Sesay", "She", kind="partial", how="before"),
        Q(
            "Is there any scenario where this number gets worse before it gets better",
            "Rufus Okonjo-Hale",
            "he",
            how="after",
        ),
        Q(
            "The market was braced for a cut, just not one this big",
            "a Milan-based fund manager who holds the stock",
            "a Milan-based fund manager",
            stype="unnamed",
            how="after",
        ),
        Q(
            "The real question now is whether they can get their debt down before the winter",
            "a Milan-based fund manager who holds the stock",
            "a Milan-based fund manager",
            stype="unnamed",
            how="before",
        ),
        Q(
            "Airlines cannot pass their supplier problems on to families",
            "Passeggeri Uniti",
            "the group",
            stype="organisation",
            how="after",
        ),
    ],
)

article(
    "markets-business",
    5,
    P(
        "Halloran chair survives pay revolt as 41% of investors vote against",
        "Priya Castellane-Ahmed, Business Correspondent",
        "Two in five of Halloran Group’s shareholders voted against the engineering company’s pay report at its annual meeting in Birmingham on Wednesday, one of the largest protests of this year’s season against boardroom pay.",
        "The report, which included a £6.8m package for chief executive Simon Trethewey, was approved with 59 per cent of the votes cast. A resolution to re-elect the chair, Dame Frances Olawale, passed with 71 per cent.",
        "Dame Frances told shareholders in the hall that the board had ‘heard the message loud and clear’. ‘We will consult our largest investors over the summer, and we will come back with a policy that commands much wider support,’ she said.",
        "Ridgeway Governance, the proxy adviser, had urged investors to vote against, describing the package as ‘out of step with the company’s performance and with the pay of its wider workforce’.",
        "Speaking to the Birmingham Evening Ledger after the meeting, Mr Trethewey said he understood the anger. ‘I don’t set my own pay. But I’m not going to pretend I don’t understand why someone on the shop floor looks at that number and winces,’ he said.",
        "Gareth Mbatha-Lowe, a fund manager at Castle Ridge Investors, said he had voted against after raising the issue with Mr Trethewey in March. ‘He was perfectly courteous about it, but nothing changed. So we voted,’ he said.",
        "Unifab, the union that represents about 3,000 of Halloran’s UK staff, said the vote ‘should shame the board into finally paying a living wage at every site’.",
        "The Investor Stewardship Forum, which speaks for pension funds with £1.2tn of assets, said in its annual review, published on Tuesday, that pay votes of more than 20 per cent against ‘should be treated as a serious signal, not a bad day at the office’.",
        "A shareholder who asked a question from the floor, and who said he had owned shares in the company for 40 years, drew applause when he asked: ‘How many of the people who built this company’s engines could retire on what Mr Trethewey earns in a single year?’",
        "Dame Frances thanked him for the question. ‘It is a fair question, and I don’t have a short answer to it,’ she said.",
        "Halloran shares closed 1.2 per cent lower at 418p. The company is due to report half-year results in September.",
    ),
    [
        "Priya Castellane-Ahmed",
        "Halloran Group",
        "Simon Trethewey",
        "Frances Olawale",
        "Ridgeway Governance",
        "Birmingham Evening Ledger",
        "Gareth Mbatha-Lowe",
        "Castle Ridge Investors",
        "Unifab",
        "Investor Stewardship Forum",
    ],
    [
        Q("heard the message loud and clear", "Frances Olawale", "Dame Frances", kind="partial", how="before"),
        Q(
            "We will consult our largest investors over the summer, and we will come back with a policy that commands much wider support",
            "Frances Olawale",
            "she",
            how="after",
        ),
        Q(
            "out of step with the company’s performance and with the pay of its wider workforce",
            "Ridgeway Governance",
            "Ridgeway Governance",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I don’t set my own pay. But I’m not going to pretend I don’t understand why someone on the shop floor looks at that number and winces",
            "Simon Trethewey",
            "he",
            how="after",
        ),
        Q(
            "He was perfectly courteous about it, but nothing changed. So we voted",
            "Gareth Mbatha-Lowe",
            "he",
            how="after",
        ),
        Q(
            "should shame the board into finally paying a living wage at every site",
            "Unifab",
            "Unifab",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "should be treated as a serious signal, not a bad day at the office",
            "Investor Stewardship Forum",
            "The Investor Stewardship Forum",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "How many of the people who built this company’s engines could retire on what Mr Trethewey earns in a single year",
            "a shareholder who asked a question from the floor",
            "he",
            stype="unnamed",
            anchor="when he asked",
        ),
        Q(
            "It is a fair question, and I don’t have a short answer to it",
            "Frances Olawale",
            "she",
            how="after",
        ),
    ],
)

article(
    "markets-business",
    6,
    P(
        "Solmarés Renováveis jumps 38% in Lisbon debut",
        "By Beatriz Cunha-Okafor",
        """LISBON, June 11 (Tagus Financial News) - Shares in Solmarés Renováveis jumped 38% on their first day of trading on Wednesday, giving the solar and battery developer a market value of about 4.1 billion euros in Portugal's largest stock market listing this year.""",
        """The shares opened at 11.20 euros, against an offer price of 8.50 euros, and closed at 11.73 euros. About 1,900 retail investors bought into the offer through Portuguese banks, according to the company.""",
        '''"Today is not the finish line. It is the day we get the fuel to run much further," Chief Executive Duarte Nkosi-Ferreira said after ringing the opening bell. "Every euro we raised is going into the ground, into panels and batteries, not into anyone's pocket."''',
        """The company raised 620 million euros, all of it from new shares. Its prospectus, published last month, warned that delays in connecting projects to the grid were "the single largest risk to the group's development timeline" and that the company might need to raise further capital in 2027.""",
        """A trader at a Lisbon brokerage said demand had been "frankly ridiculous" from the first minute. "We had orders for ten times the stock before the open. Half of them came from people who had never bought a share in their lives," the trader said.""",
        """"At these levels the market is pricing in every project in the pipeline being built on time and on budget. In this industry that never happens," said Joana Westerberg, head of equity research at Atlântida Mercados.""",
        """The exchange operator, Bolsa Lusitana, said in a statement that the listing was "a vote of confidence in Portuguese capital markets" and that it expected at least three more companies to list before the end of the year.""",
        """Among the small investors was Rui, a 31-year-old nurse from Vila Serrada who asked that his surname not be used. He said he had put 2,000 euros into the offer. "My father bought shares in the phone company in the nineties and lost half his money. I wanted to show him it can go the other way," he said.""",
        '''Finance Minister Helena Carrasco-Diop, who attended the opening, told reporters: "Portugal can finance its own energy transition. That is the message of today."''',
        """Solmarés' largest shareholder, the infrastructure fund Atlântico Capital Partners, sold no shares in the offer and now owns 44% of the company.""",
    ),
    [
        "Beatriz Cunha-Okafor",
        "Tagus Financial News",
        "Solmarés Renováveis",
        "Duarte Nkosi-Ferreira",
        "Joana Westerberg",
        "Atlântida Mercados",
        "Bolsa Lusitana",
        "Rui",
        "Helena Carrasco-Diop",
        "Atlântico Capital Partners",
    ],
    [
        Q(
            "Today is not the finish line. It is the day we get the fuel to run much further",
            "Duarte Nkosi-Ferreira",
            "Chief Executive Duarte Nkosi-Ferreira",
            how="after",
        ),
        Q(
            "Every euro we raised is going into the ground, into panels and batteries, not into anyone's pocket",
            "Duarte Nkosi-Ferreira",
            "Chief Executive Duarte Nkosi-Ferreira",
            how="before",
        ),
        Q(
            "the single largest risk to the group's development timeline",
            "Solmarés Renováveis",
            "Its prospectus",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "frankly ridiculous",
            "a trader at a Lisbon brokerage",
            "A trader at a Lisbon brokerage",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We had orders for ten times the stock before the open. Half of them came from people who had never bought a share in their lives",
            "a trader at a Lisbon brokerage",
            "the trader",
            stype="unnamed",
            how="after",
        ),
        Q(
            "At these levels the market is pricing in every project in the pipeline being built on time and on budget. In this industry that never happens",
            "Joana Westerberg",
            "Joana Westerberg",
            how="after",
        ),
        Q(
            "a vote of confidence in Portuguese capital markets",
            "Bolsa Lusitana",
            "Bolsa Lusitana",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "My father bought shares in the phone company in the nineties and lost half his money. I wanted to show him it can go the other way",
            "Rui",
            "he",
            how="after",
        ),
        Q(
            "Portugal can finance its own energy transition. That is the message of today",
            "Helena Carrasco-Diop",
            "Finance Minister Helena Carrasco-Diop",
            how="before",
        ),
    ],
)

# ---------------------------------------------------------------------------
# PARLIAMENT-SKETCH
# ---------------------------------------------------------------------------

article(
    "parliament-sketch",
    1,
    P(
        "Sketch: a deputy stands in, and mostly stands firm",
        "Lavinia Crabtree-Holm | The Brackwater Herald",
        "There is a particular look that deputies wear when the boss is abroad and the questions are not. The Deputy Prime Minister, Imelda Ashcroft-Nwosu, wore it from the moment she rose in the House of Commons at noon on Wednesday: the look of a woman who did not write this policy but will defend it to the last comma.",
        "The Leader of the Opposition was also absent, nursing a cold, so the job of tormenting her fell to his deputy, Rhodri Penhallow, the Member for Hollins Vale, who has been waiting for this moment since roughly 2011.",
        "‘Can the Deputy Prime Minister tell the House how many of the 40 new hospitals promised at the last election have actually been built?’ he began, with the air of a man who already knew the answer and was looking forward to sharing it.",
        "‘The right honourable Gentleman knows perfectly well that the programme is on track,’ she replied, to a noise from her own benches that was halfway between a cheer and a cough.",
        "Mr Penhallow did know the answer. It was four. ‘Four,’ he said, holding up four fingers for the benefit of anyone in the gallery who had lost count. ‘Four hospitals. At this rate the last one will open in the year 2140.’",
        "There were cries of ‘Shame!’ from the Opposition benches, and one backbencher behind the Deputy Prime Minister shouted ‘Rubbish!’ with such force that his glasses slid down his nose.",
        "The Speaker, Sir Ambrose Telfer-Quayle, rose. ‘Order. The honourable Member for Fenwick Marsh will not shout across the Chamber, and if he does it again he will be shouting from the corridor,’ he said. The Member for Fenwick Marsh, Desmond Okafor-Blythe, did not do it again, although he looked as if he would have liked to.",
        "Ms Ashcroft-Nwosu tried a different tack, reading out a list of hospital wings, extensions and car parks opened since the election. It was a long list. By the time she reached the multi-storey in Grantley Abbots, even her own side had stopped nodding.",
        "Then came the question from her own benches that nobody had planted. Colette Marsh-Adeyemi, the Member for Upper Tolland, asked whether the Deputy Prime Minister would meet her to discuss the closure of the maternity unit in her constituency. ‘My constituents were promised a new hospital. What they have been given is a 40-mile drive to have a baby,’ said the Member for Upper Tolland.",
        "‘I will of course meet my honourable friend,’ said the Deputy Prime Minister, in the tone of someone who would much rather not.",
        "The Prime Minister returns from the summit in Ottawa on Friday. I suspect his deputy will be waiting at the airport, if only to hand back the list.",
    ),
    [
        "Lavinia Crabtree-Holm",
        "Brackwater Herald",
        "Imelda Ashcroft-Nwosu",
        "House of Commons",
        "Rhodri Penhallow",
        "Ambrose Telfer-Quayle",
        "Desmond Okafor-Blythe",
        "Colette Marsh-Adeyemi",
    ],
    [
        Q(
            "Can the Deputy Prime Minister tell the House how many of the 40 new hospitals promised at the last election have actually been built",
            "Rhodri Penhallow",
            "he",
            how="after",
        ),
        Q(
            "The right honourable Gentleman knows perfectly well that the programme is on track",
            "Imelda Ashcroft-Nwosu",
            "she",
            how="after",
        ),
        Q("Four", "Rhodri Penhallow", "he", occ=0, how="after"),
        Q(
            "Four hospitals. At this rate the last one will open in the year 2140",
            "Rhodri Penhallow",
            "he",
            how="before",
        ),
        Q("Rubbish", "Desmond Okafor-Blythe", "one backbencher", how="before"),
        Q(
            "Order. The honourable Member for Fenwick Marsh will not shout across the Chamber, and if he does it again he will be shouting from the corridor",
            "Ambrose Telfer-Quayle",
            "he",
            how="after",
        ),
        Q(
            "My constituents were promised a new hospital. What they have been given is a 40-mile drive to have a baby",
            "Colette Marsh-Adeyemi",
            "the Member for Upper Tolland",
            how="after",
        ),
        Q(
            "I will of course meet my honourable friend",
            "Imelda Ashcroft-Nwosu",
            "the Deputy Prime Minister",
            how="after",
        ),
    ],
)

article(
    "parliament-sketch",
    2,
    P(
        "Ferry lifeline row reaches the Commons: the exchanges in full",
        "By Tobias Quarrie-Nkem | Northern Post-Examiner",
        "The row over the end of the Strathmorne ferry subsidy reached the House of Commons on Monday, when the island’s independent MP used Transport Questions to accuse ministers of cutting the crossing off “without so much as a phone call”.",
        "The Speaker, Lindsay Ogundipe-Hart, had to intervene to restore order. The following extract is taken from the official record of the exchanges.",
        "Mr Hamish Dallow-Reid (Strathmorne and the Isles): Will the Secretary of State confirm that the subsidy for the Strathmorne crossing ends in March, and that nobody in his Department thought to tell the people who depend on it?",
        "The Secretary of State for Transport (Gideon Farrant-Yeo): The hon. Member is right that the current arrangement ends in March. He is wrong that nobody was told. My officials wrote to the operator in October.",
        "Hon. Members: Oh!",
        "Mr Dallow-Reid: The Department wrote to the operator. It did not write to the 4,000 people who live on the island. My constituents found out from a notice taped to the ticket office window.",
        "Mr Speaker: Order. Members on the Government Benches will allow the hon. Gentleman to be heard. He may not be saying what they want to hear, but he is entitled to say it.",
        "Mr Farrant-Yeo: I have every sympathy with the hon. Member’s constituents. That is why I have asked officials to look again at a transitional payment, and I will update the House before the summer recess.",
        "Hon. Members: Hear, hear!",
        "Dame Philippa Osgood (Kelsey Moor): Does my right hon. Friend agree that the real scandal is that the previous operator was paid £19 million over five years and still could not sail to a timetable?",
        "Mr Farrant-Yeo: My right hon. Friend puts it more bluntly than I would, but she is not wrong.",
        "Speaking to reporters in Central Lobby afterwards, Mr Dallow-Reid said a transitional payment would be “a sticking plaster on a severed artery”. “I will believe it when the boat sails,” he said.",
        "The operator, Isles Link Ferries, said in a statement that it would keep the service running “for as long as it is financially possible to do so”. About 70,000 passengers and 9,000 vehicles used the crossing last year, according to the company.",
    ),
    [
        "Tobias Quarrie-Nkem",
        "Northern Post-Examiner",
        "House of Commons",
        "Lindsay Ogundipe-Hart",
        "Hamish Dallow-Reid",
        "Gideon Farrant-Yeo",
        "Philippa Osgood",
        "Isles Link Ferries",
    ],
    [
        Q(
            "without so much as a phone call",
            "Hamish Dallow-Reid",
            "the island’s independent MP",
            kind="partial",
            how="before",
        ),
        Q(
            "Will the Secretary of State confirm that the subsidy for the Strathmorne crossing ends in March, and that nobody in his Department thought to tell the people who depend on it",
            "Hamish Dallow-Reid",
            ("label", "Mr Hamish Dallow-Reid (Strathmorne and the Isles)"),
        ),
        Q(
            "The hon. Member is right that the current arrangement ends in March. He is wrong that nobody was told. My officials wrote to the operator in October",
            "Gideon Farrant-Yeo",
            ("label", "The Secretary of State for Transport (Gideon Farrant-Yeo)"),
        ),
        Q(
            "The Department wrote to the operator. It did not write to the 4,000 people who live on the island. My constituents found out from a notice taped to the ticket office window",
            "Hamish Dallow-Reid",
            ("label", "Mr Dallow-Reid"),
        ),
        Q(
            "Order. Members on the Government Benches will allow the hon. Gentleman to be heard. He may not be saying what they want to hear, but he is entitled to say it",
            "Lindsay Ogundipe-Hart",
            ("label", "Mr Speaker"),
        ),
        Q(
            "I have every sympathy with the hon. Member’s constituents. That is why I have asked officials to look again at a transitional payment, and I will update the House before the summer recess",
            "Gideon Farrant-Yeo",
            ("label", "Mr Farrant-Yeo"),
        ),
        Q(
            "Does my right hon. Friend agree that the real scandal is that the previous operator was paid £19 million over five years and still could not sail to a timetable",
            "Philippa Osgood",
            ("label", "Dame Philippa Osgood (Kelsey Moor)"),
        ),
        Q(
            "My right hon. Friend puts it more bluntly than I would, but she is not wrong",
            "Gideon Farrant-Yeo",
            ("label", "Mr Farrant-Yeo"),
        ),
        Q(
            "a sticking plaster on a severed artery",
            "Hamish Dallow-Reid",
            "Mr Dallow-Reid",
            kind="partial",
            anchor="Mr Dallow-Reid said",
        ),
        Q("I will believe it when the boat sails", "Hamish Dallow-Reid", "he", how="after"),
        Q(
            "for as long as it is financially possible to do so",
            "Isles Link Ferries",
            "Isles Link Ferries",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "parliament-sketch",
    3,
    P(
        "Question Time: the Deputy PM, a dam and a missing billion",
        "Fergus Kilbride-Tan | The Coolabah Courier",
        "CANBERRA — Question Time on Tuesday had been billed as a showdown over the Warrigal Creek dam, and for once the billing was accurate.",
        "The Deputy Prime Minister, standing in for a Prime Minister somewhere over the Pacific, took the first question from the Member for Tallarook, Bronwyn Achterberg-Lai, who wanted to know where the $1.1 billion set aside for the dam in last year’s budget had gone.",
        "‘It has not gone anywhere. It is sitting exactly where it was put, waiting for the states to sign,’ the Deputy Prime Minister said.",
        "‘Then why,’ Ms Achterberg-Lai asked, ‘has not a single shovel gone into the ground?’",
        "He did not answer that, at least not directly. Instead he waved a letter sent to the premiers in March which, he said, set out ‘in the clearest possible terms’ what the Commonwealth expected of them.",
        "This drew a chorus of ‘Read it out!’ from the crossbench, and the Speaker, Millicent Orr-Castellanos, was on her feet within seconds. ‘The Member for Tallarook has asked her question. She will now listen to the answer, as will everybody else,’ the Speaker said.",
        "The Member for Dunmarra, Wayne Pettifer, then rose on a point of order, arguing that the answer was not relevant to the question. The Member for Kooringal, Stuart Halloran-Ng, rose to argue the opposite. ‘If the Member for Dunmarra wants relevance, he should try asking about something that has actually happened,’ he said.",
        "‘There is no point of order. The Deputy Prime Minister has the call,’ she ruled, to groans from both sides of the chamber.",
        "The answer that followed ran to four minutes and mentioned the dam twice. The word ‘shovel’ did not appear.",
        "Outside the chamber, the Leader of the Opposition, Callum Fairhurst-Oduya, told reporters the dam was ‘the most expensive press release in the nation’s history’.",
        "A spokesman for the Deputy Prime Minister said later that a revised agreement would be sent to the states ‘within weeks’.",
        "The Prime Minister lands on Thursday. The shovels, presumably, are still in the shed.",
    ),
    [
        "Fergus Kilbride-Tan",
        "Coolabah Courier",
        "Bronwyn Achterberg-Lai",
        "Millicent Orr-Castellanos",
        "Wayne Pettifer",
        "Stuart Halloran-Ng",
        "Callum Fairhurst-Oduya",
    ],
    [
        Q(
            "It has not gone anywhere. It is sitting exactly where it was put, waiting for the states to sign",
            "the Deputy Prime Minister",
            "the Deputy Prime Minister",
            stype="unnamed",
            how="after",
        ),
        Q("Then why", "Bronwyn Achterberg-Lai", "Ms Achterberg-Lai", how="after"),
        Q(
            "has not a single shovel gone into the ground",
            "Bronwyn Achterberg-Lai",
            "Ms Achterberg-Lai",
            how="before",
        ),
        Q(
            "in the clearest possible terms",
            "the Deputy Prime Minister",
            "he",
            kind="partial",
            stype="unnamed",
            anchor="he said, set out",
        ),
        Q(
            "The Member for Tallarook has asked her question. She will now listen to the answer, as will everybody else",
            "Millicent Orr-Castellanos",
            "the Speaker",
            how="after",
        ),
        Q(
            "If the Member for Dunmarra wants relevance, he should try asking about something that has actually happened",
            "Stuart Halloran-Ng",
            "he",
            how="after",
        ),
        Q(
            "There is no point of order. The Deputy Prime Minister has the call",
            "Millicent Orr-Castellanos",
            "she",
            how="after",
        ),
        Q(
            "the most expensive press release in the nation’s history",
            "Callum Fairhurst-Oduya",
            "Callum Fairhurst-Oduya",
            kind="partial",
        ),
        Q(
            "within weeks",
            "a spokesman for the Deputy Prime Minister",
            "A spokesman for the Deputy Prime Minister",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "parliament-sketch",
    4,
    P(
        "MPs back water bill despite rebellion over bonus ban",
        "By Harriet Okonedo-Vance | Westmarch Gazette",
        """The Government's Water Industry (Accountability) Bill cleared its second reading in the House of Commons on Tuesday by 318 votes to 241, despite 14 of its own backbenchers backing an amendment that would have banned bonuses at water companies in breach of their pollution permits.""",
        """Opening the debate, the Secretary of State for the Environment, Moira Castlereagh-Pike, said the bill would give the regulator "the sharpest teeth it has ever had".""",
        """"For too long, the people who pollute our rivers have been the people who decide how much they pay for it. This bill ends that," she told MPs. "Fines will go up, and they will come out of shareholders' pockets, not customers' bills.""",
        '''"And where a company breaks the law, its directors will answer for it personally, in court if necessary."''',
        '''Leading the rebels, Jonah Whitlock-Amadi, the Member for Severn Reach, said his constituents "do not want the regulator to have sharper teeth. They want it to bite."''',
        """"Every summer I get letters from parents whose children can't swim in the river they grew up next to. Every summer the chief executive gets a bonus," the Member for Severn Reach said.""",
        """The debate turned bad-tempered when the Member for Ashby Fold, Reginald Sowerby, accused the minister of "misleading the House" over the number of prosecutions brought since 2020. The Deputy Speaker, Dame Eleanor Pryce-Mabuza, asked him to withdraw the remark. "The honourable Member knows that is not language we use in this Chamber. I invite him to withdraw it," she said. Mr Sowerby withdrew the word but not, he made clear, the point.""",
        """A report by the Environment Select Committee, published last month, said the regulator had been "outgunned and under-resourced" for a decade and recommended that its enforcement budget be doubled.""",
        """"We will not oppose a bill that goes in the right direction. We will oppose the pretence that it goes far enough," said shadow environment secretary Kwabena Treharne.""",
        """The Waterworks Association, which represents the companies, said in a statement that it would "engage constructively" with ministers as the bill goes through its committee stage.""",
    ),
    [
        "Harriet Okonedo-Vance",
        "Westmarch Gazette",
        "House of Commons",
        "Moira Castlereagh-Pike",
        "Jonah Whitlock-Amadi",
        "Reginald Sowerby",
        "Eleanor Pryce-Mabuza",
        "Environment Select Committee",
        "Kwabena Treharne",
        "Waterworks Association",
    ],
    [
        Q(
            "the sharpest teeth it has ever had",
            "Moira Castlereagh-Pike",
            "Moira Castlereagh-Pike",
            kind="partial",
        ),
        Q(
            "For too long, the people who pollute our rivers have been the people who decide how much they pay for it. This bill ends that",
            "Moira Castlereagh-Pike",
            "she",
            how="after",
        ),
        Q(
            "Fines will go up, and they will come out of shareholders' pockets, not customers' bills",
            "Moira Castlereagh-Pike",
            "she",
            how="before",
        ),
        Q(
            "And where a company breaks the law, its directors will answer for it personally, in court if necessary",
            "Moira Castlereagh-Pike",
            "@prev",
        ),
        Q(
            "do not want the regulator to have sharper teeth. They want it to bite",
            "Jonah Whitlock-Amadi",
            "Jonah Whitlock-Amadi",
            kind="partial",
        ),
        Q(
            "Every summer I get letters from parents whose children can't swim in the river they grew up next to. Every summer the chief executive gets a bonus",
            "Jonah Whitlock-Amadi",
            "the Member for Severn Reach",
            how="after",
        ),
        Q("misleading the House", "Reginald Sowerby", "Reginald Sowerby", kind="partial"),
        Q(
            "The honourable Member knows that is not language we use in this Chamber. I invite him to withdraw it",
            "Eleanor Pryce-Mabuza",
            "she",
            how="after",
        ),
        Q(
            "outgunned and under-resourced",
            "Environment Select Committee",
            "A report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We will not oppose a bill that goes in the right direction. We will oppose the pretence that it goes far enough",
            "Kwabena Treharne",
            "shadow environment secretary Kwabena Treharne",
            how="after",
        ),
        Q(
            "engage constructively",
            "Waterworks Association",
            "The Waterworks Association",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "parliament-sketch",
    5,
    P(
        "‘We got it wrong’: rail boss grilled by MPs over timetable chaos",
        "By Ottoline Wragge, Transport Correspondent | The Harbury Standard",
        "The chief executive of Meridale Rail, Sasha Kettering-Obi, apologised to MPs on Wednesday for the collapse of the operator’s new timetable in May, which led to more than 11,000 cancelled trains in six weeks.",
        "Appearing before the Transport Select Committee, Kettering-Obi said: ‘We got it wrong. We introduced a timetable we did not have the drivers to run, and passengers paid the price for that.’",
        "The committee’s chair, Bernard Ollerenshaw, the Member for Castleford Moor, pressed her on when the company’s board had first been warned. ‘Your own operations director told the board in February that the plan was, and I quote, “undeliverable”. Why did it go ahead?’ he asked.",
        "Ms Kettering-Obi said the warning had been one of several views put to the board. ‘With hindsight, it was the view we should have listened to,’ she replied.",
        "Ruth Adebayo-Quinn, the Member for Lowther Vale, told Ms Kettering-Obi that one of her constituents had lost her job after arriving late for work eleven times in a month. ‘She was not late. Your trains were late. What would you like to say to her?’ she asked.",
        "Kettering-Obi said the company had offered compensation to season-ticket holders and would write to the constituent personally. The chief executive added that the operator was ‘not asking for sympathy, only for the chance to put it right’.",
        "Later, the rail minister, Lord Ashcombe-Hayes, told the committee that officials had been ‘assured repeatedly’ by the company that the timetable was ready. ‘Assurances are not the same as evidence, and in future we will be asking for evidence,’ he said.",
        "In written evidence to the committee, the Rail Drivers’ Guild said its members had been ‘treated as an afterthought’ during the planning of the timetable and had warned managers about staffing gaps as early as last autumn.",
        "Meridale Rail’s contract to run services on the Castleford and Lowther lines is due for renewal next year. Asked whether the company expected to keep it, Kettering-Obi declined to speculate.",
        "The committee will publish its report in the autumn. Mr Ollerenshaw said he expected it to be ‘blunt’.",
    ),
    [
        "Ottoline Wragge",
        "Harbury Standard",
        "Meridale Rail",
        "Sasha Kettering-Obi",
        "Transport Select Committee",
        "Bernard Ollerenshaw",
        "Ruth Adebayo-Quinn",
        "Lord Ashcombe-Hayes",
        "Rail Drivers’ Guild",
    ],
    [
        Q("We got it wrong", "Sasha Kettering-Obi", "rail boss", occ=0, how="after"),
        Q(
            "We got it wrong. We introduced a timetable we did not have the drivers to run, and passengers paid the price for that",
            "Sasha Kettering-Obi",
            "Kettering-Obi",
            anchor="Kettering-Obi said:",
        ),
        Q(
            "Your own operations director told the board in February that the plan was, and I quote, “undeliverable”. Why did it go ahead",
            "Bernard Ollerenshaw",
            "he",
            how="after",
        ),
        Q("With hindsight, it was the view we should have listened to", "Sasha Kettering-Obi", "she", how="after"),
        Q(
            "She was not late. Your trains were late. What would you like to say to her",
            "Ruth Adebayo-Quinn",
            "she",
            how="after",
        ),
        Q(
            "not asking for sympathy, only for the chance to put it right",
            "Sasha Kettering-Obi",
            "The chief executive",
            kind="partial",
            how="before",
        ),
        Q("assured repeatedly", "Lord Ashcombe-Hayes", "Lord Ashcombe-Hayes", kind="partial"),
        Q(
            "Assurances are not the same as evidence, and in future we will be asking for evidence",
            "Lord Ashcombe-Hayes",
            "he",
            how="after",
        ),
        Q(
            "treated as an afterthought",
            "Rail Drivers’ Guild",
            "the Rail Drivers’ Guild",
            kind="partial",
            stype="organisation",
        ),
        Q("blunt", "Bernard Ollerenshaw", "Mr Ollerenshaw", kind="partial"),
    ],
)

article(
    "parliament-sketch",
    6,
    P(
        "Speaker rebukes ministers over budget leak: “This House is not an afterthought”",
        "By Peregrine Oduya-Marsh | The Ashdown Courier",
        "The Speaker of the House of Commons, Sir Clement Arbuthnot-Lowe, delivered an unusually sharp rebuke to the Government on Thursday after details of next week’s budget appeared in a Sunday newspaper days before they were due to be announced to MPs.",
        "Making a statement from the Chair, Sir Clement said he had received “a number of representations” from Members on both sides. “Ministers will be aware of the long-standing expectation that important announcements are made first to this House. This House is not an afterthought, and it will not be treated as one,” he said.",
        "The exchanges that followed ran, according to the official record:",
        "Hon. Members: Hear, hear!",
        "Mr Speaker: I am grateful for that support, but I was not asking for it.",
        "The Chief Secretary to the Treasury (Felicity Dunmore-Akande): On a point of order, Mr Speaker. I can assure the House that no Treasury minister or official authorised any briefing, and an inquiry is already under way.",
        "Mr Speaker: I am glad to hear it. I hope the inquiry takes rather less time than the leak did.",
        "The Chief Secretary’s assurance did not satisfy the Opposition. The Member for Holt Marsden, Yusuf Barraclough-Eze, said it was “the fourth leak of a fiscal event in two years”. He said: “When it happens once, it is an accident. When it happens four times, it is a communications strategy.”",
        "The Sunday Meridian, which published the story, said it stood by its reporting. Its political editor, Ivo Penhaligon-Roy, told Westgate Radio that the paper had “not paid anyone, not promised anyone anything and not broken any rule”.",
        "“Every government leaks. The only question is whether it leaks to the House or to the press.” That was the view of Baroness Whitcliffe of Orme, who was Leader of the House of Lords for four years and has seen more budgets than most.",
        "The Chancellor, who was not in the Chamber, is due to deliver the budget on Wednesday. A Treasury spokeswoman said: “The Chancellor shares Mr Speaker’s frustration and has ordered an immediate inquiry.”",
    ),
    [
        "Peregrine Oduya-Marsh",
        "Ashdown Courier",
        "House of Commons",
        "Clement Arbuthnot-Lowe",
        "Treasury",
        "Felicity Dunmore-Akande",
        "Yusuf Barraclough-Eze",
        "Sunday Meridian",
        "Ivo Penhaligon-Roy",
        "Westgate Radio",
        "Baroness Whitcliffe of Orme",
        "House of Lords",
    ],
    [
        Q("This House is not an afterthought", "Clement Arbuthnot-Lowe", "Speaker", occ=0, how="before"),
        Q(
            "a number of representations",
            "Clement Arbuthnot-Lowe",
            "Sir Clement",
            kind="partial",
            how="before",
        ),
        Q(
            "Ministers will be aware of the long-standing expectation that important announcements are made first to this House. This House is not an afterthought, and it will not be treated as one",
            "Clement Arbuthnot-Lowe",
            "he",
            how="after",
        ),
        Q(
            "I am grateful for that support, but I was not asking for it",
            "Clement Arbuthnot-Lowe",
            ("label", "Mr Speaker"),
        ),
        Q(
            "On a point of order, Mr Speaker. I can assure the House that no Treasury minister or official authorised any briefing, and an inquiry is already under way",
            "Felicity Dunmore-Akande",
            ("label", "The Chief Secretary to the Treasury (Felicity Dunmore-Akande)"),
        ),
        Q(
            "I am glad to hear it. I hope the inquiry takes rather less time than the leak did",
            "Clement Arbuthnot-Lowe",
            ("label", "Mr Speaker"),
        ),
        Q(
            "the fourth leak of a fiscal event in two years",
            "Yusuf Barraclough-Eze",
            "Yusuf Barraclough-Eze",
            kind="partial",
        ),
        Q(
            "When it happens once, it is an accident. When it happens four times, it is a communications strategy",
            "Yusuf Barraclough-Eze",
            "He",
            anchor="He said:",
        ),
        Q(
            "not paid anyone, not promised anyone anything and not broken any rule",
            "Ivo Penhaligon-Roy",
            "Ivo Penhaligon-Roy",
            kind="partial",
        ),
        Q(
            "Every government leaks. The only question is whether it leaks to the House or to the press",
            "Baroness Whitcliffe of Orme",
            "Baroness Whitcliffe of Orme",
            how="after",
        ),
        Q(
            "The Chancellor shares Mr Speaker’s frustration and has ordered an immediate inquiry",
            "a Treasury spokeswoman",
            "A Treasury spokeswoman",
            stype="unnamed",
        ),
    ],
)

# ---------------------------------------------------------------------------
# GULF-ENGLISH
# ---------------------------------------------------------------------------

article(
    "gulf-english",
    1,
    P(
        "Ministry launches national drive to cut diabetes rates by 2030",
        "ABU DHABI, 3rd November, 2025 (SNA) -- The Ministry of Health and Community Wellbeing has launched a national programme that aims to reduce the prevalence of type 2 diabetes among adults by 15 per cent by 2030, the Sahil News Agency reported.",
        "H.E. Dr. Mariam bint Khalifa Al Suwaidi, Minister of Health and Community Wellbeing, said the programme reflected “the directives of the wise leadership to place the health of citizens and residents at the heart of national development.”",
        "“Diabetes is not only a medical challenge. It is a social and economic one, and we will meet it with every tool we have,” H.E. Al Suwaidi added, speaking at the launch ceremony in the capital.",
        "The programme, named “Sihhati”, will offer free screening at 140 primary healthcare centres and through mobile clinics visiting workplaces, malls and mosques. Adults over 30 will be invited for a blood test every two years, and those found to be at risk will be offered nutrition and exercise counselling.",
        "Dr. Yousef Abdulla Al-Hammadi, Director of the Ministry’s Non-Communicable Diseases Department, said early detection was the cornerstone of the plan. “A screening test costs less than a single day in hospital. It is the most cost-effective intervention available to us,” said Dr. Al-Hammadi.",
        "In a statement, the Ministry said employers would be encouraged to give staff “paid time for screening as part of a healthy workplace,” and that a recognition scheme would be introduced for companies that take part.",
        "A source at the Ministry told The Gulf Dispatch that a requirement for all government employees to be screened was “under study”, but that no decision had yet been taken.",
        "Dr. Noor Al-Ansari, a consultant endocrinologist at Qasr Al Bahar Hospital, welcomed the initiative. She said she was seeing younger patients every year. “We now see people in their twenties with complications we used to see in people in their sixties,” she told The Gulf Dispatch. “Diet, screens and long hours in the car are a dangerous combination.”",
        "Ahmed, 46, a father of three from Bani Salim who was diagnosed at a free check-up last year, said he had had no symptoms at all. “I went in for a blood pressure test and came out with a diagnosis. If I had waited for symptoms, I would have waited too long,” he said.",
    ),
    [
        "Sahil News Agency",
        "Ministry of Health and Community Wellbeing",
        "Mariam bint Khalifa Al Suwaidi",
        "Yousef Abdulla Al-Hammadi",
        "Non-Communicable Diseases Department",
        "Gulf Dispatch",
        "Noor Al-Ansari",
        "Qasr Al Bahar Hospital",
        "Ahmed",
    ],
    [
        Q(
            "the directives of the wise leadership to place the health of citizens and residents at the heart of national development",
            "Mariam bint Khalifa Al Suwaidi",
            "H.E. Dr. Mariam bint Khalifa Al Suwaidi",
            kind="partial",
        ),
        Q(
            "Diabetes is not only a medical challenge. It is a social and economic one, and we will meet it with every tool we have",
            "Mariam bint Khalifa Al Suwaidi",
            "H.E. Al Suwaidi",
            how="after",
        ),
        Q(
            "A screening test costs less than a single day in hospital. It is the most cost-effective intervention available to us",
            "Yousef Abdulla Al-Hammadi",
            "Dr. Al-Hammadi",
            how="after",
        ),
        Q(
            "paid time for screening as part of a healthy workplace",
            "Ministry of Health and Community Wellbeing",
            "the Ministry",
            kind="partial",
            stype="organisation",
            anchor="the Ministry said",
        ),
        Q("under study", "a source at the Ministry", "A source at the Ministry", kind="partial", stype="unnamed"),
        Q(
            "We now see people in their twenties with complications we used to see in people in their sixties",
            "Noor Al-Ansari",
            "she",
            how="after",
        ),
        Q("Diet, screens and long hours in the car are a dangerous combination", "Noor Al-Ansari", "she", how="before"),
        Q(
            "I went in for a blood pressure test and came out with a diagnosis. If I had waited for symptoms, I would have waited too long",
            "Ahmed",
            "he",
            how="after",
        ),
    ],
)

article(
    "gulf-english",
    2,
    P(
        "Tailgating fines to double from January, Ras Sadaf Police announce",
        "By Staff Reporter | Khor Tribune",
        """RAS SADAF -- Drivers caught tailgating on the emirate's highways will face fines of Dh800 from January 1, double the current penalty, Ras Sadaf Police announced on Sunday.""",
        """Brigadier Khalid Rashid Al Ketbi, Director of the Traffic and Patrols Department at Ras Sadaf Police, said failing to keep a safe distance was behind one in four serious collisions recorded on the emirate's roads last year.""",
        """"Drivers think they are saving a few seconds. In reality they are gambling with their lives and with the lives of the family in the car in front," Brigadier Al Ketbi said.""",
        """He added that offenders would also receive "six black points on their licence" and that vehicles could be impounded for repeat offences.""",
        """The police said in a statement that radar cameras on the main highways had been "upgraded to measure the distance between vehicles in real time, day and night".""",
        """His Highness Sheikh Saqr bin Hamdan Al Nasri, Crown Prince of Ras Sadaf and Chairman of the Executive Council, wrote in a post on X that road safety was "a shared responsibility that begins with every driver".""",
        """A source at the Traffic Prosecution told Khor Tribune that drivers who reached 24 black points within a year would have their licences suspended. "Repeat offenders will be referred to court, and impoundment of up to 30 days is on the table," the source said.""",
        """Residents gave the announcement a mixed welcome. Hessa Al Falasi, a university lecturer who commutes 70 kilometres a day, said she was tailgated "every single morning". "You slow down for a camera and someone is flashing their lights in your mirror. I hope they catch every one of them," she said.""",
        """Rajesh Menon-Pillai, who runs a driving school in the Bateen Al Jadida district, said the problem started long before drivers sat their tests. "They learn the rules from me and the habits from the back seat of their parents' car," he said.""",
        """Another driving instructor, Faisal Al Blooshi, said the higher fine was overdue. Menon-Pillai doubted that fines alone would change behaviour. "A fine is forgotten in a week. A crash is never forgotten," he said.""",
    ),
    [
        "Khor Tribune",
        "Ras Sadaf Police",
        "Khalid Rashid Al Ketbi",
        "Traffic and Patrols Department",
        "Saqr bin Hamdan Al Nasri",
        "Executive Council",
        "Traffic Prosecution",
        "Hessa Al Falasi",
        "Rajesh Menon-Pillai",
        "Faisal Al Blooshi",
    ],
    [
        Q(
            "Drivers think they are saving a few seconds. In reality they are gambling with their lives and with the lives of the family in the car in front",
            "Khalid Rashid Al Ketbi",
            "Brigadier Al Ketbi",
            how="after",
        ),
        Q("six black points on their licence", "Khalid Rashid Al Ketbi", "He", kind="partial", anchor="He added"),
        Q(
            "upgraded to measure the distance between vehicles in real time, day and night",
            "Ras Sadaf Police",
            "The police",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "a shared responsibility that begins with every driver",
            "Saqr bin Hamdan Al Nasri",
            "His Highness Sheikh Saqr bin Hamdan Al Nasri",
            kind="partial",
        ),
        Q(
            "Repeat offenders will be referred to court, and impoundment of up to 30 days is on the table",
            "a source at the Traffic Prosecution",
            "the source",
            stype="unnamed",
            how="after",
        ),
        Q("every single morning", "Hessa Al Falasi", "Hessa Al Falasi", kind="partial"),
        Q(
            "You slow down for a camera and someone is flashing their lights in your mirror. I hope they catch every one of them",
            "Hessa Al Falasi",
            "she",
            how="after",
        ),
        Q(
            "They learn the rules from me and the habits from the back seat of their parents' car",
            "Rajesh Menon-Pillai",
            "he",
            how="after",
        ),
        Q("A fine is forgotten in a week. A crash is never forgotten", "Rajesh Menon-Pillai", "he", how="after"),
    ],
)

article(
    "gulf-english",
    3,
    P(
        "Private sector given 18 months to meet new localisation targets",
        "MUSCAT, Jan 12 (WNA) -- Private companies will have 18 months to meet new targets for hiring national staff in 34 job categories, the Ministry of Labour and Skills announced on Sunday, in the most sweeping expansion of the localisation programme in a decade, the Wadi News Agency reported.",
        "H.E. Salim bin Nasser Al Rawahi, Undersecretary of the Ministry of Labour and Skills, said the targets had been set after a year of consultation. “The targets are ambitious but achievable. We sat down with more than 300 companies before a single number was written,” said H.E. Al Rawahi.",
        "A ministerial circular issued on Sunday states that companies failing to meet the targets “will not be issued new work permits for expatriate staff in the affected job categories” until they comply.",
        "Eng. Talal bin Saif Al Maskari, Chairman of the Sawahil Business Council, said employers supported the policy but wanted it applied sector by sector. “Every business owner in this country wants to employ our young people,” he said. “But the targets must reflect the reality of each sector.",
        "“A construction company and a bank cannot be measured with the same ruler.”",
        "An official at the ministry, who spoke on condition of anonymity, told WNA that penalties for non-compliance would be “progressive, not punitive”, and that small businesses with fewer than ten employees would be exempt.",
        "Maryam Al Hinai, 24, an accounting graduate from Wadi Hawqain, said she had applied to 60 companies since graduating. “This decision gives me hope that the 61st will say yes,” she said.",
        "Rashid bin Saeed Al Amri, who owns a chain of 12 pharmacies, said he had already hired eight national pharmacists this year and expected to meet his target early. His business partner, Vinod Kallarakkal, was more cautious. “Pharmacists we can find. Pharmacists who will work night shifts in the interior, that is another matter,” he said.",
        "The ministry said it would publish sector-by-sector guidance on its website within two weeks and hold workshops for employers in every governorate. Companies that exceed their targets will be given priority in government tenders, it said.",
    ),
    [
        "Wadi News Agency",
        "Ministry of Labour and Skills",
        "Salim bin Nasser Al Rawahi",
        "Talal bin Saif Al Maskari",
        "Sawahil Business Council",
        "Maryam Al Hinai",
        "Rashid bin Saeed Al Amri",
        "Vinod Kallarakkal",
    ],
    [
        Q(
            "The targets are ambitious but achievable. We sat down with more than 300 companies before a single number was written",
            "Salim bin Nasser Al Rawahi",
            "H.E. Al Rawahi",
            how="after",
        ),
        Q(
            "will not be issued new work permits for expatriate staff in the affected job categories",
            "Ministry of Labour and Skills",
            "A ministerial circular",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Every business owner in this country wants to employ our young people",
            "Talal bin Saif Al Maskari",
            "he",
            how="after",
        ),
        Q("But the targets must reflect the reality of each sector", "Talal bin Saif Al Maskari", "he", how="before"),
        Q(
            "A construction company and a bank cannot be measured with the same ruler",
            "Talal bin Saif Al Maskari",
            "@prev",
        ),
        Q(
            "progressive, not punitive",
            "an official at the ministry",
            "An official at the ministry",
            kind="partial",
            stype="unnamed",
        ),
        Q("This decision gives me hope that the 61st will say yes", "Maryam Al Hinai", "she", how="after"),
        Q(
            "Pharmacists we can find. Pharmacists who will work night shifts in the interior, that is another matter",
            "Vinod Kallarakkal",
            "he",
            how="after",
        ),
    ],
)

article(
    "gulf-english",
    4,
    P(
        "His Highness the Prime Minister receives Kenyan foreign minister",
        "KUWAIT CITY, 9th February, 2026 (GPNA) -- His Highness Sheikh Hamad Jaber Al-Fahad, the Prime Minister, received at his office on Monday Kenya’s Cabinet Secretary for Foreign Affairs, Dr. Wanjiru Kamau-Odhiambo, and her accompanying delegation, the Gulf Pearl News Agency reported.",
        "During the meeting, His Highness Sheikh Hamad stressed that Kuwait ‘values its historic ties with the friendly people of Kenya’ and looked forward to expanding cooperation in food security, health and renewable energy.",
        "Dr. Kamau-Odhiambo conveyed the greetings of the Kenyan President and said her country saw the Gulf ‘not as a distant market but as a neighbour across the water’.",
        "‘More than 40,000 Kenyans live and work in Kuwait. They are our bridge, and we want that bridge to carry more than remittances,’ she told reporters after the meeting.",
        "In a joint statement issued at the end of the two-day visit, the two sides said they had agreed to ‘establish a joint ministerial committee that will meet annually, alternating between Kuwait City and Nairobi’, and to begin talks on an agreement to protect investments.",
        "Kenya’s ambassador to Kuwait, Halima Abdi Noor, who attended the talks, said agreements on the recruitment of domestic workers would also be reviewed. Dr. Kamau-Odhiambo had raised the issue directly with her hosts, the ambassador said. ‘Our workers must be protected wherever they go. That is not a request. It is our duty,’ she said.",
        "A source told Al Manara Daily that the visit had been arranged at short notice ‘because both sides want to move before the summer recruitment season’.",
        "Minister of Commerce and Industry Dr. Abdulaziz Saleh Al-Mutawa told GPNA separately that a Kenyan trade delegation would visit in April to explore ‘concrete opportunities, not memoranda’. ‘Kenyan tea, coffee and fresh produce already reach our markets. We want to see Kuwaiti investment going the other way,’ he said.",
        "Trade between the two countries reached about KD95 million last year, according to official figures, most of it Kenyan tea, flowers, meat and fresh produce shipped through the port of Mombasa. Kuwaiti development loans have also financed roads and a water project in northern Kenya since the 1970s.",
        "The meeting was attended by a number of senior officials from both sides, and was followed by a lunch in honour of the visiting delegation.",
    ),
    [
        "Gulf Pearl News Agency",
        "Hamad Jaber Al-Fahad",
        "Wanjiru Kamau-Odhiambo",
        "Halima Abdi Noor",
        "Al Manara Daily",
        "Abdulaziz Saleh Al-Mutawa",
    ],
    [
        Q(
            "values its historic ties with the friendly people of Kenya",
            "Hamad Jaber Al-Fahad",
            "His Highness Sheikh Hamad",
            kind="partial",
            anchor="His Highness Sheikh Hamad stressed",
        ),
        Q(
            "not as a distant market but as a neighbour across the water",
            "Wanjiru Kamau-Odhiambo",
            "Dr. Kamau-Odhiambo",
            kind="partial",
            how="before",
        ),
        Q(
            "More than 40,000 Kenyans live and work in Kuwait. They are our bridge, and we want that bridge to carry more than remittances",
            "Wanjiru Kamau-Odhiambo",
            "she",
            how="after",
        ),
        Q(
            "establish a joint ministerial committee that will meet annually, alternating between Kuwait City and Nairobi",
            "the two sides",
            "the two sides",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Our workers must be protected wherever they go. That is not a request. It is our duty",
            "Halima Abdi Noor",
            "she",
            how="after",
        ),
        Q(
            "because both sides want to move before the summer recruitment season",
            "a source",
            "A source",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "concrete opportunities, not memoranda",
            "Abdulaziz Saleh Al-Mutawa",
            "Minister of Commerce and Industry Dr. Abdulaziz Saleh Al-Mutawa",
            kind="partial",
        ),
        Q(
            "Kenyan tea, coffee and fresh produce already reach our markets. We want to see Kuwaiti investment going the other way",
            "Abdulaziz Saleh Al-Mutawa",
            "he",
            how="after",
        ),
    ],
)

article(
    "gulf-english",
    5,
    P(
        "Regulator orders developer to refund buyers over tower delays",
        "By Nadia Farouk-Sayed | The Corniche Courier",
        """DOHA -- The Property Market Regulatory Authority (PMRA) has ordered Al Murjan Properties to refund buyers in two of its delayed residential towers with interest, after finding that the developer repeatedly pushed back handover dates without telling them.""",
        """The authority said in a statement that the developer had "repeatedly missed handover dates without providing buyers the notice required by law".""",
        '''H.E. Eng. Faisal bin Abdulaziz Al Marri, Chairman of the PMRA, said: "Buyers are not lenders. They should not be asked to finance a developer's cash-flow problems with their life savings."''',
        """About 340 buyers paid deposits on apartments in the Pearl Crescent Towers between 2019 and 2021, with handover originally promised for the end of 2022. Under the order, they may either claim a full refund with 5 per cent annual interest or keep their units and receive compensation.""",
        """Al Murjan Properties said it would comply with the order. "Construction on both towers is now more than 80 per cent complete, and we expect to hand over the first units in the fourth quarter," the company said.""",
        """A source close to the developer told The Corniche Courier that the delays had been caused by its main contractor. "The delays came from the contractor, not from us. That will all come out in arbitration," the source said.""",
        """Karim Haddad-Lopes, a Lebanese engineer who speaks for a group of about 200 buyers, called the ruling "a relief, but a late one". "We were told 2023, then 2024, then 'very soon'. Nobody in our group believes 'very soon' any more," he said.""",
        """Another buyer, Nour Al Hajri, said she would take the refund. "I have paid rent for three years on a flat I did not want, while paying instalments on a flat I could not live in," she said.""",
        """The PMRA said it had received 61 complaints about the project since 2022. It has fined three other developers this year for late handovers, and last month introduced a rule requiring developers to hold buyers' payments in escrow accounts until each construction milestone is certified.""",
        """Dr. Tariq Al-Mahmoud, a property lawyer, said the order set "an important precedent for off-plan buyers across the market". Developers, he said, would now have to think twice before treating deposits as free financing.""",
    ),
    [
        "Nadia Farouk-Sayed",
        "Corniche Courier",
        "Property Market Regulatory Authority",
        "Al Murjan Properties",
        "Faisal bin Abdulaziz Al Marri",
        "Karim Haddad-Lopes",
        "Nour Al Hajri",
        "Tariq Al-Mahmoud",
    ],
    [
        Q(
            "repeatedly missed handover dates without providing buyers the notice required by law",
            "Property Market Regulatory Authority",
            "The authority",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Buyers are not lenders. They should not be asked to finance a developer's cash-flow problems with their life savings",
            "Faisal bin Abdulaziz Al Marri",
            "H.E. Eng. Faisal bin Abdulaziz Al Marri",
            how="before",
        ),
        Q(
            "Construction on both towers is now more than 80 per cent complete, and we expect to hand over the first units in the fourth quarter",
            "Al Murjan Properties",
            "the company",
            stype="organisation",
            how="after",
        ),
        Q(
            "The delays came from the contractor, not from us. That will all come out in arbitration",
            "a source close to the developer",
            "the source",
            stype="unnamed",
            how="after",
        ),
        Q("a relief, but a late one", "Karim Haddad-Lopes", "Karim Haddad-Lopes", kind="partial"),
        Q(
            "We were told 2023, then 2024, then 'very soon'. Nobody in our group believes 'very soon' any more",
            "Karim Haddad-Lopes",
            "he",
            how="after",
        ),
        Q(
            "I have paid rent for three years on a flat I did not want, while paying instalments on a flat I could not live in",
            "Nour Al Hajri",
            "she",
            how="after",
        ),
        Q(
            "an important precedent for off-plan buyers across the market",
            "Tariq Al-Mahmoud",
            "Dr. Tariq Al-Mahmoud",
            kind="partial",
        ),
    ],
)

article(
    "gulf-english",
    6,
    P(
        "Pearl merchant’s house reopens after three-year restoration",
        "MANAMA, 22nd April, 2026 (DCNA) -- A 19th-century pearl merchant’s house in the old quarter of Fareej Al Lulu reopened to the public on Wednesday after a three-year restoration, the Dilmun Crescent News Agency reported.",
        "The house was inaugurated by Her Highness Sheikha Latifa bint Salman Al Dosari, President of the National Heritage Council, who toured its restored majlis, courtyard and wind towers with conservation specialists and descendants of the families who once lived there.",
        "“This house tells the story of the men who dived and the women who waited for them. We restored it so that our children can hear that story in the place where it happened,” said Her Highness.",
        "Dr. Khulood Abdulla Al-Nasser, the site’s director, said the house would host a permanent exhibition on pearl diving. Her Highness had asked that the exhibition be free for schoolchildren, she said. “Every school in the kingdom will be invited. We want the children to leave smelling of the sea,” Dr. Al-Nasser said.",
        "“The sea made this island rich long before oil did,” she added.",
        "Conservation architect Paola Brancaleoni-Ruiz, who led the restoration, said the team had used coral stone, lime plaster and mangrove poles sourced as close as possible to the originals. “We replaced nothing that could be saved. Some of the beams you see are 180 years old,” she said.",
        "The restoration cost BD2.4 million and was “the most complex project of its kind in the region,” according to Brancaleoni-Ruiz.",
        "Among the guests was Jassim, 81, whose father dived from the merchant’s boats in the 1930s. Speaking in Arabic, he said his father could hold his breath for nearly two minutes. “I tried as a boy and managed one. My father laughed at me for a week,” Jassim said.",
        "The National Heritage Council said in a statement that the house was the first of 12 historic buildings on the pearling trail to be restored, and that the remaining works would be completed “in phases over the coming five years.”",
        "A source at the Council told DCNA that the neighbouring house, once home to a family of boat builders, would be next. “The boat builders’ house is next. The drawings are already done,” the source said.",
    ),
    [
        "Dilmun Crescent News Agency",
        "Latifa bint Salman Al Dosari",
        "National Heritage Council",
        "Khulood Abdulla Al-Nasser",
        "Paola Brancaleoni-Ruiz",
        "Jassim",
    ],
    [
        Q(
            "This house tells the story of the men who dived and the women who waited for them. We restored it so that our children can hear that story in the place where it happened",
            "Latifa bint Salman Al Dosari",
            "Her Highness",
            how="after",
        ),
        Q(
            "Every school in the kingdom will be invited. We want the children to leave smelling of the sea",
            "Khulood Abdulla Al-Nasser",
            "Dr. Al-Nasser",
            how="after",
        ),
        Q("The sea made this island rich long before oil did", "Khulood Abdulla Al-Nasser", "she", how="after"),
        Q(
            "We replaced nothing that could be saved. Some of the beams you see are 180 years old",
            "Paola Brancaleoni-Ruiz",
            "she",
            how="after",
        ),
        Q(
            "the most complex project of its kind in the region",
            "Paola Brancaleoni-Ruiz",
            "Brancaleoni-Ruiz",
            kind="partial",
            how="after",
        ),
        Q(
            "I tried as a boy and managed one. My father laughed at me for a week",
            "Jassim",
            "Jassim",
            how="after",
        ),
        Q(
            "in phases over the coming five years",
            "National Heritage Council",
            "The National Heritage Council",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The boat builders’ house is next. The drawings are already done",
            "a source at the Council",
            "the source",
            stype="unnamed",
            how="after",
        ),
    ],
)

# ---------------------------------------------------------------------------
# LABOUR-STRIKE
# ---------------------------------------------------------------------------

article(
    "labour-strike",
    1,
    P(
        "Bus drivers walk out across Kestleford as pay talks collapse",
        "By Deirdre Munroe-Asante | Kestleford Evening Star",
        "Bus services across Kestleford ground to a halt on Monday as about 900 drivers employed by the Kestleford Omnibus Company began the first of six planned 48-hour strikes in a dispute over pay.",
        "Pickets gathered from 4.30am outside the company’s three depots, and by 7am not a single bus had left the Bellfield garage. Drivers chanted “Fair pay, fair play” as managers arrived for work.",
        "“Nobody on this picket line wanted to be standing here at five o’clock on a Monday morning,” URTW regional organiser Kenny Strachan-Obi told strikers at Bellfield. “But the company has left us nowhere else to go.”",
        "The United Road Transport Workers union (URTW) says the company’s offer of 2.5% this year and 2% next year amounts to a real-terms pay cut, with inflation running above 4%.",
        "Maureen, 58, who has driven the number 14 route for 22 years, said she had never been on strike before. “I used to love this job. Now I count the days to my pension,” she said.",
        "Tariq, 34, said his rent had gone up by 14% this year. Beside him at the brazier, Dean, 41, said he was thinking of leaving the industry altogether. “The warehouses are paying two quid an hour more, and nobody spits at you,” he said.",
        "The company said in a statement that its offer was “fair, affordable and in line with settlements elsewhere in the industry”, and that it had been rejected “without being put to members in a ballot.”",
        "Managing director Priscilla Venn-Akintola said the strike would hurt the people who could least afford it. “Every day of this strike costs passengers who rely on us to get to work, to school and to hospital. We remain available to talk at any time,” she said.",
        "The Industrial Conciliation Service said it had offered to host talks later in the week. Its chief conciliator, Fergal Nwachukwu, said both sides had agreed to meet him separately. “There is a deal to be done here. There always is. The question is how many strike days it takes to find it,” he said.",
        "Kestleford Council leader Amrit Sohal-Baines urged both sides to return to the table, saying the town’s economy could not afford “a summer without buses.” He said the council would lay on extra park-and-ride services on strike days. “We will put on what we can, but we cannot replace 300 buses,” he said.",
    ),
    [
        "Deirdre Munroe-Asante",
        "Kestleford Evening Star",
        "Kestleford Omnibus Company",
        "Kenny Strachan-Obi",
        "United Road Transport Workers",
        "Maureen",
        "Tariq",
        "Dean",
        "Priscilla Venn-Akintola",
        "Industrial Conciliation Service",
        "Fergal Nwachukwu",
        "Kestleford Council",
        "Amrit Sohal-Baines",
    ],
    [
        Q(
            "Nobody on this picket line wanted to be standing here at five o’clock on a Monday morning",
            "Kenny Strachan-Obi",
            "URTW regional organiser Kenny Strachan-Obi",
            how="after",
        ),
        Q(
            "But the company has left us nowhere else to go",
            "Kenny Strachan-Obi",
            "URTW regional organiser Kenny Strachan-Obi",
            how="before",
        ),
        Q("I used to love this job. Now I count the days to my pension", "Maureen", "she", how="after"),
        Q("The warehouses are paying two quid an hour more, and nobody spits at you", "Dean", "he", how="after"),
        Q(
            "fair, affordable and in line with settlements elsewhere in the industry",
            "Kestleford Omnibus Company",
            "The company",
            kind="partial",
            stype="organisation",
            anchor="The company said in a statement",
        ),
        Q(
            "without being put to members in a ballot",
            "Kestleford Omnibus Company",
            "The company",
            kind="partial",
            stype="organisation",
            anchor="The company said in a statement",
        ),
        Q(
            "Every day of this strike costs passengers who rely on us to get to work, to school and to hospital. We remain available to talk at any time",
            "Priscilla Venn-Akintola",
            "she",
            how="after",
        ),
        Q(
            "There is a deal to be done here. There always is. The question is how many strike days it takes to find it",
            "Fergal Nwachukwu",
            "he",
            how="after",
        ),
        Q(
            "a summer without buses",
            "Amrit Sohal-Baines",
            "Kestleford Council leader Amrit Sohal-Baines",
            kind="partial",
        ),
        Q("We will put on what we can, but we cannot replace 300 buses", "Amrit Sohal-Baines", "he", how="after"),
    ],
)

article(
    "labour-strike",
    2,
    P(
        "Nurses and paramedics stage joint walkout as unions reject 3% award",
        "Rhiannon Clewes-Adebayo, Health Correspondent | The Severnside Mercury",
        "Thousands of nurses, paramedics and hospital porters walked out across the region yesterday in the first coordinated strike by three health unions in more than 30 years.",
        "The Nursing Staff Federation, Paramedics United and the Health Workers’ Guild are all in dispute over a 3 per cent pay award imposed by the Government in July. In a joint statement, the three unions said the award was ‘an insult to staff who held the service together through the pandemic and have been thanked with real-terms pay cuts ever since’.",
        "Outside St Aldhelm’s Hospital, where pickets chanted ‘Clap for us? Pay us!’ as the morning shift changed, Paramedics United general secretary Joanne Ferris-Mbeki addressed a crowd of about 400. ‘We did not come into this job to get rich. We came into it to save lives, and we cannot do that if we cannot pay the rent,’ she said.",
        "Sian, 29, a nurse on the hospital’s cardiac ward, said she had taken a second job stacking shelves at weekends. Her colleague Bex, 33, said three of the ward’s nurses had left for agency work since Easter. ‘They earn more in three shifts than I do in five. Who can blame them?’ she said.",
        "The Health Secretary, Marcus Pellow-Amadi, said the strike was ‘deeply regrettable’ and that the award was ‘the most the country can afford without cutting services elsewhere’.",
        "A letter from the Health Secretary to the three unions, seen by the Mercury, says the Government ‘will not reopen this year’s award’ but offers talks on next year’s pay round ‘at the earliest opportunity’.",
        "Severnvale Hospitals Trust said in a statement that emergency and cancer care had been maintained throughout the day. ‘We have worked closely with union colleagues to keep patients safe, and we thank everyone who has made that possible,’ the trust said.",
        "Asked on Severn Radio whether he would meet the unions before the next strike date, the Health Secretary said: ‘My door has been open all summer. What I cannot do is conjure money out of thin air.’",
        "Ms Ferris-Mbeki said the unions would announce further dates next week, and that a second walkout would include community nurses and ambulance control rooms.",
    ),
    [
        "Rhiannon Clewes-Adebayo",
        "Severnside Mercury",
        "Nursing Staff Federation",
        "Paramedics United",
        "Health Workers’ Guild",
        "St Aldhelm’s Hospital",
        "Joanne Ferris-Mbeki",
        "Sian",
        "Bex",
        "Marcus Pellow-Amadi",
        "Severnvale Hospitals Trust",
        "Severn Radio",
    ],
    [
        Q(
            "an insult to staff who held the service together through the pandemic and have been thanked with real-terms pay cuts ever since",
            "the three unions",
            "the three unions",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We did not come into this job to get rich. We came into it to save lives, and we cannot do that if we cannot pay the rent",
            "Joanne Ferris-Mbeki",
            "she",
            how="after",
        ),
        Q("They earn more in three shifts than I do in five. Who can blame them", "Bex", "she", how="after"),
        Q("deeply regrettable", "Marcus Pellow-Amadi", "Marcus Pellow-Amadi", kind="partial"),
        Q(
            "the most the country can afford without cutting services elsewhere",
            "Marcus Pellow-Amadi",
            "Marcus Pellow-Amadi",
            kind="partial",
        ),
        Q("will not reopen this year’s award", "Marcus Pellow-Amadi", "A letter", kind="partial"),
        Q("at the earliest opportunity", "Marcus Pellow-Amadi", "A letter", kind="partial"),
        Q(
            "We have worked closely with union colleagues to keep patients safe, and we thank everyone who has made that possible",
            "Severnvale Hospitals Trust",
            "the trust",
            stype="organisation",
            how="after",
        ),
        Q(
            "My door has been open all summer. What I cannot do is conjure money out of thin air",
            "Marcus Pellow-Amadi",
            "the Health Secretary",
            how="before",
        ),
    ],
)

article(
    "labour-strike",
    3,
    P(
        "Port strike ends after 19-hour mediation session",
        "By Mireille Osei-Whitfield | The Wharfside Record",
        """KESTREL BAY -- Dockworkers at Kestrel Bay will return to work on Thursday morning after their union and the port's largest terminal operator reached a tentative agreement in a mediation session that ran through the night, ending an 11-day strike that left more than 40 ships waiting at anchor.""",
        """In a joint statement released shortly after 6 a.m., the two sides said the agreement "provides wage increases of 14 per cent over four years and protects existing crew sizes on automated berths".""",
        '''"We had two parties who both wanted a deal and neither wanted to be the first to say so," said federal mediator Annika Solberg-Ward, who was appointed by the labour ministry last week. "Around three in the morning, somebody blinked. I'm not going to say who."''',
        """Casey Rourke-Mwangi, president of Waterfront Workers Union Local 27, said members would vote on the deal next week. She called it "the best contract this local has signed in a generation" and said automation had been the hardest issue to settle.""",
        """"Our members were never against machines. They were against being replaced by them without a say," Rourke-Mwangi said.""",
        """Kestrel Bay Terminals, which operates three of the port's five container berths, said in a separate statement that it was "pleased to have reached an agreement that secures the long-term competitiveness of the port".""",
        """Not everyone on the picket line was convinced. Gus Petrakis, 61, a lasher who has worked on the docks since he was 19, said he would wait to read the fine print. His son Nick, 36, who works the same shift, was more upbeat. "Fourteen per cent is fourteen per cent. I'll take it," he said.""",
        '''During the strike, hundreds of workers and supporters marched along the waterfront most afternoons, chanting "Whose port? Our port!"''',
        """Labour Minister Darnell Okwuosa said the government had been "days away" from introducing back-to-work legislation. "I'm glad it did not come to that. Agreements reached at the table last longer than ones imposed by Parliament," he said.""",
        """A spokesperson for the Coastal Shippers Council, which represents importers, said it would take "at least three weeks" to clear the backlog of containers.""",
    ),
    [
        "Mireille Osei-Whitfield",
        "Wharfside Record",
        "Annika Solberg-Ward",
        "Casey Rourke-Mwangi",
        "Waterfront Workers Union Local 27",
        "Kestrel Bay Terminals",
        "Gus Petrakis",
        "Nick",
        "Darnell Okwuosa",
        "Parliament",
        "Coastal Shippers Council",
    ],
    [
        Q(
            "provides wage increases of 14 per cent over four years and protects existing crew sizes on automated berths",
            "the two sides",
            "the two sides",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We had two parties who both wanted a deal and neither wanted to be the first to say so",
            "Annika Solberg-Ward",
            "federal mediator Annika Solberg-Ward",
            how="after",
        ),
        Q(
            "Around three in the morning, somebody blinked. I'm not going to say who",
            "Annika Solberg-Ward",
            "federal mediator Annika Solberg-Ward",
            how="before",
        ),
        Q(
            "the best contract this local has signed in a generation",
            "Casey Rourke-Mwangi",
            "She",
            kind="partial",
            how="before",
        ),
        Q(
            "Our members were never against machines. They were against being replaced by them without a say",
            "Casey Rourke-Mwangi",
            "Rourke-Mwangi",
            how="after",
        ),
        Q(
            "pleased to have reached an agreement that secures the long-term competitiveness of the port",
            "Kestrel Bay Terminals",
            "Kestrel Bay Terminals",
            kind="partial",
            stype="organisation",
        ),
        Q("Fourteen per cent is fourteen per cent. I'll take it", "Nick", "he", how="after"),
        Q("days away", "Darnell Okwuosa", "Labour Minister Darnell Okwuosa", kind="partial"),
        Q(
            "I'm glad it did not come to that. Agreements reached at the table last longer than ones imposed by Parliament",
            "Darnell Okwuosa",
            "he",
            how="after",
        ),
        Q(
            "at least three weeks",
            "a spokesperson for the Coastal Shippers Council",
            "A spokesperson for the Coastal Shippers Council",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "labour-strike",
    4,
    P(
        "Strike at Calverholt brake plant enters fourth week",
        "By Owain Pritchett | Calverholt Echo",
        "CALVERHOLT — About 650 workers at Torvane Braking Systems’ plant on the Moorside industrial estate have now been on strike for three weeks, and neither side showed any sign of giving ground at a rally outside the factory gates on Saturday.",
        "“They told us in January that there was no money for a pay rise,” Brenda Oyelaran-Fisk, the union’s convenor at the plant, told the crowd. “In February they paid the shareholders a special dividend of £40 million.",
        "“So forgive us if we don’t believe them when they say the cupboard is bare.”",
        "The crowd responded with a chant of “Torvane, pay up!” that could be heard on the bypass.",
        "Torvane, a subsidiary of the Dutch-owned Helvoort Automotive group, employs about 1,400 people in Calverholt and supplies brake callipers to three car makers. The plant opened in 1962 and is still the town’s largest private employer.",
        "The union, Amalgamated Engineering and Allied Trades (AEAT), said the company’s offer of a one-off £750 payment and a 2% rise was “nowhere near” the 9% its members were seeking.",
        "A notice posted to employees on Friday, seen by the Calverholt Echo, said the company would “consider all options for the future of the site” if the strike continued into May. Torvane spokesman Giles Ferrante said the notice was “a statement of fact, not a threat.”",
        "“Our customers are car makers who need parts every day. If we cannot supply them from Calverholt, they will ask us to supply them from somewhere else,” Ferrante said.",
        "On the picket line, Pat, 57, said she had never been on strike in 31 years at the plant. Standing next to her, Lorraine, 44, said she had two children and a mortgage. “I can’t afford to be out, and I can’t afford to go back for what they’re offering,” she said.",
        "Business Minister Oliver Tasker-Nunn told Radio Calverholt on Friday that he was “monitoring the situation closely” and urged both sides to use the Workplace Mediation Service. “Nobody wins a long strike. Not the workers, not the company and not the town,” he said.",
        "The AEAT said talks would resume on Tuesday at the mediation service’s offices in Leeds.",
    ),
    [
        "Owain Pritchett",
        "Calverholt Echo",
        "Torvane Braking Systems",
        "Brenda Oyelaran-Fisk",
        "Helvoort Automotive",
        "Amalgamated Engineering and Allied Trades",
        "Giles Ferrante",
        "Pat",
        "Lorraine",
        "Oliver Tasker-Nunn",
        "Radio Calverholt",
        "Workplace Mediation Service",
    ],
    [
        Q(
            "They told us in January that there was no money for a pay rise",
            "Brenda Oyelaran-Fisk",
            "Brenda Oyelaran-Fisk",
            how="after",
        ),
        Q(
            "In February they paid the shareholders a special dividend of £40 million",
            "Brenda Oyelaran-Fisk",
            "Brenda Oyelaran-Fisk",
            how="before",
        ),
        Q(
            "So forgive us if we don’t believe them when they say the cupboard is bare",
            "Brenda Oyelaran-Fisk",
            "@prev",
        ),
        Q(
            "nowhere near",
            "Amalgamated Engineering and Allied Trades",
            "Amalgamated Engineering and Allied Trades",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "consider all options for the future of the site",
            "Torvane Braking Systems",
            "A notice",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "a statement of fact, not a threat",
            "Giles Ferrante",
            "Torvane spokesman Giles Ferrante",
            kind="partial",
        ),
        Q(
            "Our customers are car makers who need parts every day. If we cannot supply them from Calverholt, they will ask us to supply them from somewhere else",
            "Giles Ferrante",
            "Ferrante",
            how="after",
        ),
        Q(
            "I can’t afford to be out, and I can’t afford to go back for what they’re offering",
            "Lorraine",
            "she",
            how="after",
        ),
        Q(
            "monitoring the situation closely",
            "Oliver Tasker-Nunn",
            "Business Minister Oliver Tasker-Nunn",
            kind="partial",
        ),
        Q(
            "Nobody wins a long strike. Not the workers, not the company and not the town",
            "Oliver Tasker-Nunn",
            "he",
            how="after",
        ),
    ],
)

article(
    "labour-strike",
    5,
    P(
        "Unions shut down Accra as fuel levy strike enters second day",
        "By Kojo Manu-Adjei | The Coastline Mirror",
        "ACCRA — Shops, schools and government offices across the capital remained shut for a second day on Tuesday as a nationwide strike called by the country’s two main labour federations over fuel prices and public-sector pay brought much of Ghana to a standstill.",
        "In a joint statement on Monday night, the two federations said the strike would continue “until the government reverses the fuel levy and pays the arrears it has owed public workers since January.”",
        "The General Workers’ Congress (GWC) and the Trades Alliance of Ghana (TAG) together represent about 1.2 million workers. Their leaders say the 15 per cent levy, introduced in October, has pushed up transport fares and food prices across the country.",
        "“When the minister says ‘be patient’, he is speaking to people who have been patient for eleven years,” GWC secretary-general Comrade Yaw Opoku-Darkwah told thousands of marchers at Independence Square. “Patience does not pay school fees.”",
        "The crowd chanted “Levy must go!” as he spoke, and several marchers carried mock coffins labelled with the prices of kerosene and bread.",
        "TAG president Efua Mensah-Quaye said the federations had not ruled out extending the strike to the ports and the electricity company. “We have been very careful to keep hospitals open. Nobody should say we are playing with lives,” she told the Coastline Mirror.",
        "The Minister for Employment and Labour Relations, Kofi Asare-Frimpong, said on Monday that the government could not afford to scrap the levy. “If we remove it tomorrow, the hole in the budget does not disappear. Somebody pays for it, and usually it is the poorest,” he told a press conference.",
        "The minister said the arrears would be paid “in tranches” from March. A government spokesman, who was not authorised to speak on the record, said the cabinet would meet on Wednesday to consider “a revised offer.”",
        "Most Rev. Dr. Samuel Nkansah-Adu, chairman of the Interfaith Mediation Committee, who has been asked by both sides to mediate, said he had met union leaders on Monday and would meet the minister on Tuesday evening. “Both sides have told me they want this to end. I believe them. Now they must show it,” he said.",
        "At the Asafo Lane market, Kwame, 52, a trader in cooking oil and rice, said he supported the strike but was losing money every day his stall stayed shut. “I agree with them, but my children eat today, not when the levy goes,” he said.",
    ),
    [
        "Kojo Manu-Adjei",
        "Coastline Mirror",
        "General Workers’ Congress",
        "Trades Alliance of Ghana",
        "Yaw Opoku-Darkwah",
        "Efua Mensah-Quaye",
        "Kofi Asare-Frimpong",
        "Samuel Nkansah-Adu",
        "Interfaith Mediation Committee",
        "Kwame",
    ],
    [
        Q(
            "until the government reverses the fuel levy and pays the arrears it has owed public workers since January",
            "the two federations",
            "the two federations",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "When the minister says ‘be patient’, he is speaking to people who have been patient for eleven years",
            "Yaw Opoku-Darkwah",
            "GWC secretary-general Comrade Yaw Opoku-Darkwah",
            how="after",
        ),
        Q(
            "Patience does not pay school fees",
            "Yaw Opoku-Darkwah",
            "GWC secretary-general Comrade Yaw Opoku-Darkwah",
            how="before",
        ),
        Q(
            "We have been very careful to keep hospitals open. Nobody should say we are playing with lives",
            "Efua Mensah-Quaye",
            "she",
            how="after",
        ),
        Q(
            "If we remove it tomorrow, the hole in the budget does not disappear. Somebody pays for it, and usually it is the poorest",
            "Kofi Asare-Frimpong",
            "he",
            how="after",
        ),
        Q("in tranches", "Kofi Asare-Frimpong", "The minister", kind="partial", how="before"),
        Q("a revised offer", "a government spokesman", "A government spokesman", kind="partial", stype="unnamed"),
        Q(
            "Both sides have told me they want this to end. I believe them. Now they must show it",
            "Samuel Nkansah-Adu",
            "he",
            how="after",
        ),
        Q("I agree with them, but my children eat today, not when the levy goes", "Kwame", "he", how="after"),
    ],
)

article(
    "labour-strike",
    6,
    P(
        "Warehouse workers strike at Dunmoor distribution hub",
        "By Isla Brannigan-Oke | The Fenmarch Weekly",
        """DUNMOOR -- Around 1,100 workers at Parcelwise's largest distribution centre walked out at midnight on Sunday in the company's first strike in Britain, after talks over pay and the use of productivity targets broke down.""",
        """Organisers from the Logistics and Warehouse Workers Union (LWWU) said more than 80 per cent of the day shift had joined the picket line by 7am. Pickets chanted 'Humans, not handsets' as lorries queued at the gate.""",
        """Sam Quayle-Obi, the union's lead organiser at the site, who uses they/them pronouns, said the dispute was about dignity as much as money. 'People are timed going to the toilet. They get a warning on their handset if they stop to talk to a colleague,' they said. 'Nobody should have to work like that for £11.40 an hour.'""",
        """Parcelwise said in a statement that the targets were 'based on industry benchmarks and regularly reviewed' and that its pay offer of 6 per cent was 'among the most competitive in the sector'.""",
        """Two workers on the picket line described very different shifts. Leanne, 26, said she had been disciplined twice in a month for missing her 'pick rate'. Her friend Kerry, 27, said her own manager had always been fair. 'It's not the managers. It's the system above them. The handset doesn't care if your kid is ill,' she said.""",
        """A Parcelwise manager, who asked not to be named because staff are not allowed to speak to the press, told the Weekly that morale had been 'on the floor for months'. 'Half my team are on anxiety medication. I'm not far off it myself,' the manager said.""",
        """Local MP Gwen Tallis-Mbatha, who visited the picket line, said she had written to the company's UK chief executive, Bastian Rolfe, asking him to 'come to Dunmoor and do a shift on the floor before he defends those targets'.""",
        """Rolfe has not replied, according to her office. In a video message to staff seen by the Weekly, he said the company 'respects the right of colleagues to take industrial action' but urged them to 'look at the whole package'.""",
        """The union said further strike days would be announced if the company did not return to talks by Friday, and that workers at two smaller Parcelwise sites were being balloted.""",
    ),
    [
        "Isla Brannigan-Oke",
        "Fenmarch Weekly",
        "Parcelwise",
        "Logistics and Warehouse Workers Union",
        "Sam Quayle-Obi",
        "Leanne",
        "Kerry",
        "Gwen Tallis-Mbatha",
        "Bastian Rolfe",
    ],
    [
        Q(
            "People are timed going to the toilet. They get a warning on their handset if they stop to talk to a colleague",
            "Sam Quayle-Obi",
            "they",
            how="after",
        ),
        Q("Nobody should have to work like that for £11.40 an hour", "Sam Quayle-Obi", "they", how="before"),
        Q(
            "based on industry benchmarks and regularly reviewed",
            "Parcelwise",
            "Parcelwise",
            kind="partial",
            stype="organisation",
            anchor="Parcelwise said in a statement",
        ),
        Q(
            "among the most competitive in the sector",
            "Parcelwise",
            "Parcelwise",
            kind="partial",
            stype="organisation",
            anchor="Parcelwise said in a statement",
        ),
        Q(
            "It's not the managers. It's the system above them. The handset doesn't care if your kid is ill",
            "Kerry",
            "she",
            how="after",
        ),
        Q(
            "on the floor for months",
            "a Parcelwise manager",
            "A Parcelwise manager",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Half my team are on anxiety medication. I'm not far off it myself",
            "a Parcelwise manager",
            "the manager",
            stype="unnamed",
            how="after",
        ),
        Q(
            "come to Dunmoor and do a shift on the floor before he defends those targets",
            "Gwen Tallis-Mbatha",
            "Local MP Gwen Tallis-Mbatha",
            kind="partial",
        ),
        Q(
            "respects the right of colleagues to take industrial action",
            "Bastian Rolfe",
            "he",
            kind="partial",
            anchor="he said the company",
        ),
        Q("look at the whole package", "Bastian Rolfe", "he", kind="partial", anchor="he said the company"),
    ],
)

# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------


def main():
    run_part(ARTICLES, STYLES, OUT, "--review" in sys.argv)


if __name__ == "__main__":
    main()
