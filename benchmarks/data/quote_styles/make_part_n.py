#!/usr/bin/env python3
"""Source of truth for part_n.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
campus-press, immigration-border, transport-aviation and qa-interview-feature
(6 articles each; n<=4 "dev", n 5-6 "held-out").  350-750 words and 6-12
gold quotes per article.

All articles below are invented (people, outlets, student papers,
universities, colleges, unions, student governments, shelters, NGOs,
charities, agencies, immigration courts, hotels, councils, airlines,
airports, operators, regulators, investigation offices, insolvency firms,
magazines, theatres, institutes, hospital units, towns and villages; real
countries, states, regions and a few large cities -- Ciudad Juárez, El Paso,
Guatemala City, Caracas, Maracay, Monterrey, Aleppo, Minsk, Warsaw, Berlin,
Hamburg, Manchester, Leeds, Toronto, Kolkata, Delhi, Singapore, Osaka,
Brisbane, Chicago, Columbus, Glasgow (Easterhouse, Govan), Dundee, Bergen,
Shannon -- appear, as in parts
A-M, and two real institutions, the Home Office and the European Union, as
part G's Dáil).  Each article is held as plain text; every gold quote and
every speaker mention is located by exact substring search and the
character offsets are computed here, then checked (text[start:end] == quote
text, quote-mark sanity, counts, word counts) before part_n.jsonl is
written.

Run:  python3 make_part_n.py          (writes part_n.jsonl next to this file)
      python3 make_part_n.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in campus-press-2, immigration-border-2,
transport-aviation-2 and qa-interview-feature-2, single curly quotes in
campus-press-3, immigration-border-3, transport-aviation-3 and
qa-interview-feature-3 (headline included), straight single quotes in
immigration-border-5 and transport-aviation-5 (apostrophes inside the quotes
left as they are); nested quotes (curly double inside curly single in
campus-press-3, immigration-border-3, transport-aviation-3 and
qa-interview-feature-3; curly single inside curly double in
transport-aviation-1 -- a passenger retelling the captain's announcement,
the gold quote ending in the nested closing mark --, qa-interview-feature-4
and qa-interview-feature-6, where an answer turn and the daughter's quote
end in the nested mark; curly double inside a Q&A answer in
qa-interview-feature-1), quotes continued over a paragraph break
(campus-press-4, immigration-border-4, transport-aviation-4,
qa-interview-feature-4), Q&A blocks with "Q:"/"A:" labels
(qa-interview-feature-1, -3, -6), interviewer/subject initials ("RB:"/"DA:",
"KW:"/"VR:") and "INTERVIEWER:"/"WHITACRE:" labels, a cockpit/ATC transcript
("TOWER:", "FIRST OFFICER:", "CAPTAIN:", transport-aviation-4), and colon,
"said X", "X said", "says X" (transport-aviation-2, qa-interview-feature-2),
mid-quote (campus-press-5, immigration-border-6, qa-interview-feature-2),
"according to" (campus-press-6, immigration-border-5, transport-aviation-1,
qa-interview-feature-5, -6), pronoun-across-sentences with two people of
the same gender nearby (campus-press-4 Osei/Macready-Shaw, campus-press-6
Whitlock-Arden/Oyelaran-Fitch, immigration-border-1 Sister Inés/Marisol,
immigration-border-4 Yusleidy/Carmen, transport-aviation-2 Coltrane/Kessel,
transport-aviation-5 Pettifer/Ferraro, qa-interview-feature-4
Ilori/Whitacre, qa-interview-feature-5 Brandt-Osei/Ruíz-Harmon) and
next-sentence attributions ("That was how Whitlock-Arden put it",
"That is the view of Piotr Zaręba", "That is the view of Dr. Kwame
Asante-Ridley", "That is how Grandmaster Tibor Halácsy ... describes her
style").

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-M already documented (police/agency/
company/university "said in a statement" as organisation; a document as
grammatical speaker is its author's, span the document mention as written;
a letter or email signed by a named person is that person's; glued roles
and long glued titles stay in the span, comma-bounded ones do not;
appositive names are the span; unnamed phrases keep a restrictive clause
but not a comma-bounded one; first-name-only people and pseudonyms are
persons and entities; nicknames, titles, slogans and signs in quote marks
are never gold; headline attributions point at the headline mention as
written; "told <outlet>" is a speech verb; translated quotes belong to the
original speaker; a lead's unnamed mention of a person whom the body
identifies by repeating the words is that person's; a possessive country
before a body is left out of the span like a determiner; transcript turns
point at the label).

Part N readings of the conventions, for cases the new styles bring:
* campus-press: students introduced with year and major ("Maya Chen, a
  junior studying biology") are persons, span never the comma-bounded
  year/major (part I); the first-name mentions student papers use after the
  introduction are valid spans ("Maya", "Jonah", "Tomasz", "Keanu",
  "Freya", and the two-word first name "Ana Lucía", part M's "Ruth Ann").
  Glued campus titles stay in the span and leave the speaker ("Vice
  President for Campus Operations Gregory Ashdown", "Senator Isabella
  Marchetti-Vance" of the student Senate, "Dr Callum Achebe-Reid");
  "Professor Dame Helen Ravensworth" -> "Helen Ravensworth".  "The
  university said in an email" is the university (organisation, span "The
  university"), also where its wording describes a third body ("the Board
  of Trustees 'continues to have full confidence ...'", part F's readout
  rule); "the email said" and "according to a statement the college
  released" are the college's documents (organisation, span "the email" /
  "a statement").  A vice-chancellor's or provost's email to students or
  faculty quoted with "she said" / "she defended" is hers.  An open letter
  is the signatories' as first introduced -- unnamed "64 of the university's
  112 RAs", "more than 400 alumni" -- span "An open letter" / "The letter";
  the "group of former students" who set up the website is not the
  speaker.  Group-chat messages: a named writer is a person ("Devon
  Achterberg-Lyle ... wrote:"), anonymous posters are unnamed as
  introduced ("another RA", "one student", "another student", "one
  senator", "another senator"), and a photo caption is its poster's.  The
  headline "Student body president 'not going anywhere'" is gold with span
  "Student body president" (part F's role-only headline) and the body
  repeats the words (occ=1).  A lower-case "housing office" is generic and
  its spokesperson unnamed "a spokesperson for the housing office".
  Student papers, universities, colleges, student unions and associations,
  senates, councils, graduate schools, boards of trustees and staff unions
  are entities; dining halls, residence halls and auditoriums ("Garrity
  Commons", "Hadley Hall", "Alcott Hall"), a campus wood and an event
  ("Spring Fling") are places/events; signs ("Pay the people who feed us")
  and a policy label ('no detriment') are never gold.
* immigration-border: people identified by first name or pseudonym only
  ("Marisol", "Yonas", "Luis", "Abdi", a child "Kevin") are persons and
  entities; "the Chronicle is calling Yonas" does not make the pseudonym a
  quote.  Translated words ("said in Spanish", "speaking through one of the
  ship's volunteer interpreters, Hodan Warsame, he said", "she said through
  Chumil", "Ahmad, speaking in Arabic with his son translating") are the
  original speaker's; interpreters are entities and speak only their own
  words (Warsame's quote about translating is hers).  A message to a
  volunteers' emergency phone ("The message arrived ...: '...'") whose
  sender the article reveals at the end is the sender's (document rule,
  span "The message", speaker "Ahmad Haddad").  Spanish and Mayan double
  surnames are canonical in full (part M: "Ana Tzoc Ixcoy", "Mateo Tzoc
  Ixcoy", "Rubén Estrada Lozano"); relatives sharing a surname (siblings
  Tzoc Ixcoy, aunt and niece Rengifo, father and son Haddad) are each
  canonical under their own full name and told apart by their first-name
  spans.  "Sister Inés Carvajal" -> "Inés Carvajal" (part M's "Sister");
  "Lt. Agnieszka Sowa" keeps the rank in the span only; "immigration lawyer
  Teresa Baudelaire" is a glued role; "her attorney, Claire
  Hollingsworth-Baez," points at the appositive name.  An anonymous
  government lawyer at a hearing is unnamed "a government attorney", span
  "the attorney"; a Home Office spokesperson is unnamed.  Leaflets
  distributed by a named group are its document (organisation, span "the
  leaflets").  The headline "'We are not the problem,' says hotel resident"
  is gold with span "hotel resident" (speaker Yonas, whose body quote
  begins with the same words).  Shelters, hotels, immigration courts,
  NGOs, charities, agencies and councils are entities; "the border guard"
  and "Polish authorities" are generic; ships ("Aurora Vigil") are not
  entities.
* transport-aviation: "the carrier said", "The airline", and the short
  names "Halcyon", "Lotus Pacific" are the airline (organisation); a rail
  agency named in full as subject is an organisation.  "According to a
  notice to airmen issued by the airport's operator, Western Airports
  Group," is the operator's document (organisation, span "a notice to
  airmen"); "The report says" is the investigating office's
  (organisation).  Cockpit and ATC transcript turns are gold, each pointing
  at its label ("TOWER", "FIRST OFFICER", "CAPTAIN"), speakers unnamed as
  introduced ("the tower controller", "the first officer", "the captain"),
  since investigation reports do not name crews.  A crew radio call "a
  crew member told controllers, according to a recording posted online by
  ... RadarWatch" is unnamed "a crew member" (the tracking service is an
  entity, never the speaker); a captain's cabin announcement quoted from a
  passenger's video is unnamed "the captain", span "he"; the same captain's
  words retold inside a passenger's quote are nested and never gold.
  Glued roles and ranks stay in the span ("federation safety chair
  Captain Rory Deasy", "NTSO chair Valerie Kingsley-Amadi", "area coroner
  Philippa Harcourt-Yates", "Federal Transport Minister Catherine Ruane",
  "Dr Amara Okonjo-Hill", "Dr. Kwame Asante-Ridley"); "Ms Tandy" is a span
  like "Mr X"; the lead's "a coroner last month described as '...'" is the
  coroner the body names with the same words (span "a coroner", occ=0).  A
  spokeswoman "for the minister" is unnamed.  A Thai union president named
  "Siriporn Chaiyaphum" is referred to by her given name, as Thai usage
  does, and "Siriporn" is a valid span.  Airports named in full are
  entities (part H's "Marisol International Airport"), as are airlines,
  operators, unions, regulators, investigation offices, insolvency firms
  and tracking services; flight numbers, aircraft, the "state traffic
  center" and "India's aviation regulator" (unnamed, lower-case) are not.
* qa-interview-feature: Q&A blocks are transcripts (part A's
  transcript-2): each turn is one gold quote pointing at its label ("Q",
  "A", the initials "RB", "DA", "KW", "VR", "INTERVIEWER", "WHITACRE");
  Q / INTERVIEWER / interviewer-initial turns are the byline interviewer's,
  also when the turn is a statement rather than a question ("Harriet Vosper
  says you are ..."), and A / subject-initial turns the subject's.  A
  bracketed stage direction inside an answer ("[Laughs.]") belongs to the
  gold quote (part M's bracketed insertions); quotations nested in an
  answer ("Well, this is how it ends, then.", 'That's the job, hen.') are
  never gold, and an answer may end in the nested closing mark.  The
  interviewer's own questions in the narrative ("'Is he right?' I ask.")
  are the byline's, span "I" (part H's newsletter "I"); "me" is never a
  span; "she answers before I have finished asking it: '...'" points at
  "she".  The headline "'I've been fired from better theatres than this':
  Nkechi Adebayo-Frost on ..." is gold with span the name (part D's
  magazine-profile headline); the body repeats the words inside an answer
  turn, which stays one gold quote.  Critics and columnists quoted from
  their columns are persons with glued roles, determiner left out
  ("yachting columnist Gerald Fenwick-Hays", "critic Paul Swanick", "critic
  Harriet Vosper", "commentator and former women's world champion Lydia
  Brandt-Osei", "Prof. Oren Castellanos"); "A former clinical director at
  the unit, Dr. Neil Strachan, ... calls her '...'" points at the
  appositive name.  When mother and daughter share a surname, the bare
  surname is the profile's subject ("according to Nwosu-Carey" ->
  Bernadette) and the daughter is canonical under her own full name, span
  "Chioma"; the father "Samuel Achike" is canonical under his own name.
  Nicknames inside quotes ("Bernie", "Des") are not entities of their own;
  a stage manager named only inside a quote ("Poppy") is a person and an
  entity.  Magazines, theatres, institutes and hospital units are entities;
  plays (Cherry Orchard, King Lear, Mother Courage), a comedy special's
  title, a boat's name and a platform are not."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_n.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["campus-press", "immigration-border", "transport-aviation", "qa-interview-feature"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# CAMPUS-PRESS
# ---------------------------------------------------------------------------

article(
    "campus-press",
    1,
    P(
        "Dining hall workers walk out as contract talks with Brenmoor stall",
        "By Sofia Albescu and Theo Park-Lindqvist | Staff Writers, The Brenmoor Lantern",
        "About 140 dining hall workers at Brenmoor University walked off the job at 6 a.m. Thursday, leaving the university’s three dining halls serving cold sandwiches and packaged fruit after eight months of negotiations between the university and Local 412 of the Campus Service Workers Union failed to produce a new contract.",
        "Picket lines formed outside Garrity Commons and the Weller Street dining hall before sunrise. By lunchtime several dozen students had joined them, some carrying hand-lettered signs that read “Pay the people who feed us” and “No contract, no cookies.”",
        "“We’re not asking for anything crazy. We’re asking to be able to pay rent in the town where we work,” said Renata Olvera, a line cook at Garrity Commons who has worked for the university for 17 years.",
        "Olvera said she earns $17.40 an hour and that the rent on her apartment on the east side of town went up by $210 a month in August. “Every year they tell us the budget is tight. Every year the president gets a raise,” she said.",
        "Union steward Marcus Tebbitt-Hale said the two sides remained far apart on wages and on health insurance premiums, which the university has proposed raising by 9 percent next year. “They want to give us a raise with one hand and take it back with the other,” Tebbitt-Hale said. “Our members can do math.”",
        "The university said in an email to students Wednesday night that all three dining halls would remain open with “limited menus” during the strike, staffed by managers and temporary workers, and that every meal-plan holder would receive a $50 credit at campus convenience stores.",
        "In a separate statement to The Lantern, Vice President for Campus Operations Gregory Ashdown said the university had put forward “the largest wage increase in the history of this contract” and called the walkout “disappointing for everyone, including the many workers who did not want it.”",
        "Maya Chen, a junior studying biology, spent Thursday morning handing out coffee to strikers instead of going to her organic chemistry lecture. She said she has eaten at Garrity Commons almost every day since her first year.",
        "“Half of these people know my name. They know I’m vegetarian. They save me the good tofu,” Maya said. “The least I can do is skip one lecture.”",
        "Not every student was sympathetic to the timing. Jonah Reyes-Whitaker, a sophomore studying economics, said he supported the workers’ demands but was frustrated that students had not been warned earlier. He lives off campus and said he found out when a friend forwarded a photo of the picket line.",
        "“I get the strike. I don’t get why I found out from a group chat at 5 a.m.,” Jonah said. He said he planned to buy groceries for the rest of the week.",
        "Negotiators for both sides are scheduled to meet again Monday with a state mediator. Asked how long the workers were prepared to stay out, Olvera did not hesitate. She said they would stay on the line “as long as it takes, and a day longer.”",
    ),
    [
        "Sofia Albescu",
        "Theo Park-Lindqvist",
        "Brenmoor Lantern",
        "Brenmoor University",
        "Campus Service Workers Union",
        "Renata Olvera",
        "Marcus Tebbitt-Hale",
        "Gregory Ashdown",
        "Maya Chen",
        "Jonah Reyes-Whitaker",
    ],
    [
        Q(
            "We’re not asking for anything crazy. We’re asking to be able to pay rent in the town where we work",
            "Renata Olvera",
            "Renata Olvera",
            how="after",
        ),
        Q(
            "Every year they tell us the budget is tight. Every year the president gets a raise",
            "Renata Olvera",
            "she",
            how="after",
        ),
        Q(
            "They want to give us a raise with one hand and take it back with the other",
            "Marcus Tebbitt-Hale",
            "Tebbitt-Hale",
            how="after",
            anchor="Tebbitt-Hale said",
        ),
        Q("Our members can do math", "Marcus Tebbitt-Hale", "Tebbitt-Hale", how="before", anchor="Tebbitt-Hale said"),
        Q(
            "limited menus",
            "Brenmoor University",
            "The university",
            kind="partial",
            stype="organisation",
            anchor="The university said in an email",
        ),
        Q(
            "the largest wage increase in the history of this contract",
            "Gregory Ashdown",
            "Vice President for Campus Operations Gregory Ashdown",
            kind="partial",
        ),
        Q(
            "disappointing for everyone, including the many workers who did not want it",
            "Gregory Ashdown",
            "Vice President for Campus Operations Gregory Ashdown",
            kind="partial",
        ),
        Q(
            "Half of these people know my name. They know I’m vegetarian. They save me the good tofu",
            "Maya Chen",
            "Maya",
            how="after",
        ),
        Q("The least I can do is skip one lecture", "Maya Chen", "Maya", how="before"),
        Q(
            "I get the strike. I don’t get why I found out from a group chat at 5 a.m",
            "Jonah Reyes-Whitaker",
            "Jonah",
            how="after",
        ),
        Q(
            "as long as it takes, and a day longer",
            "Renata Olvera",
            "She",
            kind="partial",
            anchor="She said they would",
        ),
    ],
)

article(
    "campus-press",
    2,
    P(
        """RAs threaten mass resignation over new weekend on-call rules""",
        """By Ellie Marchetti | News Editor, The Calloway Courant""",
        """Resident assistants at Calloway State University are threatening to resign at the end of the semester unless the Office of Housing and Residential Education reverses a new policy that requires them to stay on campus every other weekend.""",
        """An open letter signed by 64 of the university's 112 RAs and delivered to administrators Tuesday calls the policy "an unpaid second job disguised as a scheduling change" and asks for a meeting with Dean of Students Patricia Oyelowo-Grant before Oct. 15.""",
        """Under the policy, which took effect Sept. 1, RAs must remain within a 10-minute walk of their residence hall from 8 p.m. Friday to 8 a.m. Monday on alternating weekends. RAs receive free housing and a $1,200 stipend each semester but are not paid by the hour.""",
        """The letter grew out of a group chat that RAs use to swap duty shifts, according to three RAs who spoke to the Courant. Screenshots of the chat, which has about 90 members, were shared with the Courant by one of them and reviewed by two editors.""",
        """In one message, sent the night the policy was announced, Devon Achterberg-Lyle, a senior majoring in political science who has been an RA in Hadley Hall for three years, wrote: "If we all sign, they can't fire all of us. If three of us sign, they fire three of us." """.strip(),
        """Another RA replied within minutes: "I'm in. Draft it tonight." """.strip(),
        """Achterberg-Lyle confirmed writing the message. "I wasn't trying to start a revolution. I was trying to keep my weekends," he said in an interview Wednesday. "My parents work weekends. I work weekends at the bookstore. The university acts like our time is free because our rooms are." """.strip(),
        """The university said in an email to the Courant that the policy was adopted after "a significant increase in overnight incidents requiring an immediate response" last year and that RAs had been "consulted through the RA Advisory Council in the spring." """.strip(),
        """Hannah Voskuijlen, a junior studying nursing who sits on that council, disputed the university's account. "We were shown one slide at the end of a meeting. Nobody asked us anything," she said. "Consulted is a strong word for a slide." """.strip(),
        """One RA, who asked not to be named because she feared losing her housing, said the policy had already forced her to quit a weekend job at a restaurant downtown. "I can't afford to lose free housing and I can't afford to lose the job. So I lost the job," the RA said.""",
        """The Courant requested data on overnight incidents from the housing office on Monday. A spokesperson for the housing office said it was "compiling" the figures but did not provide them by publication.""",
        """Oyelowo-Grant said in a brief statement Wednesday evening that she had received the letter and would meet with RAs "as soon as schedules allow." She did not say whether the policy would be reconsidered.""",
    ),
    [
        "Ellie Marchetti",
        "Calloway Courant",
        "Calloway State University",
        "Office of Housing and Residential Education",
        "Patricia Oyelowo-Grant",
        "Devon Achterberg-Lyle",
        "RA Advisory Council",
        "Hannah Voskuijlen",
    ],
    [
        Q(
            "an unpaid second job disguised as a scheduling change",
            "64 of the university's 112 RAs",
            "An open letter",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "If we all sign, they can't fire all of us. If three of us sign, they fire three of us",
            "Devon Achterberg-Lyle",
            "Devon Achterberg-Lyle",
            how="before",
        ),
        Q("I'm in. Draft it tonight", "another RA", "Another RA", stype="unnamed", how="before"),
        Q(
            "I wasn't trying to start a revolution. I was trying to keep my weekends",
            "Devon Achterberg-Lyle",
            "he",
            how="after",
        ),
        Q(
            "My parents work weekends. I work weekends at the bookstore. The university acts like our time is free because our rooms are",
            "Devon Achterberg-Lyle",
            "he",
            how="before",
        ),
        Q(
            "a significant increase in overnight incidents requiring an immediate response",
            "Calloway State University",
            "The university",
            kind="partial",
            stype="organisation",
            anchor="The university said in an email",
        ),
        Q(
            "consulted through the RA Advisory Council in the spring",
            "Calloway State University",
            "The university",
            kind="partial",
            stype="organisation",
            anchor="The university said in an email",
        ),
        Q(
            "We were shown one slide at the end of a meeting. Nobody asked us anything",
            "Hannah Voskuijlen",
            "she",
            how="after",
        ),
        Q("Consulted is a strong word for a slide", "Hannah Voskuijlen", "she", how="before"),
        Q(
            "I can't afford to lose free housing and I can't afford to lose the job. So I lost the job",
            "one RA",
            "the RA",
            stype="unnamed",
            how="after",
        ),
        Q(
            "compiling",
            "a spokesperson for the housing office",
            "A spokesperson for the housing office",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q("as soon as schedules allow", "Patricia Oyelowo-Grant", "Oyelowo-Grant", kind="partial", how="before"),
    ],
)

article(
    "campus-press",
    3,
    P(
        "Finalists face degree delay as marking boycott enters third week",
        "By Amira Hassan-Doyle, News Editor | The Kestwick Clarion",
        "Hundreds of final-year students at the University of Kestwick could leave this summer without a classified degree after the university warned that a marking and assessment boycott by lecturers may not be resolved before exam boards meet in June.",
        "The boycott, called by the Kestwick branch of the Federation of University Lecturers (FUL) over pay and the use of fixed-term contracts, began on 22 April. The union says about 280 of its members are taking part, roughly a third of the university’s academic staff.",
        "Professor Dame Helen Ravensworth, the vice-chancellor, wrote to every student on Monday. In the email, seen by the Clarion, she said the university was ‘doing everything in its power to protect students from the impact of this dispute’ but could not ‘rule out delays to the confirmation of some awards’.",
        "Dr Callum Achebe-Reid, the FUL branch secretary and a lecturer in human geography, said the email was ‘a masterclass in blaming other people’.",
        "‘Nobody in this branch wants to hurt students. We teach them, for God’s sake,’ he told the Clarion. ‘But we were told in February, in writing, that there was “no more money”. Two weeks later the university announced a £4m refurbishment of the senior management suite.’",
        "A university spokesperson said the refurbishment had been approved in 2022 and was ‘funded from a separate capital budget that cannot lawfully be used for salaries’.",
        "Freya Lindqvist-Obi, a third-year studying history, has a place on a graduate scheme in Leeds that is conditional on her getting a 2:1. She has not had a mark back for her dissertation, which she handed in on 2 May.",
        "‘If I don’t have a classification by September, the offer goes. I’ve emailed them and they said they’d “see what they can do”, which is not massively reassuring,’ Freya said.",
        "Frustration has spilled into student group chats. In a chat for final-year English students, seen by the Clarion, one student wrote on Sunday night: ‘Do they know we’ve paid £27k for this?’ Another student replied that they would ‘rather have a late degree than lecturers using food banks’.",
        "Students’ Union president Kofi Mensah-Barrow said the union backed the lecturers’ case but was pressing the university to adopt a ‘no detriment’ policy, under which no student’s final grade could fall below their average before the boycott began.",
        "‘We want a guarantee in writing that nobody’s degree outcome will be worse because of a dispute they had no part in,’ he said. ‘That costs the university nothing. It should have happened a fortnight ago.’",
        "The university said exam boards would meet as planned and that students would be told ‘as early as possible’ if their results were affected. Talks between the two sides are due to resume on Thursday.",
    ),
    [
        "Amira Hassan-Doyle",
        "Kestwick Clarion",
        "University of Kestwick",
        "Federation of University Lecturers",
        "Helen Ravensworth",
        "Callum Achebe-Reid",
        "Freya Lindqvist-Obi",
        "Students’ Union",
        "Kofi Mensah-Barrow",
    ],
    [
        Q(
            "doing everything in its power to protect students from the impact of this dispute",
            "Helen Ravensworth",
            "she",
            kind="partial",
            anchor="she said the university",
        ),
        Q(
            "rule out delays to the confirmation of some awards",
            "Helen Ravensworth",
            "she",
            kind="partial",
            anchor="she said the university",
        ),
        Q(
            "a masterclass in blaming other people",
            "Callum Achebe-Reid",
            "Dr Callum Achebe-Reid",
            kind="partial",
            how="before",
        ),
        Q(
            "Nobody in this branch wants to hurt students. We teach them, for God’s sake",
            "Callum Achebe-Reid",
            "he",
            how="after",
        ),
        Q(
            "But we were told in February, in writing, that there was “no more money”. Two weeks later the university announced a £4m refurbishment of the senior management suite",
            "Callum Achebe-Reid",
            "he",
            how="before",
        ),
        Q(
            "funded from a separate capital budget that cannot lawfully be used for salaries",
            "a university spokesperson",
            "A university spokesperson",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "If I don’t have a classification by September, the offer goes. I’ve emailed them and they said they’d “see what they can do”, which is not massively reassuring",
            "Freya Lindqvist-Obi",
            "Freya",
            how="after",
        ),
        Q("Do they know we’ve paid £27k for this", "one student", "one student", stype="unnamed", how="before"),
        Q(
            "rather have a late degree than lecturers using food banks",
            "another student",
            "Another student",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "We want a guarantee in writing that nobody’s degree outcome will be worse because of a dispute they had no part in",
            "Kofi Mensah-Barrow",
            "he",
            how="after",
        ),
        Q(
            "That costs the university nothing. It should have happened a fortnight ago",
            "Kofi Mensah-Barrow",
            "he",
            how="before",
        ),
        Q(
            "as early as possible",
            "University of Kestwick",
            "The university",
            kind="partial",
            stype="organisation",
            anchor="The university said exam boards",
        ),
    ],
)

article(
    "campus-press",
    4,
    P(
        "Faculty Senate votes no confidence in provost after doctoral admissions pause",
        "By Jasper Okonedo-Field | Senior Staff Writer, The Wrenfield Daily Orbit",
        "The Wrenfield University Faculty Senate voted 38-11 on Tuesday to declare no confidence in Provost Eleanor Macready-Shaw, two weeks after she announced that admissions to seven doctoral programs would be paused for at least two years.",
        "The vote is symbolic — the senate has no power to remove a provost — but it is the first of its kind at Wrenfield since 1994, according to the senate’s own records. More than 200 faculty members and graduate students crowded into the Alcott Hall auditorium for the meeting, which ran almost three hours.",
        "Senate chair Rosalind Afolabi, a professor of linguistics, opened the meeting by reading the motion aloud. Afterward, she told the Orbit that the vote was about process, not personality.",
        "“I have worked with Eleanor for nine years. I like her,” Afolabi said. “That is not the question in front of us. The question is whether seven departments can learn from a mass email that their graduate programs are gone, and whether we accept that as the way this university makes decisions.",
        "“We don’t. We said so tonight, and we will say so again if we have to.”",
        "Macready-Shaw did not attend the meeting. In a statement emailed to faculty an hour after the vote, she defended the pause as “the only responsible choice” for a university facing a $31 million deficit, and said current doctoral students would keep their full funding.",
        "The dean of the Graduate School, Margaret Osei, sat in the front row and did not speak during the debate. Reached by phone afterward, Osei declined to discuss the vote itself, noting that she reports directly to Macready-Shaw. She was more forthcoming about the students. “Everyone who was admitted came here with a promise of five years of funding, and they will get it. I will make sure of that personally,” she said.",
        "Tomasz Wielgus, a fourth-year doctoral student in comparative literature, watched the vote from the back of the auditorium with about 30 other graduate students. His program is one of the seven affected.",
        "“My department’s entire future was deleted in one paragraph of an email,” Tomasz said. “Nobody even put our names in it.”",
        "In a group chat for graduate students from the affected programs, which has more than 150 members and was shared with the Orbit, one student posted a photo of the vote tally shortly after 9 p.m. with a one-line caption: “38. Remember the number.”",
        "The university said in an email Wednesday morning that the Board of Trustees “continues to have full confidence in Provost Macready-Shaw and her leadership.” The board is next scheduled to meet in December.",
        "Daniel Ferreira-Nakamura, president of the Graduate Workers Union, said the union would file a grievance arguing that the pause changes graduate workers’ conditions of employment without bargaining. “A pause is just a cut with better manners,” he said.",
    ),
    [
        "Jasper Okonedo-Field",
        "Wrenfield Daily Orbit",
        "Wrenfield University",
        "Faculty Senate",
        "Eleanor Macready-Shaw",
        "Rosalind Afolabi",
        "Graduate School",
        "Margaret Osei",
        "Tomasz Wielgus",
        "Board of Trustees",
        "Daniel Ferreira-Nakamura",
        "Graduate Workers Union",
    ],
    [
        Q("I have worked with Eleanor for nine years. I like her", "Rosalind Afolabi", "Afolabi", how="after"),
        Q(
            "That is not the question in front of us. The question is whether seven departments can learn from a mass email that their graduate programs are gone, and whether we accept that as the way this university makes decisions",
            "Rosalind Afolabi",
            "Afolabi",
            how="before",
        ),
        Q("We don’t. We said so tonight, and we will say so again if we have to", "Rosalind Afolabi", "@prev"),
        Q(
            "the only responsible choice",
            "Eleanor Macready-Shaw",
            "she",
            kind="partial",
            anchor="she defended the pause",
        ),
        Q(
            "Everyone who was admitted came here with a promise of five years of funding, and they will get it. I will make sure of that personally",
            "Margaret Osei",
            "she",
            how="after",
        ),
        Q(
            "My department’s entire future was deleted in one paragraph of an email",
            "Tomasz Wielgus",
            "Tomasz",
            how="after",
        ),
        Q("Nobody even put our names in it", "Tomasz Wielgus", "Tomasz", how="before"),
        Q("38. Remember the number", "one student", "one student", stype="unnamed", how="before"),
        Q(
            "continues to have full confidence in Provost Macready-Shaw and her leadership",
            "Wrenfield University",
            "The university",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q("A pause is just a cut with better manners", "Daniel Ferreira-Nakamura", "he", how="after"),
    ],
)

article(
    "campus-press",
    5,
    P(
        "Student body president “not going anywhere” as impeachment vote nears",
        "By Nadia Ferreira-Quinn and Oliver Strand | The Harlow Ridge Herald",
        "Student Association President Keanu Alapaki said Sunday that he is “not going anywhere” ahead of a Senate vote Thursday on whether to impeach him over $14,000 in student activity fees that were spent without approval from the Association’s finance committee.",
        "The money paid for a stage and sound rental for April’s Spring Fling concert on the Harlow Ridge College quad, according to invoices obtained by the Herald. Keanu signed the rental contract on March 28. The Association’s bylaws require a committee vote on any expenditure over $2,500.",
        "“I made a call under deadline pressure, and I’d make it again,” Keanu said in an interview in the Association’s office in the student center. “If the Senate thinks a concert that 900 students went to is an impeachable offense, that’s their right. But I’m not going to resign over a stage.”",
        "“We don’t get to pick which rules apply to us,” said Senator Isabella Marchetti-Vance, a junior majoring in accounting who chairs the finance committee and introduced the articles of impeachment, “and that includes the president. Especially the president.”",
        "Isabella said she had warned Keanu in writing before the contract was signed. In an email dated March 21, which she shared with the Herald, she wrote that the expense “needs to come to committee before anything is signed, full stop.”",
        "Keanu disputed that account, saying he did not see the email until after he had signed. The Herald could not independently confirm when the email was opened.",
        "The college’s administration has so far stayed out of the fight. Dean of Student Life Howard Pemberton-Oduya said the administration would not intervene in a matter governed by the Association’s own constitution. “This is student government working the way it’s supposed to, which is messily,” Pemberton-Oduya said.",
        "The debate has also played out privately among senators. In a group chat for Senate members, a screenshot of which was posted anonymously on social media Saturday, one senator wrote: “If we don’t do this, nobody ever follows the bylaws again.” Another senator responded with a single word: “Agreed.”",
        "Articles of impeachment require a two-thirds vote of the 24-member Senate. If they pass, the case moves to the Association’s judicial board, which would hold a hearing within 10 days.",
        "Students interviewed outside the dining hall on Monday were split. “Honestly, the concert was good,” said Mateo Lindgren-Cruz, a sophomore studying film. “I don’t love how it happened, but I got my money’s worth.”",
        "Others were mostly tired of the whole affair. A first-year who asked not to be named because she works in the Association’s office said the controversy had made it hard to get anything else done this month. Keanu, for his part, said he would attend Thursday’s meeting and speak in his own defense.",
    ),
    [
        "Nadia Ferreira-Quinn",
        "Oliver Strand",
        "Harlow Ridge Herald",
        "Student Association",
        "Keanu Alapaki",
        "Senate",
        "Harlow Ridge College",
        "Isabella Marchetti-Vance",
        "Howard Pemberton-Oduya",
        "Mateo Lindgren-Cruz",
    ],
    [
        Q("not going anywhere", "Keanu Alapaki", "Student body president", kind="partial", occ=0),
        Q(
            "not going anywhere",
            "Keanu Alapaki",
            "Student Association President Keanu Alapaki",
            kind="partial",
            occ=1,
        ),
        Q("I made a call under deadline pressure, and I’d make it again", "Keanu Alapaki", "Keanu", how="after"),
        Q(
            "If the Senate thinks a concert that 900 students went to is an impeachable offense, that’s their right. But I’m not going to resign over a stage",
            "Keanu Alapaki",
            "Keanu",
            how="before",
        ),
        Q(
            "We don’t get to pick which rules apply to us",
            "Isabella Marchetti-Vance",
            "Senator Isabella Marchetti-Vance",
            how="after",
        ),
        Q(
            "and that includes the president. Especially the president",
            "Isabella Marchetti-Vance",
            "Senator Isabella Marchetti-Vance",
            how="before",
        ),
        Q(
            "needs to come to committee before anything is signed, full stop",
            "Isabella Marchetti-Vance",
            "she",
            kind="partial",
            anchor="she wrote that",
        ),
        Q(
            "This is student government working the way it’s supposed to, which is messily",
            "Howard Pemberton-Oduya",
            "Pemberton-Oduya",
            how="after",
        ),
        Q(
            "If we don’t do this, nobody ever follows the bylaws again",
            "one senator",
            "one senator",
            stype="unnamed",
            how="before",
        ),
        Q("Agreed", "another senator", "Another senator", stype="unnamed", how="before"),
        Q("Honestly, the concert was good", "Mateo Lindgren-Cruz", "Mateo Lindgren-Cruz", how="after"),
        Q(
            "I don’t love how it happened, but I got my money’s worth",
            "Mateo Lindgren-Cruz",
            "Mateo Lindgren-Cruz",
            how="before",
        ),
    ],
)

article(
    "campus-press",
    6,
    P(
        "Alumni, students rally against plan to sell Fenwick Woods to developer",
        "By Rhiannon Castellanos | Staff Reporter, The Ostrander Post",
        "More than 400 alumni have signed an open letter urging Ostrander College’s Board of Trustees to reject a proposal to sell 38 acres of Fenwick Woods, the forested land behind the athletic fields, to a housing developer.",
        "The letter, published Monday on a website set up by a group of former students, calls the woods “the one part of this campus that has never needed a capital campaign” and warns that a sale would “trade a century of teaching and memory for a single year’s budget fix.”",
        "Ostrander’s vice president for finance, Charles Whitlock-Arden, told trustees in a presentation this month that the sale could bring in about $19 million, enough to close the college’s projected deficit for the next two years.",
        "“We are not selling the woods because we want to. We are selling them because the alternative is cutting faculty.” That was how Whitlock-Arden put it to a packed meeting of the student senate on Thursday night, where he faced more than an hour of questions.",
        "Among the questioners was Professor Samuel Oyelaran-Fitch, who has taught field ecology in the woods since 1991 and was sitting two rows behind the vice president. He stood up holding a cardboard box of student field notebooks going back three decades. “Every one of these was written out there. You can’t put that on a balance sheet,” he said.",
        "Whitlock-Arden turned in his seat to face him. He said he had read some of the notebooks the professor lent the finance office last spring. “They’re extraordinary. I’m not the villain here, Sam,” he said.",
        "Ana Lucía Torres-Baptiste, a senior environmental studies major, helped collect signatures for the letter among current students and said more than 600 had signed a separate petition. Her senior thesis tracks salamander populations in two vernal pools near the northern edge of the property.",
        "“My thesis plot is in there. There’s a real chance I graduate and they bulldoze my data,” Ana Lucía said.",
        "A sale would require a two-thirds vote of the board under the college’s bylaws. Board chair Linda Marsh-Okafor has not said how she will vote. The board’s decision will be “made carefully and with every voice heard,” according to a statement the college released Friday afternoon.",
        "In a separate email to students on Friday, the college said it would hold two listening sessions before the trustees meet in November. “No decision has been made, and no agreement with any developer has been signed,” the email said.",
        "Ana Lucía said she plans to attend both sessions. “I’m bringing my own field notebooks,” she said.",
    ),
    [
        "Rhiannon Castellanos",
        "Ostrander Post",
        "Ostrander College",
        "Board of Trustees",
        "Charles Whitlock-Arden",
        "Samuel Oyelaran-Fitch",
        "Ana Lucía Torres-Baptiste",
        "Linda Marsh-Okafor",
    ],
    [
        Q(
            "the one part of this campus that has never needed a capital campaign",
            "more than 400 alumni",
            "The letter",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "trade a century of teaching and memory for a single year’s budget fix",
            "more than 400 alumni",
            "The letter",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "We are not selling the woods because we want to. We are selling them because the alternative is cutting faculty",
            "Charles Whitlock-Arden",
            "Whitlock-Arden",
            how="after",
        ),
        Q(
            "Every one of these was written out there. You can’t put that on a balance sheet",
            "Samuel Oyelaran-Fitch",
            "he",
            how="after",
        ),
        Q("They’re extraordinary. I’m not the villain here, Sam", "Charles Whitlock-Arden", "he", how="after"),
        Q(
            "My thesis plot is in there. There’s a real chance I graduate and they bulldoze my data",
            "Ana Lucía Torres-Baptiste",
            "Ana Lucía",
            how="after",
        ),
        Q(
            "made carefully and with every voice heard",
            "Ostrander College",
            "a statement",
            kind="partial",
            stype="organisation",
            anchor="according to a statement",
        ),
        Q(
            "No decision has been made, and no agreement with any developer has been signed",
            "Ostrander College",
            "the email",
            stype="organisation",
            how="after",
        ),
        Q("I’m bringing my own field notebooks", "Ana Lucía Torres-Baptiste", "she", how="after"),
    ],
)

# ---------------------------------------------------------------------------
# IMMIGRATION-BORDER
# ---------------------------------------------------------------------------
article(
    "immigration-border",
    1,
    P(
        "At a Juárez shelter, families wait for a door that rarely opens",
        "By Lucía Benavides-Orr | Southwest Ledger",
        "CIUDAD JUÁREZ, Mexico — The bunk beds at Casa Santa Brígida are stacked three high, and on most nights every one of them is taken. The shelter, run by a small community of Catholic nuns in a converted tire warehouse ten blocks from the international bridge, was built for 180 people. On Tuesday night it held 312.",
        "Among them was a woman from Honduras who asked to be identified only by her first name, Marisol, because she fears the gang she fled could find relatives she left behind. She has been in Juárez for five months with her two sons, ages 6 and 11, waiting for an asylum appointment through the government’s online scheduling system.",
        "“Every morning at nine I open the phone, and every morning it says the same thing,” Marisol said in Spanish. “My younger one asks me if the phone is broken.”",
        "Sister Inés Carvajal, who has run the shelter since 2016, said the number of families had doubled since spring. “We stopped saying no to anyone a long time ago. Now we say yes and put a mattress in the hallway,” she said.",
        "The Federal Border Protection Agency said in a statement that it was processing “as many appointments as current capacity allows” and urged migrants not to attempt to cross between ports of entry, which it called “dangerous and unlawful.” The agency did not respond to questions about how many appointments are issued each day at the El Paso crossings.",
        "Across the bridge in El Paso, immigration lawyer Teresa Baudelaire, who represents about 40 families from Juárez shelters, described the appointment system as “a lottery with extra steps.” “My clients do everything right and wait half a year. That’s not a system. That’s a waiting room with no clock,” she said.",
        "Marisol’s older son, Kevin, kicked a deflated soccer ball against the courtyard wall while his mother talked. Sister Inés watched him for a moment from the kitchen door and shook her head. “He was a good student at home. Here there is no school for him, only the wall,” she said.",
        "The shelter runs on donations from two parishes in Juárez and a church network in Texas. A volunteer doctor comes on Thursdays. The nuns keep a ledger of every arrival, and the ledger for October runs to 41 handwritten pages.",
        "Frontera Humanitarian Alliance, which gives legal orientation sessions at five shelters in the city, estimates that about 4,000 people are waiting in Juárez for appointments. Its coordinator, Rubén Estrada Lozano, said the waiting itself had become dangerous. “The longer people wait, the more the cartels see them as a business,” he said. “A family that has been here six months has been photographed, counted and priced.”",
        "Marisol said she would keep opening the app every morning. “I did not walk from Honduras to give up in front of a door,” she said.",
    ),
    [
        "Lucía Benavides-Orr",
        "Southwest Ledger",
        "Casa Santa Brígida",
        "Marisol",
        "Inés Carvajal",
        "Federal Border Protection Agency",
        "Teresa Baudelaire",
        "Kevin",
        "Frontera Humanitarian Alliance",
        "Rubén Estrada Lozano",
    ],
    [
        Q(
            "Every morning at nine I open the phone, and every morning it says the same thing",
            "Marisol",
            "Marisol",
            how="after",
        ),
        Q("My younger one asks me if the phone is broken", "Marisol", "Marisol", how="before"),
        Q(
            "We stopped saying no to anyone a long time ago. Now we say yes and put a mattress in the hallway",
            "Inés Carvajal",
            "she",
            how="after",
        ),
        Q(
            "as many appointments as current capacity allows",
            "Federal Border Protection Agency",
            "The Federal Border Protection Agency",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "dangerous and unlawful",
            "Federal Border Protection Agency",
            "The Federal Border Protection Agency",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "a lottery with extra steps",
            "Teresa Baudelaire",
            "immigration lawyer Teresa Baudelaire",
            kind="partial",
        ),
        Q(
            "My clients do everything right and wait half a year. That’s not a system. That’s a waiting room with no clock",
            "Teresa Baudelaire",
            "she",
            how="after",
        ),
        Q(
            "He was a good student at home. Here there is no school for him, only the wall",
            "Inés Carvajal",
            "she",
            how="after",
        ),
        Q(
            "The longer people wait, the more the cartels see them as a business",
            "Rubén Estrada Lozano",
            "he",
            how="after",
        ),
        Q(
            "A family that has been here six months has been photographed, counted and priced",
            "Rubén Estrada Lozano",
            "he",
            how="before",
        ),
        Q("I did not walk from Honduras to give up in front of a door", "Marisol", "she", how="after"),
    ],
)

article(
    "immigration-border",
    2,
    P(
        """In a windowless courtroom, a K'iche' speaker's asylum case turns on translation""",
        """By Marcus Delacroix-Wynn | Gulf Coast Examiner""",
        """HARLAN BEND, Texas -- Ana Tzoc Ixcoy testified for nearly three hours on Wednesday at the Harlan Bend Immigration Court, but for the first part of her hearing almost none of the words the judge heard were her own.""",
        """The 24-year-old from Guatemala's western highlands speaks K'iche', a Mayan language, and only a little Spanish. The court's telephone interpreter spoke Spanish. For the first 40 minutes, her lawyer said, the two barely understood each other.""",
        """"She was answering questions she had not been asked," said her attorney, Claire Hollingsworth-Baez of the Rio Grande Asylum Project. "At one point the interpreter told the court she had said her husband beat her. She had said her brother-in-law." """.strip(),
        """Immigration Judge Raymond Kessler paused the hearing and ordered the court to find a K'iche' interpreter. "I'm not going to decide a case like this over a game of telephone," Kessler said from the bench.""",
        """A K'iche' interpreter, Felipe Chumil, joined by video from Guatemala City a little over an hour later. Through him, Ana told the court that she had fled her village after her brother-in-law threatened to kill her for reporting him to the community council. "He said if I went to the authorities again, they would find me in the river," she said through Chumil.""",
        """Her younger brother, Mateo Tzoc Ixcoy, 19, who crossed the border with her in 2022 and has his own asylum case pending, testified briefly in Spanish. "My sister did not leave because she wanted to. Nobody in my family wanted to leave," Mateo said.""",
        """A government attorney questioned why Ana had not simply moved to another part of Guatemala. "Your client's village is one village. Guatemala is a big country. Why not the capital?" the attorney asked.""",
        """Ana answered before the question had been fully translated, then waited for Chumil to catch up. "He has cousins in the capital. He has cousins everywhere," she said.""",
        """Kessler continued the case until June so that both sides could submit written arguments. "I want a full record, properly interpreted, before I rule," he said.""",
        """Outside the courtroom, Hollingsworth-Baez called the day a small victory. "A lot of judges would have pushed straight through with the Spanish interpreter," she said. Ana, standing beside her with her brother, said nothing and smiled.""",
        """The Office of Immigration Adjudication, which runs the nation's immigration courts, said in an email that it "makes every effort to provide interpreters in the language a respondent best understands" and that requests for rare languages can take weeks to fill.""",
    ),
    [
        "Marcus Delacroix-Wynn",
        "Gulf Coast Examiner",
        "Ana Tzoc Ixcoy",
        "Harlan Bend Immigration Court",
        "Claire Hollingsworth-Baez",
        "Rio Grande Asylum Project",
        "Raymond Kessler",
        "Felipe Chumil",
        "Mateo Tzoc Ixcoy",
        "Office of Immigration Adjudication",
    ],
    [
        Q(
            "She was answering questions she had not been asked",
            "Claire Hollingsworth-Baez",
            "Claire Hollingsworth-Baez",
            how="after",
        ),
        Q(
            "At one point the interpreter told the court she had said her husband beat her. She had said her brother-in-law",
            "Claire Hollingsworth-Baez",
            "Claire Hollingsworth-Baez",
            how="before",
        ),
        Q(
            "I'm not going to decide a case like this over a game of telephone",
            "Raymond Kessler",
            "Kessler",
            how="after",
        ),
        Q(
            "He said if I went to the authorities again, they would find me in the river",
            "Ana Tzoc Ixcoy",
            "she",
            how="after",
        ),
        Q(
            "My sister did not leave because she wanted to. Nobody in my family wanted to leave",
            "Mateo Tzoc Ixcoy",
            "Mateo",
            how="after",
        ),
        Q(
            "Your client's village is one village. Guatemala is a big country. Why not the capital",
            "a government attorney",
            "the attorney",
            stype="unnamed",
            how="after",
        ),
        Q("He has cousins in the capital. He has cousins everywhere", "Ana Tzoc Ixcoy", "she", how="after"),
        Q("I want a full record, properly interpreted, before I rule", "Raymond Kessler", "he", how="after"),
        Q(
            "A lot of judges would have pushed straight through with the Spanish interpreter",
            "Claire Hollingsworth-Baez",
            "she",
            how="after",
        ),
        Q(
            "makes every effort to provide interpreters in the language a respondent best understands",
            "Office of Immigration Adjudication",
            "The Office of Immigration Adjudication",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "immigration-border",
    3,
    P(
        "‘We are not the problem,’ says hotel resident as Saltmarsh asylum row grows",
        "By Harriet Pennock | Saltmarsh & District Chronicle",
        "About 160 men seeking asylum have been living at the Esplanade Grand Hotel on Saltmarsh seafront since March, when the Home Office took over the 90-room building under a contract with the accommodation provider Harbourline Housing Services.",
        "One of them, a 27-year-old from Eritrea whom the Chronicle is calling Yonas to protect relatives still in the country, has read the leaflets pushed through letterboxes across the town this month. Distributed by a group calling itself Saltmarsh Residents First, the leaflets describe the hotel as ‘a danger to our children and our high street’.",
        "‘We are not the problem. I was a teacher. Some of the men here were nurses, engineers, one was a footballer,’ Yonas said, speaking in English in the hotel’s car park. ‘We are waiting, that is all. Waiting is not a crime.’",
        "The leader of Saltmarsh District Council, Cllr Graham Tolley, said the council had been given ‘less than a week’s notice’ before the first residents arrived and had written to the Home Office twice asking for the contract to end.",
        "‘This is not about the men in the hotel. It is about a seaside town losing its biggest hotel in the middle of the season,’ he said.",
        "A Home Office spokesperson said: ‘We are committed to ending the use of hotels and moving people into more suitable accommodation as quickly as possible.’",
        "Rachel Adeyemi-Stroud runs the Saltmarsh Welcome Project, a volunteer group that organises English conversation classes and Sunday football matches for the residents. ‘Yonas told me last week, “I have learned the name of every street in this town and not one person’s name.” That is what we are trying to change,’ she said.",
        "About 40 people joined a protest outside the hotel on Saturday afternoon organised by Saltmarsh Residents First. Its spokesman, Derek Vine, a retired postman who has lived in the town for 50 years, denied the group was hostile to refugees.",
        "‘We have nothing against anybody in that building. We are against a system that dumps people on a town without asking it,’ Mr Vine said.",
        "Tolley, who watched the protest from across the road, said he had asked both sides to keep things peaceful and was relieved that they had. He was blunter about the leaflets. ‘Some of what was in those leaflets was disgraceful, and I have told the people who wrote them so,’ he said.",
        "Yonas said his asylum interview had finally been scheduled for November, nineteen months after he arrived in the UK. He hopes to teach maths again. ‘Maybe then I can teach,’ he said. ‘Even here. Especially here.’",
    ),
    [
        "Harriet Pennock",
        "Saltmarsh & District Chronicle",
        "Esplanade Grand Hotel",
        "Home Office",
        "Harbourline Housing Services",
        "Yonas",
        "Saltmarsh Residents First",
        "Saltmarsh District Council",
        "Graham Tolley",
        "Rachel Adeyemi-Stroud",
        "Saltmarsh Welcome Project",
        "Derek Vine",
    ],
    [
        Q("We are not the problem", "Yonas", "hotel resident", occ=0),
        Q(
            "a danger to our children and our high street",
            "Saltmarsh Residents First",
            "the leaflets",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "We are not the problem. I was a teacher. Some of the men here were nurses, engineers, one was a footballer",
            "Yonas",
            "Yonas",
            how="after",
        ),
        Q("We are waiting, that is all. Waiting is not a crime", "Yonas", "Yonas", how="before"),
        Q("less than a week’s notice", "Graham Tolley", "Cllr Graham Tolley", kind="partial"),
        Q(
            "This is not about the men in the hotel. It is about a seaside town losing its biggest hotel in the middle of the season",
            "Graham Tolley",
            "he",
            how="after",
        ),
        Q(
            "We are committed to ending the use of hotels and moving people into more suitable accommodation as quickly as possible",
            "a Home Office spokesperson",
            "A Home Office spokesperson",
            stype="unnamed",
        ),
        Q(
            "Yonas told me last week, “I have learned the name of every street in this town and not one person’s name.” That is what we are trying to change",
            "Rachel Adeyemi-Stroud",
            "she",
            how="after",
        ),
        Q(
            "We have nothing against anybody in that building. We are against a system that dumps people on a town without asking it",
            "Derek Vine",
            "Mr Vine",
            how="after",
        ),
        Q(
            "Some of what was in those leaflets was disgraceful, and I have told the people who wrote them so",
            "Graham Tolley",
            "he",
            how="after",
        ),
        Q("Maybe then I can teach", "Yonas", "he", how="after"),
        Q("Even here. Especially here", "Yonas", "he", how="before"),
    ],
)

article(
    "immigration-border",
    4,
    P(
        "After six days in the jungle, a Venezuelan family counts who made it",
        "By Tomás Elizondo-Park | Hemisphere Dispatch",
        "QUEBRADA HONDA, Panama — The family walked out of the Darién jungle on Thursday afternoon in a line of mud-caked people that stretched back along the riverbank further than anyone at the reception station could see: Yusleidy Rengifo, 34; her husband, Jhonny Salcedo, 38; their daughters, 9 and 14; and Yusleidy’s aunt, Carmen Rengifo, 61, who walked the last kilometre leaning on a stick cut from a bamboo stalk.",
        "“The river took my shoes on the second day. After that I walked in socks,” Carmen said in Spanish, lifting one swollen foot to show the blisters. “At my age, the jungle is not a place. It is a sentence.”",
        "Yusleidy sat on a bench beside her aunt while a nurse cleaned Carmen’s feet with iodine. She had argued for months that the older woman should stay behind in Maracay, where the two Rengifo women ran a small bakery until it closed last year. “I told her she would not survive it. She told me she had already survived worse,” she said.",
        "Travelling with the family was a 17-year-old from Caracas whom they met on the first night. He asked to be identified by a pseudonym, Luis, because he is travelling without his parents and fears being sent to a children’s shelter.",
        "Luis said the worst moment came on the fourth day, when the group passed a man’s body beside the trail. “Nobody stopped. You can’t stop. If you stop, you stay,” he said. “I keep thinking about his shoes. They were new shoes.",
        "“Someone bought him those shoes for this trip. Someone is still waiting for him to call.”",
        "At the reception station, run jointly by Panamanian authorities and aid groups, the medical charity Médicos del Camino treats several hundred people a day. Its field coordinator, Ingrid Halvorsen-Mejía, said her team was seeing more children and older people than a year ago.",
        "“We are treating grandmothers for things we used to see only in young men: dehydration, trench foot, infected cuts,” she said. “The jungle has not changed. The people walking through it have.”",
        "Panama’s National Border Service said in a statement that about 1,900 people had arrived at Quebrada Honda during the week and that buses north to the Costa Rican border were departing “on a regular schedule.” Each passenger pays for the ticket.",
        "Jhonny spent the afternoon in a queue to register the family and buy five bus tickets with money wired by a relative. He said the family planned to board a bus that night. “We have a cousin in Monterrey,” he said, then stopped and corrected himself. “We had a cousin in Monterrey. He stopped answering in August. Now I don’t know where he is.”",
    ),
    [
        "Tomás Elizondo-Park",
        "Hemisphere Dispatch",
        "Yusleidy Rengifo",
        "Jhonny Salcedo",
        "Carmen Rengifo",
        "Luis",
        "Médicos del Camino",
        "Ingrid Halvorsen-Mejía",
        "National Border Service",
    ],
    [
        Q(
            "The river took my shoes on the second day. After that I walked in socks",
            "Carmen Rengifo",
            "Carmen",
            how="after",
            anchor="Carmen said in Spanish",
        ),
        Q(
            "At my age, the jungle is not a place. It is a sentence",
            "Carmen Rengifo",
            "Carmen",
            how="before",
            anchor="Carmen said in Spanish",
        ),
        Q(
            "I told her she would not survive it. She told me she had already survived worse",
            "Yusleidy Rengifo",
            "she",
            how="after",
        ),
        Q("Nobody stopped. You can’t stop. If you stop, you stay", "Luis", "he", how="after"),
        Q("I keep thinking about his shoes. They were new shoes", "Luis", "he", how="before"),
        Q("Someone bought him those shoes for this trip. Someone is still waiting for him to call", "Luis", "@prev"),
        Q(
            "We are treating grandmothers for things we used to see only in young men: dehydration, trench foot, infected cuts",
            "Ingrid Halvorsen-Mejía",
            "she",
            how="after",
        ),
        Q(
            "The jungle has not changed. The people walking through it have",
            "Ingrid Halvorsen-Mejía",
            "she",
            how="before",
        ),
        Q(
            "on a regular schedule",
            "National Border Service",
            "National Border Service",
            kind="partial",
            stype="organisation",
        ),
        Q("We have a cousin in Monterrey", "Jhonny Salcedo", "he", how="after"),
        Q(
            "We had a cousin in Monterrey. He stopped answering in August. Now I don’t know where he is",
            "Jhonny Salcedo",
            "he",
            how="before",
        ),
    ],
)

article(
    "immigration-border",
    5,
    P(
        "Rescue ship docks after five-day standoff as captain says crew 'at the limit'",
        "By Giulia Fenner | Mediterranean Report",
        "PORTO LUCERNA, Italy - The Aurora Vigil, a rescue ship operated by the German charity SeaBridge Relief, docked in the southern Italian port of Porto Lucerna on Sunday with 214 people on board, five days after Italian authorities first refused it permission to enter.",
        "Captain Anke Reimers, 44, said her crew of 22 had been sleeping in two-hour shifts since the first rescue, on Tuesday morning, and that food and fresh water had been rationed since Thursday. 'We are at the limit. Not the ship, the ship is fine. The people,' she said on the quayside. 'When you have a baby with a fever and you are told to wait another night, you stop being polite.'",
        "Among the passengers was Abdi, a 22-year-old from Somalia who asked that his surname not be used. Speaking through one of the ship's volunteer interpreters, Hodan Warsame, he said he had been held in a warehouse in Libya for seven months before he was put on a boat. 'They sold us like phones. One man buys you, then another man buys you from him,' he said.",
        "Warsame, who left Somalia herself in 2011 and now lives in Hamburg, said there were days she had to stop translating and go out on deck. 'You say their words in your own mouth, and after a while they become a little bit yours,' she said.",
        "Italy's Interior Ministry said in a statement that the port had been assigned 'in accordance with the applicable rules' and accused the charity of 'ignoring instructions from the competent authorities' during its second rescue, on Wednesday night.",
        "SeaBridge Relief's operations director, Lukas Brenner-Oyelowo, rejected that. 'We informed every authority of every step. We have the logs, and we will publish all of them,' he said by phone from Berlin.",
        "The second rescue took place in the Maltese search-and-rescue zone after a rubber boat carrying 61 people began taking on water, according to the charity. 'There was water up to the knees in that boat and nobody on it could swim,' according to Reimers, who said the crew reached the boat about 40 minutes after the first distress call.",
        "Under Italian rules introduced last year, charity ships must head to their assigned port immediately after a rescue, which SeaBridge Relief says makes it impossible to answer further calls on the way. The charity has been fined twice under the rules and is appealing both fines.",
        "Abdi stood at the rail with Warsame as the Aurora Vigil came alongside the quay and a line of police officers in blue gloves waited to receive the passengers. 'I did not believe it until I saw the police,' he said, and laughed. 'It's a strange thing to be happy about.'",
    ),
    [
        "Giulia Fenner",
        "Mediterranean Report",
        "SeaBridge Relief",
        "Anke Reimers",
        "Abdi",
        "Hodan Warsame",
        "Interior Ministry",
        "Lukas Brenner-Oyelowo",
    ],
    [
        Q("at the limit", "Anke Reimers", "captain", kind="partial", occ=0),
        Q(
            "We are at the limit. Not the ship, the ship is fine. The people",
            "Anke Reimers",
            "she",
            how="after",
        ),
        Q(
            "When you have a baby with a fever and you are told to wait another night, you stop being polite",
            "Anke Reimers",
            "she",
            how="before",
        ),
        Q(
            "They sold us like phones. One man buys you, then another man buys you from him",
            "Abdi",
            "he",
            how="after",
        ),
        Q(
            "You say their words in your own mouth, and after a while they become a little bit yours",
            "Hodan Warsame",
            "she",
            how="after",
        ),
        Q(
            "in accordance with the applicable rules",
            "Interior Ministry",
            "Interior Ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "ignoring instructions from the competent authorities",
            "Interior Ministry",
            "Interior Ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We informed every authority of every step. We have the logs, and we will publish all of them",
            "Lukas Brenner-Oyelowo",
            "he",
            how="after",
        ),
        Q(
            "There was water up to the knees in that boat and nobody on it could swim",
            "Anke Reimers",
            "Reimers",
            how="after",
        ),
        Q("I did not believe it until I saw the police", "Abdi", "he", how="after"),
        Q("It's a strange thing to be happy about", "Abdi", "he", how="before"),
    ],
)

article(
    "immigration-border",
    6,
    P(
        "In the forest on Poland’s eastern edge, volunteers race the first frost",
        "By Katarzyna Wielgosz-Hart | Baltic Review",
        "BIAŁE ŁĄKI, Poland — The message arrived on the volunteers’ emergency phone at 2:14 a.m.: a location pin, a photograph of a man’s swollen feet and, in English, “We are four. One cannot walk.”",
        "By 4 a.m., two volunteers from Forest Lifeline, a network of local residents who bring food, dry clothes and medical help to people crossing from Belarus, had found them in a stand of birch about three kilometres from the border fence: a Syrian father and son, Ahmad Haddad, 52, and Yusuf Haddad, 19, and two men from Yemen who did not want to be named.",
        "“My father walked for two days on that foot. He did not tell anyone until he could not stand,” Yusuf said in English, which he studied at university in Aleppo before the war ended his degree.",
        "Ahmad, speaking in Arabic with his son translating, said they had been forced back across the fence three times in three weeks. “Each time they take the phones, the water, and they open the gate,” he said. “The fourth time, we hid.”",
        "Polish authorities have defended returning people to the border line since 2021, saying Belarus is deliberately pushing migrants towards the European Union. The regional border guard spokeswoman, Lt. Agnieszka Sowa, said the four men had been taken to a hospital in the morning and then to a guarded centre, where they could apply for protection. Asked about the three earlier returns Ahmad described, she said the service “does not comment on individual accounts that it cannot verify.”",
        "“We are not the police and we are not smugglers,” said Ewa Kamińska-Lind, 58, a retired schoolteacher who has volunteered with Forest Lifeline since the first winter of the crisis, “we are the people who bring soup and socks. That should not be a political position.”",
        "“Paper is the only thing that protects them out here.” That is the view of Piotr Zaręba, a lawyer from Warsaw who works with the group and who filed written asylum applications for all four men before 8 a.m., photographing each page by torchlight before he sent it.",
        "Temperatures in the forest fell below freezing for the first time this season on Monday night. Kamińska-Lind said the group now carries thermal blankets and hand warmers in every backpack. She has been stopped and questioned by police twice and says she no longer tells her neighbours where she goes at night.",
        "It was Ahmad who had sent the message at 2:14, typing on his son’s phone with one hand while Yusuf held the torch. Asked why he had written in English, he shrugged. “My son taught me those words in Minsk,” he said. “Just in case.”",
    ),
    [
        "Katarzyna Wielgosz-Hart",
        "Baltic Review",
        "Forest Lifeline",
        "Ahmad Haddad",
        "Yusuf Haddad",
        "European Union",
        "Agnieszka Sowa",
        "Ewa Kamińska-Lind",
        "Piotr Zaręba",
    ],
    [
        Q("We are four. One cannot walk", "Ahmad Haddad", "The message", how="before"),
        Q(
            "My father walked for two days on that foot. He did not tell anyone until he could not stand",
            "Yusuf Haddad",
            "Yusuf",
            how="after",
        ),
        Q("Each time they take the phones, the water, and they open the gate", "Ahmad Haddad", "he", how="after"),
        Q("The fourth time, we hid", "Ahmad Haddad", "he", how="before"),
        Q(
            "does not comment on individual accounts that it cannot verify",
            "Agnieszka Sowa",
            "she",
            kind="partial",
            anchor="she said the service",
        ),
        Q(
            "We are not the police and we are not smugglers",
            "Ewa Kamińska-Lind",
            "Ewa Kamińska-Lind",
            how="after",
        ),
        Q(
            "we are the people who bring soup and socks. That should not be a political position",
            "Ewa Kamińska-Lind",
            "Ewa Kamińska-Lind",
            how="before",
        ),
        Q("Paper is the only thing that protects them out here", "Piotr Zaręba", "Piotr Zaręba", how="after"),
        Q("My son taught me those words in Minsk", "Ahmad Haddad", "he", how="after"),
        Q("Just in case", "Ahmad Haddad", "he", how="before"),
    ],
)

# ---------------------------------------------------------------------------
# TRANSPORT-AVIATION
# ---------------------------------------------------------------------------

article(
    "transport-aviation",
    1,
    P(
        "Halcyon Air jet diverts to Ireland after crew shuts down engine over Atlantic",
        "By Fiachra Dunleavy | The Western Courier",
        "A Halcyon Air wide-body jet carrying 287 passengers from Manchester to Toronto made an emergency landing at Ballykeel Airport in the west of Ireland on Wednesday after its crew shut down one of the aircraft’s two engines over the Atlantic, the carrier said.",
        "Flight HA 441 landed safely at 1:52 p.m. local time, about 90 minutes after the crew reported a loss of oil pressure in the left engine and turned back towards the Irish coast. Fire crews followed the aircraft down the runway as a precaution. No one was injured.",
        "“The crew followed their procedures precisely and the aircraft landed without incident,” the carrier said in a statement. “We apologise to our customers for the disruption to their journey.”",
        "Passenger Niamh Corrigan-Bell, 41, who was travelling with her two children to visit her sister in Toronto, said the cabin went quiet when the captain made an announcement about 40 minutes into the flight.",
        "“He was very calm. He said, ‘We’ve had to shut down an engine, we’re perfectly safe, and we’re going to Ireland for a cup of tea,’” she said. “My daughter laughed. I didn’t.”",
        "“You could smell something hot for a minute or two, and then nothing at all,” said Graham Oduya, a software engineer from Leeds who was seated over the wing. He said several passengers applauded on landing.",
        "According to a notice to airmen issued by the airport’s operator, Western Airports Group, Ballykeel’s only runway was “closed to all traffic until further notice” for nearly three hours while the aircraft was inspected and towed to a remote stand. Two inbound flights were diverted to Shannon.",
        "The Airline Pilots’ Federation, which represents Halcyon’s 1,100 pilots, praised the crew. “This is what training is for, and it is why we push back every time someone suggests cutting simulator hours,” said federation safety chair Captain Rory Deasy.",
        "The Transport Safety Investigation Office said it had opened an investigation and that the engine would be removed and examined at the manufacturer’s facility. “It is far too early to talk about a cause, and I would caution anyone against guessing,” said Deirdre Fallon, the office’s chief inspector.",
        "Halcyon said passengers would be flown on to Toronto on a replacement aircraft on Thursday morning and had been put up in hotels in the area overnight. The airline said it was “in close contact with the engine manufacturer” and would cooperate fully with investigators.",
        "Corrigan-Bell said her son had already asked whether they could travel home by boat. “I told him we’ll see,” she said.",
    ),
    [
        "Fiachra Dunleavy",
        "Western Courier",
        "Halcyon Air",
        "Ballykeel Airport",
        "Niamh Corrigan-Bell",
        "Graham Oduya",
        "Western Airports Group",
        "Airline Pilots’ Federation",
        "Rory Deasy",
        "Transport Safety Investigation Office",
        "Deirdre Fallon",
    ],
    [
        Q(
            "The crew followed their procedures precisely and the aircraft landed without incident",
            "Halcyon Air",
            "the carrier",
            stype="organisation",
            how="after",
        ),
        Q(
            "We apologise to our customers for the disruption to their journey",
            "Halcyon Air",
            "the carrier",
            stype="organisation",
            how="before",
        ),
        Q(
            "He was very calm. He said, ‘We’ve had to shut down an engine, we’re perfectly safe, and we’re going to Ireland for a cup of tea,’",
            "Niamh Corrigan-Bell",
            "she",
            how="after",
        ),
        Q("My daughter laughed. I didn’t", "Niamh Corrigan-Bell", "she", how="before"),
        Q(
            "You could smell something hot for a minute or two, and then nothing at all",
            "Graham Oduya",
            "Graham Oduya",
            how="after",
        ),
        Q(
            "closed to all traffic until further notice",
            "Western Airports Group",
            "a notice to airmen",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "This is what training is for, and it is why we push back every time someone suggests cutting simulator hours",
            "Rory Deasy",
            "federation safety chair Captain Rory Deasy",
            how="after",
        ),
        Q(
            "It is far too early to talk about a cause, and I would caution anyone against guessing",
            "Deirdre Fallon",
            "Deirdre Fallon",
            how="after",
        ),
        Q(
            "in close contact with the engine manufacturer",
            "Halcyon Air",
            "The airline",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q("I told him we’ll see", "Niamh Corrigan-Bell", "she", how="after"),
    ],
)

article(
    "transport-aviation",
    2,
    P(
        """Commuter rail crews strike, stranding 60,000 daily riders""",
        """By Renée Castellano | Transit Reporter, The Lakeport Sentinel""",
        """LAKEPORT -- Engineers and conductors on the Lakeport Regional Rail network walked off the job at 12:01 a.m. Tuesday, halting service on all five commuter lines and leaving an estimated 60,000 daily riders to find another way to work.""",
        """The Brotherhood of Rail Operating Crews, which represents about 430 engineers and conductors, says the agency has refused to move on scheduling rules that can keep crews on duty for up to 14 hours, with an unpaid break of as long as four hours in the middle of a shift.""",
        """"We've been at the table for 26 months. You don't walk out after 26 months because you're impatient," said Dwayne Coltrane, the union's general chairman, outside the Union Street rail yard at dawn. "You walk out because they stopped listening in month three." """.strip(),
        """Lakeport Regional Rail said in a statement that its final offer included raises of 14% over four years and was "fair, generous and in line with what comparable agencies in the region pay." """.strip(),
        """The agency's general manager, Patricia Hendley-Ocampo, told reporters at a morning briefing that the scheduling rules were needed to keep trains running at rush hour. "If we give them what they're asking for on split shifts, we need 60 more engineers that we don't have," she said. "You can't hire an engineer off the street. It takes two years to train one." """.strip(),
        """At Harmon Junction station, where the 6:48 express to downtown would normally leave, a handful of riders who had not heard the news stood on the platform in the rain, staring at the departure board.""",
        """"I checked the app at five and it said on time," says Lorraine Boateng, 52, a hospital pharmacist who has taken the same train for 11 years. "The app lies. I'm going to be late for the first time since 2014." """.strip(),
        """Coltrane said he had spoken to state Transportation Secretary Aaron Kessel by phone on Monday night, hours before the deadline. He said the call lasted four minutes. "He told me to think about the nurses. I told him I was thinking about the engineer who fell asleep at the controls in 2019 after his fourteenth hour," he said.""",
        """Kessel, in a written statement, called the strike "a reckless decision that punishes working people who had nothing to do with this dispute" and urged both sides to return to talks immediately.""",
        """The National Mediation Panel, which oversees labor disputes on commuter railroads, said it would convene talks on Thursday. Under federal law, the panel can recommend that the president appoint an emergency board, which would order crews back to work for up to 120 days.""",
        """Extra buses were running on three of the five lines, and the agency urged riders who could work from home to do so. Traffic on the main highways into downtown was backed up for more than 10 miles by 7:30 a.m., according to the state traffic center.""",
    ),
    [
        "Renée Castellano",
        "Lakeport Sentinel",
        "Lakeport Regional Rail",
        "Brotherhood of Rail Operating Crews",
        "Dwayne Coltrane",
        "Patricia Hendley-Ocampo",
        "Lorraine Boateng",
        "Aaron Kessel",
        "National Mediation Panel",
    ],
    [
        Q(
            "We've been at the table for 26 months. You don't walk out after 26 months because you're impatient",
            "Dwayne Coltrane",
            "Dwayne Coltrane",
            how="after",
        ),
        Q(
            "You walk out because they stopped listening in month three",
            "Dwayne Coltrane",
            "Dwayne Coltrane",
            how="before",
        ),
        Q(
            "fair, generous and in line with what comparable agencies in the region pay",
            "Lakeport Regional Rail",
            "Lakeport Regional Rail",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "If we give them what they're asking for on split shifts, we need 60 more engineers that we don't have",
            "Patricia Hendley-Ocampo",
            "she",
            how="after",
        ),
        Q(
            "You can't hire an engineer off the street. It takes two years to train one",
            "Patricia Hendley-Ocampo",
            "she",
            how="before",
        ),
        Q("I checked the app at five and it said on time", "Lorraine Boateng", "Lorraine Boateng", how="after"),
        Q(
            "The app lies. I'm going to be late for the first time since 2014",
            "Lorraine Boateng",
            "Lorraine Boateng",
            how="before",
        ),
        Q(
            "He told me to think about the nurses. I told him I was thinking about the engineer who fell asleep at the controls in 2019 after his fourteenth hour",
            "Dwayne Coltrane",
            "he",
            how="after",
        ),
        Q(
            "a reckless decision that punishes working people who had nothing to do with this dispute",
            "Aaron Kessel",
            "Kessel",
            kind="partial",
            how="before",
        ),
    ],
)

article(
    "transport-aviation",
    3,
    P(
        "Families demand average-speed cameras on ‘killer’ bypass after fourth death this year",
        "By Owain Pritchard-Lee | Marches Evening Post",
        "Families of four people killed on the Castlemere bypass since January have called on Wyeshire County Council to install average-speed cameras on the road, which a coroner last month described as ‘a stretch of road that forgives nothing’.",
        "Sian Bevan-Thomas, whose son, Rhys Bevan-Thomas, 19, died when his car left the road near the Penmorfa junction in February, has collected 6,200 signatures on a petition calling for the cameras and a 50mph limit.",
        "‘Rhys was a careful driver. I know every mother says that, but he was,’ she said. ‘He used to text me “home safe” every single night. That night he didn’t.’",
        "Concluding the inquest into Rhys’s death in May, area coroner Philippa Harcourt-Yates said the bypass was ‘a stretch of road that forgives nothing’ and that she would write to the council under her powers to prevent future deaths. Her report noted that the road has no central barrier along a five-mile section with three blind crests.",
        "A spokesperson for Wyeshire County Council said the authority had commissioned an independent safety review of the bypass and would ‘consider all options, including enforcement cameras’ once the review reported in the autumn.",
        "Inspector Gareth Llewellyn of Wyeshire Police’s roads policing unit said officers had caught 412 drivers speeding on the bypass in a single week of enforcement in May. ‘One of them was doing 104mph at half past three in the afternoon, past a bus stop with children standing at it,’ he said.",
        "The road safety charity Safer Lanes Trust has backed the families’ campaign. Its chief executive, Dr Amara Okonjo-Hill, said: ‘Average-speed cameras are not a cash cow. On the evidence, they are the single most effective thing you can put on a road like this.’",
        "Not everyone is convinced. Councillor Bryn Howells, who represents the Castlemere ward, said cameras on the bypass would simply push impatient drivers on to the narrow lanes through the villages either side of it.",
        "‘I’ve driven that road for forty years. The problem is the junctions, not the speed,’ he said after a site meeting with Llewellyn and council engineers last week.",
        "Bevan-Thomas said she would present the petition at the council’s next full meeting, on 14 July, with the families of the three other people who have died on the road this year. She said she had no interest in a memorial.",
        "‘I don’t want a plaque by the road. I want nobody else to need one,’ she said.",
    ),
    [
        "Owain Pritchard-Lee",
        "Marches Evening Post",
        "Wyeshire County Council",
        "Sian Bevan-Thomas",
        "Rhys Bevan-Thomas",
        "Philippa Harcourt-Yates",
        "Wyeshire Police",
        "Gareth Llewellyn",
        "Safer Lanes Trust",
        "Amara Okonjo-Hill",
        "Bryn Howells",
    ],
    [
        Q(
            "a stretch of road that forgives nothing",
            "Philippa Harcourt-Yates",
            "a coroner",
            kind="partial",
            occ=0,
        ),
        Q(
            "Rhys was a careful driver. I know every mother says that, but he was",
            "Sian Bevan-Thomas",
            "she",
            how="after",
        ),
        Q(
            "He used to text me “home safe” every single night. That night he didn’t",
            "Sian Bevan-Thomas",
            "she",
            how="before",
        ),
        Q(
            "a stretch of road that forgives nothing",
            "Philippa Harcourt-Yates",
            "area coroner Philippa Harcourt-Yates",
            kind="partial",
            occ=1,
        ),
        Q(
            "consider all options, including enforcement cameras",
            "a spokesperson for Wyeshire County Council",
            "A spokesperson for Wyeshire County Council",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "One of them was doing 104mph at half past three in the afternoon, past a bus stop with children standing at it",
            "Gareth Llewellyn",
            "he",
            how="after",
        ),
        Q(
            "Average-speed cameras are not a cash cow. On the evidence, they are the single most effective thing you can put on a road like this",
            "Amara Okonjo-Hill",
            "Dr Amara Okonjo-Hill",
            how="before",
        ),
        Q(
            "I’ve driven that road for forty years. The problem is the junctions, not the speed",
            "Bryn Howells",
            "he",
            how="after",
        ),
        Q("I don’t want a plaque by the road. I want nobody else to need one", "Sian Bevan-Thomas", "she", how="after"),
    ],
)

article(
    "transport-aviation",
    4,
    P(
        "Report: ValeJet crew spotted cargo plane on runway seconds before near-collision",
        "By Priya Natarajan-Oakes | Air Safety Correspondent, The Continental Times",
        "Air traffic controllers at Harwick International Airport cleared a ValeJet airliner to land on a runway that was still occupied by a departing cargo aircraft in March, and the two planes came within about 60 metres of each other before the airliner climbed away, according to an interim report published Thursday by the National Transportation Safety Office.",
        "The report says the tower controller, who was handling both arrivals and departures during a shift change, “did not detect the conflict until the arriving aircraft was approximately 0.4 nautical miles from the runway threshold.” The cargo aircraft, operated by Northline Freight, had been cleared to line up and wait on the same runway about 90 seconds earlier.",
        "The report includes a partial transcript of the exchanges between the tower and the ValeJet crew — the captain, who was flying, and the first officer — reconstructed from the cockpit voice recorder and air traffic control recordings. An excerpt follows.",
        "TOWER: ValeJet 512, runway two-seven, cleared to land, wind two-six-zero at eight.",
        "FIRST OFFICER: Cleared to land two-seven, ValeJet 512.",
        "CAPTAIN: Is that a light on the runway? That’s a tail. Go around, go around.",
        "FIRST OFFICER: Go around, flaps fifteen, positive rate.",
        "TOWER: ValeJet 512, go around, I say again, go around, traffic on the runway.",
        "CAPTAIN: We’re already going. That was close.",
        "The airliner, carrying 163 passengers and six crew, passed over the cargo plane at a height the report estimates at between 55 and 65 metres. No one was hurt.",
        "At a news briefing, NTSO chair Valerie Kingsley-Amadi said the agency was “deeply concerned” about staffing levels at the tower. “This controller was doing two jobs at the most demanding moment of the shift,” she said. “That is not the failure of one person. That is the failure of a system that put her there alone.",
        "“We will be making recommendations on staffing, and we expect them to be acted on, not studied.”",
        "ValeJet said in a statement that its crew had “acted exactly as they were trained to act” and that the airline was cooperating fully with the investigation. Northline Freight did not respond to a request for comment. A final report is expected within a year.",
    ),
    [
        "Priya Natarajan-Oakes",
        "Continental Times",
        "Harwick International Airport",
        "ValeJet",
        "National Transportation Safety Office",
        "Northline Freight",
        "Valerie Kingsley-Amadi",
    ],
    [
        Q(
            "did not detect the conflict until the arriving aircraft was approximately 0.4 nautical miles from the runway threshold",
            "National Transportation Safety Office",
            "The report",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "ValeJet 512, runway two-seven, cleared to land, wind two-six-zero at eight",
            "the tower controller",
            ("label", "TOWER"),
            stype="unnamed",
        ),
        Q(
            "Cleared to land two-seven, ValeJet 512",
            "the first officer",
            ("label", "FIRST OFFICER"),
            stype="unnamed",
        ),
        Q(
            "Is that a light on the runway? That’s a tail. Go around, go around",
            "the captain",
            ("label", "CAPTAIN"),
            stype="unnamed",
        ),
        Q(
            "Go around, flaps fifteen, positive rate",
            "the first officer",
            ("label", "FIRST OFFICER"),
            stype="unnamed",
        ),
        Q(
            "ValeJet 512, go around, I say again, go around, traffic on the runway",
            "the tower controller",
            ("label", "TOWER"),
            stype="unnamed",
        ),
        Q("We’re already going. That was close", "the captain", ("label", "CAPTAIN"), stype="unnamed"),
        Q(
            "deeply concerned",
            "Valerie Kingsley-Amadi",
            "NTSO chair Valerie Kingsley-Amadi",
            kind="partial",
        ),
        Q(
            "This controller was doing two jobs at the most demanding moment of the shift",
            "Valerie Kingsley-Amadi",
            "she",
            how="after",
        ),
        Q(
            "That is not the failure of one person. That is the failure of a system that put her there alone",
            "Valerie Kingsley-Amadi",
            "she",
            how="before",
        ),
        Q(
            "We will be making recommendations on staffing, and we expect them to be acted on, not studied",
            "Valerie Kingsley-Amadi",
            "@prev",
        ),
        Q(
            "acted exactly as they were trained to act",
            "ValeJet",
            "ValeJet",
            kind="partial",
            stype="organisation",
            anchor="ValeJet said in a statement",
        ),
    ],
)

article(
    "transport-aviation",
    5,
    P(
        "Coral Coast Airlines collapses, stranding 4000 holidaymakers",
        "By Jacinta Moore-Tawhiri | Northern Rivers Daily",
        "Regional carrier Coral Coast Airlines has entered voluntary administration and cancelled all flights, leaving about 4000 passengers stranded across Queensland and northern New South Wales in the middle of the school holidays.",
        "The carrier said in a statement posted to its website at 5.40am on Tuesday that it had 'exhausted every option' to secure new funding, and apologised for 'the distress and inconvenience this will cause to our customers and our people'.",
        "Administrators from Halvard Partners were appointed overnight. Senior partner Michelle Tandy said the airline's six turboprops had been grounded and its 280 staff stood down. 'Our first priority is getting people home, and we're talking to every other airline in the country about how to do that,' Ms Tandy said.",
        "At the small terminal in Bundara, Kerry-Anne Doyle and her husband, Mick Doyle, were due to fly to Brisbane for their granddaughter's christening on Saturday. They had driven two hours from their property and found the check-in counter empty.",
        "'We found out from the news on the car radio. Not a text, not an email, nothing,' Kerry-Anne said. Mick was less measured. 'Forty years I've been flying with this mob. Forty years, and they couldn't send a text,' he said.",
        "Federal Transport Minister Catherine Ruane said the government had been told of the airline's financial trouble 'in broad terms' last month but had never been asked for a bailout. A spokeswoman for the minister said later that the government 'will not be bailing out a private company' but was working with other carriers on rescue fares.",
        "The Transport Workers' Alliance said staff had been told by text message at 4am that they should not report for work. Its state secretary, Daniel Ferraro, said: 'These workers kept that airline flying through floods, fires and a pandemic. They deserved better than a text message at four in the morning.'",
        "Ferraro said some pilots had not been paid since June. One of them, first officer Jake Pettifer, drove to Bundara on Tuesday morning in his uniform and spent the day at the empty counter, helping stranded passengers rebook on other airlines from his own phone.",
        "'I came out to help because nobody else was going to,' Pettifer said. He said he had not been paid for five weeks. 'I've got a mortgage and a baby on the way. But these people are worse off than me today,' he said.",
        "Rival carrier Sunstate Wings said it would add extra services between Bundara and Brisbane from Thursday and honour Coral Coast tickets at a flat fare of $99.",
    ),
    [
        "Jacinta Moore-Tawhiri",
        "Northern Rivers Daily",
        "Coral Coast Airlines",
        "Halvard Partners",
        "Michelle Tandy",
        "Kerry-Anne Doyle",
        "Mick Doyle",
        "Catherine Ruane",
        "Transport Workers' Alliance",
        "Daniel Ferraro",
        "Jake Pettifer",
        "Sunstate Wings",
    ],
    [
        Q(
            "exhausted every option",
            "Coral Coast Airlines",
            "The carrier",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "the distress and inconvenience this will cause to our customers and our people",
            "Coral Coast Airlines",
            "The carrier",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "Our first priority is getting people home, and we're talking to every other airline in the country about how to do that",
            "Michelle Tandy",
            "Ms Tandy",
            how="after",
        ),
        Q(
            "We found out from the news on the car radio. Not a text, not an email, nothing",
            "Kerry-Anne Doyle",
            "Kerry-Anne",
            how="after",
        ),
        Q(
            "Forty years I've been flying with this mob. Forty years, and they couldn't send a text",
            "Mick Doyle",
            "he",
            how="after",
        ),
        Q(
            "in broad terms",
            "Catherine Ruane",
            "Federal Transport Minister Catherine Ruane",
            kind="partial",
        ),
        Q(
            "will not be bailing out a private company",
            "a spokeswoman for the minister",
            "A spokeswoman for the minister",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "These workers kept that airline flying through floods, fires and a pandemic. They deserved better than a text message at four in the morning",
            "Daniel Ferraro",
            "Daniel Ferraro",
            how="before",
        ),
        Q("I came out to help because nobody else was going to", "Jake Pettifer", "Pettifer", how="after"),
        Q(
            "I've got a mortgage and a baby on the way. But these people are worse off than me today",
            "Jake Pettifer",
            "he",
            how="after",
        ),
    ],
)

article(
    "transport-aviation",
    6,
    P(
        "Eleven hurt as Lotus Pacific jet hits severe turbulence over Bay of Bengal",
        "By Arjun Mehrotra-Lyle | Asia Travel Desk, The Straits Courier",
        "KOLKATA — Eleven people were taken to hospital after a Lotus Pacific Airways flight from Singapore to Delhi hit severe turbulence over the Bay of Bengal on Sunday, throwing unbelted passengers and a loaded drinks trolley against the cabin ceiling, the carrier said. The aircraft diverted to Kolkata and landed about 50 minutes later.",
        "Lotus Pacific said in a statement that four passengers and seven cabin crew had been treated for injuries including “cuts, bruises and one suspected fracture,” and that the diversion had been made “as a precaution and in the interest of the injured.”",
        "“One second I was reading, the next second my book was on the ceiling and so was the man next to me,” said Haruka Ishida, 29, a graduate student from Osaka travelling to a conference in Delhi. “He wasn’t wearing his seatbelt. I was. That’s the whole difference between us.”",
        "“Kolkata, Lotus 306, we have injured on board and request priority,” a crew member told controllers shortly after the encounter, according to a recording posted online by the flight-tracking service RadarWatch.",
        "Passengers said the captain came on the public address system about ten minutes later. “Ladies and gentlemen, this is your captain. I am very sorry. That was not forecast, and we did not see it on our radar,” he said, according to a video filmed by a passenger and shared with the Courier.",
        "“Clear-air turbulence is invisible to weather radar. You cannot avoid what you cannot see, you can only be strapped in when it arrives.” That is the view of Dr. Kwame Asante-Ridley, an atmospheric scientist at the Institute for Aviation Meteorology, who has studied turbulence encounters for two decades and says they are becoming more frequent on some routes.",
        "The Lotus Pacific Cabin Crew Union said in a statement that its members were “injured again and again because passengers treat the seatbelt sign as a suggestion.” Its president, Siriporn Chaiyaphum, said the union wanted airlines to be allowed to fine passengers who ignore the sign.",
        "“If the sign is on, the seatbelt is on. Full stop,” Siriporn said. She said two of the injured crew members had been serving drinks at the back of the cabin and had no time to sit down.",
        "India’s aviation regulator said it had asked the airline for the flight data recorder readings and would review the crew’s handling of the event. The airline said the aircraft would remain in Kolkata for inspection.",
        "Ishida, who spent the night in a Kolkata hotel paid for by the airline, said she would fly on to Delhi on Monday afternoon. “With my seatbelt on the whole time,” she said. “Even in the toilet, if they let me.”",
    ),
    [
        "Arjun Mehrotra-Lyle",
        "Straits Courier",
        "Lotus Pacific Airways",
        "Haruka Ishida",
        "RadarWatch",
        "Kwame Asante-Ridley",
        "Institute for Aviation Meteorology",
        "Lotus Pacific Cabin Crew Union",
        "Siriporn Chaiyaphum",
    ],
    [
        Q(
            "cuts, bruises and one suspected fracture",
            "Lotus Pacific Airways",
            "Lotus Pacific",
            kind="partial",
            stype="organisation",
            anchor="Lotus Pacific said in a statement",
        ),
        Q(
            "as a precaution and in the interest of the injured",
            "Lotus Pacific Airways",
            "Lotus Pacific",
            kind="partial",
            stype="organisation",
            anchor="Lotus Pacific said in a statement",
        ),
        Q(
            "One second I was reading, the next second my book was on the ceiling and so was the man next to me",
            "Haruka Ishida",
            "Haruka Ishida",
            how="after",
        ),
        Q(
            "He wasn’t wearing his seatbelt. I was. That’s the whole difference between us",
            "Haruka Ishida",
            "Haruka Ishida",
            how="before",
        ),
        Q(
            "Kolkata, Lotus 306, we have injured on board and request priority",
            "a crew member",
            "a crew member",
            stype="unnamed",
            how="after",
        ),
        Q(
            "Ladies and gentlemen, this is your captain. I am very sorry. That was not forecast, and we did not see it on our radar",
            "the captain",
            "he",
            stype="unnamed",
            how="after",
        ),
        Q(
            "Clear-air turbulence is invisible to weather radar. You cannot avoid what you cannot see, you can only be strapped in when it arrives",
            "Kwame Asante-Ridley",
            "Dr. Kwame Asante-Ridley",
            how="after",
        ),
        Q(
            "injured again and again because passengers treat the seatbelt sign as a suggestion",
            "Lotus Pacific Cabin Crew Union",
            "The Lotus Pacific Cabin Crew Union",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q("If the sign is on, the seatbelt is on. Full stop", "Siriporn Chaiyaphum", "Siriporn", how="after"),
        Q("With my seatbelt on the whole time", "Haruka Ishida", "she", how="after"),
        Q("Even in the toilet, if they let me", "Haruka Ishida", "she", how="before"),
    ],
)

# ---------------------------------------------------------------------------
# QA-INTERVIEW-FEATURE
# ---------------------------------------------------------------------------

article(
    "qa-interview-feature",
    1,
    P(
        "Ingrid Solheim-Varga has sailed around the world alone. Twice. She still can’t tell you why",
        "Interview by Marcus Hale-Dimitriou | Longitude Magazine",
        "Ingrid Solheim-Varga is on her knees on the floor of a boatshed in Penwarren when I arrive, stitching a torn mainsail with a curved needle and a leather palm. She does not get up. “Sit anywhere that isn’t canvas,” she says without looking round.",
        "Solheim-Varga, 46, came home in March from her second solo circumnavigation, a 212-day voyage that took her south of all three great capes and, for eleven days in the Southern Ocean, out of radio contact altogether. Her shore manager and oldest friend, Tamsin Okoro-Bligh, says the hardest part of the job is not the weather routing or the sponsors. It is the phone calls.",
        "Her boat, a forty-foot aluminium cutter called Kittiwake, sits on a cradle outside the shed, its hull still streaked with rust from the Southern Ocean. She bought it in 2014 with the money from selling her flat in Bergen, and has spent, by her own estimate, more nights aboard it than in any building since.",
        "“Ingrid rings me from the middle of the Southern Ocean to complain about the biscuits. The biscuits! In a forty-foot swell,” Okoro-Bligh says.",
        "Not everyone admires the project. The yachting columnist Gerald Fenwick-Hays has called solo circumnavigation “an expensive way of being unreachable,” and has questioned whether sponsors should be paying for it at all.",
        "I read her the line and wait. “Is he right?” I ask. She laughs for a long time before answering, the needle still going.",
        "“Gerald’s never been further offshore than the end of the pier. But he’s not entirely wrong about the money,” she says.",
        "The conversation has been edited and condensed.",
        "Q: What do you actually do all day, alone, for 212 days?",
        "A: Fix things. Something breaks every single day. Some days it’s the autopilot, some days it’s the watermaker, and some days it’s me.",
        "Q: When was the worst moment?",
        "A: Day 140, south of Australia. A wave knocked the boat flat and I was under the chart table with a cut head, listening to water where water shouldn’t be. I remember thinking, very calmly, “Well, this is how it ends, then.” It wasn’t.",
        "Q: Will you go again?",
        "A: Ask me in a year. Ask Tamsin now and she’ll tell you no.",
        "When I put the same question to Okoro-Bligh by phone a week later, she answers before I have finished asking it: “No. Next question.”",
    ),
    [
        "Ingrid Solheim-Varga",
        "Marcus Hale-Dimitriou",
        "Longitude Magazine",
        "Tamsin Okoro-Bligh",
        "Gerald Fenwick-Hays",
    ],
    [
        Q("Sit anywhere that isn’t canvas", "Ingrid Solheim-Varga", "she", how="after"),
        Q(
            "Ingrid rings me from the middle of the Southern Ocean to complain about the biscuits. The biscuits! In a forty-foot swell",
            "Tamsin Okoro-Bligh",
            "Okoro-Bligh",
            how="after",
        ),
        Q(
            "an expensive way of being unreachable",
            "Gerald Fenwick-Hays",
            "yachting columnist Gerald Fenwick-Hays",
            kind="partial",
        ),
        Q("Is he right", "Marcus Hale-Dimitriou", "I", anchor="I ask"),
        Q(
            "Gerald’s never been further offshore than the end of the pier. But he’s not entirely wrong about the money",
            "Ingrid Solheim-Varga",
            "she",
            how="after",
        ),
        Q("What do you actually do all day, alone, for 212 days", "Marcus Hale-Dimitriou", ("label", "Q")),
        Q(
            "Fix things. Something breaks every single day. Some days it’s the autopilot, some days it’s the watermaker, and some days it’s me",
            "Ingrid Solheim-Varga",
            ("label", "A"),
        ),
        Q("When was the worst moment", "Marcus Hale-Dimitriou", ("label", "Q")),
        Q(
            "Day 140, south of Australia. A wave knocked the boat flat and I was under the chart table with a cut head, listening to water where water shouldn’t be. I remember thinking, very calmly, “Well, this is how it ends, then.” It wasn’t",
            "Ingrid Solheim-Varga",
            ("label", "A"),
        ),
        Q("Will you go again", "Marcus Hale-Dimitriou", ("label", "Q")),
        Q("Ask me in a year. Ask Tamsin now and she’ll tell you no", "Ingrid Solheim-Varga", ("label", "A")),
        Q("No. Next question", "Tamsin Okoro-Bligh", "she", anchor="she answers"),
    ],
)

article(
    "qa-interview-feature",
    2,
    P(
        """Desmond Achike-Lowe is done apologizing (mostly)""",
        """By Rachel Brandauer | The Sunday Review""",
        """Desmond Achike-Lowe orders a cheeseburger, sends it back because it has cheese on it, apologizes to the waiter for sending it back, and then apologizes for apologizing. "This is the whole act," he says when the waiter has gone. "You just watched twenty years of material in ninety seconds." """.strip(),
        """Achike-Lowe, 44, grew up above his parents' dry-cleaning shop in Columbus, Ohio, the younger of two sons, and started doing stand-up at 22 after failing, by his own account, three separate attempts at law school admission tests. His new special, "Sorry for the Inconvenience," has been the most-watched comedy release on its platform for five straight weeks.""",
        """The special is, on its surface, about his divorce. Underneath, it is about his father, a man who has pressed other people's suits for forty years and who never once, Achike-Lowe says, told either of his sons he was proud of them. The hour took three years to write and two nights to film.""",
        """"Des was the funniest person in every room we were ever in," says Lena Hargrove, who started on the same open-mic circuit in 2004 and still tours with him, "and also the most terrified. Those two things have always been connected." """.strip(),
        """Not every review has been kind. The critic Paul Swanick wrote in the Metropolitan Ledger that the special "mistakes confession for comedy," and Achike-Lowe now drinks his coffee out of a mug with the line printed on it.""",
        """We spoke over two afternoons in his apartment, a converted piano warehouse with a great deal of furniture and almost nowhere to sit. The transcript has been condensed.""",
        """RB: You have the review on a mug. Why?""",
        """DA: Because he's half right, and I'd rather drink my coffee out of the half that's right than pretend he doesn't exist.""",
        """RB: Which half?""",
        """DA: The confession part. The comedy part he's wrong about. [Laughs.] Obviously.""",
        """RB: Your father still runs the shop. Has he seen the special?""",
        """DA: He's seen the first eleven minutes. He tells people the first eleven minutes are very good.""",
        """His father, Samuel Achike, 71, confirmed this by phone from the shop, over the sound of a steam press. He has not watched the rest, he said, because his son talks about him in it, and he already knows what his son thinks of him. "Eleven minutes is enough. I was there for the other parts. Tell him to call his mother," Samuel said.""",
    ),
    [
        "Desmond Achike-Lowe",
        "Rachel Brandauer",
        "Sunday Review",
        "Lena Hargrove",
        "Paul Swanick",
        "Metropolitan Ledger",
        "Samuel Achike",
    ],
    [
        Q("This is the whole act", "Desmond Achike-Lowe", "he", how="after"),
        Q("You just watched twenty years of material in ninety seconds", "Desmond Achike-Lowe", "he", how="before"),
        Q("Des was the funniest person in every room we were ever in", "Lena Hargrove", "Lena Hargrove", how="after"),
        Q(
            "and also the most terrified. Those two things have always been connected",
            "Lena Hargrove",
            "Lena Hargrove",
            how="before",
        ),
        Q("mistakes confession for comedy", "Paul Swanick", "critic Paul Swanick", kind="partial"),
        Q("You have the review on a mug. Why", "Rachel Brandauer", ("label", "RB")),
        Q(
            "Because he's half right, and I'd rather drink my coffee out of the half that's right than pretend he doesn't exist",
            "Desmond Achike-Lowe",
            ("label", "DA"),
        ),
        Q("Which half", "Rachel Brandauer", ("label", "RB")),
        Q(
            "The confession part. The comedy part he's wrong about. [Laughs.] Obviously",
            "Desmond Achike-Lowe",
            ("label", "DA"),
        ),
        Q("Your father still runs the shop. Has he seen the special", "Rachel Brandauer", ("label", "RB")),
        Q(
            "He's seen the first eleven minutes. He tells people the first eleven minutes are very good",
            "Desmond Achike-Lowe",
            ("label", "DA"),
        ),
        Q(
            "Eleven minutes is enough. I was there for the other parts. Tell him to call his mother",
            "Samuel Achike",
            "Samuel",
            how="after",
        ),
    ],
)

article(
    "qa-interview-feature",
    3,
    P(
        "‘I’ve been fired from better theatres than this’: Nkechi Adebayo-Frost on thirty years of rows, revivals and one goat",
        "By Simon Aldous | Arts Weekly",
        "Nkechi Adebayo-Frost has just been told off by her own stage manager. It is the second week of technical rehearsals for her new Cherry Orchard at the Stourhaven Playhouse, and she has wandered on to the set in the middle of a lighting cue. ‘Poppy’s right. I was standing in the light like an amateur,’ she says, retreating to the stalls with a cardboard cup of tea.",
        "Adebayo-Frost, 61, has run the Stourhaven for eight years, long enough to have been both its saviour and, according to a handful of local councillors, its most expensive mistake. She is the first to admit she is not easy to work with.",
        "The Stourhaven was losing money and audiences when she arrived from Manchester in 2017. Subscriptions have since doubled, the building has a new roof, and the café, which she insisted should stay open until midnight, now turns a profit, a fact she mentions twice in the first ten minutes.",
        "The actor Jonathan Oyelaran has appeared in nine of her productions and counts her among his closest friends. ‘She said to me once, in front of the whole company, “Jonathan, you are acting with your eyebrows again,” and I have never trusted my eyebrows since,’ he says.",
        "Not everyone is so fond. The critic Harriet Vosper, who once described an Adebayo-Frost King Lear in the Metropolitan Evening News as ‘three hours of shouting in very good coats’, is characteristically direct when I ring her.",
        "‘She’s a great director of actors and a terrible director of plays,’ Vosper says. ‘Those are different jobs, and she has only ever wanted one of them.’",
        "This interview has been edited for length.",
        "Q: Harriet Vosper says you are a great director of actors and a terrible director of plays.",
        "A: Harriet has said that about every director who’s ever had a hit she didn’t predict. No, I’ll take it. Half of it is a compliment, and I’m at an age where I take the half.",
        "Q: You were sacked by the Kelsall Rep in 1998. What happened?",
        "A: I’ve been fired from better theatres than this, as I told the board here on my first day. Kelsall wanted a pantomime and I gave them Mother Courage. In December. With a real goat.",
        "Q: Do you regret it?",
        "A: The goat, yes.",
    ),
    [
        "Nkechi Adebayo-Frost",
        "Simon Aldous",
        "Arts Weekly",
        "Stourhaven Playhouse",
        "Poppy",
        "Jonathan Oyelaran",
        "Harriet Vosper",
        "Metropolitan Evening News",
        "Kelsall Rep",
    ],
    [
        Q(
            "I’ve been fired from better theatres than this",
            "Nkechi Adebayo-Frost",
            "Nkechi Adebayo-Frost",
            occ=0,
            how="after",
        ),
        Q("Poppy’s right. I was standing in the light like an amateur", "Nkechi Adebayo-Frost", "she", how="after"),
        Q(
            "She said to me once, in front of the whole company, “Jonathan, you are acting with your eyebrows again,” and I have never trusted my eyebrows since",
            "Jonathan Oyelaran",
            "he",
            how="after",
        ),
        Q(
            "three hours of shouting in very good coats",
            "Harriet Vosper",
            "critic Harriet Vosper",
            kind="partial",
        ),
        Q("She’s a great director of actors and a terrible director of plays", "Harriet Vosper", "Vosper", how="after"),
        Q(
            "Those are different jobs, and she has only ever wanted one of them",
            "Harriet Vosper",
            "Vosper",
            how="before",
        ),
        Q(
            "Harriet Vosper says you are a great director of actors and a terrible director of plays",
            "Simon Aldous",
            ("label", "Q"),
        ),
        Q(
            "Harriet has said that about every director who’s ever had a hit she didn’t predict. No, I’ll take it. Half of it is a compliment, and I’m at an age where I take the half",
            "Nkechi Adebayo-Frost",
            ("label", "A"),
        ),
        Q("You were sacked by the Kelsall Rep in 1998. What happened", "Simon Aldous", ("label", "Q")),
        Q(
            "I’ve been fired from better theatres than this, as I told the board here on my first day. Kelsall wanted a pantomime and I gave them Mother Courage. In December. With a real goat",
            "Nkechi Adebayo-Frost",
            ("label", "A"),
        ),
        Q("Do you regret it", "Simon Aldous", ("label", "Q")),
        Q("The goat, yes", "Nkechi Adebayo-Frost", ("label", "A")),
    ],
)

article(
    "qa-interview-feature",
    4,
    P(
        "The ice keeper: Lorna Whitacre has spent forty years listening to glaciers",
        "By Celeste Marchand-Obi | Terrain Magazine",
        "Lorna Whitacre keeps a jar of 12,000-year-old air on the windowsill of her office at the Aldergrove Institute. It is not, strictly speaking, the air itself — that went into a mass spectrometer in 1996 — but the glass vessel it travelled home in, wrapped in a sleeping bag, from the summit of the Greenland ice sheet. She likes to have it where she can see it.",
        "She was 23 when she first went to Greenland, as a field assistant on a coring expedition, and she had never been colder or more certain of anything. “I was hired to carry things. Batteries, mostly. Nobody told me that the first time you hear a glacier calve, it rearranges something in your chest,” she says. “I went back to the tent that night and wrote my mother a letter that said I had found my job.",
        "“She kept the letter. When she died I found it in her sewing box, between the buttons and the receipts.”",
        "Whitacre, now 63, has led or co-led 31 field seasons on three continents and trained, by her own count, about 40 doctoral students. One of them, Amaka Ilori, now runs her own glaciology lab in Bergen and still calls her old supervisor before every field season. She remembers being made to relabel core samples she had marked in pencil.",
        "“She made me relabel 300 samples. In the cold. With a pen that kept freezing,” Ilori says, laughing. “I have not touched a pencil since.”",
        "Some colleagues think Whitacre has been too cautious in public for too long. Prof. Oren Castellanos, a climate modeller who has known her since graduate school, wrote in a journal editorial last year that their field had been “too polite for too long about what the ice is telling us.”",
        "“Have you been too polite?” I ask. She considers this for so long that I wonder whether she has heard me. “Probably. Scientists are trained to say ‘likely’ when they mean ‘certainly.’ I’ve said ‘likely’ about things I would bet my house on,” she says at last.",
        "This interview has been edited and condensed.",
        "INTERVIEWER: What does the ice actually sound like?",
        "WHITACRE: Like an old building settling at night, except the building is the size of Wales. Cracks and groans. Sometimes a sound like a rifle shot, and then everyone stops talking.",
        "INTERVIEWER: Are you hopeful?",
        "WHITACRE: I’m hopeful about people and pessimistic about timelines. Ask me in ten years which one won.",
    ),
    [
        "Lorna Whitacre",
        "Celeste Marchand-Obi",
        "Terrain Magazine",
        "Aldergrove Institute",
        "Amaka Ilori",
        "Oren Castellanos",
    ],
    [
        Q(
            "I was hired to carry things. Batteries, mostly. Nobody told me that the first time you hear a glacier calve, it rearranges something in your chest",
            "Lorna Whitacre",
            "she",
            how="after",
        ),
        Q(
            "I went back to the tent that night and wrote my mother a letter that said I had found my job",
            "Lorna Whitacre",
            "she",
            how="before",
        ),
        Q(
            "She kept the letter. When she died I found it in her sewing box, between the buttons and the receipts",
            "Lorna Whitacre",
            "@prev",
        ),
        Q(
            "She made me relabel 300 samples. In the cold. With a pen that kept freezing",
            "Amaka Ilori",
            "Ilori",
            how="after",
        ),
        Q("I have not touched a pencil since", "Amaka Ilori", "Ilori", how="before"),
        Q(
            "too polite for too long about what the ice is telling us",
            "Oren Castellanos",
            "Prof. Oren Castellanos",
            kind="partial",
        ),
        Q("Have you been too polite", "Celeste Marchand-Obi", "I", anchor="I ask"),
        Q(
            "Probably. Scientists are trained to say ‘likely’ when they mean ‘certainly.’ I’ve said ‘likely’ about things I would bet my house on",
            "Lorna Whitacre",
            "she",
            anchor="she says at last",
        ),
        Q("What does the ice actually sound like", "Celeste Marchand-Obi", ("label", "INTERVIEWER")),
        Q(
            "Like an old building settling at night, except the building is the size of Wales. Cracks and groans. Sometimes a sound like a rifle shot, and then everyone stops talking",
            "Lorna Whitacre",
            ("label", "WHITACRE"),
        ),
        Q("Are you hopeful", "Celeste Marchand-Obi", ("label", "INTERVIEWER")),
        Q(
            "I’m hopeful about people and pessimistic about timelines. Ask me in ten years which one won",
            "Lorna Whitacre",
            ("label", "WHITACRE"),
        ),
    ],
)

article(
    "qa-interview-feature",
    5,
    P(
        "Valentina Ruíz-Harmon plays chess like she’s late for a bus",
        "By Keir Wallingford | Eastside Monthly",
        "Valentina Ruíz-Harmon has a rule about interviews after a game: she will answer three questions, and then she is leaving. She tells me this before I have asked the first one. “Three is generous,” she says, zipping up her coat. “Most people only have one good question anyway.”",
        "Ruíz-Harmon is 19, the reigning world under-20 champion and, by a distance, the fastest player of her generation. In blitz she is close to unbeatable. In classical chess, where a single game can last six hours, her results are more uneven, and the reason is not hard to find: she plays the long games at the same speed as the short ones.",
        "“She moves faster than she thinks, and she thinks faster than anyone I have ever coached.” That is how Grandmaster Tibor Halácsy, who has trained her since she was eleven, describes her style. He says he stopped trying to slow her down when she was fourteen.",
        "Not everyone is a fan of the speed. According to the commentator and former women’s world champion Lydia Brandt-Osei, the habit has cost Ruíz-Harmon “at least two classical titles that she should have won in her sleep.”",
        "Her mother, Carmen Ruíz, a night-shift nurse, drove her to tournaments across the Midwest in a 2004 minivan for most of her childhood. “I don’t know how to play. I still don’t,” Carmen says. “I know how to pack sandwiches and how to sit in a hotel hallway for six hours.”",
        "We spoke in the lobby of a hotel in Chicago on the last day of an open tournament she had just won with a round to spare. The interview has been edited for length.",
        "KW: Lydia Brandt-Osei says your speed has cost you titles.",
        "VR: Lydia is allowed to say that. She was world champion. I’d like to be allowed to say it back to her in twenty years.",
        "KW: Do you ever slow down?",
        "VR: When I’m losing. Which is why I try very hard not to lose.",
        "Brandt-Osei, when I read her the answer over the phone the next day, laughed for a long time. Then she turned serious. “Good. She should say it back. I’ll be waiting, and I’ll still be right,” she said.",
    ),
    [
        "Valentina Ruíz-Harmon",
        "Keir Wallingford",
        "Eastside Monthly",
        "Tibor Halácsy",
        "Lydia Brandt-Osei",
        "Carmen Ruíz",
    ],
    [
        Q("Three is generous", "Valentina Ruíz-Harmon", "she", how="after"),
        Q("Most people only have one good question anyway", "Valentina Ruíz-Harmon", "she", how="before"),
        Q(
            "She moves faster than she thinks, and she thinks faster than anyone I have ever coached",
            "Tibor Halácsy",
            "Grandmaster Tibor Halácsy",
            how="after",
        ),
        Q(
            "at least two classical titles that she should have won in her sleep",
            "Lydia Brandt-Osei",
            "commentator and former women’s world champion Lydia Brandt-Osei",
            kind="partial",
        ),
        Q("I don’t know how to play. I still don’t", "Carmen Ruíz", "Carmen", how="after"),
        Q(
            "I know how to pack sandwiches and how to sit in a hotel hallway for six hours",
            "Carmen Ruíz",
            "Carmen",
            how="before",
        ),
        Q("Lydia Brandt-Osei says your speed has cost you titles", "Keir Wallingford", ("label", "KW")),
        Q(
            "Lydia is allowed to say that. She was world champion. I’d like to be allowed to say it back to her in twenty years",
            "Valentina Ruíz-Harmon",
            ("label", "VR"),
        ),
        Q("Do you ever slow down", "Keir Wallingford", ("label", "KW")),
        Q("When I’m losing. Which is why I try very hard not to lose", "Valentina Ruíz-Harmon", ("label", "VR")),
        Q(
            "Good. She should say it back. I’ll be waiting, and I’ll still be right",
            "Lydia Brandt-Osei",
            "she",
            how="after",
        ),
    ],
)

article(
    "qa-interview-feature",
    6,
    P(
        "Five thousand first breaths: a Glasgow midwife on her last shift",
        "By Fraser Lindsay | The Northern Weekend",
        "Bernadette Nwosu-Carey has delivered, by her own count, 5,112 babies, in labour wards, in living rooms, in the back of a taxi on the M8 and, on one occasion she would rather not discuss, in the stairwell of a multi-storey car park. “I stopped counting properly at about four thousand, so the last thousand are an estimate,” she says. “A generous estimate. I was always generous.”",
        "She retired last Tuesday after 44 years as a midwife, the last 26 of them at the Southside Maternity Unit, where colleagues lined the corridor and applauded as she walked out with a carrier bag of cards. Her colleague of 22 years, the midwife Aileen McTavish, says she has never worked with anyone with better instincts.",
        "“Bernie could hear a problem before the monitor showed it. The doctors used to laugh at her, and then, one by one, they stopped laughing,” McTavish says.",
        "Not everybody found her easy. A former clinical director at the unit, Dr. Neil Strachan, who clashed with her repeatedly over home births in the 2000s, calls her “the most stubborn professional I ever managed, and usually for good reasons.”",
        "“Was he right?” I ask. She does not hesitate. “About the stubborn part? Completely. About the good reasons, he was being kind,” she says.",
        "This conversation has been edited.",
        "Q: What do you remember about the first one?",
        "A: 1979. A girl of seventeen in a high-rise in Easterhouse. Her mother held the torch because the light in the lift was broken. She said to me afterwards, ‘You didn’t look scared,’ and I said, ‘That’s the job, hen.’",
        "Q: And the last one?",
        "A: Tuesday morning. A boy. Eight pounds two. His dad cried more than he did.",
        "Her daughter, Chioma Nwosu-Carey, is herself a midwife in Dundee, and says she grew up assuming every mother left the house at three in the morning. “She phoned me from the car park after her last shift and said, ‘Right. What do people do on a Wednesday?’” Chioma says.",
        "Retirement, according to Nwosu-Carey, will involve “a great deal of sleeping and absolutely no night shifts,” although she has already signed up to volunteer two days a week at a baby bank in Govan.",
    ),
    [
        "Bernadette Nwosu-Carey",
        "Fraser Lindsay",
        "Northern Weekend",
        "Southside Maternity Unit",
        "Aileen McTavish",
        "Neil Strachan",
        "Chioma Nwosu-Carey",
    ],
    [
        Q(
            "I stopped counting properly at about four thousand, so the last thousand are an estimate",
            "Bernadette Nwosu-Carey",
            "she",
            how="after",
        ),
        Q("A generous estimate. I was always generous", "Bernadette Nwosu-Carey", "she", how="before"),
        Q(
            "Bernie could hear a problem before the monitor showed it. The doctors used to laugh at her, and then, one by one, they stopped laughing",
            "Aileen McTavish",
            "McTavish",
            how="after",
        ),
        Q(
            "the most stubborn professional I ever managed, and usually for good reasons",
            "Neil Strachan",
            "Dr. Neil Strachan",
            kind="partial",
        ),
        Q("Was he right", "Fraser Lindsay", "I", anchor="I ask"),
        Q(
            "About the stubborn part? Completely. About the good reasons, he was being kind",
            "Bernadette Nwosu-Carey",
            "she",
            how="after",
        ),
        Q("What do you remember about the first one", "Fraser Lindsay", ("label", "Q")),
        Q(
            "1979. A girl of seventeen in a high-rise in Easterhouse. Her mother held the torch because the light in the lift was broken. She said to me afterwards, ‘You didn’t look scared,’ and I said, ‘That’s the job, hen.’",
            "Bernadette Nwosu-Carey",
            ("label", "A"),
        ),
        Q("And the last one", "Fraser Lindsay", ("label", "Q")),
        Q(
            "Tuesday morning. A boy. Eight pounds two. His dad cried more than he did",
            "Bernadette Nwosu-Carey",
            ("label", "A"),
        ),
        Q(
            "She phoned me from the car park after her last shift and said, ‘Right. What do people do on a Wednesday?’",
            "Chioma Nwosu-Carey",
            "Chioma",
            how="after",
        ),
        Q(
            "a great deal of sleeping and absolutely no night shifts",
            "Bernadette Nwosu-Carey",
            "Nwosu-Carey",
            kind="partial",
            how="before",
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
