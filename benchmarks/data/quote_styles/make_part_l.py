#!/usr/bin/env python3
"""Source of truth for part_l.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
us-local-politics, health-investigation, wire-world-roundup and
music-culture-feature (6 articles each; n<=4 "dev", n 5-6 "held-out").
350-750 words and 6-12 gold quotes per article.

All articles below are invented (people, outlets, wire and state news
agencies, broadcasters, legislators' districts, counties, boards, offices,
associations, lobbies, hospitals, trusts, care homes, regulators, companies,
unions, rebel groups, labels, bands, festivals, songs, albums, towns and
villages; real countries, US states, a few large cities -- Denver, Atlanta,
Phoenix, St. Paul, Pittsburgh, Leeds, Sheffield, Bristol, Leicester,
Glasgow, Medellín, Madrid, São Paulo, Santiago, Accra, Kumasi, Manila,
Dhaka, Warsaw, Marrakech, Tokyo, Bogotá, Nairobi, Hanoi, Ho Chi Minh City,
Buenos Aires, Belgrade, Colombo, Brasilia, Helsinki, Ulaanbaatar, Cairo,
Oslo -- and regions, peoples and motorways appear, as in parts A-K).
Each article is held as plain text; every gold quote and every speaker
mention is located by exact substring search and the character offsets are
computed here, then checked (text[start:end] == quote text, quote-mark
sanity, counts, word counts) before part_l.jsonl is written.

Run:  python3 make_part_l.py          (writes part_l.jsonl next to this file)
      python3 make_part_l.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in us-local-politics-2, us-local-politics-6,
health-investigation-2, wire-world-roundup-2, wire-world-roundup-6 and
music-culture-feature-2, single curly quotes in health-investigation-3,
wire-world-roundup-3 and music-culture-feature-3 (and in the US-style
headline of us-local-politics-3), straight single quotes in
health-investigation-5 and music-culture-feature-6 (apostrophes inside the
quotes, "kids' names", left as they are); nested quotes (straight single
inside straight double in us-local-politics-2 and health-investigation-2,
both quotes ending in the nested closing mark; curly single inside curly
double in health-investigation-6 and wire-world-roundup-1, both ending in
the nested mark, and music-culture-feature-1; curly double inside curly
single in music-culture-feature-3), quotes continued over a paragraph break
(us-local-politics-4, health-investigation-4, wire-world-roundup-2,
music-culture-feature-4), and colon, "said X", "X said", "says X",
mid-quote (us-local-politics-6), "according to", "told <outlet>",
pronoun-across-sentences ("He paused before adding:") and next-sentence
attributions (us-local-politics-4, health-investigation-4).

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-K already documented (police/agency/company/
ministry/band "said in a statement" as organisation; a document as
grammatical speaker is its author's, span the document mention as written,
possessive determiner kept ("Its report"); a memo, email or letter signed
by a named person is that person's; joint statements as unnamed under the
phrase that introduces the parties; glued roles and long glued titles stay
in the span, comma-bounded ones do not; appositive names ("Her spokesman,
Theo Marchetti, said") are the span; unnamed phrases keep a restrictive
clause but not a comma-bounded one; first-name-only people are persons and
entities; nicknames, titles, ratings, brands, song/album names and festival
names in quote marks are never gold; headline attributions point at the
headline mention as written; "told <outlet>", "told the committee",
"says" are speech verbs; translated quotes belong to the original speaker; a state news
agency that "quoted X as saying" is not the speaker, X is; an outlet's own
unsigned verdict is the outlet's; names that do not reveal gender are
attributed through the pronoun the text uses; stage names as in part E's
celebrity and part I's entertainment-review).

Part L readings of the conventions, for cases the new styles bring:
* us-local-politics: a party-and-district tag after a lawmaker's name
  ("Rep. Marisol Quintanar, D-Alder Springs", "Sen. Greta Holmquist,
  DFL-Pine Arbor", "State Rep. Tobias Wendt, R-Martindale") is comma-bounded
  and never in the span, like part G's bracketed "(Ind)"; a glued title is
  in the span and leaves the speaker ("Sen. Kendall Price", "Sen. Russell
  Hamblin", "Sen. Joaquin Ledesma", "Commissioner Paul Orkney", "Sheriff
  Dolores Aucoin").  "the governor", "the lawmaker" for a person named earlier are
  role-only spans; the headline "Governor vows to veto 'reckless' ..." is
  gold with span "Governor" and the body repeats the word (occ).  A
  statement released by the governor's office: the governor's own words in
  it ("Varnado said: '...'", "the governor said in a news release") are the
  governor's; its third-person wording about the governor ("The statement
  said the governor 'has made her position clear ...'") is the office's --
  unnamed "the governor’s office", since a lower-case office is generic and
  not an entity (part H's "the city attorney's office") -- span "The
  statement".  A governor's spokesman describing the governor is the
  spokesman (part H).  "according to a news release" after an organisation
  that is the grammatical subject leaves the organisation the speaker; "'...,'
  according to Sen. Joaquin Ledesma" is Ledesma's, span the glued name.
  A lawmaker's question at a hearing ("'...?' he asked") is gold.  A
  public-comment speaker introduced as "Another speaker, a man who said he
  had worked as an electrician ..." is unnamed "another speaker" (the
  comma-bounded appositive left out, part J's "another trader"), span "he".
  A staff memo from a named county office and a named board's written
  testimony are the office's / board's (organisation, span "A staff memo",
  "its written testimony").  The county and a deputies' association in a
  joint statement are unnamed "the county and the Laurel Fork Deputies
  Association", as the parties were first introduced, span "the county and
  the association".  Legislatures are entities ("Senate", "House", "Arizona
  Senate", part G), as are committees, boards and offices named in full;
  where "House" only occurs inside a committee's own name
  (us-local-politics-1) it is not listed on its own.  Bill numbers ("House
  Bill 1187", "Senate File 2214"), counties, townships and the Capitol are
  not entities; "the county", "the committee", "the board" are generic.
* health-investigation: patients and relatives by first name with or
  without age ("Chloe, 29", "Tegan") are persons and entities; a patient's
  job used later ("the bus driver") is a role-only span.  Anonymous
  whistleblowers are unnamed as first introduced, restrictive clauses kept
  and comma-bounded ones left out ("a surgical technician who worked at the
  hospital for six years and spoke on condition of anonymity because she
  still works in the region", "a midwife who has worked on the unit for more
  than a decade" (", and who asked not to be named ..." left out), "a
  former billing supervisor who worked at Prairie Mercy until last year",
  "one technician", "a former healthcare assistant"), span at the
  attributing place ("the technician", "A midwife", "she", "he").  Internal
  documents with a named author are the author's (part H's memo rule):
  "..., Grant Holloway, wrote:" (span the appositive name), "A reply ...
  from the hospital's chief operating officer, Sheila Marchbanks, said"
  (span "A reply"), "An email ... by ... Gillian Pardoe ... warned" (span
  "An email"), "A 2023 slide presentation ..., prepared by ... Curtis
  Wendeborn, ... described" (span the presentation); an email whose writer
  is redacted is unnamed "a biomedical engineer" (part G); an unsigned
  company document (an audit by the compliance department, a clinical
  governance report for the board, the hospital's own financial assistance
  policy) is the company's (organisation, span "The audit", "A clinical
  governance report", "The hospital’s financial assistance policy").  A
  regulator's inspection report is the regulator's (organisation, span
  "Their report", "Its report", "Its inspection report", "The inspection
  report"); ratings in quote marks ("inadequate", "requires improvement")
  are labels, never gold (part H's ratings), and words the report says
  patients used ("young people had told inspectors that they felt '...'")
  are theirs, unnamed "young people" (part H's "opponents").  Words of two
  siblings in one written statement are unnamed "her children", as they
  were introduced, span "the siblings"; a hospital and its collection
  agency in a joint statement are unnamed "the hospital and its collection
  agency" (the comma-bounded agency name left out), although both are
  entities.  An aide's words nested in a daughter's quote are never gold.
  Hospitals, trusts, care homes ("Brookvale", "Larkhill Lodge"), regulators,
  licensing boards and universities are entities; short forms ("St.
  Columba", "Bayside Children’s", "Cedarmere", "Serenity Pathways", "the
  trust") are valid spans and not listed again; "the health service", "the
  state" and "this newspaper" (never a span) are generic.
* wire-world-roundup: each datelined item is read on its own (part I's
  digests), item headings in capitals attribute nothing, and the agency in
  the datelines and credit line is one entity ("Transworld News Agency",
  "TNA" a short form).  Officials and residents speaking "through an
  interpreter", "in Tagalog, in remarks translated by TNA" or "in Tamazight
  through an interpreter" are the speakers.  A state news agency that
  "quoted Trade Minister X as telling" / "quoted Egypt's transport minister,
  X, as saying" is not the speaker: X is, span the glued or appositive name;
  the agency's own commentary ("In a commentary ..., Lac Hong said") is the
  agency (organisation, part H).  Ministries of real countries are entities
  under the name as written ("Foreign Ministry", "Interior Ministry"); "The
  ministry said in a statement" is the ministry (organisation), "An
  Interior Ministry spokesman" is unnamed.  A joint statement of two
  governments is unnamed "the two governments", span "the joint statement"
  where the statement is the subject; a government and a rebel group's
  joint statement read out by a mediator is unnamed "the two delegations",
  and the mediator who reads it is not the speaker (part I's jury
  citation).  A rebel commander known only by a nom de guerre with a rank
  ("Comandante Julián") keeps it as canonical speaker and entity, like part
  K's "Mr Justice Ormerod-Finch".  Glued role-and-rank chains stay in the
  span ("Coast guard spokesperson Commander Jericho Dimaculangan", "fire
  service deputy director Nazmul Karim Talukdar", "Chief Cabinet Secretary
  Hidetaka Morishima", "Presidential spokesman Gastón Iturralde");
  family-name-first names are canonical as written ("Ganzorig Munkhbat",
  "Oyuntsetseg Bat-Erdene", "Nguyen Thi Hoai Thu", "Tran Minh Khoa").  "the
  minister", "the official" are role-only / unnamed spans as in part I.
  Countries, regions, crossings, wind farms and rivers are places or
  facilities; "the government's emergency commission", "the coast guard",
  "the state game management office" are generic, and "the Party and the
  State" inside a quote are short forms (part H).
* music-culture-feature: the canonical name is the name first given in
  full, stage or legal (part E): "Juniper Vale" (born Dorothea Amankwah),
  "K-Lo" (born Keon Lomax), "Vesper" (legal name Adaeze Nwachukwu),
  "Marrowbone" (the stage name of Alexis Tregarthen), "Santi Lumbre"; the
  other name is not listed again, and a mention by it is a valid span
  ("Amankwah says", "Nwachukwu said", "Tregarthen says").  A producer's
  working name given after the legal name ("Lowtide", "Big Dunc", "Tres
  Lunas") is likewise a valid span of the legal-name speaker; a nickname in
  quote marks ('Hatch') is never gold and left out of the canonical name
  ("Harriet Boyce", part D).  A lyric sung, rapped or screamed by the artist
  who wrote it is a partial quote of that artist, span the mention at the
  verb ("she sings", "she raps", "Keeling sings", "Ravenhill screams", "he
  sings"); a lyric in Spanish is an ordinary partial and its bracketed
  translation without quote marks is not a quote (part G's Irish reading).
  A named critic writing in another outlet is a person ("Critic Simone
  Achterberg", "critic Owen Marsh-Delacroix", "Marguerite Fane, writing in
  Sidewalk Sound", "Riffcrypt's reviewer, Ade Olawale" -> the appositive
  name); an outlet's own unsigned verdict ("Cutline was cooler, describing
  it in its review as", "The Folk Ledger once described it as", "The Sunday
  Standard was less kind, finding") is the outlet's (organisation, part F).
  Festival organisers and directors are persons ("festival organiser Jo
  Pennicott", glued role kept); festivals, tours, songs and albums are
  events or titles, never entities; bands and labels are organisations, and
  a band's statement ("the band said it needed '...'") is the band's.  Named
  fans are persons; anonymous ones are unnamed as first introduced ("one fan
  who had waited three hours in the rain"; "one fan, a 19-year-old nursing
  student ..." -> "one fan").  Two artists' joint statement is unnamed "the
  two artists", span "they".  An age mention of a person named earlier ("the
  29-year-old") is a role-only span (part K).  A mother and son sharing a
  surname (Bernadette and Tobi Ashworth-Nkemelu) are told apart by context;
  a late husband given only as "Emeka" is a person under that name."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_l.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["us-local-politics", "health-investigation", "wire-world-roundup", "music-culture-feature"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# US-LOCAL-POLITICS
# ---------------------------------------------------------------------------

article(
    "us-local-politics",
    1,
    P(
        "Rural ambulance bill draws hours of testimony at Capitol",
        "By Nadine Oyelaran-Fisk | Front Range Ledger",
        "DENVER — A bill that would let Colorado counties create special taxing districts to keep rural ambulance services running drew more than three hours of testimony Tuesday before the House Health and Human Services Committee, with paramedics, county officials and business lobbyists crowding into a hearing room built for half as many people.",
        "The measure, House Bill 1187, is sponsored by Rep. Marisol Quintanar, D-Alder Springs, whose district includes four counties where the nearest hospital is more than an hour’s drive away.",
        "“When you call 911 in Kettle County, you are calling a volunteer who may be forty minutes away and who has a day job,” Quintanar told the committee. “This bill doesn’t solve that. It gives counties a way to start solving it.”",
        "Kettle County Commissioner Ruth Ellery, a Republican, sat beside Quintanar at the witness table. She said the county’s only ambulance service had lost six of its eleven volunteers since 2021. “We are down to people in their sixties and seventies running calls at two in the morning,” she said. “One of them is my husband.”",
        "Casey Lindqvist, a paramedic from the town of Brushwood, described working a cardiac arrest in the bed of a pickup truck last winter because the county’s one ambulance was already out on another call. “I kept him alive for thirty-one minutes on a tailgate,” Lindqvist said. He paused before adding: “He didn’t make it. I still drive past that stretch of road every day.”",
        "Not everyone in the room was persuaded. Brent Aldine, a lobbyist for the Front Range Retailers Association, said the bill would let counties stack a new sales tax on top of rates that are already among the highest in the region.",
        "“Our members are not against ambulances. They are against being the only ones asked to pay for them,” Aldine said.",
        "Committee Chairman Rep. Dale Overbey, R-Ferris Hollow, pressed Quintanar on why the bill allowed a sales tax rather than a property tax. “If this is a service for everybody in the district, why are we putting it on the people who happen to shop there?” he asked.",
        "Quintanar said counties would be free to choose either one. “I trust county commissioners to know their own tax base better than we do,” she said.",
        "Gov. Annalise Corbett has not taken a position on the bill. Her spokesman, Theo Marchetti, said in an interview that the governor was “watching it closely” and was worried about “a patchwork of tax rates from one county line to the next.”",
        "The Mountain States EMS Coalition, which represents about 140 ambulance services, endorsed the bill, calling it “the first serious attempt in a decade to keep rural stations open,” according to a news release.",
        "The committee is expected to vote on the bill next week.",
    ),
    [
        "Nadine Oyelaran-Fisk",
        "Front Range Ledger",
        "House Health and Human Services Committee",
        "Marisol Quintanar",
        "Ruth Ellery",
        "Casey Lindqvist",
        "Brent Aldine",
        "Front Range Retailers Association",
        "Dale Overbey",
        "Annalise Corbett",
        "Theo Marchetti",
        "Mountain States EMS Coalition",
    ],
    [
        Q(
            "When you call 911 in Kettle County, you are calling a volunteer who may be forty minutes away and who has a day job",
            "Marisol Quintanar",
            "Quintanar",
            how="after",
        ),
        Q(
            "This bill doesn’t solve that. It gives counties a way to start solving it",
            "Marisol Quintanar",
            "Quintanar",
            how="before",
        ),
        Q(
            "We are down to people in their sixties and seventies running calls at two in the morning",
            "Ruth Ellery",
            "she",
            how="after",
        ),
        Q("One of them is my husband", "Ruth Ellery", "she", how="before"),
        Q("I kept him alive for thirty-one minutes on a tailgate", "Casey Lindqvist", "Lindqvist", how="after"),
        Q(
            "He didn’t make it. I still drive past that stretch of road every day",
            "Casey Lindqvist",
            "He",
            anchor="He paused",
        ),
        Q(
            "Our members are not against ambulances. They are against being the only ones asked to pay for them",
            "Brent Aldine",
            "Aldine",
            how="after",
        ),
        Q(
            "If this is a service for everybody in the district, why are we putting it on the people who happen to shop there",
            "Dale Overbey",
            "he",
            how="after",
        ),
        Q(
            "I trust county commissioners to know their own tax base better than we do",
            "Marisol Quintanar",
            "she",
            how="after",
        ),
        Q("watching it closely", "Theo Marchetti", "Theo Marchetti", kind="partial"),
        Q(
            "a patchwork of tax rates from one county line to the next",
            "Theo Marchetti",
            "Theo Marchetti",
            kind="partial",
        ),
        Q(
            "the first serious attempt in a decade to keep rural stations open",
            "Mountain States EMS Coalition",
            "The Mountain States EMS Coalition",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "us-local-politics",
    2,
    P(
        """Harrow County board approves data center tax break over neighbors' objections""",
        """By Gil Serrano-Watts | Harrow Courier""",
        """MARTINDALE, Ind. -- The Harrow County Board of Commissioners voted 2-1 Monday night to grant a 10-year property tax abatement to Ironvale Digital, which plans to build a $640 million data center on about 300 acres of farmland east of Martindale.""",
        """The vote came after nearly three hours of public comment in a meeting room so crowded that sheriff's deputies opened a second room next door and piped in the audio.""",
        """Commissioner Paul Orkney, who cast the lone vote against the abatement, said the county was "giving away the store" to a company that would employ fewer than 60 people once construction ended.""",
        """Board President Linda Baptiste disagreed. "For ten years, every kid who graduated from Martindale High and wanted a good job had to leave. I'm tired of going to going-away parties," she said.""",
        """More than 40 people signed up to speak, most of them opposed. Darlene Voss, whose family has farmed the land next to the site since 1911, told commissioners the company had never once knocked on her door. "They bought the ground through an LLC so nobody would know who it was. That tells you everything you need to know," she said.""",
        """Another speaker, a man who said he had worked as an electrician in Martindale for 30 years, said he supported the project. "Three years of construction is three years of paychecks for people sitting in this room," he said.""",
        """Ironvale Digital said in a news release after the vote that it was "grateful for the county's partnership" and expected to break ground in the spring. The company did not respond to questions about how much water the plant would use.""",
        """A staff memo from the Harrow County Office of Economic Development, included in Monday's agenda packet, says the project would generate "roughly $4.1 million a year in new tax revenue even with the abatement in place." The memo does not address water use, which opponents estimate at up to a million gallons a day.""",
        """State Rep. Tobias Wendt, R-Martindale, whose district includes the site, said in an interview Tuesday that he had pressed the company to pay for road repairs. "I told them, 'If your trucks are going to tear up County Road 400, you're going to fix County Road 400,'" Wendt said. "They said yes. I'm going to hold them to it.\"""",
        """Baptiste told the Courier after the meeting: "I've lost friends over this. I understand why, and I'd still vote the same way tomorrow.\"""",
        """Orkney said he expected opponents to challenge the vote in court. "This isn't over. I'd bet my pension on it," he said.""",
    ),
    [
        "Gil Serrano-Watts",
        "Harrow Courier",
        "Harrow County Board of Commissioners",
        "Ironvale Digital",
        "Paul Orkney",
        "Linda Baptiste",
        "Martindale High",
        "Darlene Voss",
        "Harrow County Office of Economic Development",
        "Tobias Wendt",
    ],
    [
        Q("giving away the store", "Paul Orkney", "Commissioner Paul Orkney", kind="partial"),
        Q(
            "For ten years, every kid who graduated from Martindale High and wanted a good job had to leave. I'm tired of going to going-away parties",
            "Linda Baptiste",
            "she",
            how="after",
        ),
        Q(
            "They bought the ground through an LLC so nobody would know who it was. That tells you everything you need to know",
            "Darlene Voss",
            "she",
            how="after",
        ),
        Q(
            "Three years of construction is three years of paychecks for people sitting in this room",
            "another speaker",
            "he",
            stype="unnamed",
            how="after",
        ),
        Q(
            "grateful for the county's partnership",
            "Ironvale Digital",
            "Ironvale Digital",
            kind="partial",
            stype="organisation",
            anchor="Ironvale Digital said in a news release",
        ),
        Q(
            "roughly $4.1 million a year in new tax revenue even with the abatement in place",
            "Harrow County Office of Economic Development",
            "A staff memo",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I told them, 'If your trucks are going to tear up County Road 400, you're going to fix County Road 400,'",
            "Tobias Wendt",
            "Wendt",
            how="after",
        ),
        Q("They said yes. I'm going to hold them to it", "Tobias Wendt", "Wendt", how="before"),
        Q(
            "I've lost friends over this. I understand why, and I'd still vote the same way tomorrow",
            "Linda Baptiste",
            "Baptiste",
            anchor="Baptiste told the Courier",
        ),
        Q("This isn't over. I'd bet my pension on it", "Paul Orkney", "he", how="after"),
    ],
)

article(
    "us-local-politics",
    3,
    P(
        "Governor vows to veto ‘reckless’ payday lending bill",
        "By Marcus Ebright-Lowe, Statehouse Bureau | Piedmont Courier-Star",
        "ATLANTA — Gov. Celeste Varnado promised Thursday to veto a bill that would loosen limits on short-term lending, calling it “reckless” hours after it cleared the state Senate on a 31-24 vote.",
        "In a statement released by the governor’s office, Varnado said: “I will not sign a bill that lets a lender charge a single mother 300 percent interest to fix her car. Not this year, not any year.”",
        "The statement said the governor “has made her position clear to Senate leadership since January” and would “use every tool available to her” to stop the measure.",
        "Senate Bill 318 would allow licensed lenders to offer installment loans of up to $3,000 with annual interest rates far above the state’s current cap of 36 percent. Its sponsor, Sen. Wade Pruett, R-Calloway, argued that online lenders already make such loans to Georgians with no state oversight at all.",
        "“The governor is entitled to her opinion. She is not entitled to pretend these loans don’t already exist, online, with no rules whatsoever,” Pruett said after the vote.",
        "Sen. Imani Castellow, D-Eastmoor, led the opposition on the floor. “Calling this consumer choice is like calling a flood a water feature,” she said during the debate. “Nobody in my district chooses this. They run out of choices and end up here.”",
        "The bill was pushed hard by the Southern Installment Lenders Association, whose lobbyist, Renata Kowalczyk, was a constant presence outside the Senate chamber this week. Kowalczyk said in an interview that the industry would “keep making the case” in the House, where the bill’s prospects are less certain.",
        "The Georgia Community Credit Alliance, a coalition of credit unions and consumer groups, praised the governor, according to a news release, saying she had “stood with working families when it counted.”",
        "Asked Friday whether she would negotiate with the bill’s backers over a lower interest cap, the governor was blunt. “There’s nothing to negotiate. Three hundred percent is three hundred percent,” the governor told reporters outside her office.",
        "Overriding a veto requires a two-thirds vote in both chambers. The bill passed the Senate well short of that margin, and Pruett acknowledged that an override was unlikely this session.",
    ),
    [
        "Marcus Ebright-Lowe",
        "Piedmont Courier-Star",
        "Celeste Varnado",
        "Wade Pruett",
        "Senate",
        "Imani Castellow",
        "Southern Installment Lenders Association",
        "Renata Kowalczyk",
        "House",
        "Georgia Community Credit Alliance",
    ],
    [
        Q("reckless", "Celeste Varnado", "Governor", kind="partial", occ=0),
        Q("reckless", "Celeste Varnado", "Gov. Celeste Varnado", kind="partial", occ=1),
        Q(
            "I will not sign a bill that lets a lender charge a single mother 300 percent interest to fix her car. Not this year, not any year",
            "Celeste Varnado",
            "Varnado",
        ),
        Q(
            "has made her position clear to Senate leadership since January",
            "the governor’s office",
            "The statement",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "use every tool available to her",
            "the governor’s office",
            "The statement",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "The governor is entitled to her opinion. She is not entitled to pretend these loans don’t already exist, online, with no rules whatsoever",
            "Wade Pruett",
            "Pruett",
            how="after",
        ),
        Q(
            "Calling this consumer choice is like calling a flood a water feature",
            "Imani Castellow",
            "she",
            how="after",
        ),
        Q(
            "Nobody in my district chooses this. They run out of choices and end up here",
            "Imani Castellow",
            "she",
            how="before",
        ),
        Q("keep making the case", "Renata Kowalczyk", "Kowalczyk", kind="partial", anchor="Kowalczyk said"),
        Q(
            "stood with working families when it counted",
            "Georgia Community Credit Alliance",
            "The Georgia Community Credit Alliance",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "There’s nothing to negotiate. Three hundred percent is three hundred percent",
            "Celeste Varnado",
            "the governor",
            how="after",
        ),
    ],
)

article(
    "us-local-politics",
    4,
    P(
        "Feedlot setback bill pits lake owners against hog farmers",
        "By Solveig Ambrose | Pioneer Ledger",
        "ST. PAUL, Minn. — Lake associations and livestock farmers filled a Senate hearing room Wednesday for testimony on a bill that would bar new or expanded feedlots within two miles of lakes the state has classified as sensitive to runoff.",
        "“We are not going to have clean lakes and a growing livestock industry in the same watershed unless somebody is willing to draw a line.”",
        "That was how Sen. Greta Holmquist, DFL-Pine Arbor, opened testimony on Senate File 2214, a bill she has carried for three sessions without getting it out of committee. Holmquist said existing farms that stayed the same size would not be affected. “The lake doesn’t care whose manure it is. It only cares how much,” she said.",
        "Robin Halvorsen, who has spent summers on Loon Bay Lake since 1974 and now chairs its lake association, set a jar of cloudy green water on the witness table. “This came out of the lake next to my dock on the Fourth of July,” she said. “My grandchildren wouldn’t swim in it. I wouldn’t let the dog swim in it.",
        "“Twenty years ago you could see the bottom in eight feet of water. Now you can’t see your own knees.”",
        "Dwight Saarinen, who raises about 4,000 hogs a year near Pine Arbor, told senators the bill would freeze his farm in place. “My son wants to come home and farm with me. Under this bill there’s nothing for him to come home to,” Saarinen said. Lyle Brekke, who testified next, said he had farmed beside Saarinen for 30 years. “Dwight’s barns are cleaner than most people’s kitchens. He shouldn’t be punished for what somebody else did upstream,” he said.",
        "“This is a ban dressed up as a setback rule,” said Courtney Vang, a lobbyist for the North Star Livestock Producers Association. Vang said the group would instead support tighter manure-application rules statewide. “If the problem is phosphorus, regulate phosphorus. Don’t regulate zip codes,” he said.",
        "The state Board of Water and Lake Quality, which monitors the lakes, did not take a position. But its written testimony to the committee says phosphorus concentrations in 38 of the 112 lakes on the sensitive list have risen “faster in the last decade than in any comparable period since monitoring began.”",
        "Committee Chair Sen. Norris Pelkey, R-Birch Hollow, said he would hold the bill over for possible inclusion in a larger environment package. Pelkey called the testimony “some of the most heartfelt I’ve heard in this room” but said he doubted the bill could pass the full Senate in its current form.",
        "“I don’t have the votes yet. I’ve got two weeks to find them,” Holmquist told the Pioneer Ledger after the hearing.",
    ),
    [
        "Solveig Ambrose",
        "Pioneer Ledger",
        "Senate",
        "Greta Holmquist",
        "Robin Halvorsen",
        "Dwight Saarinen",
        "Lyle Brekke",
        "Courtney Vang",
        "North Star Livestock Producers Association",
        "Board of Water and Lake Quality",
        "Norris Pelkey",
    ],
    [
        Q(
            "We are not going to have clean lakes and a growing livestock industry in the same watershed unless somebody is willing to draw a line",
            "Greta Holmquist",
            "Sen. Greta Holmquist",
            how="after",
        ),
        Q(
            "The lake doesn’t care whose manure it is. It only cares how much",
            "Greta Holmquist",
            "she",
            how="after",
        ),
        Q("This came out of the lake next to my dock on the Fourth of July", "Robin Halvorsen", "she", how="after"),
        Q(
            "My grandchildren wouldn’t swim in it. I wouldn’t let the dog swim in it",
            "Robin Halvorsen",
            "she",
            how="before",
        ),
        Q(
            "Twenty years ago you could see the bottom in eight feet of water. Now you can’t see your own knees",
            "Robin Halvorsen",
            "@prev",
        ),
        Q(
            "My son wants to come home and farm with me. Under this bill there’s nothing for him to come home to",
            "Dwight Saarinen",
            "Saarinen",
            how="after",
        ),
        Q(
            "Dwight’s barns are cleaner than most people’s kitchens. He shouldn’t be punished for what somebody else did upstream",
            "Lyle Brekke",
            "he",
            how="after",
        ),
        Q("This is a ban dressed up as a setback rule", "Courtney Vang", "Courtney Vang"),
        Q(
            "If the problem is phosphorus, regulate phosphorus. Don’t regulate zip codes",
            "Courtney Vang",
            "he",
            how="after",
        ),
        Q(
            "faster in the last decade than in any comparable period since monitoring began",
            "Board of Water and Lake Quality",
            "its written testimony",
            kind="partial",
            stype="organisation",
        ),
        Q("some of the most heartfelt I’ve heard in this room", "Norris Pelkey", "Pelkey", kind="partial"),
        Q(
            "I don’t have the votes yet. I’ve got two weeks to find them",
            "Greta Holmquist",
            "Holmquist",
            how="after",
        ),
    ],
)

article(
    "us-local-politics",
    5,
    P(
        "Laurel Fork County commissioners back $48 million jail expansion",
        "By Terrance Oduya | Laurel Fork Sentinel",
        "CASSELTON, Ohio — Laurel Fork County commissioners voted unanimously Tuesday to borrow $48 million to add 220 beds to the county jail, after Sheriff Dolores Aucoin told them the building had become “a danger to every person inside it, staff included.”",
        "The Laurel Fork County Sheriff’s Office said in a news release last week that the jail had held an average of 412 inmates a night in March, “well beyond its rated capacity of 290 and beyond anything our training manuals contemplate.”",
        "At Tuesday’s meeting, the sheriff described inmates sleeping on mattresses in hallways and in a converted gym. “We had a man go 11 days without a shower last month because we could not safely move him,” Aucoin said. “I am not proud of that. I’m telling you because you need to hear it.”",
        "Commissioner Gwen Fairleigh, who had pushed for a smaller expansion, said she changed her mind after touring the jail with Aucoin in February. “I walked in thinking she was exaggerating. She wasn’t,” Fairleigh said.",
        "Not everyone in the audience agreed. Tamika Rowe, whose 22-year-old son spent four months in the jail awaiting trial on a charge that was later dismissed, told commissioners the county was building the wrong thing. “Half the people in there haven’t been convicted of anything. Build a treatment center. Fix bail. Don’t build more cells,” she said.",
        "The Rev. Aldous Whitcombe, pastor of Greater Hope Missionary Baptist Church in Casselton, echoed her. “You will fill every one of those beds. That is what always happens,” Whitcombe said.",
        "The vote followed an agreement reached last month between the county and the Laurel Fork Deputies Association over staffing. In a joint statement, the county and the association said the deal would add 34 corrections officers over three years and “end mandatory double shifts by the time the new wing opens.”",
        "State Sen. Victor Amsel, R-Greer Township, whose district includes the county, said in an interview that he would seek state money to cover part of the cost. “The state sends us its inmates on holds and doesn’t pay the full freight. That has to change,” Amsel said.",
        "Commissioner Bart Ruehl said the county would ask voters to renew a quarter-cent sales tax in November to help repay the bonds. Ruehl told the Sentinel the county’s finances could “easily” carry the new debt even if the renewal failed, a claim Rowe disputed in her remarks.",
        "Construction could begin as early as next spring, with the new wing opening in 2027, according to the county administrator’s office.",
    ),
    [
        "Terrance Oduya",
        "Laurel Fork Sentinel",
        "Dolores Aucoin",
        "Laurel Fork County Sheriff’s Office",
        "Gwen Fairleigh",
        "Tamika Rowe",
        "Aldous Whitcombe",
        "Greater Hope Missionary Baptist Church",
        "Laurel Fork Deputies Association",
        "Victor Amsel",
        "Bart Ruehl",
    ],
    [
        Q(
            "a danger to every person inside it, staff included",
            "Dolores Aucoin",
            "Sheriff Dolores Aucoin",
            kind="partial",
        ),
        Q(
            "well beyond its rated capacity of 290 and beyond anything our training manuals contemplate",
            "Laurel Fork County Sheriff’s Office",
            "The Laurel Fork County Sheriff’s Office",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We had a man go 11 days without a shower last month because we could not safely move him",
            "Dolores Aucoin",
            "Aucoin",
            how="after",
        ),
        Q(
            "I am not proud of that. I’m telling you because you need to hear it",
            "Dolores Aucoin",
            "Aucoin",
            how="before",
        ),
        Q("I walked in thinking she was exaggerating. She wasn’t", "Gwen Fairleigh", "Fairleigh", how="after"),
        Q(
            "Half the people in there haven’t been convicted of anything. Build a treatment center. Fix bail. Don’t build more cells",
            "Tamika Rowe",
            "she",
            how="after",
        ),
        Q(
            "You will fill every one of those beds. That is what always happens",
            "Aldous Whitcombe",
            "Whitcombe",
            how="after",
        ),
        Q(
            "end mandatory double shifts by the time the new wing opens",
            "the county and the Laurel Fork Deputies Association",
            "the county and the association",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "The state sends us its inmates on holds and doesn’t pay the full freight. That has to change",
            "Victor Amsel",
            "Amsel",
            how="after",
        ),
        Q("easily", "Bart Ruehl", "Ruehl", kind="partial", anchor="Ruehl told the Sentinel"),
    ],
)

article(
    "us-local-politics",
    6,
    P(
        """Senate sends rural groundwater bill to governor after late-night deal""",
        """By Alma Trejo-Nakamura | Desert Capitol Report""",
        """PHOENIX -- The Arizona Senate voted 19-11 just after midnight Thursday to give rural counties the power to create their own groundwater management areas, sending the most significant change to state water law in decades to Gov. Milo Arechiga, who has said he will sign it.""",
        """"Nobody," said Sen. Kendall Price, R-Copper Basin, "should be able to drill a well so deep that it drains every neighbor for ten miles around. That is exactly what is happening in my district right now.\"""",
        """Price, the bill's sponsor, said she had spent two years negotiating with farm groups and with the cities that draw on the same aquifers. "I've sat in more church basements this year than I did growing up," she said.""",
        """Sen. Russell Hamblin, R-Eagle Tank, called the bill "a land grab by people who've never pumped a gallon of water in their lives." He and Sen. Dwayne Oakes, R-Cholla, both of whom farm, voted against it. Oakes said his family had relied on the same wells for three generations. "My granddad drilled our first well in 1951. Nobody from Phoenix helped him do it," he said.""",
        """Audra Pennington-Ruiz, who lobbies for the Arizona Growers Alliance, said in an interview that the final version was "something we can live with, which is not the same as something we like.\"""",
        """The bill survived because of late amendments that exempt small domestic wells and existing irrigation rights, concessions that were "the price of getting to yes," according to Sen. Joaquin Ledesma, D-Sonora Flats, a co-sponsor.""",
        """The Valley Cities Water Coalition, which represents nine municipal water providers, said in a statement that the bill "protects the cities' existing rights and gives rural towns a real say in their own future.\"""",
        """Asked whether the measure went far enough, Price laughed. "Ask me in twenty years, when we find out whether there's still water under Copper Basin," the lawmaker said.""",
        """Arechiga is expected to sign the bill next week. "This is the most important water law Arizona has passed since 1980, and it happened because people who don't agree on much were willing to sit in the same room," the governor said in a news release issued minutes after the vote.""",
        """The new rules would take effect in January. Counties would need a public vote before creating a management area.""",
    ),
    [
        "Arizona Senate",
        "Alma Trejo-Nakamura",
        "Desert Capitol Report",
        "Milo Arechiga",
        "Kendall Price",
        "Russell Hamblin",
        "Dwayne Oakes",
        "Audra Pennington-Ruiz",
        "Arizona Growers Alliance",
        "Joaquin Ledesma",
        "Valley Cities Water Coalition",
    ],
    [
        Q("Nobody", "Kendall Price", "Sen. Kendall Price", occ=0),
        Q(
            "should be able to drill a well so deep that it drains every neighbor for ten miles around. That is exactly what is happening in my district right now",
            "Kendall Price",
            "Sen. Kendall Price",
        ),
        Q("I've sat in more church basements this year than I did growing up", "Kendall Price", "she", how="after"),
        Q(
            "a land grab by people who've never pumped a gallon of water in their lives",
            "Russell Hamblin",
            "Sen. Russell Hamblin",
            kind="partial",
        ),
        Q(
            "My granddad drilled our first well in 1951. Nobody from Phoenix helped him do it",
            "Dwayne Oakes",
            "he",
            how="after",
        ),
        Q(
            "something we can live with, which is not the same as something we like",
            "Audra Pennington-Ruiz",
            "Audra Pennington-Ruiz",
            kind="partial",
        ),
        Q("the price of getting to yes", "Joaquin Ledesma", "Sen. Joaquin Ledesma", kind="partial"),
        Q(
            "protects the cities' existing rights and gives rural towns a real say in their own future",
            "Valley Cities Water Coalition",
            "The Valley Cities Water Coalition",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Ask me in twenty years, when we find out whether there's still water under Copper Basin",
            "Kendall Price",
            "the lawmaker",
            how="after",
        ),
        Q(
            "This is the most important water law Arizona has passed since 1980, and it happened because people who don't agree on much were willing to sit in the same room",
            "Milo Arechiga",
            "the governor",
            how="after",
        ),
    ],
)

# ---------------------------------------------------------------------------
# HEALTH-INVESTIGATION
# ---------------------------------------------------------------------------

article(
    "health-investigation",
    1,
    P(
        "Dirty trays, canceled surgeries and warnings ignored: inside St. Columba’s sterile-processing crisis",
        "By Lorna Ekwueme and Felix Brandauer | Great Lakes Tribune",
        "CARVER FALLS, Mich. — For months before state inspectors stepped in, staff at St. Columba Regional Medical Center warned managers that surgical instruments were reaching operating rooms with dried blood and bone still on them, according to internal emails, inspection records and interviews with nine current and former employees.",
        "At least 14 patients developed surgical-site infections between January and June, the records show. One of them was Marisa Delacroix-Hahn, a 44-year-old schoolteacher who had a routine knee replacement in March and spent the next seven weeks in and out of the hospital.",
        "“They told me I was unlucky,” she said in an interview at her kitchen table, her leg still wrapped in compression bandages. “I wasn’t unlucky. I found out later they knew the trays were dirty.”",
        "A surgical technician who worked at the hospital for six years and spoke on condition of anonymity because she still works in the region said the sterile-processing department had been short-staffed since at least 2022. “We were opening trays in the OR and sending them straight back. Some days it was every third tray,” the technician said.",
        "In a March 14 email to senior managers, reviewed by the Tribune, the hospital’s director of perioperative services, Grant Holloway, wrote: “We cannot keep running eight rooms with two techs in sterile processing. Someone is going to get hurt, and it will be on us.”",
        "A reply the next day from the hospital’s chief operating officer, Sheila Marchbanks, said overtime for the department was “not in the budget this quarter” and asked Holloway to look for savings elsewhere.",
        "Inspectors from the Michigan Bureau of Facility Licensing arrived unannounced on June 3. Their report, released last week, found that staff had “failed to ensure that reusable surgical instruments were cleaned and sterilized in accordance with manufacturer instructions” and that managers had been “aware of the deficiency for a period of months.”",
        "St. Columba said in a statement that it had hired 11 sterile-processing technicians since June and that patient safety was “our highest priority and always has been.” The hospital declined to make Marchbanks or Holloway available for interviews.",
        "Dr. Anjali Ferreira-Koss, an infectious-disease physician at Lakemont University who reviewed the inspection report at the Tribune’s request, said the findings were “about as serious as it gets” for a surgical department. “Instrument reprocessing is not glamorous, so it is the first thing hospitals cut. This is what happens when they do,” she said.",
        "Delacroix-Hahn has since filed a complaint with the state and is considering a lawsuit. “I want somebody to say out loud that it wasn’t my fault,” she said.",
    ),
    [
        "Lorna Ekwueme",
        "Felix Brandauer",
        "Great Lakes Tribune",
        "St. Columba Regional Medical Center",
        "Marisa Delacroix-Hahn",
        "Grant Holloway",
        "Sheila Marchbanks",
        "Michigan Bureau of Facility Licensing",
        "Anjali Ferreira-Koss",
        "Lakemont University",
    ],
    [
        Q("They told me I was unlucky", "Marisa Delacroix-Hahn", "she", how="after"),
        Q(
            "I wasn’t unlucky. I found out later they knew the trays were dirty",
            "Marisa Delacroix-Hahn",
            "she",
            how="before",
        ),
        Q(
            "We were opening trays in the OR and sending them straight back. Some days it was every third tray",
            "a surgical technician who worked at the hospital for six years and spoke on condition of anonymity because she still works in the region",
            "the technician",
            stype="unnamed",
        ),
        Q(
            "We cannot keep running eight rooms with two techs in sterile processing. Someone is going to get hurt, and it will be on us",
            "Grant Holloway",
            "Grant Holloway",
        ),
        Q("not in the budget this quarter", "Sheila Marchbanks", "A reply", kind="partial"),
        Q(
            "failed to ensure that reusable surgical instruments were cleaned and sterilized in accordance with manufacturer instructions",
            "Michigan Bureau of Facility Licensing",
            "Their report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "aware of the deficiency for a period of months",
            "Michigan Bureau of Facility Licensing",
            "Their report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "our highest priority and always has been",
            "St. Columba Regional Medical Center",
            "St. Columba",
            kind="partial",
            stype="organisation",
            anchor="St. Columba said",
        ),
        Q("about as serious as it gets", "Anjali Ferreira-Koss", "Dr. Anjali Ferreira-Koss", kind="partial"),
        Q(
            "Instrument reprocessing is not glamorous, so it is the first thing hospitals cut. This is what happens when they do",
            "Anjali Ferreira-Koss",
            "she",
            how="after",
        ),
        Q("I want somebody to say out loud that it wasn’t my fault", "Marisa Delacroix-Hahn", "she", how="after"),
    ],
)

article(
    "health-investigation",
    2,
    P(
        """Families say Cedarmere's nursing homes ran on too few hands. The company's own audit agreed.""",
        """By Dev Raghunathan | Allegheny Ridge Examiner""",
        """PITTSBURGH -- When Hazel Owusu, 88, was found on the floor of her room at Cedarmere Senior Care's Brookvale home last October, she had been lying there for at least four hours, according to a state inspection report. She had a broken hip and a pressure wound that inspectors said had gone untreated for weeks. She died in December.""",
        """Her children, Patrice Owusu and Desmond Owusu, say they complained about staffing for months before her fall. "We trusted them with the most precious person in our lives," the siblings said in a written statement to the Examiner. "They didn't have enough people to keep her safe, and they knew it.\"""",
        """Patrice Owusu, a nurse herself, said an aide had told her during one evening visit that the night shift had two people for 46 residents. "She looked at me and said, 'Ma'am, we don't have enough hands,'" she said.""",
        """An internal audit prepared by Cedarmere's compliance department in July 2023 and obtained by the Examiner found that 9 of the company's 14 Pennsylvania homes had fallen below the staffing levels in their own care plans on more than half of all night shifts. The audit warned that the shortfall "creates a foreseeable risk of falls, missed repositioning and delayed response to resident calls.\"""",
        """Jolene Braddock, a licensed practical nurse who worked nights at Brookvale for three years before resigning in January, said she raised the problem with the home's administrator "at least a dozen times." "I was told, every time, that corporate was aware," Braddock said.""",
        """The Pennsylvania Office of Long-Term Care Oversight cited the Brookvale home in November. The inspection report states that the facility "did not have sufficient nursing staff to meet the needs of residents" on 19 of the 30 nights inspectors reviewed.""",
        """In a statement, Cedarmere said it had "invested more than $6 million in recruitment and retention" since 2023 and that staffing at Brookvale now "meets or exceeds state requirements." The company said it could not discuss individual residents, citing privacy law.""",
        """Toni Ashgrove-Bell, who studies long-term care staffing at Three Rivers University, said the audit was unusual because it put the risk in writing. "Companies usually avoid writing that sentence down," she said. "Once it's on paper, nobody can say they didn't know.\"""",
        """Desmond Owusu said the family had hired a lawyer. He said he still visits the Brookvale parking lot some Sundays, out of habit, before remembering there is no one to see.""",
    ),
    [
        "Dev Raghunathan",
        "Allegheny Ridge Examiner",
        "Hazel Owusu",
        "Cedarmere Senior Care",
        "Brookvale",
        "Patrice Owusu",
        "Desmond Owusu",
        "Jolene Braddock",
        "Pennsylvania Office of Long-Term Care Oversight",
        "Toni Ashgrove-Bell",
        "Three Rivers University",
    ],
    [
        Q(
            "We trusted them with the most precious person in our lives",
            "her children",
            "the siblings",
            stype="unnamed",
            how="after",
        ),
        Q(
            "They didn't have enough people to keep her safe, and they knew it",
            "her children",
            "the siblings",
            stype="unnamed",
            how="before",
        ),
        Q(
            "She looked at me and said, 'Ma'am, we don't have enough hands,'",
            "Patrice Owusu",
            "she",
            how="after",
        ),
        Q(
            "creates a foreseeable risk of falls, missed repositioning and delayed response to resident calls",
            "Cedarmere Senior Care",
            "The audit",
            kind="partial",
            stype="organisation",
        ),
        Q("at least a dozen times", "Jolene Braddock", "Jolene Braddock", kind="partial"),
        Q("I was told, every time, that corporate was aware", "Jolene Braddock", "Braddock", how="after"),
        Q(
            "did not have sufficient nursing staff to meet the needs of residents",
            "Pennsylvania Office of Long-Term Care Oversight",
            "The inspection report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "invested more than $6 million in recruitment and retention",
            "Cedarmere Senior Care",
            "Cedarmere",
            kind="partial",
            stype="organisation",
            anchor="Cedarmere said",
        ),
        Q(
            "meets or exceeds state requirements",
            "Cedarmere Senior Care",
            "Cedarmere",
            kind="partial",
            stype="organisation",
            anchor="Cedarmere said",
        ),
        Q("Companies usually avoid writing that sentence down", "Toni Ashgrove-Bell", "she", how="after"),
        Q("Once it's on paper, nobody can say they didn't know", "Toni Ashgrove-Bell", "she", how="before"),
    ],
)

article(
    "health-investigation",
    3,
    P(
        "Mothers describe being ignored at Fenbridge maternity unit as inspectors rate it inadequate",
        "By Imogen Sallis-Achebe, Health Correspondent",
        "Mothers who gave birth at Fenbridge General Hospital have described being sent home in labour and left alone for hours on a ward where, according to an inspection report published today, midwives were routinely looking after twice the safe number of women.",
        "The Health Care Standards Commission rated the unit ‘inadequate’, the lowest of its four ratings, after an unannounced visit in the spring. Its report says leaders had ‘normalised a level of short staffing that put mothers and babies at risk’ and that concerns raised by midwives were ‘recorded but not acted upon’.",
        "Chloe, 29, who asked that her surname not be used, went to the unit three times in 14 hours while in labour with her first child in 2023. ‘Each time they told me to go home and have a bath. The third time I was nine centimetres,’ she said. ‘I gave birth forty minutes later with one midwife who was also looking after two other women.’",
        "Aisha Rahman-Cole, 34, had her sister, Leila Rahman, with her when she went into labour in February. Leila said the midwife on duty was called away four times in an hour. ‘Aisha was screaming and there was nobody in the room. I went out into the corridor and shouted for help,’ she said.",
        "A midwife who has worked on the unit for more than a decade, and who asked not to be named because staff had been warned not to speak to the press, said: ‘We write incident reports until our hands hurt. They go into a system and they disappear.’",
        "An email sent to senior staff in September 2023 by the unit’s then head of midwifery, Gillian Pardoe, and seen by this newspaper, warned that ‘we are one bad night away from a tragedy’. Ms Pardoe left the trust in early 2024 and could not be reached for comment.",
        "Fenbridge University Hospitals Trust said it accepted the commission’s findings in full. Its chief executive, Dr Rupert Vanstone, said: ‘I am deeply sorry to every family we have let down. We have already recruited 22 additional midwives, and we will not stop there.’",
        "The trust said in a separate statement that a new triage system introduced in January had ‘already reduced waiting times for women in early labour’.",
        "Professor Eleanor Quayle-Haddad, an obstetrician and a former adviser to the commission, said the findings echoed a string of maternity scandals elsewhere. ‘The same phrases turn up in report after report. At some point we have to ask why nothing changes,’ she said.",
    ),
    [
        "Imogen Sallis-Achebe",
        "Fenbridge General Hospital",
        "Health Care Standards Commission",
        "Chloe",
        "Aisha Rahman-Cole",
        "Leila Rahman",
        "Gillian Pardoe",
        "Fenbridge University Hospitals Trust",
        "Rupert Vanstone",
        "Eleanor Quayle-Haddad",
    ],
    [
        Q(
            "normalised a level of short staffing that put mothers and babies at risk",
            "Health Care Standards Commission",
            "Its report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "recorded but not acted upon",
            "Health Care Standards Commission",
            "Its report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Each time they told me to go home and have a bath. The third time I was nine centimetres",
            "Chloe",
            "she",
            how="after",
        ),
        Q(
            "I gave birth forty minutes later with one midwife who was also looking after two other women",
            "Chloe",
            "she",
            how="before",
        ),
        Q(
            "Aisha was screaming and there was nobody in the room. I went out into the corridor and shouted for help",
            "Leila Rahman",
            "she",
            how="after",
        ),
        Q(
            "We write incident reports until our hands hurt. They go into a system and they disappear",
            "a midwife who has worked on the unit for more than a decade",
            "A midwife",
            stype="unnamed",
        ),
        Q("we are one bad night away from a tragedy", "Gillian Pardoe", "An email", kind="partial"),
        Q(
            "I am deeply sorry to every family we have let down. We have already recruited 22 additional midwives, and we will not stop there",
            "Rupert Vanstone",
            "Dr Rupert Vanstone",
        ),
        Q(
            "already reduced waiting times for women in early labour",
            "Fenbridge University Hospitals Trust",
            "The trust",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The same phrases turn up in report after report. At some point we have to ask why nothing changes",
            "Eleanor Quayle-Haddad",
            "she",
            how="after",
        ),
    ],
)

article(
    "health-investigation",
    4,
    P(
        "A pharmacy’s mixing error sent 23 children to the ER. Staff had warned about the machine for a year.",
        "By Ramona Castillo-Birch | Tidewater Gazette",
        "MARLOW POINT, Va. — Twenty-three children were treated in emergency rooms last spring after receiving an oral antibiotic that had been mixed at nearly three times the prescribed strength by the outpatient pharmacy at Bayside Children’s Hospital, according to records obtained by the Gazette.",
        "Among them was DeShawn Pettaway, 7, who began vomiting an hour after his first dose. His mother, Keisha Pettaway, drove him back to the hospital that night.",
        "“He was gray. He couldn’t hold his head up,” she said. “The nurse in the ER looked at the bottle and went white, and I knew before anybody said a word.",
        "“Nobody called me afterward. I found out from a post in a parents’ group that it wasn’t just us.”",
        "Two pharmacy technicians who worked in the outpatient pharmacy at the time said the automated compounding machine had been producing inconsistent concentrations for more than a year. One technician, who asked not to be named because she still works in health care, said staff had logged at least 30 problems with it. “We called it the slot machine. You never knew what you were going to get,” she said.",
        "The Gazette obtained a maintenance log and a series of internal emails about the machine. “This unit is not fit for pediatric compounding and should be taken out of service,” a biomedical engineer wrote in one, in February of last year. The engineer’s name is blacked out in the copy the Gazette obtained.",
        "The hospital’s pharmacy director at the time, Dr. Leonard Achebe-Stroud, replied that a replacement had been requested in the capital budget and that the pharmacy would “continue with enhanced manual checks in the interim.” He left the hospital in August and did not respond to messages.",
        "The Commonwealth Pharmacy Licensing Board inspected the pharmacy in May. Its inspection report, issued in June, says staff “did not perform or document the required final verification of concentration” for 41 batches of medication.",
        "Bayside Children’s said in a statement that it had replaced the machine, retrained staff and “reached out personally to every affected family.” It said none of the children suffered lasting harm.",
        "“These parents were never contacted by anyone. They found each other.” That is how Jordan Whitlock-Ames, a lawyer now representing Keisha Pettaway and the parents of four other children, describes the hospital’s outreach. She said the families would file suit within weeks. “We gave the hospital every chance to tell the truth first,” she said.",
        "DeShawn is back in second grade. His mother said he still refuses to take any medicine that comes in a bottle.",
    ),
    [
        "Ramona Castillo-Birch",
        "Tidewater Gazette",
        "Bayside Children’s Hospital",
        "DeShawn Pettaway",
        "Keisha Pettaway",
        "Leonard Achebe-Stroud",
        "Commonwealth Pharmacy Licensing Board",
        "Jordan Whitlock-Ames",
    ],
    [
        Q("He was gray. He couldn’t hold his head up", "Keisha Pettaway", "she", how="after"),
        Q(
            "The nurse in the ER looked at the bottle and went white, and I knew before anybody said a word",
            "Keisha Pettaway",
            "she",
            how="before",
        ),
        Q(
            "Nobody called me afterward. I found out from a post in a parents’ group that it wasn’t just us",
            "Keisha Pettaway",
            "@prev",
        ),
        Q(
            "We called it the slot machine. You never knew what you were going to get",
            "one technician",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "This unit is not fit for pediatric compounding and should be taken out of service",
            "a biomedical engineer",
            "a biomedical engineer",
            stype="unnamed",
        ),
        Q(
            "continue with enhanced manual checks in the interim",
            "Leonard Achebe-Stroud",
            "Dr. Leonard Achebe-Stroud",
            kind="partial",
        ),
        Q(
            "did not perform or document the required final verification of concentration",
            "Commonwealth Pharmacy Licensing Board",
            "Its inspection report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "reached out personally to every affected family",
            "Bayside Children’s Hospital",
            "Bayside Children’s",
            kind="partial",
            stype="organisation",
            anchor="Bayside Children’s said",
        ),
        Q(
            "These parents were never contacted by anyone. They found each other",
            "Jordan Whitlock-Ames",
            "Jordan Whitlock-Ames",
            how="after",
        ),
        Q("We gave the hospital every chance to tell the truth first", "Jordan Whitlock-Ames", "she", how="after"),
    ],
)

article(
    "health-investigation",
    5,
    P(
        "Teenagers restrained hundreds of times at private mental health unit, records show",
        "By Owen Tremayne-Adu, Investigations Unit | The Northern Despatch",
        "Staff at a private mental health hospital for teenagers used physical restraint more than 900 times in a single year, including on children as young as 13, according to internal records and accounts from former patients and staff seen by the Despatch.",
        "Larkhill Lodge, a 14-bed unit outside the village of Harrowfold in North Yorkshire, is run by Serenity Pathways Healthcare, which is paid by the health service to care for young people from across the north of England.",
        "Tegan, now 19, spent eight months at the unit in 2022. 'They'd put you face down on the floor for refusing to go to your room. Three of them, sometimes four,' she said. 'I was seven stone. I wasn't going anywhere.'",
        "Her mother, Bronwen Pryce, said she complained in writing five times. 'Every letter got the same reply, that they were looking into it. Nobody ever told me what they found,' Mrs Pryce said.",
        "A former healthcare assistant, who worked at Larkhill for 18 months and asked not to be named because she signed a confidentiality agreement when she left, said restraint had become 'the first thing, not the last thing'. 'New staff were taught the holds before they were taught the kids' names,' she said.",
        "A clinical governance report prepared for the company's board in March 2023 noted that restraint rates at Larkhill were 'significantly above the national benchmark' and recommended an 'urgent review of the training model'.",
        "The Independent Health Inspectorate visited the unit in May and rated it 'requires improvement'. Its report said young people had told inspectors that they felt 'scared of some staff, especially at night'.",
        "Serenity Pathways said in a statement that restraint was 'only ever used as a last resort to keep young people and staff safe' and that its use at Larkhill had 'fallen by 40 per cent' since a new hospital manager was appointed last autumn.",
        "Dr Kwame Asante-Lowry, a consultant child psychiatrist who has advised the inspectorate but was not involved in its Larkhill visit, said the numbers should alarm commissioners. 'Nine hundred restraints in a unit of 14 beds is not a safety measure. It is a culture,' he said.",
        "Tegan is now at college studying to be a paramedic. She said she agreed to speak so that other families would ask more questions than hers did.",
    ),
    [
        "Owen Tremayne-Adu",
        "Northern Despatch",
        "Larkhill Lodge",
        "Serenity Pathways Healthcare",
        "Tegan",
        "Bronwen Pryce",
        "Independent Health Inspectorate",
        "Kwame Asante-Lowry",
    ],
    [
        Q(
            "They'd put you face down on the floor for refusing to go to your room. Three of them, sometimes four",
            "Tegan",
            "she",
            how="after",
        ),
        Q("I was seven stone. I wasn't going anywhere", "Tegan", "she", how="before"),
        Q(
            "Every letter got the same reply, that they were looking into it. Nobody ever told me what they found",
            "Bronwen Pryce",
            "Mrs Pryce",
        ),
        Q(
            "the first thing, not the last thing",
            "a former healthcare assistant",
            "A former healthcare assistant",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "New staff were taught the holds before they were taught the kids' names",
            "a former healthcare assistant",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "significantly above the national benchmark",
            "Serenity Pathways Healthcare",
            "A clinical governance report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "urgent review of the training model",
            "Serenity Pathways Healthcare",
            "A clinical governance report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "scared of some staff, especially at night",
            "young people",
            "young people",
            kind="partial",
            stype="unnamed",
            anchor="young people had told inspectors",
        ),
        Q(
            "only ever used as a last resort to keep young people and staff safe",
            "Serenity Pathways Healthcare",
            "Serenity Pathways",
            kind="partial",
            stype="organisation",
            anchor="Serenity Pathways said",
        ),
        Q(
            "fallen by 40 per cent",
            "Serenity Pathways Healthcare",
            "Serenity Pathways",
            kind="partial",
            stype="organisation",
            anchor="Serenity Pathways said",
        ),
        Q(
            "Nine hundred restraints in a unit of 14 beds is not a safety measure. It is a culture",
            "Kwame Asante-Lowry",
            "he",
            how="after",
        ),
    ],
)

article(
    "health-investigation",
    6,
    P(
        "Nonprofit hospital sued 1,100 patients over unpaid bills. Many qualified for free care.",
        "By Marguerite Osei-Lindahl | Prairie Health Watch",
        "COTTONWOOD BEND, Kan. — Prairie Mercy Health, the largest hospital system in south-central Kansas, filed more than 1,100 lawsuits against patients over unpaid medical bills in the past three years, a Health Watch review of court records found. At least a third of those patients had incomes low enough to qualify for free or discounted care under the hospital’s own charity policy.",
        "Glenda Farris, 58, a school bus driver, was sued for $4,312 after emergency gallbladder surgery in 2022. Her husband, Ray Farris, 61, said the couple had never been told about the charity program. “We got bills, then we got calls, then we got a man at the door with court papers,” he said. “Not once did anybody say, ‘You might not owe this.’”",
        "Glenda Farris said she had filled out a financial-assistance form after the first bill arrived. “I filled out that form twice. The second time they told me it was lost,” she said.",
        "The hospital’s financial assistance policy, posted on its website, says patients with household incomes below 200 percent of the federal poverty level “will receive care at no cost” and that the hospital “will not pursue extraordinary collection actions” before deciding whether a patient is eligible.",
        "A former billing supervisor who worked at Prairie Mercy until last year, and who spoke on condition of anonymity because he feared being sued, said staff were told to send accounts to collections after 120 days regardless of whether patients had applied for help. “The charity form was a box to check. Nobody looked at it before the account went out,” he said.",
        "A 2023 slide presentation to the hospital’s finance committee, prepared by its vice president of revenue, Curtis Wendeborn, and obtained by Health Watch, described lawsuits as “an effective tool for improving collection yield.”",
        "In a joint statement, the hospital and its collection agency, Keystone Recovery Partners, said that “legal action is always a last resort” and that every patient was screened for assistance before an account was referred. Wendeborn did not respond to requests for comment.",
        "Marcus Delaney-Oyelowo, a lawyer at the Heartland Patient Rights Project who has represented several Prairie Mercy patients, said the hospital’s own documents undercut that claim. “If your policy says these patients owe nothing, suing them is not a last resort. It is a business decision,” he said.",
        "Health Watch found that the hospital won more than 90 percent of the cases, most of them by default because patients did not show up in court. Many, like the Farrises, had their wages garnished.",
        "“I still owe them $2,900. I pay $50 a month, and I’ll be paying it when I retire,” the bus driver said.",
    ),
    [
        "Marguerite Osei-Lindahl",
        "Prairie Health Watch",
        "Prairie Mercy Health",
        "Glenda Farris",
        "Ray Farris",
        "Curtis Wendeborn",
        "Keystone Recovery Partners",
        "Marcus Delaney-Oyelowo",
        "Heartland Patient Rights Project",
    ],
    [
        Q(
            "We got bills, then we got calls, then we got a man at the door with court papers",
            "Ray Farris",
            "he",
            how="after",
        ),
        Q("Not once did anybody say, ‘You might not owe this.’", "Ray Farris", "he", how="before"),
        Q(
            "I filled out that form twice. The second time they told me it was lost",
            "Glenda Farris",
            "she",
            how="after",
        ),
        Q(
            "will receive care at no cost",
            "Prairie Mercy Health",
            "The hospital’s financial assistance policy",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "will not pursue extraordinary collection actions",
            "Prairie Mercy Health",
            "The hospital’s financial assistance policy",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The charity form was a box to check. Nobody looked at it before the account went out",
            "a former billing supervisor who worked at Prairie Mercy until last year",
            "he",
            stype="unnamed",
            how="after",
        ),
        Q(
            "an effective tool for improving collection yield",
            "Curtis Wendeborn",
            "A 2023 slide presentation",
            kind="partial",
        ),
        Q(
            "legal action is always a last resort",
            "the hospital and its collection agency",
            "the hospital and its collection agency",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "If your policy says these patients owe nothing, suing them is not a last resort. It is a business decision",
            "Marcus Delaney-Oyelowo",
            "he",
            how="after",
        ),
        Q(
            "I still owe them $2,900. I pay $50 a month, and I’ll be paying it when I retire",
            "Glenda Farris",
            "the bus driver",
            how="after",
        ),
    ],
)

# ---------------------------------------------------------------------------
# WIRE-WORLD-ROUNDUP
# ---------------------------------------------------------------------------

article(
    "wire-world-roundup",
    1,
    P(
        "World news roundup: Chile drought, Ghana cocoa price, Philippine ferry search",
        "Compiled by the Transworld News Agency international desk",
        "SANTIAGO, Chile (TNA) — Chile extended a drought emergency across five central regions on Monday, freeing money for water trucks and emergency wells as the country entered what officials called its fifteenth consecutive dry year.",
        "“This is no longer a drought. It is a new climate, and we have to plan for it as one,” Agriculture Minister Rocío Valdebenito told reporters in Santiago. She said the government would spend 48 billion pesos on irrigation projects over the next two years.",
        "In the Maule valley, avocado grower Hernán Oyarce, 61, said he had pulled out a third of his trees since 2019. “My father planted these trees. I am the one who cuts them down,” he said.",
        "ACCRA, Ghana (TNA) — Ghana raised the price it pays cocoa farmers by 18 percent on Tuesday, the third increase in a year, as smuggling to neighbouring countries with higher prices drained beans from the official market.",
        "The National Cocoa Marketing Authority said in a statement that the new price reflected “the sacrifices of our farmers and the realities of the world market.”",
        "Kwabena Asiedu-Mensah, general secretary of the United Cocoa Farmers Association, called the increase “too little and too late” for growers who had already sold their beans across the border. “A farmer cannot eat a promise,” he told TNA by telephone from Kumasi.",
        "MANILA (TNA) — Coast guard divers recovered four more bodies on Wednesday from a passenger ferry that capsized in rough seas in the central Philippines, bringing the death toll to 17. Nine people are still missing.",
        "Coast guard spokesperson Commander Jericho Dimaculangan said: “We are still treating this as a rescue operation. There can be air pockets in a vessel of this size for days.”",
        "A survivor, Marites Bagunu, 38, said she had held her daughter above the water for nearly an hour before a fishing boat reached them. “I kept telling her, ‘Look at the sky, not at the water,’” she said in Tagalog, in remarks translated by TNA.",
        "The ferry’s operator, Visayan Star Lines, said in a statement that it was “fully cooperating with the authorities” and had suspended all sailings on the route. Investigators are examining whether the vessel was carrying more passengers than it was licensed for.",
    ),
    [
        "Transworld News Agency",
        "Rocío Valdebenito",
        "Hernán Oyarce",
        "National Cocoa Marketing Authority",
        "Kwabena Asiedu-Mensah",
        "United Cocoa Farmers Association",
        "Jericho Dimaculangan",
        "Marites Bagunu",
        "Visayan Star Lines",
    ],
    [
        Q(
            "This is no longer a drought. It is a new climate, and we have to plan for it as one",
            "Rocío Valdebenito",
            "Agriculture Minister Rocío Valdebenito",
        ),
        Q("My father planted these trees. I am the one who cuts them down", "Hernán Oyarce", "he", how="after"),
        Q(
            "the sacrifices of our farmers and the realities of the world market",
            "National Cocoa Marketing Authority",
            "The National Cocoa Marketing Authority",
            kind="partial",
            stype="organisation",
        ),
        Q("too little and too late", "Kwabena Asiedu-Mensah", "Kwabena Asiedu-Mensah", kind="partial"),
        Q("A farmer cannot eat a promise", "Kwabena Asiedu-Mensah", "he", how="after"),
        Q(
            "We are still treating this as a rescue operation. There can be air pockets in a vessel of this size for days",
            "Jericho Dimaculangan",
            "Coast guard spokesperson Commander Jericho Dimaculangan",
        ),
        Q("I kept telling her, ‘Look at the sky, not at the water,’", "Marites Bagunu", "she", how="after"),
        Q(
            "fully cooperating with the authorities",
            "Visayan Star Lines",
            "Visayan Star Lines",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "wire-world-roundup",
    2,
    P(
        """World roundup: Mongolia livestock losses, Egypt-Sudan crossing, Norway wind farm""",
        """By Transworld News Agency correspondents""",
        """ULAANBAATAR, Mongolia (TNA) -- More than 4.2 million head of livestock have died across Mongolia this winter in a dzud, a deadly combination of summer drought and extreme cold, the government's emergency commission said on Monday.""",
        """Ganzorig Munkhbat, 52, speaking through an interpreter at his winter camp in Uvs province, said he had lost 300 of his 480 goats since January. "Every morning I go out and count. Every morning the number is smaller," he said. "My father lived through the dzud of 2010. He says this one is worse.""",
        """"He is 81 years old. He has seen everything this country can do to a herder, and he says he has never seen snow like this.\"""",
        """Oyuntsetseg Bat-Erdene, who heads the emergency commission, told a news conference that hay had been delivered to 11 provinces. "It is not enough, and we know it is not enough," she said.""",
        """CAIRO (TNA) -- Egypt and Sudan will reopen a busy border crossing to cargo traffic next month after a six-month closure that left hundreds of trucks stranded, the two governments said on Tuesday.""",
        """"Both sides affirm their commitment to facilitating the movement of goods and people between the two brotherly countries," the joint statement said.""",
        """The state-run Nile Valley News Agency quoted Egypt's transport minister, Adel Fathy Sorour, as saying the crossing would operate "around the clock, seven days a week" once it reopened.""",
        """Truck driver Osman Abdelrahim, 45, who has been waiting on the Sudanese side since October, said by phone that he would believe it when the gate opened. "I have slept in this cab for 41 nights. Promises do not move trucks," he said.""",
        """OSLO (TNA) -- Norway's government said on Wednesday it would not renew the operating licence of the Storfjell wind farm in the far north, ending a decade-long dispute with Sami reindeer herders whose winter grazing land the turbines occupy.""",
        """"The state has a duty to protect Sami culture, and reindeer herding is at the heart of that culture," Energy Minister Tor Eirik Valnes told a news conference in Oslo.""",
        """Elle Sárá Návdi, whose family has herded reindeer on the Storfjell plateau for generations, said the herders had waited too long for the decision. "Our children grew up hearing the turbines. Now maybe their children will not," she said.""",
        """The wind farm's owner, Nordvind Kraft, said it was "disappointed" and would study the decision before deciding whether to appeal.""",
    ),
    [
        "Transworld News Agency",
        "Ganzorig Munkhbat",
        "Oyuntsetseg Bat-Erdene",
        "Nile Valley News Agency",
        "Adel Fathy Sorour",
        "Osman Abdelrahim",
        "Tor Eirik Valnes",
        "Elle Sárá Návdi",
        "Nordvind Kraft",
    ],
    [
        Q(
            "Every morning I go out and count. Every morning the number is smaller",
            "Ganzorig Munkhbat",
            "he",
            how="after",
        ),
        Q(
            "My father lived through the dzud of 2010. He says this one is worse",
            "Ganzorig Munkhbat",
            "he",
            how="before",
        ),
        Q(
            "He is 81 years old. He has seen everything this country can do to a herder, and he says he has never seen snow like this",
            "Ganzorig Munkhbat",
            "@prev",
        ),
        Q("It is not enough, and we know it is not enough", "Oyuntsetseg Bat-Erdene", "she", how="after"),
        Q(
            "Both sides affirm their commitment to facilitating the movement of goods and people between the two brotherly countries",
            "the two governments",
            "the joint statement",
            stype="unnamed",
        ),
        Q(
            "around the clock, seven days a week",
            "Adel Fathy Sorour",
            "Adel Fathy Sorour",
            kind="partial",
        ),
        Q("I have slept in this cab for 41 nights. Promises do not move trucks", "Osman Abdelrahim", "he", how="after"),
        Q(
            "The state has a duty to protect Sami culture, and reindeer herding is at the heart of that culture",
            "Tor Eirik Valnes",
            "Energy Minister Tor Eirik Valnes",
        ),
        Q(
            "Our children grew up hearing the turbines. Now maybe their children will not",
            "Elle Sárá Návdi",
            "she",
            how="after",
        ),
        Q("disappointed", "Nordvind Kraft", "Nordvind Kraft", kind="partial", stype="organisation"),
    ],
)

article(
    "wire-world-roundup",
    3,
    P(
        "WORLD BRIEFING",
        "Compiled by the London desk of the Transworld News Agency (TNA)",
        "BANGLADESH: NINE DEAD IN GARMENT WAREHOUSE FIRE",
        "DHAKA (TNA) – Nine workers were killed on Thursday when fire swept through a garment warehouse on the northern edge of Dhaka, and firefighters said they had found the building’s emergency exits padlocked.",
        "‘The exits were locked from the outside. We had to cut through the shutters to reach the bodies,’ said fire service deputy director Nazmul Karim Talukdar.",
        "Outside the morgue, Rokeya Parvin, president of the Garment Workers’ Solidarity Front, stood with Moushumi Akter, whose younger sister was among the dead. ‘She called me at ten o’clock and said the smoke was coming under the door,’ Akter said. Parvin said the union had reported the warehouse to factory inspectors twice this year. ‘How many more times must we bury people before the doors are unlocked?’ she asked.",
        "POLAND: FARMERS BLOCK BORDER ROADS",
        "WARSAW (TNA) – Farmers parked hundreds of tractors across roads leading to three crossings on Poland’s eastern border on Friday, demanding limits on grain imports that they say are driving down prices.",
        "‘We hear the farmers. But you cannot negotiate with a tractor parked across a motorway,’ Agriculture Minister Zbigniew Kałuża told Radio Wisła. He said he would meet farmers’ representatives in Warsaw next week.",
        "At a crossing near the village of Dubrowo, Marek Wilczyński, 54, who grows wheat and rapeseed on 80 hectares, said he had sold last year’s harvest at a loss. ‘I have a tractor loan and a price lower than in 2015. What am I supposed to do, smile?’ he said.",
        "The Free Farmers’ Union of Podlasie, which organised the blockades, said in a statement that the protest would go on ‘until the minister comes to the border himself and looks at the queue of grain lorries’.",
        "MOROCCO: QUAKE VILLAGES STILL WAITING FOR HOMES",
        "MARRAKECH (TNA) – More than two years after an earthquake destroyed their homes in the High Atlas, hundreds of families in mountain villages south of Marrakech are facing a third winter in tents and prefabricated huts.",
        "‘We were promised houses before the second winter. This is the third winter,’ said Lahcen Aït Oubella, 67, speaking in Tamazight through an interpreter in the village of Tizi n’Oumlil.",
        "An Interior Ministry spokesman said reconstruction was ‘progressing according to the agreed timetable’ and that 60 percent of damaged homes had been rebuilt.",
    ),
    [
        "Transworld News Agency",
        "Nazmul Karim Talukdar",
        "Rokeya Parvin",
        "Garment Workers’ Solidarity Front",
        "Moushumi Akter",
        "Zbigniew Kałuża",
        "Radio Wisła",
        "Marek Wilczyński",
        "Free Farmers’ Union of Podlasie",
        "Lahcen Aït Oubella",
        "Interior Ministry",
    ],
    [
        Q(
            "The exits were locked from the outside. We had to cut through the shutters to reach the bodies",
            "Nazmul Karim Talukdar",
            "fire service deputy director Nazmul Karim Talukdar",
        ),
        Q(
            "She called me at ten o’clock and said the smoke was coming under the door",
            "Moushumi Akter",
            "Akter",
            how="after",
        ),
        Q(
            "How many more times must we bury people before the doors are unlocked",
            "Rokeya Parvin",
            "she",
            how="after",
        ),
        Q(
            "We hear the farmers. But you cannot negotiate with a tractor parked across a motorway",
            "Zbigniew Kałuża",
            "Agriculture Minister Zbigniew Kałuża",
        ),
        Q(
            "I have a tractor loan and a price lower than in 2015. What am I supposed to do, smile",
            "Marek Wilczyński",
            "he",
            how="after",
        ),
        Q(
            "until the minister comes to the border himself and looks at the queue of grain lorries",
            "Free Farmers’ Union of Podlasie",
            "The Free Farmers’ Union of Podlasie",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We were promised houses before the second winter. This is the third winter",
            "Lahcen Aït Oubella",
            "Lahcen Aït Oubella",
        ),
        Q(
            "progressing according to the agreed timetable",
            "an Interior Ministry spokesman",
            "An Interior Ministry spokesman",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "wire-world-roundup",
    4,
    P(
        "World roundup: Japan typhoon, Colombia ceasefire talks, Kenya job-scam warning",
        "Compiled by the Transworld News Agency (TNA) Asia and Americas desks",
        "TOKYO (TNA) — Typhoon Harusame made landfall on the southern island of Kyushu early on Monday, killing at least three people and cutting power to more than 400,000 homes as it dumped record rainfall on parts of the region.",
        "“Please do not return to your homes until the evacuation orders are lifted. Landslides are possible even after the rain stops,” Chief Cabinet Secretary Hidetaka Morishima told a regular news conference in Tokyo.",
        "In the coastal town of Shiokaze, Fumiko Tanabe, 74, spent the night in a school gymnasium with about 200 neighbours. “The wind sounded like a train that never ended,” she said through an interpreter. “I have lived here all my life, and I have never been this afraid.”",
        "BOGOTÁ (TNA) — Colombia’s government and the Catatumbo People’s Front, a rebel group active along the Venezuelan border, agreed on Tuesday to extend a ceasefire for another six months, the two delegations said in a joint statement read out in Bogotá by a Norwegian mediator, Ingrid Stavseth.",
        "“The parties reaffirm their will to reach a final agreement that puts an end to the armed conflict in the region,” the two delegations said in the statement.",
        "The government’s chief negotiator, Camila Restrepo Arango, told reporters after the reading that the hardest issues were still ahead. “A ceasefire is a pause, not a peace. Now we have to talk about the land,” she said.",
        "A rebel commander known as Comandante Julián, who took part in the talks by video link, said in a recorded message that the group would “respect every word we have signed.”",
        "NAIROBI (TNA) — Kenya’s Foreign Ministry warned citizens on Wednesday against fake overseas job advertisements after 212 Kenyans were stranded abroad by a recruitment agency that collected fees and then disappeared.",
        "The ministry said in a statement that it was working with embassies in three countries to bring the workers home and urged jobseekers to “verify every agency with the Overseas Recruitment Licensing Board before paying a single shilling.”",
        "Collins Wafula, 27, who paid 180,000 shillings for what he was told was a warehouse job, said he had spent six weeks in a hostel with no work and no wages. “They took our passports at the airport and said it was for our own safety,” he said. “My mother sold two cows for that fee.”",
    ),
    [
        "Transworld News Agency",
        "Hidetaka Morishima",
        "Fumiko Tanabe",
        "Catatumbo People’s Front",
        "Ingrid Stavseth",
        "Camila Restrepo Arango",
        "Comandante Julián",
        "Foreign Ministry",
        "Overseas Recruitment Licensing Board",
        "Collins Wafula",
    ],
    [
        Q(
            "Please do not return to your homes until the evacuation orders are lifted. Landslides are possible even after the rain stops",
            "Hidetaka Morishima",
            "Chief Cabinet Secretary Hidetaka Morishima",
        ),
        Q("The wind sounded like a train that never ended", "Fumiko Tanabe", "she", how="after"),
        Q("I have lived here all my life, and I have never been this afraid", "Fumiko Tanabe", "she", how="before"),
        Q(
            "The parties reaffirm their will to reach a final agreement that puts an end to the armed conflict in the region",
            "the two delegations",
            "the two delegations",
            stype="unnamed",
            how="after",
        ),
        Q(
            "A ceasefire is a pause, not a peace. Now we have to talk about the land",
            "Camila Restrepo Arango",
            "she",
            how="after",
        ),
        Q(
            "respect every word we have signed",
            "Comandante Julián",
            "Comandante Julián",
            kind="partial",
        ),
        Q(
            "verify every agency with the Overseas Recruitment Licensing Board before paying a single shilling",
            "Foreign Ministry",
            "The ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "They took our passports at the airport and said it was for our own safety",
            "Collins Wafula",
            "he",
            how="after",
        ),
        Q("My mother sold two cows for that fee", "Collins Wafula", "he", how="before"),
    ],
)

article(
    "wire-world-roundup",
    5,
    P(
        "World roundup: Vietnam rice exports, Argentina transport strike, Serbia river protest",
        "Compiled by the Transworld News Agency (TNA) international desk",
        "HANOI (TNA) — Vietnam will cap rice exports for the rest of the year to protect domestic supplies after floods destroyed crops in the Mekong Delta, the state-run Lac Hong News Agency reported on Monday.",
        "The agency quoted Trade Minister Nguyen Thi Hoai Thu as telling a cabinet meeting that “food security for the people comes before any export contract.” In a commentary published alongside the report, Lac Hong said the decision showed “the foresight and responsibility of the Party and the State.”",
        "Traders in Ho Chi Minh City said the cap could push up prices across Asia. “Buyers in the Philippines and Indonesia are already calling. Nobody wants to be the last in line,” said Tran Minh Khoa, who runs an export business in the city.",
        "BUENOS AIRES (TNA) — Buses, trains and the subway stopped running across Argentina’s capital region on Tuesday as transport unions held a 24-hour strike over wages eroded by inflation.",
        "“Our members are driving buses that they could not afford to ride,” Ariel Montenegro, secretary general of the Passenger Transport Workers’ Union, told a rally in central Buenos Aires. He said the union would call a 48-hour strike next month if talks failed.",
        "Presidential spokesman Gastón Iturralde called the strike “political” and said the government would deduct the day’s pay from striking workers. “You cannot hold eleven million people hostage and then ask to be paid for it,” Iturralde said. Montenegro dismissed the threat. “Let him try,” he said.",
        "BELGRADE (TNA) — Thousands of people marched through the western Serbian town of Kosjerovo on Wednesday to protest against plans for a lithium processing plant on the banks of the Drina tributary that supplies the town’s drinking water.",
        "“We are not against development. We are against being poisoned for someone else’s batteries,” said Jelena Radovanović, a schoolteacher who helped organise the march.",
        "The company behind the project, Balkan Lithium Resources, said in a statement that the plant would meet “the strictest European environmental standards” and create 900 jobs. The mining minister, Dragan Stefanović, told the state broadcaster Javni Kanal that no decision on a permit had yet been taken. “Nothing will be built without a full environmental assessment,” the minister said.",
    ),
    [
        "Transworld News Agency",
        "Lac Hong News Agency",
        "Nguyen Thi Hoai Thu",
        "Tran Minh Khoa",
        "Ariel Montenegro",
        "Passenger Transport Workers’ Union",
        "Gastón Iturralde",
        "Jelena Radovanović",
        "Balkan Lithium Resources",
        "Dragan Stefanović",
        "Javni Kanal",
    ],
    [
        Q(
            "food security for the people comes before any export contract",
            "Nguyen Thi Hoai Thu",
            "Trade Minister Nguyen Thi Hoai Thu",
            kind="partial",
        ),
        Q(
            "the foresight and responsibility of the Party and the State",
            "Lac Hong News Agency",
            "Lac Hong",
            kind="partial",
            stype="organisation",
            anchor="Lac Hong said",
        ),
        Q(
            "Buyers in the Philippines and Indonesia are already calling. Nobody wants to be the last in line",
            "Tran Minh Khoa",
            "Tran Minh Khoa",
        ),
        Q(
            "Our members are driving buses that they could not afford to ride",
            "Ariel Montenegro",
            "Ariel Montenegro",
        ),
        Q("political", "Gastón Iturralde", "Presidential spokesman Gastón Iturralde", kind="partial"),
        Q(
            "You cannot hold eleven million people hostage and then ask to be paid for it",
            "Gastón Iturralde",
            "Iturralde",
            how="after",
        ),
        Q("Let him try", "Ariel Montenegro", "he", how="after"),
        Q(
            "We are not against development. We are against being poisoned for someone else’s batteries",
            "Jelena Radovanović",
            "Jelena Radovanović",
        ),
        Q(
            "the strictest European environmental standards",
            "Balkan Lithium Resources",
            "Balkan Lithium Resources",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Nothing will be built without a full environmental assessment",
            "Dragan Stefanović",
            "the minister",
            how="after",
        ),
    ],
)

article(
    "wire-world-roundup",
    6,
    P(
        """WORLD ROUNDUP: Sri Lanka elephants, Brazil fires, Finland bear hunt""",
        """By Transworld News Agency staff""",
        """COLOMBO, Sri Lanka (TNA) -- A passenger train struck and killed three wild elephants in eastern Sri Lanka early on Thursday, the second such collision this month, prompting renewed calls for speed limits on lines that cross elephant corridors.""",
        """"These animals have used the same paths for hundreds of years. The railway came later, and the railway has to adapt," Sunethra Wickramasinghe, director of the Elephant Corridor Trust, told TNA.""",
        """A railway department official who was not authorized to speak to the media said the train had been traveling at about 60 kilometers per hour, well above the recommended limit for the section. "The driver saw them too late. At night, on that curve, you cannot stop in time," the official said.""",
        """BRASILIA (TNA) -- Fires in the Brazilian Amazon burned 38 percent more forest in the first eight months of the year than in the same period last year, the country's environmental enforcement agency said on Friday.""",
        """In a statement, the Federal Environmental Protection Institute said most of the fires had been "deliberately set to clear land for cattle" and that it had fined landowners a total of 412 million reais since January.""",
        """Tainá Kuaraí, a leader of the Parakanã people, whose territory borders several of the largest fires, spoke to reporters in Portuguese in Brasilia. "They burn at night so the satellites only see smoke in the morning," she said. "We see the fire. We breathe it. Our children cough all through the dry season.\"""",
        """HELSINKI (TNA) -- Finland will allow hunters to kill up to 115 brown bears this autumn, nearly double last year's quota, after a rise in attacks on sheep and beehives in the east of the country, the state game management office said on Friday.""",
        """"The population has grown to a level where conflicts with people are increasing every year," said Eero Lahtinen-Kivi, who heads the office's large carnivore unit. "A bigger quota is a way to keep the bears afraid of people.\"""",
        """Conservationists said the decision ignored scientific advice. Robin Sjöberg, a biologist with the Karelian Wildlife Society, said the quota had been set "for political reasons, not biological ones." The biologist added that the number of bears had been overestimated. "We counted the same animals twice in two regions. Everybody knows this," he said.""",
        """Hunting will be allowed from August 20 until the quota is filled or the bears go into their dens, whichever comes first.""",
    ),
    [
        "Transworld News Agency",
        "Sunethra Wickramasinghe",
        "Elephant Corridor Trust",
        "Federal Environmental Protection Institute",
        "Tainá Kuaraí",
        "Eero Lahtinen-Kivi",
        "Robin Sjöberg",
        "Karelian Wildlife Society",
    ],
    [
        Q(
            "These animals have used the same paths for hundreds of years. The railway came later, and the railway has to adapt",
            "Sunethra Wickramasinghe",
            "Sunethra Wickramasinghe",
        ),
        Q(
            "The driver saw them too late. At night, on that curve, you cannot stop in time",
            "a railway department official who was not authorized to speak to the media",
            "the official",
            stype="unnamed",
            how="after",
        ),
        Q(
            "deliberately set to clear land for cattle",
            "Federal Environmental Protection Institute",
            "the Federal Environmental Protection Institute",
            kind="partial",
            stype="organisation",
        ),
        Q("They burn at night so the satellites only see smoke in the morning", "Tainá Kuaraí", "she", how="after"),
        Q(
            "We see the fire. We breathe it. Our children cough all through the dry season",
            "Tainá Kuaraí",
            "she",
            how="before",
        ),
        Q(
            "The population has grown to a level where conflicts with people are increasing every year",
            "Eero Lahtinen-Kivi",
            "Eero Lahtinen-Kivi",
        ),
        Q("A bigger quota is a way to keep the bears afraid of people", "Eero Lahtinen-Kivi", "Eero Lahtinen-Kivi"),
        Q("for political reasons, not biological ones", "Robin Sjöberg", "Robin Sjöberg", kind="partial"),
        Q("We counted the same animals twice in two regions. Everybody knows this", "Robin Sjöberg", "he", how="after"),
    ],
)

# ---------------------------------------------------------------------------
# MUSIC-CULTURE-FEATURE
# ---------------------------------------------------------------------------

article(
    "music-culture-feature",
    1,
    P(
        "Juniper Vale: “I stopped writing for the algorithm”",
        "By Delphine Arkwright | Lowfield Review",
        "Juniper Vale was born Dorothea Amankwah in Leeds 27 years ago, and for most of her short career she has made music in rooms full of other people. Her third album, Kitchen Light Hymns, out on Friday on the independent label Ferrous Records, is the first she has written without a single co-writer.",
        "“I stopped writing for the algorithm. I was chasing fifteen-second moments and losing whole songs,” Vale says over coffee in a café round the corner from her studio. “This time I let them be as long as they wanted to be.”",
        "Amankwah grew up singing in her grandmother’s church choir in Chapeltown. “My gran thought pop music was the devil’s radio. She still does, but she’s got my album on her phone,” Amankwah says, laughing.",
        "The title track is the record’s quietest moment. Over a single upright piano, she sings “I was a rumour in my own house”, a line she says she wrote in ten minutes and then spent a year being afraid of.",
        "Her producer and longtime collaborator, Felix Osterhagen-Bui, who records under the name Lowtide, remembers the first session. “She came in with forty voice memos and said, ‘Pick the ugliest one.’ That became the record,” Lowtide says.",
        "Vale’s guitarist, Priya Solanki-Reeve, has toured with her since 2019 and has learned not to expect a setlist. “June doesn’t do setlists. She does moods,” Solanki-Reeve says. “Some nights we play the whole album. Some nights she plays one song three times because it felt wrong the first two.”",
        "Critics have mostly been won over. Marguerite Fane, writing in Sidewalk Sound, called the album “the most unguarded British soul record in years”. Cutline was cooler, describing it in its review as “beautiful and very slightly airless”.",
        "In August, Vale headlines the main stage at the Fairhaven Festival. Its director, Pádraig Ellerby, booked her before the album was finished. “I heard three songs through a car window in a car park and rang her manager the same night,” he said.",
        "At a sold-out launch show in Leeds last week, Nia Obuya, 22, had travelled down from Glasgow on her own. “She wrote a song about my life without ever meeting me. That’s the only way I can explain it,” Obuya said.",
    ),
    [
        "Juniper Vale",
        "Delphine Arkwright",
        "Lowfield Review",
        "Ferrous Records",
        "Felix Osterhagen-Bui",
        "Priya Solanki-Reeve",
        "Marguerite Fane",
        "Sidewalk Sound",
        "Cutline",
        "Pádraig Ellerby",
        "Nia Obuya",
    ],
    [
        Q("I stopped writing for the algorithm", "Juniper Vale", "Juniper Vale", occ=0, how="before"),
        Q(
            "I stopped writing for the algorithm. I was chasing fifteen-second moments and losing whole songs",
            "Juniper Vale",
            "Vale",
            how="after",
        ),
        Q("This time I let them be as long as they wanted to be", "Juniper Vale", "Vale", how="before"),
        Q(
            "My gran thought pop music was the devil’s radio. She still does, but she’s got my album on her phone",
            "Juniper Vale",
            "Amankwah",
            how="after",
        ),
        Q("I was a rumour in my own house", "Juniper Vale", "she", kind="partial", anchor="she sings"),
        Q(
            "She came in with forty voice memos and said, ‘Pick the ugliest one.’ That became the record",
            "Felix Osterhagen-Bui",
            "Lowtide",
            how="after",
        ),
        Q("June doesn’t do setlists. She does moods", "Priya Solanki-Reeve", "Solanki-Reeve", how="after"),
        Q(
            "Some nights we play the whole album. Some nights she plays one song three times because it felt wrong the first two",
            "Priya Solanki-Reeve",
            "Solanki-Reeve",
            how="before",
        ),
        Q(
            "the most unguarded British soul record in years",
            "Marguerite Fane",
            "Marguerite Fane",
            kind="partial",
        ),
        Q(
            "beautiful and very slightly airless",
            "Cutline",
            "Cutline",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I heard three songs through a car window in a car park and rang her manager the same night",
            "Pádraig Ellerby",
            "he",
            how="after",
        ),
        Q(
            "She wrote a song about my life without ever meeting me. That’s the only way I can explain it",
            "Nia Obuya",
            "Obuya",
            how="after",
        ),
    ],
)

article(
    "music-culture-feature",
    2,
    P(
        """Saint Marrow left Atlanta to make it. Their new album is about coming back.""",
        """By Tariq Osei-Whitmore | Backbeat Weekly""",
        """ATLANTA -- The first thing you notice about Saint Marrow in person is that only one of them likes to talk. K-Lo, 29, born Keon Lomax, answers most questions before they are finished. His partner in the duo, Vesper, 27, waits, and then says the thing that ends up in the headline.""",
        """"We left Atlanta because we had to. We came back because we finally had something to say about it," K-Lo said on a bench outside the studio in Redbud Park where they recorded their second album, Red Dirt Ledger, out Friday.""",
        """Vesper, whose legal name is Adaeze Nwachukwu, writes most of the duo's hooks. On the single "Marta Line," she raps that the city "sold the corner and rented it back to us," a line that has been quoted back at her at every show since the song came out in March.""",
        """"People think the hooks are the easy part. The hooks are the only part that has to be completely true," Nwachukwu said.""",
        """The album was produced by Duncan Ferreira, who works as Big Dunc and also produced the duo's 2019 debut. Ferreira and K-Lo have known each other since middle school. "He used to rap over my beats in the cafeteria and get us both detention," Ferreira said. "Nothing's changed except the paychecks.\"""",
        """Their label, Peachline Audio, said in a statement that pre-saves for the album had passed 300,000, "the most for any release in the label's history.\"""",
        """Early reviews have been warm. Critic Simone Achterberg, writing for the music site Loudfloor, called Red Dirt Ledger "a homecoming record with its fists up.\"""",
        """At a pop-up listening session in the West End neighborhood last weekend, one fan who had waited three hours in the rain said she had followed the duo since their first mixtape. "They sound like my block. Nobody else sounds like my block," she said.""",
        """K-Lo said the album was made for people like her more than for critics. "I want some kid from our neighborhood to hear this on the bus and feel like somebody saw him," the 29-year-old said.""",
    ),
    [
        "Saint Marrow",
        "Tariq Osei-Whitmore",
        "Backbeat Weekly",
        "K-Lo",
        "Vesper",
        "Duncan Ferreira",
        "Peachline Audio",
        "Simone Achterberg",
        "Loudfloor",
    ],
    [
        Q(
            "We left Atlanta because we had to. We came back because we finally had something to say about it",
            "K-Lo",
            "K-Lo",
            how="after",
        ),
        Q("sold the corner and rented it back to us", "Vesper", "she", kind="partial", anchor="she raps"),
        Q(
            "People think the hooks are the easy part. The hooks are the only part that has to be completely true",
            "Vesper",
            "Nwachukwu",
            how="after",
        ),
        Q(
            "He used to rap over my beats in the cafeteria and get us both detention",
            "Duncan Ferreira",
            "Ferreira",
            how="after",
        ),
        Q("Nothing's changed except the paychecks", "Duncan Ferreira", "Ferreira", how="before"),
        Q(
            "the most for any release in the label's history",
            "Peachline Audio",
            "Peachline Audio",
            kind="partial",
            stype="organisation",
        ),
        Q("a homecoming record with its fists up", "Simone Achterberg", "Critic Simone Achterberg", kind="partial"),
        Q(
            "They sound like my block. Nobody else sounds like my block",
            "one fan who had waited three hours in the rain",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "I want some kid from our neighborhood to hear this on the bus and feel like somebody saw him",
            "K-Lo",
            "the 29-year-old",
            how="after",
        ),
    ],
)

article(
    "music-culture-feature",
    3,
    P(
        "Glasshouse Ferry split up over a van. Fifteen years later, they have a new van",
        "By Callum Featherstone",
        "In the summer of 2011, on a hard shoulder of the M1 somewhere south of Leicester, Glasshouse Ferry stopped being a band. Their second album had just missed the top 40, their label was losing interest and nobody could agree on who should be driving.",
        "‘We broke up over who was driving the van. That’s the honest answer,’ says frontman Stuart Keeling, now 46 and a secondary school music teacher in Sheffield. ‘There were other reasons, but that was the day it happened.’",
        "Drummer Gareth Pym was in the van too, and he says Keeling makes it sound funnier than it was. ‘We hadn’t been paid in four months. Nobody was laughing on the M1,’ he says.",
        "It was bassist Nell Okafor-Grant who made the first phone call, last spring, after a clip of the band’s old single went viral on a stranger’s video. ‘I rang all three of them on the same night and said, “Now or never.” That way nobody could say they were the last to know,’ she says.",
        "Guitarist Ade Lomas took the most persuading. He had sold his guitars in 2014 and now runs a bicycle shop in Carswell Moor. ‘Nell rang me and I said no. She rang again the next morning and I said maybe. That’s as close as I ever get to yes,’ Lomas says.",
        "The result is Low Water, their first album since 2010, recorded in a converted chapel in the Peak District over three weeks in January. On the first single, Keeling sings ‘we were young and stupid and we were right’, a line he admits he wrote about the band itself.",
        "Their comeback show will be at the Ashcombe Fields festival in July. ‘We’ve had more emails about Glasshouse Ferry than about our headliner, and our headliner has had a number one,’ says festival organiser Jo Pennicott, who first booked the band in 2008. Pennicott says she turned down their request for a later slot.",
        "Not everyone is won over. Writing in Static Weekly, critic Owen Marsh-Delacroix called the reunion ‘nostalgia with a merchandise stand’ and the new songs ‘fine, which is the problem’.",
        "Keeling has read the review. ‘He’s not wrong about the merch,’ he says. ‘The T-shirts are paying for the van.’",
    ),
    [
        "Glasshouse Ferry",
        "Callum Featherstone",
        "Stuart Keeling",
        "Gareth Pym",
        "Nell Okafor-Grant",
        "Ade Lomas",
        "Jo Pennicott",
        "Owen Marsh-Delacroix",
        "Static Weekly",
    ],
    [
        Q(
            "We broke up over who was driving the van. That’s the honest answer",
            "Stuart Keeling",
            "frontman Stuart Keeling",
        ),
        Q("There were other reasons, but that was the day it happened", "Stuart Keeling", "frontman Stuart Keeling"),
        Q("We hadn’t been paid in four months. Nobody was laughing on the M1", "Gareth Pym", "he", how="after"),
        Q(
            "I rang all three of them on the same night and said, “Now or never.” That way nobody could say they were the last to know",
            "Nell Okafor-Grant",
            "she",
            how="after",
        ),
        Q(
            "Nell rang me and I said no. She rang again the next morning and I said maybe. That’s as close as I ever get to yes",
            "Ade Lomas",
            "Lomas",
            how="after",
        ),
        Q(
            "we were young and stupid and we were right",
            "Stuart Keeling",
            "Keeling",
            kind="partial",
            anchor="Keeling sings",
        ),
        Q(
            "We’ve had more emails about Glasshouse Ferry than about our headliner, and our headliner has had a number one",
            "Jo Pennicott",
            "festival organiser Jo Pennicott",
        ),
        Q(
            "nostalgia with a merchandise stand",
            "Owen Marsh-Delacroix",
            "critic Owen Marsh-Delacroix",
            kind="partial",
        ),
        Q("fine, which is the problem", "Owen Marsh-Delacroix", "critic Owen Marsh-Delacroix", kind="partial"),
        Q("He’s not wrong about the merch", "Stuart Keeling", "he", how="after"),
        Q("The T-shirts are paying for the van", "Stuart Keeling", "he", how="before"),
    ],
)

article(
    "music-culture-feature",
    4,
    P(
        "Thirty summers in a wet field: Kestrel Hollow folk festival turns 30",
        "By Meredith Anyanwu-Kale | Long Acre Magazine",
        "Every August for three decades, a sheep field in the Cotswolds has turned, for four days, into the most stubbornly old-fashioned music festival in England. There are no sponsors’ banners at Kestrel Hollow, no VIP area and, this year as every year, no plan for the rain.",
        "“We started with a borrowed marquee and four hundred people,” says Bernadette Ashworth-Nkemelu, who founded the festival with her late husband, Emeka, in 1995. “The first year it rained for three days and we lost every penny we had.",
        "“The second year it rained for three days as well. But eight hundred people came, and that was when I knew we had something.”",
        "Her son, Tobi Ashworth-Nkemelu, now runs the festival day to day, though he insists that nobody really runs it but her. “Mum still walks every inch of the site on the Thursday before we open. Nobody is allowed to stop her, and nobody has tried since 2009,” he says.",
        "This year’s Saturday headliner is Marrowbone, the stage name of the Cornish singer and fiddler Alexis Tregarthen, who first played Kestrel Hollow at 16 on its smallest stage. “I played to my mum and eleven people eating chips. Two of them left halfway through,” Tregarthen says.",
        "His best-known song opens the set most nights. On it he sings “my grandfather sang to the boats, and the boats sang back”, a line lifted, he says, from something his grandfather told him in a hospital bed.",
        "His accordion player, Morwenna Pascoe, has played beside him since they were teenagers in Trevossa. “Alexis writes the songs, and I tell him which ones are finished. He doesn’t always listen,” she says.",
        "Kestrel Hollow has always had admirers in the press. The Folk Ledger once described it as “the last festival in England that still smells of woodsmoke rather than money”, a line Ashworth-Nkemelu has had printed on the staff T-shirts.",
        "The regulars are its real archive. Geoff Tunnicliffe, 71, a retired postman from Nethercombe, has been to every one of the 29 festivals so far. “I met my wife in the beer tent in 1997. She says it was the cider tent. She’s wrong,” he says.",
        "The 30th festival runs from 14 to 17 August. Tickets sold out in March.",
    ),
    [
        "Meredith Anyanwu-Kale",
        "Long Acre Magazine",
        "Bernadette Ashworth-Nkemelu",
        "Emeka",
        "Tobi Ashworth-Nkemelu",
        "Marrowbone",
        "Morwenna Pascoe",
        "Folk Ledger",
        "Geoff Tunnicliffe",
    ],
    [
        Q(
            "We started with a borrowed marquee and four hundred people",
            "Bernadette Ashworth-Nkemelu",
            "Bernadette Ashworth-Nkemelu",
            how="after",
        ),
        Q(
            "The first year it rained for three days and we lost every penny we had",
            "Bernadette Ashworth-Nkemelu",
            "Bernadette Ashworth-Nkemelu",
            how="before",
        ),
        Q(
            "The second year it rained for three days as well. But eight hundred people came, and that was when I knew we had something",
            "Bernadette Ashworth-Nkemelu",
            "@prev",
        ),
        Q(
            "Mum still walks every inch of the site on the Thursday before we open. Nobody is allowed to stop her, and nobody has tried since 2009",
            "Tobi Ashworth-Nkemelu",
            "he",
            how="after",
        ),
        Q(
            "I played to my mum and eleven people eating chips. Two of them left halfway through",
            "Marrowbone",
            "Tregarthen",
            how="after",
        ),
        Q(
            "my grandfather sang to the boats, and the boats sang back",
            "Marrowbone",
            "he",
            kind="partial",
            anchor="he sings",
        ),
        Q(
            "Alexis writes the songs, and I tell him which ones are finished. He doesn’t always listen",
            "Morwenna Pascoe",
            "she",
            how="after",
        ),
        Q(
            "the last festival in England that still smells of woodsmoke rather than money",
            "Folk Ledger",
            "The Folk Ledger",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I met my wife in the beer tent in 1997. She says it was the cider tent. She’s wrong",
            "Geoff Tunnicliffe",
            "he",
            how="after",
        ),
    ],
)

article(
    "music-culture-feature",
    5,
    P(
        "Santi Lumbre wrote his first songs on a Medellín bus. Now he fills stadiums",
        "By Inés Carvajal-Whitby | Meridian Arts Weekly",
        "Santi Lumbre still remembers the route number. Before he was one of the most-streamed Latin artists in the world, Santiago Lumbreras Ceballos spent two hours a day on the 214 bus between his mother’s flat in the hills above Medellín and a call-centre job he hated.",
        "“I wrote my first songs on that bus, in the notes app, with one earphone in so I could hear the stops,” Lumbre said, speaking in Spanish through an interpreter before a sold-out show in Madrid. “The rhythm of the bus is in everything I make.”",
        "His new album, Ruta 214, is full of that city. On the title track he sings “la ciudad me debe un sueño” (the city owes me a dream), a line thousands of fans now shout back at him every night.",
        "His mother, Amparo Ceballos, a retired seamstress, still lives in the same flat and refuses to move. “He bought me a house with a garden. I gave it to my sister. I like my neighbours,” she said by phone, laughing.",
        "The album was co-produced by Mateo Ruiz-Garzón, who works as Tres Lunas and has produced every Lumbre record since 2018. “Santi hears a melody in a car horn. My job is mostly to get out of the way,” Ruiz-Garzón said.",
        "Earlier this year, rumours of a feud with the Brazilian singer Iara Moreno, his partner on the 2022 hit Fogo Lento, spread after she skipped his São Paulo concert. The two artists ended the speculation in May. “We never stopped being family. We just stopped being in the same city,” they said in a joint statement posted to both of their accounts.",
        "Lumbre’s label, Candela Norte Music, said in a statement that Ruta 214 had become “the biggest debut week for a Spanish-language album in the company’s history.”",
        "Critics have been more divided. Lucía Ferreyra, writing in the Buenos Aires magazine Ruido Blanco, called the record “generous, catchy and a little too safe.”",
        "For Paloma Echeverri, director of the Madrid festival where Lumbre headlines next summer, the crowds settle the argument. “I have booked him three times, and every time the field was too small,” she said.",
        "Outside the arena, one fan, a 19-year-old nursing student who had queued since dawn with a handmade bus-stop sign, said she had learned English partly to understand his interviews. “Now I learn Spanish slang from him instead,” she said.",
    ),
    [
        "Santi Lumbre",
        "Inés Carvajal-Whitby",
        "Meridian Arts Weekly",
        "Amparo Ceballos",
        "Mateo Ruiz-Garzón",
        "Iara Moreno",
        "Candela Norte Music",
        "Lucía Ferreyra",
        "Ruido Blanco",
        "Paloma Echeverri",
    ],
    [
        Q(
            "I wrote my first songs on that bus, in the notes app, with one earphone in so I could hear the stops",
            "Santi Lumbre",
            "Lumbre",
            how="after",
        ),
        Q("The rhythm of the bus is in everything I make", "Santi Lumbre", "Lumbre", how="before"),
        Q("la ciudad me debe un sueño", "Santi Lumbre", "he", kind="partial", anchor="he sings"),
        Q(
            "He bought me a house with a garden. I gave it to my sister. I like my neighbours",
            "Amparo Ceballos",
            "she",
            how="after",
        ),
        Q(
            "Santi hears a melody in a car horn. My job is mostly to get out of the way",
            "Mateo Ruiz-Garzón",
            "Ruiz-Garzón",
            how="after",
        ),
        Q(
            "We never stopped being family. We just stopped being in the same city",
            "the two artists",
            "they",
            stype="unnamed",
            how="after",
        ),
        Q(
            "the biggest debut week for a Spanish-language album in the company’s history",
            "Candela Norte Music",
            "Candela Norte Music",
            kind="partial",
            stype="organisation",
        ),
        Q("generous, catchy and a little too safe", "Lucía Ferreyra", "Lucía Ferreyra", kind="partial"),
        Q(
            "I have booked him three times, and every time the field was too small",
            "Paloma Echeverri",
            "she",
            how="after",
        ),
        Q(
            "Now I learn Spanish slang from him instead",
            "one fan",
            "she",
            stype="unnamed",
            how="after",
        ),
    ],
)

article(
    "music-culture-feature",
    6,
    P(
        "Blackthorn Tide nearly split. Their new album is the sound of them staying together",
        "By Kieran Dowd-Asante | Heavy Weather",
        "Two years ago Blackthorn Tide, the Bristol metal band whose last album reached number six, cancelled a European tour four days before it started and went quiet. In a statement posted at the time, the band said it needed 'time away from the road and, honestly, from each other'.",
        "'We were a week away from not being a band,' says singer Cass Ravenhill, 31, sitting in the garden of the band's rehearsal space in Easton. 'Nobody was speaking. We were communicating through our tour manager like a divorced couple.'",
        "What brought them back, she says, was a single rehearsal in a cold room last February. Guitarist Liam Tuckett and drummer Josh Amadi had not been in the same room for nine months. 'Josh counted in the first song we ever wrote, without asking anyone, and we all just played it,' Tuckett says. Amadi shrugs at the story. 'Somebody had to do something. I'm the drummer. Counting in is literally my job,' he says.",
        "The result, Salt Debts, is the heaviest record they have made and also the most exposed. On the opener, Ravenhill screams 'I buried the map so you couldn't find me', which she says she wrote on the morning the tour was cancelled.",
        "The album was produced by Harriet 'Hatch' Boyce, who has worked with the band since its first EP. 'They came in with nothing to prove to anybody but each other. That's the best state a band can be in,' Harriet Boyce told Heavy Weather.",
        "Riffcrypt's reviewer, Ade Olawale, called it 'a break-up record by a band that decided not to break up'. The Sunday Standard was less kind, finding the slower songs 'more earnest than interesting'.",
        "At the band's warm-up show in a 300-capacity pub in Bristol last week, Megan Straw, 24, who has a Blackthorn Tide lyric tattooed on her forearm, was in the front row. 'I got this tattoo when they went quiet. I needed them to come back so it wasn't a memorial,' she said.",
        "Ravenhill laughs when told about the tattoo. 'No pressure, then,' she says.",
    ),
    [
        "Blackthorn Tide",
        "Kieran Dowd-Asante",
        "Heavy Weather",
        "Cass Ravenhill",
        "Liam Tuckett",
        "Josh Amadi",
        "Harriet Boyce",
        "Riffcrypt",
        "Ade Olawale",
        "Sunday Standard",
        "Megan Straw",
    ],
    [
        Q(
            "time away from the road and, honestly, from each other",
            "Blackthorn Tide",
            "the band",
            kind="partial",
            stype="organisation",
            anchor="the band said",
        ),
        Q("We were a week away from not being a band", "Cass Ravenhill", "singer Cass Ravenhill", how="after"),
        Q(
            "Nobody was speaking. We were communicating through our tour manager like a divorced couple",
            "Cass Ravenhill",
            "singer Cass Ravenhill",
            how="before",
        ),
        Q(
            "Josh counted in the first song we ever wrote, without asking anyone, and we all just played it",
            "Liam Tuckett",
            "Tuckett",
            how="after",
        ),
        Q(
            "Somebody had to do something. I'm the drummer. Counting in is literally my job",
            "Josh Amadi",
            "he",
            how="after",
        ),
        Q(
            "I buried the map so you couldn't find me",
            "Cass Ravenhill",
            "Ravenhill",
            kind="partial",
            anchor="Ravenhill screams",
        ),
        Q(
            "They came in with nothing to prove to anybody but each other. That's the best state a band can be in",
            "Harriet Boyce",
            "Harriet Boyce",
            how="after",
        ),
        Q(
            "a break-up record by a band that decided not to break up",
            "Ade Olawale",
            "Ade Olawale",
            kind="partial",
        ),
        Q(
            "more earnest than interesting",
            "Sunday Standard",
            "The Sunday Standard",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I got this tattoo when they went quiet. I needed them to come back so it wasn't a memorial",
            "Megan Straw",
            "she",
            how="after",
        ),
        Q("No pressure, then", "Cass Ravenhill", "she", how="after"),
    ],
)

# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------


def main():
    run_part(ARTICLES, STYLES, OUT, "--review" in sys.argv)


if __name__ == "__main__":
    main()
