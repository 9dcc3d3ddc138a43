#!/usr/bin/env python3
"""Source of truth for part_k.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
crown-court, football-transfers, tech-launch and pacific-news (6 articles
each; n<=4 "dev", n 5-6 "held-out").  350-750 words and 6-12 gold quotes per
article.

All articles below are invented (people, outlets, broadcasters, club
channels, courts, police forces, councils, clubs, supporters' groups,
companies, research firms, regulators, ministries, water boards, churches,
hospitals, villages, towns, islands and provinces; real countries, a few
large cities -- London, Manchester, San Francisco, Taipei, Port Moresby,
Honiara, Apia, Nukuʻalofa, Suva -- and the social platforms appear, as in
parts A-J).  Each article is held as plain text; every gold quote and every
speaker mention is located by exact substring search and the character
offsets are computed here, then checked (text[start:end] == quote text,
quote-mark sanity, counts, word counts) before part_k.jsonl is written.

Run:  python3 make_part_k.py          (writes part_k.jsonl next to this file)
      python3 make_part_k.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in crown-court-2, football-transfers-2, tech-launch-2
and pacific-news-2, single curly quotes in crown-court-3,
football-transfers-3, tech-launch-3 and pacific-news-3, straight single
quotes in crown-court-5, football-transfers-6 and tech-launch-6; nested
quotes (curly single inside curly double in crown-court-4 -- a quote ending
in the nested closing mark -- and tech-launch-1, curly double inside curly
single in crown-court-3, straight single inside straight double in
tech-launch-2 and pacific-news-2), quotes continued over a paragraph break
(crown-court-3, football-transfers-3, football-transfers-4, tech-launch-4,
pacific-news-4), and colon, "said X", "X said", mid-quote, "according to",
"told <outlet>", pronoun-across-sentences and next-sentence attributions
(crown-court-6, pacific-news-1).

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-J already documented (police/club/company/
ministry "said in a statement" as organisation; a document as grammatical
speaker is its author's, span the document mention as written; a memo or
letter signed by a named person is that person's; words read out from a
document belong to its author, not the reader; joint statements as unnamed
under the phrase that introduces the parties; glued roles and long glued
titles stay in the span, comma-bounded ones do not; unnamed phrases keep a
restrictive clause but not a comma-bounded one; first-name-only people are
persons and entities; nicknames, titles, brands, product names, slogans,
chants and programme names in quote marks are never gold; headline
attributions point at the headline mention as written; "told <outlet>" is a
speech verb; translated quotes belong to the original speaker; "analysts at
X wrote" is unnamed; a quote whose speaker is named only in the next
sentence points at that name).

Part K readings of the conventions, for cases the new styles bring:
* crown-court: "His Honour Judge Rowena Castleby" is a glued title ("His"
  belongs to the title, as in part E's "His Excellency"): span the whole,
  speaker without it ("Rowena Castleby"); "Judge Philippa Tarrant" as part
  A's "Judge Anthony Keane".  A High Court judge the text styles only "Mr
  Justice Ormerod-Finch" / "Mr Justice Carrodine", with no first name
  anywhere, keeps the style as canonical speaker and entity, like a peer
  known only by title (part A's "Lord Pemberton").  "the judge" / "The
  judge" and "She"/"He" later are role-only / pronoun spans of the judge
  named earlier.  Barristers introduced by a participle ("Prosecuting,
  Simon Hartley-Vane KC told the jury", "Defending, Nadia Osei-Brandt KC
  said", "Mitigating, Ruth Adeyemi-Clarke said", "For Laidlaw, Craig Munro
  said", "Opening the case for the prosecution, Jordan Ellery-Shaw KC told
  jurors") have no glued role: span the name, post-nominal KC left out
  (part A's "Fenella Armitage"); "Mr Hartley-Vane", "Mr Wilk", "Mr Munro"
  are spans like "Mr X".  A victim personal statement is its writer's, not
  the barrister's who reads it (part G's victim's letter): span "she" at
  "she said", or the document mention where the statement is the
  grammatical speaker ("The statement went on", "the statement said"); a
  widow given only as "Mr Fennimore's widow, Lorraine" is a person under
  that first name (part E).  A defendant's letter read aloud by his
  barrister ("In a letter to the judge, read aloud by his barrister,
  Cressida Vaughan, Hobbs wrote") is the defendant's, span "Hobbs".
  Messages read to the jury and what "the court heard" a defendant said,
  wrote or boasted are the defendant's, span his name at the verb
  ("Pellow told Sutcliffe-Dane:", "Sutcliffe-Dane replied:", "Aldcroft had
  sent a text message ... saying", "Laidlaw had boasted", "Pryce
  messaged"); a message as grammatical subject ("Another message, sent by
  Sutcliffe-Dane ..., read:") is its sender's, span "Another message".  A
  person named by first name inside such a message and in full later is
  canonical under the full name ("Kerry" -> "Kerry Anstruther", one
  entity).  Defendants who cannot be named for legal reasons are unnamed,
  speaker the phrase that first singles each one out ("the 16-year-old",
  "the younger boy"); a child witness heard on a recorded interview is
  unnamed "one of the boys" (comma-bounded "now 17" left out), pointed at
  from the next sentence ("Those were the words of one of the boys");
  "the mother of a 14-year-old recruited by the gang" keeps its restrictive
  modifier.  One identifiable person shouting from the public gallery is
  gold, unnamed "a man in the public gallery" (part J's heckle rule).
  "the families of both men" (the victim's and the defendant's families
  together) and "the two bodies" (a police force and a council) are joint
  statements: unnamed, although each body is an entity.  Officers after
  sentencing keep a glued rank ("Detective Inspector Karen Loxley",
  "Sergeant Andy Coulthard"); a force that "said" is an organisation
  ("Lindenshire Police").  Crown Courts and police forces are entities; "the
  Crown" (the prosecution, inside a quote), "the jury" and "the court" are
  generic.  The headline "'...': mother's words as speeding driver is
  jailed" attributes its quote to the mother: span "mother" without the
  possessive (part H's "X's claim"), speaker the mother named in the body,
  which repeats the quote (occ).
* football-transfers: glued club-and-role chains stay in the span
  ("Ashcourt chairman Victor Hallam-Reese", "Oldgate manager Ian
  Tolliver", "Redmarsh manager Gordon Fieldhouse", "Head coach Niamh
  Gallagher-Rowe", "Caldermoor manager Joanne Petherick", "Former Harlowby
  striker turned pundit Dele Ashcroft"); the headline "Brackwater boss" is
  the span of the headline quote.  Nationality and age mentions of a
  person named earlier ("the Spaniard", "The 47-year-old", "The
  24-year-old") are role-only spans, determiner kept.  An agent's or club
  president's words "in comments translated from Italian / Portuguese",
  "translated by Caldermoor", a father's "in Twi, according to a
  translation by the station", a player speaking "in French to
  Saint-Auvrac's media team" or "through an interpreter" are the
  original speaker's.  A club's in-house channel ("HTFC TV"), broadcasters,
  radio stations and newspapers are outlets and entities; "told the club's
  website" is a speech verb; TV shows ("Goalmouth Live", "Goal Line
  Tonight", "Sunday Football Tonight") are programmes, not entities.  A
  club that "said in a statement" is an organisation under its fullest
  name, span the club mention as written ("Harlowby", "Wexmoor",
  "Redmarsh") or "it" ("Brackwater released a brief statement ... it
  said"); "The statement added" is the club's document (organisation).
  Supporters' trusts, associations and clubs are organisations; a joint
  statement of two clubs is unnamed "the two clubs".  "A source close to
  the player", "A source at Saint-Auvrac" are unnamed, later "the source".
  A player's Instagram statement or caption is the player's ("Focused.
  Always.", a caption in French); chants and banners ("There's only one
  Mikkel Dahl", "Loyalty isn't for sale") are never gold.  When a player's
  father shares his surname, the bare surname is the player and the father
  is canonical under his own full name ("Henrik Dahl"); a father given by
  first name only ("Lemos's father, Edson") is a person under it.  The
  headline "Dahl hits back at 'disrespectful' Merriden" attributes the
  word to Dahl, whose statement in the body uses it: partial, span "Dahl".
* tech-launch: executives at a keynote keep a lower-case glued role
  ("chief executive Anneliese Varga-Moss", "chief technology officer Ilya
  Brandvold", "chairman Lin Chao-wen", "Hearthly co-founder Jamie
  Okafor-Lind", "Developer Sunil Rao", "Stackwell user Tobias Engqvist");
  Lin Chao-wen is family-name-first, short mention "Lin" (part H), and his
  remarks in Mandarin translated by the company are his; "according to
  Lin" attributes; the headline "Tenwei chip boss" is a role-only span
  with its glued company (part I's "Vanuatu minister").  A named analyst is
  a person; "Analysts at X wrote / said in a note" is unnamed "analysts at
  X" (part C).  A named reviewer is the speaker of her review's verdicts
  ("Priya Mandeville, reviewing the headset for Pixel Quarterly, called",
  "she found the main camera 'a generation behind'"); an outlet's own
  unsigned verdict ("Tech Ledger was blunter, describing the Halo in its
  review as") is the outlet's (organisation, part F); a YouTube channel is
  a programme, its host a person.  Company blog posts: "In a blog post,
  Pennant said" is the company (organisation); "The post, written by
  Pennant's head of product, Aurelio Santangelo, added" is the named
  author's (part H's signed memo), span "The post"; a post or memo by a
  named executive ("Brandvold wrote", "Ashdown wrote") is his.  A
  regulator's letter signed by its chief executive is hers (part H/J
  letter rule), span "The letter", and "it" where the letter is the
  pronoun subject ("..., it says"); an unsigned letter as grammatical
  speaker ("The letter asks Hearthly to") is the regulator's
  (organisation).  A spokesperson who "declined to comment" attributes
  nothing; one who declined "but said the company was '...'" is unnamed
  "a Tenwei spokesperson".  Forum posters: anonymous ones are unnamed under
  the introducing phrase ("one developer who builds plug-ins for the
  platform", span "One developer"; "one user", comma-bounded "who posts as
  'latency_goblin'" left out; "one early buyer"; "one pre-order
  customer"); a username in quote marks is never gold and not an entity; a
  poster "under her own name" is a person.  An open letter of "A group of
  42 independent studios" is unnamed under that phrase, "the letter" later
  pointing at the same speaker.  Product, feature and component names in
  quote marks ("Zero Crease", "Continuity Canvas", "Scout") are never gold;
  products are not entities.  Names that do not reveal gender are
  attributed through the pronoun the text uses ("Dana Whitcombe ... she",
  "Jamie Okafor-Lind ... he", "Morgan Tse ... she").
* pacific-news: chiefly and honorific titles leave the speaker and stay in
  a glued span: Ratu, Adi, Hon., Sir, Dame, Reverend / Rev. / Reverend
  Elder, Pastor, Premier, police ranks ("Adi Vilimaina Ravulo", "Hon. Sir
  Wesley Tamborai", "Premier Hon. Moffat Kelesi", "Rev. Sione Havili",
  "Reverend Maika Tuilau" -- the determiner "the" before "Reverend" left
  out --, "Lauvasi Council of Women president Dame Judith Pekoa", "Police
  Superintendent Kaison Rove", "Clan leader Kamu Yawari"); title plus first
  name is a valid short mention ("Ratu Sevanaia", "Adi Mereseini"), like
  part J's "Sheikh Hamad".  "Tui Nadrukuloa" is a chiefly office (the
  paramount chief of Nadrukuloa) read like a role: "the Tui Nadrukuloa" is a
  role-only span of Ratu Isikeli Vakacegu, named in apposition, and his
  message read to the meeting by his herald (Sireli Waqa) is his.  Tongan
  nobles known by their noble title keep "Lord" like peers ("Lord
  Fotuhaʻamea"); the headline "noble" is a role-only span.  Samoan matai
  titles are part of the name and stay in the speaker ("Leiataua Sefo
  Aumua", "Tuala Fetu Leota", "Afamasaga Tevita Lauina"), and the title
  alone is the usual short mention and a valid span ("Leiataua", like part
  C's kept name parts).  People whose names do not reveal gender are
  attributed through the pronoun the text uses ("Losana Kaloumaira",
  "Lose Fakatava", "Kini Qalo", "Nester Pitakaka" -> "she"; "Niu Latu",
  "Kamu Yawari" -> "he"), also when another person of the same gender is
  named in the same paragraph.  Quotes said in iTaukei, Samoan or Fiji
  Hindi and translated by the paper are the speaker's; a quote printed in
  Tok Pisin is an ordinary direct quote and the bracketed translation
  without quote marks is not a quote (part G's Irish reading).
  Ministries, water boards and mining companies that "said in a statement"
  are organisations (an appositive company name is the span: "The mine's
  operator, Highgate Pacific Mining, said"); "A spokesperson for the
  Ministry of Rural Water Services" is unnamed; "Police said" with no
  quote attributes nothing, and "Sasako said, according to a police
  statement" is Sasako's.  "Church and provincial leaders issued a joint
  statement ... the leaders said" is unnamed "church and provincial
  leaders".  "The governor", "The premier" for the person named earlier are
  role-only spans.  Villages, clans, provinces, islands, wharfs, dams and
  mines are places or facilities; named churches, hospitals, ministries,
  boards, councils and outlets are entities; "the Government", "the
  council", "the fono", "the aumaga", "the District Court" and "the
  provincial assembly" are generic."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_k.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["crown-court", "football-transfers", "tech-launch", "pacific-news"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# CROWN-COURT
# ---------------------------------------------------------------------------

article(
    "crown-court",
    1,
    P(
        "Delivery driver jailed for life for murdering neighbour in parking row",
        "By Harriet Quennell, Courts Correspondent",
        "A delivery driver who stabbed his neighbour to death after a two-year row over a parking space has been jailed for life and told he will serve at least 19 years before he can be considered for release.",
        "Darren Aldcroft, 41, attacked Marcus Fennimore, 52, in the street outside their terraced homes in Kellingford on the evening of 14 March, Casterwick Crown Court heard. He was convicted of murder last month after a seven-day trial.",
        "Sentencing him on Friday, His Honour Judge Rowena Castleby said: “This was a dispute about a few yards of tarmac. You turned it into a killing, and you did it in front of Mr Fennimore’s teenage daughter.”",
        "The judge said Aldcroft had shown “not a flicker of genuine remorse” and had spent much of the trial trying to blame the man he killed.",
        "Prosecuting, Simon Hartley-Vane KC told the jury that Aldcroft had gone back into his house for a kitchen knife after a shouted argument on the pavement. “He had time to calm down. He had time to close his front door. He chose to come back out with a knife,” Mr Hartley-Vane said.",
        "The court heard that Aldcroft had sent a text message to his brother two hours before the attack saying that Mr Fennimore was “going to get what’s coming to him”. Giving evidence, Aldcroft told the jury he had picked up the knife only to “scare him off”.",
        "In a victim personal statement read to the court by Mr Hartley-Vane, Mr Fennimore’s widow, Lorraine, described running out of the house when she heard her daughter screaming. “I found my husband on the ground and my daughter holding his hand. That is the last picture I have of him, and I see it every time I close my eyes,” she said.",
        "The statement went on: “Our daughter is sixteen. She should be worrying about her exams, not about whether she will ever feel safe on her own street again.”",
        "Defending, Nadia Osei-Brandt KC said her client had suffered from depression since losing his warehouse job and had been drinking heavily at the time. “None of that is offered as an excuse. Mr Aldcroft accepts that he has taken a life and that he must pay for it,” she said.",
        "Aldcroft, who wore a grey sweatshirt, stared at the floor as the sentence was passed. As he was led down from the dock, a man in the public gallery shouted: “Rot in there.”",
        "Unusually, the families of both men issued a joint statement after the hearing. “Two families have been torn apart by a few seconds of rage. We ask to be left alone to grieve,” the families said.",
        "Speaking outside court, Detective Inspector Karen Loxley of Wessex Vale Police said: “Marcus was a devoted father who went out to talk to a neighbour and never came home. I hope today gives his family some small measure of peace.”",
    ),
    [
        "Harriet Quennell",
        "Darren Aldcroft",
        "Marcus Fennimore",
        "Casterwick Crown Court",
        "Rowena Castleby",
        "Simon Hartley-Vane",
        "Lorraine",
        "Nadia Osei-Brandt",
        "Karen Loxley",
        "Wessex Vale Police",
    ],
    [
        Q(
            "This was a dispute about a few yards of tarmac. You turned it into a killing, and you did it in front of Mr Fennimore’s teenage daughter",
            "Rowena Castleby",
            "His Honour Judge Rowena Castleby",
        ),
        Q("not a flicker of genuine remorse", "Rowena Castleby", "The judge", kind="partial"),
        Q(
            "He had time to calm down. He had time to close his front door. He chose to come back out with a knife",
            "Simon Hartley-Vane",
            "Mr Hartley-Vane",
            how="after",
        ),
        Q(
            "going to get what’s coming to him",
            "Darren Aldcroft",
            "Aldcroft",
            kind="partial",
            anchor="Aldcroft had sent",
        ),
        Q("scare him off", "Darren Aldcroft", "Aldcroft", kind="partial", anchor="Aldcroft told the jury"),
        Q(
            "I found my husband on the ground and my daughter holding his hand. That is the last picture I have of him, and I see it every time I close my eyes",
            "Lorraine",
            "she",
            how="after",
        ),
        Q(
            "Our daughter is sixteen. She should be worrying about her exams, not about whether she will ever feel safe on her own street again",
            "Lorraine",
            "The statement",
        ),
        Q(
            "None of that is offered as an excuse. Mr Aldcroft accepts that he has taken a life and that he must pay for it",
            "Nadia Osei-Brandt",
            "she",
            how="after",
        ),
        Q("Rot in there", "a man in the public gallery", "a man in the public gallery", stype="unnamed"),
        Q(
            "Two families have been torn apart by a few seconds of rage. We ask to be left alone to grieve",
            "the families of both men",
            "the families",
            stype="unnamed",
            anchor="the families said",
        ),
        Q(
            "Marcus was a devoted father who went out to talk to a neighbour and never came home. I hope today gives his family some small measure of peace",
            "Karen Loxley",
            "Detective Inspector Karen Loxley",
        ),
    ],
)

article(
    "crown-court",
    2,
    P(
        "Care-home bosses guilty of £3.2m fraud after WhatsApp messages read to jury",
        "By Oliver Tranmere",
        "Two former directors of a care-home company have been convicted of defrauding four councils of £3.2 million by billing for one-to-one care that residents never received.",
        "Gareth Pellow, 48, and Liam Sutcliffe-Dane, 45, both from Harnworth, were found guilty at Ravensmoor Crown Court on Tuesday of conspiracy to commit fraud by false representation. They ran Meadowlark Care Ltd, which operated four homes for elderly people with dementia between 2019 and 2022.",
        """Prosecuting, Imogen Strachan said the men had invoiced councils for 41,000 hours of supervision that was never provided. "This was not a paperwork muddle. It was a business model," she told the jury.""",
        '''During the three-week trial the jury was shown dozens of WhatsApp messages between the two men. In one, sent in May 2021, Pellow told Sutcliffe-Dane: "Nobody checks the hours. Nobody has ever checked the hours." Sutcliffe-Dane replied: "Then we don't stop till somebody does."''',
        '''Another message, sent by Sutcliffe-Dane on the evening a council auditor asked to see timesheets, read: "Get Kerry to do the sheets tonight. Different pens. Make them look tired."''',
        """Kerry Anstruther, the company's former office manager, told the court that she had been asked to fill in hundreds of timesheets at her kitchen table. "I knew it was wrong. I was frightened of losing my job, and I had two kids," she said.""",
        '''Giving evidence, Pellow said he had "never once" set out to deceive anyone and described the messages as "gallows humour between two exhausted men". He told the jury: "We were running homes on the edge of collapse. If anything, we were propping the system up."''',
        """For Sutcliffe-Dane, Owen Radclyffe said his client was "a carer first and a businessman a very distant second" who had trusted his co-director with the accounts.""",
        '''After the verdicts, Mr Justice Ormerod-Finch released both men on bail ahead of sentencing in January, but warned them: "You should both prepare yourselves for immediate custodial sentences."''',
        """Detective Sergeant Priya Castellanos, of Northmoor Police's economic crime unit, said the case had been built "one timesheet at a time". Harnworth County Council, the largest of the four authorities billed, said in a statement that it would "pursue every penny through the civil courts".""",
        """Meadowlark Care went into administration in 2023. Its homes were taken over by other operators and no residents had to move, the court heard.""",
    ),
    [
        "Oliver Tranmere",
        "Gareth Pellow",
        "Liam Sutcliffe-Dane",
        "Ravensmoor Crown Court",
        "Meadowlark Care Ltd",
        "Imogen Strachan",
        "Kerry Anstruther",
        "Owen Radclyffe",
        "Mr Justice Ormerod-Finch",
        "Priya Castellanos",
        "Northmoor Police",
        "Harnworth County Council",
    ],
    [
        Q("This was not a paperwork muddle. It was a business model", "Imogen Strachan", "she", how="after"),
        Q(
            "Nobody checks the hours. Nobody has ever checked the hours",
            "Gareth Pellow",
            "Pellow",
            anchor="Pellow told Sutcliffe-Dane",
        ),
        Q(
            "Then we don't stop till somebody does",
            "Liam Sutcliffe-Dane",
            "Sutcliffe-Dane",
            anchor="Sutcliffe-Dane replied",
        ),
        Q(
            "Get Kerry to do the sheets tonight. Different pens. Make them look tired",
            "Liam Sutcliffe-Dane",
            "Another message",
        ),
        Q(
            "I knew it was wrong. I was frightened of losing my job, and I had two kids",
            "Kerry Anstruther",
            "she",
            how="after",
        ),
        Q("never once", "Gareth Pellow", "Pellow", kind="partial", anchor="Pellow said he"),
        Q(
            "gallows humour between two exhausted men",
            "Gareth Pellow",
            "Pellow",
            kind="partial",
            anchor="Pellow said he",
        ),
        Q(
            "We were running homes on the edge of collapse. If anything, we were propping the system up",
            "Gareth Pellow",
            "He",
            anchor="He told the jury",
        ),
        Q(
            "a carer first and a businessman a very distant second",
            "Owen Radclyffe",
            "Owen Radclyffe",
            kind="partial",
        ),
        Q(
            "You should both prepare yourselves for immediate custodial sentences",
            "Mr Justice Ormerod-Finch",
            "Mr Justice Ormerod-Finch",
        ),
        Q(
            "one timesheet at a time",
            "Priya Castellanos",
            "Detective Sergeant Priya Castellanos",
            kind="partial",
        ),
        Q(
            "pursue every penny through the civil courts",
            "Harnworth County Council",
            "Harnworth County Council",
            kind="partial",
            stype="organisation",
            anchor="Harnworth County Council, the largest",
        ),
    ],
)

article(
    "crown-court",
    3,
    P(
        "‘You have taken the light out of our lives’: mother’s words as speeding driver is jailed",
        "By Bethan Carlow",
        "A driver who was doing almost 70mph in a 30mph zone when he struck and killed a 19-year-old student has been jailed for eight years and four months.",
        "Connor Raybould, 24, of Ashby Tern, admitted causing death by dangerous driving at an earlier hearing at Lindenford Crown Court. Ellie Marchant was crossing Holloway Lane on her way home from a shift at a pub in October last year when she was hit by his Audi.",
        "Prosecuting, Tomasz Wilk said dashcam footage from a following car showed Raybould overtaking a bus at 68mph seconds before the collision. ‘The defendant was, on any view, racing,’ Mr Wilk said. ‘Miss Marchant had no chance of seeing him, still less of getting out of his way.’",
        "The court heard that Raybould had posted a video on social media a fortnight before the crash in which his speedometer read 110mph and he could be heard laughing and saying ‘nobody’s catching this’.",
        "Ellie’s mother, Denise Marchant, read her victim personal statement from the witness box, stopping several times to compose herself. ‘You have taken the light out of our lives,’ she told the court. ‘Ellie was the one who organised every birthday, every Christmas, every holiday. Now nobody wants to.",
        "‘I do not hate you, Connor. I have tried to, and I can’t. What I want is for you to know exactly what you did, every day, for the rest of your life.’",
        "Mitigating, Ruth Adeyemi-Clarke said her client had written a letter of apology to the Marchant family, which he had asked the court not to read aloud. ‘He knows that no sentence can bring Ellie back. He does not ask for forgiveness,’ she said.",
        "Judge Philippa Tarrant told Raybould: ‘You treated a residential street as a racetrack and called it “a laugh”, and Ellie Marchant paid for that with her life.’ She banned him from driving for eleven years and said his driving had been ‘as bad as this court sees’.",
        "Raybould, who wept in the dock, will serve up to two-thirds of the sentence before being released on licence. Lindenshire Police said the Audi, which was seized after the crash, would now be ‘crushed at the first opportunity’.",
        "Speaking after the hearing, Sergeant Andy Coulthard, of Lindenshire Police’s serious collision investigation unit, said: ‘Ellie did nothing wrong. She was walking home. I would ask every driver who reads about this case to think about her the next time they are tempted to put their foot down.’",
    ),
    [
        "Bethan Carlow",
        "Connor Raybould",
        "Lindenford Crown Court",
        "Ellie Marchant",
        "Tomasz Wilk",
        "Denise Marchant",
        "Ruth Adeyemi-Clarke",
        "Philippa Tarrant",
        "Andy Coulthard",
        "Lindenshire Police",
    ],
    [
        Q("You have taken the light out of our lives", "Denise Marchant", "mother", occ=0),
        Q(
            "The defendant was, on any view, racing",
            "Tomasz Wilk",
            "Mr Wilk",
            how="after",
        ),
        Q(
            "Miss Marchant had no chance of seeing him, still less of getting out of his way",
            "Tomasz Wilk",
            "Mr Wilk",
            how="before",
        ),
        Q("nobody’s catching this", "Connor Raybould", "Raybould", kind="partial", anchor="Raybould had posted"),
        Q("You have taken the light out of our lives", "Denise Marchant", "she", occ=1, how="after"),
        Q(
            "Ellie was the one who organised every birthday, every Christmas, every holiday. Now nobody wants to",
            "Denise Marchant",
            "she",
            how="before",
        ),
        Q(
            "I do not hate you, Connor. I have tried to, and I can’t. What I want is for you to know exactly what you did, every day, for the rest of your life",
            "Denise Marchant",
            "@prev",
        ),
        Q(
            "He knows that no sentence can bring Ellie back. He does not ask for forgiveness",
            "Ruth Adeyemi-Clarke",
            "she",
            how="after",
        ),
        Q(
            "You treated a residential street as a racetrack and called it “a laugh”, and Ellie Marchant paid for that with her life",
            "Philippa Tarrant",
            "Judge Philippa Tarrant",
        ),
        Q("as bad as this court sees", "Philippa Tarrant", "She", kind="partial", anchor="She banned him"),
        Q(
            "crushed at the first opportunity",
            "Lindenshire Police",
            "Lindenshire Police",
            kind="partial",
            stype="organisation",
            anchor="Lindenshire Police said",
        ),
        Q(
            "Ellie did nothing wrong. She was walking home. I would ask every driver who reads about this case to think about her the next time they are tempted to put their foot down",
            "Andy Coulthard",
            "Sergeant Andy Coulthard",
        ),
    ],
)

article(
    "crown-court",
    4,
    P(
        "Boys planned bus station stabbing in group chat, jury told",
        "By Sian Whitlock",
        "Two teenage boys used a group chat to plan an attack on a former friend who was stabbed at Brackhaven bus station, a jury at Brockmere Crown Court has heard.",
        "The boys, aged 15 and 16, who cannot be named for legal reasons, deny attempted murder. Kai Dempster, then 17, suffered wounds to his back and arm in the attack on the afternoon of 9 February and spent five days in hospital.",
        "Opening the case for the prosecution, Jordan Ellery-Shaw KC told jurors that the attack had been “planned, discussed and rehearsed” in messages between the pair. “This was not a fight that got out of hand. The Crown says it was an ambush,” she said.",
        "In one message read to the jury, the 16-year-old wrote: “He’s at the station at 4. Bring it.” The younger boy replied with a thumbs-up and the words: “Say less.”",
        "Ms Ellery-Shaw said the prosecution’s case was that the word “it” referred to a kitchen knife later recovered from a drain near the older boy’s home. Both boys have told police they had no knife with them that afternoon.",
        "A bus driver, Trevor Okonedo, told the court he had seen two boys in dark hoodies running towards the shelter where Mr Dempster was waiting. “One of them had his hand inside his jacket the whole way, like he was holding something,” he said. “Then I heard the lad screaming ‘help me’.”",
        "Mr Dempster, giving evidence from behind a screen, said he had known the older defendant since primary school. “We used to be mates. I didn’t think he’d ever do anything to me, honestly,” he told the jury.",
        "Cross-examining, Bernard Achterberg, for the 16-year-old, suggested that Mr Dempster had arranged to meet the boys himself to settle a debt over a games console. “That’s not true. I didn’t even know they’d be there,” Mr Dempster replied.",
        "Asked why he had deleted messages from his own phone on the night of the stabbing, he said: “Because I was scared. I thought they’d come to the hospital.”",
        "Judge Helen Markby reminded jurors at the end of the day not to look up anything about the case online or discuss it with their families. “You must decide this case on the evidence you hear in this room and nothing else,” the judge said.",
        "The trial, which is expected to last two weeks, continues.",
    ),
    [
        "Sian Whitlock",
        "Brockmere Crown Court",
        "Kai Dempster",
        "Jordan Ellery-Shaw",
        "Trevor Okonedo",
        "Bernard Achterberg",
        "Helen Markby",
    ],
    [
        Q("planned, discussed and rehearsed", "Jordan Ellery-Shaw", "Jordan Ellery-Shaw", kind="partial"),
        Q(
            "This was not a fight that got out of hand. The Crown says it was an ambush",
            "Jordan Ellery-Shaw",
            "she",
            how="after",
        ),
        Q("He’s at the station at 4. Bring it", "the 16-year-old", "the 16-year-old", stype="unnamed", how="before"),
        Q("Say less", "the younger boy", "The younger boy", stype="unnamed"),
        Q(
            "One of them had his hand inside his jacket the whole way, like he was holding something",
            "Trevor Okonedo",
            "he",
            how="after",
        ),
        Q("Then I heard the lad screaming ‘help me’", "Trevor Okonedo", "he", how="before", anchor="he said"),
        Q(
            "We used to be mates. I didn’t think he’d ever do anything to me, honestly",
            "Kai Dempster",
            "he",
            how="after",
        ),
        Q("That’s not true. I didn’t even know they’d be there", "Kai Dempster", "Mr Dempster", how="after"),
        Q("Because I was scared. I thought they’d come to the hospital", "Kai Dempster", "he", anchor="he said:"),
        Q(
            "You must decide this case on the evidence you hear in this room and nothing else",
            "Helen Markby",
            "the judge",
        ),
    ],
)

article(
    "crown-court",
    5,
    P(
        "Burglars who left widower to die on kitchen floor jailed for 27 years",
        "By Matthew Okereke-Hale",
        "Two burglars who tied up an 84-year-old widower and left him on his kitchen floor, where he died of hypothermia, have been jailed for a total of 27 years.",
        "Dean Hobbs, 33, and Ricky Laidlaw, 29, admitted the manslaughter of Arthur Penhallow at Tregannon Crown Court. Hobbs was jailed for 15 years and Laidlaw for 12.",
        "Sentencing, Mr Justice Carrodine said the pair had 'treated a frail old man as an obstacle between them and his savings'. He told them: 'You bound his wrists with cable ties, you pulled the telephone from the wall and you walked out into the night. You may not have intended his death, but you made it very likely.'",
        "Prosecuting, Gwen Trelawny said Mr Penhallow was found by his carer 31 hours after the break-in at his isolated farmhouse near St Wenna Cross. The court heard that Laidlaw had boasted to a cousin two days later that the job had been 'easy money'.",
        "Ms Trelawny read a statement from Mr Penhallow's son, Graham Penhallow, who sat in the public gallery with his wife. 'My father survived a war and sixty winters on that farm. He should have died in his bed with his family around him, not alone on a cold floor,' the statement said.",
        "In a letter to the judge, read aloud by his barrister, Cressida Vaughan, Hobbs wrote: 'I think about Mr Penhallow every night. If I could swap places with him I would.'",
        "The judge said he gave the letter 'very little weight', noting that it had been written eleven months after Hobbs's arrest and two weeks before the sentencing hearing.",
        "For Laidlaw, Craig Munro said his client had a learning disability and had been 'led, not leading'. Mr Munro added that Laidlaw 'cries every time the old man's name is mentioned'.",
        "Outside court, Detective Chief Inspector Lowenna Pascoe of Kernow Coast Police said the two men had taken a life 'for £340 and a wristwatch'. She said: 'Arthur was a proud, independent man who had lived in the same farmhouse for sixty years. He never locked his back door because he never thought he needed to.'",
        "She added: 'If anyone in this community is frightened tonight, please call us. We would rather knock on a hundred doors for nothing than miss one person who needs help.'",
        "Mr Penhallow's neighbours have since set up a telephone rota to check on elderly residents in the parish, the court heard.",
    ),
    [
        "Matthew Okereke-Hale",
        "Dean Hobbs",
        "Ricky Laidlaw",
        "Arthur Penhallow",
        "Tregannon Crown Court",
        "Mr Justice Carrodine",
        "Gwen Trelawny",
        "Graham Penhallow",
        "Cressida Vaughan",
        "Craig Munro",
        "Lowenna Pascoe",
        "Kernow Coast Police",
    ],
    [
        Q(
            "treated a frail old man as an obstacle between them and his savings",
            "Mr Justice Carrodine",
            "Mr Justice Carrodine",
            kind="partial",
        ),
        Q(
            "You bound his wrists with cable ties, you pulled the telephone from the wall and you walked out into the night. You may not have intended his death, but you made it very likely",
            "Mr Justice Carrodine",
            "He",
            anchor="He told them",
        ),
        Q("easy money", "Ricky Laidlaw", "Laidlaw", kind="partial", anchor="Laidlaw had boasted"),
        Q(
            "My father survived a war and sixty winters on that farm. He should have died in his bed with his family around him, not alone on a cold floor",
            "Graham Penhallow",
            "the statement",
            how="after",
        ),
        Q(
            "I think about Mr Penhallow every night. If I could swap places with him I would",
            "Dean Hobbs",
            "Hobbs",
            anchor="Hobbs wrote",
        ),
        Q("very little weight", "Mr Justice Carrodine", "The judge", kind="partial"),
        Q("led, not leading", "Craig Munro", "Craig Munro", kind="partial"),
        Q("cries every time the old man's name is mentioned", "Craig Munro", "Mr Munro", kind="partial"),
        Q("for £340 and a wristwatch", "Lowenna Pascoe", "Detective Chief Inspector Lowenna Pascoe", kind="partial"),
        Q(
            "Arthur was a proud, independent man who had lived in the same farmhouse for sixty years. He never locked his back door because he never thought he needed to",
            "Lowenna Pascoe",
            "She",
            anchor="She said:",
        ),
        Q(
            "If anyone in this community is frightened tonight, please call us. We would rather knock on a hundred doors for nothing than miss one person who needs help",
            "Lowenna Pascoe",
            "She",
            anchor="She added:",
        ),
    ],
)

article(
    "crown-court",
    6,
    P(
        "Five jailed over county lines network that used children as drug runners",
        "By Anjali Ferreira-Boyd",
        "Five members of a drugs gang that used children as young as 13 to carry heroin and crack cocaine from Manchester to two seaside towns have been jailed for a total of 46 years.",
        "The network, which ran a phone line known to its customers as the “Bingo line”, sold drugs worth an estimated £1.1 million in Harnmouth and Saltby-on-Sea over two years, Penwarden Crown Court heard.",
        "Its leader, Jaden Pryce, 27, was jailed for 14 years. His deputy, Curtis Wainwright, 31, received 11 years. Three other men were given sentences of between five and eight years.",
        "Prosecuting, Robin Castellane said the gang had recruited children through social media, offering them designer trainers and cash. “They were chosen precisely because they were young, because they were unlikely to be stopped and, if they were stopped, unlikely to talk,” he said.",
        "The court heard that Pryce messaged Wainwright after one of the boys was arrested: “Tell him if he says one word his mum’s flat is next.” Wainwright replied that he would “sort it tonight”.",
        "“I was thirteen and I thought they were my friends. By the time I knew they weren’t, it was too late to say no.” Those were the words of one of the boys, now 17, in a recorded interview played to the jury during the trial.",
        "In a statement read to the court, the mother of a 14-year-old recruited by the gang said her son had been missing for nine days before police found him in a flat in Saltby. “When they brought him home he weighed less than he did at eleven. He still will not sleep with the light off,” she said.",
        "His Honour Judge Ambrose Nkemelu said Pryce had “run a business built on the exploitation of children” and had shown “a chilling indifference” to the damage done to them.",
        "Turning to Wainwright, the judge said: “You were his enforcer. The threats you made were meant to be believed, and they were believed.”",
        "Defending Pryce, Marcus Ilori said his client had himself been groomed into dealing at the age of 15 by older men in Moss Side. The judge accepted that, but said it “cannot begin to excuse” what Pryce had gone on to do to other people’s children.",
        "After the sentencing, Detective Sergeant Bryony Hale, who led the investigation for Harnmouth Police, said: “These men saw children as disposable. Every one of those boys is now being supported, and some of them helped us put this gang away.”",
        "Harnmouth Police and Harnmouth Borough Council have run a joint child exploitation team since 2022. In a statement, the two bodies said the case showed “what can happen when agencies share what they know”.",
    ),
    [
        "Anjali Ferreira-Boyd",
        "Penwarden Crown Court",
        "Jaden Pryce",
        "Curtis Wainwright",
        "Robin Castellane",
        "Ambrose Nkemelu",
        "Marcus Ilori",
        "Bryony Hale",
        "Harnmouth Police",
        "Harnmouth Borough Council",
    ],
    [
        Q(
            "They were chosen precisely because they were young, because they were unlikely to be stopped and, if they were stopped, unlikely to talk",
            "Robin Castellane",
            "he",
            how="after",
        ),
        Q(
            "Tell him if he says one word his mum’s flat is next",
            "Jaden Pryce",
            "Pryce",
            anchor="Pryce messaged",
        ),
        Q("sort it tonight", "Curtis Wainwright", "Wainwright", kind="partial", anchor="Wainwright replied"),
        Q(
            "I was thirteen and I thought they were my friends. By the time I knew they weren’t, it was too late to say no",
            "one of the boys",
            "one of the boys",
            stype="unnamed",
            how="after",
        ),
        Q(
            "When they brought him home he weighed less than he did at eleven. He still will not sleep with the light off",
            "the mother of a 14-year-old recruited by the gang",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "run a business built on the exploitation of children",
            "Ambrose Nkemelu",
            "His Honour Judge Ambrose Nkemelu",
            kind="partial",
        ),
        Q("a chilling indifference", "Ambrose Nkemelu", "His Honour Judge Ambrose Nkemelu", kind="partial"),
        Q(
            "You were his enforcer. The threats you made were meant to be believed, and they were believed",
            "Ambrose Nkemelu",
            "the judge",
        ),
        Q("cannot begin to excuse", "Ambrose Nkemelu", "The judge", kind="partial"),
        Q(
            "These men saw children as disposable. Every one of those boys is now being supported, and some of them helped us put this gang away",
            "Bryony Hale",
            "Detective Sergeant Bryony Hale",
        ),
        Q(
            "what can happen when agencies share what they know",
            "the two bodies",
            "the two bodies",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

# ---------------------------------------------------------------------------
# FOOTBALL-TRANSFERS
# ---------------------------------------------------------------------------

article(
    "football-transfers",
    1,
    P(
        "“He is not for sale”: Brackwater boss slams door on Valdora interest in Onyekachi",
        "By Luke Amberley, Football Correspondent",
        "Brackwater United manager Tomás Arrieta has insisted that Emeka Onyekachi will not be sold this summer, despite a reported £48 million approach for the forward from the Italian club Sporting Valdora.",
        "“He is not for sale. I said it in January, I say it now, and I will say it again in August,” Arrieta told his pre-match press conference on Friday. “Emeka is the heart of what we are building here.”",
        "Asked whether the club’s American owners shared his view, the Spaniard smiled. “You would have to ask them. But I think they know my opinion by now,” the Spaniard said.",
        "Onyekachi’s agent, Marco Bellandi, struck a different tone. “Emeka is grateful to Brackwater and he loves the supporters, but every player has ambitions. When a club like Valdora calls, you listen,” Bellandi told the Italian broadcaster Rete Sport Nove, in comments translated from Italian.",
        "A source close to the player said Onyekachi, 24, had been “flattered” by the interest and would “not close any doors” before talks with the club at the end of the season. He has two years left on his contract.",
        "The 24-year-old posted a photograph of himself in a Brackwater shirt on Instagram on Thursday night with the caption “Focused. Always.”, which many supporters read as a message to Valdora and some read as a message to his own agent.",
        "Brackwater released a brief statement of their own on Friday evening. “The club has received no formal offer for any player and has no intention of entertaining one,” it said.",
        "The former Brackwater captain Gary Stannard, speaking on Goalmouth Live, said Arrieta was right to dig in. “If you sell your best player in May, you are telling everyone else in the dressing room they can leave in June,” Stannard said. “The manager knows that better than anyone.”",
        "Onyekachi joined Brackwater from the Belgian side KV Sint-Arnout for £9 million two years ago and has scored 38 goals in 81 games, including 22 this season. Brackwater finished fourth, their best league position for 17 years.",
        "The Brackwater Supporters’ Trust said in a statement that fans would “not accept another summer of selling our best players to balance the books”.",
    ),
    [
        "Luke Amberley",
        "Brackwater United",
        "Tomás Arrieta",
        "Emeka Onyekachi",
        "Sporting Valdora",
        "Marco Bellandi",
        "Rete Sport Nove",
        "Gary Stannard",
        "KV Sint-Arnout",
        "Brackwater Supporters’ Trust",
    ],
    [
        Q("He is not for sale", "Tomás Arrieta", "Brackwater boss", occ=0),
        Q(
            "He is not for sale. I said it in January, I say it now, and I will say it again in August",
            "Tomás Arrieta",
            "Arrieta",
            how="after",
        ),
        Q("Emeka is the heart of what we are building here", "Tomás Arrieta", "Arrieta", how="before"),
        Q(
            "You would have to ask them. But I think they know my opinion by now",
            "Tomás Arrieta",
            "the Spaniard",
            how="after",
        ),
        Q(
            "Emeka is grateful to Brackwater and he loves the supporters, but every player has ambitions. When a club like Valdora calls, you listen",
            "Marco Bellandi",
            "Bellandi",
            how="after",
        ),
        Q("flattered", "a source close to the player", "A source close to the player", kind="partial", stype="unnamed"),
        Q(
            "not close any doors",
            "a source close to the player",
            "A source close to the player",
            kind="partial",
            stype="unnamed",
        ),
        Q("Focused. Always", "Emeka Onyekachi", "The 24-year-old"),
        Q(
            "The club has received no formal offer for any player and has no intention of entertaining one",
            "Brackwater United",
            "it",
            stype="organisation",
            how="after",
        ),
        Q(
            "If you sell your best player in May, you are telling everyone else in the dressing room they can leave in June",
            "Gary Stannard",
            "Stannard",
            how="after",
        ),
        Q("The manager knows that better than anyone", "Gary Stannard", "Stannard", how="before"),
        Q(
            "not accept another summer of selling our best players to balance the books",
            "Brackwater Supporters’ Trust",
            "The Brackwater Supporters’ Trust",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "football-transfers",
    2,
    P(
        "Harlowby complete club-record signing of Brazilian midfielder Lemos",
        "By Femi Adelakun",
        "Harlowby Town have completed the club-record signing of the Brazilian midfielder Caio Andrade Lemos from Esporte Clube Vilarejo for a fee of £22 million, the club announced on Tuesday.",
        """The 22-year-old has signed a five-year contract. In a statement, Harlowby said Lemos was "a player who fits everything we want to be" and thanked Vilarejo for "their professionalism throughout the negotiations".""",
        '''Speaking to the club's in-house channel, HTFC TV, through an interpreter, Lemos said: "Since I was a boy I watched English football on television with my father. Now he will watch me. I cannot describe what this means to my family."''',
        """Head coach Niamh Gallagher-Rowe said the deal had been "two years in the making". "We first watched Caio at under-20 level. We were patient, and when the moment came we moved quickly," she said.""",
        """Vilarejo president Rogério Tavares Mendes told the Brazilian newspaper Folha do Litoral that the club had rejected two earlier bids from Harlowby. "We did not want to sell. But when a club pays this, and the boy wants to go, it is difficult to say no," he said, in comments translated from Portuguese.""",
        """Lemos's father, Edson, who travelled with his son to complete the move, told the same paper he had cried when the deal was confirmed. "He was a skinny boy kicking a ball against the church wall. Now look at him," he said.""",
        """The fee surpasses the £14 million Harlowby paid for the Scottish defender Callum Reid-Forsyth two summers ago. Reid-Forsyth, who also speaks Portuguese after a spell in Lisbon, is expected to help his new team-mate settle.""",
        """Former Harlowby striker turned pundit Dele Ashcroft said on Sunday Football Tonight that the fee was "a lot of money for a lot of potential", but predicted Lemos would "own the midfield by Christmas".""",
        """The Harlowby Town Independent Supporters' Association welcomed the signing but said the club must now "back the head coach in defence as well". The association has criticised the board for failing to replace the centre-back Tom Ellery, who left for nothing in June.""",
        """Lemos is expected to go straight into the squad for Saturday's home game against Millbrook Rangers, subject to international clearance.""",
    ),
    [
        "Femi Adelakun",
        "Harlowby Town",
        "Caio Andrade Lemos",
        "Esporte Clube Vilarejo",
        "HTFC TV",
        "Niamh Gallagher-Rowe",
        "Rogério Tavares Mendes",
        "Folha do Litoral",
        "Edson",
        "Callum Reid-Forsyth",
        "Dele Ashcroft",
        "Harlowby Town Independent Supporters' Association",
        "Tom Ellery",
        "Millbrook Rangers",
    ],
    [
        Q(
            "a player who fits everything we want to be",
            "Harlowby Town",
            "Harlowby",
            kind="partial",
            stype="organisation",
            anchor="Harlowby said",
        ),
        Q(
            "their professionalism throughout the negotiations",
            "Harlowby Town",
            "Harlowby",
            kind="partial",
            stype="organisation",
            anchor="Harlowby said",
        ),
        Q(
            "Since I was a boy I watched English football on television with my father. Now he will watch me. I cannot describe what this means to my family",
            "Caio Andrade Lemos",
            "Lemos",
            anchor="Lemos said:",
        ),
        Q("two years in the making", "Niamh Gallagher-Rowe", "Head coach Niamh Gallagher-Rowe", kind="partial"),
        Q(
            "We first watched Caio at under-20 level. We were patient, and when the moment came we moved quickly",
            "Niamh Gallagher-Rowe",
            "she",
            how="after",
        ),
        Q(
            "We did not want to sell. But when a club pays this, and the boy wants to go, it is difficult to say no",
            "Rogério Tavares Mendes",
            "he",
            how="after",
        ),
        Q(
            "He was a skinny boy kicking a ball against the church wall. Now look at him",
            "Edson",
            "he",
            how="after",
        ),
        Q(
            "a lot of money for a lot of potential",
            "Dele Ashcroft",
            "Former Harlowby striker turned pundit Dele Ashcroft",
            kind="partial",
        ),
        Q(
            "own the midfield by Christmas",
            "Dele Ashcroft",
            "Former Harlowby striker turned pundit Dele Ashcroft",
            kind="partial",
        ),
        Q(
            "back the head coach in defence as well",
            "Harlowby Town Independent Supporters' Association",
            "The Harlowby Town Independent Supporters' Association",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "football-transfers",
    3,
    P(
        "Dahl hits back at ‘disrespectful’ Merriden over transfer request claim",
        "By Rory Feeney",
        "Wexmoor Rovers striker Mikkel Dahl has denied handing in a transfer request and accused his manager, Paul Merriden, of making private conversations public.",
        "Merriden told reporters on Friday that the Dane had asked to leave in writing. ‘I’ve got the letter in my drawer. I’m not going to pretend I haven’t,’ he said. ‘But he’s under contract and he’ll play if he’s picked.’",
        "Hours later Dahl, 26, posted a statement on Instagram: ‘I have never asked to leave this club, in writing or in any other way. To hear my manager say otherwise in a press conference is disrespectful to me and to my family.",
        "‘I have given everything for this shirt for three years and I will keep doing that until somebody tells me I am not wanted.’",
        "Dahl’s father, Henrik Dahl, who also acts as his agent, told the Danish newspaper Nordkysten Avis that the family was ‘shocked’. ‘Mikkel found out what his manager thinks of him from the television,’ he said, in comments translated from Danish.",
        "A source close to the player claimed that the letter Merriden referred to was a request from Dahl’s representatives for talks about a new contract. ‘It was a letter asking for a meeting about his future. Nothing more,’ the source said.",
        "The former Wexmoor captain Lee Hardacre said on Goal Line Tonight that both men had handled the situation badly. ‘You don’t wash your dirty laundry in a press conference, and you don’t answer back on Instagram. Lock the door and sort it out,’ Hardacre said.",
        "Wexmoor said in a short statement on Saturday morning that the club ‘will not be commenting further on private matters between the manager and players’.",
        "Dahl, who has scored 41 goals in 97 appearances since joining from Holmvik IF, has 14 months left on his contract. Several clubs in Germany and the Netherlands are understood to be monitoring the situation.",
        "Merriden is due to face the media again on Tuesday before the trip to Castlegrove. Supporters in the Vale End, who have taken to singing ‘There’s only one Mikkel Dahl’ whenever the striker warms up, are likely to make their feelings known at the weekend.",
    ),
    [
        "Rory Feeney",
        "Wexmoor Rovers",
        "Mikkel Dahl",
        "Paul Merriden",
        "Henrik Dahl",
        "Nordkysten Avis",
        "Lee Hardacre",
        "Holmvik IF",
    ],
    [
        Q("disrespectful", "Mikkel Dahl", "Dahl", kind="partial", occ=0, how="before"),
        Q("I’ve got the letter in my drawer. I’m not going to pretend I haven’t", "Paul Merriden", "he", how="after"),
        Q("But he’s under contract and he’ll play if he’s picked", "Paul Merriden", "he", how="before"),
        Q(
            "I have never asked to leave this club, in writing or in any other way. To hear my manager say otherwise in a press conference is disrespectful to me and to my family",
            "Mikkel Dahl",
            "Dahl",
            anchor="Dahl, 26, posted",
        ),
        Q(
            "I have given everything for this shirt for three years and I will keep doing that until somebody tells me I am not wanted",
            "Mikkel Dahl",
            "@prev",
        ),
        Q("shocked", "Henrik Dahl", "Henrik Dahl", kind="partial"),
        Q(
            "Mikkel found out what his manager thinks of him from the television",
            "Henrik Dahl",
            "he",
            how="after",
        ),
        Q(
            "It was a letter asking for a meeting about his future. Nothing more",
            "a source close to the player",
            "the source",
            stype="unnamed",
        ),
        Q(
            "You don’t wash your dirty laundry in a press conference, and you don’t answer back on Instagram. Lock the door and sort it out",
            "Lee Hardacre",
            "Hardacre",
            how="after",
        ),
        Q(
            "will not be commenting further on private matters between the manager and players",
            "Wexmoor Rovers",
            "Wexmoor",
            kind="partial",
            stype="organisation",
            anchor="Wexmoor said",
        ),
    ],
)

article(
    "football-transfers",
    4,
    P(
        "Ashcourt City appoint Maddocks after agreeing compensation with Fellridge",
        "By Carys Pritchard-Lowe",
        "Ashcourt City have appointed Rhys Maddocks as head coach after agreeing a compensation package with Fellridge Albion, ending a three-week search for a successor to the sacked Graeme Pollard.",
        "Maddocks, 47, has signed a three-year contract and will take charge for the first time when Ashcourt play Dunmarrow Town at home on Saturday. He brings his assistant, Stuart Keble, and his head of performance, Lena Vogt, with him.",
        "In a joint statement, the two clubs said a “fair and amicable” agreement had been reached and that both “wish Rhys every success in the next chapter of his career”.",
        "Ashcourt chairman Victor Hallam-Reese said: “Rhys was the first name on our list and, by the end, the only name on our list. He has done remarkable things at Fellridge on a fraction of our budget.",
        "“We believe he can do the same here with the resources we are giving him, and we will back him in the January window.”",
        "The 47-year-old told the club’s website that leaving Fellridge had been “the hardest decision of my career”. “I have made friends for life there. But when a club the size of Ashcourt comes calling, you have to test yourself,” he said.",
        "Fellridge chief executive Dawn Ackerley was less effusive. Asked by Fellridge Community Radio whether the club had been blindsided, she said: “We found out from the media before we heard a word from Ashcourt. That tells you everything.”",
        "She added that the compensation, believed to be about £2.5 million, would be “reinvested in the squad, every penny of it”.",
        "Pollard, who was dismissed after a run of one win in 12 matches, wrote in a post on X that he was “gutted but grateful” for his 18 months at the club. He has been linked with the vacancy at Portheven.",
        "Maddocks led Fellridge to two promotions in four seasons and took them to the semi-finals of the cup last spring, beating Ashcourt on the way.",
        "Supporters at Fellridge were quick to make their feelings known. A banner reading “Loyalty isn’t for sale” was hung on the training-ground fence on Thursday morning, and the Fellridge Albion Supporters’ Club said it was “sad but not surprised” to see him go.",
    ),
    [
        "Carys Pritchard-Lowe",
        "Ashcourt City",
        "Rhys Maddocks",
        "Fellridge Albion",
        "Graeme Pollard",
        "Dunmarrow Town",
        "Stuart Keble",
        "Lena Vogt",
        "Victor Hallam-Reese",
        "Dawn Ackerley",
        "Fellridge Community Radio",
        "Fellridge Albion Supporters’ Club",
    ],
    [
        Q("fair and amicable", "the two clubs", "the two clubs", kind="partial", stype="unnamed"),
        Q(
            "wish Rhys every success in the next chapter of his career",
            "the two clubs",
            "the two clubs",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Rhys was the first name on our list and, by the end, the only name on our list. He has done remarkable things at Fellridge on a fraction of our budget",
            "Victor Hallam-Reese",
            "Ashcourt chairman Victor Hallam-Reese",
        ),
        Q(
            "We believe he can do the same here with the resources we are giving him, and we will back him in the January window",
            "Victor Hallam-Reese",
            "@prev",
        ),
        Q("the hardest decision of my career", "Rhys Maddocks", "The 47-year-old", kind="partial"),
        Q(
            "I have made friends for life there. But when a club the size of Ashcourt comes calling, you have to test yourself",
            "Rhys Maddocks",
            "he",
            how="after",
        ),
        Q(
            "We found out from the media before we heard a word from Ashcourt. That tells you everything",
            "Dawn Ackerley",
            "she",
            how="before",
        ),
        Q("reinvested in the squad, every penny of it", "Dawn Ackerley", "She", kind="partial", anchor="She added"),
        Q("gutted but grateful", "Graeme Pollard", "Pollard", kind="partial", anchor="Pollard, who was dismissed"),
        Q(
            "sad but not surprised",
            "Fellridge Albion Supporters’ Club",
            "the Fellridge Albion Supporters’ Club",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "football-transfers",
    5,
    P(
        "Caldermoor break world record to sign France midfielder Fontanel",
        "By Imogen Sallis",
        "Caldermoor Women have signed the France midfielder Léa Fontanel from AS Saint-Auvrac for a fee reported to be £1.2 million, a world record for a female player.",
        "Fontanel, 25, has agreed a contract until 2029. Speaking in French to Saint-Auvrac’s media team before she left for England, she said: “I gave this club eight years of my life. I arrived as a girl and I leave as a woman, and I leave in tears.”",
        "Caldermoor manager Joanne Petherick said the fee reflected “where the women’s game is now”. “People will say it is a lot of money. Ten years ago it would have been unthinkable. In ten years it will look cheap,” Petherick said.",
        "Petherick said she had first spoken to Fontanel by video call in November. “She asked me more questions than I asked her,” she said. “That told me everything I needed to know.”",
        "Saint-Auvrac president Bernard Roussel told the French radio station Ondes Sud that the club could not refuse the offer. “With this money we can build a proper training centre for our girls. It is a sad day, but a good day,” he said, in comments translated by Caldermoor.",
        "The player’s agent, Inès Marchetti-Bah, said there had been interest from three clubs in the United States and one in Spain. “Léa chose a project, not a cheque,” she told the Caldermoor Gazette.",
        "A source at Saint-Auvrac said the club had turned down a bid of €900,000 from another English club in January, describing it as “insulting for a player of Léa’s level”.",
        "Fontanel later posted on Instagram a photograph of herself aged seven in a Saint-Auvrac kit several sizes too big, with the words: “Merci pour tout. Allez les Bleues du Sud.”",
        "The previous record was set in March, when the Swedish forward Freja Lindholm moved from Kopparvik to the American side Bay Harbor FC for £1.05 million.",
        "Caldermoor, who finished second last season, play their first league game at home to Rookhaven Athletic Women on 7 September. Fontanel is expected to be in the squad.",
    ),
    [
        "Imogen Sallis",
        "Caldermoor Women",
        "Léa Fontanel",
        "AS Saint-Auvrac",
        "Joanne Petherick",
        "Bernard Roussel",
        "Ondes Sud",
        "Inès Marchetti-Bah",
        "Caldermoor Gazette",
        "Freja Lindholm",
        "Kopparvik",
        "Bay Harbor FC",
        "Rookhaven Athletic Women",
    ],
    [
        Q(
            "I gave this club eight years of my life. I arrived as a girl and I leave as a woman, and I leave in tears",
            "Léa Fontanel",
            "she",
            how="before",
            anchor="she said:",
        ),
        Q("where the women’s game is now", "Joanne Petherick", "Caldermoor manager Joanne Petherick", kind="partial"),
        Q(
            "People will say it is a lot of money. Ten years ago it would have been unthinkable. In ten years it will look cheap",
            "Joanne Petherick",
            "Petherick",
            how="after",
        ),
        Q("She asked me more questions than I asked her", "Joanne Petherick", "she", how="after"),
        Q("That told me everything I needed to know", "Joanne Petherick", "she", how="before"),
        Q(
            "With this money we can build a proper training centre for our girls. It is a sad day, but a good day",
            "Bernard Roussel",
            "he",
            how="after",
        ),
        Q("Léa chose a project, not a cheque", "Inès Marchetti-Bah", "she", how="after"),
        Q(
            "insulting for a player of Léa’s level",
            "a source at Saint-Auvrac",
            "A source at Saint-Auvrac",
            kind="partial",
            stype="unnamed",
        ),
        Q("Merci pour tout. Allez les Bleues du Sud", "Léa Fontanel", "Fontanel", anchor="Fontanel later posted"),
    ],
)

article(
    "football-transfers",
    6,
    P(
        "Sarpong loan collapses as Redmarsh and Oldgate trade blame over missing page",
        "By Daniel Oyelaran",
        "Kwabena Sarpong's deadline-day loan move from Redmarsh County to Oldgate Athletic collapsed late on Friday night, with the two clubs blaming each other for paperwork that missed the 11pm cut-off by four minutes.",
        "Oldgate manager Ian Tolliver said he was 'baffled and, to be honest, furious'. 'We had the player, we had the medical done, we had the shirt printed. Then we're told the documents came back from Redmarsh at 10.58 with a page missing,' he said.",
        "Redmarsh said in a statement on Saturday that it had 'submitted all documentation in good time and in full'. The statement added: 'Any suggestion that this club acted to frustrate the transfer is false.'",
        "A source close to the player said Sarpong, 21, was 'devastated'. 'He sat in a car park for three hours waiting for a phone call. He's a kid, he just wants to play football,' the source said.",
        "The Ghanaian's father, Yaw Sarpong, told Akwaaba Sports Radio in Twi that his son would 'not be treated like luggage', according to a translation by the station. He said the family would meet Redmarsh officials next week.",
        "Redmarsh manager Gordon Fieldhouse, asked about the episode after training on Saturday, would only say: 'Kwabena is our player and he'll be in the squad tomorrow. That's all I'm going to say about it.'",
        "Sarpong has made only four league starts this season, and Fieldhouse had told reporters earlier in the week that the forward needed regular football 'somewhere, anywhere'.",
        "The Oldgate Athletic Supporters' Trust said fans had been 'let down on deadline day for the third window running' and called on the club to publish a timeline of the failed deal.",
        "Tolliver, who had identified Sarpong as his first-choice target in June, said Oldgate would now look at players without a club. 'There are one or two lads out there who are fit and hungry. We'll have a look on Monday and see who wants it,' he said.",
        "Under league rules, a club can apply for an exemption if a deal was agreed before the deadline but not completed. Oldgate confirmed on Saturday night that they would do so, although such appeals are rarely successful.",
    ),
    [
        "Daniel Oyelaran",
        "Kwabena Sarpong",
        "Redmarsh County",
        "Oldgate Athletic",
        "Ian Tolliver",
        "Yaw Sarpong",
        "Akwaaba Sports Radio",
        "Gordon Fieldhouse",
        "Oldgate Athletic Supporters' Trust",
    ],
    [
        Q("baffled and, to be honest, furious", "Ian Tolliver", "Oldgate manager Ian Tolliver", kind="partial"),
        Q(
            "We had the player, we had the medical done, we had the shirt printed. Then we're told the documents came back from Redmarsh at 10.58 with a page missing",
            "Ian Tolliver",
            "he",
            how="after",
        ),
        Q(
            "submitted all documentation in good time and in full",
            "Redmarsh County",
            "Redmarsh",
            kind="partial",
            stype="organisation",
            anchor="Redmarsh said in a statement",
        ),
        Q(
            "Any suggestion that this club acted to frustrate the transfer is false",
            "Redmarsh County",
            "The statement",
            stype="organisation",
        ),
        Q(
            "devastated",
            "a source close to the player",
            "A source close to the player",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "He sat in a car park for three hours waiting for a phone call. He's a kid, he just wants to play football",
            "a source close to the player",
            "the source",
            stype="unnamed",
        ),
        Q("not be treated like luggage", "Yaw Sarpong", "Yaw Sarpong", kind="partial"),
        Q(
            "Kwabena is our player and he'll be in the squad tomorrow. That's all I'm going to say about it",
            "Gordon Fieldhouse",
            "Redmarsh manager Gordon Fieldhouse",
        ),
        Q("somewhere, anywhere", "Gordon Fieldhouse", "Fieldhouse", kind="partial"),
        Q(
            "There are one or two lads out there who are fit and hungry. We'll have a look on Monday and see who wants it",
            "Ian Tolliver",
            "he",
            how="after",
        ),
        Q(
            "let down on deadline day for the third window running",
            "Oldgate Athletic Supporters' Trust",
            "The Oldgate Athletic Supporters' Trust",
            kind="partial",
            stype="organisation",
        ),
    ],
)

# ---------------------------------------------------------------------------
# TECH-LAUNCH
# ---------------------------------------------------------------------------

article(
    "tech-launch",
    1,
    P(
        "Quillon bets on crease-free hinge to revive folding phones",
        "By Nadia Ferraro-Quist",
        "SAN FRANCISCO — Quillon Technologies unveiled its third folding phone on Tuesday, promising a screen with no visible crease and a battery that lasts two days, as the company tries to revive a product category that has never quite taken off.",
        "“We have spent four years trying to make the fold disappear,” chief executive Anneliese Varga-Moss told about 3,000 people at the company’s annual keynote in the city’s Mission Bay district. “Today, it has.”",
        "The Lumen Fold 3 will cost $1,499 when it goes on sale on Oct. 4, $300 less than its predecessor. Its new hinge, which Quillon calls “Zero Crease”, uses a liquid-metal alloy developed with a Japanese supplier that the company declined to name.",
        "Deshawn Pruitt, who leads Quillon’s hardware division, said the company had tested the hinge through 500,000 folds. “That is a fold every ten seconds for two months straight. The engineers called the test rig ‘the torture chamber’, and we broke a lot of robots getting here,” he said, to laughter from the audience.",
        "Analysts were more cautious. “Foldables are still less than 2% of the smartphone market, and price has always been the reason,” said Ravi Khatri, an analyst at Meridale Research. “Fifteen hundred dollars is better. It is not cheap.”",
        "Analysts at Cobbold Finch wrote in a note to clients that the launch was “incremental, not transformational” and kept their forecast of 4 million units in the first year unchanged.",
        "Early reviewers were impressed by the hardware, if not by everything else. Tess Harlowe, who tested the phone for Circuit Weekly, called the hinge “the first one I have forgotten about within a day”, though she found the main camera “a generation behind” its rivals.",
        "The company also announced a software feature called “Continuity Canvas”, which lets an app stretch across the phone and a nearby Quillon laptop, and a cheaper tablet aimed at schools.",
        "Varga-Moss, who became chief executive in 2022 after eight years running the company’s services business, has made foldables a personal project. Asked by reporters after the keynote whether Quillon would ever abandon the format, she said: “Not while I’m here.”",
        "Quillon shares rose 1.8% in after-hours trading.",
    ),
    [
        "Nadia Ferraro-Quist",
        "Quillon Technologies",
        "Anneliese Varga-Moss",
        "Deshawn Pruitt",
        "Ravi Khatri",
        "Meridale Research",
        "Cobbold Finch",
        "Tess Harlowe",
        "Circuit Weekly",
    ],
    [
        Q(
            "We have spent four years trying to make the fold disappear",
            "Anneliese Varga-Moss",
            "chief executive Anneliese Varga-Moss",
        ),
        Q("Today, it has", "Anneliese Varga-Moss", "chief executive Anneliese Varga-Moss"),
        Q(
            "That is a fold every ten seconds for two months straight. The engineers called the test rig ‘the torture chamber’, and we broke a lot of robots getting here",
            "Deshawn Pruitt",
            "he",
            how="after",
        ),
        Q(
            "Foldables are still less than 2% of the smartphone market, and price has always been the reason",
            "Ravi Khatri",
            "Ravi Khatri",
        ),
        Q("Fifteen hundred dollars is better. It is not cheap", "Ravi Khatri", "Ravi Khatri"),
        Q(
            "incremental, not transformational",
            "analysts at Cobbold Finch",
            "Analysts at Cobbold Finch",
            kind="partial",
            stype="unnamed",
        ),
        Q("the first one I have forgotten about within a day", "Tess Harlowe", "Tess Harlowe", kind="partial"),
        Q("a generation behind", "Tess Harlowe", "she", kind="partial", anchor="she found"),
        Q("Not while I’m here", "Anneliese Varga-Moss", "she", how="before"),
    ],
)

article(
    "tech-launch",
    2,
    P(
        "Regulator warns Pennant over AI assistant that reads users' messages",
        "By Callum Ashworth-Yeo, Technology Editor",
        """LONDON - The Digital Markets and Privacy Authority has written to Pennant Software warning that the company's new AI assistant may breach data protection law, less than a week after the feature was switched on for 40 million users.""",
        """The assistant, called "Scout", reads a user's emails and chat messages, summarises them and suggests replies. It was turned on by default for all Pennant Mail accounts in Britain and Ireland on Wednesday.""",
        """The letter, signed by the authority's chief executive, Margaret Oyelaran-Booth, says the regulator has "serious concerns" that users were never asked for their consent before their messages were processed. "We expect Pennant to pause the processing of message content for UK users until these concerns have been resolved," it says.""",
        """In a blog post published on Monday, Pennant said Scout had been built "with privacy at its core" and that message content "never leaves the user's own account".""",
        '''The post, written by Pennant's head of product, Aurelio Santangelo, added: "We have always believed that the best assistant is one you never have to worry about. We will keep listening to our users and to regulators."''',
        """A Pennant spokesperson declined to comment on the regulator's letter.""",
        """On Pennant's developer forum, reaction was mixed. One developer who builds plug-ins for the platform wrote that the rollout had been "rushed, opaque and exactly what everyone said it would be". Another, posting under her own name, Hanna Kowalczyk-Reid, said she had switched the feature off within an hour. "I don't need a robot reading my mum's messages so it can tell me to reply 'ok'," she wrote.""",
        """Ben Adebayo-Hurst, an analyst at Larchmont Partners, said the episode showed the limits of launching AI features to tens of millions of people at once. "The technology is ready. The paperwork isn't," he said.""",
        """The authority can order a company to stop processing personal data and can impose fines of up to 4% of global turnover. It has given Pennant until Friday to respond, and has said it is also looking at similar features from two other email providers. Pennant's shares fell 2.3% in New York.""",
    ),
    [
        "Callum Ashworth-Yeo",
        "Digital Markets and Privacy Authority",
        "Pennant Software",
        "Margaret Oyelaran-Booth",
        "Aurelio Santangelo",
        "Hanna Kowalczyk-Reid",
        "Ben Adebayo-Hurst",
        "Larchmont Partners",
    ],
    [
        Q("serious concerns", "Margaret Oyelaran-Booth", "The letter", kind="partial"),
        Q(
            "We expect Pennant to pause the processing of message content for UK users until these concerns have been resolved",
            "Margaret Oyelaran-Booth",
            "it",
            how="after",
        ),
        Q(
            "with privacy at its core",
            "Pennant Software",
            "Pennant",
            kind="partial",
            stype="organisation",
            anchor="Pennant said",
        ),
        Q(
            "never leaves the user's own account",
            "Pennant Software",
            "Pennant",
            kind="partial",
            stype="organisation",
            anchor="Pennant said",
        ),
        Q(
            "We have always believed that the best assistant is one you never have to worry about. We will keep listening to our users and to regulators",
            "Aurelio Santangelo",
            "The post",
        ),
        Q(
            "rushed, opaque and exactly what everyone said it would be",
            "one developer who builds plug-ins for the platform",
            "One developer",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "I don't need a robot reading my mum's messages so it can tell me to reply 'ok'",
            "Hanna Kowalczyk-Reid",
            "she",
            how="after",
        ),
        Q("The technology is ready. The paperwork isn't", "Ben Adebayo-Hurst", "he", how="after"),
    ],
)

article(
    "tech-launch",
    3,
    P(
        "First reviews of Orrin’s £899 Halo headset praise the screen and question the point",
        "By Yasmin Thorogood",
        "The first reviews of Orrin Labs’ Halo mixed-reality headset were published on Tuesday, and the verdict was split between admiration for the hardware and doubt about what anyone will do with it.",
        "Priya Mandeville, reviewing the headset for Pixel Quarterly, called the display ‘the sharpest I have ever put in front of my eyes’ but said that after a week of testing she had ‘run out of reasons to put it on’.",
        "Tech Ledger was blunter, describing the Halo in its review as ‘a stunning answer to a question nobody asked’ and giving it three stars out of five.",
        "Marcus Oduya, who reviews gadgets for 2.1 million subscribers on his channel Gearhead Garage, told viewers: ‘If you’ve got nine hundred quid and nobody to talk to, this is the best nine hundred quid you’ll spend.’",
        "Orrin’s chief executive, Felicity Amadi-Ross, told the Northern Business Review that the company had ‘expected exactly this conversation’. ‘Every new kind of computer looks like a toy in its first year. People said the same thing about the tablet,’ she said.",
        "An Orrin spokesperson declined to comment on how many headsets the company expected to sell before Christmas.",
        "Analysts at Ravensgate Securities wrote in a note on Wednesday that first-year shipments ‘are unlikely to exceed 400,000 units’, well below the figure of one million that Orrin is understood to have given its suppliers.",
        "Developer Sunil Rao, who has built three apps for the headset, including a chess game played on a virtual table, said: ‘The hardware is a year ahead of the software. That’s normal. What worries me is whether Orrin gives us the time to catch up.’",
        "One early buyer, posting on the Orrin community forum the morning after the headset arrived, wrote that it was ‘heavy enough to give you a neck like a rugby prop’. Others complained that the battery, worn in a pocket on a cable, lasted barely two hours.",
        "The Halo goes on sale in Britain, the United States and Japan on Friday. A cheaper model, without the eye-tracking cameras, is expected next year.",
    ),
    [
        "Yasmin Thorogood",
        "Orrin Labs",
        "Priya Mandeville",
        "Pixel Quarterly",
        "Tech Ledger",
        "Marcus Oduya",
        "Felicity Amadi-Ross",
        "Northern Business Review",
        "Ravensgate Securities",
        "Sunil Rao",
    ],
    [
        Q("the sharpest I have ever put in front of my eyes", "Priya Mandeville", "Priya Mandeville", kind="partial"),
        Q("run out of reasons to put it on", "Priya Mandeville", "Priya Mandeville", kind="partial"),
        Q(
            "a stunning answer to a question nobody asked",
            "Tech Ledger",
            "Tech Ledger",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "If you’ve got nine hundred quid and nobody to talk to, this is the best nine hundred quid you’ll spend",
            "Marcus Oduya",
            "Marcus Oduya",
        ),
        Q("expected exactly this conversation", "Felicity Amadi-Ross", "Felicity Amadi-Ross", kind="partial"),
        Q(
            "Every new kind of computer looks like a toy in its first year. People said the same thing about the tablet",
            "Felicity Amadi-Ross",
            "she",
            how="after",
        ),
        Q(
            "are unlikely to exceed 400,000 units",
            "analysts at Ravensgate Securities",
            "Analysts at Ravensgate Securities",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "The hardware is a year ahead of the software. That’s normal. What worries me is whether Orrin gives us the time to catch up",
            "Sunil Rao",
            "Developer Sunil Rao",
        ),
        Q(
            "heavy enough to give you a neck like a rugby prop",
            "one early buyer",
            "One early buyer",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "tech-launch",
    4,
    P(
        "Stackwell backs down on API fees after developer revolt",
        "By Joaquín Restrepo-Hale",
        "Stackwell, the cloud platform used by about 600,000 developers, has scaled back a planned increase in its API fees after a week of protests in which some of its best-known customers threatened to leave.",
        "The company announced on March 3 that it would charge $0.40 per thousand requests above a free tier, up from $0.05. On Monday it said the increase would be capped at $0.12 and delayed until September. Stackwell said in a statement that the revised pricing would affect “fewer than 3% of accounts”.",
        "In a blog post, chief technology officer Ilya Brandvold wrote: “We got the number wrong, and we got the way we told you about it wrong. I want to be honest about both.",
        "“The new price covers what it actually costs us to serve a request. It does not cover our mistakes, and you should not have to.”",
        "A group of 42 independent studios had written an open letter last week calling the original plan “an extinction event for small developers”. “We built our businesses on your platform because you told us it would stay affordable,” the letter said.",
        "In an internal memo seen by The Byte Review, chief executive Colm Ashdown told staff the company had “lost the room”. “I would rather lose a quarter’s revenue than lose the trust of the people who build on us,” Ashdown wrote.",
        "Ashdown said in the memo that Brandvold had argued against the original price from the start. “Ilya told us it would go badly. He was right and I was wrong,” he wrote.",
        "On the company’s community forum, Stackwell user Tobias Engqvist, who runs a two-person analytics studio in Malmö, wrote that the climbdown was “welcome, but not enough”. One user, who posts as ‘latency_goblin’, was less forgiving: “They’ll try again in September when we’re not looking.”",
        "Dana Whitcombe, who covers cloud software for Fennick Research, said the damage would outlast the price change. “Developers have long memories. The ones who started testing alternatives last week won’t all stop now,” she said.",
        "Stackwell, which is privately held, was valued at $11 billion in a funding round last year.",
    ),
    [
        "Joaquín Restrepo-Hale",
        "Stackwell",
        "Ilya Brandvold",
        "Byte Review",
        "Colm Ashdown",
        "Tobias Engqvist",
        "Dana Whitcombe",
        "Fennick Research",
    ],
    [
        Q(
            "We got the number wrong, and we got the way we told you about it wrong. I want to be honest about both",
            "Ilya Brandvold",
            "chief technology officer Ilya Brandvold",
        ),
        Q(
            "The new price covers what it actually costs us to serve a request. It does not cover our mistakes, and you should not have to",
            "Ilya Brandvold",
            "@prev",
        ),
        Q(
            "fewer than 3% of accounts",
            "Stackwell",
            "Stackwell",
            kind="partial",
            stype="organisation",
            anchor="Stackwell said in a statement",
        ),
        Q(
            "an extinction event for small developers",
            "a group of 42 independent studios",
            "A group of 42 independent studios",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We built our businesses on your platform because you told us it would stay affordable",
            "a group of 42 independent studios",
            "the letter",
            stype="unnamed",
            how="after",
        ),
        Q("lost the room", "Colm Ashdown", "chief executive Colm Ashdown", kind="partial"),
        Q(
            "I would rather lose a quarter’s revenue than lose the trust of the people who build on us",
            "Colm Ashdown",
            "Ashdown",
            how="after",
        ),
        Q("Ilya told us it would go badly. He was right and I was wrong", "Colm Ashdown", "he", how="after"),
        Q("welcome, but not enough", "Tobias Engqvist", "Stackwell user Tobias Engqvist", kind="partial"),
        Q(
            "They’ll try again in September when we’re not looking",
            "one user",
            "One user",
            stype="unnamed",
        ),
        Q(
            "Developers have long memories. The ones who started testing alternatives last week won’t all stop now",
            "Dana Whitcombe",
            "she",
            how="after",
        ),
    ],
)

article(
    "tech-launch",
    5,
    P(
        "Tenwei chip boss says AI processor ‘will ship on time’ despite export curbs",
        "By Sophie Laurent-Mbeki in Taipei",
        "TAIPEI — Tenwei Semiconductor’s chairman said on Wednesday that its first processor designed for artificial-intelligence data centres would ship on time in the first quarter, brushing aside concerns that new export restrictions would hold up deliveries.",
        "“It will ship on time. Our customers have our word, and they have our wafers,” chairman Lin Chao-wen told a launch event in Taipei, speaking in Mandarin. His remarks were translated by the company.",
        "The Kestrel X1, built on Tenwei’s 3-nanometre process, is aimed at companies that run large language models and want an alternative to the handful of chips that dominate the market. Tenwei did not disclose a price. Production will take place at the company’s newest fabrication plant in southern Taiwan, which opened in March and can process about 40,000 wafers a month at full capacity.",
        "Lin, 68, who founded the company in 1994, said Tenwei had “prepared for every scenario” after the curbs on chipmaking equipment were announced in September, including building up stocks of spare parts. The X1 is “the most important product in our thirty-year history”, according to Lin.",
        "Chief technology officer Grace Hsu-Lambert, who presented the chip’s specifications, said it would offer “twice the performance per watt” of its predecessor. “The industry talks about speed. Our customers talk about electricity bills,” she said in English.",
        "Analysts at Yuanshan Securities said in a note that the efficiency claim was “plausible but unverified” until independent benchmarks were published.",
        "Kenji Moriwaki, a semiconductor analyst at Harborlight Capital in Tokyo, said the bigger question was supply. “Tenwei can design a great chip. Whether it can make enough of them while its equipment imports are under review is another matter,” he said.",
        "A Tenwei spokesperson declined to comment on reports that two American cloud providers had already placed orders, but said the company was “in discussions with customers on three continents”.",
        "Asked by a reporter whether the export rules might force Tenwei to move some production abroad, Lin replied, through the interpreter: “We go where our customers need us. For now, they need us here.”",
        "Tenwei’s shares rose 3.2% in Taipei, their biggest one-day gain since June.",
    ),
    [
        "Sophie Laurent-Mbeki",
        "Tenwei Semiconductor",
        "Lin Chao-wen",
        "Grace Hsu-Lambert",
        "Yuanshan Securities",
        "Kenji Moriwaki",
        "Harborlight Capital",
    ],
    [
        Q("will ship on time", "Lin Chao-wen", "Tenwei chip boss", kind="partial", occ=0),
        Q(
            "It will ship on time. Our customers have our word, and they have our wafers",
            "Lin Chao-wen",
            "chairman Lin Chao-wen",
        ),
        Q("prepared for every scenario", "Lin Chao-wen", "Lin", kind="partial", anchor="Lin, 68"),
        Q(
            "the most important product in our thirty-year history",
            "Lin Chao-wen",
            "Lin",
            kind="partial",
            anchor="according to Lin",
        ),
        Q(
            "twice the performance per watt",
            "Grace Hsu-Lambert",
            "Chief technology officer Grace Hsu-Lambert",
            kind="partial",
        ),
        Q(
            "The industry talks about speed. Our customers talk about electricity bills",
            "Grace Hsu-Lambert",
            "she",
            how="after",
        ),
        Q(
            "plausible but unverified",
            "analysts at Yuanshan Securities",
            "Analysts at Yuanshan Securities",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Tenwei can design a great chip. Whether it can make enough of them while its equipment imports are under review is another matter",
            "Kenji Moriwaki",
            "he",
            how="after",
        ),
        Q(
            "in discussions with customers on three continents",
            "a Tenwei spokesperson",
            "A Tenwei spokesperson",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We go where our customers need us. For now, they need us here",
            "Lin Chao-wen",
            "Lin",
            anchor="Lin replied",
        ),
    ],
)

article(
    "tech-launch",
    6,
    P(
        "Hearthly delays smart thermostat after safety regulator raises battery fears",
        "By Priyanka Holloway",
        "Hearthly, the smart-home start-up backed by the electronics group Kovacs Industries, has postponed the launch of its Ember thermostat after a product safety regulator raised concerns about the device's battery.",
        "In a letter to the company dated Sept. 9, the Consumer Product Safety Office said its tests had found that the battery could overheat 'under foreseeable conditions of use'. The letter asks Hearthly to 'suspend distribution of the product pending further assessment'.",
        "Hearthly co-founder Jamie Okafor-Lind said in a video posted on the company's website that the delay was 'painful but right'. 'We would rather be late than be the company whose product hurt someone. That is not a hard decision,' he said.",
        "In a joint statement, the two companies said they remained 'fully committed' to the Ember and expected to resume shipments 'within weeks, not months'.",
        "A Kovacs spokesperson declined to comment further. Kovacs Industries, which owns 38% of Hearthly, had planned to sell the Ember through its own chain of electronics shops in Europe. Hearthly has raised about $65 million since it was founded in 2020.",
        "The Ember, which learns a household's routine and adjusts the heating room by room, had been due to go on sale at $249 on Oct. 1. Pre-orders, which the company said numbered 'more than 80,000', will be refunded on request.",
        "Owen Fairlie-Grant, who reviewed a pre-production unit for Plug & Play Weekly in August, said he had noticed the device 'getting noticeably warm' during a firmware update. 'I mentioned it in my review, and the company told me it was a known issue that was being fixed,' he said.",
        "Morgan Tse, who follows the smart-home market for the research firm Elmcroft Insights, said the delay would cost Hearthly the crucial months before winter. 'Thermostats sell in October and November. If you miss that, you are really launching next year,' she said.",
        "On the Hearthly owners' forum, one pre-order customer wrote: 'Honestly, I'm glad. I'd rather have a cold house than a house fire.'",
        "The regulator said it would publish the results of its assessment once it was complete.",
    ),
    [
        "Priyanka Holloway",
        "Hearthly",
        "Kovacs Industries",
        "Consumer Product Safety Office",
        "Jamie Okafor-Lind",
        "Owen Fairlie-Grant",
        "Plug & Play Weekly",
        "Morgan Tse",
        "Elmcroft Insights",
    ],
    [
        Q(
            "under foreseeable conditions of use",
            "Consumer Product Safety Office",
            "the Consumer Product Safety Office",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "suspend distribution of the product pending further assessment",
            "Consumer Product Safety Office",
            "The letter",
            kind="partial",
            stype="organisation",
        ),
        Q("painful but right", "Jamie Okafor-Lind", "Hearthly co-founder Jamie Okafor-Lind", kind="partial"),
        Q(
            "We would rather be late than be the company whose product hurt someone. That is not a hard decision",
            "Jamie Okafor-Lind",
            "he",
            how="after",
        ),
        Q("fully committed", "the two companies", "the two companies", kind="partial", stype="unnamed"),
        Q("within weeks, not months", "the two companies", "the two companies", kind="partial", stype="unnamed"),
        Q(
            "more than 80,000",
            "Hearthly",
            "the company",
            kind="partial",
            stype="organisation",
            anchor="the company said numbered",
        ),
        Q("getting noticeably warm", "Owen Fairlie-Grant", "Owen Fairlie-Grant", kind="partial"),
        Q(
            "I mentioned it in my review, and the company told me it was a known issue that was being fixed",
            "Owen Fairlie-Grant",
            "he",
            how="after",
        ),
        Q(
            "Thermostats sell in October and November. If you miss that, you are really launching next year",
            "Morgan Tse",
            "she",
            how="after",
        ),
        Q(
            "Honestly, I'm glad. I'd rather have a cold house than a house fire",
            "one pre-order customer",
            "one pre-order customer",
            stype="unnamed",
        ),
    ],
)

# ---------------------------------------------------------------------------
# PACIFIC-NEWS
# ---------------------------------------------------------------------------

article(
    "pacific-news",
    1,
    P(
        "Navuletoka villagers begin move inland as sea claims seawall",
        "By Litia Naisoro",
        "NAVUKU, Fiji — Families in Navuletoka village, on the southern coast of Vanua Tolo province, began carrying their belongings to a new site 800 metres inland yesterday, three years after the village elders first asked the Government for help.",
        "The village headman, Ratu Sevanaia Drekeni, said the decision to move had been made by the whole village. “Our grandfathers are buried by the sea. Leaving them is the hardest thing we have ever done,” Ratu Sevanaia said in iTaukei, in remarks translated by the Coral Coast Herald.",
        "Forty-two households will move in the first phase. The Ministry of Coastal Resettlement said in a statement that the new homes had been built “to withstand a Category 5 cyclone” and would be connected to piped water by the end of the month.",
        "The Minister for Coastal Resettlement, Hon. Losana Kaloumaira, who attended a farewell service in the village yesterday morning, said Navuletoka would not be the last. “There are 41 more communities on our list. Navuletoka has shown the rest of Fiji that it can be done with dignity,” she said.",
        "The service was led by the Reverend Maika Tuilau of the Navuletoka Methodist Church, who told the congregation: “The land is moving, but the vanua is not the land alone. The vanua is us, and we are going together.”",
        "Village elder Mere Vakaloloma, 81, said she had been born in the house her family was leaving. “I told my grandchildren to take photographs of everything. One day they will want to show their own children where they came from,” she said.",
        "Youth leader Apenisa Raikadroka, 24, said some young men had wanted to stay and build a higher seawall. Ratu Sevanaia, he said, had talked them out of it. “He told us the sea does not negotiate. We listened,” Raikadroka said.",
        "“When the sea took the seawall, it took our excuses too.” That was how Asenaca Delai, the village’s nurse, put it as she helped her neighbours load sleeping mats and cooking pots onto a borrowed truck.",
        "The high chief of the district, Adi Vilimaina Ravulo, who was unable to travel, sent a message that was read out at the service thanking the Government and the “many hands” that had built the new homes.",
        "Ratu Sevanaia said the village would hold its first lovo at the new site next week. “We will eat together on the new land, and then it will be our land,” he said.",
        "The old village, where the seawall was breached twice during king tides last year, will continue to be used for fishing and for the church, which the elders decided to leave standing.",
    ),
    [
        "Litia Naisoro",
        "Sevanaia Drekeni",
        "Coral Coast Herald",
        "Ministry of Coastal Resettlement",
        "Losana Kaloumaira",
        "Maika Tuilau",
        "Navuletoka Methodist Church",
        "Mere Vakaloloma",
        "Apenisa Raikadroka",
        "Asenaca Delai",
        "Vilimaina Ravulo",
    ],
    [
        Q(
            "Our grandfathers are buried by the sea. Leaving them is the hardest thing we have ever done",
            "Sevanaia Drekeni",
            "Ratu Sevanaia",
            how="after",
        ),
        Q(
            "to withstand a Category 5 cyclone",
            "Ministry of Coastal Resettlement",
            "The Ministry of Coastal Resettlement",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "There are 41 more communities on our list. Navuletoka has shown the rest of Fiji that it can be done with dignity",
            "Losana Kaloumaira",
            "she",
            how="after",
        ),
        Q(
            "The land is moving, but the vanua is not the land alone. The vanua is us, and we are going together",
            "Maika Tuilau",
            "Reverend Maika Tuilau",
        ),
        Q(
            "I told my grandchildren to take photographs of everything. One day they will want to show their own children where they came from",
            "Mere Vakaloloma",
            "she",
            how="after",
        ),
        Q("He told us the sea does not negotiate. We listened", "Apenisa Raikadroka", "Raikadroka", how="after"),
        Q("When the sea took the seawall, it took our excuses too", "Asenaca Delai", "Asenaca Delai"),
        Q("many hands", "Vilimaina Ravulo", "Adi Vilimaina Ravulo", kind="partial"),
        Q(
            "We will eat together on the new land, and then it will be our land",
            "Sevanaia Drekeni",
            "he",
            how="after",
        ),
    ],
)

article(
    "pacific-news",
    2,
    P(
        "Matautuloa council bans alcohol after Sunday brawl",
        "By Sina Faleolo-Mata",
        """APIA - The village council of Matautuloa has banned the sale and drinking of alcohol within the village for six months, after a brawl outside the church hall on Sunday left three young men in hospital.""",
        """The decision was announced by the village's senior matai, Leiataua Sefo Aumua, after a fono that ran late into Tuesday night. "This is not a punishment for the whole village. It is a medicine for the whole village," Leiataua told Tala Moni Weekly.""",
        """He said the council had also ordered the families of the young men involved to present a fine of ten pigs and 50 boxes of tinned fish. "When the church bell rings on Sunday, people must hear 'peace', not fighting," Leiataua said.""",
        """The council's secretary, Tuala Fetu Leota, said the ban would be enforced by the untitled men of the village, the aumaga, who will patrol the village's two shops in the evenings. "We have already spoken to the shop owners. Nobody was surprised," she said.""",
        """The three injured men, aged between 19 and 27, were treated at Vaitolu District Hospital. Two have been discharged.""",
        """Leiataua said the families of the young men had agreed to perform an ifoga, a traditional apology, to the family of the most seriously injured man, Pita Lauina, 22. Lauina's uncle, Afamasaga Tevita Lauina, said the family would accept it. "Our family will not carry this into the next generation," he said.""",
        """The Reverend Elder Faleolo Tanielu of the Matautuloa Congregational Christian Church said the congregation had prayed for the families of both the injured and the accused. "We do not choose between our sons," he said in Samoan.""",
        """The Ministry of Village and Community Affairs said in a statement that it respected the council's authority, but reminded all village councils that their penalties "must be consistent with the rights protected by the Constitution".""",
        """Not everyone in Matautuloa welcomed the ban. A shop owner in the village, who asked not to be named, said she expected to lose about a third of her income. "The council did not ask us. We heard it in the church announcements like everybody else," she said.""",
        '''She added: "I will obey, of course. But six months is a long time when you have children at school."''',
        """Police said they had charged two men with causing grievous bodily harm and that both would appear in the District Court next month.""",
    ),
    [
        "Sina Faleolo-Mata",
        "Leiataua Sefo Aumua",
        "Tala Moni Weekly",
        "Tuala Fetu Leota",
        "Vaitolu District Hospital",
        "Pita Lauina",
        "Afamasaga Tevita Lauina",
        "Faleolo Tanielu",
        "Matautuloa Congregational Christian Church",
        "Ministry of Village and Community Affairs",
    ],
    [
        Q(
            "This is not a punishment for the whole village. It is a medicine for the whole village",
            "Leiataua Sefo Aumua",
            "Leiataua",
            how="after",
        ),
        Q(
            "When the church bell rings on Sunday, people must hear 'peace', not fighting",
            "Leiataua Sefo Aumua",
            "Leiataua",
            how="after",
        ),
        Q(
            "We have already spoken to the shop owners. Nobody was surprised",
            "Tuala Fetu Leota",
            "she",
            how="after",
        ),
        Q(
            "Our family will not carry this into the next generation",
            "Afamasaga Tevita Lauina",
            "he",
            how="after",
        ),
        Q("We do not choose between our sons", "Faleolo Tanielu", "he", how="after"),
        Q(
            "must be consistent with the rights protected by the Constitution",
            "Ministry of Village and Community Affairs",
            "The Ministry of Village and Community Affairs",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The council did not ask us. We heard it in the church announcements like everybody else",
            "a shop owner in the village",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "I will obey, of course. But six months is a long time when you have children at school",
            "a shop owner in the village",
            "She",
            stype="unnamed",
            anchor="She added",
        ),
    ],
)

article(
    "pacific-news",
    3,
    P(
        "‘Our wharf is our hospital’: noble pleads for return of outer-island ferry",
        "By ʻAna Kupu",
        "NUKUʻALOFA — The noble for the island of Fonuaʻeki, Lord Fotuhaʻamea, has urged the Government to restore a weekly ferry service that was suspended in March, saying residents are being cut off from medical care.",
        "‘Our wharf is our hospital. When the boat does not come, a sick child waits, and sometimes a sick child does not wait long enough,’ Lord Fotuhaʻamea told Talaʻofa News.",
        "He said at least two patients had died on the island since the service stopped, including an elderly man with a heart condition who could not be taken to Niuvakai Hospital in time.",
        "The Minister for Marine and Ports, Hon. Lose Fakatava, said the ferry MV Toakase had been withdrawn after failing a safety survey. ‘I will not put people on a boat that our own inspectors say is not safe,’ she said. ‘A replacement vessel is being chartered from Fiji and will arrive within six weeks.’",
        "Lord Fotuhaʻamea said six weeks was ‘six weeks too many’ for the island’s 900 residents, most of whom are farmers and fishermen.",
        "Health officer Niu Latu, who runs the island’s only clinic, said he had radioed for a patrol boat twice in April. ‘Both times the answer was that the boat was busy somewhere else,’ he said.",
        "Latu said Lord Fotuhaʻamea had paid for the fuel himself when a fishing boat carried a woman in labour to the main island in May. ‘He did not have to do it. He did it at night, in bad weather, and he went with her,’ he said.",
        "The Ministry of Marine and Ports said in a statement that the charter contract had been signed and that the replacement vessel would ‘undergo a full survey on arrival before carrying any passengers’.",
        "The Methodist congregation on Fonuaʻeki has held a prayer vigil at the wharf every Sunday since the ferry stopped. Its minister, Rev. Sione Havili, said the people of the island were ‘tired, but not without hope’.",
        "The island’s town officer, Mele Taufahema, said residents were running short of fuel, flour and medicines. ‘The small shops are almost empty. We are eating what we grow and what we catch,’ she said.",
    ),
    [
        "ʻAna Kupu",
        "Lord Fotuhaʻamea",
        "Talaʻofa News",
        "Niuvakai Hospital",
        "Lose Fakatava",
        "Niu Latu",
        "Ministry of Marine and Ports",
        "Sione Havili",
        "Mele Taufahema",
    ],
    [
        Q("Our wharf is our hospital", "Lord Fotuhaʻamea", "noble", occ=0),
        Q(
            "Our wharf is our hospital. When the boat does not come, a sick child waits, and sometimes a sick child does not wait long enough",
            "Lord Fotuhaʻamea",
            "Lord Fotuhaʻamea",
            how="after",
        ),
        Q(
            "I will not put people on a boat that our own inspectors say is not safe",
            "Lose Fakatava",
            "she",
            how="after",
        ),
        Q(
            "A replacement vessel is being chartered from Fiji and will arrive within six weeks",
            "Lose Fakatava",
            "she",
            how="before",
        ),
        Q("six weeks too many", "Lord Fotuhaʻamea", "Lord Fotuhaʻamea", kind="partial", how="before"),
        Q("Both times the answer was that the boat was busy somewhere else", "Niu Latu", "he", how="after"),
        Q(
            "He did not have to do it. He did it at night, in bad weather, and he went with her",
            "Niu Latu",
            "he",
            how="after",
        ),
        Q(
            "undergo a full survey on arrival before carrying any passengers",
            "Ministry of Marine and Ports",
            "The Ministry of Marine and Ports",
            kind="partial",
            stype="organisation",
        ),
        Q("tired, but not without hope", "Sione Havili", "Rev. Sione Havili", kind="partial"),
        Q(
            "The small shops are almost empty. We are eating what we grow and what we catch",
            "Mele Taufahema",
            "she",
            how="after",
        ),
    ],
)

article(
    "pacific-news",
    4,
    P(
        "Landowners shut road to Wapenga mine over royalty arrears",
        "By Ruth Mogerema",
        "PORT MORESBY — Landowners have blocked the only road into the Wapenga gold mine in Sepalu Province, demanding payment of royalties they say have been owed to them for three years.",
        "About 300 people from the six clans around the mine set up the roadblock at Kuriva bridge on Monday, felling trees across the road and turning back fuel trucks. Clan leader Kamu Yawari, speaking in Tok Pisin, said: “Mipela i wet inap tri yia. Nau mipela i no inap wet moa.” (We have waited for three years. Now we cannot wait any longer.)",
        "The mine’s operator, Highgate Pacific Mining, said in a statement that royalty payments “have been made in full and on time to the provincial government” and that disputes over their distribution were “a matter for the landowner associations and the government”.",
        "The Governor of Sepalu, Hon. Sir Wesley Tamborai, said the provincial government had received “only a fraction” of what was owed. He said: “We have written to the company four times. I have the letters here in my office.",
        "“If the company says it has paid, let it show the landowners the receipts. Until then, I stand with my people.”",
        "The governor also called on the national Government to “step in before somebody gets hurt”.",
        "Provincial Police Commander Chief Superintendent Joyce Mek said officers were at the roadblock but had been told not to force it open. “We are talking to the clan leaders every day. Nobody wants this to turn violent,” she said.",
        "Dorcas Waim, who speaks for the women of the six clans, said the women had been cooking for the men on the road since Monday. “We will stay as long as they stay. Our children will inherit this land, or they will inherit nothing,” said Ms Waim.",
        "Yawari said the company’s community liaison officer, Bill Harepa, had come to the roadblock on Tuesday with rice and tinned fish. “He is a good man, but he cannot sign a cheque,” he said.",
        "Highgate Pacific Mining’s general manager, Colin Ashby-Torres, told the Highlands Observer that the mine had stockpiled enough diesel to keep running for ten days. “After that, we will have to start standing people down, and most of those people are landowners themselves,” he said.",
        "The Wapenga mine produced about 140,000 ounces of gold last year and employs around 1,100 people, more than 700 of them from Sepalu Province.",
    ),
    [
        "Ruth Mogerema",
        "Kamu Yawari",
        "Highgate Pacific Mining",
        "Wesley Tamborai",
        "Joyce Mek",
        "Dorcas Waim",
        "Bill Harepa",
        "Colin Ashby-Torres",
        "Highlands Observer",
    ],
    [
        Q(
            "Mipela i wet inap tri yia. Nau mipela i no inap wet moa",
            "Kamu Yawari",
            "Clan leader Kamu Yawari",
        ),
        Q(
            "have been made in full and on time to the provincial government",
            "Highgate Pacific Mining",
            "Highgate Pacific Mining",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "a matter for the landowner associations and the government",
            "Highgate Pacific Mining",
            "Highgate Pacific Mining",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q("only a fraction", "Wesley Tamborai", "Hon. Sir Wesley Tamborai", kind="partial"),
        Q(
            "We have written to the company four times. I have the letters here in my office",
            "Wesley Tamborai",
            "He",
            anchor="He said:",
        ),
        Q(
            "If the company says it has paid, let it show the landowners the receipts. Until then, I stand with my people",
            "Wesley Tamborai",
            "@prev",
        ),
        Q("step in before somebody gets hurt", "Wesley Tamborai", "The governor", kind="partial"),
        Q(
            "We are talking to the clan leaders every day. Nobody wants this to turn violent",
            "Joyce Mek",
            "she",
            how="after",
        ),
        Q(
            "We will stay as long as they stay. Our children will inherit this land, or they will inherit nothing",
            "Dorcas Waim",
            "Ms Waim",
        ),
        Q("He is a good man, but he cannot sign a cheque", "Kamu Yawari", "he", how="after"),
        Q(
            "After that, we will have to start standing people down, and most of those people are landowners themselves",
            "Colin Ashby-Torres",
            "he",
            how="after",
        ),
    ],
)

article(
    "pacific-news",
    5,
    P(
        "Premier promises inquiry after canoe tragedy claims five lives",
        "By Elsie Tovosia",
        "HONIARA — The premier of Lauvasi Province has promised an independent inquiry into the sinking of a motorised canoe that killed five people, including two children, off the province’s northern coast on Saturday.",
        "“Five families are burying their loved ones this week. They deserve to know what happened and who is responsible,” Premier Hon. Moffat Kelesi told the Island Star on Monday.",
        "The canoe, a 23-foot fibreglass boat with two outboard motors, left Kolosulu wharf at about 2pm carrying 11 passengers and sacks of copra bound for the provincial capital, Nusavai. It capsized in heavy swell about two hours later.",
        "Police Superintendent Kaison Rove said the boat had been “overloaded by any standard” and that no life jackets had been found in the wreckage. “Six people survived because they could swim, and because fishermen from Hatu village came out in the dark to look for them,” he said.",
        "Survivor Nester Pitakaka, 34, held on to a fuel drum for more than five hours with her five-year-old nephew. “I kept telling him, hold on, the sun will come. When the fishermen found us he was asleep on my shoulder,” she told the Island Star from her bed at Nusavai Hospital.",
        "The boat’s owner, Loti Sasako, told police he had warned the skipper not to take more than eight passengers. The skipper, who died, was his cousin. “I told him eight. I told him the weather was changing. He was my cousin and I loved him,” Sasako said, according to a police statement.",
        "The premier said the inquiry would look at “the whole system, from the wharf to the ministry”, including why a ban on overloading passed by the provincial assembly in 2021 had never been enforced.",
        "Lauvasi Council of Women president Dame Judith Pekoa said the council had been asking for life jackets to be compulsory for ten years. She called for a rule that “every child on every boat wears a life jacket, no exceptions”.",
        "Church and provincial leaders issued a joint statement on Sunday night declaring three days of mourning. “We grieve as one people, and we will bury our dead as one people,” the leaders said.",
        "Mr Kelesi said the province would pay for all five funerals. “It is the least we can do. It is not enough,” he said.",
    ),
    [
        "Elsie Tovosia",
        "Moffat Kelesi",
        "Island Star",
        "Kaison Rove",
        "Nester Pitakaka",
        "Nusavai Hospital",
        "Loti Sasako",
        "Lauvasi Council of Women",
        "Judith Pekoa",
    ],
    [
        Q(
            "Five families are burying their loved ones this week. They deserve to know what happened and who is responsible",
            "Moffat Kelesi",
            "Premier Hon. Moffat Kelesi",
        ),
        Q("overloaded by any standard", "Kaison Rove", "Police Superintendent Kaison Rove", kind="partial"),
        Q(
            "Six people survived because they could swim, and because fishermen from Hatu village came out in the dark to look for them",
            "Kaison Rove",
            "he",
            how="after",
        ),
        Q(
            "I kept telling him, hold on, the sun will come. When the fishermen found us he was asleep on my shoulder",
            "Nester Pitakaka",
            "she",
            how="after",
        ),
        Q(
            "I told him eight. I told him the weather was changing. He was my cousin and I loved him",
            "Loti Sasako",
            "Sasako",
            how="after",
        ),
        Q("the whole system, from the wharf to the ministry", "Moffat Kelesi", "The premier", kind="partial"),
        Q(
            "every child on every boat wears a life jacket, no exceptions",
            "Judith Pekoa",
            "She",
            kind="partial",
            anchor="She called",
        ),
        Q(
            "We grieve as one people, and we will bury our dead as one people",
            "church and provincial leaders",
            "the leaders",
            stype="unnamed",
        ),
        Q("It is the least we can do. It is not enough", "Moffat Kelesi", "he", how="after"),
    ],
)

article(
    "pacific-news",
    6,
    P(
        "Tui Nadrukuloa calls for calm as water rationing enters third week",
        "By Salote Waqanivalu",
        "WAIDRADRA — The paramount chief of Nadrukuloa, the Tui Nadrukuloa, Ratu Isikeli Vakacegu, has appealed for calm as water rationing in Waidradra town and 14 surrounding villages enters its third week.",
        "“Anger will not bring rain. We have survived dry years before by sharing what we have, and we will survive this one the same way,” the Tui Nadrukuloa said in a message read to a meeting of village headmen on Tuesday by his herald, Sireli Waqa.",
        "The Waidradra Water Board said in a statement that the level in the Vunidrau dam had fallen to “18 per cent of capacity, the lowest since records began in 1972”.",
        "The board’s chief executive, Adi Mereseini Rokotuibau, said supply would be limited to six hours a day, from 5am to 8am and from 5pm to 8pm. “We know this is hard for families with small children and for the sick. Tanker deliveries to the hospital and the schools will continue every day,” she said.",
        "“We are asking people not to fill drums at night and not to water their gardens. Every litre matters now,” Adi Mereseini said.",
        "Market vendor Kini Qalo, 46, said she had not been able to wash her produce properly for a week. Adi Mereseini, she said, should come to the market. “I carry buckets from the river at five in the morning, then I sell at seven. Let the board come and carry one bucket with me,” she said.",
        "Shopkeeper Ashwin Chand said business at his hardware store was down by half. “People are buying water containers and nothing else,” he said in Fiji Hindi, in remarks translated by the Nadrukuloa Times.",
        "Pastor Josua Raboila of the Waidradra Gospel Fellowship Church told the Nadrukuloa Times that churches in the town had opened their rainwater tanks to the public. “The water in our tank belongs to God, and God says share it,” he said.",
        "A spokesperson for the Ministry of Rural Water Services said two desalination units were “on their way from Suva” and would be installed by the end of next week.",
        "Forecasters expect little rain in the west of the island before December. The Tui Nadrukuloa has asked every village to hold a prayer service on Sunday.",
    ),
    [
        "Salote Waqanivalu",
        "Isikeli Vakacegu",
        "Sireli Waqa",
        "Waidradra Water Board",
        "Mereseini Rokotuibau",
        "Kini Qalo",
        "Ashwin Chand",
        "Nadrukuloa Times",
        "Josua Raboila",
        "Waidradra Gospel Fellowship Church",
        "Ministry of Rural Water Services",
    ],
    [
        Q(
            "Anger will not bring rain. We have survived dry years before by sharing what we have, and we will survive this one the same way",
            "Isikeli Vakacegu",
            "the Tui Nadrukuloa",
            how="after",
        ),
        Q(
            "18 per cent of capacity, the lowest since records began in 1972",
            "Waidradra Water Board",
            "The Waidradra Water Board",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We know this is hard for families with small children and for the sick. Tanker deliveries to the hospital and the schools will continue every day",
            "Mereseini Rokotuibau",
            "she",
            how="after",
        ),
        Q(
            "We are asking people not to fill drums at night and not to water their gardens. Every litre matters now",
            "Mereseini Rokotuibau",
            "Adi Mereseini",
            how="after",
        ),
        Q(
            "I carry buckets from the river at five in the morning, then I sell at seven. Let the board come and carry one bucket with me",
            "Kini Qalo",
            "she",
            how="after",
        ),
        Q("People are buying water containers and nothing else", "Ashwin Chand", "he", how="after"),
        Q("The water in our tank belongs to God, and God says share it", "Josua Raboila", "he", how="after"),
        Q(
            "on their way from Suva",
            "a spokesperson for the Ministry of Rural Water Services",
            "A spokesperson for the Ministry of Rural Water Services",
            kind="partial",
            stype="unnamed",
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
