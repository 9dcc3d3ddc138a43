#!/usr/bin/env python3
"""Source of truth for part_a.jsonl -- hand-written quote-attribution gold set.

All articles below are invented (people, outlets, towns, companies).  Each
article is held as plain text; every gold quote and every speaker mention is
located by exact substring search and the character offsets are computed
here, then checked (text[start:end] == quote text, quote-mark sanity, counts,
word counts) before part_a.jsonl is written.

Run:  python3 make_part_a.py          (writes part_a.jsonl next to this file)
      python3 make_part_a.py --review (also prints every quote with its
                                       attribution context for proofreading)

Labelling conventions (see also the report in the project notes):
* quote start/end exclude the quotation marks and any edge , . ; : ! ? or
  spaces.  Nested marks inside a quote are kept (a quote can end in a nested
  closing mark, e.g. ...your house.").
* one gold quote per contiguous quoted span: ["A," she said. "B."] gives two
  gold quotes, both pointing at "she".  A quote continued over a paragraph
  break gives one gold quote per paragraph part; the continuation points at
  the mention that attributed the part it continues.
* an unattributed turn in alternating dialogue points at the mention that
  attributed that speaker's previous turn.
* quotations nested inside a gold quote are never separate gold quotes.
  Scare quotes, titles, product/programme names, quoted words in legal
  boilerplate are not gold quotes.
* quotes in a headline ARE gold when the headline attributes them
  ("'...': Home Secretary defends ..."); the span is the headline mention.
* source span = the mention at the attributing place: pronoun, surname,
  "Mr X", or name with glued pre-nominal title/role ("Sen. Dolores
  Whitfield", "mission manager Rosalind Achebe") -- never a determiner or a
  following appositive; post-nominal letters (KC, Ph.D., M.D.) are left out,
  name suffixes (Jr., Sr, III) are kept.  Role-only / unnamed mentions keep
  their determiner ("the Home Secretary", "the ministry", "a No 10 source").
  Transcript turns point at the speaker label (without the colon/period).
* speaker = canonical full name as first given in full, without title /
  honorific / role, keeping particles and suffixes as written
  ("Raymond Ellison Jr.", "Conrad Maybury Jr", "Pieter van der Meulen").
  Peers known only by title keep it ("Lord Pemberton").  Organisations: the
  fullest name the text uses.  Unnamed sources: the descriptive phrase as
  first introduced, lower-cased article.
* "Q" turns at a press conference with anonymous reporters: speaker
  "a reporter", speaker_type "unnamed"; a spokesman/source/ally is
  "unnamed"; "organisation" only when the organisation itself is the
  grammatical speaker ("the ministry said in a statement").
* entities: every person and organisation named anywhere in the text (also
  inside quotes, bylines, credits and contact blocks), incl. outlets,
  government bodies, parliaments/courts, and metonyms used as institutions
  (No 10, Downing Street, Whitehall); not places, products, programmes,
  events or generic common nouns ("the Government", "the party").
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_a.jsonl")

from gold import P, Q, build, summarise, write  # noqa: E402


ARTICLES = []


def article(style, n, text, entities, quotes):
    ARTICLES.append(dict(style=style, n=n, text=text, entities=entities, quotes=quotes))


# ---------------------------------------------------------------------------
# WIRE
# ---------------------------------------------------------------------------

article(
    "wire",
    1,
    P(
        "EU and Norway fail to agree mackerel quotas as talks run past deadline",
        "BRUSSELS (Reuters) - The European Union and Norway failed to agree on mackerel catch limits for next year after two days of talks, leaving fishing fleets on both sides uncertain about how much they will be allowed to land from January.",
        "“We came here to close a deal and we are leaving without one,” EU Fisheries Commissioner Margit Lindqvist told reporters after the talks broke up late on Tuesday. “That is not good news for anybody who depends on this stock.”",
        "Norway’s fisheries minister, Henrik Aasland, said the gap between the two sides had narrowed but remained “substantial”.",
        "“The science is clear that the stock is under pressure,” he said. “Everyone has to take a cut, not only Norway.”",
        "Lindqvist said the EU had offered to reduce its own share by 8%, a figure she described as “a serious and painful concession”.",
        "A senior EU diplomat who asked not to be named said Oslo had been “unwilling to move an inch” on access for EU vessels to the northern banks, a rich fishing ground that both sides claim.",
        "Aasland rejected that. “We moved several times. It is simply not true that Norway has been inflexible,” he said, adding that talks would resume in Bergen on Dec. 14.",
        "The European Fisheries Alliance, which represents vessel owners in nine member states, said in a statement the failure was “deeply frustrating for crews who have already cut back their fishing days”.",
        "Scientists advising both sides have recommended a 22% cut in total catches of what they call the “western component” of the stock, which spawns off Ireland and migrates north in summer.",
        "Lindqvist said she would brief EU fisheries ministers at their December meeting. “I remain hopeful, but hope is not a quota,” she said.",
        "(Reporting by Tomas Rydell; Editing by Kate Ferrer)",
    ),
    [
        "Reuters",
        "European Union",
        "Margit Lindqvist",
        "Henrik Aasland",
        "European Fisheries Alliance",
        "Tomas Rydell",
        "Kate Ferrer",
    ],
    [
        Q(
            "We came here to close a deal and we are leaving without one",
            "Margit Lindqvist",
            "EU Fisheries Commissioner Margit Lindqvist",
        ),
        Q(
            "That is not good news for anybody who depends on this stock",
            "Margit Lindqvist",
            "EU Fisheries Commissioner Margit Lindqvist",
        ),
        Q("substantial", "Henrik Aasland", "Henrik Aasland", kind="partial"),
        Q("The science is clear that the stock is under pressure", "Henrik Aasland", "he"),
        Q("Everyone has to take a cut, not only Norway", "Henrik Aasland", "he"),
        Q("a serious and painful concession", "Margit Lindqvist", "she", kind="partial"),
        Q(
            "unwilling to move an inch",
            "a senior EU diplomat who asked not to be named",
            "A senior EU diplomat",
            kind="partial",
            stype="unnamed",
        ),
        Q("We moved several times. It is simply not true that Norway has been inflexible", "Henrik Aasland", "he"),
        Q(
            "deeply frustrating for crews who have already cut back their fishing days",
            "European Fisheries Alliance",
            "The European Fisheries Alliance",
            kind="partial",
            stype="organisation",
        ),
        Q("I remain hopeful, but hope is not a quota", "Margit Lindqvist", "she"),
    ],
)

article(
    "wire",
    2,
    P(
        "Floods displace thousands in western Kenya as rains intensify",
        "NAIROBI, Kenya (AP) — Flash floods have forced more than 12,000 people from their homes in western Kenya’s Marula County, officials said Wednesday, as the “long rains” season brought the heaviest downpours the region has seen in more than a decade.",
        "“The water came at night. We only had time to carry the children,” said Grace Atieno, a 34-year-old mother of three who spent two nights on the roof of a primary school in the village of Nyakwere.",
        "Her neighbor, Samuel Ouma, said he had lost his entire maize crop. “Everything is gone. The cow, the granary, the seeds for next season,” he said.",
        "Marula Gov. Peter Wambua told reporters that 14 people had died and at least 30 were missing. He said the county had run out of tents and was housing families in schools and churches.",
        "“We are appealing to the national government and to anyone who can help,” Wambua said. “Our hospitals are overwhelmed.",
        "“We have one ambulance for the whole of the lower valley, and it has been stuck in the mud since Monday.”",
        "The floods were “the worst this county has seen since 1998,” according to Wambua, who said the county had asked the national treasury for 400 million shillings ($3.1 million) in emergency funds.",
        "The Kenya Relief Society said its teams had reached only about half of the affected villages because roads and two bridges had been washed away. “Access is the biggest problem right now,” the society said in a statement.",
        "Kenya’s Meteorological Department warned that heavy rain would continue through the weekend. A department spokeswoman, Faith Njeri, said: “People living near rivers should move to higher ground now. Do not wait for the water.”",
        "Back in Nyakwere, Atieno said she did not know when her family could go home. “Maybe in a month. Maybe never,” she said.",
        "Associated Press writer Evelyn Muthoni in Kisumu contributed to this report.",
    ),
    [
        "Associated Press",
        "Grace Atieno",
        "Samuel Ouma",
        "Peter Wambua",
        "Kenya Relief Society",
        "Meteorological Department",
        "Faith Njeri",
        "Evelyn Muthoni",
    ],
    [
        Q("The water came at night. We only had time to carry the children", "Grace Atieno", "Grace Atieno"),
        Q("Everything is gone. The cow, the granary, the seeds for next season", "Samuel Ouma", "he"),
        Q("We are appealing to the national government and to anyone who can help", "Peter Wambua", "Wambua"),
        Q("Our hospitals are overwhelmed", "Peter Wambua", "Wambua"),
        Q(
            "We have one ambulance for the whole of the lower valley, and it has been stuck in the mud since Monday",
            "Peter Wambua",
            "@prev",
        ),
        Q("the worst this county has seen since 1998", "Peter Wambua", "Wambua", kind="partial"),
        Q("Access is the biggest problem right now", "Kenya Relief Society", "the society", stype="organisation"),
        Q(
            "People living near rivers should move to higher ground now. Do not wait for the water",
            "Faith Njeri",
            "Faith Njeri",
        ),
        Q("Maybe in a month. Maybe never", "Grace Atieno", "she"),
    ],
)

article(
    "wire",
    3,
    P(
        """Ohio Senate passes bill to cap rural water rates after heated debate""",
        '''COLUMBUS, Ohio (AP) — The Ohio Senate voted 19-14 on Thursday to cap what small water utilities can charge rural customers, sending the measure to the Ohio House after a debate that Sen. Dolores Whitfield called "the ugliest I've seen in this chamber."''',
        """The bill's sponsor, Republican Sen. Raymond Ellison Jr. of Millersport, said families in his district were paying up to three times what city residents pay for the same amount of water.""",
        '''"These are people on fixed incomes who are choosing between water and medicine," Ellison said. "That's not a choice anybody in Ohio should have to make."''',
        '''Whitfield, a Democrat from Dayton, opposed the bill, arguing it would push small utilities toward bankruptcy. "Nobody in this room is against cheaper water," she said. "But if the utility goes under, the rate is zero because there is no water."''',
        """Ellison dismissed that argument, noting that the bill includes a $40 million fund to help struggling utilities replace aging pipes.""",
        """Gov. Mark Tillery has not said whether he would sign it. His spokesman, Dan Kozlowski, said the governor "has concerns about the funding mechanism" but wanted to see the final version.""",
        """"He's not going to commit to anything until the House is done with it," Kozlowski said.""",
        """A Republican aide who was not authorized to speak publicly said leadership expected the House to rewrite the funding language. "There's no way it passes over there as written," the aide said.""",
        """The Ohio Rural Water Association, which represents about 300 small utilities, said in a statement that it was "disappointed but not surprised" by the vote.""",
        """Ellison, whose father, Raymond Ellison Sr., held the same seat for 16 years, said he would keep pushing.""",
        """"My dad used to say the water bill is the first one people stop paying and the last one they forget," he said.""",
    ),
    [
        "AP",
        "Ohio Senate",
        "Ohio House",
        "Dolores Whitfield",
        "Raymond Ellison Jr.",
        "Mark Tillery",
        "Dan Kozlowski",
        "Ohio Rural Water Association",
        "Raymond Ellison Sr.",
    ],
    [
        Q("the ugliest I've seen in this chamber", "Dolores Whitfield", "Sen. Dolores Whitfield", kind="partial"),
        Q(
            "These are people on fixed incomes who are choosing between water and medicine",
            "Raymond Ellison Jr.",
            "Ellison",
        ),
        Q("That's not a choice anybody in Ohio should have to make", "Raymond Ellison Jr.", "Ellison"),
        Q("Nobody in this room is against cheaper water", "Dolores Whitfield", "she"),
        Q("But if the utility goes under, the rate is zero because there is no water", "Dolores Whitfield", "she"),
        Q("has concerns about the funding mechanism", "Dan Kozlowski", "Dan Kozlowski", kind="partial"),
        Q("He's not going to commit to anything until the House is done with it", "Dan Kozlowski", "Kozlowski"),
        Q(
            "There's no way it passes over there as written",
            "a Republican aide who was not authorized to speak publicly",
            "the aide",
            stype="unnamed",
        ),
        Q(
            "disappointed but not surprised",
            "Ohio Rural Water Association",
            "The Ohio Rural Water Association",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "My dad used to say the water bill is the first one people stop paying and the last one they forget",
            "Raymond Ellison Jr.",
            "he",
        ),
    ],
)

article(
    "wire",
    4,
    P(
        "Dutch port operator Delta Terminals cuts outlook as strike bites",
        "ROTTERDAM (Reuters) - Dutch port operator Delta Terminals cut its full-year profit forecast on Tuesday, blaming a three-week strike by dockworkers that it said had cost it about 45 million euros ($48 million).",
        "“This has been the most difficult quarter in the company’s history,” Chief Executive Pieter van der Meulen told reporters on a conference call. “We will not pretend otherwise.”",
        "Shares in Delta fell 6.2% by 1030 GMT, making it the biggest faller on the Amsterdam midcap index.",
        "Van der Meulen said the company remained committed to talks with the union but would not accept a wage deal that “puts the future of the terminal at risk”.",
        "Finance chief Ingrid de Boer said cost savings would offset part of the damage. Asked whether the dividend was safe, she said: “We see no reason today to change our dividend policy.”",
        "The Port Workers’ Federation said the company’s own figures showed it could afford a better offer. “They found 45 million to lose on a strike. They can find a fraction of that for the people who move their containers,” federation chairman Khalid al-Mansouri said in a statement.",
        "Al-Mansouri said members would vote next week on whether to extend the stoppage.",
        "Analysts said the guidance cut was deeper than expected. “The market was braced for something, but not for this,” said Lotte Verhoeven, an analyst at Nordhaven Securities. “The bigger question is whether customers come back once the strike ends.”",
        "According to Verhoeven, at least two large shipping lines diverted vessels to Antwerp during the stoppage.",
        "Van der Meulen said he expected most of that volume to return. “Customers have been patient with us, and they have told us they want to come back,” he said.",
        "(Reporting by Marieke Jansen; Editing by Arno Schaefer)",
    ),
    [
        "Reuters",
        "Delta Terminals",
        "Pieter van der Meulen",
        "Ingrid de Boer",
        "Port Workers’ Federation",
        "Khalid al-Mansouri",
        "Lotte Verhoeven",
        "Nordhaven Securities",
        "Marieke Jansen",
        "Arno Schaefer",
    ],
    [
        Q(
            "This has been the most difficult quarter in the company’s history",
            "Pieter van der Meulen",
            "Chief Executive Pieter van der Meulen",
        ),
        Q("We will not pretend otherwise", "Pieter van der Meulen", "Chief Executive Pieter van der Meulen"),
        Q("puts the future of the terminal at risk", "Pieter van der Meulen", "Van der Meulen", kind="partial"),
        Q("We see no reason today to change our dividend policy", "Ingrid de Boer", "she"),
        Q(
            "They found 45 million to lose on a strike. They can find a fraction of that for the people who move their containers",
            "Khalid al-Mansouri",
            "federation chairman Khalid al-Mansouri",
        ),
        Q("The market was braced for something, but not for this", "Lotte Verhoeven", "Lotte Verhoeven"),
        Q(
            "The bigger question is whether customers come back once the strike ends",
            "Lotte Verhoeven",
            "Lotte Verhoeven",
        ),
        Q(
            "Customers have been patient with us, and they have told us they want to come back",
            "Pieter van der Meulen",
            "he",
        ),
    ],
)

article(
    "wire",
    5,
    P(
        "Asteroid probe Kestrel back in contact after nine days of silence",
        "PASADENA, Calif. (AP) — Engineers have re-established contact with NASA’s Kestrel spacecraft nine days after it fell silent on its way to the asteroid Thessaly, the space agency said Monday.",
        "‘‘We heard her heartbeat at 3:12 in the morning and the whole room just erupted,’’ said mission manager Rosalind Achebe of the Jet Propulsion Laboratory, which built and operates the probe.",
        "The spacecraft had put itself into ‘‘safe mode’’ — a protective standby state — on Aug. 2 after a software fault caused it to lose its lock on the sun, the agency said.",
        "Achebe said the team spent the first days of the blackout sending commands with no idea whether any were getting through. ‘‘Nobody slept much. You keep thinking about everything that could have gone wrong,’’ she said.",
        "NASA science chief Thomas Brandt said an independent board would review the fault. ‘‘This is exactly why we build in redundancy,’’ he told reporters on a call. ‘‘The spacecraft did what it was designed to do.’’",
        "Planetary geologist Luis Ferreira-Ocampo of Sonoran State University, author of the textbook ‘‘Small Worlds,’’ said the delay was unlikely to hurt the mission’s science. ‘‘Thessaly isn’t going anywhere,’’ he said. ‘‘A week or two late is nothing on the timescale of an asteroid.’’",
        "Brandt declined to say whether a software update sent to the probe in July had caused the problem. ‘‘I’m not going to get ahead of the board,’’ he said.",
        "According to Achebe, the probe’s instruments appear undamaged and its fuel reserves are ‘‘right where we want them.’’",
        "Kestrel is due to reach Thessaly in November and spend 14 months mapping its surface before attempting to collect a sample and bring it back to Earth in 2031.",
    ),
    [
        "AP",
        "NASA",
        "Jet Propulsion Laboratory",
        "Rosalind Achebe",
        "Thomas Brandt",
        "Luis Ferreira-Ocampo",
        "Sonoran State University",
    ],
    [
        Q(
            "We heard her heartbeat at 3:12 in the morning and the whole room just erupted",
            "Rosalind Achebe",
            "mission manager Rosalind Achebe",
        ),
        Q("Nobody slept much. You keep thinking about everything that could have gone wrong", "Rosalind Achebe", "she"),
        Q("This is exactly why we build in redundancy", "Thomas Brandt", "he"),
        Q("The spacecraft did what it was designed to do", "Thomas Brandt", "he"),
        Q("Thessaly isn’t going anywhere", "Luis Ferreira-Ocampo", "he"),
        Q("A week or two late is nothing on the timescale of an asteroid", "Luis Ferreira-Ocampo", "he"),
        Q("I’m not going to get ahead of the board", "Thomas Brandt", "he"),
        Q("right where we want them", "Rosalind Achebe", "Achebe", kind="partial"),
    ],
)

article(
    "wire",
    6,
    P(
        "Egypt to raise subsidised bread price for first time in three years - official",
        "CAIRO (Reuters) - Egypt plans to raise the price of subsidised bread next month for the first time in three years, a senior official at the Ministry of Supply and Internal Trade told Reuters on Sunday, as the cost of imported wheat strains state finances.",
        "“The decision has been taken. What remains is the timing and how it is announced,” the official said, speaking on condition of anonymity because the plan had not been made public.",
        "The ministry later said in a statement that “no decision has been taken on the price of bread” and that any change would “protect the most vulnerable families”.",
        "About 60 million Egyptians are entitled to buy five loaves a day at a fixed price using ration cards, known locally as “tamween”, under a programme that costs the state billions of pounds a year.",
        "Supply Minister Hisham al-Naggar told a parliamentary committee last month that the subsidy bill was “not sustainable in its current form”.",
        "Rania Fouad, an economist at Nile Crescent Research in Cairo, said the impact would depend on what else the government does. “A modest increase is manageable. What worries me is if it comes together with fuel and electricity hikes in the same quarter,” she said.",
        "In the Shubra district, Mahmoud Saleh, a 52-year-old taxi driver, said many families already struggled to make ends meet. “Bread is the last thing. If they touch bread, they touch everything,” he said.",
        "Al-Naggar, asked about the reports by a television presenter on Sunday evening, did not deny them. “We will always protect the citizen’s loaf,” he said.",
        "According to Fouad, each 10-piastre increase would save the state about 4 billion Egyptian pounds ($82 million) a year. Fouad added: “The government has to explain it well. People accept pain when they understand why.”",
        "(Reporting by Yasmin Abdelrahman; Writing by Omar Haddad; Editing by Clara Benedetti)",
    ),
    [
        "Reuters",
        "Ministry of Supply and Internal Trade",
        "Hisham al-Naggar",
        "Rania Fouad",
        "Nile Crescent Research",
        "Mahmoud Saleh",
        "Yasmin Abdelrahman",
        "Omar Haddad",
        "Clara Benedetti",
    ],
    [
        Q(
            "The decision has been taken. What remains is the timing and how it is announced",
            "a senior official at the Ministry of Supply and Internal Trade",
            "the official",
            stype="unnamed",
        ),
        Q(
            "no decision has been taken on the price of bread",
            "Ministry of Supply and Internal Trade",
            "The ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "protect the most vulnerable families",
            "Ministry of Supply and Internal Trade",
            "The ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "not sustainable in its current form",
            "Hisham al-Naggar",
            "Supply Minister Hisham al-Naggar",
            kind="partial",
        ),
        Q(
            "A modest increase is manageable. What worries me is if it comes together with fuel and electricity hikes in the same quarter",
            "Rania Fouad",
            "she",
        ),
        Q("Bread is the last thing. If they touch bread, they touch everything", "Mahmoud Saleh", "he"),
        Q("We will always protect the citizen’s loaf", "Hisham al-Naggar", "he"),
        Q("The government has to explain it well. People accept pain when they understand why", "Rania Fouad", "Fouad"),
    ],
)

# ---------------------------------------------------------------------------
# BRITISH
# ---------------------------------------------------------------------------

article(
    "british",
    1,
    P(
        "‘We will not be rushed’: Home Secretary defends delay to policing reforms",
        "The Home Secretary has defended her decision to delay a shake-up of police complaints procedures, insisting the Government would ‘get it right rather than get it fast’.",
        "Priya Lambert told the BBC’s Sunday Politics programme that the reforms, first promised in the party’s manifesto, would now be introduced in the autumn rather than before the summer recess.",
        "‘We will not be rushed into legislation that ends up in the courts for the next five years,’ she said. ‘Victims deserve a system that works, not a press release.’",
        "But Sir Geoffrey Hale, the shadow home secretary, accused Ms Lambert of ‘running scared’ of her own backbenchers.",
        "‘Ministers keep saying “autumn”, “next session”, “in due course”. What families hear is “never”,’ Sir Geoffrey said.",
        "Mark Devlin, chairman of the Police Officers’ Association, said rank-and-file officers had been left in limbo. ‘Our members have been told three different timetables in eighteen months. Nobody can plan on that basis,’ he said.",
        "A No 10 source insisted the Prime Minister was fully behind his Home Secretary. ‘The PM and Priya speak most days. There is not a cigarette paper between them on this,’ the source said.",
        "Ms Lambert, a former barrister who entered Parliament in 2017, said she had asked officials to publish a draft Bill before Christmas so that it could be properly scrutinised.",
        "Asked whether she would resign if the timetable slipped again, she laughed: ‘I don’t think anyone is going to be writing my political obituary over a consultation.’",
        "The Home Office said in a statement that the delay would ‘allow further engagement with victims’ groups and police forces’.",
    ),
    [
        "Priya Lambert",
        "BBC",
        "Geoffrey Hale",
        "Mark Devlin",
        "Police Officers’ Association",
        "No 10",
        "Parliament",
        "Home Office",
    ],
    [
        Q("We will not be rushed", "Priya Lambert", "Home Secretary", occ=0),
        Q("get it right rather than get it fast", "Priya Lambert", "The Home Secretary", kind="partial"),
        Q(
            "We will not be rushed into legislation that ends up in the courts for the next five years",
            "Priya Lambert",
            "she",
        ),
        Q("Victims deserve a system that works, not a press release", "Priya Lambert", "she"),
        Q("running scared", "Geoffrey Hale", "Sir Geoffrey Hale", kind="partial"),
        Q(
            "Ministers keep saying “autumn”, “next session”, “in due course”. What families hear is “never”",
            "Geoffrey Hale",
            "Sir Geoffrey",
        ),
        Q(
            "Our members have been told three different timetables in eighteen months. Nobody can plan on that basis",
            "Mark Devlin",
            "he",
        ),
        Q(
            "The PM and Priya speak most days. There is not a cigarette paper between them on this",
            "a No 10 source",
            "the source",
            stype="unnamed",
        ),
        Q(
            "I don’t think anyone is going to be writing my political obituary over a consultation",
            "Priya Lambert",
            "she",
        ),
        Q(
            "allow further engagement with victims’ groups and police forces",
            "Home Office",
            "The Home Office",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "british",
    2,
    P(
        "Hospital chief warns of ‘winter like no other’ as A&E waits hit record",
        "The head of one of England’s largest hospital trusts has warned that the NHS faces ‘a winter like no other’ after figures showed A&E waiting times had reached their worst level since records began.",
        "Dame Helen Okafor, chief executive of the Greater Wessex Hospitals NHS Trust, said staff were ‘running on empty’ and that corridors had in effect become permanent wards.",
        "‘I have been a nurse or a manager in this health service for thirty-one years,’ Dame Helen said. ‘I have never seen pressure like this in October.",
        "‘We are asking people to do things they trained for years not to do – to treat patients on trolleys, in corridors, in ambulances parked outside. That is not safe and everybody knows it.’",
        "Figures published yesterday showed that more than 160,000 patients waited over twelve hours in emergency departments last month, up from 118,000 a year earlier.",
        "The Health Secretary, Daniel Ashcroft, said: ‘Nobody is pretending this is acceptable. We have put an extra £1.2 billion into urgent care this year and we expect to see that money make a difference over the winter.’",
        "But Lord Pemberton, a former health minister, called the extra funding ‘a sticking plaster on a broken leg’.",
        "‘The money is welcome, but money without staff is just a number on a spreadsheet,’ he told peers.",
        "Mr Ashcroft is expected to set out a new workforce plan for emergency medicine before Christmas.",
        "Sarah Quinlan, of the College of Emergency Nursing, said the figures had come as no surprise to those on the front line. ‘Every one of our members could have written this headline in July,’ she said.",
    ),
    [
        "NHS",
        "Helen Okafor",
        "Greater Wessex Hospitals NHS Trust",
        "Daniel Ashcroft",
        "Lord Pemberton",
        "Sarah Quinlan",
        "College of Emergency Nursing",
    ],
    [
        Q("winter like no other", "Helen Okafor", "Hospital chief", kind="partial", occ=0),
        Q(
            "a winter like no other",
            "Helen Okafor",
            "The head of one of England’s largest hospital trusts",
            kind="partial",
        ),
        Q("running on empty", "Helen Okafor", "Dame Helen Okafor", kind="partial"),
        Q("I have been a nurse or a manager in this health service for thirty-one years", "Helen Okafor", "Dame Helen"),
        Q("I have never seen pressure like this in October", "Helen Okafor", "Dame Helen"),
        Q(
            "We are asking people to do things they trained for years not to do – to treat patients on trolleys, in corridors, in ambulances parked outside. That is not safe and everybody knows it",
            "Helen Okafor",
            "@prev",
        ),
        Q(
            "Nobody is pretending this is acceptable. We have put an extra £1.2 billion into urgent care this year and we expect to see that money make a difference over the winter",
            "Daniel Ashcroft",
            "Daniel Ashcroft",
        ),
        Q("a sticking plaster on a broken leg", "Lord Pemberton", "Lord Pemberton", kind="partial"),
        Q("The money is welcome, but money without staff is just a number on a spreadsheet", "Lord Pemberton", "he"),
        Q("Every one of our members could have written this headline in July", "Sarah Quinlan", "she"),
    ],
)

article(
    "british",
    3,
    P(
        "Sir Alastair rules out wealth tax as Chancellor faces backbench revolt",
        "The Prime Minister has ruled out a wealth tax ‘in this Parliament’ in a move that appeared to slap down his own Chancellor barely a fortnight before the Budget.",
        "Sir Alastair Penrose told reporters travelling with him to a summit in Jakarta that he had ‘no plans, no intention and no appetite’ for new taxes on assets.",
        "‘Working people have had enough taken off them,’ he said. ‘I am not going to go to them and say: “Now we are coming for your house.”’",
        "Rachel Emery, the Chancellor, was reported at the weekend to be considering a 1 per cent annual levy on fortunes above £10 million. Allies insisted there was no rift. ‘Rachel and the PM are completely aligned,’ one ally of the Chancellor said.",
        "Not all of the Government’s own MPs were convinced. Tom Whitcombe, the MP for Stainforth and a former Treasury minister, called the Prime Minister’s intervention ‘reckless’.",
        "‘You do not undercut your Chancellor a fortnight before a Budget. The markets notice these things, even if Downing Street doesn’t,’ Mr Whitcombe told the BBC.",
        "The Leader of the Opposition, Harjit Dhillon, said the episode showed a government ‘at war with itself’. ‘The Prime Minister says one thing, the Chancellor briefs another, and the country pays the price,’ Mr Dhillon said.",
        "Sir Alastair, asked on the flight home whether he still had confidence in Ms Emery, replied: ‘Total confidence. She is doing a superb job.’",
    ),
    [
        "Alastair Penrose",
        "Parliament",
        "Rachel Emery",
        "Tom Whitcombe",
        "Treasury",
        "Downing Street",
        "BBC",
        "Harjit Dhillon",
    ],
    [
        Q("in this Parliament", "Alastair Penrose", "The Prime Minister", kind="partial"),
        Q("no plans, no intention and no appetite", "Alastair Penrose", "Sir Alastair Penrose", kind="partial"),
        Q("Working people have had enough taken off them", "Alastair Penrose", "he"),
        Q("I am not going to go to them and say: “Now we are coming for your house.”", "Alastair Penrose", "he"),
        Q(
            "Rachel and the PM are completely aligned",
            "one ally of the Chancellor",
            "one ally of the Chancellor",
            stype="unnamed",
        ),
        Q("reckless", "Tom Whitcombe", "Tom Whitcombe", kind="partial"),
        Q(
            "You do not undercut your Chancellor a fortnight before a Budget. The markets notice these things, even if Downing Street doesn’t",
            "Tom Whitcombe",
            "Mr Whitcombe",
        ),
        Q("at war with itself", "Harjit Dhillon", "Harjit Dhillon", kind="partial"),
        Q(
            "The Prime Minister says one thing, the Chancellor briefs another, and the country pays the price",
            "Harjit Dhillon",
            "Mr Dhillon",
        ),
        Q("Total confidence. She is doing a superb job", "Alastair Penrose", "Sir Alastair"),
    ],
)

article(
    "british",
    4,
    P(
        "US tycoon jailed for eight years over £40m pension fraud",
        "An American property tycoon has been jailed for eight years after a judge said he had ‘treated pensioners’ savings as his personal piggy bank’.",
        "Conrad Maybury Jr, 58, from Connecticut, was convicted at Thameside Crown Court in June of four counts of fraud after £40 million went missing from a pension scheme run by his family’s firm, Maybury Holdings.",
        "Sentencing him yesterday, Judge Anthony Keane said: ‘You are a man who had everything – wealth, a family who loved you, the respect of your industry. You chose to throw it away out of greed.",
        "‘The people you stole from were not wealthy. Many of them were teachers, nurses and bus drivers who had saved for forty years.’",
        "Maybury, who wore a grey suit and showed no emotion as the sentence was read, had denied the charges. His barrister, Oliver Strand, told the court his client was ‘a broken man’ who had ‘lost everything’ since his arrest.",
        "During the trial, Fenella Armitage KC, prosecuting, told the jury that Maybury had ‘lied to regulators, lied to trustees and lied to his own accountants’.",
        "Outside court, Joan Pritchard, 79, a retired school secretary from Kent who lost £86,000, said: ‘I hope he thinks about us every single day he is inside. I’ve had to sell my home.’",
        "Her son, David Pritchard, said the family would never see most of the money again. ‘Eight years is nothing. Mum will be lucky to get a penny back,’ he said.",
        "Mr Maybury’s father, Conrad Maybury Sr, founded the firm in 1961 and was once one of the best-known developers in New England.",
        "The Financial Crimes Unit, which led the investigation, said it would now seek to recover assets. ‘This sentence sends a clear message that those who steal from pension savers will be caught,’ the unit said in a statement.",
    ),
    [
        "Conrad Maybury Jr",
        "Thameside Crown Court",
        "Maybury Holdings",
        "Anthony Keane",
        "Oliver Strand",
        "Fenella Armitage",
        "Joan Pritchard",
        "David Pritchard",
        "Conrad Maybury Sr",
        "Financial Crimes Unit",
    ],
    [
        Q("treated pensioners’ savings as his personal piggy bank", "Anthony Keane", "a judge", kind="partial"),
        Q(
            "You are a man who had everything – wealth, a family who loved you, the respect of your industry. You chose to throw it away out of greed",
            "Anthony Keane",
            "Judge Anthony Keane",
        ),
        Q(
            "The people you stole from were not wealthy. Many of them were teachers, nurses and bus drivers who had saved for forty years",
            "Anthony Keane",
            "@prev",
        ),
        Q("a broken man", "Oliver Strand", "Oliver Strand", kind="partial"),
        Q("lost everything", "Oliver Strand", "Oliver Strand", kind="partial"),
        Q(
            "lied to regulators, lied to trustees and lied to his own accountants",
            "Fenella Armitage",
            "Fenella Armitage",
            kind="partial",
        ),
        Q(
            "I hope he thinks about us every single day he is inside. I’ve had to sell my home",
            "Joan Pritchard",
            "Joan Pritchard",
        ),
        Q("Eight years is nothing. Mum will be lucky to get a penny back", "David Pritchard", "he"),
        Q(
            "This sentence sends a clear message that those who steal from pension savers will be caught",
            "Financial Crimes Unit",
            "the unit",
            stype="organisation",
        ),
    ],
)

article(
    "british",
    5,
    P(
        "Opera company to scrap touring arm after funding cut",
        "Britain’s oldest regional opera company is to scrap its touring programme after losing a third of its public funding, in what its director described as ‘a dark day for music outside London’.",
        "Dame Imelda Crowther-Vance, who has run Northern Royal Opera since 2011, said the decision had been taken with enormous sadness after the National Arts Fund cut its grant from £3.6 million to £2.4 million.",
        "‘For sixty years we have taken Verdi and Britten to towns that will never see the inside of Covent Garden,’ she told the BBC. ‘From next spring, that stops.’",
        "The company’s acclaimed touring production, ‘The Ring in a Day’, visited 23 towns last year, many of them former mining communities targeted by the Government’s so-called ‘levelling up’ agenda.",
        "The fund’s chair, Shona Baird, said it had been forced to make ‘impossible choices’ after its own budget was reduced by the Treasury.",
        "‘I understand the anger. I share some of it,’ she said. ‘But we have protected more organisations than we have cut, and that was the priority.’",
        "Dame Imelda was unconvinced. ‘With respect, you cannot protect opera by cutting opera,’ she said.",
        "Culture Secretary Ben Okonjo said ministers would not intervene in individual funding decisions. ‘The Government is not in the business of running opera houses,’ Mr Okonjo said.",
        "Lord Aldworth, who chaired the National Arts Fund in the 2000s, said the cut ‘should shame us all’.",
        "A Whitehall source said: ‘Nobody wanted this, but the alternative was salami-slicing everyone.’",
    ),
    [
        "Imelda Crowther-Vance",
        "Northern Royal Opera",
        "National Arts Fund",
        "Verdi",
        "Britten",
        "BBC",
        "Shona Baird",
        "Treasury",
        "Ben Okonjo",
        "Lord Aldworth",
        "Whitehall",
    ],
    [
        Q("a dark day for music outside London", "Imelda Crowther-Vance", "its director", kind="partial"),
        Q(
            "For sixty years we have taken Verdi and Britten to towns that will never see the inside of Covent Garden",
            "Imelda Crowther-Vance",
            "she",
        ),
        Q("From next spring, that stops", "Imelda Crowther-Vance", "she"),
        Q("impossible choices", "Shona Baird", "Shona Baird", kind="partial"),
        Q("I understand the anger. I share some of it", "Shona Baird", "she"),
        Q("But we have protected more organisations than we have cut, and that was the priority", "Shona Baird", "she"),
        Q("With respect, you cannot protect opera by cutting opera", "Imelda Crowther-Vance", "she"),
        Q("The Government is not in the business of running opera houses", "Ben Okonjo", "Mr Okonjo"),
        Q("should shame us all", "Lord Aldworth", "Lord Aldworth", kind="partial"),
        Q(
            "Nobody wanted this, but the alternative was salami-slicing everyone",
            "a Whitehall source",
            "A Whitehall source",
            stype="unnamed",
        ),
    ],
)

article(
    "british",
    6,
    P(
        "Severnvale Water hit with record £90m penalty over sewage spills",
        "Severnvale Water has been ordered to pay a record £90 million after the industry regulator found it had illegally released raw sewage into rivers on more than 4,000 occasions, many of them through so-called ‘storm overflows’ on dry days.",
        "The Water Standards Authority said the company had shown ‘a sustained disregard for the law and for the communities it serves’.",
        "Julian Fairbrother, the company’s chief executive, said he was ‘deeply sorry’ and that the firm would not appeal.",
        "‘We have let our customers down and we have let the rivers down,’ Mr Fairbrother told BBC Radio 4’s Today programme. ‘There is no excuse and I am not going to offer one.’",
        "Amira Haddad, of the campaign group Clean Rivers Trust, said the penalty was long overdue. ‘Four thousand spills is not an accident. It is a business model,’ she said.",
        "The company’s chairman, Sir Malcolm Pryce, is facing calls to resign. The Environment Secretary, Helen Marsh, said: ‘I have made it very clear to Sir Malcolm and his board that the public’s patience has run out.’",
        "Sir Malcolm, who was paid £410,000 last year, said in a statement that he had ‘no intention of stepping down’ while the company carried out its recovery plan.",
        "One industry insider said the size of the penalty had stunned other water companies. ‘Everyone is looking at their own spill data this morning and feeling sick,’ he said.",
        "Speaking in the Commons later, the Environment Secretary added: ‘Fines alone will not clean up our rivers. Investment will, and I expect to see it.’",
    ),
    [
        "Severnvale Water",
        "Water Standards Authority",
        "Julian Fairbrother",
        "BBC Radio 4",
        "Amira Haddad",
        "Clean Rivers Trust",
        "Malcolm Pryce",
        "Helen Marsh",
        "Commons",
    ],
    [
        Q(
            "a sustained disregard for the law and for the communities it serves",
            "Water Standards Authority",
            "The Water Standards Authority",
            kind="partial",
            stype="organisation",
        ),
        Q("deeply sorry", "Julian Fairbrother", "Julian Fairbrother", kind="partial"),
        Q("We have let our customers down and we have let the rivers down", "Julian Fairbrother", "Mr Fairbrother"),
        Q("There is no excuse and I am not going to offer one", "Julian Fairbrother", "Mr Fairbrother"),
        Q("Four thousand spills is not an accident. It is a business model", "Amira Haddad", "she"),
        Q(
            "I have made it very clear to Sir Malcolm and his board that the public’s patience has run out",
            "Helen Marsh",
            "Helen Marsh",
        ),
        Q("no intention of stepping down", "Malcolm Pryce", "Sir Malcolm", kind="partial"),
        Q(
            "Everyone is looking at their own spill data this morning and feeling sick",
            "one industry insider",
            "he",
            stype="unnamed",
        ),
        Q(
            "Fines alone will not clean up our rivers. Investment will, and I expect to see it",
            "Helen Marsh",
            "the Environment Secretary",
        ),
    ],
)

# ---------------------------------------------------------------------------
# PRESS RELEASE
# ---------------------------------------------------------------------------

article(
    "press-release",
    1,
    P(
        "Lumora Systems Launches HelioGrid 3, Its First AI-Managed Battery Platform for Commercial Buildings",
        "AUSTIN, Texas, March 4, 2025 /Globe Newsline/ -- Lumora Systems, Inc., a leading provider of intelligent energy storage for commercial real estate, today announced the general availability of HelioGrid 3, a battery platform that automatically shifts a building’s electricity use to cut peak demand charges.",
        "“Commercial building owners have told us for years that batteries are too complicated to run and too hard to justify to their boards,” said Marcus Delacroix-Hale, Chief Executive Officer and Co-Founder of Lumora Systems. “HelioGrid 3 changes both of those things. It runs itself, and it pays for itself.”",
        "HelioGrid 3 is powered by Lumora’s proprietary “Adaptive Dispatch” engine, which combines weather forecasts, utility tariff data and occupancy patterns to decide when to charge and discharge.",
        "“In our pilot deployments across 42 buildings in Texas and Arizona, customers reduced peak demand charges by an average of 31 percent,” said Dr. Anjali Raman, Senior Vice President of Product and Chief Technology Officer at Lumora. “We are especially proud that the system achieved this without any change in how tenants use their space.”",
        "According to Raman, the platform was “designed from the ground up for buildings that have never had an energy manager.”",
        "“Our engineers were skeptical, and frankly so was I,” said Terrence Boyd Jr., Vice President of Facilities Operations for Crestline Property Group, one of the pilot customers. “Within three months, the numbers spoke for themselves.”",
        "HelioGrid 3 is available immediately in Texas, Arizona, Nevada and California, with additional states planned for 2026. Systems are offered through outright purchase or a no-money-down energy-as-a-service agreement.",
        "“We’re committed to making storage accessible to mid-sized buildings, not just the trophy towers,” Delacroix-Hale added.",
        "About Lumora Systems",
        "Lumora Systems, Inc. designs and operates intelligent battery storage for commercial and light-industrial buildings. Founded in 2016 and headquartered in Austin, the company has more than 600 systems in operation across the U.S. Sunbelt.",
        "Media Contact:\nDana Kessler\nLumora Systems, Inc.\n+1 512-555-0147\npress@lumorasystems.example",
    ),
    [
        "Globe Newsline",
        "Lumora Systems, Inc.",
        "Marcus Delacroix-Hale",
        "Anjali Raman",
        "Terrence Boyd Jr.",
        "Crestline Property Group",
        "Dana Kessler",
    ],
    [
        Q(
            "Commercial building owners have told us for years that batteries are too complicated to run and too hard to justify to their boards",
            "Marcus Delacroix-Hale",
            "Marcus Delacroix-Hale",
        ),
        Q(
            "HelioGrid 3 changes both of those things. It runs itself, and it pays for itself",
            "Marcus Delacroix-Hale",
            "Marcus Delacroix-Hale",
        ),
        Q(
            "In our pilot deployments across 42 buildings in Texas and Arizona, customers reduced peak demand charges by an average of 31 percent",
            "Anjali Raman",
            "Dr. Anjali Raman",
        ),
        Q(
            "We are especially proud that the system achieved this without any change in how tenants use their space",
            "Anjali Raman",
            "Dr. Anjali Raman",
        ),
        Q(
            "designed from the ground up for buildings that have never had an energy manager",
            "Anjali Raman",
            "Raman",
            kind="partial",
        ),
        Q("Our engineers were skeptical, and frankly so was I", "Terrence Boyd Jr.", "Terrence Boyd Jr."),
        Q("Within three months, the numbers spoke for themselves", "Terrence Boyd Jr.", "Terrence Boyd Jr."),
        Q(
            "We’re committed to making storage accessible to mid-sized buildings, not just the trophy towers",
            "Marcus Delacroix-Hale",
            "Delacroix-Hale",
        ),
    ],
)

article(
    "press-release",
    2,
    P(
        """Harrow State Study Finds Coral Larvae Can "Hear" Healthy Reefs From Two Kilometers Away""",
        """CHAPEL RIDGE, N.C. (June 10, 2025) — Coral larvae drifting in open water can detect the sounds of a healthy reef from as far as two kilometers away and swim toward them, according to a new study led by researchers at Harrow State University and published today in the journal Marine Acoustics Letters.""",
        """"We have known for a while that fish use reef sound to find a home. What surprised us is that coral larvae, which have no ears at all, respond just as strongly," said Dr. Kwame Mensah-Boateng, assistant professor of marine biology at Harrow State and the study's lead author.""",
        """The team played recordings of healthy and degraded reefs through underwater speakers placed along a 40-meter "listening corridor" in a lagoon off the coast of Belize, then counted how many larvae settled at each end.""",
        """Co-author Eleanor van Rensburg, professor of biological oceanography at the University of Cape Agulhas, said the findings could change how damaged reefs are restored. "If you can draw larvae in with sound, you can potentially jump-start recovery on reefs that have gone quiet," she said.""",
        '''Mensah-Boateng cautioned that the work was at an early stage. "This is a lab-and-lagoon result, not a fix for the world's reefs," he said. "We need to see it hold up over years, not weeks."''',
        '''According to van Rensburg, the team is now planning field trials on three Caribbean reefs that were "badly bleached but not beyond saving."''',
        """The research was funded by a $1.2 million grant from the National Ocean Science Foundation (NOSF). "Studies like this one are exactly the kind of high-risk, high-reward science the foundation exists to support," said Lillian Ortega-Marsh, program director for biological oceanography at NOSF.""",
        """"Dr. Mensah-Boateng's lab is a perfect example of the interdisciplinary, field-based research that defines Harrow State," said Harrow State Provost Richard Calloway III.""",
        """The study, "Larval Phonotaxis in Scleractinian Corals Across Reef Soundscapes," is available online.""",
        """###""",
        """Media Contact:\nJordan Pike\nOffice of University Communications, Harrow State University\n(919) 555-0182 | jpike@harrowstate.example""",
    ),
    [
        "Harrow State University",
        "Marine Acoustics Letters",
        "Kwame Mensah-Boateng",
        "Eleanor van Rensburg",
        "University of Cape Agulhas",
        "National Ocean Science Foundation",
        "Lillian Ortega-Marsh",
        "Richard Calloway III",
        "Jordan Pike",
        "Office of University Communications",
    ],
    [
        Q(
            "We have known for a while that fish use reef sound to find a home. What surprised us is that coral larvae, which have no ears at all, respond just as strongly",
            "Kwame Mensah-Boateng",
            "Dr. Kwame Mensah-Boateng",
        ),
        Q(
            "If you can draw larvae in with sound, you can potentially jump-start recovery on reefs that have gone quiet",
            "Eleanor van Rensburg",
            "she",
        ),
        Q("This is a lab-and-lagoon result, not a fix for the world's reefs", "Kwame Mensah-Boateng", "he"),
        Q("We need to see it hold up over years, not weeks", "Kwame Mensah-Boateng", "he"),
        Q("badly bleached but not beyond saving", "Eleanor van Rensburg", "van Rensburg", kind="partial"),
        Q(
            "Studies like this one are exactly the kind of high-risk, high-reward science the foundation exists to support",
            "Lillian Ortega-Marsh",
            "Lillian Ortega-Marsh",
        ),
        Q(
            "Dr. Mensah-Boateng's lab is a perfect example of the interdisciplinary, field-based research that defines Harrow State",
            "Richard Calloway III",
            "Harrow State Provost Richard Calloway III",
        ),
    ],
)

article(
    "press-release",
    3,
    P(
        "Northwind Analytics to Acquire German Industrial Software Maker Brauer Datentechnik",
        "TORONTO and MUNICH, Sept. 16, 2025 /Globe Newsline/ -- “Today marks the moment Northwind becomes a truly global industrial analytics company,” said Gregory Ashford, President and Chief Executive Officer of Northwind Analytics Corp. (TSX: NWA), as the company announced a definitive agreement to acquire Brauer Datentechnik GmbH, a Munich-based provider of predictive maintenance software, for approximately C$310 million in cash.",
        "Brauer Datentechnik’s flagship product, MaschinenWacht, monitors vibration, temperature and power draw on more than 90,000 industrial machines in Germany, Austria and Switzerland and predicts failures before they occur.",
        "“When I founded Brauer Datentechnik, our customers were three machine shops in Bavaria,” said Matthias Brauer, Founder and Managing Director of Brauer Datentechnik. “Joining Northwind gives our engineers the reach we could never have built alone.”",
        "Ashford said the combined company would offer MaschinenWacht to Northwind’s 1,400 manufacturing customers in North America beginning in 2026. “Matthias and his team have built something rare: software that plant managers actually like using,” he said.",
        "Brauer will continue to lead the Munich operations and will join Northwind’s executive leadership team as Executive Vice President, European Operations. “I am staying because I believe in this,” he said.",
        "The transaction is expected to be “immediately accretive to adjusted EBITDA,” according to Northwind Chief Financial Officer Sandra Whitlock-Yates. “We are funding the acquisition entirely from cash on hand and our existing credit facility,” she said.",
        "The transaction has been approved by the boards of directors of both companies and is expected to close in the fourth quarter of 2025, subject to regulatory approvals. Halberd Capital Partners is serving as financial advisor to Northwind.",
        "Forward-Looking Statements",
        "This news release contains “forward-looking information” within the meaning of applicable Canadian securities laws, including statements regarding the expected closing of the transaction and its anticipated benefits. Actual results may differ materially.",
        "Contacts:\nInvestors: Priyanka Sethi, Northwind Analytics Corp., ir@northwind.example\nMedia (Germany): Lukas Hoffmann, Brauer Datentechnik GmbH, presse@brauer-dt.example",
    ),
    [
        "Globe Newsline",
        "Gregory Ashford",
        "Northwind Analytics Corp.",
        "TSX",
        "Brauer Datentechnik GmbH",
        "Matthias Brauer",
        "Sandra Whitlock-Yates",
        "Halberd Capital Partners",
        "Priyanka Sethi",
        "Lukas Hoffmann",
    ],
    [
        Q(
            "Today marks the moment Northwind becomes a truly global industrial analytics company",
            "Gregory Ashford",
            "Gregory Ashford",
        ),
        Q(
            "When I founded Brauer Datentechnik, our customers were three machine shops in Bavaria",
            "Matthias Brauer",
            "Matthias Brauer",
        ),
        Q(
            "Joining Northwind gives our engineers the reach we could never have built alone",
            "Matthias Brauer",
            "Matthias Brauer",
        ),
        Q(
            "Matthias and his team have built something rare: software that plant managers actually like using",
            "Gregory Ashford",
            "he",
        ),
        Q("I am staying because I believe in this", "Matthias Brauer", "he"),
        Q(
            "immediately accretive to adjusted EBITDA",
            "Sandra Whitlock-Yates",
            "Northwind Chief Financial Officer Sandra Whitlock-Yates",
            kind="partial",
        ),
        Q(
            "We are funding the acquisition entirely from cash on hand and our existing credit facility",
            "Sandra Whitlock-Yates",
            "she",
        ),
    ],
)

article(
    "press-release",
    4,
    P(
        "St. Aldric Regional Medical Center Opens $48 Million Benning Children’s Pavilion",
        "PORT HALLORAN, Maine — Feb. 20, 2025 — “No family in northern Maine should have to drive four hours to get their child world-class care,” said Dr. Miriam Osei-Bonsu, Chief Medical Officer and Executive Vice President for Clinical Affairs at St. Aldric Regional Medical Center, at a ribbon-cutting ceremony Thursday for the hospital’s new Benning Children’s Pavilion. “Starting Monday, they won’t have to.”",
        "The 62,000-square-foot pavilion includes a 24-bed pediatric inpatient unit, a pediatric emergency department and 12 family suites. It was made possible by a $20 million gift from Harold J. Benning Jr. and his wife, Carol Benning, the largest in the hospital’s 110-year history.",
        "“Carol and I both grew up in this county. Our own son was born at St. Aldric,” said Benning, retired Chairman of Benning Marine Supply. “This is our way of saying thank you.”",
        "Carol Benning, a former pediatric nurse, said she hoped the pavilion would feel “less like a hospital and more like a place to heal.”",
        "Port Halloran Mayor Stephanie Ruiz-Kaplan called the opening “a turning point for the whole region.”",
        "Keisha Montgomery, whose daughter, Amara, spent 41 days in the hospital’s old pediatric unit in 2022, also spoke at the ceremony. “We spent every one of those nights in a room the size of a closet,” she said. “I cried when I saw the family suites in this building. Other parents will never know what it was like, and that is exactly how it should be.”",
        "The pavilion also features the “Harbor Room,” a sensory play space designed with input from local families and therapists from the Coastal Maine Autism Network.",
        "Osei-Bonsu said recruiting pediatric specialists had been the hardest part of the project. “You can build a beautiful building in two years. Building the team takes longer,” she said.",
        "###",
        "Media Contact:\nBrian Tolliver\nDirector of Marketing and Communications\nSt. Aldric Regional Medical Center\n207-555-0193 | btolliver@staldric.example",
    ),
    [
        "St. Aldric Regional Medical Center",
        "Miriam Osei-Bonsu",
        "Harold J. Benning Jr.",
        "Carol Benning",
        "Benning Marine Supply",
        "Stephanie Ruiz-Kaplan",
        "Keisha Montgomery",
        "Amara",
        "Coastal Maine Autism Network",
        "Brian Tolliver",
    ],
    [
        Q(
            "No family in northern Maine should have to drive four hours to get their child world-class care",
            "Miriam Osei-Bonsu",
            "Dr. Miriam Osei-Bonsu",
        ),
        Q("Starting Monday, they won’t have to", "Miriam Osei-Bonsu", "Dr. Miriam Osei-Bonsu"),
        Q(
            "Carol and I both grew up in this county. Our own son was born at St. Aldric",
            "Harold J. Benning Jr.",
            "Benning",
            anchor="said Benning,",
        ),
        Q("This is our way of saying thank you", "Harold J. Benning Jr.", "Benning", anchor="said Benning,"),
        Q("less like a hospital and more like a place to heal", "Carol Benning", "Carol Benning", kind="partial"),
        Q(
            "a turning point for the whole region",
            "Stephanie Ruiz-Kaplan",
            "Port Halloran Mayor Stephanie Ruiz-Kaplan",
            kind="partial",
        ),
        Q("We spent every one of those nights in a room the size of a closet", "Keisha Montgomery", "she"),
        Q(
            "I cried when I saw the family suites in this building. Other parents will never know what it was like, and that is exactly how it should be",
            "Keisha Montgomery",
            "she",
        ),
        Q(
            "You can build a beautiful building in two years. Building the team takes longer",
            "Miriam Osei-Bonsu",
            "she",
        ),
    ],
)

article(
    "press-release",
    5,
    P(
        "FOR IMMEDIATE RELEASE",
        "City of Redfield Unveils “Frequent Fifteen” Bus Network, Largest Transit Overhaul in 40 Years",
        "REDFIELD, Ore. (April 2, 2025) — Mayor Adaeze Nwosu and the Redfield Department of Transportation (RDOT) today unveiled the “Frequent Fifteen” network, a redesign of the city’s bus system that will put 70 percent of residents within a 10-minute walk of a bus that comes at least every 15 minutes, seven days a week.",
        "“For too long, our buses have been designed around the map of 1985,” Mayor Nwosu said. “This network is designed around how Redfield lives and works today — the hospital shifts, the warehouse shifts, the students heading to community college at night.”",
        "“We listened to more than 11,000 riders before we drew a single line,” said Carlos Mendez-Ibarra, Director of Transportation for the City of Redfield. “The routes you see today are their routes.”",
        "The redesign will be “cost-neutral in year one,” according to the department, because it shifts service hours from low-ridership commuter routes to all-day corridors rather than adding new buses.",
        "Mendez-Ibarra acknowledged that some riders would lose a direct trip. “We are not going to pretend every change is painless,” he said. “Some people will have to transfer where they didn’t before, and we owe them a good transfer.”",
        "The new network takes effect Sept. 7. Riders can preview their new routes with an online trip planner and at a series of “Open Routes” workshops at public libraries throughout the summer.",
        "“If you ride the bus today, you will ride a better bus in September,” she added.",
        "The Redfield Transit Riders Union, which has campaigned for more frequent service since 2019, welcomed the plan. “Riders fought for frequency, and today riders won,” the union said in a statement.",
        "###",
        "Media Contacts:\nTheresa Quan, Office of the Mayor, 503-555-0110\nMalik Summers, RDOT Communications, 503-555-0176",
    ),
    [
        "City of Redfield",
        "Adaeze Nwosu",
        "Redfield Department of Transportation",
        "Carlos Mendez-Ibarra",
        "Redfield Transit Riders Union",
        "Theresa Quan",
        "Office of the Mayor",
        "Malik Summers",
    ],
    [
        Q("For too long, our buses have been designed around the map of 1985", "Adaeze Nwosu", "Mayor Nwosu"),
        Q(
            "This network is designed around how Redfield lives and works today — the hospital shifts, the warehouse shifts, the students heading to community college at night",
            "Adaeze Nwosu",
            "Mayor Nwosu",
        ),
        Q(
            "We listened to more than 11,000 riders before we drew a single line",
            "Carlos Mendez-Ibarra",
            "Carlos Mendez-Ibarra",
        ),
        Q("The routes you see today are their routes", "Carlos Mendez-Ibarra", "Carlos Mendez-Ibarra"),
        Q(
            "cost-neutral in year one",
            "Redfield Department of Transportation",
            "the department",
            kind="partial",
            stype="organisation",
        ),
        Q("We are not going to pretend every change is painless", "Carlos Mendez-Ibarra", "he"),
        Q(
            "Some people will have to transfer where they didn’t before, and we owe them a good transfer",
            "Carlos Mendez-Ibarra",
            "he",
        ),
        Q("If you ride the bus today, you will ride a better bus in September", "Adaeze Nwosu", "she"),
        Q(
            "Riders fought for frequency, and today riders won",
            "Redfield Transit Riders Union",
            "the union",
            stype="organisation",
        ),
    ],
)

article(
    "press-release",
    6,
    P(
        "Veridian Therapeutics Announces Positive Phase 2b Results for VRD-214 in Advanced MASH",
        "LEIDEN, the Netherlands, Oct. 8, 2025 (GLOBE NEWSLINE) -- Veridian Therapeutics N.V. (Euronext: VRDT), a clinical-stage biotechnology company developing oral therapies for liver disease, today announced positive topline results from ALTITUDE, its Phase 2b trial of VRD-214 in adults with metabolic dysfunction-associated steatohepatitis (MASH) and advanced fibrosis.",
        "“These results are the strongest signal we have seen in this disease from an oral therapy, and they give us real confidence going into Phase 3,” said Hendrik van der Linde, Ph.D., Chief Executive Officer of Veridian Therapeutics.",
        "The trial met its primary endpoint, with 42% of patients receiving the higher dose achieving at least a one-stage improvement in fibrosis at week 52, compared with 14% on placebo.",
        "“What stands out to me as a clinician is not only the size of the effect but how consistent it was across subgroups,” said Professor Aisha Al-Rashid, M.D., Ph.D., Head of Hepatology at University Medical Centre Oostduin and principal investigator of the ALTITUDE trial. “Patients with the most advanced fibrosis responded as well as those with earlier disease.",
        "“That has not been true of most of the compounds this field has tested over the last decade, and it is what our patients have been waiting for.”",
        "VRD-214 was “generally well tolerated,” according to Chief Medical Officer Laurent Dubois-Meyer, M.D., with mild gastrointestinal events the most commonly reported side effect. “We expect to align with the EMA and FDA on a Phase 3 design in the first half of 2026,” he said.",
        "“For the millions of people living with this disease, there is still no approved treatment in Europe,” said Greet Vandenbroucke, President of Liver Patients Alliance Europe, a patient advocacy organization that was not involved in the study. “Every positive trial matters.”",
        "Van der Linde also noted: “We will present the full data set at a major medical congress later this year, and we intend to start Phase 3 as soon as we have regulatory alignment.”",
        "Forward-Looking Statements",
        "This press release contains forward-looking statements. Words such as “anticipate,” “believe,” “expect,” “intend” and “plan” are intended to identify such statements, which are subject to risks and uncertainties that could cause actual results to differ materially.",
        "Contacts:\nInvestor Relations: Femke Bakker, +31 71 555 0192, ir@veridian.example\nMedia: Rowan Achterberg, +31 71 555 0137, media@veridian.example",
    ),
    [
        "Globe Newsline",
        "Veridian Therapeutics N.V.",
        "Euronext",
        "Hendrik van der Linde",
        "Aisha Al-Rashid",
        "University Medical Centre Oostduin",
        "Laurent Dubois-Meyer",
        "EMA",
        "FDA",
        "Greet Vandenbroucke",
        "Liver Patients Alliance Europe",
        "Femke Bakker",
        "Rowan Achterberg",
    ],
    [
        Q(
            "These results are the strongest signal we have seen in this disease from an oral therapy, and they give us real confidence going into Phase 3",
            "Hendrik van der Linde",
            "Hendrik van der Linde",
        ),
        Q(
            "What stands out to me as a clinician is not only the size of the effect but how consistent it was across subgroups",
            "Aisha Al-Rashid",
            "Professor Aisha Al-Rashid",
        ),
        Q(
            "Patients with the most advanced fibrosis responded as well as those with earlier disease",
            "Aisha Al-Rashid",
            "Professor Aisha Al-Rashid",
        ),
        Q(
            "That has not been true of most of the compounds this field has tested over the last decade, and it is what our patients have been waiting for",
            "Aisha Al-Rashid",
            "@prev",
        ),
        Q(
            "generally well tolerated",
            "Laurent Dubois-Meyer",
            "Chief Medical Officer Laurent Dubois-Meyer",
            kind="partial",
        ),
        Q(
            "We expect to align with the EMA and FDA on a Phase 3 design in the first half of 2026",
            "Laurent Dubois-Meyer",
            "he",
        ),
        Q(
            "For the millions of people living with this disease, there is still no approved treatment in Europe",
            "Greet Vandenbroucke",
            "Greet Vandenbroucke",
        ),
        Q("Every positive trial matters", "Greet Vandenbroucke", "Greet Vandenbroucke"),
        Q(
            "We will present the full data set at a major medical congress later this year, and we intend to start Phase 3 as soon as we have regulatory alignment",
            "Hendrik van der Linde",
            "Van der Linde",
        ),
    ],
)

# ---------------------------------------------------------------------------
# TRANSCRIPT
# ---------------------------------------------------------------------------

article(
    "transcript",
    1,
    P(
        "Rail safety chief tells senators inspection backlog is “unacceptable”",
        "The head of the National Rail Safety Board told a Senate subcommittee on Tuesday that her agency had a backlog of more than 3,000 overdue track inspections, calling the situation “unacceptable” and asking lawmakers to fund 200 additional inspectors.",
        "Board Chair Denise Okonkwo-Reyes said the backlog had built up over a decade of flat budgets. “We are not asking for a bigger agency for its own sake. We are asking to be able to do the job Congress gave us,” she said.",
        "Sen. Walter Halvorsen, the subcommittee’s ranking member, pressed her on the derailment at Brenton Falls in March, which killed two crew members. Sen. Margaret Lowry also questioned her about training. The following is an edited excerpt of the exchange.",
        "HALVORSEN: Ms. Okonkwo-Reyes, the Brenton Falls derailment happened on a stretch of track that was fourteen months overdue for inspection. Is that correct?",
        "OKONKWO-REYES: That is correct, Senator.",
        "HALVORSEN: So when your agency says “unacceptable,” what does that mean for the families in Brenton Falls?",
        "OKONKWO-REYES: It means I owe them an apology, and I have given it to them personally. It also means that without more inspectors, I cannot promise you it won’t happen again.",
        "LOWRY: Madam Chair, how many inspectors would it take to clear the backlog within two years?",
        "OKONKWO-REYES: By our estimate, about 200, fully trained. And training takes eighteen months, so the clock is already running.",
    ),
    ["National Rail Safety Board", "Senate", "Denise Okonkwo-Reyes", "Congress", "Walter Halvorsen", "Margaret Lowry"],
    [
        Q("unacceptable", "Denise Okonkwo-Reyes", "Rail safety chief", kind="partial", occ=0),
        Q("unacceptable", "Denise Okonkwo-Reyes", "The head of the National Rail Safety Board", kind="partial", occ=1),
        Q(
            "We are not asking for a bigger agency for its own sake. We are asking to be able to do the job Congress gave us",
            "Denise Okonkwo-Reyes",
            "she",
        ),
        Q(
            "Ms. Okonkwo-Reyes, the Brenton Falls derailment happened on a stretch of track that was fourteen months overdue for inspection. Is that correct",
            "Walter Halvorsen",
            ("label", "HALVORSEN"),
        ),
        Q("That is correct, Senator", "Denise Okonkwo-Reyes", ("label", "OKONKWO-REYES")),
        Q(
            "So when your agency says “unacceptable,” what does that mean for the families in Brenton Falls",
            "Walter Halvorsen",
            ("label", "HALVORSEN"),
        ),
        Q(
            "It means I owe them an apology, and I have given it to them personally. It also means that without more inspectors, I cannot promise you it won’t happen again",
            "Denise Okonkwo-Reyes",
            ("label", "OKONKWO-REYES"),
        ),
        Q(
            "Madam Chair, how many inspectors would it take to clear the backlog within two years",
            "Margaret Lowry",
            ("label", "LOWRY"),
        ),
        Q(
            "By our estimate, about 200, fully trained. And training takes eighteen months, so the clock is already running",
            "Denise Okonkwo-Reyes",
            ("label", "OKONKWO-REYES"),
        ),
    ],
)

article(
    "transcript",
    2,
    P(
        "Q&A: Efua Mensah-Clarke on grief, Accra and the novel that took eleven years",
        "By Daniel Krauss",
        "Efua Mensah-Clarke’s fourth novel, “The Salt Road Home,” arrives eleven years after her third, and she is candid about why. “I wrote three versions of this book and burned two of them. Not metaphorically – actually burned them, in a metal bin in my garden,” she told me when we met at her publisher’s offices in London. Her publisher, Harlow & Finch, has called the book “the most important novel on our list this year,” a claim she waves away with a laugh.",
        "The conversation has been edited for length and clarity.",
        "Q: Why did this one take eleven years?",
        "A: Because my mother died in the middle of it, and for a long time I couldn’t write a mother on the page without writing mine. Every draft turned into a eulogy.",
        "Q: Is Auntie Adjoa, the novel’s narrator, your mother?",
        "A: No. She’s braver than my mother and much ruder. But they have the same laugh, and anyone who knew my mother will hear it.",
        "Q: You’ve said you never read your reviews. Is that still true?",
        "A: I read one once, in 2009. A critic called my first book “competent.” I have never recovered.",
        "Q: What are you working on now?",
        "A: Sleeping. After that, a very short book. I have promised my publisher a very short book.",
    ),
    ["Efua Mensah-Clarke", "Daniel Krauss", "Harlow & Finch", "Adjoa"],
    [
        Q(
            "I wrote three versions of this book and burned two of them. Not metaphorically – actually burned them, in a metal bin in my garden",
            "Efua Mensah-Clarke",
            "she",
        ),
        Q(
            "the most important novel on our list this year",
            "Harlow & Finch",
            "Harlow & Finch",
            kind="partial",
            stype="organisation",
        ),
        Q("Why did this one take eleven years", "Daniel Krauss", ("label", "Q")),
        Q(
            "Because my mother died in the middle of it, and for a long time I couldn’t write a mother on the page without writing mine. Every draft turned into a eulogy",
            "Efua Mensah-Clarke",
            ("label", "A"),
        ),
        Q("Is Auntie Adjoa, the novel’s narrator, your mother", "Daniel Krauss", ("label", "Q")),
        Q(
            "No. She’s braver than my mother and much ruder. But they have the same laugh, and anyone who knew my mother will hear it",
            "Efua Mensah-Clarke",
            ("label", "A"),
        ),
        Q("You’ve said you never read your reviews. Is that still true", "Daniel Krauss", ("label", "Q")),
        Q(
            "I read one once, in 2009. A critic called my first book “competent.” I have never recovered",
            "Efua Mensah-Clarke",
            ("label", "A"),
        ),
        Q("What are you working on now", "Daniel Krauss", ("label", "Q")),
        Q(
            "Sleeping. After that, a very short book. I have promised my publisher a very short book",
            "Efua Mensah-Clarke",
            ("label", "A"),
        ),
    ],
)

article(
    "transcript",
    3,
    P(
        "Treasurer refuses to rule out fuel excise rise in testy TV interview",
        "Treasurer Callum O’Sullivan has refused five times to rule out an increase in fuel excise, in a combative interview on Meridian TV’s “Sunday Ledger” program.",
        "Host Rebecca Thornbury opened by asking whether motorists should expect to pay more at the pump after next month’s budget.",
        "“I’m not going to write the budget on live television, Rebecca,” O’Sullivan said.",
        "“That’s not what I asked,” she shot back. “Can you rule it out, yes or no?”",
        "“What I can tell you is that every decision we make will be measured against the cost of living,” he said.",
        "Thornbury pressed him four more times. On the final attempt, she read out a line from his own speech to the Press Club in March, in which he promised the government would “never balance the books on the backs of commuters.”",
        "“I stand by every word of that,” the Treasurer said.",
        "“Then rule it out,” Thornbury said.",
        "“I’ve given you my answer.”",
        "Later in the program, opposition treasury spokeswoman Natalie Brennan said the Treasurer’s refusal was “as good as a yes.”",
        "“Every family in this country heard that interview and reached for their calculator,” she said.",
    ),
    ["Callum O’Sullivan", "Meridian TV", "Rebecca Thornbury", "Press Club", "Natalie Brennan"],
    [
        Q("I’m not going to write the budget on live television, Rebecca", "Callum O’Sullivan", "O’Sullivan"),
        Q("That’s not what I asked", "Rebecca Thornbury", "she"),
        Q("Can you rule it out, yes or no", "Rebecca Thornbury", "she"),
        Q(
            "What I can tell you is that every decision we make will be measured against the cost of living",
            "Callum O’Sullivan",
            "he",
        ),
        Q("never balance the books on the backs of commuters", "Callum O’Sullivan", "he", kind="partial"),
        Q("I stand by every word of that", "Callum O’Sullivan", "the Treasurer", anchor="the Treasurer said"),
        Q("Then rule it out", "Rebecca Thornbury", "Thornbury"),
        Q("I’ve given you my answer", "Callum O’Sullivan", "the Treasurer", anchor="the Treasurer said"),
        Q("as good as a yes", "Natalie Brennan", "opposition treasury spokeswoman Natalie Brennan", kind="partial"),
        Q(
            "Every family in this country heard that interview and reached for their calculator",
            "Natalie Brennan",
            "she",
        ),
    ],
)

article(
    "transcript",
    4,
    P(
        "Transcript: Kettle County sheriff gives update on missing hikers",
        "Kettle County Sheriff Tamara Darnell said Friday that search teams had found “strong indications” that two hikers missing since Sunday had sheltered in a cave system on the north face of Kettle Ridge.",
        "“We are treating this as a rescue, not a recovery, and we will keep treating it that way,” Darnell told reporters at the county’s emergency operations center in Millbrook. She was joined by Dr. Ruben Espinoza, medical director of the Kettle Valley Search and Rescue unit. The following is a partial transcript of the briefing.",
        "DARNELL: Good afternoon. Overnight, our teams located a backpack and a food wrapper about 300 yards from the entrance to what’s locally known as the “Devil’s Pantry” caves. Both items have been identified by the families.",
        "Q: Sheriff, have you had any contact with the hikers?",
        "DARNELL: No contact. I want to be careful here. A backpack is not a person, and I don’t want anyone to hear more than I am saying.",
        "Q: Dr. Espinoza, how long can someone survive in those conditions?",
        "ESPINOZA: With water and shelter, and if they’re not badly injured, a healthy adult can go well over a week. The cold is a bigger enemy than hunger up there.",
        "Q: Are the families here today?",
        "DARNELL: They are, and they’ve asked for privacy. I’ll just say they are the toughest people in this building.",
    ),
    ["Tamara Darnell", "Ruben Espinoza", "Kettle Valley Search and Rescue"],
    [
        Q("strong indications", "Tamara Darnell", "Kettle County Sheriff Tamara Darnell", kind="partial"),
        Q(
            "We are treating this as a rescue, not a recovery, and we will keep treating it that way",
            "Tamara Darnell",
            "Darnell",
        ),
        Q(
            "Good afternoon. Overnight, our teams located a backpack and a food wrapper about 300 yards from the entrance to what’s locally known as the “Devil’s Pantry” caves. Both items have been identified by the families",
            "Tamara Darnell",
            ("label", "DARNELL"),
        ),
        Q("Sheriff, have you had any contact with the hikers", "a reporter", ("label", "Q"), stype="unnamed"),
        Q(
            "No contact. I want to be careful here. A backpack is not a person, and I don’t want anyone to hear more than I am saying",
            "Tamara Darnell",
            ("label", "DARNELL"),
        ),
        Q(
            "Dr. Espinoza, how long can someone survive in those conditions",
            "a reporter",
            ("label", "Q"),
            stype="unnamed",
        ),
        Q(
            "With water and shelter, and if they’re not badly injured, a healthy adult can go well over a week. The cold is a bigger enemy than hunger up there",
            "Ruben Espinoza",
            ("label", "ESPINOZA"),
        ),
        Q("Are the families here today", "a reporter", ("label", "Q"), stype="unnamed"),
        Q(
            "They are, and they’ve asked for privacy. I’ll just say they are the toughest people in this building",
            "Tamara Darnell",
            ("label", "DARNELL"),
        ),
    ],
)

article(
    "transcript",
    5,
    P(
        """Ferry chief apologises to islanders live on air""",
        """Sir Douglas Abernethy, chairman of the state-owned operator Caledonian Ferries, apologised on Tuesday to island communities for a summer of cancelled sailings, telling listeners he was ``ashamed'' of the service they had received.""",
        """Speaking on Radio Caledonia's ``Morning Call'' programme, Sir Douglas said two new vessels would enter service by next spring. ``I'm not going to sit here and make excuses. People have missed hospital appointments, funerals, weddings,'' he said.""",
        """He was questioned by presenter Fiona MacLeod and by listeners who phoned in. The following is an edited transcript.""",
        """MACLEOD: Sir Douglas, you said the same thing last year - new ships by spring. Why should anyone believe you now?""",
        """ABERNETHY: Because this time the ships are in the water. One of them is doing sea trials in the Clyde as we speak.""",
        """MACLEOD: We have a caller, Jim, from Lochmaddy.""",
        """JIM (CALLER): My wife had a cancer appointment in Inverness in July. The boat was cancelled twice. Who pays for that?""",
        """ABERNETHY: Jim, I'm genuinely sorry. Nobody should be put in that position, and I will look into your case personally.""",
        """MACLEOD: Will you resign if the ships aren't in service by April?""",
        """ABERNETHY: If they're not, I won't need to. Somebody will make that decision for me.""",
    ),
    ["Douglas Abernethy", "Caledonian Ferries", "Radio Caledonia", "Fiona MacLeod", "Jim"],
    [
        Q("ashamed", "Douglas Abernethy", "Sir Douglas Abernethy", kind="partial"),
        Q(
            "I'm not going to sit here and make excuses. People have missed hospital appointments, funerals, weddings",
            "Douglas Abernethy",
            "he",
        ),
        Q(
            "Sir Douglas, you said the same thing last year - new ships by spring. Why should anyone believe you now",
            "Fiona MacLeod",
            ("label", "MACLEOD"),
        ),
        Q(
            "Because this time the ships are in the water. One of them is doing sea trials in the Clyde as we speak",
            "Douglas Abernethy",
            ("label", "ABERNETHY"),
        ),
        Q("We have a caller, Jim, from Lochmaddy", "Fiona MacLeod", ("label", "MACLEOD")),
        Q(
            "My wife had a cancer appointment in Inverness in July. The boat was cancelled twice. Who pays for that",
            "Jim",
            ("label", "JIM (CALLER)"),
        ),
        Q(
            "Jim, I'm genuinely sorry. Nobody should be put in that position, and I will look into your case personally",
            "Douglas Abernethy",
            ("label", "ABERNETHY"),
        ),
        Q("Will you resign if the ships aren't in service by April", "Fiona MacLeod", ("label", "MACLEOD")),
        Q(
            "If they're not, I won't need to. Somebody will make that decision for me",
            "Douglas Abernethy",
            ("label", "ABERNETHY"),
        ),
    ],
)

article(
    "transcript",
    6,
    P(
        "Former plant manager testifies he warned bosses about tank corrosion",
        "HARROWGATE, Pa. — A former manager at the Grayhaven chemical plant told a federal jury Wednesday that he warned company executives about corroded storage tanks at least twice before the 2023 explosion that killed three workers.",
        "Eugene Marchetti Jr., who ran the plant from 2016 until 2022, said he sent a memo in 2021 describing the tanks as “a disaster waiting for a date.”",
        "Lawyers for Tessaly Chemical Corp., which owns the plant, argue that the tanks were inspected and certified as safe months before the blast. Company attorney Linda Park-Oyelaran told jurors in her opening statement last week that Marchetti was “a disgruntled former employee with an axe to grind.”",
        "U.S. District Judge Harriet Coleman-Price is presiding over the trial, which is expected to last six weeks. The following exchange, between plaintiffs’ attorney Victor Salgado and Marchetti, is taken from the court transcript.",
        "Q. Mr. Marchetti, who received that memo?",
        "A. The regional vice president, Mr. Dorsey, and the safety director.",
        "Q. Did either of them respond?",
        "A. Mr. Dorsey called me. He said, and I remember this exactly, “Gene, nobody’s going to spend four million dollars on tanks that are still holding.”",
        "THE COURT: Counsel, let’s take our afternoon recess there.",
        "After the break, under cross-examination by Park-Oyelaran, Marchetti acknowledged that he had been fired in 2022. “Were you angry about that?” she asked. “Of course I was,” he replied. “But I wrote that memo a year before anybody fired me.”",
    ),
    [
        "Eugene Marchetti Jr.",
        "Tessaly Chemical Corp.",
        "Linda Park-Oyelaran",
        "Harriet Coleman-Price",
        "Victor Salgado",
        "Dorsey",
    ],
    [
        Q("a disaster waiting for a date", "Eugene Marchetti Jr.", "Eugene Marchetti Jr.", kind="partial"),
        Q(
            "a disgruntled former employee with an axe to grind",
            "Linda Park-Oyelaran",
            "Company attorney Linda Park-Oyelaran",
            kind="partial",
        ),
        Q("Mr. Marchetti, who received that memo", "Victor Salgado", ("label", "Q")),
        Q("The regional vice president, Mr. Dorsey, and the safety director", "Eugene Marchetti Jr.", ("label", "A")),
        Q("Did either of them respond", "Victor Salgado", ("label", "Q")),
        Q(
            "Mr. Dorsey called me. He said, and I remember this exactly, “Gene, nobody’s going to spend four million dollars on tanks that are still holding.”",
            "Eugene Marchetti Jr.",
            ("label", "A"),
        ),
        Q("Counsel, let’s take our afternoon recess there", "Harriet Coleman-Price", ("label", "THE COURT")),
        Q("Were you angry about that", "Linda Park-Oyelaran", "she"),
        Q("Of course I was", "Eugene Marchetti Jr.", "he"),
        Q("But I wrote that memo a year before anybody fired me", "Eugene Marchetti Jr.", "he"),
    ],
)


# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------


STYLES = ["wire", "british", "press-release", "transcript"]


def main():
    records = build(ARTICLES, (180, 450), (4, 10), review="--review" in sys.argv)
    write(OUT, records)
    summarise(records, STYLES)


if __name__ == "__main__":
    main()
