#!/usr/bin/env python3
"""Source of truth for part_d.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
magazine-profile, crime-police, politics-europe and live-blog (6 articles
each; n<=4 "dev", n 5-6 "held-out").

All articles below are invented (people, outlets, towns, companies).  Each
article is held as plain text; every gold quote and every speaker mention is
located by exact substring search and the character offsets are computed
here, then checked (text[start:end] == quote text, quote-mark sanity, counts,
word counts) before part_d.jsonl is written.

Run:  python3 make_part_d.py          (writes part_d.jsonl next to this file)
      python3 make_part_d.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Labelling conventions: those of make_part_a.py's docstring (not repeated here).

How those conventions were applied to cases part_a does not show (part_d's
own reading, kept consistent across the four styles):
* "[the] police said" with a quote: speaker_type "organisation", speaker the
  force's fullest name in the text, span "Police"/"The force" as written.
* words from a written document (email, text message, affidavit) quoted
  "according to the complaint": the document's author (the suspect who wrote
  or said them) is the speaker; the span is the mention of that author in
  the attributing clause ("he sent a text message ... saying ...").
* a family statement read out by a lawyer, or released through police: the
  family is the speaker (speaker_type "unnamed", speaker the phrase that first
  introduces it, e.g. "the Qasemi family"), not the lawyer who read it.
* a social-media post quoted in running text ("X wrote on social media: ...")
  is an ordinary quote of X; platforms are not named, so never entities.
* live-blog colon lines ("Transport Minister Kezia Roberts: \u201c...\u201d") point
  at the name before the colon, glued role included; live-blog entry
  headings that attribute a quote ("Hollis: 'I have not ...'") are headlines
  in the part_a sense and are gold; in newest-first blogs the canonical name
  is the full name wherever (above or below) it is given.
* a royal known by title and first name keeps the title like a peer
  ("Prince Albrecht of Westmark"); glued organisation-plus-role words stay
  in the span like part_a's "Harrow State Provost Richard Calloway III"
  ("Walsh campaign spokesman Ross Tierney", "Sheriff's Detective ...").
* "the younger/elder Reuther": span is the surname only (no determiner, no
  adjective), as with "Mr X" vs "the Mr".
* a nickname in quotation marks ("the Bulldozer", 'Pippa', "Deckie") is a
  scare quote, never gold; the canonical speaker name leaves it out
  (Lionel "Sweet Pea" Dupree -> "Lionel Dupree").
* fictional characters named in the text (a novelist's detective) are listed
  as entities, following part_a's "Auntie Adjoa"; a ship's name is not.
* a city used for a government ("Brussels has discovered ...") is a place,
  not an entity, following part_a's "Oslo"; first-name-only people
  ("Luis", "Carla", "Pauline") are persons and entities, like part_a's "Jim".
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_d.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["magazine-profile", "crime-police", "politics-europe", "live-blog"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# MAGAZINE PROFILE
# ---------------------------------------------------------------------------

article(
    "magazine-profile",
    1,
    P(
        "Marisol Etxeberria cooks like nobody is watching. Now everybody is",
        "By Celia Warrender",
        "Photographs by Tomás Villaret for Meridian Quarterly",
        "It is twenty to seven on a Tuesday morning in Puerto Alcaraz, and Marisol Etxeberria is already elbow-deep in a crate of sardines. The dining room of Brasa Norte, the 34-seat restaurant she opened in a former net-mending shed in 2016, will not fill for another twelve hours, but the boats came in at dawn and she likes to see the fish before anyone else does.",
        "“If I don’t touch it, I don’t trust it,” she says, laughing, as she flips a silver body onto the scale. “That sounds romantic. It isn’t. It’s paranoia with good lighting.”",
        "Etxeberria, 41, has become a reluctant celebrity since Brasa Norte won its second star from the Guía Solera last spring. The tasting menu is booked until March, and she has acquired the kind of nickname – the “sardine queen” – that she would rather nobody repeated.",
        "Her mother, Itziar Etxeberria, who still lives in the flat above the fishmonger’s where Marisol grew up, is less surprised by any of it. “She was bossing the other children around our kitchen at seven,” Itziar says. “I used to tell her, ‘One day somebody will pay you for this.’ I was joking, of course.”",
        "Marisol left Puerto Alcaraz at eighteen to train in San Sebastián, then spent six years in London at the Ludgate Room, a now-closed restaurant in the City, cooking under Bernard Achterberg.",
        "Achterberg, now retired to Kent, remembers a cook who would not take no for an answer. “Marisol argued with me about salt every single day for six years. She was right perhaps sixty per cent of the time, which is a better record than most of my head chefs,” he says.",
        "She came home in 2015, when her father, Joseba Etxeberria, a trawlerman who had fished out of the harbour for forty years, fell ill. When I ask about that year, she puts the knife down.",
        "“I thought it would be for three months,” she says. “He died in the October. I had no job, no money and a lot of opinions about fish.",
        "“So I borrowed the shed from my uncle Patxi. He thought I was going to sell bait in it. For the first year, to be honest, I nearly did.”",
        "The early reviews were kind but small. What changed things, according to Lucía Ferrán, her business partner and the restaurant’s sommelier, was a single dish: sardines grilled over vine cuttings and laid on toast that has soaked up their juices.",
        "Ferrán, who has known Etxeberria since they were both teenagers waiting tables at the town’s only hotel, describes the kitchen during service as “the quietest room in Spain”.",
        "Her sous-chef of eight years, Aitor Benavides, puts it more bluntly. “People think she is calm. She is not calm. She is organised, which looks the same from the dining room,” he says.",
        "Does Marisol worry that the stars could go as quickly as they came? She thinks about it for a long time. “Every day,” she says finally. “That’s the job. You cook as if the inspector is at table four, and then you remember that the inspector is always at table four.”",
    ),
    [
        "Marisol Etxeberria",
        "Celia Warrender",
        "Tomás Villaret",
        "Meridian Quarterly",
        "Brasa Norte",
        "Guía Solera",
        "Itziar Etxeberria",
        "Ludgate Room",
        "Bernard Achterberg",
        "Joseba Etxeberria",
        "Patxi",
        "Lucía Ferrán",
        "Aitor Benavides",
    ],
    [
        Q("If I don’t touch it, I don’t trust it", "Marisol Etxeberria", "she", anchor="she says, laughing"),
        Q(
            "That sounds romantic. It isn’t. It’s paranoia with good lighting",
            "Marisol Etxeberria",
            "she",
            anchor="she says, laughing",
        ),
        Q("She was bossing the other children around our kitchen at seven", "Itziar Etxeberria", "Itziar"),
        Q(
            "I used to tell her, ‘One day somebody will pay you for this.’ I was joking, of course",
            "Itziar Etxeberria",
            "Itziar",
        ),
        Q(
            "Marisol argued with me about salt every single day for six years. She was right perhaps sixty per cent of the time, which is a better record than most of my head chefs",
            "Bernard Achterberg",
            "he",
        ),
        Q("I thought it would be for three months", "Marisol Etxeberria", "she"),
        Q(
            "He died in the October. I had no job, no money and a lot of opinions about fish",
            "Marisol Etxeberria",
            "she",
        ),
        Q(
            "So I borrowed the shed from my uncle Patxi. He thought I was going to sell bait in it. For the first year, to be honest, I nearly did",
            "Marisol Etxeberria",
            "@prev",
        ),
        Q("the quietest room in Spain", "Lucía Ferrán", "Ferrán", kind="partial", anchor="Ferrán, who has known"),
        Q(
            "People think she is calm. She is not calm. She is organised, which looks the same from the dining room",
            "Aitor Benavides",
            "he",
        ),
        Q("Every day", "Marisol Etxeberria", "she"),
        Q(
            "That’s the job. You cook as if the inspector is at table four, and then you remember that the inspector is always at table four",
            "Marisol Etxeberria",
            "she",
        ),
    ],
)

article(
    "magazine-profile",
    2,
    P(
        "“I was never the brave one”: Owen Madigan on half a century at Carrick Head",
        "By Róisín Tully",
        "Photography by Declan Marr",
        "The kettle in Owen Madigan’s kitchen has sat on the same ring of the same range since 1974. So, more or less, has Owen. For five decades he kept the light at Carrick Head, first as assistant keeper, then as principal keeper and, after the station was automated in 1998, as its “attendant”, a title he still pronounces with a slight curl of the lip.",
        "“Attendant. Like a fella minding a car park. I was a keeper, and you don’t stop being a keeper because somebody in Dublin buys a computer,” he says, pouring tea that nobody asked for.",
        "Madigan, 78, is the last man alive who lived full-time on the Carrick rock. The Commissioners of Coastal Lights, which runs the country’s lighthouses, marked his retirement last month with a brass plaque and a letter from its chief executive, Gráinne Holohan, calling him “the conscience of the service”.",
        "He is not at all sure what to do with the plaque. “I was never the brave one, you know. The brave ones were the lads in the lifeboats. I kept the lamp lit and I wrote down the weather,” he says.",
        "His daughter, Niamh Madigan, a paramedic in Galway, lived on the rock until she was eleven, and she tells it differently. “People imagine it was lonely,” Niamh says. “It was the opposite – three families and one radio, so everybody knew everybody’s business. Dad read out the shipping forecast at dinner like it was news from home. For him, it was.”",
        "She remembers the winter of 1987, when the relief boat could not land for nineteen days and, she says, the families “ran out of everything except tea and tinned peaches”. Her father shrugs at that. “We had plenty of peaches,” he says.",
        "The night he does not shrug about is 14 November 1991, when the Danish coaster Marta Jensen went onto the Bullock rocks in a south-westerly gale.",
        "For a moment the voice changes. “I saw her lights go sideways at about two in the morning,” he says. “I called it in to Valentia, and then there was nothing to do but keep the lamp going and watch.",
        "“Eleven men got off. Two didn’t. I have their names written down in that drawer there. People ask me was I a hero that night. I was a man with a pair of binoculars.”",
        "Pádraig Keogh, who served as his assistant keeper from 1979 to 1984 and later became harbour master at Kilbrack, says Madigan ran the station “like a parish priest with a barometer”. Keogh still has the logbook from his first winter, every entry initialled twice.",
        "These days Madigan walks to the headland most evenings to watch the light come on by itself. It comes on, he says, a minute early. Somebody should tell them.",
    ),
    [
        "Owen Madigan",
        "Róisín Tully",
        "Declan Marr",
        "Commissioners of Coastal Lights",
        "Gráinne Holohan",
        "Niamh Madigan",
        "Pádraig Keogh",
    ],
    [
        Q("I was never the brave one", "Owen Madigan", "Owen Madigan", occ=0),
        Q(
            "Attendant. Like a fella minding a car park. I was a keeper, and you don’t stop being a keeper because somebody in Dublin buys a computer",
            "Owen Madigan",
            "he",
        ),
        Q("the conscience of the service", "Gráinne Holohan", "Gráinne Holohan", kind="partial"),
        Q(
            "I was never the brave one, you know. The brave ones were the lads in the lifeboats. I kept the lamp lit and I wrote down the weather",
            "Owen Madigan",
            "he",
        ),
        Q("People imagine it was lonely", "Niamh Madigan", "Niamh"),
        Q(
            "It was the opposite – three families and one radio, so everybody knew everybody’s business. Dad read out the shipping forecast at dinner like it was news from home. For him, it was",
            "Niamh Madigan",
            "Niamh",
        ),
        Q("ran out of everything except tea and tinned peaches", "Niamh Madigan", "she", kind="partial"),
        Q("We had plenty of peaches", "Owen Madigan", "he"),
        Q("I saw her lights go sideways at about two in the morning", "Owen Madigan", "he"),
        Q(
            "I called it in to Valentia, and then there was nothing to do but keep the lamp going and watch",
            "Owen Madigan",
            "he",
        ),
        Q(
            "Eleven men got off. Two didn’t. I have their names written down in that drawer there. People ask me was I a hero that night. I was a man with a pair of binoculars",
            "Owen Madigan",
            "@prev",
        ),
        Q("like a parish priest with a barometer", "Pádraig Keogh", "Pádraig Keogh", kind="partial"),
    ],
)

article(
    "magazine-profile",
    3,
    P(
        "Calvin Dupree Jr. is finally playing his own tunes",
        "By Marcus Ellery | Photographs by Joanna Prideaux",
        "On the upright piano in Calvin Dupree Jr.'s front room in New Orleans there is a framed photograph of his father, Calvin Dupree Sr., taken at the Blue Magnolia club in 1971. The elder Dupree is mid-chorus, eyes shut, a trickle of sweat running into his collar. His son, who was born three years later, keeps it turned to the wall when he practices.",
        '''"It's not a sad thing," Dupree says, turning it back around for the photographer. "It's just that he watches. Fifty years he's been watching. Sometimes a man needs to practice without his daddy listening."''',
        """At 50, Dupree has spent most of his career as somebody's sideman — first his father's, then a long line of better-known singers' — and his new album, "Lower Ninth Hymnal," is the first in thirty years of recording made up entirely of his own compositions. It comes out in May on Blue Cedar Records.""",
        '''"Calvin had those songs in a shoebox for twenty years," says Rosa Whitfield-Nakamura, the bassist who has played beside him since 1998 and who co-produced the record. "I'd hear him noodling one at soundcheck and say, 'What's that?' And he'd say, 'Nothing.' It was never nothing."''',
        '''His mother, Loretta Dupree, 79, is blunter about why it took so long. "His father was a wonderful musician and a difficult man," she says from an armchair across the room, where she has been listening to the interview without pretending not to. "Junior spent a long time trying to be him. I could have told him that was a waste of a good son."''',
        """Calvin Sr. died in 2009. His son played at the funeral, a set of his father's standards, and did not write a note of his own for almost a decade afterward.""",
        '''"I didn't think I had the right. You grow up with a man like that, everything you play sounds like an answer to him," Dupree says. "I didn't want my music to be an answer. I wanted it to be a question."''',
        '''Blue Cedar's founder, Terrence Aubry, signed him after hearing three of the tunes on a phone recording. Aubry calls the album "the most honest record we've put out in ten years."''',
        '''Not everyone in the family thinks he needed to wait. His cousin, the trumpeter Lionel "Sweet Pea" Dupree, who still leads the Monday-night band at the Blue Magnolia, says the songs were ready in the nineties. "I told him, 'Cal, your daddy is not going to climb out of the ground and fire you,'" Lionel Dupree says, laughing. "He didn't listen. He never listens. That's the family business."''',
        """Dupree will tour the record this spring with Whitfield-Nakamura and the drummer Eli Barbosa. The last date is at the Blue Magnolia, on the stage where the photograph was taken. "Daddy's going to be there whether I like it or not," he says.""",
    ),
    [
        "Calvin Dupree Jr.",
        "Marcus Ellery",
        "Joanna Prideaux",
        "Calvin Dupree Sr.",
        "Blue Magnolia",
        "Blue Cedar Records",
        "Rosa Whitfield-Nakamura",
        "Loretta Dupree",
        "Terrence Aubry",
        "Lionel Dupree",
        "Eli Barbosa",
    ],
    [
        Q("It's not a sad thing", "Calvin Dupree Jr.", "Dupree", anchor="Dupree says, turning"),
        Q(
            "It's just that he watches. Fifty years he's been watching. Sometimes a man needs to practice without his daddy listening",
            "Calvin Dupree Jr.",
            "Dupree",
            anchor="Dupree says, turning",
        ),
        Q("Calvin had those songs in a shoebox for twenty years", "Rosa Whitfield-Nakamura", "Rosa Whitfield-Nakamura"),
        Q(
            "I'd hear him noodling one at soundcheck and say, 'What's that?' And he'd say, 'Nothing.' It was never nothing",
            "Rosa Whitfield-Nakamura",
            "Rosa Whitfield-Nakamura",
        ),
        Q("His father was a wonderful musician and a difficult man", "Loretta Dupree", "she", anchor="she says from"),
        Q(
            "Junior spent a long time trying to be him. I could have told him that was a waste of a good son",
            "Loretta Dupree",
            "she",
            anchor="she says from",
        ),
        Q(
            "I didn't think I had the right. You grow up with a man like that, everything you play sounds like an answer to him",
            "Calvin Dupree Jr.",
            "Dupree",
            anchor='" Dupree says. "',
        ),
        Q(
            "I didn't want my music to be an answer. I wanted it to be a question",
            "Calvin Dupree Jr.",
            "Dupree",
            anchor='" Dupree says. "',
        ),
        Q("the most honest record we've put out in ten years", "Terrence Aubry", "Aubry", kind="partial"),
        Q(
            "I told him, 'Cal, your daddy is not going to climb out of the ground and fire you,'",
            "Lionel Dupree",
            "Lionel Dupree",
        ),
        Q("He didn't listen. He never listens. That's the family business", "Lionel Dupree", "Lionel Dupree"),
        Q("Daddy's going to be there whether I like it or not", "Calvin Dupree Jr.", "he"),
    ],
)

article(
    "magazine-profile",
    4,
    P(
        "The surgeon who won’t stop asking why",
        "By Hannah Løvberg",
        "Dr. Ngozi Ambrose has a habit that drives her residents slightly mad. At the end of every operation, however routine, she peels off her gloves, turns to the team and asks the same question: “What would we do differently?”",
        "“Usually the answer is nothing,” she says. “But the one time in fifty that it isn’t, that’s the one that matters.”",
        "Ambrose, 52, is chief of pediatric cardiac surgery at Lakeshore Children’s Hospital in Milwaukee and, since last year, the first woman to lead the American Congenital Heart Society. Her team’s one-year survival rate for the most complex newborn heart repairs is among the best in the country, according to figures the society published in June.",
        "Colleagues describe her as exacting. “Ngozi is the only surgeon I’ve worked with who reads the anesthesia notes from the night before,” says Dr. Paul Keswick, the hospital’s chief of anesthesiology, who has worked alongside her for eleven years. “Most of us think that’s excessive. Then she catches something, and you stop thinking it’s excessive.”",
        "She grew up in Ibadan, Nigeria, the daughter of a schoolteacher and a pharmacist, and came to the United States at 19 on a scholarship to Carrow College. Her younger brother, Tunde Ambrose, now an engineer in Houston, remembers her taking apart the family radio at the age of nine to find out where the voices came from.",
        "“She never put it back together. She just wanted to know. Our mother was furious, and our father bought another radio and hid the screwdriver,” he says.",
        "Ngozi laughs when she hears the story. “I did put it back. It just didn’t work afterwards,” she says.",
        "Parents are harder to impress. Jolene Martz’s son, Cody, had his first operation at four days old; he is eight now and plays shortstop. Martz remembers Ambrose sitting on the floor of the family waiting room at 2 a.m., drawing the repair on the back of a napkin.",
        "“She drew it twice, because I cried through the first one. I still have the napkin – it’s in his baby book,” Martz says.",
        "The hospital, which is midway through a $310 million expansion of its heart center, said in a statement that Ambrose had “reshaped what families in this region can expect.”",
        "Ambrose is less interested in the building than in what happens inside it. Asked what she would change about her profession if she could change only one thing, she doesn’t hesitate.",
        "“The hours,” she says. “We tell young surgeons that exhaustion is a rite of passage. It isn’t. It’s a risk factor.",
        "“I want the next generation to be as good as we are and twice as rested. That shouldn’t be a radical idea.”",
    ),
    [
        "Ngozi Ambrose",
        "Hannah Løvberg",
        "Lakeshore Children’s Hospital",
        "American Congenital Heart Society",
        "Paul Keswick",
        "Carrow College",
        "Tunde Ambrose",
        "Jolene Martz",
        "Cody",
    ],
    [
        Q("What would we do differently", "Ngozi Ambrose", "she", how="before", anchor="she peels"),
        Q("Usually the answer is nothing", "Ngozi Ambrose", "she"),
        Q("But the one time in fifty that it isn’t, that’s the one that matters", "Ngozi Ambrose", "she"),
        Q(
            "Ngozi is the only surgeon I’ve worked with who reads the anesthesia notes from the night before",
            "Paul Keswick",
            "Dr. Paul Keswick",
        ),
        Q(
            "Most of us think that’s excessive. Then she catches something, and you stop thinking it’s excessive",
            "Paul Keswick",
            "Dr. Paul Keswick",
        ),
        Q(
            "She never put it back together. She just wanted to know. Our mother was furious, and our father bought another radio and hid the screwdriver",
            "Tunde Ambrose",
            "he",
        ),
        Q("I did put it back. It just didn’t work afterwards", "Ngozi Ambrose", "she"),
        Q(
            "She drew it twice, because I cried through the first one. I still have the napkin – it’s in his baby book",
            "Jolene Martz",
            "Martz",
        ),
        Q(
            "reshaped what families in this region can expect",
            "Lakeshore Children’s Hospital",
            "The hospital",
            kind="partial",
            stype="organisation",
        ),
        Q("The hours", "Ngozi Ambrose", "she"),
        Q(
            "We tell young surgeons that exhaustion is a rite of passage. It isn’t. It’s a risk factor",
            "Ngozi Ambrose",
            "she",
        ),
        Q(
            "I want the next generation to be as good as we are and twice as rested. That shouldn’t be a radical idea",
            "Ngozi Ambrose",
            "@prev",
        ),
    ],
)

article(
    "magazine-profile",
    5,
    P(
        "Dame Philippa Harcourt: ‘I’ve been dying on stage for fifty years. I’m rather good at it’",
        "Interview by Oliver Penhaligon",
        "Portrait by Sasha Okereke for The Sunday Review",
        "Dame Philippa Harcourt is sitting in the green room of the Aldwych Playhouse eating a boiled egg out of a paper cup, which she insists is ‘the actor’s breakfast of champions’.",
        "At 74 she is about to play Shakespeare’s mad old king in a production that opened to sold-out previews last week. Her director, Ifeoma Clarke-Dunne, says the casting was ‘not a gimmick, not a stunt, just the best actor I could find’.",
        "‘People keep asking me if it’s brave. It isn’t brave. Brave is what nurses do. This is just very, very tiring,’ she says, laughing.",
        "Dame Philippa – ‘Pippa’ to everyone in the building, including the stage-door keeper – made her debut at Chichester in 1971 and has since played almost every great female role in the repertoire, several of them twice. She is, by common consent, particularly good at dying. The critic Bernard Fells once wrote that she ‘expires more convincingly than anyone since Garrick’, a line she has had framed in the downstairs loo.",
        "At the first preview, the theatre’s patron, Prince Albrecht of Westmark, went backstage to tell her it had been ‘the bravest thing I have seen on a stage’. She has decided to take it as a compliment.",
        "Her husband of forty years, the crossbench peer Lord Stainbridge, sits in on the end of the interview, ostensibly to take her to lunch. ‘I’ve seen every performance she’s given since 1979, bar two,’ he says. ‘One was a flu. The other was a divorce, briefly. We got over it.’",
        "She rolls her eyes. ‘He tells that story at every dinner party. It was a trial separation of about a fortnight, and he came back because he couldn’t work the oven,’ she says.",
        "Their son, Jack Harcourt, a television director, grew up backstage. ‘Other kids had a babysitter. I had whoever was playing the butler that season. I thought it was completely normal that Mum died four times a week,’ he says.",
        "The production’s run is already extended into the spring, and there is talk of a transfer. Asked whether this will be her last big role, she puts down the egg. ‘Darling, I’ve been dying on stage for fifty years,’ she says. ‘I’m rather good at it. I see no reason to stop now.’",
    ),
    [
        "Philippa Harcourt",
        "Oliver Penhaligon",
        "Sasha Okereke",
        "The Sunday Review",
        "Aldwych Playhouse",
        "Shakespeare",
        "Ifeoma Clarke-Dunne",
        "Bernard Fells",
        "Garrick",
        "Prince Albrecht of Westmark",
        "Lord Stainbridge",
        "Jack Harcourt",
    ],
    [
        Q(
            "I’ve been dying on stage for fifty years. I’m rather good at it",
            "Philippa Harcourt",
            "Dame Philippa Harcourt",
        ),
        Q("the actor’s breakfast of champions", "Philippa Harcourt", "she", kind="partial", anchor="she insists"),
        Q(
            "not a gimmick, not a stunt, just the best actor I could find",
            "Ifeoma Clarke-Dunne",
            "Ifeoma Clarke-Dunne",
            kind="partial",
        ),
        Q(
            "People keep asking me if it’s brave. It isn’t brave. Brave is what nurses do. This is just very, very tiring",
            "Philippa Harcourt",
            "she",
        ),
        Q(
            "expires more convincingly than anyone since Garrick",
            "Bernard Fells",
            "critic Bernard Fells",
            kind="partial",
        ),
        Q(
            "the bravest thing I have seen on a stage",
            "Prince Albrecht of Westmark",
            "Prince Albrecht of Westmark",
            kind="partial",
        ),
        Q("I’ve seen every performance she’s given since 1979, bar two", "Lord Stainbridge", "he"),
        Q("One was a flu. The other was a divorce, briefly. We got over it", "Lord Stainbridge", "he"),
        Q(
            "He tells that story at every dinner party. It was a trial separation of about a fortnight, and he came back because he couldn’t work the oven",
            "Philippa Harcourt",
            "she",
        ),
        Q(
            "Other kids had a babysitter. I had whoever was playing the butler that season. I thought it was completely normal that Mum died four times a week",
            "Jack Harcourt",
            "he",
        ),
        Q("Darling, I’ve been dying on stage for fifty years", "Philippa Harcourt", "she"),
        Q("I’m rather good at it. I see no reason to stop now", "Philippa Harcourt", "she"),
    ],
)

article(
    "magazine-profile",
    6,
    P(
        "Astrid Holmqvist kills people for a living. She sleeps fine",
        "By Tobias Grendahl",
        "Astrid Holmqvist’s study has one window, and it faces a wall. This is deliberate. “If I can see the fjord, I look at the fjord. If I look at the wall, eventually I start to write, just to have something else to look at,” she says.",
        "Holmqvist, 58, has sold more than nine million copies of her eleven novels about Inspector Eirik Vaag, a melancholy detective in the fictional coastal town of Sørvik. The twelfth, “The Drowned Choir”, is published in English next month by Halberd & Rune.",
        "Her editor there, Priya Wexford, has worked on all twelve. “Astrid delivers a manuscript the way other people deliver a baby: late, loudly and absolutely certain it is the most beautiful thing ever made,” Wexford says. “The maddening thing is that she’s usually right.”",
        "Vaag was born, Holmqvist says, out of boredom. In the 1990s she was a court reporter for the regional daily Nordlys Tidende, “sitting through the same three kinds of crime, over and over”.",
        "“People think crime fiction is about murder. It’s not,” she says. “It’s about the hour after the murder, when everybody is still in the room.",
        "“The murder is easy. Any fool can kill someone on paper. What’s hard is the kitchen afterwards – the coffee nobody drinks, the brother who keeps answering his phone.",
        "“That’s where I live. In the kitchen afterwards.”",
        "Her older brother, Knut Holmqvist, a retired police detective in Bodø, has been her technical adviser since the first book. He reads every manuscript for procedural mistakes and, by his own account, finds fewer each time.",
        "“In the first book she had a detective take fingerprints off a wet fish,” he says, laughing. “Now I mostly correct the coffee. Our police drink far more coffee than hers.”",
        "The Sørvik novels have been adapted for television by the public broadcaster NRT, with Henrik Sandvold as Vaag. Holmqvist admires the series but calls it “about forty per cent too sunny”.",
        "Is there a thirteenth Vaag? She smiles and says nothing for a while. “There is always another body,” Astrid says finally.",
    ),
    [
        "Astrid Holmqvist",
        "Tobias Grendahl",
        "Eirik Vaag",
        "Halberd & Rune",
        "Priya Wexford",
        "Nordlys Tidende",
        "Knut Holmqvist",
        "NRT",
        "Henrik Sandvold",
    ],
    [
        Q(
            "If I can see the fjord, I look at the fjord. If I look at the wall, eventually I start to write, just to have something else to look at",
            "Astrid Holmqvist",
            "she",
        ),
        Q(
            "Astrid delivers a manuscript the way other people deliver a baby: late, loudly and absolutely certain it is the most beautiful thing ever made",
            "Priya Wexford",
            "Wexford",
        ),
        Q("The maddening thing is that she’s usually right", "Priya Wexford", "Wexford"),
        Q(
            "sitting through the same three kinds of crime, over and over",
            "Astrid Holmqvist",
            "Holmqvist",
            kind="partial",
            anchor="Holmqvist says, out of boredom",
        ),
        Q("People think crime fiction is about murder. It’s not", "Astrid Holmqvist", "she"),
        Q("It’s about the hour after the murder, when everybody is still in the room", "Astrid Holmqvist", "she"),
        Q(
            "The murder is easy. Any fool can kill someone on paper. What’s hard is the kitchen afterwards – the coffee nobody drinks, the brother who keeps answering his phone",
            "Astrid Holmqvist",
            "@prev",
        ),
        Q("That’s where I live. In the kitchen afterwards", "Astrid Holmqvist", "@prev"),
        Q("In the first book she had a detective take fingerprints off a wet fish", "Knut Holmqvist", "he"),
        Q("Now I mostly correct the coffee. Our police drink far more coffee than hers", "Knut Holmqvist", "he"),
        Q(
            "about forty per cent too sunny",
            "Astrid Holmqvist",
            "Holmqvist",
            kind="partial",
            anchor="Holmqvist admires",
        ),
        Q("There is always another body", "Astrid Holmqvist", "Astrid"),
    ],
)

# ---------------------------------------------------------------------------
# CRIME / POLICE
# ---------------------------------------------------------------------------

article(
    "crime-police",
    1,
    P(
        "Clerk killed in Eastgate convenience store shooting; 19-year-old charged with murder",
        "By Janelle Ortiz-Baker | Tri-County Courier",
        "EASTGATE, Ohio — A 19-year-old man has been charged with murder in the shooting death of a convenience store clerk during an attempted robbery late Monday, police said.",
        "Devonte Marsh, of Eastgate, was arrested Tuesday afternoon at a relative’s apartment on the city’s west side, according to Sgt. Alicia Brandt, a spokeswoman for the Eastgate Police Department. He is being held in the Lorimer County Jail without bond.",
        "The clerk, Ahmad Qasemi, 46, was shot once in the chest shortly before 11:30 p.m. at the Pantry Plus store on Harlan Avenue. He was pronounced dead at Mercy Eastgate Hospital.",
        "“This was a senseless, cowardly act against a man who was simply doing his job,” Brandt said at a news conference Wednesday. “Mr. Qasemi complied with every demand. He did everything right.”",
        "According to a criminal complaint filed in Eastgate Municipal Court, Marsh entered the store wearing a black ski mask, demanded money from the register and fired after Qasemi reached for the phone behind the counter. Surveillance video shows the suspect running from the store with about $140, the complaint says.",
        "Detectives identified Marsh in part through a tattoo on his left wrist that was visible in the footage, police said. Interviewed after his arrest, Marsh told detectives he “didn’t mean for the gun to go off,” according to the complaint.",
        "The Lorimer County Prosecutor’s Office said it would present the case to a grand jury “as soon as practicable.” “Our office will seek justice for Mr. Qasemi and his family with every tool the law allows,” Prosecutor Gail Hendricks said in a statement.",
        "Marsh’s attorney, public defender Nathan Oyelowo, said his client was “a scared kid who made a terrible decision” and urged the public not to rush to judgment. “There is a lot about that night that we don’t know yet,” Oyelowo said.",
        "Neighbors and regular customers described Qasemi, a father of three who came to the United States from Afghanistan in 2012, as unfailingly kind. A woman who lives in an apartment above the store and declined to give her name said he often let children pay for candy later. “He knew every kid on this block by name,” she said.",
        "A regular customer who gave only his first name, Luis, said he had stopped in an hour before the shooting. “We talked about fishing, like always,” he said. “An hour later he’s gone. I can’t get my head around it.”",
        "On Wednesday evening, the Qasemi family’s attorney, Rebecca Tan, read a statement on the family’s behalf outside the store, where flowers and candles lined the front window. “Ahmad came to this country to give his children a safe life, and he gave them everything,” the family said in the statement. “We ask that the community remember him for the way he lived, not the way he died.”",
        "Tan said the family had asked for privacy. Funeral arrangements were pending.",
        "Photo: Flowers and candles outside the Pantry Plus store on Harlan Avenue on Wednesday. (Marcus Delaney / Tri-County Courier)",
    ),
    [
        "Janelle Ortiz-Baker",
        "Tri-County Courier",
        "Devonte Marsh",
        "Alicia Brandt",
        "Eastgate Police Department",
        "Lorimer County Jail",
        "Ahmad Qasemi",
        "Pantry Plus",
        "Mercy Eastgate Hospital",
        "Eastgate Municipal Court",
        "Lorimer County Prosecutor’s Office",
        "Gail Hendricks",
        "Nathan Oyelowo",
        "Luis",
        "Rebecca Tan",
        "Marcus Delaney",
    ],
    [
        Q(
            "This was a senseless, cowardly act against a man who was simply doing his job",
            "Alicia Brandt",
            "Brandt",
        ),
        Q("Mr. Qasemi complied with every demand. He did everything right", "Alicia Brandt", "Brandt"),
        Q(
            "didn’t mean for the gun to go off",
            "Devonte Marsh",
            "Marsh",
            kind="partial",
            anchor="Marsh told detectives",
        ),
        Q(
            "as soon as practicable",
            "Lorimer County Prosecutor’s Office",
            "The Lorimer County Prosecutor’s Office",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Our office will seek justice for Mr. Qasemi and his family with every tool the law allows",
            "Gail Hendricks",
            "Prosecutor Gail Hendricks",
        ),
        Q(
            "a scared kid who made a terrible decision",
            "Nathan Oyelowo",
            "public defender Nathan Oyelowo",
            kind="partial",
        ),
        Q("There is a lot about that night that we don’t know yet", "Nathan Oyelowo", "Oyelowo"),
        Q(
            "He knew every kid on this block by name",
            "a woman who lives in an apartment above the store and declined to give her name",
            "she",
            stype="unnamed",
        ),
        Q("We talked about fishing, like always", "Luis", "he"),
        Q("An hour later he’s gone. I can’t get my head around it", "Luis", "he"),
        Q(
            "Ahmad came to this country to give his children a safe life, and he gave them everything",
            "the Qasemi family",
            "the family",
            stype="unnamed",
        ),
        Q(
            "We ask that the community remember him for the way he lived, not the way he died",
            "the Qasemi family",
            "the family",
            stype="unnamed",
            anchor="the family said in the statement",
        ),
    ],
)

article(
    "crime-police",
    2,
    P(
        "Teenager charged with murder after man stabbed outside Brackenford takeaway",
        "By Gemma Atherley, Crime Reporter",
        "A 17-year-old boy has been charged with murder after a man was stabbed to death outside a takeaway in Brackenford town centre on Saturday night.",
        "Kyle Ashworth, 24, from Brackenford, was found with a single stab wound to the neck on Kelsall Road shortly after 11pm. Paramedics treated him at the scene but he was pronounced dead a short time later, Northvale Police said.",
        "The boy, who cannot be named for legal reasons, appeared before Brackenford Youth Court on Monday and was remanded into youth detention accommodation. He will appear at Lanchester Crown Court on Thursday.",
        '''Detective Chief Inspector Sarah Okafor-Lyle, who is leading the investigation, said: "This was a horrific attack on a young man who had been enjoying a night out with his friends. Kyle's family are devastated and our thoughts are with them."''',
        """"I know there will be concern in the community, and I want to reassure people that we are not looking for anyone else in connection with Kyle's death," she added.""",
        """Police said the boy and Mr Ashworth were not known to each other. Officers believe an argument broke out in the queue inside the takeaway minutes before the attack.""",
        '''A man working in the takeaway who asked not to be named said he heard shouting from the street. "I went to the door and there was a lad on the pavement and his mates were screaming," he said. "It all happened in about thirty seconds."''',
        """Another witness, a woman who gave her name only as Shannon, said she had tried to stem the bleeding with her scarf until paramedics arrived. "There was so much blood. I just kept talking to him, telling him the ambulance was coming," she said.""",
        '''In a statement released through police, Mr Ashworth's family described him as "a gentle giant who would do anything for anyone". "Kyle was a son, a brother and a dad to a little girl who will now grow up without him," the family said. "We will never understand why this happened."''',
        """Northvale Police said a kitchen knife had been recovered from a garden in nearby Mill Lane. The force said in a statement that the knife was "undergoing forensic examination" and urged anyone with information to come forward.""",
        """Brackenford's MP, Dominic Feather, said on social media that the town was "in shock" and thanked the members of the public who had tried to help.""",
        """"If anyone has footage from Kelsall Road between 10.45pm and 11.15pm, please get in touch. Even a few seconds could be important," DCI Okafor-Lyle said.""",
    ),
    [
        "Gemma Atherley",
        "Kyle Ashworth",
        "Northvale Police",
        "Brackenford Youth Court",
        "Lanchester Crown Court",
        "Sarah Okafor-Lyle",
        "Shannon",
        "Dominic Feather",
    ],
    [
        Q(
            "This was a horrific attack on a young man who had been enjoying a night out with his friends. Kyle's family are devastated and our thoughts are with them",
            "Sarah Okafor-Lyle",
            "Detective Chief Inspector Sarah Okafor-Lyle",
        ),
        Q(
            "I know there will be concern in the community, and I want to reassure people that we are not looking for anyone else in connection with Kyle's death",
            "Sarah Okafor-Lyle",
            "she",
        ),
        Q(
            "I went to the door and there was a lad on the pavement and his mates were screaming",
            "a man working in the takeaway who asked not to be named",
            "he",
            stype="unnamed",
        ),
        Q(
            "It all happened in about thirty seconds",
            "a man working in the takeaway who asked not to be named",
            "he",
            stype="unnamed",
        ),
        Q(
            "There was so much blood. I just kept talking to him, telling him the ambulance was coming",
            "Shannon",
            "she",
        ),
        Q(
            "a gentle giant who would do anything for anyone",
            "Mr Ashworth's family",
            "Mr Ashworth's family",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Kyle was a son, a brother and a dad to a little girl who will now grow up without him",
            "Mr Ashworth's family",
            "the family",
            stype="unnamed",
        ),
        Q("We will never understand why this happened", "Mr Ashworth's family", "the family", stype="unnamed"),
        Q(
            "undergoing forensic examination",
            "Northvale Police",
            "The force",
            kind="partial",
            stype="organisation",
        ),
        Q("in shock", "Dominic Feather", "Dominic Feather", kind="partial"),
        Q(
            "If anyone has footage from Kelsall Road between 10.45pm and 11.15pm, please get in touch. Even a few seconds could be important",
            "Sarah Okafor-Lyle",
            "DCI Okafor-Lyle",
        ),
    ],
)

article(
    "crime-police",
    3,
    P(
        "Driver refused bail over hit-and-run that killed cyclist on Marramba Road",
        "By Tom Kerrigan, Court Reporter",
        "PORT CALDER — A 34-year-old man accused of killing a cyclist in a hit-and-run on the city’s northern fringe has been refused bail after a magistrate found he posed an “unacceptable risk” of failing to appear.",
        "Brendan Michael Voss, of Calder Heights, faced Port Calder Local Court on Friday charged with dangerous driving occasioning death, failing to stop and render assistance, and driving while disqualified.",
        "Eleanor Pask, 52, a primary school teacher and mother of two, died at the scene on Marramba Road about 6.15am on Wednesday. Police allege Voss’s ute struck her bicycle from behind and did not stop.",
        "Senior Sergeant Craig Mulholland of Calder Highway Patrol told reporters on Thursday that the ute had been found burnt out in bushland about 12 kilometres away. “Whoever did this went to a lot of trouble to hide what they’d done,” he said. “That tells you something.”",
        "According to police documents tendered in court, Voss told officers at his arrest that he “thought he hit a kangaroo”.",
        "Police prosecutor Sergeant Leanne Cho told the court Voss had three previous convictions for driving while disqualified. “The community is entitled to be protected from this accused,” she said.",
        "Voss’s lawyer, Daniel Hargreave, said his client had strong ties to the area and would abide by any conditions, including a curfew. “My client is not going anywhere. He has a young family, he has a job, and he intends to fight these charges,” Mr Hargreave said.",
        "Magistrate Joanne Featherstone refused bail, describing the alleged conduct after the crash as “callous in the extreme”.",
        "“The accused had every opportunity to stop, and every opportunity after that to come forward,” she said. “He took neither.”",
        "Outside court, Ms Pask’s husband, Gavin Pask, said his wife had ridden the same route to school every morning for twenty years. “Ellie was the best of us,” Mr Pask said. “She should have come home on Wednesday, and she didn’t.”",
        "Safe Roads Calder, a cycling advocacy group, said in a statement the death was “entirely preventable” and called for a speed camera on the stretch of road where Ms Pask was killed.",
        "Voss will next appear in court on March 14.",
    ),
    [
        "Tom Kerrigan",
        "Brendan Michael Voss",
        "Port Calder Local Court",
        "Eleanor Pask",
        "Craig Mulholland",
        "Calder Highway Patrol",
        "Leanne Cho",
        "Daniel Hargreave",
        "Joanne Featherstone",
        "Gavin Pask",
        "Safe Roads Calder",
    ],
    [
        Q("Whoever did this went to a lot of trouble to hide what they’d done", "Craig Mulholland", "he"),
        Q("That tells you something", "Craig Mulholland", "he"),
        Q(
            "thought he hit a kangaroo",
            "Brendan Michael Voss",
            "Voss",
            kind="partial",
            anchor="Voss told officers",
        ),
        Q("The community is entitled to be protected from this accused", "Leanne Cho", "she"),
        Q(
            "My client is not going anywhere. He has a young family, he has a job, and he intends to fight these charges",
            "Daniel Hargreave",
            "Mr Hargreave",
        ),
        Q(
            "callous in the extreme",
            "Joanne Featherstone",
            "Magistrate Joanne Featherstone",
            kind="partial",
        ),
        Q(
            "The accused had every opportunity to stop, and every opportunity after that to come forward",
            "Joanne Featherstone",
            "she",
        ),
        Q("He took neither", "Joanne Featherstone", "she"),
        Q("Ellie was the best of us", "Gavin Pask", "Mr Pask"),
        Q("She should have come home on Wednesday, and she didn’t", "Gavin Pask", "Mr Pask"),
        Q(
            "entirely preventable",
            "Safe Roads Calder",
            "Safe Roads Calder",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "crime-police",
    4,
    P(
        "Sheriff: Former charity director stole $1.2 million meant for flood victims",
        "By Renee Castellanos and Bo Kittredge, Gulf Coast Ledger",
        "BAYOU CROSSING, La. — The former director of a Bayou Crossing charity that raised money for families displaced by the 2022 floods was arrested Thursday and charged with stealing more than $1.2 million from the organization, the Delacroix Parish Sheriff’s Office said.",
        "Lamar Whitley Jr., 44, was booked into the parish jail on counts of theft, money laundering and 27 counts of bank fraud. He was released Friday after posting a $250,000 bond.",
        "“This money was given by ordinary people — church groups, schoolchildren, retirees — for families who had lost everything,” Sheriff Arnold Batiste said at a news conference. “It was used instead to buy a boat, a lake house and a great deal of jewelry.”",
        "Whitley founded Rising Waters Relief in 2022 with his father, Lamar Whitley Sr., a retired pastor, and ran it until he resigned in March. The elder Whitley has not been charged, and investigators said they had found no evidence that he knew of the transfers.",
        "According to an arrest warrant affidavit, Whitley Jr. moved money from the charity’s accounts to a company he controlled, Gulfline Consulting LLC, in more than 40 separate payments. When a board member questioned one payment in 2023, he replied in an email that it covered “disaster logistics consulting,” the affidavit states.",
        "Sheriff’s Detective Monique Fontenot, who led the 14-month investigation, said the paper trail was “about as clear as these things get.”",
        "Whitley’s attorney, Charles Boudreaux III, said his client would plead not guilty. “Lamar Whitley has given years of his life to this community. These charges tell one side of a complicated story, and we look forward to telling the other side in court,” Boudreaux said in a statement.",
        "Reached by phone, Lamar Whitley Sr. said he was “heartbroken” but stood by his son. “I raised him. I know his heart,” he said. “Whatever happened, the Lord will sort it out.”",
        "Rising Waters Relief said in a statement that it was cooperating fully with investigators. “Our mission has not changed, and every dollar we raise today is audited twice,” the charity said. The statement was signed by the board’s current chair, Denise Arceneaux.",
        "Among those who gave was Marguerite Hebert, 81, who donated $500 from her pension in the weeks after the floods. “I’d give it again tomorrow if I knew it would get to those families,” she said. “That’s what makes me so angry.”",
        "If convicted on all counts, Whitley Jr. faces up to 30 years in prison.",
    ),
    [
        "Renee Castellanos",
        "Bo Kittredge",
        "Gulf Coast Ledger",
        "Delacroix Parish Sheriff’s Office",
        "Lamar Whitley Jr.",
        "Arnold Batiste",
        "Rising Waters Relief",
        "Lamar Whitley Sr.",
        "Gulfline Consulting LLC",
        "Monique Fontenot",
        "Charles Boudreaux III",
        "Denise Arceneaux",
        "Marguerite Hebert",
    ],
    [
        Q(
            "This money was given by ordinary people — church groups, schoolchildren, retirees — for families who had lost everything",
            "Arnold Batiste",
            "Sheriff Arnold Batiste",
        ),
        Q(
            "It was used instead to buy a boat, a lake house and a great deal of jewelry",
            "Arnold Batiste",
            "Sheriff Arnold Batiste",
        ),
        Q(
            "disaster logistics consulting",
            "Lamar Whitley Jr.",
            "he",
            kind="partial",
            anchor="he replied in an email",
        ),
        Q(
            "about as clear as these things get",
            "Monique Fontenot",
            "Sheriff’s Detective Monique Fontenot",
            kind="partial",
        ),
        Q(
            "Lamar Whitley has given years of his life to this community. These charges tell one side of a complicated story, and we look forward to telling the other side in court",
            "Charles Boudreaux III",
            "Boudreaux",
        ),
        Q("heartbroken", "Lamar Whitley Sr.", "Lamar Whitley Sr.", kind="partial"),
        Q("I raised him. I know his heart", "Lamar Whitley Sr.", "he"),
        Q("Whatever happened, the Lord will sort it out", "Lamar Whitley Sr.", "he"),
        Q(
            "Our mission has not changed, and every dollar we raise today is audited twice",
            "Rising Waters Relief",
            "the charity",
            stype="organisation",
        ),
        Q("I’d give it again tomorrow if I knew it would get to those families", "Marguerite Hebert", "she"),
        Q("That’s what makes me so angry", "Marguerite Hebert", "she"),
    ],
)

article(
    "crime-police",
    5,
    P(
        "Three charged after $4M in cocaine found hidden in banana shipment, police say",
        "By Aaron Moyer | Harbour Beacon",
        "PORT ELLERY, N.S. — Three men face drug trafficking charges after border officers found about 40 kilograms of cocaine hidden inside a refrigerated container of bananas at the Port Ellery container terminal, police said Tuesday.",
        '''"This is the largest single seizure we have seen at this port in more than a decade," Insp. Gordon MacAskill of the Halden Regional Police said at a news conference. "The street value is in the range of four million dollars."''',
        '''The men — Tyler Rourke, 31, of Port Ellery; Samir Haddad, 45, of Montreal; and Jean-Luc Thibodeau, 38, of Moncton — were arrested Sunday in a warehouse parking lot in the city's north end, MacAskill said. Police said the three had been under surveillance for "several months."''',
        '''According to court documents, Rourke told an undercover officer two weeks before the arrests that the shipment was "the easiest money you'll ever make."''',
        '''The Port Ellery Port Authority said in a statement it was "working closely with law enforcement" and that security procedures at the terminal were "under continuous review."''',
        """A longshoreman at the terminal who spoke on condition of anonymity said workers had noticed police activity for weeks. "Everybody knew something was going on. You don't get three unmarked cars parked by the reefer stacks for nothing," he said.""",
        """A neighbour of Rourke's who gave only her first name, Carla, said she was stunned by the arrest. "He coaches minor hockey. He shovels my driveway when it snows," she said.""",
        """Rourke's lawyer, Melissa Aucoin, said her client intends to plead not guilty. "Mr. Rourke is presumed innocent, and I'd caution everyone against believing the police version of events before a single piece of evidence has been tested in court," Aucoin said.""",
        """At a bail hearing Monday, federal prosecutor Adeline Fraser argued that Haddad and Thibodeau posed a flight risk. "Two of these accused have no ties to Nova Scotia whatsoever," she said. The hearing was adjourned to Thursday.""",
        '''MacAskill said the investigation was continuing and that further arrests were "not out of the question."''',
    ),
    [
        "Aaron Moyer",
        "Harbour Beacon",
        "Gordon MacAskill",
        "Halden Regional Police",
        "Tyler Rourke",
        "Samir Haddad",
        "Jean-Luc Thibodeau",
        "Port Ellery Port Authority",
        "Carla",
        "Melissa Aucoin",
        "Adeline Fraser",
    ],
    [
        Q(
            "This is the largest single seizure we have seen at this port in more than a decade",
            "Gordon MacAskill",
            "Insp. Gordon MacAskill",
        ),
        Q("The street value is in the range of four million dollars", "Gordon MacAskill", "Insp. Gordon MacAskill"),
        Q(
            "several months",
            "Halden Regional Police",
            "Police",
            kind="partial",
            stype="organisation",
            anchor="Police said the three",
        ),
        Q(
            "the easiest money you'll ever make",
            "Tyler Rourke",
            "Rourke",
            kind="partial",
            anchor="Rourke told an undercover",
        ),
        Q(
            "working closely with law enforcement",
            "Port Ellery Port Authority",
            "The Port Ellery Port Authority",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "under continuous review",
            "Port Ellery Port Authority",
            "The Port Ellery Port Authority",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Everybody knew something was going on. You don't get three unmarked cars parked by the reefer stacks for nothing",
            "a longshoreman at the terminal who spoke on condition of anonymity",
            "he",
            stype="unnamed",
        ),
        Q("He coaches minor hockey. He shovels my driveway when it snows", "Carla", "she"),
        Q(
            "Mr. Rourke is presumed innocent, and I'd caution everyone against believing the police version of events before a single piece of evidence has been tested in court",
            "Melissa Aucoin",
            "Aucoin",
        ),
        Q("Two of these accused have no ties to Nova Scotia whatsoever", "Adeline Fraser", "she"),
        Q("not out of the question", "Gordon MacAskill", "MacAskill", kind="partial"),
    ],
)

article(
    "crime-police",
    6,
    P(
        "Ex-worker charged with arson in fire that destroyed Millbrook furniture plant",
        "MILLBROOK, N.C. (Carolina News Service) -- A former employee of a Millbrook furniture maker was charged Monday with setting the fire that destroyed the company's main factory last month and put about 180 people out of work, authorities said.",
        "Wesley Dale Pruitt, 29, of Hanes Crossing, is charged with first-degree arson and burning of a commercial building, according to a criminal complaint filed in Tarrow County District Court. He was being held Monday in the county jail.",
        "``We believe this was a deliberate act of revenge,'' Millbrook Police Chief Darnell Ruffin told reporters. ``It cost this town a lot more than a building.''",
        "Pruitt was fired from Hollowell Furniture Co. in August after a dispute with a supervisor, Ruffin said. According to the complaint, he sent a text message to an acquaintance two days before the fire saying the company would ``get what's coming.''",
        "Chief Deputy State Fire Marshal Katherine Oakes said investigators found evidence that an accelerant had been poured in at least three places inside the plant. ``Fires don't start in three places by themselves,'' she said.",
        "The Tarrow County District Attorney's Office said in a statement that it would ask a judge to hold Pruitt without bond, calling the fire ``a danger not only to property but to the firefighters who responded.''",
        "Pruitt's court-appointed attorney, Sheila Mabry, said her client ``adamantly denies'' setting the fire. ``He was angry about losing his job, like anybody would be. Being angry is not a crime,'' Mabry said.",
        "Company president Gerald Hollowell, whose grandfather founded the business in 1938, said the firm planned to rebuild on the same site. ``We're not going anywhere. My grandfather didn't quit during the Depression, and I'm not going to quit now,'' Hollowell said.",
        "Several workers gathered outside the fenced-off site Monday afternoon. One of them, who gave his name only as Ricky, had worked at the plant for 22 years. ``I knew Wes. I ate lunch with him,'' he said. ``I just can't believe somebody I know would do this to all of us.''",
        "A woman who lives across the road from the plant said she woke to the sound of windows exploding. ``It sounded like gunshots, one after the other,'' she said. She declined to give her name.",
        "Carolina News Service writer Owen Batts contributed from Raleigh.",
    ),
    [
        "Carolina News Service",
        "Wesley Dale Pruitt",
        "Tarrow County District Court",
        "Darnell Ruffin",
        "Hollowell Furniture Co.",
        "Katherine Oakes",
        "Tarrow County District Attorney's Office",
        "Sheila Mabry",
        "Gerald Hollowell",
        "Ricky",
        "Owen Batts",
    ],
    [
        Q("We believe this was a deliberate act of revenge", "Darnell Ruffin", "Millbrook Police Chief Darnell Ruffin"),
        Q("It cost this town a lot more than a building", "Darnell Ruffin", "Millbrook Police Chief Darnell Ruffin"),
        Q(
            "get what's coming",
            "Wesley Dale Pruitt",
            "he",
            kind="partial",
            anchor="he sent a text message",
        ),
        Q("Fires don't start in three places by themselves", "Katherine Oakes", "she"),
        Q(
            "a danger not only to property but to the firefighters who responded",
            "Tarrow County District Attorney's Office",
            "The Tarrow County District Attorney's Office",
            kind="partial",
            stype="organisation",
        ),
        Q("adamantly denies", "Sheila Mabry", "Sheila Mabry", kind="partial"),
        Q(
            "He was angry about losing his job, like anybody would be. Being angry is not a crime",
            "Sheila Mabry",
            "Mabry",
        ),
        Q(
            "We're not going anywhere. My grandfather didn't quit during the Depression, and I'm not going to quit now",
            "Gerald Hollowell",
            "Hollowell",
        ),
        Q("I knew Wes. I ate lunch with him", "Ricky", "he"),
        Q("I just can't believe somebody I know would do this to all of us", "Ricky", "he"),
        Q(
            "It sounded like gunshots, one after the other",
            "a woman who lives across the road from the plant",
            "she",
            stype="unnamed",
        ),
    ],
)

# ---------------------------------------------------------------------------
# POLITICS (EUROPE)
# ---------------------------------------------------------------------------

article(
    "politics-europe",
    1,
    P(
        "Vollmer tells Bundestag she will not ‘buy peace’ as German coalition teeters",
        "By Lena Hartwig in Berlin",
        "BERLIN — Chancellor Katrin Vollmer told the Bundestag on Wednesday that she would not “buy peace” in her fractious coalition by agreeing to an early pension increase, deepening a standoff with her junior partner that has raised the prospect of snap elections.",
        "“A government that buys peace with money it does not have is not governing. It is renting time,” Vollmer said, according to an official translation of her remarks, to applause from the benches of her Christian Civic Union and jeers from the left.",
        "The Social Labour Party, her coalition partner, wants pensions to rise by 4.5 percent from July, a year earlier than planned. Its parliamentary leader, Matthias Brenner — nicknamed “the Bulldozer” by colleagues for his negotiating style — told public broadcaster DRF that his party’s patience was “not infinite.”",
        "“We did not enter this government to administer decline,” Brenner said in the interview. “If the chancellor wants a coalition, she has to behave as if she is in one.”",
        "Vollmer’s spokesman, Felix Aurich, said talks between the three party leaders would continue on Thursday evening. “The chancellor remains confident that an agreement is possible, and she will not negotiate through the media,” he told the regular government news conference.",
        "Adding to the pressure, Finance Minister Jonas Reuther of the liberal Free Democratic League — whose father, Helmut Reuther, held the same post in the 1990s — warned that the pension plan would breach the constitutional debt brake by 2027.",
        "“The numbers do not lie, and neither will I,” the younger Reuther told reporters outside the finance ministry.",
        "Helmut Reuther, now 81, weighed in on Tuesday in an interview with the newspaper Rheinische Abendpost, saying his son was “doing exactly what I would have done, only more politely.”",
        "Opposition leader Sabine Kühl of the Green Alliance said the coalition had become “a marriage that both sides are too afraid to end.”",
        "A senior Social Labour official, speaking on condition of anonymity, said the party’s executive would meet on Friday. “Nobody wants elections in the summer. But nobody wants to be the party that blinked, either,” the official said.",
        "Under the constitution, the chancellor can call a confidence vote in the Bundestag that, if lost, allows the president to dissolve parliament. Vollmer has so far declined to say whether she would do so. Asked on Wednesday, the chancellor said only: “I do not govern by threats.”",
    ),
    [
        "Katrin Vollmer",
        "Bundestag",
        "Lena Hartwig",
        "Christian Civic Union",
        "Social Labour Party",
        "Matthias Brenner",
        "DRF",
        "Felix Aurich",
        "Jonas Reuther",
        "Free Democratic League",
        "Helmut Reuther",
        "Rheinische Abendpost",
        "Sabine Kühl",
        "Green Alliance",
    ],
    [
        Q("buy peace", "Katrin Vollmer", "Vollmer", kind="partial", occ=0),
        Q("buy peace", "Katrin Vollmer", "Chancellor Katrin Vollmer", kind="partial", occ=1),
        Q(
            "A government that buys peace with money it does not have is not governing. It is renting time",
            "Katrin Vollmer",
            "Vollmer",
        ),
        Q("not infinite", "Matthias Brenner", "Matthias Brenner", kind="partial"),
        Q("We did not enter this government to administer decline", "Matthias Brenner", "Brenner"),
        Q("If the chancellor wants a coalition, she has to behave as if she is in one", "Matthias Brenner", "Brenner"),
        Q(
            "The chancellor remains confident that an agreement is possible, and she will not negotiate through the media",
            "Felix Aurich",
            "he",
        ),
        Q(
            "The numbers do not lie, and neither will I",
            "Jonas Reuther",
            "Reuther",
            anchor="the younger Reuther told",
        ),
        Q(
            "doing exactly what I would have done, only more politely",
            "Helmut Reuther",
            "Helmut Reuther",
            kind="partial",
        ),
        Q(
            "a marriage that both sides are too afraid to end",
            "Sabine Kühl",
            "Opposition leader Sabine Kühl",
            kind="partial",
        ),
        Q(
            "Nobody wants elections in the summer. But nobody wants to be the party that blinked, either",
            "a senior Social Labour official",
            "the official",
            stype="unnamed",
        ),
        Q("I do not govern by threats", "Katrin Vollmer", "the chancellor", anchor="the chancellor said only"),
    ],
)

article(
    "politics-europe",
    2,
    P(
        "Brussels unveils cuts to farm payments as tractors block European quarter",
        "By Daniel Ashby, Europe Correspondent",
        "BRUSSELS – The European Commission has proposed trimming direct payments to the largest farms in the European Union by up to 12 per cent, provoking fury from farmers’ groups as hundreds of tractors brought the city’s European quarter to a standstill.",
        "Agriculture Commissioner Tereza Holubová, a former Czech farm minister, said the reform would ‘put money where the work is, not where the hectares are’.",
        "‘For twenty years the biggest cheques have gone to the biggest landowners,’ she told reporters. ‘Small and young farmers have been paying for that, and we are ending it.’",
        "The Commission said in a statement that the plan would free up €4.2 billion a year for farmers under 40 and for ‘the transition to more resilient practices’.",
        "Outside, the mood was less conciliatory. Annelies Verbeek, who runs a 300-hectare dairy farm in Friesland with her husband, the Dutch MEP Joost Verbeek, had driven her tractor through the night to take part. ‘They call it reform. On my farm we call it a pay cut,’ she said.",
        "Mr Verbeek, who sits with the European Conservatives group in the European Parliament, addressed the crowd from a flatbed trailer. ‘Brussels has discovered that food does not grow in supermarkets,’ he said, to cheers. ‘It has not yet discovered who grows it.’",
        "Ms Verbeek said her husband had ‘been on at Brussels for years’ but that farmers were ‘done waiting for politicians, including the one I married’.",
        "Pierre-Antoine Lemaire, president of the European farmers’ federation Agrifed, called the proposal ‘an attack on the family farm dressed up as fairness’.",
        "Not all MEPs are unhappy. The German Green MEP Ilse Marquardt, known in Strasbourg as ‘the Auditor’ for her forensic questioning of commissioners, said the plan did not go far enough. ‘Eighty per cent of the money will still go to twenty per cent of the farms. That is not a reform, it is a rounding error,’ she said, speaking in English.",
        "The proposal must be approved by member states and the European Parliament, where diplomats expect months of bargaining. ‘This will be a bloodbath,’ one EU diplomat said.",
    ),
    [
        "European Commission",
        "European Union",
        "Daniel Ashby",
        "Tereza Holubová",
        "Annelies Verbeek",
        "Joost Verbeek",
        "European Conservatives",
        "European Parliament",
        "Pierre-Antoine Lemaire",
        "Agrifed",
        "Ilse Marquardt",
    ],
    [
        Q(
            "put money where the work is, not where the hectares are",
            "Tereza Holubová",
            "Agriculture Commissioner Tereza Holubová",
            kind="partial",
        ),
        Q("For twenty years the biggest cheques have gone to the biggest landowners", "Tereza Holubová", "she"),
        Q("Small and young farmers have been paying for that, and we are ending it", "Tereza Holubová", "she"),
        Q(
            "the transition to more resilient practices",
            "European Commission",
            "The Commission",
            kind="partial",
            stype="organisation",
        ),
        Q("They call it reform. On my farm we call it a pay cut", "Annelies Verbeek", "she"),
        Q("Brussels has discovered that food does not grow in supermarkets", "Joost Verbeek", "he"),
        Q("It has not yet discovered who grows it", "Joost Verbeek", "he"),
        Q("been on at Brussels for years", "Annelies Verbeek", "Ms Verbeek", kind="partial"),
        Q(
            "done waiting for politicians, including the one I married",
            "Annelies Verbeek",
            "Ms Verbeek",
            kind="partial",
        ),
        Q(
            "an attack on the family farm dressed up as fairness",
            "Pierre-Antoine Lemaire",
            "Pierre-Antoine Lemaire",
            kind="partial",
        ),
        Q(
            "Eighty per cent of the money will still go to twenty per cent of the farms. That is not a reform, it is a rounding error",
            "Ilse Marquardt",
            "she",
        ),
        Q("This will be a bloodbath", "one EU diplomat", "one EU diplomat", stype="unnamed"),
    ],
)

article(
    "politics-europe",
    3,
    P(
        "Austria’s Haberl rejects calls to quit over husband’s contracts",
        "By Julia Steinbauer",
        "VIENNA — Austrian Chancellor Doris Haberl said on Sunday she would not resign over revelations that a construction company part-owned by her husband had won public contracts worth €38 million, dismissing the affair as “a campaign of insinuation” in a televised address.",
        "“I was elected to govern this country, and that is exactly what I intend to do,” Haberl said in the eight-minute address, broadcast by public broadcaster RTA. “My husband is a private citizen. He has broken no law, and nobody has even suggested that he has.”",
        "Her husband, Gernot Haberl, an engineer, holds a 15 percent stake in Alpenbau Holding, which has won three contracts to rebuild motorway bridges in Styria since his wife took office in 2023, according to an investigation published last week by the news weekly Der Blickpunkt.",
        "Gernot Haberl said through his lawyer, Wolfgang Petrak, that he had played “no role whatsoever” in the tenders and would sell his stake.",
        "The leader of the opposition Freedom and Homeland Party, Rupert Maierhofer — known to supporters and critics alike as “der Rupi” — told the Nationalrat on Monday that the chancellor had “lost all credibility.”",
        "“In any other country in Europe this would already be over. The chancellor thinks the rules are for other families,” Maierhofer said, according to an official translation.",
        "A spokeswoman for Haberl’s Austrian People’s Alliance, Katharina Zöhrer, said the party stood “united and unanimously” behind its leader.",
        "The chancellor’s junior coalition partner has been more cautious. Its leader, Vice-Chancellor Thomas Aigner of the Green Left, told RTA that he expected “full transparency, and quickly.” “We are not going to prejudge anything. But the prosecutors must be allowed to do their job,” he said.",
        "The Central Prosecutor’s Office for Corruption said in a statement that it had received several complaints and was “examining whether there is an initial suspicion” of wrongdoing.",
        "A poll for Der Blickpunkt published on Saturday found that 54 percent of respondents believed the chancellor should step aside while the matter is examined.",
        "In her address, Haberl appeared to anticipate that. “I understand that people are angry. I would be angry too,” she said. “But anger is not evidence.”",
    ),
    [
        "Julia Steinbauer",
        "Doris Haberl",
        "RTA",
        "Gernot Haberl",
        "Alpenbau Holding",
        "Der Blickpunkt",
        "Wolfgang Petrak",
        "Freedom and Homeland Party",
        "Rupert Maierhofer",
        "Nationalrat",
        "Austrian People’s Alliance",
        "Katharina Zöhrer",
        "Thomas Aigner",
        "Green Left",
        "Central Prosecutor’s Office for Corruption",
    ],
    [
        Q(
            "a campaign of insinuation",
            "Doris Haberl",
            "Austrian Chancellor Doris Haberl",
            kind="partial",
        ),
        Q(
            "I was elected to govern this country, and that is exactly what I intend to do",
            "Doris Haberl",
            "Haberl",
            anchor="Haberl said in the eight-minute",
        ),
        Q(
            "My husband is a private citizen. He has broken no law, and nobody has even suggested that he has",
            "Doris Haberl",
            "Haberl",
            anchor="Haberl said in the eight-minute",
        ),
        Q("no role whatsoever", "Gernot Haberl", "Gernot Haberl", kind="partial"),
        Q("lost all credibility", "Rupert Maierhofer", "Rupert Maierhofer", kind="partial"),
        Q(
            "In any other country in Europe this would already be over. The chancellor thinks the rules are for other families",
            "Rupert Maierhofer",
            "Maierhofer",
        ),
        Q("united and unanimously", "Katharina Zöhrer", "Katharina Zöhrer", kind="partial"),
        Q(
            "full transparency, and quickly",
            "Thomas Aigner",
            "Vice-Chancellor Thomas Aigner",
            kind="partial",
        ),
        Q(
            "We are not going to prejudge anything. But the prosecutors must be allowed to do their job",
            "Thomas Aigner",
            "he",
        ),
        Q(
            "examining whether there is an initial suspicion",
            "Central Prosecutor’s Office for Corruption",
            "The Central Prosecutor’s Office for Corruption",
            kind="partial",
            stype="organisation",
        ),
        Q("I understand that people are angry. I would be angry too", "Doris Haberl", "she"),
        Q("But anger is not evidence", "Doris Haberl", "she"),
    ],
)

article(
    "politics-europe",
    4,
    P(
        "Polish opposition founder's son breaks ranks over EU migration pact",
        "By Anna Kowalczyk-Reed in Warsaw",
        "WARSAW — The son of the founder of Poland's main opposition party has broken with his father over the European Union's migration pact, in a rare public split inside one of the country's best-known political families.",
        "Piotr Wierzbicki, an MEP for the conservative National Renewal party, told the European Parliament on Tuesday that he would vote for the pact's solidarity mechanism, defying a party line set by his father, Tomasz Wierzbicki, who founded the party in 2001 and still chairs it.",
        """"I love my father, and I love my party. But I was not elected to say no to everything that comes from Brussels," the younger Wierzbicki said in Strasbourg.""",
        '''Tomasz Wierzbicki, 74, responded within hours. "My son is an adult, and he has the right to be wrong," he told public broadcaster PRT, according to a translation by this newspaper. "At Christmas we will discuss it as a family. In the party we will also discuss it, less warmly."''',
        '''National Renewal spokeswoman Magdalena Sroka said the party's position had not changed. "The party line is set by the party congress, not by individual MEPs," she said, adding that there would be "no disciplinary consequences at this stage."''',
        """One National Renewal MEP who asked not to be named said several colleagues privately agreed with Piotr Wierzbicki. "He said out loud what half of us think," the MEP said.""",
        """The government of Prime Minister Ewa Lisowska, which backs the pact, was quick to exploit the split. "Piotr Wierzbicki showed more courage in one afternoon than his party has shown in ten years," government spokesman Adam Rutkowski told reporters.""",
        """The European Commission said in a statement that it "welcomes every vote" in favour of the pact and that member states had "a shared responsibility" to make it work.""",
        '''In an interview with the daily Gazeta Wolności published on Wednesday, the elder Wierzbicki — known to supporters simply as "Pan Tomasz" — said his son had been "seduced by the Brussels salons."''',
        """"This is not only a family drama. It is a generational argument that the whole Polish right is having," said Dr. Hanna Zielińska, a political scientist at the Vistula Institute of Public Affairs.""",
    ),
    [
        "Anna Kowalczyk-Reed",
        "European Union",
        "Piotr Wierzbicki",
        "National Renewal",
        "European Parliament",
        "Tomasz Wierzbicki",
        "PRT",
        "Magdalena Sroka",
        "Ewa Lisowska",
        "Adam Rutkowski",
        "European Commission",
        "Gazeta Wolności",
        "Hanna Zielińska",
        "Vistula Institute of Public Affairs",
    ],
    [
        Q(
            "I love my father, and I love my party. But I was not elected to say no to everything that comes from Brussels",
            "Piotr Wierzbicki",
            "Wierzbicki",
            anchor="the younger Wierzbicki said",
        ),
        Q("My son is an adult, and he has the right to be wrong", "Tomasz Wierzbicki", "he"),
        Q(
            "At Christmas we will discuss it as a family. In the party we will also discuss it, less warmly",
            "Tomasz Wierzbicki",
            "he",
        ),
        Q(
            "The party line is set by the party congress, not by individual MEPs",
            "Magdalena Sroka",
            "she",
        ),
        Q("no disciplinary consequences at this stage", "Magdalena Sroka", "she", kind="partial"),
        Q(
            "He said out loud what half of us think",
            "one National Renewal MEP who asked not to be named",
            "the MEP",
            stype="unnamed",
        ),
        Q(
            "Piotr Wierzbicki showed more courage in one afternoon than his party has shown in ten years",
            "Adam Rutkowski",
            "government spokesman Adam Rutkowski",
        ),
        Q(
            "welcomes every vote",
            "European Commission",
            "The European Commission",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "a shared responsibility",
            "European Commission",
            "The European Commission",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "seduced by the Brussels salons",
            "Tomasz Wierzbicki",
            "Wierzbicki",
            kind="partial",
            anchor="the elder Wierzbicki",
        ),
        Q(
            "This is not only a family drama. It is a generational argument that the whole Polish right is having",
            "Hanna Zielińska",
            "Dr. Hanna Zielińska",
        ),
    ],
)

article(
    "politics-europe",
    5,
    P(
        "MEP denies wrongdoing as European Parliament suspends two of his aides",
        "By Sophie Lindahl in Strasbourg",
        "STRASBOURG — The European Parliament has suspended two assistants working for the Irish MEP Declan Furlong while investigators examine claims that they were paid for work that was never carried out, the Parliament said on Thursday.",
        "In a statement, the Parliament said it had “taken precautionary measures” and that the suspensions “do not prejudge the outcome of the investigation.”",
        "Furlong, a former auctioneer known at home as “Deckie”, told reporters outside the chamber that he was “completely relaxed” about the inquiry. “I have nothing to hide, and my office will cooperate fully,” he said. “These are two hard-working young people, and I hope they are treated fairly.”",
        "The claims were first reported on Monday by the Brussels news site EuroLedger, which cited internal documents showing that the two assistants had billed for more than 1,400 hours of work during months when one of them was enrolled full-time at a university in Galway.",
        "A Parliament official familiar with the case, speaking on condition of anonymity, said the inquiry had been opened after a complaint from a former member of Furlong’s staff. “This did not come from outside. It came from inside the office,” the official said.",
        "Furlong’s wife, Bernadette Furlong, who manages his constituency office in Mullingar, defended the couple’s staff in an interview with the Midland Clarion. “Declan works seven days a week. The people making these claims have never set foot in that office,” she said.",
        "In Dublin, Orla Brannigan, who leads Furlong’s Ireland First Alliance, was more guarded. “If anything improper happened, Declan knows what will be expected of him,” she told public broadcaster IBN.",
        "The German Green MEP Franziska Lohmann, who sits on the Parliament’s budgetary control committee, said the case showed that the system of assistants’ allowances needed reform. “We have been warning about this for years,” Lohmann said, speaking in German. “The system relies on trust, and trust is not a control mechanism.”",
        "Furlong, first elected in 2014, sits with the Europe Forward group. Its co-chair, Mateus Barreiro, said the group would “await the facts” before taking any action.",
    ),
    [
        "Sophie Lindahl",
        "European Parliament",
        "Declan Furlong",
        "EuroLedger",
        "Bernadette Furlong",
        "Midland Clarion",
        "Orla Brannigan",
        "Ireland First Alliance",
        "IBN",
        "Franziska Lohmann",
        "Europe Forward",
        "Mateus Barreiro",
    ],
    [
        Q(
            "taken precautionary measures",
            "European Parliament",
            "the Parliament",
            kind="partial",
            stype="organisation",
            anchor="the Parliament said it had",
        ),
        Q(
            "do not prejudge the outcome of the investigation",
            "European Parliament",
            "the Parliament",
            kind="partial",
            stype="organisation",
            anchor="the Parliament said it had",
        ),
        Q(
            "completely relaxed",
            "Declan Furlong",
            "Furlong",
            kind="partial",
            anchor="Furlong, a former auctioneer",
        ),
        Q("I have nothing to hide, and my office will cooperate fully", "Declan Furlong", "he"),
        Q("These are two hard-working young people, and I hope they are treated fairly", "Declan Furlong", "he"),
        Q(
            "This did not come from outside. It came from inside the office",
            "a Parliament official familiar with the case",
            "the official",
            stype="unnamed",
        ),
        Q(
            "Declan works seven days a week. The people making these claims have never set foot in that office",
            "Bernadette Furlong",
            "she",
        ),
        Q("If anything improper happened, Declan knows what will be expected of him", "Orla Brannigan", "she"),
        Q("We have been warning about this for years", "Franziska Lohmann", "Lohmann"),
        Q("The system relies on trust, and trust is not a control mechanism", "Franziska Lohmann", "Lohmann"),
        Q("await the facts", "Mateus Barreiro", "Mateus Barreiro", kind="partial"),
    ],
)

article(
    "politics-europe",
    6,
    P(
        "Spain’s Salcedo wins housing vote by one as regional deputy switches sides",
        "By Marta Ibarrola in Madrid",
        "MADRID — Prime Minister Álvaro Salcedo’s flagship housing law cleared the Congress of Deputies by a single vote on Thursday after a deputy from a small regional party switched sides at the last minute, ending weeks of uncertainty over the bill.",
        "“Today Spain has decided that a home is a right and not a luxury,” Salcedo told the chamber before the vote, according to an official translation. “Nobody who works full-time in this country should have to spend half of their salary on rent.”",
        "The law caps annual rent increases at 3 percent in areas the government designates as “stressed” housing markets and gives tenants in those areas the right to extend their contracts by up to three years.",
        "The decisive vote came from Inés Albacete of the Canarian Regional Union, who had said on Monday that she would abstain. Asked by reporters why she had changed her mind, she said the government had agreed to extend the law’s protections to the islands’ tourist areas. “I gave my word to my voters, not to the government,” she said.",
        "Opposition leader Ramón Echevarría of the conservative Popular Alliance, nicknamed “el Notario” for his love of procedure, accused the government of “buying a vote with other people’s money.”",
        "“This law will reduce the supply of rental homes, and the people it claims to protect will pay the price,” Echevarría told public broadcaster RPE on Friday morning.",
        "A spokesman for the Popular Alliance, Jorge Lastra, said the party would challenge the law “in every court available,” including the Constitutional Court.",
        "Propietarios Unidos, the country’s largest landlords’ association, said in a statement that the law was “an invitation to leave properties empty.”",
        "Tenants’ groups were jubilant. “For the first time in fifteen years, a government has chosen the people who pay rent over the people who collect it,” said Nerea Goikoetxea, a spokeswoman for the Madrid Tenants’ Union.",
        "A senior government source said Salcedo had telephoned Albacete twice on Wednesday night. “He did not promise her anything that is not now in the law,” the source said.",
        "The law is expected to take effect in January, once it is published in the official gazette.",
    ),
    [
        "Marta Ibarrola",
        "Álvaro Salcedo",
        "Congress of Deputies",
        "Inés Albacete",
        "Canarian Regional Union",
        "Ramón Echevarría",
        "Popular Alliance",
        "RPE",
        "Jorge Lastra",
        "Constitutional Court",
        "Propietarios Unidos",
        "Nerea Goikoetxea",
        "Madrid Tenants’ Union",
    ],
    [
        Q("Today Spain has decided that a home is a right and not a luxury", "Álvaro Salcedo", "Salcedo"),
        Q(
            "Nobody who works full-time in this country should have to spend half of their salary on rent",
            "Álvaro Salcedo",
            "Salcedo",
        ),
        Q("I gave my word to my voters, not to the government", "Inés Albacete", "she"),
        Q(
            "buying a vote with other people’s money",
            "Ramón Echevarría",
            "Opposition leader Ramón Echevarría",
            kind="partial",
        ),
        Q(
            "This law will reduce the supply of rental homes, and the people it claims to protect will pay the price",
            "Ramón Echevarría",
            "Echevarría",
        ),
        Q("in every court available", "Jorge Lastra", "Jorge Lastra", kind="partial"),
        Q(
            "an invitation to leave properties empty",
            "Propietarios Unidos",
            "Propietarios Unidos",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "For the first time in fifteen years, a government has chosen the people who pay rent over the people who collect it",
            "Nerea Goikoetxea",
            "Nerea Goikoetxea",
        ),
        Q(
            "He did not promise her anything that is not now in the law",
            "a senior government source",
            "the source",
            stype="unnamed",
        ),
    ],
)

# ---------------------------------------------------------------------------
# LIVE BLOG
# ---------------------------------------------------------------------------

article(
    "live-blog",
    1,
    P(
        "Storm Edda live: 90mph gusts batter north-west as thousands lose power",
        "By Amy Kinsella (now) and Rob Thewlis (earlier)",
        "06:58\nGood morning\nWelcome to our rolling coverage of Storm Edda, which the National Weather Centre has described as “the most significant storm of the winter so far”. Amber wind warnings are in force across north-west England and southern Scotland until 9pm. I’m Rob Thewlis and I’ll be with you until lunchtime.",
        "07:41\nPower cuts spreading\nNorthgrid Electricity says about 38,000 homes are without power across Lancashire and Cumbria. In a post on social media, the company said: “Our engineers are out, but conditions are dangerous. Please don’t approach fallen lines – call 105.”",
        "08:15\nMinister urges drivers to ‘stay off the roads’\nTransport Minister Kezia Roberts: “If your journey isn’t essential, please stay off the roads. They are treacherous, and the rail network is badly disrupted.”\nRoberts was speaking to Radio North a few minutes ago.",
        "08:52\nRoberts defends warnings\nRoberts was also asked on Radio North whether the government had been slow to warn people. She rejected that: “The warnings went out on Thursday. People have had three days to prepare.”",
        "09:30\nLorry overturns near Shap\nNorth Fells Police say a lorry has overturned on the M6 near junction 38, injuring the driver. Ch Insp Mark Havelock said: “Please, please do not attempt to drive over Shap today unless you absolutely have to.”",
        "10:05\nReaders’ pictures\nThanks to everyone sending in photos. Pauline, who has lived on the seafront at Morecambe for four decades, sent this one of waves breaking over the promenade. “Never seen anything like it in forty years,” she writes.",
        "10:47\nSevere flood warnings\nThe Northern Rivers Agency now has 14 severe flood warnings in place, mostly in Cumbria. A Northern Rivers Agency spokesperson told reporters: “Severe means danger to life. We don’t use the word lightly.”",
        "11:20\nOpposition demands emergency meeting\nShadow transport secretary Liam Coyle has posted on social media: “Thousands without power, trains cancelled, and the transport minister is doing the radio rounds. Where is the Prime Minister?”",
        "11:58\nRoberts hits back\nRoberts has responded to Coyle on social media: “I’d rather be on the radio telling people how to stay safe than online scoring points.”",
        "12:30\nHanding over\nThat’s it from me for this morning. Amy Kinsella will take you through the afternoon, when the strongest gusts are expected to move east across the Pennines.",
    ),
    [
        "Amy Kinsella",
        "Rob Thewlis",
        "National Weather Centre",
        "Northgrid Electricity",
        "Kezia Roberts",
        "Radio North",
        "North Fells Police",
        "Mark Havelock",
        "Pauline",
        "Northern Rivers Agency",
        "Liam Coyle",
    ],
    [
        Q(
            "the most significant storm of the winter so far",
            "National Weather Centre",
            "the National Weather Centre",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Our engineers are out, but conditions are dangerous. Please don’t approach fallen lines – call 105",
            "Northgrid Electricity",
            "the company",
            stype="organisation",
        ),
        Q("stay off the roads", "Kezia Roberts", "Minister", kind="partial", occ=0, how="before"),
        Q(
            "If your journey isn’t essential, please stay off the roads. They are treacherous, and the rail network is badly disrupted",
            "Kezia Roberts",
            "Transport Minister Kezia Roberts",
        ),
        Q("The warnings went out on Thursday. People have had three days to prepare", "Kezia Roberts", "She"),
        Q(
            "Please, please do not attempt to drive over Shap today unless you absolutely have to",
            "Mark Havelock",
            "Ch Insp Mark Havelock",
        ),
        Q("Never seen anything like it in forty years", "Pauline", "she"),
        Q(
            "Severe means danger to life. We don’t use the word lightly",
            "a Northern Rivers Agency spokesperson",
            "A Northern Rivers Agency spokesperson",
            stype="unnamed",
        ),
        Q(
            "Thousands without power, trains cancelled, and the transport minister is doing the radio rounds. Where is the Prime Minister",
            "Liam Coyle",
            "Shadow transport secretary Liam Coyle",
        ),
        Q(
            "I’d rather be on the radio telling people how to stay safe than online scoring points",
            "Kezia Roberts",
            "Roberts",
            anchor="Roberts has responded",
        ),
    ],
)

article(
    "live-blog",
    2,
    P(
        "Budget 2026 live: Hollis freezes fuel duty and cuts national insurance by 2p",
        "By Priya Natarajan (now), Sam Ogunleye and Ellen Roache (earlier)",
        "16:48\nThink tank boss: chancellor has ‘papered over’ black hole\nPaul Jaswal, director of the Institute for Budget Research, has published his first verdict. “The chancellor has papered over a black hole rather than filled it. The bill arrives in 2028, and it will not be any smaller,” he writes.",
        "16:20\nHollis: ‘I have not touched a single tax on working people’\nThe chancellor has been doing the broadcast round. Asked on Meridian News whether the fuel duty freeze was affordable, Hollis said: “Every penny is accounted for. I have been clear from day one that I will not borrow to cut taxes.”",
        "15:52\nArkwright: ‘read the small print’\nArkwright has also taken to social media, where she posted: “A 2p cut paid for by a stealth raid on pensions. Read the small print.”",
        "15:30\nSmall firms welcome freeze\nThe Federation of Independent Traders said the fuel duty freeze was “a lifeline for the van-driving economy”. Its chair, Martin Ebbs, told reporters: “Our members will be relieved tonight, but relief isn’t growth.”",
        "14:58\nOpposition response\nResponding to the statement in the Commons, the shadow chancellor, Gwen Arkwright, told MPs: “This is a budget written for the headlines, not for the household.”",
        "14:31\nHollis sits down\nThe chancellor has finished speaking after 57 minutes. Her final line: “We have chosen the harder road, because it is the one that leads somewhere.”",
        "13:34\nHollis on her feet\nChancellor Rebecca Hollis has begun her statement with a defence of her record: “Two years ago this country was told it could not have stability and growth at the same time. Today I will show that it can.”",
        "12:50\nA Treasury source tells us to expect “no rabbits, but one very large carrot”. The statement is due to begin at 13:30, after Treasury questions in the chamber.",
        "11:15\nGood morning\nWelcome to our live coverage of Budget day. I’m Sam Ogunleye, and I’ll be with you until the chancellor sits down, when Priya Natarajan takes over. Our economics editor, Ellen Roache, will have analysis throughout.",
    ),
    [
        "Priya Natarajan",
        "Sam Ogunleye",
        "Ellen Roache",
        "Paul Jaswal",
        "Institute for Budget Research",
        "Rebecca Hollis",
        "Meridian News",
        "Gwen Arkwright",
        "Federation of Independent Traders",
        "Martin Ebbs",
        "Commons",
        "Treasury",
    ],
    [
        Q("papered over", "Paul Jaswal", "Think tank boss", kind="partial", occ=0, how="before"),
        Q(
            "The chancellor has papered over a black hole rather than filled it. The bill arrives in 2028, and it will not be any smaller",
            "Paul Jaswal",
            "he",
        ),
        Q("I have not touched a single tax on working people", "Rebecca Hollis", "Hollis", how="before"),
        Q(
            "Every penny is accounted for. I have been clear from day one that I will not borrow to cut taxes",
            "Rebecca Hollis",
            "Hollis",
        ),
        Q("read the small print", "Gwen Arkwright", "Arkwright", kind="partial", how="before"),
        Q("A 2p cut paid for by a stealth raid on pensions. Read the small print", "Gwen Arkwright", "she"),
        Q(
            "a lifeline for the van-driving economy",
            "Federation of Independent Traders",
            "The Federation of Independent Traders",
            kind="partial",
            stype="organisation",
        ),
        Q("Our members will be relieved tonight, but relief isn’t growth", "Martin Ebbs", "Martin Ebbs"),
        Q("This is a budget written for the headlines, not for the household", "Gwen Arkwright", "Gwen Arkwright"),
        Q("We have chosen the harder road, because it is the one that leads somewhere", "Rebecca Hollis", "Her"),
        Q(
            "Two years ago this country was told it could not have stability and growth at the same time. Today I will show that it can",
            "Rebecca Hollis",
            "Chancellor Rebecca Hollis",
        ),
        Q(
            "no rabbits, but one very large carrot",
            "a Treasury source",
            "A Treasury source",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "live-blog",
    3,
    P(
        "Live: Card payments down across the country as PayCore outage enters sixth hour",
        "Rolling coverage by Helen Marr and Josh Adeyemi",
        "09:12 - Shops report card readers failing\nRetailers across the country say card payments are failing at the till. The problem appears to lie with PayCore, which processes payments for about half of Britain's shops.",
        '''09:40 - PayCore: 'We are aware'\nPayCore has posted on its status page: "We are aware of an issue affecting card authorisations and are working urgently to restore service."''',
        '''10:05 - Queues at supermarkets\nA reader, Dev, in Leeds writes: "Queue at the big Fairmart on Kirkstall Road is out the door. Cash only, and nobody has cash."''',
        '''10:31 - Minister speaks\nTreasury minister Anika Bose: "I have spoken to PayCore's chief executive this morning. As far as we know this is not a cyber attack, but we will want a full account of what went wrong."''',
        """10:58 - Outage caused by software update\nPayCore chief executive Graham Lusk has now spoken to reporters outside the company's offices in Reading. "I want to be absolutely clear: there is no evidence of a cyber attack. This was a fault in a software update we made overnight," he said.""",
        """11:20 - Banks promise refunds\nThe Banking Association said in a statement that customers would not be left out of pocket. "Anyone who has been charged twice will be refunded automatically," the association said.""",
        '''11:45 - Bose: 'Unacceptable'\nBose has gone further in a post on social media: "Millions of people have been unable to buy food or fuel this morning. That is unacceptable, and PayCore will be asked to explain itself to Parliament."''',
        '''12:10 - Service returning\nPayCore says 80% of transactions are now going through. Lusk said: "We are not out of the woods yet, and I apologise to every customer who has been left stranded today."''',
        '''12:35 - Small businesses count the cost\nSadia Rahman, who runs a cafe in Bristol, told us she had lost her busiest morning of the week. "We had to turn people away. On a Saturday. I've lost maybe £600," she said. Her husband, Imran Rahman, added: "We've had a sign on the door since nine saying cash only. People just walk off."''',
        """13:02 - What we know so far\nPayCore says a faulty software update caused the outage. Service is returning, but some customers may see duplicate charges, which the Banking Association says will be refunded.""",
    ),
    [
        "Helen Marr",
        "Josh Adeyemi",
        "PayCore",
        "Fairmart",
        "Dev",
        "Treasury",
        "Anika Bose",
        "Graham Lusk",
        "Banking Association",
        "Parliament",
        "Sadia Rahman",
        "Imran Rahman",
    ],
    [
        Q("We are aware", "PayCore", "PayCore", occ=0, how="before", stype="organisation"),
        Q(
            "We are aware of an issue affecting card authorisations and are working urgently to restore service",
            "PayCore",
            "PayCore",
            stype="organisation",
            anchor="PayCore has posted",
        ),
        Q(
            "Queue at the big Fairmart on Kirkstall Road is out the door. Cash only, and nobody has cash",
            "Dev",
            "Dev",
        ),
        Q(
            "I have spoken to PayCore's chief executive this morning. As far as we know this is not a cyber attack, but we will want a full account of what went wrong",
            "Anika Bose",
            "Treasury minister Anika Bose",
        ),
        Q(
            "I want to be absolutely clear: there is no evidence of a cyber attack. This was a fault in a software update we made overnight",
            "Graham Lusk",
            "he",
        ),
        Q(
            "Anyone who has been charged twice will be refunded automatically",
            "Banking Association",
            "the association",
            stype="organisation",
        ),
        Q("Unacceptable", "Anika Bose", "Bose", kind="partial", how="before"),
        Q(
            "Millions of people have been unable to buy food or fuel this morning. That is unacceptable, and PayCore will be asked to explain itself to Parliament",
            "Anika Bose",
            "Bose",
            anchor="Bose has gone",
        ),
        Q(
            "We are not out of the woods yet, and I apologise to every customer who has been left stranded today",
            "Graham Lusk",
            "Lusk",
        ),
        Q("We had to turn people away. On a Saturday. I've lost maybe £600", "Sadia Rahman", "she"),
        Q(
            "We've had a sign on the door since nine saying cash only. People just walk off",
            "Imran Rahman",
            "Imran Rahman",
        ),
    ],
)

article(
    "live-blog",
    4,
    P(
        "Live updates: Cedar Hollow fire forces 9,000 to evacuate as winds pick up",
        "By Sierra Ledger staff | Last updated 7:45 p.m.",
        "7:42 p.m.\nGovernor declares emergency\nGov. Marisa Quintero declared a state of emergency for Alder County on Tuesday evening, freeing up state money for firefighting and shelters. “To everyone in the evacuation zones: your home can be rebuilt, you cannot. Please leave now,” Quintero wrote on social media. In a second post she added: “The state will be with you for as long as this takes.”",
        "6:55 p.m.\nFire now 14,200 acres, 0% contained\nBattalion Chief Ray Delgado of the State Fire Authority told reporters that the fire had jumped Highway 9 shortly before 6 p.m. “We had a line on it and the wind just took it over. It was throwing embers a quarter mile ahead of itself,” Delgado said.",
        "6:10 p.m.\nEvacuees describe a frantic escape\nAt the evacuation center at Alder Valley High School, Tanya Brooks, 37, said she left her home in Pine Flat with about ten minutes’ warning. “We just grabbed the dog and the kids’ backpacks,” she said. “I didn’t even shut the front door.”\nHer neighbor, Walt Kimura, 71, stayed behind to hose down his roof until deputies ordered him out. “I’ve been through three of these. This one’s different,” he said.",
        "5:30 p.m.\nSheriff: some residents refusing to leave\nAlder County Sheriff Dale Whitford said deputies had gone door to door in Pine Flat and that some residents had refused to leave. “If you stay, we may not be able to come back for you,” he said. “I can’t say it any plainer than that.”",
        "4:48 p.m.\nUtility shuts off power\nGolden Range Electric said it had cut power to about 22,000 customers as a precaution. The company said in a statement that it would restore service “only when it is safe to do so.” Asked whether its equipment could have started the fire, a utility spokesperson said it was “too early to speculate.”",
        "4:05 p.m.\nWhat we know\nThe fire was reported at about 1:30 p.m. near Cedar Hollow Road, east of Pine Flat. The cause is under investigation. Evacuation orders cover Pine Flat, Cedar Hollow and parts of Alder Springs, and an evacuation warning is in place for the north side of Alder Springs.",
        "3:20 p.m.\nDelgado at an earlier briefing: “Conditions are about as bad as they get. Low humidity, high winds, and fuel that hasn’t burned in sixty years.”",
    ),
    [
        "Sierra Ledger",
        "Marisa Quintero",
        "Ray Delgado",
        "State Fire Authority",
        "Alder Valley High School",
        "Tanya Brooks",
        "Walt Kimura",
        "Dale Whitford",
        "Golden Range Electric",
    ],
    [
        Q(
            "To everyone in the evacuation zones: your home can be rebuilt, you cannot. Please leave now",
            "Marisa Quintero",
            "Quintero",
        ),
        Q("The state will be with you for as long as this takes", "Marisa Quintero", "she"),
        Q(
            "We had a line on it and the wind just took it over. It was throwing embers a quarter mile ahead of itself",
            "Ray Delgado",
            "Delgado",
        ),
        Q("We just grabbed the dog and the kids’ backpacks", "Tanya Brooks", "she"),
        Q("I didn’t even shut the front door", "Tanya Brooks", "she"),
        Q("I’ve been through three of these. This one’s different", "Walt Kimura", "he"),
        Q("If you stay, we may not be able to come back for you", "Dale Whitford", "he"),
        Q("I can’t say it any plainer than that", "Dale Whitford", "he"),
        Q(
            "only when it is safe to do so",
            "Golden Range Electric",
            "The company",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "too early to speculate",
            "a utility spokesperson",
            "a utility spokesperson",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Conditions are about as bad as they get. Low humidity, high winds, and fuel that hasn’t burned in sixty years",
            "Ray Delgado",
            "Delgado",
        ),
    ],
)

article(
    "live-blog",
    5,
    P(
        "Harland Bank trial verdict live: former chief executive Simon Castell found guilty of fraud",
        "By Noor Hamdan at Kingsgate Crown Court",
        "10:02\nWe’re at Kingsgate Crown Court, where the jury in the trial of Simon Castell, the former chief executive of Harland Bank, is into its fourth day of deliberations. Castell, 61, denies three counts of fraud by false representation relating to the bank’s collapse in 2022.",
        "11:47\nVerdicts expected\nThe jury has sent a note to Judge Miriam Tennant saying it has reached verdicts on all three counts. Castell has returned to the dock.",
        "11:58\nGuilty on all counts\nCastell stood with his hands clasped as the forewoman delivered the verdicts. He showed no reaction. His wife, Fiona Castell, who has attended every day of the trial, put her head in her hands.",
        "12:06\nJudge Tennant: “Mr Castell, you will be sentenced on 14 March. I am granting you bail until then, but you should be under no illusion about the likely outcome.”",
        "12:20\nDefence to appeal\nCastell’s barrister, Hugo Lattimer KC, told reporters outside court that his client would appeal. “Mr Castell maintains that he acted honestly throughout, and we will be taking this verdict to the Court of Appeal,” he said.",
        "12:24\nCastell himself did not stop to speak to reporters as he left the building, except to say: “I’ll be appealing. That’s all.”",
        "12:31\nProsecutors welcome verdict\nThe Financial Prosecutions Office, which brought the case, said in a statement: “This verdict shows that nobody is too senior to be held to account for dishonesty.”",
        "12:45\nFiona Castell speaks\nFiona Castell read a short statement on the court steps. “We are devastated. Simon is a good man and a devoted father, and we will stand by him,” she said.",
        "13:10\nInvestors react\nThe Harland Shareholders’ Action Group, which represents about 4,000 small investors who lost money when the bank collapsed, posted on social media: “Justice delayed, but not denied. Now we want our money back.” Its chair, Derek Osei, told reporters: “Some of our members did not live to see this day.”",
        "13:32\nOsei says the group will now pursue a civil claim against Castell and two former directors. “This isn’t the end. It’s the end of the beginning,” he said.",
        "14:05\nMinister reacts\nCity minister Lord Wexcombe said on social media: “The collapse of Harland Bank caused real hardship to thousands of families. Today’s verdict will be of some comfort to them.”",
    ),
    [
        "Noor Hamdan",
        "Kingsgate Crown Court",
        "Harland Bank",
        "Simon Castell",
        "Miriam Tennant",
        "Fiona Castell",
        "Hugo Lattimer",
        "Court of Appeal",
        "Financial Prosecutions Office",
        "Harland Shareholders’ Action Group",
        "Derek Osei",
        "Lord Wexcombe",
    ],
    [
        Q(
            "Mr Castell, you will be sentenced on 14 March. I am granting you bail until then, but you should be under no illusion about the likely outcome",
            "Miriam Tennant",
            "Judge Tennant",
        ),
        Q(
            "Mr Castell maintains that he acted honestly throughout, and we will be taking this verdict to the Court of Appeal",
            "Hugo Lattimer",
            "he",
        ),
        Q("I’ll be appealing. That’s all", "Simon Castell", "Castell", anchor="Castell himself"),
        Q(
            "This verdict shows that nobody is too senior to be held to account for dishonesty",
            "Financial Prosecutions Office",
            "The Financial Prosecutions Office",
            stype="organisation",
        ),
        Q(
            "We are devastated. Simon is a good man and a devoted father, and we will stand by him",
            "Fiona Castell",
            "she",
        ),
        Q(
            "Justice delayed, but not denied. Now we want our money back",
            "Harland Shareholders’ Action Group",
            "The Harland Shareholders’ Action Group",
            stype="organisation",
        ),
        Q("Some of our members did not live to see this day", "Derek Osei", "Derek Osei"),
        Q("This isn’t the end. It’s the end of the beginning", "Derek Osei", "he"),
        Q(
            "The collapse of Harland Bank caused real hardship to thousands of families. Today’s verdict will be of some comfort to them",
            "Lord Wexcombe",
            "City minister Lord Wexcombe",
        ),
    ],
)

article(
    "live-blog",
    6,
    P(
        "Harborview mayoral election live: Okonkwo wins, Walsh concedes",
        "By the Harborview Herald politics team",
        "12:14 a.m.\nWalsh concedes\nTerrence Walsh Jr. conceded in a short speech to supporters in the ballroom of the Marlin Hotel. “The voters have spoken, and I respect what they said,” Walsh said. “I called Councilmember Okonkwo a few minutes ago to congratulate her, and I wished her well. This city needs her to succeed.”",
        "11:52 p.m.\nOkonkwo: ‘This city chose hope’\nMayor-elect Chinyere Okonkwo took the stage at her election-night party downtown just before midnight. “Tonight Harborview chose hope over fear, and neighbors over slogans,” she said.\nShe thanked her mother, Grace Okonkwo, who was in the front row. “My mother cleaned offices downtown for thirty years. In January her daughter gets one of them,” Okonkwo said, to loud cheers.",
        "11:30 p.m.\nHerald calls the race\nWith 88% of the expected vote counted, the Harborview Herald is calling the race for Okonkwo, who leads Walsh by 54% to 46%.",
        "11:05 p.m.\nWalsh Sr. weighs in\nFormer mayor Terrence Walsh Sr., the candidate’s father, posted on social media: “Proud of my son no matter what tonight brings. He ran a clean race.”",
        "10:40 p.m.\nTurnout\nCity Clerk Denise Harlow told reporters that turnout looked set to be “the highest for a mayoral race since 1989.”",
        "10:12 p.m.\nWalsh camp expects long night\nWalsh campaign spokesman Ross Tierney told reporters at the Marlin: “We always knew the east side would come in late. It’s going to be a long night.”",
        "9:45 p.m.\nVoices from the polls\nAt a polling place in a church hall on Delancey Street, a retired teacher who gave only her first name, Lorraine, said she had voted for Okonkwo. “I’ve voted for a Walsh every time since 1994. Not this time,” she said.\nA man leaving the same polling place who declined to give his name said he had voted for Walsh Jr. “His dad fixed the potholes. I figure it runs in the family,” he said.",
        "9:00 p.m.\nPolls close\nPolls have closed across Harborview. Follow along here for results and reaction through the night.",
    ),
    [
        "Harborview Herald",
        "Terrence Walsh Jr.",
        "Marlin Hotel",
        "Chinyere Okonkwo",
        "Grace Okonkwo",
        "Terrence Walsh Sr.",
        "Denise Harlow",
        "Ross Tierney",
        "Lorraine",
    ],
    [
        Q("The voters have spoken, and I respect what they said", "Terrence Walsh Jr.", "Walsh"),
        Q(
            "I called Councilmember Okonkwo a few minutes ago to congratulate her, and I wished her well. This city needs her to succeed",
            "Terrence Walsh Jr.",
            "Walsh",
        ),
        Q("This city chose hope", "Chinyere Okonkwo", "Okonkwo", how="before"),
        Q("Tonight Harborview chose hope over fear, and neighbors over slogans", "Chinyere Okonkwo", "she"),
        Q(
            "My mother cleaned offices downtown for thirty years. In January her daughter gets one of them",
            "Chinyere Okonkwo",
            "Okonkwo",
        ),
        Q(
            "Proud of my son no matter what tonight brings. He ran a clean race",
            "Terrence Walsh Sr.",
            "Former mayor Terrence Walsh Sr.",
        ),
        Q(
            "the highest for a mayoral race since 1989",
            "Denise Harlow",
            "City Clerk Denise Harlow",
            kind="partial",
        ),
        Q(
            "We always knew the east side would come in late. It’s going to be a long night",
            "Ross Tierney",
            "Walsh campaign spokesman Ross Tierney",
        ),
        Q("I’ve voted for a Walsh every time since 1994. Not this time", "Lorraine", "she"),
        Q(
            "His dad fixed the potholes. I figure it runs in the family",
            "a man leaving the same polling place who declined to give his name",
            "he",
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
