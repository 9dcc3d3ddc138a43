#!/usr/bin/env python3
"""Source of truth for part_i.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
education, energy-climate, entertainment-review and regional-wire (6 articles
each; n<=4 "dev", n 5-6 "held-out").  350-750 words and 6-12 gold quotes per
article.

All articles below are invented (people, outlets, wire agencies, schools,
districts, companies, regulators, films, series, bands, labels, festivals,
towns and villages; real countries, a few large cities and regions, the
European Union and the social platforms appear, as in parts A-H).  Each
article is held as plain text; every gold quote and every speaker mention is
located by exact substring search and the character offsets are computed
here, then checked (text[start:end] == quote text, quote-mark sanity, counts,
word counts) before part_i.jsonl is written.

Run:  python3 make_part_i.py          (writes part_i.jsonl next to this file)
      python3 make_part_i.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in education-2, education-6, energy-climate-2,
energy-climate-6, entertainment-review-3, entertainment-review-6,
regional-wire-2 and regional-wire-5, single curly quotes in education-5 and
entertainment-review-4; nested quotes (single inside double and double inside
single), quotes continued over a paragraph break (education-4,
energy-climate-4), and colon, "said X", "X said", "said he", mid-quote,
pronoun-across-sentences and next-sentence attributions.

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-H already documented (police/agency/company
"said in a statement" as organisation; a document as grammatical speaker is
its author's, span the document mention as written; words a study's authors
wrote collectively are unnamed "the authors"; glued roles and long glued
titles stay in the span, comma-bounded ones do not; unnamed phrases keep a
restrictive clause but not a comma-bounded one; first-name-only people are
persons and entities; nicknames, titles, brands, slogans and programme names
in quote marks are never gold; headline attributions point at the headline
mention as written; "told <outlet/agency>" is a speech verb; stage names as
in part E's celebrity).

Part I readings of the conventions, for cases the new styles bring:
* education: students quoted with year and major ("said Maya Lindgren, a
  first-year studying biology", "Liam Okonkwo-Reyes, a junior majoring in
  ...") are persons, span the name only -- the comma-bounded year/major is
  never in it; a glued role stays ("Board President Curtis Wembley", "Branch
  secretary Dr Owain Pritchard", "Higher education consultant Marcus
  Everleigh").  A superintendent, provost or vice-chancellor named earlier
  and later called "the superintendent" is a role-only mention, span with
  its determiner.  A district, university or
  union that "said in a statement" is an organisation under its fullest name
  (span "the university", "The district", "The Carver Hills Education
  Association"); a spokesperson named in the statement is a person; an
  unnamed one is unnamed ("a spokesman for the university", span "the
  spokesman").  A Faculty Senate resolution "calling the process '...'" and a
  Residence Life "message ... said" are documents of the body that issued
  them (organisation, span "a resolution" / "A message" as written).  A
  principal's email ("Marchbank wrote that the article ...") is hers.
  Students and parents identified only by first name ("Jess", "Leah") are
  persons; an anonymous parent's post in a families' Facebook group is
  unnamed ("one mother").  Words on a protest sign ("Keep Lindell Open") are
  a slogan, never gold.  A school newspaper and the outlet that reports on it
  are both entities ("Pellham Kestrel", "Ridgeline Review"); boards, senates,
  unions, offices and schools named in full are entities, lower-case "the
  board", "the senate", "the union" are short forms or generic.
* energy-climate: an analyst's question on an earnings call is the analyst's
  gold quote ("Koh ... he asked").  A regulator's order, a utility's rate
  filing and a grid operator's report as grammatical speaker are their
  author's (organisation), span the document or author mention as written
  ("The report", "The filing", "Cascade Plains Power said ... In its rate
  filing"), including "it" for the commission ("In its 94-page order, it
  said").  When a report is quoted both as "The report ... says" and as "the
  authors write", the first is the publishing organisation's and the second
  is unnamed "the authors" (part F), although both are the same document.  A
  shareholder coalition's statement is the coalition's ("the group said").
  A minister speaking through an interpreter is the speaker.  A headline
  "Vanuatu minister warns of '...'" is gold with span "Vanuatu minister"
  (part F's role-only headline), and the body repeats the fragment (occ).  A
  draft text's placeholder ("[X] billion per year") and quoted words a crowd
  keeps hearing ("'next year'", nested) are never gold.  Summits and forums
  are events, plants and projects are facilities, price hubs are places:
  none are entities; journals, regulators, grid operators, investor
  coalitions and trade bodies are.  Numbers and units inside a quote are
  part of it.
* entertainment-review: lines of scripted dialogue, voice-over or a
  character's last words quoted in a review are never gold -- whether
  credited to the character ("one sister ... says"), to the actor who
  delivers it, or to nobody -- because no one is making a statement; the
  characters named are entities (part D's fictional characters), the unnamed
  ones are not.  A lyric sung by the artist who wrote it ("Quill sings
  '...'") is a partial quote of that artist (part E).  An actor recalling
  what the director told them is the actor's quote with the director's words
  nested.  "told me" is a speech verb; the critic (byline) is an entity but
  "me" is never a span.  A festival jury's citation is unnamed, speaker the
  jury as first introduced ("the seven-member jury"): span "The
  seven-member jury" where the jury "praised the film in its citation as",
  and "The citation" where the citation itself is the grammatical speaker --
  the jury president who reads it aloud is not the speaker.  Festivals and
  awards are events, not entities; studios, distributors, streamers, labels,
  bands, producers' guilds and animation houses are organisations.  A
  critic quoted from another outlet's review is a person ("critic Lorna
  Fitch"); fans on social media are unnamed under the introducing phrase
  ("one user", "one parent", "another post") unless named ("Kiran
  Dasgupta").  A talk-show host's question is the host's.  A headline quote
  that the headline does not attribute ("'We wanted it to feel like a
  bruise': inside the making of ...") is not gold, the body's attributed
  quote is; a headline "Mara Quill: '...'" is gold (part D's "Hollis: '...'"
  headline), span the name.  Stage names: canonical the name first given in
  full ("Lil Harbor", "Big Tonio", "Mara Quill"); the legal name is not
  listed again, and a mention by it ("Banks said ...", "Ruelas was asked")
  refers to the same person.  A caption on a star's own post is the star's.
* regional-wire: the agency in the dateline or desk line ("(ACN)",
  "(Warta)", "(Pelita)", "(KNA)", "Vistula Press Agency", "Continental Press
  Service (CPS)") is an entity under its fullest form; "told ACN/VPA/KNA/
  Pelita/CPS" is a speech verb.  Long official titles glued before the name
  stay in the span however long ("Head of the Geological Agency's Volcano
  Hazard Mitigation Center Hendra Wicaksono", "Vice Minister of Electricity
  and Renewable Energy Andrés Paredes Lucio"); a title ended
  by a comma before the name ("The Vice Minister of ..., Óscar Tello
  Ramírez, announced", "the president of the ... Front, Eusebio Challco
  Mamani, told ACN") is not, and the span is the name.  Bodies named inside a
  title are entities ("Presidency of the Council of Ministers", "Geological
  Agency", "Watumera Police", and in energy-climate-5 "State Office of Energy
  Security").  Ranks and honorifics (Police Colonel,
  General, Captain, Commodore, Adjunct Senior Commissioner, Datuk, Datuk
  Seri) leave the speaker and stay in a glued span; name parts stay:
  Hispanic double surnames ("Eusebio Challco Mamani", short mention
  "Challco"), Malay patronymic names ("Che Mat Daud", "Hashim Abdul
  Rahman"), Indonesian mononyms ("Suhartanto"), the Filipino "Ma." (Maria)
  ("Ma. Cristina Lagdameo-Uy").  A resident known only by a first name or a
  familiar name ("Doris", "Jarmila", "Kak Yah") is a person and an entity.
  Translated quotes ("said in Quechua, in words translated by a local radio
  station", "in remarks translated by KNA") belong to the original speaker.
  "the officer", "the minister", "the mayor" for the person just named are
  role-only spans.  An unnamed relative is unnamed under the kinship phrase
  ("her son", span "he"); a comma-bounded clause after an unnamed man is left
  out of the speaker ("a man searching for his younger sister, who asked not
  to be identified" -> "a man searching for his younger sister").  In
  multi-item digests each item is read on its own: a quote is attributed
  within its item, and item headings in capitals attribute nothing.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_i.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["education", "energy-climate", "entertainment-review", "regional-wire"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# EDUCATION
# ---------------------------------------------------------------------------

article(
    "education",
    1,
    P(
        "Carver Hills board votes to close two elementary schools as enrollment slides",
        "By Natalie Ferreira | Carver Hills Gazette",
        "The Carver Hills Unified School District Board of Education voted 4-1 late Tuesday to close Sycamore Elementary and Lindell Elementary at the end of the school year, a decision district officials said would save about $3.4 million a year but that followed more than two hours of angry public comment.",
        "Superintendent Leonard Oyelaran told the board that enrollment at the two schools had fallen by nearly a third since 2019 and that the district could no longer afford to heat, staff and maintain buildings running at half capacity.",
        "“Nobody on this staff wanted to bring you this recommendation,” Oyelaran said. “But I would be failing every student in this district if I kept spending money on empty classrooms instead of on teachers.”",
        "Under the plan, about 410 students will move to Ridgemont Elementary and Alder Creek Elementary in the fall. The district has promised to keep class sizes at or below 24 students in kindergarten through third grade, and to add two bus routes.",
        "Parents packed the cafeteria at Carver Hills High School, where the meeting had been moved to make room for the crowd. Colleen Barstow, whose two children attend Sycamore, said the district had given families “less than a month to absorb something that will change their kids’ lives.”",
        "“You held one community forum, on a weeknight, in March, and called it engagement,” she told the board. “My daughter asked me last night if her teachers were being fired. I didn’t know what to tell her.”",
        "A father whose son has attended Lindell since kindergarten held up a hand-lettered sign reading “Keep Lindell Open” and shouted from the back of the room until Board President Teresa Quintanilla asked him to sit down.",
        "Quintanilla called for order twice during the evening. “I understand how much this hurts, and I am asking you to let your neighbors be heard,” she said.",
        "Trustee Grant Wexley cast the only vote against the closures. He said the district had not studied how longer bus rides would affect families without cars. “We are about to find out the hard way, and it will be the kids who find out first,” he said.",
        "The Carver Hills Education Association, which represents the district’s 620 teachers, said in a statement that it did not oppose consolidation but wanted “a written guarantee that no teacher loses a job because a building closes.”",
        "Association President Mark Ubeda said after the vote that the superintendent had already given that guarantee out loud. “Out loud is a start. We want it on paper by June,” Ubeda said.",
        "Asked about the union’s request, Oyelaran said he expected every teacher at the two schools to be offered a position elsewhere in the district. “There will be no layoffs tied to these closures,” the superintendent said. “I’ve said it, and I’ll sign it.”",
        "The district will hold information sessions for affected families at both schools next month, Quintanilla said.",
    ),
    [
        "Natalie Ferreira",
        "Carver Hills Gazette",
        "Carver Hills Unified School District Board of Education",
        "Sycamore Elementary",
        "Lindell Elementary",
        "Leonard Oyelaran",
        "Ridgemont Elementary",
        "Alder Creek Elementary",
        "Carver Hills High School",
        "Colleen Barstow",
        "Teresa Quintanilla",
        "Grant Wexley",
        "Carver Hills Education Association",
        "Mark Ubeda",
    ],
    [
        Q("Nobody on this staff wanted to bring you this recommendation", "Leonard Oyelaran", "Oyelaran", how="after"),
        Q(
            "But I would be failing every student in this district if I kept spending money on empty classrooms instead of on teachers",
            "Leonard Oyelaran",
            "Oyelaran",
            how="before",
        ),
        Q(
            "less than a month to absorb something that will change their kids’ lives",
            "Colleen Barstow",
            "Colleen Barstow",
            kind="partial",
        ),
        Q(
            "You held one community forum, on a weeknight, in March, and called it engagement",
            "Colleen Barstow",
            "she",
            how="after",
        ),
        Q(
            "My daughter asked me last night if her teachers were being fired. I didn’t know what to tell her",
            "Colleen Barstow",
            "she",
            how="before",
        ),
        Q(
            "I understand how much this hurts, and I am asking you to let your neighbors be heard",
            "Teresa Quintanilla",
            "she",
            how="after",
        ),
        Q(
            "We are about to find out the hard way, and it will be the kids who find out first",
            "Grant Wexley",
            "he",
            how="after",
        ),
        Q(
            "a written guarantee that no teacher loses a job because a building closes",
            "Carver Hills Education Association",
            "The Carver Hills Education Association",
            kind="partial",
            stype="organisation",
        ),
        Q("Out loud is a start. We want it on paper by June", "Mark Ubeda", "Ubeda", how="after"),
        Q("There will be no layoffs tied to these closures", "Leonard Oyelaran", "the superintendent", how="after"),
        Q("I’ve said it, and I’ll sign it", "Leonard Oyelaran", "the superintendent", how="before"),
    ],
)

article(
    "education",
    2,
    P(
        "Halberd State to cut 14 degree programs, citing $22 million shortfall",
        "By Owen Prescott | Westbrook Sentinel",
        "WESTBROOK — Halberd State University will eliminate 14 undergraduate degree programs, including German, philosophy and art history, and lay off as many as 40 faculty members over the next two years, administrators announced Monday.",
        """Provost Sandra Keightley said the cuts were needed to close a $22 million budget gap driven by falling enrollment and flat state funding. "We have spent three years trying to avoid this. We cannot spend a fourth," Keightley said in a video message to faculty and staff.""",
        '''Students now enrolled in the affected programs will be allowed to finish their degrees, the university said in a statement that described the plan as "a difficult but necessary step toward a sustainable future for Halberd State."''',
        "The cuts fall hardest on the College of Arts and Letters, which will lose nine of its 23 majors. Its dean, Victor Almeida-Roth, said he learned the final list on Friday afternoon.",
        '''"I argued for every one of these programs, and I lost," Almeida-Roth said. "I don't think the provost is a villain. I think she has a spreadsheet, and the spreadsheet doesn't know what a philosophy major becomes."''',
        """The Faculty Senate voted 41-6 on Monday evening for a resolution calling the process "opaque, rushed and contrary to the principles of shared governance." Senate chair Ruth Ambrose, a professor of chemistry, said faculty would ask the Board of Regents to delay its final vote.""",
        '''"Nobody is pretending the budget problem isn't real," Ambrose said. "We're asking for one semester to look at alternatives. That's not a lot to ask of a university."''',
        """Student Government Association President Kiara Boateng said many students learned about the cuts from social media before the university's email arrived. "People were finding out their major was gone from a screenshot," she said.""",
        """Liam Okonkwo-Reyes, a junior majoring in German and history, said he had chosen Halberd State for its language programs. "I turned down two other schools to come here for German. Now the department I came for is going to be a line in a budget report," he said.""",
        """Not all students oppose the plan. "Tuition went up 6 percent this year. If this keeps that from happening again, I get it," said Priya Venkataraman, a senior studying nursing.""",
        "The Board of Regents is scheduled to vote on the plan at its March 12 meeting. Regents Chair Douglas Fenwick did not respond to a request for comment.",
        """Keightley, in her video message, said the university would also merge several academic departments and cut 60 administrative positions. "Faculty are not the only ones being asked to give something up," she said.""",
    ),
    [
        "Owen Prescott",
        "Westbrook Sentinel",
        "Halberd State University",
        "Sandra Keightley",
        "College of Arts and Letters",
        "Victor Almeida-Roth",
        "Faculty Senate",
        "Ruth Ambrose",
        "Board of Regents",
        "Student Government Association",
        "Kiara Boateng",
        "Liam Okonkwo-Reyes",
        "Priya Venkataraman",
        "Douglas Fenwick",
    ],
    [
        Q(
            "We have spent three years trying to avoid this. We cannot spend a fourth",
            "Sandra Keightley",
            "Keightley",
            how="after",
        ),
        Q(
            "a difficult but necessary step toward a sustainable future for Halberd State",
            "Halberd State University",
            "the university",
            kind="partial",
            stype="organisation",
            anchor="the university said in a statement",
        ),
        Q("I argued for every one of these programs, and I lost", "Victor Almeida-Roth", "Almeida-Roth", how="after"),
        Q(
            "I don't think the provost is a villain. I think she has a spreadsheet, and the spreadsheet doesn't know what a philosophy major becomes",
            "Victor Almeida-Roth",
            "Almeida-Roth",
            how="before",
        ),
        Q(
            "opaque, rushed and contrary to the principles of shared governance",
            "Faculty Senate",
            "a resolution",
            kind="partial",
            stype="organisation",
        ),
        Q("Nobody is pretending the budget problem isn't real", "Ruth Ambrose", "Ambrose", how="after"),
        Q(
            "We're asking for one semester to look at alternatives. That's not a lot to ask of a university",
            "Ruth Ambrose",
            "Ambrose",
            how="before",
        ),
        Q("People were finding out their major was gone from a screenshot", "Kiara Boateng", "she", how="after"),
        Q(
            "I turned down two other schools to come here for German. Now the department I came for is going to be a line in a budget report",
            "Liam Okonkwo-Reyes",
            "he",
            how="after",
        ),
        Q(
            "Tuition went up 6 percent this year. If this keeps that from happening again, I get it",
            "Priya Venkataraman",
            "Priya Venkataraman",
        ),
        Q("Faculty are not the only ones being asked to give something up", "Sandra Keightley", "she", how="after"),
    ],
)

article(
    "education",
    3,
    P(
        "Mold found in 40 rooms at Corliss Hall; residents say complaints went unanswered for weeks",
        "By Hannah Ostrowski and Devon Marsh | The Pellham Kestrel",
        "Facilities workers have found mold in at least 40 rooms in Corliss Hall, the university’s largest first-year residence hall, and Pellham University has moved 73 students into hotel rooms while the building is cleaned, the university confirmed Wednesday.",
        "Residents told The Kestrel they had reported musty smells, damp carpets and black spots on ceiling tiles since the first week of September.",
        "“I put in three maintenance requests. The first two were closed without anyone coming to my room,” said Maya Lindgren, a first-year studying biology who lives on the building’s third floor. “The third time, I attached photos, and someone finally came.”",
        "Her roommate, Tasnim Rahaman, a first-year studying economics, said she had been using her inhaler more often since moving in. “I’m not saying the mold did it. I’m saying I never needed it this much at home,” Rahaman said.",
        "Director of Residence Life Carla Jimenez-Boyd said her office had received 112 maintenance requests from Corliss Hall since August, about twice the usual number. In an interview with The Kestrel on Tuesday, she acknowledged that some had been closed “prematurely.”",
        "“We had requests marked complete because a technician checked the air vent and didn’t see anything. That’s on us, and we’re retraining staff on how those get closed out,” Jimenez-Boyd said.",
        "University spokesperson Anders Kowal said testing by an outside firm had found no mold in the building’s ventilation system. “The affected rooms are being cleaned by licensed professionals, and no student will be asked to return until an independent inspector has cleared their room,” Kowal said in a statement.",
        "The university has not said how long the cleanup will take. A message sent to Corliss residents by the Office of Residence Life on Monday said the work was expected to take “two to three weeks, possibly longer depending on what is found behind the walls.”",
        "Student Senate President Rafael Ocasio said the senate would vote next week on a resolution asking the university to refund housing fees for affected students. “If you paid for a room you can’t live in, you should get your money back. I don’t think that’s a radical idea,” he said.",
        "Parents have weighed in, too. In a Facebook group for Pellham families, one mother wrote that her son had been “sleeping with the window open in October because the room smells like a basement.”",
        "Jess, a first-year who asked to be identified only by her first name because she works for the university’s dining service, said she was moved to the Harbor Point Inn on Saturday with two hours’ notice. “It’s nice, honestly. But now I have a 20-minute bus ride to get to my 8 a.m. class,” she said.",
        "The university is paying for the hotel rooms and for a shuttle to campus, Kowal said.",
    ),
    [
        "Hannah Ostrowski",
        "Devon Marsh",
        "Pellham Kestrel",
        "Pellham University",
        "Maya Lindgren",
        "Tasnim Rahaman",
        "Carla Jimenez-Boyd",
        "Anders Kowal",
        "Office of Residence Life",
        "Student Senate",
        "Rafael Ocasio",
        "Jess",
        "Harbor Point Inn",
    ],
    [
        Q(
            "I put in three maintenance requests. The first two were closed without anyone coming to my room",
            "Maya Lindgren",
            "Maya Lindgren",
        ),
        Q(
            "The third time, I attached photos, and someone finally came",
            "Maya Lindgren",
            "Maya Lindgren",
            how="before",
        ),
        Q(
            "I’m not saying the mold did it. I’m saying I never needed it this much at home",
            "Tasnim Rahaman",
            "Rahaman",
            how="after",
        ),
        Q("prematurely", "Carla Jimenez-Boyd", "she", kind="partial", anchor="she acknowledged"),
        Q(
            "We had requests marked complete because a technician checked the air vent and didn’t see anything. That’s on us, and we’re retraining staff on how those get closed out",
            "Carla Jimenez-Boyd",
            "Jimenez-Boyd",
            how="after",
        ),
        Q(
            "The affected rooms are being cleaned by licensed professionals, and no student will be asked to return until an independent inspector has cleared their room",
            "Anders Kowal",
            "Kowal",
            anchor="Kowal said in a statement",
        ),
        Q(
            "two to three weeks, possibly longer depending on what is found behind the walls",
            "Office of Residence Life",
            "A message",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "If you paid for a room you can’t live in, you should get your money back. I don’t think that’s a radical idea",
            "Rafael Ocasio",
            "he",
            how="after",
        ),
        Q(
            "sleeping with the window open in October because the room smells like a basement",
            "one mother",
            "one mother",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "It’s nice, honestly. But now I have a 20-minute bus ride to get to my 8 a.m. class",
            "Jess",
            "she",
            how="after",
        ),
    ],
)

article(
    "education",
    4,
    P(
        "Dunmore teachers set strike date as talks stall over class sizes",
        "By Felix Arango | Dunmore Valley Courier",
        "Teachers in the Dunmore Area School District will walk off the job on Oct. 21 if no contract agreement is reached, the Dunmore Federation of Teachers announced Thursday, after 91% of members who cast ballots voted to authorize a strike.",
        "The union and the district have been negotiating since February. The main sticking points are class-size limits, which the union wants written into the contract, and a proposed increase in teachers’ health insurance contributions from 10% to 15% of premiums.",
        "Federation President Louise Abernethy-Kraus announced the result to about 300 teachers and supporters gathered outside the district administration building.",
        "“Nobody in this crowd wants to strike. We want to teach. We want to teach 24 kids, not 34, and we want a contract that says so,” she said. “Every year they promise the numbers will come down next year.",
        "“Next year never comes. So this year we are asking them to put it in writing.”",
        "Superintendent Harold Stroud said in an interview that the district could not guarantee class-size caps without knowing how much state aid it would receive next year.",
        "“If I sign a cap and the state cuts our aid, I either break the contract or I lay people off. I won’t put the district in that position,” Stroud said. He called the union’s strike date “premature” and said negotiators were scheduled to meet twice more before Oct. 21.",
        "The district said in a statement that its latest offer included raises of 3.5% a year for three years, “the largest salary increase offered to Dunmore teachers in more than a decade.”",
        "School board member Patricia Onwuachi, who chairs the board’s negotiations committee, said she had spoken with Abernethy-Kraus by phone on Wednesday night. She said the two sides were “closer than the rhetoric suggests.”",
        "Parents are bracing for disruption. Renata Vasquez-Hill, who has a second-grader and a seventh-grader in the district, said she supports the teachers but is worried about child care. “I believe them about the class sizes. My daughter’s class has 31 kids,” she said. “But I work nights. If they strike, I don’t know who watches my son during the day.”",
        "Tobias Wren, a senior at Dunmore Area High School and president of its student council, said seniors were anxious about college applications. “Our counselors write our recommendation letters. If they’re out for a month, that’s a problem for a lot of seniors,” he said.",
        "Stroud said the district would try to keep schools open during a strike with substitutes and administrators. Asked whether that was realistic with more than 700 teachers on the picket line, the superintendent paused. “It would be very difficult,” he said. “I’d rather not find out.”",
    ),
    [
        "Felix Arango",
        "Dunmore Valley Courier",
        "Dunmore Area School District",
        "Dunmore Federation of Teachers",
        "Louise Abernethy-Kraus",
        "Harold Stroud",
        "Patricia Onwuachi",
        "Renata Vasquez-Hill",
        "Tobias Wren",
        "Dunmore Area High School",
    ],
    [
        Q(
            "Nobody in this crowd wants to strike. We want to teach. We want to teach 24 kids, not 34, and we want a contract that says so",
            "Louise Abernethy-Kraus",
            "she",
            how="after",
        ),
        Q(
            "Every year they promise the numbers will come down next year",
            "Louise Abernethy-Kraus",
            "she",
            how="before",
        ),
        Q(
            "Next year never comes. So this year we are asking them to put it in writing",
            "Louise Abernethy-Kraus",
            "@prev",
        ),
        Q(
            "If I sign a cap and the state cuts our aid, I either break the contract or I lay people off. I won’t put the district in that position",
            "Harold Stroud",
            "Stroud",
            how="after",
        ),
        Q("premature", "Harold Stroud", "He", kind="partial", how="before"),
        Q(
            "the largest salary increase offered to Dunmore teachers in more than a decade",
            "Dunmore Area School District",
            "The district",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q("closer than the rhetoric suggests", "Patricia Onwuachi", "She", kind="partial", how="before"),
        Q(
            "I believe them about the class sizes. My daughter’s class has 31 kids",
            "Renata Vasquez-Hill",
            "she",
            how="after",
        ),
        Q(
            "But I work nights. If they strike, I don’t know who watches my son during the day",
            "Renata Vasquez-Hill",
            "she",
            how="before",
        ),
        Q(
            "Our counselors write our recommendation letters. If they’re out for a month, that’s a problem for a lot of seniors",
            "Tobias Wren",
            "he",
            how="after",
        ),
        Q("It would be very difficult", "Harold Stroud", "he", how="after"),
        Q("I’d rather not find out", "Harold Stroud", "he", how="before"),
    ],
)

article(
    "education",
    5,
    P(
        "Castlemere university to cut 280 jobs as overseas student numbers fall",
        "The University of Castlemere is to cut up to 280 jobs, about one in ten of its staff, after a sharp fall in the number of international students left it facing a deficit of £31 million, its vice-chancellor has told staff.",
        "In an email sent to all employees on Tuesday morning, Professor Dame Helen Achterberg said the university was in ‘the most serious financial position in its 60-year history’ and that ‘doing nothing is not an option available to us’.",
        "She wrote: ‘I know how unsettling this news will be. I want to be honest with you about the scale of the challenge rather than offer reassurances I cannot keep.’",
        "The university’s branch of the Academic Staff Union said it would ballot members for industrial action. Branch secretary Dr Owain Pritchard said staff were being made to pay for ‘years of reckless borrowing on vanity buildings’.",
        "‘They built a £90 million business school and now they want the people who teach in it to take the hit,’ he said. ‘Our members will not accept compulsory redundancies.’",
        "The cuts are expected to fall most heavily on arts and social sciences. A spokesman for the university said no decisions had been taken about individual departments and that a voluntary severance scheme would open next week. ‘We will do everything we can to keep compulsory redundancies to a minimum,’ the spokesman said.",
        "‘Everyone I know is asking whether their course will still exist by the time they graduate.’ That was how Niamh Gallagher-Owusu, a second-year law student and education officer of the Castlemere Students’ Union, described the mood on campus on Tuesday.",
        "She said the union had asked for a meeting with the vice-chancellor. ‘Students were told “your education is our priority” at every open day. We’d like to see that in the budget,’ she added.",
        "Castlemere is one of at least 40 UK universities to have announced job cuts in the past 18 months. The Universities Minister, Graham Tolley, told MPs last week that the Government would ‘not stand by and let a university fail’, but he has ruled out a bailout.",
        "Higher education consultant Marcus Everleigh said Castlemere was ‘far from alone’. ‘The model that relied on overseas fees to subsidise everything else has been broken for a while. Castlemere is simply one of the first to say so out loud,’ he said.",
        "Professor Achterberg said she would hold open meetings with staff on all three of the university’s campuses over the next fortnight.",
    ),
    [
        "University of Castlemere",
        "Helen Achterberg",
        "Academic Staff Union",
        "Owain Pritchard",
        "Niamh Gallagher-Owusu",
        "Castlemere Students’ Union",
        "Graham Tolley",
        "Marcus Everleigh",
    ],
    [
        Q(
            "the most serious financial position in its 60-year history",
            "Helen Achterberg",
            "Professor Dame Helen Achterberg",
            kind="partial",
        ),
        Q(
            "doing nothing is not an option available to us",
            "Helen Achterberg",
            "Professor Dame Helen Achterberg",
            kind="partial",
        ),
        Q(
            "I know how unsettling this news will be. I want to be honest with you about the scale of the challenge rather than offer reassurances I cannot keep",
            "Helen Achterberg",
            "She",
            how="before",
        ),
        Q(
            "years of reckless borrowing on vanity buildings",
            "Owain Pritchard",
            "Branch secretary Dr Owain Pritchard",
            kind="partial",
        ),
        Q(
            "They built a £90 million business school and now they want the people who teach in it to take the hit",
            "Owain Pritchard",
            "he",
            how="after",
        ),
        Q("Our members will not accept compulsory redundancies", "Owain Pritchard", "he", how="before"),
        Q(
            "We will do everything we can to keep compulsory redundancies to a minimum",
            "a spokesman for the university",
            "the spokesman",
            stype="unnamed",
            how="after",
        ),
        Q(
            "Everyone I know is asking whether their course will still exist by the time they graduate",
            "Niamh Gallagher-Owusu",
            "Niamh Gallagher-Owusu",
            how="after",
        ),
        Q(
            "Students were told “your education is our priority” at every open day. We’d like to see that in the budget",
            "Niamh Gallagher-Owusu",
            "she",
            anchor="she added",
        ),
        Q("not stand by and let a university fail", "Graham Tolley", "Graham Tolley", kind="partial"),
        Q("far from alone", "Marcus Everleigh", "Higher education consultant Marcus Everleigh", kind="partial"),
        Q(
            "The model that relied on overseas fees to subsidise everything else has been broken for a while. Castlemere is simply one of the first to say so out loud",
            "Marcus Everleigh",
            "he",
            how="after",
        ),
    ],
)

article(
    "education",
    6,
    P(
        "Principal pulls Ridgeline High newspaper's story on vaping; student editors push back",
        "By Amara Solberg | Harwood County Register",
        "HARWOOD — Student editors at Ridgeline High School say their principal ordered them to remove a story about vaping in school bathrooms from the latest issue of The Ridgeline Review, the school's student newspaper, two days before it was due at the printer.",
        "The story, which quoted eight students anonymously and cited figures from the school's own disciplinary records, was pulled on Feb. 3 by Principal Denise Marchbank, according to emails reviewed by the Register.",
        '''In one email to the paper's faculty adviser, Marchbank wrote that the article "relies on anonymous student accounts that cannot be verified" and "risks exposing students to discipline or embarrassment."''',
        """Editor-in-chief Sofia Arellano, a senior, said the staff had verified every account and removed names from the records. "We did everything a professional newsroom would do. We just happen to be 17," Arellano said.""",
        """Managing editor Jonah Petrakis, a junior, said the decision had only made the staff more determined. "She told us the story made the school look bad. The story doesn't make the school look bad. The vaping does," he said.""",
        "The paper's adviser, English teacher Glen Maddox, declined to comment, citing district policy.",
        '''The Harwood County School District defended the principal in a statement Thursday: "School-sponsored publications are part of the curriculum, and principals have the authority to make editorial decisions that are consistent with legitimate educational concerns."''',
        '''Tamsin Greaves, a staff attorney at the Student Press Freedom Center, a nonprofit that advises student journalists, said the state's student free expression law, passed in 2021, limits when administrators can censor student media. "The law is very clear that a principal can't pull a story just because it's unflattering," she said. "Unflattering is not the standard. Unlawful is."''',
        "At Tuesday's school board meeting, several students spoke during public comment. One sophomore, who gave only her first name, Leah, read part of the pulled story aloud before her three minutes ran out.",
        """"If you want us to learn journalism, let us do journalism," Leah told the board.""",
        """Board President Curtis Wembley said the board would not overrule "a building-level decision" but asked the superintendent to review the district's policy on student publications before the end of the school year.""",
        """Marchbank did not respond to a request for comment. In a message posted to the school's website on Wednesday, she said she "fully supports student journalism" and would meet with the editors next week.""",
        "The editors have since posted the full story on the newspaper's Instagram account, where it had been viewed more than 11,000 times by Friday.",
    ),
    [
        "Amara Solberg",
        "Harwood County Register",
        "Ridgeline High School",
        "Ridgeline Review",
        "Denise Marchbank",
        "Sofia Arellano",
        "Jonah Petrakis",
        "Glen Maddox",
        "Harwood County School District",
        "Tamsin Greaves",
        "Student Press Freedom Center",
        "Leah",
        "Curtis Wembley",
    ],
    [
        Q(
            "relies on anonymous student accounts that cannot be verified",
            "Denise Marchbank",
            "Marchbank",
            kind="partial",
            anchor="Marchbank wrote",
        ),
        Q(
            "risks exposing students to discipline or embarrassment",
            "Denise Marchbank",
            "Marchbank",
            kind="partial",
            anchor="Marchbank wrote",
        ),
        Q(
            "We did everything a professional newsroom would do. We just happen to be 17",
            "Sofia Arellano",
            "Arellano",
            how="after",
        ),
        Q(
            "She told us the story made the school look bad. The story doesn't make the school look bad. The vaping does",
            "Jonah Petrakis",
            "he",
            how="after",
        ),
        Q(
            "School-sponsored publications are part of the curriculum, and principals have the authority to make editorial decisions that are consistent with legitimate educational concerns",
            "Harwood County School District",
            "The Harwood County School District",
            stype="organisation",
        ),
        Q(
            "The law is very clear that a principal can't pull a story just because it's unflattering",
            "Tamsin Greaves",
            "she",
            how="after",
        ),
        Q("Unflattering is not the standard. Unlawful is", "Tamsin Greaves", "she", how="before"),
        Q("If you want us to learn journalism, let us do journalism", "Leah", "Leah", how="after"),
        Q("a building-level decision", "Curtis Wembley", "Board President Curtis Wembley", kind="partial"),
        Q("fully supports student journalism", "Denise Marchbank", "she", kind="partial", anchor="she said she"),
    ],
)

# ---------------------------------------------------------------------------
# ENERGY-CLIMATE
# ---------------------------------------------------------------------------

article(
    "energy-climate",
    1,
    P(
        "Tarrant Energy profit falls 18% on weak gas prices; CEO defends slower wind build-out",
        "By Rhea Sandoval",
        "HOUSTON — Tarrant Energy Corp. reported an 18% drop in third-quarter profit on Thursday as lower natural gas prices offset record oil output, and its chief executive defended a decision to slow spending on offshore wind.",
        "Net income fell to $1.42 billion, or $2.31 a share, from $1.73 billion a year earlier. Adjusted earnings of $2.48 a share beat the average analyst estimate of $2.37, according to data compiled by Lodestar Financial.",
        "Production averaged 1.12 million barrels of oil equivalent per day (boe/d), up 6% from a year earlier, driven by new wells in the Permian Basin.",
        "“We delivered the strongest operational quarter in Tarrant’s history,” Chief Executive Officer Marguerite Olander told analysts on a conference call. “What we did not control was the price of gas, and Henry Hub at under $2.50 per million British thermal units is not a number anyone planned around.”",
        "Tarrant said in September it would cut planned spending on its offshore wind unit by $600 million over two years and delay a final investment decision on its 1.4-gigawatt Sable Point project off the New Jersey coast.",
        "Asked by Raymond Koh, an analyst at Fairline Capital, whether the company was retreating from renewables, Olander said no. “We are not walking away from wind. We are walking away from building it at a loss,” she said.",
        "Koh pressed her on timing. “So is Sable Point a 2027 decision or a 2029 decision?” he asked.",
        "“It is a decision we will make when turbine prices and the offtake price line up, and not before,” Olander replied.",
        "Chief Financial Officer Dev Anand said the company would return $5 billion to shareholders this year through buybacks and dividends and expected capital spending of $9.8 billion to $10.2 billion in 2026. “Our break-even is now below $40 a barrel. That gives us a lot of room,” he said.",
        "Climate Ledger Alliance, a coalition of investors that together hold about 0.3% of Tarrant’s shares, said the wind pullback contradicted the company’s pledge to reach net-zero operational emissions by 2045. “Tarrant told investors in 2021 that wind was ‘core to our future’. Core businesses don’t get cut by a third in a quarter,” the group said in a statement.",
        "Tarrant shares rose 1.8% to $61.20 in afternoon trading in New York.",
        "Olander said the company still expected wind and solar to make up about 15% of its capital spending by 2030. “That commitment is intact,” she said.",
    ),
    [
        "Rhea Sandoval",
        "Tarrant Energy Corp.",
        "Lodestar Financial",
        "Marguerite Olander",
        "Raymond Koh",
        "Fairline Capital",
        "Dev Anand",
        "Climate Ledger Alliance",
    ],
    [
        Q(
            "We delivered the strongest operational quarter in Tarrant’s history",
            "Marguerite Olander",
            "Chief Executive Officer Marguerite Olander",
        ),
        Q(
            "What we did not control was the price of gas, and Henry Hub at under $2.50 per million British thermal units is not a number anyone planned around",
            "Marguerite Olander",
            "Chief Executive Officer Marguerite Olander",
            how="before",
        ),
        Q(
            "We are not walking away from wind. We are walking away from building it at a loss",
            "Marguerite Olander",
            "she",
            how="after",
        ),
        Q("So is Sable Point a 2027 decision or a 2029 decision", "Raymond Koh", "he", how="after"),
        Q(
            "It is a decision we will make when turbine prices and the offtake price line up, and not before",
            "Marguerite Olander",
            "Olander",
            how="after",
        ),
        Q("Our break-even is now below $40 a barrel. That gives us a lot of room", "Dev Anand", "he", how="after"),
        Q(
            "Tarrant told investors in 2021 that wind was ‘core to our future’. Core businesses don’t get cut by a third in a quarter",
            "Climate Ledger Alliance",
            "the group",
            stype="organisation",
            how="after",
        ),
        Q("That commitment is intact", "Marguerite Olander", "she", how="after"),
    ],
)

article(
    "energy-climate",
    2,
    P(
        "Regulators approve smaller rate hike for Cascade Plains Power, order wildfire audit",
        "By Mateo Lindahl | Ellsworth Tribune",
        "ELLSWORTH — The Northern Plains Public Service Commission on Wednesday approved a 7.9% increase in residential electricity rates for Cascade Plains Power, about half what the utility had requested, and ordered an independent audit of its wildfire prevention spending.",
        "For a typical household using 900 kilowatt-hours a month, the increase will add about $9.35 to a monthly bill of $118.40. The utility had sought a 15.6% increase to recover $412 million it spent hardening power lines, clearing vegetation and installing 230 weather stations after the 2023 Dry Creek fire.",
        '''In its rate filing, Cascade Plains Power said the spending was "necessary, prudent and already largely complete" and warned that a smaller increase would "impair the company's ability to attract capital on reasonable terms."''',
        """The commission disagreed. In its 94-page order, it said the utility had "failed to demonstrate" that about $180 million of the spending was reasonable, including $47 million paid to a single contractor without competitive bidding.""",
        """Commission Chair Lorraine Hidalgo said the decision balanced customers' ability to pay against the need for safer lines. "Nobody on this commission doubts that wildfire risk is real. What we doubt is that every dollar in this request was spent wisely," Hidalgo said at the commission's public meeting.""",
        """Commissioner Arthur Blaylock dissented, saying the majority was "second-guessing engineering decisions with the benefit of hindsight." "If we punish a utility for spending on safety, we should not be surprised when the next one spends less," he said.""",
        """Cascade Plains President and CEO Warren Teague said the company was reviewing the order and had not decided whether to appeal. "We are disappointed. We invested what our engineers told us it would take to keep communities safe," he said in a statement.""",
        '''The Citizens Utility Board, which intervened in the case on behalf of residential customers, said the decision would save the average household about $9 a month compared with the utility's request. Its executive director, Nadia Bruckner, called the audit "long overdue."''',
        """"For two years we've been asking where this money went. Now an independent auditor will have to find out," Bruckner said.""",
        """At a public hearing in Ellsworth in August, retired schoolteacher Gloria Fenn, 78, told commissioners she already kept her thermostat at 62 degrees in winter. "I don't know where else to cut. I'm already wearing my coat in the kitchen," she said.""",
        "The new rates take effect Jan. 1. The audit must be completed within nine months, and its findings could lower rates further if the commission concludes that more of the spending was imprudent.",
    ),
    [
        "Mateo Lindahl",
        "Ellsworth Tribune",
        "Northern Plains Public Service Commission",
        "Cascade Plains Power",
        "Lorraine Hidalgo",
        "Arthur Blaylock",
        "Warren Teague",
        "Citizens Utility Board",
        "Nadia Bruckner",
        "Gloria Fenn",
    ],
    [
        Q(
            "necessary, prudent and already largely complete",
            "Cascade Plains Power",
            "Cascade Plains Power",
            kind="partial",
            stype="organisation",
            anchor="Cascade Plains Power said the spending",
        ),
        Q(
            "impair the company's ability to attract capital on reasonable terms",
            "Cascade Plains Power",
            "Cascade Plains Power",
            kind="partial",
            stype="organisation",
            anchor="Cascade Plains Power said the spending",
        ),
        Q(
            "failed to demonstrate",
            "Northern Plains Public Service Commission",
            "it",
            kind="partial",
            stype="organisation",
            anchor="it said the utility",
        ),
        Q(
            "Nobody on this commission doubts that wildfire risk is real. What we doubt is that every dollar in this request was spent wisely",
            "Lorraine Hidalgo",
            "Hidalgo",
            how="after",
        ),
        Q(
            "second-guessing engineering decisions with the benefit of hindsight",
            "Arthur Blaylock",
            "Commissioner Arthur Blaylock",
            kind="partial",
        ),
        Q(
            "If we punish a utility for spending on safety, we should not be surprised when the next one spends less",
            "Arthur Blaylock",
            "he",
            how="after",
        ),
        Q(
            "We are disappointed. We invested what our engineers told us it would take to keep communities safe",
            "Warren Teague",
            "he",
            how="after",
        ),
        Q("long overdue", "Nadia Bruckner", "Nadia Bruckner", kind="partial"),
        Q(
            "For two years we've been asking where this money went. Now an independent auditor will have to find out",
            "Nadia Bruckner",
            "Bruckner",
            how="after",
        ),
        Q(
            "I don't know where else to cut. I'm already wearing my coat in the kitchen",
            "Gloria Fenn",
            "she",
            how="after",
        ),
    ],
)

article(
    "energy-climate",
    3,
    P(
        "Satellites find landfill methane far above reported levels, study says",
        "By Tomasz Wierzbicki, Climate Correspondent",
        "Methane escaping from large landfills in 14 countries is on average 2.4 times higher than the amounts those countries report in their official greenhouse gas inventories, according to a study published Wednesday in the journal Earth Systems Letters.",
        "Researchers analysed measurements from three satellites over 312 landfills between 2020 and 2024. They estimate the sites released about 9.6 million tonnes of methane a year, equivalent to roughly 270 million tonnes of carbon dioxide over a 100-year period, about the annual emissions of a country the size of Spain.",
        "“The inventories are not wrong because anyone is lying. They are wrong because most of them are built on models of how landfills should behave, not on measurements of how they do behave,” said lead author Dr Anneke Vos, an atmospheric scientist at the Institute for Atmospheric Observation in Utrecht.",
        "In the paper, the authors write that the gap “is large enough to matter for national climate targets” and that landfills may account for “a substantially larger share of anthropogenic methane than current accounting suggests.”",
        "The largest discrepancies were at sites in South Asia and Latin America. At one landfill outside a city of about four million people, the team estimated a plume of 38 tonnes of methane an hour, more than the country’s oil and gas facilities combined.",
        "Vos said the team had checked its numbers against ground-based measurements at 11 of the sites, which agreed within about 20%. “We gave every agency the chance to check our numbers before publication. Four of them replied,” she said.",
        "Her co-author Rafael Quintero, of Sierra Alta Polytechnic University in Mexico, said the method could be repeated every few weeks. “This is not a one-time audit. We can go back to the same landfill next month and see whether the fix worked,” he said.",
        "Kwame Adjei-Mensah, a methane researcher at the Coastal Climate Institute who was not involved in the study, called the findings “robust and, frankly, not surprising.”",
        "“Those of us who have flown aircraft over landfills have been seeing numbers like these for years. What this paper adds is scale,” he said. He cautioned that satellite estimates for individual sites carry uncertainties of 25% to 40%.",
        "The World Waste Management Federation, an industry body, said many operators had already installed gas capture systems and that the study “relies on snapshots that may not represent average annual emissions.”",
        "Methane is responsible for roughly 30% of the warming since pre-industrial times, and it breaks down in the atmosphere within about a decade, which makes cutting it one of the fastest ways to slow warming.",
        "“If you want a cheap, fast win on climate, this is it. Capping a landfill is not a moon shot.” That was Vos’s answer when asked what governments should do first.",
    ),
    [
        "Tomasz Wierzbicki",
        "Earth Systems Letters",
        "Anneke Vos",
        "Institute for Atmospheric Observation",
        "Rafael Quintero",
        "Sierra Alta Polytechnic University",
        "Kwame Adjei-Mensah",
        "Coastal Climate Institute",
        "World Waste Management Federation",
    ],
    [
        Q(
            "The inventories are not wrong because anyone is lying. They are wrong because most of them are built on models of how landfills should behave, not on measurements of how they do behave",
            "Anneke Vos",
            "lead author Dr Anneke Vos",
        ),
        Q(
            "is large enough to matter for national climate targets",
            "the authors",
            "the authors",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "a substantially larger share of anthropogenic methane than current accounting suggests",
            "the authors",
            "the authors",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "We gave every agency the chance to check our numbers before publication. Four of them replied",
            "Anneke Vos",
            "she",
            how="after",
        ),
        Q(
            "This is not a one-time audit. We can go back to the same landfill next month and see whether the fix worked",
            "Rafael Quintero",
            "he",
            how="after",
        ),
        Q("robust and, frankly, not surprising", "Kwame Adjei-Mensah", "Kwame Adjei-Mensah", kind="partial"),
        Q(
            "Those of us who have flown aircraft over landfills have been seeing numbers like these for years. What this paper adds is scale",
            "Kwame Adjei-Mensah",
            "he",
            how="after",
        ),
        Q(
            "relies on snapshots that may not represent average annual emissions",
            "World Waste Management Federation",
            "The World Waste Management Federation",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "If you want a cheap, fast win on climate, this is it. Capping a landfill is not a moon shot",
            "Anneke Vos",
            "Vos",
            how="after",
        ),
    ],
)

article(
    "energy-climate",
    4,
    P(
        "Vanuatu minister warns of ‘a death sentence’ as climate finance talks stall",
        "By Chiara Benvenuti, in Nairobi",
        "NAIROBI — Negotiations at the Global Climate Forum stalled on Thursday over how much money rich countries should provide to help poorer nations cut emissions and adapt to rising seas, with two days left before the scheduled close.",
        "A draft text released overnight by the forum’s presidency left the key figure blank, replacing it with the placeholder “[X] billion per year”, a sign, delegates said, that the gap between the two sides remained wide.",
        "Developing countries have asked for at least $1.3 trillion a year by 2035 in grants and cheap loans. Several wealthy countries have signalled they could accept a figure closer to $300 billion, including private investment.",
        "Vanuatu’s Minister for Climate Adaptation, Jocelyn Tavoa, told a packed press conference that a low figure would be “a death sentence” for low-lying island nations. “We are not asking for charity. We are asking the countries that filled the atmosphere with carbon to pay for the damage,” she said.",
        "“My grandmother’s village is under the sea now. Not in a model, not in 2100 — now,” she said, holding up a photograph of a flooded churchyard.",
        "Germany’s special envoy for climate, Klaus-Dieter Amsel, said wealthy countries could not agree to a number “our parliaments will not pass.”",
        "“I understand the anger, and I share much of it. But a promise we cannot keep is worse than a smaller promise we can,” Amsel said.",
        "Brazil’s environment minister, Helena Carvalho Prates, speaking in Portuguese through an interpreter, said the amount on offer from rich countries “does not even cover what we lose to floods in a single year.”",
        "The forum’s executive secretary, Daniel Kiprono, used a late-night speech to the plenary to urge delegates to settle on a figure.",
        "“Every year we come to these halls and argue about commas while the numbers outside get worse,” Kiprono said. “I am asking you to leave here with a number that is real.",
        "“Not a placeholder. Not a promise to discuss a promise. A number.”",
        "Outside the conference centre, about 200 activists staged a sit-in. “They keep saying ‘next year’. We have heard ‘next year’ for 30 years,” said Wanjiru Kamau, 23, a climate activist from Kisumu who helped organise the protest.",
        "A European negotiator, speaking on condition of anonymity because the talks were continuing, said the two sides were “further apart than at any point this week.”",
    ),
    [
        "Chiara Benvenuti",
        "Jocelyn Tavoa",
        "Klaus-Dieter Amsel",
        "Helena Carvalho Prates",
        "Daniel Kiprono",
        "Wanjiru Kamau",
    ],
    [
        Q("a death sentence", "Jocelyn Tavoa", "Vanuatu minister", kind="partial", occ=0),
        Q("a death sentence", "Jocelyn Tavoa", "Jocelyn Tavoa", kind="partial", occ=1),
        Q(
            "We are not asking for charity. We are asking the countries that filled the atmosphere with carbon to pay for the damage",
            "Jocelyn Tavoa",
            "she",
            how="after",
        ),
        Q(
            "My grandmother’s village is under the sea now. Not in a model, not in 2100 — now",
            "Jocelyn Tavoa",
            "she",
            how="after",
        ),
        Q("our parliaments will not pass", "Klaus-Dieter Amsel", "Klaus-Dieter Amsel", kind="partial"),
        Q(
            "I understand the anger, and I share much of it. But a promise we cannot keep is worse than a smaller promise we can",
            "Klaus-Dieter Amsel",
            "Amsel",
            how="after",
        ),
        Q(
            "does not even cover what we lose to floods in a single year",
            "Helena Carvalho Prates",
            "Helena Carvalho Prates",
            kind="partial",
        ),
        Q(
            "Every year we come to these halls and argue about commas while the numbers outside get worse",
            "Daniel Kiprono",
            "Kiprono",
            how="after",
        ),
        Q("I am asking you to leave here with a number that is real", "Daniel Kiprono", "Kiprono", how="before"),
        Q("Not a placeholder. Not a promise to discuss a promise. A number", "Daniel Kiprono", "@prev"),
        Q(
            "They keep saying ‘next year’. We have heard ‘next year’ for 30 years",
            "Wanjiru Kamau",
            "Wanjiru Kamau",
        ),
        Q(
            "further apart than at any point this week",
            "a European negotiator",
            "A European negotiator",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "energy-climate",
    5,
    P(
        "Grid operator warns of summer shortfalls as data centres drive demand surge",
        "By Sunniva Dahl",
        "The operator of the power grid serving eight Midwestern states warned on Tuesday that it could face electricity shortfalls of up to 4.7 gigawatts during extreme summer heat as early as 2027, as a boom in data centres pushes demand up faster than new power plants can be built.",
        "In its annual reliability assessment, the Heartland Grid Authority said peak demand was now forecast to reach 148 GW by 2030, 19% above today’s level and 17 GW more than it projected just two years ago. The report says the region faces “an elevated risk of firm load shed” — rolling blackouts — in four of the next five summers.",
        "“Three years ago, the question was how fast we could retire old plants. Today, the question is whether we can keep the lights on in August,” Heartland President and CEO Francine Odum told reporters.",
        "She said about 23 GW of new generation, most of it solar and battery storage, was waiting in the authority’s interconnection queue, but that supply chain problems and local permitting fights had slowed construction. “The projects are real. The steel in the ground is not there yet,” Odum said.",
        "One utility has already changed course. In a filing with state regulators last week, Prairieland Electric said it would delay the retirement of its 1,200-megawatt Coldwater coal plant from 2028 to 2032. The filing calls the delay “the least-cost option to maintain reliability for our customers” and says the company will “revisit the date as new resources come online.”",
        "Environmental groups said the utility was using the grid warning as cover. “Every time there’s a scary headline, a coal plant gets another four years,” said Marisol Ybarra, a senior attorney at the Great Lakes Clean Air Council. “And those four years turn into eight.”",
        "Deputy Director of the State Office of Energy Security Harlan Voss said the state would ask the authority to speed up grid connections for battery projects, which can be built far faster than gas plants. “Batteries can go from permit to power in 18 months. We should be treating them like the emergency tools they are,” Voss said.",
        "Data centre developers say they are willing to help pay for the build-out. Tomás Réquiz, vice president of energy at Cirrus Compute, which is building a 600 MW campus near Des Moines, said the company would install on-site batteries and pay for upgrades to nearby substations. “We are not asking the grid to carry us for free. We will bring our own batteries, and in some places our own generation,” he said.",
        "Not everyone is convinced the demand will show up. “Forecasts made in a gold rush tend to look very different five years later.” That was the warning from Imran Qadir, an energy economist at Lakeshore University who has studied past demand forecasts, noting that utilities overbuilt in the early 2000s for industrial demand that never arrived. “Someone ends up paying for plants nobody needed, and it is usually households,” he said.",
    ),
    [
        "Sunniva Dahl",
        "Heartland Grid Authority",
        "Francine Odum",
        "Prairieland Electric",
        "Marisol Ybarra",
        "Great Lakes Clean Air Council",
        "State Office of Energy Security",
        "Harlan Voss",
        "Tomás Réquiz",
        "Cirrus Compute",
        "Imran Qadir",
        "Lakeshore University",
    ],
    [
        Q(
            "an elevated risk of firm load shed",
            "Heartland Grid Authority",
            "The report",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Three years ago, the question was how fast we could retire old plants. Today, the question is whether we can keep the lights on in August",
            "Francine Odum",
            "Heartland President and CEO Francine Odum",
        ),
        Q("The projects are real. The steel in the ground is not there yet", "Francine Odum", "Odum", how="after"),
        Q(
            "the least-cost option to maintain reliability for our customers",
            "Prairieland Electric",
            "The filing",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "revisit the date as new resources come online",
            "Prairieland Electric",
            "The filing",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Every time there’s a scary headline, a coal plant gets another four years",
            "Marisol Ybarra",
            "Marisol Ybarra",
        ),
        Q("And those four years turn into eight", "Marisol Ybarra", "Marisol Ybarra", how="before"),
        Q(
            "Batteries can go from permit to power in 18 months. We should be treating them like the emergency tools they are",
            "Harlan Voss",
            "Voss",
            how="after",
        ),
        Q(
            "We are not asking the grid to carry us for free. We will bring our own batteries, and in some places our own generation",
            "Tomás Réquiz",
            "he",
            how="after",
        ),
        Q(
            "Forecasts made in a gold rush tend to look very different five years later",
            "Imran Qadir",
            "Imran Qadir",
            how="after",
        ),
        Q(
            "Someone ends up paying for plants nobody needed, and it is usually households",
            "Imran Qadir",
            "he",
            how="after",
        ),
    ],
)

article(
    "energy-climate",
    6,
    P(
        "Heat pump sales fall 21% in Europe as subsidies shrink, industry report finds",
        "By Freya Ostergaard",
        "BRUSSELS - Sales of heat pumps in 16 European countries fell 21% last year to about 2.1 million units, the second annual decline in a row, as governments scaled back subsidies and lower gas prices made switching less attractive, an industry report published on Monday found.",
        '''The report, by the European Heat Pump Manufacturers Council, says the decline leaves the European Union "far off track" to meet its goal of 30 million additional heat pumps installed by 2030. At the current pace, the authors write, the bloc would reach "fewer than half of that number."''',
        """Council Secretary General Pieter Duyvendak called the slump "entirely policy-made." "Families did not suddenly stop caring about their heating bills. Governments changed the rules halfway through, and people froze," Duyvendak said at a press conference.""",
        "Sales fell most steeply in Germany, down 44% after a long political row over a law requiring new heating systems to run on at least 65% renewable energy, and in Poland, down 38%. They rose in Italy and Spain, helped by models that also provide air conditioning.",
        """Alina Sobczak, who runs a heat pump installation business near Wroclaw, said orders at her five-person company had halved since the government cut its grant from 27,000 zloty to 15,000 zloty ($6,900 to $3,800). "In 2023 we had a waiting list of four months. Now I have my technicians painting the office," she said.""",
        """Matthias Krone, a researcher at the Rhine Institute for Energy Economics, said the figures also reflected the gap between gas and electricity prices. In Germany, a kilowatt-hour of electricity costs about three times as much as a kilowatt-hour of gas. "As long as that ratio is three to one, a heat pump is a hard sell on price alone, however efficient it is," said he.""",
        '''Asked about the report, a spokesperson for the EU's executive arm said: "The direction of travel is clear, and heat pumps are a central part of it. Member states already have the tools to support them."''',
        """Some who made the switch say they have no regrets. Jonas Albrecht, a retired engineer in Freiburg, said his heating bills had fallen by about 30% since he replaced an oil boiler in 2022. "The neighbours thought I was mad. Now two of them have asked for my installer's number," he said.""",
        '''Duyvendak urged governments to commit to subsidy schemes lasting at least five years. Asked whether the industry had overpromised, he said: "We may have been too optimistic about politicians. We were never too optimistic about the technology."''',
    ),
    [
        "Freya Ostergaard",
        "European Heat Pump Manufacturers Council",
        "European Union",
        "Pieter Duyvendak",
        "Alina Sobczak",
        "Matthias Krone",
        "Rhine Institute for Energy Economics",
        "Jonas Albrecht",
    ],
    [
        Q(
            "far off track",
            "European Heat Pump Manufacturers Council",
            "The report",
            kind="partial",
            stype="organisation",
        ),
        Q("fewer than half of that number", "the authors", "the authors", kind="partial", stype="unnamed"),
        Q(
            "entirely policy-made",
            "Pieter Duyvendak",
            "Council Secretary General Pieter Duyvendak",
            kind="partial",
        ),
        Q(
            "Families did not suddenly stop caring about their heating bills. Governments changed the rules halfway through, and people froze",
            "Pieter Duyvendak",
            "Duyvendak",
            how="after",
        ),
        Q(
            "In 2023 we had a waiting list of four months. Now I have my technicians painting the office",
            "Alina Sobczak",
            "she",
            how="after",
        ),
        Q(
            "As long as that ratio is three to one, a heat pump is a hard sell on price alone, however efficient it is",
            "Matthias Krone",
            "he",
            how="after",
        ),
        Q(
            "The direction of travel is clear, and heat pumps are a central part of it. Member states already have the tools to support them",
            "a spokesperson for the EU's executive arm",
            "a spokesperson for the EU's executive arm",
            stype="unnamed",
        ),
        Q(
            "The neighbours thought I was mad. Now two of them have asked for my installer's number",
            "Jonas Albrecht",
            "he",
            how="after",
        ),
        Q(
            "We may have been too optimistic about politicians. We were never too optimistic about the technology",
            "Pieter Duyvendak",
            "he",
            how="before",
        ),
    ],
)

# ---------------------------------------------------------------------------
# ENTERTAINMENT-REVIEW
# ---------------------------------------------------------------------------

article(
    "entertainment-review",
    1,
    P(
        "Review: ‘The Lantern Keepers’ is a slow-burning marvel about two sisters and a lighthouse",
        "By Sylvie Marchand, Film Critic | The Meridian Standard",
        "Halfway through “The Lantern Keepers,” the first English-language feature from the Danish director Ingrid Solvang, one sister turns to the other in the lamp room and says, “You keep the light for ships that never come.” Her sister, without looking up from the brass she is polishing, answers: “They came once.”",
        "It is the kind of exchange that could sink a lesser film under the weight of its own symbolism. Here it lands like a stone dropped down a well, because Solvang has spent an hour earning it.",
        "Set on a rock off the Northumberland coast in 1931, the film follows Maud (Cressida Hume) and Effie (Tallulah Brandon), who take over the lighthouse after their father drowns. A relief keeper, played by Idris Calloway-Shaw in a role that is mostly silence and a pipe, arrives in the second act and upsets everything.",
        "Solvang told me last month, in an interview ahead of the film’s premiere in Lisbon, that she wrote the script after reading the logbooks of real lighthouse keepers. “What struck me was how little they wrote about themselves. Weather, oil, ships. Then one line — ‘my sister is unwell’ — and nothing more for a week,” she said.",
        "Hume, best known for television comedy, is a revelation. Her Maud is brittle and funny and, by the end, frightening. At a Q&A after the London screening, Hume said she had “never been allowed to be this unpleasant on screen, and I loved every minute of it.”",
        "“Ingrid kept saying, ‘Less. Less. Less,’” Brandon added at the same screening. “By the end of the shoot I was acting with my eyebrows.”",
        "It shows, in the best way. Brandon’s Effie barely raises her voice, and when she finally does — “I will not carry his coat up those stairs again” — the line lands like a slap.",
        "Calloway-Shaw, who has the least to say, is no less good. “I had eleven lines. I counted,” he joked at the Lisbon press conference.",
        "Not every choice works. A subplot about a smuggler is thin, and a late line of voice-over — “The sea forgives nothing, and remembers less” — is the film explaining itself when it had no need to.",
        "Solvang has said she is tired of being asked whether the film is a ghost story. “People ask me if the father is a ghost. I ask them: is grief a ghost? Then they stop asking,” she told me.",
        "Harbour Pictures, which bought the film’s North American rights after Lisbon, will release it in 40 cities on Dec. 5. A spokesperson for the distributor said the company planned to widen the release “if audiences find it, and we think they will.”",
        "They should. “The Lantern Keepers” is the best film I have seen this year about the work of staying put. Four stars.",
    ),
    [
        "Sylvie Marchand",
        "Meridian Standard",
        "Ingrid Solvang",
        "Maud",
        "Cressida Hume",
        "Effie",
        "Tallulah Brandon",
        "Idris Calloway-Shaw",
        "Harbour Pictures",
    ],
    [
        Q(
            "What struck me was how little they wrote about themselves. Weather, oil, ships. Then one line — ‘my sister is unwell’ — and nothing more for a week",
            "Ingrid Solvang",
            "she",
            how="after",
        ),
        Q(
            "never been allowed to be this unpleasant on screen, and I loved every minute of it",
            "Cressida Hume",
            "Hume",
            kind="partial",
            anchor="Hume said she",
        ),
        Q("Ingrid kept saying, ‘Less. Less. Less,’", "Tallulah Brandon", "Brandon", how="after"),
        Q("By the end of the shoot I was acting with my eyebrows", "Tallulah Brandon", "Brandon", how="before"),
        Q("I had eleven lines. I counted", "Idris Calloway-Shaw", "he", how="after"),
        Q(
            "People ask me if the father is a ghost. I ask them: is grief a ghost? Then they stop asking",
            "Ingrid Solvang",
            "she",
            how="after",
        ),
        Q(
            "if audiences find it, and we think they will",
            "a spokesperson for the distributor",
            "A spokesperson for the distributor",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "entertainment-review",
    2,
    P(
        "‘We wanted it to feel like a bruise’: inside the making of ‘Tidewater County’",
        "By Danielle Ferro",
        "The first thing Petra Vasko did when the streaming service Lumora greenlit her limited series “Tidewater County” was throw out the color palette.",
        "“The network version of this show would have been all golden hour and pretty marshes,” Vasko, 44, said on a video call from her office in Atlanta. “We wanted it to feel like a bruise. Purple, yellow, a little green around the edges.”",
        "The eight-part drama, which premieres Friday, follows a sheriff’s deputy investigating the disappearance of a teenage girl in a Georgia fishing town. It stars Desmond Achike as Deputy Ray Tolliver and the rapper Lil Harbor, born Terrell Banks, as the missing girl’s older brother, Cody.",
        "Achike, a veteran of the London stage, spent two months on the Georgia coast learning to gut fish and fix outboard motors. “Petra sent me down there with a list. Number one was ‘Stop sounding like you went to drama school,’” he said, laughing. “I’m still working on number one.”",
        "It is the first major acting role for Lil Harbor, 27, whose 2021 album “Salt Water Prayer” went gold. Banks said he turned down the audition twice. “I didn’t want to be the rapper they put in a show for the poster. I told my manager, if they want me, they can see me act,” he said.",
        "Vasko said she cast him after watching a self-tape he recorded in a hotel bathroom while on tour. “The lighting was terrible and he was holding the phone himself. I watched it four times,” she said.",
        "The production was not without friction. Residents of Halyard Island, where most of the series was filmed, complained last spring that crews blocked the island’s only ferry dock for days at a time. A Lumora spokesperson said the company had “worked closely with local officials throughout the shoot” and had paid for extra ferry runs.",
        "Delia Moncrief, who runs a bait shop near the dock, said the compensation came late. “They were nice people. But nice doesn’t pay the bills when nobody can get to your store for a week,” she said.",
        "Early reviews have been strong. Critic Hank Osei-Bonsu of the Sentinel-Ledger called the show “a swamp noir that actually smells of the swamp.”",
        "“I want people to feel uncomfortable and not be able to stop watching.” Vasko, it turns out, says some version of that about every project. She laughed when it was pointed out. “Fine. But this time I mean it.”",
    ),
    [
        "Danielle Ferro",
        "Petra Vasko",
        "Lumora",
        "Desmond Achike",
        "Ray Tolliver",
        "Lil Harbor",
        "Cody",
        "Delia Moncrief",
        "Hank Osei-Bonsu",
        "Sentinel-Ledger",
    ],
    [
        Q(
            "The network version of this show would have been all golden hour and pretty marshes",
            "Petra Vasko",
            "Vasko",
            anchor="Vasko, 44, said",
        ),
        Q(
            "We wanted it to feel like a bruise. Purple, yellow, a little green around the edges",
            "Petra Vasko",
            "Vasko",
            anchor="Vasko, 44, said",
        ),
        Q(
            "Petra sent me down there with a list. Number one was ‘Stop sounding like you went to drama school,’",
            "Desmond Achike",
            "he",
            how="after",
        ),
        Q("I’m still working on number one", "Desmond Achike", "he", how="before"),
        Q(
            "I didn’t want to be the rapper they put in a show for the poster. I told my manager, if they want me, they can see me act",
            "Lil Harbor",
            "he",
            how="after",
        ),
        Q(
            "The lighting was terrible and he was holding the phone himself. I watched it four times",
            "Petra Vasko",
            "she",
            how="after",
        ),
        Q(
            "worked closely with local officials throughout the shoot",
            "a Lumora spokesperson",
            "A Lumora spokesperson",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "They were nice people. But nice doesn’t pay the bills when nobody can get to your store for a week",
            "Delia Moncrief",
            "she",
            how="after",
        ),
        Q(
            "a swamp noir that actually smells of the swamp",
            "Hank Osei-Bonsu",
            "Critic Hank Osei-Bonsu",
            kind="partial",
        ),
        Q(
            "I want people to feel uncomfortable and not be able to stop watching",
            "Petra Vasko",
            "Vasko",
            how="after",
        ),
        Q("Fine. But this time I mean it", "Petra Vasko", "She", how="before"),
    ],
)

article(
    "entertainment-review",
    3,
    P(
        """Fans split over "Crown of Ash" finale as showrunner defends ending""",
        "By Carmen Oyelowo",
        """The final episode of "Crown of Ash," the fantasy drama that has been the most-watched series on the streaming service Vantage+ for three seasons, aired Sunday night, and by Monday morning its ending had become the most argued-over hour of television this year.""",
        "(Spoilers follow.)",
        """In the closing minutes, Queen Isolde, played by Marguerite Dufresne, hands the crown to her former jailer, Corvin, and walks into the sea. Her last line, "Let the tide have what the throne could not," was trending worldwide within an hour.""",
        """Showrunner Benedikt Aurel said in a statement released by Vantage+ that the ending had been "always the plan, since the first page of the first script." "Isolde was never going to win. She was going to choose. Those are different things, and I think a lot of the people who hated it will come around to that," Aurel said.""",
        """Many fans were not persuaded. "Three seasons of scheming and she just... walks into the ocean? I want my 30 hours back," one user wrote on X, in a post liked more than 200,000 times.""",
        """Others rushed to defend it. Kiran Dasgupta, 31, who runs a fan account with about 90,000 followers, posted a long thread arguing that the ending had been set up since the first season. "People wanted a fantasy ending from a show that spent three years telling them fantasies get people killed," Dasgupta wrote.""",
        '''Critics were just as divided. In her review for The Ardent, critic Lorna Fitch wrote that the finale was "brave, strange and almost entirely earned," while Noel Baptiste of Screen Ledger called it "a shrug dressed up as a sacrifice."''',
        '''Dufresne herself appeared to enjoy the uproar. On Monday she posted a photo of her costume hanging in a wardrobe with the caption: "She went swimming. Back soon (not really)."''',
        """In an interview with the podcast "Small Screen Talk" recorded before the finale aired, the actress said she had cried when she first read the script. "I called Ben at two in the morning and said, 'You can't do this to her.' And he said, 'I already did,'" she recalled.""",
        """Vantage+ said the finale drew 14.2 million viewers in its first 24 hours, a record for the service, and that the company was "thrilled that so many people cared this much about how it ended." It has not announced any spin-offs.""",
    ),
    [
        "Carmen Oyelowo",
        "Vantage+",
        "Queen Isolde",
        "Marguerite Dufresne",
        "Corvin",
        "Benedikt Aurel",
        "Kiran Dasgupta",
        "Ardent",
        "Lorna Fitch",
        "Noel Baptiste",
        "Screen Ledger",
    ],
    [
        Q(
            "always the plan, since the first page of the first script",
            "Benedikt Aurel",
            "Showrunner Benedikt Aurel",
            kind="partial",
        ),
        Q(
            "Isolde was never going to win. She was going to choose. Those are different things, and I think a lot of the people who hated it will come around to that",
            "Benedikt Aurel",
            "Aurel",
            how="after",
        ),
        Q(
            "Three seasons of scheming and she just... walks into the ocean? I want my 30 hours back",
            "one user",
            "one user",
            stype="unnamed",
        ),
        Q(
            "People wanted a fantasy ending from a show that spent three years telling them fantasies get people killed",
            "Kiran Dasgupta",
            "Dasgupta",
            how="after",
        ),
        Q("brave, strange and almost entirely earned", "Lorna Fitch", "critic Lorna Fitch", kind="partial"),
        Q("a shrug dressed up as a sacrifice", "Noel Baptiste", "Noel Baptiste", kind="partial"),
        Q("She went swimming. Back soon (not really)", "Marguerite Dufresne", "she", anchor="she posted"),
        Q(
            "I called Ben at two in the morning and said, 'You can't do this to her.' And he said, 'I already did,'",
            "Marguerite Dufresne",
            "she",
            anchor="she recalled",
        ),
        Q(
            "thrilled that so many people cared this much about how it ended",
            "Vantage+",
            "Vantage+",
            kind="partial",
            stype="organisation",
            anchor="Vantage+ said the finale",
        ),
    ],
)

article(
    "entertainment-review",
    4,
    P(
        "Mara Quill: ‘I wrote this record to stop being afraid of my own voice’",
        "By Ffion Mercer-Lloyd",
        "Mara Quill has spent most of the past decade singing other people’s songs. As the voice of the Glasgow four-piece Harrier Lane, she fronted three top-ten albums written almost entirely by the band’s guitarist, Callum Drysdale. Her first solo record, Saltmarsh Hymns, out on Friday, is the first time she has written every word herself.",
        "‘For ten years I was a very good interpreter,’ she says, over tea in a café near her flat in Leith. ‘I could make Callum’s songs sound like confessions. But they were his confessions.’",
        "Quill, 34, was born Margaret Quilliam in Stornoway and started singing in a Gaelic choir at the age of seven. She took her stage name at 19, when Harrier Lane signed to the independent label Curlew Records. ‘Margaret Quilliam sounded like a primary school teacher, which is what my mum is,’ she says.",
        "The songs came slowly, over four years and, she admits, a great many abandoned drafts. ‘I wrote this record to stop being afraid of my own voice. It took eleven songs and about four years,’ she says.",
        "The record is spare: piano, a borrowed harmonium and, on three tracks, the fiddle of the Shetland player Ailsa Rendall. On the opening song, Quill sings ‘I kept the lights on for a house that wasn’t mine’, a line it is hard not to hear as a verdict on her old band.",
        "She will not be drawn on that. ‘People can read what they like into it. I’ll only say that I wrote it at four in the morning and felt better afterwards.’",
        "Drysdale, reached by phone, was gracious. ‘Mara was always the best thing about that band. I’m glad she’s finally singing her own words,’ he said. Harrier Lane has been on hiatus since 2023, and he would not say whether it would return.",
        "Curlew Records said in a statement that the album had drawn more pre-orders than any release in the label’s 15-year history, and that it was ‘proud to have been Mara’s home for her whole career’.",
        "Rendall, who recorded her parts in a single afternoon, told me the sessions had been unusually quiet. ‘No headphones, no click track. Mara just said, “Play it like nobody’s listening.” So I did,’ she said.",
        "Quill begins a 14-date tour of Scotland and the north of England in March. Asked whether she is nervous about performing without a band behind her, she laughs. ‘Terrified. Ask me again in April.’",
    ),
    [
        "Mara Quill",
        "Ffion Mercer-Lloyd",
        "Harrier Lane",
        "Callum Drysdale",
        "Curlew Records",
        "Ailsa Rendall",
    ],
    [
        Q("I wrote this record to stop being afraid of my own voice", "Mara Quill", "Mara Quill", occ=0, how="before"),
        Q("For ten years I was a very good interpreter", "Mara Quill", "she", how="after"),
        Q(
            "I could make Callum’s songs sound like confessions. But they were his confessions",
            "Mara Quill",
            "she",
            how="before",
        ),
        Q(
            "Margaret Quilliam sounded like a primary school teacher, which is what my mum is",
            "Mara Quill",
            "she",
            how="after",
        ),
        Q(
            "I wrote this record to stop being afraid of my own voice. It took eleven songs and about four years",
            "Mara Quill",
            "she",
            how="after",
        ),
        Q(
            "I kept the lights on for a house that wasn’t mine",
            "Mara Quill",
            "Quill",
            kind="partial",
            anchor="Quill sings",
        ),
        Q(
            "People can read what they like into it. I’ll only say that I wrote it at four in the morning and felt better afterwards",
            "Mara Quill",
            "She",
            how="before",
        ),
        Q(
            "Mara was always the best thing about that band. I’m glad she’s finally singing her own words",
            "Callum Drysdale",
            "he",
            how="after",
        ),
        Q(
            "proud to have been Mara’s home for her whole career",
            "Curlew Records",
            "Curlew Records",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "No headphones, no click track. Mara just said, “Play it like nobody’s listening.” So I did",
            "Ailsa Rendall",
            "she",
            how="after",
        ),
        Q("Terrified. Ask me again in April", "Mara Quill", "she", anchor="she laughs"),
    ],
)

article(
    "entertainment-review",
    5,
    P(
        "‘Harvest of Small Hours’ wins Golden Heron at Valmera",
        "By Marco Pellegrini",
        "VALMERA, Italy — “Harvest of Small Hours,” a Filipino drama about three generations of women running a roadside bakery, won the Golden Heron for best film at the Valmera Film Festival on Saturday night, the first Southeast Asian film to take the festival’s top prize in its 41-year history.",
        "The seven-member jury, led by the French actress Solène Arnaud-Duval, praised the film in its citation as “a work of enormous tenderness and quiet fury” that “finds in a single kitchen the whole economy of a country.”",
        "The citation, which Arnaud-Duval read aloud on stage before handing over the statuette, ended: “For reminding us that patience, too, is a form of resistance.”",
        "Director Rafael Dimaculangan accepted the award with his mother, who sat in the front row in a borrowed evening dress. “My mother baked bread for 40 years so that I could make films about people who bake bread,” Dimaculangan said, to laughter and then a long standing ovation. “This is hers.”",
        "Speaking partly in Tagalog, he thanked the film’s cast of non-professional actors, most of whom had never been in front of a camera. Lead actress Corazon Villaflor, 71, who plays the family’s grandmother, told reporters afterwards, through an interpreter, that she had agreed to take part only because the director “asked three times, and on the third time he brought pandesal.”",
        "The runner-up Silver Heron went to “Winter Accounts,” a Romanian drama about a village tax collector, directed by Tudor Vlasceanu. The prize for best actor went to Youssef Benali for the Moroccan thriller “The Night Porter’s Son.”",
        "Juror Obinna Okwudili, a Nigerian filmmaker, said the jury had taken less than an hour to agree on the top prize. “We argued about everything else for two days. We did not argue about this,” he said.",
        "Festival director Annalisa Borrello called this year’s edition “the most international we have ever had,” with films from 38 countries in competition.",
        "Not everyone was pleased. The Italian Independent Producers’ Guild had protested in July that no Italian film had been selected for the main competition. On Saturday, the guild said in a statement that the festival had “forgotten the country that built it.”",
        "Borrello rejected that. “We choose films, not flags,” she said.",
        "“Harvest of Small Hours” was acquired for North American release by Tamarind Films during the festival. A Tamarind spokesperson confirmed the deal but would not disclose its value. “We fell in love at the first screening,” the spokesperson said.",
    ),
    [
        "Marco Pellegrini",
        "Solène Arnaud-Duval",
        "Rafael Dimaculangan",
        "Corazon Villaflor",
        "Tudor Vlasceanu",
        "Youssef Benali",
        "Obinna Okwudili",
        "Annalisa Borrello",
        "Italian Independent Producers’ Guild",
        "Tamarind Films",
    ],
    [
        Q(
            "a work of enormous tenderness and quiet fury",
            "the seven-member jury",
            "The seven-member jury",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "finds in a single kitchen the whole economy of a country",
            "the seven-member jury",
            "The seven-member jury",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "For reminding us that patience, too, is a form of resistance",
            "the seven-member jury",
            "The citation",
            stype="unnamed",
        ),
        Q(
            "My mother baked bread for 40 years so that I could make films about people who bake bread",
            "Rafael Dimaculangan",
            "Dimaculangan",
            how="after",
        ),
        Q("This is hers", "Rafael Dimaculangan", "Dimaculangan", how="before"),
        Q(
            "asked three times, and on the third time he brought pandesal",
            "Corazon Villaflor",
            "Lead actress Corazon Villaflor",
            kind="partial",
        ),
        Q(
            "We argued about everything else for two days. We did not argue about this",
            "Obinna Okwudili",
            "he",
            how="after",
        ),
        Q(
            "the most international we have ever had",
            "Annalisa Borrello",
            "Festival director Annalisa Borrello",
            kind="partial",
        ),
        Q(
            "forgotten the country that built it",
            "Italian Independent Producers’ Guild",
            "the guild",
            kind="partial",
            stype="organisation",
        ),
        Q("We choose films, not flags", "Annalisa Borrello", "she", how="after"),
        Q(
            "We fell in love at the first screening",
            "a Tamarind spokesperson",
            "the spokesperson",
            stype="unnamed",
            how="after",
        ),
    ],
)

article(
    "entertainment-review",
    6,
    P(
        """"Sky Otters 2" paddles to $94 million opening, but critics are less charmed""",
        "By Tessa Kovačić",
        """LOS ANGELES - "Sky Otters 2" paddled to the top of the North American box office this weekend, taking in an estimated $94.2 million from 4,310 theaters, according to studio estimates released Sunday, the biggest opening for an animated film this year.""",
        """The sequel, made by Bramblewood Animation and distributed by Orchard Lane Pictures, also earned $71 million in 48 international markets. "Families showed up in a way we haven't seen since before the pandemic. Saturday matinees were sold out in some markets by Thursday night," said Glen Hartigan, Orchard Lane's president of domestic distribution.""",
        '''Critics have been cooler. Writing in the Pacific Courier, critic Dana Wolcott called the sequel "a perfectly pleasant ninety minutes that you will have forgotten by the parking lot."''',
        """The film reunites the voice cast of the 2021 original, led by the comedian Big Tonio, born Antonio Ruelas, as the otter captain, Pip. Ruelas was asked on "Late Night with Kasia Doherty" on Thursday whether he had been nervous about making a sequel.""",
        """"Sequels are hard. Were you worried you'd be the second otter nobody remembers?" Doherty asked.""",
        """"I was worried the first week. Then my kids watched a rough cut and didn't look at their phones once. That's the only review I need," Big Tonio replied.""",
        '''Director Baek Hyun-woo said at the film's premiere in Burbank last week that the team had spent two years on the water effects alone. "Every splash in this movie is a small act of war between an animator and a computer," Baek said. "The animators mostly won."''',
        '''Fans online were split along familiar lines. "Took my 6yo, she laughed so hard she got the hiccups. 10/10 would hiccup again," one parent wrote on X. Another post, shared thousands of times, complained that the sequel was "basically the first movie with a bigger budget and a worse villain."''',
        '''Bramblewood said in a statement that a third film was "in early development" and that the studio had "no plans to let these otters retire."''',
        """In second place, the horror film "The Quiet Floor" took in $21.5 million in its second weekend, down 48%.""",
        """Ruth Kessel, a box office analyst at Marquee Data, said the sequel's real test was still ahead. "Sequels to animated hits usually open bigger and fall faster. The question is whether this one has legs in week three, when school starts," she said.""",
    ),
    [
        "Tessa Kovačić",
        "Bramblewood Animation",
        "Orchard Lane Pictures",
        "Glen Hartigan",
        "Pacific Courier",
        "Dana Wolcott",
        "Big Tonio",
        "Pip",
        "Kasia Doherty",
        "Baek Hyun-woo",
        "Ruth Kessel",
        "Marquee Data",
    ],
    [
        Q(
            "Families showed up in a way we haven't seen since before the pandemic. Saturday matinees were sold out in some markets by Thursday night",
            "Glen Hartigan",
            "Glen Hartigan",
        ),
        Q(
            "a perfectly pleasant ninety minutes that you will have forgotten by the parking lot",
            "Dana Wolcott",
            "critic Dana Wolcott",
            kind="partial",
        ),
        Q(
            "Sequels are hard. Were you worried you'd be the second otter nobody remembers",
            "Kasia Doherty",
            "Doherty",
            how="after",
        ),
        Q(
            "I was worried the first week. Then my kids watched a rough cut and didn't look at their phones once. That's the only review I need",
            "Big Tonio",
            "Big Tonio",
            how="after",
        ),
        Q(
            "Every splash in this movie is a small act of war between an animator and a computer",
            "Baek Hyun-woo",
            "Baek",
            how="after",
        ),
        Q("The animators mostly won", "Baek Hyun-woo", "Baek", how="before"),
        Q(
            "Took my 6yo, she laughed so hard she got the hiccups. 10/10 would hiccup again",
            "one parent",
            "one parent",
            stype="unnamed",
        ),
        Q(
            "basically the first movie with a bigger budget and a worse villain",
            "another post",
            "Another post",
            kind="partial",
            stype="unnamed",
        ),
        Q("in early development", "Bramblewood Animation", "Bramblewood", kind="partial", stype="organisation"),
        Q(
            "no plans to let these otters retire",
            "Bramblewood Animation",
            "Bramblewood",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Sequels to animated hits usually open bigger and fall faster. The question is whether this one has legs in week three, when school starts",
            "Ruth Kessel",
            "she",
            how="after",
        ),
    ],
)

# ---------------------------------------------------------------------------
# REGIONAL-WIRE
# ---------------------------------------------------------------------------

article(
    "regional-wire",
    1,
    P(
        "Peru: farmers block road to Antaccasa copper mine for fifth day",
        "Lima, 14 May (ACN).- Hundreds of farmers from the southern Andean province of Quillcamarca on Wednesday blocked for a fifth consecutive day the only highway leading to the Antaccasa copper mine, demanding that the company renegotiate a 2019 agreement on water supplies for local communities.",
        "“We are not against the mine. We are against a mine that drinks our water and leaves us the mud,” the president of the Quillcamarca Defence Front, Eusebio Challco Mamani, told ACN by telephone from the blockade, some 4,200 metres above sea level.",
        "The protesters have blocked the road with rocks and tree trunks at three points. Under the 2019 agreement, Minera Antaccasa S.A. committed to building a reservoir holding 2.5 million cubic metres of water for nine farming communities, which is still unfinished.",
        "The company said in a statement that it had “fulfilled 87% of the commitments” in the agreement and that the reservoir would be completed “in the second half of next year.”",
        "The Vice Minister of Territorial Governance of the Presidency of the Council of Ministers, Óscar Tello Ramírez, announced that a high-level commission would travel to the area on Friday.",
        "“Dialogue is the only way. We call on the leaders to allow the free passage of ambulances and food,” Tello said at a press conference in Lima.",
        "Police Colonel Wilfredo Huamán Soto, head of the Quillcamarca police division, told ACN that some 300 officers had been deployed to the area. “There have been no arrests so far. Our priority is to avoid confrontation,” the officer said.",
        "The Ombudsman’s Office, which registered 211 active social conflicts in the country in April, said at least 40 trucks carrying copper concentrate were stranded on the highway and urged both sides “to refrain from any act of violence.”",
        "In the town of Pumaranra, a market vendor who asked not to be named said the price of vegetables had doubled since the start of the blockade. “The trucks do not come in, and what comes in, comes expensive,” she said in Quechua, in words translated by a local radio station.",
        "Copper accounts for around a third of Peru’s exports, and the Antaccasa mine produced 148,000 tonnes of copper in concentrate last year, according to company figures.",
        "Challco warned that the blockade would continue until a minister came to Quillcamarca in person. “A vice minister is not enough. They have sent vice ministers four times,” he said.",
    ),
    [
        "ACN",
        "Quillcamarca Defence Front",
        "Eusebio Challco Mamani",
        "Minera Antaccasa S.A.",
        "Presidency of the Council of Ministers",
        "Óscar Tello Ramírez",
        "Wilfredo Huamán Soto",
        "Ombudsman’s Office",
    ],
    [
        Q(
            "We are not against the mine. We are against a mine that drinks our water and leaves us the mud",
            "Eusebio Challco Mamani",
            "Eusebio Challco Mamani",
        ),
        Q(
            "fulfilled 87% of the commitments",
            "Minera Antaccasa S.A.",
            "The company",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "in the second half of next year",
            "Minera Antaccasa S.A.",
            "The company",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Dialogue is the only way. We call on the leaders to allow the free passage of ambulances and food",
            "Óscar Tello Ramírez",
            "Tello",
            how="after",
        ),
        Q(
            "There have been no arrests so far. Our priority is to avoid confrontation",
            "Wilfredo Huamán Soto",
            "the officer",
        ),
        Q(
            "to refrain from any act of violence",
            "Ombudsman’s Office",
            "The Ombudsman’s Office",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The trucks do not come in, and what comes in, comes expensive",
            "a market vendor who asked not to be named",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "A vice minister is not enough. They have sent vice ministers four times",
            "Eusebio Challco Mamani",
            "he",
            how="after",
        ),
    ],
)

article(
    "regional-wire",
    2,
    P(
        "Floods: Kelantan evacuees rise to 18,412, more relief centres opened",
        "KOTA BHARU, Dec 3 (Warta) -- The number of flood evacuees in Kelantan rose to 18,412 people from 5,306 families as of 8 am today, compared with 11,950 people last night, with 112 temporary relief centres (PPS) now open in six districts.",
        "Kelantan State Disaster Management Committee secretary Datuk Hashim Abdul Rahman said Pasir Lembah remained the worst-hit district, with 7,820 evacuees housed in 41 relief centres.",
        """"Water levels at three main rivers are still above the danger level, and with more rain expected tonight, we have asked residents in low-lying areas to move to the PPS early instead of waiting until midnight," he said in a statement here today.""",
        "Meanwhile, Kelantan Fire and Rescue Department director Zulkifli Mat Yusof said 640 personnel and 58 boats had been deployed to evacuate victims since Sunday.",
        """"Most of the calls we received were from elderly people trapped in their homes. We advise family members to check on their parents and neighbours," he told Warta when met at the Pasir Lembah forward base.""",
        "Deputy Prime Minister Datuk Seri Fadhlina Mohd Yassin, who visited the relief centre at Sekolah Kebangsaan Kampung Tok Aji this afternoon, said the federal government had allocated RM50 million for immediate assistance to flood victims nationwide.",
        """"No one will be left behind. Every head of household registered at a PPS will receive RM1,000 in cash aid within seven days," she told reporters.""",
        '''She added that the National Disaster Response Agency (NDRA) had been instructed to ensure food supplies "are sufficient for at least seven days in every PPS, not only the big ones."''',
        """At the same relief centre, rubber tapper Che Mat Daud, 63, said floodwater entered his house at about 3 am. "In 40 years, I have never seen the water rise so fast. We only managed to take our ICs and some clothes," he said.""",
        """Another evacuee, who wanted to be known only as Kak Yah, 51, said her grandchildren were treating the relief centre like a holiday camp. "They are happy because they don't have to go to school. I am not happy," she said, laughing.""",
        """The Meteorological Department, in a statement, said continuous rain was expected in Kelantan, Terengganu and Pahang until Friday, and warned of "a danger-level continuous rain situation" in five districts.""",
        "In TERENGGANU, the number of evacuees dropped to 2,104 from 2,560 this morning, said Terengganu Social Welfare Department director Rosnah Ismail. All 26 relief centres in the state remain open.",
    ),
    [
        "Warta",
        "Kelantan State Disaster Management Committee",
        "Hashim Abdul Rahman",
        "Kelantan Fire and Rescue Department",
        "Zulkifli Mat Yusof",
        "Fadhlina Mohd Yassin",
        "Sekolah Kebangsaan Kampung Tok Aji",
        "National Disaster Response Agency",
        "Che Mat Daud",
        "Kak Yah",
        "Meteorological Department",
        "Terengganu Social Welfare Department",
        "Rosnah Ismail",
    ],
    [
        Q(
            "Water levels at three main rivers are still above the danger level, and with more rain expected tonight, we have asked residents in low-lying areas to move to the PPS early instead of waiting until midnight",
            "Hashim Abdul Rahman",
            "he",
            how="after",
        ),
        Q(
            "Most of the calls we received were from elderly people trapped in their homes. We advise family members to check on their parents and neighbours",
            "Zulkifli Mat Yusof",
            "he",
            how="after",
        ),
        Q(
            "No one will be left behind. Every head of household registered at a PPS will receive RM1,000 in cash aid within seven days",
            "Fadhlina Mohd Yassin",
            "she",
            how="after",
        ),
        Q(
            "are sufficient for at least seven days in every PPS, not only the big ones",
            "Fadhlina Mohd Yassin",
            "She",
            kind="partial",
            anchor="She added",
        ),
        Q(
            "In 40 years, I have never seen the water rise so fast. We only managed to take our ICs and some clothes",
            "Che Mat Daud",
            "he",
            how="after",
        ),
        Q(
            "They are happy because they don't have to go to school. I am not happy",
            "Kak Yah",
            "she",
            how="after",
        ),
        Q(
            "a danger-level continuous rain situation",
            "Meteorological Department",
            "The Meteorological Department",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "regional-wire",
    3,
    P(
        "CENTRAL EUROPE DIGEST, 9 July",
        "Compiled by the Vistula Press Agency regional desk, Warsaw",
        "BRIDGE CLOSED FOR FOUR MONTHS IN SADOWIEC",
        "WARSAW (VPA) - The road bridge in the north-eastern Polish town of Sadowiec will stay closed for at least four months after inspectors found corroded steel in two of its supporting piers, the town’s mayor said on Tuesday.",
        "“I know what this means for people who drive across the river to work every morning. A 40-kilometre detour is not a small thing,” Mayor Bogusława Kręcka told VPA. “But I am not going to be the mayor who reopened a bridge that fell down.”",
        "The General Directorate for Regional Roads said in a statement that a temporary pontoon crossing for pedestrians and cyclists would open “within three weeks” and that repairs would cost an estimated 38 million zloty.",
        "17 HURT AS TRAINS COLLIDE IN MORAVIA",
        "PRAGUE (VPA) - Seventeen people were injured, two of them seriously, when a regional passenger train collided with a freight train near the Moravian town of Lhotice on Tuesday morning, police said.",
        "Police spokesman Captain Radek Šimůnek said the passenger train had passed a signal showing red. “We are not yet saying why. The driver has been tested for alcohol, with a negative result,” he told reporters at the scene.",
        "A passenger, a woman in her sixties who gave only her first name, Jarmila, said she had been thrown against the seat in front of her. “There was a bang and then everybody was on the floor. Nobody screamed. It was very quiet,” she said.",
        "Moravian Rail Infrastructure said the line would reopen on Wednesday evening.",
        "FOREST FIRE THREATENS ROMANIAN VILLAGE",
        "BUCHAREST (VPA) - Romanian firefighters were battling for a third day on Tuesday to contain a forest fire in the Carpathian foothills above the village of Poienița de Sus, where 80 households have been told to prepare for evacuation.",
        "Interior Minister Cătălin Vrânceanu said 240 firefighters and two water-bombing aircraft had been sent to the area. “The next 48 hours are decisive. If the wind turns, we will evacuate the whole valley,” Vrânceanu told a news conference in Bucharest.",
        "An elderly villager who declined to give her name told VPA she had refused to leave. “I was born in this house. If it burns, it burns with me in it,” she said.",
        "Her son, standing beside her at the gate, shook his head. “She says that every time. Every time, she is still here the next morning,” he said.",
        "The fire has burned about 650 hectares of beech and spruce forest so far, according to the county emergency inspectorate.",
    ),
    [
        "Vistula Press Agency",
        "Bogusława Kręcka",
        "General Directorate for Regional Roads",
        "Radek Šimůnek",
        "Jarmila",
        "Moravian Rail Infrastructure",
        "Cătălin Vrânceanu",
    ],
    [
        Q(
            "I know what this means for people who drive across the river to work every morning. A 40-kilometre detour is not a small thing",
            "Bogusława Kręcka",
            "Mayor Bogusława Kręcka",
            how="after",
        ),
        Q(
            "But I am not going to be the mayor who reopened a bridge that fell down",
            "Bogusława Kręcka",
            "Mayor Bogusława Kręcka",
            how="before",
        ),
        Q(
            "within three weeks",
            "General Directorate for Regional Roads",
            "The General Directorate for Regional Roads",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We are not yet saying why. The driver has been tested for alcohol, with a negative result",
            "Radek Šimůnek",
            "he",
            how="after",
        ),
        Q(
            "There was a bang and then everybody was on the floor. Nobody screamed. It was very quiet",
            "Jarmila",
            "she",
            how="after",
        ),
        Q(
            "The next 48 hours are decisive. If the wind turns, we will evacuate the whole valley",
            "Cătălin Vrânceanu",
            "Vrânceanu",
            how="after",
        ),
        Q(
            "I was born in this house. If it burns, it burns with me in it",
            "an elderly villager who declined to give her name",
            "she",
            stype="unnamed",
            how="after",
        ),
        Q(
            "She says that every time. Every time, she is still here the next morning",
            "her son",
            "he",
            stype="unnamed",
            how="after",
        ),
    ],
)

article(
    "regional-wire",
    4,
    P(
        "Mount Lereng Api alert raised to highest level, 6,314 residents evacuated",
        "Kupang, East Nusa Tenggara (Pelita) - The alert status of Mount Lereng Api in Watumera District, East Nusa Tenggara Province, was raised to Level IV, the highest level, on Thursday morning after a series of eruptions sent a column of ash 4,000 meters above its peak.",
        "“The status was raised at 06:00 local time because visual and seismic observations showed a significant increase in activity. We recorded 27 eruption earthquakes in six hours,” Head of the Geological Agency’s Volcano Hazard Mitigation Center Hendra Wicaksono said in a statement received in Jakarta on Thursday.",
        "He asked residents and tourists not to carry out any activity within a radius of seven kilometers of the crater, and urged them “to stay calm and not be provoked by hoaxes about the eruption that are spreading on social media.”",
        "Head of the Watumera District Regional Disaster Mitigation Agency (BPBD), Yohanes Bria Lelo, said 6,314 residents from nine villages had been moved to four shelters, including a sports hall and two schools in the district capital.",
        "“The main needs now are masks, clean water and blankets, because the nights here are cold. We have also prepared a special tent for pregnant women and the elderly,” Lelo told Pelita by phone.",
        "Watumera Police Chief Adjunct Senior Commissioner Paulus Tamo Ama said 150 personnel had been deployed to help with the evacuation and to guard empty homes. “We guarantee the security of residents’ property. Nobody needs to stay behind to guard their house,” he said.",
        "One of the evacuees, Maria Goreti, 46, a coffee farmer from Lewokerong Village, said she had heard the first eruption while preparing breakfast. “The sound was like thunder that did not stop. We left with only the clothes on our bodies,” she told Pelita at the sports hall shelter, speaking in the local Lamaholot language, translated by a volunteer.",
        "In Jakarta, Social Affairs Minister Suhartanto said his ministry had sent 20 tons of rice, 5,000 blankets and 40,000 masks to the district. “The state is present. Logistics will keep flowing for as long as residents are in the shelters,” the minister said.",
        "Meanwhile, state airport operator PT Angkasa Timur said in a statement that flights to and from Watumera airport had been suspended “until the ash distribution is declared safe for aviation.”",
        "Mount Lereng Api, which rises 1,584 meters above sea level, last erupted in 2019, when two residents were killed by hot clouds. The Geological Agency has recorded more than 3,000 volcanic earthquakes at the mountain since early October.",
    ),
    [
        "Pelita",
        "Geological Agency",
        "Volcano Hazard Mitigation Center",
        "Hendra Wicaksono",
        "Watumera District Regional Disaster Mitigation Agency",
        "Yohanes Bria Lelo",
        "Watumera Police",
        "Paulus Tamo Ama",
        "Maria Goreti",
        "Suhartanto",
        "PT Angkasa Timur",
    ],
    [
        Q(
            "The status was raised at 06:00 local time because visual and seismic observations showed a significant increase in activity. We recorded 27 eruption earthquakes in six hours",
            "Hendra Wicaksono",
            "Head of the Geological Agency’s Volcano Hazard Mitigation Center Hendra Wicaksono",
        ),
        Q(
            "to stay calm and not be provoked by hoaxes about the eruption that are spreading on social media",
            "Hendra Wicaksono",
            "He",
            kind="partial",
            how="before",
        ),
        Q(
            "The main needs now are masks, clean water and blankets, because the nights here are cold. We have also prepared a special tent for pregnant women and the elderly",
            "Yohanes Bria Lelo",
            "Lelo",
            how="after",
        ),
        Q(
            "We guarantee the security of residents’ property. Nobody needs to stay behind to guard their house",
            "Paulus Tamo Ama",
            "he",
            how="after",
        ),
        Q(
            "The sound was like thunder that did not stop. We left with only the clothes on our bodies",
            "Maria Goreti",
            "she",
            how="after",
        ),
        Q(
            "The state is present. Logistics will keep flowing for as long as residents are in the shelters",
            "Suhartanto",
            "the minister",
            how="after",
        ),
        Q(
            "until the ash distribution is declared safe for aviation",
            "PT Angkasa Timur",
            "PT Angkasa Timur",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "regional-wire",
    5,
    P(
        "LATIN AMERICA IN BRIEF",
        "Continental Press Service (CPS) regional desk, Mexico City",
        "SANTIAGO - A magnitude 6.4 earthquake struck northern Chile late Monday, cracking walls and cutting power to about 40,000 homes in the mining district around the town of Pozo Seco, but there were no immediate reports of deaths, authorities said.",
        """The National Emergency Office said the quake, centred 98 kilometres below the surface, did not meet the conditions to generate a tsunami. "We have no reports of people killed or seriously injured at this time. The damage is concentrated in older adobe houses," the office's director, Marcela Ibarra Fuentes, told CPS.""",
        '''In Pozo Seco, a shopkeeper who gave her name only as Doris said the shaking lasted "almost a minute, the longest I can remember."''',
        "BOGOTA - Two inmates were killed and 14 injured in a riot at the prison in the southwestern city of Puerto Alvarado, Colombia's prison authority said Tuesday.",
        '''The National Prison and Penitentiary Directorate (DNPP) said the riot began during a search for weapons and was brought under control "after nine hours of negotiation." Its director, General Ramiro Cuéllar Pinto, said: "There will be a full investigation into how weapons entered the facility. Nobody is above suspicion, including our own staff."''',
        """Relatives gathered outside the prison gates through the night. "They tell us nothing. My brother calls me every morning, and this morning he did not call," a woman who declined to be named told CPS in Spanish.""",
        "BUENOS AIRES - Argentina's monthly inflation slowed to 2.1% in September, the lowest rate in five years, the national statistics institute said Wednesday. Annual inflation fell to 38.4%.",
        '''Economy Minister Federico Lanusse Ortiz hailed the figure on social media as "the result of discipline, not luck."''',
        """Union leaders were unimpressed. "Prices are falling more slowly than wages fell. Workers still cannot reach the end of the month," said Hugo Valdés Correa, secretary general of the Federation of Transport Workers.""",
        "QUITO - Ecuador will begin daily power cuts of up to eight hours from Thursday after a drought left the reservoirs of its main hydroelectric dams at their lowest levels in six decades, the Energy Ministry said.",
        """"This is not a decision anyone wanted to take. The rivers are simply not bringing the water," Vice Minister of Electricity and Renewable Energy Andrés Paredes Lucio said in a televised address.""",
        "Hydropower normally supplies about three-quarters of Ecuador's electricity.",
    ),
    [
        "Continental Press Service",
        "National Emergency Office",
        "Marcela Ibarra Fuentes",
        "Doris",
        "National Prison and Penitentiary Directorate",
        "Ramiro Cuéllar Pinto",
        "Federico Lanusse Ortiz",
        "Hugo Valdés Correa",
        "Federation of Transport Workers",
        "Energy Ministry",
        "Andrés Paredes Lucio",
    ],
    [
        Q(
            "We have no reports of people killed or seriously injured at this time. The damage is concentrated in older adobe houses",
            "Marcela Ibarra Fuentes",
            "Marcela Ibarra Fuentes",
        ),
        Q("almost a minute, the longest I can remember", "Doris", "Doris", kind="partial"),
        Q(
            "after nine hours of negotiation",
            "National Prison and Penitentiary Directorate",
            "The National Prison and Penitentiary Directorate",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "There will be a full investigation into how weapons entered the facility. Nobody is above suspicion, including our own staff",
            "Ramiro Cuéllar Pinto",
            "General Ramiro Cuéllar Pinto",
        ),
        Q(
            "They tell us nothing. My brother calls me every morning, and this morning he did not call",
            "a woman who declined to be named",
            "a woman",
            stype="unnamed",
        ),
        Q(
            "the result of discipline, not luck",
            "Federico Lanusse Ortiz",
            "Economy Minister Federico Lanusse Ortiz",
            kind="partial",
        ),
        Q(
            "Prices are falling more slowly than wages fell. Workers still cannot reach the end of the month",
            "Hugo Valdés Correa",
            "Hugo Valdés Correa",
        ),
        Q(
            "This is not a decision anyone wanted to take. The rivers are simply not bringing the water",
            "Andrés Paredes Lucio",
            "Vice Minister of Electricity and Renewable Energy Andrés Paredes Lucio",
        ),
    ],
)

article(
    "regional-wire",
    6,
    P(
        "7 dead, 12 missing as passenger boat capsizes off Pilar del Mar",
        "PILAR DEL MAR, Philippines, Aug. 12 (KNA) – Seven people died and 12 others remain missing after a wooden-hulled motorbanca carrying 64 passengers capsized in rough seas off this island town early Tuesday, the Maritime Rescue Command (MRC) said.",
        "At a press briefing in Manila, MRC spokesperson Commodore Aurelio Dimaano said 45 passengers had been rescued by fishermen and a navy patrol boat. “The vessel was not cleared to sail. A gale warning was in effect, and the captain left port anyway,” Dimaano said.",
        "He said the boat’s captain, identified as Reynaldo Cabiling, 52, survived and was in the custody of local police. “He will face charges once he is medically cleared,” he added.",
        "Pilar del Mar Mayor Ma. Cristina Lagdameo-Uy said the town hall had been turned into a temporary morgue and information center for families.",
        "“We are asking the public to send only the names and photos of their missing relatives to our hotline, and not to come to the pier. The search boats need room to work,” the mayor said in Filipino.",
        "Survivor Jovelyn Abadilla, 29, told KNA she had been sleeping on the upper deck with her two-year-old son when the boat tilted. “I held my son above the water the whole time. A fisherman pulled us onto his boat. I don’t even know his name,” she said in Cebuano, in remarks translated by KNA.",
        "The fisherman was later identified by village officials as Danilo “Dondon” Pacquing, 38, who made three trips to the wreck in his small outrigger.",
        "“I only did what anybody here would do. The sea feeds us, so we have to help the people it tries to take,” Danilo Pacquing told KNA.",
        "In a statement, the Maritime Industry Regulatory Board said it had suspended the franchise of the boat’s operator, Golden Tide Shipping Lines, “pending a full investigation into the vessel’s seaworthiness and the crew’s compliance with the no-sail order.”",
        "Golden Tide Shipping Lines, in a brief message to reporters, said it was “cooperating fully with the authorities” and would shoulder the burial expenses of the dead.",
        "At the pier, a man searching for his younger sister, who asked not to be identified, said he had been waiting for news since before dawn. “They tell me wait, wait. I have been waiting since four o’clock this morning,” he said.",
    ),
    [
        "KNA",
        "Maritime Rescue Command",
        "Aurelio Dimaano",
        "Reynaldo Cabiling",
        "Ma. Cristina Lagdameo-Uy",
        "Jovelyn Abadilla",
        "Danilo Pacquing",
        "Maritime Industry Regulatory Board",
        "Golden Tide Shipping Lines",
    ],
    [
        Q(
            "The vessel was not cleared to sail. A gale warning was in effect, and the captain left port anyway",
            "Aurelio Dimaano",
            "Dimaano",
            how="after",
        ),
        Q("He will face charges once he is medically cleared", "Aurelio Dimaano", "he", anchor="he added"),
        Q(
            "We are asking the public to send only the names and photos of their missing relatives to our hotline, and not to come to the pier. The search boats need room to work",
            "Ma. Cristina Lagdameo-Uy",
            "the mayor",
            how="after",
        ),
        Q(
            "I held my son above the water the whole time. A fisherman pulled us onto his boat. I don’t even know his name",
            "Jovelyn Abadilla",
            "she",
            how="after",
        ),
        Q(
            "I only did what anybody here would do. The sea feeds us, so we have to help the people it tries to take",
            "Danilo Pacquing",
            "Danilo Pacquing",
            how="after",
        ),
        Q(
            "pending a full investigation into the vessel’s seaworthiness and the crew’s compliance with the no-sail order",
            "Maritime Industry Regulatory Board",
            "the Maritime Industry Regulatory Board",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "cooperating fully with the authorities",
            "Golden Tide Shipping Lines",
            "Golden Tide Shipping Lines",
            kind="partial",
            stype="organisation",
            anchor="Golden Tide Shipping Lines, in a brief",
        ),
        Q(
            "They tell me wait, wait. I have been waiting since four o’clock this morning",
            "a man searching for his younger sister",
            "he",
            stype="unnamed",
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
