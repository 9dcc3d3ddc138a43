#!/usr/bin/env python3
"""Source of truth for part_m.jsonl -- hand-written quote-attribution gold set.

Same format, helpers and checks as make_part_a.py; four further house styles:
translated-foreign-press, farm-rural, election-night and religion-faith (6
articles each; n<=4 "dev", n 5-6 "held-out").  350-750 words and 6-12 gold
quotes per article.

All articles below are invented (people, outlets and their English
editions, news agencies, broadcasters, translators, parties, campaigns,
super PACs, pollsters, universities, companies, co-ops, marts, auction
barns, extension offices, unions, associations, regulators, dioceses,
orders, churches, mosques, temples, councils, towns, villages, farms and
stations; real countries, states, provinces and regions -- Galicia,
Minas Gerais, Haute-Savoie, North Rhine-Westphalia, Iwate, Chubut,
Montana, New Brunswick, Queensland ... --, rivers and a few real cities --
Ourense, Santiago de Compostela, Gelsenkirchen, Morioka, Tokyo, Rawson,
Trelew, Neuquén, Buenos Aires, Fargo, Helena, Billings, Durham, Fredericton,
Moncton, Saint John, Copenhagen, Aarhus, Bristol, Chicago, Milwaukee,
Toronto, Albany -- appear, and three real institutions, the Xunta de
Galicia, the Parliament of Galicia and the Folketing, as part G's Dáil).
Each article is held as plain text; every gold quote and every speaker
mention is located by exact substring search and the character offsets are
computed here, then checked (text[start:end] == quote text, quote-mark
sanity, counts, word counts) before part_m.jsonl is written.

Run:  python3 make_part_m.py          (writes part_m.jsonl next to this file)
      python3 make_part_m.py --review (also prints every quote with its
                                       attribution context, and every quoted
                                       span that is NOT gold, for proofreading)

Typography is varied on purpose: curly double quotes in most articles,
straight double quotes in translated-foreign-press-2, farm-rural-2,
election-night-3, election-night-6 and religion-faith-2, single curly quotes
in translated-foreign-press-3, farm-rural-3, election-night-2 and
religion-faith-3 (and in the headlines of translated-foreign-press-4 and
religion-faith-5), straight single quotes in farm-rural-5 and
religion-faith-6 (apostrophes and dialect elisions inside the quotes left as
they are); nested quotes (curly double inside curly single in
translated-foreign-press-3 and religion-faith-3 -- the latter ending in the
nested closing mark; curly single inside curly double in
translated-foreign-press-4, -5 and religion-faith-5, all three ending in the
nested mark, and in translated-foreign-press-6 and religion-faith-1;
straight single inside straight double in election-night-3 and straight
double inside straight single in religion-faith-6, both ending in the
nested mark), quotes continued over a paragraph break
(translated-foreign-press-4, farm-rural-4, election-night-4,
religion-faith-4), and colon, "said X", "X said", "says X" (farm-rural-1,
religion-faith-4), mid-quote (religion-faith-2), "according to"
(election-night-3, religion-faith-2), "told <outlet>", "in remarks carried
by <agency>", pronoun-across-sentences ("Then she added", "He told her",
"Then, after a moment:") and next-sentence attributions ("That was the
verdict of ..." in election-night-5, "That is the view of ..." in
farm-rural-3).

Labelling conventions: those of make_part_a.py's docstring (not repeated
here), with the readings parts C-L already documented (police/agency/
company/party/diocese "said in a statement" as organisation; a document as
grammatical speaker is its author's, span the document mention as written;
a letter signed by a named person is that person's; joint statements as
unnamed under the phrase that introduces the parties; glued roles and long
glued titles stay in the span, comma-bounded ones do not; appositive names
are the span; unnamed phrases keep a restrictive clause but not a
comma-bounded one; first-name-only people are persons and entities;
nicknames, titles, slogans and signs in quote marks are never gold;
headline attributions point at the headline mention as written, and a
headline quote the headline does not attribute is not gold; "told
<outlet>" is a speech verb; translated quotes belong to the original
speaker; a spokesperson describing a principal in the third person is the
spokesperson; a kinship role keeps its possessive like "the judge"; "the
younger/elder X" is the span "X").

Part M readings of the conventions, for cases the new styles bring:
* translated-foreign-press: a "(sic)" or a bracketed editorial insertion
  printed inside the quote marks ("[the company]", "[in the
  administration]", "[the mine]", "900 liters per second (sic)", "Piedra
  Quebrado (sic)") belongs to the gold quote, which is the whole quoted
  span as printed.  Translators and reporters in credit lines ("Translated
  from the Spanish by ...") are entities and attribute nothing; "this
  newspaper" is never a span.  "told the newspaper La Región Miñota",
  "told L’Écho", "told the Jornal do Planalto Central", "told the Kesen
  Coast Shimbun" and "in remarks carried by Europa Norte / Agência Minas
  Norte / Radio Savoie Nord / Kitakami Broadcasting / Deutscher
  Nachrichtenring" are speech verbs; the quoting outlet or agency is an
  entity, never the speaker.  Iberian and Latin American names with two
  surnames and particles are canonical in full ("Xosé Manuel Regueiro
  Castiñeiras", "Maria Aparecida dos Santos Lima", "Francisca Rodrigues
  de Oliveira"), the short mention the first surname as the paper prints
  it ("Regueiro", "Vilariño", "Outeiro", "Curiñanco", "Huenchul"), a
  suffix kept like "Jr." ("Edivaldo Pereira Júnior", short "Pereira
  Júnior"); Japanese names in the given-name-first order the English
  edition prints, "Ms. Yamane" a span like "Mr X".  "The president of the
  Xunta", "the governor" are role-only spans of the person named earlier;
  "The governor of Chubut, Ernesto Villagra Echeverría," points at the
  appositive name.  A prefect the text never names is unnamed "the prefect
  of Haute-Savoie" (part J's Deputy Prime Minister); a lower-case "the
  transport ministry" is generic and its anonymous official unnamed ("an
  official at the transport ministry"); "the regional government", "the
  State", "the state" are generic, "the Xunta" a short form.  Complaints a
  lead attributes to a collective ("complaints from several mayors that
  ... '...'") are unnamed "several mayors".  A son given as "his son
  Deniz" is a person under the first name; "The elder Yıldırım shook his
  head. '...,' he said" points at "he", the father.  A chief executive's
  letter to employees is his (span "Falkenhayn" at "wrote").  The headline
  "Works council chief vows '...'" is gold with span "Works council chief"
  (the body repeats the words, occ); the headline "'The mountain has
  changed ...': Haute-Savoie village votes ..." does not attribute its
  quote and is not gold (the body's repetition is, occ=1).
* farm-rural: family members sharing a surname are canonical under their
  own full names ("Dale Brunner" / "Cody Brunner" / "Sharon Brunner",
  "Ed Kasparek" / "Lorraine Kasparek", "Andrew" / "Fiona" / "Lachlan
  McAlister", "Ruth Ann Vanderhoof" / "Kelsey Vanderhoof"); the first-name
  mentions the weeklies use after the introduction are valid spans ("Dale",
  "Cody", "Marit", "Lars", "Ed", "Lorraine", "Fiona", and the two-word
  first name "Ruth Ann"); "his father said" is a kinship role-only span
  with its possessive (part G's "his aunt"); "The elder Brunner said" is
  the span "Brunner" (part D).  Family plurals ("the Brunners", "the
  Pedersons", "the Dykstras", "the Vanderhoofs", "the McAlisters'") are
  neither entities nor speakers, except where the couple speaks as one
  ("the Kaspareks answered together ...: 'Not a chance.'") -- a joint
  utterance, unnamed "the Kaspareks", span "the Kaspareks" (part G's "the
  Pennington family"), although each spouse is an entity.  Alternating
  spouses ("'...,' Ed began. '...,' Lorraine finished.") are each their
  own speaker.  Nicknames in quote marks (Harold "Buck" Tolliver, Wayne
  'Snowy' Tully) are never gold and left out of the canonical name, which
  the text also gives unbroken.  Dialect spellings and elisions ("sellin'",
  "'cause", "'em", "wi’", "nowt") are part of the direct quote.  Glued roles
  stay in the span ("Mart manager Graham Nicholson", "local vet Ruth
  Marwood", "Extension livestock economist Dr. Neil Hargreave").  Co-ops,
  marts, auction barns, elevators, extension offices, veterinary practices,
  feedlots, stock agents, farmers' associations, state departments and a
  named orchard business ("Vanderhoof Orchards") are organisations and
  entities; a mart's notice is the mart's ("The mart ... said in a notice",
  organisation); farm and station names ("Gillside", "Coolibah Plains") are
  places, a dog is not an entity, and a late husband given only as "Pete"
  is a person (part L's "Emeka").
* election-night: "told supporters", "told reporters", "conceded in a
  statement posted on X ... wrote" are speech verbs, X is never an entity;
  a party that "said in a statement posted on X" is an organisation ("The
  Moderate Greens").  Words the loser said to the winner, reported by the
  winner's campaign manager ("He told her he would '...', said ... Jada
  Whitcomb"), are the loser's, span "He" (part F's readout rule); a
  concession phoned to a rival and described by the loser in her own
  words is hers.  Between two candidates the pronoun's referent by syntax
  and context is the speaker, whichever name is nearer ("She called
  Brandt 'a fighter'" -> Okafor-Reyes; "She said she had called
  Holst-Vinding ... and had told her she expected '...'" -> Bech Andersen;
  "He said he had called Boudreau-Hale ... that she had been '...'" ->
  Tremblay-Fox; "Thornbury ... praised her opponent for running what she
  called '...'" -> Thornbury).  A returning officer's declaration is gold
  and hers.  A super PAC's mailer is its document (organisation, span "a
  mailer").  Parties are entities under the fullest name the text gives
  ("National Reform Party", short "Reform"; "Coastal Democrats"; "Eno
  County Democratic Party"); "Democrat", "Republican" as adjectives and
  "State Republican chair" name none.  A possessive party name before a
  candidate ("Reform’s Whitlow" in the headline, "The Northern
  Independents’ Ruth Cheeseman") is left out of the span like a
  determiner; glued party roles stay ("Green Shore leader Ingrid
  Aucoin-Patel", "Renewal party president Lise Thibodeau").  Exit-poll
  analysts and pollsters are persons, their firms and institutes entities;
  the headline "'...': Reform’s Whitlow takes ..." is gold with span
  "Whitlow".  In the newest-first live blog the canonical name is the full
  name given lower down ("Brian Szymanski", part D).  Campaign managers
  and spokeswomen named in apposition are persons (span the name); a
  campaign itself never speaks here.
* religion-faith: clerical titles and honorifics leave the speaker and
  stay in a glued span -- Bishop, Rt Rev, Most Rev, Rev./Rev, Father,
  Sister, Sheikh, Rabbi, His Holiness, Patriarch -- with the determiner
  before "Rt Rev" / "Rev" left out ("Rt Rev Catherine Ashdown-Pryce", part
  K's "Reverend Maika Tuilau"); "Father Declan Moriarty" -> "Declan
  Moriarty", "Sister Bernadette Ruane" -> "Bernadette Ruane".  A regnal
  name with a numeral is canonical without its titles ("His Holiness
  Patriarch Athanasios II" -> "Athanasios II", part E's "Osei Kyeretwie
  III"); a hierarch known only by a monastic name and see keeps the title
  ("Metropolitan Ioakeim of Chicago", part D's "Prince Albrecht of
  Westmark"), and a nun or foundress known only by her religious name keeps
  "Sister"/"Mother" ("Sister Perpetua", "Mother Columba", part K's "Mr
  Justice Ormerod-Finch").  "His Holiness said", "the metropolitan", "the
  archbishop", "The bishop" and the headline "Patriarch" are role-only
  spans of the person named (part J's "said Her Highness"); "The Archbishop
  of Kingsmere, the Most Rev Julian Fairweather," points at the appositive
  name when it attributes.  Scripture in quote marks that nobody in the
  story says -- inscriptions, banners, order-of-service covers, signs,
  verses the writer cites ("Do whatever He tells you", "Unto us a child is
  born", "Remember the sabbath day, to keep it holy") -- is never gold, nor
  is a verse quoted inside a sermon quote (nested).  Sermons and homilies
  are the preacher's ("he preached", "he told the congregation", "told the
  congregation in his homily that '...'"); a bishop's letter read at every
  Mass is the bishop's (span "Kearsley" at "wrote", "the letter" where the
  letter is the grammatical speaker).  Dioceses, orders, councils and
  kirks that speak are organisations ("The diocese", "The statement",
  "according to the Council on Interfaith Relations of Greater Lakeshore");
  the headline "kirk warns of '...'" is gold with span "kirk" for the
  Covenant Kirk of the Western Isles, whose statement the body quotes.  A
  diocesan spokesperson saying the bishop "'stands by every word'" is
  unnamed "a spokesperson for the Diocese of Wexcombe" (part H).  The lead
  "accused by a local MP of '...'" is the MP's, span "a local MP", speaker
  the MP the body names with the same words (part G's "one councillor").
  Churches, cathedrals, parishes ("St. Casimir", "St. Hedwig", "St
  Aldhelm’s"), mosques, temples, convents, orders, dioceses, interfaith
  councils, kirks and a police body named inside a glued title ("Maple
  Crest Police") are entities; "the archdiocese", "the church", "the kirk"
  inside a quote, "Rome" and "the Gospel" are generic or places."""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "part_m.jsonl")

from gold import P, Q, collector, run_part  # noqa: E402

STYLES = ["translated-foreign-press", "farm-rural", "election-night", "religion-faith"]


ARTICLES, article = collector()


# ---------------------------------------------------------------------------
# TRANSLATED-FOREIGN-PRESS
# ---------------------------------------------------------------------------

article(
    "translated-foreign-press",
    1,
    P(
        "Xunta president defends wildfire response as Ourense villagers count their losses",
        "By Iria Castro Bermúdez | El Vigía Atlántico, English edition",
        "OURENSE — The president of the Xunta de Galicia, Xosé Manuel Regueiro Castiñeiras, on Monday defended the regional government’s response to the fires that burned more than 11,000 hectares in the south of the province last week, rejecting complaints from several mayors that firefighting aircraft had arrived “too late and too few”.",
        "“The means were there from the first hour. What we did not have was rain,” Regueiro said at a press conference in Santiago de Compostela, where he appeared alongside the regional minister for rural affairs, Antía Vilariño Seoane.",
        "The president of the Xunta said 240 firefighters and 19 aircraft had been deployed by Wednesday night, and that the fires, which the regional government believes were set deliberately, had started at “five different points in less than two hours”.",
        "That account is disputed in the valley. Manuel Outeiro Pazos, the mayor of Vilar de Cervos, a municipality of 900 people where two homes and a sawmill were destroyed, said he had called the emergency number eleven times before the first helicopter appeared over the ridge.",
        "“I called eleven times. Eleven. The first helicopter came at seven in the evening, when the fire was already in the houses,” Outeiro told the newspaper La Región Miñota. “Nobody from Santiago has come to explain to my neighbours why.”",
        "Vilariño, speaking to this newspaper on Tuesday, acknowledged that there had been “a saturation” of the 112 emergency line on the first afternoon. “There were moments when calls waited. That is true, and we will study it,” she said. “But to say that the Xunta abandoned the valley is false.”",
        "The opposition Frente Común Galego has demanded that Regueiro appear before the Parliament of Galicia. Its spokeswoman on rural affairs, Sabela Rodríguez Louzao, accused the regional government of hiding behind the weather. “More than 11,000 square kilometres (sic) of our land have burned, and the president talks to us about the wind,” she said in remarks carried by the agency Europa Norte.",
        "In the hamlet of Cervos, the fire reached the edge of the community forest, a 300-hectare stand of pine and chestnut owned jointly by 64 households under the old Galician system of common woodland. Uxía Doval Piñeiro, who presides over the forest’s board, walked its blackened lower slopes on Sunday with a notebook, counting the chestnut trees that were still standing. Her grandfather planted many of the pines in the 1970s. “Forty years of work, and in one night it is ash,” she said.",
        "The Xunta announced on Monday 14 million euros in aid for households and businesses affected by the fires. Regueiro said applications would open next week. “No family will be left without a roof. I give my word on that,” he said.",
        "Translated from the Spanish by Martin Holloway-Reyes.",
    ),
    [
        "Iria Castro Bermúdez",
        "El Vigía Atlántico",
        "Xunta de Galicia",
        "Xosé Manuel Regueiro Castiñeiras",
        "Antía Vilariño Seoane",
        "Manuel Outeiro Pazos",
        "La Región Miñota",
        "Frente Común Galego",
        "Parliament of Galicia",
        "Sabela Rodríguez Louzao",
        "Europa Norte",
        "Uxía Doval Piñeiro",
        "Martin Holloway-Reyes",
    ],
    [
        Q(
            "too late and too few",
            "several mayors",
            "several mayors",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "The means were there from the first hour. What we did not have was rain",
            "Xosé Manuel Regueiro Castiñeiras",
            "Regueiro",
            how="after",
        ),
        Q(
            "five different points in less than two hours",
            "Xosé Manuel Regueiro Castiñeiras",
            "The president of the Xunta",
            kind="partial",
        ),
        Q(
            "I called eleven times. Eleven. The first helicopter came at seven in the evening, when the fire was already in the houses",
            "Manuel Outeiro Pazos",
            "Outeiro",
            how="after",
        ),
        Q(
            "Nobody from Santiago has come to explain to my neighbours why",
            "Manuel Outeiro Pazos",
            "Outeiro",
            how="before",
        ),
        Q("a saturation", "Antía Vilariño Seoane", "Vilariño", kind="partial"),
        Q(
            "There were moments when calls waited. That is true, and we will study it",
            "Antía Vilariño Seoane",
            "she",
            how="after",
        ),
        Q("But to say that the Xunta abandoned the valley is false", "Antía Vilariño Seoane", "she", how="before"),
        Q(
            "More than 11,000 square kilometres (sic) of our land have burned, and the president talks to us about the wind",
            "Sabela Rodríguez Louzao",
            "she",
            how="after",
        ),
        Q("Forty years of work, and in one night it is ash", "Uxía Doval Piñeiro", "she", how="after"),
        Q(
            "No family will be left without a roof. I give my word on that",
            "Xosé Manuel Regueiro Castiñeiras",
            "he",
            how="after",
        ),
    ],
)

article(
    "translated-foreign-press",
    2,
    P(
        """Minas town rations water as reservoir falls to 9%; mayor blames power company""",
        """Jornal do Planalto Central | English edition. Reporting by Thiago Nogueira Brandão; translated from the Portuguese by Helena Ashcroft.""",
        """SÃO JOÃO DAS PEDRAS, Minas Gerais -- Residents of this town of 38,000 in the north of Minas Gerais began receiving piped water only three days a week on Monday, after the reservoir that supplies it fell to 9% of its capacity, the lowest level since the dam was built in 1987.""",
        """Mayor Maria Aparecida dos Santos Lima blamed the hydroelectric company that operates the dam upstream, saying it had kept sending water through its turbines for the whole of the dry season. "They [the company] knew in March what would happen in August. They knew, and they kept the turbines running," she told the Jornal do Planalto Central on Sunday.""",
        '''The company, Companhia Hidrelétrica do Vale Seco (CHVS), said in a note that it had operated "strictly within the limits authorized by the regulator" and that the drought was "the most severe in the historical series."''',
        """Its president, Rogério Tavares Bastos, went further in remarks carried by the state news agency Agência Minas Norte on Monday. "Nobody controls the rain. We are being made the villain of a story that was written by the climate," he said.""",
        """Tavares also said the company had cut the water released to its turbines by 30% since July, a figure the mayor disputed at a public meeting on Monday night in the town's main square. "Thirty percent of what? Of a river that does not exist anymore?" she asked, to applause.""",
        """At the meeting, Francisca Rodrigues de Oliveira, 67, who sells cheese at the municipal market, said she now buys drinking water in 20-liter jugs at 12 reais each. "I am paying for water as if it were beer. My pension does not stretch to this," she said.""",
        """Opposition councilman Edivaldo Pereira Júnior said the mayor had been slow to act. "In January the mayor promised us water until December of 2023 (sic). We believed her. Nobody [in the administration] prepared anything," Pereira Júnior said.""",
        """The Federal Water Regulation Council (CFRH) said it would send technicians to the dam this week. In a note, the council said it "is monitoring the situation in São João das Pedras closely" and did not rule out ordering the company to "reduce or suspend" generation.""",
        '''Hydrologist Luíza Carvalho Mendes, of the Northern Minas Institute of Semi-Arid Studies, said both sides were leaving something out: "This is not only the company and not only the rain. The basin has lost a third of its springs to cattle pasture in 30 years. Everyone wants a villain; the villain is the whole model."''',
        '''The town's water service said tanker trucks would supply the hospital and the schools on the days without piped water. "The priority is the hospital," said its director, Anselmo Viana Prates. "After that, the children."''',
    ),
    [
        "Jornal do Planalto Central",
        "Thiago Nogueira Brandão",
        "Helena Ashcroft",
        "Maria Aparecida dos Santos Lima",
        "Companhia Hidrelétrica do Vale Seco",
        "Rogério Tavares Bastos",
        "Agência Minas Norte",
        "Francisca Rodrigues de Oliveira",
        "Edivaldo Pereira Júnior",
        "Federal Water Regulation Council",
        "Luíza Carvalho Mendes",
        "Northern Minas Institute of Semi-Arid Studies",
        "Anselmo Viana Prates",
    ],
    [
        Q(
            "They [the company] knew in March what would happen in August. They knew, and they kept the turbines running",
            "Maria Aparecida dos Santos Lima",
            "she",
            how="after",
        ),
        Q(
            "strictly within the limits authorized by the regulator",
            "Companhia Hidrelétrica do Vale Seco",
            "Companhia Hidrelétrica do Vale Seco",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "the most severe in the historical series",
            "Companhia Hidrelétrica do Vale Seco",
            "Companhia Hidrelétrica do Vale Seco",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Nobody controls the rain. We are being made the villain of a story that was written by the climate",
            "Rogério Tavares Bastos",
            "he",
            how="after",
        ),
        Q(
            "Thirty percent of what? Of a river that does not exist anymore",
            "Maria Aparecida dos Santos Lima",
            "she",
            how="after",
        ),
        Q(
            "I am paying for water as if it were beer. My pension does not stretch to this",
            "Francisca Rodrigues de Oliveira",
            "she",
            how="after",
        ),
        Q(
            "In January the mayor promised us water until December of 2023 (sic). We believed her. Nobody [in the administration] prepared anything",
            "Edivaldo Pereira Júnior",
            "Pereira Júnior",
            how="after",
        ),
        Q(
            "is monitoring the situation in São João das Pedras closely",
            "Federal Water Regulation Council",
            "the council",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "reduce or suspend",
            "Federal Water Regulation Council",
            "the council",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "This is not only the company and not only the rain. The basin has lost a third of its springs to cattle pasture in 30 years. Everyone wants a villain; the villain is the whole model",
            "Luíza Carvalho Mendes",
            "Hydrologist Luíza Carvalho Mendes",
        ),
        Q("The priority is the hospital", "Anselmo Viana Prates", "Anselmo Viana Prates", how="after"),
        Q("After that, the children", "Anselmo Viana Prates", "Anselmo Viana Prates", how="before"),
    ],
)

article(
    "translated-foreign-press",
    3,
    P(
        "‘The mountain has changed faster than we have’: Haute-Savoie village votes to close its ski lifts",
        "By Camille Roussel-Aubert | L’Écho du Mont-Joly, English edition. Translated from the French by Fiona Marchbank.",
        "SAINT-ALBAN-DES-NEIGES — The municipal council of this village of 640 inhabitants voted by 11 to 4 on Thursday evening to close its three ski lifts permanently at the end of the season, ending 58 years of downhill skiing on the slopes above the Arve valley.",
        "‘The mountain has changed faster than we have,’ the mayor, Hélène Dufresne-Maréchal, said after the vote. ‘We have spent two million euros on snow cannons in ten years, and the snow still does not come before January.’",
        "The lifts are run by a semi-public company, the Société des Remontées de Saint-Alban, which lost €410,000 last winter. Its director, Grégoire Lavaud, told L’Écho that the company could no longer borrow. ‘The banks were polite but clear. No bank lends for forty years against snow that may not fall,’ he said.",
        "Councillor Bernard Chaffardon, who voted against the closure, said it amounted to ‘the death of the village’. ‘Without the lifts the bakery closes, the school closes, and in ten years we are a village of second homes with the shutters down,’ he said.",
        "Ski instructor Léa Bouvier-Combaz, 34, whose grandfather helped to build the first lift in 1966, watched the vote from the public benches. ‘My grandfather used to say, “The snow is our oil.” Well, the oil has run out,’ she said.",
        "The prefect of Haute-Savoie, in remarks carried by Radio Savoie Nord, said the State would support ‘a transition towards four-season tourism’ in the valley but gave no figures. Association Vallée Vivante, an environmental group, welcomed the vote as ‘courageous and lucid’.",
        "Outside the town hall, Josette Perrillat, 81, who ran the village’s only hotel for thirty years and whose late husband drove the piste machine until 1998, was less philosophical. ‘They talk to us about four seasons. Here there have always been two: winter, and waiting for winter,’ she said.",
        "Dufresne-Maréchal said the council would present a plan in the spring to turn the lift station into a mountain-bike centre and a refuge for walkers. ‘Nobody is pretending that it will replace skiing. But doing nothing is also a choice, and it is the most expensive one,’ she said.",
    ),
    [
        "Camille Roussel-Aubert",
        "L’Écho du Mont-Joly",
        "Fiona Marchbank",
        "Hélène Dufresne-Maréchal",
        "Société des Remontées de Saint-Alban",
        "Grégoire Lavaud",
        "Bernard Chaffardon",
        "Léa Bouvier-Combaz",
        "Radio Savoie Nord",
        "Association Vallée Vivante",
        "Josette Perrillat",
    ],
    [
        Q(
            "The mountain has changed faster than we have",
            "Hélène Dufresne-Maréchal",
            "Hélène Dufresne-Maréchal",
            occ=1,
            how="after",
        ),
        Q(
            "We have spent two million euros on snow cannons in ten years, and the snow still does not come before January",
            "Hélène Dufresne-Maréchal",
            "Hélène Dufresne-Maréchal",
            how="before",
        ),
        Q(
            "The banks were polite but clear. No bank lends for forty years against snow that may not fall",
            "Grégoire Lavaud",
            "he",
            how="after",
        ),
        Q("the death of the village", "Bernard Chaffardon", "Councillor Bernard Chaffardon", kind="partial"),
        Q(
            "Without the lifts the bakery closes, the school closes, and in ten years we are a village of second homes with the shutters down",
            "Bernard Chaffardon",
            "he",
            how="after",
        ),
        Q(
            "My grandfather used to say, “The snow is our oil.” Well, the oil has run out",
            "Léa Bouvier-Combaz",
            "she",
            how="after",
        ),
        Q(
            "a transition towards four-season tourism",
            "the prefect of Haute-Savoie",
            "The prefect of Haute-Savoie",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "courageous and lucid",
            "Association Vallée Vivante",
            "Association Vallée Vivante",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "They talk to us about four seasons. Here there have always been two: winter, and waiting for winter",
            "Josette Perrillat",
            "she",
            how="after",
        ),
        Q(
            "Nobody is pretending that it will replace skiing. But doing nothing is also a choice, and it is the most expensive one",
            "Hélène Dufresne-Maréchal",
            "she",
            how="after",
        ),
    ],
)

article(
    "translated-foreign-press",
    4,
    P(
        "Works council chief vows ‘no quiet funeral’ for Hagenbrück axle plant",
        "By Jonas Weißenfels | Rheinische Abendpost, English edition. Translated from the German by Clara Dunmore.",
        "HAGENBRÜCK — Around 2,000 people gathered outside the gates of the Kestner Antriebstechnik axle plant on Saturday, two days after the company announced that it would close the factory by the end of next year and move its production to Slovakia and Mexico.",
        "“There will be no quiet funeral here,” Dagmar Köhler-Brandt, who chairs the plant’s works council, told the crowd from the back of a flatbed truck. “They [the management] want us to go home, sign the papers and be grateful for a severance package.",
        "“We are not going home. This plant made a profit in eleven of the last twelve years, and the twelfth was the year they bought a company in Texas.”",
        "Kestner said in a statement that the decision had been “painful but unavoidable” in view of “a structural collapse in demand for components for the combustion engine.” Its chief executive, Rüdiger Falkenhayn, did not attend the rally.",
        "In a letter to the 1,340 employees dated Thursday, which the Abendpost has seen, Falkenhayn wrote that the management board had examined “every option, including the works council’s proposal for ‘a Hagenbrück model’” of shorter working hours, and had found none of them viable.",
        "The Minister-President of North Rhine-Westphalia, Ulrike Sandhagen-Pohl, said in remarks carried by the news agency Deutscher Nachrichtenring that she had spoken to Falkenhayn by telephone on Friday. “I told him clearly: the state will not stand by while a profitable plant is closed for the sake of a spreadsheet,” Sandhagen-Pohl said.",
        "The Metal and Electrical Workers’ Union (GMEA) called the closure “an act of industrial vandalism” and said it would seek talks with the company next week on a social plan.",
        "Among the crowd were Emre Yıldırım, 52, who has worked on the axle line for 29 years, and his son Deniz, 24, an apprentice in the tool shop. Deniz held a hand-painted sign that read “Three generations? No chance.” Emre came to Hagenbrück from Gelsenkirchen in 1995; his own father had worked underground in the Ruhr mines.",
        "“My father came here when he was 23. I thought I would retire here too,” Deniz said. The elder Yıldırım shook his head. “The difference is that I believed them,” he said.",
    ),
    [
        "Jonas Weißenfels",
        "Rheinische Abendpost",
        "Clara Dunmore",
        "Kestner Antriebstechnik",
        "Dagmar Köhler-Brandt",
        "Rüdiger Falkenhayn",
        "Ulrike Sandhagen-Pohl",
        "Deutscher Nachrichtenring",
        "Metal and Electrical Workers’ Union",
        "Emre Yıldırım",
        "Deniz",
    ],
    [
        Q("no quiet funeral", "Dagmar Köhler-Brandt", "Works council chief", kind="partial", occ=0),
        Q("There will be no quiet funeral here", "Dagmar Köhler-Brandt", "Dagmar Köhler-Brandt", how="after"),
        Q(
            "They [the management] want us to go home, sign the papers and be grateful for a severance package",
            "Dagmar Köhler-Brandt",
            "Dagmar Köhler-Brandt",
            how="before",
        ),
        Q(
            "We are not going home. This plant made a profit in eleven of the last twelve years, and the twelfth was the year they bought a company in Texas",
            "Dagmar Köhler-Brandt",
            "@prev",
        ),
        Q(
            "painful but unavoidable",
            "Kestner Antriebstechnik",
            "Kestner",
            kind="partial",
            stype="organisation",
            anchor="Kestner said in a statement",
        ),
        Q(
            "a structural collapse in demand for components for the combustion engine",
            "Kestner Antriebstechnik",
            "Kestner",
            kind="partial",
            stype="organisation",
            anchor="Kestner said in a statement",
        ),
        Q(
            "every option, including the works council’s proposal for ‘a Hagenbrück model’",
            "Rüdiger Falkenhayn",
            "Falkenhayn",
            kind="partial",
            anchor="Falkenhayn wrote",
        ),
        Q(
            "I told him clearly: the state will not stand by while a profitable plant is closed for the sake of a spreadsheet",
            "Ulrike Sandhagen-Pohl",
            "Sandhagen-Pohl",
            how="after",
        ),
        Q(
            "an act of industrial vandalism",
            "Metal and Electrical Workers’ Union",
            "The Metal and Electrical Workers’ Union",
            kind="partial",
            stype="organisation",
        ),
        Q("My father came here when he was 23. I thought I would retire here too", "Deniz", "Deniz", how="after"),
        Q("The difference is that I believed them", "Emre Yıldırım", "he", how="after"),
    ],
)

article(
    "translated-foreign-press",
    5,
    P(
        "Last train on Sanriku coast line set for March as ridership falls below 200 a day",
        "The Kesen Coast Shimbun, English edition",
        "MIYAKOHAMA, Iwate — The operator of the 43-kilometer Kitakami Coastal Line announced Tuesday that it will end passenger service on March 31 and replace its trains with buses, after ridership fell to an average of 187 passengers a day in the last fiscal year.",
        "“We have kept this line running for 39 years with the help of the prefecture and the towns. We cannot keep it running on help alone,” Kitakami Coastal Railway Co. President Tadashi Oyamada said at a press conference in Miyakohama.",
        "Oyamada, 66, bowed deeply at the start of the press conference and apologized to residents. He said the company’s accumulated losses had reached ¥4.8 billion and that two of its six railcars were more than 35 years old.",
        "Iwate Gov. Kazuko Ichinohe, in remarks carried by Kitakami Broadcasting, said the prefecture had offered to increase its subsidy but had been turned down. “The company’s judgment has been made, and we must respect it, but I feel deep regret,” Ichinohe said.",
        "Miyakohama Mayor Shigeru Hatakeyama, whose town hosts the line’s depot, said he learned of the decision only on Monday night. “A phone call, the night before. After 39 years,” he told the Kesen Coast Shimbun. “We asked [the company] three times this year to share its figures with the town. Each time we were told there was ‘nothing to report at present.’”",
        "For many of the line’s passengers, the bus will not be an easy substitute. Haruka Sasaki, a second-year student at Miyakohama High School who rides the train 50 minutes each way, said the bus route on the winding coastal road would take nearly twice as long. “I study on the train. On the bus, I will get carsick,” she said, laughing. Then she added, more quietly: “My friends in Tokyo ask why we don’t just move. This is where my grandmother is.”",
        "Tomiko Yamane, 84, takes the train twice a month to see a doctor in the prefectural capital, Morioka. She has done so since her husband gave up his driver’s license. “The driver knows my name,” Ms. Yamane said. “The bus driver will not.”",
        "An official at the transport ministry said the company had completed the required notification a year in advance. “The procedure is complete under the law,” the official said, speaking on condition of anonymity because he was not authorized to speak to the media.",
        "Asked whether the line could ever return, Oyamada paused for several seconds. “I would like to believe so. I cannot promise it,” he said.",
    ),
    [
        "Kesen Coast Shimbun",
        "Kitakami Coastal Railway Co.",
        "Tadashi Oyamada",
        "Kazuko Ichinohe",
        "Kitakami Broadcasting",
        "Shigeru Hatakeyama",
        "Haruka Sasaki",
        "Miyakohama High School",
        "Tomiko Yamane",
    ],
    [
        Q(
            "We have kept this line running for 39 years with the help of the prefecture and the towns. We cannot keep it running on help alone",
            "Tadashi Oyamada",
            "Kitakami Coastal Railway Co. President Tadashi Oyamada",
        ),
        Q(
            "The company’s judgment has been made, and we must respect it, but I feel deep regret",
            "Kazuko Ichinohe",
            "Ichinohe",
            how="after",
        ),
        Q("A phone call, the night before. After 39 years", "Shigeru Hatakeyama", "he", how="after"),
        Q(
            "We asked [the company] three times this year to share its figures with the town. Each time we were told there was ‘nothing to report at present.’",
            "Shigeru Hatakeyama",
            "he",
            how="before",
        ),
        Q("I study on the train. On the bus, I will get carsick", "Haruka Sasaki", "she", how="after"),
        Q(
            "My friends in Tokyo ask why we don’t just move. This is where my grandmother is",
            "Haruka Sasaki",
            "she",
            anchor="Then she added",
        ),
        Q("The driver knows my name", "Tomiko Yamane", "Ms. Yamane", how="after"),
        Q("The bus driver will not", "Tomiko Yamane", "Ms. Yamane", how="before"),
        Q(
            "The procedure is complete under the law",
            "an official at the transport ministry",
            "the official",
            stype="unnamed",
            how="after",
        ),
        Q("I would like to believe so. I cannot promise it", "Tadashi Oyamada", "he", how="after"),
    ],
)

article(
    "translated-foreign-press",
    6,
    P(
        "Chubut governor backs silver mine as plateau towns vow to block the road",
        "By Florencia Arriagada Mansilla | La Tribuna Austral, English edition",
        "RAWSON, Argentina — The governor of Chubut, Ernesto Villagra Echeverría, on Wednesday gave his backing to a proposed open-pit silver mine on the province’s central plateau, saying the project would bring “work that stays here, not work that leaves on a bus.”",
        "Speaking before the provincial legislature, Villagra said the company, Minera Cerro Plateado S.A., had agreed to hire at least 70% of its workforce from within the province. “Our young people are leaving for Neuquén and Buenos Aires. I want them to come back, and to come back to something,” he said.",
        "The announcement drew an immediate response from the Assembly of Self-Convened Neighbours of the Meseta, which has campaigned against the project since 2019. Its spokeswoman, Nélida Curiñanco Ríos, a schoolteacher in the town of Piedra Quebrada, told the newspaper El Centinela del Chubut that residents would block Provincial Route 4 if the legislature approved the project.",
        "“The company wants 900 liters per second (sic) from an aquifer that barely gives us enough for the town. The governor speaks of work. We speak of water,” Curiñanco said. The company’s environmental impact filing puts the figure at 90 liters per second.",
        "Minera Cerro Plateado said in a statement posted on its website that it would “respect the will of the communities of Piedra Quebrado (sic) and the plateau” and that the mine would use “less water than a medium-sized farm.”",
        "Legislator Marcos Huenchul Painemal, of the opposition Frente Patagónico, said the governor had changed his position since taking office. “In 2021 he told us, ‘Not while I am governor.’ Now he is governor, and now [the mine] is the future,” Huenchul said.",
        "Asked by reporters about those remarks, the governor replied that “the circumstances of the province have changed, and a governor who does not change with them is not brave, he is stubborn.”",
        "In Piedra Quebrada, a town of 2,300 on the edge of the plateau, Rosa Millaqueo Antieco, 71, keeps 400 sheep on land her family has grazed for four generations. She said she had never seen a mine but had twice seen the stream behind her house run dry. “They tell us it is a different water, a deep water. Water is water,” she said.",
        "Hydrogeologist Tomás Berardi Luque, of the Institute of Arid Zone Studies in Trelew, said the company’s figures were “plausible but incomplete.” “Nobody has measured how fast that aquifer refills. Until someone does, both sides are guessing,” he said.",
        "Translated from the Spanish by Owen Pritchard-Solís.",
    ),
    [
        "Florencia Arriagada Mansilla",
        "La Tribuna Austral",
        "Ernesto Villagra Echeverría",
        "Minera Cerro Plateado S.A.",
        "Assembly of Self-Convened Neighbours of the Meseta",
        "Nélida Curiñanco Ríos",
        "El Centinela del Chubut",
        "Marcos Huenchul Painemal",
        "Frente Patagónico",
        "Rosa Millaqueo Antieco",
        "Tomás Berardi Luque",
        "Institute of Arid Zone Studies",
        "Owen Pritchard-Solís",
    ],
    [
        Q(
            "work that stays here, not work that leaves on a bus",
            "Ernesto Villagra Echeverría",
            "Ernesto Villagra Echeverría",
            kind="partial",
        ),
        Q(
            "Our young people are leaving for Neuquén and Buenos Aires. I want them to come back, and to come back to something",
            "Ernesto Villagra Echeverría",
            "he",
            how="after",
        ),
        Q(
            "The company wants 900 liters per second (sic) from an aquifer that barely gives us enough for the town. The governor speaks of work. We speak of water",
            "Nélida Curiñanco Ríos",
            "Curiñanco",
            how="after",
        ),
        Q(
            "respect the will of the communities of Piedra Quebrado (sic) and the plateau",
            "Minera Cerro Plateado S.A.",
            "Minera Cerro Plateado",
            kind="partial",
            stype="organisation",
            anchor="Minera Cerro Plateado said",
        ),
        Q(
            "less water than a medium-sized farm",
            "Minera Cerro Plateado S.A.",
            "Minera Cerro Plateado",
            kind="partial",
            stype="organisation",
            anchor="Minera Cerro Plateado said",
        ),
        Q(
            "In 2021 he told us, ‘Not while I am governor.’ Now he is governor, and now [the mine] is the future",
            "Marcos Huenchul Painemal",
            "Huenchul",
            how="after",
        ),
        Q(
            "the circumstances of the province have changed, and a governor who does not change with them is not brave, he is stubborn",
            "Ernesto Villagra Echeverría",
            "the governor",
            kind="partial",
            how="before",
        ),
        Q(
            "They tell us it is a different water, a deep water. Water is water",
            "Rosa Millaqueo Antieco",
            "she",
            how="after",
        ),
        Q("plausible but incomplete", "Tomás Berardi Luque", "Hydrogeologist Tomás Berardi Luque", kind="partial"),
        Q(
            "Nobody has measured how fast that aquifer refills. Until someone does, both sides are guessing",
            "Tomás Berardi Luque",
            "he",
            how="after",
        ),
    ],
)

# ---------------------------------------------------------------------------
# FARM-RURAL
# ---------------------------------------------------------------------------

article(
    "farm-rural",
    1,
    P(
        "After four generations, Brunner family bets the farm on robots",
        "By Marlys Hoeft | Driftless Farm Journal",
        "ELK HOLLOW, Wis. — The milking parlor on the Brunner farm was built in 1978, the year Dale Brunner graduated from high school, and for most of the 45 years since he has spent two hours in it every morning and two hours every night, through blizzards and heat waves, on Christmas Day and on the day his son was born. This spring the old double-eight parlor was torn out, and in its place stand two red milking robots that the family paid $460,000 for. “I didn’t think I’d live to see the day,” Dale said.",
        "His son, Cody Brunner, 31, who came home from a job at a feed mill in Chippewa Forks to join the operation in 2019, pushed for the change for three years. The robots let the farm’s 140 Holsteins choose when to be milked — most go three times a day — and record each cow’s yield, weight and rumination down to the minute. “Dad milked cows. I manage data,” Cody said with a grin. “He hates it when I say that.”",
        "“I don’t hate it. I just don’t believe it,” his father said from across the barn.",
        "The elder Brunner said that if the robots paid for themselves in seven years, as the dealer promised, he would “eat my seed cap in front of the whole co-op.”",
        "The Brunners ship their milk to Valley Crest Dairy Cooperative in nearby Tamarack Falls, which has lost 31 of its member farms since 2020. General manager Roger Tesch said the co-op now picks up from 212 farms, down from more than 400 in 2005. “Every one of those farms that goes away is a truck route that gets longer and a little town that gets quieter,” says Tesch. “When a family like the Brunners invests instead of selling out, that’s a vote of confidence we don’t see enough of.”",
        "Not everyone is sure the math works for mid-sized herds. A robot typically costs $180,000 to $230,000 per unit and makes sense only when hired labor is scarce or the next generation is committed. “The robot doesn’t fix a bad farm. It makes a good farm more flexible,” says Jolene Vandermolen, a dairy educator with the Tamarack County Extension office.",
        "Dale’s wife, Sharon Brunner, keeps the books. She said the family refinanced part of its land to pay for the robots and the barn remodel, and that the first three months had been “a learning curve for the cows and for us.” Some cows refused to walk into the robot stalls and had to be pushed in by hand, two or three times a day, for weeks. “We had a few old girls who were real stubborn about it,” she said. “Sort of like somebody else I know.”",
        "These days Dale spends his mornings fixing fence, hauling manure and running the skid steer. He admits he sometimes wanders into the robot room at half past four out of habit, coffee in hand, to watch the arms swing under the cows.",
    ),
    [
        "Marlys Hoeft",
        "Driftless Farm Journal",
        "Dale Brunner",
        "Cody Brunner",
        "Valley Crest Dairy Cooperative",
        "Roger Tesch",
        "Jolene Vandermolen",
        "Tamarack County Extension",
        "Sharon Brunner",
    ],
    [
        Q("I didn’t think I’d live to see the day", "Dale Brunner", "Dale", how="after"),
        Q("Dad milked cows. I manage data", "Cody Brunner", "Cody", how="after"),
        Q("He hates it when I say that", "Cody Brunner", "Cody", how="before"),
        Q("I don’t hate it. I just don’t believe it", "Dale Brunner", "his father", how="after"),
        Q(
            "eat my seed cap in front of the whole co-op",
            "Dale Brunner",
            "Brunner",
            kind="partial",
            anchor="elder Brunner",
        ),
        Q(
            "Every one of those farms that goes away is a truck route that gets longer and a little town that gets quieter",
            "Roger Tesch",
            "Tesch",
            how="after",
        ),
        Q(
            "When a family like the Brunners invests instead of selling out, that’s a vote of confidence we don’t see enough of",
            "Roger Tesch",
            "Tesch",
            how="before",
        ),
        Q(
            "The robot doesn’t fix a bad farm. It makes a good farm more flexible",
            "Jolene Vandermolen",
            "Jolene Vandermolen",
            how="after",
        ),
        Q("a learning curve for the cows and for us", "Sharon Brunner", "She", kind="partial"),
        Q("We had a few old girls who were real stubborn about it", "Sharon Brunner", "she", how="after"),
        Q("Sort of like somebody else I know", "Sharon Brunner", "she", how="before"),
    ],
)

article(
    "farm-rural",
    2,
    P(
        """Calf prices hit record at Sandhill Crossing sale as drought thins herds""",
        """By Wade Kruse, Staff Writer | High Plains Stockman""",
        """SANDHILL CROSSING, Neb. -- The bleachers at Sandhill Crossing Livestock Auction were full an hour before the first pen of calves came through the ring Saturday morning, and by noon buyers had paid prices the barn's owner said he had never seen in 41 years of selling cattle.""",
        """Steer calves weighing 500 to 550 pounds brought as much as $3.92 a pound, nearly 40 cents above the barn's previous record, set in March. A pen of 62 black baldy steers consigned by Ed and Lorraine Kasparek of Calloway Flats sold for $2,140 a head.""",
        """Ed Kasparek, 67, stood at the back of the ring with his hat in his hand while the pen sold. "I've had a lot of years where the calves didn't pay the feed bill. This ain't one of them," he said.""",
        '''The Kaspareks, who have been married 44 years, tend to finish each other's sentences. "We'd trade every dollar of it," Ed began. "For three inches of rain in June," Lorraine finished. Asked whether they had thought about selling out altogether while prices are high, the Kaspareks answered together, almost before the question was finished: "Not a chance."''',
        """Auctioneer Harold "Buck" Tolliver, who has called sales at the barn since 1989, said the prices reflected a national cow herd at its smallest since the 1950s. "Folks been sellin' cows for three years 'cause there wasn't any grass. Now there ain't enough calves to go around, and the feeders are fightin' over 'em," Tolliver said between sessions, a bottle of water in one hand and a cough drop in the other.""",
        '''Most of the calves went to feedlots in western Kansas and the Texas Panhandle. Carla Ruiz-Benally, a buyer for Plainsman Cattle Feeders, bought nine loads. "At these prices you're betting on the fat cattle market a year from now," she said. "I'm betting it holds. If I'm wrong, I'll be back here buying cheaper ones."''',
        """Extension livestock economist Dr. Neil Hargreave of Platte Valley State University warned producers against "chasing this market with borrowed money." He said the record prices were a sign of scarcity, not of a healthy industry, and that ranchers rebuilding herds should expect replacement heifers to stay expensive for at least two more years.""",
        '''The barn's owner, Merle Ostrander, who bought Sandhill Crossing Livestock Auction from his father in 1983, said he'd had phone calls from ranchers all week asking whether to sell now or hold. "I tell 'em the same thing my dad told me: nobody ever went broke taking a profit," he said. "Then I tell 'em my dad went broke once anyway."''',
        """Harold Tolliver will call the barn's next special calf sale on Nov. 9.""",
    ),
    [
        "Wade Kruse",
        "High Plains Stockman",
        "Sandhill Crossing Livestock Auction",
        "Ed Kasparek",
        "Lorraine Kasparek",
        "Harold Tolliver",
        "Carla Ruiz-Benally",
        "Plainsman Cattle Feeders",
        "Neil Hargreave",
        "Platte Valley State University",
        "Merle Ostrander",
    ],
    [
        Q(
            "I've had a lot of years where the calves didn't pay the feed bill. This ain't one of them",
            "Ed Kasparek",
            "he",
            how="after",
        ),
        Q("We'd trade every dollar of it", "Ed Kasparek", "Ed", how="after"),
        Q("For three inches of rain in June", "Lorraine Kasparek", "Lorraine", how="after"),
        Q("Not a chance", "the Kaspareks", "the Kaspareks", stype="unnamed", anchor="the Kaspareks answered"),
        Q(
            "Folks been sellin' cows for three years 'cause there wasn't any grass. Now there ain't enough calves to go around, and the feeders are fightin' over 'em",
            "Harold Tolliver",
            "Tolliver",
            how="after",
        ),
        Q(
            "At these prices you're betting on the fat cattle market a year from now",
            "Carla Ruiz-Benally",
            "she",
            how="after",
        ),
        Q(
            "I'm betting it holds. If I'm wrong, I'll be back here buying cheaper ones",
            "Carla Ruiz-Benally",
            "she",
            how="before",
        ),
        Q(
            "chasing this market with borrowed money",
            "Neil Hargreave",
            "Extension livestock economist Dr. Neil Hargreave",
            kind="partial",
        ),
        Q(
            "I tell 'em the same thing my dad told me: nobody ever went broke taking a profit",
            "Merle Ostrander",
            "he",
            how="after",
        ),
        Q("Then I tell 'em my dad went broke once anyway", "Merle Ostrander", "he", how="before"),
    ],
)

article(
    "farm-rural",
    3,
    P(
        "Tup sale cancelled as bluetongue zone reaches the northern fells",
        "By Alison Gaskarth | The Fellside Farmer",
        "Hill farmers in the northern fells have been left with hundreds of tups they cannot sell after the annual October sale at Skelbeck Bridge Auction Mart was cancelled on Monday, three days after a bluetongue restricted zone was extended to cover most of the district.",
        "The mart, which normally sells around 1,800 Herdwick and Swaledale tups over two days, said in a notice to customers that it had ‘no option’ under the movement rules. Mart manager Graham Nicholson said the decision had been taken ‘with a heavy heart and a lot of phone calls’. ‘There’s farmers who’ve been getting tups ready for this sale since March. Washing them, dressing them, walking them round the yard. You don’t do that for a sale that doesn’t happen,’ he said.",
        "At Gillside, a 600-acre fell farm above the hamlet of Garth Head, Tommy Bowness has 43 tups in the in-bye fields that he had planned to sell. He is 71, has farmed Gillside since his father died in 1979, and still gathers the fell on foot with three dogs. Asked what he would do with them now, he leaned on the gate for a long while, watching the tups pick at the thin October grass, before he answered. ‘Feed them. What else? There’s nowt else to be done wi’ them. They’ll eat their heads off till spring and I’ll sell them for less,’ he said.",
        "His daughter, Kathryn Bowness, who farms with him, said the restrictions had come at ‘the worst possible time’. ‘October is when the money comes in on a hill farm. It’s the only time it comes in,’ she said.",
        "‘Until we get a couple of proper frosts, the risk is real, and I know that’s not what anybody wants to hear.’ That is the view of local vet Ruth Marwood, a partner at Blencathra Veterinary Group, who said the midges that spread the virus were still active because of the mild autumn.",
        "The Upland Farmers’ Association has called on the Animal Health Directorate to license ‘pre-movement testing at the farm gate’ so that breeding sales can go ahead. Its northern chairman, Peter Dixon-Threlfall, said: ‘If you can test a tup before it goes on a wagon, you can sell it. We’ve asked for that for three weeks and had nothing back but letters.’",
        "A spokesperson for the Animal Health Directorate said the zone was ‘kept under constant review’ and that licensed moves direct to slaughter were still possible.",
        "Back at Gillside, Tommy Bowness had already moved the tups down to the lower field by the beck, where the grass is better. ‘They’re grand tups, mind,’ he said. ‘Best I’ve had in years. That’s the daft thing.’",
    ),
    [
        "Alison Gaskarth",
        "Fellside Farmer",
        "Skelbeck Bridge Auction Mart",
        "Graham Nicholson",
        "Tommy Bowness",
        "Kathryn Bowness",
        "Ruth Marwood",
        "Blencathra Veterinary Group",
        "Upland Farmers’ Association",
        "Animal Health Directorate",
        "Peter Dixon-Threlfall",
    ],
    [
        Q(
            "no option",
            "Skelbeck Bridge Auction Mart",
            "The mart",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "with a heavy heart and a lot of phone calls",
            "Graham Nicholson",
            "Mart manager Graham Nicholson",
            kind="partial",
        ),
        Q(
            "There’s farmers who’ve been getting tups ready for this sale since March. Washing them, dressing them, walking them round the yard. You don’t do that for a sale that doesn’t happen",
            "Graham Nicholson",
            "he",
            how="after",
        ),
        Q(
            "Feed them. What else? There’s nowt else to be done wi’ them. They’ll eat their heads off till spring and I’ll sell them for less",
            "Tommy Bowness",
            "he",
            how="after",
        ),
        Q("the worst possible time", "Kathryn Bowness", "Kathryn Bowness", kind="partial"),
        Q(
            "October is when the money comes in on a hill farm. It’s the only time it comes in",
            "Kathryn Bowness",
            "she",
            how="after",
        ),
        Q(
            "Until we get a couple of proper frosts, the risk is real, and I know that’s not what anybody wants to hear",
            "Ruth Marwood",
            "local vet Ruth Marwood",
            how="after",
        ),
        Q(
            "pre-movement testing at the farm gate",
            "Upland Farmers’ Association",
            "The Upland Farmers’ Association",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "If you can test a tup before it goes on a wagon, you can sell it. We’ve asked for that for three weeks and had nothing back but letters",
            "Peter Dixon-Threlfall",
            "Peter Dixon-Threlfall",
        ),
        Q(
            "kept under constant review",
            "a spokesperson for the Animal Health Directorate",
            "A spokesperson for the Animal Health Directorate",
            kind="partial",
            stype="unnamed",
        ),
        Q("They’re grand tups, mind", "Tommy Bowness", "he", how="after"),
        Q("Best I’ve had in years. That’s the daft thing", "Tommy Bowness", "he", how="before"),
    ],
)

article(
    "farm-rural",
    4,
    P(
        "Short crop, long days: Valley wheat harvest comes in thin",
        "By Tessa Lindahl | Red River Valley Farmer",
        "HOLLISTER, N.D. — By 7 a.m. Tuesday the dew had burned off the wheat on Marit Solberg’s north quarter, and by 8 she was in the combine, a 2009 machine she bought at auction from a neighbor who quit farming. The wheat was short — knee-high in places where it should have been waist-high — and the yield monitor on the cab screen rarely climbed above 38 bushels an acre. Last year the same field made 61. “You look at that number long enough and you stop looking at it,” Marit said.",
        "Marit, 58, farms 2,400 acres with her husband, Lars Solberg, and their daughter, Ingrid Solberg-Haug, who moved back from Fargo two years ago. The family got barely four inches of rain between planting and heading, half of normal. Lars spent most of July hauling water to cattle on the pasture ground west of the river, and the hay was so light that they bought 300 bales from a neighbor across the line in Minnesota. “We’ve had dry years before,” Lars said. “This was dry on top of dry.”",
        "Ingrid, who keeps the farm’s records and handles the crop insurance claims, said the family would likely collect on its revenue policy for the first time since 2021. “Insurance keeps you in business. It doesn’t make you money,” she said.",
        "Sheyenne Bend County Extension agent Paul Vetter has spent the last month driving from farm to farm with a soil probe in the back of his pickup. He said yields across the county were running 30 to 40 percent below average, with the worst damage on the lighter soils in the western townships. “The guys who got a rain in late June are smiling a little. The guys who didn’t are not,” Vetter said. “What worries me is next year. The subsoil is dry down to four feet in a lot of places.",
        "“If we don’t get a wet fall or a big snow, we’re starting next year’s crop with nothing in the bank, and a lot of these operations can’t take two years like this back to back.”",
        "At the Hatton Prairie Farmers Co-op Elevator, general manager Doug Sandvik said protein was running high — a common side effect of drought — which had helped offset some of the lost bushels. Premiums for high-protein spring wheat were running 60 cents a bushel over the base price, he said. “It’s the one bit of good news I’ve got for anybody this fall,” Sandvik said.",
        "Three miles north, the Pedersons had already finished. Gary Pederson said they cut 1,100 acres in nine days, the fastest harvest he could remember, because there was so little straw to push through the combine. His wife, Janelle Pederson, laughed when asked about it. “Fast isn’t the goal,” she said. “Full bins is the goal.”",
        "By late afternoon Marit had finished the north quarter and was unloading into the grain cart that Ingrid drove alongside. The wind had come up from the south, pulling a long tail of dust across the stubble, and the sky over the river was white with it. She climbed down from the cab, knocked the chaff off her cap against her knee, looked at the field for a while and said what farmers up and down the valley had been saying all week: “Well, it’s in the bin. Next year.”",
    ),
    [
        "Tessa Lindahl",
        "Red River Valley Farmer",
        "Marit Solberg",
        "Lars Solberg",
        "Ingrid Solberg-Haug",
        "Sheyenne Bend County Extension",
        "Paul Vetter",
        "Hatton Prairie Farmers Co-op Elevator",
        "Doug Sandvik",
        "Gary Pederson",
        "Janelle Pederson",
    ],
    [
        Q("You look at that number long enough and you stop looking at it", "Marit Solberg", "Marit", how="after"),
        Q("We’ve had dry years before", "Lars Solberg", "Lars", how="after"),
        Q("This was dry on top of dry", "Lars Solberg", "Lars", how="before"),
        Q("Insurance keeps you in business. It doesn’t make you money", "Ingrid Solberg-Haug", "she", how="after"),
        Q(
            "The guys who got a rain in late June are smiling a little. The guys who didn’t are not",
            "Paul Vetter",
            "Vetter",
            how="after",
        ),
        Q(
            "What worries me is next year. The subsoil is dry down to four feet in a lot of places",
            "Paul Vetter",
            "Vetter",
            how="before",
        ),
        Q(
            "If we don’t get a wet fall or a big snow, we’re starting next year’s crop with nothing in the bank, and a lot of these operations can’t take two years like this back to back",
            "Paul Vetter",
            "@prev",
        ),
        Q("It’s the one bit of good news I’ve got for anybody this fall", "Doug Sandvik", "Sandvik", how="after"),
        Q("Fast isn’t the goal", "Janelle Pederson", "she", how="after"),
        Q("Full bins is the goal", "Janelle Pederson", "she", how="before"),
        Q("Well, it’s in the bin. Next year", "Marit Solberg", "She", anchor="She climbed down"),
    ],
)

article(
    "farm-rural",
    5,
    P(
        "Floodwaters recede on Channel Country stations, leaving graziers to count the cost",
        "By Bec Halloran | The Western Grazier",
        "CURRAWONG DOWNS, Qld — When the water finally went down on Coolibah Plains last week, Andrew McAlister took the helicopter up at first light and flew the western boundary for three hours. He counted 212 dead cattle in the channels and another 40 or so bogged along the edges of the lignum swamps, too weak to stand. He landed, switched off the engine and sat in the cockpit for a long time before he got out. 'You can't prepare yourself for it. You think you can,' he said.",
        "McAlister, 54, runs the 96,000-hectare station with his wife, Fiona McAlister, and their son, Lachlan McAlister, 26. The family had moved about 3,000 head to higher country before the Diamantina broke its banks in late February, but the water came up faster and spread wider than anyone on the station had seen. 'We had a plan for a big flood. This wasn't a big flood, this was a sea,' Fiona said.",
        "Lachlan spent nine days on a quad bike and in a tinny, pushing cattle out of the channels towards the sandhills. 'Dad reckons I slept four hours a night. It was probably less,' he said. 'The old fella wasn't sleeping much either.'",
        "Stock and station agent Darryl Pitt, of Pitt & Kearney, said the McAlisters' losses were typical of places along the river. 'Some blokes have lost a third of their herd. Others got lucky with a sandhill,' Pitt said.",
        "The Department of Agriculture and Rural Recovery said in a statement that disaster recovery grants of up to $75,000 would be available to eligible primary producers and that its staff were 'on the ground in every affected shire'.",
        "Rural financial counsellor Sharon Dwyer, who covers four shires from a demountable office behind the Barcoo Crossing pub, said the grants would help with fencing and fodder but would not replace the stock. 'A grant buys fencing wire. It doesn't buy back twenty years of breeding,' she said.",
        "The station's head stockman, Wayne 'Snowy' Tully, who has worked on Coolibah Plains for 31 years, was more philosophical. 'This country floods, mate. That's what it's for. The cattle that come through this will be the best breeders we've ever had,' Tully said.",
        "Wayne Tully was also the one who found the station's old working dog, Nugget, on the roof of the pump shed four days after the water came up, thin but alive.",
        "Andrew said the family would restock slowly. 'We'll keep the heifers, buy a few bulls and let the country come back. It always comes back,' he said. Then, after a moment: 'It's us that takes longer.'",
    ),
    [
        "Bec Halloran",
        "Western Grazier",
        "Andrew McAlister",
        "Fiona McAlister",
        "Lachlan McAlister",
        "Darryl Pitt",
        "Pitt & Kearney",
        "Department of Agriculture and Rural Recovery",
        "Sharon Dwyer",
        "Wayne Tully",
    ],
    [
        Q("You can't prepare yourself for it. You think you can", "Andrew McAlister", "he", how="after"),
        Q(
            "We had a plan for a big flood. This wasn't a big flood, this was a sea",
            "Fiona McAlister",
            "Fiona",
            how="after",
        ),
        Q("Dad reckons I slept four hours a night. It was probably less", "Lachlan McAlister", "he", how="after"),
        Q("The old fella wasn't sleeping much either", "Lachlan McAlister", "he", how="before"),
        Q(
            "Some blokes have lost a third of their herd. Others got lucky with a sandhill",
            "Darryl Pitt",
            "Pitt",
            how="after",
        ),
        Q(
            "on the ground in every affected shire",
            "Department of Agriculture and Rural Recovery",
            "The Department of Agriculture and Rural Recovery",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "A grant buys fencing wire. It doesn't buy back twenty years of breeding",
            "Sharon Dwyer",
            "she",
            how="after",
        ),
        Q(
            "This country floods, mate. That's what it's for. The cattle that come through this will be the best breeders we've ever had",
            "Wayne Tully",
            "Tully",
            how="after",
        ),
        Q(
            "We'll keep the heifers, buy a few bulls and let the country come back. It always comes back",
            "Andrew McAlister",
            "he",
            how="after",
        ),
        Q("It's us that takes longer", "Andrew McAlister", "he", how="before"),
    ],
)

article(
    "farm-rural",
    6,
    P(
        "Late freeze leaves Vanderhoof orchard with a tenth of its apples",
        "By Gretchen Ploeg | Lakeshore Fruit & Farm News",
        "CEDAR DUNES TOWNSHIP, Mich. — On the night of May 11, the thermometer on the packing-shed wall at Vanderhoof Orchards read 24 degrees at 4 a.m. Ruth Ann Vanderhoof knows because she was standing under it, in a parka over her nightgown, listening to the wind machines roar across 80 acres of Honeycrisp and Northern Spy that had been in full bloom two days earlier. By morning the blossoms had turned the color of weak tea. “I’ve seen frost before. I’d never seen it take everything at once,” Ruth Ann said.",
        "Ruth Ann, 61, and her late husband, Pete, planted most of the trees in the 1990s on ground her grandfather cleared with a team of horses. Her daughter, Kelsey Vanderhoof, 33, took over day-to-day management three years ago after a decade with a seed company in Iowa. Kelsey estimates the orchard will pick about 4,000 bushels this fall, against 42,000 in a normal year. “We’ll have apples for the farm market and the cider mill, and that’s about it,” she said. “The wholesale contracts are gone.”",
        "Mother and daughter agree on almost everything, Kelsey said, except the wind machines, which cost $38,000 apiece and ran all night. “Mom thinks they saved the north block. I think the north block saved itself,” Kelsey said. Ruth Ann rolled her eyes. “She’s got her daddy’s stubborn streak,” she said.",
        "The Vanderhoofs sell most of their fruit through Great Lakes Fruit Growers Cooperative, which packs for about 90 orchards on the west side of the state. Its field manager, Tony Gersonde, said growers north of Sawmill Lake lost 60 to 90 percent of their crop. “It’s spotty. You can drive a mile and go from a full crop to nothing, depending on whether the cold air pooled,” he said. “But north of the lake it’s bad everywhere.”",
        "Lakeshore Extension fruit educator Anika Moerdyk said growers who lost their crop could still lose trees if they walked away from them this summer, and recommended light pruning and a reduced spray program. “A tree with no fruit is still a tree that has to survive the winter,” she said.",
        "Across the road, the Dykstras, who grow tart cherries, fared slightly better because their trees bloomed later. Henk Dykstra, 70, said he felt almost guilty about it. “We got maybe half a crop. Half is a lot this year,” he said.",
        "On a warm evening in late June, Ruth Ann walked the north block with a visitor, stopping every few trees to lift a branch and count the fruit that had set: two here, none there, a cluster of five on a tree near the fence that she patted like a dog. At the end of the row she turned and looked back down the hill toward the shed, the house and the road, where a neighbor’s tractor was going by with its lights on. “My dad lost a crop in ’63 and another one in ’76,” she said. “You don’t quit over one year. You just don’t get to buy anything.”",
    ),
    [
        "Gretchen Ploeg",
        "Lakeshore Fruit & Farm News",
        "Vanderhoof Orchards",
        "Ruth Ann Vanderhoof",
        "Pete",
        "Kelsey Vanderhoof",
        "Great Lakes Fruit Growers Cooperative",
        "Tony Gersonde",
        "Lakeshore Extension",
        "Anika Moerdyk",
        "Henk Dykstra",
    ],
    [
        Q(
            "I’ve seen frost before. I’d never seen it take everything at once",
            "Ruth Ann Vanderhoof",
            "Ruth Ann",
            how="after",
        ),
        Q(
            "We’ll have apples for the farm market and the cider mill, and that’s about it",
            "Kelsey Vanderhoof",
            "she",
            how="after",
        ),
        Q("The wholesale contracts are gone", "Kelsey Vanderhoof", "she", how="before"),
        Q(
            "Mom thinks they saved the north block. I think the north block saved itself",
            "Kelsey Vanderhoof",
            "Kelsey",
            how="after",
        ),
        Q("She’s got her daddy’s stubborn streak", "Ruth Ann Vanderhoof", "she", how="after"),
        Q(
            "It’s spotty. You can drive a mile and go from a full crop to nothing, depending on whether the cold air pooled",
            "Tony Gersonde",
            "he",
            how="after",
        ),
        Q("But north of the lake it’s bad everywhere", "Tony Gersonde", "he", how="before"),
        Q("A tree with no fruit is still a tree that has to survive the winter", "Anika Moerdyk", "she", how="after"),
        Q("We got maybe half a crop. Half is a lot this year", "Henk Dykstra", "he", how="after"),
        Q("My dad lost a crop in ’63 and another one in ’76", "Ruth Ann Vanderhoof", "she", how="after"),
        Q(
            "You don’t quit over one year. You just don’t get to buy anything",
            "Ruth Ann Vanderhoof",
            "she",
            how="before",
        ),
    ],
)

# ---------------------------------------------------------------------------
# ELECTION-NIGHT
# ---------------------------------------------------------------------------

article(
    "election-night",
    1,
    P(
        "Thornbury wins Montana governor’s race; Callahan concedes after midnight",
        "By Luis Echevarría-Holt and Penny Marwick | Big Sky Courier",
        "HELENA, Mont. — Democrat Rebecca Thornbury was elected governor of Montana on Tuesday, defeating Republican Wes Callahan by about 11,000 votes in a race that both parties had treated as a toss-up until the final week.",
        "Thornbury, a two-term state auditor, took the stage in a hotel ballroom in downtown Helena shortly after 12:30 a.m. “Montana, you did something tonight that a lot of people in Washington said you wouldn’t do,” she told supporters. “You voted for the person, not the postcard.”",
        "Callahan had called Thornbury to concede about 20 minutes earlier, according to both campaigns. He told her he would “help in any way I can” with the transition, said Thornbury’s campaign manager, Jada Whitcomb.",
        "Speaking to supporters in Billings, Callahan was gracious but did not hide his disappointment. “We came up a little short, and I’m not going to pretend that doesn’t sting,” he said. “But she won it fair, and she’s going to be my governor too.”",
        "Later, in a statement posted on X, Callahan said he would go back to his family’s hardware business in Stillwater Bend and “sleep for about a week.”",
        "Thornbury, in turn, praised her opponent for running what she called “a tough but honest campaign,” and said she had asked him to help her with a rural broadband plan that both candidates had promised.",
        "Exit polling conducted for a group of news organizations by Cardinal Point Research found that Thornbury won independents by 14 points and narrowed the Republican margin in rural counties. “She didn’t win rural Montana. She lost it by less, and that was enough,” said Marisa Quint, a senior analyst at Cardinal Point.",
        "State Republican chair Gordon Easley blamed turnout in the state’s two biggest college counties. “We didn’t lose the argument. We lost the ground game in two counties,” Easley said in an interview.",
        "Whitcomb said the governor-elect would name her transition team by Friday. “She’s already got a list. She had a list in August,” Whitcomb said, laughing.",
        "Thornbury ended her speech with a line she has used at almost every stop since the primary. “I don’t care what your bumper sticker says. If you live here, I work for you,” she said.",
    ),
    [
        "Luis Echevarría-Holt",
        "Penny Marwick",
        "Big Sky Courier",
        "Rebecca Thornbury",
        "Wes Callahan",
        "Jada Whitcomb",
        "Cardinal Point Research",
        "Marisa Quint",
        "Gordon Easley",
    ],
    [
        Q(
            "Montana, you did something tonight that a lot of people in Washington said you wouldn’t do",
            "Rebecca Thornbury",
            "she",
            how="after",
        ),
        Q("You voted for the person, not the postcard", "Rebecca Thornbury", "she", how="before"),
        Q("help in any way I can", "Wes Callahan", "He", kind="partial", anchor="He told her"),
        Q(
            "We came up a little short, and I’m not going to pretend that doesn’t sting",
            "Wes Callahan",
            "he",
            how="after",
        ),
        Q("But she won it fair, and she’s going to be my governor too", "Wes Callahan", "he", how="before"),
        Q("sleep for about a week", "Wes Callahan", "Callahan", kind="partial", how="before"),
        Q("a tough but honest campaign", "Rebecca Thornbury", "she", kind="partial", anchor="she called"),
        Q(
            "She didn’t win rural Montana. She lost it by less, and that was enough",
            "Marisa Quint",
            "Marisa Quint",
            how="after",
        ),
        Q(
            "We didn’t lose the argument. We lost the ground game in two counties",
            "Gordon Easley",
            "Easley",
            how="after",
        ),
        Q("She’s already got a list. She had a list in August", "Jada Whitcomb", "Whitcomb", how="after"),
        Q(
            "I don’t care what your bumper sticker says. If you live here, I work for you",
            "Rebecca Thornbury",
            "she",
            how="after",
        ),
    ],
)

article(
    "election-night",
    2,
    P(
        "‘A long night and a short majority’: Reform’s Whitlow takes Hexley and Wardale by 312 votes",
        "By Siobhan Carrick, Political Reporter | Tynedale Chronicle",
        "The National Reform Party has taken Hexley and Wardale from the Commonwealth Party for the first time in the seat’s 74-year history, after a count at Wardale Leisure Centre that ran past five in the morning and a recount requested by the defeated MP.",
        "The acting returning officer, Margaret Fairlamb, read out the result at 5.12am to a hall of exhausted party workers. ‘I hereby declare that Daniel Whitlow is duly elected to serve as the Member of Parliament for the Hexley and Wardale constituency,’ she said, to cheers from one side of the room and silence from the other.",
        "Whitlow, 41, a former Army engineer and county councillor, thanked the count staff before anyone else. ‘It has been a long night and a short majority, and I will take both,’ he said. ‘To those who did not vote for me: I will be your MP too, and I will be in the same surgery on the same Saturday mornings.’",
        "The defeated Commonwealth MP, Helen Armstrong-Tait, who had held the seat since 2010, asked for a bundle check and then a full recount, which confirmed Whitlow’s majority. In a short speech she thanked her staff and her family and said voters had sent ‘a message I intend to listen to’. Outside the hall she was blunter. ‘Three hundred and twelve votes. I’ll be thinking about every door I didn’t knock on,’ she told the Chronicle.",
        "The Green Future candidate, Tomasz Wieczorek, finished third with 6,114 votes, the party’s best result in the North East. ‘We are not a protest vote any more. We are a vote,’ he said. The Northern Independents’ Ruth Cheeseman, who came fourth, said the two big parties had ‘fought over a few thousand people in three towns and ignored the hills’.",
        "The national exit poll, published at 10pm, had projected Reform as the largest party but put Hexley and Wardale on a knife edge. Professor Alan Dunstable of the University of Tynemouth, who advises the broadcasters’ exit poll team, told Tyne Valley Radio that seats like this one had been ‘the hinge of the whole night’. ‘If you had told me at ten o’clock that Reform would win here, I would have said it was possible but not likely,’ he said.",
        "A Commonwealth Party spokesman said the result was ‘disappointing but not unexpected’ given the national picture.",
        "Asked at dawn what he would do first as an MP, Whitlow said: ‘Sleep. Then the A69.’",
    ),
    [
        "Siobhan Carrick",
        "Tynedale Chronicle",
        "National Reform Party",
        "Commonwealth Party",
        "Margaret Fairlamb",
        "Daniel Whitlow",
        "Helen Armstrong-Tait",
        "Green Future",
        "Tomasz Wieczorek",
        "Northern Independents",
        "Ruth Cheeseman",
        "Alan Dunstable",
        "University of Tynemouth",
        "Tyne Valley Radio",
    ],
    [
        Q(
            "A long night and a short majority",
            "Daniel Whitlow",
            "Whitlow",
            kind="partial",
            anchor="Whitlow takes",
        ),
        Q(
            "I hereby declare that Daniel Whitlow is duly elected to serve as the Member of Parliament for the Hexley and Wardale constituency",
            "Margaret Fairlamb",
            "she",
            how="after",
        ),
        Q("It has been a long night and a short majority, and I will take both", "Daniel Whitlow", "he", how="after"),
        Q(
            "To those who did not vote for me: I will be your MP too, and I will be in the same surgery on the same Saturday mornings",
            "Daniel Whitlow",
            "he",
            how="before",
        ),
        Q("a message I intend to listen to", "Helen Armstrong-Tait", "she", kind="partial", anchor="she thanked"),
        Q(
            "Three hundred and twelve votes. I’ll be thinking about every door I didn’t knock on",
            "Helen Armstrong-Tait",
            "she",
            how="after",
        ),
        Q("We are not a protest vote any more. We are a vote", "Tomasz Wieczorek", "he", how="after"),
        Q(
            "fought over a few thousand people in three towns and ignored the hills",
            "Ruth Cheeseman",
            "Ruth Cheeseman",
            kind="partial",
        ),
        Q("the hinge of the whole night", "Alan Dunstable", "Professor Alan Dunstable", kind="partial"),
        Q(
            "If you had told me at ten o’clock that Reform would win here, I would have said it was possible but not likely",
            "Alan Dunstable",
            "he",
            how="after",
        ),
        Q(
            "disappointing but not unexpected",
            "a Commonwealth Party spokesman",
            "A Commonwealth Party spokesman",
            kind="partial",
            stype="unnamed",
        ),
        Q("Sleep. Then the A69", "Daniel Whitlow", "Whitlow", how="before"),
    ],
)

article(
    "election-night",
    3,
    P(
        """LIVE: Lakeport mayor's race too close to call as Estrada-Vance, Szymanski trade the lead""",
        """Lakeport Daily Press | Live updates by Dominic Ferrante and Keisha Lamont""",
        '''12:41 a.m. -- With 96% of precincts reporting, Szymanski leads by 1,812 votes. Neither campaign is conceding. Szymanski's campaign manager, Theresa Oduya, told reporters at a union hall on Front Street: "We're not declaring anything tonight. We're going to let the clerk count every ballot, which is more than the mayor was willing to promise a month ago."''',
        '''12:05 a.m. -- Mayor Gloria Estrada-Vance made a brief appearance at her election-night party in a hotel ballroom downtown, where the mood had cooled considerably since the early returns. "It's going to be a long night, and maybe a long week," she told supporters. "Go home, get some sleep and keep your phone on."''',
        """11:32 p.m. -- Estrada-Vance spokeswoman Carmen Liu says the campaign expects the remaining east-side precincts to close the gap. "The mayor has won the east side three times. She's not worried about it, and neither am I," Liu said.""",
        """10:47 p.m. -- County Clerk Harold Basko says about 14,000 mail ballots postmarked by Election Day could still arrive through Friday. "Every one of them will be counted, and nobody gets a result until they are," Basko said.""",
        """10:15 p.m. -- Third-place finisher Ray Mendelsohn, a retired fire captain who ran as an independent, has conceded in a statement posted on X. "The voters have spoken, and what they said was 'not you, Ray,'" Mendelsohn wrote. He did not endorse either candidate.""",
        """9:30 p.m. -- Turnout looks strong in the west-side wards that Szymanski needs. "Turnout on the west side is running well ahead of 2021, and the east side is flat. If that holds, it's a very long night for the mayor," according to Naomi Feld-Arrington, who directs the civic polling center at Lakeport State University.""",
        """8:50 p.m. -- At the Szymanski party, Sandra Kopecky, 58, a retired teacher who knocked on doors for the challenger, said she had been waiting for this night since the library closures two years ago. "I'm not nervous. I'm just tired of being angry," she said.""",
        """8:05 p.m. -- Polls are closed. City Councilman Brian Szymanski, 44, voted this afternoon at his old elementary school. "I feel good. My mom voted for me, so that's one," he told reporters outside.""",
        """Check back for updates throughout the night.""",
    ),
    [
        "Lakeport Daily Press",
        "Dominic Ferrante",
        "Keisha Lamont",
        "Brian Szymanski",
        "Theresa Oduya",
        "Gloria Estrada-Vance",
        "Carmen Liu",
        "Harold Basko",
        "Ray Mendelsohn",
        "Naomi Feld-Arrington",
        "Lakeport State University",
        "Sandra Kopecky",
    ],
    [
        Q(
            "We're not declaring anything tonight. We're going to let the clerk count every ballot, which is more than the mayor was willing to promise a month ago",
            "Theresa Oduya",
            "Theresa Oduya",
        ),
        Q("It's going to be a long night, and maybe a long week", "Gloria Estrada-Vance", "she", how="after"),
        Q("Go home, get some sleep and keep your phone on", "Gloria Estrada-Vance", "she", how="before"),
        Q(
            "The mayor has won the east side three times. She's not worried about it, and neither am I",
            "Carmen Liu",
            "Liu",
            how="after",
        ),
        Q(
            "Every one of them will be counted, and nobody gets a result until they are",
            "Harold Basko",
            "Basko",
            how="after",
        ),
        Q(
            "The voters have spoken, and what they said was 'not you, Ray,'",
            "Ray Mendelsohn",
            "Mendelsohn",
            how="after",
        ),
        Q(
            "Turnout on the west side is running well ahead of 2021, and the east side is flat. If that holds, it's a very long night for the mayor",
            "Naomi Feld-Arrington",
            "Naomi Feld-Arrington",
            how="after",
        ),
        Q("I'm not nervous. I'm just tired of being angry", "Sandra Kopecky", "she", how="after"),
        Q("I feel good. My mom voted for me, so that's one", "Brian Szymanski", "he", how="after"),
    ],
)

article(
    "election-night",
    4,
    P(
        "Brandt wins 4th District Democratic primary; Okafor-Reyes concedes",
        "By Gabriel Ostrowski | Tri-County Observer",
        "DURHAM, N.C. — State Sen. Alicia Brandt won the Democratic primary for the 4th Congressional District on Tuesday, defeating former federal prosecutor Denise Okafor-Reyes after a bitter and expensive campaign that split the party’s leadership across the Triangle.",
        "With nearly all precincts reporting, Brandt had 52% of the vote to Okafor-Reyes’ 41%. A third candidate, Hollow Rock businessman Thomas Aldridge, had 7%.",
        "Brandt, 49, took the stage at a brewery in downtown Durham to chants of her name. “Three months ago, the experts told me this district wasn’t ready for somebody who talks like me and votes like me,” she said. “Well, the district just answered.",
        "“To everyone who voted for Denise tonight: I know you’re disappointed. I want your vote in November, and I’m going to earn it, not assume it.”",
        "Okafor-Reyes, who had led in early polling and outraised Brandt by nearly $1 million, spoke to supporters at a union hall in east Durham about 20 minutes later. She called Brandt “a fighter” and said she had phoned her to concede. “I told her that this district needs her to win in November, and that I will knock doors to help make that happen,” Okafor-Reyes said.",
        "The two women clashed repeatedly during the campaign, most sharply over a mailer from Carolina Forward Action, a super PAC backing Okafor-Reyes, that accused Brandt of being “soft on corporate polluters.” Brandt said Tuesday night that she had not forgotten it. “But I’ve been called worse by Republicans, and I’ve forgiven them too,” she said, to laughter.",
        "Eno County Democratic Party chair Lorraine Whitaker-Boyd said the party would hold a unity rally on Saturday. “Primaries are family fights. On Wednesday morning, we’re a family again,” she said.",
        "Aldridge, in a statement posted on X, congratulated Brandt and said he was “proud of the campaign we ran on a shoestring.”",
        "Political scientist Renée Castellano of Haw River College said Brandt’s margins in the district’s rural northern counties had surprised her. “Okafor-Reyes ran the better television campaign. Brandt ran the better pickup-truck campaign, and in this district the pickup truck still wins,” she said.",
        "Brandt will face Republican Gary Dunmore, a car dealer who won his primary unopposed, in November. Dunmore said in a statement that Brandt was “the most liberal candidate this district has ever nominated.”",
    ),
    [
        "Gabriel Ostrowski",
        "Tri-County Observer",
        "Alicia Brandt",
        "Denise Okafor-Reyes",
        "Thomas Aldridge",
        "Carolina Forward Action",
        "Eno County Democratic Party",
        "Lorraine Whitaker-Boyd",
        "Renée Castellano",
        "Haw River College",
        "Gary Dunmore",
    ],
    [
        Q(
            "Three months ago, the experts told me this district wasn’t ready for somebody who talks like me and votes like me",
            "Alicia Brandt",
            "she",
            how="after",
        ),
        Q("Well, the district just answered", "Alicia Brandt", "she", how="before"),
        Q(
            "To everyone who voted for Denise tonight: I know you’re disappointed. I want your vote in November, and I’m going to earn it, not assume it",
            "Alicia Brandt",
            "@prev",
        ),
        Q("a fighter", "Denise Okafor-Reyes", "She", kind="partial", anchor="She called Brandt"),
        Q(
            "I told her that this district needs her to win in November, and that I will knock doors to help make that happen",
            "Denise Okafor-Reyes",
            "Okafor-Reyes",
            how="after",
        ),
        Q(
            "soft on corporate polluters",
            "Carolina Forward Action",
            "a mailer",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "But I’ve been called worse by Republicans, and I’ve forgiven them too",
            "Alicia Brandt",
            "she",
            how="after",
        ),
        Q(
            "Primaries are family fights. On Wednesday morning, we’re a family again",
            "Lorraine Whitaker-Boyd",
            "she",
            how="after",
        ),
        Q("proud of the campaign we ran on a shoestring", "Thomas Aldridge", "Aldridge", kind="partial", how="before"),
        Q(
            "Okafor-Reyes ran the better television campaign. Brandt ran the better pickup-truck campaign, and in this district the pickup truck still wins",
            "Renée Castellano",
            "she",
            how="after",
        ),
        Q(
            "the most liberal candidate this district has ever nominated",
            "Gary Dunmore",
            "Dunmore",
            kind="partial",
            anchor="Dunmore said",
        ),
    ],
)

article(
    "election-night",
    5,
    P(
        "Boudreau-Hale’s Renewal sweeps to majority in New Brunswick; Premier Tremblay-Fox loses own seat",
        "By Marc-André Gallant | Fundy Tide Herald",
        "FREDERICTON — The Provincial Renewal Party won a majority government in New Brunswick on Monday night, ending eight years of Coastal Democrat rule and handing leader Nadia Boudreau-Hale the premier’s office in her first election as party leader.",
        "Renewal was elected or leading in 31 of the legislature’s 49 ridings shortly before midnight, with the Coastal Democrats reduced to 14 seats and the Green Shore Party holding four.",
        "“Tonight, New Brunswickers didn’t just change the government. They changed the conversation,” Boudreau-Hale told a packed convention centre in Moncton. She repeated the line in French and then added, also in French: “We will govern for the north as much as for the south.”",
        "Premier Gerald Tremblay-Fox lost his own riding of Kingsbrook-Kennebecasis to a 29-year-old Renewal candidate, the emergency-room nurse Owen MacRury, by 412 votes. Tremblay-Fox conceded shortly after 11 p.m. in Saint John. “The people have spoken, and they have spoken clearly, including in my own backyard,” he said.",
        "He said he had called Boudreau-Hale to congratulate her and that she had been “very kind, kinder than I would have been.”",
        "MacRury, who still works night shifts at the regional hospital, said he had not expected to win. “I told my charge nurse I’d be in Thursday. I might still be in Thursday,” he said.",
        "“We ran a campaign for a province that doesn’t exist anymore.” That was the verdict of one senior Coastal Democrat organizer, who asked not to be named because the party had not yet met to discuss the result.",
        "Green Shore leader Ingrid Aucoin-Patel, who held her seat comfortably, said in a statement posted on X that her caucus would “work with anyone on climate and housing, and with no one on anything else.”",
        "Pollster Raymond Cormier of Bayline Research said Renewal’s gains in the francophone north had decided the race. “If you win the north by twenty, you can lose Saint John and still form a majority. That’s exactly what happened,” Cormier said.",
        "Renewal party president Lise Thibodeau, who ran the campaign’s war room, was asked when the new premier would be sworn in. “Give her a night’s sleep first,” Thibodeau told the Herald. “She’s earned it.”",
    ),
    [
        "Marc-André Gallant",
        "Fundy Tide Herald",
        "Provincial Renewal Party",
        "Nadia Boudreau-Hale",
        "Coastal Democrats",
        "Green Shore Party",
        "Gerald Tremblay-Fox",
        "Owen MacRury",
        "Ingrid Aucoin-Patel",
        "Raymond Cormier",
        "Bayline Research",
        "Lise Thibodeau",
    ],
    [
        Q(
            "Tonight, New Brunswickers didn’t just change the government. They changed the conversation",
            "Nadia Boudreau-Hale",
            "Boudreau-Hale",
            how="after",
        ),
        Q(
            "We will govern for the north as much as for the south",
            "Nadia Boudreau-Hale",
            "She",
            anchor="She repeated",
        ),
        Q(
            "The people have spoken, and they have spoken clearly, including in my own backyard",
            "Gerald Tremblay-Fox",
            "he",
            how="after",
        ),
        Q(
            "very kind, kinder than I would have been",
            "Gerald Tremblay-Fox",
            "He",
            kind="partial",
            anchor="He said he had called",
        ),
        Q("I told my charge nurse I’d be in Thursday. I might still be in Thursday", "Owen MacRury", "he", how="after"),
        Q(
            "We ran a campaign for a province that doesn’t exist anymore",
            "one senior Coastal Democrat organizer",
            "one senior Coastal Democrat organizer",
            stype="unnamed",
        ),
        Q(
            "work with anyone on climate and housing, and with no one on anything else",
            "Ingrid Aucoin-Patel",
            "Green Shore leader Ingrid Aucoin-Patel",
            kind="partial",
        ),
        Q(
            "If you win the north by twenty, you can lose Saint John and still form a majority. That’s exactly what happened",
            "Raymond Cormier",
            "Cormier",
            how="after",
        ),
        Q("Give her a night’s sleep first", "Lise Thibodeau", "Thibodeau", how="after"),
        Q("She’s earned it", "Lise Thibodeau", "Thibodeau", how="before"),
    ],
)

article(
    "election-night",
    6,
    P(
        """Denmark's Holst-Vinding claims narrow win as centre-left bloc holds majority by one seat""",
        """By Rasmus Kjeldgaard and Anna Whitford""",
        """COPENHAGEN (Nordic Wire Service) -- Prime Minister Karen Holst-Vinding's centre-left bloc kept a one-seat majority in Denmark's general election on Tuesday, official results showed, after an exit poll that had pointed to a hung parliament proved wrong by two seats.""",
        """With all votes counted, parties backing Holst-Vinding had 90 of the 179 seats in the Folketing, the smallest possible majority.""",
        """Holst-Vinding, 56, told cheering supporters at a party event in Copenhagen's Nordhavn district: "Denmark chose to stay together tonight. Not by a lot. But by enough." She said she would begin talks with her coalition partners on Wednesday morning.""",
        '''Louise Bech Andersen, leader of the opposition Liberal People's Party, conceded shortly after midnight. She said she had called Holst-Vinding to congratulate her, and had told her she expected "a government that remembers it won by one seat, not by forty."''',
        """"We came closer than anyone thought possible in June. I am proud of that, and I am angry that it was not enough," Bech Andersen told supporters in Aarhus.""",
        """The exit poll, conducted by the Scandi Opinion Institute for the broadcaster Nordlys TV, had given the right-leaning bloc 89 seats. "We missed late-deciding voters in the suburbs. They broke left in the last hours, and our sample did not catch it," the institute's director, Henrik Skovgaard, told Nordlys TV.""",
        '''The Moderate Greens, whose 11 seats are part of Holst-Vinding's majority, said in a statement posted on X that their support "is not a blank cheque."''',
        """A spokeswoman for the Liberal People's Party, Sofie Lund-Madsen, said the party would not ask for a recount. "Every vote was counted twice. The result is the result," she said.""",
        """"This is a government with a majority of one, which in Denmark means it has a majority of none on any single difficult vote," said political scientist Birgitte Fogh of the Jutland Institute of Political Studies.""",
        """Holst-Vinding also praised her rival's campaign, saying Bech Andersen had fought "with courage and with good manners, which is rarer." Then she turned back to the crowd. "Now the hard part starts," she said.""",
        """(Reporting by Rasmus Kjeldgaard in Copenhagen and Anna Whitford in Aarhus; Editing by Jill Kettering)""",
    ),
    [
        "Rasmus Kjeldgaard",
        "Anna Whitford",
        "Nordic Wire Service",
        "Karen Holst-Vinding",
        "Folketing",
        "Louise Bech Andersen",
        "Liberal People's Party",
        "Scandi Opinion Institute",
        "Nordlys TV",
        "Henrik Skovgaard",
        "Moderate Greens",
        "Sofie Lund-Madsen",
        "Birgitte Fogh",
        "Jutland Institute of Political Studies",
        "Jill Kettering",
    ],
    [
        Q(
            "Denmark chose to stay together tonight. Not by a lot. But by enough",
            "Karen Holst-Vinding",
            "Holst-Vinding",
            how="before",
        ),
        Q(
            "a government that remembers it won by one seat, not by forty",
            "Louise Bech Andersen",
            "She",
            kind="partial",
            anchor="She said she had called",
        ),
        Q(
            "We came closer than anyone thought possible in June. I am proud of that, and I am angry that it was not enough",
            "Louise Bech Andersen",
            "Bech Andersen",
            how="after",
        ),
        Q(
            "We missed late-deciding voters in the suburbs. They broke left in the last hours, and our sample did not catch it",
            "Henrik Skovgaard",
            "Henrik Skovgaard",
            how="after",
        ),
        Q(
            "is not a blank cheque",
            "Moderate Greens",
            "The Moderate Greens",
            kind="partial",
            stype="organisation",
        ),
        Q("Every vote was counted twice. The result is the result", "Sofie Lund-Madsen", "she", how="after"),
        Q(
            "This is a government with a majority of one, which in Denmark means it has a majority of none on any single difficult vote",
            "Birgitte Fogh",
            "political scientist Birgitte Fogh",
            how="after",
        ),
        Q(
            "with courage and with good manners, which is rarer",
            "Karen Holst-Vinding",
            "Holst-Vinding",
            kind="partial",
            anchor="Holst-Vinding also praised",
        ),
        Q("Now the hard part starts", "Karen Holst-Vinding", "she", how="after"),
    ],
)

# ---------------------------------------------------------------------------
# RELIGION-FAITH
# ---------------------------------------------------------------------------

article(
    "religion-faith",
    1,
    P(
        "Diocese to close St. Casimir and five other parishes in merger plan",
        "By Colleen Featherstone | Merrimack Valley Courier",
        "PORT SHELDON, Mass. — The Roman Catholic Diocese of Port Sheldon will close six of its 71 parishes by next summer and merge their congregations into neighboring churches, Bishop Edmund Kearsley announced Sunday, citing falling Mass attendance, a shortage of priests and $14 million in deferred maintenance.",
        "In a letter read at every Mass in the diocese over the weekend, Kearsley wrote that the decision had been made “after two years of prayer, listening and, I will not pretend otherwise, anguish.” “No bishop wants to close a church. But a diocese that keeps every building open by letting every building decline is not being faithful. It is being afraid,” the letter continued.",
        "Among the parishes to close is St. Casimir, founded in 1903 by Polish mill workers in the city’s Flats neighborhood. Its pastor, the Rev. Tomás Ibarra, told parishioners after the 10:30 a.m. Mass that he had learned of the decision only on Thursday. “I will not stand up here and tell you this is God’s will. I will tell you it is the bishop’s decision, and that I will obey it,” Ibarra said. Several people in the pews wept.",
        "Above the altar at St. Casimir, painted in gold letters in Polish and in English, are the words “Do whatever He tells you,” from the Gospel of John. Father Ibarra’s homily on Sunday began with them.",
        "“Mary says it at a wedding where the wine has run out,” he preached. “She doesn’t say, ‘Do whatever makes sense,’ or ‘Do whatever the numbers say.’ I have been thinking about that all week.”",
        "Stanisława Nowicki, 88, was baptized, confirmed and married at St. Casimir, and buried her husband from it in 2011. She has sat in the fourth pew on the left for 70 years. “They can close the building. They can’t close what happened in it,” she said.",
        "The diocese said in a statement that no priest would lose his assignment and that parish records, sacred objects and “the patrimony of each community” would be transferred to the receiving parishes. The statement said the closures were “not a judgment on the faith of any parish.”",
        "Father Anthony Osei-Mensah, who will become pastor of the merged parish at St. Hedwig, said he had already met with St. Casimir’s parish council. “Nobody is being absorbed. We are going to build a new parish together, and it will have both names on the door,” he said.",
        "A group of parishioners calling itself Friends of St. Casimir said it would appeal the closure to Rome. Its organizer, Walter Grabowski, said the group had already raised $60,000 toward a new boiler and roof repairs. “We are not asking the diocese for a dime. We are asking it to let us keep the lights on ourselves,” Grabowski said.",
        "Kearsley is expected to celebrate a final Mass at St. Casimir in June.",
    ),
    [
        "Colleen Featherstone",
        "Merrimack Valley Courier",
        "Roman Catholic Diocese of Port Sheldon",
        "Edmund Kearsley",
        "St. Casimir",
        "Tomás Ibarra",
        "Stanisława Nowicki",
        "Anthony Osei-Mensah",
        "St. Hedwig",
        "Friends of St. Casimir",
        "Walter Grabowski",
    ],
    [
        Q(
            "after two years of prayer, listening and, I will not pretend otherwise, anguish",
            "Edmund Kearsley",
            "Kearsley",
            kind="partial",
            anchor="Kearsley wrote",
        ),
        Q(
            "No bishop wants to close a church. But a diocese that keeps every building open by letting every building decline is not being faithful. It is being afraid",
            "Edmund Kearsley",
            "the letter",
            how="after",
        ),
        Q(
            "I will not stand up here and tell you this is God’s will. I will tell you it is the bishop’s decision, and that I will obey it",
            "Tomás Ibarra",
            "Ibarra",
            how="after",
        ),
        Q("Mary says it at a wedding where the wine has run out", "Tomás Ibarra", "he", how="after"),
        Q(
            "She doesn’t say, ‘Do whatever makes sense,’ or ‘Do whatever the numbers say.’ I have been thinking about that all week",
            "Tomás Ibarra",
            "he",
            how="before",
        ),
        Q(
            "They can close the building. They can’t close what happened in it",
            "Stanisława Nowicki",
            "she",
            how="after",
        ),
        Q(
            "the patrimony of each community",
            "Roman Catholic Diocese of Port Sheldon",
            "The diocese",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "not a judgment on the faith of any parish",
            "Roman Catholic Diocese of Port Sheldon",
            "The statement",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "Nobody is being absorbed. We are going to build a new parish together, and it will have both names on the door",
            "Anthony Osei-Mensah",
            "he",
            how="after",
        ),
        Q(
            "We are not asking the diocese for a dime. We are asking it to let us keep the lights on ourselves",
            "Walter Grabowski",
            "Grabowski",
            how="after",
        ),
    ],
)

article(
    "religion-faith",
    2,
    P(
        """Hundreds join vigil outside vandalized Maple Crest mosque""",
        """By Omar Haddadin-Price | Lakeshore Tribune""",
        """MAPLE CREST, Ohio -- More than 400 people gathered Sunday evening outside the Islamic Center of Maple Crest, two days after vandals smashed its front windows and spray-painted slurs across the doors of the prayer hall.""",
        '''The center's imam, Sheikh Yusuf Abdelrahman, thanked the crowd first in English and then in Arabic. "When I came on Friday morning and saw the windows, I was angry. When I came tonight and saw you, I was ashamed of my anger," he said. "You have given our children a better memory of this week than the one we were afraid they would have."''',
        '''Behind the speakers, members of the center had hung a banner bearing a verse from the Quran in Arabic and English: "O mankind, We have created you from male and female and made you peoples and tribes that you may know one another."''',
        """Rabbi Miriam Feldstein-Cole of Temple Or HaLev, whose congregation sits four blocks away on the same street, spoke next. "Our tradition teaches that whoever destroys a single life destroys an entire world. Somebody tried to destroy a small piece of this world on Friday night. We are here to rebuild it," she said.""",
        """Maple Crest Police Chief Daniel Korver said investigators had recovered security footage showing two people at the building shortly after 1 a.m. Friday. "We are treating this as a hate crime, and we have asked federal authorities to assist," Korver said.""",
        """The vandalism was "an attack on every house of worship in this county," according to the Council on Interfaith Relations of Greater Lakeshore, which organized the vigil. The council's chair, the Rev. Leonard Whitlock-Barnes, a Methodist pastor, said the council would pay for new security cameras at the center. "Nobody should have to pray with one eye on the door," he said.""",
        '''Among those at the vigil was Amira Haddad, 17, who attends Friday prayers at the center with her father. "My friends from school texted me all day Saturday asking if I was OK. Half of them are here," she said. "The other half are coming next week. They promised."''',
        '''The Muslim Civil Liberties Alliance, an advocacy group, urged state lawmakers to fund security grants for houses of worship, calling the attack "part of a pattern, not an isolated act."''',
        '''Abdelrahman said the center would hold Friday prayers as usual, with the broken windows boarded up. "The door will be open," he said, "as it always was. That was the point."''',
    ),
    [
        "Omar Haddadin-Price",
        "Lakeshore Tribune",
        "Islamic Center of Maple Crest",
        "Yusuf Abdelrahman",
        "Miriam Feldstein-Cole",
        "Temple Or HaLev",
        "Maple Crest Police",
        "Daniel Korver",
        "Council on Interfaith Relations of Greater Lakeshore",
        "Leonard Whitlock-Barnes",
        "Amira Haddad",
        "Muslim Civil Liberties Alliance",
    ],
    [
        Q(
            "When I came on Friday morning and saw the windows, I was angry. When I came tonight and saw you, I was ashamed of my anger",
            "Yusuf Abdelrahman",
            "he",
            how="after",
        ),
        Q(
            "You have given our children a better memory of this week than the one we were afraid they would have",
            "Yusuf Abdelrahman",
            "he",
            how="before",
        ),
        Q(
            "Our tradition teaches that whoever destroys a single life destroys an entire world. Somebody tried to destroy a small piece of this world on Friday night. We are here to rebuild it",
            "Miriam Feldstein-Cole",
            "she",
            how="after",
        ),
        Q(
            "We are treating this as a hate crime, and we have asked federal authorities to assist",
            "Daniel Korver",
            "Korver",
            how="after",
        ),
        Q(
            "an attack on every house of worship in this county",
            "Council on Interfaith Relations of Greater Lakeshore",
            "the Council on Interfaith Relations of Greater Lakeshore",
            kind="partial",
            stype="organisation",
        ),
        Q("Nobody should have to pray with one eye on the door", "Leonard Whitlock-Barnes", "he", how="after"),
        Q(
            "My friends from school texted me all day Saturday asking if I was OK. Half of them are here",
            "Amira Haddad",
            "she",
            how="after",
        ),
        Q("The other half are coming next week. They promised", "Amira Haddad", "she", how="before"),
        Q(
            "part of a pattern, not an isolated act",
            "Muslim Civil Liberties Alliance",
            "The Muslim Civil Liberties Alliance",
            kind="partial",
            stype="organisation",
        ),
        Q("The door will be open", "Yusuf Abdelrahman", "he", how="after"),
        Q("as it always was. That was the point", "Yusuf Abdelrahman", "he", how="before"),
    ],
)

article(
    "religion-faith",
    3,
    P(
        "Bishop’s Christmas sermon on asylum hotels draws MP’s fire",
        "By Harriet Quennell, Religious Affairs Correspondent | The Wessex Clarion",
        "The Bishop of Wexcombe has been accused by a local MP of ‘playing politics from the pulpit’ after using her Christmas Day sermon to criticise the closure of two hotels housing asylum seekers in the city.",
        "Preaching at Wexcombe Cathedral, the Rt Rev Catherine Ashdown-Pryce told a congregation of about 900 that the city had ‘lost its nerve’. ‘We sing every year about a family for whom there was no room at the inn. This year our city decided, twice, that there was no room at the inn, and then came here to sing about it,’ she said.",
        "The bishop, who was a hospital chaplain in Bristol before her consecration in 2019, went on: ‘Scripture could not be plainer. “I was a stranger, and ye took me in.” Not “I was a stranger, and you checked my paperwork.”’",
        "The order of service, printed for the occasion, carried the words ‘Unto us a child is born’ on its cover, above a drawing of the cathedral’s west front.",
        "Giles Penhaligon, the Heritage Party MP for Wexcombe West, whose constituents had campaigned against the hotels, said the bishop was ‘playing politics from the pulpit on the one day of the year when people go to church to get away from politics’. ‘If the bishop wants to run for the council, there’s an election in May,’ he told the Clarion.",
        "The Archbishop of Kingsmere, the Most Rev Julian Fairweather, declined to criticise the sermon. Speaking on Boxing Day to Wessex Sound, he said bishops had ‘a duty to preach the Gospel, not a duty to be comfortable’. ‘I did not write her sermon, and I would not have written it in quite those words. But I recognise the Gospel in it,’ the archbishop said.",
        "The Rev Simon Nwankwo-Hale, vicar of St Aldhelm’s in the city’s Northgate area, where one of the hotels stood, said his congregation was divided. ‘I’ve had people thank me for the bishop’s words with tears in their eyes, and I’ve had people tell me they won’t be back. Both of those are my parishioners, and both are welcome at the rail,’ he said.",
        "At the cathedral’s evensong on Boxing Day, Margaret Tilbury, 79, who has worshipped there for 50 years, said she had found the sermon ‘uncomfortable, which I suppose is the point of a sermon’.",
        "A spokesperson for the Diocese of Wexcombe said the bishop ‘stands by every word’ and would be ‘glad to meet Mr Penhaligon at any time’.",
    ),
    [
        "Harriet Quennell",
        "Wessex Clarion",
        "Wexcombe Cathedral",
        "Catherine Ashdown-Pryce",
        "Giles Penhaligon",
        "Heritage Party",
        "Julian Fairweather",
        "Wessex Sound",
        "Simon Nwankwo-Hale",
        "St Aldhelm’s",
        "Margaret Tilbury",
        "Diocese of Wexcombe",
    ],
    [
        Q(
            "playing politics from the pulpit",
            "Giles Penhaligon",
            "a local MP",
            kind="partial",
            occ=0,
        ),
        Q("lost its nerve", "Catherine Ashdown-Pryce", "Rt Rev Catherine Ashdown-Pryce", kind="partial"),
        Q(
            "We sing every year about a family for whom there was no room at the inn. This year our city decided, twice, that there was no room at the inn, and then came here to sing about it",
            "Catherine Ashdown-Pryce",
            "she",
            how="after",
        ),
        Q(
            "Scripture could not be plainer. “I was a stranger, and ye took me in.” Not “I was a stranger, and you checked my paperwork.”",
            "Catherine Ashdown-Pryce",
            "The bishop",
            how="before",
        ),
        Q(
            "playing politics from the pulpit on the one day of the year when people go to church to get away from politics",
            "Giles Penhaligon",
            "Giles Penhaligon",
            kind="partial",
        ),
        Q(
            "If the bishop wants to run for the council, there’s an election in May",
            "Giles Penhaligon",
            "he",
            how="after",
        ),
        Q(
            "a duty to preach the Gospel, not a duty to be comfortable",
            "Julian Fairweather",
            "he",
            kind="partial",
            how="before",
        ),
        Q(
            "I did not write her sermon, and I would not have written it in quite those words. But I recognise the Gospel in it",
            "Julian Fairweather",
            "the archbishop",
            how="after",
        ),
        Q(
            "I’ve had people thank me for the bishop’s words with tears in their eyes, and I’ve had people tell me they won’t be back. Both of those are my parishioners, and both are welcome at the rail",
            "Simon Nwankwo-Hale",
            "he",
            how="after",
        ),
        Q(
            "uncomfortable, which I suppose is the point of a sermon",
            "Margaret Tilbury",
            "Margaret Tilbury",
            kind="partial",
        ),
        Q(
            "stands by every word",
            "a spokesperson for the Diocese of Wexcombe",
            "A spokesperson for the Diocese of Wexcombe",
            kind="partial",
            stype="unnamed",
        ),
        Q(
            "glad to meet Mr Penhaligon at any time",
            "a spokesperson for the Diocese of Wexcombe",
            "A spokesperson for the Diocese of Wexcombe",
            kind="partial",
            stype="unnamed",
        ),
    ],
)

article(
    "religion-faith",
    4,
    P(
        "After 140 years, the Sisters of St. Brigid say goodbye to Hollins Ridge",
        "By Naomi Pellegrino | Hudson Highlands Herald",
        "HOLLINS RIDGE, N.Y. — The bell in the chapel of Mount St. Brigid Convent rang for the last time on Saturday morning, calling nine elderly women and about 300 friends, former pupils and neighbors to a final Mass. The Sisters of St. Brigid, who founded the convent in 1884 and at their peak numbered 212 here, are down to nine, the youngest of them 74.",
        "Sister Mary Agnes Kowalski, that youngest sister, rang the bell herself, both hands on the rope, as she has every morning since 2003. “I’ve rung that bell every day for 22 years. My arms will miss it before the rest of me does,” she said.",
        "The congregation’s leader, Sister Bernadette Ruane, said the decision to sell the 60-acre property was made two years ago, after an engineering study found the buildings needed $9 million in repairs. “We could have spent every penny we have keeping a roof over our own heads, and then there would be nothing left for the people we came here to serve,” she said. “That is not what our founders would have done.",
        "“Mother Columba came here with four sisters and eleven dollars. She did not come for the buildings.”",
        "Carved over the chapel door are the words “Come to me, all you who labor and are burdened,” from the Gospel of Matthew. Generations of girls from the convent school walked under them twice a day.",
        "Sister Perpetua, 96, the oldest member of the community, entered the convent in 1947 at the age of 18 and taught fourth grade in its school for 41 years. “When I came, there were so many of us that they put four novices to a room,” says Sister Perpetua. “Now there are more rooms than sisters, and more sisters than knees that work.”",
        "The Sisters of St. Brigid said in a statement that the remaining sisters would move this month to a retirement residence run by the order in Albany, and that proceeds from the sale would fund its ministries, including a shelter for women leaving prison. The statement called the move “a sending forth, not a closing.”",
        "The property is being bought by the Hollins Ridge Land Trust, which plans to keep the woods open to the public. Mayor Frank DiStefano was among those at the Mass. “The sisters taught half this town to read, including me. Sister Perpetua rapped my knuckles in 1971, and I deserved it,” DiStefano said.",
        "Graciela Montoya, 58, drove up from New Jersey with her two daughters for the final Mass. She boarded at the school for three years in the 1970s, when her mother was ill. “They never asked what church my family went to. They asked if I’d eaten breakfast,” she said.",
        "Father Declan Moriarty, who has served as the convent’s chaplain for 18 years, told the congregation in his homily that the chapel had seen “a hundred and forty years of goodbyes, and every one of them was also a hello somewhere else.”",
        "As the sisters climbed into the white van that would take them to Albany, Sister Perpetua turned back toward the chapel and raised a hand. “Well, God bless it,” she said. “That’s that.”",
    ),
    [
        "Naomi Pellegrino",
        "Hudson Highlands Herald",
        "Mount St. Brigid Convent",
        "Sisters of St. Brigid",
        "Mary Agnes Kowalski",
        "Bernadette Ruane",
        "Mother Columba",
        "Sister Perpetua",
        "Hollins Ridge Land Trust",
        "Frank DiStefano",
        "Graciela Montoya",
        "Declan Moriarty",
    ],
    [
        Q(
            "I’ve rung that bell every day for 22 years. My arms will miss it before the rest of me does",
            "Mary Agnes Kowalski",
            "she",
            how="after",
        ),
        Q(
            "We could have spent every penny we have keeping a roof over our own heads, and then there would be nothing left for the people we came here to serve",
            "Bernadette Ruane",
            "she",
            how="after",
        ),
        Q("That is not what our founders would have done", "Bernadette Ruane", "she", how="before"),
        Q(
            "Mother Columba came here with four sisters and eleven dollars. She did not come for the buildings",
            "Bernadette Ruane",
            "@prev",
        ),
        Q(
            "When I came, there were so many of us that they put four novices to a room",
            "Sister Perpetua",
            "Sister Perpetua",
            how="after",
        ),
        Q(
            "Now there are more rooms than sisters, and more sisters than knees that work",
            "Sister Perpetua",
            "Sister Perpetua",
            how="before",
        ),
        Q(
            "a sending forth, not a closing",
            "Sisters of St. Brigid",
            "The statement",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "The sisters taught half this town to read, including me. Sister Perpetua rapped my knuckles in 1971, and I deserved it",
            "Frank DiStefano",
            "DiStefano",
            how="after",
        ),
        Q(
            "They never asked what church my family went to. They asked if I’d eaten breakfast",
            "Graciela Montoya",
            "she",
            how="after",
        ),
        Q(
            "a hundred and forty years of goodbyes, and every one of them was also a hello somewhere else",
            "Declan Moriarty",
            "Father Declan Moriarty",
            kind="partial",
        ),
        Q("Well, God bless it", "Sister Perpetua", "she", how="after"),
        Q("That’s that", "Sister Perpetua", "she", how="before"),
    ],
)

article(
    "religion-faith",
    5,
    P(
        "Patriarch consecrates Chicago cathedral, urges diaspora to ‘carry the lamp’",
        "By Eleni Vasilakis-Moore | Lakefront Chronicle",
        "CHICAGO — Thousands of people filled the streets around the new Cathedral of St. Sophronios on the city’s Northwest Side on Sunday as His Holiness Patriarch Athanasios II, spiritual leader of the roughly 1.2 million faithful of the Pontic Orthodox Church, consecrated the building in a service that lasted nearly five hours.",
        "Speaking in Greek, in remarks translated by the church’s North American archdiocese, the patriarch told the congregation that the diaspora had kept alive a faith that was nearly extinguished in its homeland a century ago. “Your grandparents carried the lamp across the sea in their pockets, in their songs, in their recipes,” he said. “Now the lamp is in your hands. Carry the lamp, and do not let anyone tell you that it is only a decoration.”",
        "Metropolitan Ioakeim of Chicago, who leads the archdiocese, said the cathedral had cost $38 million, raised over 17 years, much of it in small donations. “There were Sundays when we passed the basket for the roof and got back buttons,” the metropolitan said, laughing. “We kept passing it.”",
        "The patriarch, 81, was born in a village on the Black Sea coast and raised largely by his grandmother after his father’s death. He recalled her in the closing minutes of the service. “She would say to me, ‘Little one, the Church is not the walls. The walls are only to keep the rain off the Church,’” His Holiness said. “Today we have very good walls.”",
        "Inscribed in gold above the iconostasis are the words “Arise, shine, for your light has come,” from the Book of Isaiah, in Greek and English.",
        "Father Nikolaos Pappas-Drury, who has been parish priest of the community since 2004, when it still worshipped in a converted bowling alley, said the day had been hard to take in. “My grandfather was a priest in a village that no longer has a name on any map,” he said. “I think he would have sat down on the steps today and cried, and then gone inside to count the candles.”",
        "Despina Kourtidou-Walsh, 67, came from Milwaukee with her sister and two grandchildren. “I have been waiting for this since I was a girl in Sunday school in a church basement,” she said.",
        "The Northside Interfaith Council, which includes Catholic, Jewish, Muslim and Protestant congregations, said in a statement that it welcomed the patriarch’s visit as “a blessing for the whole North Side, not only for our Orthodox neighbors.”",
        "The patriarch leaves on Monday for Toronto, the second stop on a three-week tour of North America.",
    ),
    [
        "Eleni Vasilakis-Moore",
        "Lakefront Chronicle",
        "Cathedral of St. Sophronios",
        "Athanasios II",
        "Pontic Orthodox Church",
        "Metropolitan Ioakeim of Chicago",
        "Nikolaos Pappas-Drury",
        "Despina Kourtidou-Walsh",
        "Northside Interfaith Council",
    ],
    [
        Q("carry the lamp", "Athanasios II", "Patriarch", kind="partial"),
        Q(
            "Your grandparents carried the lamp across the sea in their pockets, in their songs, in their recipes",
            "Athanasios II",
            "he",
            how="after",
        ),
        Q(
            "Now the lamp is in your hands. Carry the lamp, and do not let anyone tell you that it is only a decoration",
            "Athanasios II",
            "he",
            how="before",
        ),
        Q(
            "There were Sundays when we passed the basket for the roof and got back buttons",
            "Metropolitan Ioakeim of Chicago",
            "the metropolitan",
            how="after",
        ),
        Q("We kept passing it", "Metropolitan Ioakeim of Chicago", "the metropolitan", how="before"),
        Q(
            "She would say to me, ‘Little one, the Church is not the walls. The walls are only to keep the rain off the Church,’",
            "Athanasios II",
            "His Holiness",
            how="after",
        ),
        Q("Today we have very good walls", "Athanasios II", "His Holiness", how="before"),
        Q(
            "My grandfather was a priest in a village that no longer has a name on any map",
            "Nikolaos Pappas-Drury",
            "he",
            how="after",
        ),
        Q(
            "I think he would have sat down on the steps today and cried, and then gone inside to count the candles",
            "Nikolaos Pappas-Drury",
            "he",
            how="before",
        ),
        Q(
            "I have been waiting for this since I was a girl in Sunday school in a church basement",
            "Despina Kourtidou-Walsh",
            "she",
            how="after",
        ),
        Q(
            "a blessing for the whole North Side, not only for our Orthodox neighbors",
            "Northside Interfaith Council",
            "The Northside Interfaith Council",
            kind="partial",
            stype="organisation",
        ),
    ],
)

article(
    "religion-faith",
    6,
    P(
        "Sunday ferry trial splits Skarra as kirk warns of 'a line crossed'",
        "By Morag Nicolson | Isles Gazette",
        "The first Sunday ferry in the history of the Isle of Skarra sailed from Port Ròin at 11am yesterday with 37 passengers and nine cars on board, watched from the pier by a small group of islanders who stood in silence with their Bibles.",
        "The Rev Calum MacIver, minister of Port Ròin Covenant Kirk, did not join them. He preached against the sailing at the morning service instead, which began as the ferry pulled away. 'We do not say this to be unkind to anyone. We say it because we believe it. The Lord's Day is a gift, and a gift you stop keeping is a gift you lose,' he told the congregation.",
        "A hand-painted sign propped against the pier wall read 'Remember the sabbath day, to keep it holy'.",
        "The Covenant Kirk of the Western Isles said in a statement last month that a Sunday service would be 'a line crossed that cannot be uncrossed' and urged its members not to use it.",
        "For others the sailing was long overdue. Iona Matheson, 34, who runs a cafe and bunkhouse on the island's west side, said she lost bookings every summer to visitors who could not get off the island on a Sunday. 'I go to the kirk. My mother goes to the kirk. And I still need to make a living seven days a week,' she said. 'Nobody's forcing anyone onto the boat.'",
        "Angus John Morrison, 71, a crofter and an elder of the kirk, stood on the pier with his wife, Peigi, and their grandson. 'My father stood on this pier in 1965 when they tried to bring in the Sunday planes. He said to me, \"If it comes on a Sunday, it'll come for everything else,\"' he said. 'It's not the boat. It's what comes after the boat.'",
        "The ferry operator, Hebridean Sound Ferries, said the eight-week trial had been requested by Skarra Community Council and would be reviewed in the autumn. A spokesman for the company said: 'We provide the service the community asks for. If the community asks us to stop, we will stop.'",
        "The council's convener, Mairi Campbell-Nash, said members had voted five to three in favour of the trial after a public meeting 'that was more painful than anything I've chaired in 12 years'.",
        "After the service, MacIver said he would be on the pier again next Sunday. 'Not to stop anybody. Just to be seen,' he said.",
    ),
    [
        "Morag Nicolson",
        "Isles Gazette",
        "Calum MacIver",
        "Port Ròin Covenant Kirk",
        "Covenant Kirk of the Western Isles",
        "Iona Matheson",
        "Angus John Morrison",
        "Peigi",
        "Hebridean Sound Ferries",
        "Skarra Community Council",
        "Mairi Campbell-Nash",
    ],
    [
        Q("a line crossed", "Covenant Kirk of the Western Isles", "kirk", kind="partial", stype="organisation", occ=0),
        Q(
            "We do not say this to be unkind to anyone. We say it because we believe it. The Lord's Day is a gift, and a gift you stop keeping is a gift you lose",
            "Calum MacIver",
            "he",
            how="after",
        ),
        Q(
            "a line crossed that cannot be uncrossed",
            "Covenant Kirk of the Western Isles",
            "The Covenant Kirk of the Western Isles",
            kind="partial",
            stype="organisation",
        ),
        Q(
            "I go to the kirk. My mother goes to the kirk. And I still need to make a living seven days a week",
            "Iona Matheson",
            "she",
            how="after",
        ),
        Q("Nobody's forcing anyone onto the boat", "Iona Matheson", "she", how="before"),
        Q(
            'My father stood on this pier in 1965 when they tried to bring in the Sunday planes. He said to me, "If it comes on a Sunday, it\'ll come for everything else,"',
            "Angus John Morrison",
            "he",
            how="after",
        ),
        Q("It's not the boat. It's what comes after the boat", "Angus John Morrison", "he", how="before"),
        Q(
            "We provide the service the community asks for. If the community asks us to stop, we will stop",
            "a spokesman for the company",
            "A spokesman for the company",
            stype="unnamed",
        ),
        Q(
            "that was more painful than anything I've chaired in 12 years",
            "Mairi Campbell-Nash",
            "Mairi Campbell-Nash",
            kind="partial",
        ),
        Q("Not to stop anybody. Just to be seen", "Calum MacIver", "he", how="after"),
    ],
)

# ---------------------------------------------------------------------------
# build + validate
# ---------------------------------------------------------------------------


def main():
    run_part(ARTICLES, STYLES, OUT, "--review" in sys.argv)


if __name__ == "__main__":
    main()
