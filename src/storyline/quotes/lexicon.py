"""The word lists of quote attribution, each written once.

Every list is a plain tuple of words (or short phrases) so that a reader can see what a rule
knows, and :func:`alternation` turns a list into a regular expression: duplicates removed, longer
entries first (so ``told reporters`` is tried before ``told``).  Nothing here names a person,
an outlet or a headline: these are the words news writing uses to attribute speech.
"""

from __future__ import annotations

import re
from typing import Iterable


def unique(*lists: Iterable[str]) -> tuple[str, ...]:
    """The entries of ``lists`` in first-seen order, each once."""
    seen: dict[str, None] = {}
    for words in lists:
        for w in words:
            seen.setdefault(w, None)
    return tuple(seen)


def alternation(*lists: Iterable[str]) -> str:
    """A regex alternation of the words (already regex fragments), de-duplicated, longest first.

    Written as a trie of the fragments' atoms (``said|says|sang`` as ``sa(?:id|ys|ng)``): it matches
    what the flat alternation matches, tried in the same order, and the regex engine compiles and runs
    it several times faster (every pattern of attribution embeds these lists)."""
    ordered = sorted(unique(*lists), key=lambda w: (-len(w), w))
    return _trie([(_atoms(w), rank) for rank, w in enumerate(ordered)])


_ATOM = re.compile(r"(?:\\.|\[[^\]]*\]|\((?:\?:)?[^()]*\)|[^\\\[(])[?*+]?")


def _atoms(fragment: str) -> tuple[str, ...]:
    """A fragment cut into its atoms, each with its quantifier (``labell?ed`` -> l a b e l ``l?`` e d)."""
    atoms = tuple(_ATOM.findall(fragment))
    if "".join(atoms) != fragment:
        raise ValueError(f"not a simple regex fragment: {fragment!r}")
    return atoms


def _trie(entries: list[tuple[tuple[str, ...], int]]) -> str:
    """Alternation of atom sequences (each with the rank of its fragment in the flat order): the branches
    of a node in the order of the best-ranked fragment under each, a fragment ending here tried last."""
    ends = any(not atoms for atoms, _ in entries)
    branches: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    first: dict[str, int] = {}
    for atoms, rank in entries:
        if atoms:
            branches.setdefault(atoms[0], []).append((atoms[1:], rank))
            first[atoms[0]] = min(first.get(atoms[0], rank), rank)
    alts = []
    for head in sorted(branches, key=first.__getitem__):
        rest = _trie(branches[head])
        alts.append(head + (f"(?:{rest})" if "|" in rest else rest))
    if ends and alts:
        return f"(?:{'|'.join(alts)})?"
    return "|".join(alts)


# -- speech verbs ------------------------------------------------------------------------------------

# finite forms that can follow their subject ("X said") or stand before it ("said X")
INVERTED_VERBS = (
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued", "continues", "explained",
    "explains", "noted", "notes", "recalled", "replied", "responded", "declared", "stated", "states", "concluded",
    "remarked", "observed", "countered", "insisted", "insists", "argued", "argues", "warned", "warns", "told",
    "tells", "cautioned", "quipped", "joked", "admitted", "acknowledged", "conceded", "complained", "boasted",
    "claimed", "claims", "predicted", "stressed", "reported", "reports", "went on", "goes on", "tweeted", "posted",
    "announced", "declares", "recalls", "answered", "echoed", "shot back", "fired back", "offered", "admits",
    "agreed", "agrees", "laments", "lamented", "wrote back", "mused", "muses", "concludes",
)  # fmt: skip
# more finite forms, only after their subject ("X vowed")
FINITE_VERBS = unique(INVERTED_VERBS, (
    "say", "tell", "ask", "announces", "acknowledges", "admits", "recalls", "suggested", "suggests", "urged", "urges",
    "pledged", "promised", "vowed", "concedes", "predicts", r"emphasi[sz]ed", "stresses", "complains", "charged",
    "contended", "demanded", "agreed", "agrees", "wondered", "mused", "shouted", "yelled", "cried", "confirmed",
    "confirms", "denied", "denies", "maintained", "maintains", "believes", "believed", "thinks", "thought",
    "repeated", "reiterated", "reiterates", "testified", "proclaimed", "assured", "told reporters", "describes",
    "described", "called", "calls", "dubbed", r"labell?ed", "branded", "termed", "referred to", "mocked", "praised",
    "blasted", "slammed", "criticized", "criticised", "accused", "attacked", "retorted", "interjected", "read",
    "reads", "texted", "e-mailed", "emailed", "messaged", "shot back", "fired back", "snapped", "sighed", "laughed",
    "whispered", "muttered", "pleaded", "begged", "hinted", "signalled", "signaled", "indicated", "indicates",
    "put it", "puts it", "responds", "declares", "observes", "echoed", "echoes", "recounted", "recounts",
    "elaborated", "clarified", "lamented", "laments", "opined", "marveled", "marvelled", "chimed in", "answered",
    "answers", "gushed", "bragged", "fumed", "scoffed", "recalls", "advised", "explained", "wrote back", "argue",
    "write", "note", "insist", "warn", "admit", "contend", "maintain", "recall", "add", "explain", "claim",
    "conclude", "averred", "avers", "posited", "posits", "disclosed", "discloses", "asserted", "asserts",
    "enjoined", "intoned", "teased", "confessed", "confesses", "revealed", "reveals", "captioned",
    "pointed out", "points out", "quip", "dismissed", "dismisses", "welcomed", "welcomes", "denounced",
    "denounces", "condemned", "condemns", "decried", "derided",
))  # fmt: skip
# participles: "..., saying", "writing in ..."
PARTICIPLES = (
    "saying", "writing", "speaking", "acknowledging", "arguing", "insisting", "adding", "warning", "noting",
    "explaining", "claiming", "calling", "describing", "telling",
)  # fmt: skip
SPEECH_VERBS = unique(FINITE_VERBS, PARTICIPLES)
# verbs that weave a fragment into the writer's sentence: called it "a disaster"
PARTIAL_CUES = (
    "called", "calls", "dubbed", r"labell?ed", "branded", "termed", "described", "describes", "referred to",
    "deemed", "hailed", "likened", "compared",
)  # fmt: skip
# the few cue verbs that may stand before a named speaker and a colon: "explained CBS moderator X:"
CUE_BEFORE_SPEAKER = (
    "said", "says", "explained", "added", "wrote", "writes", "continued", "noted", "declared", "recalled",
    "replied", "responded",
)  # fmt: skip

# -- names, titles, roles ----------------------------------------------------------------------------

NAME_PARTICLES = ("de", "da", "del", "della", "der", "van", "von", "bin", "bint", "binti", "ibn", "al", "el", "la", "le",
                  "du", "dos", "of",  # Arabic and Malay: "Mariam bint Khalifa Al Suwaidi"
                  "Ó", "Ní", "Nic", "Mac", "Mhic", "Uí")  # Irish: "Fiachra Ó Dálaigh", "Deputy Ní Mhurchú"  # fmt: skip
# capital letters a name may start with, accented ones too ("Ó Dálaigh", "Łukasz", "Özil", "Šimon"), as a regex class
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv", "jnr", "snr")
# honorifics, with the gender they tell (None: they tell none)
HONORIFICS = {
    "mr": "m", "mrs": "f", "ms": "f", "miss": "f", "dr": None, "prof": None, "sir": "m", "dame": "f", "lord": "m",
    "lady": "f", "baroness": "f", "baron": "m", "rev": None, "madam": "f",
    # South Asian papers: "Shri Tapan Kumar Haldar", "Smt. Rekha Devi", "Md. Rafiqul Islam", "Begum Farida Talukder"
    "shri": "m", "sri": "m", "smt": "f", "md": "m", "mohd": "m", "begum": "f", "mst": "f",
    # West African papers: "Hon. Kwame Mensah", "Alhaji Musa Bello", "Engr. Chidi Okafor", "Barr. Ngozi Eze"
    "hon": None, "alhaji": "m", "alhaja": "f", "hajia": "f", "engr": None, "barr": None, "arc": None, "pst": None,
    "pastor": None, "otunba": "m", "nana": None, "togbe": "m", "mallam": "m", "igwe": "m", "oba": "m",
    "fr": "m",
    # Malaysian and Bruneian titles: "Datuk Seri Anwar", "Datin Rosnah"
    "datuk": None, "dato": None, "datin": "f", "seri": None, "tun": None, "pehin": None,
    # Gulf papers: "H.E. Mariam Al Suwaidi" (His/Her Excellency)
    "h.e": None,
    # Pacific papers: the Fijian chiefly title "Ratu Sevanaia Drekeni" ("Adi" is also a first name); "Reverend X"
    "ratu": "m", "reverend": None,
    # diaspora papers: "Hajiya Amina Danladi", the Polish "Pani Dorota", the Filipino "Ate Cora", the Igbo "Lolo"
    "hajiya": "f", "pani": "f", "ate": "f", "kuya": "m", "lolo": None,  # (the Filipino grandfather, the Igbo lady)
}  # fmt: skip
PEERAGE = ("lord", "lady", "baroness", "baron")  # "Lord Mandelson" is the name, not a title before one
# last words of a place's name: "Kelsall Road" and "Mill Lane" are nobody
PLACE_WORDS = ("road", "lane", "street", "avenue", "boulevard", "square", "drive", "highway", "motorway", "bridge",
               "river", "lake", "valley", "island", "bay", "beach", "harbour", "harbor", "airport", "county", "district",
               "province", "mountain", "mountains", "heights", "gardens", "estate", "constituency", "municipality")  # fmt: skip
# words that make a name an event's, not a person's: "Hurricane Delphine", "Storm Ciarán", "Operation Bluebird"
EVENT_WORDS = ("hurricane", "storm", "typhoon", "cyclone", "tropical", "operation", "project", "exercise")
# titles that go with a given name alone, and with it make the name ("Prince Harry", "Pope Francis")
ROYAL_TITLES = (
    "king",
    "queen",
    "prince",
    "princess",
    "emperor",
    "empress",
    "emir",
    "sheikh",
    "sheikha",
    "sultan",
    "pope",
)
# words of a role or title that may stand before a name ("UK Prime Minister", "Sen.", "Health Minister")
ROLE_WORDS = (
    "president", "vice", "prime", "minister", "secretary", "foreign", "home", "defence", "defense", "chancellor",
    "senator", "sen", "governor", "gov", "representative", "rep", "mayor", "ambassador", "general", "gen", "chief",
    "leader", "speaker", "judge", "justice", "king", "queen", "prince", "princess", "pope", "commissioner",
    "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "director", "deputy", "former", "state",
    "us", r"u\.s\.", "uk", "british", "ukrainian", "russian", "french", "german", "american", "israeli", "chinese",
    "republican", "democratic", "democrat", "labour", "conservative", "tory", "opposition", "shadow", "senior",
    "attorney", "adviser", "advisor", "security", "national", "nominee", "candidate", "front-runner", "executive",
    "ceo", "founder", "host", "anchor", "captain", "coach", "manager", "the", "of", "then", "pm", "sheriff",
    "councillor", "councilman", "councilwoman", "alderman", "detective", "officer", "professor", "duke", "duchess",
    "earl", "countess", "archbishop", "bishop", "cardinal", "rabbi", "imam", "father", "sister", "brother",
    "lieutenant", "lt", "colonel", "col", "sergeant", "sgt", "captain", "capt", "admiral", "inspector",
    "superintendent", "constable", "chief executive", "president-elect", "sheikh", "emir", "crown", "treasurer",
    "chair", "chairperson", "administrator", "councilmember", "member", "mp", "mep", "provost", "dean", "rector", "premier",
    "coroner", "magistrate", "prosecutor", "solicitor", "barrister", "registrar", "lawmaker", "legislator",
    "co-author", "co-founder", "co-chair", "co-host", "author",
    "cllr", "mla", "mpp", "mha", "mna", "msp", "td", "mk", "assemblyman", "assemblywoman", "assemblymember",
    "councilor", "excellency", "sultan", "ooni", "taoiseach", "tánaiste", "garda", "brigadier", "major", "sheikha",
    "highness", "frontman", "frontwoman", "guitarist", "drummer", "bassist", "vocalist", "keyboardist",
)  # fmt: skip
# words that qualify a role but are none on their own ("Home" Secretary, "Foreign" Minister)
ROLE_MODIFIERS = (
    "vice", "prime", "foreign", "home", "defence", "defense", "state", "us", r"u\.s\.", "uk", "british", "ukrainian",
    "russian", "french", "german", "american", "israeli", "chinese", "republican", "democratic", "democrat",
    "labour", "conservative", "tory", "opposition", "shadow", "senior", "security", "national", "the", "of",
    "then", "former", "deputy", "crown",
)  # fmt: skip
# gendered role nouns: "the Queen said" tells the pronoun that may stand for her
GENDERED_ROLES = {
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "duke": "m", "duchess": "f", "earl": "m",
    "countess": "f", "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f",
    "councilman": "m", "councilwoman": "f", "congressman": "m", "congresswoman": "f", "businessman": "m",
    "businesswoman": "f", "actor": "m", "actress": "f", "father": "m", "mother": "f", "son": "m", "daughter": "f",
    "husband": "m", "wife": "f", "brother": "m", "sister": "f", "widow": "f", "widower": "m", "man": "m",
    "woman": "f", "boy": "m", "girl": "f", "grandfather": "m", "grandmother": "f", "uncle": "m", "aunt": "f",
    "sheikh": "m", "emir": "m", "sultan": "m", "empress": "f", "emperor": "m",
}  # fmt: skip
# offices written short before a name, and what "the ..." calls them later ("Gov. X" ... "the governor")
ROLE_ABBREVIATIONS = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "capt": "captain", "prof": "professor", "supt": "superintendent",
    "insp": "inspector", "det": "detective", "cllr": "councillor", "rev": "reverend",
}  # fmt: skip
# full stops that end no sentence: a title's before a name ("Mr. Brannock", "Sen. Warren")
TITLE_STOPS = ("Mr", "Ms", "Mrs", "Dr", "St", *(a.capitalize() for a in ROLE_ABBREVIATIONS))
TITLE_ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Gov", "Rep", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Sgt", "Capt", "Prof",
    "Rev", "Mt", "Ft", "Inc", "Co", "Corp", "Ltd", "No",
)  # fmt: skip
# words that make a name an organisation ("Department of Health", "Downing Street")
ORG_WORDS = (
    "department", "ministry", "office", "agency", "committee", "council", "party", "campaign", "commission",
    "times", "news", "post", "journal", "guardian", "telegraph", "bbc", "cnn", "reuters", "press", "tribune",
    "inc", "corp", "company", "group", "foundation", "institute", "university", "bank", "union", "court",
    "government", "administration", "house", "kremlin", "pentagon", "street", "hall", "police", "army",
    "network", "fund", "association", "organisation", "organization", "board", "senate", "congress",
    "parliament", "commons", "lords", "embassy", "nato", "un", "eu", "conference", "summit", "forum", "caucus",
    "club", "center", "centre", "society", "alliance", "coalition", "channel", "nbc", "cbs", "abc", "fox",
    "msnbc", "politico", "review", "magazine", "daily", "weekly", "ltd", "llc", "plc", "co", "corporation",
    "authority", "service", "services", "agency", "bureau", "council", "trust", "college", "school", "hospital",
    "airlines", "airways", "motors", "systems", "technologies", "labs", "laboratory", "museum", "station",
    "team", "fc", "federation", "league", "ministry", "secretariat", "unit", "force", "navy", "command",
    "air", "partners", "holdings", "energy", "foods", "biosciences", "pharmaceuticals", "therapeutics", "media",
    "gazette", "insurance", "brands", "industries", "solutions", "networks", "robotics", "logistics",
    "limited", "chamber", "monthly", "quarterly", "letters", "proceedings", "annals", "nation", "nations", "register", "herald", "courier", "ledger", "chronicle", "observer", "examiner", "gazette",
    # trade and broadcast words that end a body's name ("Fellridge Community Radio", "Valtorre Propulsion")
    "radio", "television", "tv", "podcast", "records", "pictures", "studios", "productions", "films", "propulsion",
    "aerospace", "analytics", "software", "ventures", "consulting", "brewery", "pharma", "biologics", "mining",
    "shipping", "telecom", "games", "lettings", "housing", "homes", "care",
)  # fmt: skip
# words that make an organisation a public body or a school, not a company: "the company" is never one of these
INSTITUTION_WORDS = (
    "institute", "university", "college", "school", "academy", "agency", "ministry", "department", "office",
    "council", "commission", "committee", "court", "police", "hospital", "museum", "observatory", "government",
    "administration", "authority", "bureau", "parliament", "senate", "congress", "embassy", "army", "navy",
    "foundation", "trust", "society", "association", "union", "federation", "league", "party", "campaign",
)  # fmt: skip
# heads of descriptions that stand for a person who is not named
UNNAMED_HEADS = (
    "source", "sources", "official", "officials", "aide", "aides", "insider", "insiders", "spokesman",
    "spokeswoman", "spokesperson", "person", "people", "diplomat", "diplomats", "adviser", "advisers", "ally",
    "allies", "figure", "figures", "member", "members", "user", "users", "resident", "residents", "witness",
    "witnesses", "critics", "supporters", "analysts", "experts", "observers", "authors", "researchers",
    "scientists", "investigators", "organizers", "organisers", "prosecutors", "lawyers", "economists", "doctors",
    "nurses", "teachers", "parents", "students", "workers", "employees", "campaigners", "activists", "protesters",
    "family", "relatives", "neighbours", "neighbors", "friends", "colleagues",
    # one of them: "one employee told ...", "an attendee said", "a voter in Ames said"
    "employee", "worker", "student", "teacher", "nurse", "doctor", "lawyer", "economist", "prosecutor",
    "investigator", "scientist", "researcher", "observer", "critic", "supporter", "activist", "campaigner",
    "protester", "organizer", "organiser", "attendee", "attendees", "voter", "voters", "participant",
    "participants", "donor", "donors", "volunteer", "volunteers", "delegate", "delegates", "staffer", "staffers",
    # parties speaking together: "the two companies said in a joint statement", "both sides agreed"
    "companies", "firms", "sides", "unions", "parties", "federations",
    # people met in the street, on a forum, in a shop: "one developer wrote", "an early buyer said"
    "developer", "developers", "buyer", "buyers", "customer", "customers", "reader", "readers", "viewer",
    "viewers", "listener", "listeners", "shopper", "shoppers", "passenger", "passengers", "driver", "drivers",
    "commuter", "commuters", "tenant", "tenants", "patient", "patients", "farmer", "farmers", "villager",
    "villagers", "fan", "fans", "spectator", "spectators", "onlooker", "onlookers", "bystander", "bystanders",
    "survivor", "survivors", "mourner", "mourners", "trader", "traders", "reviewer", "reviewers", "homeowner",
    "homeowners", "pupil", "pupils", "contractor", "contractors",
    # groups and go-betweens quoted as one: "the two delegations said", "the siblings said", "a European negotiator"
    "negotiators", "families", "siblings", "clubs", "delegations", "governments", "teams",
    "backbencher", "backbenchers", "lawmakers", "legislators", "mothers", "fathers",
)  # fmt: skip
# people by what they do or are, never a body's name ("the star" is no Toronto Star, "the defendant" no headline)
PEOPLE_WORDS = (
    "star", "champion", "rapper", "striker", "defendant", "accused", "claimant", "pensioner", "couple", "pair",
    "boxer", "jockey", "chef", "landlord", "player", "singer", "winner", "victim", "suspect", "teenager", "mother",
    "father", "widow", "actor", "actress", "musician", "artist", "author", "writer", "keeper", "goalkeeper",
    "midfielder", "defender", "forward", "manager", "coach", "captain", "rider", "driver", "pilot", "runner",
    "swimmer", "golfer", "cyclist", "skier", "model", "comedian", "presenter", "host", "judge", "jury", "witness",
    "officer", "doctor", "nurse", "patient", "teacher", "pupil", "student", "worker", "farmer", "owner", "tenant",
    "survivor", "family", "friend", "neighbour", "neighbor", "man", "woman", "boy", "girl", "child", "baby",
)  # fmt: skip
# documents speak for whoever issued them: "a statement said"
DOCUMENTS = (
    "report", "statement", "letter", "memo", "study", "survey", "poll", "filing", "complaint", "lawsuit", "agreement",
    "release", "tweet", "post", "ad", "video", "document", "documents", "email", "e-mail", "message", "order",
    "ruling", "note", "op-ed", "column", "paper", "indictment", "affidavit", "motion", "brief", "transcript",
    "judgment", "judgement", "assessment", "settlement", "announcement", "amendment", "verdict", "circular", "notice",
)  # fmt: skip
# nouns that head a speaker description ("the spokesman", "a senior official", "his lawyer")
ROLE_NOUNS = unique(
    UNNAMED_HEADS,
    (
        "spokespeople", "advisor", "advisors", "minister", "ministers", "secretary", "president", "chairman",
        "chairwoman", "chair", "chief", "director", "leader", "leaders", "statement", "report", "campaign",
        "representative", "representatives", "lawyer", "lawyers", "attorney", "attorneys", "analyst", "expert",
        "professor", "senator", "senators", "governor", "mayor", "ambassador", "officer", "officers", "police",
        "judge", "prosecutor", "prosecutors", r"neighbou?r", r"neighbou?rs", "friend", "friends", "candidate",
        "nominee", "manager", "supervisor", "engineer", "executive", "founder", "author", "economist", "strategist", "pollster", "host",
        "commentator", "voters", "democrats", "republicans", "administration", "government", "ministry",
        "department", "agency", "office", "committee", "party", "group", "spokesmen", "staff", "staffer",
        "negotiator", "negotiators", "chancellor", "premier", "king", "queen", "prince", "pope", "general",
        "commander", r"organi[sz]ers", "activists", "protesters", "victim", "mother", "father", "son", "daughter",
        "wife", "husband", "brother", "sister", "woman", "man", "student", "students", "teacher", "doctor",
        "doctors", "nurse", "scientist", "scientists", "researcher", "researchers", "editor", "reporter",
        "correspondent", "writer", "columnist", "biographer", "historian", "survey", "poll", "study", "letter",
        "memo", "filing", "complaint", "lawsuit", "document", "documents", "release", "post", "tweet", "message",
        "email", "interview", "speech", "ad", "advert", "advertisement", "website", "site", "newspaper", "paper",
        "magazine", "network", "outlet", "company", "firm", "bank", "union", "council", "court", "board", "team",
        "club", "league", "coach", "player", "owner",
        # clergy, whom "the ..." names once the text has named them
        "bishop", "archbishop", "cardinal", "rabbi", "imam", "pastor", "priest", "vicar", "chaplain", "cleric",
        "preacher", "patriarch", "deacon", "mufti", "abbot",
    ),
)  # fmt: skip

# -- what a speaker is not ---------------------------------------------------------------------------

# words that open a clause or a phrase, never a speaker mention ("..." for Clinton, said Kunin; "..." until Haley
# said); not "as" ("...," as Cruz said)
CLAUSE_WORDS = (
    "for", "and", "but", "or", "nor", "that", "which", "when", "whenever", "while", "until", "till", "in", "on", "at",
    "to", "with", "by", "from", "of", "if", "because", "after", "before", "since", "though", "although",
    "unless", "whether", "where", "than", "so", "into", "onto", "upon", "about", "against", "during", "without",
    "within", "through", "toward", "towards", "despite", "whereas",
)  # fmt: skip
# sentence openers that may precede a speaker ("But Smith said", "On Monday, the minister said")
LEADING_WORDS = (
    "But", "And", "Yet", "So", "Then", "Still", "Now", "However", "Also", "Earlier", "Later", "Meanwhile",
    "Instead", "Indeed", "Asked", "When", "While", "After", "Before", "In", "On", "At", "As", "Speaking", "Today",
    "Yesterday", "Tonight", "Last", "This", "That", "Here", "There", "Separately", "Finally", "Further",
    "Moreover", "Nonetheless", "Nevertheless", "Similarly", "Likewise", "Again", "Previously", "Afterwards",
    "Elsewhere", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")  # fmt: skip
# the last word of a time phrase opening a sentence ("Hours later,", "Eight years ago,", "Last week,")
TIME_TAILS = (
    "later", "ago", "earlier", "afterward", "afterwards", "before", "since", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "morning", "afternoon", "evening", "night", "weekend", "today",
    "yesterday", "tonight", *WEEKDAYS, *MONTHS,
)  # fmt: skip
PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "they": None, "it": None, "we": None, "i": None}
SUBJECT_PRONOUNS = ("he", "she", "they", "it", "we", "I", "He", "She", "They", "It", "We")


def words_re(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """``\\b(?:w1|w2|...)\\b`` for a word list."""
    return re.compile(rf"\b(?:{alternation(words)})\b", flags)


# --- descriptions of bodies and people that stand for a name (used by people.py and attribute.py) -------------

# "the company", "the charity": bodies named without an institution's word, found as the nearest name before
COMPANY_HEADS = (
    "company", "firm", "startup", "group", "airline", "carrier", "retailer", "manufacturer", "operator", "platform",
    "broadcaster", "publisher", "studio", "utility", "insurer", "developer", "chain", "brand", "app", "service", "lab",
    "charity", "nonprofit", "club", "team", "band", "label",
)  # fmt: skip
# of those, the ones that may be a foundation or an association ("the group" after the Trayvon Martin Foundation)
GROUP_HEADS = ("group", "charity", "nonprofit", "club", "team", "band")
# "the paper", "the outlet": a news outlet, named with a word of the trade or where the text has it report
MEDIA_HEADS = ("outlet", "paper", "newspaper", "website", "site", "publication", "tabloid", "broadcaster", "network",
               "station", "magazine", "newsletter")  # fmt: skip
MEDIA_WORDS = (
    "times", "news", "post", "journal", "herald", "register", "gazette", "courier", "ledger", "chronicle", "observer",
    "examiner", "tribune", "press", "daily", "weekly", "magazine", "review", "radio", "tv", "television", "telegraph",
    "guardian", "star", "sun", "mirror", "mail", "express", "independent", "standard", "record", "dispatch",
    "bulletin", "inquirer",
)  # fmt: skip
# "the company", "the ministry": the heads a body by description may have (resolved to one named before)
BODY_REF_HEADS = (
    "company", "firm", "agency", "ministry", "department", "board", "authority", "council", "group", "startup",
    "bank", "office", "organisation", "organization", "charity", "union", "club", "team", "university", "school",
    "hospital", "institute", "commission", "committee", "court", "government", "airline", "carrier", "retailer",
    "manufacturer", "operator", "platform", "publisher", "studio", "lab", "foundation", "utility", "insurer",
    "developer", "chain", "brand", "app", "service", "panel", "tribunal", "regulator", "watchdog", "federation",
    "association", "society", "force",
)  # fmt: skip
# police and military ranks: "the officer" is whoever the text gave one
RANKS = (
    "colonel", "lieutenant", "sergeant", "inspector", "constable", "detective", "captain", "superintendent",
    "commander", "major", "sheriff", "trooper", "corporal", "marshal", "commissioner", "officer",
)  # fmt: skip
# what a head word calls a body whose name holds another word: "the force" is the Northvale Police
BODY_SYNONYMS = {"force": ("police", "constabulary", "garda", "gendarmerie")}
# descriptions that make the name after them an organisation's ("the charity Rising Waters Relief")
ORG_DESCRIPTIONS = (
    "group", "charity", "company", "firm", "newspaper", "paper", "outlet", "station", "network", "website",
    "magazine", "startup", "bank", "band", "club", "team", "airline", "carrier", "retailer", "union", "foundation",
    "nonprofit", "non-profit", "organisation", "organization", "association", "society", "coalition", "alliance",
    "broadcaster", "publisher", "studio", "brand", "platform", "tabloid", "daily", "weekly", "chain", "insurer",
    "lender", "manufacturer", "maker", "operator", "label", "think-tank", "thinktank", "institute",
)  # fmt: skip
# roles of the people news quotes without a name, besides the unnamed heads: "the officer said" when no
# officer is named is a source (but "the officer" is whoever the text names as one, so not an unnamed head)
SOURCE_HEADS = (
    "officer", "analyst", "expert", "attorney", "caller", "reader", "listener", "viewer", "customer", "passenger",
    "patient", "neighbour", "neighbor", "friend", "relative", "colleague", "supervisor", "engineer", "manager",
)  # fmt: skip
# words that describe a person between a body's name and the person's: "presidential hopeful", "tennis great"
PERSON_DESCRIPTIONS = (
    "hopeful", "great", "legend", "star", "veteran", "rookie", "host", "anchor", "speechwriter", "columnist",
    "commentator", "pollster", "strategist", "frontman", "singer", "actor", "actress", "rapper", "producer", "writer",
    "editor", "reporter", "correspondent", "analyst", "economist", "researcher", "scientist", "coach", "player",
    "striker", "captain", "founder", "owner", "chairman", "chairwoman", "director", "manager", "spokesman",
    "spokeswoman", "spokesperson", "lawyer", "attorney", "aide", "adviser", "advisor", "chief", "executive",
    "president", "senator", "candidate", "nominee", "governor", "mayor", "minister", "secretary", "leader",
    "activist", "organizer", "organiser", "official",
)  # fmt: skip
