#!/usr/bin/env python3
"""Source of truth for part_o.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
sports-match-report, housing-tenants, environment-protest and
diaspora-community-press (6 articles each; n<=4 "dev", n 5-6 "held-out").
350-750 words and 6-12 gold quotes per article.

All articles below are invented (people, outlets, broadcasters, clubs,
referees' panels and boards, supporters' trusts, housing associations,
letting agents, lettings portals, landlords' companies, tenants' unions and
associations, councils, county courts, advice services, legal clinics,
charities, campaign groups, police forces, energy, timber and aggregates
companies, banks, a First Nation, parish councils, universities, community
associations, town unions, churches, chaplaincies, mosques, Saturday
schools, highlanders' alliances, radio stations, money transfer
businesses, bakeries, grounds, buildings, estates, towns and villages);
real countries, regions and a few real cities, towns, neighbourhoods and
streets appear, as in parts A-N -- Yorkshire, Queensland, Vancouver
Island, Cambridgeshire, the West Midlands, Podhale, Brisbane, Toowoomba,
Chicago, Evanston, Naperville, Jefferson Park, Milwaukee Avenue, Houston,
Sugar Land, Atlanta, Minneapolis, Cedar Avenue, Hamilton, London, Peckham,
Croydon, Leeds, Settle, Bristol, Dundee, March, Wisbech, Walsall,
Wolverhampton, Manchester, Manila, Iloilo, Suva, Brno, Baidoa, Kismayo,
Beledweyne --, and real kinds of institution under the names the articles
give them: the High Court, and the consular missions of real countries
("Consulate General of Nigeria in Atlanta", "Polish Consulate General in
Manchester", "Philippine Embassy"), as part L lists the ministries of real
countries.  Each article is held as plain text; every gold quote and
every speaker mention is located by exact substring search and the
character offsets are computed here, then checked (text[start:end] ==
quote text, quote-mark sanity, counts, word counts) before part_o.jsonl is
written.

Run:  python3 make_part_o.py          (writes part_o.jsonl next to this file)
      python3 make_part_o.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in sports-match-report-2, housing-tenants-2,
environment-protest-2 and diaspora-community-press-2, single curly quotes
in sports-match-report-3, housing-tenants-3, environment-protest-3 and
diaspora-community-press-3 (the headlines of housing-tenants-3 and
diaspora-community-press-3 included, as in the curly-double
housing-tenants-6 and diaspora-community-press-6), straight single quotes in
sports-match-report-5 and housing-tenants-5 (apostrophes inside the quotes
left as they are); nested quotes (curly double inside curly single in
sports-match-report-3 -- twice, Fenwick's quote ending in the nested
closing mark --, housing-tenants-3, environment-protest-3, ending in the
nested mark, and diaspora-community-press-3; straight double inside
straight single in housing-tenants-5, ending in the nested mark; curly
single inside curly double in housing-tenants-6 and
diaspora-community-press-5, both ending in the nested mark), quotes
continued over a paragraph break (sports-match-report-4, housing-tenants-4,
environment-protest-4, diaspora-community-press-4), transcript blocks
(sports-match-report-6's press-conference excerpt with "Q:" and
"OKONJO-BELL:" labels, diaspora-community-press-4's radio phone-in with
"FADUMO (CALLER):" and "HIRSI:" labels), and colon, "said X", "X said",
"says X" (sports-match-report-5, environment-protest-5), mid-quote
(sports-match-report-1, -5, housing-tenants-4, environment-protest-6),
"according to" (sports-match-report-5, housing-tenants-5,
environment-protest-5), pronoun-across-sentences with two people of the
same gender nearby (sports-match-report-1 Kowalik/Mendy-Carr, -3
Mahmood/Ashwell, -4 Bramwell/Falcone twice, -5 Marsden/Hennessy,
housing-tenants-1 Oyelaran/Shannon, -2 Sophie Harwood/the judge/Crewe, -3
Priya/Pike-Whitmore, -4 Pettaway-Hill/Pettaway, -5 Pryce/Trewin,
environment-protest-1 Brannigan/Moss, -3 Ormerod/Venables, -4
Achison/Skye, -5 Sparrow/Jack and Kowalchuk/Prentiss, -6
Penhallow/Ashbury-Coates, diaspora-community-press-6 Tomasz/Stanisław) and
next-sentence attributions ("That was the verdict of ...",
sports-match-report-3; "That was the view of ...", -5; "That is the view
of ...", housing-tenants-3, environment-protest-3; "That is the assessment
of ...", housing-tenants-6; "That is how ... describes what has happened",
diaspora-community-press-3).

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-N already documented (police/agency/
company/club/association "said in a statement" as organisation; a document
as grammatical speaker is its author's, span the document mention as
written; a letter or notice signed by a named person is that person's;
glued roles and long glued titles stay in the span, comma-bounded ones do
not; appositive names are the span; unnamed phrases keep a restrictive
clause but not a comma-bounded one; first-name-only people and pseudonyms
are persons and entities; nicknames, titles, slogans, chants, banners and
signs in quote marks are never gold; headline attributions point at the
headline mention as written, and a headline quote the headline does not
attribute is not gold; "told <outlet>" is a speech verb; translated quotes
belong to the original speaker; age and nationality mentions are role-only
spans; a kinship role keeps its possessive; a High Court judge styled only
"Mrs Justice X" keeps the style; transcript turns point at the label).

Part O readings of the conventions, for cases the new styles bring:
* sports-match-report: age, nationality and position mentions of a player
  or manager named earlier are role-only spans, determiner kept ("the
  Frenchman", "the 28-year-old", "the 19-year-old", "the Welshman", "the
  Barbadian", "The Portuguese", "the centre", "the rookie"; part K).
  Officials' words heard by the crowd or the broadcast are gold and the
  official's: a referee on the referee microphone ("referee Naomi
  Strickland could be heard ... telling him: '...'"), a video referee's
  announcement over the stadium speakers ("video referee Phil Mather"), a
  crew chief to a pool reporter ("Crew chief Darnell Hughes"); an umpire's
  words retold inside a captain's quote are nested and never gold; a
  referees' panel or cricket board that "said" is an organisation.  "told
  Northgate Sports TV / StadiumCast Rugby / Wicketside Radio /
  SportsCentral Radio" and a player's social-media "he wrote" are speech
  verbs; broadcasters are entities.  Two managers or coaches of the same
  gender in one paragraph: the pronoun's referent by syntax and context is
  the speaker, whichever name is nearer (Kowalik's "he said" after
  Mendy-Carr's name; "the Dunmore captain ... He called the decision
  'shocking'" -> Mahmood although the umpire is named in between;
  Falcone's "she said" about Bramwell).  Glued club-and-role chains stay in
  the span ("Corbridge head coach Martin Ebbs", "Comets coach Gina
  Falcone", "Castlegate captain Mark Ellery", "Trust chair Angela
  Murray-Pratt", "former Marlshire captain turned commentator Derek
  Ainsworth"); "'in good spirits', according to the club" is the club
  (organisation, span "the club").  Headlines: "'We were second to
  everything,' admits Corbridge coach" is gold with the role-only span
  "Corbridge coach" (the body repeats the words inside a longer quote,
  occ=0); "'I'm not a magician': Okonjo-Bell asks ..." is gold with span
  "Okonjo-Bell" (the body repeats it inside an answer turn, occ=0).
  Press-conference "Q" turns are "a reporter" (unnamed, part A).  Nicknames
  inside a quote ("Tasha, Rosie and Kel", "Kel") are the named reserves',
  not entities of their own (part N's "Bernie").  Crowd songs and banners
  ("We want our club back", "Nine games, no plan") are never gold.  Clubs,
  county sides ("Marlshire", "Dunmore", "Hatherleigh CCC"), supporters'
  trusts, referees' panels and boards are entities; grounds, stands and
  leagues left unnamed are not.
* housing-tenants: tenants quoted by first name and age ("Shannon, 27",
  "Priya, 29", who asked that her surname not be used) are persons and
  entities; "Mrs Oyelaran", "Ms Kershaw", "Ms Crewe", "Judge Maitland" are
  spans like "Mr X".  Family members sharing a surname are canonical under
  their own full names ("Sophie Harwood" / "Lewis Harwood", "Joanne
  Kershaw" / "Tyler Kershaw", "Gloria Pettaway" / "Denise Pettaway-Hill");
  "Mrs Harwood" is Sophie, "His wife" a kinship role-only span with its
  possessive (part G); children named only by first name ("Mason",
  "Lily") are persons and entities.  Letters, notices and reports:
  an unsigned letter from a housing association or a council team is the
  organisation's ("a letter from Greyfield Homes ... which said", "A
  letter from the housing options team ... said"; span "a letter" / "A
  letter"), "according to a council report ..., which described" is the
  council's (span "a council report"); an eviction notice signed by the
  landlord is the landlord's (span "The notice"); a company's notices
  referred to by a pronoun ("They offer ... and state that") are the
  company's, span "They", and "what it describes as" points at "it".  A
  letting agent's words given in indirect speech by a tenant ("the agent
  told the 15 people ... that the landlord would 'consider all offers'")
  are the agent's (part F's readout rule: unnamed "the agent", span "the
  agent"), while the agent's words nested in the tenant's own quote are
  never gold -- nor is the headline that repeats them without attributing
  them.  A company that "said" or whose statement is the grammatical
  speaker is an organisation ("the firm", "the statement", "Crestline");
  spokespeople without names are unnamed.  At a possession hearing the
  district judge ("District Judge Fiona Maitland", later "Judge Maitland",
  "she"), the landlord's solicitor and the duty adviser (appositive names)
  speak for themselves; "declined to comment" attributes nothing; the
  label "no-fault" is never gold.  Glued roles stay in the span
  ("organizer Jamal Whitcombe", "Cllr Joanna Pike-Whitmore", "Ald. Rosa
  Villaseñor"); "Li Wei" is family-name-first, short mention "Li" (part H).
  Housing associations, letting agents, lettings portals, tenants' unions
  and associations, councils, county courts, advice services, legal
  clinics, property managers, owning LLCs, charities, a city's
  "Department of Buildings" and a guest house used as temporary
  accommodation ("Bayview Lodge", part N's hotels) are entities; tower
  blocks, estates and apartment buildings ("Larchfield Court", "Eastlake
  Towers", "Cedarbrook Gardens") are places; lower-case "the housing
  options team", "the provincial tenancy tribunal", "the council" are
  generic or short forms.
* environment-protest: activists known by a first name or a chosen name
  ("Wren", "Sparrow") are persons and entities; an anonymous activist is
  unnamed as first introduced, the comma-bounded clause left out ("one
  protester").  Chants, placards, banners, posters and signs are never
  gold whoever carries them ("Not one more drop", "Whose moor? Our moor!",
  'Hands off our moss'), nor is the legal phrase "persons unknown".  A
  police force that "said in a statement" is an organisation; "A police
  spokeswoman" is unnamed, "Superintendent Claire Dunmore" a glued rank.
  In the injunction hearing the judge is canonical as styled, "Mrs Justice
  Okereke-Hale" (part K), "she said in her ruling" hers; "For Halvorsen,
  Rupert Clay KC told the court ... he said" points at "he"; a witness
  statement by a named author is his ("In a witness statement, ..., Mark
  Devereux, said", span the appositive name).  A planning inspector's
  report quoted with "he wrote" is the inspector's.  Open letters signed
  by unnamed people are unnamed under the signatories as introduced ("312
  residents", "more than 200 climate scientists"; span "An open letter" /
  "the letter"); a shareholder resolution filed by a named group is the
  group's (organisation, span "A shareholder resolution").  A heckler
  whom the text identifies later ("One woman, who later identified herself
  to reporters as Frances Odell, ... shouted") is that person, span "One
  woman" (part G's "one councillor"), and her reply ("she replied") hers;
  the chairman's "Sir Nigel" is a span, the speaker without Sir (part J).
  A First Nation is an organisation ("Whitefeather Bay First Nation", part
  F); "A spokesperson for the provincial forests ministry" is unnamed.
  Campaign groups, residents' groups, parish councils, energy and timber
  companies, banks, campaign networks, universities and the High Court
  (also named inside a quote) are entities; terminals, moors, valleys,
  quarries, camps, cutblocks and "the county council" are places,
  facilities or generic.
* diaspora-community-press: honorifics and titles leave the speaker and
  stay in a glued span -- Mr., Mrs., Chief, Alhaji, Hajiya, "Pastor
  (Mrs.)", Engr., Barr., Lolo, Sheikh, Consul, Fr, the Polish Pan/Pani and
  the Filipino Ate ("Pastor (Mrs.) Grace Okoro-Williams" -> "Grace
  Okoro-Williams", "Lolo Chinwe Okafor" -> "Chinwe Okafor"); title plus
  surname or first name is a valid short mention ("Chief Ogunleye",
  "Hajiya Danladi", "Mrs. Okafor", "Chief Okafor", "Sheikh Abdirahman",
  "Pani Dorota", "Pan Stanisław", "Ate Cora"), like part J's "Sheikh
  Hamad", and "the consul" is a role-only span.  Spouses and relatives
  sharing a surname are canonical under their own full names ("Sani" /
  "Amina Danladi", "Nnamdi" / "Chinwe Okafor", "Agnieszka" / "Zuzanna
  Nowak", "Rowena" / "Marites Bautista", "Stanisław" / "Tomasz
  Gąsienica-Byrcyn") and told apart by title or first name; Somali names
  are canonical in full as printed ("Mohamed Abdi Farah", "Abdirahman Nur
  Ali"), siblings sharing their father's name ("Sahra" / "Liban Ahmed
  Yusuf") by first name.  Names printed in another order are labels, never
  gold: a union notice listing candidates surname-first ("OKAFOR, Nnamdi
  (Chief)") and a highland greeting ("Gąsienica Staszek"); the canonical
  name is the body's given-name-first form.  A nickname in quote marks
  ('Ate Cora') is never gold and left out of the canonical name
  ("Corazon Manalastas"), although "Ate Cora" outside quote marks is a
  valid span.  Callers known only by honorific and first name ("Pan
  Zbigniew from Wisbech", "Pani Halina from Jefferson Park") are persons
  under the first name; an anonymous caller is unnamed "another caller"
  (the comma-bounded "a man who did not give his name" left out, part L);
  a presenter's question is the presenter's; phone-in transcript turns
  point at their labels, "FADUMO (CALLER)" as part A's "JIM (CALLER)".
  Translated quotes are the original speaker's ("Speaking in Hausa, in
  words translated by his grandson, he said", "said in Polish", "said in
  Somali, in remarks translated by the Tribune", "speaking in Tagalog"); a
  quote printed in Filipino is an ordinary direct quote and its bracketed
  translation without quote marks is not a quote.  WhatsApp: a voice note
  by a named member as grammatical speaker is hers (span "a voice note"),
  "Bakare said in the message" his; anonymous posters are unnamed as
  introduced ("one member", "One member", "Another member").  A
  community association introduced with its abbreviation is listed once
  by its full name ("NCAGH" not again).  Consular missions named in full
  are entities, lower-case "the consulate" / "the embassy" are short or
  generic forms; churches, chaplaincies, parishes ("St Aidan's"), mosques
  and community centres, town unions, community associations, Saturday
  schools, highlanders' alliances, radio stations, newspapers, money
  transfer businesses and bakeries are entities; community halls
  ("Greenbriar Community Hall", like part N's dining halls), streets and
  regions are places."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_o.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["sports-match-report", "housing-tenants", "environment-protest", "diaspora-community-press"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# SPORTS-MATCH-REPORT
# ---------------------------------------------------------------------------

article(
    "sports-match-report",
    1,
    P(
        "Ten-man Hollins Bridge hold Ashvale as Mendy-Carr fumes over red card",
        "By Owen Tregaskis at Fernley Road",
        "Hollins Bridge played the last 55 minutes with ten men and still left Fernley Road with a 2-2 draw on Saturday, but their manager, Declan Mendy-Carr, spent most of his post-match press conference talking about the decision that reduced them to ten rather than the performance that earned the point.",
        "Captain Aaron Quaye was sent off in the 35th minute by referee Gary Holden for a challenge on the Ashvale Town winger Théo Lambert that looked clumsy rather than reckless. Holden was not sent to the pitchside monitor, and the video assistant did not intervene.",
        "“I’ve watched it six times now and I still can’t see a red card,” Mendy-Carr said. “It’s a yellow all day long. Aaron gets there a fraction late, he’s not high, he’s not out of control. We keep asking referees for consistency and we get this.”",
        "Lambert had given Ashvale the lead after 19 minutes, turning inside two defenders and finishing low into the far corner. The 24-year-old, who joined from the Belgian side Sporting Vennel in January, was also the player Quaye caught, and he needed several minutes of treatment before he could continue.",
        "“It hurt, but he did not try to hurt me,” the Frenchman told Northgate Sports TV afterwards. “In France maybe it is a yellow. Here I don’t know the rules any more.”",
        "The ten men equalised seven minutes into the second half when substitute Kasim Dervish headed in Jordan Pike’s corner, and went ahead on 71 minutes when the Ashvale goalkeeper, Liam Corrigan, spilled a shot from Pike and Dervish was first to the rebound. Defender Ross Imrie rescued a point for the hosts with a header in the 89th minute, from another set piece.",
        "Ashvale manager Stefan Kowalik, whose side have now gone five league games without a win, was told of Mendy-Carr’s complaints as he sat down to face the media. “I understand why he is angry. I would be angry too,” he said. “But if you go into a tackle like that, you give the referee a decision to make, and then you cannot cry when he makes it.”",
        "Kowalik was far harsher on his own players. Asked how his side had conceded twice to ten men, he replied: “Two set pieces. Two. We practise them every Thursday and we defend them like strangers.”",
        "The Professional Referees’ Panel, which appoints officials for the league, said on Saturday evening that Holden had judged the challenge to have been made “with excessive force” and that the video assistant had found “no clear and obvious error” in the decision.",
        "Quaye, 31, apologised to his team-mates on social media within an hour of the final whistle. “Let the lads down today. They ran through walls for me and I won’t forget it,” he wrote.",
        "Mendy-Carr confirmed that the club would appeal against the three-match ban. “We’ll appeal because we have to,” he said, “but I’ve been in this game long enough to know how those appeals usually end.”",
        "Hollins Bridge, who are 14th, host Carrow Athletic on Tuesday. Ashvale travel to Millbeck Rovers on Wednesday.",
    ),
    [
        "Owen Tregaskis",
        "Hollins Bridge",
        "Declan Mendy-Carr",
        "Aaron Quaye",
        "Gary Holden",
        "Ashvale Town",
        "Théo Lambert",
        "Sporting Vennel",
        "Northgate Sports TV",
        "Kasim Dervish",
        "Jordan Pike",
        "Liam Corrigan",
        "Ross Imrie",
        "Stefan Kowalik",
        "Professional Referees’ Panel",
        "Carrow Athletic",
        "Millbeck Rovers",
    ],
    [
        Q(
            "I’ve watched it six times now and I still can’t see a red card",
            "Declan Mendy-Carr",
            "Mendy-Carr",
            how="after",
        ),
        Q(
            "It’s a yellow all day long. Aaron gets there a fraction late, he’s not high, he’s not out of control. We keep asking referees for consistency and we get this",
            "Declan Mendy-Carr",
            "Mendy-Carr",
            how="before",
        ),
        Q("It hurt, but he did not try to hurt me", "Théo Lambert", "the Frenchman", how="after"),
        Q(
            "In France maybe it is a yellow. Here I don’t know the rules any more",
            "Théo Lambert",
            "the Frenchman",
            how="before",
        ),
        Q("I understand why he is angry. I would be angry too", "Stefan Kowalik", "he", how="after"),
        Q(
            "But if you go into a tackle like that, you give the referee a decision to make, and then you cannot cry when he makes it",
            "Stefan Kowalik",
            "he",
            how="before",
        ),
        Q(
            "Two set pieces. Two. We practise them every Thursday and we defend them like strangers",
            "Stefan Kowalik",
            "he",
            how="before",
        ),
        Q(
            "with excessive force",
            "Professional Referees’ Panel",
            "The Professional Referees’ Panel",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "no clear and obvious error",
            "Professional Referees’ Panel",
            "The Professional Referees’ Panel",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "Let the lads down today. They ran through walls for me and I won’t forget it",
            "Aaron Quaye",
            "he",
            how="after",
        ),
        Q("We’ll appeal because we have to", "Declan Mendy-Carr", "he", how="after"),
        Q(
            "but I’ve been in this game long enough to know how those appeals usually end",
            "Declan Mendy-Carr",
            "he",
            how="before",
        ),
    ],
)

article(
    "sports-match-report",
    2,
    P(
        """"We were second to everything," admits Corbridge coach as Harlanvale run riot""",
        """By Rhian Pask | The Valley Chronicle""",
        """Harlanvale RFC ran in six tries to beat Corbridge Wanderers 41-12 at Brynmawr Road on Saturday, a result that lifts them to second in the table and leaves Corbridge searching for answers after a fourth defeat in five matches.""",
        """Fijian wing Semi Ratuvou scored a hat-trick, his second of the season, and the home pack dominated the breakdown from the opening minutes.""",
        """"We were second to everything today. Second at the breakdown, second in the air, second to the loose ball," Corbridge head coach Martin Ebbs said. "You don't get away with that against a side like this, not here." """.strip(),
        """The game turned on a ten-minute spell before half-time. Corbridge captain Will Abara had already been warned about his side's repeated offending at the ruck when referee Naomi Strickland could be heard on the referee microphone telling him: "That's your last warning, Will. Next one and somebody is going to the bin." """.strip(),
        """Two phases later, flanker Josh Penhale was shown a yellow card for killing the ball, and Harlanvale scored twice while he was off the field.""",
        """"I thought it was harsh, but she'd told us, so I can't really moan," Abara told StadiumCast Rugby after the match. "We gave her no choice in the end." """.strip(),
        """Ratuvou, who joined Harlanvale from a club in Suva two seasons ago, took his try tally for the season to 14 and dedicated the win to his grandmother, who died last month. "She used to watch every game on her phone back home, even at three in the morning," the 28-year-old said. "Today was for her." """.strip(),
        """Harlanvale director of rugby Gethin Rowlands played alongside Ebbs at Corbridge for six seasons, and he was careful not to twist the knife. "Martin is building something there, and days like this are part of building," the Welshman said.""",
        """Rowlands also praised Strickland's handling of a scrappy, stop-start first half. He said the new ruck laws had made the referee's job "almost impossible" and that she had been "clear with both sides from the first whistle".""",
        """Corbridge, who sit ninth, host Pontfaen RFC next Saturday. Penhale faces no further action for the yellow card.""",
    ),
    [
        "Rhian Pask",
        "Valley Chronicle",
        "Harlanvale RFC",
        "Corbridge Wanderers",
        "Semi Ratuvou",
        "Martin Ebbs",
        "Will Abara",
        "Naomi Strickland",
        "Josh Penhale",
        "StadiumCast Rugby",
        "Gethin Rowlands",
        "Pontfaen RFC",
    ],
    [
        Q("We were second to everything", "Martin Ebbs", "Corbridge coach", occ=0),
        Q(
            "We were second to everything today. Second at the breakdown, second in the air, second to the loose ball",
            "Martin Ebbs",
            "Corbridge head coach Martin Ebbs",
            how="after",
        ),
        Q(
            "You don't get away with that against a side like this, not here",
            "Martin Ebbs",
            "Corbridge head coach Martin Ebbs",
            how="before",
        ),
        Q(
            "That's your last warning, Will. Next one and somebody is going to the bin",
            "Naomi Strickland",
            "referee Naomi Strickland",
            how="before",
        ),
        Q("I thought it was harsh, but she'd told us, so I can't really moan", "Will Abara", "Abara", how="after"),
        Q("We gave her no choice in the end", "Will Abara", "Abara", how="before"),
        Q(
            "She used to watch every game on her phone back home, even at three in the morning",
            "Semi Ratuvou",
            "the 28-year-old",
            how="after",
        ),
        Q("Today was for her", "Semi Ratuvou", "the 28-year-old", how="before"),
        Q(
            "Martin is building something there, and days like this are part of building",
            "Gethin Rowlands",
            "the Welshman",
            how="after",
        ),
        Q("almost impossible", "Gethin Rowlands", "He", kind="partial", anchor="He said the new ruck"),
        Q(
            "clear with both sides from the first whistle",
            "Gethin Rowlands",
            "He",
            kind="partial",
            anchor="He said the new ruck",
        ),
    ],
)

article(
    "sports-match-report",
    3,
    P(
        "Sharpe’s five-for puts Marlshire within a win of the title",
        "By Peter Lomax, Cricket Correspondent | The Westbury Gazette",
        "Marlshire moved to within one victory of their first championship title in 31 years on Friday, beating Dunmore by seven wickets at Castle Meadow with more than a session to spare after Harry Sharpe took five for 38 on a dry, crumbling fourth-day pitch.",
        "Chasing 187, Marlshire were steered home by their Barbadian overseas batter Jerome Bascombe, who finished unbeaten on 71, hitting three sixes off the left-arm spinner Callum Reece in the space of an over.",
        "‘I’ve been bowling at this ground since I was fourteen and it has never once done anything for me,’ said Sharpe, 33, who moved from his native Yorkshire to Marlshire in 2019. ‘Today it finally turned up. I’ll take it.’",
        "The Yorkshireman’s captain, Ollie Fenwick, said the spell had been Sharpe’s idea. ‘Harry came to me at lunch and said, “Give me the top end and I’ll win you this.”’ Fenwick said. ‘You don’t argue with a man who talks like that.’",
        "The turning point came on Thursday evening, when the Dunmore captain, Imran Mahmood, on 64 and batting with the tail, was given out lbw by umpire Clive Ashwell to a ball from Sharpe that television replays suggested was drifting past leg stump. There is no review system in the championship.",
        "Mahmood stood his ground for several seconds before walking off, and Ashwell did not speak to reporters. A day later the Dunmore captain had still not calmed down. He called the decision ‘shocking’ and said he had asked Ashwell at the close of play how the ball could have gone on to hit the stumps. ‘All he said was, “I’ve given it, Imran.” That’s not an explanation, that’s a shrug,’ he said.",
        "The Northern Cricket Board, which appoints umpires for the competition, said on Friday that decisions made on the field were ‘final and not a matter for public comment by the board’.",
        "Bascombe, who was dropped on nine by Mahmood at slip, said Marlshire had not been thinking about the title. ‘The dressing room is very calm, man. Nobody is counting points,’ the Barbadian told Wicketside Radio. ‘Well, maybe the coach is counting.’",
        "‘He bowls a heavy ball, and on a wearing pitch at Castle Meadow that is worth a wicket every couple of overs. Nobody has worked out what to do about him.’ That was the verdict of former Marlshire captain turned commentator Derek Ainsworth, who was on the air for Wicketside Radio when the winning runs were hit.",
        "Marlshire need a win in their final match, away to Hatherleigh CCC next week, to be sure of the title.",
    ),
    [
        "Peter Lomax",
        "Westbury Gazette",
        "Marlshire",
        "Dunmore",
        "Harry Sharpe",
        "Jerome Bascombe",
        "Callum Reece",
        "Ollie Fenwick",
        "Imran Mahmood",
        "Clive Ashwell",
        "Northern Cricket Board",
        "Wicketside Radio",
        "Derek Ainsworth",
        "Hatherleigh CCC",
    ],
    [
        Q(
            "I’ve been bowling at this ground since I was fourteen and it has never once done anything for me",
            "Harry Sharpe",
            "Sharpe",
            how="after",
        ),
        Q("Today it finally turned up. I’ll take it", "Harry Sharpe", "Sharpe", how="before", anchor="said Sharpe"),
        Q(
            "Harry came to me at lunch and said, “Give me the top end and I’ll win you this.”",
            "Ollie Fenwick",
            "Fenwick",
            how="after",
        ),
        Q("You don’t argue with a man who talks like that", "Ollie Fenwick", "Fenwick", how="before"),
        Q("shocking", "Imran Mahmood", "He", kind="partial", anchor="He called the decision"),
        Q(
            "All he said was, “I’ve given it, Imran.” That’s not an explanation, that’s a shrug",
            "Imran Mahmood",
            "he",
            how="after",
        ),
        Q(
            "final and not a matter for public comment by the board",
            "Northern Cricket Board",
            "The Northern Cricket Board",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "The dressing room is very calm, man. Nobody is counting points",
            "Jerome Bascombe",
            "the Barbadian",
            how="after",
        ),
        Q("Well, maybe the coach is counting", "Jerome Bascombe", "the Barbadian", how="before"),
        Q(
            "He bowls a heavy ball, and on a wearing pitch at Castle Meadow that is worth a wicket every couple of overs. Nobody has worked out what to do about him",
            "Derek Ainsworth",
            "former Marlshire captain turned commentator Derek Ainsworth",
            how="after",
        ),
    ],
)

article(
    "sports-match-report",
    4,
    P(
        "Delacroix-Young’s late 3 lifts Pelicans past Comets in overtime",
        "By Tamsin Ruiz-Okafor | Bayview Ledger",
        "HARBOR CITY — Imani Delacroix-Young scored 34 points, including the go-ahead 3-pointer with 11 seconds left in overtime, and the Harbor City Pelicans beat the Sandhurst Comets 96-93 on Friday night to move within a game of first place.",
        "The Comets had a chance to tie, but Rachel Osterberg’s 3-point attempt at the buzzer came off the rim, and Sandhurst’s bench erupted in protest, arguing that Osterberg had been fouled on the shot. No call was made.",
        "“I’ve seen it from three angles. She gets hit on the elbow. Everybody in the building saw it except the three people who are paid to see it,” Comets coach Gina Falcone said.",
        "Crew chief Darnell Hughes told a pool reporter after the game that the officials had looked at the play on the monitor and judged the contact to be “marginal” and “after the release of the ball.”",
        "Harbor City trailed by 12 midway through the third quarter before reserves Natasha Greer, Rosalind Kaye and Kelly Abernathy combined for 19 points in a 26-8 run.",
        "Pelicans coach Lisa Bramwell, who was Falcone’s teammate for four seasons early in their careers, opened her news conference by addressing the final play before anyone asked. “I’ve got a lot of respect for Gina, and I get why she’s upset,” she said. “But we didn’t win this game on one play at the buzzer. We won it in the third quarter, when we were down 12 and nobody on our bench blinked.",
        "“Imani was incredible, and she’ll get the headlines. But look at what Tasha, Rosie and Kel did. They held the fort when we needed it.”",
        "Delacroix-Young, the league’s leading scorer, went 6 for 11 from 3-point range. The 27-year-old said the final play had been drawn up for Abernathy. “I kind of told Kel it was mine,” she said, laughing. “Sorry, Kel.”",
        "Rookie center Amara Nwosu-Blake added 14 points and 12 rebounds in her first start. “I was nervous until the first time I got hit,” the rookie said. “After that it was just basketball.”",
        "Bramwell and Falcone embraced at midcourt after the buzzer, and Falcone, asked about the hug, smiled for the first time all night. “We’ve been friends for 20 years. She can have tonight,” she said.",
        "The Pelicans host the Port Sable Storm on Sunday.",
    ),
    [
        "Tamsin Ruiz-Okafor",
        "Bayview Ledger",
        "Imani Delacroix-Young",
        "Harbor City Pelicans",
        "Sandhurst Comets",
        "Rachel Osterberg",
        "Gina Falcone",
        "Darnell Hughes",
        "Natasha Greer",
        "Rosalind Kaye",
        "Kelly Abernathy",
        "Lisa Bramwell",
        "Amara Nwosu-Blake",
        "Port Sable Storm",
    ],
    [
        Q(
            "I’ve seen it from three angles. She gets hit on the elbow. Everybody in the building saw it except the three people who are paid to see it",
            "Gina Falcone",
            "Comets coach Gina Falcone",
            how="after",
        ),
        Q("marginal", "Darnell Hughes", "Crew chief Darnell Hughes", kind="partial", how="before"),
        Q("after the release of the ball", "Darnell Hughes", "Crew chief Darnell Hughes", kind="partial", how="before"),
        Q("I’ve got a lot of respect for Gina, and I get why she’s upset", "Lisa Bramwell", "she", how="after"),
        Q(
            "But we didn’t win this game on one play at the buzzer. We won it in the third quarter, when we were down 12 and nobody on our bench blinked",
            "Lisa Bramwell",
            "she",
            how="before",
        ),
        Q(
            "Imani was incredible, and she’ll get the headlines. But look at what Tasha, Rosie and Kel did. They held the fort when we needed it",
            "Lisa Bramwell",
            "@prev",
        ),
        Q("I kind of told Kel it was mine", "Imani Delacroix-Young", "she", how="after"),
        Q("Sorry, Kel", "Imani Delacroix-Young", "she", how="before"),
        Q("I was nervous until the first time I got hit", "Amara Nwosu-Blake", "the rookie", how="after"),
        Q("After that it was just basketball", "Amara Nwosu-Blake", "the rookie", how="before"),
        Q("We’ve been friends for 20 years. She can have tonight", "Gina Falcone", "she", how="after"),
    ],
)

article(
    "sports-match-report",
    5,
    P(
        "Late Ngata try sinks Tigers as Castlegate keep perfect start",
        "By Kieran Dutton | Pennine Evening Post",
        "Sione Ngata's try two minutes from time gave Castlegate Miners a 22-20 win over Brinkworth Tigers at Pit Lane on Sunday and kept their 100 per cent record intact after six rounds.",
        "It was a try that almost did not stand. Ngata appeared to lose the ball as he stretched for the line, and referee Craig Oduya sent the decision upstairs with an on-field call of try. After four minutes of replays, video referee Phil Mather told the crowd over the stadium speakers: 'There is no clear evidence to overturn the on-field decision. Try.'",
        "'I knew I'd got it down. I could feel the grass on my fingers,' says Ngata, who celebrated by sprinting the length of the field to the away end. 'Four minutes felt like four weeks, mind.'",
        "The Tongan centre, 29, has now scored in every game this season. 'The lads keep putting me in holes and I keep running through them,' the centre said. 'It's not complicated.'",
        "Brinkworth coach Lee Marsden, whose side led 20-10 with 15 minutes left, shook Castlegate coach Paul Hennessy's hand at the final hooter but would not discuss the decision in front of the cameras. 'I'll say something I regret if I talk about it now,' he said. 'Ask me on Tuesday.'",
        "Brinkworth had dominated the first hour. Winger Tom Haslam scored a hat-trick in the corner, and half-back Ryan Costigan kicked four goals before Castlegate's bench changed the game.",
        "Hennessy was in no mood to apologise for the result. 'We were poor for an hour and brilliant for 15 minutes,' he said, 'and in this competition 15 brilliant minutes is often enough.'",
        "Brinkworth captain Jack Tomlinson-Reid was taken to hospital with a suspected broken jaw after a collision in the first half and was 'in good spirits', according to the club. He is expected to miss at least six weeks.",
        "'Six from six and nobody outside this town is calling us contenders. That suits us fine.' That was the view of Castlegate captain Mark Ellery, who kicked three goals from four attempts and made 31 tackles.",
        "Castlegate travel to Lowther Bay Sharks on Friday night. Brinkworth, now ninth, host Ferrybridge Knights.",
    ),
    [
        "Kieran Dutton",
        "Pennine Evening Post",
        "Sione Ngata",
        "Castlegate Miners",
        "Brinkworth Tigers",
        "Craig Oduya",
        "Phil Mather",
        "Lee Marsden",
        "Paul Hennessy",
        "Tom Haslam",
        "Ryan Costigan",
        "Jack Tomlinson-Reid",
        "Mark Ellery",
        "Lowther Bay Sharks",
        "Ferrybridge Knights",
    ],
    [
        Q(
            "There is no clear evidence to overturn the on-field decision. Try",
            "Phil Mather",
            "video referee Phil Mather",
            how="before",
        ),
        Q("I knew I'd got it down. I could feel the grass on my fingers", "Sione Ngata", "Ngata", how="after"),
        Q("Four minutes felt like four weeks, mind", "Sione Ngata", "Ngata", how="before"),
        Q(
            "The lads keep putting me in holes and I keep running through them",
            "Sione Ngata",
            "the centre",
            how="after",
        ),
        Q("It's not complicated", "Sione Ngata", "the centre", how="before"),
        Q("I'll say something I regret if I talk about it now", "Lee Marsden", "he", how="after"),
        Q("Ask me on Tuesday", "Lee Marsden", "he", how="before"),
        Q("We were poor for an hour and brilliant for 15 minutes", "Paul Hennessy", "he", how="after"),
        Q("and in this competition 15 brilliant minutes is often enough", "Paul Hennessy", "he", how="before"),
        Q(
            "in good spirits",
            "Brinkworth Tigers",
            "the club",
            kind="partial",
            stype="organisation",
            how="after",
        ),
        Q(
            "Six from six and nobody outside this town is calling us contenders. That suits us fine",
            "Mark Ellery",
            "Castlegate captain Mark Ellery",
            how="after",
        ),
    ],
)

article(
    "sports-match-report",
    6,
    P(
        "“I’m not a magician”: Okonjo-Bell asks for time as Rivermead slump reaches nine",
        "By Cerys Holloway-Adeyemi | Thamesmouth Echo",
        "Rivermead Athletic’s winless run stretched to nine matches on Saturday as Kingsmoor United won 3-0 at Quarry Lane, and the home supporters’ patience ran out long before the final whistle.",
        "Large sections of the South Stand sang “We want our club back” for much of the second half, and a banner reading “Nine games, no plan” was unfurled behind the home dugout before stewards removed it.",
        "Kingsmoor’s manager, Rui Salgueiro, said his side had been “clinical rather than brilliant”. The Portuguese, who has now won five of his last six meetings with Rivermead, told SportsCentral Radio: “I know what it is to be on the other side of a day like this. I have been there. You go home, you don’t sleep, you start again on Monday.”",
        "Kingsmoor’s first two goals came from their 19-year-old forward Dominik Hrabal, who turned Rivermead’s captain, Sam Achterberg, for the first and headed in the second from a corner. “My father came from Brno today, the first time he sees me play in England, so it was a good day to score two,” the 19-year-old said.",
        "Rivermead manager Femi Okonjo-Bell, appointed five weeks ago after the dismissal of Gareth Lyle, faced the media for almost 20 minutes. The following is an edited excerpt.",
        "Q: Are you worried about your job?",
        "OKONJO-BELL: No. I’ve been here five weeks. I’m not a magician, and I don’t think anybody upstairs hired me thinking I was one.",
        "Q: The fans were singing about the board. Do you understand that?",
        "OKONJO-BELL: Of course. They pay their money, they can sing what they like. I’d rather they sang for the players, but I understand it.",
        "The club said in a statement on Saturday evening that it “hears the frustration of supporters” and that chairman Graham Wexley would meet representatives of the Rivermead Supporters’ Trust next week.",
        "Trust chair Angela Murray-Pratt said the meeting was “overdue by about a year” and that supporters wanted to hear a plan, not an apology.",
        "Rivermead, 19th, visit Elmbridge Town on Tuesday.",
    ),
    [
        "Cerys Holloway-Adeyemi",
        "Thamesmouth Echo",
        "Femi Okonjo-Bell",
        "Rivermead Athletic",
        "Kingsmoor United",
        "Rui Salgueiro",
        "SportsCentral Radio",
        "Dominik Hrabal",
        "Sam Achterberg",
        "Gareth Lyle",
        "Graham Wexley",
        "Rivermead Supporters’ Trust",
        "Angela Murray-Pratt",
        "Elmbridge Town",
    ],
    [
        Q("I’m not a magician", "Femi Okonjo-Bell", "Okonjo-Bell", occ=0),
        Q("clinical rather than brilliant", "Rui Salgueiro", "Rui Salgueiro", kind="partial", how="before"),
        Q(
            "I know what it is to be on the other side of a day like this. I have been there. You go home, you don’t sleep, you start again on Monday",
            "Rui Salgueiro",
            "The Portuguese",
            how="before",
        ),
        Q(
            "My father came from Brno today, the first time he sees me play in England, so it was a good day to score two",
            "Dominik Hrabal",
            "the 19-year-old",
            how="after",
        ),
        Q("Are you worried about your job", "a reporter", ("label", "Q"), stype="unnamed"),
        Q(
            "No. I’ve been here five weeks. I’m not a magician, and I don’t think anybody upstairs hired me thinking I was one",
            "Femi Okonjo-Bell",
            ("label", "OKONJO-BELL"),
        ),
        Q(
            "The fans were singing about the board. Do you understand that",
            "a reporter",
            ("label", "Q"),
            stype="unnamed",
        ),
        Q(
            "Of course. They pay their money, they can sing what they like. I’d rather they sang for the players, but I understand it",
            "Femi Okonjo-Bell",
            ("label", "OKONJO-BELL"),
        ),
        Q(
            "hears the frustration of supporters",
            "Rivermead Athletic",
            "The club",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "overdue by about a year",
            "Angela Murray-Pratt",
            "Trust chair Angela Murray-Pratt",
            kind="partial",
            how="before",
        ),
    ],
)

# ---------------------------------------------------------------------------
# HOUSING-TENANTS
# ---------------------------------------------------------------------------

article(
    "housing-tenants",
    1,
    P(
        "Larchfield Court tenants say mould complaints ignored for two winters",
        "By Hannah Oduya | Brenton Evening Post",
        "Tenants in a 1960s tower block in Brenton say they have spent two winters living with black mould, leaking windows and unreliable heating while their landlord, Greyfield Homes, promised repairs that never arrived.",
        "Larchfield Court, a 14-storey block of 96 flats on the edge of the Holloway Park estate, was transferred from Brenton City Council to the housing association in 2008.",
        "Shannon, 27, who lives on the ninth floor with her two sons, aged four and seven, said the mould in the boys’ bedroom comes back within a week of being cleaned. “I scrub it with bleach every Sunday. By Friday it’s back, and my youngest has had a cough since October,” she said.",
        "She showed the Post a letter from Greyfield Homes, dated 3 March, which said her repair had been “raised as a priority” and that a surveyor would visit “within 20 working days”. Nobody came, she said.",
        "Her neighbour on the same landing, Margaret Oyelaran, 71, has lived in the block since 1983 and says conditions have got worse since the council handed the building over. “When the council had it, you rang up and a man came. Now you ring up and you get a reference number,” Mrs Oyelaran said.",
        "Mrs Oyelaran does not have a computer, and Shannon has been filling in the online repair forms for her. “She’s been a godsend, that girl. I’d have given up a long time ago,” she said.",
        "The Brenton Renters’ Union, which has been organising tenants in the block since the summer, said it had logged 41 separate complaints of damp and mould from Larchfield Court residents. Its secretary, Dev Malhotra, said: “This is not one unlucky flat. This is a building that is making people ill, and a landlord that has known about it for years.”",
        "Greyfield Homes said in a statement that it was “sorry that some residents have not received the standard of service they deserve” and that a specialist damp contractor would begin work across the block in January.",
        "A spokesperson for the association added that tenants could now report mould through a dedicated phone line, which would be “staffed seven days a week”.",
        "Brenton City Council’s cabinet member for housing, Cllr Ruth Abiodun, said the council had written to Greyfield asking for a timetable. “We handed those homes over in good faith. We expect them to be kept in a decent condition, and we will be asking questions if they are not,” she said.",
        "Shannon said she would believe the repairs were happening “when I see the van parked outside”.",
    ),
    [
        "Hannah Oduya",
        "Brenton Evening Post",
        "Greyfield Homes",
        "Brenton City Council",
        "Shannon",
        "Margaret Oyelaran",
        "Brenton Renters’ Union",
        "Dev Malhotra",
        "Ruth Abiodun",
    ],
    [
        Q(
            "I scrub it with bleach every Sunday. By Friday it’s back, and my youngest has had a cough since October",
            "Shannon",
            "she",
            how="after",
        ),
        Q(
            "raised as a priority",
            "Greyfield Homes",
            "a letter",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "within 20 working days",
            "Greyfield Homes",
            "a letter",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "When the council had it, you rang up and a man came. Now you ring up and you get a reference number",
            "Margaret Oyelaran",
            "Mrs Oyelaran",
            how="after",
        ),
        Q(
            "She’s been a godsend, that girl. I’d have given up a long time ago",
            "Margaret Oyelaran",
            "she",
            how="after",
        ),
        Q(
            "This is not one unlucky flat. This is a building that is making people ill, and a landlord that has known about it for years",
            "Dev Malhotra",
            "Dev Malhotra",
            how="before",
        ),
        Q(
            "sorry that some residents have not received the standard of service they deserve",
            "Greyfield Homes",
            "Greyfield Homes",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "staffed seven days a week",
            "a spokesperson for the association",
            "A spokesperson for the association",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "We handed those homes over in good faith. We expect them to be kept in a decent condition, and we will be asking questions if they are not",
            "Ruth Abiodun",
            "she",
            how="after",
        ),
        Q("when I see the van parked outside", "Shannon", "Shannon", kind="partial", how="before"),
    ],
)

article(
    "housing-tenants",
    2,
    P(
        """Judge adjourns Harwood family eviction over gas certificate doubts""",
        """By Colin Pargeter | Stavely Courier""",
        """A judge has adjourned a landlord's attempt to evict a family of five from their rented home in Stavely after hearing that the notice served on them may not have been valid.""",
        """Sophie Harwood, 34, her husband Lewis Harwood and their three children have lived in the three-bedroom terrace on Corn Street for eight years. In March they received a section 21 "no-fault" eviction notice from their landlord, Graham Petters, who owns four properties in the town.""",
        """The notice, which was shown to the court, told the family they must leave by 14 May "or proceedings for possession will be issued without further notice". It was signed by Mr Petters.""",
        """At Stavely County Court on Tuesday, Mr Petters' solicitor, Amanda Crewe, told District Judge Fiona Maitland that her client wanted to sell the property and had "followed the process to the letter".""",
        """Mrs Harwood, who represented the family with help from the court's duty adviser, told the judge they had never been given a gas safety certificate when they moved in. "We didn't know we were supposed to have one. We only found out when the adviser asked us this morning," she said.""",
        """The duty adviser, Kwabena Asante of Stavely Housing Advice, said a landlord who had not provided a gas safety certificate before a tenancy began could not rely on a section 21 notice. "It's a technical point, but it's the law, and the law is there because people have died," he said.""",
        """Judge Maitland said she could not decide the point without further evidence. "I am not prepared to make a possession order today on the strength of a notice that may be defective," she said. "The claimant will have 14 days to file evidence that the certificate was provided." """.strip(),
        """Outside court, Ms Crewe said the evidence would be produced. "Mr Petters is a responsible landlord and he is confident the paperwork is in order," she said.""",
        """Lewis Harwood, 36, a delivery driver, said the family had spent two months looking at rental properties and had found nothing they could afford. "Everything in Stavely is £1,400 a month now. We pay £875. We're not being difficult, we're being priced out," he said.""",
        """His wife said the children had been told only that they "might be moving". "Our eldest knows. You can't hide it from a 14-year-old," she added.""",
        """Mr Petters declined to comment when contacted by the Courier. The hearing will resume on 2 July.""",
    ),
    [
        "Colin Pargeter",
        "Stavely Courier",
        "Sophie Harwood",
        "Lewis Harwood",
        "Graham Petters",
        "Stavely County Court",
        "Amanda Crewe",
        "Fiona Maitland",
        "Kwabena Asante",
        "Stavely Housing Advice",
    ],
    [
        Q(
            "or proceedings for possession will be issued without further notice",
            "Graham Petters",
            "The notice",
            kind="partial",
            how="before",
        ),
        Q("followed the process to the letter", "Amanda Crewe", "Amanda Crewe", kind="partial", how="before"),
        Q(
            "We didn't know we were supposed to have one. We only found out when the adviser asked us this morning",
            "Sophie Harwood",
            "she",
            how="after",
        ),
        Q(
            "It's a technical point, but it's the law, and the law is there because people have died",
            "Kwabena Asante",
            "he",
            how="after",
        ),
        Q(
            "I am not prepared to make a possession order today on the strength of a notice that may be defective",
            "Fiona Maitland",
            "she",
            how="after",
        ),
        Q(
            "The claimant will have 14 days to file evidence that the certificate was provided",
            "Fiona Maitland",
            "she",
            how="before",
        ),
        Q(
            "Mr Petters is a responsible landlord and he is confident the paperwork is in order",
            "Amanda Crewe",
            "she",
            how="after",
        ),
        Q(
            "Everything in Stavely is £1,400 a month now. We pay £875. We're not being difficult, we're being priced out",
            "Lewis Harwood",
            "he",
            how="after",
        ),
        Q("might be moving", "Sophie Harwood", "His wife", kind="partial", how="before"),
        Q("Our eldest knows. You can't hide it from a 14-year-old", "Sophie Harwood", "she", how="after"),
    ],
)

article(
    "housing-tenants",
    3,
    P(
        "‘There are ten people behind you’: inside Kelmscott’s rental scramble",
        "By Niamh Carrick-Boyle | The Kelmscott Herald",
        "Average advertised rents in Kelmscott have risen by 19 per cent in two years, according to figures from the lettings portal HomeHunt, and renters say viewings now routinely end with agents inviting offers above the asking price.",
        "Priya, 29, a pharmacist who asked that her surname not be used, viewed 23 flats between January and April before she found a one-bedroom flat in Westgate. At one viewing, she said, the agent told the 15 people queuing on the stairs that the landlord would ‘consider all offers’ and that ‘speed matters’.",
        "At another, she lost out despite offering £75 a month over the asking rent. ‘When I rang to ask why, the agent said, “There are ten people behind you, love. Someone has offered six months up front.” I put the phone down and cried in the car,’ Priya said.",
        "Asking tenants to pay rent months in advance is legal, but the Kelmscott Tenants’ Association says the practice shuts out anyone without savings. ‘If you need six months up front to get a flat, you don’t have a rental market, you have an auction,’ said the association’s chair, Bernard Okafor-Lyle.",
        "Harcourt & Lowe Lettings, which manages about 600 properties in the city, said it did not encourage bidding but was legally obliged to pass every offer to the landlord. ‘We advertise every property at the rent the landlord asks for. What applicants then choose to offer is a matter for them,’ the firm said in a statement.",
        "‘Tenants are being asked to compete against each other for the same scarce homes, and the ones who lose are nurses, bus drivers and carers.’ That is the view of Cllr Joanna Pike-Whitmore, the council’s lead member for housing, who has written to the housing minister asking for powers to cap rents in the city.",
        "Priya, who now pays £1,150 a month, is sceptical that the letter will change anything. ‘I’ll believe in rent caps when I see one,’ she said.",
        "One landlord, who owns three flats in the city and asked not to be named, said the increases reflected higher mortgage costs rather than greed. ‘My mortgage went up by £600 a month last year. I put the rent up by £150. I’m not the villain here,’ he said.",
        "A spokesperson for HomeHunt said demand in Kelmscott was ‘running at roughly three times’ the number of homes available to rent, the highest ratio the portal has recorded outside London.",
    ),
    [
        "Niamh Carrick-Boyle",
        "Kelmscott Herald",
        "HomeHunt",
        "Priya",
        "Kelmscott Tenants’ Association",
        "Bernard Okafor-Lyle",
        "Harcourt & Lowe Lettings",
        "Joanna Pike-Whitmore",
    ],
    [
        Q("consider all offers", "the agent", "the agent", kind="partial", stype="unnamed", how="before"),
        Q("speed matters", "the agent", "the agent", kind="partial", stype="unnamed", how="before"),
        Q(
            "When I rang to ask why, the agent said, “There are ten people behind you, love. Someone has offered six months up front.” I put the phone down and cried in the car",
            "Priya",
            "Priya",
            how="after",
        ),
        Q(
            "If you need six months up front to get a flat, you don’t have a rental market, you have an auction",
            "Bernard Okafor-Lyle",
            "Bernard Okafor-Lyle",
            how="after",
        ),
        Q(
            "We advertise every property at the rent the landlord asks for. What applicants then choose to offer is a matter for them",
            "Harcourt & Lowe Lettings",
            "the firm",
            stype="organisation",
            how="after",
        ),
        Q(
            "Tenants are being asked to compete against each other for the same scarce homes, and the ones who lose are nurses, bus drivers and carers",
            "Joanna Pike-Whitmore",
            "Cllr Joanna Pike-Whitmore",
            how="after",
        ),
        Q("I’ll believe in rent caps when I see one", "Priya", "she", how="after"),
        Q(
            "My mortgage went up by £600 a month last year. I put the rent up by £150. I’m not the villain here",
            "one landlord",
            "he",
            stype="unnamed",
            how="after",
        ),
        Q(
            "running at roughly three times",
            "a spokesperson for HomeHunt",
            "A spokesperson for HomeHunt",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
    ],
)

article(
    "housing-tenants",
    4,
    P(
        "Eastlake Towers tenants launch rent strike over broken elevators",
        "By Marcus DeLeon-Park | Lakefront Tribune",
        "CHICAGO — Tenants in more than 80 apartments at Eastlake Towers, a 19-story building in the Ravenswood Point neighborhood, stopped paying rent on Saturday, saying both of the building’s elevators have been out of service for most of the past five months.",
        "The tenants say they will pay their rent into an escrow account managed by their union, Eastlake Tenants United, until the elevators are repaired and the building’s owner agrees to a schedule for fixing leaks, broken intercoms and a persistent rodent problem.",
        "“We have asked nicely for 14 months,” organizer Jamal Whitcombe told about 60 tenants gathered in the lobby on Saturday morning. “We have filled out the forms, we have called the hotline, we have sat through the meetings where they bring donuts and promise dates.",
        "“Starting today, the rent goes into an account with our name on it, not theirs, and it stays there until both elevators work.”",
        "Gloria Pettaway, 68, lives on the 14th floor and uses a wheelchair. She said she had left her apartment three times since August, each time carried down the stairs by firefighters or neighbors. “I have a hospital appointment on Thursday. I don’t know yet who is carrying me,” Pettaway said.",
        "Her daughter, Denise Pettaway-Hill, drives in from Evanston twice a week with groceries. She said her mother had stopped answering the phone on some days. “She gets embarrassed. She taught third grade for 31 years, and now she has to wait for strangers to carry her,” she said.",
        "Crestline Property Management, which runs the building for its owner, Lakeview Holdings IV LLC, said in a statement that replacement parts for the elevators had been “ordered from the manufacturer” and that the work would be finished “by the end of the first quarter.”",
        "The company also had a warning for tenants. In a letter slipped under apartment doors on Friday night, Crestline said that withholding rent “is not permitted under your lease and may result in eviction proceedings.”",
        "“They can get a letter threatening eviction under every door on a Friday night,” said Whitcombe, who has lived in the building for nine years, “but they can’t get a repairman in here in five months.”",
        "Ald. Rosa Villaseñor, whose ward includes the building, said the city’s Department of Buildings had cited the owner four times since June. “Four citations and two elevators that still don’t move. At some point the fines have to cost more than the repairs,” she said.",
        "Housing lawyers say Chicago tenants can legally withhold part of their rent for serious code violations after giving written notice, but that a full rent strike carries risks. Eastlake Tenants United said it had sent the required notices last month.",
    ),
    [
        "Marcus DeLeon-Park",
        "Lakefront Tribune",
        "Eastlake Tenants United",
        "Jamal Whitcombe",
        "Gloria Pettaway",
        "Denise Pettaway-Hill",
        "Crestline Property Management",
        "Lakeview Holdings IV LLC",
        "Rosa Villaseñor",
        "Department of Buildings",
    ],
    [
        Q("We have asked nicely for 14 months", "Jamal Whitcombe", "organizer Jamal Whitcombe", how="after"),
        Q(
            "We have filled out the forms, we have called the hotline, we have sat through the meetings where they bring donuts and promise dates",
            "Jamal Whitcombe",
            "organizer Jamal Whitcombe",
            how="before",
        ),
        Q(
            "Starting today, the rent goes into an account with our name on it, not theirs, and it stays there until both elevators work",
            "Jamal Whitcombe",
            "@prev",
        ),
        Q(
            "I have a hospital appointment on Thursday. I don’t know yet who is carrying me",
            "Gloria Pettaway",
            "Pettaway",
            how="after",
        ),
        Q(
            "She gets embarrassed. She taught third grade for 31 years, and now she has to wait for strangers to carry her",
            "Denise Pettaway-Hill",
            "she",
            how="after",
        ),
        Q(
            "ordered from the manufacturer",
            "Crestline Property Management",
            "Crestline Property Management",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "by the end of the first quarter",
            "Crestline Property Management",
            "Crestline Property Management",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "is not permitted under your lease and may result in eviction proceedings",
            "Crestline Property Management",
            "Crestline",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "They can get a letter threatening eviction under every door on a Friday night",
            "Jamal Whitcombe",
            "Whitcombe",
            how="after",
        ),
        Q(
            "but they can’t get a repairman in here in five months",
            "Jamal Whitcombe",
            "Whitcombe",
            how="before",
        ),
        Q(
            "Four citations and two elevators that still don’t move. At some point the fines have to cost more than the repairs",
            "Rosa Villaseñor",
            "she",
            how="after",
        ),
    ],
)

article(
    "housing-tenants",
    5,
    P(
        "Family of four spends 14 months in one room as temporary housing list hits record",
        "By Aled Prosser | Wyvern Valley Weekly",
        "A mother and her three children have spent more than a year living in a single room at a converted guest house in Porthmoor, sharing a kitchen with five other families, as the number of households in temporary accommodation in the district reached a record 612.",
        "Joanne Kershaw, 41, was placed at the Bayview Lodge by Wyvern Valley District Council in August last year after her private landlord sold the house she had rented for nine years. She shares the room with her eldest son, Tyler Kershaw, 19, and her two younger children, Mason, 11, and Lily, 8.",
        "'We were told it would be six weeks, maybe eight. It's been fourteen months,' Ms Kershaw said. 'Lily does her homework sitting on the bed because there is nowhere else to put a book down.'",
        "She said she rang the council's housing options team every fortnight for an update. 'The last time I rang, the woman said, \"You should count yourself lucky. Some families have six in one room.\"' she said.",
        "Under the council's own guidance, families with children should not be kept in shared bed-and-breakfast style accommodation for more than six weeks, according to a council report published in March, which described the use of such rooms as 'a last resort'.",
        "A letter from the housing options team, sent to Ms Kershaw in January and seen by the Weekly, said there was 'no suitable self-contained accommodation available at this time' and that her case would be 'reviewed monthly'. She said she had not heard from the team since.",
        "Tyler, who works nights at a distribution warehouse outside the town, sleeps on a camp bed under the window. He said he had asked to be housed separately but had been told he counted as part of his mother's household. 'I'm 19 and I share a room with my little sister. I've stopped bringing anyone round,' he said.",
        "Cllr Gareth Pryce, the council's cabinet member for housing, said the authority was spending £4.2m a year on temporary accommodation, more than double the figure three years ago. He said the housing options team, led by Neil Trewin, was 'doing its best in an impossible market'. 'We have families in hotels 40 miles away. Nobody in this council wants that,' he said.",
        "Shelterpoint, the housing charity, said the district's figures were part of 'a hidden emergency' that would only get worse without more social housing.",
        "Ms Kershaw said she no longer paid much attention to the council's estimates. 'They say a month, I hear a year,' she said.",
    ),
    [
        "Aled Prosser",
        "Wyvern Valley Weekly",
        "Bayview Lodge",
        "Wyvern Valley District Council",
        "Joanne Kershaw",
        "Tyler Kershaw",
        "Mason",
        "Lily",
        "Gareth Pryce",
        "Neil Trewin",
        "Shelterpoint",
    ],
    [
        Q(
            "We were told it would be six weeks, maybe eight. It's been fourteen months",
            "Joanne Kershaw",
            "Ms Kershaw",
            how="after",
        ),
        Q(
            "Lily does her homework sitting on the bed because there is nowhere else to put a book down",
            "Joanne Kershaw",
            "Ms Kershaw",
            how="before",
        ),
        Q(
            'The last time I rang, the woman said, "You should count yourself lucky. Some families have six in one room."',
            "Joanne Kershaw",
            "she",
            how="after",
        ),
        Q(
            "a last resort",
            "Wyvern Valley District Council",
            "a council report",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "no suitable self-contained accommodation available at this time",
            "Wyvern Valley District Council",
            "A letter",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "reviewed monthly",
            "Wyvern Valley District Council",
            "A letter",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "I'm 19 and I share a room with my little sister. I've stopped bringing anyone round",
            "Tyler Kershaw",
            "he",
            how="after",
        ),
        Q(
            "doing its best in an impossible market",
            "Gareth Pryce",
            "He",
            kind="partial",
            anchor="He said the housing options",
        ),
        Q(
            "We have families in hotels 40 miles away. Nobody in this council wants that",
            "Gareth Pryce",
            "he",
            how="after",
        ),
        Q("a hidden emergency", "Shelterpoint", "Shelterpoint", kind="partial", stype="organisation", how="before"),
        Q("They say a month, I hear a year", "Joanne Kershaw", "she", how="after"),
    ],
)

article(
    "housing-tenants",
    6,
    P(
        "Cedarbrook Gardens tenants vow to fight ‘renoviction’ notices",
        "By Priya Nandakumar-Shaw | Hamilton Harbour Times",
        "HAMILTON — Tenants in 38 of the 64 units at Cedarbrook Gardens, a three-storey walk-up on the east Mountain, have been told to leave their homes so that the building’s new owner, Northvale Residential, can carry out what it describes as “extensive renovations requiring vacant possession.”",
        "The notices, delivered on March 2, give tenants until July 31 to move out. They offer a lump sum equal to three months’ rent and state that tenants have “a right of first refusal to re-occupy the unit at a rent to be determined upon completion.”",
        "Li Wei, 58, has lived in a two-bedroom unit on the second floor for 17 years and pays $1,090 a month. Comparable units nearby are advertised for more than $2,300. “The manager told me, ‘Don’t worry, you’ll be able to come back.’” Li said. “Come back at what price? He wouldn’t say.”",
        "The Cedarbrook Tenants’ Association, formed in April, has filed disputes on behalf of 30 households with the provincial tenancy tribunal. “Northvale bought this building in November. By March they had decided that 38 families had to go. That isn’t a renovation plan, it’s a business plan,” said Marguerite Tessier-Bello, the association’s chair, a retired nurse who has lived in the building since 2004.",
        "“A good-faith renovation notice requires that the work genuinely can’t be done with the tenant in place. New countertops and a coat of paint don’t meet that test.” That is the assessment of Omar Haddad-Ruiz, a staff lawyer at the Eastside Community Legal Clinic, which is representing 22 of the households.",
        "Northvale Residential said in an emailed statement that the building required “significant electrical, plumbing and structural upgrades” that could not be done safely with tenants in place. “We have exceeded the compensation required by law and we will honour every tenant’s right to return,” the statement said.",
        "Coun. Nrinder Gill, who represents the ward, has asked city staff to draft a bylaw requiring landlords to obtain a permit before issuing renovation evictions, similar to rules adopted in other Ontario cities. She called the notices “a loophole you could drive a moving truck through.”",
        "Li said he had not started looking for another apartment. “Where would I go? My whole life is on this street,” he said. “My wife is buried ten minutes from here.”",
    ),
    [
        "Priya Nandakumar-Shaw",
        "Hamilton Harbour Times",
        "Northvale Residential",
        "Li Wei",
        "Cedarbrook Tenants’ Association",
        "Marguerite Tessier-Bello",
        "Omar Haddad-Ruiz",
        "Eastside Community Legal Clinic",
        "Nrinder Gill",
    ],
    [
        Q(
            "extensive renovations requiring vacant possession",
            "Northvale Residential",
            "it",
            kind="partial",
            stype="organisation",
            anchor="it describes",
        ),
        Q(
            "a right of first refusal to re-occupy the unit at a rent to be determined upon completion",
            "Northvale Residential",
            "They",
            kind="partial",
            stype="organisation",
            anchor="They offer",
        ),
        Q("The manager told me, ‘Don’t worry, you’ll be able to come back.’", "Li Wei", "Li", how="after"),
        Q("Come back at what price? He wouldn’t say", "Li Wei", "Li", how="before"),
        Q(
            "Northvale bought this building in November. By March they had decided that 38 families had to go. That isn’t a renovation plan, it’s a business plan",
            "Marguerite Tessier-Bello",
            "Marguerite Tessier-Bello",
            how="after",
        ),
        Q(
            "A good-faith renovation notice requires that the work genuinely can’t be done with the tenant in place. New countertops and a coat of paint don’t meet that test",
            "Omar Haddad-Ruiz",
            "Omar Haddad-Ruiz",
            how="after",
        ),
        Q(
            "significant electrical, plumbing and structural upgrades",
            "Northvale Residential",
            "Northvale Residential",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "We have exceeded the compensation required by law and we will honour every tenant’s right to return",
            "Northvale Residential",
            "the statement",
            stype="organisation",
            how="after",
        ),
        Q("a loophole you could drive a moving truck through", "Nrinder Gill", "She", kind="partial", how="before"),
        Q("Where would I go? My whole life is on this street", "Li Wei", "he", how="after"),
        Q("My wife is buried ten minutes from here", "Li Wei", "he", how="before"),
    ],
)

# ---------------------------------------------------------------------------
# ENVIRONMENT-PROTEST
# ---------------------------------------------------------------------------

article(
    "environment-protest",
    1,
    P(
        "Protesters block Fennick Point oil terminal for second day as arrests reach 47",
        "By Lorna Whitelaw | East Coast Courier",
        "Climate activists blocked the only access road to the Fennick Point oil terminal for a second day on Tuesday, halting tanker traffic and prompting 19 more arrests, bringing the total since Monday morning to 47.",
        "About 60 members of the group Last Harvest sat in the road in front of the terminal gates from 5am, some of them glued to the tarmac or locked to each other with metal tubes. Others chanted “Not one more drop” and held placards reading “Your profits, our floods” as police officers worked their way along the line.",
        "A 23-year-old geography student who gave her name only as Wren said she had travelled from Leeds to take part. “I’ve written to my MP, I’ve marched, I’ve signed every petition going. This is what’s left,” Wren said.",
        "One protester, a retired teacher from Dundee who did not want to be named because she had not told her family she was there, said she fully expected to be arrested. “I’m 68. What are they going to do, ground me?” she said.",
        "North Estuary Police said in a statement that officers had “a duty to balance the right to protest with the rights of workers and the wider community” and that the disruption had gone “well beyond what is reasonable”.",
        "Superintendent Claire Dunmore, who is leading the policing operation, said: “We have given protesters every opportunity to move to the designated protest area. Those who refuse will be arrested.”",
        "Cavendish Energy, which operates the terminal, said tanker movements had been suspended “as a precaution” and that supplies to filling stations were not currently affected. A spokesman for the company said: “We respect people’s right to a view on energy policy. We do not accept a right to put our staff, and themselves, at risk.”",
        "Haulier Steve Brannigan said one of his drivers, Kevin Moss, had been sitting in his cab outside the gates since 4am with a full load and nowhere to take it. “They’ve made their point. Now they’re just costing working people money,” he said.",
        "Last Harvest spokesperson Jonah Ellwood-Price said the group would return “every day until the licence for the new field is withdrawn”. He said its members were prepared for “as many arrests as it takes”.",
        "Of the 47 people arrested, 31 have been released under investigation and 16 have been charged with wilful obstruction of the highway. They are due to appear before magistrates next month.",
    ),
    [
        "Lorna Whitelaw",
        "East Coast Courier",
        "Last Harvest",
        "Wren",
        "North Estuary Police",
        "Claire Dunmore",
        "Cavendish Energy",
        "Steve Brannigan",
        "Kevin Moss",
        "Jonah Ellwood-Price",
    ],
    [
        Q(
            "I’ve written to my MP, I’ve marched, I’ve signed every petition going. This is what’s left",
            "Wren",
            "Wren",
            how="after",
        ),
        Q("I’m 68. What are they going to do, ground me", "one protester", "she", stype="unnamed", how="after"),
        Q(
            "a duty to balance the right to protest with the rights of workers and the wider community",
            "North Estuary Police",
            "North Estuary Police",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "well beyond what is reasonable",
            "North Estuary Police",
            "North Estuary Police",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "We have given protesters every opportunity to move to the designated protest area. Those who refuse will be arrested",
            "Claire Dunmore",
            "Superintendent Claire Dunmore",
            how="before",
        ),
        Q(
            "as a precaution",
            "Cavendish Energy",
            "Cavendish Energy",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "We respect people’s right to a view on energy policy. We do not accept a right to put our staff, and themselves, at risk",
            "a spokesman for the company",
            "A spokesman for the company",
            stype="unnamed",
            how="before",
        ),
        Q(
            "They’ve made their point. Now they’re just costing working people money",
            "Steve Brannigan",
            "he",
            how="after",
        ),
        Q(
            "every day until the licence for the new field is withdrawn",
            "Jonah Ellwood-Price",
            "Last Harvest spokesperson Jonah Ellwood-Price",
            kind="partial",
            how="before",
        ),
        Q("as many arrests as it takes", "Jonah Ellwood-Price", "He", kind="partial", anchor="He said its members"),
    ],
)

article(
    "environment-protest",
    2,
    P(
        """Pipeline firm wins injunction against Greymoor protest camp, but not an exclusion zone""",
        """By Felicity Amadi-Rowe | Courts Correspondent, Northern Post""",
        """A judge at the High Court in Leeds has granted an energy company an injunction banning protesters from obstructing construction of a gas pipeline across Greymoor, but refused its request for an exclusion zone covering the public footpaths around the site.""",
        """Halvorsen Pipelines Ltd had asked the court to prohibit "persons unknown" from entering a 500-metre zone around three construction compounds on the moor, where members of the group Earthline have been camped since June.""",
        """For Halvorsen, Rupert Clay KC told the court that protesters had locked themselves to machinery on 14 occasions and that a contractor had been injured. "My client does not seek to stop anyone protesting. It seeks to stop people climbing onto excavators," he said.""",
        """In a witness statement, Halvorsen's head of security, Mark Devereux, said the protests had cost the company £1.8m and that site staff had been subjected to "sustained verbal abuse".""",
        """Tamsin Greaves, 61, a retired GP from Settle who is one of nine named defendants and represented herself, told the judge: "I have never touched a machine in my life. I sit in a camping chair on a public footpath and I drink tea. If that is now unlawful, I would like the court to say so plainly." """.strip(),
        """Nadia Rahman, for two of the other defendants, said the exclusion zone sought by the company would "criminalise walking the dog".""",
        """Mrs Justice Okereke-Hale said she was satisfied there was "a real and imminent risk" of further obstruction of the works. But she said an exclusion zone covering rights of way would be "disproportionate" and could not be justified "merely because it would make the claimant's life easier".""",
        """"Peaceful protest on a public footpath is not a nuisance to be managed away," she said in her ruling. "It is a right." """.strip(),
        """Outside court, about 30 Earthline supporters held a banner reading "Protest is not a crime" and chanted "Whose moor? Our moor!" as the defendants left.""",
        """Earthline said in a statement that the ruling was "a partial victory for common sense" and that the camp would stay where it was. Halvorsen said it welcomed the injunction and would "comply fully with the court's order".""",
    ),
    [
        "Felicity Amadi-Rowe",
        "Northern Post",
        "High Court",
        "Halvorsen Pipelines Ltd",
        "Earthline",
        "Rupert Clay",
        "Mark Devereux",
        "Tamsin Greaves",
        "Nadia Rahman",
        "Mrs Justice Okereke-Hale",
    ],
    [
        Q(
            "My client does not seek to stop anyone protesting. It seeks to stop people climbing onto excavators",
            "Rupert Clay",
            "he",
            how="after",
        ),
        Q("sustained verbal abuse", "Mark Devereux", "Mark Devereux", kind="partial", how="before"),
        Q(
            "I have never touched a machine in my life. I sit in a camping chair on a public footpath and I drink tea. If that is now unlawful, I would like the court to say so plainly",
            "Tamsin Greaves",
            "Tamsin Greaves",
            how="before",
        ),
        Q("criminalise walking the dog", "Nadia Rahman", "Nadia Rahman", kind="partial", how="before"),
        Q(
            "a real and imminent risk",
            "Mrs Justice Okereke-Hale",
            "Mrs Justice Okereke-Hale",
            kind="partial",
            how="before",
        ),
        Q("disproportionate", "Mrs Justice Okereke-Hale", "she", kind="partial", anchor="she said an exclusion zone"),
        Q(
            "merely because it would make the claimant's life easier",
            "Mrs Justice Okereke-Hale",
            "she",
            kind="partial",
            anchor="she said an exclusion zone",
        ),
        Q(
            "Peaceful protest on a public footpath is not a nuisance to be managed away",
            "Mrs Justice Okereke-Hale",
            "she",
            how="after",
        ),
        Q("It is a right", "Mrs Justice Okereke-Hale", "she", how="before"),
        Q(
            "a partial victory for common sense",
            "Earthline",
            "Earthline",
            kind="partial",
            stype="organisation",
            anchor="Earthline said in a statement",
        ),
        Q(
            "comply fully with the court's order",
            "Halvorsen Pipelines Ltd",
            "Halvorsen",
            kind="partial",
            stype="organisation",
            anchor="Halvorsen said it welcomed",
        ),
    ],
)

article(
    "environment-protest",
    3,
    P(
        "Villagers vow to fight on after inspector backs Hindley Moss quarry extension",
        "By Graham Tozer | The Pennine Clarion",
        "Campaigners in Hindley Moss have said they will challenge a planning inspector’s decision to allow a 20-hectare extension to the village’s limestone quarry, which residents say will bring blasting to within 300 metres of the primary school.",
        "The inspector, David Halloran, overturned the county council’s refusal of the scheme after a six-day public inquiry. In his report, published on Thursday, he wrote that the economic benefits of the extension ‘clearly outweigh’ the harm to the landscape, and that noise and dust could be controlled by planning conditions ‘to an acceptable degree’.",
        "Save Hindley Moss, the residents’ group that fought the application, said it was ‘stunned’. Its chair, Alison Threlfall, said: ‘The county council said no. The parish council said no. Eight hundred people wrote in and said no. And one man from Bristol has said yes.’",
        "Threlfall, whose family have farmed on the edge of the moss for four generations, said the decision had hit older residents hardest. ‘My grandad used to lean on that wall and say, “The moss will still be here when all of us are gone.”’ she said.",
        "Brackley Aggregates, which has worked the quarry since 1987, says the extension will secure 64 jobs for a further 15 years. ‘We have listened to residents throughout this process and we will go on listening,’ said its managing director, Paul Venables. ‘Blasting will be monitored independently and every result will be published.’",
        "An open letter signed by 312 residents and sent to the Secretary of State on Friday asks him to call in the decision, and describes the inquiry as ‘a contest between a village hall and a legal department’.",
        "Posters reading ‘Hands off our moss’ have appeared in windows along Church Lane, and a hand-painted sign on the road into the village reads ‘Quarry trucks kill villages’.",
        "‘A challenge in the High Court can only succeed on a point of law, not because people disagree with the planning judgment. The group will need to find an error in the report, and that is a high bar.’ That is the view of planning barrister Helen Marchbank, who represented the parish council at the inquiry.",
        "Keith Ormerod, chairman of Hindley Moss Parish Council, said he had spoken to Venables by phone the day the decision was published. ‘He was perfectly polite. He was also very pleased with himself,’ he said.",
        "The group has six weeks to lodge a legal challenge. It has so far raised £11,400 towards the cost.",
    ),
    [
        "Graham Tozer",
        "Pennine Clarion",
        "David Halloran",
        "Save Hindley Moss",
        "Alison Threlfall",
        "Brackley Aggregates",
        "Paul Venables",
        "High Court",
        "Helen Marchbank",
        "Keith Ormerod",
        "Hindley Moss Parish Council",
    ],
    [
        Q("clearly outweigh", "David Halloran", "he", kind="partial", anchor="he wrote that the economic"),
        Q("to an acceptable degree", "David Halloran", "he", kind="partial", anchor="he wrote that the economic"),
        Q("stunned", "Save Hindley Moss", "Save Hindley Moss", kind="partial", stype="organisation", how="before"),
        Q(
            "The county council said no. The parish council said no. Eight hundred people wrote in and said no. And one man from Bristol has said yes",
            "Alison Threlfall",
            "Alison Threlfall",
            how="before",
        ),
        Q(
            "My grandad used to lean on that wall and say, “The moss will still be here when all of us are gone.”",
            "Alison Threlfall",
            "she",
            how="after",
        ),
        Q(
            "We have listened to residents throughout this process and we will go on listening",
            "Paul Venables",
            "Paul Venables",
            how="after",
        ),
        Q(
            "Blasting will be monitored independently and every result will be published",
            "Paul Venables",
            "Paul Venables",
            how="before",
        ),
        Q(
            "a contest between a village hall and a legal department",
            "312 residents",
            "An open letter",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "A challenge in the High Court can only succeed on a point of law, not because people disagree with the planning judgment. The group will need to find an error in the report, and that is a high bar",
            "Helen Marchbank",
            "planning barrister Helen Marchbank",
            how="after",
        ),
        Q("He was perfectly polite. He was also very pleased with himself", "Keith Ormerod", "he", how="after"),
    ],
)

article(
    "environment-protest",
    4,
    P(
        "Thousands march in Brisbane against Marlow Bay coal terminal expansion",
        "By Jess Tran-Whitaker | Moreton Daily",
        "BRISBANE — An estimated 8000 people marched through the city centre on Saturday to demand the state government reject a proposed expansion of the Marlow Bay coal terminal, in one of the largest climate protests Queensland has seen in years.",
        "Marchers carried banners reading “Coal is cooked” and “No new coal, no new excuses”, and drummers led chants of “Hey hey, ho ho” as the crowd passed the Treasury building.",
        "Organiser Talia Ngata-Brooks, 24, of the youth climate group Generation Ember, told the crowd at the closing rally that the expansion would “lock in another 30 years of emissions we cannot afford”. “They tell us to be patient. They tell us the transition takes time,” she said. “We have been patient for our entire lives.",
        "“My generation did not build this problem. But we are the ones who will be standing in the floodwater if you approve this terminal, and we will remember who approved it.”",
        "A police spokeswoman said the march had been “peaceful and well organised” and that no arrests had been made.",
        "Tasman Bulk Terminals, which operates the port, says the expansion would create 400 construction jobs and that most of its exports are coking coal used to make “the steel that wind turbines are made from”. Chief executive Graham Pollock said: “The world will keep using metallurgical coal for decades. The only question is whether it comes from Queensland, with our standards, or from somewhere else.”",
        "An open letter signed by more than 200 climate scientists and published on the eve of the march urges the state’s environment minister to reject the proposal. The expansion “is incompatible with every credible pathway to limiting warming to 1.5C,” the letter says.",
        "Environment Minister Rachel Dorrigo, who must decide on the project by the end of the year, said in a statement that she would make her decision “on the evidence and the law, not on the size of a crowd”.",
        "Among the marchers was Beryl Achison, 81, who travelled from Toowoomba with her granddaughter, Skye, a first-year university student. “I marched against the Vietnam War when I was her age,” she said. “I never thought I’d still be doing this at 81.”",
    ),
    [
        "Jess Tran-Whitaker",
        "Moreton Daily",
        "Talia Ngata-Brooks",
        "Generation Ember",
        "Tasman Bulk Terminals",
        "Graham Pollock",
        "Rachel Dorrigo",
        "Beryl Achison",
        "Skye",
    ],
    [
        Q(
            "lock in another 30 years of emissions we cannot afford",
            "Talia Ngata-Brooks",
            "Organiser Talia Ngata-Brooks",
            kind="partial",
            how="before",
        ),
        Q(
            "They tell us to be patient. They tell us the transition takes time",
            "Talia Ngata-Brooks",
            "she",
            how="after",
        ),
        Q("We have been patient for our entire lives", "Talia Ngata-Brooks", "she", how="before"),
        Q(
            "My generation did not build this problem. But we are the ones who will be standing in the floodwater if you approve this terminal, and we will remember who approved it",
            "Talia Ngata-Brooks",
            "@prev",
        ),
        Q(
            "peaceful and well organised",
            "a police spokeswoman",
            "A police spokeswoman",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "the steel that wind turbines are made from",
            "Tasman Bulk Terminals",
            "Tasman Bulk Terminals",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "The world will keep using metallurgical coal for decades. The only question is whether it comes from Queensland, with our standards, or from somewhere else",
            "Graham Pollock",
            "Chief executive Graham Pollock",
            how="before",
        ),
        Q(
            "is incompatible with every credible pathway to limiting warming to 1.5C",
            "more than 200 climate scientists",
            "the letter",
            kind="partial",
            stype="unnamed",
            how="after",
        ),
        Q(
            "on the evidence and the law, not on the size of a crowd",
            "Rachel Dorrigo",
            "Environment Minister Rachel Dorrigo",
            kind="partial",
            how="before",
        ),
        Q("I marched against the Vietnam War when I was her age", "Beryl Achison", "she", how="after"),
        Q("I never thought I’d still be doing this at 81", "Beryl Achison", "she", how="before"),
    ],
)

article(
    "environment-protest",
    5,
    P(
        "Kessel Creek blockade enters third week as logging company seeks court order",
        "By Ananya Basu-Lindqvist | Coast Mountain Record",
        "Protesters who have blocked a logging road into the Kessel Creek valley on Vancouver Island for 16 days say they will stay until the provincial government protects what they describe as one of the last unlogged old-growth watersheds on the island’s west coast.",
        "About 40 people are living at the camp, which sits on the road a kilometre below the first cutblock. Some have chained themselves to a rusted school bus parked across the gravel; others take turns sitting on a platform lashed eight metres up a cedar.",
        "Sparrow, who has been at the camp since the first day and declined to give her legal name, said she had spent most of the past week on the platform. “You can hear the whole valley from up there. You can also hear the trucks idling at the bottom, waiting for us to get tired,” she said.",
        "The valley lies within the territory of the Whitefeather Bay First Nation, which said in a statement that it had not consented to logging in the upper valley and that it had “neither invited nor endorsed” the blockade.",
        "“Our people have been protecting this valley for longer than anyone has been logging it. We don’t need outsiders to do it for us, but we won’t ask them to leave either,” Chief Councillor Marlene Jack said in an interview. Sparrow said she had met Jack twice. “She was very clear about whose land it is,” she said. “We’re guests here.”",
        "Coastline Timber Ltd. says it holds valid cutting permits and has applied for a court injunction. The blockade is costing the company “about $40,000 for every day we sit idle,” according to operations manager Dale Prentiss.",
        "Ryan Kowalchuk, a contract faller who has worked for Prentiss for 12 years, said he and 37 others had been sent home without pay. “Everybody wants cedar decking. Nobody wants to see where it comes from,” he said.",
        "“Some of these trees were seedlings before Europeans reached this coast. You cannot replant that,” says Dr. Ingrid Solheim-Baker, a forest ecologist at Pacific Rim University who has surveyed the valley.",
        "A spokesperson for the provincial forests ministry said the cutblock had been approved in 2021 and was “not within a deferral area.”",
    ),
    [
        "Ananya Basu-Lindqvist",
        "Coast Mountain Record",
        "Sparrow",
        "Whitefeather Bay First Nation",
        "Marlene Jack",
        "Coastline Timber Ltd.",
        "Dale Prentiss",
        "Ryan Kowalchuk",
        "Ingrid Solheim-Baker",
        "Pacific Rim University",
    ],
    [
        Q(
            "You can hear the whole valley from up there. You can also hear the trucks idling at the bottom, waiting for us to get tired",
            "Sparrow",
            "she",
            how="after",
        ),
        Q(
            "neither invited nor endorsed",
            "Whitefeather Bay First Nation",
            "Whitefeather Bay First Nation",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "Our people have been protecting this valley for longer than anyone has been logging it. We don’t need outsiders to do it for us, but we won’t ask them to leave either",
            "Marlene Jack",
            "Chief Councillor Marlene Jack",
            how="after",
        ),
        Q("She was very clear about whose land it is", "Sparrow", "she", how="after"),
        Q("We’re guests here", "Sparrow", "she", how="before"),
        Q(
            "about $40,000 for every day we sit idle",
            "Dale Prentiss",
            "operations manager Dale Prentiss",
            kind="partial",
            how="after",
        ),
        Q(
            "Everybody wants cedar decking. Nobody wants to see where it comes from",
            "Ryan Kowalchuk",
            "he",
            how="after",
        ),
        Q(
            "Some of these trees were seedlings before Europeans reached this coast. You cannot replant that",
            "Ingrid Solheim-Baker",
            "Dr. Ingrid Solheim-Baker",
            how="after",
        ),
        Q(
            "not within a deferral area",
            "a spokesperson for the provincial forests ministry",
            "A spokesperson for the provincial forests ministry",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
    ],
)

article(
    "environment-protest",
    6,
    P(
        "Climate protesters disrupt Halberd Bank AGM as chairman defends oil and gas lending",
        "By Tom Aske-Wright | Lombard Review",
        "Halberd Bank’s annual general meeting was halted three times on Thursday as climate campaigners who had bought shares in the bank interrupted its chairman, Sir Nigel Ashbury-Coates, and its chief executive, Richard Penhallow.",
        "Minutes into Sir Nigel’s opening remarks, about a dozen people stood up in the hall and began chanting “Halberd, Halberd, stop the funding”, while others unfurled a banner reading “Your pension, their pipelines”.",
        "One woman, who later identified herself to reporters as Frances Odell, a 72-year-old retired midwife from Croydon, shouted from the back of the hall: “You are financing the end of the world and you want us to clap!”",
        "Sir Nigel waited for the noise to subside. “Madam, you will have your turn at questions,” he said. “Please sit down.”",
        "“I have been sitting down for 40 years,” she replied, before security staff escorted her from the room.",
        "A shareholder resolution filed by the campaign group Fair Capital Network called on the board to “publish a timetable for ending finance for new oil and gas fields”. It received 11 per cent of the votes cast.",
        "When the meeting resumed, Sir Nigel defended the bank’s lending. “We are not going to pretend,” he told shareholders, “that the world can switch off oil and gas overnight. Our job is to finance the transition, not to lecture it.”",
        "Penhallow, taking questions after the vote, was asked whether he shared his chairman’s view that the bank should not lecture its clients. He said the bank had “a role to play in challenging clients whose plans don’t add up”. “I don’t think Nigel and I disagree on that,” he added.",
        "Adaeze Okonkwo-Mills, director of Fair Capital Network, said 11 per cent was “a warning shot, not a defeat”. “Three years ago we got two per cent. The direction of travel is obvious, even if the board would rather not look,” she said.",
        "In a statement issued after the meeting, the bank said it had “a credible, science-based plan to reach net zero by 2050” and that it respected the right of all shareholders to be heard, including those who disagreed with its strategy.",
    ),
    [
        "Tom Aske-Wright",
        "Lombard Review",
        "Halberd Bank",
        "Nigel Ashbury-Coates",
        "Richard Penhallow",
        "Frances Odell",
        "Fair Capital Network",
        "Adaeze Okonkwo-Mills",
    ],
    [
        Q(
            "You are financing the end of the world and you want us to clap",
            "Frances Odell",
            "One woman",
            how="before",
        ),
        Q("Madam, you will have your turn at questions", "Nigel Ashbury-Coates", "he", how="after"),
        Q("Please sit down", "Nigel Ashbury-Coates", "he", how="before"),
        Q("I have been sitting down for 40 years", "Frances Odell", "she", how="after"),
        Q(
            "publish a timetable for ending finance for new oil and gas fields",
            "Fair Capital Network",
            "A shareholder resolution",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q("We are not going to pretend", "Nigel Ashbury-Coates", "he", how="after"),
        Q(
            "that the world can switch off oil and gas overnight. Our job is to finance the transition, not to lecture it",
            "Nigel Ashbury-Coates",
            "he",
            how="before",
        ),
        Q(
            "a role to play in challenging clients whose plans don’t add up",
            "Richard Penhallow",
            "He",
            kind="partial",
            anchor="He said the bank",
        ),
        Q("I don’t think Nigel and I disagree on that", "Richard Penhallow", "he", how="after"),
        Q("a warning shot, not a defeat", "Adaeze Okonkwo-Mills", "Adaeze Okonkwo-Mills", kind="partial", how="before"),
        Q(
            "Three years ago we got two per cent. The direction of travel is obvious, even if the board would rather not look",
            "Adaeze Okonkwo-Mills",
            "she",
            how="after",
        ),
        Q(
            "a credible, science-based plan to reach net zero by 2050",
            "Halberd Bank",
            "the bank",
            kind="partial",
            stype="organisation",
            anchor="the bank said it had",
        ),
    ],
)

# ---------------------------------------------------------------------------
# DIASPORA-COMMUNITY-PRESS
# ---------------------------------------------------------------------------

article(
    "diaspora-community-press",
    1,
    P(
        "Hundreds queue from dawn as consulate brings passport service to Houston",
        "By Funmi Adeleke-Cole | The Diaspora Sentinel",
        "HOUSTON — More than 400 Nigerians queued from as early as 5 a.m. on Saturday outside the Greenbriar Community Hall in southwest Houston, where a team from the Consulate General of Nigeria in Atlanta spent 11 hours capturing passport applications.",
        "The one-day passport intervention was organised with the Nigerian Community Association of Greater Houston (NCAGH), whose executive had lobbied for a visit since before the pandemic.",
        "“We know that many of our people cannot travel to Atlanta, so today Atlanta has come to them,” said Mr. Emeka Obiora, the consular officer who led the seven-member team.",
        "He said the team could capture about 350 applicants in a day and that anyone not reached would be given priority at a second session. “If we do not finish today, nobody will be turned away. We will come back,” Obiora said.",
        "The NCAGH president, Chief Adewale Ogunleye, thanked the consulate but said the community had been asking for the service “for the better part of four years.” “Our elders cannot be driving 800 miles each way for biometrics,” Chief Ogunleye said. “Some of them have not seen home in ten years because of one expired booklet.”",
        "Among the first in line was Alhaji Sani Danladi, 74, a retired petroleum engineer, who arrived at 4:30 a.m. with his wife, Hajiya Amina Danladi. Speaking in Hausa, in words translated by his grandson, he said: “I have been carrying an expired passport for three years, like a man carrying an empty bag.”",
        "His wife laughed. “He complained the whole drive here, and now look at him, the happiest man in the hall,” said Hajiya Danladi.",
        "Volunteers from Living Waters Assembly, Houston, handed out bottled water and puff-puff along the queue. The church’s senior pastor, Pastor (Mrs.) Grace Okoro-Williams, said: “When our people gather, we feed them. That is not religion, that is culture.”",
        "Not everyone went home satisfied. Mrs. Bukola Fashola-Reed, a nurse from Sugar Land, said she had paid the online application fee twice after the payment portal crashed. “The portal took my money two times and the consulate email never replied,” she said. Obiora said refunds would be processed “within 30 working days.”",
        "By evening, a voice note from the association’s secretary, Mr. Tunde Bakare, was circulating in the NCAGH members’ WhatsApp group. “Nobody should fight anybody. The consulate has promised to return, and we will hold them to it,” Bakare said in the message.",
    ),
    [
        "Funmi Adeleke-Cole",
        "Diaspora Sentinel",
        "Consulate General of Nigeria in Atlanta",
        "Nigerian Community Association of Greater Houston",
        "Emeka Obiora",
        "Adewale Ogunleye",
        "Sani Danladi",
        "Amina Danladi",
        "Living Waters Assembly",
        "Grace Okoro-Williams",
        "Bukola Fashola-Reed",
        "Tunde Bakare",
    ],
    [
        Q(
            "We know that many of our people cannot travel to Atlanta, so today Atlanta has come to them",
            "Emeka Obiora",
            "Mr. Emeka Obiora",
            how="after",
        ),
        Q(
            "If we do not finish today, nobody will be turned away. We will come back",
            "Emeka Obiora",
            "Obiora",
            how="after",
        ),
        Q(
            "for the better part of four years",
            "Adewale Ogunleye",
            "Chief Adewale Ogunleye",
            kind="partial",
            how="before",
        ),
        Q(
            "Our elders cannot be driving 800 miles each way for biometrics",
            "Adewale Ogunleye",
            "Chief Ogunleye",
            how="after",
        ),
        Q(
            "Some of them have not seen home in ten years because of one expired booklet",
            "Adewale Ogunleye",
            "Chief Ogunleye",
            how="before",
        ),
        Q(
            "I have been carrying an expired passport for three years, like a man carrying an empty bag",
            "Sani Danladi",
            "he",
            how="before",
        ),
        Q(
            "He complained the whole drive here, and now look at him, the happiest man in the hall",
            "Amina Danladi",
            "Hajiya Danladi",
            how="after",
        ),
        Q(
            "When our people gather, we feed them. That is not religion, that is culture",
            "Grace Okoro-Williams",
            "Pastor (Mrs.) Grace Okoro-Williams",
            how="before",
        ),
        Q(
            "The portal took my money two times and the consulate email never replied",
            "Bukola Fashola-Reed",
            "she",
            how="after",
        ),
        Q("within 30 working days", "Emeka Obiora", "Obiora", kind="partial", how="before"),
        Q(
            "Nobody should fight anybody. The consulate has promised to return, and we will hold them to it",
            "Tunde Bakare",
            "Bakare",
            how="after",
        ),
    ],
)

article(
    "diaspora-community-press",
    2,
    P(
        """Polish Saturday school in March faces closure as hall rent almost triples""",
        """By Katarzyna Lis | Fenland Polish Voice""",
        """A Polish Saturday school that has taught the language, history and geography of Poland to children in March, Cambridgeshire, for 14 years says it may have to close at Christmas after the rent on the parish hall it uses was almost tripled.""",
        """The Joseph Conrad Polish Saturday School has 86 pupils aged five to 16 and 11 volunteer teachers. St Aidan's parish, which owns the hall, has told the school that from January it will charge £240 a Saturday instead of £85.""",
        """The school's head, Dorota Wiśniewska, known to pupils and parents simply as Pani Dorota, said the parish had given eight weeks' notice. "We are not a business. Every family pays £15 a month, and that money buys books and pays the rent. There is nothing left over to triple," she said.""",
        """The parish priest, Fr Michael Doherty, said the increase reflected the rising cost of heating and insurance and had been applied to every group that uses the hall. "I have enormous respect for what the school does, and we are trying to find a way through this together," he said.""",
        """Agnieszka Nowak, a care home manager, and her daughter Zuzanna Nowak, 12, were among about 40 parents and children who gathered outside the hall on Saturday. "At home we speak Polish, but the children answer in English. Here, on Saturday, they have to think in Polish," Mrs Nowak said in Polish.""",
        """Zuzanna was more direct. "I like it because my friends are here. And because Pani Dorota makes us sing," she said.""",
        """Consul Marek Zieliński of the Polish Consulate General in Manchester, which is responsible for Polish communities in the east of England, said the consulate could not pay rent but would help the school apply for a grant from a Polish government programme for schools abroad. "These schools are the backbone of Polish identity in Britain. We will not leave them alone with this," he said.""",
        """The school's plight was the main topic on Saturday's phone-in on Radio Polonia Fenland. One caller, who gave his name as Pan Zbigniew from Wisbech, said his own children had gone to the school. "If every Polish family in this town gave five pounds, the rent is paid until summer," he told listeners.""",
        """The presenter, Ewa Kaczmarek, was not convinced. "And who will collect the five pounds? You?" she asked. "If I must, I must," he replied.""",
        """A fundraising page set up by parents had raised £2,140 by Monday evening. "We will not close without a fight," said Pani Dorota.""",
    ),
    [
        "Katarzyna Lis",
        "Fenland Polish Voice",
        "Joseph Conrad Polish Saturday School",
        "St Aidan's",
        "Dorota Wiśniewska",
        "Michael Doherty",
        "Agnieszka Nowak",
        "Zuzanna Nowak",
        "Marek Zieliński",
        "Polish Consulate General in Manchester",
        "Radio Polonia Fenland",
        "Zbigniew",
        "Ewa Kaczmarek",
    ],
    [
        Q(
            "We are not a business. Every family pays £15 a month, and that money buys books and pays the rent. There is nothing left over to triple",
            "Dorota Wiśniewska",
            "she",
            how="after",
        ),
        Q(
            "I have enormous respect for what the school does, and we are trying to find a way through this together",
            "Michael Doherty",
            "he",
            how="after",
        ),
        Q(
            "At home we speak Polish, but the children answer in English. Here, on Saturday, they have to think in Polish",
            "Agnieszka Nowak",
            "Mrs Nowak",
            how="after",
        ),
        Q(
            "I like it because my friends are here. And because Pani Dorota makes us sing",
            "Zuzanna Nowak",
            "she",
            how="after",
        ),
        Q(
            "These schools are the backbone of Polish identity in Britain. We will not leave them alone with this",
            "Marek Zieliński",
            "he",
            how="after",
        ),
        Q(
            "If every Polish family in this town gave five pounds, the rent is paid until summer",
            "Zbigniew",
            "he",
            how="after",
        ),
        Q("And who will collect the five pounds? You", "Ewa Kaczmarek", "she", how="after"),
        Q("If I must, I must", "Zbigniew", "he", how="after"),
        Q("We will not close without a fight", "Dorota Wiśniewska", "Pani Dorota", how="after"),
    ],
)

article(
    "diaspora-community-press",
    3,
    P(
        "Filipino care workers say recruiter charged them up to £6,000 for ‘free’ jobs",
        "By Jomar Villanueva-Ocampo | Balita Britannia",
        "At least 14 Filipino care workers placed in care homes across the West Midlands say they each paid up to £6,000 to a recruitment agent in Manila for jobs that were advertised with ‘no placement fee’.",
        "Rowena Bautista, 41, a former nurse from Iloilo, arrived in Walsall in March last year. She said she borrowed the money from a lender in her home province at 5 per cent interest a month. ‘The agent told us, “No fee, no visa.” That was all he said. We signed because we had already resigned from our jobs,’ she said, speaking in Tagalog.",
        "Her cousin, Marites Bautista, 37, who works at a different home run by the same operator, said she was still paying back her loan. ‘Every month I send money home for the loan first and for my children second. It should be the other way around,’ Marites said.",
        "The women have been meeting on Sunday afternoons at the St Lorenzo Ruiz Chaplaincy in Wolverhampton, where the community organiser Corazon Manalastas, known to the workers as ‘Ate Cora’, has been collecting their stories. ‘These are nurses, teachers, midwives. They came here to look after your grandparents, and they are being treated like cargo,’ said Ate Cora, who has lived in Britain since 1998.",
        "Messages in a WhatsApp group for Filipino carers in the region, shared with Balita Britannia, show workers comparing what they paid. One member wrote: ‘Mine was £5,500. Same agent, same promise.’ Another member replied that she had been told to ‘keep quiet or the visa will be cancelled’.",
        "The Manila agency did not respond to requests for comment. Its UK partner, Meridian Care Staffing Ltd, said in a statement that it ‘has never charged and will never charge candidates any fee’ and that it was ‘investigating the allegations with our overseas partner as a matter of urgency’.",
        "Ramon Villareal, the labour attaché at the Philippine Embassy in London, said workers should report illegal fees directly to the embassy. ‘Charging placement fees to care workers bound for the UK is prohibited under Philippine law. We will go after these agents,’ he said, adding in Filipino: ‘Huwag kayong matakot.’ (Do not be afraid.)",
        "‘Debt bondage does not need chains. It needs a loan, a visa and a worker who is frightened of being sent home.’ That is how Dr Tessa Moreland of the Midland Labour Rights Centre, which is advising several of the women, describes what has happened.",
    ),
    [
        "Jomar Villanueva-Ocampo",
        "Balita Britannia",
        "Rowena Bautista",
        "Marites Bautista",
        "St Lorenzo Ruiz Chaplaincy",
        "Corazon Manalastas",
        "Meridian Care Staffing Ltd",
        "Ramon Villareal",
        "Philippine Embassy",
        "Tessa Moreland",
        "Midland Labour Rights Centre",
    ],
    [
        Q(
            "The agent told us, “No fee, no visa.” That was all he said. We signed because we had already resigned from our jobs",
            "Rowena Bautista",
            "she",
            how="after",
        ),
        Q(
            "Every month I send money home for the loan first and for my children second. It should be the other way around",
            "Marites Bautista",
            "Marites",
            how="after",
        ),
        Q(
            "These are nurses, teachers, midwives. They came here to look after your grandparents, and they are being treated like cargo",
            "Corazon Manalastas",
            "Ate Cora",
            how="after",
        ),
        Q("Mine was £5,500. Same agent, same promise", "one member", "One member", stype="unnamed", how="before"),
        Q(
            "keep quiet or the visa will be cancelled",
            "another member",
            "Another member",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q(
            "has never charged and will never charge candidates any fee",
            "Meridian Care Staffing Ltd",
            "Meridian Care Staffing Ltd",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "investigating the allegations with our overseas partner as a matter of urgency",
            "Meridian Care Staffing Ltd",
            "Meridian Care Staffing Ltd",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "Charging placement fees to care workers bound for the UK is prohibited under Philippine law. We will go after these agents",
            "Ramon Villareal",
            "he",
            how="after",
        ),
        Q("Huwag kayong matakot", "Ramon Villareal", "he", how="before"),
        Q(
            "Debt bondage does not need chains. It needs a loan, a visa and a worker who is frightened of being sent home",
            "Tessa Moreland",
            "Dr Tessa Moreland",
            how="after",
        ),
    ],
)

article(
    "diaspora-community-press",
    4,
    P(
        "Families cut off from relatives after bank closes Somali money transfer accounts",
        "By Ifrah Abdullahi Jama | Twin Cities Somali Tribune",
        "MINNEAPOLIS — Somali families across the Twin Cities say they have been unable to send money to relatives for almost three weeks after Great Prairie Bank closed the accounts of four money transfer businesses that serve the community.",
        "The businesses, known in Somali as xawilaad, are the main way Somali Americans send money to relatives in Somalia, where few people have bank accounts. One of them, Xidig Express, handled about $1.2 million a month from its office on Cedar Avenue, according to its owner, Mohamed Abdi Farah.",
        "“We have followed every rule. We file every report. We have done nothing different this year from last year,” said Mohamed Abdi Farah, who has run the business since 2006. “The bank did not even tell us what we did wrong.”",
        "Great Prairie Bank said in a statement that it does not comment on individual customers but regularly reviews accounts “to meet our obligations under federal anti-money-laundering rules.”",
        "At Friday prayers at the Masjid Tawfiiq Community Center, Sheikh Abdirahman Nur Ali told about 600 worshippers that the closures were “a punishment for families who have done nothing.” “The mother in Baidoa does not know what a compliance department is,” Sheikh Abdirahman said in Somali, in remarks translated by the Tribune. “She only knows that the money did not come this month, and that her children did not eat meat.",
        "“We will write to the bank, we will write to our senators, and we will pray. But we will not be quiet.”",
        "Sahra Ahmed Yusuf, 29, a nursing assistant, sends $300 a month to her mother in Beledweyne. Her brother, Liban Ahmed Yusuf, who drives for a delivery company, sends another $200. Sahra said she had tried a mainstream transfer app, which charged more and could not deliver to her mother’s town. “The app wanted a bank account on the other side. My mother has a phone and a shop three hours away,” Sahra said. Liban was angrier. “They treat every Somali like a suspect,” he said.",
        "The closures dominated Tuesday’s call-in show on Codka Beesha Radio, hosted by Abdiqani Hirsi. An edited excerpt, translated from Somali:",
        "FADUMO (CALLER): My husband is in Kismayo with our son. I sent nothing this month. What am I supposed to tell them?",
        "HIRSI: Did you try the app that the bank is recommending?",
        "FADUMO (CALLER): The app wants papers I do not have. The xawilaad only wanted my name and my face.",
    ),
    [
        "Ifrah Abdullahi Jama",
        "Twin Cities Somali Tribune",
        "Great Prairie Bank",
        "Xidig Express",
        "Mohamed Abdi Farah",
        "Masjid Tawfiiq Community Center",
        "Abdirahman Nur Ali",
        "Sahra Ahmed Yusuf",
        "Liban Ahmed Yusuf",
        "Codka Beesha Radio",
        "Abdiqani Hirsi",
        "Fadumo",
    ],
    [
        Q(
            "We have followed every rule. We file every report. We have done nothing different this year from last year",
            "Mohamed Abdi Farah",
            "Mohamed Abdi Farah",
            how="after",
        ),
        Q("The bank did not even tell us what we did wrong", "Mohamed Abdi Farah", "Mohamed Abdi Farah", how="before"),
        Q(
            "to meet our obligations under federal anti-money-laundering rules",
            "Great Prairie Bank",
            "Great Prairie Bank",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "a punishment for families who have done nothing",
            "Abdirahman Nur Ali",
            "Sheikh Abdirahman Nur Ali",
            kind="partial",
            how="before",
        ),
        Q(
            "The mother in Baidoa does not know what a compliance department is",
            "Abdirahman Nur Ali",
            "Sheikh Abdirahman",
            how="after",
        ),
        Q(
            "She only knows that the money did not come this month, and that her children did not eat meat",
            "Abdirahman Nur Ali",
            "Sheikh Abdirahman",
            how="before",
        ),
        Q(
            "We will write to the bank, we will write to our senators, and we will pray. But we will not be quiet",
            "Abdirahman Nur Ali",
            "@prev",
        ),
        Q(
            "The app wanted a bank account on the other side. My mother has a phone and a shop three hours away",
            "Sahra Ahmed Yusuf",
            "Sahra",
            how="after",
        ),
        Q("They treat every Somali like a suspect", "Liban Ahmed Yusuf", "he", how="after"),
        Q(
            "My husband is in Kismayo with our son. I sent nothing this month. What am I supposed to tell them",
            "Fadumo",
            ("label", "FADUMO (CALLER)"),
        ),
        Q("Did you try the app that the bank is recommending", "Abdiqani Hirsi", ("label", "HIRSI")),
        Q(
            "The app wants papers I do not have. The xawilaad only wanted my name and my face",
            "Fadumo",
            ("label", "FADUMO (CALLER)"),
        ),
    ],
)

article(
    "diaspora-community-press",
    5,
    P(
        "Amaoji union elections postponed again after WhatsApp row splits London branch",
        "By Chiamaka Eze-Holloway | Diaspora Mirror",
        "LONDON — Elections for the leadership of the UK branch of the Amaoji Development Union have been postponed for a second time after a dispute over membership dues spilled into the branch’s WhatsApp group and, last Sunday, into the car park of the Peckham hall where members meet.",
        "A notice circulated by the branch secretary on Tuesday lists the two candidates for president, in the union’s customary surname-first style, as “OKAFOR, Nnamdi (Chief)” and “ANYANWU, Chinedu (Engr.)”.",
        "Chief Nnamdi Okafor, the outgoing president, who is seeking a third term, said the postponement was “regrettable but necessary”. “We will not hold an election with a register that half of the members do not trust,” he said.",
        "His challenger, Engr. Chinedu Anyanwu, said the register had been “adjusted to remove members who ask questions”. “I paid my dues in January. I have the bank receipt. Suddenly my name is not on the list,” Anyanwu said.",
        "The row began in the branch’s WhatsApp group, which has more than 300 members. In a message posted late on Friday, one member accused the executive of “running the union like a family business”. Within minutes, a voice note from Lolo Chinwe Okafor, the president’s wife and leader of the union’s women’s wing, told members to “respect elders and stop this nonsense”.",
        "Reached by phone, Mrs. Okafor said her message had been misunderstood. “I said nothing against anybody. I said we should respect our elders, which is what my own mother taught me,” she said.",
        "Her husband said he had been a member of the union since 1989 and had never seen it so divided. “My late father told me before I travelled, ‘Wherever you go, build a house for our people.’” Chief Okafor said. “That is all I have tried to do.”",
        "Pastor Emmanuel Obi-Daniels of Grace Harvest Chapel, Peckham, who has been asked by both camps to mediate, said he would meet the two candidates next week. “Amaoji people quarrel loudly and reconcile quietly. I have seen it many times,” he said.",
        "The union’s legal adviser, Barr. Ifeoma Nwankwo-Diallo, said the register would be checked by an independent accountant before a new date was fixed, which she expected to be “no later than the end of March”.",
    ),
    [
        "Chiamaka Eze-Holloway",
        "Diaspora Mirror",
        "Amaoji Development Union",
        "Nnamdi Okafor",
        "Chinedu Anyanwu",
        "Chinwe Okafor",
        "Emmanuel Obi-Daniels",
        "Grace Harvest Chapel",
        "Ifeoma Nwankwo-Diallo",
    ],
    [
        Q("regrettable but necessary", "Nnamdi Okafor", "Chief Nnamdi Okafor", kind="partial", how="before"),
        Q(
            "We will not hold an election with a register that half of the members do not trust",
            "Nnamdi Okafor",
            "he",
            how="after",
        ),
        Q(
            "adjusted to remove members who ask questions",
            "Chinedu Anyanwu",
            "Engr. Chinedu Anyanwu",
            kind="partial",
            how="before",
        ),
        Q(
            "I paid my dues in January. I have the bank receipt. Suddenly my name is not on the list",
            "Chinedu Anyanwu",
            "Anyanwu",
            how="after",
        ),
        Q(
            "running the union like a family business",
            "one member",
            "one member",
            kind="partial",
            stype="unnamed",
            how="before",
        ),
        Q("respect elders and stop this nonsense", "Chinwe Okafor", "a voice note", kind="partial", how="before"),
        Q(
            "I said nothing against anybody. I said we should respect our elders, which is what my own mother taught me",
            "Chinwe Okafor",
            "she",
            how="after",
        ),
        Q(
            "My late father told me before I travelled, ‘Wherever you go, build a house for our people.’",
            "Nnamdi Okafor",
            "Chief Okafor",
            how="after",
        ),
        Q("That is all I have tried to do", "Nnamdi Okafor", "Chief Okafor", how="before"),
        Q(
            "Amaoji people quarrel loudly and reconcile quietly. I have seen it many times",
            "Emmanuel Obi-Daniels",
            "he",
            how="after",
        ),
        Q("no later than the end of March", "Ifeoma Nwankwo-Diallo", "she", kind="partial", anchor="she expected"),
    ],
)

article(
    "diaspora-community-press",
    6,
    P(
        "‘The end of an era’: Avondale’s Gąsienica Bakery to close after 52 years",
        "By Joanna Pietrzyk-Hale | Polonia Lakefront Weekly",
        "CHICAGO — Gąsienica Bakery, which has sold pączki, rye bread and poppy-seed rolls on Milwaukee Avenue since 1973, will close at the end of the month, its owner said this week.",
        "Stanisław Gąsienica-Byrcyn, 81, who took over the bakery from his father in 1979, is known to generations of customers as Pan Stanisław. Older customers from the Podhale region still greet him in the highland manner, surname first and with the diminutive: “Gąsienica Staszek.”",
        "“My hands are tired, and my son has his own life,” Pan Stanisław said in Polish. “Fifty-two years I was here at four in the morning. Now I would like to sleep until six.”",
        "His son, Tomasz Gąsienica-Byrcyn, 49, a software engineer in Naperville, said the family had spent two years looking for a buyer who would keep the bakery Polish. “We had offers for the building. Nobody wanted the ovens,” Tomasz said.",
        "The Tatra Highlanders Alliance of Chicago, which has held its monthly meetings in the bakery’s back room since the 1980s, said in a post on Facebook that the closure was “a loss for the whole of Polonia.” Its president, Janina Kołodziej-Marek, said: “This is the end of an era. Where will we go on Sunday after Mass?”",
        "At a farewell gathering on Sunday, Consul Piotr Wasilewski presented Pan Stanisław with a letter of thanks from the consulate. “For many Poles who came to Chicago with one suitcase, this bakery was the first place that smelled like home,” the consul said.",
        "On Monday’s morning call-in show on Radio Wisła Chicago, listeners shared memories. One caller, who gave her name only as Pani Halina from Jefferson Park, said she had bought her wedding cake there in 1976. “My husband is gone, the cake is long gone, and now the bakery is going,” she said, laughing and crying at once.",
        "Another caller, a man who did not give his name, wanted to know why nobody in the community had bought the business. “We all say we love it. Where were we with our money?” he asked.",
        "Pan Stanisław has said he will give his recipes to anyone who asks. His son laughed when he heard that. “He has been saying that for 30 years. Nobody has ever seen the rye recipe, not even me,” he said.",
    ),
    [
        "Joanna Pietrzyk-Hale",
        "Polonia Lakefront Weekly",
        "Gąsienica Bakery",
        "Stanisław Gąsienica-Byrcyn",
        "Tomasz Gąsienica-Byrcyn",
        "Tatra Highlanders Alliance of Chicago",
        "Janina Kołodziej-Marek",
        "Piotr Wasilewski",
        "Radio Wisła Chicago",
        "Halina",
    ],
    [
        Q(
            "My hands are tired, and my son has his own life",
            "Stanisław Gąsienica-Byrcyn",
            "Pan Stanisław",
            how="after",
        ),
        Q(
            "Fifty-two years I was here at four in the morning. Now I would like to sleep until six",
            "Stanisław Gąsienica-Byrcyn",
            "Pan Stanisław",
            how="before",
        ),
        Q("We had offers for the building. Nobody wanted the ovens", "Tomasz Gąsienica-Byrcyn", "Tomasz", how="after"),
        Q(
            "a loss for the whole of Polonia",
            "Tatra Highlanders Alliance of Chicago",
            "The Tatra Highlanders Alliance of Chicago",
            kind="partial",
            stype="organisation",
            how="before",
        ),
        Q(
            "This is the end of an era. Where will we go on Sunday after Mass",
            "Janina Kołodziej-Marek",
            "Janina Kołodziej-Marek",
            how="before",
        ),
        Q(
            "For many Poles who came to Chicago with one suitcase, this bakery was the first place that smelled like home",
            "Piotr Wasilewski",
            "the consul",
            how="after",
        ),
        Q("My husband is gone, the cake is long gone, and now the bakery is going", "Halina", "she", how="after"),
        Q("We all say we love it. Where were we with our money", "another caller", "he", stype="unnamed", how="after"),
        Q(
            "He has been saying that for 30 years. Nobody has ever seen the rye recipe, not even me",
            "Tomasz Gąsienica-Byrcyn",
            "he",
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
