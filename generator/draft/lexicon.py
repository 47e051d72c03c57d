"""Word lists for drafting: the general English vocabulary of attribution in news writing.

Plain frozensets and mappings only; no list names a person, outlet or phrase of one article.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


SPEECH_VERBS = _words(
    """
    say says said saying tell tells told telling add adds added adding argue argues argued
    arguing reveal reveals revealed predict predicts predicted reply replies replied warn warns
    warned warning note notes noted noting insist insists insisted insisting explain explains
    explained explaining state states stated write writes wrote announce announces announced
    claim claims claimed admit admits admitted acknowledge acknowledged answer answered continue
    continued declare declares declared recall recalled remark remarked urge urged laugh laughed
    joke joked quip quipped concede conceded suggest suggested stress stressed emphasise
    emphasised emphasize emphasized maintain maintained vow vowed promise promised confirm
    confirmed deny denied respond responded comment commented observe observed conclude concluded
    complain complained caution cautioned call calls called calling describe describes described
    describing ruled rule tweet tweeted post posted testify testified assert asserted contend
    contended boast boasted lament lamented agree agreed indicated indicate mused
    hope hopes hoped believe believes believed think thinks fear fears feared expects worries
    recalls shouted exclaimed whispered pledge pledged welcome welcomed refer refers referred
    referring report reports reported writing tweeting posting replying responding stating
    urging thanked praised hailed condemned talked spoke criticised criticized accused blamed
    dismissed
    """
)
"""Verbs that attribute words to a speaker."""

PARTICIPLE_CUES = _words(
    """
    saying adding arguing noting insisting explaining warning calling describing claiming
    stressing declaring telling writing tweeting posting replying responding stating urging
    """
)
"""Participles that hang a quote on the subject of their clause (`..., calling it "x"`)."""

QUESTION_VERBS = _words("asked asking ask asks questioned wondered pressed")
QUESTION_WORDS = _words("whether if about why how what who when where")

SLOGAN_WORDS = _words(
    """
    chant chants chanted chanting slogan slogans motto banner banners placard placards sign signs
    hashtag reading
    """
)
TITLE_WORDS = _words(
    """
    titled entitled report book film song album documentary programme program series show play
    novel poem headline campaign exhibition article paper study podcast author authored episode
    single track opera musical painting sequel memoir
    """
)
NAMING_VERBS = _words("called named dubbed nicknamed")
NAMING_WORDS = _words("named renamed dubbed nicknamed termed labelled labeled so-called")
"""Words that give something a name; quoted words after them are that name, not a quote."""
NAMING_NOUNS = _words(
    """
    name term word phrase designation acronym abbreviation nickname moniker label codename
    code-name slogan
    """
)
"""Nouns that, just before a quotation, say the quoted words are a name (`the term "x"`)."""
MANNER_ADVERBS = _words(
    "also often commonly sometimes usually widely popularly now still generally once"
)

AUXILIARIES = _words(
    """
    has have had was were is are will would could should may might must did does do also later
    then again previously further similarly repeatedly once recently earlier quickly simply
    publicly privately reportedly not never already still just only even too both
    """
)

PRONOUNS = _words("he she they it")

BE_FORMS = _words("is are was were be been being")

DETERMINERS = _words("the a an its their his her our this that these those one another")

SUBORDINATORS = _words(
    "when after as if while because although though before since once until whereas unless"
)
PREPOSITIONS = _words(
    """
    to with in on at by from for of about into onto over under after before during between
    through against among around near without within via like than
    """
)

ROLE_NOUNS = _words(
    """
    official officials adviser advisor diplomat spokeswoman spokesman spokesperson minister
    president secretary senator governor mayor chief director executive envoy leader lawmaker
    congressman congresswoman chancellor ambassador general commander officer engineer scientist
    researcher professor analyst expert economist lawyer attorney prosecutor judge witness
    resident manager coach captain striker forward midfielder defender goalkeeper player chairman
    chairwoman chair founder owner head librarian teacher doctor nurse surgeon driver pilot
    councillor councilor representative deputy aide negotiator activist campaigner organiser
    organizer candidate premier king queen prince princess pope bishop priest imam rabbi
    commissioner inspector detective sergeant colonel lieutenant admiral superintendent
    strategist consultant editor reporter journalist correspondent author historian
    secretary-general treasurer auditor regulator chief-executive ceo cfo
    physician psychologist student victim survivor farmer worker employee member neighbour
    neighbor passenger bystander mother father son daughter wife husband friend relative
    colleague source parent teenager shopkeeper customer fan pensioner champion winner
    scholar academic lecturer anthropologist epidemiologist virologist sociologist biologist
    psychiatrist specialist legislator politician assemblyman assemblywoman assemblymember
    councilman councilwoman alderman alderwoman archbishop cardinal sheriff marshal constable
    firefighter paramedic investigator spokespeople chairperson veteran mp mep msp mla
    administrator protester protestor demonstrator onlooker rescuer volunteer whip dean authorities
    emperor empress patriarch emir sheikh sultan pontiff rector provost taoiseach
    """
)
"""Nouns that name a person by what they do (`the diplomat`, `a spokeswoman`)."""

DOCUMENT_NOUNS = _words(
    "statement report letter filing release ruling post memo document note bulletin notice"
)
"""Nouns for what a body issues; `the statement said` speaks for whoever issued it."""

SPOKESPERSON_NOUNS = _words("spokeswoman spokesman spokesperson representative")

TITLE_MODIFIERS = _words(
    """
    National Security Foreign Defence Defense Interior Finance Home Deputy Vice Prime Chief Senior
    General Special Acting Former Executive Assistant Attorney Supreme Labour Labor Health
    Education Trade Economy Environment Justice State Regional Federal Mr Mrs Ms Miss Dr Prof Sir
    Dame Lord Lady Sen Rep Gov Gen Lt Col Capt Sgt Det Insp Supt Rev Fr Mx Energy Transport
    Agriculture Culture Digital Public Affairs Internal External Economic Development Science
    Technology Treasury Commerce Housing Opposition Party Majority Minority Leader House Senate
    Police Fire Army Navy Air Force Marine First Second Team Club Head Managing Lead Principal
    Presidential Royal Grand High Crown Top Republican Democrat Democratic Conservative
    Liberal Socialist Newly Elected Incoming Outgoing Current Interim
    """
)
"""Capitalised words that are part of a title, not of a name (`US Secretary of State`)."""

BACK_REFERENCE_ORG_NOUNS = _words(
    """
    company firm group organisation organization agency club team operator bank corporation
    retailer supermarket chain airline carrier manufacturer broadcaster newspaper website insurer
    lender publisher charity nonprofit startup league
    """
)
"""Organisation nouns that, with `the`, point back to the body last spoken of (`the company`)."""

ORG_NOUNS = BACK_REFERENCE_ORG_NOUNS | _words(
    """
    ministry council government union police court tribunal department office committee commission
    authority administration army military navy board party service services federation
    association institute university school hospital parliament senate congress assembly cabinet
    kremlin embassy consulate regulator watchdog foundation network station observatory laboratory
    branch squad bureau coalition alliance campaign family
    """
)
"""Nouns that name an organisation (`the agency`, `the Chinese government`)."""

GOVERNMENT_NOUNS = _words(
    "government ministry administration cabinet kremlin parliament embassy department"
)

ORG_NAME_WORDS = _words(
    """
    Agency Ministry Council Government Company Police Court Tribunal Department Office Committee
    Commission Authority Administration Army Navy Board Bank Party Group Service Services Team
    Club Federation Association Organisation Organization Institute University School Hospital
    Parliament Senate Congress Assembly Cabinet Kremlin Inc Ltd Corp Corporation Union Network
    Rail Railways Airlines Airways News Times Post Journal Press Broadcasting Radio Television TV
    Foundation Fund Trust Infirmary Observatory Laboratory Branch Bureau Coalition Alliance
    Terminals Holdings Partners Industries Motors Energy Systems Technologies United City FC
    Enquiries Reuters Pentagon Commons Lords Nations Centre Center Station Museum Academy
    Church Society Forum Unit Squad Force Forces Guard Guards Brigade Semiconductor
    Semiconductors Pharmaceuticals Pharma Capital Labs Media Foods Electric Electronics Steel Oil
    Gas Mining Insurance Telecom Communications Logistics Shipping Aerospace Automotive Bancorp
    Securities Investments Ventures Solutions Software Robotics Chemicals Brewery Studios
    Entertainment Hotels Resorts Stores Markets Exchange Bulletin Gazette Herald Tribune
    Telegraph Chronicle Magazine Daily Weekly Courier Examiner Monitor Dispatch Inquirer League
    Conference Secretariat Directorate Municipality International
    """
)
"""Capitalised words that make a name an organisation (`British Transport Police`)."""

NAME_CONNECTORS = _words("of and for de da do dos van von der den bin ibn al la le du y")

SENTENCE_STARTERS = _words(
    """
    The A An In On At When After According Also Earlier Later Following Speaking Asked He She It
    They We I You This That These Those There Its Their His Her Our But And Or So Yet Some Many
    Most Few All Both Each Every No None Such As If While Because Although Though Before Since
    Once Until Despite However Meanwhile Still Instead Then Now Today Yesterday Tomorrow Last
    Next First Second Third Finally Why How What Who Where Which Whether For By From With
    Without To Of Over Under Into About Around Among Between During Through Against Amid Here
    Nearly Almost More Less Only Even Just Not Never Already Again Other Another
    Several Two Three Four Five Six Seven Eight Nine Ten
    """
)
"""Capitalised words that start sentences and are not names."""

ABBREVIATIONS = _words(
    """
    Mr Mrs Ms Dr Prof St Gen Lt Col Sgt Capt Gov Sen Rep Jr Sr No Nos Inc Ltd Co Corp vs etc Jan
    Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Rev Fr Mt Ft Ave Rd Blvd Dept Univ approx cf e.g
    i.e a.m p.m U.S U.K U.N E.U
    """
)
"""Words whose trailing full stop does not end a sentence."""

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)

DEMONYMS = _words(
    """
    Spaniard Briton Brit Dane Swede Finn Pole Turk Scot Frenchman Frenchwoman Englishman
    Englishwoman Dutchman Dutchwoman Irishman Irishwoman Welshman Welshwoman Scotsman Scotswoman
    Kiwi Aussie Swiss Icelander Luxembourger Filipino Filipina Thai Kenyan Nigerian
    """
)
"""Nouns for a person of a nation (`the Spaniard told reporters`), besides the adjectives."""

GENDERED_NOUNS = _words(
    """
    man woman businessman businesswoman policeman policewoman sportsman sportswoman frenchman
    frenchwoman englishman englishwoman dutchman dutchwoman irishman irishwoman welshman
    welshwoman scotsman scotswoman
    """
)
"""Nouns ending in `man` or `woman` that say whether `he` or `she` fits (not `German`)."""
