#!/usr/bin/env python3
"""Source of truth for part_h.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
fact-check, state-media, city-hall and newsletter (6 articles each; n<=4
"dev", n 5-6 "held-out").  350-750 words and 6-12 gold quotes per article.

All articles below are invented (people, outlets, towns, agencies, parties,
committees, and for state-media the countries too; a few real large places,
Parliament and the social platforms appear, as in parts A-G).  Each article
is held as plain text; every gold quote and every speaker mention is located
by exact substring search and the character offsets are computed here, then
checked (text[start:end] == quote text, quote-mark sanity, counts, word
counts) before part_h.jsonl is written.

Run:  python3 make_part_h.py          (writes part_h.jsonl next to this file)
      python3 make_part_h.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in fact-check-2, state-media-2, state-media-5,
city-hall-2, city-hall-6, newsletter-3 and newsletter-6, single curly quotes
in fact-check-3 and state-media-4; nested quotes, quotes continued over a
paragraph break (state-media-3, city-hall-4), block quotes standing as their
own paragraph, em-dash attributions, and colon, "said X", "X said", "said
he", mid-quote and next-sentence attributions.

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-G already documented (police/agency/company
"said in a statement" as organisation; a document as grammatical speaker is
its author's, span the document mention as written; relayed reporting and
outlets' own wording as in part F; glued roles stay in the span; unnamed
phrases keep a restrictive clause but not a comma-bounded one; first-name-only
people are persons and entities; headline role-only attributions point at
the headline mention as written; a kinship role keeps its possessive like
"the judge").

Part H readings of the conventions, for cases the new styles bring:
* fact-check: the claim quoted from a speech, post, debate or clip is the
  claimant's, span the mention in the attributing clause ("Ashby told
  supporters", "Ashby repeated the claim in a Facebook post ..., writing
  that", "shows Gov. Ellen Whitcombe telling a room ...: '...'").  The
  checker's restatement of the claim in its ruling ("Ashby said violent crime
  ... 'has doubled'", "The ad says Brightwater 'voted ...'", "she said the
  opposite: that closing them was 'not going to happen ...'") is a further
  gold quote of the claimant (occ picks the occurrence).  A headline "X's
  claim that ... 'doubled'" attributes the word to X: span the name without
  the possessive.  Quotes of quotes: a quotation nested in the claim (the
  sheriff's words as the senator retells them, the doctor's "advice" inside
  a forwarded message, the Herald's phrase in a candidate's debate answer) is
  never gold, even when the nested attribution turns out false; the nested
  person's own words to the checker are theirs.  Words a document reports
  others using ("The editorial said opponents had called the fee 'a tax on
  breathing'") are those others' (unnamed "opponents"); the document's own
  wording ("but it concluded that ... 'a modest price ...'") is its author's.
  A post or message with no identifiable author is unnamed, speaker the
  phrase that introduces it ("one Facebook post", "a message forwarded widely
  on WhatsApp in recent weeks", "a second version", "an anonymous account
  with about 40,000 followers"), span the mention at the attributing place
  ("The message"); a caption or post by a named person, group or agency is
  theirs ("Lumen Pictures captioned it: '...'").  An ad is a document of the
  committee that paid for it ("A television ad from X says", "the ad says" ->
  organisation X); a union survey's "The report says" -> the union.  A party
  spokesperson who "said" or "told us" is unnamed unless named ("a
  spokesperson for the Progressive Party"); "we"/"us" (the checker) attribute
  nothing.  Ratings ("We rate this claim Mostly False"), verdict boxes and
  the "What was claimed" box (no quote marks) are not quotes; quoted labels
  ("breaking", '14 tax hikes') are scare quotes.
* state-media: long official designations glued before the name stay in the
  span however long, as long as no comma intervenes ("Chairman of the Federal
  Assembly Committee on International Affairs Leonid Kasatkin", "Speaker of
  the National Consultative Assembly Gholam-Reza Tavassoli", "Qadiri Foreign
  Minister Sheikh Faisal bin Hamad Al Mansour", "Aurenian Foreign Ministry
  spokesperson Dao Thi Lan"); a comma-bounded title after the name ("Ri Chol
  Ung, general secretary of ...") is not.  Honorifics (Respected Comrade,
  Sheikh) are dropped from the speaker; family-name-first names are canonical
  as written ("Zhao Minghe", "Ri Chol Ung", "Pham Duc Thanh"), the short
  mention is the family name ("Zhao", "Dao", "Pham"), and the agency habit of
  repeating the full name gives full-name spans ("Ri Chol Ung", "Pak Thae
  Gyong").  "stressed", "pointed out", "noted", "added" are speech verbs.
  Relayed leader quotes: the leader's own words passed on by a spokesperson
  or readout ("According to Lavrenko, the president told a meeting ...:
  '...'", "quoted the president as telling ... that '...'", "According to a
  readout ..., Pham told the meeting: '...'") are the leader's, span the
  leader mention at the speech verb ("the president", "Pham"); wording that
  describes the leader in the third person ("Nikpour said the president had
  'instructed ...'", "Dao also said that Pham had 'instructed ...'") is the
  spokesperson's (part F's readout rule).  A minister passing on a message
  in his own words ("President Yurtsever asked me to tell you that ...", he
  said) is the minister.  Joint communiques and declarations are unnamed,
  speaker as introduced ("the two sides", "the two ministers"), even when
  both signatories are named (part F's "the two governments").  The agency's
  own commentary ("SCNA said in a commentary", "the commentary said") is the
  agency as organisation; a ministry spokesman is unnamed.  "told KRNA/ANA/
  Meridyen Agency" is a speech verb; the agency in a dateline ("(HNA)",
  "/STA/", "(SCNA)") is an entity under the fullest name the text gives.
  Bodies properly named inside a title are entities ("Standing Committee of
  the National People's Assembly", "Federal Assembly Committee on
  International Affairs", "Aurenian Foreign Ministry", "Cabinet"); bare role
  titles ("Foreign Minister", "Presidential Press Secretary", "Premier")
  name none.  Invented countries, their adjectives and "the Handaoese side",
  "the DPRH" are places; "the Party" inside a quote is a short form.
  Headline attributions point at the headline mention as written ("... -
  Sorokhin", "Kharzani FM says", "Spokesperson:").
* city-hall: council members introduced by district ("Council Member Dana
  Pike, who represents District 4") are persons, span the mention the quote
  hangs on, glued title included ("Council Member Yolanda Price", "Ald.
  Victor Ocampo", "Committee Chair Anita Sorensen", "Mayor Felicia Camden"),
  a bracketed district or ward left out ("Council Member Frank DeLuca
  (District 1)").  Public-comment speakers identified by street or
  neighbourhood are persons ("Maria Ruiz, who lives on Elm Street"); unnamed
  ones keep a restrictive clause ("a man who identified himself only as a
  40-year resident of Cedar Heights") and are named as first introduced ("one
  man", later "The man, who did not give his name, shouted").  The chair's
  procedural words ("Sir, I have to stop you ...") are gold; unattributed
  turns of a member-official exchange follow part A's dialogue rule.  A
  mayor's spokesperson describing the mayor in the third person (the mayor
  "welcomes ...") is the spokesperson; the mayor's own statement is the
  mayor's, and "the mayor" for the mayor named earlier is a role-only
  mention.  Agenda documents: "A staff report from the Millbrook Planning
  Department ... called", "The agenda item, prepared by the ... Utilities
  Department, warns", "In its presentation ..., the department called" ->
  the department (organisation), span the document mention as written; a
  memo signed by a named official ("The memo, signed by Deputy City Attorney
  Paul Iverson, says") or a resolution a named member wrote -> that person.
  A letter read out at public comment is its writer's, span the kinship role
  in "a letter her grandmother sent".  A headline "residents call it '...'"
  is unnamed "residents".  Councils, commissions, committees and departments
  named in full are entities; lower-case "the city attorney's office", "the
  parks department", "the school board" are generic.
* newsletter: the author's own words -- earlier posts ("In January I wrote
  that ...", "I posted on Thursday afternoon that ...", "Here's what I wrote
  in May:" before a block quote) -- are the author's (the byline name), span
  "I"; "told me" is an ordinary speech verb and "me" is never a span.  A
  person's words relayed by another outlet ("She told Statehouse Brief",
  "told Media Desk", "in an interview with the Financial Courier") are the
  person's; the outlet's own wording ("in the Ledger's words", "The Prairie
  Post had a story up saying ...", "a practice the paper called", "As the
  Courier itself put it") is the outlet's (organisation), and an outlet's
  unnamed source is unnamed ("one person involved described to the paper as
  ...").  Podcast titles are programmes, never entities; named hosts are
  persons.  Readers named by first name (and initial) are persons and
  entities ("Jen", "Marisol", "Dale K."); anonymous readers are unnamed ("a
  reader", "a reader in Harlow Valley", "a reader who runs a cold-storage
  warehouse outside Harlan Falls").  A block quote standing as its own
  paragraph with an em-dash line below ("— Luis Aranda, in a 2019 interview
  with The Capitol Ledger") points at the name on that line, glued role kept
  ("former governor Arthur Neville"), like part B's embedded posts; a block
  quote introduced by the paragraph before it ("A reader ... emailed after my
  last post:") points at the introducing mention; an inline quote followed by
  "— Warren Pelletier, MGA board chair" points at that name.  A memo, letter
  or policy statement as grammatical speaker ("The memo ... opens with",
  "The letter, signed by ..., says", "It goes on:", "It said the board") is
  its author's (the named CEO, the bank), span the document mention as
  written.  A quote whose speaker is named only in the next sentence ("That
  was Superintendent Raymond Castell ...") points at that name (part E); an
  unattributed follow-up answer ("Then, asked whether ...: '...'") points at
  the mention that attributed the speaker's previous quote.  The newsletter's
  own name and every outlet cited are entities, listed without a leading
  "The" ("Ballot Box", "Capitol Ledger", "Prairie Post")."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_h.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["fact-check", "state-media", "city-hall", "newsletter"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# FACT-CHECK
# ---------------------------------------------------------------------------

article(
    "fact-check",
    1,
    P(
        "Ashby’s claim that violent crime has “doubled” in Kessler County doesn’t hold up",
        "By Lauren Mikkelsen | TruthMeter",
        "If your time is short:",
        "• State data show violent crime in Kessler County rose about 11% from 2021 to 2023.",
        "• Ashby’s campaign pointed to calls for service, which count every call to dispatchers — noise complaints and false alarms included — not crimes.",
        "State Sen. Gordon Ashby kicked off his campaign for governor with a warning about crime in his home county.",
        "“Since the bail law passed, violent crime in Kessler County has doubled. Doubled,” Ashby told supporters at a rally in Wexford on Feb. 10. “Sheriff Dale Purcell looked me in the eye and said, ‘Gordon, I have never seen it this bad in 30 years.’”",
        "Ashby repeated the claim in a Facebook post the next day, writing that violent crime “has doubled on our streets while the people in charge shrugged.” The post has been shared more than 9,000 times.",
        "Because the bail law is likely to be a central issue in the governor’s race, we decided to check the numbers.",
        "What Ashby’s campaign said",
        "We asked Ashby’s campaign for the source of the figure. Campaign spokesperson Kelsey Brandt pointed to a Kessler County Sheriff’s Office report showing that calls for service rose from 18,400 in 2020 to 36,900 in 2023.",
        "“The senator was talking about what deputies are dealing with every night,” Brandt said in an email. “Anyone who has ridden along on a Friday shift knows he’s right.”",
        "But calls for service are not crimes. The sheriff’s office logs every call that comes in, including welfare checks, barking dogs and alarms set off by the wind, said Tamika Lowe, the office’s records supervisor.",
        "“A cat stuck on a roof is a call for service,” Lowe said. “We have never published that number as a crime rate, and we told the campaign that.”",
        "What the data show",
        "According to the State Bureau of Criminal Statistics, Kessler County reported 1,212 violent crimes in 2021, the year before the law took effect, and 1,347 in 2023 — an increase of about 11%. Statewide, violent crime fell about 3% over the same period.",
        "We also called Purcell. He said he remembered talking with Ashby at the county fair last summer, but not the way the senator tells it.",
        "“I told him we were busy, and we are,” Purcell said. “I never said crime had doubled. I don’t talk like that, and I wouldn’t say it about my own county.”",
        "Renée Olufemi, a criminologist at Tri-State University who studies pretrial release, said two years of figures from a single county could not show whether the bail law caused any change.",
        "“You can’t get cause and effect out of two data points. What you can get out of them is whether something doubled. It didn’t,” she said.",
        "Our ruling",
        "Ashby said violent crime in Kessler County “has doubled” since the bail law passed. State data show an increase of about 11%, and the figure his campaign cited counts calls, not crimes. The sheriff he quoted says he never said it.",
        "We rate this claim Mostly False.",
    ),
    [
        "Lauren Mikkelsen",
        "TruthMeter",
        "Gordon Ashby",
        "Dale Purcell",
        "Kelsey Brandt",
        "Kessler County Sheriff’s Office",
        "Tamika Lowe",
        "State Bureau of Criminal Statistics",
        "Renée Olufemi",
        "Tri-State University",
    ],
    [
        Q("doubled", "Gordon Ashby", "Ashby", kind="partial", occ=0, how="before"),
        Q(
            "Since the bail law passed, violent crime in Kessler County has doubled. Doubled",
            "Gordon Ashby",
            "Ashby",
            anchor="Ashby told supporters",
        ),
        Q(
            "Sheriff Dale Purcell looked me in the eye and said, ‘Gordon, I have never seen it this bad in 30 years.’",
            "Gordon Ashby",
            "Ashby",
            anchor="Ashby told supporters",
        ),
        Q(
            "has doubled on our streets while the people in charge shrugged",
            "Gordon Ashby",
            "Ashby",
            kind="partial",
            anchor="Ashby repeated",
        ),
        Q("The senator was talking about what deputies are dealing with every night", "Kelsey Brandt", "Brandt"),
        Q("Anyone who has ridden along on a Friday shift knows he’s right", "Kelsey Brandt", "Brandt", how="before"),
        Q("A cat stuck on a roof is a call for service", "Tamika Lowe", "Lowe", how="after"),
        Q(
            "We have never published that number as a crime rate, and we told the campaign that",
            "Tamika Lowe",
            "Lowe",
            how="before",
        ),
        Q("I told him we were busy, and we are", "Dale Purcell", "Purcell", how="after"),
        Q(
            "I never said crime had doubled. I don’t talk like that, and I wouldn’t say it about my own county",
            "Dale Purcell",
            "Purcell",
            how="before",
        ),
        Q(
            "You can’t get cause and effect out of two data points. What you can get out of them is whether something doubled. It didn’t",
            "Renée Olufemi",
            "she",
        ),
        Q("has doubled", "Gordon Ashby", "Ashby", kind="partial", occ=2, anchor="Ashby said violent crime"),
    ],
)

article(
    "fact-check",
    2,
    P(
        "Photo of flooded runway is from 2017, not from Storm Odile",
        "ONA Fact Check | By Camille Ferrand",
        "Published on 14 October 2025 at 10:02",
        "A photo showing passenger jets standing in brown floodwater has been shared tens of thousands of times with the claim that it shows Marisol International Airport after Storm Odile made landfall this week. This is false: the picture was taken in 2017 at another airport, and Marisol's runways stayed dry, the airport's operator said.",
        """"Marisol airport is UNDERWATER and the government is hiding it. Share before they delete this!!" reads one Facebook post, shared more than 23,000 times since Monday.""",
        '''The same image circulated on X and TikTok. Dario Venn, a self-described storm chaser with about 80,000 followers on X, posted it with the caption "the runway photos the TV won't show you" and wrote that the storm had been "far worse than officials admit."''',
        """Contacted by ONA Fact Check, Venn said he had found the photo in a group chat. "I posted it in good faith. If it's old, it's old," he wrote in a direct message on Tuesday. He later deleted his post.""",
        "What the photo really shows",
        '''A reverse image search shows the picture was first published on 23 August 2017 by the photo agency Lumen Pictures. Lumen Pictures captioned it: "Aircraft stranded at Tern Bay Airport after Typhoon Harlow, August 23, 2017."''',
        '''The photographer, Jae-won Seo, confirmed to ONA Fact Check that he had taken the picture. "It is my photo, and it is eight years old," Seo said in an email. "I have now seen it go around after three different storms in three different countries."''',
        '''Marisol International Airport closed for nine hours on Monday as a precaution, its operator said. Ines Calvo, a spokeswoman for the Marisol Airport Authority, said there had been "no standing water on either runway at any point."''',
        """"We reopened at 6 am on Tuesday and flights are operating normally," she said. Webcam footage from the airport's website, archived on Monday afternoon, shows dry runways under heavy cloud.""",
        '''Recycled disaster images are among the most common forms of misinformation during extreme weather, said Hany Sayegh, who researches digital verification at the University of Port Elaine. He called them "the cheapest trick there is."''',
        """"Old photos travel faster than new ones, because they are already dramatic and nobody has to go outside to take them," said Sayegh.""",
        '''ONA Fact Check debunked the same photo in 2019, when it was shared with the claim that it showed flooding in another city. Then, too, the accounts that spread it labelled it "breaking."''',
    ),
    [
        "ONA Fact Check",
        "Camille Ferrand",
        "Marisol International Airport",
        "Dario Venn",
        "Lumen Pictures",
        "Tern Bay Airport",
        "Jae-won Seo",
        "Ines Calvo",
        "Marisol Airport Authority",
        "Hany Sayegh",
        "University of Port Elaine",
    ],
    [
        Q(
            "Marisol airport is UNDERWATER and the government is hiding it. Share before they delete this",
            "one Facebook post",
            "one Facebook post",
            stype="unnamed",
        ),
        Q("the runway photos the TV won't show you", "Dario Venn", "Dario Venn", kind="partial"),
        Q("far worse than officials admit", "Dario Venn", "Dario Venn", kind="partial"),
        Q("I posted it in good faith. If it's old, it's old", "Dario Venn", "he", anchor="he wrote in a direct"),
        Q(
            "Aircraft stranded at Tern Bay Airport after Typhoon Harlow, August 23, 2017",
            "Lumen Pictures",
            "Lumen Pictures",
            stype="organisation",
            anchor="Lumen Pictures captioned",
        ),
        Q("It is my photo, and it is eight years old", "Jae-won Seo", "Seo", how="after"),
        Q(
            "I have now seen it go around after three different storms in three different countries",
            "Jae-won Seo",
            "Seo",
            how="before",
        ),
        Q("no standing water on either runway at any point", "Ines Calvo", "Ines Calvo", kind="partial"),
        Q("We reopened at 6 am on Tuesday and flights are operating normally", "Ines Calvo", "she"),
        Q("the cheapest trick there is", "Hany Sayegh", "He", kind="partial"),
        Q(
            "Old photos travel faster than new ones, because they are already dramatic and nobody has to go outside to take them",
            "Hany Sayegh",
            "Sayegh",
        ),
    ],
)

article(
    "fact-check",
    3,
    P(
        "No, a third of trains in the North were not cancelled last year",
        "Verity Check | 3 March 2026",
        "What was claimed",
        "A third of all train services in the North of England were cancelled last year.",
        "Our verdict",
        "Incorrect. Official figures show about 4.1% of scheduled services in the North were cancelled in 2025. The figure appears to come from a union survey of a single line.",
        "Appearing on Sunday Politics North last weekend, the shadow transport secretary Harriet Colley said: ‘A third of trains in the North were cancelled last year. A third. If you ran a corner shop like that you would be out of business within a month.’",
        "She repeated the figure in a post on X later that day, saying passengers in the North had been treated as ‘an afterthought by a government that thinks the railway ends at Watford’.",
        "We asked Ms Colley’s office where the figure came from. A spokesperson for the Progressive Party pointed us to a survey published in January by the Rail Workers’ Alliance, and said: ‘Harriet was quoting the union’s own findings, which describe services as “decimated”. Passengers in the North know what they live with every day.’",
        "What the survey found",
        "The Alliance’s survey asked 412 members working on the Calder Valley line how often their scheduled trains had been cancelled in the previous month. The report says ‘around one in three’ services on that line were cancelled or part-cancelled in December, when the line was affected by flooding and strike action.",
        "A spokesman for the Rail Workers’ Alliance confirmed that the figure referred only to the Calder Valley line. ‘We never said it was the whole North, and we were clear about that in the report,’ he told us.",
        "Official figures from the Office of Rail Standards show that 4.1% of services scheduled in the North were cancelled in 2025, up from 3.2% the year before. That is the highest rate since the series began, but it is a long way from a third.",
        "Pennine Rail, which runs most services in the region, said in a statement that its performance was ‘not where it needs to be’ and that it had recruited 140 extra drivers since the summer.",
        "Dr Imogen Hartley, a transport economist at the University of Castleford, said the true picture was bad enough without exaggerating it. ‘Four per cent sounds small until you are one of the people standing on the platform. It is a real problem,’ she said. ‘But a third is a different universe, and politicians who use it make it easier for the industry to dismiss the genuine complaints.’",
        "In the same interview, Ms Colley said the Transport Secretary had ‘admitted as much’ to Parliament. We could not find any such admission in the parliamentary record. The Transport Secretary, Declan Moss, told MPs in January that cancellations in the North were ‘unacceptable’, but he did not give a figure.",
        "We have contacted Ms Colley about the wider claim and will update this article if we hear back.",
    ),
    [
        "Verity Check",
        "Harriet Colley",
        "Progressive Party",
        "Rail Workers’ Alliance",
        "Office of Rail Standards",
        "Pennine Rail",
        "Imogen Hartley",
        "University of Castleford",
        "Parliament",
        "Declan Moss",
    ],
    [
        Q(
            "A third of trains in the North were cancelled last year. A third. If you ran a corner shop like that you would be out of business within a month",
            "Harriet Colley",
            "shadow transport secretary Harriet Colley",
        ),
        Q(
            "an afterthought by a government that thinks the railway ends at Watford",
            "Harriet Colley",
            "She",
            kind="partial",
        ),
        Q(
            "Harriet was quoting the union’s own findings, which describe services as “decimated”. Passengers in the North know what they live with every day",
            "a spokesperson for the Progressive Party",
            "A spokesperson for the Progressive Party",
            stype="unnamed",
        ),
        Q(
            "around one in three",
            "Rail Workers’ Alliance",
            "The report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We never said it was the whole North, and we were clear about that in the report",
            "a spokesman for the Rail Workers’ Alliance",
            "he",
            stype="unnamed",
        ),
        Q("not where it needs to be", "Pennine Rail", "Pennine Rail", kind="partial", stype="organisation"),
        Q(
            "Four per cent sounds small until you are one of the people standing on the platform. It is a real problem",
            "Imogen Hartley",
            "she",
        ),
        Q(
            "But a third is a different universe, and politicians who use it make it easier for the industry to dismiss the genuine complaints",
            "Imogen Hartley",
            "she",
            how="before",
        ),
        Q("admitted as much", "Harriet Colley", "Ms Colley", kind="partial", how="before"),
        Q("unacceptable", "Declan Moss", "Declan Moss", kind="partial"),
    ],
)

article(
    "fact-check",
    4,
    P(
        "FACT CHECK: Hot water every 15 minutes will not protect you from flu",
        "By Efua Asante-Boateng, MeridianCheck",
        "A message forwarded widely on WhatsApp in recent weeks claims that drinking a cup of hot water every 15 minutes will wash the new flu strain out of the throat and into the stomach, where acid kills it. The message attributes the advice to a doctor at a well-known Accra hospital. The claim is false, and the doctor named in it says she never gave the advice.",
        "The message, which several readers sent to MeridianCheck’s tip line, reads in part: “Dr Akosua Mensah of Korle Gardens Hospital says: Drink hot water every 15 minutes. The virus stays in the throat for 4 days before it reaches the lungs. Forward to everyone you love.”",
        "A second version, shared on Facebook, adds that “hospital staff have been told but not the public.”",
        "Mensah, an infectious disease physician at Korle Gardens, told MeridianCheck that the message had been circulating under her name since early January.",
        "“I have never said anything like this, and I never would,” she said. “Patients have come to my clinic holding their phones and asking me why I am telling them to drink water instead of getting vaccinated.”",
        "She said drinking fluids was good for anyone who was ill but had “no effect whatsoever” on whether a virus reached the lungs.",
        "Korle Gardens Hospital said in a statement on January 19 that it had “not issued any guidance on hot water” and urged the public to “disregard messages that use the names of our staff.”",
        "Is there any truth in it?",
        "There is no evidence that hot water kills flu viruses in the body, said Dr Kwame Osei-Tutu, a virologist at the Volta Institute for Medical Research.",
        "“The virus doesn’t sit in the throat waiting politely for you to wash it down,” Osei-Tutu said. “It infects cells in the lining of your airways within hours. Swallowing hot water doesn’t reach those cells, and stomach acid has nothing to do with it.”",
        "The National Health Directorate has also warned about the message. Its spokesperson, Yaw Boakye, said the best protection remained vaccination, hand-washing and staying at home when sick. “Hot water is not a vaccine,” he said.",
        "Many of the people forwarding the message mean well, said Abena Kuffour, a pharmacist in Kumasi who received it seven times in one week.",
        "“My own aunt sent it to me three times,” she said, laughing. “When I told her it was fake, she said, ‘But it has a doctor’s name on it.’”",
        "Verdict",
        "False. Drinking hot water does not stop a flu virus from infecting the lungs, and the doctor named in the message did not give the advice attributed to her.",
    ),
    [
        "Efua Asante-Boateng",
        "MeridianCheck",
        "Akosua Mensah",
        "Korle Gardens Hospital",
        "Kwame Osei-Tutu",
        "Volta Institute for Medical Research",
        "National Health Directorate",
        "Yaw Boakye",
        "Abena Kuffour",
    ],
    [
        Q(
            "Dr Akosua Mensah of Korle Gardens Hospital says: Drink hot water every 15 minutes. The virus stays in the throat for 4 days before it reaches the lungs. Forward to everyone you love",
            "a message forwarded widely on WhatsApp in recent weeks",
            "The message",
            stype="unnamed",
            anchor="The message, which",
        ),
        Q(
            "hospital staff have been told but not the public",
            "a second version",
            "A second version",
            kind="partial",
            stype="unnamed",
        ),
        Q("I have never said anything like this, and I never would", "Akosua Mensah", "she", how="after"),
        Q(
            "Patients have come to my clinic holding their phones and asking me why I am telling them to drink water instead of getting vaccinated",
            "Akosua Mensah",
            "she",
            how="before",
        ),
        Q("no effect whatsoever", "Akosua Mensah", "She", kind="partial"),
        Q(
            "not issued any guidance on hot water",
            "Korle Gardens Hospital",
            "Korle Gardens Hospital",
            kind="partial",
            stype="organisation",
            anchor="Korle Gardens Hospital said",
        ),
        Q(
            "disregard messages that use the names of our staff",
            "Korle Gardens Hospital",
            "Korle Gardens Hospital",
            kind="partial",
            stype="organisation",
            anchor="Korle Gardens Hospital said",
        ),
        Q(
            "The virus doesn’t sit in the throat waiting politely for you to wash it down",
            "Kwame Osei-Tutu",
            "Osei-Tutu",
            how="after",
        ),
        Q(
            "It infects cells in the lining of your airways within hours. Swallowing hot water doesn’t reach those cells, and stomach acid has nothing to do with it",
            "Kwame Osei-Tutu",
            "Osei-Tutu",
            how="before",
        ),
        Q("Hot water is not a vaccine", "Yaw Boakye", "he"),
        Q("My own aunt sent it to me three times", "Abena Kuffour", "she", how="after"),
        Q(
            "When I told her it was fake, she said, ‘But it has a doctor’s name on it.’",
            "Abena Kuffour",
            "she",
            anchor="she said, laughing",
        ),
    ],
)

article(
    "fact-check",
    5,
    P(
        "Video clipped to make Gov. Whitcombe appear to say she will close rural schools",
        "By Marcus Oyelaran | Tribune Verify",
        "A 14-second video circulating on TikTok and Facebook shows Gov. Ellen Whitcombe telling a room of school superintendents: “We will shut every rural school that can’t fill its classrooms.”",
        "One account that shared the clip, Heartland Parents United, added the caption: “She finally said the quiet part out loud. Your kid’s school is next.” That post has been viewed more than 600,000 times.",
        "But the clip cuts off the start and the end of Whitcombe’s sentence. In the full remarks, delivered at the State School Boards Association conference in Linwood on Sept. 12, Whitcombe said: “I’ve heard people say that we will shut every rural school that can’t fill its classrooms. That is not going to happen while I’m governor. Not one.”",
        "We watched the full 41-minute speech, which the association posted on its YouTube channel. The sentence comes about 22 minutes in, during a section on school funding formulas.",
        "We contacted Heartland Parents United. Its founder, Crystal Dorsey, said the group had received the clip from a supporter and had not watched the full speech.",
        "“We took it down as soon as we saw the whole thing,” Dorsey said in a phone interview. “That’s on us.”",
        "By then, copies had spread to dozens of other accounts. An anonymous account with about 40,000 followers still had the clip up on Friday, captioned “WHITCOMBE WANTS YOUR SCHOOL CLOSED.” The account did not answer our messages.",
        "Whitcombe’s press secretary, Jordan Reyes-Baird, called the clip “a deliberate edit.”",
        "“The governor said the exact opposite of what that video claims, in the same breath,” Reyes-Baird said. “Anyone can check it. We’d encourage them to.”",
        "Misleadingly edited clips are a growing problem, said Nadia Kerimova, a professor at Linwood State University who studies political video.",
        "“Trimming a sentence is the simplest edit there is, and it’s very hard to catch if all you ever see is the clip,” she said.",
        "Our ruling",
        "A viral video claims to show Whitcombe saying she will shut every rural school. The full speech shows she said the opposite: that closing them was “not going to happen while I’m governor.”",
        "We rate this claim False.",
    ),
    [
        "Marcus Oyelaran",
        "Tribune Verify",
        "Ellen Whitcombe",
        "Heartland Parents United",
        "State School Boards Association",
        "Crystal Dorsey",
        "Jordan Reyes-Baird",
        "Nadia Kerimova",
        "Linwood State University",
    ],
    [
        Q(
            "We will shut every rural school that can’t fill its classrooms",
            "Ellen Whitcombe",
            "Gov. Ellen Whitcombe",
        ),
        Q(
            "She finally said the quiet part out loud. Your kid’s school is next",
            "Heartland Parents United",
            "Heartland Parents United",
            stype="organisation",
            how="before",
        ),
        Q(
            "I’ve heard people say that we will shut every rural school that can’t fill its classrooms. That is not going to happen while I’m governor. Not one",
            "Ellen Whitcombe",
            "Whitcombe",
            anchor="Whitcombe said:",
        ),
        Q("We took it down as soon as we saw the whole thing", "Crystal Dorsey", "Dorsey", how="after"),
        Q("That’s on us", "Crystal Dorsey", "Dorsey", how="before"),
        Q(
            "WHITCOMBE WANTS YOUR SCHOOL CLOSED",
            "an anonymous account with about 40,000 followers",
            "An anonymous account",
            stype="unnamed",
        ),
        Q("a deliberate edit", "Jordan Reyes-Baird", "Jordan Reyes-Baird", kind="partial"),
        Q(
            "The governor said the exact opposite of what that video claims, in the same breath",
            "Jordan Reyes-Baird",
            "Reyes-Baird",
            how="after",
        ),
        Q("Anyone can check it. We’d encourage them to", "Jordan Reyes-Baird", "Reyes-Baird", how="before"),
        Q(
            "Trimming a sentence is the simplest edit there is, and it’s very hard to catch if all you ever see is the clip",
            "Nadia Kerimova",
            "she",
        ),
        Q(
            "not going to happen while I’m governor",
            "Ellen Whitcombe",
            "she",
            kind="partial",
            occ=1,
            anchor="she said the opposite",
        ),
    ],
)

article(
    "fact-check",
    6,
    P(
        "Ad attacking Brightwater over ‘14 tax hikes’ counts fees and procedural votes",
        "By Priya Venkataraman | FactBeat",
        "A television ad from the Committee for a Prosperous Ninth, a super PAC supporting state Rep. Alicia Fontaine, says her Republican opponent in the 9th Congressional District, U.S. Rep. Tom Brightwater, “voted 14 times to raise your taxes.”",
        "“Fourteen times, Tom Brightwater looked at your paycheck and decided he needed more of it,” the ad says over black-and-white photos of the congressman.",
        "Fontaine has made a similar claim on the stump. At a debate in Marlow on Oct. 2, she said: “Fourteen votes. Even the Herald called one of them ‘a tax on breathing.’ I’m not making this up.”",
        "We asked the committee for its list. Spokesperson Devon Mirza sent 14 roll-call votes from Brightwater’s years as a state lawmaker, from 2015 to 2022.",
        "“Every one of these votes made something more expensive for working families,” Mirza said. “That’s what a tax is, whatever you want to call it.”",
        "What the votes were",
        "We reviewed each vote. Six were on bills that raised fees rather than taxes — among them vehicle registration, fishing licenses and an emissions testing fee. Four were procedural votes on amendments. Two were votes for budgets that also included tax cuts. Only two were votes for bills that raised a tax: a 2017 increase in the state cigarette tax and a 2019 change to the hotel occupancy tax.",
        "The emissions fee is the vote a 2019 Marlow Herald editorial was about. The editorial said opponents had called the fee “a tax on breathing,” but it concluded that the $6 charge was “a modest price for cleaner air” and urged lawmakers to pass it.",
        "Brightwater’s campaign manager, Colleen Farraday, said the ad “counts every fee and every procedural vote as a tax hike, which tells you they couldn’t find 14 real ones.”",
        "Jared Whitlow, a senior fellow at the nonpartisan Pellman Tax Institute, said fees and taxes overlap in practice but are not the same thing.",
        "“Voters experience a higher fee and a higher tax in roughly the same way, out of their pocket,” he said. “But if you say someone voted to raise taxes 14 times, people will assume you mean income or sales taxes, and that’s not what most of these were.”",
        "Our ruling",
        "The ad says Brightwater “voted 14 times to raise your taxes.” Of the 14 votes the committee cited, two were for tax increases. Six raised fees, four were procedural, and two were for budgets that cut some taxes.",
        "We rate this claim Mostly False.",
    ),
    [
        "Priya Venkataraman",
        "FactBeat",
        "Committee for a Prosperous Ninth",
        "Alicia Fontaine",
        "Tom Brightwater",
        "Devon Mirza",
        "Marlow Herald",
        "Colleen Farraday",
        "Jared Whitlow",
        "Pellman Tax Institute",
    ],
    [
        Q(
            "voted 14 times to raise your taxes",
            "Committee for a Prosperous Ninth",
            "A television ad",
            kind="partial",
            stype="organisation",
            occ=0,
        ),
        Q(
            "Fourteen times, Tom Brightwater looked at your paycheck and decided he needed more of it",
            "Committee for a Prosperous Ninth",
            "the ad",
            stype="organisation",
            how="after",
        ),
        Q(
            "Fourteen votes. Even the Herald called one of them ‘a tax on breathing.’ I’m not making this up",
            "Alicia Fontaine",
            "she",
        ),
        Q("Every one of these votes made something more expensive for working families", "Devon Mirza", "Mirza"),
        Q("That’s what a tax is, whatever you want to call it", "Devon Mirza", "Mirza", how="before"),
        Q("a tax on breathing", "opponents", "opponents", kind="partial", stype="unnamed", occ=1),
        Q(
            "a modest price for cleaner air",
            "Marlow Herald",
            "it",
            kind="partial",
            stype="organisation",
            anchor="it concluded",
        ),
        Q(
            "counts every fee and every procedural vote as a tax hike, which tells you they couldn’t find 14 real ones",
            "Colleen Farraday",
            "Colleen Farraday",
            kind="partial",
        ),
        Q(
            "Voters experience a higher fee and a higher tax in roughly the same way, out of their pocket",
            "Jared Whitlow",
            "he",
        ),
        Q(
            "But if you say someone voted to raise taxes 14 times, people will assume you mean income or sales taxes, and that’s not what most of these were",
            "Jared Whitlow",
            "he",
            how="before",
        ),
        Q(
            "voted 14 times to raise your taxes",
            "Committee for a Prosperous Ninth",
            "The ad",
            kind="partial",
            stype="organisation",
            occ=1,
        ),
    ],
)

# ---------------------------------------------------------------------------
# STATE MEDIA
# ---------------------------------------------------------------------------

article(
    "state-media",
    1,
    P(
        "Zhao Minghe meets Velorian parliamentary delegation",
        "BAOCHENG, May 14 (HNA) -- Zhao Minghe, chairman of the Standing Committee of the National People’s Assembly (NPA), met here on Wednesday with a delegation of the Velorian Chamber of Deputies led by its Speaker Andrés Quintela Roca.",
        "Zhao said that Handao and Veloria are good friends and good partners who trust each other, and that relations between the two countries have maintained “sound and steady development” since the establishment of diplomatic ties 45 years ago.",
        "“Handao is willing to work with Veloria to carry forward the traditional friendship, deepen practical cooperation and bring more benefits to the two peoples,” Zhao said.",
        "Zhao stressed that the legislative bodies of the two countries should strengthen exchanges at all levels, share experience in governance and “provide a solid legal guarantee” for cooperation in trade, energy and infrastructure.",
        "He pointed out that the Handaoese side highly appreciates Veloria’s “firm support on issues concerning Handao’s core interests” and is ready to continue supporting Veloria in “following a development path suited to its own national conditions.”",
        "Quintela Roca said the Velorian Chamber of Deputies attaches great importance to its relations with the NPA. “Veloria regards Handao as a reliable partner. Our cooperation is not a favour from one side to the other, but a benefit to both,” he said.",
        "He noted that Handaoese investment had helped build the deep-water port at Puerto Salinas, which he described as “a symbol of what our two countries can achieve together.”",
        "Vice-Chairman of the NPA Standing Committee Liu Jianping was present at the meeting.",
        "Earlier on Wednesday, Member of the NPA Standing Committee and Chairperson of its Foreign Affairs Committee Wei Shulan held talks with the delegation.",
        "Wei noted that the two legislatures had signed a memorandum of understanding in 2019 and called for “more frequent and more practical” exchanges under it. “Friendship between nations lies in the affinity between their peoples, and the affinity between peoples lies in mutual understanding,” Wei said.",
        "In a joint press communique issued after the talks, the two sides agreed to “establish a regular dialogue mechanism between the two legislatures” and pledged to “jointly uphold multilateralism and oppose unilateralism in all its forms.”",
        "The delegation arrived in Baocheng on Monday for a five-day official visit at the invitation of the NPA Standing Committee. It will also travel to Lianhe Province, where it is scheduled to visit a solar equipment plant and an agricultural research centre.",
        "Source: Handao News Agency | Editor: Gao Ning",
    ),
    [
        "Zhao Minghe",
        "Standing Committee of the National People’s Assembly",
        "National People’s Assembly",
        "Velorian Chamber of Deputies",
        "Andrés Quintela Roca",
        "Liu Jianping",
        "Wei Shulan",
        "Foreign Affairs Committee",
        "Handao News Agency",
        "Gao Ning",
    ],
    [
        Q("sound and steady development", "Zhao Minghe", "Zhao", kind="partial", how="before"),
        Q(
            "Handao is willing to work with Veloria to carry forward the traditional friendship, deepen practical cooperation and bring more benefits to the two peoples",
            "Zhao Minghe",
            "Zhao",
            how="after",
        ),
        Q("provide a solid legal guarantee", "Zhao Minghe", "Zhao", kind="partial", anchor="Zhao stressed"),
        Q(
            "firm support on issues concerning Handao’s core interests",
            "Zhao Minghe",
            "He",
            kind="partial",
            anchor="He pointed out",
        ),
        Q(
            "following a development path suited to its own national conditions",
            "Zhao Minghe",
            "He",
            kind="partial",
            anchor="He pointed out",
        ),
        Q(
            "Veloria regards Handao as a reliable partner. Our cooperation is not a favour from one side to the other, but a benefit to both",
            "Andrés Quintela Roca",
            "he",
            how="after",
        ),
        Q(
            "a symbol of what our two countries can achieve together",
            "Andrés Quintela Roca",
            "he",
            kind="partial",
            anchor="he described",
        ),
        Q("more frequent and more practical", "Wei Shulan", "Wei", kind="partial", anchor="Wei noted"),
        Q(
            "Friendship between nations lies in the affinity between their peoples, and the affinity between peoples lies in mutual understanding",
            "Wei Shulan",
            "Wei",
            how="after",
        ),
        Q(
            "establish a regular dialogue mechanism between the two legislatures",
            "the two sides",
            "the two sides",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "jointly uphold multilateralism and oppose unilateralism in all its forms",
            "the two sides",
            "the two sides",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "state-media",
    2,
    P(
        """Severia ready to discuss Lesna dam "but not under pressure" - Sorokhin""",
        """KALINOVSK, March 3. /STA/. Severia is prepared to hold talks with neighbouring Darovia on the operation of the Lesna river dam but will not accept ultimatums, Presidential Press Secretary Dmitry Lavrenko told reporters on Tuesday, setting out the position of President Viktor Sorokhin.""",
        '''According to Lavrenko, the president told a meeting of the Security Council on Monday: "We are ready to talk about the dam with our Darovian neighbours, but not under pressure and not through ultimatums. Water is not a weapon, and we will not allow anyone to turn it into one."''',
        '''"The president has been very clear on this point," Lavrenko added. "Severia has never refused dialogue. It is the other side that chose to go to the media instead of the negotiating table."''',
        """Asked whether Sorokhin planned to speak by telephone with Darovian President Elena Marić-Vuković, Lavrenko said no such conversation was on the schedule "for the time being," but did not rule one out.""",
        '''Last week, the Darovian Foreign Ministry accused Severia of cutting the flow of the Lesna by a third during the spring irrigation season and called the move "an act of economic coercion."''',
        """Marina Zakharenko, spokeswoman for the Severian Foreign Ministry, rejected the accusation at her weekly briefing last Thursday. "The flow of the Lesna is regulated strictly in accordance with the 1998 intergovernmental agreement. Every cubic metre is accounted for," she said.""",
        """She stressed that Darovian specialists had been invited to visit the dam "at any convenient time" but had not responded. "The invitation still stands. Let them come and see for themselves," Zakharenko said.""",
        '''Chairman of the Federal Assembly Committee on International Affairs Leonid Kasatkin wrote on his Telegram channel that the Darovian statement was "part of a campaign coordinated from abroad."''',
        """"Our neighbours know perfectly well that nobody is cutting off their water," Kasatkin wrote.""",
        """Severia and Darovia signed the water-sharing agreement in 1998 after a decade of disputes over the river, which rises in the Severian highlands and flows for some 300 kilometres through Darovian territory before reaching the sea.""",
        """The Lesna dam, built in 1974, supplies water to about 40,000 hectares of farmland on both sides of the border. Under the 1998 agreement, a joint commission meets twice a year to set seasonal release volumes. Its last meeting, scheduled for February, was postponed at Darovia's request, according to the Severian Ministry of Natural Resources.""",
    ),
    [
        "STA",
        "Dmitry Lavrenko",
        "Viktor Sorokhin",
        "Security Council",
        "Elena Marić-Vuković",
        "Darovian Foreign Ministry",
        "Marina Zakharenko",
        "Severian Foreign Ministry",
        "Federal Assembly Committee on International Affairs",
        "Leonid Kasatkin",
        "Severian Ministry of Natural Resources",
    ],
    [
        Q("but not under pressure", "Viktor Sorokhin", "Sorokhin", kind="partial", occ=0, how="after"),
        Q(
            "We are ready to talk about the dam with our Darovian neighbours, but not under pressure and not through ultimatums. Water is not a weapon, and we will not allow anyone to turn it into one",
            "Viktor Sorokhin",
            "the president",
            anchor="the president told",
        ),
        Q("The president has been very clear on this point", "Dmitry Lavrenko", "Lavrenko", how="after"),
        Q(
            "Severia has never refused dialogue. It is the other side that chose to go to the media instead of the negotiating table",
            "Dmitry Lavrenko",
            "Lavrenko",
            how="before",
        ),
        Q("for the time being", "Dmitry Lavrenko", "Lavrenko", kind="partial", anchor="Lavrenko said no such"),
        Q(
            "an act of economic coercion",
            "Darovian Foreign Ministry",
            "the Darovian Foreign Ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The flow of the Lesna is regulated strictly in accordance with the 1998 intergovernmental agreement. Every cubic metre is accounted for",
            "Marina Zakharenko",
            "she",
        ),
        Q("at any convenient time", "Marina Zakharenko", "She", kind="partial"),
        Q("The invitation still stands. Let them come and see for themselves", "Marina Zakharenko", "Zakharenko"),
        Q(
            "part of a campaign coordinated from abroad",
            "Leonid Kasatkin",
            "Chairman of the Federal Assembly Committee on International Affairs Leonid Kasatkin",
            kind="partial",
        ),
        Q("Our neighbours know perfectly well that nobody is cutting off their water", "Leonid Kasatkin", "Kasatkin"),
    ],
)

article(
    "state-media",
    3,
    P(
        "Respected Comrade Ri Chol Ung Inspects Newly Built Sinhung Fertilizer Complex",
        "Pyongwon, June 8 (SCNA) -- Ri Chol Ung, general secretary of the Workers’ Party of Haeryon and president of the State Affairs Commission of the Democratic People’s Republic of Haeryon, inspected the newly built Sinhung Fertilizer Complex.",
        "He was greeted on the spot by Premier of the Cabinet Pak Thae Gyong and leading officials of the complex.",
        "Going round the granulation workshop, the ammonia synthesis shop and the central control room, Ri Chol Ung said with great satisfaction that the complex had been built “in the spirit of self-reliance, without a single bolt from abroad.”",
        "“This is a proud fruition of the patriotic devotion of our workers, technicians and soldier-builders, who turned a barren hillside into a treasure house in only 14 months,” he said. “When the first bags of fertilizer leave this gate, they will carry the hopes of every cooperative farm in the country.",
        "“The Party will never forget the sweat shed here.”",
        "He stressed that the complex must run at full capacity “from the first day, not the first year” so that farmers could receive fertilizer before the rice-transplanting season.",
        "Pointing out shortcomings in the management of raw materials, he instructed the officials concerned to correct them without delay. “Even the best equipment becomes scrap iron in the hands of people who do not value it,” he said.",
        "Pak Thae Gyong, in a speech at the inauguration ceremony held the same day, said the Cabinet would “ensure without fail” the supply of electricity and coal to the complex.",
        "Meanwhile, SCNA said in a commentary on Sunday that the joint naval drills staged by Tarsan and its allies near the country’s territorial waters were “a reckless military provocation pushing the situation to the brink of war.”",
        "“The hostile forces had better not forget that the patience of the DPRH has its limits,” the commentary said.",
        "A spokesman for the Ministry of Foreign Affairs of the DPRH said in a press statement that the country would “take corresponding countermeasures” if the drills continued into next week.",
        "Vice Department Director of the Central Committee of the Workers’ Party of Haeryon Jang Kyong Ok issued a separate press statement on Monday.",
        "“We will watch every move they make, and we will answer every move they make,” she said in the statement.",
    ),
    [
        "Ri Chol Ung",
        "SCNA",
        "Workers’ Party of Haeryon",
        "State Affairs Commission",
        "Sinhung Fertilizer Complex",
        "Pak Thae Gyong",
        "Cabinet",
        "Ministry of Foreign Affairs of the DPRH",
        "Central Committee of the Workers’ Party of Haeryon",
        "Jang Kyong Ok",
    ],
    [
        Q(
            "in the spirit of self-reliance, without a single bolt from abroad",
            "Ri Chol Ung",
            "Ri Chol Ung",
            kind="partial",
            anchor="Ri Chol Ung said",
        ),
        Q(
            "This is a proud fruition of the patriotic devotion of our workers, technicians and soldier-builders, who turned a barren hillside into a treasure house in only 14 months",
            "Ri Chol Ung",
            "he",
            how="after",
        ),
        Q(
            "When the first bags of fertilizer leave this gate, they will carry the hopes of every cooperative farm in the country",
            "Ri Chol Ung",
            "he",
            how="before",
        ),
        Q("The Party will never forget the sweat shed here", "Ri Chol Ung", "@prev"),
        Q("from the first day, not the first year", "Ri Chol Ung", "He", kind="partial", anchor="He stressed"),
        Q(
            "Even the best equipment becomes scrap iron in the hands of people who do not value it",
            "Ri Chol Ung",
            "he",
            how="after",
        ),
        Q(
            "ensure without fail",
            "Pak Thae Gyong",
            "Pak Thae Gyong",
            kind="partial",
            anchor="Pak Thae Gyong, in a speech",
        ),
        Q(
            "a reckless military provocation pushing the situation to the brink of war",
            "SCNA",
            "SCNA",
            kind="partial",
            stype="organisation",
            anchor="SCNA said in a commentary",
        ),
        Q(
            "The hostile forces had better not forget that the patience of the DPRH has its limits",
            "SCNA",
            "the commentary",
            stype="organisation",
        ),
        Q(
            "take corresponding countermeasures",
            "a spokesman for the Ministry of Foreign Affairs of the DPRH",
            "A spokesman for the Ministry of Foreign Affairs of the DPRH",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We will watch every move they make, and we will answer every move they make",
            "Jang Kyong Ok",
            "she",
        ),
    ],
)

article(
    "state-media",
    4,
    P(
        "Kharzani FM says sanctions talks will ‘achieve nothing’ under pressure",
        "ZARABAD, KRNA -- Foreign Minister Hossein Amir-Tabari has said that any new round of talks on lifting sanctions will ‘achieve nothing’ as long as the other side continues its ‘maximum pressure’ policy against the Kharzani nation.",
        "Speaking to reporters on the sidelines of a cabinet meeting on Wednesday, Amir-Tabari said: ‘We have shown in practice that we are ready for a fair agreement. But negotiation under threat is not negotiation. It is dictation.’",
        "He added that Kharzan had ‘received messages’ through mediators in Qadira and would ‘study them carefully and respond at the appropriate time’.",
        "Meanwhile, President Ali-Reza Farahmand’s chief of staff, Mahmoud Nikpour, quoted the president as telling Wednesday’s cabinet session that ‘the doors of diplomacy are open, but the people of Kharzan will not pay twice for the same agreement’.",
        "Nikpour said the president had ‘instructed all ministries to plan on the assumption that sanctions will remain in place for the whole year’.",
        "The Kharzani Foreign Ministry’s spokesman, Esmail Baqeri-Kani, told his weekly press conference on Monday that the visit to Zarabad by the Qadiri foreign minister ‘was planned long ago and has nothing to do with the rumours circulating in Western media’.",
        "Asked whether Kharzan would accept direct talks, he replied: ‘Our position has not changed. When the other side returns to its commitments, everything is possible.’",
        "Speaker of the National Consultative Assembly Gholam-Reza Tavassoli stressed in an open session of parliament on Tuesday that any agreement ‘must be approved by the Assembly, article by article, before it binds this nation’.",
        "Qadiri Foreign Minister Sheikh Faisal bin Hamad Al Mansour, who arrived in Zarabad on Tuesday evening for a two-day visit, told KRNA that his country ‘has no interest except the security and prosperity of the region’.",
        "‘We carry messages. We do not carry conditions,’ he said.",
        "Tavassoli’s remarks drew applause from lawmakers, several of whom have criticised the government for what they describe as excessive flexibility in previous rounds of negotiations.",
        "The last round of indirect talks, held in Qadira in September, ended after three days without agreement. Since then the Kharzani rial has lost about a fifth of its value against the dollar, and the government has expanded subsidies for bread, medicine and cooking fuel.",
        "The Qadiri minister is expected to meet President Farahmand on Thursday before travelling on to the Gulf.",
    ),
    [
        "KRNA",
        "Hossein Amir-Tabari",
        "Ali-Reza Farahmand",
        "Mahmoud Nikpour",
        "Kharzani Foreign Ministry",
        "Esmail Baqeri-Kani",
        "National Consultative Assembly",
        "Gholam-Reza Tavassoli",
        "Faisal bin Hamad Al Mansour",
    ],
    [
        Q("achieve nothing", "Hossein Amir-Tabari", "Kharzani FM", kind="partial", occ=0),
        Q(
            "achieve nothing",
            "Hossein Amir-Tabari",
            "Foreign Minister Hossein Amir-Tabari",
            kind="partial",
            occ=1,
        ),
        Q(
            "We have shown in practice that we are ready for a fair agreement. But negotiation under threat is not negotiation. It is dictation",
            "Hossein Amir-Tabari",
            "Amir-Tabari",
            anchor="Amir-Tabari said:",
        ),
        Q("received messages", "Hossein Amir-Tabari", "He", kind="partial", anchor="He added"),
        Q(
            "study them carefully and respond at the appropriate time",
            "Hossein Amir-Tabari",
            "He",
            kind="partial",
            anchor="He added",
        ),
        Q(
            "the doors of diplomacy are open, but the people of Kharzan will not pay twice for the same agreement",
            "Ali-Reza Farahmand",
            "the president",
            kind="partial",
            anchor="the president as telling",
        ),
        Q(
            "instructed all ministries to plan on the assumption that sanctions will remain in place for the whole year",
            "Mahmoud Nikpour",
            "Nikpour",
            kind="partial",
            anchor="Nikpour said",
        ),
        Q(
            "was planned long ago and has nothing to do with the rumours circulating in Western media",
            "Esmail Baqeri-Kani",
            "Esmail Baqeri-Kani",
            kind="partial",
        ),
        Q(
            "Our position has not changed. When the other side returns to its commitments, everything is possible",
            "Esmail Baqeri-Kani",
            "he",
        ),
        Q(
            "must be approved by the Assembly, article by article, before it binds this nation",
            "Gholam-Reza Tavassoli",
            "Speaker of the National Consultative Assembly Gholam-Reza Tavassoli",
            kind="partial",
        ),
        Q(
            "has no interest except the security and prosperity of the region",
            "Faisal bin Hamad Al Mansour",
            "Qadiri Foreign Minister Sheikh Faisal bin Hamad Al Mansour",
            kind="partial",
        ),
        Q("We carry messages. We do not carry conditions", "Faisal bin Hamad Al Mansour", "he"),
    ],
)

article(
    "state-media",
    5,
    P(
        "Tesman, Kavrani foreign ministers aim to double trade to $10B",
        "Elif Kaya | 10.04.2026",
        """KORUVA (MA) - Tesman Foreign Minister Hakan Özdemirci said on Thursday that Tesma and Kavran aim to raise bilateral trade to $10 billion "within three years," speaking at a joint news conference with his Kavrani counterpart Mirela Dragović in the capital Koruva.""",
        """"We have agreed to set up a joint economic commission that will meet every six months. We do not want our relations to be decided only at summits," Özdemirci said.""",
        """Dragović said her country valued Tesma's role as "a bridge between regions" and thanked Tesman President Mehmet Ali Yurtsever for his "personal attention" to the relationship.""",
        """"Kavran sees Tesma not only as a partner in trade but as a partner in stability," she said.""",
        '''The ministers also discussed visa liberalization. Dragović said visa-free travel for Tesman citizens would take effect on June 1, calling it "a practical step that people will feel in their daily lives."''',
        """Özdemirci also conveyed a message from Yurtsever to the Kavrani people. "President Yurtsever asked me to tell you that Kavran's security is our security, and Kavran's prosperity is our prosperity," he said.""",
        """In a joint declaration signed after the talks, the two ministers said they would "intensify cooperation in the fight against terrorism in all its forms and manifestations" and support "a just and lasting solution" to the conflict in the neighboring Serin Valley.""",
        """Separately, Presidential Communications Director Burak Tunçel said on X that Yurtsever would visit Kavran in the autumn. "Our President will be the first Tesman head of state to visit Kavran in 22 years," Tunçel wrote.""",
        """"Ten billion dollars is within reach if the energy projects go ahead. Without them, it is a slogan," Hasan Ekinci, an expert at the Koruva-based Foreign Policy Research Foundation, told Meridyen Agency.""",
        """The two ministers also signed agreements on cooperation in agriculture, civil aviation and higher education. Under the aviation agreement, airlines of both countries will be allowed to operate up to 28 weekly flights between Koruva and the Kavrani capital, up from 14.""",
        """Dragović arrived in Koruva on Wednesday for a two-day official visit, her first since taking office in January. She laid a wreath at the national war memorial before the talks.""",
        """Bilateral trade between the two countries stood at $4.7 billion last year, according to the Tesman Statistical Institute.""",
    ),
    [
        "Elif Kaya",
        "Meridyen Agency",
        "Hakan Özdemirci",
        "Mirela Dragović",
        "Mehmet Ali Yurtsever",
        "Burak Tunçel",
        "Hasan Ekinci",
        "Foreign Policy Research Foundation",
        "Tesman Statistical Institute",
    ],
    [
        Q("within three years", "Hakan Özdemirci", "Tesman Foreign Minister Hakan Özdemirci", kind="partial"),
        Q(
            "We have agreed to set up a joint economic commission that will meet every six months. We do not want our relations to be decided only at summits",
            "Hakan Özdemirci",
            "Özdemirci",
            how="after",
        ),
        Q("a bridge between regions", "Mirela Dragović", "Dragović", kind="partial", how="before"),
        Q("personal attention", "Mirela Dragović", "Dragović", kind="partial", anchor="Dragović said her country"),
        Q("Kavran sees Tesma not only as a partner in trade but as a partner in stability", "Mirela Dragović", "she"),
        Q(
            "a practical step that people will feel in their daily lives",
            "Mirela Dragović",
            "Dragović",
            kind="partial",
            how="before",
        ),
        Q(
            "President Yurtsever asked me to tell you that Kavran's security is our security, and Kavran's prosperity is our prosperity",
            "Hakan Özdemirci",
            "he",
        ),
        Q(
            "intensify cooperation in the fight against terrorism in all its forms and manifestations",
            "the two ministers",
            "the two ministers",
            kind="partial",
            stype="unnamed",
        ),
        Q("a just and lasting solution", "the two ministers", "the two ministers", kind="partial", stype="unnamed"),
        Q(
            "Our President will be the first Tesman head of state to visit Kavran in 22 years",
            "Burak Tunçel",
            "Tunçel",
            how="after",
        ),
        Q(
            "Ten billion dollars is within reach if the energy projects go ahead. Without them, it is a slogan",
            "Hasan Ekinci",
            "Hasan Ekinci",
        ),
    ],
)

article(
    "state-media",
    6,
    P(
        "Spokesperson: Premier’s visit to Samarkhand “will open new chapter” in ties",
        "VINH LAC, Oct. 9 (ANA) -- Premier Pham Duc Thanh’s official visit to Samarkhand next week “will open a new chapter” in relations between the two countries, Aurenian Foreign Ministry spokesperson Dao Thi Lan said at a regular press conference on Thursday.",
        "Dao said that during the visit, Pham will hold talks with Samarkhandi President Rustam Nazarbekov and attend a business forum in the capital.",
        "“The two sides will sign more than 10 cooperation documents covering energy, agriculture, education and digital transformation,” she said.",
        "She noted that this year marks the 30th anniversary of diplomatic relations between Aurenia and Samarkhand, describing the relationship as “a time-tested friendship that has weathered every storm.”",
        "Asked about remarks by a Samarkhandi opposition lawmaker questioning the cost of an Aurenian-built railway, Dao said Aurenia “has always conducted cooperation on the principles of transparency, equality and mutual benefit.”",
        "“Facts speak louder than words. The railway has carried 2.4 million passengers since it opened, and freight volumes have tripled,” she added.",
        "The railway, which links the southern city of Kumbel with the Samarkhandi capital, was built by an Aurenian consortium and opened in 2022. It was financed mainly by loans from Aurenian state banks.",
        "Dao also said that Pham had, at a cabinet meeting on Wednesday, “instructed the relevant ministries and agencies to make thorough preparations” for the trip.",
        "According to a readout released by the Government Office, Pham told the meeting: “Every commitment we make in Samarkhand must be a commitment we can keep. Our partners remember what we promise, and so do our people.”",
        "Asked about a maritime incident reported by foreign media last week, Dao said the Aurenian side had “taken note of the relevant reports” and was verifying the information through diplomatic channels.",
        "Gulnara Sadykova, director of the Center for Eurasian Studies in the Samarkhandi capital, told ANA that Aurenian investment had “changed the face” of the country’s south.",
        "“Ten years ago there was no paved road to Kumbel. Now there is a railway, a hospital and two factories,” she said.",
        "Pham’s visit, from Oct. 15 to 18, will be his first to Samarkhand since taking office. Aurenia is Samarkhand’s third-largest trading partner, with two-way trade of 3.8 billion U.S. dollars last year.",
    ),
    [
        "ANA",
        "Pham Duc Thanh",
        "Aurenian Foreign Ministry",
        "Dao Thi Lan",
        "Rustam Nazarbekov",
        "Government Office",
        "Gulnara Sadykova",
        "Center for Eurasian Studies",
    ],
    [
        Q("will open new chapter", "Dao Thi Lan", "Spokesperson", kind="partial"),
        Q(
            "will open a new chapter",
            "Dao Thi Lan",
            "Aurenian Foreign Ministry spokesperson Dao Thi Lan",
            kind="partial",
        ),
        Q(
            "The two sides will sign more than 10 cooperation documents covering energy, agriculture, education and digital transformation",
            "Dao Thi Lan",
            "she",
        ),
        Q("a time-tested friendship that has weathered every storm", "Dao Thi Lan", "She", kind="partial"),
        Q(
            "has always conducted cooperation on the principles of transparency, equality and mutual benefit",
            "Dao Thi Lan",
            "Dao",
            kind="partial",
            anchor="Dao said Aurenia",
        ),
        Q(
            "Facts speak louder than words. The railway has carried 2.4 million passengers since it opened, and freight volumes have tripled",
            "Dao Thi Lan",
            "she",
        ),
        Q(
            "instructed the relevant ministries and agencies to make thorough preparations",
            "Dao Thi Lan",
            "Dao",
            kind="partial",
            anchor="Dao also said",
        ),
        Q(
            "Every commitment we make in Samarkhand must be a commitment we can keep. Our partners remember what we promise, and so do our people",
            "Pham Duc Thanh",
            "Pham",
            anchor="Pham told the meeting",
        ),
        Q("changed the face", "Gulnara Sadykova", "Gulnara Sadykova", kind="partial"),
        Q(
            "Ten years ago there was no paved road to Kumbel. Now there is a railway, a hospital and two factories",
            "Gulnara Sadykova",
            "she",
        ),
        Q(
            "taken note of the relevant reports",
            "Dao Thi Lan",
            "Dao",
            kind="partial",
            anchor="Dao said the Aurenian side",
        ),
    ],
)

# ---------------------------------------------------------------------------
# CITY HALL
# ---------------------------------------------------------------------------

article(
    "city-hall",
    1,
    P(
        "Council OKs 240-unit apartment project on Cedar Avenue after four-hour hearing",
        "By Rosa Delgado | The Millbrook Dispatch",
        "The Millbrook City Council voted 5-4 early Wednesday to rezone a vacant former lumberyard on Cedar Avenue for a 240-unit apartment complex, ending a four-hour hearing in which more than 60 residents signed up to speak.",
        "The project, proposed by Halvard Development Group, needed the site rezoned from light industrial to high-density residential. A staff report from the Millbrook Planning Department, included in the agenda packet, called the site “well suited for infill housing” and said the project would “help the city meet roughly 15 percent of its five-year housing target.”",
        "Council Member Dana Pike, who represents District 4, where the site is located, cast the deciding vote.",
        "“I have heard every one of you, and I know some of you will not forgive me for this,” Pike said shortly after midnight. “But my kids can’t afford to live in the district I represent, and neither can yours.”",
        "Maria Ruiz, who lives on Elm Street two blocks from the site, told the council that traffic on Cedar was already dangerous. “My son was clipped by a car in that crosswalk last spring. Two hundred and forty more households is two hundred and forty more cars,” she said.",
        "Others spoke in favor. Terrence Boyd, a Lakeview resident who said he rents a one-bedroom apartment with his wife and two children, told the council: “We’re not asking for a handout. We’re asking for a door we can afford to walk through.”",
        "A man who identified himself only as a 40-year resident of Cedar Heights called the hearing “a done deal dressed up as a public process” and walked out before the vote.",
        "Council Member Luis Okafor, who represents District 2 and voted no, said he supported more housing but not at that density. He asked Planning Director Judith Marsh whether the city had studied the effect on Elm Street.",
        "“We did, and the study is in your packet,” Marsh replied. “It projects about 1,100 additional trips a day, mostly on Cedar.”",
        "“Mostly,” Okafor said. “That word is doing a lot of work.”",
        "Mayor Renee Castellano, who does not vote on zoning matters, has made housing a centerpiece of her administration. Her spokesperson, Jamal Ortiz, said in a statement that the mayor “welcomes the council’s decision and looks forward to seeing shovels in the ground.”",
        "The project still needs site plan approval from the Planning Commission, which could take it up as early as March. Halvard has said it hopes to break ground next fall.",
    ),
    [
        "Rosa Delgado",
        "Millbrook Dispatch",
        "Millbrook City Council",
        "Halvard Development Group",
        "Millbrook Planning Department",
        "Dana Pike",
        "Maria Ruiz",
        "Terrence Boyd",
        "Luis Okafor",
        "Judith Marsh",
        "Renee Castellano",
        "Jamal Ortiz",
        "Planning Commission",
    ],
    [
        Q(
            "well suited for infill housing",
            "Millbrook Planning Department",
            "A staff report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "help the city meet roughly 15 percent of its five-year housing target",
            "Millbrook Planning Department",
            "A staff report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I have heard every one of you, and I know some of you will not forgive me for this",
            "Dana Pike",
            "Pike",
            how="after",
        ),
        Q(
            "But my kids can’t afford to live in the district I represent, and neither can yours",
            "Dana Pike",
            "Pike",
            how="before",
        ),
        Q(
            "My son was clipped by a car in that crosswalk last spring. Two hundred and forty more households is two hundred and forty more cars",
            "Maria Ruiz",
            "she",
        ),
        Q(
            "We’re not asking for a handout. We’re asking for a door we can afford to walk through",
            "Terrence Boyd",
            "Terrence Boyd",
        ),
        Q(
            "a done deal dressed up as a public process",
            "a man who identified himself only as a 40-year resident of Cedar Heights",
            "A man",
            kind="partial",
            stype="unnamed",
        ),
        Q("We did, and the study is in your packet", "Judith Marsh", "Marsh", how="after"),
        Q("It projects about 1,100 additional trips a day, mostly on Cedar", "Judith Marsh", "Marsh", how="before"),
        Q("Mostly", "Luis Okafor", "Okafor", how="after"),
        Q("That word is doing a lot of work", "Luis Okafor", "Okafor", how="before"),
        Q(
            "welcomes the council’s decision and looks forward to seeing shovels in the ground",
            "Jamal Ortiz",
            "Jamal Ortiz",
            kind="partial",
        ),
    ],
)

article(
    "city-hall",
    2,
    P(
        "Police overtime dominates first budget hearing in Ridgeport",
        "By Calvin Mercer | Ridgeport Courier-Post",
        """RIDGEPORT — The question came up in the first ten minutes of the Ridgeport City Council's budget hearing Tuesday, and it did not go away for the next three hours: why has the police department spent $14.2 million on overtime this year when it budgeted $8 million?""",
        """Council Member Shirin Haddad, who represents District 6 and chairs the council's Budget and Finance Committee, put the question directly to Police Chief Arthur Kowalczyk.""",
        """"Chief, you came to us last June and said $8 million would be enough. What happened?" Haddad asked.""",
        '''"What happened is we are 61 officers short of our authorized strength," Kowalczyk said. "When you are short 61 officers, the shifts still have to be covered. Somebody works a double."''',
        '''"So the overtime is a staffing problem, not a spending problem?"''',
        '''"It's both. But it starts as a staffing problem."''',
        """Budget Director Nina Feldman said the mayor's proposed budget sets aside $11 million for police overtime next year, a figure she called "realistic, not aspirational." The department has hired 38 recruits this year, she said, but lost 44 officers to retirement and resignation.""",
        """During public comment, Denise Whitaker, who lives in the Harbor Flats neighborhood, said she had waited 40 minutes for an officer after her car was broken into in March. "I don't care whose fault it is. I care that nobody came," she said.""",
        """Another speaker, Omar Siddiqui of the Northgate Tenants Union, urged the council to move money from overtime into mental health response teams. "Every call a social worker can handle is a call that doesn't need a cop on a double shift," he said.""",
        """Council Member Frank DeLuca (District 1) said he would not support cutting police funding "by one dollar" while response times were rising.""",
        """"People in my district don't want fewer officers. They want officers who aren't on their 15th hour," DeLuca said.""",
        """Mayor Gloria Tran was not at the hearing. Her spokesperson, Ben Abernathy, said afterward that the mayor "has asked the chief for a plan to bring overtime under control by the end of the fiscal year" and would present it to the council in October.""",
        """The council will hold two more budget hearings before a final vote on June 17.""",
    ),
    [
        "Calvin Mercer",
        "Ridgeport Courier-Post",
        "Ridgeport City Council",
        "Shirin Haddad",
        "Budget and Finance Committee",
        "Arthur Kowalczyk",
        "Nina Feldman",
        "Denise Whitaker",
        "Omar Siddiqui",
        "Northgate Tenants Union",
        "Frank DeLuca",
        "Gloria Tran",
        "Ben Abernathy",
    ],
    [
        Q(
            "Chief, you came to us last June and said $8 million would be enough. What happened",
            "Shirin Haddad",
            "Haddad",
            anchor="Haddad asked",
        ),
        Q("What happened is we are 61 officers short of our authorized strength", "Arthur Kowalczyk", "Kowalczyk"),
        Q(
            "When you are short 61 officers, the shifts still have to be covered. Somebody works a double",
            "Arthur Kowalczyk",
            "Kowalczyk",
            how="before",
        ),
        Q(
            "So the overtime is a staffing problem, not a spending problem",
            "Shirin Haddad",
            "Haddad",
            anchor="Haddad asked",
        ),
        Q("It's both. But it starts as a staffing problem", "Arthur Kowalczyk", "Kowalczyk", anchor="Kowalczyk said"),
        Q("realistic, not aspirational", "Nina Feldman", "she", kind="partial", anchor="she called"),
        Q("I don't care whose fault it is. I care that nobody came", "Denise Whitaker", "she"),
        Q(
            "Every call a social worker can handle is a call that doesn't need a cop on a double shift",
            "Omar Siddiqui",
            "he",
        ),
        Q("by one dollar", "Frank DeLuca", "Council Member Frank DeLuca", kind="partial"),
        Q(
            "People in my district don't want fewer officers. They want officers who aren't on their 15th hour",
            "Frank DeLuca",
            "DeLuca",
            how="after",
        ),
        Q(
            "has asked the chief for a plan to bring overtime under control by the end of the fiscal year",
            "Ben Abernathy",
            "Ben Abernathy",
            kind="partial",
        ),
    ],
)

article(
    "city-hall",
    3,
    P(
        "Council overrides Mayor Reyes’ veto of short-term rental cap",
        "By Grace Lindholm | Bayside Examiner",
        "The Harbor City Council on Monday overrode Mayor Antonio Reyes’ veto of an ordinance that caps short-term rentals at 90 nights a year, the first time the council has overturned one of his vetoes since he took office in 2022.",
        "The 8-3 vote came after a tense exchange between Council President Gwen Albright and the mayor’s chief of staff, Derek Nolan, who had asked to address the council before the vote.",
        "“The mayor is not against regulation. He is against an ordinance that will be in court within a week,” Nolan told the council.",
        "Albright cut him off when his three minutes ran out. “You’ve had the mayor’s ear for six months, Mr. Nolan. We’ve had three minutes,” she said.",
        "Nolan’s warning echoed a memo from the city attorney’s office that was included in the agenda packet. The memo, signed by Deputy City Attorney Paul Iverson, says the 90-night cap “is likely to face a legal challenge” and that the city “should expect to defend it at considerable expense.”",
        "Council Member Yolanda Price, who represents District 3 and wrote the ordinance, said the memo “says what every memo from that office says.”",
        "“Of course somebody will sue. Somebody sues over everything we pass,” she said. “That is not a reason to let investors keep turning family homes into hotels.”",
        "Council Member Dale Kessler, who represents District 7 and voted to sustain the veto, said he worried the cap would hurt homeowners who rent out a room to help with the mortgage. “We are writing a rule for the big operators, and it’s going to land on the retiree with the spare bedroom,” he said.",
        "Before the vote, Patricia Oyelowo, who lives on Sandpiper Lane in the Point Harbor neighborhood, told the council that five of the 12 houses on her block are now short-term rentals. “On a Saturday night my street is a bachelor party. On a Tuesday in February it is a ghost town,” she said.",
        "After the vote, Reyes issued a statement calling the override “disappointing but not surprising.” The mayor said his administration would “enforce the law as written while we prepare for the litigation that will follow.”",
        "The ordinance takes effect Jan. 1. Hosts who exceed the cap will face fines of up to $1,000 a night, and platforms that list unregistered rentals can be fined $500 per listing.",
    ),
    [
        "Grace Lindholm",
        "Bayside Examiner",
        "Harbor City Council",
        "Antonio Reyes",
        "Gwen Albright",
        "Derek Nolan",
        "Paul Iverson",
        "Yolanda Price",
        "Dale Kessler",
        "Patricia Oyelowo",
    ],
    [
        Q(
            "The mayor is not against regulation. He is against an ordinance that will be in court within a week",
            "Derek Nolan",
            "Nolan",
            how="after",
        ),
        Q(
            "You’ve had the mayor’s ear for six months, Mr. Nolan. We’ve had three minutes",
            "Gwen Albright",
            "she",
        ),
        Q("is likely to face a legal challenge", "Paul Iverson", "The memo", kind="partial"),
        Q("should expect to defend it at considerable expense", "Paul Iverson", "The memo", kind="partial"),
        Q(
            "says what every memo from that office says",
            "Yolanda Price",
            "Council Member Yolanda Price",
            kind="partial",
        ),
        Q("Of course somebody will sue. Somebody sues over everything we pass", "Yolanda Price", "she", how="after"),
        Q(
            "That is not a reason to let investors keep turning family homes into hotels",
            "Yolanda Price",
            "she",
            how="before",
        ),
        Q(
            "We are writing a rule for the big operators, and it’s going to land on the retiree with the spare bedroom",
            "Dale Kessler",
            "he",
            how="after",
        ),
        Q(
            "On a Saturday night my street is a bachelor party. On a Tuesday in February it is a ghost town",
            "Patricia Oyelowo",
            "she",
            how="after",
        ),
        Q("disappointing but not surprising", "Antonio Reyes", "Reyes", kind="partial", anchor="Reyes issued"),
        Q(
            "enforce the law as written while we prepare for the litigation that will follow",
            "Antonio Reyes",
            "The mayor",
            kind="partial",
        ),
    ],
)

article(
    "city-hall",
    4,
    P(
        "Council renames Riverside Park for civil rights librarian Mabel Odom Hart",
        "By Isaac Brenner | Eastfield Gazette",
        "The Eastfield Common Council voted 9-0 Tuesday night to rename Riverside Park in honor of Mabel Odom Hart, the librarian who organized the 1963 read-in that opened the city’s main library to Black patrons and who spent the next 40 years pressing the city to integrate its parks and pools.",
        "More than 30 people spoke during public comment, nearly all of them in favor.",
        "Hart’s granddaughter, Simone Hart-Lewis, who lives in the Oak Hill neighborhood, read from a letter her grandmother sent to the parks board in 1971, when the park’s pool was still closed to Black children: “We are not asking the city for a gift. We are asking the city to stop taking what is already ours.”",
        "“She wrote that when I was two years old,” Hart-Lewis said. “I’m 56 now, and I finally get to say thank you.”",
        "Leonard Fisk, who has lived on Walnut Street for 48 years, told the council he had been one of the children turned away from the pool. “I stood at that fence in 1970 and watched other kids swim,” he said. “My mother told me not to cry where they could see it.",
        "“Tonight I get to watch you put Mrs. Hart’s name on the gate.”",
        "Not everyone thought the renaming went far enough. Keisha Monroe, a member of the Riverside Park Conservancy who lives on Front Street, said the city should pair the new name with money for repairs. “A new sign on a broken pool is not an honor,” Monroe said.",
        "Council President Harold Dunn, who presided, twice reminded speakers of the three-minute limit. When one man kept talking after the timer sounded, Dunn cut in: “Sir, I have to stop you. Your time is up, and there are 20 people behind you.”",
        "The man, who did not give his name, shouted “Rename the whole city!” as he returned to his seat, drawing laughter and some applause.",
        "Council Member Rita Gonzales, who represents the 5th District, which includes the park, sponsored the measure. The resolution, which Gonzales wrote, describes Hart as “a patient, relentless and unfailingly polite thorn in the side of this council for 40 years.”",
        "“Mrs. Hart spent her life asking this city to keep its promises,” Gonzales said before the vote. “This is one promise we can keep tonight.”",
        "New signs are expected to go up at the park’s three entrances this summer, according to the parks department.",
    ),
    [
        "Isaac Brenner",
        "Eastfield Gazette",
        "Eastfield Common Council",
        "Mabel Odom Hart",
        "Simone Hart-Lewis",
        "Leonard Fisk",
        "Keisha Monroe",
        "Riverside Park Conservancy",
        "Harold Dunn",
        "Rita Gonzales",
    ],
    [
        Q(
            "We are not asking the city for a gift. We are asking the city to stop taking what is already ours",
            "Mabel Odom Hart",
            "her grandmother",
        ),
        Q("She wrote that when I was two years old", "Simone Hart-Lewis", "Hart-Lewis", how="after"),
        Q("I’m 56 now, and I finally get to say thank you", "Simone Hart-Lewis", "Hart-Lewis", how="before"),
        Q("I stood at that fence in 1970 and watched other kids swim", "Leonard Fisk", "he", how="after"),
        Q("My mother told me not to cry where they could see it", "Leonard Fisk", "he", how="before"),
        Q("Tonight I get to watch you put Mrs. Hart’s name on the gate", "Leonard Fisk", "@prev"),
        Q("A new sign on a broken pool is not an honor", "Keisha Monroe", "Monroe", how="after"),
        Q(
            "Sir, I have to stop you. Your time is up, and there are 20 people behind you",
            "Harold Dunn",
            "Dunn",
            anchor="Dunn cut in",
        ),
        Q("Rename the whole city", "one man", "The man", stype="unnamed"),
        Q(
            "a patient, relentless and unfailingly polite thorn in the side of this council for 40 years",
            "Rita Gonzales",
            "The resolution",
            kind="partial",
        ),
        Q("Mrs. Hart spent her life asking this city to keep its promises", "Rita Gonzales", "Gonzales", how="after"),
        Q("This is one promise we can keep tonight", "Rita Gonzales", "Gonzales", how="before"),
    ],
)

article(
    "city-hall",
    5,
    P(
        "Split committee sends Grand Avenue bike lane plan to full council without recommendation",
        "By Noor Rahimi | The Carver Citizen",
        "A Port Carver City Council committee deadlocked 2-2 on Thursday over a plan to replace parking on a mile-long stretch of Grand Avenue with protected bike lanes, sending the proposal to the full council without a recommendation.",
        "The plan, drafted by the city’s Department of Transportation, would remove 138 parking spaces between 5th and 19th streets. In its presentation to the Transportation and Infrastructure Committee, the department called Grand “the most dangerous corridor in the city for people on bikes,” citing 41 crashes involving cyclists since 2020.",
        "Committee Chair Anita Sorensen, whose 8th Ward includes most of the corridor, voted for the plan. “We have painted lines on Grand for ten years and people keep getting hurt,” she said. “Paint is not protection.”",
        "Ald. Victor Ocampo (3rd Ward) voted no, saying businesses had not been consulted. “I’m for bike lanes. I’m not for finding out about them from a flyer on my windshield,” he said.",
        "Gus Petrakis, who has run Petrakis Shoe Repair at Grand and 11th for 31 years, told the committee that most of his customers drive. “My customers are 70 years old and they are carrying six pairs of boots. They are not coming on a bicycle,” said Petrakis.",
        "Ana Lucía Ferreira, who bikes to work along Grand from the Linden Heights neighborhood, said she had been hit by an opening car door twice. “The second time I broke my wrist,” she said. “The driver said, ‘I didn’t see you.’ Nobody ever sees you.”",
        "DOT Deputy Commissioner Raymond Osei answered questions from committee members for nearly an hour. Asked by Ocampo how many businesses the department had contacted, he said staff had visited “about 60 storefronts” in person and mailed notices to 400 more.",
        "“We could have done better on outreach. I’ll own that,” Osei said.",
        "Mayor Denise Albrecht has not taken a public position on the plan. Asked on Thursday whether Albrecht supported it, mayoral spokesperson Curtis Wynn said the mayor “trusts the council to work through it” and would “look closely at whatever comes to her desk.”",
        "The full council is expected to take up the plan on May 6.",
    ),
    [
        "Noor Rahimi",
        "Carver Citizen",
        "Port Carver City Council",
        "Department of Transportation",
        "Transportation and Infrastructure Committee",
        "Anita Sorensen",
        "Victor Ocampo",
        "Gus Petrakis",
        "Petrakis Shoe Repair",
        "Ana Lucía Ferreira",
        "Raymond Osei",
        "Denise Albrecht",
        "Curtis Wynn",
    ],
    [
        Q(
            "the most dangerous corridor in the city for people on bikes",
            "Department of Transportation",
            "the department",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q("We have painted lines on Grand for ten years and people keep getting hurt", "Anita Sorensen", "she"),
        Q("Paint is not protection", "Anita Sorensen", "she", how="before"),
        Q(
            "I’m for bike lanes. I’m not for finding out about them from a flyer on my windshield",
            "Victor Ocampo",
            "he",
        ),
        Q(
            "My customers are 70 years old and they are carrying six pairs of boots. They are not coming on a bicycle",
            "Gus Petrakis",
            "Petrakis",
            how="after",
        ),
        Q("The second time I broke my wrist", "Ana Lucía Ferreira", "she", how="after"),
        Q("The driver said, ‘I didn’t see you.’ Nobody ever sees you", "Ana Lucía Ferreira", "she", how="before"),
        Q("about 60 storefronts", "Raymond Osei", "he", kind="partial", anchor="he said staff"),
        Q("We could have done better on outreach. I’ll own that", "Raymond Osei", "Osei"),
        Q(
            "trusts the council to work through it",
            "Curtis Wynn",
            "mayoral spokesperson Curtis Wynn",
            kind="partial",
        ),
        Q(
            "look closely at whatever comes to her desk",
            "Curtis Wynn",
            "mayoral spokesperson Curtis Wynn",
            kind="partial",
        ),
    ],
)

article(
    "city-hall",
    6,
    P(
        '''Commissioners approve 18% water rate hike; residents call it "a gut punch"''',
        "By Tobias Grant | Palmetto Springs Observer",
        """PALMETTO SPRINGS — The Palmetto Springs City Commission voted 4-1 Wednesday night to raise water and sewer rates 18% over two years, after an hour of public comment in which not one resident spoke in favor.""",
        """For a typical household using 5,000 gallons a month, the increase will add about $14 to the monthly bill by October 2027.""",
        '''Utilities Director Ramona Vick told commissioners the money is needed to replace pipes, some of which date to the 1940s. "We are running a 1940s system in a 2020s city," Vick said. "Every month we wait, the repair bill gets bigger."''',
        '''The agenda item, prepared by the Palmetto Springs Utilities Department, warns that without the increase the utility would "fall out of compliance with its bond covenants by fiscal year 2027."''',
        """Commissioner Lorraine Beaudry, who represents District 2 and cast the lone no vote, asked Vick whether the city had pursued state and federal grants. Vick said the department had applied for four and received one.""",
        '''"I believe Ms. Vick when she says the pipes are old," Beaudry said. "I just don't believe we've looked under every couch cushion before we reach into people's pockets."''',
        """Ruth Ann Kimble, a retired teacher who lives in the Magnolia Terrace neighborhood, said her bill had already gone up $22 a month since 2023. "For me it's a gut punch. For some of my neighbors it's a knockout," she said.""",
        """Carl Dempsey, who owns a laundromat on Orange Street, said his water bill is his largest expense after rent. "Eighteen percent on my bill is a part-time employee," he said.""",
        '''Mayor Felicia Camden, who votes as one of the five commissioners, said the city had "kicked this can for eight years."''',
        '''"Nobody up here wants to vote for a rate increase," the mayor said. "But I would rather vote for this than explain a boil-water notice to 40,000 people."''',
        '''The commission also approved a discount program for low-income seniors. A spokesperson for the Palmetto Springs Utilities Department said in an email Thursday that about 2,300 households are expected to qualify and that applications will open "in early fall."''',
    ),
    [
        "Tobias Grant",
        "Palmetto Springs Observer",
        "Palmetto Springs City Commission",
        "Ramona Vick",
        "Palmetto Springs Utilities Department",
        "Lorraine Beaudry",
        "Ruth Ann Kimble",
        "Carl Dempsey",
        "Felicia Camden",
    ],
    [
        Q("a gut punch", "residents", "residents", kind="partial", stype="unnamed", occ=0, how="before"),
        Q("We are running a 1940s system in a 2020s city", "Ramona Vick", "Vick", how="after"),
        Q("Every month we wait, the repair bill gets bigger", "Ramona Vick", "Vick", how="before"),
        Q(
            "fall out of compliance with its bond covenants by fiscal year 2027",
            "Palmetto Springs Utilities Department",
            "The agenda item",
            kind="partial",
            stype="organisation",
        ),
        Q("I believe Ms. Vick when she says the pipes are old", "Lorraine Beaudry", "Beaudry", how="after"),
        Q(
            "I just don't believe we've looked under every couch cushion before we reach into people's pockets",
            "Lorraine Beaudry",
            "Beaudry",
            how="before",
        ),
        Q("For me it's a gut punch. For some of my neighbors it's a knockout", "Ruth Ann Kimble", "she"),
        Q("Eighteen percent on my bill is a part-time employee", "Carl Dempsey", "he"),
        Q("kicked this can for eight years", "Felicia Camden", "Mayor Felicia Camden", kind="partial"),
        Q("Nobody up here wants to vote for a rate increase", "Felicia Camden", "the mayor", how="after"),
        Q(
            "But I would rather vote for this than explain a boil-water notice to 40,000 people",
            "Felicia Camden",
            "the mayor",
            how="before",
        ),
        Q(
            "in early fall",
            "a spokesperson for the Palmetto Springs Utilities Department",
            "A spokesperson for the Palmetto Springs Utilities Department",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

# ---------------------------------------------------------------------------
# NEWSLETTER
# ---------------------------------------------------------------------------

article(
    "newsletter",
    1,
    P(
        "The filibuster that wasn’t",
        "Marjorie Kell talked for 11 hours. Here’s what it did and didn’t do.",
        "Nell Harcourt | The Ballot Box | Mar 12",
        "I spent most of Tuesday night watching Sen. Marjorie Kell talk. Eleven hours and six minutes, by the Senate clerk’s count, which makes it the fourth-longest floor speech in the chamber’s history and, by my count, the longest one ever given about pharmacy reimbursement rates.",
        "A lot of you emailed to ask whether it worked. Short answer: not in the way most of the coverage implied.",
        "As The Capitol Ledger reported Wednesday morning, the vote on the pharmacy bill was never in danger of being delayed. Leadership had already scheduled it for Thursday, and the speech, in the Ledger’s words, “ate a clock that nobody needed.”",
        "Kell knew that. Around hour three, she said so herself.",
        "“I am going to keep talking until somebody in this building explains to me why the only pharmacy in Tull County closes at two in the afternoon,” Kell said. “I don’t expect to stop the vote. I expect to be answered.”",
        "She told Statehouse Brief afterward that she “never thought it would change a single vote.” “I wanted it on the record. Now it’s on the record,” she said.",
        "Majority Leader Dwight Amsel was less charitable on The Floor Report podcast on Wednesday. “It was a very long press release,” said he, to laughter from the hosts. When co-host Janine Coles asked whether the speech had changed any minds in his caucus, Amsel didn’t hesitate: “Not one. Not even the ones who agree with her.”",
        "Here’s where I think both of them are missing something. A reader, a pharmacist in Tull County who asked me not to use her name, emailed after my last post:",
        "“Our store closes at 2 because we can’t find a second pharmacist who will work for what the state reimburses. That’s the whole story. Nobody in the Senate has ever asked me about it.”",
        "That is exactly the question Kell spent eleven hours asking. In January I wrote that the pharmacy bill was “the most important thing the Senate will do this year that nobody will cover.” I stand by the first half of that sentence. The second half, thanks to Kell, is no longer true.",
        "Filibusters rarely stop anything. They can still do something, and the best description I’ve read of what that something is came from a former Senate parliamentarian:",
        "“The good ones aren’t about time. They’re about making the other side say out loud what they’re voting for.”",
        "— Luis Aranda, in a 2019 interview with The Capitol Ledger",
        "By that standard, Tuesday was a good one. More on Thursday, after the vote.",
    ),
    [
        "Nell Harcourt",
        "Ballot Box",
        "Marjorie Kell",
        "Senate",
        "Capitol Ledger",
        "Statehouse Brief",
        "Dwight Amsel",
        "Janine Coles",
        "Luis Aranda",
    ],
    [
        Q("ate a clock that nobody needed", "Capitol Ledger", "the Ledger", kind="partial", stype="organisation"),
        Q(
            "I am going to keep talking until somebody in this building explains to me why the only pharmacy in Tull County closes at two in the afternoon",
            "Marjorie Kell",
            "Kell",
            how="after",
        ),
        Q("I don’t expect to stop the vote. I expect to be answered", "Marjorie Kell", "Kell", how="before"),
        Q("never thought it would change a single vote", "Marjorie Kell", "She", kind="partial"),
        Q("I wanted it on the record. Now it’s on the record", "Marjorie Kell", "she", how="after"),
        Q("It was a very long press release", "Dwight Amsel", "he", how="after"),
        Q(
            "Not one. Not even the ones who agree with her",
            "Dwight Amsel",
            "Amsel",
            anchor="Amsel didn’t hesitate",
        ),
        Q(
            "Our store closes at 2 because we can’t find a second pharmacist who will work for what the state reimburses. That’s the whole story. Nobody in the Senate has ever asked me about it",
            "a reader",
            "A reader",
            stype="unnamed",
        ),
        Q(
            "the most important thing the Senate will do this year that nobody will cover",
            "Nell Harcourt",
            "I",
            kind="partial",
            anchor="I wrote that the pharmacy bill",
        ),
        Q(
            "The good ones aren’t about time. They’re about making the other side say out loud what they’re voting for",
            "Luis Aranda",
            "Luis Aranda",
            how="after",
        ),
    ],
)

article(
    "newsletter",
    2,
    P(
        "Notes on the Brightloop collapse",
        "By Theo Marchetti · Platform Notes · Issue #212",
        "Brightloop, the grocery-delivery startup that raised $310 million on the promise of 15-minute delivery, told its 900 employees on Monday that it would wind down by the end of the month. I’ve covered the company since its seed round, so this one is long. Grab a coffee.",
        "1. What the company said",
        "The memo from co-founder and CEO Priya Ramanathan, which an employee forwarded to me and which the company later confirmed, opens with an apology: “I made a bet that speed would build loyalty. It built a habit, and habits are cheap to break.”",
        "Later in the memo, she writes that the board “explored every option, including a sale,” and that none of them “would have kept the lights on past June.”",
        "A Brightloop spokesperson said in a statement that employees would receive “at least eight weeks of severance and continued health coverage through September.”",
        "2. What actually happened",
        "The Mission Street Journal reported last week that Brightloop had spent the spring in talks with Fresco Markets, and that those talks fell apart over what one person involved described to the paper as “a valuation nobody outside the building believed.”",
        "I talked to Marcus Oduya, who ran Brightloop’s dark-store operations in Chicago until last fall. “We were losing about four dollars on every order, and the plan was to make it up on volume,” he told me. “I said in a meeting once that you can’t make up a loss on volume. Nobody laughed.”",
        "One of Brightloop’s early investors, Harriet Lanz of Northgrove Capital, was more philosophical on the Term Sheet podcast on Wednesday: “Some companies are early. Some are wrong. Brightloop was early and wrong at the same time, which is the expensive combination.”",
        "3. What I got wrong",
        "I’ll be honest about my own record here. In 2021 I called Brightloop’s unit economics “a rounding error away from working.” They were not a rounding error away from anything.",
        "Jen, a reader who drove for Brightloop for eight months, wrote in this morning to remind me of something I had forgotten: “They paid us by the hour, not by the delivery, which was the one thing they did better than everyone else. I hope whoever buys the vans remembers that.”",
        "I’ll leave the last word to the founder, from a happier day:",
        "“Fifteen minutes was never the product. The product was the feeling that the store was in your pocket.”",
        "— Priya Ramanathan, at Brightloop’s launch event, 2021",
    ),
    [
        "Theo Marchetti",
        "Platform Notes",
        "Brightloop",
        "Priya Ramanathan",
        "Mission Street Journal",
        "Fresco Markets",
        "Marcus Oduya",
        "Harriet Lanz",
        "Northgrove Capital",
        "Jen",
    ],
    [
        Q(
            "I made a bet that speed would build loyalty. It built a habit, and habits are cheap to break",
            "Priya Ramanathan",
            "The memo",
        ),
        Q("explored every option, including a sale", "Priya Ramanathan", "she", kind="partial", anchor="she writes"),
        Q("would have kept the lights on past June", "Priya Ramanathan", "she", kind="partial", anchor="she writes"),
        Q(
            "at least eight weeks of severance and continued health coverage through September",
            "a Brightloop spokesperson",
            "A Brightloop spokesperson",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "a valuation nobody outside the building believed",
            "one person involved",
            "one person involved",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We were losing about four dollars on every order, and the plan was to make it up on volume",
            "Marcus Oduya",
            "he",
            how="after",
        ),
        Q(
            "I said in a meeting once that you can’t make up a loss on volume. Nobody laughed",
            "Marcus Oduya",
            "he",
            how="before",
        ),
        Q(
            "Some companies are early. Some are wrong. Brightloop was early and wrong at the same time, which is the expensive combination",
            "Harriet Lanz",
            "Harriet Lanz",
        ),
        Q(
            "a rounding error away from working",
            "Theo Marchetti",
            "I",
            kind="partial",
            anchor="I called Brightloop",
        ),
        Q(
            "They paid us by the hour, not by the delivery, which was the one thing they did better than everyone else. I hope whoever buys the vans remembers that",
            "Jen",
            "Jen",
        ),
        Q(
            "Fifteen minutes was never the product. The product was the feeling that the store was in your pocket",
            "Priya Ramanathan",
            "Priya Ramanathan",
            how="after",
        ),
    ],
)

article(
    "newsletter",
    3,
    P(
        "The Valley Beacon's last edition, and what the owners won't say",
        "Martin Sallis | Press Box | June 3",
        """The Harlow Valley Beacon will print its last edition on June 28, ending 131 years of publication. Its owner, Crestline Media Holdings, announced the closure in a letter to subscribers that ran on the front page on Sunday.""",
        '''The letter, signed by Crestline's chief executive, Gordon Pryce-Adams, says the company made the decision "with a heavy heart and after exhausting every alternative." It goes on: "Local journalism matters. It also has to pay for itself."''',
        """I have read that second sentence about a dozen times now. When Crestline bought the Beacon in 2022, I wrote here that the company's playbook was "buy, cut, merge, close, in that order, usually within five years." It took them four.""",
        '''The Harlow Valley NewsGuild, which represents the Beacon's remaining 14 newsroom employees, said in a statement Monday that Crestline had "refused every serious offer" from local buyers, including a group of former editors. The company, the guild said, "would rather shut the paper than sell it to people who might prove it could work."''',
        """One of those former editors is Ellen Marwick, who ran the Beacon from 2004 to 2019. She told me the group had lined up investors and a nonprofit partner, and that Crestline never returned their calls.""",
        '''"We had the money. We had a plan," she said. "What we didn't have was anybody on the other end of the phone."''',
        """Crestline spokesperson Alicia Thorne told Media Desk on Monday that the company had "engaged in good faith with all interested parties." She did not respond to my questions about the Marwick group's offer.""",
        '''What happens next is the part that worries me most. Tanya Greaves, a media economist at Lakeland College, put it bluntly on this week's episode of the Local Matters podcast: "When a paper like the Beacon closes, the county doesn't get a new paper. It gets a Facebook group and a rumor mill."''',
        '''A reader in Harlow Valley, who has subscribed since 1978, sent me a photo of her kitchen table covered in clippings. "This is my family's whole life," she wrote. "And I'm supposed to get it from a website now?"''',
        """I don't have a good answer for her. I'm not sure anyone does.""",
    ),
    [
        "Martin Sallis",
        "Press Box",
        "Harlow Valley Beacon",
        "Crestline Media Holdings",
        "Gordon Pryce-Adams",
        "Harlow Valley NewsGuild",
        "Ellen Marwick",
        "Alicia Thorne",
        "Media Desk",
        "Tanya Greaves",
        "Lakeland College",
    ],
    [
        Q(
            "with a heavy heart and after exhausting every alternative",
            "Gordon Pryce-Adams",
            "The letter",
            kind="partial",
        ),
        Q("Local journalism matters. It also has to pay for itself", "Gordon Pryce-Adams", "It", anchor="It goes on"),
        Q(
            "buy, cut, merge, close, in that order, usually within five years",
            "Martin Sallis",
            "I",
            kind="partial",
            anchor="I wrote here",
        ),
        Q(
            "refused every serious offer",
            "Harlow Valley NewsGuild",
            "The Harlow Valley NewsGuild",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "would rather shut the paper than sell it to people who might prove it could work",
            "Harlow Valley NewsGuild",
            "the guild",
            kind="partial",
            stype="organisation",
        ),
        Q("We had the money. We had a plan", "Ellen Marwick", "she", how="after"),
        Q("What we didn't have was anybody on the other end of the phone", "Ellen Marwick", "she", how="before"),
        Q(
            "engaged in good faith with all interested parties",
            "Alicia Thorne",
            "Crestline spokesperson Alicia Thorne",
            kind="partial",
        ),
        Q(
            "When a paper like the Beacon closes, the county doesn't get a new paper. It gets a Facebook group and a rumor mill",
            "Tanya Greaves",
            "Tanya Greaves",
        ),
        Q("This is my family's whole life", "a reader in Harlow Valley", "she", how="after", stype="unnamed"),
        Q(
            "And I'm supposed to get it from a website now",
            "a reader in Harlow Valley",
            "she",
            how="before",
            stype="unnamed",
        ),
    ],
)

article(
    "newsletter",
    4,
    P(
        "What the grid operator actually said",
        "Sam Okada | Load Factor | Jul 22",
        "Last week’s blackout scare got a lot of coverage, and most of it got one thing wrong. Let me walk through what the grid operator actually said, what it didn’t say, and what I heard when I called around.",
        "At 3:12 p.m. on Tuesday, the Midcontinent Grid Authority declared an energy emergency. The alert it issued said operating reserves had fallen “below the level required to withstand the loss of the largest single unit on the system.”",
        "That is serious. It is not the same thing as a blackout warning. But by 4 p.m., The Prairie Post had a story up saying the authority had “warned of rolling blackouts across the region,” and by dinner that phrase was everywhere.",
        "I asked the authority’s chief operating officer, Dolores Ventimiglia, about that on Friday. “We never used the word blackout, and we were careful not to,” she told me. “An emergency alert means we are using every tool we have so that we don’t get to a blackout.”",
        "So what happened? Two gas plants tripped offline within 40 minutes of each other, just as demand was peaking. Rhys Tanaka, an analyst at the consultancy Gridline Partners, said on the Power Lines podcast that the bigger story was the forecast.",
        "“Load came in 4,000 megawatts above the day-ahead forecast. That’s a small city nobody planned for,” he said. “The plants tripping was bad luck. The forecast miss was not luck.”",
        "Here’s what I wrote in May, in a post about the summer outlook:",
        "“The question this summer isn’t whether there’s enough capacity on paper. It’s whether the capacity that exists on paper shows up at 5 p.m. on the hottest day of the year.”",
        "I still think that’s the right question, and Tuesday answered it: mostly yes, barely.",
        "A reader who runs a cold-storage warehouse outside Harlan Falls wrote in on Wednesday: “We got a call from our utility at 2 p.m. asking us to cut load voluntarily. We did, and we got paid for it. Nobody wrote about that part.”",
        "Somebody should have, because demand response — paying big customers to use less at the right moment — is a large part of why Tuesday ended without anyone losing power.",
        "State Public Service Commissioner Arlene Fitch said in a statement that the commission would “review every decision made on Tuesday, including the ones that went right.”",
        "The best summary came at Thursday’s board meeting: “We got lucky on Tuesday. Luck is not a resource adequacy plan.” — Warren Pelletier, MGA board chair",
    ),
    [
        "Sam Okada",
        "Load Factor",
        "Midcontinent Grid Authority",
        "Prairie Post",
        "Dolores Ventimiglia",
        "Rhys Tanaka",
        "Gridline Partners",
        "Arlene Fitch",
        "Warren Pelletier",
    ],
    [
        Q(
            "below the level required to withstand the loss of the largest single unit on the system",
            "Midcontinent Grid Authority",
            "The alert",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "warned of rolling blackouts across the region",
            "Prairie Post",
            "The Prairie Post",
            kind="partial",
            stype="organisation",
        ),
        Q("We never used the word blackout, and we were careful not to", "Dolores Ventimiglia", "she", how="after"),
        Q(
            "An emergency alert means we are using every tool we have so that we don’t get to a blackout",
            "Dolores Ventimiglia",
            "she",
            how="before",
        ),
        Q(
            "Load came in 4,000 megawatts above the day-ahead forecast. That’s a small city nobody planned for",
            "Rhys Tanaka",
            "he",
            how="after",
        ),
        Q("The plants tripping was bad luck. The forecast miss was not luck", "Rhys Tanaka", "he", how="before"),
        Q(
            "The question this summer isn’t whether there’s enough capacity on paper. It’s whether the capacity that exists on paper shows up at 5 p.m. on the hottest day of the year",
            "Sam Okada",
            "I",
            anchor="I wrote in May",
        ),
        Q(
            "We got a call from our utility at 2 p.m. asking us to cut load voluntarily. We did, and we got paid for it. Nobody wrote about that part",
            "a reader who runs a cold-storage warehouse outside Harlan Falls",
            "A reader",
            stype="unnamed",
        ),
        Q(
            "review every decision made on Tuesday, including the ones that went right",
            "Arlene Fitch",
            "State Public Service Commissioner Arlene Fitch",
            kind="partial",
        ),
        Q(
            "We got lucky on Tuesday. Luck is not a resource adequacy plan",
            "Warren Pelletier",
            "Warren Pelletier",
            how="after",
        ),
    ],
)

article(
    "newsletter",
    5,
    P(
        "The superintendent’s math problem",
        "Greta Novak | Homeroom | Sept. 9",
        "“We are not cutting teachers. We are cutting positions that are currently vacant, which is a different thing.”",
        "That was Superintendent Raymond Castell of the Brookfield Unified School District, speaking at a packed town hall on Tuesday night. It is technically true. It is also, as I’ll try to explain, the whole problem.",
        "The district is closing a $21 million budget gap, and the plan the school board approved in June eliminates 212 positions. The word “vacant” is doing a lot of work in Castell’s sentence.",
        "As the Brookfield Bugle reported in August, 140 of those 212 positions are classroom teaching jobs that were left empty after resignations and retirements last spring — a practice the paper called “the quiet layoff.”",
        "Leticia Moreno, president of the Brookfield Education Association, told me the district froze hiring in March “so it wouldn’t have to say the word layoff in September.”",
        "“Class sizes in our middle schools went from 28 to 34 this fall,” she said. “You can call that whatever you want. Parents call it a bigger class.”",
        "School board member Trevor Lang defended the plan on the Brookfield Talks podcast last week. “Nobody on this board wanted to do this,” he said, “but the state changed the funding formula and the federal relief money is gone. We had to balance the budget.”",
        "Both things can be true. The money is gone, and the classes are bigger.",
        "Marisol, a parent of two at Hillcrest Middle, emailed me after the town hall: “My daughter’s science class has 36 kids and 30 lab stools. She told me she stands for the experiments.”",
        "I wrote in April that the hiring freeze was “a layoff with better manners.” I’ll concede the point that nobody already in a classroom lost a job. But the kids in those classrooms lost something, and the district’s language makes that harder to see.",
        "I asked the district for comment. Spokesperson Nadine Ruelas responded by email, pointing me to a transcript of Castell’s remarks and adding that the district “will continue to prioritize classroom instruction in every budget decision.”",
        "The board meets again on Sept. 23. I’ll be there, and I’ll be counting stools.",
    ),
    [
        "Greta Novak",
        "Homeroom",
        "Raymond Castell",
        "Brookfield Unified School District",
        "Brookfield Bugle",
        "Leticia Moreno",
        "Brookfield Education Association",
        "Trevor Lang",
        "Marisol",
        "Hillcrest Middle",
        "Nadine Ruelas",
    ],
    [
        Q(
            "We are not cutting teachers. We are cutting positions that are currently vacant, which is a different thing",
            "Raymond Castell",
            "Superintendent Raymond Castell",
            how="after",
        ),
        Q("the quiet layoff", "Brookfield Bugle", "the paper", kind="partial", stype="organisation"),
        Q(
            "so it wouldn’t have to say the word layoff in September",
            "Leticia Moreno",
            "Leticia Moreno",
            kind="partial",
        ),
        Q("Class sizes in our middle schools went from 28 to 34 this fall", "Leticia Moreno", "she", how="after"),
        Q(
            "You can call that whatever you want. Parents call it a bigger class",
            "Leticia Moreno",
            "she",
            how="before",
        ),
        Q("Nobody on this board wanted to do this", "Trevor Lang", "he", how="after"),
        Q(
            "but the state changed the funding formula and the federal relief money is gone. We had to balance the budget",
            "Trevor Lang",
            "he",
            how="before",
        ),
        Q(
            "My daughter’s science class has 36 kids and 30 lab stools. She told me she stands for the experiments",
            "Marisol",
            "Marisol",
        ),
        Q("a layoff with better manners", "Greta Novak", "I", kind="partial", anchor="I wrote in April"),
        Q(
            "will continue to prioritize classroom instruction in every budget decision",
            "Nadine Ruelas",
            "Spokesperson Nadine Ruelas",
            kind="partial",
        ),
    ],
)

article(
    "newsletter",
    6,
    P(
        "Three things the governor didn't say",
        "Owen Lacroix | Rate Watch | Nov. 7",
        """Governor Helena Marchbank and the Austral Reserve Bank held the policy rate at 4.25% on Thursday, as everyone expected. What almost nobody expected was how hard she would push back on the idea of a cut in December.""",
        '''"I want to be very clear that December is not a done deal. It is not even a likely deal," Marchbank told reporters at the press conference. "The last mile of this is the hardest mile."''',
        '''Then, asked whether the board was worried about unemployment, which has now risen for five straight months: "We are watching it closely. We are not yet worried about it."''',
        """The statement itself was more measured. It said the board "remains prepared to adjust the stance of policy as appropriate," which is roughly what it has said at every meeting since March.""",
        '''Deputy Governor Paul Adeyemi sounded a different note in an interview with the Financial Courier published Friday, saying the board would "go meeting by meeting" and that a December cut was "absolutely still on the table." As the Courier itself put it, the two of them were "describing the same data in two different moods."''',
        """Here are three things I think neither of them said out loud.""",
        """1. The bank is more worried about wages than it lets on. Wage growth ran at 4.6% in the third quarter, well above the 3.5% the bank considers consistent with its target, and Marchbank brought up wages four times in a 40-minute press conference.""",
        '''2. The split is deliberate. Former board member Grace Liang said as much on the Basis Points podcast: "A split like this isn't a bug. The committee is supposed to argue in public a little. It keeps markets from getting lazy."''',
        '''3. Housing is the channel that matters. Dale K., a mortgage broker who comments here a lot, wrote under last week's post: "My clients stopped calling in August. They are waiting for December, and if December doesn't come, neither do they."''',
        """I posted on Thursday afternoon that the statement was "the most hawkish hold I've seen since 2019," and about half of my replies told me I was overreacting. I'll take that bet.""",
        """I'll leave you with an old line that every central bank watcher should keep taped to a monitor:""",
        '''"A central banker who is never accused of being too late has almost certainly been too early."''',
        """— former governor Arthur Neville, in his 2004 memoir""",
    ),
    [
        "Owen Lacroix",
        "Rate Watch",
        "Helena Marchbank",
        "Austral Reserve Bank",
        "Paul Adeyemi",
        "Financial Courier",
        "Grace Liang",
        "Dale K.",
        "Arthur Neville",
    ],
    [
        Q(
            "I want to be very clear that December is not a done deal. It is not even a likely deal",
            "Helena Marchbank",
            "Marchbank",
            anchor="Marchbank told reporters",
        ),
        Q(
            "The last mile of this is the hardest mile",
            "Helena Marchbank",
            "Marchbank",
            anchor="Marchbank told reporters",
        ),
        Q(
            "We are watching it closely. We are not yet worried about it",
            "Helena Marchbank",
            "Marchbank",
            anchor="Marchbank told reporters",
        ),
        Q(
            "remains prepared to adjust the stance of policy as appropriate",
            "Austral Reserve Bank",
            "It",
            kind="partial",
            stype="organisation",
            anchor="It said the board",
        ),
        Q("go meeting by meeting", "Paul Adeyemi", "Deputy Governor Paul Adeyemi", kind="partial"),
        Q("absolutely still on the table", "Paul Adeyemi", "Deputy Governor Paul Adeyemi", kind="partial"),
        Q(
            "describing the same data in two different moods",
            "Financial Courier",
            "the Courier",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "A split like this isn't a bug. The committee is supposed to argue in public a little. It keeps markets from getting lazy",
            "Grace Liang",
            "Former board member Grace Liang",
        ),
        Q(
            "My clients stopped calling in August. They are waiting for December, and if December doesn't come, neither do they",
            "Dale K.",
            "Dale K.",
        ),
        Q(
            "the most hawkish hold I've seen since 2019",
            "Owen Lacroix",
            "I",
            kind="partial",
            anchor="I posted on Thursday",
        ),
        Q(
            "A central banker who is never accused of being too late has almost certainly been too early",
            "Arthur Neville",
            "former governor Arthur Neville",
            how="after",
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
