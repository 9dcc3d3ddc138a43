#!/usr/bin/env python3
"""Source of truth for part_g.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
obituary, us-courts, disaster-wire and irish-press (6 articles each; n<=4
"dev", n 5-6 "held-out").  350-750 words and 6-12 gold quotes per article.

All articles below are invented (people, outlets, towns, companies, parties,
clubs, agencies; US states, Irish institutions such as the Dáil and a few
large places are real, as in parts A-F).  Each article is held as plain
text; every gold quote and every speaker mention is located by exact
substring search and the character offsets are computed here, then checked
(text[start:end] == quote text, quote-mark sanity, counts, word counts)
before part_g.jsonl is written.

Run:  python3 make_part_g.py          (writes part_g.jsonl next to this file)
      python3 make_part_g.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in obituary-3, us-courts-2, us-courts-6 and
disaster-wire-3, single curly quotes in irish-press-2 and irish-press-5;
nested quotes, quotes continued over a paragraph break, and colon, "said X",
"X said", "said he" and mid-quote attributions.

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-F already documented (police/agency/company
"said in a statement" as organisation; words read out from a document belong
to its author; first-name-only people are persons and entities; nicknames,
titles, brands and programme names in quote marks are never gold; glued
roles stay in the span; unnamed phrases keep a restrictive clause but not a
comma-bounded one; headline role-only attributions point at the headline
mention as written).

Part G readings of the conventions, for cases the new styles bring:
* obituary: the deceased's own words from years before ("he told this
  newspaper in 1987", "she wrote in her 2006 memoir", "he said at a 1994
  hearing, according to the board's minutes", a 1975 floor speech "she told
  colleagues") are quotes of the deceased, span the mention in that clause;
  "this newspaper" is never a span, the masthead outlet is an entity.
  Relatives sharing a surname: the bare surname / "Mr. X" is the deceased
  throughout (house style), each relative is canonical under their own full
  name ("Thomas Brannock", "Raymond Okoye-Hart", "Loretta Pryor Givens") and
  a later first-name mention is a valid span ("Raymond"); relatives given
  only by first name are persons under it ("Margaret", "Clare", "Sofia").
  A kinship role mention is a role-only mention and keeps its possessive
  determiner like "the judge": "his aunt" (speaker the deceased, identified
  by "one of her old Senate envelopes").  Maiden names ("the former Nora
  Kilbride") are entities as written.  "the Pennington family said" is
  unnamed (part D's "the Qasemi family").  A headline quote the headline
  does not attribute ("head teacher who 'changed thousands of lives'") is not
  gold; the body's fuller, attributed quote is.  A TV character's
  catchphrase in quote marks is a trap; the character is an entity (part D).
* us-courts: a judge's ruling, opinion or dissent quoted with "wrote" is the
  judge's quote ("U.S. District Judge X", "Circuit Judge X", "the judge",
  "she"); "The court said in its opinion" is the court as organisation
  (part C), under its fullest name.  A judge's question from the bench
  ("...?" she asked) is gold.  A defendant reading his own statement is the
  defendant; a victim's letter read aloud by a prosecutor is the victim's.
  Words a complaint reports the defendant said to someone ("a former
  employee told investigators that Lamarche had said ...") are the
  defendant's, span the name at "had said"; an email quoted "according to
  court documents" is its author's, unnamed authors under the phrase that
  introduces them ("a Veridian battery engineer"; the redacted reply "The
  supervisor" -> "a supervisor", as first introduced).  An unnamed juror is
  "the jury foreperson" (the comma-bounded "a retired nurse who ..." left
  out); a witness introduced with a restrictive clause keeps it ("a
  bartender who had told detectives he saw Fowler fire the gun").  Courts
  named in full, "the Legislature", "Senate" and "House" are entities; "the
  Capitol" used as a location is a place; "the People" (the prosecution,
  inside a quote) is generic.
* disaster-wire: "officials said" attributes no quote unless a quote hangs
  on it; a quote credited to a collective ("State officials said ... would
  be '...'") is unnamed with the phrase as speaker ("state officials"),
  like part C's "analysts at X".  Survivors named by first name and age
  ("Earl, 68", "Tasha", "Brenda", "Marisela", "Tom") are persons and
  entities under that name.  Statements updated through the day are
  separate quotes of whoever made each one: a utility's pre-dawn estimate
  ("the cooperative had estimated") is the organisation's, its spokesman's
  later words the spokesman's; a governor's morning and evening remarks are
  both hers ("By evening she had revised that: '...'", span "she").  Glued
  company-and-role chains stay in the span ("Cumberland Valley Electric
  President and CEO Ronald Baptiste", "FERA Administrator Michael Okonjo",
  "cooperative spokesman Dale Whitt").  "told Northstar" / "told reporters"
  are speech verbs; the wire agency in the dateline and the people in the
  "(Reporting by ...)" credit are entities.  A headline's role-only
  attribution ("governor says toll 'will rise'") is gold with span
  "governor" although the body's quote is worded differently.
* irish-press: Irish surname particles belong to the name and to the span
  (Ó, Ní, Nic, Mac, Uí: "Nóra Uí Cheallaigh", "Mac Con Iomaire", "Nic an
  tSaoir"), with Mr/Ms/Cllr/Supt/Superintendent/Fr/Deputy/Senator glued
  ("Mr Ó Broin", "Ms Nic an tSaoir", "Supt Ó hAodha", "Deputy Ní Mhurchú");
  a party in brackets after the name ("(Ind)", "(Saoirse)") is not in the
  span, a party/role before it is ("Saoirse TD Caitríona Nic Aoidh",
  "Saoirse leader Aisling Ní Dhubhghaill").  "said he" / "said she": the
  pronoun.  "The Minister for Health has insisted ... 'delivering'" is a
  role-only mention with its determiner, speaker the minister named in full
  later; "The Tánaiste, Ruairí Mac Lochlainn, has insisted" points at the
  appositive name (part A's "Henrik Aasland"); the headline "Tánaiste
  insists '...'" at "Tánaiste".  A lead's unnamed mention of a person the
  body identifies by repeating the same words ("one councillor accusing
  council officials of treating farmers 'like an obstacle to be removed'")
  is that person's quote, span "one councillor".  A Garda spokesman is
  unnamed; "Gardaí"/"Garda" alone are generic like "police", but a named
  Garda station is an entity (part C's "Ashulia Police Station").  Dáil,
  Seanad, HSE, a municipal district and the invented parties are entities;
  "the Custom House" used for the housing department is a metonym and an
  entity (part A's "Whitehall").  Initial-plus-surname names in a scorers'
  line ("P Ó Dónaill") are persons, listed as written.  A quote in Irish is
  an ordinary direct quote; a bracketed translation without quote marks is
  not a quote."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_g.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["obituary", "us-courts", "disaster-wire", "irish-press"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# OBITUARY
# ---------------------------------------------------------------------------

article(
    "obituary",
    1,
    P(
        "Cornelius Brannock, Ferry Captain Who Kept Gull Island Connected, Dies at 91",
        "THE LAKEPORT COURIER · OBITUARIES",
        "By Harriet Vance",
        "Cornelius Brannock, who ran the ferry between Lakeport and Gull Island for 44 years and refused, for most of that time, to let anyone else take the wheel on the 6:15 a.m. crossing, died on Saturday at his home on the island. He was 91.",
        "His daughter, Maeve Brannock-Hale, said the cause was heart failure.",
        "“He went the way he would have wanted, in his chair by the window, looking at the water,” she said. “He’d have complained that the ferry was running two minutes late.”",
        "Mr. Brannock was born on Gull Island in 1933, the youngest of seven children of Patrick Brannock, a lobsterman, and the former Nora Kilbride. He left school at 14 to work on his father’s boat and bought his first vessel, a converted landing craft he named the Nora B., in 1958.",
        "He told this newspaper in 1987, when the Gull Island Ferry Company marked its 25th anniversary, that the business had begun almost by accident. “My neighbors kept asking me for rides to the mainland, and one day I thought, well, I might as well charge them,” he said. “Fifty cents. I was robbing them blind.”",
        "The company grew to three boats and, at its peak in the 1990s, carried more than 200,000 passengers a year. Islanders called the early run “the Captain’s Crossing,” and for decades it was a point of local pride that it had never been canceled for weather with Mr. Brannock aboard.",
        "That record ended in February 1998, when a nor’easter forced him to turn back halfway across. “I’ve never seen him so angry, and it wasn’t at the storm,” his son, Thomas Brannock, recalled in an interview on Monday. “It was at himself. He thought he’d let people down.”",
        "Thomas Brannock took over the company in 2001 and sold it to the Bay Transit Authority in 2012. His father, by then officially retired, rode the ferry almost every day as a passenger, usually standing just behind whoever was at the helm.",
        "“It was a nightmare,” said Ruth Okafor, who captained the boat for the transit authority from 2012 to 2020. “He never said anything. He just stood there and breathed.”",
        "She added that he had been the first to congratulate her when she passed her master’s license exam: “He sent a card that said, ‘Welcome aboard, Captain.’ I still have it.”",
        "He was also a fixture at meetings of the Gull Island Select Board, where he served three terms and argued, unsuccessfully, against a bridge to the mainland. “A bridge is for people who are in a hurry,” he said at a 1994 hearing, according to the board’s minutes. “Nobody on this island has ever been in a hurry.”",
        "In addition to his daughter and son, Mr. Brannock is survived by six grandchildren, among them Liam Brannock, who now works as a deckhand on the same route, and a sister, Bridget Foley. His wife of 58 years, the former Eileen Murray, died in 2015.",
        "Maeve Brannock-Hale said the family planned to scatter his ashes from the 6:15 boat. “He’d want to be on time for it,” she said.",
    ),
    [
        "Lakeport Courier",
        "Harriet Vance",
        "Cornelius Brannock",
        "Maeve Brannock-Hale",
        "Patrick Brannock",
        "Nora Kilbride",
        "Gull Island Ferry Company",
        "Thomas Brannock",
        "Bay Transit Authority",
        "Ruth Okafor",
        "Gull Island Select Board",
        "Liam Brannock",
        "Bridget Foley",
        "Eileen Murray",
    ],
    [
        Q(
            "He went the way he would have wanted, in his chair by the window, looking at the water",
            "Maeve Brannock-Hale",
            "she",
        ),
        Q("He’d have complained that the ferry was running two minutes late", "Maeve Brannock-Hale", "she"),
        Q(
            "My neighbors kept asking me for rides to the mainland, and one day I thought, well, I might as well charge them",
            "Cornelius Brannock",
            "he",
        ),
        Q("Fifty cents. I was robbing them blind", "Cornelius Brannock", "he", how="before"),
        Q(
            "I’ve never seen him so angry, and it wasn’t at the storm",
            "Thomas Brannock",
            "Thomas Brannock",
            how="after",
        ),
        Q("It was at himself. He thought he’d let people down", "Thomas Brannock", "Thomas Brannock", how="before"),
        Q("It was a nightmare", "Ruth Okafor", "Ruth Okafor"),
        Q("He never said anything. He just stood there and breathed", "Ruth Okafor", "Ruth Okafor"),
        Q("He sent a card that said, ‘Welcome aboard, Captain.’ I still have it", "Ruth Okafor", "She"),
        Q("A bridge is for people who are in a hurry", "Cornelius Brannock", "he", how="after"),
        Q("Nobody on this island has ever been in a hurry", "Cornelius Brannock", "he", anchor="he said at a 1994"),
        Q("He’d want to be on time for it", "Maeve Brannock-Hale", "she"),
    ],
)

article(
    "obituary",
    2,
    P(
        "Tributes paid to former Marlow Vale head teacher who ‘changed thousands of lives’",
        "By Sunita Rao, Education Correspondent",
        "The Wyvern Gazette",
        "Tributes have been paid to Geoffrey Pennington, who led Marlow Vale Academy for 27 years and turned it from one of the worst-performing schools in the county into one of its most oversubscribed, following his death at the age of 78.",
        "Mr Pennington died peacefully at St Aldhelm’s Hospice on Sunday after a short illness.",
        "In a statement released through the school, the Pennington family said: “Dad gave everything to that school, and then, when he retired, he gave everything to us. We have been overwhelmed by the messages from former pupils, some of whom he taught more than fifty years ago.”",
        "Born in Dudley Port in 1946, the son of a steelworker, Mr Pennington trained as a chemistry teacher and arrived at Marlow Vale, then a struggling secondary modern, in 1974. He became head teacher in 1983, a year after the school had narrowly escaped closure.",
        "He told the Gazette in 1991, after the school recorded its best exam results in a decade: “People wanted me to fix the buildings first. I said fix the expectations first, and the buildings will follow.”",
        "That philosophy – known to generations of staff simply as “the Pennington rule” – is still painted above the entrance to the school hall.",
        "Dr Ayesha Karim, the academy’s current principal, who was herself a pupil at Marlow Vale in the 1990s, said: “I would not be a teacher, let alone a head, without Geoffrey. He was the first person who told me I was clever. He said it as if it were obvious.",
        "“He never forgot a name. He would stop you in the corridor twenty years later and ask how your mum’s knee was.”",
        "Former pupil Darren Mayhew, 52, who now runs a building firm in the town, said Mr Pennington had “changed thousands of lives, mine included”.",
        "“I’d been expelled from two schools before I got to Marlow Vale,” he said. “He didn’t expel me. He gave me the keys to the science block and told me to fix the fume cupboard.”",
        "Councillor Janet Okonedo, cabinet member for education at Wyvern County Council, described him as “a giant of this county’s schools” and said the council would consider naming its new sixth-form centre after him.",
        "Mr Pennington was appointed OBE in 2002 for services to education. After retiring in 2010 he chaired the governors at Hillbrook Primary School and wrote a short memoir, Chalk Dust and Hope, which he sold at the school gate for £5 a copy, with the proceeds going to the library fund.",
        "He is survived by his wife, Margaret, their two children, Simon and Clare, and five grandchildren. His son, Simon Pennington, said his father had been “pottering in the garden until a fortnight ago” and had asked, on his last day, for the Gazette’s sports pages to be read to him.",
        "A book of condolence has been opened at the school reception, and the funeral will take place at St Mary’s Church, Marlow Vale, on 14 March.",
    ),
    [
        "Sunita Rao",
        "Wyvern Gazette",
        "Geoffrey Pennington",
        "Marlow Vale Academy",
        "St Aldhelm’s Hospice",
        "Ayesha Karim",
        "Darren Mayhew",
        "Janet Okonedo",
        "Wyvern County Council",
        "Hillbrook Primary School",
        "Margaret",
        "Simon Pennington",
        "Clare",
        "St Mary’s Church",
    ],
    [
        Q(
            "Dad gave everything to that school, and then, when he retired, he gave everything to us. We have been overwhelmed by the messages from former pupils, some of whom he taught more than fifty years ago",
            "the Pennington family",
            "the Pennington family",
            stype="unnamed",
        ),
        Q(
            "People wanted me to fix the buildings first. I said fix the expectations first, and the buildings will follow",
            "Geoffrey Pennington",
            "He",
        ),
        Q(
            "I would not be a teacher, let alone a head, without Geoffrey. He was the first person who told me I was clever. He said it as if it were obvious",
            "Ayesha Karim",
            "Dr Ayesha Karim",
        ),
        Q(
            "He never forgot a name. He would stop you in the corridor twenty years later and ask how your mum’s knee was",
            "Ayesha Karim",
            "@prev",
        ),
        Q("changed thousands of lives, mine included", "Darren Mayhew", "Former pupil Darren Mayhew", kind="partial"),
        Q("I’d been expelled from two schools before I got to Marlow Vale", "Darren Mayhew", "he"),
        Q(
            "He didn’t expel me. He gave me the keys to the science block and told me to fix the fume cupboard",
            "Darren Mayhew",
            "he",
            how="before",
        ),
        Q("a giant of this county’s schools", "Janet Okonedo", "Councillor Janet Okonedo", kind="partial"),
        Q("pottering in the garden until a fortnight ago", "Simon Pennington", "Simon Pennington", kind="partial"),
    ],
)

article(
    "obituary",
    3,
    P(
        "Ingrid Solvang-Reyes, glaciologist who read the planet's past in ice, dies at 84",
        "By Peter Lindahl | Northfield Tribune",
        "Ingrid Solvang-Reyes, a glaciologist whose ice cores from the Halvard Plateau gave scientists one of the first unbroken records of the Earth's climate stretching back 100,000 years, died on Nov. 3 at her home in Ashby Falls. She was 84.",
        "Her son, Mateo Reyes, said the cause was complications of pneumonia.",
        "Born in 1940 in the fishing town of Vardholm, Norway, the daughter of a harbor pilot and a schoolteacher, Dr. Solvang-Reyes came to the United States in 1962 on a scholarship to Carrow University, where she met a young physicist, Luis Reyes. They married in 1966.",
        'In a 1979 interview with Polar Science Monthly, she described the moment she first saw the annual layers in a core drawn from the plateau: "It was like opening a library nobody had ever been allowed into. Every winter was a page."',
        'Her colleagues were less poetic about the conditions. "We lived in a tent for eleven weeks at minus 40, and Ingrid complained exactly once, about the coffee," said Harold Pike, who drilled with her on three expeditions and later directed the Carrow Institute for Polar Research. "She was right about the coffee."',
        'Her 1984 paper in the journal Cryosphere Letters, written with Dr. Pike and two graduate students, argued that the climate had swung between warm and cold states far more abruptly than most scientists then believed. The work drew fierce resistance. One reviewer called it "speculative to the point of fiction," a phrase she later had framed and hung above her desk.',
        'Within a decade the finding had been confirmed by cores from two other continents, and it is now a staple of introductory textbooks. In her 2006 memoir, "Layers," she wrote: "I have been told I was ahead of my time. I was not. I was exactly on time. Everyone else was late."',
        'The Carrow Institute for Polar Research said in a statement that her cores, kept at minus 30 degrees in a vault beneath its main building, "remain among the most requested samples in our archive."',
        "Her husband died in 2011. In addition to her son, she is survived by a daughter, Astrid Reyes-Kahn, a hydrologist; a brother, Nils Solvang; and four grandchildren.",
        'Mateo Reyes said his mother had been quietly amused that the samples had outlived so many of her critics. "She called them \'my children in the basement,\'" he said. "My sister and I were the upstairs children."',
        'Astrid Reyes-Kahn said her mother kept working until her late 70s, long after she had formally retired. "She used to say the ice doesn\'t care about your retirement," she said. "Then she\'d go back to her spreadsheets."',
    ),
    [
        "Peter Lindahl",
        "Northfield Tribune",
        "Ingrid Solvang-Reyes",
        "Mateo Reyes",
        "Carrow University",
        "Luis Reyes",
        "Polar Science Monthly",
        "Harold Pike",
        "Carrow Institute for Polar Research",
        "Cryosphere Letters",
        "Astrid Reyes-Kahn",
        "Nils Solvang",
    ],
    [
        Q(
            "It was like opening a library nobody had ever been allowed into. Every winter was a page",
            "Ingrid Solvang-Reyes",
            "she",
            anchor="she described the moment",
        ),
        Q(
            "We lived in a tent for eleven weeks at minus 40, and Ingrid complained exactly once, about the coffee",
            "Harold Pike",
            "Harold Pike",
        ),
        Q("She was right about the coffee", "Harold Pike", "Harold Pike"),
        Q("speculative to the point of fiction", "one reviewer", "One reviewer", kind="partial", stype="unnamed"),
        Q(
            "I have been told I was ahead of my time. I was not. I was exactly on time. Everyone else was late",
            "Ingrid Solvang-Reyes",
            "she",
            anchor="she wrote",
        ),
        Q(
            "remain among the most requested samples in our archive",
            "Carrow Institute for Polar Research",
            "The Carrow Institute for Polar Research",
            kind="partial",
            stype="organisation",
        ),
        Q("She called them 'my children in the basement,'", "Mateo Reyes", "he"),
        Q("My sister and I were the upstairs children", "Mateo Reyes", "he", how="before"),
        Q("She used to say the ice doesn't care about your retirement", "Astrid Reyes-Kahn", "she", how="after"),
        Q("Then she'd go back to her spreadsheets", "Astrid Reyes-Kahn", "she", how="before"),
    ],
)

article(
    "obituary",
    4,
    P(
        "Desmond Okoye-Hart, gravel-voiced star of ‘Harbor Lights,’ dies at 77",
        "SANTA MARGARITA, Calif. (Meridian Press) — Desmond Okoye-Hart, the gravel-voiced actor who played a world-weary harbor master on the long-running TV drama “Harbor Lights” and later found a second career narrating nature documentaries, has died. He was 77.",
        "Okoye-Hart died Tuesday at a hospital in Santa Margarita after a long illness, his publicist, Jill Navarro, said in a statement. “Desmond was the kindest man in any room he walked into, and the last to leave it,” Navarro said.",
        "Born in Port Whitley, Maryland, in 1947, Okoye-Hart was the second of five sons of a dockworker and a church organist. He served four years in the Marines before moving to New York, where he drove a cab and took acting classes at night.",
        "He told Meridian Press in 1992 that he had never intended to become an actor. “I went to an audition because a girl I liked was going,” he said. “She didn’t get the part. I did. She never spoke to me again.”",
        "The role that made him famous came in 1988, when he was cast as Elias Crane, the harbor master of a fictional Maine fishing town, in “Harbor Lights,” which ran for nine seasons on the Coastal Broadcasting Network. Crane’s growled catchphrase, “Not on my tide,” turned up on bumper stickers and coffee mugs for years afterward.",
        "Co-star Lorraine Whitcombe, who played his on-screen sister for all nine seasons, wrote on social media on Wednesday: “Forty years of friendship. He taught me to hit my mark and to never, ever eat the craft-services shrimp. Rest easy, Des.”",
        "After the show ended, Okoye-Hart struggled to find work and later spoke openly about a period of heavy drinking. His voice rescued him. Beginning in 2003 he narrated more than 40 wildlife films, most of them for the Wild Earth Channel, and won two Emmy Awards.",
        "“The animals don’t care if you’re famous,” he told the Coastal Herald in 2014. “A walrus has never once asked me for an autograph.”",
        "His younger brother, Raymond Okoye-Hart, a retired high school principal in Port Whitley, said the family had long since learned to share him with strangers.",
        "“You’d take him to the grocery store, and it would take two hours to get out,” Raymond said. “He’d talk to everybody. Every single person.”",
        "In addition to Raymond, Okoye-Hart is survived by his wife of 41 years, Celeste Okoye-Hart; two other brothers; two children, Nia and Malcolm; and four grandchildren.",
        "In a brief statement released through Navarro, Celeste Okoye-Hart thanked fans for their messages, asked for privacy and said her husband had “finally gotten some rest.”",
        "Meridian Press writer Gina Albrecht contributed to this report.",
    ),
    [
        "Meridian Press",
        "Desmond Okoye-Hart",
        "Jill Navarro",
        "Elias Crane",
        "Coastal Broadcasting Network",
        "Lorraine Whitcombe",
        "Wild Earth Channel",
        "Coastal Herald",
        "Raymond Okoye-Hart",
        "Celeste Okoye-Hart",
        "Nia",
        "Malcolm",
        "Gina Albrecht",
    ],
    [
        Q(
            "Desmond was the kindest man in any room he walked into, and the last to leave it",
            "Jill Navarro",
            "Navarro",
            anchor="Navarro said.",
        ),
        Q("I went to an audition because a girl I liked was going", "Desmond Okoye-Hart", "he", how="after"),
        Q("She didn’t get the part. I did. She never spoke to me again", "Desmond Okoye-Hart", "he", how="before"),
        Q(
            "Forty years of friendship. He taught me to hit my mark and to never, ever eat the craft-services shrimp. Rest easy, Des",
            "Lorraine Whitcombe",
            "Co-star Lorraine Whitcombe",
        ),
        Q("The animals don’t care if you’re famous", "Desmond Okoye-Hart", "he", how="after"),
        Q("A walrus has never once asked me for an autograph", "Desmond Okoye-Hart", "he", how="before"),
        Q(
            "You’d take him to the grocery store, and it would take two hours to get out",
            "Raymond Okoye-Hart",
            "Raymond",
        ),
        Q("He’d talk to everybody. Every single person", "Raymond Okoye-Hart", "Raymond", how="before"),
        Q(
            "finally gotten some rest",
            "Celeste Okoye-Hart",
            "Celeste Okoye-Hart",
            kind="partial",
            anchor="Celeste Okoye-Hart thanked",
        ),
    ],
)

article(
    "obituary",
    5,
    P(
        "Augusta Mae Pryor, first Black woman in the state Senate, dies at 88",
        "By Curtis Bellamy | The Harmon City Ledger",
        "Augusta Mae Pryor, a former civics teacher who in 1974 became the first Black woman elected to the state Senate, and who spent 24 years there fighting over school funding formulas most of her colleagues never bothered to read, died Sunday at her home in Harmon City. She was 88.",
        "Her death was confirmed by her sister, Loretta Pryor Givens, who said Pryor had been in declining health since a fall last spring.",
        "“She outlived most of her enemies and made friends with the rest,” Givens said. “That was Augusta’s whole political strategy.”",
        "Pryor grew up in the city’s Eastside neighborhood, the eldest of five children of a railroad porter and a seamstress. She taught civics at Douglass High School for 11 years before running for an open Senate seat in 1974, a race she won by 212 votes after a recount that took five weeks.",
        "In her first speech on the Senate floor, in January 1975, she told colleagues: “I did not come here to be the first anything. I came here because the roof of my classroom leaks, and I am told this is the building where roofs get fixed.”",
        "The line was quoted for decades afterward around the Capitol and gave the title to her 2002 memoir, “Where Roofs Get Fixed.”",
        "She went on to chair the Senate Education Committee for 14 years and wrote the 1991 school finance law that still determines how much state money each district receives, a formula reporters took to calling “the Pryor math.”",
        "On Monday the Senate adjourned in her memory. Senate Majority Leader Thomas Whitfield-Barr, a Republican who served alongside her for a decade, said she had been “the only person in this building who read every page of the budget, including the appendices.”",
        "“We disagreed about almost everything,” he said on the Senate floor. “I never once caught her being wrong about the numbers.”",
        "State Sen. Carmen Ruiz-Oduya, who now holds Pryor’s old seat, said: “Every girl in my district who thinks about running for office is walking through a door Augusta Pryor kicked open. Some of them don’t even know her name. They should.”",
        "Gov. Leonard Sykes ordered flags at the Capitol flown at half-staff through Friday.",
        "Pryor never married. She is survived by her sisters, Loretta Pryor Givens and Harriet Pryor, and by more than a dozen nieces and nephews, including state Rep. Darnell Pryor, who was elected to the House in 2016.",
        "He said his aunt had sent him a one-line note the morning after that election, written on the back of one of her old Senate envelopes: “Read the appendices.”",
        "A public viewing will be held Thursday at the Capitol rotunda.",
    ),
    [
        "Curtis Bellamy",
        "Harmon City Ledger",
        "Augusta Mae Pryor",
        "Senate",
        "Loretta Pryor Givens",
        "Douglass High School",
        "Senate Education Committee",
        "Thomas Whitfield-Barr",
        "Carmen Ruiz-Oduya",
        "Leonard Sykes",
        "Harriet Pryor",
        "Darnell Pryor",
        "House",
    ],
    [
        Q("She outlived most of her enemies and made friends with the rest", "Loretta Pryor Givens", "Givens"),
        Q("That was Augusta’s whole political strategy", "Loretta Pryor Givens", "Givens"),
        Q(
            "I did not come here to be the first anything. I came here because the roof of my classroom leaks, and I am told this is the building where roofs get fixed",
            "Augusta Mae Pryor",
            "she",
            anchor="she told colleagues",
        ),
        Q(
            "the only person in this building who read every page of the budget, including the appendices",
            "Thomas Whitfield-Barr",
            "Senate Majority Leader Thomas Whitfield-Barr",
            kind="partial",
        ),
        Q("We disagreed about almost everything", "Thomas Whitfield-Barr", "he"),
        Q("I never once caught her being wrong about the numbers", "Thomas Whitfield-Barr", "he", how="before"),
        Q(
            "Every girl in my district who thinks about running for office is walking through a door Augusta Pryor kicked open. Some of them don’t even know her name. They should",
            "Carmen Ruiz-Oduya",
            "State Sen. Carmen Ruiz-Oduya",
        ),
        Q("Read the appendices", "Augusta Mae Pryor", "his aunt"),
    ],
)

article(
    "obituary",
    6,
    P(
        "Rosa Ibarra, whose Main Street café fed three generations, dies at 93",
        "The Valley Register",
        "ALDER CROSSING — Rosa Ibarra, who opened a six-table café on Main Street in 1961 with $400 and her late husband’s recipes and kept it running for 58 years, died Thursday at her home. She was 93.",
        "Her daughter, Carmen Ibarra-Soto, said her mother died “surrounded by family and, for some reason, a tray of empanadas somebody brought over at midnight.”",
        "“Even at the end, people were bringing her food,” Ibarra-Soto said. “She would have hated that. She always said the cook doesn’t eat until everybody else has.”",
        "Born in 1931 in the village of San Lázaro de Arriba, in western Mexico, Ibarra came to the valley in 1953 to pick peaches. Two years later she married Tomás Ibarra, a cook at the old Alder Hotel. He died of a heart attack in 1960, and the next spring she opened Café Tomás in his memory, in a former barbershop across from the courthouse.",
        "“I didn’t know anything about business,” she told this newspaper in 2009, when the Alder Crossing Chamber of Commerce named her its citizen of the year. “I knew how to cook and I knew how to count. It turns out that is most of business.”",
        "The café became a kind of second town hall. Mayors announced their campaigns there, and the high school football team ate there before every home game, a tradition players still call “the Tomás Bowl.”",
        "Former Mayor Dennis Coughlin, a regular for 40 years, said Ibarra kept a notebook of customers who owed her money and never once collected. “I know because I was in it,” he said. “Page 12, I think. Maybe pages 12 through 15.”",
        "Her granddaughter Sofia, 19, who waited tables at the café in high school, said her grandmother had taught her to carry four plates at once and to remember every regular’s order without writing it down.",
        "“She’d quiz me,” Sofia said. “‘Table three, Mr. Coughlin, what does he want?’ And if I said eggs, she’d say, ‘How?’”",
        "Ibarra closed the café in 2019, at 88, after a fall. The building is now a bakery run by her grandson, Gabriel Soto, who kept the name and the hand-painted sign. He said he still makes her flour tortillas, from a recipe she refused to write down. “I had to stand next to her for a month and watch,” he said.",
        "In addition to her daughter and grandchildren, she is survived by a son, Tomás Ibarra Jr., and 11 great-grandchildren. Her son said the family would open the old café for one afternoon after the funeral Mass on Tuesday, with coffee and pan dulce for anyone who comes.",
        "“She’d want everybody fed,” he said. “That was the whole point of her.”",
    ),
    [
        "Valley Register",
        "Rosa Ibarra",
        "Carmen Ibarra-Soto",
        "Tomás Ibarra",
        "Alder Hotel",
        "Café Tomás",
        "Alder Crossing Chamber of Commerce",
        "Dennis Coughlin",
        "Sofia",
        "Gabriel Soto",
        "Tomás Ibarra Jr.",
    ],
    [
        Q(
            "surrounded by family and, for some reason, a tray of empanadas somebody brought over at midnight",
            "Carmen Ibarra-Soto",
            "Carmen Ibarra-Soto",
            kind="partial",
        ),
        Q("Even at the end, people were bringing her food", "Carmen Ibarra-Soto", "Ibarra-Soto"),
        Q(
            "She would have hated that. She always said the cook doesn’t eat until everybody else has",
            "Carmen Ibarra-Soto",
            "Ibarra-Soto",
        ),
        Q("I didn’t know anything about business", "Rosa Ibarra", "she", how="after"),
        Q(
            "I knew how to cook and I knew how to count. It turns out that is most of business",
            "Rosa Ibarra",
            "she",
            how="before",
        ),
        Q("I know because I was in it", "Dennis Coughlin", "he", how="after"),
        Q("Page 12, I think. Maybe pages 12 through 15", "Dennis Coughlin", "he", how="before"),
        Q("She’d quiz me", "Sofia", "Sofia", anchor="Sofia said"),
        Q(
            "‘Table three, Mr. Coughlin, what does he want?’ And if I said eggs, she’d say, ‘How?’",
            "Sofia",
            "Sofia",
            anchor="Sofia said",
        ),
        Q("I had to stand next to her for a month and watch", "Gabriel Soto", "he", how="after"),
        Q("She’d want everybody fed", "Tomás Ibarra Jr.", "he", how="after"),
        Q("That was the whole point of her", "Tomás Ibarra Jr.", "he", how="before"),
    ],
)


# ---------------------------------------------------------------------------
# US-COURTS
# ---------------------------------------------------------------------------

article(
    "us-courts",
    1,
    P(
        "Federal judge blocks state law requiring age checks for social media",
        "By Daniel Abernathy | Cascade Ledger",
        "RIVERTON, Ore. — A federal judge on Tuesday blocked a state law that would have required social media companies to verify the age of every user and obtain a parent’s consent before a minor could open an account, ruling that it likely violates the First Amendment.",
        "U.S. District Judge Miriam Castellanos-Roe wrote in a 40-page ruling that the law was “a blunt instrument aimed at a delicate problem” and that the state had not shown that less restrictive measures, such as the parental controls the platforms already offer, would fail.",
        "“The State’s interest in protecting children online is real and substantial,” the judge wrote. “But the Act burdens the speech of millions of adults to reach a harm that, on this record, it addresses only at the margins.”",
        "The law, known formally as the Kids Online Safety and Trust Act and informally in the Capitol as “KOSTA,” passed last spring with bipartisan support and was due to take effect Jan. 1. The ruling is a preliminary injunction, meaning the law cannot be enforced while the case proceeds.",
        "The lawsuit was brought by NetFreedom Alliance, a trade group whose members include the platforms Chatterly and PicStream, along with two teenage content creators and a parent.",
        "“Today’s ruling is a win for every Oregonian who wants to speak and read online without handing over a driver’s license first,” said Priya Venkatesan, a lawyer for the alliance.",
        "Attorney General Robert Haskins said his office would appeal to the 9th U.S. Circuit Court of Appeals. “We respectfully disagree with the court’s analysis, and we are confident the law will ultimately be upheld,” Haskins said in a statement. “Parents asked us to act. We acted.”",
        "At a hearing last month, Castellanos-Roe appeared skeptical of the state’s position. “So a 40-year-old who wants to leave a comment on a cooking video has to upload a passport?” she asked Deputy Solicitor General Karen Mbeki.",
        "“If that is the verification method the platform chooses, yes, Your Honor,” Mbeki replied, according to a transcript of the hearing.",
        "One of the plaintiffs, 17-year-old Jayden Whitlock of Riverton, posts skateboarding videos to about 90,000 followers. He said he had worried the law would force him to shut down his channel. “Half my viewers are adults, and I don’t think they’re going to scan their IDs to watch me fall off a rail,” he said in an interview.",
        "State Sen. Gloria Abbott-Reyes, the law’s lead sponsor, called the ruling “a gift to Big Tech” and said lawmakers would look at rewriting it when the Legislature reconvenes in February.",
        "In her ruling, Castellanos-Roe noted that the state could still pursue narrower approaches, such as requiring platforms to turn on their strictest privacy settings by default for users who say they are minors. The Legislature, she wrote, “is not powerless — it is merely constrained.”",
    ),
    [
        "Daniel Abernathy",
        "Cascade Ledger",
        "Miriam Castellanos-Roe",
        "NetFreedom Alliance",
        "Chatterly",
        "PicStream",
        "Priya Venkatesan",
        "Robert Haskins",
        "9th U.S. Circuit Court of Appeals",
        "Karen Mbeki",
        "Jayden Whitlock",
        "Gloria Abbott-Reyes",
        "Legislature",
    ],
    [
        Q(
            "a blunt instrument aimed at a delicate problem",
            "Miriam Castellanos-Roe",
            "U.S. District Judge Miriam Castellanos-Roe",
            kind="partial",
        ),
        Q(
            "The State’s interest in protecting children online is real and substantial",
            "Miriam Castellanos-Roe",
            "the judge",
        ),
        Q(
            "But the Act burdens the speech of millions of adults to reach a harm that, on this record, it addresses only at the margins",
            "Miriam Castellanos-Roe",
            "the judge",
        ),
        Q(
            "Today’s ruling is a win for every Oregonian who wants to speak and read online without handing over a driver’s license first",
            "Priya Venkatesan",
            "Priya Venkatesan",
        ),
        Q(
            "We respectfully disagree with the court’s analysis, and we are confident the law will ultimately be upheld",
            "Robert Haskins",
            "Haskins",
            anchor="Haskins said in a statement",
        ),
        Q("Parents asked us to act. We acted", "Robert Haskins", "Haskins", anchor="Haskins said in a statement"),
        Q(
            "So a 40-year-old who wants to leave a comment on a cooking video has to upload a passport",
            "Miriam Castellanos-Roe",
            "she",
        ),
        Q(
            "If that is the verification method the platform chooses, yes, Your Honor",
            "Karen Mbeki",
            "Mbeki",
            how="after",
        ),
        Q(
            "Half my viewers are adults, and I don’t think they’re going to scan their IDs to watch me fall off a rail",
            "Jayden Whitlock",
            "he",
            how="after",
        ),
        Q("a gift to Big Tech", "Gloria Abbott-Reyes", "State Sen. Gloria Abbott-Reyes", kind="partial"),
        Q("is not powerless — it is merely constrained", "Miriam Castellanos-Roe", "she", kind="partial"),
    ],
)

article(
    "us-courts",
    2,
    P(
        "Former credit union executive sentenced to 9 years for embezzling $6.2 million",
        "By Marcus Feld, Staff Writer | The Tri-County Observer",
        "BRENTWOOD FALLS, Pa. — The former chief financial officer of Keystone Valley Federal Credit Union was sentenced Thursday to nine years in federal prison for embezzling $6.2 million over more than a decade, money prosecutors said he spent on racehorses, a lake house and a share of a minor-league hockey team.",
        "Gregory Lattimore, 58, of Brentwood Falls, pleaded guilty in March to wire fraud and filing a false tax return. He apologized in court before U.S. District Judge Anthony Perales-Quinn imposed the sentence, the maximum allowed under his plea agreement.",
        '"I have no excuse, and I\'m not going to insult anyone here by offering one," Lattimore said, reading from a sheet of paper, his voice breaking. "I stole from people who trusted me. Some of them are in this room."',
        'More than 30 credit union members attended the hearing. One of them, retired school bus driver Dolores Finch, 71, told the judge she had lost most of her savings when the credit union cut its dividend to cover the losses. "I drove other people\'s kids for 31 years," she said. "I don\'t get to do it again."',
        'Another member, Walter Brandt, who is 88 and could not make the trip to the courthouse, wrote in a letter read aloud by Assistant U.S. Attorney Leah Okonkwo that Lattimore "took my wife\'s nursing-home money and bought a horse with it."',
        'Okonkwo told the judge the scheme had been "patient, methodical and cruel." "This was not one bad decision. This was roughly 4,000 bad decisions, one fake invoice at a time," she said.',
        'According to court documents, Lattimore set up a shell company called Ridgeline Audit Services in 2011 and paid it for consulting work that was never performed. In a 2019 email to a subordinate who had questioned the payments, he wrote that the invoices were "routine, don\'t bother the board with them," according to the plea agreement.',
        'Lattimore\'s attorney, Stephen Garroway, had asked for five years, arguing that his client suffered from a gambling addiction and had cooperated fully with investigators. "Greg did something terrible. Greg is not only the terrible thing he did," Garroway said.',
        'Perales-Quinn said he had read every one of the 47 letters submitted by victims. "Many of them use the same word. The word is \'trust,\'" the judge said. "You were the person this institution hired to make sure nobody could do what you did."',
        'Keystone Valley Federal Credit Union said in a statement that it had "strengthened its internal controls significantly" since the fraud was discovered and had recovered about $1.4 million through insurance.',
        "Lattimore was ordered to report to prison by Aug. 1 and to pay $6.2 million in restitution.",
    ),
    [
        "Marcus Feld",
        "Tri-County Observer",
        "Keystone Valley Federal Credit Union",
        "Gregory Lattimore",
        "Anthony Perales-Quinn",
        "Dolores Finch",
        "Walter Brandt",
        "Leah Okonkwo",
        "Ridgeline Audit Services",
        "Stephen Garroway",
    ],
    [
        Q(
            "I have no excuse, and I'm not going to insult anyone here by offering one",
            "Gregory Lattimore",
            "Lattimore",
            how="after",
        ),
        Q(
            "I stole from people who trusted me. Some of them are in this room",
            "Gregory Lattimore",
            "Lattimore",
            how="before",
        ),
        Q("I drove other people's kids for 31 years", "Dolores Finch", "she", how="after"),
        Q("I don't get to do it again", "Dolores Finch", "she", how="before"),
        Q(
            "took my wife's nursing-home money and bought a horse with it",
            "Walter Brandt",
            "Walter Brandt",
            kind="partial",
        ),
        Q("patient, methodical and cruel", "Leah Okonkwo", "Okonkwo", kind="partial"),
        Q(
            "This was not one bad decision. This was roughly 4,000 bad decisions, one fake invoice at a time",
            "Leah Okonkwo",
            "she",
        ),
        Q("routine, don't bother the board with them", "Gregory Lattimore", "he", kind="partial", anchor="he wrote"),
        Q(
            "Greg did something terrible. Greg is not only the terrible thing he did",
            "Stephen Garroway",
            "Garroway",
            anchor="Garroway said",
        ),
        Q("Many of them use the same word. The word is 'trust,'", "Anthony Perales-Quinn", "the judge"),
        Q(
            "You were the person this institution hired to make sure nobody could do what you did",
            "Anthony Perales-Quinn",
            "the judge",
        ),
        Q(
            "strengthened its internal controls significantly",
            "Keystone Valley Federal Credit Union",
            "Keystone Valley Federal Credit Union",
            kind="partial",
            stype="organisation",
            anchor="Keystone Valley Federal Credit Union said",
        ),
    ],
)

article(
    "us-courts",
    3,
    P(
        "Jury convicts Hollis man of murder in 2022 shooting outside bowling alley",
        "By Alicia Moreno | Tamarack County Sentinel",
        "HOLLIS, Wis. — A Tamarack County jury on Friday found Darnell Fowler guilty of first-degree intentional homicide in the shooting death of 24-year-old Kevin Strand outside Starlite Lanes on the city’s east side, after deliberating for about nine hours over two days.",
        "Fowler, 29, showed no visible reaction as the verdict was read. Strand’s mother, Linda Strand, let out a sob and was comforted by relatives in the gallery.",
        "“Three years we’ve been waiting for somebody to say out loud that he did this,” Linda Strand said outside the courthouse. “Today twelve people said it.”",
        "Circuit Judge Harold Brekke set sentencing for Oct. 14. First-degree intentional homicide carries a mandatory life sentence in Wisconsin; the judge will decide whether Fowler is ever eligible for release.",
        "Before dismissing the jurors, Brekke thanked them for their service. “You were asked to do something very hard, and you did it carefully,” the judge said. “Nobody in this courtroom should doubt that.”",
        "The jury foreperson, a retired nurse who spoke to reporters on the condition that her name not be used, said the panel had spent most of its time on surveillance video from the bowling alley’s parking lot.",
        "“We watched it probably forty times,” she said. “Frame by frame. By the end there wasn’t any doubt about who was holding the gun.”",
        "District Attorney Monica Halvorsen said the verdict showed that “video doesn’t lie, even when witnesses are afraid to talk.”",
        "Several witnesses who had given statements to police backed away from them on the stand. A bartender who had told detectives he saw Fowler fire the gun testified that he had been “too drunk to see my own hand” that night. Prosecutors played his recorded interview for the jury anyway.",
        "Defense attorney Raymond Castillo said Fowler would appeal. During the trial he had argued that the video was too grainy to identify anyone and that detectives had “decided who did it in the first hour and never looked at anyone else.”",
        "“We respect the jury’s work, but we think they got this wrong,” Castillo said Friday. “This was a case built on a blurry video and a whole lot of assumptions.”",
        "Fowler did not testify. In a jail phone call played for jurors, he told a cousin that “they ain’t got nothing but a video,” according to a transcript entered into evidence.",
    ),
    [
        "Alicia Moreno",
        "Tamarack County Sentinel",
        "Darnell Fowler",
        "Kevin Strand",
        "Starlite Lanes",
        "Linda Strand",
        "Harold Brekke",
        "Monica Halvorsen",
        "Raymond Castillo",
    ],
    [
        Q(
            "Three years we’ve been waiting for somebody to say out loud that he did this",
            "Linda Strand",
            "Linda Strand",
            how="after",
        ),
        Q("Today twelve people said it", "Linda Strand", "Linda Strand", how="before"),
        Q("You were asked to do something very hard, and you did it carefully", "Harold Brekke", "the judge"),
        Q("Nobody in this courtroom should doubt that", "Harold Brekke", "the judge"),
        Q("We watched it probably forty times", "the jury foreperson", "she", how="after", stype="unnamed"),
        Q(
            "Frame by frame. By the end there wasn’t any doubt about who was holding the gun",
            "the jury foreperson",
            "she",
            how="before",
            stype="unnamed",
        ),
        Q(
            "video doesn’t lie, even when witnesses are afraid to talk",
            "Monica Halvorsen",
            "District Attorney Monica Halvorsen",
            kind="partial",
        ),
        Q(
            "too drunk to see my own hand",
            "a bartender who had told detectives he saw Fowler fire the gun",
            "A bartender",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "decided who did it in the first hour and never looked at anyone else",
            "Raymond Castillo",
            "he",
            kind="partial",
            anchor="he had argued",
        ),
        Q("We respect the jury’s work, but we think they got this wrong", "Raymond Castillo", "Castillo", how="after"),
        Q(
            "This was a case built on a blurry video and a whole lot of assumptions",
            "Raymond Castillo",
            "Castillo",
            how="before",
        ),
        Q("they ain’t got nothing but a video", "Darnell Fowler", "he", kind="partial", anchor="he told a cousin"),
    ],
)

article(
    "us-courts",
    4,
    P(
        "Lawsuit says insulin-pump maker knew of battery defect for two years",
        "By Hannah Delacroix | The Capitol Dispatch",
        "A federal lawsuit filed Monday accuses medical device maker Veridian Health Systems of concealing a battery defect in its best-selling insulin pump for at least two years, citing internal emails in which engineers warned that the flaw could leave patients without insulin overnight.",
        "According to court documents, a Veridian battery engineer wrote to a supervisor in March 2021 that the pump’s battery was “failing in the field at roughly ten times our spec” and that the company needed to “get ahead of this before the regulators do.”",
        "The supervisor, whose name is redacted in the filing, replied the same day: “Understood. Let’s not put this in writing again.”",
        "The proposed class action, filed in federal court in Harbor City, seeks unspecified damages and an order requiring Veridian to replace the batteries in an estimated 180,000 pumps sold in the United States since 2019 under the brand name “SteadyDose.”",
        "The lead plaintiff, Tamsin Ruiz, a 34-year-old schoolteacher from Harbor City who has had Type 1 diabetes since childhood, said her pump shut down without warning twice in 2022, once while she was asleep.",
        "“I woke up at 4 a.m. with my blood sugar over 500 and the pump screen completely black,” Ruiz said at a news conference with her lawyers. “I thought I’d done something wrong. I blamed myself for a year.”",
        "Her attorney, Marcus Oyelaran of the firm Hadley & Stroud, said the emails showed that Veridian “chose a quieter quarter over its patients’ safety.”",
        "“This isn’t a case about a defect. Defects happen,” Oyelaran said. “This is a case about what a company does when it finds one.”",
        "Veridian spokesperson Alan Kirkby said the company had not yet been served with the complaint but “stands firmly behind the safety and reliability of our products.”",
        "In a separate statement, the company said it had issued a voluntary software update in 2022 that “addressed battery performance concerns” and that it had reported adverse events to regulators as required by law.",
        "The complaint claims that the update merely dimmed the pump’s screen to save power and did nothing to fix the underlying fault. It cites a second internal email, sent in 2022, in which a Veridian quality manager described the update as “a Band-Aid on a broken leg.”",
        "Gail Ferrante, a professor at the Linden School of Law who studies medical-device litigation, said internal emails were often the decisive evidence in such cases. “Juries can forgive a mistake. They are much less forgiving of a cover-up,” she said.",
        "A hearing has not yet been scheduled.",
    ),
    [
        "Hannah Delacroix",
        "Capitol Dispatch",
        "Veridian Health Systems",
        "Tamsin Ruiz",
        "Marcus Oyelaran",
        "Hadley & Stroud",
        "Alan Kirkby",
        "Gail Ferrante",
        "Linden School of Law",
    ],
    [
        Q(
            "failing in the field at roughly ten times our spec",
            "a Veridian battery engineer",
            "a Veridian battery engineer",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "get ahead of this before the regulators do",
            "a Veridian battery engineer",
            "a Veridian battery engineer",
            kind="partial",
            stype="unnamed",
        ),
        Q("Understood. Let’s not put this in writing again", "a supervisor", "The supervisor", stype="unnamed"),
        Q(
            "I woke up at 4 a.m. with my blood sugar over 500 and the pump screen completely black",
            "Tamsin Ruiz",
            "Ruiz",
            how="after",
        ),
        Q("I thought I’d done something wrong. I blamed myself for a year", "Tamsin Ruiz", "Ruiz", how="before"),
        Q("chose a quieter quarter over its patients’ safety", "Marcus Oyelaran", "Marcus Oyelaran", kind="partial"),
        Q("This isn’t a case about a defect. Defects happen", "Marcus Oyelaran", "Oyelaran", how="after"),
        Q("This is a case about what a company does when it finds one", "Marcus Oyelaran", "Oyelaran", how="before"),
        Q(
            "stands firmly behind the safety and reliability of our products",
            "Alan Kirkby",
            "Veridian spokesperson Alan Kirkby",
            kind="partial",
        ),
        Q(
            "addressed battery performance concerns",
            "Veridian Health Systems",
            "the company",
            kind="partial",
            stype="organisation",
            anchor="the company said it had issued",
        ),
        Q(
            "a Band-Aid on a broken leg",
            "a Veridian quality manager",
            "a Veridian quality manager",
            kind="partial",
            stype="unnamed",
        ),
        Q("Juries can forgive a mistake. They are much less forgiving of a cover-up", "Gail Ferrante", "she"),
    ],
)

article(
    "us-courts",
    5,
    P(
        "Appeals court revives lawsuit over police drone flights above backyards",
        "By Thomas Nakagawa | Sound Legal Times",
        "A divided federal appeals court on Wednesday revived a lawsuit by a group of Harlan Beach residents who say the city’s police department violated their Fourth Amendment rights by flying camera drones over their fenced backyards without warrants.",
        "In a 2-1 decision, a panel of the 9th U.S. Circuit Court of Appeals reversed a lower-court judge who had thrown out the case last year, finding that the residents had plausibly alleged an unconstitutional search.",
        "“A backyard does not lose its constitutional protection because the government has found a new way to look over the fence,” Circuit Judge Elena Vasquez-Hart wrote for the majority.",
        "Vasquez-Hart, joined by Judge Samuel Okoro, noted that the drones had flown as low as 60 feet and carried cameras capable of reading the label on a prescription bottle. An ordinary homeowner, she wrote, “does not expect to be photographed at that distance while hanging out the laundry.”",
        "In a dissent, Judge Walter Brennan argued that the majority had stretched the court’s precedents past their breaking point.",
        "“The majority’s rule would make a constitutional question of every photograph taken from the sky,” Brennan wrote. “Police helicopters have flown over backyards for half a century. Nothing in the Fourth Amendment turns on the size of the aircraft.”",
        "The court said in its opinion that the case would return to U.S. District Judge Howard Lim for further proceedings, and stressed that it expressed “no view on whether the plaintiffs will ultimately prevail.”",
        "The lawsuit was filed in 2022 by five residents of the Seacliff neighborhood, including retired firefighter Anthony Delgado, 67, who says he first noticed a drone hovering over his pool while he was swimming with his grandchildren.",
        "“I waved at it. I thought it was some kid’s toy,” Delgado said Wednesday. “Then I found out it was the police, and they had pictures of my granddaughter in her swimsuit.”",
        "The department’s drone program, launched in 2020 under the slogan “Eyes Over Harlan,” was suspended in 2023 after the lawsuit was filed. Harlan Beach City Attorney Rachel Summers said the city was reviewing the decision and had not decided whether to ask the full court to rehear the case.",
        "“The program was designed to get officers to 911 calls faster, and it did,” Summers said in a statement. “We will continue to defend the officers who operated it in good faith.”",
        "The residents are represented by the Coastal Civil Liberties Project. Its legal director, Imani Brooks, called the ruling “a clear message that the Constitution does not have an altitude limit.”",
    ),
    [
        "Thomas Nakagawa",
        "Sound Legal Times",
        "9th U.S. Circuit Court of Appeals",
        "Elena Vasquez-Hart",
        "Samuel Okoro",
        "Walter Brennan",
        "Howard Lim",
        "Anthony Delgado",
        "Rachel Summers",
        "Coastal Civil Liberties Project",
        "Imani Brooks",
    ],
    [
        Q(
            "A backyard does not lose its constitutional protection because the government has found a new way to look over the fence",
            "Elena Vasquez-Hart",
            "Circuit Judge Elena Vasquez-Hart",
        ),
        Q(
            "does not expect to be photographed at that distance while hanging out the laundry",
            "Elena Vasquez-Hart",
            "she",
            kind="partial",
        ),
        Q(
            "The majority’s rule would make a constitutional question of every photograph taken from the sky",
            "Walter Brennan",
            "Brennan",
            anchor="Brennan wrote",
        ),
        Q(
            "Police helicopters have flown over backyards for half a century. Nothing in the Fourth Amendment turns on the size of the aircraft",
            "Walter Brennan",
            "Brennan",
            anchor="Brennan wrote",
        ),
        Q(
            "no view on whether the plaintiffs will ultimately prevail",
            "9th U.S. Circuit Court of Appeals",
            "The court",
            kind="partial",
            stype="organisation",
        ),
        Q("I waved at it. I thought it was some kid’s toy", "Anthony Delgado", "Delgado", how="after"),
        Q(
            "Then I found out it was the police, and they had pictures of my granddaughter in her swimsuit",
            "Anthony Delgado",
            "Delgado",
            how="before",
        ),
        Q(
            "The program was designed to get officers to 911 calls faster, and it did",
            "Rachel Summers",
            "Summers",
            anchor="Summers said in a statement",
        ),
        Q(
            "We will continue to defend the officers who operated it in good faith",
            "Rachel Summers",
            "Summers",
            anchor="Summers said in a statement",
        ),
        Q(
            "a clear message that the Constitution does not have an altitude limit",
            "Imani Brooks",
            "Imani Brooks",
            kind="partial",
        ),
    ],
)

article(
    "us-courts",
    6,
    P(
        "Contractor pleads not guilty in deadly balcony collapse; judge sets bail at $500,000",
        "By Renee Oduya | The Seabright Tribune",
        "SEABRIGHT, Calif. — The contractor who built an apartment balcony that collapsed during a graduation party in May, killing two young people, pleaded not guilty Tuesday to two counts of involuntary manslaughter.",
        "Victor Lamarche, 51, the owner of Lamarche Builders, entered the plea during a brief arraignment in Seabright County Superior Court, where dozens of relatives and friends of the victims, many wearing purple ribbons, filled the gallery.",
        'Superior Court Judge Naomi Achterberg asked Lamarche whether he understood the charges. "Yes, Your Honor," he replied. Asked whether he had discussed them with his lawyer, he said: "I have. I understand them."',
        'Prosecutors allege that Lamarche used untreated lumber and skipped required inspections when he built the third-floor balcony at an apartment complex on Harbor View Drive in 2019. According to the criminal complaint, a former employee told investigators that Lamarche had said the county inspector "only comes if you call him, so don\'t call him."',
        'Deputy District Attorney Franklin Osei asked for bail of $2 million, telling the judge that Lamarche had sold his house in June and "has the means and, frankly, the motive to leave."',
        'Defense attorney Lisa Brandt-Moreno called that suggestion "insulting."',
        '"Mr. Lamarche has lived in this county for 30 years. He sold his house to pay for his defense and to keep paying his employees," she said. "He\'s not going anywhere. He wants to be here, and he wants to answer these charges."',
        'Achterberg set bail at $500,000 and ordered Lamarche to surrender his passport. "I don\'t find that he\'s a flight risk at the level the People suggest," the judge said, "but the charges are serious, and the bail has to reflect that."',
        "Outside the courthouse, Marisol Cordero, whose 22-year-old son, Mateo, died in the collapse, said the hearing had been hard to sit through.",
        '"He looked at the floor the whole time," she said. "He couldn\'t look at us. He couldn\'t look at me."',
        'The second victim, Jenna Park, 23, was a nursing student at Seabright State University. Her father, David Park, stood beside Cordero and said: "Jenna should be starting her first job this month. Instead we are starting this."',
        "Lamarche is due back in court Sept. 9 for a preliminary hearing.",
    ),
    [
        "Renee Oduya",
        "Seabright Tribune",
        "Victor Lamarche",
        "Lamarche Builders",
        "Seabright County Superior Court",
        "Naomi Achterberg",
        "Franklin Osei",
        "Lisa Brandt-Moreno",
        "Marisol Cordero",
        "Mateo",
        "Jenna Park",
        "Seabright State University",
        "David Park",
    ],
    [
        Q("Yes, Your Honor", "Victor Lamarche", "he", how="after"),
        Q("I have. I understand them", "Victor Lamarche", "he", how="before"),
        Q(
            "only comes if you call him, so don't call him",
            "Victor Lamarche",
            "Lamarche",
            kind="partial",
            anchor="Lamarche had said",
        ),
        Q(
            "has the means and, frankly, the motive to leave",
            "Franklin Osei",
            "Deputy District Attorney Franklin Osei",
            kind="partial",
        ),
        Q("insulting", "Lisa Brandt-Moreno", "Defense attorney Lisa Brandt-Moreno", kind="partial"),
        Q(
            "Mr. Lamarche has lived in this county for 30 years. He sold his house to pay for his defense and to keep paying his employees",
            "Lisa Brandt-Moreno",
            "she",
            how="after",
        ),
        Q(
            "He's not going anywhere. He wants to be here, and he wants to answer these charges",
            "Lisa Brandt-Moreno",
            "she",
            how="before",
        ),
        Q("I don't find that he's a flight risk at the level the People suggest", "Naomi Achterberg", "the judge"),
        Q("but the charges are serious, and the bail has to reflect that", "Naomi Achterberg", "the judge"),
        Q("He looked at the floor the whole time", "Marisol Cordero", "she", how="after"),
        Q("He couldn't look at us. He couldn't look at me", "Marisol Cordero", "she", how="before"),
        Q(
            "Jenna should be starting her first job this month. Instead we are starting this",
            "David Park",
            "David Park",
        ),
    ],
)


# ---------------------------------------------------------------------------
# DISASTER-WIRE
# ---------------------------------------------------------------------------

article(
    "disaster-wire",
    1,
    P(
        "Hurricane Delphine slams Gulf Coast as Category 3 storm, cutting power to 600,000",
        "PORT ARDEN, La. (Meridian Press) — Hurricane Delphine crashed ashore near Port Arden early Thursday with 120 mph winds, peeling roofs off homes, pushing a wall of seawater into low-lying neighborhoods and knocking out power to more than 600,000 homes and businesses, officials said.",
        "“This is the storm we have been warning about for a week, and it is every bit as bad as we feared,” Gov. Sandra Whitcomb said at a briefing at the state emergency operations center. “If you are still in an evacuation zone, stay where you are. It is not safe to move yet.”",
        "At least three deaths were blamed on the storm, including a man killed when a tree fell on his car in Calvert Parish, parish officials said.",
        "The National Storm Center said Delphine had weakened to a Category 1 hurricane by midmorning as it moved inland but warned of “life-threatening flooding” from up to 15 inches of rain through Saturday.",
        "In Port Arden, a fishing town of about 9,000, water reached the windowsills of houses along Bayou Marchand. Earl, 68, who declined to give his last name, rode out the storm in his son’s two-story house with his wife and three dogs.",
        "“I’ve been through every storm since 1985, and I never saw the water come up this fast,” he said. “We heard the roof go around 3 o’clock. Just a tearing sound, like somebody ripping a sheet.”",
        "Parish emergency manager Curtis Landry said rescue crews had pulled at least 140 people from flooded homes overnight, many of them from attics and rooftops. “We’ve got boats in the water, and we’ll keep them in the water until we’ve knocked on every door,” Landry said.",
        "Gulf Shore Power spokesperson Denise Fontenot said line crews from 14 states were staged outside the storm’s path but warned that some customers could be without electricity for “a week or more, possibly much more in the hardest-hit areas.”",
        "“We can’t put a single bucket truck on the road until the winds drop below 35 miles per hour,” Fontenot said.",
        "The Federal Emergency Response Agency said it had moved water, generators and 400,000 meals into staging areas ahead of landfall. FERA Administrator Michael Okonjo, who was expected to tour the area Friday, said the agency was “leaning forward, not waiting for paperwork.”",
        "At a shelter in a high school gym in nearby Belle Rive, Tasha, 34, held her 8-month-old son and said she had left home with “two bags of diapers and whatever was on the counter.”",
        "“I don’t know if I have a house,” she said. “Nobody can get down there to look.”",
        "Meridian Press writer Jada Collins in Belle Rive contributed to this report.",
    ),
    [
        "Meridian Press",
        "Sandra Whitcomb",
        "National Storm Center",
        "Earl",
        "Curtis Landry",
        "Gulf Shore Power",
        "Denise Fontenot",
        "Federal Emergency Response Agency",
        "Michael Okonjo",
        "Tasha",
        "Jada Collins",
    ],
    [
        Q(
            "This is the storm we have been warning about for a week, and it is every bit as bad as we feared",
            "Sandra Whitcomb",
            "Gov. Sandra Whitcomb",
        ),
        Q(
            "If you are still in an evacuation zone, stay where you are. It is not safe to move yet",
            "Sandra Whitcomb",
            "Gov. Sandra Whitcomb",
        ),
        Q(
            "life-threatening flooding",
            "National Storm Center",
            "The National Storm Center",
            kind="partial",
            stype="organisation",
        ),
        Q("I’ve been through every storm since 1985, and I never saw the water come up this fast", "Earl", "he"),
        Q(
            "We heard the roof go around 3 o’clock. Just a tearing sound, like somebody ripping a sheet",
            "Earl",
            "he",
            how="before",
        ),
        Q(
            "We’ve got boats in the water, and we’ll keep them in the water until we’ve knocked on every door",
            "Curtis Landry",
            "Landry",
            anchor="Landry said.",
        ),
        Q(
            "a week or more, possibly much more in the hardest-hit areas",
            "Denise Fontenot",
            "Gulf Shore Power spokesperson Denise Fontenot",
            kind="partial",
        ),
        Q(
            "We can’t put a single bucket truck on the road until the winds drop below 35 miles per hour",
            "Denise Fontenot",
            "Fontenot",
        ),
        Q(
            "leaning forward, not waiting for paperwork",
            "Michael Okonjo",
            "FERA Administrator Michael Okonjo",
            kind="partial",
        ),
        Q("two bags of diapers and whatever was on the counter", "Tasha", "Tasha", kind="partial"),
        Q("I don’t know if I have a house", "Tasha", "she", how="after"),
        Q("Nobody can get down there to look", "Tasha", "she", how="before"),
    ],
)

article(
    "disaster-wire",
    2,
    P(
        "Wind-driven wildfire forces 30,000 to flee in northern California; utility says its line may be involved",
        "PINE HOLLOW, California, Aug 12 (Northstar) - A wind-driven wildfire tore through dry forest and foothill subdivisions in northern California on Tuesday, destroying at least 250 structures and forcing more than 30,000 people to flee, officials said, as the region’s largest utility disclosed that one of its power lines may have sparked the blaze.",
        "The Cedar Ridge Fire had burned about 41,000 acres (16,600 hectares) by Tuesday evening and was 5% contained, according to the Sierra Interagency Fire Command. Gusts of up to 60 miles per hour (97 km per hour) carried embers more than a mile ahead of the flames.",
        "“We are not fighting this fire right now, we are running from it,” Battalion Chief Renata Morales of the fire command told reporters at an evacuation center in Pine Hollow. “Our priority is getting people out alive. Structures come second.”",
        "Pacific Crest Electric said in a filing with the state Public Utilities Board late on Monday that a 115-kilovolt line near the fire’s origin had lost power minutes before the first reports of smoke, and that its equipment “may have been involved” in the ignition. The company’s shares fell 14% on Tuesday.",
        "“We are cooperating fully with investigators and will not speculate on the cause while the fire is still burning,” Pacific Crest Chief Executive Daniel Hsu said in a statement.",
        "Analysts said the disclosure could expose the company to billions of dollars in claims. “The first question every investor asked this morning was how big the liability is, and nobody can answer it yet,” said Leah Barrow, a utilities analyst at Granite Peak Securities.",
        "Governor Miriam Castell declared a state of emergency in Tolan and Wexler counties and requested federal assistance. “To everyone who has been told to leave: leave,” Castell said at a news conference on Tuesday afternoon. “Your house can be rebuilt. You cannot.”",
        "At the evacuation center, a high school gymnasium, Harold Jennings, 63, said he had driven out through flames on both sides of the road with his two dogs and his late wife’s photo albums.",
        "“The sky was orange at 2 in the afternoon,” he said. “I kept thinking, ‘Don’t stop, don’t stop.’ I don’t even remember the last mile.”",
        "Tolan County Sheriff Brian Okafor said deputies had gone door to door in the hamlet of Ridgeway through the night. At least two people were unaccounted for, he said, but he cautioned that many “missing” residents in past fires had turned out to be safe with friends or relatives.",
        "The Federal Emergency Response Agency said it had approved a fire management grant that will cover most of the cost of fighting the blaze.",
        "Forecasters expected the winds to ease on Wednesday night, giving crews their first chance to build containment lines on the fire’s eastern flank.",
        "(Reporting by Lena Hartmann in Pine Hollow and Ravi Menon; Editing by Sarah Quist)",
    ),
    [
        "Northstar",
        "Sierra Interagency Fire Command",
        "Renata Morales",
        "Pacific Crest Electric",
        "Public Utilities Board",
        "Daniel Hsu",
        "Leah Barrow",
        "Granite Peak Securities",
        "Miriam Castell",
        "Harold Jennings",
        "Brian Okafor",
        "Federal Emergency Response Agency",
        "Lena Hartmann",
        "Ravi Menon",
        "Sarah Quist",
    ],
    [
        Q(
            "We are not fighting this fire right now, we are running from it",
            "Renata Morales",
            "Battalion Chief Renata Morales",
        ),
        Q(
            "Our priority is getting people out alive. Structures come second",
            "Renata Morales",
            "Battalion Chief Renata Morales",
        ),
        Q(
            "may have been involved",
            "Pacific Crest Electric",
            "Pacific Crest Electric",
            kind="partial",
            stype="organisation",
            anchor="Pacific Crest Electric said",
        ),
        Q(
            "We are cooperating fully with investigators and will not speculate on the cause while the fire is still burning",
            "Daniel Hsu",
            "Pacific Crest Chief Executive Daniel Hsu",
        ),
        Q(
            "The first question every investor asked this morning was how big the liability is, and nobody can answer it yet",
            "Leah Barrow",
            "Leah Barrow",
        ),
        Q("To everyone who has been told to leave: leave", "Miriam Castell", "Castell", anchor="Castell said"),
        Q("Your house can be rebuilt. You cannot", "Miriam Castell", "Castell", anchor="Castell said"),
        Q("The sky was orange at 2 in the afternoon", "Harold Jennings", "he", how="after"),
        Q(
            "I kept thinking, ‘Don’t stop, don’t stop.’ I don’t even remember the last mile",
            "Harold Jennings",
            "he",
            how="before",
        ),
    ],
)

article(
    "disaster-wire",
    3,
    P(
        'Tornadoes tear through southern Missouri towns, killing at least 9; governor says toll "will rise"',
        "MILLERSBURG, Mo. (Meridian Press) — A line of tornadoes tore across southern Missouri overnight and into Wednesday morning, flattening homes, a church and part of an elementary school and killing at least nine people, officials said. Dozens more were injured.",
        "Editor's note: This story was updated at 4:50 p.m. CDT with a higher death toll and new comments from Gov. Teresa Hollings and emergency officials.",
        "The hardest-hit town was Millersburg, population 3,200, where a tornado with estimated winds of 165 mph cut a path about half a mile wide through the center of town shortly after 1 a.m., according to a preliminary survey by the National Storm Center.",
        'At a morning briefing, Hollings said five people had been confirmed dead and warned that search teams had not yet reached several neighborhoods. "We are still in rescue mode. We are not in recovery mode yet," she said.',
        'By afternoon the toll had risen to nine. "I have to be honest with you: I expect that number will rise before this day is over," Hollings told reporters in Millersburg, standing in front of the remains of the First Baptist Church. "There are people we have not found."',
        "County emergency management director Mike Tolbert said crews were searching collapsed homes with dogs and thermal cameras. \"Every one of those piles, we treat it like somebody's under it until we know they're not,\" he said.",
        'Brenda, 52, who would give only her first name, rode out the storm in a bathtub with her teenage son. "The house just sort of lifted and came down again. When we climbed out, there wasn\'t a house," she said. "There was the bathtub, and there was us."',
        'The storm tore the roof off the gymnasium at Millersburg Elementary School, which had been due to host its "Spring Fling" carnival on Friday. No one was inside.',
        'Tri-Hollow Electric Cooperative said about 22,000 customers were without power. In a statement issued before dawn, the cooperative had estimated that most of them would be reconnected "within 72 hours." By afternoon, cooperative spokesman Dale Whitt said some lines in the Millersburg area "are just gone, poles and all," and that restoring power there could take a week.',
        "The Federal Emergency Response Agency said it was sending an incident management team. Hollings said she would request a federal disaster declaration \"as soon as the paperwork allows, and I'm told that's tomorrow.\"",
        'At Millersburg Regional Medical Center, 31 patients were treated, most for cuts and broken bones, a hospital spokeswoman said. Dr. Alan Reese, the emergency room director, said staff had worked "on adrenaline and coffee" through the night.',
        "Meridian Press writer Dennis Kowal contributed from the state capital.",
    ),
    [
        "Meridian Press",
        "Teresa Hollings",
        "National Storm Center",
        "First Baptist Church",
        "Mike Tolbert",
        "Brenda",
        "Millersburg Elementary School",
        "Tri-Hollow Electric Cooperative",
        "Dale Whitt",
        "Federal Emergency Response Agency",
        "Millersburg Regional Medical Center",
        "Alan Reese",
        "Dennis Kowal",
    ],
    [
        Q("will rise", "Teresa Hollings", "governor", kind="partial", occ=0),
        Q(
            "We are still in rescue mode. We are not in recovery mode yet",
            "Teresa Hollings",
            "she",
            anchor="she said.",
        ),
        Q(
            "I have to be honest with you: I expect that number will rise before this day is over",
            "Teresa Hollings",
            "Hollings",
            anchor="Hollings told",
        ),
        Q("There are people we have not found", "Teresa Hollings", "Hollings", anchor="Hollings told"),
        Q(
            "Every one of those piles, we treat it like somebody's under it until we know they're not",
            "Mike Tolbert",
            "he",
        ),
        Q(
            "The house just sort of lifted and came down again. When we climbed out, there wasn't a house",
            "Brenda",
            "she",
            how="after",
        ),
        Q("There was the bathtub, and there was us", "Brenda", "she", how="before"),
        Q(
            "within 72 hours",
            "Tri-Hollow Electric Cooperative",
            "the cooperative",
            kind="partial",
            stype="organisation",
        ),
        Q("are just gone, poles and all", "Dale Whitt", "cooperative spokesman Dale Whitt", kind="partial"),
        Q(
            "as soon as the paperwork allows, and I'm told that's tomorrow",
            "Teresa Hollings",
            "Hollings",
            kind="partial",
            anchor="Hollings said she would",
        ),
        Q("on adrenaline and coffee", "Alan Reese", "Dr. Alan Reese", kind="partial"),
    ],
)

article(
    "disaster-wire",
    4,
    P(
        "Levee breach floods Iowa river town as crest nears record; thousands told to leave",
        "CALDWELL FERRY, Iowa, June 3 (Northstar) - A levee on the swollen Cotter River gave way before dawn on Tuesday, sending water up to 6 feet (1.8 meters) deep into parts of Caldwell Ferry and forcing about 4,000 residents to evacuate as the river headed for what forecasters said could be a record crest.",
        "No deaths or injuries had been reported by midday, officials said. Rescue crews in boats took at least 23 people from the roofs and porches of homes in the town’s south end.",
        "Caldwell Ferry Mayor Janice Pruitt, who had spent the previous four nights on the sandbag lines, said: “We did everything we could. We filled sandbags for four days straight — high school kids, grandmothers, inmates from the county jail, everybody.",
        "“The river just wanted it more.”",
        "Pruitt said the town’s wastewater plant had been overtopped and asked residents who had stayed in their homes north of the breach not to flush toilets. “I know that’s a lot to ask. Please do it anyway,” she said.",
        "Gary Ness, president of Cotter Valley Levee District No. 4, said the breach had opened at a section that was patched after flooding in 2019. “That patch held for five years,” he said. “It did not hold today.”",
        "The U.S. Waterways Authority, which oversees federal flood-control structures on the river, said in a statement that it was “assessing the cause of the breach” and had sent a team of engineers to the site.",
        "State officials said the river would crest at Caldwell Ferry on Thursday at about 31.5 feet, which would be “the highest on record by at least two feet.” Towns downstream were stacking sandbags on Tuesday afternoon.",
        "Lyle Hendricks, 58, who farms 1,200 acres of corn and soybeans on the river bottom south of town, watched from a gravel road on the bluff as brown water spread across fields he had planted three weeks earlier.",
        "“That’s this year’s crop. That’s gone,” he said, pointing. “Next year’s depends on how long the water sits.”",
        "The Heartland Relief Network opened a shelter at Caldwell Ferry Middle School, where about 300 people spent Monday night. “People are tired and scared, but mostly they’re worried about their pets,” said shelter manager Nora Feeney, adding that volunteers had set aside a classroom for dogs and cats.",
        "Governor Paul Lindgren issued a disaster proclamation for 11 counties and said he had asked the federal government for an emergency declaration. “We will not leave these communities on their own,” Lindgren said.",
        "(Reporting by Tom Eriksen in Caldwell Ferry; Additional reporting by Priya Shah; Editing by Mark Delaney)",
    ),
    [
        "Northstar",
        "Janice Pruitt",
        "Cotter Valley Levee District No. 4",
        "Gary Ness",
        "U.S. Waterways Authority",
        "Lyle Hendricks",
        "Heartland Relief Network",
        "Caldwell Ferry Middle School",
        "Nora Feeney",
        "Paul Lindgren",
        "Tom Eriksen",
        "Priya Shah",
        "Mark Delaney",
    ],
    [
        Q(
            "We did everything we could. We filled sandbags for four days straight — high school kids, grandmothers, inmates from the county jail, everybody",
            "Janice Pruitt",
            "Caldwell Ferry Mayor Janice Pruitt",
        ),
        Q("The river just wanted it more", "Janice Pruitt", "@prev"),
        Q("I know that’s a lot to ask. Please do it anyway", "Janice Pruitt", "she"),
        Q("That patch held for five years", "Gary Ness", "he", how="after"),
        Q("It did not hold today", "Gary Ness", "he", how="before"),
        Q(
            "assessing the cause of the breach",
            "U.S. Waterways Authority",
            "The U.S. Waterways Authority",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "the highest on record by at least two feet",
            "state officials",
            "State officials",
            kind="partial",
            stype="unnamed",
        ),
        Q("That’s this year’s crop. That’s gone", "Lyle Hendricks", "he", how="after"),
        Q("Next year’s depends on how long the water sits", "Lyle Hendricks", "he", how="before"),
        Q(
            "People are tired and scared, but mostly they’re worried about their pets",
            "Nora Feeney",
            "shelter manager Nora Feeney",
        ),
        Q("We will not leave these communities on their own", "Paul Lindgren", "Lindgren", anchor="Lindgren said"),
    ],
)

article(
    "disaster-wire",
    5,
    P(
        "Ice storm leaves 400,000 without power in Tennessee and Kentucky; 4 dead",
        "CLAYBORNE, Tenn. (Meridian Press) — A crippling ice storm coated trees and power lines across Tennessee and Kentucky in up to an inch of ice, leaving more than 400,000 homes and businesses without electricity Tuesday and contributing to at least four deaths, officials said.",
        "Two of the deaths were caused by carbon monoxide from generators running inside homes, state health officials said, and emergency managers urged residents to keep generators at least 20 feet from doors and windows.",
        "Cumberland Valley Electric, the region’s largest utility, said early Tuesday that most customers should have power back “within two to three days.” By Tuesday evening, after crews had surveyed the damage from the air, the company was warning of a much longer wait.",
        "“I want to be straight with people: some of you are going to be without power for a week, maybe longer,” Cumberland Valley Electric President and CEO Ronald Baptiste said at a 6 p.m. news conference. “We have more than 3,000 broken poles. We have never seen damage like this.”",
        "Tennessee Gov. Marjorie Hale, who declared a state of emergency on Monday, said 200 state troopers and road crews were helping clear highways blocked by fallen trees. At a morning briefing, Hale called the storm “the worst ice event this state has seen since 1994.”",
        "By evening she had revised that: “I was wrong this morning. I’ve talked to people who were here in ’94, and they tell me this one is worse.”",
        "“If you do not have to be on the roads, please, please stay home,” Hale said. “Ice doesn’t care how good a driver you are.”",
        "In Clayborne, Dwayne Mitchell, 61, spent Monday night in his pickup with the engine running for heat, parked in his driveway with a window cracked open.",
        "“My daughter kept calling to make sure I was still alive,” he said, laughing. “I told her the truck’s warmer than the house. It is.”",
        "At a warming center in the fellowship hall of First Methodist Church, volunteers served chili and coffee to about 150 people. “We’ll stay open as long as there’s folks without heat,” said Alan Crowder, the church’s pastor.",
        "A spokeswoman for the Federal Emergency Response Agency said the agency had shipped 60 large generators to the region for hospitals and nursing homes and was “ready to send more the minute the states ask.”",
        "Forecasters said temperatures would stay below freezing until at least Thursday, meaning little of the ice would melt before the weekend.",
    ),
    [
        "Meridian Press",
        "Cumberland Valley Electric",
        "Ronald Baptiste",
        "Marjorie Hale",
        "Dwayne Mitchell",
        "First Methodist Church",
        "Alan Crowder",
        "Federal Emergency Response Agency",
    ],
    [
        Q(
            "within two to three days",
            "Cumberland Valley Electric",
            "Cumberland Valley Electric",
            kind="partial",
            stype="organisation",
            anchor="Cumberland Valley Electric, the region’s",
        ),
        Q(
            "I want to be straight with people: some of you are going to be without power for a week, maybe longer",
            "Ronald Baptiste",
            "Cumberland Valley Electric President and CEO Ronald Baptiste",
        ),
        Q(
            "We have more than 3,000 broken poles. We have never seen damage like this",
            "Ronald Baptiste",
            "Cumberland Valley Electric President and CEO Ronald Baptiste",
        ),
        Q(
            "the worst ice event this state has seen since 1994",
            "Marjorie Hale",
            "Hale",
            kind="partial",
            anchor="Hale called",
        ),
        Q(
            "I was wrong this morning. I’ve talked to people who were here in ’94, and they tell me this one is worse",
            "Marjorie Hale",
            "she",
        ),
        Q("If you do not have to be on the roads, please, please stay home", "Marjorie Hale", "Hale", how="after"),
        Q("Ice doesn’t care how good a driver you are", "Marjorie Hale", "Hale", how="before"),
        Q("My daughter kept calling to make sure I was still alive", "Dwayne Mitchell", "he", how="after"),
        Q("I told her the truck’s warmer than the house. It is", "Dwayne Mitchell", "he", how="before"),
        Q("We’ll stay open as long as there’s folks without heat", "Alan Crowder", "Alan Crowder"),
        Q(
            "ready to send more the minute the states ask",
            "a spokeswoman for the Federal Emergency Response Agency",
            "A spokeswoman for the Federal Emergency Response Agency",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "disaster-wire",
    6,
    P(
        "Magnitude 6.7 quake rattles California's Central Coast, toppling facades in historic downtown",
        "SAN ELIAS, California, Oct 9 (Northstar) - A magnitude 6.7 earthquake struck California’s Central Coast on Monday afternoon, bringing down the brick facades of several historic buildings in the town of San Elias, injuring at least 38 people and briefly cutting power to about 90,000 customers, officials said.",
        "The quake struck at 2:17 p.m. local time (2117 GMT) about 9 miles (14 km) northeast of San Elias at a depth of about 6 miles, the Western Geological Survey said. More than 40 aftershocks followed in the first three hours, the largest of magnitude 4.9.",
        "“This was a shallow quake on a fault we have been watching for some time, and shallow quakes are the ones that do the damage,” Dr. Helen Tanaka, a seismologist with the survey, told Northstar. Aftershocks of magnitude 5 or greater were “entirely possible” over the coming week, she said.",
        "Marisela, 41, was working behind the counter of her family’s bakery on Mission Street when the front window shattered.",
        "“Everything was shaking — the shelves, the floor, the walls. I grabbed my son and got under the table,” she said in Spanish. “When it stopped, the whole street was white with dust.”",
        "Rescuers with search dogs spent the afternoon combing the rubble of the three-story Del Mar Hotel, whose upper floors partially collapsed onto the sidewalk. The building had been on the city’s list of unreinforced masonry structures since 1990.",
        "“We’ve cleared every structure on Mission Street,” Fire Chief Dana Whitlow said at an evening briefing. “No one is trapped that we know of, and we intend to keep it that way.”",
        "San Elias Mayor Victor Camacho said the city would open two shelters for residents whose homes had been red-tagged as unsafe. “We lost part of our history today, but as far as we know we did not lose any lives, and that is what matters tonight,” Camacho said.",
        "Central Coast Power said in a statement that electricity had been restored to all but 4,000 customers by 7 p.m., but warned of “intermittent outages” while crews inspected substations near the epicenter.",
        "The Office of Emergency Readiness, the state’s disaster agency, said it had activated its operations center and that inspectors would begin checking “every unreinforced masonry building in the county” on Tuesday morning.",
        "Outside his cracked stucco house on the edge of downtown, Tom, 77, a retired teacher who has lived in San Elias since 1971, sat on a folding chair with a transistor radio in his lap.",
        "“I was here for the ’83 quake, and this one was worse. Longer,” he said. “My wife wanted to go inside to get the photographs. I told her the photographs can wait.”",
        "(Reporting by Carlos Medina in San Elias; Additional reporting by Joanna Reyes; Editing by Paul Granger)",
    ),
    [
        "Northstar",
        "Western Geological Survey",
        "Helen Tanaka",
        "Marisela",
        "Del Mar Hotel",
        "Dana Whitlow",
        "Victor Camacho",
        "Central Coast Power",
        "Office of Emergency Readiness",
        "Tom",
        "Carlos Medina",
        "Joanna Reyes",
        "Paul Granger",
    ],
    [
        Q(
            "This was a shallow quake on a fault we have been watching for some time, and shallow quakes are the ones that do the damage",
            "Helen Tanaka",
            "Dr. Helen Tanaka",
        ),
        Q("entirely possible", "Helen Tanaka", "she", kind="partial"),
        Q(
            "Everything was shaking — the shelves, the floor, the walls. I grabbed my son and got under the table",
            "Marisela",
            "she",
        ),
        Q("When it stopped, the whole street was white with dust", "Marisela", "she", how="before"),
        Q("We’ve cleared every structure on Mission Street", "Dana Whitlow", "Fire Chief Dana Whitlow"),
        Q(
            "No one is trapped that we know of, and we intend to keep it that way",
            "Dana Whitlow",
            "Fire Chief Dana Whitlow",
        ),
        Q(
            "We lost part of our history today, but as far as we know we did not lose any lives, and that is what matters tonight",
            "Victor Camacho",
            "Camacho",
            anchor="Camacho said.",
        ),
        Q(
            "intermittent outages",
            "Central Coast Power",
            "Central Coast Power",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "every unreinforced masonry building in the county",
            "Office of Emergency Readiness",
            "The Office of Emergency Readiness",
            kind="partial",
            stype="organisation",
        ),
        Q("I was here for the ’83 quake, and this one was worse. Longer", "Tom", "he", how="after"),
        Q(
            "My wife wanted to go inside to get the photographs. I told her the photographs can wait",
            "Tom",
            "he",
            how="before",
        ),
    ],
)


# ---------------------------------------------------------------------------
# IRISH-PRESS
# ---------------------------------------------------------------------------

article(
    "irish-press",
    1,
    P(
        "THE IRISH LEDGER | POLITICS",
        "Trolley numbers hit record as Minister for Health faces Dáil grilling",
        "Ciara Nic Dhonnacha, Political Correspondent",
        "The Minister for Health has insisted that the Government’s winter plan for emergency departments is “delivering”, despite a record 812 patients being left on trolleys in hospitals across the State yesterday.",
        "Figures compiled by the Irish Nurses and Midwives Union (INMU) showed that University Hospital Ardmore was again the worst affected, with 94 patients waiting for a bed, followed by St Brigid’s Hospital, Kilmacross, with 71.",
        "Speaking in the Dáil during health questions, Minister for Health Fiachra Ó Dálaigh said the numbers were “unacceptable” but argued that they would have been far higher without the 1,100 extra beds opened since 2022.",
        "“I am not going to stand here and pretend that any patient should spend a night on a trolley,” he told the Dáil. “But the Deputy knows well that attendances are up 9 per cent on last year, and that our emergency departments are treating more people than ever before.”",
        "People First health spokeswoman Sorcha Ní Mhurchú said she had heard the same defence every winter since she was first elected.",
        "“Every winter we hear the same speech. Every winter it is a record. At what point does the Minister accept that his plan is not doing what it says on the tin?” said she.",
        "The exchanges became heated after Deputy Ní Mhurchú accused the Minister of “hiding behind spreadsheets” while patients in their 90s waited more than 24 hours for a bed, prompting the Ceann Comhairle, Pádraig Mac Aodha, to intervene.",
        "“Deputy, I would ask you to moderate your language. This is not a debate about anybody’s character,” Mr Mac Aodha said.",
        "Later, the Taoiseach, Dónal Ó Ceallaigh, defended his minister, telling reporters on his way into a Cabinet meeting that the trolley figures “do not tell the full story”.",
        "The INMU’s general secretary, Bríd Nic Giolla Phádraig, said: “Our members are at breaking point. They are being asked to provide intensive care in corridors, and they are leaving for Australia in their hundreds because of it.”",
        "A spokesperson for the HSE said the executive was “working closely with hospital groups” to open additional beds and to speed up the discharge of patients who were medically fit to go home.",
        "The INMU has called for an emergency meeting with the Minister before Christmas, when attendances traditionally peak.",
    ),
    [
        "Ciara Nic Dhonnacha",
        "Irish Ledger",
        "Irish Nurses and Midwives Union",
        "University Hospital Ardmore",
        "St Brigid’s Hospital",
        "Fiachra Ó Dálaigh",
        "Dáil",
        "People First",
        "Sorcha Ní Mhurchú",
        "Pádraig Mac Aodha",
        "Dónal Ó Ceallaigh",
        "Bríd Nic Giolla Phádraig",
        "HSE",
    ],
    [
        Q("delivering", "Fiachra Ó Dálaigh", "The Minister for Health", kind="partial"),
        Q("unacceptable", "Fiachra Ó Dálaigh", "Minister for Health Fiachra Ó Dálaigh", kind="partial"),
        Q(
            "I am not going to stand here and pretend that any patient should spend a night on a trolley",
            "Fiachra Ó Dálaigh",
            "he",
        ),
        Q(
            "But the Deputy knows well that attendances are up 9 per cent on last year, and that our emergency departments are treating more people than ever before",
            "Fiachra Ó Dálaigh",
            "he",
            how="before",
        ),
        Q(
            "Every winter we hear the same speech. Every winter it is a record. At what point does the Minister accept that his plan is not doing what it says on the tin",
            "Sorcha Ní Mhurchú",
            "she",
            how="after",
        ),
        Q("hiding behind spreadsheets", "Sorcha Ní Mhurchú", "Deputy Ní Mhurchú", kind="partial"),
        Q(
            "Deputy, I would ask you to moderate your language. This is not a debate about anybody’s character",
            "Pádraig Mac Aodha",
            "Mr Mac Aodha",
        ),
        Q("do not tell the full story", "Dónal Ó Ceallaigh", "Dónal Ó Ceallaigh", kind="partial"),
        Q(
            "Our members are at breaking point. They are being asked to provide intensive care in corridors, and they are leaving for Australia in their hundreds because of it",
            "Bríd Nic Giolla Phádraig",
            "Bríd Nic Giolla Phádraig",
        ),
        Q(
            "working closely with hospital groups",
            "a spokesperson for the HSE",
            "A spokesperson for the HSE",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "irish-press",
    2,
    P(
        "Councillors clash over route of €14m Owenbeg Greenway",
        "By Niamh Cullinane",
        "The Kilcarrig Leader",
        "There were heated exchanges at Monday’s meeting of the Kilcarrig Municipal District over the route of the proposed €14 million Owenbeg Greenway, with one councillor accusing council officials of treating farmers ‘like an obstacle to be removed’.",
        "The 38km walking and cycling trail, branded the ‘Owenbeg Way’ in the council’s promotional material, would run from Kilcarrig to the sea at Carrigeen, largely along the line of the old railway, which closed in 1963.",
        "But at several points the council’s preferred route leaves the railway line and crosses private farmland, and a number of landowners have received letters warning that compulsory purchase orders could be used if agreement cannot be reached.",
        "Cllr Seán Mac Cárthaigh (Ind), who farms near Owenbeg, said families along the route were being treated ‘like an obstacle to be removed, not neighbours to be consulted’.",
        "‘I have no problem with a greenway. I cycle myself, believe it or not,’ said he. ‘But you don’t build a public amenity by sending solicitors’ letters to families who have been on that land since before the Famine.’",
        "Director of Services Gráinne Ní Fhlatharta told members the council had written to 63 landowners and had reached agreement with 41 of them. ‘Compulsory purchase is a last resort and we are nowhere near that point,’ she said.",
        "She said the route had been chosen after ‘extensive consultation’ and that the greenway would bring an estimated 90,000 visitors a year to the district.",
        "Cllr Liam Ó Broin (Saoirse) described the project as ‘the single best thing to happen to this district in twenty years’ and accused its opponents of ‘scaremongering’.",
        "‘Tourism is the only industry we have left in this end of the county,’ said Mr Ó Broin, who runs a bicycle hire business in the town. ‘If we let this go, it goes to the next county and it doesn’t come back.’",
        "At one point the Cathaoirleach, Cllr Eimear Breathnach (Comhar Náisiúnta), was forced to call for order as members spoke over one another. ‘We will not have shouting across this chamber. This isn’t a mart,’ Cllr Breathnach said.",
        "Outside the meeting, Pat Geraghty, chairman of the Kilcarrig branch of the Irish Farmers’ Federation, said his members were not against progress but wanted the council to keep to the railway line ‘as was promised at the very start’.",
        "Members will vote on the route at a special meeting of the district next month.",
    ),
    [
        "Niamh Cullinane",
        "Kilcarrig Leader",
        "Kilcarrig Municipal District",
        "Seán Mac Cárthaigh",
        "Gráinne Ní Fhlatharta",
        "Liam Ó Broin",
        "Saoirse",
        "Eimear Breathnach",
        "Comhar Náisiúnta",
        "Pat Geraghty",
        "Irish Farmers’ Federation",
    ],
    [
        Q("like an obstacle to be removed", "Seán Mac Cárthaigh", "one councillor", kind="partial", occ=0),
        Q(
            "like an obstacle to be removed, not neighbours to be consulted",
            "Seán Mac Cárthaigh",
            "Cllr Seán Mac Cárthaigh",
            kind="partial",
        ),
        Q("I have no problem with a greenway. I cycle myself, believe it or not", "Seán Mac Cárthaigh", "he"),
        Q(
            "But you don’t build a public amenity by sending solicitors’ letters to families who have been on that land since before the Famine",
            "Seán Mac Cárthaigh",
            "he",
            how="before",
        ),
        Q(
            "Compulsory purchase is a last resort and we are nowhere near that point",
            "Gráinne Ní Fhlatharta",
            "she",
        ),
        Q("extensive consultation", "Gráinne Ní Fhlatharta", "She", kind="partial"),
        Q(
            "the single best thing to happen to this district in twenty years",
            "Liam Ó Broin",
            "Cllr Liam Ó Broin",
            kind="partial",
        ),
        Q("scaremongering", "Liam Ó Broin", "Cllr Liam Ó Broin", kind="partial"),
        Q("Tourism is the only industry we have left in this end of the county", "Liam Ó Broin", "Mr Ó Broin"),
        Q(
            "If we let this go, it goes to the next county and it doesn’t come back",
            "Liam Ó Broin",
            "Mr Ó Broin",
        ),
        Q(
            "We will not have shouting across this chamber. This isn’t a mart",
            "Eimear Breathnach",
            "Cllr Breathnach",
        ),
        Q("as was promised at the very start", "Pat Geraghty", "Pat Geraghty", kind="partial"),
    ],
)

article(
    "irish-press",
    3,
    P(
        "Sarsfields end 31-year wait as Ó Súilleabháin brothers star in county final",
        "Ballinacree Sarsfields 1-17 Clonmore Emmets 0-16",
        "Colm Ó Catháin at Páirc Naomh Bríd",
        "For 31 years a photograph of the 1993 team has hung behind the bar in the Ballinacree clubhouse. On Sunday afternoon, in front of a crowd of 6,400 at Páirc Naomh Bríd, a new generation finally earned a frame of its own.",
        "Inspired by Cian Ó Súilleabháin, who finished with 1-6, and by his older brother Eoin, whose late interception in front of his own goal may well have saved the game, Sarsfields held off a second-half surge from Clonmore Emmets to win the senior football championship for the first time since 1993.",
        "Cian Ó Súilleabháin’s goal on 19 minutes, a low finish to the far corner at the end of a sweeping move involving five players, gave Sarsfields a 1-8 to 0-5 lead at the break. Clonmore, driven on by the evergreen Donal “Dinny” Hickey at midfield, cut the gap to a point with nine minutes of normal time remaining before Eoin’s interception and two late frees from his brother settled matters.",
        "“There’s men in that dressing room who were carrying water bottles the last time we won this,” said Sarsfields manager Micheál Mac Gearailt, who was a teenage water carrier himself that day in 1993. “I was one of them. To see the lads do it today, I don’t have the words.”",
        "He said the half-time message had been a simple one. “We said to them, ‘Keep the ball, make them come to us, and don’t panic if they get a run on us,’ and the lads did exactly that,” said he.",
        "Accepting the cup from county board chairman Tadhg Ó Riain, Sarsfields captain Eoin Ó Súilleabháin began his speech in Irish: “Is mór an onóir dom an corn seo a ghlacadh ar son mo chlub agus mo pharóiste.”",
        "He went on to thank the club’s volunteers, “the people who line the pitch and wash the jerseys and never get their names in the paper”.",
        "Cian, who at 20 was the youngest player on the pitch, was more concerned with family business. “Eoin’s been on at me all week about my frees,” he said with a grin. “I suppose I owe him a pint now. Maybe two.”",
        "“No complaints. The better team won,” said Clonmore manager Jimmy Fahy. “We left too much behind us in the first half, and you can’t do that in a county final.”",
        "Asked about a second-half penalty appeal that was waved away by referee Seosamh Mac Con Iomaire, Fahy smiled. “I’ll leave that one to ye. I’ve enough trouble,” he said.",
        "Clonmore captain Donal Hickey, 36, would not be drawn on whether he would be back next season.",
        "Ó Riain said it had been “a day this parish will talk about for a generation”, and few in Ballinacree would argue. The celebrations in the clubhouse were still going strong well after midnight.",
        "SCORERS – Ballinacree Sarsfields: C Ó Súilleabháin 1-6 (0-4f), P Ó Dónaill 0-4, S Kennedy 0-3. Clonmore Emmets: D Hickey 0-5, M Furlong 0-4 (0-3f), J Brophy 0-3.",
    ),
    [
        "Ballinacree Sarsfields",
        "Clonmore Emmets",
        "Colm Ó Catháin",
        "Cian Ó Súilleabháin",
        "Eoin Ó Súilleabháin",
        "Donal Hickey",
        "Micheál Mac Gearailt",
        "Tadhg Ó Riain",
        "Jimmy Fahy",
        "Seosamh Mac Con Iomaire",
        "P Ó Dónaill",
        "S Kennedy",
        "M Furlong",
        "J Brophy",
    ],
    [
        Q(
            "There’s men in that dressing room who were carrying water bottles the last time we won this",
            "Micheál Mac Gearailt",
            "Sarsfields manager Micheál Mac Gearailt",
        ),
        Q(
            "I was one of them. To see the lads do it today, I don’t have the words",
            "Micheál Mac Gearailt",
            "Sarsfields manager Micheál Mac Gearailt",
        ),
        Q(
            "We said to them, ‘Keep the ball, make them come to us, and don’t panic if they get a run on us,’ and the lads did exactly that",
            "Micheál Mac Gearailt",
            "he",
            how="after",
        ),
        Q(
            "Is mór an onóir dom an corn seo a ghlacadh ar son mo chlub agus mo pharóiste",
            "Eoin Ó Súilleabháin",
            "Sarsfields captain Eoin Ó Súilleabháin",
        ),
        Q(
            "the people who line the pitch and wash the jerseys and never get their names in the paper",
            "Eoin Ó Súilleabháin",
            "He",
            kind="partial",
        ),
        Q("Eoin’s been on at me all week about my frees", "Cian Ó Súilleabháin", "he", how="after"),
        Q("I suppose I owe him a pint now. Maybe two", "Cian Ó Súilleabháin", "he", how="before"),
        Q("No complaints. The better team won", "Jimmy Fahy", "Clonmore manager Jimmy Fahy"),
        Q(
            "We left too much behind us in the first half, and you can’t do that in a county final",
            "Jimmy Fahy",
            "Clonmore manager Jimmy Fahy",
        ),
        Q("I’ll leave that one to ye. I’ve enough trouble", "Jimmy Fahy", "he"),
        Q("a day this parish will talk about for a generation", "Tadhg Ó Riain", "Ó Riain", kind="partial"),
    ],
)

article(
    "irish-press",
    4,
    P(
        "Gardaí appeal for witnesses after woman (74) killed in Ballyvarna hit-and-run",
        "By Éanna Ó Laoire",
        "The Shannonside Herald",
        "Gardaí have appealed for witnesses following a fatal hit-and-run in Ballyvarna in which a 74-year-old woman was killed as she walked home from evening Mass on Sunday.",
        "The woman, named locally as Nóra Uí Cheallaigh, a widow and retired national school teacher, was struck by a car on the R362 about 500 metres from her home shortly after 7.15pm. The driver failed to stop. She was pronounced dead at the scene.",
        "Speaking at Ballyvarna Garda station yesterday, Superintendent Colm Ó hAodha described the incident as “a cowardly act”.",
        "“Someone struck a 74-year-old woman, drove away and left her on the side of the road on a dark November evening,” Supt Ó hAodha said.",
        "He added: “Somebody knows who was driving that car. Somebody has noticed a car with damage to the front since Sunday night, or a car that has suddenly disappeared from a driveway.",
        "“I would ask that person to search their conscience and pick up the phone.”",
        "Gardaí are particularly anxious to trace a dark-coloured hatchback seen travelling towards Kilcarrig at speed shortly after the collision.",
        "A Garda spokesman said a post-mortem examination would be carried out and that the road would remain closed overnight “to facilitate a forensic collision investigation”.",
        "Mrs Uí Cheallaigh taught at Scoil Mhuire in the town for 38 years. Parish priest Fr Liam Breen said she had not missed the 6pm Mass in four decades.",
        "“Not for snow, not for storms, not for anything,” said Fr Breen. “The whole parish is in shock. Half the people in this town learned their tables from her.”",
        "Her son, Donncha Ó Ceallaigh, who travelled home from Limerick overnight, said the family was heartbroken. “Mam was the centre of everything,” he said. “Whoever did this, we just want them to come forward and tell us what happened. We need to know.”",
        "Local TD Máiréad Nic Fhearghusa (Saoirse) said the R362 had been the scene of three serious collisions in two years and repeated her call for a footpath and public lighting on the stretch.",
        "“I raised this road in the Dáil in March and I was told it was under review,” she said. “How many reviews does it take?”",
        "Anyone with information is asked to contact Ballyvarna Garda station or the Garda Confidential Line.",
    ),
    [
        "Éanna Ó Laoire",
        "Shannonside Herald",
        "Nóra Uí Cheallaigh",
        "Ballyvarna Garda station",
        "Colm Ó hAodha",
        "Scoil Mhuire",
        "Liam Breen",
        "Donncha Ó Ceallaigh",
        "Máiréad Nic Fhearghusa",
        "Saoirse",
        "Dáil",
    ],
    [
        Q("a cowardly act", "Colm Ó hAodha", "Superintendent Colm Ó hAodha", kind="partial"),
        Q(
            "Someone struck a 74-year-old woman, drove away and left her on the side of the road on a dark November evening",
            "Colm Ó hAodha",
            "Supt Ó hAodha",
        ),
        Q(
            "Somebody knows who was driving that car. Somebody has noticed a car with damage to the front since Sunday night, or a car that has suddenly disappeared from a driveway",
            "Colm Ó hAodha",
            "He",
        ),
        Q("I would ask that person to search their conscience and pick up the phone", "Colm Ó hAodha", "@prev"),
        Q(
            "to facilitate a forensic collision investigation",
            "a Garda spokesman",
            "A Garda spokesman",
            kind="partial",
            stype="unnamed",
        ),
        Q("Not for snow, not for storms, not for anything", "Liam Breen", "Fr Breen"),
        Q(
            "The whole parish is in shock. Half the people in this town learned their tables from her",
            "Liam Breen",
            "Fr Breen",
        ),
        Q("Mam was the centre of everything", "Donncha Ó Ceallaigh", "he", how="after"),
        Q(
            "Whoever did this, we just want them to come forward and tell us what happened. We need to know",
            "Donncha Ó Ceallaigh",
            "he",
            how="before",
        ),
        Q(
            "I raised this road in the Dáil in March and I was told it was under review",
            "Máiréad Nic Fhearghusa",
            "she",
            how="after",
        ),
        Q("How many reviews does it take", "Máiréad Nic Fhearghusa", "she", how="before"),
    ],
)

article(
    "irish-press",
    5,
    P(
        "Tánaiste insists ‘we will hit 40,000’ as housing row intensifies",
        "Conor Ó Gallchóir, Political Editor",
        "The Dublin Clarion",
        "The Tánaiste, Ruairí Mac Lochlainn, has insisted the Government will meet its target of 40,000 new homes this year, accusing the Opposition of ‘talking down’ the construction sector for political gain.",
        "Standing in for the Taoiseach during Leaders’ Questions in the Dáil yesterday, Mr Mac Lochlainn said completions in the first nine months of the year were running 18 per cent ahead of the same period last year.",
        "‘I am telling this House that we will hit 40,000, and we will exceed it,’ he told the Dáil. ‘The figures are there for anyone who wants to read them rather than shout about them.’",
        "‘When people say “nothing is being built”, I would invite them to drive out of any town in this country and count the cranes,’ he added.",
        "Saoirse leader Aisling Ní Dhubhghaill said the target was ‘a work of fiction’ and accused the Government of counting student beds and homes ‘that exist only on a spreadsheet in the Custom House’.",
        "‘Ask any young couple in this country whether they believe the Tánaiste,’ she said. ‘Ask them how many viewings they went to last weekend, and how many other people were in the queue.’",
        "The exchanges came as figures from the Central Statistics Office showed average rents rising by 7.4 per cent in the year to September, the fastest rate of increase in three years.",
        "The official completion figures are based on new connections to the electricity grid, a method opposition parties say overstates the number of genuinely new homes because it includes some renovated properties and purpose-built student accommodation.",
        "There was further discomfort for the Government in the Seanad, where Senator Proinsias Ó Maoileoin of the Civic Democrats, the junior coalition partner, described the target as ‘achievable on paper, and only on paper’.",
        "Responding for the Government, Minister of State for Housing Deirdre Nic an tSaoir said the Senator was ‘entitled to his view’.",
        "‘The builders I talk to every week take a different one,’ Ms Nic an tSaoir said.",
        "The Government is due to publish revised housing targets, covering the period to 2030, early in the new year.",
    ),
    [
        "Conor Ó Gallchóir",
        "Dublin Clarion",
        "Ruairí Mac Lochlainn",
        "Dáil",
        "Aisling Ní Dhubhghaill",
        "Saoirse",
        "Custom House",
        "Central Statistics Office",
        "Seanad",
        "Proinsias Ó Maoileoin",
        "Civic Democrats",
        "Deirdre Nic an tSaoir",
    ],
    [
        Q("we will hit 40,000", "Ruairí Mac Lochlainn", "Tánaiste", kind="partial", occ=0, anchor="Tánaiste insists"),
        Q("talking down", "Ruairí Mac Lochlainn", "Ruairí Mac Lochlainn", kind="partial"),
        Q("I am telling this House that we will hit 40,000, and we will exceed it", "Ruairí Mac Lochlainn", "he"),
        Q(
            "The figures are there for anyone who wants to read them rather than shout about them",
            "Ruairí Mac Lochlainn",
            "he",
            how="before",
        ),
        Q(
            "When people say “nothing is being built”, I would invite them to drive out of any town in this country and count the cranes",
            "Ruairí Mac Lochlainn",
            "he",
            how="after",
        ),
        Q("a work of fiction", "Aisling Ní Dhubhghaill", "Saoirse leader Aisling Ní Dhubhghaill", kind="partial"),
        Q(
            "that exist only on a spreadsheet in the Custom House",
            "Aisling Ní Dhubhghaill",
            "Saoirse leader Aisling Ní Dhubhghaill",
            kind="partial",
        ),
        Q("Ask any young couple in this country whether they believe the Tánaiste", "Aisling Ní Dhubhghaill", "she"),
        Q(
            "Ask them how many viewings they went to last weekend, and how many other people were in the queue",
            "Aisling Ní Dhubhghaill",
            "she",
            how="before",
        ),
        Q(
            "achievable on paper, and only on paper",
            "Proinsias Ó Maoileoin",
            "Senator Proinsias Ó Maoileoin",
            kind="partial",
        ),
        Q(
            "entitled to his view",
            "Deirdre Nic an tSaoir",
            "Minister of State for Housing Deirdre Nic an tSaoir",
            kind="partial",
        ),
        Q("The builders I talk to every week take a different one", "Deirdre Nic an tSaoir", "Ms Nic an tSaoir"),
    ],
)

article(
    "irish-press",
    6,
    P(
        "Principals warn of Gaeltacht teacher shortage as three schools fail to fill posts",
        "Síle Ní Dhomhnaill, Western Correspondent",
        "The Western Sentinel",
        "Three Gaeltacht primary schools in the west have been unable to fill permanent teaching posts for the new school year, prompting warnings that Irish-medium education in some communities could be lost within a decade.",
        "At Scoil Naomh Éanna in Baile an Chaisil, a four-teacher school with 71 pupils, a post advertised three times since April attracted a single applicant.",
        "“We had one applicant, and she withdrew when she saw what rents are like around here,” said the school’s principal, Máire Ní Chonghaile. “A two-bedroom house in the village is let to tourists for €1,400 a week in the summer. How is a newly qualified teacher supposed to compete with that?”",
        "Speaking in Irish, she put it more bluntly: “Níl aon mhúinteoir le fáil. Tá sé chomh simplí sin.” (There isn’t a teacher to be had. It’s as simple as that.)",
        "Minister of State for the Gaeltacht Cathal Mac Giolla Bhríde said he was aware of the difficulties facing the schools.",
        "“There is no point in us spending millions supporting the language in the Gaeltacht if the schools can’t get teachers,” said Mr Mac Giolla Bhríde, “and I have asked my officials to look at a Gaeltacht accommodation allowance for teachers as a matter of urgency.”",
        "The Department of Education said in a statement that it was “actively engaging” with the three schools and that a substitute teacher had been assigned to each for the first term.",
        "Peadar Ó Flaithbheartaigh of Fóram Oideachais na Gaeltachta, which campaigns for Irish-medium schools, said the problem had been building for years. “This didn’t happen overnight. We wrote to three different ministers about it,” said he. “We got three very nice letters back.”",
        "The Irish Primary Teachers’ Union has called for the restoration of a special Gaeltacht allowance that was abolished in 2012. Its general secretary, Bernadette Walsh, said young teachers were “voting with their feet”.",
        "Róisín Uí Fhlatharta, whose two children attend Scoil Naomh Éanna, said: “My daughter came home last week and said, ‘Mam, are we getting a múinteoir nua or not?’ I didn’t have an answer for her.”",
        "Saoirse TD Caitríona Nic Aoidh raised the issue in the Dáil last week, describing the shortage as “the quiet emergency in the Gaeltacht”.",
        "The three schools reopen on Monday.",
    ),
    [
        "Síle Ní Dhomhnaill",
        "Western Sentinel",
        "Scoil Naomh Éanna",
        "Máire Ní Chonghaile",
        "Cathal Mac Giolla Bhríde",
        "Department of Education",
        "Peadar Ó Flaithbheartaigh",
        "Fóram Oideachais na Gaeltachta",
        "Irish Primary Teachers’ Union",
        "Bernadette Walsh",
        "Róisín Uí Fhlatharta",
        "Saoirse",
        "Caitríona Nic Aoidh",
        "Dáil",
    ],
    [
        Q(
            "We had one applicant, and she withdrew when she saw what rents are like around here",
            "Máire Ní Chonghaile",
            "Máire Ní Chonghaile",
        ),
        Q(
            "A two-bedroom house in the village is let to tourists for €1,400 a week in the summer. How is a newly qualified teacher supposed to compete with that",
            "Máire Ní Chonghaile",
            "Máire Ní Chonghaile",
        ),
        Q("Níl aon mhúinteoir le fáil. Tá sé chomh simplí sin", "Máire Ní Chonghaile", "she"),
        Q(
            "There is no point in us spending millions supporting the language in the Gaeltacht if the schools can’t get teachers",
            "Cathal Mac Giolla Bhríde",
            "Mr Mac Giolla Bhríde",
        ),
        Q(
            "and I have asked my officials to look at a Gaeltacht accommodation allowance for teachers as a matter of urgency",
            "Cathal Mac Giolla Bhríde",
            "Mr Mac Giolla Bhríde",
        ),
        Q(
            "actively engaging",
            "Department of Education",
            "The Department of Education",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "This didn’t happen overnight. We wrote to three different ministers about it",
            "Peadar Ó Flaithbheartaigh",
            "he",
            how="after",
        ),
        Q("We got three very nice letters back", "Peadar Ó Flaithbheartaigh", "he", how="before"),
        Q("voting with their feet", "Bernadette Walsh", "Bernadette Walsh", kind="partial"),
        Q(
            "My daughter came home last week and said, ‘Mam, are we getting a múinteoir nua or not?’ I didn’t have an answer for her",
            "Róisín Uí Fhlatharta",
            "Róisín Uí Fhlatharta",
        ),
        Q(
            "the quiet emergency in the Gaeltacht",
            "Caitríona Nic Aoidh",
            "Saoirse TD Caitríona Nic Aoidh",
            kind="partial",
        ),
    ],
)

# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------


def main():
    run_part(ARTICLES, STYLES, OUT, "--review" in sys.argv)


if __name__ == "__main__":
    main()
