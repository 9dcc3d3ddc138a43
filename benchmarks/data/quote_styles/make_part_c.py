#!/usr/bin/env python3
"""Source of truth for part_c.jsonl -- hand-written quote-attribution gold set.

All articles below are invented (people, outlets, towns, companies).  Each
article is held as plain text; every gold quote and every speaker mention is
located by exact substring search and the character offsets are computed
here, then checked (text[start:end] == quote text, quote-mark sanity, counts,
word counts) before part_c.jsonl is written.

Part C adds four house styles not covered by parts A/B: sports, business,
south-asian and health (6 articles each; n<=4 dev, n 5-6 held-out).  The
articles are longer than part A's (350-750 words, 6-12 gold quotes each).

Run:  python3 make_part_c.py          (writes part_c.jsonl next to this file)
      python3 make_part_c.py --review (also prints every quote with its
                                       attribution context for proofreading)

Labelling conventions: those of make_part_a.py's docstring (not repeated here).

Part C readings of the conventions above (same rules, applied to the new
styles):
* honorifics and titles are dropped from the speaker like "Sir"/"Dame":
  Shri, Smt., Thiru, Begum (when it precedes the name), Haji, Dr, Justice,
  Prince ("Prince Tariq al-Hazimi" -> "Tariq al-Hazimi").  Name parts that
  are conventionally part of the name are kept: Md., Syed, Rana, a trailing
  "Begum" used as a surname ("Ruksana Begum"), South Indian initials
  ("S. Aruna Devi", "M. Kathiresan"), Korean family-name-first order
  ("Park Min-jae").  Peers known only by title keep it ("Lord Hensleigh",
  "Lord Wraxall", "Lord Ashgrove").
* long official designations glued before a name are part of the mention,
  like "Northwind Chief Financial Officer Sandra Whitlock-Yates" in part A:
  "Additional Solicitor General Shri Vikram Aditya Khurana",
  "Divisional Railway Manager (Mumbai Division) Shri Anil Kumar Saxena",
  "State Minister for Labour and Employment Begum Farida Yasmin Talukder".
* patients quoted under a first name only or a pseudonym: the speaker is
  that name ("Denise", "Jess", "Kieran", "Gerald", "Keandra", "Andre"),
  speaker_type person, and it is listed in entities.  A pseudonym,
  nickname, brand, chant or study title printed in quote marks is not a
  gold quote.
* "analysts at X wrote in a note" with no analyst named: unnamed speaker
  "analysts at X"; a firm/company/agency that is itself the subject of
  "said in a filing/statement/note" is an organisation.  A court or
  commission that is the grammatical speaker ("The Delhi High Court ...
  observing that", "the commission said in its report") is an
  organisation.
* headline fragments attributed in the headline: a bare phrase ("choppy",
  "No threat to commuters") is partial; a clause ("We were bullied",
  "It was time") is direct, as "We will not be rushed" in part A.
* alternating press-conference dialogue in narrative form: the reporter is
  unnamed ("one reporter", as first introduced); unattributed turns follow
  the part A rule (previous turn of the same speaker).
* "the Centre" (Indian Union government) is treated like "the Government":
  a generic reference, not an entity; short forms / abbreviations of a
  listed entity (HC, KMC, IMD, NDRF, Fed, Saints) are not listed again.
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_c.jsonl")

from gold import P, Q, build, collector, summarise, write  # noqa: E402


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# SPORTS
# ---------------------------------------------------------------------------

article(
    "sports",
    1,
    P(
        "Okoro double sends Harbourside City top as Whitlow fumes over penalty",
        "By Megan Castellano",
        "HARBOURSIDE — Two goals in four second-half minutes from Chidinma Okoro lifted Harbourside City to the top of the table on Sunday, but the afternoon ended in acrimony after Eastmoor Rovers manager Graham Whitlow accused the officials of “making it up as they went along”.",
        "Rovers had led through a 23rd-minute header from Annika Sorensen and looked comfortable until the 58th minute, when referee Paul Dithers awarded City a penalty for a challenge by the defender Jodie McKeown that replays suggested began outside the area.",
        "Okoro sent the goalkeeper the wrong way from the spot and then curled a second into the top corner four minutes later after City won the ball high up the pitch, a goal that summed up the “press and pounce” approach the club’s supporters have come to love. It was her 14th league goal of the season and puts her three clear at the top of the scoring charts.",
        "“I’ve never felt so calm over a penalty,” Okoro said. “The noise was mad, but in my head it was just me and the ball.”",
        "City manager Sarah Ashdown-Pike, whose side have won nine of their 11 matches, praised her striker’s temperament. “Chidi wants the ball when it matters. You can’t coach that,” she said. “You can coach a lot of things, but not that.”",
        "Whitlow was less charitable. Asked about the penalty at his post-match press conference, the Rovers manager said: “It’s a foul outside the box, everyone in the ground saw it, and somehow the one person who matters didn’t.”",
        "“I’m not going to get fined for saying what I think,” he added, “but I’d like someone to explain it to me.”",
        "McKeown, who was booked for the challenge and spent the final half hour being jeered by the home crowd, said afterwards that she had been “nowhere near the box” when she made contact.",
        "The Professional Match Officials Board, which oversees referees in the women’s game, said in a statement on Sunday evening that the decision would be reviewed “as a matter of routine” and that it had full confidence in Dithers, who was taking charge of only his third top-flight match.",
        "Eastmoor Rovers later issued a statement of its own saying the club was “disappointed by the standard of officiating in recent weeks” and would be writing to the league to seek clarification on how penalty decisions are checked.",
        "The defeat leaves Rovers fifth, six points behind City, who have now gone 14 matches unbeaten at home. Sorensen, who has scored in four consecutive games, was one of the few visiting players to emerge with credit, and she was substituted to warm applause from both sets of supporters.",
        "City travel to Kingsmere Athletic on Wednesday. Ashdown-Pike, asked whether the title was now City’s to lose, smiled: “Ask me in May.”",
        "Chidinma Okoro celebrates her second goal at Harbour Road. (Photo: Darren Holloway/Northgate Sports Images)",
    ),
    [
        "Megan Castellano",
        "Chidinma Okoro",
        "Harbourside City",
        "Eastmoor Rovers",
        "Graham Whitlow",
        "Annika Sorensen",
        "Paul Dithers",
        "Jodie McKeown",
        "Sarah Ashdown-Pike",
        "Professional Match Officials Board",
        "Kingsmere Athletic",
        "Darren Holloway",
        "Northgate Sports Images",
    ],
    [
        Q(
            "making it up as they went along",
            "Graham Whitlow",
            "Eastmoor Rovers manager Graham Whitlow",
            kind="partial",
        ),
        Q("I’ve never felt so calm over a penalty", "Chidinma Okoro", "Okoro"),
        Q("The noise was mad, but in my head it was just me and the ball", "Chidinma Okoro", "Okoro"),
        Q("Chidi wants the ball when it matters. You can’t coach that", "Sarah Ashdown-Pike", "she"),
        Q("You can coach a lot of things, but not that", "Sarah Ashdown-Pike", "she"),
        Q(
            "It’s a foul outside the box, everyone in the ground saw it, and somehow the one person who matters didn’t",
            "Graham Whitlow",
            "the Rovers manager",
        ),
        Q("I’m not going to get fined for saying what I think", "Graham Whitlow", "he"),
        Q("but I’d like someone to explain it to me", "Graham Whitlow", "he"),
        Q("nowhere near the box", "Jodie McKeown", "McKeown", kind="partial"),
        Q(
            "as a matter of routine",
            "Professional Match Officials Board",
            "The Professional Match Officials Board",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "disappointed by the standard of officiating in recent weeks",
            "Eastmoor Rovers",
            "Eastmoor Rovers",
            kind="partial",
            stype="organisation",
        ),
        Q("Ask me in May", "Sarah Ashdown-Pike", "Ashdown-Pike"),
    ],
)

article(
    "sports",
    2,
    P(
        "‘We were bullied’: Carrow coach Hendry admits Saints were simply stronger",
        "By Rhodri Pugh at Abbeymead",
        "Alasdair Hendry did not reach for excuses. Sitting down for his post-match press conference after Carrow Harlequins’ 38-10 defeat by St Oswin’s Saints, the head coach folded his arms and delivered a verdict as blunt as the scoreline. ‘We were bullied, and we deserved to be. Every collision, every breakdown, they wanted it more,’ he said.",
        "Saints, who had lost three of their previous four matches and arrived under pressure, scored five tries. Two of them came from the hooker Tomasz Wieczorek, whose pack – nicknamed ‘the Quarry’ by supporters on the Abbeymead terraces – dominated from the first scrum to the last.",
        "‘The boys were hurting after last week,’ said Wieczorek, who was named player of the match. ‘Nobody had to say anything in the dressing room. We just looked at each other.’",
        "Saints’ director of rugby, Fiona Gallacher, the first woman to hold the role at a top-flight men’s club, said her side had ‘rediscovered who we are’. ‘We’d drifted into trying to play like everyone else,’ she said. ‘Today we played like Saints.’",
        "The one blot on Saints’ afternoon was a red card for the lock Jamie Ferrier-Blake, sent off in the 61st minute for a high tackle on Carrow’s fly-half, Lewis Tranter. Gallacher said she would ‘look at it properly’ before deciding whether to contest the sanction, but conceded that the contact had been ‘clumsy at best’.",
        "Tranter, who failed a head injury assessment and did not return, was in good spirits in the dressing room, according to Hendry, who said the fly-half would follow the game’s return-to-play protocols and was unlikely to be available next week.",
        "The Rugby Union Disciplinary Panel, the sport’s independent judicial body, confirmed on Saturday evening that Ferrier-Blake had been cited and would appear before a hearing on Tuesday. ‘The player has the right to accept or contest the charge, and the panel will consider all the available footage,’ the panel said.",
        "Saints were watched from the directors’ box by Lord Ashgrove, the club chairman and a former Treasury minister who bought the club out of administration in 2019. ‘That is the Saints I fell in love with as a boy, standing on an upturned crate behind the posts,’ he told reporters afterwards.",
        "For Carrow, who slip to sixth, the task is simpler and harder at once. They host the leaders next Saturday, and Hendry admitted his squad had a great deal to prove to a travelling support that had booed them off at half-time.",
        "‘We’ve got a week to find some pride, and if we don’t, I’ll be the first to hold my hand up,’ he said.",
        "Jamie Ferrier-Blake leaves the field after his red card. Photograph: Owain Price-Jenkins",
    ),
    [
        "Alasdair Hendry",
        "Rhodri Pugh",
        "Carrow Harlequins",
        "St Oswin’s Saints",
        "Tomasz Wieczorek",
        "Fiona Gallacher",
        "Jamie Ferrier-Blake",
        "Lewis Tranter",
        "Rugby Union Disciplinary Panel",
        "Lord Ashgrove",
        "Treasury",
        "Owain Price-Jenkins",
    ],
    [
        Q("We were bullied", "Alasdair Hendry", "Carrow coach Hendry", occ=0),
        Q(
            "We were bullied, and we deserved to be. Every collision, every breakdown, they wanted it more",
            "Alasdair Hendry",
            "he",
        ),
        Q("The boys were hurting after last week", "Tomasz Wieczorek", "Wieczorek"),
        Q(
            "Nobody had to say anything in the dressing room. We just looked at each other",
            "Tomasz Wieczorek",
            "Wieczorek",
        ),
        Q("rediscovered who we are", "Fiona Gallacher", "Fiona Gallacher", kind="partial"),
        Q("We’d drifted into trying to play like everyone else", "Fiona Gallacher", "she"),
        Q("Today we played like Saints", "Fiona Gallacher", "she"),
        Q("look at it properly", "Fiona Gallacher", "Gallacher", kind="partial"),
        Q("clumsy at best", "Fiona Gallacher", "Gallacher", kind="partial"),
        Q(
            "The player has the right to accept or contest the charge, and the panel will consider all the available footage",
            "Rugby Union Disciplinary Panel",
            "the panel",
            stype="organisation",
            anchor="the panel said",
        ),
        Q(
            "That is the Saints I fell in love with as a boy, standing on an upturned crate behind the posts",
            "Lord Ashgrove",
            "he",
        ),
        Q(
            "We’ve got a week to find some pride, and if we don’t, I’ll be the first to hold my hand up",
            "Alasdair Hendry",
            "he",
        ),
    ],
)

article(
    "sports",
    3,
    P(
        """Tillman Jr. scores 41 as Herons snap six-game skid""",
        """By Kendra Oyelowo | Rivermouth Courier""",
        """RIVERMOUTH, Ore. -- Marcus Tillman Jr. had heard enough about the streak. The Rivermouth Herons guard scored a career-high 41 points and Rivermouth beat the Calverton Miners 118-104 on Saturday night, ending a six-game losing run that had prompted a section of the crowd to start a "Fire Everyone" chant in the closing minutes of Thursday's loss.""",
        '''"I took it personal," Tillman said. "Not the chants. The losing. I can live with people yelling. I can't live with losing."''',
        '''Coach Renata Villalobos, whose job security had become a nightly topic on local sports radio, said she had never doubted the group. "These guys have kept showing up to practice with the right attitude," said the coach, who is in her second season. "Tonight they got rewarded for it."''',
        '''Tillman, whose father, Marcus Tillman Sr., played eight seasons for the Herons in the 1990s, hit seven 3-pointers and added nine assists. He scored 17 in the third quarter alone, when Rivermouth turned a four-point deficit into a 15-point lead. Calverton coach Dale Prewitt called it "about as good as I've seen from a guard in this building."''',
        '''"We tried everything -- switched, trapped, sent two at him," Prewitt said. "He just had it tonight."''',
        """Rookie center Jalen Osei-Whitfield added 22 points and 11 rebounds for the Herons, who improved to 9-14. A Herons spokesperson said forward Daniel Kowalczyk, who missed the game with a sprained left ankle, was "day-to-day" and could return for Monday's game against the Port Lewis Pilots.""",
        """Tillman spoke to reporters at his locker after the game. The following is an edited excerpt of that news conference.""",
        """Q: Marcus, did you talk to your dad before the game?""",
        """TILLMAN: He texted me at shootaround. Just one word: "Breathe." So I breathed.""",
        """Q: Does this save Coach Villalobos' job?""",
        """TILLMAN: That's not my call. But she's the reason I'm still here, and everybody in that locker room knows it.""",
        """The Herons are 3-1 this season when Tillman scores 30 or more. Villalobos, asked about her star's comments after the final question, smiled and said she would take the win and go home.""",
        """Photo by Lucia Fernholz / Rivermouth Courier: Marcus Tillman drives past Calverton's Andre Whitmore in the third quarter.""",
    ),
    [
        "Kendra Oyelowo",
        "Rivermouth Courier",
        "Marcus Tillman Jr.",
        "Rivermouth Herons",
        "Calverton Miners",
        "Renata Villalobos",
        "Marcus Tillman Sr.",
        "Dale Prewitt",
        "Jalen Osei-Whitfield",
        "Daniel Kowalczyk",
        "Port Lewis Pilots",
        "Lucia Fernholz",
        "Andre Whitmore",
    ],
    [
        Q("I took it personal", "Marcus Tillman Jr.", "Tillman"),
        Q(
            "Not the chants. The losing. I can live with people yelling. I can't live with losing",
            "Marcus Tillman Jr.",
            "Tillman",
        ),
        Q("These guys have kept showing up to practice with the right attitude", "Renata Villalobos", "the coach"),
        Q("Tonight they got rewarded for it", "Renata Villalobos", "the coach"),
        Q(
            "about as good as I've seen from a guard in this building",
            "Dale Prewitt",
            "Calverton coach Dale Prewitt",
            kind="partial",
        ),
        Q("We tried everything -- switched, trapped, sent two at him", "Dale Prewitt", "Prewitt"),
        Q("He just had it tonight", "Dale Prewitt", "Prewitt"),
        Q("day-to-day", "a Herons spokesperson", "A Herons spokesperson", kind="partial", stype="unnamed"),
        Q("Marcus, did you talk to your dad before the game", "a reporter", ("label", "Q"), stype="unnamed"),
        Q(
            'He texted me at shootaround. Just one word: "Breathe." So I breathed',
            "Marcus Tillman Jr.",
            ("label", "TILLMAN"),
        ),
        Q("Does this save Coach Villalobos' job", "a reporter", ("label", "Q"), stype="unnamed"),
        Q(
            "That's not my call. But she's the reason I'm still here, and everybody in that locker room knows it",
            "Marcus Tillman Jr.",
            ("label", "TILLMAN"),
        ),
    ],
)

article(
    "sports",
    4,
    P(
        "Kovalenko-Reyes saves three match points to win Port Aubrey Open",
        "By Joaquín Ferrante",
        "PORT AUBREY — Nadia Kovalenko-Reyes saved three match points and came back from a set down to beat Sofia Brandão 4-6, 7-6 (9), 6-3 in the Port Aubrey Open final on Sunday, her first title since returning from a wrist injury that kept her off the tour for 11 months.",
        "“At 5-4 in the second I was already thinking about what I would say in the runner-up speech,” Kovalenko-Reyes said, laughing. “Then I thought, no, let’s make her win it.”",
        "Brandão, the world No. 6, served for the match twice and held three championship points in the tiebreak, the last of them erased by a backhand winner that clipped the tape and dropped dead on the other side. She called the defeat “the hardest one I’ve had to swallow.”",
        "“I had it on my racket. I had it three times,” she told reporters. “Nadia played those points like a champion and I played them like someone who was scared to win.”",
        "Kovalenko-Reyes’s coach, Anton Weiss, who has worked with her since she was a junior, said the comeback had been built on “a lot of boring days in the gym”. “People saw the tears today. They didn’t see the mornings doing wrist exercises with a rubber band while everybody else was on the practice courts,” he said.",
        "Her return to the tour is the subject of a forthcoming documentary, “Second Serve,” and a film crew followed her around the grounds all week. Weiss joked that the crew had been more nervous than anyone in the stadium during the tiebreak.",
        "The trophy was presented by Prince Tariq al-Hazimi, whose family foundation has sponsored the tournament since 2011. “We have watched Nadia play here since she was 17,” the prince said. “To see her lift this trophy after everything she has been through is very special for all of us.”",
        "The Women’s Tennis Council, the tour’s governing body, said the final had drawn the largest television audience for a women’s match in the tournament’s 40-year history, calling it “a reminder of what this sport can be when two great players refuse to give an inch.”",
        "Brandão will remain at No. 6 when the rankings are published on Monday. Kovalenko-Reyes, who was ranked as high as No. 4 before her injury, will climb to No. 14, enough to earn a seeding at the next two clay-court events.",
        "Asked what came next, she shrugged. “Sleep,” she said. “Then Rome.”",
        "Photograph: Mireille Dufresne/Courtside Agency",
    ),
    [
        "Joaquín Ferrante",
        "Nadia Kovalenko-Reyes",
        "Sofia Brandão",
        "Anton Weiss",
        "Tariq al-Hazimi",
        "Women’s Tennis Council",
        "Mireille Dufresne",
        "Courtside Agency",
    ],
    [
        Q(
            "At 5-4 in the second I was already thinking about what I would say in the runner-up speech",
            "Nadia Kovalenko-Reyes",
            "Kovalenko-Reyes",
        ),
        Q("Then I thought, no, let’s make her win it", "Nadia Kovalenko-Reyes", "Kovalenko-Reyes"),
        Q("the hardest one I’ve had to swallow", "Sofia Brandão", "She", kind="partial"),
        Q("I had it on my racket. I had it three times", "Sofia Brandão", "she"),
        Q(
            "Nadia played those points like a champion and I played them like someone who was scared to win",
            "Sofia Brandão",
            "she",
        ),
        Q("a lot of boring days in the gym", "Anton Weiss", "Anton Weiss", kind="partial"),
        Q(
            "People saw the tears today. They didn’t see the mornings doing wrist exercises with a rubber band while everybody else was on the practice courts",
            "Anton Weiss",
            "he",
        ),
        Q("We have watched Nadia play here since she was 17", "Tariq al-Hazimi", "the prince"),
        Q(
            "To see her lift this trophy after everything she has been through is very special for all of us",
            "Tariq al-Hazimi",
            "the prince",
        ),
        Q(
            "a reminder of what this sport can be when two great players refuse to give an inch",
            "Women’s Tennis Council",
            "The Women’s Tennis Council",
            kind="partial",
            stype="organisation",
        ),
        Q("Sleep", "Nadia Kovalenko-Reyes", "she"),
        Q("Then Rome", "Nadia Kovalenko-Reyes", "she"),
    ],
)

article(
    "sports",
    5,
    P(
        "Climber Venturelli banned for four years after positive test",
        "LAUSANNE, Switzerland (Halyard News) — Italian climber Dario Venturelli has been banned for four years after testing positive for a blood-boosting drug, the International Cycling Integrity Agency said on Thursday, in effect ending the career of one of the peloton’s most popular riders.",
        "The agency said in a statement that Venturelli’s sample, taken during an out-of-competition test at his home in March, contained a substance “consistent with the use of an erythropoiesis-stimulating agent” and that his blood profile had shown “highly abnormal fluctuations” over the previous 18 months.",
        "“The rules are the same for every rider, whatever their name or their palmarès,” the agency’s director general, Hélène Marchal-Dufour, told reporters. “No one is above them, and no one is beneath our attention.”",
        "Marchal-Dufour said the agency had received no request from Venturelli for a hearing at first instance, which she described as his right.",
        "Venturelli, 31, has denied wrongdoing. “I have never taken a banned substance in my life and I will prove it,” he said in a statement released through his lawyer, Stefano Galli.",
        "Galli said his client would appeal to the Sports Arbitration Tribunal and described the testing process as “riddled with irregularities”, including what he said was a two-day delay in shipping the sample to the laboratory in Cologne.",
        "Venturelli’s team, Aurora Velocitas Pro Cycling, said it had provisionally suspended the rider in April and would now terminate his contract. “We have a zero-tolerance policy and we apply it, however much it hurts,” the team said.",
        "Manuela Ricci, the team’s sports director, said the riders had learned of the ban during a training camp in the Dolomites. “Some of them cried. Some of them just walked out of the room,” she said. “He was the one they all looked up to.”",
        "Within the peloton, the reaction was muted. A rider on a rival team who asked not to be named because he was not authorized to speak to the media said the case had been “the worst-kept secret in the bunch” since the spring.",
        "“Everybody knew something was coming. Nobody wanted to believe it,” the rider said.",
        "Venturelli won the mountains classification at the Giro del Nord in 2022 and finished fourth overall at last year’s Tour des Alpes, results that will now be stripped. He becomes the third rider from a top-tier team to be sanctioned for blood doping in the past two seasons.",
        "(Reporting by Mathieu Orsini; Editing by Jane Okwuosa)",
    ),
    [
        "Halyard News",
        "Dario Venturelli",
        "International Cycling Integrity Agency",
        "Hélène Marchal-Dufour",
        "Stefano Galli",
        "Sports Arbitration Tribunal",
        "Aurora Velocitas Pro Cycling",
        "Manuela Ricci",
        "Mathieu Orsini",
        "Jane Okwuosa",
    ],
    [
        Q(
            "consistent with the use of an erythropoiesis-stimulating agent",
            "International Cycling Integrity Agency",
            "The agency",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "highly abnormal fluctuations",
            "International Cycling Integrity Agency",
            "The agency",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The rules are the same for every rider, whatever their name or their palmarès",
            "Hélène Marchal-Dufour",
            "Hélène Marchal-Dufour",
        ),
        Q(
            "No one is above them, and no one is beneath our attention",
            "Hélène Marchal-Dufour",
            "Hélène Marchal-Dufour",
        ),
        Q("I have never taken a banned substance in my life and I will prove it", "Dario Venturelli", "he"),
        Q("riddled with irregularities", "Stefano Galli", "Galli", kind="partial"),
        Q(
            "We have a zero-tolerance policy and we apply it, however much it hurts",
            "Aurora Velocitas Pro Cycling",
            "the team",
            stype="organisation",
        ),
        Q("Some of them cried. Some of them just walked out of the room", "Manuela Ricci", "she"),
        Q("He was the one they all looked up to", "Manuela Ricci", "she"),
        Q(
            "the worst-kept secret in the bunch",
            "a rider on a rival team who asked not to be named because he was not authorized to speak to the media",
            "A rider on a rival team",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Everybody knew something was coming. Nobody wanted to believe it",
            "a rider on a rival team who asked not to be named because he was not authorized to speak to the media",
            "the rider",
            stype="unnamed",
        ),
    ],
)

article(
    "sports",
    6,
    P(
        "“It was time,” says Mariners owner as Broussard is fired after 2-9 start",
        "By Trevor Lindahl, Staff Writer",
        "SALT HARBOR, Calif. — The Salt Harbor Mariners fired head coach Wendell Broussard on Monday, a day after a 31-3 home loss to the Denton Plains Stallions dropped the team to 2-9 and drew a chorus of boos that owner Katherine Ashby-Lowe said she had “heard loud and clear.”",
        "“It was time,” Ashby-Lowe said at a news conference at the team’s practice facility. “Wendell is a good man and a good football coach, and this was one of the hardest calls I’ve made. But the results speak for themselves.”",
        "Defensive coordinator Reggie Tatum Jr. will serve as interim coach for the final six games. Tatum, 44, a former Mariners linebacker whose father, Reggie Tatum Sr., was the franchise’s first All-League selection, said he had spoken with Broussard early Monday morning.",
        "“He told me to take care of these guys. That tells you everything about him,” Tatum said.",
        "Broussard, 58, who was in the fourth year of a five-year contract, did not attend the news conference. In a statement released through the team, he thanked players, staff and fans. “I have no regrets about how we went about our business, only about the results,” he said.",
        "Quarterback Devin Okafor-Mills, who threw three interceptions on Sunday, said the players bore as much responsibility as the coaching staff. “We’re the ones on the field. Coach didn’t throw those picks — I did,” he said.",
        "Ashby-Lowe, who inherited the team from her father, Harold Ashby, in 2019, said the search for a permanent replacement would begin immediately and would include college coaches. She did not rule out a return for Lonnie Whitaker, who led the Mariners to the playoffs three times before leaving for the broadcast booth.",
        "The owner grew visibly impatient when the questions turned to the front office.",
        "“Is Terrence Vail safe?” one reporter asked, referring to the team’s general manager.",
        "“Terrence and I will sit down at the end of the season, like we do every year,” Ashby-Lowe said.",
        "“So that’s a no?”",
        "“That’s all I’m going to say about that today.”",
        "The Mariners Fan Council, an independent supporters’ group, said in a post on its website that the firing was “overdue, but not the whole answer.” The group has organized two protests outside the stadium this season calling for changes in the front office.",
        "Tatum’s first game in charge is Sunday at home against the Lake Irwin Foresters.",
        "Wendell Broussard on the sideline during Sunday’s loss. (Photo: Aiyana Whitehorse/Salt Harbor Ledger)",
    ),
    [
        "Trevor Lindahl",
        "Salt Harbor Mariners",
        "Wendell Broussard",
        "Denton Plains Stallions",
        "Katherine Ashby-Lowe",
        "Reggie Tatum Jr.",
        "Reggie Tatum Sr.",
        "Devin Okafor-Mills",
        "Harold Ashby",
        "Lonnie Whitaker",
        "Terrence Vail",
        "Mariners Fan Council",
        "Lake Irwin Foresters",
        "Aiyana Whitehorse",
        "Salt Harbor Ledger",
    ],
    [
        Q("It was time", "Katherine Ashby-Lowe", "Mariners owner", occ=0),
        Q("heard loud and clear", "Katherine Ashby-Lowe", "owner Katherine Ashby-Lowe", kind="partial"),
        Q("It was time", "Katherine Ashby-Lowe", "Ashby-Lowe", occ=1),
        Q(
            "Wendell is a good man and a good football coach, and this was one of the hardest calls I’ve made. But the results speak for themselves",
            "Katherine Ashby-Lowe",
            "Ashby-Lowe",
        ),
        Q("He told me to take care of these guys. That tells you everything about him", "Reggie Tatum Jr.", "Tatum"),
        Q("I have no regrets about how we went about our business, only about the results", "Wendell Broussard", "he"),
        Q("We’re the ones on the field. Coach didn’t throw those picks — I did", "Devin Okafor-Mills", "he"),
        Q("Is Terrence Vail safe", "one reporter", "one reporter", stype="unnamed"),
        Q(
            "Terrence and I will sit down at the end of the season, like we do every year",
            "Katherine Ashby-Lowe",
            "Ashby-Lowe",
        ),
        Q("So that’s a no", "one reporter", "one reporter", stype="unnamed"),
        Q(
            "That’s all I’m going to say about that today",
            "Katherine Ashby-Lowe",
            "Ashby-Lowe",
            anchor="Ashby-Lowe said.",
        ),
        Q(
            "overdue, but not the whole answer",
            "Mariners Fan Council",
            "The Mariners Fan Council",
            kind="partial",
            stype="organisation",
        ),
    ],
)

# ---------------------------------------------------------------------------
# BUSINESS
# ---------------------------------------------------------------------------

article(
    "business",
    1,
    P(
        "Harwell Foods shares slide as CEO warns of ‘choppy’ consumer",
        "By Priya Venkataraman and Owen Hartley",
        "CHICAGO, April 23 — Shares of Harwell Foods Inc. fell as much as 11% on Wednesday after the packaged-food maker cut its full-year sales forecast and its chief executive warned that shoppers were trading down to cheaper store brands at a pace the company had not anticipated.",
        "“The consumer is choppy right now — strong one week, cautious the next,” Chief Executive Lorraine Castellanos said on a call with analysts. “We are not going to chase volume with promotions that destroy value. We have seen where that road leads for other companies in this industry.",
        "“What we are going to do is invest behind the brands that are winning and be honest with ourselves about the ones that are not.”",
        "Harwell now expects organic sales to rise 1% to 2% this year, down from a previous range of 3% to 4%. Adjusted earnings per share for the first quarter were 71 cents, two cents below the average analyst estimate compiled by Marketline Data. Revenue fell 2.4% to $3.1 billion.",
        "Chief Financial Officer Ambrose Kittredge said the company would cut about $150 million in costs over two years, in part by closing a plant in Dayton, Ohio, that employs about 400 people. “We have line of sight to most of those savings already,” he said. Asked whether the dividend was at risk, Kittredge said it was “absolutely not” under review.",
        "“Is this a one-quarter blip or a reset of the whole algorithm?” asked Tomasz Wróbel, an analyst at Calder Ridge Securities, during the question-and-answer portion of the call. Castellanos replied that it was “a reset of expectations, not of the strategy.”",
        "Analysts at Pemberton Rowe wrote in a note to clients that the guidance cut was “bigger than feared” and that they saw limited scope for a rebound before the second half. Naomi Feld, who covers the sector for Brightwater Capital, was blunter. “Harwell is paying the price for three years of price increases that outran what its brands could bear,” she wrote.",
        "In a regulatory filing on Wednesday, Harwell said it would record a $62 million impairment charge related to its Sunnyfield snack brand, citing “sustained softness in consumer demand.” A company spokeswoman declined to comment on reports that Harwell had hired advisers to explore a sale of its frozen-foods unit.",
        "Castellanos, who took over in 2022 from longtime CEO Richard Ainsley Jr., has staked her tenure on a push into higher-protein snacks and a slimmer portfolio of brands. She told analysts the plan had not changed. “We will come out of this a stronger, simpler company,” she said.",
    ),
    [
        "Priya Venkataraman",
        "Owen Hartley",
        "Harwell Foods Inc.",
        "Lorraine Castellanos",
        "Marketline Data",
        "Ambrose Kittredge",
        "Tomasz Wróbel",
        "Calder Ridge Securities",
        "Pemberton Rowe",
        "Naomi Feld",
        "Brightwater Capital",
        "Richard Ainsley Jr.",
    ],
    [
        Q("choppy", "Lorraine Castellanos", "CEO", kind="partial", occ=0),
        Q(
            "The consumer is choppy right now — strong one week, cautious the next",
            "Lorraine Castellanos",
            "Chief Executive Lorraine Castellanos",
        ),
        Q(
            "We are not going to chase volume with promotions that destroy value. We have seen where that road leads for other companies in this industry",
            "Lorraine Castellanos",
            "Chief Executive Lorraine Castellanos",
        ),
        Q(
            "What we are going to do is invest behind the brands that are winning and be honest with ourselves about the ones that are not",
            "Lorraine Castellanos",
            "@prev",
        ),
        Q("We have line of sight to most of those savings already", "Ambrose Kittredge", "he"),
        Q("absolutely not", "Ambrose Kittredge", "Kittredge", kind="partial"),
        Q("Is this a one-quarter blip or a reset of the whole algorithm", "Tomasz Wróbel", "Tomasz Wróbel"),
        Q("a reset of expectations, not of the strategy", "Lorraine Castellanos", "Castellanos", kind="partial"),
        Q(
            "bigger than feared",
            "analysts at Pemberton Rowe",
            "Analysts at Pemberton Rowe",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Harwell is paying the price for three years of price increases that outran what its brands could bear",
            "Naomi Feld",
            "she",
        ),
        Q(
            "sustained softness in consumer demand",
            "Harwell Foods Inc.",
            "Harwell",
            kind="partial",
            stype="organisation",
            anchor="Harwell said",
        ),
        Q("We will come out of this a stronger, simpler company", "Lorraine Castellanos", "she"),
    ],
)

article(
    "business",
    2,
    P(
        "Meridian Freight in talks to buy rival Coastline Logistics for $4 billion - sources",
        "NEW YORK, Sept 9 (Halyard News) — Meridian Freight Holdings is in advanced talks to acquire rival trucking company Coastline Logistics Corp. for about $4 billion including debt, according to people familiar with the matter, in a deal that would create the third-largest less-than-truckload carrier in the United States.",
        "An agreement could be announced as soon as next week, the people said. The talks are at a “delicate stage” and could still collapse over price, said a person familiar with the matter, who asked not to be identified because the discussions are private.",
        "“Both boards want this done, but nobody wants to be seen overpaying in this market,” the person said.",
        "A spokesman for Meridian said the company “does not comment on market rumors or speculation.” Coastline declined to comment.",
        "Coastline, based in Savannah, Georgia, has been under pressure from activist investor Gideon Marlowe, whose fund, Stonebridge Value Partners, owns about 7% of its shares. In a letter to Coastline’s board in June, Marlowe called the company “chronically undervalued” and urged directors to “explore all strategic alternatives, including a sale.”",
        "Meridian Chief Executive Carla Mendieta told investors at an industry conference last month that the company was “actively looking” for acquisitions to add terminals in the Southeast, where it has a thin network. “Scale matters more in this business than it ever has,” she said at the time.",
        "A combination would have annual revenue of about $9.5 billion and operate roughly 420 terminals. Shares of Coastline jumped 14% in after-hours trading following the report, while Meridian’s shares were little changed.",
        "Any deal would likely face scrutiny in Washington. Sen. Howard Pell-Gruber, a Democrat from Michigan who sits on the Senate Commerce Committee, said in an interview that he would ask regulators to look “very closely” at further consolidation in trucking.",
        "“Every time two of these companies merge, shippers pay more and drivers get squeezed,” Pell-Gruber said. “I haven’t seen a single one of these deals where the savings ended up with the customer.”",
        "Analysts at Ferris & Lowe said in a note that a combination would generate “meaningful” cost savings but warned that integrating two unionized workforces would be difficult.",
        "(Reporting by Rhea Kapadia in New York; additional reporting by Tom Pruitt in Atlanta; Editing by Lars Eriksen)",
    ),
    [
        "Halyard News",
        "Meridian Freight Holdings",
        "Coastline Logistics Corp.",
        "Gideon Marlowe",
        "Stonebridge Value Partners",
        "Carla Mendieta",
        "Howard Pell-Gruber",
        "Senate Commerce Committee",
        "Ferris & Lowe",
        "Rhea Kapadia",
        "Tom Pruitt",
        "Lars Eriksen",
    ],
    [
        Q(
            "delicate stage",
            "a person familiar with the matter",
            "a person familiar with the matter",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "Both boards want this done, but nobody wants to be seen overpaying in this market",
            "a person familiar with the matter",
            "the person",
            stype="unnamed",
        ),
        Q(
            "does not comment on market rumors or speculation",
            "a spokesman for Meridian",
            "A spokesman for Meridian",
            kind="partial",
            stype="unnamed",
        ),
        Q("chronically undervalued", "Gideon Marlowe", "Marlowe", kind="partial"),
        Q("explore all strategic alternatives, including a sale", "Gideon Marlowe", "Marlowe", kind="partial"),
        Q("actively looking", "Carla Mendieta", "Meridian Chief Executive Carla Mendieta", kind="partial"),
        Q("Scale matters more in this business than it ever has", "Carla Mendieta", "she"),
        Q("very closely", "Howard Pell-Gruber", "Sen. Howard Pell-Gruber", kind="partial"),
        Q(
            "Every time two of these companies merge, shippers pay more and drivers get squeezed",
            "Howard Pell-Gruber",
            "Pell-Gruber",
        ),
        Q(
            "I haven’t seen a single one of these deals where the savings ended up with the customer",
            "Howard Pell-Gruber",
            "Pell-Gruber",
        ),
        Q(
            "meaningful",
            "analysts at Ferris & Lowe",
            "Analysts at Ferris & Lowe",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "business",
    3,
    P(
        """Vantor Bio CEO steps down after board probe into expenses, filing shows""",
        """By Delia Fontaine""",
        """SAN DIEGO -- The chief executive of Vantor Biosciences Inc. has resigned after an internal investigation found that he had used company funds for personal travel, the gene-editing company said in a filing with the Securities and Exchange Commission on Friday.""",
        """Dr. Alan Q. Mercer, 61, who co-founded Vantor in 2014 and took it public four years later, "did not comply with certain of the Company's policies regarding expense reimbursement," Vantor said in the filing.""",
        """Vantor said Mercer had agreed to repay about $340,000 and would forfeit unvested stock awards worth roughly $11 million at Friday's closing price. It added that the board had "no disagreement" with Mercer on any matter relating to the company's operations, policies or practices.""",
        """In a statement, Mercer said he was "deeply embarrassed" and had "made mistakes in how I documented travel that mixed business and family." "Vantor is in excellent hands, and the science has never been stronger," he said.""",
        """The board named Chief Operating Officer Janelle Fitzgerald-Osei interim CEO. She told employees in a memo, which was reviewed by the Pacific Ledger, that the company's clinical programs were "on track." "Nothing about our science or our timelines has changed," she wrote.""",
        '''Lead independent director Walter Strahan, a former Marlin Pharmaceuticals executive who joined Vantor's board in 2021, said the board had acted "swiftly and decisively once the facts were clear."''',
        '''Vantor shares fell 9% in premarket trading. "Governance surprises are the last thing a clinical-stage company needs six months before a pivotal readout," said Ifeoma Lund, a biotech analyst at Grayline Partners. "But the pipeline is the pipeline, and nothing in this filing touches it."''',
        """A person close to Mercer who spoke on condition of anonymity said the former CEO believed the investigation had been "blown out of all proportion" by board members who had clashed with him over strategy, including a proposal last year to license the company's lead program to a larger drugmaker.""",
        """Vantor's lead product, VNT-101, known inside the company as "Project Lantern," is being tested in a late-stage trial for a rare inherited form of blindness, with results expected in the first half of next year. The company had about $410 million in cash at the end of the second quarter, enough to fund operations into 2027, according to its most recent quarterly report.""",
    ),
    [
        "Delia Fontaine",
        "Vantor Biosciences Inc.",
        "Securities and Exchange Commission",
        "Alan Q. Mercer",
        "Janelle Fitzgerald-Osei",
        "Pacific Ledger",
        "Walter Strahan",
        "Marlin Pharmaceuticals",
        "Ifeoma Lund",
        "Grayline Partners",
    ],
    [
        Q(
            "did not comply with certain of the Company's policies regarding expense reimbursement",
            "Vantor Biosciences Inc.",
            "Vantor",
            kind="partial",
            stype="organisation",
            anchor="Vantor said in the filing",
        ),
        Q("no disagreement", "Vantor Biosciences Inc.", "It", kind="partial", stype="organisation"),
        Q("deeply embarrassed", "Alan Q. Mercer", "Mercer", kind="partial", anchor="Mercer said he"),
        Q(
            "made mistakes in how I documented travel that mixed business and family",
            "Alan Q. Mercer",
            "Mercer",
            kind="partial",
            anchor="Mercer said he",
        ),
        Q("Vantor is in excellent hands, and the science has never been stronger", "Alan Q. Mercer", "he"),
        Q("on track", "Janelle Fitzgerald-Osei", "She", kind="partial"),
        Q("Nothing about our science or our timelines has changed", "Janelle Fitzgerald-Osei", "she"),
        Q(
            "swiftly and decisively once the facts were clear",
            "Walter Strahan",
            "Lead independent director Walter Strahan",
            kind="partial",
        ),
        Q(
            "Governance surprises are the last thing a clinical-stage company needs six months before a pivotal readout",
            "Ifeoma Lund",
            "Ifeoma Lund",
        ),
        Q("But the pipeline is the pipeline, and nothing in this filing touches it", "Ifeoma Lund", "Ifeoma Lund"),
        Q(
            "blown out of all proportion",
            "a person close to Mercer who spoke on condition of anonymity",
            "A person close to Mercer",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "business",
    4,
    P(
        "Stocks slide as yields jump; Fed's Ostrowski says cuts ``not imminent''",
        "NEW YORK (Halyard News) -- U.S. stocks fell for a third straight session on Tuesday as government bond yields climbed to their highest in four months after a Federal Reserve governor said interest-rate cuts were ``not imminent'' and investors pared bets on easing this year.",
        "All three major U.S. stock indexes closed lower. The broad market lost 1.2%, its worst day since early March, and the technology-heavy benchmark fell 1.6%, dragged down by chipmakers. The yield on the 10-year note rose 9 basis points to 4.71%.",
        "``Inflation has come down a long way, but the last mile is proving stubborn,'' Fed Governor Martina Ostrowski said in a speech to the Economic Club of Cleveland. ``I would need to see several more months of good data before I could support a cut.''",
        "Her remarks echoed comments last week from other policymakers and pushed traders to price in just one quarter-point cut this year, down from two at the start of the month, according to futures data.",
        "``The market was priced for perfection and it just got a reminder that the Fed isn't in a hurry,'' said Deborah Kline-Ashford, chief investment strategist at Tollgate Wealth Partners in Boston.",
        "Kline-Ashford said she was advising clients to ``stay boring'' for now. ``Quality balance sheets, short-duration bonds, a little cash. This isn't the moment to be a hero,'' she said.",
        "Bank shares were a rare bright spot. Hollins & Crane rose 3.4% after the lender said at an investor conference that it had ``seen no deterioration'' in consumer credit so far this quarter.",
        "Chipmaker Sorvane Technologies slid 7.3% after its chief executive, Kenji Arakawa-Bell, said on a conference call late Monday that customers were ``digesting'' inventory built up last year. ``We think this is a two-quarter air pocket, not a downturn,'' he said.",
        "Not everyone was convinced. ``Two-quarter air pocket is the kind of phrase you hear right before a guidance cut,'' said Rob Delgado, a trader at Fenwick Brothers, who said he had cut his own exposure to chip stocks in recent weeks.",
        "Oil prices edged lower, with U.S. crude settling down 0.6% at $78.12 a barrel. Gold slipped 0.4% as the dollar strengthened against a basket of major currencies.",
        "Investors will get fresh readings on consumer prices on Wednesday and retail sales on Thursday, both of which could shift expectations for the central bank's June meeting.",
        "(Reporting by Nikhil Suresh; Editing by Gail Strathmore)",
    ),
    [
        "Halyard News",
        "Federal Reserve",
        "Martina Ostrowski",
        "Economic Club of Cleveland",
        "Deborah Kline-Ashford",
        "Tollgate Wealth Partners",
        "Hollins & Crane",
        "Sorvane Technologies",
        "Kenji Arakawa-Bell",
        "Rob Delgado",
        "Fenwick Brothers",
        "Nikhil Suresh",
        "Gail Strathmore",
    ],
    [
        Q("not imminent", "Martina Ostrowski", "Ostrowski", kind="partial", occ=0),
        Q("not imminent", "Martina Ostrowski", "a Federal Reserve governor", kind="partial", occ=1),
        Q(
            "Inflation has come down a long way, but the last mile is proving stubborn",
            "Martina Ostrowski",
            "Fed Governor Martina Ostrowski",
        ),
        Q(
            "I would need to see several more months of good data before I could support a cut",
            "Martina Ostrowski",
            "Fed Governor Martina Ostrowski",
        ),
        Q(
            "The market was priced for perfection and it just got a reminder that the Fed isn't in a hurry",
            "Deborah Kline-Ashford",
            "Deborah Kline-Ashford",
        ),
        Q("stay boring", "Deborah Kline-Ashford", "Kline-Ashford", kind="partial"),
        Q(
            "Quality balance sheets, short-duration bonds, a little cash. This isn't the moment to be a hero",
            "Deborah Kline-Ashford",
            "she",
        ),
        Q("seen no deterioration", "Hollins & Crane", "the lender", kind="partial", stype="organisation"),
        Q("digesting", "Kenji Arakawa-Bell", "Kenji Arakawa-Bell", kind="partial"),
        Q("We think this is a two-quarter air pocket, not a downturn", "Kenji Arakawa-Bell", "he"),
        Q(
            "Two-quarter air pocket is the kind of phrase you hear right before a guidance cut",
            "Rob Delgado",
            "Rob Delgado",
        ),
    ],
)

article(
    "business",
    5,
    P(
        "Pennington & Hale shares tumble 22% after second profit warning",
        "By Harriet Dunmore, Retail Correspondent",
        "Shares in Pennington & Hale, the department store chain, fell by more than a fifth yesterday after it issued its second profit warning in three months and said its chief executive would step down in the spring.",
        "In a statement to the London Stock Exchange, the company said trading over the autumn had been “materially below expectations” and that it now expected annual pre-tax profit of between £18 million and £22 million, down from £41 million last year.",
        "Chief executive Miriam Fairweather-Okoye, who has led the 140-year-old retailer since 2020, will leave at the end of March. Lord Hensleigh, the chairman, thanked her for steering the company “through the most difficult period in its history”.",
        "“Miriam took on this business at the height of the pandemic and she has never once flinched,” Lord Hensleigh said. “But the board and Miriam agree that the next phase of the plan needs fresh leadership and fresh energy.”",
        "Ms Fairweather-Okoye said: “It has been a privilege. I leave a business that is smaller than the one I found, but in far better shape, with a balance sheet that can take a bad winter.",
        "“I want to thank every one of our colleagues, in the stores and behind the scenes, for what they have given this company.”",
        "The group closed 23 of its 61 stores under her leadership and moved much of its fashion range online, but sales have fallen in each of the past three quarters as shoppers cut back on clothing and homeware.",
        "Analysts were unconvinced that a change at the top would help. Ravi Choudhury, at the broker Hanbury Sloane, wrote in a note to clients that the turnaround plan was “looking increasingly threadbare”. “We struggle to see what the next chief executive can do that the last one did not try,” he wrote.",
        "Another analyst who asked not to be named because his firm advises the company said: “The question now is whether this ends in a sale, a break-up or something worse.”",
        "A spokesman for Pennington & Hale declined to comment on speculation that the private equity firm Greyfriars Capital had approached the board about a possible offer.",
        "The Retail and Distributive Workers’ Union said it would seek urgent talks with management. “Our members have heard the words ‘profit warning’ twice this year and they are frightened for their jobs,” said Sandra Kilbride, the union’s national officer for retail.",
        "The shares closed down 22 per cent at 48p, valuing the company at about £95 million, a fraction of its worth a decade ago.",
    ),
    [
        "Pennington & Hale",
        "Harriet Dunmore",
        "London Stock Exchange",
        "Miriam Fairweather-Okoye",
        "Lord Hensleigh",
        "Ravi Choudhury",
        "Hanbury Sloane",
        "Greyfriars Capital",
        "Retail and Distributive Workers’ Union",
        "Sandra Kilbride",
    ],
    [
        Q(
            "materially below expectations",
            "Pennington & Hale",
            "the company",
            kind="partial",
            stype="organisation",
        ),
        Q("through the most difficult period in its history", "Lord Hensleigh", "Lord Hensleigh", kind="partial"),
        Q(
            "Miriam took on this business at the height of the pandemic and she has never once flinched",
            "Lord Hensleigh",
            "Lord Hensleigh",
        ),
        Q(
            "But the board and Miriam agree that the next phase of the plan needs fresh leadership and fresh energy",
            "Lord Hensleigh",
            "Lord Hensleigh",
        ),
        Q(
            "It has been a privilege. I leave a business that is smaller than the one I found, but in far better shape, with a balance sheet that can take a bad winter",
            "Miriam Fairweather-Okoye",
            "Ms Fairweather-Okoye",
        ),
        Q(
            "I want to thank every one of our colleagues, in the stores and behind the scenes, for what they have given this company",
            "Miriam Fairweather-Okoye",
            "@prev",
        ),
        Q("looking increasingly threadbare", "Ravi Choudhury", "Ravi Choudhury", kind="partial"),
        Q(
            "We struggle to see what the next chief executive can do that the last one did not try",
            "Ravi Choudhury",
            "he",
        ),
        Q(
            "The question now is whether this ends in a sale, a break-up or something worse",
            "another analyst who asked not to be named because his firm advises the company",
            "Another analyst",
            stype="unnamed",
        ),
        Q(
            "Our members have heard the words ‘profit warning’ twice this year and they are frightened for their jobs",
            "Sandra Kilbride",
            "Sandra Kilbride",
        ),
    ],
)

article(
    "business",
    6,
    P(
        """Taesan Semiconductor profit beats forecasts on AI memory demand""",
        """SEOUL, Jan 28 (Halyard News) - Taesan Semiconductor Co. reported a better-than-expected 38% rise in quarterly operating profit on Thursday, as demand for high-bandwidth memory chips used in artificial-intelligence servers more than offset weak sales of smartphone components.""",
        '''Operating profit for the October-December quarter rose to 6.1 trillion won ($4.6 billion), the company said in a filing with the Korea Exchange, above the 5.4 trillion won average estimate of 19 analysts. The company said in the filing that it expected demand for AI memory to remain "robust throughout the year."''',
        """"We are sold out of high-bandwidth memory for this year, and our customers are already asking about next year," Chief Executive Park Min-jae told analysts on a conference call, speaking through an interpreter.""",
        """Park said the company would raise capital spending by about 20% this year, mostly to expand its Cheongwon plant, which is due to start mass production of the next generation of stacked memory in the third quarter. "This is not a bubble. This is a structural change in how the world computes," he said.""",
        """Chief Financial Officer Helen Yoo-Lindgren said margins on older memory products remained under pressure as smartphone and PC makers kept inventories lean. "Prices for conventional DRAM are stabilizing, but I would not call it a recovery yet," she said.""",
        """"How confident are you that your largest customer won't start buying from a second supplier next year?" asked Marcus Oyelaran of Stanwick Securities.""",
        '''Park said: "Our lead is measured in months, not years. We intend to keep it that way."''',
        """Analysts at Ridgefield Capital wrote in a note to clients that Taesan was "firmly in the driving seat" in AI memory, but flagged the risk of tighter export controls on advanced chips and equipment.""",
        """Taesan is also in talks to supply memory chips to a large U.S. cloud computing company, according to a person familiar with the matter, who said an agreement could be signed "within weeks." A Taesan spokeswoman declined to comment on the talks.""",
        """Shares of Taesan rose 4.2% in Seoul, outperforming the broader market, which gained 0.8%. The stock has more than doubled over the past 12 months.""",
        """(Reporting by Seo Ji-hoon; Editing by Martin Kell)""",
    ),
    [
        "Halyard News",
        "Taesan Semiconductor Co.",
        "Korea Exchange",
        "Park Min-jae",
        "Helen Yoo-Lindgren",
        "Marcus Oyelaran",
        "Stanwick Securities",
        "Ridgefield Capital",
        "Seo Ji-hoon",
        "Martin Kell",
    ],
    [
        Q(
            "robust throughout the year",
            "Taesan Semiconductor Co.",
            "The company",
            kind="partial",
            stype="organisation",
            anchor="The company said in the filing",
        ),
        Q(
            "We are sold out of high-bandwidth memory for this year, and our customers are already asking about next year",
            "Park Min-jae",
            "Chief Executive Park Min-jae",
        ),
        Q("This is not a bubble. This is a structural change in how the world computes", "Park Min-jae", "he"),
        Q(
            "Prices for conventional DRAM are stabilizing, but I would not call it a recovery yet",
            "Helen Yoo-Lindgren",
            "she",
        ),
        Q(
            "How confident are you that your largest customer won't start buying from a second supplier next year",
            "Marcus Oyelaran",
            "Marcus Oyelaran",
        ),
        Q("Our lead is measured in months, not years. We intend to keep it that way", "Park Min-jae", "Park"),
        Q(
            "firmly in the driving seat",
            "analysts at Ridgefield Capital",
            "Analysts at Ridgefield Capital",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "within weeks",
            "a person familiar with the matter",
            "a person familiar with the matter",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

# ---------------------------------------------------------------------------
# SOUTH-ASIAN
# ---------------------------------------------------------------------------

article(
    "south-asian",
    1,
    P(
        "HC pulls up Centre over delay in notifying construction-dust norms",
        "Ananya Bhattacharjee",
        "NEW DELHI: The Delhi High Court on Tuesday pulled up the Centre for the “inordinate delay” in notifying revised construction-dust norms, observing that residents of the Capital could not be made to “breathe promises” for another winter.",
        "A Division Bench of Chief Justice Harinder Singh Sahni and Justice Meenakshi Rao Deshpande was hearing a public interest litigation filed in 2023 by the Clean Air Collective, a forum of resident welfare associations from across the city.",
        "“How many more winters will it take? Every year we are told the draft is ready,” Justice Deshpande remarked during the hearing.",
        "Appearing for the Union Ministry of Environment, Forest and Climate Change, Additional Solicitor General Shri Vikram Aditya Khurana submitted that the rules were in the “final stage of inter-ministerial consultation”. “The ministry is fully seized of the matter, My Lords,” said he.",
        "The Chief Justice was unimpressed. “Fully seized for three years? Then tell us the date,” he said, directing the ministry to file an affidavit within two weeks specifying when the rules would be notified and what interim measures were in place.",
        "Senior advocate Dr. Sunaina Qureshi-Menon, appearing for the petitioners, said the delay was costing lives. “Each winter the AQI crosses 450 and each winter the Centre says ‘next year’,” she told the court.",
        "Speaking to this newspaper outside the court, Dr. Qureshi-Menon said the petitioners would press for exemplary costs if the deadline was missed. “We have been patient. Patience has a limit,” she said.",
        "Later in the day, the ministry said in a statement that the revised norms would be notified “well before the onset of winter” and that “all stakeholders have been consulted”. It said construction sites larger than 500 square metres were already required to install anti-smog guns and to keep building material covered.",
        "The Delhi Pollution Control Committee, which enforces dust-control rules at construction sites, told the court in a separate submission that it had imposed penalties of ₹4.6 crore on 312 sites since October last year.",
        "The matter will next be heard on September 14.",
        "A haze hangs over the Ring Road in this file photo. | Photo Credit: Sandeep Rawat",
    ),
    [
        "Ananya Bhattacharjee",
        "Delhi High Court",
        "Harinder Singh Sahni",
        "Meenakshi Rao Deshpande",
        "Clean Air Collective",
        "Union Ministry of Environment, Forest and Climate Change",
        "Vikram Aditya Khurana",
        "Sunaina Qureshi-Menon",
        "Delhi Pollution Control Committee",
        "Sandeep Rawat",
    ],
    [
        Q("inordinate delay", "Delhi High Court", "The Delhi High Court", kind="partial", stype="organisation"),
        Q("breathe promises", "Delhi High Court", "The Delhi High Court", kind="partial", stype="organisation"),
        Q(
            "How many more winters will it take? Every year we are told the draft is ready",
            "Meenakshi Rao Deshpande",
            "Justice Deshpande",
        ),
        Q(
            "final stage of inter-ministerial consultation",
            "Vikram Aditya Khurana",
            "Additional Solicitor General Shri Vikram Aditya Khurana",
            kind="partial",
        ),
        Q("The ministry is fully seized of the matter, My Lords", "Vikram Aditya Khurana", "he"),
        Q("Fully seized for three years? Then tell us the date", "Harinder Singh Sahni", "he"),
        Q(
            "Each winter the AQI crosses 450 and each winter the Centre says ‘next year’",
            "Sunaina Qureshi-Menon",
            "she",
        ),
        Q("We have been patient. Patience has a limit", "Sunaina Qureshi-Menon", "she"),
        Q(
            "well before the onset of winter",
            "Union Ministry of Environment, Forest and Climate Change",
            "the ministry",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "all stakeholders have been consulted",
            "Union Ministry of Environment, Forest and Climate Change",
            "the ministry",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "south-asian",
    2,
    P(
        "‘No threat to commuters’, says Mayor as cracks appear on Tallah link flyover",
        "Staff Reporter",
        "KOLKATA: Kolkata Mayor Amitava Sengupta on Monday sought to allay fears over cracks found on the Tallah link flyover, saying the structure was ‘absolutely safe’ and would not be closed to traffic.",
        "‘Our engineers inspected every span on Sunday night. These are surface cracks in the wearing coat, not in the girders,’ said Mr Sengupta, who visited the site along with officials of the Kolkata Municipal Corporation (KMC) and the State Public Works Department.",
        "‘There is no threat to commuters. I would not say so if there was,’ he added.",
        "The cracks on the flyover, which locals call ‘the Hunchback’ because of its steep gradient, were first noticed by a group of morning walkers, who posted photographs on social media on Saturday. One of them, retired schoolteacher Smt. Kalyani Dasgupta, told The Eastern Chronicle that she had seen ‘a line running across the pillar, as thick as my finger’.",
        "‘We walk under it every day. After what we have seen in this city, how can anyone tell us not to worry?’ she said.",
        "Structural engineer Dr. Partha Sarathi Ghoshal, a former professor at the Hooghly Institute of Technology, said the cracks needed ‘proper load testing, not a visual check by torchlight’.",
        "‘Hairline cracks can be cosmetic. They can also be the first sign of corrosion in the cables. You cannot tell which from the road,’ said he.",
        "State Public Works Minister Shri Tapan Kumar Haldar said the department would commission an independent audit by the Hooghly Institute of Technology and that its report would be made public. ‘We will not take chances with people’s lives,’ the minister said.",
        "A senior officer of the Kolkata Traffic Police said heavy vehicles would be kept off the flyover between 10 p.m. and 6 a.m. until the audit was completed.",
        "Opposition councillor Ruksana Begum of Ward 14 alleged that the flyover had not been maintained since 2019. ‘The KMC only wakes up when a photograph goes viral,’ she said.",
        "The Mayor dismissed the charge as ‘cheap politics’ and said the flyover had last been inspected in March.",
    ),
    [
        "Amitava Sengupta",
        "Kolkata Municipal Corporation",
        "State Public Works Department",
        "Kalyani Dasgupta",
        "The Eastern Chronicle",
        "Partha Sarathi Ghoshal",
        "Hooghly Institute of Technology",
        "Tapan Kumar Haldar",
        "Kolkata Traffic Police",
        "Ruksana Begum",
    ],
    [
        Q("No threat to commuters", "Amitava Sengupta", "Mayor", kind="partial"),
        Q("absolutely safe", "Amitava Sengupta", "Kolkata Mayor Amitava Sengupta", kind="partial"),
        Q(
            "Our engineers inspected every span on Sunday night. These are surface cracks in the wearing coat, not in the girders",
            "Amitava Sengupta",
            "Mr Sengupta",
        ),
        Q("There is no threat to commuters. I would not say so if there was", "Amitava Sengupta", "he"),
        Q(
            "a line running across the pillar, as thick as my finger",
            "Kalyani Dasgupta",
            "retired schoolteacher Smt. Kalyani Dasgupta",
            kind="partial",
        ),
        Q(
            "We walk under it every day. After what we have seen in this city, how can anyone tell us not to worry",
            "Kalyani Dasgupta",
            "she",
        ),
        Q(
            "proper load testing, not a visual check by torchlight",
            "Partha Sarathi Ghoshal",
            "Structural engineer Dr. Partha Sarathi Ghoshal",
            kind="partial",
        ),
        Q(
            "Hairline cracks can be cosmetic. They can also be the first sign of corrosion in the cables. You cannot tell which from the road",
            "Partha Sarathi Ghoshal",
            "he",
        ),
        Q("We will not take chances with people’s lives", "Tapan Kumar Haldar", "the minister"),
        Q("The KMC only wakes up when a photograph goes viral", "Ruksana Begum", "she"),
        Q("cheap politics", "Amitava Sengupta", "The Mayor", kind="partial"),
    ],
)

article(
    "south-asian",
    3,
    P(
        """Police arrest three in Shadbagh jewellery shop robbery""",
        """Our Correspondent""",
        """LAHORE: The police on Wednesday claimed to have arrested three suspects involved in the robbery of a jewellery shop in Shadbagh last week, in which a private security guard was shot dead.""",
        """Addressing a press conference at the Capital City Police Office, Deputy Inspector General of Police (Operations) Syed Kamran Haider Bukhari said the suspects had been traced through CCTV footage and mobile phone data. "It was a blind case, but our teams worked round the clock for eight days," he said.""",
        """The DIG said the gang had carried out at least four similar robberies in Gujranwala and Sheikhupura since January. "They would recce a shop for days, sometimes posing as customers looking for wedding sets," he added.""",
        """He said gold ornaments weighing around 60 tolas and Rs1.2 million in cash had been recovered from the suspects, while the rest of the stolen jewellery was being traced.""",
        """The slain guard, Muhammad Aslam, 52, was a father of five. His brother, Ghulam Rasool, said the family had been waiting for justice. "Aslam bhai could have run. He did not. He stood at the door," said Ghulam Rasool, his voice breaking.""",
        """Mr Rasool demanded that the government announce compensation for the family. "We do not want speeches. We want his children to go to school," said he.""",
        """Later, Punjab Minister for Home Affairs Begum Nusrat Jabeen Malik visited the family and announced Rs2 million in compensation. "Muhammad Aslam is a martyr of duty. The province will not forget him," she said.""",
        """Shop owner Haji Abdul Qadeer said he was "relieved but not satisfied" and would not reopen until all the stolen gold was recovered.""",
        """The Punjab Police said in a statement that the suspects had "confessed to their crimes during preliminary interrogation," a claim disputed by their lawyer.""",
        """Advocate Rana Tariq Mehmood, counsel for one of the suspects, said confessions made in police custody "have no evidentiary value" under the law. "My client was picked up from his home two days before this so-called arrest," he told reporters outside the district courts.""",
        """An anti-terrorism court later granted the police a 10-day physical remand of the suspects.""",
    ),
    [
        "Capital City Police Office",
        "Syed Kamran Haider Bukhari",
        "Muhammad Aslam",
        "Ghulam Rasool",
        "Nusrat Jabeen Malik",
        "Abdul Qadeer",
        "Punjab Police",
        "Rana Tariq Mehmood",
    ],
    [
        Q(
            "It was a blind case, but our teams worked round the clock for eight days",
            "Syed Kamran Haider Bukhari",
            "he",
        ),
        Q(
            "They would recce a shop for days, sometimes posing as customers looking for wedding sets",
            "Syed Kamran Haider Bukhari",
            "he",
        ),
        Q("Aslam bhai could have run. He did not. He stood at the door", "Ghulam Rasool", "Ghulam Rasool"),
        Q("We do not want speeches. We want his children to go to school", "Ghulam Rasool", "he"),
        Q("Muhammad Aslam is a martyr of duty. The province will not forget him", "Nusrat Jabeen Malik", "she"),
        Q("relieved but not satisfied", "Abdul Qadeer", "Shop owner Haji Abdul Qadeer", kind="partial"),
        Q(
            "confessed to their crimes during preliminary interrogation",
            "Punjab Police",
            "The Punjab Police",
            kind="partial",
            stype="organisation",
        ),
        Q("have no evidentiary value", "Rana Tariq Mehmood", "Advocate Rana Tariq Mehmood", kind="partial"),
        Q(
            "My client was picked up from his home two days before this so-called arrest",
            "Rana Tariq Mehmood",
            "he",
        ),
    ],
)

article(
    "south-asian",
    4,
    P(
        "Ashulia factory fire: death toll rises to 11",
        "Staff Correspondent",
        "DHAKA: The death toll from Saturday’s fire at a knitwear factory in Ashulia rose to 11 on Monday after two more workers died while undergoing treatment at the Dhaka Burn and Plastic Surgery Hospital.",
        "Fire Service and Civil Defence Deputy Director (Dhaka Division) Md. Rafiqul Islam Bhuiyan told The Daily Meghna that the fire had started in the fabric store on the fourth floor at around 11:40am and spread quickly through stacks of yarn. “The exit on that floor was locked from outside. That is what killed people,” he said.",
        "The factory, run by Lumina Knit Composite Ltd, produces sweaters and cardigans for buyers in Europe and employs about 1,800 workers. Its managing director, Nazmul Haque Chowdhury, denied that any exit had been locked. “All our gates were open. The workers panicked and ran to the wrong staircase,” Mr Chowdhury said.",
        "Survivor Shahnaz Akter, 24, a sewing operator who climbed down a bamboo scaffold on the side of the building, said smoke had filled the floor within minutes. “I heard people screaming on the stairs. I did not look back,” she told this correspondent from her hospital bed.",
        "The Ministry of Labour and Employment said in a statement that a five-member probe committee had been formed and would submit its report within seven working days. “Stern action will be taken against anyone found responsible, regardless of their position,” the ministry said.",
        "State Minister for Labour and Employment Begum Farida Yasmin Talukder, who visited the site on Sunday, called the incident “a national shame” and said the factory’s fire licence would be reviewed.",
        "Kamrul Hasan Tipu, general secretary of the Bangladesh Garment Workers’ Solidarity Federation, said the government had made the same promises after every fire. “How many more Ashulias?” he asked. “Every time there is a committee, and every time the report disappears.”",
        "Industrial Police-1 Superintendent Sarwar Alam said a case had been filed with Ashulia Police Station and that the factory’s administrative officer had been detained for questioning. “We are looking at whether the gate was locked and who had the keys,” the SP said.",
        "Relatives of the missing gathered outside the factory gate throughout Monday, many holding photographs of family members. Of the 11 dead, seven were women.",
        "Firefighters douse the gutted factory in Ashulia on Saturday. Photo: Anisur Rahman Joy",
    ),
    [
        "Dhaka Burn and Plastic Surgery Hospital",
        "Fire Service and Civil Defence",
        "Md. Rafiqul Islam Bhuiyan",
        "The Daily Meghna",
        "Lumina Knit Composite Ltd",
        "Nazmul Haque Chowdhury",
        "Shahnaz Akter",
        "Ministry of Labour and Employment",
        "Farida Yasmin Talukder",
        "Kamrul Hasan Tipu",
        "Bangladesh Garment Workers’ Solidarity Federation",
        "Industrial Police",
        "Sarwar Alam",
        "Ashulia Police Station",
        "Anisur Rahman Joy",
    ],
    [
        Q(
            "The exit on that floor was locked from outside. That is what killed people",
            "Md. Rafiqul Islam Bhuiyan",
            "he",
        ),
        Q(
            "All our gates were open. The workers panicked and ran to the wrong staircase",
            "Nazmul Haque Chowdhury",
            "Mr Chowdhury",
        ),
        Q("I heard people screaming on the stairs. I did not look back", "Shahnaz Akter", "she"),
        Q(
            "Stern action will be taken against anyone found responsible, regardless of their position",
            "Ministry of Labour and Employment",
            "the ministry",
            stype="organisation",
        ),
        Q(
            "a national shame",
            "Farida Yasmin Talukder",
            "State Minister for Labour and Employment Begum Farida Yasmin Talukder",
            kind="partial",
        ),
        Q("How many more Ashulias", "Kamrul Hasan Tipu", "he"),
        Q("Every time there is a committee, and every time the report disappears", "Kamrul Hasan Tipu", "he"),
        Q("We are looking at whether the gate was locked and who had the keys", "Sarwar Alam", "the SP"),
    ],
)

article(
    "south-asian",
    5,
    P(
        "Stampede probe panel indicts railway officials, recommends rebuilding of foot overbridges",
        "Mihir Joshi",
        "MUMBAI: The Patwardhan Commission, which probed last October’s stampede on a foot overbridge at Mahim Creek Road station that killed 14 commuters, has blamed “systemic neglect” by railway officials and recommended that two overbridges at the station be rebuilt within a year.",
        "The one-man commission, headed by retired Bombay High Court judge Justice Shrikant Vasudeo Patwardhan, submitted its 312-page report to Chief Minister Shri Dattatray Bhosale-Patil on Monday.",
        "“The tragedy was not an act of God. It was the predictable result of years of warnings being filed and forgotten,” the commission said in its report. “Officers at every level knew that the bridge could not carry the morning crowd.",
        "“Nobody acted, because nobody was required to act.”",
        "The report notes that footfall at the station had nearly tripled since 2011 while the width of the overbridge remained unchanged at 3.5 metres. It lists 27 written complaints from commuters and station staff between 2019 and the day of the stampede, and four internal memos flagging overcrowding that received no reply.",
        "Speaking to this newspaper at his residence in Dadar, Justice Patwardhan said his findings were based on documents “that were sitting in the railway’s own files”. “Nobody had to investigate very hard. The warnings were there in black and white,” said he.",
        "A spokesperson for the Mumbai Suburban Rail Corporation (MSRC) said the corporation had “already begun implementing” several of the commission’s recommendations, including the deployment of crowd marshals at peak hours.",
        "Divisional Railway Manager (Mumbai Division) Shri Anil Kumar Saxena, one of the officials named in the report, declined to comment on the findings, saying he had “nothing to add to what the department has already submitted”.",
        "Sunita Kamble, whose 19-year-old son Rohit died in the stampede, said the report had come too late for her family. “They have written 312 pages. My son will not read a single one of them,” she said.",
        "Chief Minister Bhosale-Patil said the government would table the report in the Maharashtra Legislative Assembly during the monsoon session. “Every recommendation will be accepted in letter and spirit,” he said. “The guilty will not be spared, whatever their rank.”",
        "Leader of the Opposition Smt. Rekha Deshmane said the report “vindicates every commuter who has ever complained” and demanded that the officials named in it be suspended immediately.",
    ),
    [
        "Mihir Joshi",
        "Patwardhan Commission",
        "Bombay High Court",
        "Shrikant Vasudeo Patwardhan",
        "Dattatray Bhosale-Patil",
        "Mumbai Suburban Rail Corporation",
        "Anil Kumar Saxena",
        "Sunita Kamble",
        "Rohit",
        "Maharashtra Legislative Assembly",
        "Rekha Deshmane",
    ],
    [
        Q(
            "systemic neglect",
            "Patwardhan Commission",
            "The Patwardhan Commission",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The tragedy was not an act of God. It was the predictable result of years of warnings being filed and forgotten",
            "Patwardhan Commission",
            "the commission",
            stype="organisation",
            anchor="the commission said",
        ),
        Q(
            "Officers at every level knew that the bridge could not carry the morning crowd",
            "Patwardhan Commission",
            "the commission",
            stype="organisation",
            anchor="the commission said",
        ),
        Q("Nobody acted, because nobody was required to act", "Patwardhan Commission", "@prev", stype="organisation"),
        Q(
            "that were sitting in the railway’s own files",
            "Shrikant Vasudeo Patwardhan",
            "Justice Patwardhan",
            kind="partial",
        ),
        Q(
            "Nobody had to investigate very hard. The warnings were there in black and white",
            "Shrikant Vasudeo Patwardhan",
            "he",
        ),
        Q(
            "already begun implementing",
            "a spokesperson for the Mumbai Suburban Rail Corporation",
            "A spokesperson for the Mumbai Suburban Rail Corporation",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "nothing to add to what the department has already submitted",
            "Anil Kumar Saxena",
            "Divisional Railway Manager (Mumbai Division) Shri Anil Kumar Saxena",
            kind="partial",
        ),
        Q("They have written 312 pages. My son will not read a single one of them", "Sunita Kamble", "she"),
        Q("Every recommendation will be accepted in letter and spirit", "Dattatray Bhosale-Patil", "he"),
        Q("The guilty will not be spared, whatever their rank", "Dattatray Bhosale-Patil", "he"),
        Q(
            "vindicates every commuter who has ever complained",
            "Rekha Deshmane",
            "Leader of the Opposition Smt. Rekha Deshmane",
            kind="partial",
        ),
    ],
)

article(
    "south-asian",
    6,
    P(
        "Cyclone Varsha: 40,000 evacuated in delta districts as storm nears coast",
        "Special Correspondent",
        "CHENNAI: Nearly 40,000 people were moved to relief centres in Cuddalore, Nagapattinam and Mayiladuthurai districts on Thursday as Cyclone Varsha intensified into a severe cyclonic storm and moved towards the Tamil Nadu coast.",
        "The India Meteorological Department (IMD) said in its evening bulletin that the system was likely to cross the coast near Karaikal “as a severe cyclonic storm with wind speeds of 100-110 kmph gusting to 120 kmph” in the early hours of Friday.",
        "Revenue and Disaster Management Minister Thiru M. Kathiresan, who chaired a review meeting at the State Emergency Operations Centre, said 4,100 relief centres had been readied across 14 districts. “We are not taking any chances. Every family in a low-lying area must move, even if they feel safe,” said he.",
        "The minister added that 22 teams of the National Disaster Response Force and the State Disaster Response Force had been positioned in vulnerable areas. “Power supply will be cut in some areas as a precaution. Please bear with us,” he added.",
        "Cuddalore District Collector Dr. S. Aruna Devi, who toured the fishing hamlets of Thazhanguda and Devanampattinam, told The Coromandel Herald that some fishermen had initially refused to leave. “I have personally spoken to the village elders. By nightfall, we expect everyone to be in the centres,” she said.",
        "Fisherman R. Murugesan, 56, said he had tied his boat to a coconut tree behind his house. “The boat is my whole life. If it goes, I have nothing,” he said. His wife, M. Selvi, said the family would stay at the relief centre “as long as the Collector says so”.",
        "A senior official in the Chief Minister’s Office who did not wish to be named said the Centre had been requested to keep additional NDRF teams on standby in neighbouring Andhra Pradesh. “The first 12 hours after landfall are the most critical,” the official said.",
        "Dr. Kavitha Raghunathan, head of the Regional Meteorological Centre in Chennai, said the storm had “slowed down slightly, which gives it more time to gather moisture”. “Its slow movement is a concern, not a comfort,” she told reporters.",
        "Schools and colleges in 11 districts will remain closed on Friday. Fishermen have been advised not to venture into the sea till Sunday, and ports along the coast have hoisted danger signals.",
    ),
    [
        "India Meteorological Department",
        "M. Kathiresan",
        "State Emergency Operations Centre",
        "National Disaster Response Force",
        "State Disaster Response Force",
        "S. Aruna Devi",
        "The Coromandel Herald",
        "R. Murugesan",
        "M. Selvi",
        "Chief Minister’s Office",
        "Kavitha Raghunathan",
        "Regional Meteorological Centre",
    ],
    [
        Q(
            "as a severe cyclonic storm with wind speeds of 100-110 kmph gusting to 120 kmph",
            "India Meteorological Department",
            "The India Meteorological Department",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "We are not taking any chances. Every family in a low-lying area must move, even if they feel safe",
            "M. Kathiresan",
            "he",
        ),
        Q("Power supply will be cut in some areas as a precaution. Please bear with us", "M. Kathiresan", "he"),
        Q(
            "I have personally spoken to the village elders. By nightfall, we expect everyone to be in the centres",
            "S. Aruna Devi",
            "she",
        ),
        Q("The boat is my whole life. If it goes, I have nothing", "R. Murugesan", "he"),
        Q("as long as the Collector says so", "M. Selvi", "M. Selvi", kind="partial"),
        Q(
            "The first 12 hours after landfall are the most critical",
            "a senior official in the Chief Minister’s Office who did not wish to be named",
            "the official",
            stype="unnamed",
        ),
        Q(
            "slowed down slightly, which gives it more time to gather moisture",
            "Kavitha Raghunathan",
            "Dr. Kavitha Raghunathan",
            kind="partial",
        ),
        Q("Its slow movement is a concern, not a comfort", "Kavitha Raghunathan", "she"),
    ],
)

# ---------------------------------------------------------------------------
# HEALTH
# ---------------------------------------------------------------------------

article(
    "health",
    1,
    P(
        "A 20-minute walk after meals blunts blood sugar spikes, study finds",
        "By Lauren Matsuda-Pryce, Health Reporter",
        "A brisk 20-minute walk within half an hour of eating cut post-meal blood sugar spikes by almost a third in adults with prediabetes, according to a study published Wednesday in the Journal of Metabolic Medicine.",
        "The trial, titled “Postprandial Walking and Glycemic Excursions in Prediabetes,” was led by researchers at Northgate University School of Medicine and followed 412 adults in three cities for 16 weeks. Participants who walked after their largest meal of the day saw average glucose peaks fall by 29%, compared with 6% in a group that did the same amount of walking at other times of day.",
        "“The timing turned out to matter almost as much as the walking itself,” said Dr. Yusuf Adeyemi-Clarke, an endocrinologist at Northgate and the study’s senior author. “Your muscles are essentially soaking up glucose right at the moment it floods the bloodstream.”",
        "Lead author Hannah Strömberg, a doctoral researcher in exercise physiology, said the team had expected a much smaller effect. “Honestly, we thought we’d see maybe 10%. When the numbers came in, I ran them three times,” she said.",
        "The study was funded by the National Diabetes Research Foundation and had no commercial sponsors. Participants wore continuous glucose monitors throughout and logged their meals in a smartphone diary.",
        "Dr. Patricia Nwankwo-Hale, a diabetologist at St. Brendan’s Hospital in Boston who was not involved in the study, called the results “encouraging but not surprising.” “We’ve told patients for years that movement helps. What this adds is a very simple, very cheap instruction: walk after you eat,” she said.",
        "She cautioned that most participants were under 60 and that the findings might not apply to older adults or to people already taking insulin.",
        "One participant, a 52-year-old bus dispatcher from Milwaukee who asked to be identified only by her first name, Denise, said the habit had stuck long after the study ended. “I walk my dog after dinner now instead of sitting down in front of the TV. My numbers are better and, frankly, so is the dog,” Denise said.",
        "Not everyone is convinced the benefit will last. “Sixteen weeks is a short study. The real question is whether people are still doing it a year from now,” said Dr. Martin Feeney, a professor of public health at Lakeshore University who was not involved in the research.",
        "The National Council on Diabetes Prevention currently advises adults with prediabetes to get “at least 150 minutes of moderate activity a week” but does not say when that activity should take place.",
        "Adeyemi-Clarke said his team was planning a larger, year-long trial that would include older adults. “If it holds up, it’s one of the cheapest interventions in medicine,” he said.",
    ),
    [
        "Lauren Matsuda-Pryce",
        "Journal of Metabolic Medicine",
        "Northgate University School of Medicine",
        "Yusuf Adeyemi-Clarke",
        "Hannah Strömberg",
        "National Diabetes Research Foundation",
        "Patricia Nwankwo-Hale",
        "St. Brendan’s Hospital",
        "Denise",
        "Martin Feeney",
        "Lakeshore University",
        "National Council on Diabetes Prevention",
    ],
    [
        Q(
            "The timing turned out to matter almost as much as the walking itself",
            "Yusuf Adeyemi-Clarke",
            "Dr. Yusuf Adeyemi-Clarke",
        ),
        Q(
            "Your muscles are essentially soaking up glucose right at the moment it floods the bloodstream",
            "Yusuf Adeyemi-Clarke",
            "Dr. Yusuf Adeyemi-Clarke",
        ),
        Q(
            "Honestly, we thought we’d see maybe 10%. When the numbers came in, I ran them three times",
            "Hannah Strömberg",
            "she",
        ),
        Q("encouraging but not surprising", "Patricia Nwankwo-Hale", "Dr. Patricia Nwankwo-Hale", kind="partial"),
        Q(
            "We’ve told patients for years that movement helps. What this adds is a very simple, very cheap instruction: walk after you eat",
            "Patricia Nwankwo-Hale",
            "she",
        ),
        Q(
            "I walk my dog after dinner now instead of sitting down in front of the TV. My numbers are better and, frankly, so is the dog",
            "Denise",
            "Denise",
        ),
        Q(
            "Sixteen weeks is a short study. The real question is whether people are still doing it a year from now",
            "Martin Feeney",
            "Dr. Martin Feeney",
        ),
        Q(
            "at least 150 minutes of moderate activity a week",
            "National Council on Diabetes Prevention",
            "The National Council on Diabetes Prevention",
            kind="partial",
            stype="organisation",
        ),
        Q("If it holds up, it’s one of the cheapest interventions in medicine", "Yusuf Adeyemi-Clarke", "he"),
    ],
)

article(
    "health",
    2,
    P(
        """Health agency widens RSV shot advice to all adults 60 and older""",
        """By Tomasina Reyes-Ward""",
        """ATLANTA -- The Federal Office of Disease Control on Thursday expanded its recommendation for respiratory syncytial virus vaccines to cover all adults 60 and older, reversing earlier advice that limited the shots to people with chronic heart or lung disease and other risk factors.""",
        """In updated guidance posted on its website, the agency said older adults should receive a single dose "ideally in late summer or early fall, before RSV begins to circulate widely." It did not recommend a booster.""",
        """The change follows a 9-3 vote last month by the agency's Advisory Panel on Immunization Practices, whose members reviewed new data showing that the vaccines remained effective through a second season.""",
        '''"The evidence has matured, and our advice has matured with it," Dr. Eleanor Brandvold, the office's director, said at a news briefing. "We now know that protection lasts longer than we first thought, and that the risk of severe RSV is not limited to people with known conditions."''',
        '''Brandvold said the agency had seen "no new safety signals" in more than 9 million doses given so far. Asked about Guillain-Barre syndrome, a rare nerve disorder flagged in earlier trials, she said the risk remained "very small, on the order of a few cases per million doses."''',
        """Dr. Samuel Ostrander, a panel member who voted against the change, said his objection was about cost rather than safety. "I'm not against the vaccine. I'm against recommending a $280 shot to every healthy 61-year-old when we haven't shown it's the best use of that money," he said.""",
        """At a pharmacy in Decatur, retired mail carrier Loretta Simms, 67, said she planned to get the shot next week. "I had RSV two winters ago and I thought I was going to die. If there's a shot, I'm taking it," she said.""",
        """Corvanta Biologics, which makes one of the two approved vaccines, said in a statement that it welcomed the decision and had "ample supply" for the coming season.""",
        '''Pharmacists said the broader recommendation would make their jobs easier. "Before, we had to ask people about their medical history at the counter, which a lot of them didn't love," said Ahmed Darwish-Cole, a pharmacist and the owner of Oakhurst Family Pharmacy. "Now it's just: Are you 60? Great, roll up your sleeve."''',
        """Most private insurers are required to cover vaccines recommended by the agency without a copay, typically within a year of the recommendation taking effect.""",
    ),
    [
        "Tomasina Reyes-Ward",
        "Federal Office of Disease Control",
        "Advisory Panel on Immunization Practices",
        "Eleanor Brandvold",
        "Samuel Ostrander",
        "Loretta Simms",
        "Corvanta Biologics",
        "Ahmed Darwish-Cole",
        "Oakhurst Family Pharmacy",
    ],
    [
        Q(
            "ideally in late summer or early fall, before RSV begins to circulate widely",
            "Federal Office of Disease Control",
            "the agency",
            kind="partial",
            stype="organisation",
        ),
        Q("The evidence has matured, and our advice has matured with it", "Eleanor Brandvold", "Dr. Eleanor Brandvold"),
        Q(
            "We now know that protection lasts longer than we first thought, and that the risk of severe RSV is not limited to people with known conditions",
            "Eleanor Brandvold",
            "Dr. Eleanor Brandvold",
        ),
        Q("no new safety signals", "Eleanor Brandvold", "Brandvold", kind="partial"),
        Q("very small, on the order of a few cases per million doses", "Eleanor Brandvold", "she", kind="partial"),
        Q(
            "I'm not against the vaccine. I'm against recommending a $280 shot to every healthy 61-year-old when we haven't shown it's the best use of that money",
            "Samuel Ostrander",
            "he",
        ),
        Q(
            "I had RSV two winters ago and I thought I was going to die. If there's a shot, I'm taking it",
            "Loretta Simms",
            "she",
        ),
        Q("ample supply", "Corvanta Biologics", "Corvanta Biologics", kind="partial", stype="organisation"),
        Q(
            "Before, we had to ask people about their medical history at the counter, which a lot of them didn't love",
            "Ahmed Darwish-Cole",
            "Ahmed Darwish-Cole",
        ),
        Q("Now it's just: Are you 60? Great, roll up your sleeve", "Ahmed Darwish-Cole", "Ahmed Darwish-Cole"),
    ],
)

article(
    "health",
    3,
    P(
        "Hospital halts NICU admissions after bacterial cluster sickens three infants",
        "By Colleen Fairbanks",
        "GRAYSTONE, Mass. — Graystone General Hospital has stopped admitting new patients to its neonatal intensive care unit after three premature infants developed infections caused by the same strain of bacteria, hospital officials said Tuesday.",
        "In a statement, the hospital said all three infants were “responding well to treatment” and that it had notified the state Department of Public Health “out of an abundance of caution.”",
        "“The safety of our smallest patients is our highest priority, and we are not going to take any chances,” said Dr. Rebecca Coyle-Amadi, the hospital’s chief medical officer. She said the unit would stay closed to new admissions until at least two rounds of environmental testing came back clean.",
        "The bacterium, Serratia marcescens, is a common cause of hospital-acquired infections and can be dangerous for premature babies, whose immune systems are not fully developed. Infants already in the unit will continue to be cared for there, and expectant mothers likely to deliver early are being referred to Wexley University Medical Center, about 40 miles away.",
        "The mother of one of the infants, who spoke to the Graystone Gazette on the condition that she be identified only as “Jess” to protect her family’s privacy, said she learned of the infection from a nurse during a routine visit. “Nobody sat us down. I found out because I asked why there was a new sign on the door,” Jess said.",
        "Coyle-Amadi said the hospital was reviewing how families had been told. “If any parent felt left in the dark, that is on us, and I apologize,” she said.",
        "A spokesperson for the Department of Public Health, Kwesi Oduya, said the department had sent an epidemiologist to the hospital on Monday. “Clusters like this are uncommon but not rare, and the hospital reported it promptly,” he said.",
        "Graystone Nurses United, which represents about 600 nurses at the hospital, said staffing shortages had made infection control harder. “When one nurse is covering three critical babies, hand hygiene is the first thing that slips. Everybody in the unit knows it,” said Tara Finnegan, a NICU nurse and the union’s vice president.",
        "Dr. Howard Ebersole Jr., an infectious disease specialist at Wexley University Medical Center who was not involved in the response, said closing the unit was “the right call.” “You find the source before you add more vulnerable patients,” said Ebersole, whose father, Howard Ebersole Sr., ran the hospital’s infection control program in the 1980s.",
        "Dr. Howard Ebersole at Wexley University Medical Center on Tuesday. (Photo: Nina Castellucci/Graystone Gazette)",
    ),
    [
        "Colleen Fairbanks",
        "Graystone General Hospital",
        "Department of Public Health",
        "Rebecca Coyle-Amadi",
        "Wexley University Medical Center",
        "Graystone Gazette",
        "Jess",
        "Kwesi Oduya",
        "Graystone Nurses United",
        "Tara Finnegan",
        "Howard Ebersole Jr.",
        "Howard Ebersole Sr.",
        "Nina Castellucci",
    ],
    [
        Q(
            "responding well to treatment",
            "Graystone General Hospital",
            "the hospital",
            kind="partial",
            stype="organisation",
            anchor="the hospital said",
        ),
        Q(
            "out of an abundance of caution",
            "Graystone General Hospital",
            "the hospital",
            kind="partial",
            stype="organisation",
            anchor="the hospital said",
        ),
        Q(
            "The safety of our smallest patients is our highest priority, and we are not going to take any chances",
            "Rebecca Coyle-Amadi",
            "Dr. Rebecca Coyle-Amadi",
        ),
        Q("Nobody sat us down. I found out because I asked why there was a new sign on the door", "Jess", "Jess"),
        Q("If any parent felt left in the dark, that is on us, and I apologize", "Rebecca Coyle-Amadi", "she"),
        Q("Clusters like this are uncommon but not rare, and the hospital reported it promptly", "Kwesi Oduya", "he"),
        Q(
            "When one nurse is covering three critical babies, hand hygiene is the first thing that slips. Everybody in the unit knows it",
            "Tara Finnegan",
            "Tara Finnegan",
        ),
        Q("the right call", "Howard Ebersole Jr.", "Dr. Howard Ebersole Jr.", kind="partial"),
        Q("You find the source before you add more vulnerable patients", "Howard Ebersole Jr.", "Ebersole"),
    ],
)

article(
    "health",
    4,
    P(
        "Journal retracts high-profile Alzheimer’s study over manipulated images",
        "By Miriam Abebe",
        "A leading neurology journal has retracted a 2019 study that suggested a common blood-pressure drug could slow memory loss in early Alzheimer’s disease, after the journal concluded that key images in the paper had been “inappropriately manipulated.”",
        "In a retraction notice published Monday, the Annals of Clinical Neurology said it had “lost confidence in the integrity of the data” and that the authors had been unable to provide original files for several figures.",
        "The paper’s senior author, Dr. Viktor Hallström, a neuroscientist at Eastbridge University, did not respond to requests for comment. In a 2023 interview with the Sentinel, Hallström defended the work, calling the criticism “a witch hunt by people who have never run a clinical lab.”",
        "The first author, Dr. Lena Okabe, now at a biotechnology company in San Diego, said in an email that she had “no involvement in the preparation of the figures in question” and supported the retraction. “Science has to be able to correct itself, even when it hurts the people involved,” she wrote.",
        "Eastbridge University said in a statement that it had completed its own inquiry in June and had found “research misconduct by one investigator.” The university did not name the investigator.",
        "The problems were first flagged in 2022 by Dr. Ingrid Kaspersen, an independent image analyst in Oslo who has identified problems in more than 300 published papers. “Some of the blots had been duplicated and flipped. Once you see it, you can’t unsee it,” said Kaspersen.",
        "The study, which followed 240 patients for 18 months, has been cited more than 900 times and helped justify at least two follow-up clinical trials. “A retraction like this ripples outward. Other groups built on this work, and some patients asked their doctors about the drug,” said Dr. Desmond Ellery, a geriatric psychiatrist at Pinecrest Memory Clinic who was not involved in the study.",
        "Among those who asked was Gerald, 71, a retired engineer in Ohio with early-stage Alzheimer’s who asked that his surname not be published. “My doctor told me it was a long shot. I took it anyway, for two years,” Gerald said by phone. “I don’t feel cheated by my doctor. I feel cheated by the science.”",
        "The drug, sold under the brand name “Veltrax,” remains approved for high blood pressure and is considered safe for that use.",
        "The National Brain Health Institute, which funded the original study with a $3.4 million grant, said it was “reviewing the matter” and had paused payments on a related award to Hallström’s lab.",
    ),
    [
        "Miriam Abebe",
        "Annals of Clinical Neurology",
        "Viktor Hallström",
        "Eastbridge University",
        "Sentinel",
        "Lena Okabe",
        "Ingrid Kaspersen",
        "Desmond Ellery",
        "Pinecrest Memory Clinic",
        "Gerald",
        "National Brain Health Institute",
    ],
    [
        Q(
            "inappropriately manipulated",
            "Annals of Clinical Neurology",
            "the journal",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "lost confidence in the integrity of the data",
            "Annals of Clinical Neurology",
            "the Annals of Clinical Neurology",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "a witch hunt by people who have never run a clinical lab",
            "Viktor Hallström",
            "Hallström",
            kind="partial",
        ),
        Q(
            "no involvement in the preparation of the figures in question",
            "Lena Okabe",
            "Dr. Lena Okabe",
            kind="partial",
        ),
        Q("Science has to be able to correct itself, even when it hurts the people involved", "Lena Okabe", "she"),
        Q(
            "research misconduct by one investigator",
            "Eastbridge University",
            "Eastbridge University",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Some of the blots had been duplicated and flipped. Once you see it, you can’t unsee it",
            "Ingrid Kaspersen",
            "Kaspersen",
        ),
        Q(
            "A retraction like this ripples outward. Other groups built on this work, and some patients asked their doctors about the drug",
            "Desmond Ellery",
            "Dr. Desmond Ellery",
        ),
        Q("My doctor told me it was a long shot. I took it anyway, for two years", "Gerald", "Gerald"),
        Q("I don’t feel cheated by my doctor. I feel cheated by the science", "Gerald", "Gerald"),
        Q(
            "reviewing the matter",
            "National Brain Health Institute",
            "The National Brain Health Institute",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "health",
    5,
    P(
        "Drug-resistant infections ‘could kill more people than cancer by 2050’, warns Lord Wraxall",
        "Nadia Farouk, Health editor",
        "Drug-resistant infections could kill more people each year than cancer by 2050 unless the government acts to rebuild the pipeline of new antibiotics, a cross-party commission has warned.",
        "The Commission on Antimicrobial Futures, chaired by the former health minister Lord Wraxall, said in its final report that the world was sleepwalking into an era in which routine operations such as hip replacements and caesarean sections could once again become life-threatening.",
        "“We are not talking about some distant science-fiction scenario,” Lord Wraxall said at the report’s launch in Westminster on Tuesday. “People are dying now, in this country, of infections that would have been trivial 20 years ago.",
        "“If we do nothing, the next generation of surgeons will operate the way their great-grandparents did – hoping for the best.”",
        "The report calls for the NHS to pay drug companies a fixed annual fee for access to new antibiotics, regardless of how much is prescribed – a so-called “subscription model” already piloted on a small scale in England.",
        "Professor Dame Alison Rutherford-Kaye, the commission’s scientific lead and a microbiologist at the University of Brackenbury, said the economics of antibiotic development were “fundamentally broken”. “If you invent a brilliant new antibiotic, the best thing doctors can do is not use it, so you sell almost none,” she said.",
        "Among those who gave evidence to the commission was Kieran, a 34-year-old from Stockport who spent 11 weeks in hospital with a resistant kidney infection and asked that his surname not be used. “They tried four different antibiotics. The fifth one worked, and the doctor told me there wasn’t a sixth,” he said.",
        "A Department of Health and Social Care spokesperson said: “We are already a world leader in tackling antimicrobial resistance and will respond to the commission’s recommendations in due course.”",
        "The Health Protection Authority said last year that GPs should tell patients most coughs “typically last up to three weeks” and do not need antibiotics.",
        "Richard Tolland, chief executive of the British Antibiotic Developers Group, an industry body, welcomed the report. “The science is there. What has been missing is a market that rewards it,” he said.",
        "But Dr Fiona McAllister, a GP in Dundee, said prescribing habits mattered as much as new drugs. “Patients still come in expecting a prescription for a cold. We need the public on side, not just the pharmaceutical industry,” she said.",
    ),
    [
        "Nadia Farouk",
        "Commission on Antimicrobial Futures",
        "Lord Wraxall",
        "NHS",
        "Alison Rutherford-Kaye",
        "University of Brackenbury",
        "Kieran",
        "Department of Health and Social Care",
        "Health Protection Authority",
        "Richard Tolland",
        "British Antibiotic Developers Group",
        "Fiona McAllister",
    ],
    [
        Q("could kill more people than cancer by 2050", "Lord Wraxall", "Lord Wraxall", kind="partial"),
        Q("We are not talking about some distant science-fiction scenario", "Lord Wraxall", "Lord Wraxall"),
        Q(
            "People are dying now, in this country, of infections that would have been trivial 20 years ago",
            "Lord Wraxall",
            "Lord Wraxall",
        ),
        Q(
            "If we do nothing, the next generation of surgeons will operate the way their great-grandparents did – hoping for the best",
            "Lord Wraxall",
            "@prev",
        ),
        Q(
            "fundamentally broken",
            "Alison Rutherford-Kaye",
            "Professor Dame Alison Rutherford-Kaye",
            kind="partial",
        ),
        Q(
            "If you invent a brilliant new antibiotic, the best thing doctors can do is not use it, so you sell almost none",
            "Alison Rutherford-Kaye",
            "she",
        ),
        Q(
            "They tried four different antibiotics. The fifth one worked, and the doctor told me there wasn’t a sixth",
            "Kieran",
            "he",
        ),
        Q(
            "We are already a world leader in tackling antimicrobial resistance and will respond to the commission’s recommendations in due course",
            "a Department of Health and Social Care spokesperson",
            "A Department of Health and Social Care spokesperson",
            stype="unnamed",
        ),
        Q(
            "typically last up to three weeks",
            "Health Protection Authority",
            "The Health Protection Authority",
            kind="partial",
            stype="organisation",
        ),
        Q("The science is there. What has been missing is a market that rewards it", "Richard Tolland", "he"),
        Q(
            "Patients still come in expecting a prescription for a cold. We need the public on side, not just the pharmaceutical industry",
            "Fiona McAllister",
            "she",
        ),
    ],
)

article(
    "health",
    6,
    P(
        """After a lifetime of pain crises, gene therapy patients weigh hope against a $2 million price""",
        """By Simone Akerlund""",
        """MEMPHIS, Tenn. -- For most of her 24 years, Keandra has measured time in hospital stays: the week in intensive care when she was 9, the month she missed of her senior year of high school, the Christmas she spent on a morphine drip.""",
        '''Eighteen months after receiving a one-time gene therapy for sickle cell disease at Riverbend Children's and Adult Hospital, she has not had a single pain crisis. "I keep waiting for the other shoe to drop," said Keandra, who asked that her last name not be used because she has not told her employer about her illness. "Some mornings I wake up and check my body like I'm looking for something I lost."''',
        """Keandra is one of 31 patients treated so far at Riverbend, one of a handful of U.S. centers offering the therapy, which is sold as "Corvexa" by Halden Genomics.""",
        '''"What we're seeing in these patients is, frankly, what we used to only hope for," said Dr. Clarence Odum Jr., who directs the hospital's sickle cell program. "But we have to be honest about what we don't know yet, and that's what happens at 10 years, at 20 years."''',
        """Odum, whose father, Clarence Odum Sr., was a family doctor in rural Mississippi who treated sickle cell patients for four decades, said the price remained the biggest obstacle. The therapy carries a list price of $2.1 million, and patients must first undergo weeks of chemotherapy to clear space in their bone marrow for the edited cells.""",
        '''Halden said in a statement that the price reflected "the lifetime value of a potential cure" and that the company was "working closely with payers to make sure no eligible patient is turned away."''',
        '''Another patient, a 31-year-old warehouse supervisor who asked to be identified by his middle name, Andre, spent seven months fighting his insurer before it agreed to cover the treatment. "They denied it twice. The third time, my doctor called them personally," Andre said. "I shouldn't need a doctor with a personal phone line to get a cure."''',
        """Dr. Sharon Kealoha-Briggs, a hematologist at Pacific Crest University who was not involved in the Riverbend program, said the therapy's reach was still limited by that grueling preparation. "It is a cure for the patients who can get through the process. That is not the same as a cure for sickle cell disease," she said.""",
        """The Food and Drug Administration, which approved the therapy in 2023, said in its prescribing information that patients should be monitored for blood cancers "for at least 15 years" after treatment.""",
        """Odum said his team now had a waiting list of 58 patients. "The science moved faster than the system," he said.""",
        """Dr. Clarence Odum reviews a patient's blood work at Riverbend Children's and Adult Hospital. (Photo: Tomas Eriksen-Bay / Mid-South Tribune)""",
    ),
    [
        "Simone Akerlund",
        "Keandra",
        "Riverbend Children's and Adult Hospital",
        "Halden Genomics",
        "Clarence Odum Jr.",
        "Clarence Odum Sr.",
        "Andre",
        "Sharon Kealoha-Briggs",
        "Pacific Crest University",
        "Food and Drug Administration",
        "Tomas Eriksen-Bay",
        "Mid-South Tribune",
    ],
    [
        Q("I keep waiting for the other shoe to drop", "Keandra", "Keandra"),
        Q(
            "Some mornings I wake up and check my body like I'm looking for something I lost",
            "Keandra",
            "Keandra",
            anchor="said Keandra",
        ),
        Q(
            "What we're seeing in these patients is, frankly, what we used to only hope for",
            "Clarence Odum Jr.",
            "Dr. Clarence Odum Jr.",
        ),
        Q(
            "But we have to be honest about what we don't know yet, and that's what happens at 10 years, at 20 years",
            "Clarence Odum Jr.",
            "Dr. Clarence Odum Jr.",
        ),
        Q(
            "the lifetime value of a potential cure",
            "Halden Genomics",
            "Halden",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "working closely with payers to make sure no eligible patient is turned away",
            "Halden Genomics",
            "Halden",
            kind="partial",
            stype="organisation",
        ),
        Q("They denied it twice. The third time, my doctor called them personally", "Andre", "Andre"),
        Q("I shouldn't need a doctor with a personal phone line to get a cure", "Andre", "Andre"),
        Q(
            "It is a cure for the patients who can get through the process. That is not the same as a cure for sickle cell disease",
            "Sharon Kealoha-Briggs",
            "she",
        ),
        Q(
            "for at least 15 years",
            "Food and Drug Administration",
            "The Food and Drug Administration",
            kind="partial",
            stype="organisation",
        ),
        Q("The science moved faster than the system", "Clarence Odum Jr.", "he"),
    ],
)
# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------


# house styles already used by part_a / part_b: article ids must stay unique
# across parts, so part C may not reuse them.
OTHER_PART_STYLES = {
    "wire",
    "british",
    "press-release",
    "transcript",
    "tech-science",
    "tweets",
    "long-form",
    "court-local",
}


STYLES = ["sports", "business", "south-asian", "health"]
SEEN_IDS = set()


def check_article(aid, a, text, qspans):
    assert a["style"] not in OTHER_PART_STYLES, f"{aid}: style used by another part"
    assert aid not in SEEN_IDS, f"{aid}: duplicate article id"
    SEEN_IDS.add(aid)


def main():
    records = build(ARTICLES, (350, 750), (6, 12), review="--review" in sys.argv, check_article=check_article)
    write(OUT, records)
    summarise(records, STYLES)


if __name__ == "__main__":
    main()
