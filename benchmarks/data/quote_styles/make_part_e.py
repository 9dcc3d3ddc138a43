#!/usr/bin/env python3
"""Source of truth for part_e.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
local-tv, africa-press, analysis and celebrity (6 articles each; n<=4 "dev",
n 5-6 "held-out").  350-750 words and 6-12 gold quotes per article.

All articles below are invented (people, outlets, towns, companies, bands,
shows).  Each article is held as plain text; every gold quote and every
speaker mention is located by exact substring search and the character
offsets are computed here, then checked (text[start:end] == quote text,
quote-mark sanity, counts, word counts) before part_e.jsonl is written.

Run:  python3 make_part_e.py          (writes part_e.jsonl next to this file)
      python3 make_part_e.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C and D already documented (police / a
department "said in a release" as organisation; social-media posts as
ordinary quotes, platforms never entities; nicknames in quote marks never
gold and left out of the canonical name; first-name-only people are persons
and entities; short forms of a listed entity not listed again).

Part E readings of the conventions, for cases the new styles bring:
* local-tv: a station's call letters in the dateline ("(KTRN)") and its
  brand ("KTRN 4 News") are one outlet, listed once by the fullest form.
  "told/tells KTRN 4 News" is an ordinary speech verb; the span is the
  speaker mention, never the outlet.  Victims and witnesses quoted by first
  name only ("Brianna", "Wanda", "Wyatt") are persons under that name, even
  when a relative's surname is given nearby.  Reporter sign-off lines
  ("— Marcus Bell, KTRN 4 News") name people and outlets (entities) but
  attribute nothing.  Schools, churches and hospitals named as places where
  something happens are still listed, as part D lists "Pantry Plus".  A department that is the grammatical speaker of words
  from its release ("the department said in the release") is an
  organisation; an official named as speaking in a release is the person.
* africa-press: Engr., Barr., Hon., Chief, Alhaji, Senator, Prof., Dr.,
  Mrs., "Dr. (Mrs.)", Comrade, Nana, HRH Igwe and "His Excellency" are
  titles: dropped from the speaker, kept in the span when glued to the name
  ("His Excellency Alhaji Umaru Danjuma Gwadabe" -- "His" is part of the
  title here, not a determiner).  A regnal/generational numeral is kept like
  a suffix ("Osei Kyeretwie III").  Role mentions keep their determiner:
  "the commissioner", "the monarch", "the MCE", "the VC", "the CS", "the
  Baale".  "He said:" / "She said:" closing a paragraph whose next paragraph
  is the quote: the span is that pronoun (capitalised as written); a speech
  running over two paragraphs gives two gold quotes, the second "@prev".
  A quote in Pidgin is an ordinary direct quote.  A traditional council or
  party that is the grammatical speaker is an organisation; when "its
  spokesman, X" is the subject, X is the speaker.  "Member of Parliament"
  as a role title does not make Parliament an entity.
* analysis: words from a book, memoir, memo or earlier testimony are quotes
  of their author/speaker; the span is the mention in "he wrote", "as she
  told MPs in 2019", "as Rachel Ainsworth told MPs ...".  A quote whose
  speaker is named only in the following sentence ("That is how Priya Raman
  ... describes it", "That is the verdict of Dr Ravi Bhandari") points at
  that name; a further quote in the same paragraph with no attribution of
  its own points at the same mention.  In "Greer, she says, '...'" the
  speaker is the pronoun's referent, not the person the quote is about.
  Two people sharing a surname are told apart by context; the span is the
  mention as written ("Simon Marsh", "Ruth", "Pryce").  Unnamed staff who
  wrote a memo ("the authority's finance staff") are unnamed speakers.
  Coined terms and labels in quote marks ("death spiral", "three-cueing",
  "flexibility") are scare quotes, never gold; book titles are titles.
* celebrity: the canonical name is the name first given in full, stage name
  or legal name, whichever comes first; a one-word stage name ("Kit",
  "Lil Saint", "Queen Ayo", "DJ Rellz") counts as given in full.  A
  person's other names (legal name after a stage name, a producer alias
  after a legal name) are not listed again as entities -- one entity per
  person -- but a mention by the other name is a valid span ("T-Hex" for
  Terrence Mbeki-Harris).  Instagram captions, stories and comments are
  quotes of the poster.  Role mentions keep their determiner ("The
  29-year-old", "the singer", "the actress", "the reality star", "the
  producer", "the insider", "the source"); glued roles stay in the span
  ("Frontman Mickey Dawes", "Bandmate Jonah Fairweather", "Singer Priya
  Lakhani").  Bands and labels are organisations; festivals are events.  A
  talk-show host's quoted question is a gold quote of the host.  A lyric
  quoted as what an artist "raps" is a partial quote of that artist; song,
  album, film, tour, show and podcast titles are titles, not quotes, and
  shows/podcasts are programmes, not entities (their hosts are persons).
* a headline quote that the body repeats is gold twice: once in the
  headline (span = the headline's name), once in the body (occ picks the
  headline occurrence).
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_e.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["local-tv", "africa-press", "analysis", "celebrity"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# LOCAL TV / RADIO
# ---------------------------------------------------------------------------

article(
    "local-tv",
    1,
    P(
        "Neighbor with a ladder helps kids escape Cedar Bluff house fire",
        "CEDAR BLUFF (KTRN) — A mother and her three children are safe tonight after fire tore through their home on Larkspur Drive early Tuesday, and neighbors say they owe it in part to the man across the street who came running with a ladder.",
        "Crews from the Cedar Bluff Fire Department were called to the 1400 block of Larkspur just before 3:45 a.m. By the time the first engine arrived, flames were already coming through the roof, according to Battalion Chief Ron Estes.",
        "“When we pulled up, the whole back half of the house was involved,” Estes told KTRN 4 News. “That family is very lucky. Five more minutes and we’re having a very different conversation.”",
        "The mother, who asked us to use only her first name, Brianna, says the smoke alarm in the hallway woke her up. So did the family’s dog, a beagle named “Pickles.”",
        "“I opened my bedroom door and it was just black. You couldn’t see your own hand,” Brianna said. “All I could think was, where are my babies?”",
        "Her two oldest were trapped in an upstairs bedroom. Across the street, Tomas Villegas was getting ready for his shift at a distribution center when he heard her screaming.",
        "“I looked out and I saw the little girl at the window, banging on the glass,” Villegas tells KTRN. “I didn’t even think about it. I grabbed the extension ladder out of my garage and ran.”",
        "Villegas helped the two children, ages 7 and 10, climb down from the second-floor window while Brianna carried her youngest, a 2-year-old, out the front door.",
        "Brianna calls him a hero. He doesn’t see it that way.",
        "“Anybody on this street would have done the same thing,” he said. “I just happened to be awake.”",
        "One firefighter suffered a minor burn to his hand and was treated at the scene. Nobody else was hurt. Pickles made it out, too.",
        "Fire Marshal Kathy Dunbar says investigators are looking at an electrical panel in the garage as a possible starting point, but in a release Tuesday afternoon she said it was “too early to rule anything in or out.”",
        "The department is using the fire as a reminder to test smoke alarms once a month. “A working smoke alarm is the cheapest life insurance you will ever buy,” the department said in the release.",
        "Volunteers with the Heartland Relief Network are helping the family with clothing, food and a hotel room for the next few nights. A coworker of Brianna’s has set up an online fundraiser, and neighbors dropped off bags of clothes and school supplies at Station 2 on Tuesday evening.",
        "Standing across the street from what is left of the house, Brianna said the family is going to be okay. “We lost pretty much everything, but we’ve got each other,” she said. “That’s what I keep telling the kids. Stuff is just stuff.”",
        "— Marcus Bell, KTRN 4 News",
    ),
    [
        "KTRN 4 News",
        "Cedar Bluff Fire Department",
        "Ron Estes",
        "Brianna",
        "Tomas Villegas",
        "Kathy Dunbar",
        "Heartland Relief Network",
        "Marcus Bell",
    ],
    [
        Q("When we pulled up, the whole back half of the house was involved", "Ron Estes", "Estes"),
        Q(
            "That family is very lucky. Five more minutes and we’re having a very different conversation",
            "Ron Estes",
            "Estes",
            anchor="Estes told",
        ),
        Q(
            "I opened my bedroom door and it was just black. You couldn’t see your own hand",
            "Brianna",
            "Brianna",
            anchor="Brianna said",
        ),
        Q("All I could think was, where are my babies", "Brianna", "Brianna", anchor="Brianna said"),
        Q(
            "I looked out and I saw the little girl at the window, banging on the glass",
            "Tomas Villegas",
            "Villegas",
            anchor="Villegas tells",
        ),
        Q(
            "I didn’t even think about it. I grabbed the extension ladder out of my garage and ran",
            "Tomas Villegas",
            "Villegas",
            anchor="Villegas tells",
        ),
        Q("Anybody on this street would have done the same thing", "Tomas Villegas", "he"),
        Q("I just happened to be awake", "Tomas Villegas", "he"),
        Q("too early to rule anything in or out", "Kathy Dunbar", "she", kind="partial"),
        Q(
            "A working smoke alarm is the cheapest life insurance you will ever buy",
            "Cedar Bluff Fire Department",
            "the department",
            stype="organisation",
        ),
        Q("We lost pretty much everything, but we’ve got each other", "Brianna", "she"),
        Q("That’s what I keep telling the kids. Stuff is just stuff", "Brianna", "she"),
    ],
)

article(
    "local-tv",
    2,
    P(
        """Man in custody after six-hour standoff at east Harlow apartment complex""",
        """HARLOW, Ind. (Action News 6) -- A 41-year-old man is in custody after barricading himself inside an east-side apartment for nearly six hours Wednesday, Harlow police say.""",
        """Officers were called to an apartment complex in the 2200 block of East 14th Street around 10:15 a.m. on a report of a domestic disturbance, according to a release from the Harlow Police Department.""",
        """When officers got there, the man refused to come out and told them he had a gun, the release says. A woman and a 4-year-old boy had already left the apartment. Neither was hurt.""",
        """Police identified the man as Dwayne Hollis. He faces preliminary charges of domestic battery, criminal confinement and resisting law enforcement.""",
        '''"Our number one priority was getting everybody out of there safe, and that includes him," Lt. Carla Mendez, a spokesperson for the department, told Action News. "Nobody got hurt today. That's a good day for us."''',
        """Neighbors were told to shelter in place while the SWAT team and crisis negotiators worked. Police blocked off East 14th between Ash and Garfield for most of the afternoon, and some residents watched from behind the tape for hours.""",
        '''"I come home on my lunch break and there's like a dozen cop cars in the parking lot," said Jerome Tate, who lives in the next building over. "You don't expect that here. This is a quiet place."''',
        """Tate said he had never really met Hollis. "He kept to himself. I'd see him taking the trash out, that's about it," he said.""",
        '''A woman who lives two doors down from the apartment and did not want to be identified said she heard yelling through the wall Wednesday morning. "It wasn't the first time," she told Action News. "Everybody in this building knew something was going on over there."''',
        """Just before 4 p.m., Hollis walked out with his hands up, police say. Officers found a handgun inside the apartment.""",
        """In the release, the department said its officers "used every tool available to bring this to a peaceful end," and Mendez credited the department's crisis negotiators.""",
        """"They talked to him for five and a half hours straight. They never stopped talking," she said.""",
        """Police call this kind of incident a "barricaded subject" call. Mendez said the department has handled nine of them so far this year, up from four in all of last year.""",
        """Hollis was booked into the Harlow County Jail. Court records did not list an attorney for him as of Wednesday night.""",
        """The woman and child are staying with relatives, police said.""",
        """If you or someone you know is experiencing domestic violence, the Harlow County Family Shelter's 24-hour hotline is 1-800-555-0142.""",
        """-- Priya Shah, Action News 6""",
    ),
    [
        "Action News 6",
        "Harlow Police Department",
        "Dwayne Hollis",
        "Carla Mendez",
        "Jerome Tate",
        "Harlow County Jail",
        "Harlow County Family Shelter",
        "Priya Shah",
    ],
    [
        Q(
            "Our number one priority was getting everybody out of there safe, and that includes him",
            "Carla Mendez",
            "Lt. Carla Mendez",
        ),
        Q("Nobody got hurt today. That's a good day for us", "Carla Mendez", "Lt. Carla Mendez"),
        Q(
            "I come home on my lunch break and there's like a dozen cop cars in the parking lot",
            "Jerome Tate",
            "Jerome Tate",
        ),
        Q("You don't expect that here. This is a quiet place", "Jerome Tate", "Jerome Tate"),
        Q("He kept to himself. I'd see him taking the trash out, that's about it", "Jerome Tate", "he", how="after"),
        Q(
            "It wasn't the first time",
            "a woman who lives two doors down from the apartment and did not want to be identified",
            "she",
            stype="unnamed",
            anchor="she told Action News",
        ),
        Q(
            "Everybody in this building knew something was going on over there",
            "a woman who lives two doors down from the apartment and did not want to be identified",
            "she",
            stype="unnamed",
            anchor="she told Action News",
        ),
        Q(
            "used every tool available to bring this to a peaceful end",
            "Harlow Police Department",
            "the department",
            kind="partial",
            stype="organisation",
            anchor="the department said its officers",
        ),
        Q("They talked to him for five and a half hours straight. They never stopped talking", "Carla Mendez", "she"),
    ],
)

article(
    "local-tv",
    3,
    P(
        "Dot’s Diner to close after 52 years on Main Street in Ferris Grove",
        "FERRIS GROVE, Kan. (KWLR) — After 52 years of pancakes, pie and small-town gossip, Dot’s Diner on Main Street will serve its last breakfast on Sunday.",
        "Owner Linda Pruitt, 68, took over the diner from her mother, Dorothy “Dot” Pruitt, in 1994. Dorothy Pruitt died in 2011, and her daughter has run the place ever since with the same eleven stools, the same four booths and, regulars swear, the same coffee pot.",
        "“My knees are shot, my cook wants to retire, and honestly, I’m tired,” Pruitt told KWLR News. “And that’s okay. Fifty-two years is a good run for a place with eleven stools.”",
        "She announced the closing on Monday with a handwritten sign taped to the front door. In the sign, Pruitt wrote: “Thank you for letting us feed you. Mom would have loved every one of you.”",
        "By 7 a.m. Tuesday, every booth was full and there was a line out the door. Some customers drove in from as far away as Hadley.",
        "Gene Kowalski has eaten breakfast at the same corner stool nearly every morning since 1979. He orders two eggs over easy, wheat toast and coffee, and he hasn’t had to say it out loud in years.",
        "“I told Linda she can’t close, because where am I supposed to go?” Kowalski said, laughing.",
        "Then he got quiet. “This place got me through losing my wife,” he said. “These people are my family.”",
        "Waitress Shontae Greene has worked at Dot’s for 19 years. She says the regulars are already asking where she’ll end up next.",
        "“Everybody wants to know what I’m doing next. I keep telling them, I’m going to sleep in,” Greene said.",
        "Ferris Grove City Council member Dale Ostrander stopped in for a slice of coconut cream pie Tuesday and said the city would like to see another restaurant move into the building. “Main Street needs a place like this,” Ostrander said. “Whether it’s called Dot’s or not.”",
        "According to a release from the Ferris Grove Downtown Association, the group plans to hold a “Thank You, Dot’s” celebration on the sidewalk Saturday afternoon, with a proclamation from Mayor Renée Albers.",
        "Pruitt says she hasn’t decided what to do with the building, which she owns. For now, she’s focused on Sunday.",
        "“I want to hug every single person who walks in that door,” she said. “Then I want to go home and put my feet up for about a year.”",
        "Dot’s Diner is open 6 a.m. to 2 p.m. through Sunday. Cash only, like always.",
        "— Travis Oyler, KWLR News",
    ),
    [
        "KWLR News",
        "Dot’s Diner",
        "Linda Pruitt",
        "Dorothy Pruitt",
        "Gene Kowalski",
        "Shontae Greene",
        "Ferris Grove City Council",
        "Dale Ostrander",
        "Ferris Grove Downtown Association",
        "Renée Albers",
        "Travis Oyler",
    ],
    [
        Q(
            "My knees are shot, my cook wants to retire, and honestly, I’m tired",
            "Linda Pruitt",
            "Pruitt",
            anchor="Pruitt told",
        ),
        Q(
            "And that’s okay. Fifty-two years is a good run for a place with eleven stools",
            "Linda Pruitt",
            "Pruitt",
            anchor="Pruitt told",
        ),
        Q(
            "Thank you for letting us feed you. Mom would have loved every one of you",
            "Linda Pruitt",
            "Pruitt",
            anchor="Pruitt wrote",
        ),
        Q(
            "I told Linda she can’t close, because where am I supposed to go",
            "Gene Kowalski",
            "Kowalski",
            anchor="Kowalski said",
        ),
        Q("This place got me through losing my wife", "Gene Kowalski", "he", how="after"),
        Q("These people are my family", "Gene Kowalski", "he", how="before"),
        Q(
            "Everybody wants to know what I’m doing next. I keep telling them, I’m going to sleep in",
            "Shontae Greene",
            "Greene",
        ),
        Q("Main Street needs a place like this", "Dale Ostrander", "Ostrander", anchor="Ostrander said"),
        Q("Whether it’s called Dot’s or not", "Dale Ostrander", "Ostrander", anchor="Ostrander said"),
        Q("I want to hug every single person who walks in that door", "Linda Pruitt", "she"),
        Q("Then I want to go home and put my feet up for about a year", "Linda Pruitt", "she"),
    ],
)

article(
    "local-tv",
    4,
    P(
        "Parents pack Millbrook school board meeting over plan to cut 14 bus routes",
        "MILLBROOK, Ore. (KVLM) — Dozens of parents packed the Millbrook School District board meeting Monday night to push back on a plan that would eliminate 14 bus routes next fall and leave hundreds of students to find their own way to school.",
        "District leaders say they don’t have a choice. The district is short 11 drivers, and Superintendent Dr. Alan Whitcombe says the routes it does have are already running late.",
        "“We have kids standing at bus stops in the dark for 40 minutes because we don’t have anybody to drive the bus,” Whitcombe told the board. “That is not a plan. That is a crisis we are managing one morning at a time.”",
        "Under the proposal, students who live within two miles of their school would no longer be eligible for bus service. Right now, that cutoff is one mile.",
        "That hits home for Kayla Brandt, a mother of two who lives just over a mile from Harvest Ridge Elementary. Her kids would have to cross Route 9 to get there.",
        "“There’s no sidewalk for half of that walk. None,” Brandt said during public comment, holding up a photo of the road shoulder. “My son is seven.",
        "“You’re telling me a seven-year-old is supposed to walk along a highway with trucks going 55? I’d like somebody on this board to walk it with him first.”",
        "The room erupted in applause.",
        "Bus driver Ray Dominguez, who has driven for the district for 22 years, says he understands why parents are upset. Most mornings now, he is covering two routes back to back.",
        "“People see the bus late and they think we don’t care,” he said. “I’ve got kids on my route I’ve been driving since kindergarten. They’re seniors now.”",
        "The Millbrook Classified Employees Association, the union that represents drivers, says the real problem is pay. Starting drivers in Millbrook make $19.40 an hour, less than at the warehouse that opened off the highway last year.",
        "“You want drivers? Pay drivers,” union president Janet Kohler said. “It really is that simple.”",
        "Board chair Marcus Lindgren said no vote will be taken until April and that the district is looking at “every alternative,” including contracting with a private bus company and staggering school start times.",
        "Whitcombe said he had heard the message loud and clear. “One parent told me tonight, ‘You’re going to get a kid killed,’ and I’m not going to pretend that didn’t land,” he said.",
        "The district will hold two more listening sessions: March 3 at Harvest Ridge Elementary and March 10 at Millbrook High School. Both start at 6:30 p.m.",
        "— Hannah Sorensen, KVLM 12 News",
    ),
    [
        "KVLM 12 News",
        "Millbrook School District",
        "Alan Whitcombe",
        "Kayla Brandt",
        "Harvest Ridge Elementary",
        "Ray Dominguez",
        "Millbrook Classified Employees Association",
        "Janet Kohler",
        "Marcus Lindgren",
        "Millbrook High School",
        "Hannah Sorensen",
    ],
    [
        Q(
            "We have kids standing at bus stops in the dark for 40 minutes because we don’t have anybody to drive the bus",
            "Alan Whitcombe",
            "Whitcombe",
            anchor="Whitcombe told the board",
        ),
        Q(
            "That is not a plan. That is a crisis we are managing one morning at a time",
            "Alan Whitcombe",
            "Whitcombe",
            anchor="Whitcombe told the board",
        ),
        Q("There’s no sidewalk for half of that walk. None", "Kayla Brandt", "Brandt"),
        Q("My son is seven", "Kayla Brandt", "Brandt"),
        Q(
            "You’re telling me a seven-year-old is supposed to walk along a highway with trucks going 55? I’d like somebody on this board to walk it with him first",
            "Kayla Brandt",
            "@prev",
        ),
        Q("People see the bus late and they think we don’t care", "Ray Dominguez", "he"),
        Q(
            "I’ve got kids on my route I’ve been driving since kindergarten. They’re seniors now",
            "Ray Dominguez",
            "he",
        ),
        Q("You want drivers? Pay drivers", "Janet Kohler", "union president Janet Kohler"),
        Q("It really is that simple", "Janet Kohler", "union president Janet Kohler"),
        Q("every alternative", "Marcus Lindgren", "Board chair Marcus Lindgren", kind="partial"),
        Q(
            "One parent told me tonight, ‘You’re going to get a kid killed,’ and I’m not going to pretend that didn’t land",
            "Alan Whitcombe",
            "he",
            how="after",
        ),
    ],
)

article(
    "local-tv",
    5,
    P(
        """Family pleads for answers after teen killed in Fulton Avenue hit-and-run""",
        """BRAYFORD, Tenn. (WBRT) -- Brayford police are searching for the driver who hit and killed a 17-year-old on Fulton Avenue late Saturday night and kept going.""",
        """According to a release from the Brayford Police Department, officers were called to Fulton Avenue near Dixon Street around 11:20 p.m. and found the teen lying in the roadway. He was taken to Brayford Regional Medical Center, where he died early Sunday.""",
        """Police identified him Monday as Isaiah Crenshaw, a junior at Brayford Central High School.""",
        """His mother, Tamika Crenshaw, told WBRT Channel 3 that Isaiah had just finished a shift at a pizza place a few blocks away and was walking home, like he did most weekends.""",
        '''"He was walking home. That's it. That's all he was doing," she said. "Whoever did this knew they hit somebody, and they kept going. They left my baby in the street."''',
        '''Crenshaw said her son wanted to study engineering and had just gotten his learner's permit. "He was saving up for a car. He had a jar on his dresser," she said. "Three hundred and twelve dollars."''',
        """Investigators believe the vehicle is a dark-colored pickup truck, possibly an older full-size model, with damage to the front passenger side. Officers found pieces of a side mirror at the scene, the release says.""",
        '''"Somebody out there knows who was driving that truck," said Sgt. Dale Whitaker, a spokesperson for the department. "A truck with that kind of damage doesn't just disappear. Somebody's going to notice it in a driveway or at a body shop."''',
        """Darnell Price owns the barbershop on the corner of Fulton and Dixon. He says his security camera picked up the sound of the crash but not the truck itself. He turned the footage over to police Sunday morning anyway.""",
        '''"I heard it from inside. I thought it was a car backfiring," Price said. "Then I heard somebody yelling to call 911."''',
        """People who live along Fulton Avenue have complained about speeding for years. Brayford City Council member Gloria Vance, who represents the area, says she has asked the city for speed humps on the street twice since 2021.""",
        '''"We have been asking, and asking, and asking," Vance said. "I don't want another family to go through this before somebody listens."''',
        """Brayford Area Crime Stoppers is offering a reward of up to $5,000 for information leading to an arrest. Tips can be made anonymously at 615-555-0190.""",
        """Friends and classmates plan to hold a candlelight vigil at the corner of Fulton and Dixon on Wednesday at 7 p.m. His mother says Isaiah would have been embarrassed by all the fuss.""",
        """"He was shy. He'd be standing in the back, trying to make everybody laugh," she said.""",
        """-- Andre Mitchell, WBRT Channel 3""",
    ),
    [
        "WBRT Channel 3",
        "Brayford Police Department",
        "Brayford Regional Medical Center",
        "Isaiah Crenshaw",
        "Brayford Central High School",
        "Tamika Crenshaw",
        "Dale Whitaker",
        "Darnell Price",
        "Brayford City Council",
        "Gloria Vance",
        "Brayford Area Crime Stoppers",
        "Andre Mitchell",
    ],
    [
        Q("He was walking home. That's it. That's all he was doing", "Tamika Crenshaw", "she"),
        Q(
            "Whoever did this knew they hit somebody, and they kept going. They left my baby in the street",
            "Tamika Crenshaw",
            "she",
            how="before",
        ),
        Q("He was saving up for a car. He had a jar on his dresser", "Tamika Crenshaw", "she"),
        Q("Three hundred and twelve dollars", "Tamika Crenshaw", "she", how="before"),
        Q("Somebody out there knows who was driving that truck", "Dale Whitaker", "Sgt. Dale Whitaker"),
        Q(
            "A truck with that kind of damage doesn't just disappear. Somebody's going to notice it in a driveway or at a body shop",
            "Dale Whitaker",
            "Sgt. Dale Whitaker",
        ),
        Q("I heard it from inside. I thought it was a car backfiring", "Darnell Price", "Price"),
        Q("Then I heard somebody yelling to call 911", "Darnell Price", "Price"),
        Q("We have been asking, and asking, and asking", "Gloria Vance", "Vance"),
        Q("I don't want another family to go through this before somebody listens", "Gloria Vance", "Vance"),
        Q("He was shy. He'd be standing in the back, trying to make everybody laugh", "Tamika Crenshaw", "she"),
    ],
)

article(
    "local-tv",
    6,
    P(
        "Flash flooding swamps homes along Sugar Creek; dozens rescued by boat",
        "DORSEY COUNTY, Ky. (WLKT) — Emergency crews rescued at least 37 people by boat Thursday after more than five inches of rain fell overnight and sent Sugar Creek over its banks, flooding dozens of homes in and around the small town of Pine Hollow.",
        "No deaths or serious injuries have been reported, according to a release from the Dorsey County Emergency Management Agency.",
        "Agency director Phil Boggs says the creek rose faster than anything he has seen in 26 years on the job.",
        "“It came up about four feet in two hours,” Boggs told WLKT News 8. “People went to bed with a creek in the backyard and woke up with it in the kitchen.”",
        "The Pine Hollow Volunteer Fire Department and swift-water teams from three neighboring counties spent most of the morning going door to door on Creekside Road and Mill Street.",
        "Among those rescued was Wanda, who asked that we not use her last name. She is 81 and lives alone.",
        "“I heard the water before I saw it. It sounded like somebody running a bath in the living room,” she said. “By the time I got my shoes on, it was up to my knees.”",
        "She says a firefighter carried her out to the boat. “He told me, ‘Ma’am, you’re the easiest rescue I’ve had all day,’ and I said, ‘Honey, I’ll take that as a compliment,’” Wanda said, laughing.",
        "Next door, Curtis Pennington spent the afternoon hauling soaked carpet to the curb with his son, Wyatt.",
        "“We’ve been here 30 years and we’ve never had water in the house. Not once,” Pennington said. Wyatt, 19, said his father refused to get in the boat until the crew went back for the family’s dog. “He wasn’t leaving without Duke,” he said.",
        "WLKT Chief Meteorologist Jenna Hartley says another round of storms could move through Friday night.",
        "“The ground is saturated, so it won’t take much,” Hartley said. “If you live near a creek, have a plan tonight.”",
        "A shelter is open at Pine Hollow Baptist Church on Route 7. County Judge-Executive Marla Stiles said in the release that the county is “working with state partners to get a disaster declaration as quickly as possible.”",
        "Boggs asked drivers to stay off flooded roads, even ones they know well.",
        "“Turn around, don’t drown. It sounds corny, but it’s true,” he said.",
        "— Caleb Rourke, WLKT News 8",
    ),
    [
        "WLKT News 8",
        "Dorsey County Emergency Management Agency",
        "Phil Boggs",
        "Pine Hollow Volunteer Fire Department",
        "Wanda",
        "Curtis Pennington",
        "Wyatt",
        "Jenna Hartley",
        "Pine Hollow Baptist Church",
        "Marla Stiles",
        "Caleb Rourke",
    ],
    [
        Q("It came up about four feet in two hours", "Phil Boggs", "Boggs", anchor="Boggs told"),
        Q(
            "People went to bed with a creek in the backyard and woke up with it in the kitchen",
            "Phil Boggs",
            "Boggs",
            anchor="Boggs told",
        ),
        Q(
            "I heard the water before I saw it. It sounded like somebody running a bath in the living room",
            "Wanda",
            "she",
        ),
        Q("By the time I got my shoes on, it was up to my knees", "Wanda", "she", how="before"),
        Q(
            "He told me, ‘Ma’am, you’re the easiest rescue I’ve had all day,’ and I said, ‘Honey, I’ll take that as a compliment,’",
            "Wanda",
            "Wanda",
            anchor="Wanda said",
        ),
        Q(
            "We’ve been here 30 years and we’ve never had water in the house. Not once",
            "Curtis Pennington",
            "Pennington",
        ),
        Q("He wasn’t leaving without Duke", "Wyatt", "he", how="after"),
        Q("The ground is saturated, so it won’t take much", "Jenna Hartley", "Hartley", anchor="Hartley said"),
        Q("If you live near a creek, have a plan tonight", "Jenna Hartley", "Hartley", anchor="Hartley said"),
        Q(
            "working with state partners to get a disaster declaration as quickly as possible",
            "Marla Stiles",
            "County Judge-Executive Marla Stiles",
            kind="partial",
        ),
        Q("Turn around, don’t drown. It sounds corny, but it’s true", "Phil Boggs", "he"),
    ],
)

# ---------------------------------------------------------------------------
# AFRICA PRESS
# ---------------------------------------------------------------------------

article(
    "africa-press",
    1,
    P(
        "We will complete Nkemba–Ofiri road before yuletide, says Ugwelu works commissioner",
        "By Chinedu Okonkwo-Eze, Nkemba",
        "The Ugwelu State Government has assured residents of communities along the Nkemba–Ofiri highway that work on the dualisation of the 42-kilometre road will be completed before the end of the year.",
        "The Commissioner for Works and Infrastructure, Engr. Obinna Ezeudu, gave the assurance on Tuesday while inspecting the project at Amaokpu junction, where he was accompanied by the Permanent Secretary in the ministry, Mrs. Ngozi Anyaegbu, and officials of the contracting firm, Trident-Kessler Construction Limited.",
        "Ezeudu disclosed that about 68 per cent of the work had been completed, noting that the contractor had been mobilised back to site after a four-month stoppage caused by what he described as “unavoidable funding challenges”.",
        "Speaking to journalists at the site, the commissioner said the administration of Governor Emeka Nwosu-Ibe remained committed to the project, which was first awarded in 2015. He said:",
        "“His Excellency has directed that this road must be motorable before the yuletide. We have released the second tranche of the counterpart funds, and I can tell you that there is no going back this time. The people of Ofiri have suffered enough.”",
        "“Those who are saying that this project has been abandoned are playing politics with the lives of our people,” he stated.",
        "The traditional ruler of Amaokpu, HRH Igwe Cletus Nnabuike, who received the commissioner and his team in his palace, commended the state government but urged it to address the erosion sites along the corridor.",
        "“We are grateful. But I must say it here: if the drainage is not done properly, the erosion will swallow this road within two rainy seasons,” the monarch averred.",
        "But the People’s Progressive Alliance (PPA), the main opposition party in the state, dismissed the inspection as “a photo opportunity”.",
        "In a statement made available to journalists in Nkemba, the party’s Publicity Secretary, Barr. Ifeanyi Okoli-Madu, stated that the road had been “flagged off three times by three governors”.",
        "“The PPA will not join the commissioner in dancing at a construction site that has been a graveyard of promises since 2015,” Okoli-Madu added. “Let them complete it first, and we will clap.”",
        "Reacting, the Special Adviser to the Governor on Media and Publicity, Mr. Tobenna Chukwuka, said the opposition had “run out of ideas”. “Instead of offering alternatives, they issue press statements from their hotel rooms,” Chukwuka noted.",
        "Motorists who ply the route have long complained about the state of the road. A commercial bus driver, Mr. Sunday Ekwueme, told our correspondent that the journey from Nkemba to Ofiri, which used to take 40 minutes, now takes more than two hours.",
        "“Na God dey keep us for this road. Every week, one motor go fall inside gully,” he said in Pidgin.",
    ),
    [
        "Chinedu Okonkwo-Eze",
        "Ugwelu State Government",
        "Obinna Ezeudu",
        "Ngozi Anyaegbu",
        "Trident-Kessler Construction Limited",
        "Emeka Nwosu-Ibe",
        "Cletus Nnabuike",
        "People’s Progressive Alliance",
        "Ifeanyi Okoli-Madu",
        "Tobenna Chukwuka",
        "Sunday Ekwueme",
    ],
    [
        Q("unavoidable funding challenges", "Obinna Ezeudu", "he", kind="partial", anchor="he described as"),
        Q(
            "His Excellency has directed that this road must be motorable before the yuletide. We have released the second tranche of the counterpart funds, and I can tell you that there is no going back this time. The people of Ofiri have suffered enough",
            "Obinna Ezeudu",
            "He",
            anchor="He said:",
        ),
        Q(
            "Those who are saying that this project has been abandoned are playing politics with the lives of our people",
            "Obinna Ezeudu",
            "he",
            anchor="he stated",
        ),
        Q(
            "We are grateful. But I must say it here: if the drainage is not done properly, the erosion will swallow this road within two rainy seasons",
            "Cletus Nnabuike",
            "the monarch",
        ),
        Q(
            "a photo opportunity",
            "People’s Progressive Alliance",
            "the People’s Progressive Alliance",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "flagged off three times by three governors",
            "Ifeanyi Okoli-Madu",
            "Barr. Ifeanyi Okoli-Madu",
            kind="partial",
        ),
        Q(
            "The PPA will not join the commissioner in dancing at a construction site that has been a graveyard of promises since 2015",
            "Ifeanyi Okoli-Madu",
            "Okoli-Madu",
            anchor="Okoli-Madu added",
        ),
        Q(
            "Let them complete it first, and we will clap",
            "Ifeanyi Okoli-Madu",
            "Okoli-Madu",
            anchor="Okoli-Madu added",
        ),
        Q("run out of ideas", "Tobenna Chukwuka", "Mr. Tobenna Chukwuka", kind="partial"),
        Q(
            "Instead of offering alternatives, they issue press statements from their hotel rooms",
            "Tobenna Chukwuka",
            "Chukwuka",
            anchor="Chukwuka noted",
        ),
        Q("Na God dey keep us for this road. Every week, one motor go fall inside gully", "Sunday Ekwueme", "he"),
    ],
)

article(
    "africa-press",
    2,
    P(
        "Galamsey: Asuboa chiefs, MP clash over mining on Ofin-Dwaa river",
        "From Kofi Asante-Boakye, Bremankese",
        "The Member of Parliament for Asuboa North, Hon. Kwadwo Ampofo-Darko, has accused some traditional rulers in the constituency of ‘selling the land of our grandchildren’ to illegal miners, a charge the Asuboa Traditional Council has described as ‘reckless and unfortunate’.",
        "Speaking at a town hall meeting at Nkwanta on Saturday, the MP said the pollution of the Ofin-Dwaa river had reached a point where farmers downstream could no longer use the water for their cocoa nurseries.",
        "‘We cannot sit down for our rivers to turn into chocolate while some of our own chiefs are collecting drinks and envelopes from the galamseyers,’ Hon. Ampofo-Darko stated. ‘If I have to lose my seat for saying this, so be it.’",
        "But in a swift reaction, the Paramount Chief of the Asuboa Traditional Area, Nana Osei Kyeretwie III, said the MP’s remarks were ‘an insult to the stool’.",
        "Addressing the press at his palace on Monday, flanked by sub-chiefs and elders of the traditional council, Nana Kyeretwie averred that no chief under his jurisdiction had released land for illegal mining. He said:",
        "‘The MP knows where the galamsey is coming from. It is coming from people with excavators and political connections, not from the chiefs. Let him bring his evidence to the palace, and we will deal with it.’",
        "In a statement signed by its Registrar, Mr. Yaw Boateng-Mensah, the council also demanded ‘an unqualified apology within seven days’ and threatened legal action if none was forthcoming.",
        "The Municipal Chief Executive (MCE) for Asuboa, Mrs. Abena Serwaa Owusu, who was also at the palace, noted that the Asuboa Municipal Assembly had seized 14 excavators and arrested 31 people since January.",
        "‘We are doing our part, but the assembly alone cannot win this war. We need the chiefs, we need the MP, and we need the security services to be on the same page,’ the MCE noted.",
        "The Executive Director of the Ofin Basin Water Watch, Dr. Kwame Addai-Sarpong, told The Herald that the quality of the river had deteriorated sharply over the past two years.",
        "‘The water treatment plant at Bremankese shut down twice this year because the water was too dirty to treat. That has never happened before,’ he disclosed.",
        "Dr. Addai-Sarpong backed the MP’s call for an investigation but said he should name names. ‘General statements help nobody. If he has names, let him give them to the police,’ he said.",
        "When contacted, Hon. Ampofo-Darko said he stood by his comments and would not apologise. ‘I did not insult any stool. I spoke for the river, and the river cannot speak for itself,’ he told The Herald.",
        "Residents of Nkwanta who spoke to The Herald said they were tired of the back-and-forth between the politicians and the chiefs while the river continued to turn brown.",
    ),
    [
        "Kofi Asante-Boakye",
        "Kwadwo Ampofo-Darko",
        "Asuboa Traditional Council",
        "Osei Kyeretwie III",
        "Yaw Boateng-Mensah",
        "Abena Serwaa Owusu",
        "Asuboa Municipal Assembly",
        "Ofin Basin Water Watch",
        "Kwame Addai-Sarpong",
        "The Herald",
    ],
    [
        Q(
            "selling the land of our grandchildren",
            "Kwadwo Ampofo-Darko",
            "Hon. Kwadwo Ampofo-Darko",
            kind="partial",
        ),
        Q(
            "reckless and unfortunate",
            "Asuboa Traditional Council",
            "the Asuboa Traditional Council",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We cannot sit down for our rivers to turn into chocolate while some of our own chiefs are collecting drinks and envelopes from the galamseyers",
            "Kwadwo Ampofo-Darko",
            "Hon. Ampofo-Darko",
        ),
        Q(
            "If I have to lose my seat for saying this, so be it",
            "Kwadwo Ampofo-Darko",
            "Hon. Ampofo-Darko",
            how="before",
        ),
        Q("an insult to the stool", "Osei Kyeretwie III", "Nana Osei Kyeretwie III", kind="partial"),
        Q(
            "The MP knows where the galamsey is coming from. It is coming from people with excavators and political connections, not from the chiefs. Let him bring his evidence to the palace, and we will deal with it",
            "Osei Kyeretwie III",
            "He",
            anchor="He said:",
        ),
        Q(
            "an unqualified apology within seven days",
            "Asuboa Traditional Council",
            "the council",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We are doing our part, but the assembly alone cannot win this war. We need the chiefs, we need the MP, and we need the security services to be on the same page",
            "Abena Serwaa Owusu",
            "the MCE",
        ),
        Q(
            "The water treatment plant at Bremankese shut down twice this year because the water was too dirty to treat. That has never happened before",
            "Kwame Addai-Sarpong",
            "he",
        ),
        Q(
            "General statements help nobody. If he has names, let him give them to the police",
            "Kwame Addai-Sarpong",
            "he",
            anchor="he said.",
        ),
        Q(
            "I did not insult any stool. I spoke for the river, and the river cannot speak for itself",
            "Kwadwo Ampofo-Darko",
            "he",
            anchor="he told The Herald",
        ),
    ],
)

article(
    "africa-press",
    3,
    P(
        """Kwazimele residents march on municipal offices as taps stay dry for third week""",
        """By Sipho Mabaso""",
        """Hundreds of residents of Kwazimele township marched to the offices of the Umlazane Local Municipality on Wednesday, demanding answers after large parts of the township went without running water for a third consecutive week.""",
        """Carrying empty buckets and placards reading "No water, no vote", the marchers blocked the main entrance for more than two hours before municipal manager Sizwe Ndlela came out to receive their memorandum.""",
        """Ndlela told the crowd that a burst bulk pipeline and the theft of cables at the Mthonjeni pump station were to blame. "We are not hiding anything. The pump station was vandalised twice in ten days, and every time we fix it, the cables are stolen again," he said.""",
        """He promised that the number of water tankers serving the township would be increased from 12 to 20 by Friday.""",
        """But residents said they had heard such promises before. Mrs. Nomvula Khumalo, 67, who has lived in Section C since 1989, said she had been buying water from a neighbour's borehole at R20 for 25 litres.""",
        """"I am a pensioner. Where must I get R20 every day? The tankers come at two in the morning, and by the time we old people wake up, the water is finished," she said.""",
        """Her neighbour, Zanele Mokoena, 34, said she had kept her two children home from school on Monday because there was no water to wash their uniforms. "The children are asking me why the tap is crying air," she said.""",
        """Ward 14 councillor Lwazi Cele, of the opposition Civic Alliance, said the crisis was "entirely predictable" and accused the municipality of ignoring repeated warnings about the ageing infrastructure.""",
        """"I raised the condition of that pump station in council in 2021 and again last year. The minutes are there. Nobody listened," Cele said.""",
        """Later on Wednesday, the provincial MEC for Human Settlements and Water, Thandeka Mhlongo-Dube, visited the pump station with engineers from her department.""",
        """The MEC noted that the province had set aside R38 million for emergency repairs and would deploy security guards at the site around the clock. She said:""",
        """"I have instructed the department to work with the municipality until every household in Kwazimele has water. I will not accept another week of excuses.""",
        '''"The people of this township have been patient for far too long, and they deserve better than buckets."''',
        """Themba Zungu, regional spokesperson for the People's Congress for Change (PCC), which governs the municipality, accused the Civic Alliance of "exploiting the suffering of residents for cheap political points".""",
        """"The march was peaceful and no arrests were made," said Captain Nokuthula Mkhize, a police spokesperson. She said officers would remain in the area until the memorandum had been formally answered.""",
        """The municipality has been given seven days to respond to the memorandum.""",
    ),
    [
        "Sipho Mabaso",
        "Umlazane Local Municipality",
        "Sizwe Ndlela",
        "Nomvula Khumalo",
        "Zanele Mokoena",
        "Lwazi Cele",
        "Civic Alliance",
        "Thandeka Mhlongo-Dube",
        "People's Congress for Change",
        "Themba Zungu",
        "Nokuthula Mkhize",
    ],
    [
        Q(
            "We are not hiding anything. The pump station was vandalised twice in ten days, and every time we fix it, the cables are stolen again",
            "Sizwe Ndlela",
            "he",
        ),
        Q(
            "I am a pensioner. Where must I get R20 every day? The tankers come at two in the morning, and by the time we old people wake up, the water is finished",
            "Nomvula Khumalo",
            "she",
            how="after",
        ),
        Q("The children are asking me why the tap is crying air", "Zanele Mokoena", "she", how="after"),
        Q("entirely predictable", "Lwazi Cele", "Ward 14 councillor Lwazi Cele", kind="partial"),
        Q(
            "I raised the condition of that pump station in council in 2021 and again last year. The minutes are there. Nobody listened",
            "Lwazi Cele",
            "Cele",
        ),
        Q(
            "I have instructed the department to work with the municipality until every household in Kwazimele has water. I will not accept another week of excuses",
            "Thandeka Mhlongo-Dube",
            "She",
            anchor="She said:",
        ),
        Q(
            "The people of this township have been patient for far too long, and they deserve better than buckets",
            "Thandeka Mhlongo-Dube",
            "@prev",
        ),
        Q(
            "exploiting the suffering of residents for cheap political points",
            "Themba Zungu",
            "Themba Zungu",
            kind="partial",
        ),
        Q("The march was peaceful and no arrests were made", "Nokuthula Mkhize", "Captain Nokuthula Mkhize"),
    ],
)

article(
    "africa-press",
    4,
    P(
        "Senator Bako, 3,000 supporters defect to ANR in Garima",
        "From Abdullahi Yusuf-Dantata, Birnin Garima",
        "The senator representing Garima North Senatorial District, Senator Ibrahim Musa Bako, on Saturday formally defected from the Progressive Unity Party (PUP) to the ruling Alliance for National Renewal (ANR), alongside what party officials put at over 3,000 supporters.",
        "The defection was received at a colourful ceremony at the Kofar Dumi Square in Birnin Garima, the state capital, attended by members of the State Executive Council, local government chairmen and party stalwarts from the 14 local government areas of the senatorial district.",
        "Receiving the senator, the Governor of Garima State, His Excellency Alhaji Umaru Danjuma Gwadabe, described him as “a bridge-builder and a man of the people” and said his return would strengthen the party ahead of the next general elections. He said:",
        "“Today is a day of homecoming. Senator Bako was one of the founding fathers of this party in Garima before he was misled into leaving. We have forgiven and we have forgotten.",
        "“Let me assure you that in the ANR, there is no big man and no small man. Every member, old or new, will be carried along.”",
        "In his remarks, Senator Bako said he left the PUP because of “a leadership that has lost its way”.",
        "“I did not leave the PUP; the PUP left me. When a party cannot hold a congress without going to court, you know that something is wrong,” he averred.",
        "The state chairman of the ANR, Chief Ezekiel Dangana Tsoho, welcomed the new members but cautioned them against expecting automatic tickets.",
        "“The doors of the ANR remain open to all. But those coming in must know that they will join the queue,” Tsoho noted, in an apparent reference to aspirants already jostling for the party’s senatorial ticket.",
        "Reacting, the PUP state Publicity Secretary, Alhaji Murtala Sule Kangiwa, described the senator’s defection as “good riddance”.",
        "“We wish him well. A man who has changed parties four times in 12 years cannot be said to be leaving on principle,” Kangiwa stated.",
        "Notably absent from the ceremony was Hon. Aminu Garba Dogo, who represents Garima North Federal Constituency in the House of Representatives and was once regarded as the senator’s political godson.",
        "Dogo, who has been touted as a possible challenger to the senator, told journalists in his country home on Sunday that he would remain in the PUP. “I was elected on the platform of the PUP and I will remain in the PUP until my tenure ends,” he said.",
        "Political observers in the state say the defection leaves the PUP with only one of the state’s three senators and could reshape the race for the governorship.",
    ),
    [
        "Abdullahi Yusuf-Dantata",
        "Ibrahim Musa Bako",
        "Progressive Unity Party",
        "Alliance for National Renewal",
        "State Executive Council",
        "Umaru Danjuma Gwadabe",
        "Ezekiel Dangana Tsoho",
        "Murtala Sule Kangiwa",
        "Aminu Garba Dogo",
        "House of Representatives",
    ],
    [
        Q(
            "a bridge-builder and a man of the people",
            "Umaru Danjuma Gwadabe",
            "His Excellency Alhaji Umaru Danjuma Gwadabe",
            kind="partial",
        ),
        Q(
            "Today is a day of homecoming. Senator Bako was one of the founding fathers of this party in Garima before he was misled into leaving. We have forgiven and we have forgotten",
            "Umaru Danjuma Gwadabe",
            "He",
            anchor="He said:",
        ),
        Q(
            "Let me assure you that in the ANR, there is no big man and no small man. Every member, old or new, will be carried along",
            "Umaru Danjuma Gwadabe",
            "@prev",
        ),
        Q(
            "a leadership that has lost its way",
            "Ibrahim Musa Bako",
            "Senator Bako",
            kind="partial",
            anchor="Senator Bako said",
        ),
        Q(
            "I did not leave the PUP; the PUP left me. When a party cannot hold a congress without going to court, you know that something is wrong",
            "Ibrahim Musa Bako",
            "he",
            how="after",
        ),
        Q(
            "The doors of the ANR remain open to all. But those coming in must know that they will join the queue",
            "Ezekiel Dangana Tsoho",
            "Tsoho",
        ),
        Q("good riddance", "Murtala Sule Kangiwa", "Alhaji Murtala Sule Kangiwa", kind="partial"),
        Q(
            "We wish him well. A man who has changed parties four times in 12 years cannot be said to be leaving on principle",
            "Murtala Sule Kangiwa",
            "Kangiwa",
        ),
        Q(
            "I was elected on the platform of the PUP and I will remain in the PUP until my tenure ends",
            "Aminu Garba Dogo",
            "he",
            how="after",
        ),
    ],
)

article(
    "africa-press",
    5,
    P(
        "Rift Highlands University shut indefinitely as lecturers’ strike enters sixth week",
        "By Wanjiru Kamau-Ndegwa",
        "The management of Rift Highlands University has closed the institution indefinitely and ordered students to vacate the halls of residence by Friday, as the strike by lecturers over unpaid salary arrears entered its sixth week.",
        "In a notice dated Tuesday and signed by the Vice-Chancellor, Prof. Daniel Kiprono Lagat, the university said the closure had been occasioned by “the prevailing circumstances, which have made it impossible to continue with teaching and learning”.",
        "Speaking to The Lakeside Observer in his office in Kapsoret, Prof. Lagat disclosed that the university owed its 412 academic staff Sh1.3 billion in arrears dating back to 2021, which he blamed on delayed capitation from the national government.",
        "“We are not refusing to pay. We simply do not have the money. Our monthly wage bill is Sh186 million and what we receive from the government is Sh121 million. You do the mathematics,” the VC said.",
        "But the branch secretary of the Union of University Lecturers and Researchers (UULR), Dr. Mercy Chebet Rotich, said the closure was “an act of intimidation” meant to break the strike.",
        "“You cannot close a university to punish lecturers for demanding what is theirs. Some of our members have been evicted from their houses. Others cannot pay school fees for their own children,” she noted.",
        "The students’ leadership also criticised the decision. Brian Otieno Ouma, the president of the Rift Highlands University Students’ Association, said many students had already paid for accommodation for the whole semester.",
        "“We have paid our fees in full. Now we are being told to go home with no date of reopening. Who will refund our hostel money?” Ouma posed.",
        "Faith Jeptoo, a second-year nursing student from Chepsire, said Dr. Rotich had visited the hostels on Monday to explain the union’s position. “She told us the strike is not against us. We understand, but we are the ones suffering,” she said.",
        "Addressing journalists in Kapsoret on Wednesday, Education Cabinet Secretary Peter Mwangi Njoroge said the Ministry of Education had released Sh400 million to the university last week and asked the lecturers to resume duty immediately.",
        "“The government has done its part. The money is in the university’s account, and I expect the lecturers back in class on Monday,” the CS stated.",
        "Dr. Rotich, however, dismissed the CS’s statement as “a public relations exercise”, saying the amount released could not cover even a third of the arrears.",
        "“Let the CS come and pay the arrears he is talking about. Until every shilling is paid, there will be no teaching at Rift Highlands,” she averred.",
        "The university council is expected to meet on Monday to review the closure.",
    ),
    [
        "Wanjiru Kamau-Ndegwa",
        "Rift Highlands University",
        "Daniel Kiprono Lagat",
        "The Lakeside Observer",
        "Union of University Lecturers and Researchers",
        "Mercy Chebet Rotich",
        "Brian Otieno Ouma",
        "Rift Highlands University Students’ Association",
        "Faith Jeptoo",
        "Peter Mwangi Njoroge",
        "Ministry of Education",
    ],
    [
        Q(
            "the prevailing circumstances, which have made it impossible to continue with teaching and learning",
            "Rift Highlands University",
            "the university",
            kind="partial",
            stype="organisation",
            anchor="the university said",
        ),
        Q(
            "We are not refusing to pay. We simply do not have the money. Our monthly wage bill is Sh186 million and what we receive from the government is Sh121 million. You do the mathematics",
            "Daniel Kiprono Lagat",
            "the VC",
        ),
        Q("an act of intimidation", "Mercy Chebet Rotich", "Dr. Mercy Chebet Rotich", kind="partial"),
        Q(
            "You cannot close a university to punish lecturers for demanding what is theirs. Some of our members have been evicted from their houses. Others cannot pay school fees for their own children",
            "Mercy Chebet Rotich",
            "she",
        ),
        Q(
            "We have paid our fees in full. Now we are being told to go home with no date of reopening. Who will refund our hostel money",
            "Brian Otieno Ouma",
            "Ouma",
        ),
        Q(
            "She told us the strike is not against us. We understand, but we are the ones suffering",
            "Faith Jeptoo",
            "she",
            how="after",
        ),
        Q(
            "The government has done its part. The money is in the university’s account, and I expect the lecturers back in class on Monday",
            "Peter Mwangi Njoroge",
            "the CS",
        ),
        Q("a public relations exercise", "Mercy Chebet Rotich", "Dr. Rotich", kind="partial"),
        Q(
            "Let the CS come and pay the arrears he is talking about. Until every shilling is paid, there will be no teaching at Rift Highlands",
            "Mercy Chebet Rotich",
            "she",
        ),
    ],
)

article(
    "africa-press",
    6,
    P(
        """Cholera: Osimiri records 23 deaths, govt shuts 41 water factories""",
        """By Funmilayo Adebanjo-Cole""",
        """The Osimiri State Government has confirmed 23 deaths from the ongoing cholera outbreak in four local government areas of the state, with 412 suspected cases recorded since the first case was reported three weeks ago.""",
        """The Commissioner for Health, Prof. Adeyemi Olukoya-Bankole, disclosed this on Thursday at a press briefing in Ilegbe, the state capital. He said the state had shut down 41 unregistered sachet water factories whose products tested positive for the cholera bacterium.""",
        """Olukoya-Bankole stated that the outbreak was largely driven by contaminated water and poor sanitation in riverine communities. He said:""",
        '''"Our surveillance team has traced the majority of the cases to sachet water produced in unhygienic conditions and to wells sunk too close to pit latrines. We are not going to tolerate any producer who puts the lives of our people at risk for profit."''',
        """"I want to appeal to residents: boil your water, wash your hands, and report to the nearest health facility at the first sign of stooling and vomiting. Treatment is free in all government hospitals," the commissioner added.""",
        """The Permanent Secretary, Ministry of Health, Dr. (Mrs.) Bolanle Ajibike-Fashola, noted that the state had received 2,000 cholera treatment kits from development partners and had opened isolation wards in six general hospitals.""",
        """"We have activated our emergency operations centre and trained 150 community health workers, who are going from house to house," she said.""",
        """At Itun-Agbo, one of the worst-hit communities, residents told our correspondent that the community had gone without pipe-borne water for over two years.""",
        """Mrs. Kehinde Adeosun, a fish seller who lost her nine-year-old son to the disease last week, said the government's intervention came too late. "My son was playing football on Sunday. By Tuesday morning he was gone. Where was the government when we were drinking from that stream?" she asked.""",
        """The Baale of Itun-Agbo, Chief Sikiru Alao-Oyewole, said the community had written to the local government council several times. "Since 2022, we have written letters upon letters to the chairman for a borehole. Nobody answered us until people started dying," the Baale averred.""",
        """In a statement, the spokesman of the opposition Social Reform Party (SRP) in the state, Comrade Taiwo Ogundare-Ilesanmi, described the deaths as "avoidable" and "a damning indictment of the state's primary healthcare system".""",
        '''Asked about the opposition's criticism, Olukoya-Bankole said: "This is not the time for politics. Cholera does not carry a party card."''',
        """The commissioner said the ministry would publish daily situation reports until the outbreak was contained.""",
    ),
    [
        "Funmilayo Adebanjo-Cole",
        "Osimiri State Government",
        "Adeyemi Olukoya-Bankole",
        "Ministry of Health",
        "Bolanle Ajibike-Fashola",
        "Kehinde Adeosun",
        "Sikiru Alao-Oyewole",
        "Social Reform Party",
        "Taiwo Ogundare-Ilesanmi",
    ],
    [
        Q(
            "Our surveillance team has traced the majority of the cases to sachet water produced in unhygienic conditions and to wells sunk too close to pit latrines. We are not going to tolerate any producer who puts the lives of our people at risk for profit",
            "Adeyemi Olukoya-Bankole",
            "He",
            anchor="He said:",
        ),
        Q(
            "I want to appeal to residents: boil your water, wash your hands, and report to the nearest health facility at the first sign of stooling and vomiting. Treatment is free in all government hospitals",
            "Adeyemi Olukoya-Bankole",
            "the commissioner",
            anchor="the commissioner added",
        ),
        Q(
            "We have activated our emergency operations centre and trained 150 community health workers, who are going from house to house",
            "Bolanle Ajibike-Fashola",
            "she",
        ),
        Q(
            "My son was playing football on Sunday. By Tuesday morning he was gone. Where was the government when we were drinking from that stream",
            "Kehinde Adeosun",
            "she",
        ),
        Q(
            "Since 2022, we have written letters upon letters to the chairman for a borehole. Nobody answered us until people started dying",
            "Sikiru Alao-Oyewole",
            "the Baale",
            how="after",
        ),
        Q("avoidable", "Taiwo Ogundare-Ilesanmi", "Comrade Taiwo Ogundare-Ilesanmi", kind="partial"),
        Q(
            "a damning indictment of the state's primary healthcare system",
            "Taiwo Ogundare-Ilesanmi",
            "Comrade Taiwo Ogundare-Ilesanmi",
            kind="partial",
        ),
        Q(
            "This is not the time for politics. Cholera does not carry a party card",
            "Adeyemi Olukoya-Bankole",
            "Olukoya-Bankole",
            anchor="Olukoya-Bankole said:",
        ),
    ],
)

# ---------------------------------------------------------------------------
# ANALYSIS
# ---------------------------------------------------------------------------

article(
    "analysis",
    1,
    P(
        "The four-day week was meant to be inevitable. So why did it stall?",
        "Analysis by Nathaniel Brandt",
        "Five years ago, the four-day week looked like one of those ideas whose time had simply come. Pilot schemes were reporting happier staff and steady output; politicians on the centre-left were promising to legislate for it; and a cottage industry of consultants had sprung up to help firms make the switch. Today the idea survives mostly as a perk at software companies and a talking point at conferences.",
        "What went wrong? Part of the answer is that the early trials were better at measuring enthusiasm than output. “The first wave recruited firms that already wanted to do it,” says Mara Ellison, who studies working-time policy at Halbrook University. “That isn’t a criticism. It’s just that you can’t generalise from volunteers to a whole economy.”",
        "Ellison’s own study, published last spring, followed 61 firms for three years after their pilots ended. Roughly a third had drifted back to five days. Most of those, she found, had never reorganised work at all; they had squeezed the same meetings into fewer hours and called the result “flexibility”.",
        "That finding has been seized on by Gareth Pryce, chief economist at the employers’ federation Workforward, who argues that the policy was oversold from the start. “It was marketed as a free lunch: same pay, same output, one more day at the allotment,” Pryce says. “There are firms for whom that’s true. There are a great many more for whom it plainly isn’t.”",
        "Joanna Pryce – no relation – would count herself among the first group. Her chain of 14 children’s nurseries moved its staff to a four-day rota in 2021 and has kept it, though not, she admits, without pain. “Childcare doesn’t stop on a Friday because the staff do,” she says. “We had to hire more people to make it work, and we had to put our fees up. I’d do it again, but I won’t pretend it was free.”",
        "Then there is the politics. Daniel Osterberg, who as employment minister set up the first state-backed pilot in 2020, now says he underestimated how the idea would land outside offices. “We talked about it as if everyone worked at a desk. Half the country doesn’t,” he told a parliamentary committee in 2023.",
        "He was blunter still in his memoir, “The Long Weekend,” published last year, in which he wrote that the pilot had been “a policy designed for the people who designed it”.",
        "The Calder Institute for Work, a think-tank that was among the policy’s most enthusiastic champions, has struck a more defensive note. “The four-day week has not failed. It has been tried, mostly, in the sectors where it was easiest, and then judged by the sectors where it is hardest,” the institute wrote in its latest annual report.",
        "“Nobody wants to be the hospital that gives its accountants Fridays off and tells its nurses to be grateful for a rota.” That is how Lena Marchetti, who spent a decade running workforce planning at two large hospital trusts before setting up her own consultancy, sums up the public sector’s dilemma, and she thinks it is where the idea will live or die.",
        "“If it can’t work on a ward, it will always look like a perk for people who were doing fine anyway,” she says.",
        "Ellison, for her part, is not ready to write the policy off. “What the data shows is that the four-day week is a management project, not a calendar project, and the firms that treated it as a calendar project are the ones that went back,” she says.",
    ),
    [
        "Nathaniel Brandt",
        "Mara Ellison",
        "Halbrook University",
        "Gareth Pryce",
        "Workforward",
        "Joanna Pryce",
        "Daniel Osterberg",
        "Calder Institute for Work",
        "Lena Marchetti",
    ],
    [
        Q("The first wave recruited firms that already wanted to do it", "Mara Ellison", "Mara Ellison"),
        Q(
            "That isn’t a criticism. It’s just that you can’t generalise from volunteers to a whole economy",
            "Mara Ellison",
            "Mara Ellison",
        ),
        Q(
            "It was marketed as a free lunch: same pay, same output, one more day at the allotment",
            "Gareth Pryce",
            "Pryce",
            anchor="Pryce says",
        ),
        Q(
            "There are firms for whom that’s true. There are a great many more for whom it plainly isn’t",
            "Gareth Pryce",
            "Pryce",
            anchor="Pryce says",
        ),
        Q("Childcare doesn’t stop on a Friday because the staff do", "Joanna Pryce", "she", how="after"),
        Q(
            "We had to hire more people to make it work, and we had to put our fees up. I’d do it again, but I won’t pretend it was free",
            "Joanna Pryce",
            "she",
            how="before",
        ),
        Q(
            "We talked about it as if everyone worked at a desk. Half the country doesn’t",
            "Daniel Osterberg",
            "he",
            anchor="he told a parliamentary committee",
        ),
        Q(
            "a policy designed for the people who designed it",
            "Daniel Osterberg",
            "he",
            kind="partial",
            anchor="he wrote",
        ),
        Q(
            "The four-day week has not failed. It has been tried, mostly, in the sectors where it was easiest, and then judged by the sectors where it is hardest",
            "Calder Institute for Work",
            "the institute",
            stype="organisation",
        ),
        Q(
            "Nobody wants to be the hospital that gives its accountants Fridays off and tells its nurses to be grateful for a rota",
            "Lena Marchetti",
            "Lena Marchetti",
        ),
        Q(
            "If it can’t work on a ward, it will always look like a perk for people who were doing fine anyway",
            "Lena Marchetti",
            "she",
            how="after",
        ),
        Q(
            "What the data shows is that the four-day week is a management project, not a calendar project, and the firms that treated it as a calendar project are the ones that went back",
            "Mara Ellison",
            "she",
            how="after",
        ),
    ],
)

article(
    "analysis",
    2,
    P(
        "The suburbs are finally saying yes to apartments. Rents won’t notice for years",
        "By Celeste Navarro | Analysis",
        "For most of the past half-century, the fastest way to end a political career in an American suburb was to propose an apartment building. That is changing. In the past three years, at least nine states have passed laws that override local zoning to allow duplexes, fourplexes or small apartment blocks on land once reserved for single-family homes, and dozens of suburbs have done so on their own.",
        "The question now is whether any of it will make housing cheaper, and on what timescale. “People expect the rent to come down the year after the vote,” says Teodora Vlasic, a housing economist at the Brightwater Policy Lab, a nonpartisan research group. “Zoning reform doesn’t work like that. It works like compound interest. You don’t see it for a decade, and then you can’t miss it.”",
        "Vlasic’s caution is shared, from the opposite direction, by some of the people who fought the changes. Hannah Greer, the mayor of Linden Heights, a suburb of about 40,000 that lost its single-family-only zoning under a 2022 state law, argues that the reforms have mostly handed land to investors. “We were told this was about teachers and nurses being able to live in the town they work in,” Greer says. “What we’ve got so far is three townhouse projects, and the cheapest unit is listed at $640,000.”",
        "Vlasic has little patience with that argument. Greer, she says, “is judging a thirty-year policy on its first three years of permits.”",
        "The politics of all this are older than the current fights suggest. Walter Brenning, the former governor who tried and failed to pass a statewide zoning bill in 2009, recalled in his 2015 memoir that suburban officials had quietly told him they agreed with him. “They would shake my hand in the hallway and vote against me an hour later,” he wrote. “Not one of them ever said the word ‘apartment’ in public.”",
        "Renata Solis, then the planning director of Port Carver, made the same diagnosis to legislators a decade later. Growth, as she told state senators in 2019, is something “every town wants, as long as it happens in the next town over.”",
        "Few families capture the divide better than the Kesslers. Ben Kessler builds small apartment blocks across the metro area and has lobbied for every one of the new laws. His sister, Ruth Kessler, organizes tenants in the older rental buildings downtown, and she thinks the zoning fight has become a distraction from rent regulation.",
        "“New supply is great for people who can afford new buildings. My members can’t, and they need protection now, not in 2040,” Ruth says.",
        "Ben, unsurprisingly, disagrees. “Rent control without building is just rationing. Ruth and I have been having this argument since Thanksgiving 2009,” he says.",
        "Opponents, meanwhile, have largely stopped arguing about “neighborhood character” and started arguing about infrastructure: sewer capacity, school crowding, parking.",
        "Vlasic expects the first measurable effect on rents in the early-reform states around the end of the decade. “The honest answer is that the people who voted for this will mostly not be the people who benefit,” she says. “That’s what makes it so hard to sell, and so important to do.”",
    ),
    [
        "Celeste Navarro",
        "Teodora Vlasic",
        "Brightwater Policy Lab",
        "Hannah Greer",
        "Walter Brenning",
        "Renata Solis",
        "Ben Kessler",
        "Ruth Kessler",
    ],
    [
        Q("People expect the rent to come down the year after the vote", "Teodora Vlasic", "Teodora Vlasic"),
        Q(
            "Zoning reform doesn’t work like that. It works like compound interest. You don’t see it for a decade, and then you can’t miss it",
            "Teodora Vlasic",
            "Teodora Vlasic",
        ),
        Q(
            "We were told this was about teachers and nurses being able to live in the town they work in",
            "Hannah Greer",
            "Greer",
            anchor="Greer says",
        ),
        Q(
            "What we’ve got so far is three townhouse projects, and the cheapest unit is listed at $640,000",
            "Hannah Greer",
            "Greer",
            anchor="Greer says",
        ),
        Q(
            "is judging a thirty-year policy on its first three years of permits",
            "Teodora Vlasic",
            "she",
            kind="partial",
            how="before",
        ),
        Q("They would shake my hand in the hallway and vote against me an hour later", "Walter Brenning", "he"),
        Q("Not one of them ever said the word ‘apartment’ in public", "Walter Brenning", "he"),
        Q(
            "every town wants, as long as it happens in the next town over",
            "Renata Solis",
            "she",
            kind="partial",
        ),
        Q(
            "New supply is great for people who can afford new buildings. My members can’t, and they need protection now, not in 2040",
            "Ruth Kessler",
            "Ruth",
            anchor="Ruth says",
        ),
        Q(
            "Rent control without building is just rationing. Ruth and I have been having this argument since Thanksgiving 2009",
            "Ben Kessler",
            "he",
        ),
        Q(
            "The honest answer is that the people who voted for this will mostly not be the people who benefit",
            "Teodora Vlasic",
            "she",
        ),
        Q("That’s what makes it so hard to sell, and so important to do", "Teodora Vlasic", "she"),
    ],
)

article(
    "analysis",
    3,
    P(
        """Analysis: Harbor County's transit 'fiscal cliff' is no longer a metaphor""",
        """By Leon Achterberg""",
        """For three years, the phrase "fiscal cliff" has been the transit industry's favorite way to describe what happens when the federal pandemic money runs out. In Harbor County, it now has a date attached: July 1, when the Harbor County Transit Authority's reserves are projected to hit zero.""",
        """The agency's own paperwork is blunt about what follows. Without new revenue, the authority's finance staff wrote in a February memo to the board, the system "will be required to reduce service by approximately 35 percent" by the end of the year.""",
        """Cuts of that size tend to feed on themselves. Fewer buses mean longer waits; longer waits mean fewer riders; fewer riders mean less fare revenue and a weaker case for public money. Transit planners call it a "death spiral," and they do not use the term lightly.""",
        """"The mistake people make is thinking the cuts are the end of the story. The cuts are the beginning." That is how Priya Raman, who studies transit finance at the Eastlake Institute of Technology, describes the pattern she has documented in more than a dozen American cities since 2010. In almost every case, she found, ridership fell by more than service did.""",
        '''"Riders don't leave because the bus is slower. They leave because they can't trust it anymore," Raman says. "Once someone buys a car, you've lost them for a decade."''',
        """Oliver Haddad, who ran the authority from 2014 until 2022, saw this coming, and said so. "We have built a system that depends on money nobody has promised us," he told this newspaper in 2021, in an interview that drew an angry letter from two county commissioners.""",
        '''Reached by phone last week, Haddad, now a private consultant, was in no mood to say I-told-you-so. "Nobody listened then, and I don't blame them. The money was still flowing," he said. "It's easy to ignore a cliff when you're a long way from the edge."''',
        """The union that represents the authority's 780 drivers and mechanics, Transit Workers Local 419, has campaigned for a half-cent sales tax to fill the gap. Its president, Keith Barlow, says members are already working double shifts to cover vacancies. "You can't cut your way to a good bus system. We tried that in 2009, and it took us ten years to get the riders back," Barlow said.""",
        '''County Commissioner Doug Feeney, who opposes the tax, argues that the authority has not done enough to cut its own costs first, and points to an administrative payroll that has grown by a fifth since 2019. Feeney said he respected Barlow but did not share his priorities. "Keith is a good man who has one job, which is to get his members paid," he said. "My job is to ask whether the people of this county get value for their money."''',
        '''The board is expected to vote on a package of cuts in May. Raman's advice is to cut frequency on weak routes rather than eliminate routes entirely. "A bus every 30 minutes is a bad bus," she said. "No bus at all is a car dealership's best advertising."''',
    ),
    [
        "Leon Achterberg",
        "Harbor County Transit Authority",
        "Priya Raman",
        "Eastlake Institute of Technology",
        "Oliver Haddad",
        "Transit Workers Local 419",
        "Keith Barlow",
        "Doug Feeney",
    ],
    [
        Q(
            "will be required to reduce service by approximately 35 percent",
            "the authority's finance staff",
            "the authority's finance staff",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "The mistake people make is thinking the cuts are the end of the story. The cuts are the beginning",
            "Priya Raman",
            "Priya Raman",
        ),
        Q(
            "Riders don't leave because the bus is slower. They leave because they can't trust it anymore",
            "Priya Raman",
            "Raman",
            anchor="Raman says",
        ),
        Q("Once someone buys a car, you've lost them for a decade", "Priya Raman", "Raman", anchor="Raman says"),
        Q("We have built a system that depends on money nobody has promised us", "Oliver Haddad", "he"),
        Q("Nobody listened then, and I don't blame them. The money was still flowing", "Oliver Haddad", "he"),
        Q("It's easy to ignore a cliff when you're a long way from the edge", "Oliver Haddad", "he"),
        Q(
            "You can't cut your way to a good bus system. We tried that in 2009, and it took us ten years to get the riders back",
            "Keith Barlow",
            "Barlow",
            anchor="Barlow said",
        ),
        Q(
            "Keith is a good man who has one job, which is to get his members paid",
            "Doug Feeney",
            "he",
            how="after",
        ),
        Q(
            "My job is to ask whether the people of this county get value for their money",
            "Doug Feeney",
            "he",
            how="before",
        ),
        Q("A bus every 30 minutes is a bad bus", "Priya Raman", "she", how="after"),
        Q("No bus at all is a car dealership's best advertising", "Priya Raman", "she", how="before"),
    ],
)

article(
    "analysis",
    4,
    P(
        "Cultivated meat survived the hype. Can it survive the supermarket?",
        "By Isobel Ferrante",
        "Five years ago, the companies growing meat from animal cells in steel tanks were promising that their products would cost the same as chicken within two years. Investors poured in; at least three governments set up funds to back the technology. Today the sector is smaller, quieter and – its founders insist – more honest about what it can do.",
        "Nobody embodied the old optimism more than Anika Solberg, the molecular biologist who founded Culturo Foods in 2017. Culturo, she told investors at a funding round in 2021, would be on supermarket shelves “by 2023 at the latest”. It has yet to sell a product in a supermarket.",
        "Solberg, now the company’s chief scientist rather than its chief executive, does not dodge the point. “I was wrong about the timeline, and I was wrong in public, which is the expensive way to be wrong,” she says. “What I wasn’t wrong about is the science. The cells grow. The problem is growing them at the scale of a chicken farm for the price of a chicken farm.”",
        "Regulation is part of that problem. The Novel Foods Authority approved Culturo’s first product, a chicken paste for dumplings and pies, last autumn, but the authority said in its approval notice that the company must run a safety monitoring programme “for a period of not less than five years”. The product must also be sold as “cell-cultivated poultry”, a label the company fought for two years.",
        "Hugo Lemaire, a food historian at the University of Corbain whose 2019 book traced the arrival of margarine, tinned meat and frozen fish, thinks the industry has misread its own history. Every new food, he wrote, passes through “a decade in which it is a miracle, a decade in which it is a scandal, and a decade in which it is simply lunch”.",
        "Speaking this month, he was more specific: “Margarine didn’t win because people loved it. It won because it was cheap in a war. Cultivated meat hasn’t had its war yet.”",
        "Farmers, unsurprisingly, see things differently. “They spent five years telling the public that our animals were the problem,” says Maeve Doherty, president of the Upland Farmers’ Union. “Now they want to sell their product in the same aisle and call it meat. I don’t think they get to have both.” Her union has lobbied for a ban on the word “meat” on any product grown in a tank.",
        "Solberg says she has met Doherty twice, and that they agree on more than either side admits. “Maeve wants farmers to be paid properly. So do I,” she says. “Where we differ is whether that means nobody else gets to make protein.”",
        "The money, for now, is more patient than it was, if less plentiful. “The money hasn’t gone away,” said Callum Reyes-Whitby, a partner at Ashgrove Ventures, which has backed three of the sector’s companies, “but it has stopped believing in fairy tales.”",
    ),
    [
        "Isobel Ferrante",
        "Anika Solberg",
        "Culturo Foods",
        "Novel Foods Authority",
        "Hugo Lemaire",
        "University of Corbain",
        "Maeve Doherty",
        "Upland Farmers’ Union",
        "Callum Reyes-Whitby",
        "Ashgrove Ventures",
    ],
    [
        Q("by 2023 at the latest", "Anika Solberg", "she", kind="partial", anchor="she told investors"),
        Q(
            "I was wrong about the timeline, and I was wrong in public, which is the expensive way to be wrong",
            "Anika Solberg",
            "she",
            how="after",
        ),
        Q(
            "What I wasn’t wrong about is the science. The cells grow. The problem is growing them at the scale of a chicken farm for the price of a chicken farm",
            "Anika Solberg",
            "she",
            how="before",
        ),
        Q(
            "for a period of not less than five years",
            "Novel Foods Authority",
            "the authority",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "a decade in which it is a miracle, a decade in which it is a scandal, and a decade in which it is simply lunch",
            "Hugo Lemaire",
            "he",
            kind="partial",
            anchor="he wrote",
        ),
        Q(
            "Margarine didn’t win because people loved it. It won because it was cheap in a war. Cultivated meat hasn’t had its war yet",
            "Hugo Lemaire",
            "he",
            anchor="he was more specific",
        ),
        Q(
            "They spent five years telling the public that our animals were the problem",
            "Maeve Doherty",
            "Maeve Doherty",
        ),
        Q(
            "Now they want to sell their product in the same aisle and call it meat. I don’t think they get to have both",
            "Maeve Doherty",
            "Maeve Doherty",
        ),
        Q("Maeve wants farmers to be paid properly. So do I", "Anika Solberg", "she", how="after"),
        Q(
            "Where we differ is whether that means nobody else gets to make protein",
            "Anika Solberg",
            "she",
            how="before",
        ),
        Q("The money hasn’t gone away", "Callum Reyes-Whitby", "Callum Reyes-Whitby"),
        Q("but it has stopped believing in fairy tales", "Callum Reyes-Whitby", "Callum Reyes-Whitby"),
    ],
)

article(
    "analysis",
    5,
    P(
        "The reading check turns 15. The argument about it is much older",
        "By Tobias Wren, Education Editor",
        "When the national reading check for six-year-olds was introduced in 2011, its critics predicted a generation of children who could sound out “blurp” and “stim” but could not follow a story. Its champions predicted the end of illiteracy. Fifteen years on, neither camp has quite got what it expected.",
        "Few people have spent longer inside that argument than Helen Marsh, professor of literacy education at Kellbrook University, who sat on the panel that designed the check. “We were never saying phonics is the whole of reading,” she says. “We were saying it is the door. You can’t get into the house without it, but nobody lives in the doorway.”",
        "Her most persistent critic for much of that time lived in the same house. Simon Marsh, her husband, was until last year head teacher of Brackley Road Primary, a school in one of the poorest wards in the north-west, and he has spent fifteen years telling anyone who would listen that the check measured the wrong thing.",
        "“Helen’s research is excellent. I’ve read every word of it, mostly at the kitchen table,” Simon Marsh says. “But a test changes what schools teach. We had children who could decode anything you put in front of them and had never been read a whole book at home.”",
        "That worry is not new. In his 1998 history of reading instruction, “The Long Argument”, the late educationalist Gordon Pell wrote: “Every generation discovers phonics, and every generation discovers that it is not enough.”",
        "The check was, as Rachel Ainsworth told MPs on the education committee in 2019, “the single most effective thing I did in government”. Ainsworth, the schools minister who introduced it, has not softened since.",
        "“The proportion of children reaching the expected standard went from 58 per cent to 82 per cent in seven years. Show me another education policy with a graph like that,” she says.",
        "Critics point out that some of that rise reflects schools teaching to the test, and that a minority still use what teachers call “three-cueing” – guessing a word from the picture or its first letter – despite official guidance against it.",
        "Amara Nwosu, who teaches a reception class in Dunmere, thinks both Marshes are right. “The phonics works. I see it every September: children who couldn’t tell a b from a d reading the labels on the classroom door by Christmas,” she says. “What worries me is the children who stop there.",
        "“Reading has to become something you want to do, not something you get tested on, and no check is ever going to measure that.”",
        "Helen Marsh, for her part, says the next argument should be about what happens after the age of seven. “We won the argument about the door,” she says. “Now we need to talk about the house.”",
    ),
    [
        "Tobias Wren",
        "Helen Marsh",
        "Kellbrook University",
        "Simon Marsh",
        "Brackley Road Primary",
        "Gordon Pell",
        "Rachel Ainsworth",
        "Amara Nwosu",
    ],
    [
        Q("We were never saying phonics is the whole of reading", "Helen Marsh", "she"),
        Q(
            "We were saying it is the door. You can’t get into the house without it, but nobody lives in the doorway",
            "Helen Marsh",
            "she",
            how="before",
        ),
        Q(
            "Helen’s research is excellent. I’ve read every word of it, mostly at the kitchen table",
            "Simon Marsh",
            "Simon Marsh",
            anchor="Simon Marsh says",
        ),
        Q(
            "But a test changes what schools teach. We had children who could decode anything you put in front of them and had never been read a whole book at home",
            "Simon Marsh",
            "Simon Marsh",
            anchor="Simon Marsh says",
        ),
        Q(
            "Every generation discovers phonics, and every generation discovers that it is not enough",
            "Gordon Pell",
            "educationalist Gordon Pell",
        ),
        Q(
            "the single most effective thing I did in government",
            "Rachel Ainsworth",
            "Rachel Ainsworth",
            kind="partial",
        ),
        Q(
            "The proportion of children reaching the expected standard went from 58 per cent to 82 per cent in seven years. Show me another education policy with a graph like that",
            "Rachel Ainsworth",
            "she",
            how="after",
        ),
        Q(
            "The phonics works. I see it every September: children who couldn’t tell a b from a d reading the labels on the classroom door by Christmas",
            "Amara Nwosu",
            "she",
            how="after",
        ),
        Q("What worries me is the children who stop there", "Amara Nwosu", "she", how="before"),
        Q(
            "Reading has to become something you want to do, not something you get tested on, and no check is ever going to measure that",
            "Amara Nwosu",
            "@prev",
        ),
        Q("We won the argument about the door", "Helen Marsh", "she", how="after"),
        Q("Now we need to talk about the house", "Helen Marsh", "she", how="before"),
    ],
)

article(
    "analysis",
    6,
    P(
        "Councils bought shopping centres to save their high streets. Now they can’t sell them",
        "By Harriet Lowe, Local Government Correspondent",
        "A decade ago, it looked like a clever idea. With grants from central government shrinking and borrowing cheap, councils across England began buying shopping centres, retail parks and office blocks, hoping the rent would pay for services that council tax no longer covered.",
        "Some of those purchases have worked. Many have not. At least 23 councils are now trying to sell retail property for less than they paid for it, according to figures compiled by the Institute for Civic Finance, and several are facing hard questions from their auditors about how the deals were approved.",
        "‘Nobody should pretend these were regeneration projects. They were property bets with a regeneration press release attached.’ That is the verdict of Dr Ravi Bhandari, the institute’s director of research, who has spent three years tracking the deals. ‘When the bet came off, councils called it prudent. When it didn’t, they called it a national trend.’",
        "Hallowfield is the case everyone in local government knows. Hallowfield Borough Council paid £86 million for the town’s main shopping centre in 2018; a valuation last year put it at £31 million. The council’s leader, Cllr Joan Pritchard, who was not in charge when the purchase was made, is unusually frank about it. ‘It was a mistake,’ she says. ‘I’ve stopped saying it was a mistake made by other people, because residents don’t care whose mistake it was. They care that the library now closes on Wednesdays.’",
        "Her predecessor, Cllr Martin Oakes, defended the purchase at the time as ‘a once-in-a-generation chance to take back control of our own town centre’. Approached for this article, he said he stood by the decision. ‘Nobody in 2018 was predicting a pandemic,’ he said.",
        "Ministers have since tightened the rules. Lord Fenwick of Aldersey, the former local government minister, told peers in 2020 that the practice had become ‘a carry trade with bin collections attached’, a line that is still repeated, with some bitterness, in town halls.",
        "Many of the deals were classed as ‘regeneration’ precisely to get round guidance that discouraged councils from buying property purely for yield.",
        "For traders, the fallout is more immediate. ‘The council is my landlord, and my landlord is trying to sell the building,’ said Deborah Akinwale, who has run a shoe repair and key-cutting stall in the centre since 2009, ‘so I can’t get a lease longer than six months. How am I supposed to plan anything?’",
        "The Local Audit Commission said in a report in March that councils had too often relied on ‘optimistic assumptions about rental growth’ and had not asked what would happen if the anchor tenants left.",
        "Bhandari does not expect many more such purchases. ‘The lesson has been learnt, expensively,’ he says. ‘The question now is who pays for the lesson, and the answer, as usual, is the people who use the services.’",
    ),
    [
        "Harriet Lowe",
        "Institute for Civic Finance",
        "Ravi Bhandari",
        "Hallowfield Borough Council",
        "Joan Pritchard",
        "Martin Oakes",
        "Lord Fenwick of Aldersey",
        "Deborah Akinwale",
        "Local Audit Commission",
    ],
    [
        Q(
            "Nobody should pretend these were regeneration projects. They were property bets with a regeneration press release attached",
            "Ravi Bhandari",
            "Dr Ravi Bhandari",
        ),
        Q(
            "When the bet came off, councils called it prudent. When it didn’t, they called it a national trend",
            "Ravi Bhandari",
            "Dr Ravi Bhandari",
        ),
        Q("It was a mistake", "Joan Pritchard", "she", how="after"),
        Q(
            "I’ve stopped saying it was a mistake made by other people, because residents don’t care whose mistake it was. They care that the library now closes on Wednesdays",
            "Joan Pritchard",
            "she",
            how="before",
        ),
        Q(
            "a once-in-a-generation chance to take back control of our own town centre",
            "Martin Oakes",
            "Cllr Martin Oakes",
            kind="partial",
        ),
        Q("Nobody in 2018 was predicting a pandemic", "Martin Oakes", "he", how="after"),
        Q(
            "a carry trade with bin collections attached",
            "Lord Fenwick of Aldersey",
            "Lord Fenwick of Aldersey",
            kind="partial",
        ),
        Q(
            "The council is my landlord, and my landlord is trying to sell the building",
            "Deborah Akinwale",
            "Deborah Akinwale",
        ),
        Q(
            "so I can’t get a lease longer than six months. How am I supposed to plan anything",
            "Deborah Akinwale",
            "Deborah Akinwale",
        ),
        Q(
            "optimistic assumptions about rental growth",
            "Local Audit Commission",
            "The Local Audit Commission",
            kind="partial",
            stype="organisation",
        ),
        Q("The lesson has been learnt, expensively", "Ravi Bhandari", "he", how="after"),
        Q(
            "The question now is who pays for the lesson, and the answer, as usual, is the people who use the services",
            "Ravi Bhandari",
            "he",
            how="before",
        ),
    ],
)

# ---------------------------------------------------------------------------
# CELEBRITY
# ---------------------------------------------------------------------------

article(
    "celebrity",
    1,
    P(
        "Juno Vale confirms split from Theo Marchetti: ‘I’m choosing peace’",
        "By Kendall Brooks",
        "Pop singer Juno Vale and actor Theo Marchetti have ended their four-year relationship, the singer confirmed Tuesday in an Instagram post that her 11 million followers had been bracing for since the pair stopped appearing together in public this spring.",
        "“After a lot of love and a lot of hard conversations, Theo and I have decided to go our separate ways,” Vale, 29, wrote in the caption, beneath a black-and-white photo of the two of them on a beach. “I’m choosing peace, and I’m asking you to choose kindness.”",
        "Marchetti, 33, who stars in the streaming thriller “Low Tide,” had not commented publicly as of Tuesday evening. His representative did not respond to a request for comment.",
        "A source close to the couple told Starwatch Weekly that the split was “completely mutual” and had been “a long time coming.” “They’ve been living in different cities for most of the year. His shooting schedule was brutal, her tour was brutal, and something had to give,” the source said.",
        "Vale hinted at the strain last month on the podcast “Unfiltered,” telling host Bex Carraway that touring had been “hard on everything in my life that isn’t a stage.”",
        "“I love my job. But you come home after four months and your plants are dead and your relationship is, like, on life support,” the singer said on the episode, laughing. “I’m kidding. Mostly.”",
        "The singer, born Juniper Okafor-Lane, released her breakout album “Glasshouse” in 2021 and met Marchetti a year later, when he appeared in the music video for her single “Paper Moon.” The two went public at an awards show that fall and were rarely apart for the next two years.",
        "Marchetti has spoken warmly about Vale in the past. “Juno is the most disciplined person I’ve ever met. She makes me look lazy, and I do my own stunts,” he told host Dale Whitmore on “The Late Hour” in 2022.",
        "Fans flooded the comments with messages of support, and a handful of famous friends weighed in. Singer Priya Lakhani, who toured with Vale last year, commented: “Proud of you. Always.”",
        "Vale’s “Glasshouse Revisited” tour resumes Friday, with 22 dates left in North America.",
    ),
    [
        "Juno Vale",
        "Kendall Brooks",
        "Theo Marchetti",
        "Starwatch Weekly",
        "Bex Carraway",
        "Dale Whitmore",
        "Priya Lakhani",
    ],
    [
        Q("I’m choosing peace", "Juno Vale", "Juno Vale", occ=0, how="before"),
        Q(
            "After a lot of love and a lot of hard conversations, Theo and I have decided to go our separate ways",
            "Juno Vale",
            "Vale",
            anchor="Vale, 29, wrote",
        ),
        Q(
            "I’m choosing peace, and I’m asking you to choose kindness",
            "Juno Vale",
            "Vale",
            anchor="Vale, 29, wrote",
        ),
        Q(
            "completely mutual",
            "a source close to the couple",
            "A source close to the couple",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "a long time coming",
            "a source close to the couple",
            "A source close to the couple",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "They’ve been living in different cities for most of the year. His shooting schedule was brutal, her tour was brutal, and something had to give",
            "a source close to the couple",
            "the source",
            stype="unnamed",
        ),
        Q(
            "hard on everything in my life that isn’t a stage",
            "Juno Vale",
            "Vale",
            kind="partial",
            anchor="Vale hinted",
        ),
        Q(
            "I love my job. But you come home after four months and your plants are dead and your relationship is, like, on life support",
            "Juno Vale",
            "the singer",
        ),
        Q("I’m kidding. Mostly", "Juno Vale", "the singer"),
        Q(
            "Juno is the most disciplined person I’ve ever met. She makes me look lazy, and I do my own stunts",
            "Theo Marchetti",
            "he",
        ),
        Q("Proud of you. Always", "Priya Lakhani", "Singer Priya Lakhani"),
    ],
)

article(
    "celebrity",
    2,
    P(
        """The Hollow Pines are getting back together -- and yes, Rocco is coming too""",
        """By Jordan Ellery, Music Editor""",
        """Twelve years after a breakup so messy it ended with a drum kit at the bottom of a hotel swimming pool, the Hollow Pines are reuniting for a 30-date tour next summer, the band announced Monday.""",
        """Frontman Mickey Dawes broke the news Monday night on "The Marcy Dunleavy Show," telling host Marcy Dunleavy that the four original members had been "talking, actually talking, like adults" for about a year.""",
        '''"We're older, we're a lot less stupid, and we finally figured out that nobody else is ever going to play these songs right," Dawes, 47, said. "Also, our kids think we're embarrassing. We had to do something about that."''',
        '''Dunleavy, inevitably, asked about the pool. "We don't talk about the pool," he said, to laughter from the studio audience. "Rocco paid for the pool. That's all anybody needs to know."''',
        """Dawes, whose real name is Michael Dawicki, formed the band in 2004 with guitarist Lena Kask, bassist Sunny Okada and drummer Rocco Starr, born Robert Stahl. Their second album, "Paper Lanterns," went platinum on the strength of the single "Saint Agnes Road," and the band spent most of 2010 and 2011 on the road.""",
        '''Starr, who was widely blamed for the band's 2013 split, addressed it head-on in an Instagram video Tuesday morning. "I was not a good person to be in a van with back then. I've been sober nine years now," he said in the video. "I called every one of them and said sorry. Sunny made me say it twice."''',
        '''Kask, who has since built a second career writing songs for other artists, posted a photo of the four of them in a rehearsal room with the caption: "Same room. Different people. Better people."''',
        '''Okada, the band's quietest member, was the last to sign on. Okada told Backbeat Magazine this week that he had needed to see for himself that Starr had changed. "Rocco was the reason I quit music for five years. I don't say that to be cruel. It's just true," he said. "But the guy who called me last spring was not the same guy."''',
        '''Their label, Greyhound Records, said in a statement that tickets would go on sale Friday and that the setlist would include "a couple of surprises for longtime fans."''',
        """The band has not released new music since 2012. Asked by Dunleavy whether a new album was on the way, Dawes only grinned and pointed at the camera.""",
    ),
    [
        "Hollow Pines",
        "Jordan Ellery",
        "Mickey Dawes",
        "Marcy Dunleavy",
        "Lena Kask",
        "Sunny Okada",
        "Rocco Starr",
        "Backbeat Magazine",
        "Greyhound Records",
    ],
    [
        Q(
            "talking, actually talking, like adults",
            "Mickey Dawes",
            "Frontman Mickey Dawes",
            kind="partial",
        ),
        Q(
            "We're older, we're a lot less stupid, and we finally figured out that nobody else is ever going to play these songs right",
            "Mickey Dawes",
            "Dawes",
            anchor="Dawes, 47, said",
        ),
        Q(
            "Also, our kids think we're embarrassing. We had to do something about that",
            "Mickey Dawes",
            "Dawes",
            anchor="Dawes, 47, said",
        ),
        Q("We don't talk about the pool", "Mickey Dawes", "he", how="after"),
        Q("Rocco paid for the pool. That's all anybody needs to know", "Mickey Dawes", "he", how="before"),
        Q(
            "I was not a good person to be in a van with back then. I've been sober nine years now",
            "Rocco Starr",
            "he",
            how="after",
        ),
        Q("I called every one of them and said sorry. Sunny made me say it twice", "Rocco Starr", "he", how="before"),
        Q("Same room. Different people. Better people", "Lena Kask", "Kask"),
        Q(
            "Rocco was the reason I quit music for five years. I don't say that to be cruel. It's just true",
            "Sunny Okada",
            "he",
            how="after",
        ),
        Q("But the guy who called me last spring was not the same guy", "Sunny Okada", "he", how="before"),
        Q(
            "a couple of surprises for longtime fans",
            "Greyhound Records",
            "Greyhound Records",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "celebrity",
    3,
    P(
        "Delphine Okoro says co-star Ava Sterling ‘saved’ her on set of ‘The Orchard’",
        "By Mina Castellanos",
        "Delphine Okoro is opening up about the toughest shoot of her career – and the co-star she credits with getting her through it.",
        "The actress, 34, appeared on Tuesday’s episode of the podcast “Second Take,” where she told hosts Gabe Lindqvist and Rosie Tan that filming the period drama “The Orchard” in a remote farmhouse for 14 weeks had left her “emotionally flattened.”",
        "“I was playing a woman grieving a child, 12 hours a day, in a house with no phone signal, and I didn’t have the tools to put it down at night,” the actress said. “By week six I wasn’t sleeping.”",
        "That was when Ava Sterling, who plays her older sister in the film, stepped in. “Ava knocked on my door one night with two cups of tea and said, ‘You’re coming for a walk. I don’t care that it’s raining,’” Okoro recalled. “We walked for two hours. She basically saved me.”",
        "Sterling, 52, responded Wednesday on Instagram, sharing a clip of the interview with the caption: “She’s giving me far too much credit. She did all the hard work. I just brought the tea.”",
        "The veteran actress told Reel Weekly last year that she recognized the signs because she had been through the same thing on her first big film in the 1990s. “Nobody checked on me, so I check on everybody. It’s not heroic. It’s just manners,” she said.",
        "Okoro, whose breakout came in the 2019 crime series “Blackwater,” said that the experience had changed the way she works.",
        "“I think there’s this idea that if you’re suffering for the part, you’re doing it right,” Okoro said on the podcast. “I bought into that for a long time.",
        "“I don’t anymore. I want to do good work and then go home and eat dinner with my husband like a normal person.”",
        "She said the two actresses now talk almost every week, and that Sterling had been the first person she called when the film was selected for the Calder Bay Film Festival.",
        "A spokesperson for the studio, Northlight Pictures, said in a statement Wednesday that the company “takes the wellbeing of every cast and crew member seriously” and had a counselor available to the cast throughout the shoot.",
        "“The Orchard” opens in theaters Nov. 14.",
    ),
    [
        "Delphine Okoro",
        "Ava Sterling",
        "Mina Castellanos",
        "Gabe Lindqvist",
        "Rosie Tan",
        "Reel Weekly",
        "Northlight Pictures",
    ],
    [
        Q("saved", "Delphine Okoro", "Delphine Okoro", kind="partial", occ=0, how="before"),
        Q("emotionally flattened", "Delphine Okoro", "she", kind="partial", anchor="she told hosts"),
        Q(
            "I was playing a woman grieving a child, 12 hours a day, in a house with no phone signal, and I didn’t have the tools to put it down at night",
            "Delphine Okoro",
            "the actress",
        ),
        Q("By week six I wasn’t sleeping", "Delphine Okoro", "the actress"),
        Q(
            "Ava knocked on my door one night with two cups of tea and said, ‘You’re coming for a walk. I don’t care that it’s raining,’",
            "Delphine Okoro",
            "Okoro",
            anchor="Okoro recalled",
        ),
        Q("We walked for two hours. She basically saved me", "Delphine Okoro", "Okoro", anchor="Okoro recalled"),
        Q(
            "She’s giving me far too much credit. She did all the hard work. I just brought the tea",
            "Ava Sterling",
            "Sterling",
            anchor="Sterling, 52, responded",
        ),
        Q(
            "Nobody checked on me, so I check on everybody. It’s not heroic. It’s just manners",
            "Ava Sterling",
            "she",
            how="after",
        ),
        Q(
            "I think there’s this idea that if you’re suffering for the part, you’re doing it right",
            "Delphine Okoro",
            "Okoro",
            anchor="Okoro said on the podcast",
        ),
        Q("I bought into that for a long time", "Delphine Okoro", "Okoro", anchor="Okoro said on the podcast"),
        Q(
            "I don’t anymore. I want to do good work and then go home and eat dinner with my husband like a normal person",
            "Delphine Okoro",
            "@prev",
        ),
        Q(
            "takes the wellbeing of every cast and crew member seriously",
            "a spokesperson for the studio",
            "A spokesperson for the studio",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "celebrity",
    4,
    P(
        "Lil Saint fires back at Queen Ayo over diss track: ‘I’m not losing sleep’",
        "By Terrell Harmon",
        "Lil Saint has broken his silence on Queen Ayo’s scathing diss track “Halo Slip,” which racked up more than 14 million streams in its first three days and set social media alight over the weekend.",
        "The rapper, 26, responded Monday night in a string of Instagram stories. “I’m not losing sleep over a song that sounds like a voicemail,” he wrote in the first. “Y’all know where to find me. I’ll be in the studio.”",
        "On “Halo Slip,” Queen Ayo accuses her former collaborator of lifting a hook she wrote for his 2022 hit “Gold Teeth Sunday,” and raps that he “couldn’t write a grocery list without a ghost.”",
        "Lil Saint, whose legal name is Darnell Whitaker Jr., and Queen Ayo, born Ayodele Bankole-Price, were once close. She featured on two songs from his debut album, and the pair shared a stage at the Sunfire Festival in 2021, where he brought her out as a surprise guest.",
        "Queen Ayo doubled down Tuesday on the radio show “The Morning Cut,” telling host DJ Rellz she could prove the hook was hers.",
        "“I have the voice memo. I have the date on the voice memo. I’m not guessing,” she said. “He knows what he did.”",
        "Terrence Mbeki-Harris, who produced “Gold Teeth Sunday” under the name T-Hex, has so far stayed out of it. Reached by phone Tuesday, the producer said only: “I love them both. I’m Switzerland.”",
        "But in a 2023 interview with Pulse Magazine, T-Hex said the hook had come together “in the room, with everybody throwing ideas around,” a line both camps have since cited as proof that they were right.",
        "A source close to Lil Saint told Pulse Magazine this week that the rapper’s team was “reviewing all options,” including legal ones. His label, Crownline Records, declined to comment.",
        "Queen Ayo’s manager, Keisha Dunmore, brushed off the suggestion of a lawsuit. “Ayo has never needed anybody’s hook. She’s been writing since she was eleven years old, and everybody in this industry knows it,” Dunmore said.",
        "Neither artist has announced plans to release a response track, but fans have noted that Lil Saint is due to headline the Sunfire Festival again in June, two slots above Queen Ayo.",
    ),
    [
        "Lil Saint",
        "Queen Ayo",
        "Terrell Harmon",
        "DJ Rellz",
        "Terrence Mbeki-Harris",
        "Pulse Magazine",
        "Crownline Records",
        "Keisha Dunmore",
    ],
    [
        Q("I’m not losing sleep", "Lil Saint", "Lil Saint", occ=0, how="before"),
        Q("I’m not losing sleep over a song that sounds like a voicemail", "Lil Saint", "he", how="after"),
        Q("Y’all know where to find me. I’ll be in the studio", "Lil Saint", "he", how="before"),
        Q(
            "couldn’t write a grocery list without a ghost",
            "Queen Ayo",
            "Queen Ayo",
            kind="partial",
            anchor="Queen Ayo accuses",
        ),
        Q(
            "I have the voice memo. I have the date on the voice memo. I’m not guessing",
            "Queen Ayo",
            "she",
            how="after",
        ),
        Q("He knows what he did", "Queen Ayo", "she", how="before"),
        Q("I love them both. I’m Switzerland", "Terrence Mbeki-Harris", "the producer"),
        Q(
            "in the room, with everybody throwing ideas around",
            "Terrence Mbeki-Harris",
            "T-Hex",
            kind="partial",
            anchor="T-Hex said",
        ),
        Q(
            "reviewing all options",
            "a source close to Lil Saint",
            "A source close to Lil Saint",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Ayo has never needed anybody’s hook. She’s been writing since she was eleven years old, and everybody in this industry knows it",
            "Keisha Dunmore",
            "Dunmore",
            anchor="Dunmore said",
        ),
    ],
)

article(
    "celebrity",
    5,
    P(
        """Brielle Kingsley is engaged to hockey star Mateo Varga after whirlwind romance""",
        """By Sasha Obi""",
        """Reality TV star Brielle Kingsley is engaged to professional hockey player Mateo Varga, the couple announced Sunday, less than a year after they were first photographed together courtside at a charity basketball game.""",
        '''Kingsley, 28, who rose to fame on the dating show "Villa Rules," shared the news on Instagram with a close-up of her ring and a one-line caption: "He asked. I cried. Obviously I said yes."''',
        '''She gave more details Monday on "Good Morning, Coastline," telling host Priya Desai that Varga proposed on the balcony of the hotel where they had their first date. "He was so nervous he dropped the ring box. Twice," Kingsley said. "I thought he was having some kind of medical event."''',
        """"Are we thinking big wedding?" Desai asked.""",
        '''"Honestly? I'd do it at a courthouse tomorrow," the reality star replied. "My mom would kill me, though."''',
        '''Her mother, Denise Kingsley, who appeared in several episodes of the show, confirmed as much to Glimmer. "Mateo called my husband first to ask permission, which I thought was very old-fashioned and very sweet," Denise Kingsley said. "Brielle has kissed a lot of frogs on television. This one's a prince."''',
        """Varga, 30, who plays defense for the Harbor City Mariners, posted his own tribute a few hours after his fiancee. "Best assist of my career," he wrote, alongside a photo of the two of them on the balcony.""",
        """The couple met through mutual friends and kept things quiet for months before Kingsley posted a blurry photo of the two of them at a Mariners game last fall. Her followers have been speculating about a ring ever since, and the hashtag #KingsleyVarga trended for most of Sunday night.""",
        """A source close to the couple told Glimmer that the pair are eyeing a summer wedding in Varga's hometown, well away from the cameras. "They're not going to do a TV special. Mateo would rather eat glass," the source said.""",
        """Not everyone from Kingsley's reality TV past stayed quiet. Former "Villa Rules" castmate Jordan Pike, who dated Kingsley during the show's second season, posted his congratulations on X. "Happy for you B. He's a lucky man," Pike wrote.""",
        """Kingsley's representatives did not say whether the wedding would be filmed for her spinoff series, which returns for a third season in the fall.""",
    ),
    [
        "Brielle Kingsley",
        "Mateo Varga",
        "Sasha Obi",
        "Priya Desai",
        "Denise Kingsley",
        "Glimmer",
        "Harbor City Mariners",
        "Jordan Pike",
    ],
    [
        Q("He asked. I cried. Obviously I said yes", "Brielle Kingsley", "Kingsley", anchor="Kingsley, 28"),
        Q(
            "He was so nervous he dropped the ring box. Twice",
            "Brielle Kingsley",
            "Kingsley",
            anchor="Kingsley said",
        ),
        Q(
            "I thought he was having some kind of medical event",
            "Brielle Kingsley",
            "Kingsley",
            anchor="Kingsley said",
        ),
        Q("Are we thinking big wedding", "Priya Desai", "Desai", anchor="Desai asked"),
        Q("Honestly? I'd do it at a courthouse tomorrow", "Brielle Kingsley", "the reality star"),
        Q("My mom would kill me, though", "Brielle Kingsley", "the reality star"),
        Q(
            "Mateo called my husband first to ask permission, which I thought was very old-fashioned and very sweet",
            "Denise Kingsley",
            "Denise Kingsley",
            anchor="Denise Kingsley said",
        ),
        Q(
            "Brielle has kissed a lot of frogs on television. This one's a prince",
            "Denise Kingsley",
            "Denise Kingsley",
            anchor="Denise Kingsley said",
        ),
        Q("Best assist of my career", "Mateo Varga", "he"),
        Q(
            "They're not going to do a TV special. Mateo would rather eat glass",
            "a source close to the couple",
            "the source",
            stype="unnamed",
        ),
        Q("Happy for you B. He's a lucky man", "Jordan Pike", "Pike", anchor="Pike wrote"),
    ],
)

article(
    "celebrity",
    6,
    P(
        "Kit quits Northbound: ‘I need to find out who I am without the other four’",
        "By Lottie Grainger, Showbiz Editor",
        "Northbound star Kit has quit the band after 11 years, leaving fans devastated just weeks before the group’s sold-out arena tour.",
        "The 29-year-old, real name Christopher Adeyemi-Ross, announced the news in a lengthy Instagram post on Sunday night, writing: “This is the hardest thing I’ve ever had to write. After a lot of soul-searching, I’ve decided to step away from Northbound.”",
        "He added: “I love those boys more than anything. But I need to find out who I am without the other four, and I can’t do that on a tour bus.”",
        "Bandmate Jonah Fairweather, 31, was first to respond, commenting: “Proud of you brother. The door is always open.”",
        "But a source close to the group told The Sunday Courier that the mood behind the scenes was “far from rosy”.",
        "“The lads were told on a group call on Friday. A couple of them were properly blindsided,” the insider said. “The tour was meant to be their big comeback moment.”",
        "Kit had hinted at his unhappiness in March, when he told host Amelia Strand on her podcast “Off Script” that he had been struggling with anxiety.",
        "“There were nights I’d come off stage in front of 20,000 people and sit in the shower for an hour because I didn’t want to talk to anyone,” he said at the time.",
        "Fairweather and Kit are said to be the closest of the five, having shared a flat in the band’s early days. Speaking to the Courier last year, Fairweather said Kit was “the glue” of the group. “Kit’s the one who remembers everyone’s birthdays, everyone’s mum’s name. Without him we’d be four blokes arguing about the setlist,” he said.",
        "Their management company, Lodestar Artists, said in a statement: “Northbound will continue as a four-piece and the tour will go ahead as planned. We wish Kit every success in whatever comes next.”",
        "The band, formed on the talent show “Sing Street” in 2014, have scored six top-ten albums. Their tour opens in three weeks’ time, and Kit, who co-wrote several of the group’s biggest hits, has not said whether he plans to release music of his own.",
    ),
    [
        "Kit",
        "Northbound",
        "Lottie Grainger",
        "Jonah Fairweather",
        "The Sunday Courier",
        "Amelia Strand",
        "Lodestar Artists",
    ],
    [
        Q("I need to find out who I am without the other four", "Kit", "Kit", occ=0, how="before"),
        Q(
            "This is the hardest thing I’ve ever had to write. After a lot of soul-searching, I’ve decided to step away from Northbound",
            "Kit",
            "The 29-year-old",
        ),
        Q(
            "I love those boys more than anything. But I need to find out who I am without the other four, and I can’t do that on a tour bus",
            "Kit",
            "He",
            anchor="He added:",
        ),
        Q("Proud of you brother. The door is always open", "Jonah Fairweather", "Bandmate Jonah Fairweather"),
        Q(
            "far from rosy",
            "a source close to the group",
            "a source close to the group",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "The lads were told on a group call on Friday. A couple of them were properly blindsided",
            "a source close to the group",
            "the insider",
            stype="unnamed",
        ),
        Q(
            "The tour was meant to be their big comeback moment",
            "a source close to the group",
            "the insider",
            stype="unnamed",
        ),
        Q(
            "There were nights I’d come off stage in front of 20,000 people and sit in the shower for an hour because I didn’t want to talk to anyone",
            "Kit",
            "he",
            how="after",
        ),
        Q("the glue", "Jonah Fairweather", "Fairweather", kind="partial", anchor="Fairweather said Kit"),
        Q(
            "Kit’s the one who remembers everyone’s birthdays, everyone’s mum’s name. Without him we’d be four blokes arguing about the setlist",
            "Jonah Fairweather",
            "he",
            how="after",
        ),
        Q(
            "Northbound will continue as a four-piece and the tour will go ahead as planned. We wish Kit every success in whatever comes next",
            "Lodestar Artists",
            "Lodestar Artists",
            stype="organisation",
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
