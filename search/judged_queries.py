"""The judged query set: what residents and professionals type, and which
pages answer it.

Judged from the demo content (explainers/demo_content/), page by page, before
the engine was run on the query; never tuned to what the engine returns.
Grades: 2 = the best answer, 1 = also relevant. A result counts as relevant
when its URL path is listed (pages by path, themes as /themas/<slug>/,
partners as /partners/<slug>/, glossary terms as /begrippen/#begrip-<slug>).
An empty dict: nothing on the site answers the query, so the search should
find nothing.

benchmarks/search_quality.py measures the whole set; tests/search/
test_judged_queries.py checks its shape and pins the part that passes today.
"""

from dataclasses import dataclass

LAY = "lay"  # everyday words residents type
COMPOUND = "compound"  # compounds joined and split
INFLECTION = "inflection"  # plurals and other forms
TYPO = "typo"
ENGLISH = "english"  # terms professionals use
NAME = "name"  # names and abbreviations
QUESTION = "question"
UNANSWERABLE = "unanswerable"
CATEGORIES = (LAY, COMPOUND, INFLECTION, TYPO, ENGLISH, NAME, QUESTION, UNANSWERABLE)


@dataclass(frozen=True)
class Judged:
    query: str
    category: str
    relevant: dict  # URL path → grade (2 best, 1 also relevant)

    @property
    def answerable(self):
        return bool(self.relevant)

    @property
    def best(self):
        return {url for url, grade in self.relevant.items() if grade == 2}


# Groups of pages that answer several queries alike.
WIJKAANPAK = {
    "/uitleg/wat-is-een-wijkaanpak/": 2,
    "/begrippen/#begrip-wijkaanpak": 2,
    "/bronnen/lsa-wat-is-wijkaanpak/": 1,
    "/bronnen/wijkwijzer-wat-is-een-wijkaanpak/": 1,
}
BUURTRECHTEN = {
    "/uitleg/buurtrechten/": 2,
    "/begrippen/#begrip-buurtrechten": 2,
    "/bronnen/lsa-buurtrechten-in-kaart/": 1,
    "/bronnen/lsa-buurtrechten-wat-kun-je-ermee/": 1,
    "/bronnen/lsa-concreet-vormgeven-aan-buurtrechten/": 1,
}
PARTICIPATIE = {
    "/begrippen/#begrip-participatie": 2,
    "/themas/bewonersparticipatie/": 2,
    "/uitleg/de-rol-van-bewoners/": 1,
    "/themas/werk-en-participatie/": 1,
    "/bronnen/wijkwijzer-werk-en-participatie/": 1,
    "/bronnen/vng-participatie-in-gemeenten/": 1,
    "/bronnen/ccv-vormen-van-burgerparticipatie/": 1,
}
BEWONERSPARTICIPATIE = {
    "/themas/bewonersparticipatie/": 2,
    "/uitleg/de-rol-van-bewoners/": 2,
    "/begrippen/#begrip-participatie": 1,
    "/bronnen/vng-participatie-in-gemeenten/": 1,
}
WIJKTEAM = {
    "/begrippen/#begrip-wijkteam": 2,
    # "Het wijkteam en het welzijnswerk" is a section of this explainer
    "/uitleg/wie-doet-wat-in-de-wijk/": 2,
    "/ik-woon-in-de-wijk/": 1,
}
BUURTHUIS = {
    "/begrippen/#begrip-buurthuis": 2,
    "/bronnen/lsa-zelfbeheer-buurthuis/": 2,
    "/artikelen/buurthuis-in-zelfbeheer-voorbeeldstad/": 2,
    "/begrippen/#begrip-zelfbeheer": 1,
}
WIJKAGENT = {
    "/begrippen/#begrip-wijkagent": 2,
    "/artikelen/wijkagent-en-bewoners-aan-tafel/": 2,
    "/praktijk/jongeren-en-wijkagent-havenkwartier/": 1,
    "/uitleg/wie-doet-wat-in-de-wijk/": 1,
}
WONINGCORPORATIE = {
    "/begrippen/#begrip-woningcorporatie": 2,
    "/partners/aedes/": 2,
    "/bronnen/aedes-leefbare-en-veilige-wijken/": 1,
    "/bronnen/aedes-vitale-wijken/": 1,
}
ONDERMIJNING = {
    "/begrippen/#begrip-ondermijning": 2,
    "/bronnen/platform31-masterclasses-ondermijning/": 2,
    "/bronnen/ccv-zicht-op-ondermijning/": 2,
    "/bronnen/aedes-thuisvester-ondermijning/": 1,
}
LOSLATEN = {
    "/uitleg/samenwerken-en-loslaten/wat-betekent-loslaten/": 2,
    "/begrippen/#begrip-loslaten": 2,
    "/uitleg/samenwerken-en-loslaten/": 1,
}
OPBOUWWERKER = {
    "/begrippen/#begrip-opbouwwerker": 2,
    "/uitleg/wie-doet-wat-in-de-wijk/": 1,
    "/bronnen/movisie-sociale-basis-niet-aansturen/": 1,
}
LEEFBAARHEID = {
    "/begrippen/#begrip-leefbaarheid": 2,
    "/bronnen/movisie-leefbaarheid-en-veiligheid/": 2,
    "/bronnen/platform31-leefbare-wijken/": 1,
    "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/": 1,
    "/bronnen/verwey-jonker-buurten-en-leefbaarheid/": 1,
}
AARDGASVRIJ = {
    "/bronnen/platform31-aardgasvrije-wijken/": 2,
    "/themas/duurzaamheid/": 1,  # "huizen die van het aardgas af gaan"
}
JEUGDCRIMINALITEIT = {
    "/bronnen/bzk-jonge-aanwas/": 2,  # young people sliding into crime
    "/themas/veiligheid-en-criminaliteit/": 1,
    "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/": 1,
    "/bronnen/ccv-hoe-helpt-het-ccv/": 1,
    "/bronnen/platform31-gegevensdeling-jeugdoverlast/": 1,
}
WIJKPLAN = {
    "/begrippen/#begrip-wijkplan": 2,
    "/praktijk/wijkplan-rivierwijk/": 2,
    "/stappenplan/ontwerpen/": 1,
    "/artikelen/drie-stappen-wijzer-in-de-wijk/": 1,
}
BEWONERSINITIATIEF = {
    "/begrippen/#begrip-bewonersinitiatief": 2,
    "/bronnen/movisie-waarde-bewonersinitiatieven/": 2,
    "/bronnen/movisie-speelveld-bewonersinitiatieven/": 1,
    "/bronnen/lpb-belang-bewonersinitiatieven/": 1,
    "/bronnen/movisie-magazine-de-sleutel/": 1,
}
RIGHT_TO_CHALLENGE = {
    "/begrippen/#begrip-right-to-challenge": 2,
    "/bronnen/vng-right-to-challenge/": 2,
    "/bronnen/lsa-recht-om-uit-te-dagen/": 2,
    "/bronnen/vng-tools-right-to-challenge/": 1,
    "/praktijk/groen-havenkwartier/": 1,
    "/uitleg/buurtrechten/": 1,
}
NPLV = {
    "/begrippen/#begrip-nplv": 2,
    "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/": 2,
    "/bronnen/bzk-nationaal-programma/": 2,
    "/artikelen/twintig-focusgebieden-nplv/": 1,
}
KRACHTWIJKEN = {
    "/begrippen/#begrip-krachtwijken": 2,
    "/uitleg/geschiedenis-van-de-wijkaanpak/": 2,
    "/bronnen/movisie-leefbaarheid-en-veiligheid/": 1,
}
WOONOVERLAST = {
    "/bronnen/aedes-woonoverlast-neemt-toe/": 2,
    "/bronnen/ccv-woonoverlast-dossieropbouw/": 2,
    "/bronnen/aedes-buurtbemiddeling/": 1,
}
MEEDOEN = {
    "/uitleg/de-rol-van-bewoners/": 2,
    "/ik-woon-in-de-wijk/": 2,
    "/themas/bewonersparticipatie/": 1,
    "/begrippen/#begrip-participatie": 1,
    "/uitleg/buurtrechten/": 1,
}
ENERGIE = {
    "/praktijk/energiecoaches-voorbeeldwijk/": 2,
    "/artikelen/samen-de-wijk-verduurzamen/": 2,
    "/themas/duurzaamheid/": 1,
}

J = Judged
JUDGED_QUERIES = [
    # --- Lay words residents type ---
    J(
        "hulp bij geldzorgen",
        LAY,
        {
            "/praktijk/geldzorgen-rivierwijk/": 2,
            "/uitleg/wie-doet-wat-in-de-wijk/": 1,  # the wijkteam helps with money
            "/begrippen/#begrip-wijkteam": 1,
            "/bronnen/movisie-armoede-en-schulden/": 1,
            "/bronnen/platform31-armoede-en-gezondheid/": 1,
        },
    ),
    J("meepraten over mijn buurt", LAY, MEEDOEN),
    J("inspraak", LAY, MEEDOEN),  # the word is not on the site; meepraten is
    J(
        "buurtbudget",
        LAY,
        {
            "/begrippen/#begrip-wijkbudget": 2,  # buurtbudget is a variant
            "/uitleg/de-rol-van-bewoners/": 2,  # "Wat is een buurtbudget?"
            "/ik-woon-in-de-wijk/": 1,
            "/uitleg/afspraken-maken-en-geld/": 1,
        },
    ),
    J("buurtteam", LAY, WIJKTEAM),  # another name for the wijkteam
    J(
        "geld voor de wijk",
        LAY,
        {
            "/uitleg/afspraken-maken-en-geld/": 2,
            "/begrippen/#begrip-wijkbudget": 1,
            "/bronnen/bzk-spuk-veelgestelde-vragen/": 1,
            "/bronnen/bzk-400-miljoen-juli-2025/": 1,
        },
    ),
    J(
        "schulden",
        LAY,
        {
            "/bronnen/movisie-armoede-en-schulden/": 2,
            "/praktijk/geldzorgen-rivierwijk/": 2,
            "/themas/werk-en-participatie/": 1,
        },
    ),
    J(
        "ruzie met de buren",
        LAY,
        {
            "/bronnen/aedes-buurtbemiddeling/": 2,
            "/bronnen/ccv-vormen-van-burgerparticipatie/": 1,
        },
    ),
    J(
        "overlast",
        LAY,
        {
            "/bronnen/aedes-woonoverlast-neemt-toe/": 2,
            "/themas/veiligheid-en-criminaliteit/": 2,
            "/bronnen/ccv-woonoverlast-dossieropbouw/": 1,
            "/bronnen/aedes-buurtbemiddeling/": 1,
            "/bronnen/platform31-gegevensdeling-jeugdoverlast/": 1,
        },
    ),
    J(
        "veilig voelen in mijn straat",
        LAY,
        {
            "/themas/veiligheid-en-criminaliteit/": 2,
            "/praktijk/buurtpreventie-rivierwijk/": 2,
            "/bronnen/ccv-vormen-van-burgerparticipatie/": 1,
        },
    ),
    J(
        "zelf het buurthuis runnen",
        LAY,
        {
            "/bronnen/lsa-zelfbeheer-buurthuis/": 2,
            "/artikelen/buurthuis-in-zelfbeheer-voorbeeldstad/": 2,
            "/begrippen/#begrip-zelfbeheer": 1,
            "/begrippen/#begrip-buurthuis": 1,
            "/begrippen/#begrip-bewonersbedrijf": 1,
        },
    ),
    J("energie besparen", LAY, ENERGIE),
    J(
        "groen in de wijk",
        LAY,
        {
            "/praktijk/groen-havenkwartier/": 2,
            "/themas/leefomgeving-en-openbare-ruimte/": 1,
            "/bronnen/wijkwijzer-leefomgeving-en-openbare-ruimte/": 1,
            "/praktijk/beweegroute-molenbuurt/": 1,
        },
    ),
    J(
        "jongeren die overlast geven",
        LAY,
        {
            "/bronnen/platform31-gegevensdeling-jeugdoverlast/": 2,
            "/praktijk/jongeren-en-wijkagent-havenkwartier/": 2,
            "/bronnen/bzk-jonge-aanwas/": 1,
        },
    ),
    # "Betaalt iemand de huur niet, dan komt er binnen twee weken iemand langs"
    J("huurachterstand", LAY, {"/praktijk/geldzorgen-rivierwijk/": 2}),
    J("voorlezen aan kinderen", LAY, {"/praktijk/voorlezen-havenkwartier/": 2}),
    J("wijkagent", LAY, WIJKAGENT),
    J(
        "buurtpreventie",
        LAY,
        {
            "/praktijk/buurtpreventie-rivierwijk/": 2,
            "/bronnen/ccv-vormen-van-burgerparticipatie/": 1,
        },
    ),
    J(
        "buurtfeest",
        LAY,
        {
            "/artikelen/burendag-in-voorbeeldwijk/": 2,
            "/begrippen/#begrip-burendag": 1,
            "/begrippen/#begrip-bewonersinitiatief": 1,  # "zoals … een buurtfeest"
        },
    ),
    J(
        "gezondheid",
        LAY,
        {
            "/themas/gezondheid-zorg-en-hulpverlening/": 2,
            "/bronnen/pharos-lokale-aanpak/": 1,
            "/bronnen/platform31-armoede-en-gezondheid/": 1,
            "/bronnen/pharos-breed-investeren-in-wijken/": 1,
            "/partners/pharos/": 1,
        },
    ),
    J("woningcorporatie", LAY, WONINGCORPORATIE),
    J(
        "moestuin",
        LAY,
        {
            "/artikelen/burendag-in-voorbeeldwijk/": 2,  # in its title
            "/begrippen/#begrip-bewonersinitiatief": 1,
        },
    ),
    J(
        "drugs in de buurt",
        LAY,
        {
            "/begrippen/#begrip-ondermijning": 2,
            "/bronnen/platform31-masterclasses-ondermijning/": 1,
            "/bronnen/ccv-zicht-op-ondermijning/": 1,
            "/bronnen/verwey-jonker-wereld-in-wijken-te-winnen/": 1,
            "/bronnen/ccv-hoe-helpt-het-ccv/": 1,
        },
    ),
    J(
        "armoede",
        LAY,
        {
            "/bronnen/movisie-armoede-en-schulden/": 2,
            "/bronnen/platform31-armoede-en-gezondheid/": 2,
            "/themas/werk-en-participatie/": 1,
        },
    ),
    # --- Compounds, joined and split ---
    J("wijk aanpak", COMPOUND, WIJKAANPAK),
    J("aardgasvrij", COMPOUND, AARDGASVRIJ),
    J("aardgasvrije wijk", COMPOUND, AARDGASVRIJ),
    J("van het gas af", COMPOUND, AARDGASVRIJ),
    J("bewonersparticipatie", COMPOUND, BEWONERSPARTICIPATIE),
    J("bewoners participatie", COMPOUND, BEWONERSPARTICIPATIE),
    J("jeugdcriminaliteit", COMPOUND, JEUGDCRIMINALITEIT),
    J("jeugd criminaliteit", COMPOUND, JEUGDCRIMINALITEIT),
    J("buurt huis", COMPOUND, BUURTHUIS),
    J("wijkplan", COMPOUND, WIJKPLAN),
    J("wijk plan", COMPOUND, WIJKPLAN),
    J("bewonersinitiatief", COMPOUND, BEWONERSINITIATIEF),
    J("bewoners initiatief", COMPOUND, BEWONERSINITIATIEF),
    J("woonoverlast", COMPOUND, WOONOVERLAST),
    J("energiecoach", COMPOUND, ENERGIE),
    J("opbouwwerker", COMPOUND, OPBOUWWERKER),
    J(
        "wijk analyse",
        COMPOUND,
        {
            "/begrippen/#begrip-wijkanalyse": 2,
            "/praktijk/buurtonderzoekers-molenbuurt/": 1,
            "/stappenplan/orienteren/": 1,
        },
    ),
    J("buurtonderzoekers", COMPOUND, {"/praktijk/buurtonderzoekers-molenbuurt/": 2}),
    J(
        "gebiedsgericht werken",
        COMPOUND,
        {
            "/begrippen/#begrip-gebiedsgericht-werken": 2,
            "/bronnen/lpb-25-jaar/": 1,
            "/partners/lpb/": 1,
        },
    ),
    J("buurt rechten", COMPOUND, BUURTRECHTEN),
    # --- Inflections ---
    J("aardgasvrije wijken", INFLECTION, AARDGASVRIJ),
    J(
        "bewonersavonden",
        INFLECTION,
        {
            "/uitleg/de-rol-van-bewoners/": 2,
            "/ik-woon-in-de-wijk/": 2,  # "Kom naar een bewonersavond"
            "/artikelen/schrijven-op-b1-niveau/": 1,
        },
    ),
    J("wijkteams", INFLECTION, WIJKTEAM),
    J("buurthuizen", INFLECTION, BUURTHUIS),
    J(
        "focusgebieden",
        INFLECTION,
        {
            "/artikelen/twintig-focusgebieden-nplv/": 2,
            "/begrippen/#begrip-focusgebied": 2,
            "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/": 1,
        },
    ),
    J(
        "bewonersplatforms",
        INFLECTION,
        {
            "/begrippen/#begrip-bewonersplatform": 2,
            "/artikelen/bewonersplatform-wijkaanpak-lsa/": 2,
            "/bronnen/lsa-bewonersplatform-wijkaanpak/": 2,
        },
    ),
    J("wijkagenten", INFLECTION, WIJKAGENT),
    J(
        "interventies",
        INFLECTION,
        {
            "/begrippen/#begrip-interventie": 2,
            "/bronnen/movisie-databank-effectieve-interventies/": 2,
            "/begrippen/#begrip-erkende-interventie": 1,
            "/bronnen/platform31-wijkengids-kennisbanken/": 1,
        },
    ),
    J("buurtrecht", INFLECTION, BUURTRECHTEN),
    J("corporaties", INFLECTION, WONINGCORPORATIE),
    J("bewonersinitiatieven", INFLECTION, BEWONERSINITIATIEF),
    # --- Typos ---
    J("wijkanpak", TYPO, WIJKAANPAK),
    J("buurtrechen", TYPO, BUURTRECHTEN),
    J("partisipatie", TYPO, PARTICIPATIE),
    J("particpatie", TYPO, PARTICIPATIE),
    J("ondermijnig", TYPO, ONDERMIJNING),
    J("leefbaarhijd", TYPO, LEEFBAARHEID),
    J("woningcoperatie", TYPO, WONINGCORPORATIE),
    J("wijkagnet", TYPO, WIJKAGENT),
    J("opbouwerker", TYPO, OPBOUWWERKER),
    J("loslatten", TYPO, LOSLATEN),
    J("buurhuis", TYPO, BUURTHUIS),
    # --- English terms professionals use ---
    J(
        "community",
        ENGLISH,
        {
            "/begrippen/#begrip-abcd": 2,  # Asset Based Community Development
            "/bronnen/platform31-aardgasvrije-wijken/": 1,  # "Community of practice"
        },
    ),
    # Not a word on the site; it means who decides and how partners work together.
    J(
        "governance",
        ENGLISH,
        {
            "/uitleg/samenwerken-en-loslaten/": 2,
            "/uitleg/afspraken-maken-en-geld/": 1,
            "/themas/samenwerken/": 1,
        },
    ),
    J(
        "empowerment",
        ENGLISH,
        {
            "/uitleg/de-rol-van-bewoners/": 2,
            "/begrippen/#begrip-abcd": 1,
            "/bronnen/lsa-de-7-van-lsa/": 1,  # "Bewonerskracht centraal"
            "/uitleg/buurtrechten/": 1,
        },
    ),
    J("right to challenge", ENGLISH, RIGHT_TO_CHALLENGE),
    J("asset based community development", ENGLISH, {"/begrippen/#begrip-abcd": 2}),
    J(
        "community of practice",
        ENGLISH,
        {"/bronnen/platform31-aardgasvrije-wijken/": 2},
    ),
    J("participation", ENGLISH, PARTICIPATIE),
    J("neighbourhood approach", ENGLISH, WIJKAANPAK),
    # --- Names and abbreviations ---
    J("LSA", NAME, {"/partners/lsa/": 2}),
    J("NPLV", NAME, NPLV),
    J("CCV", NAME, {"/partners/ccv/": 2}),
    J("ABCD", NAME, {"/begrippen/#begrip-abcd": 2}),
    J("VNG", NAME, {"/partners/vng/": 2}),
    J("Platform31", NAME, {"/partners/platform31/": 2}),
    J("BZK", NAME, {"/partners/ministerie-van-bzk/": 2}),
    J("LPB", NAME, {"/partners/lpb/": 2, "/artikelen/lpb-congres-elke-november/": 1}),
    J("KIS", NAME, {"/partners/kis/": 2}),
    J("Movisie", NAME, {"/partners/movisie/": 2}),
    J("Aedes", NAME, {"/partners/aedes/": 2}),
    J("Pharos", NAME, {"/partners/pharos/": 2}),
    J("Verwey-Jonker", NAME, {"/partners/verwey-jonker-instituut/": 2}),
    J(
        "SPUK",
        NAME,
        {
            "/bronnen/bzk-spuk-veelgestelde-vragen/": 2,
            "/bronnen/bzk-spuk-voorbeelden/": 2,
            "/bronnen/bzk-400-miljoen-december-2025/": 1,
        },
    ),
    J("Vogelaarwijken", NAME, KRACHTWIJKEN),
    J("krachtwijken", NAME, KRACHTWIJKEN),
    J("Wijzer in de Wijk", NAME, {"/artikelen/drie-stappen-wijzer-in-de-wijk/": 2}),
    J(
        "Burendag",
        NAME,
        {"/begrippen/#begrip-burendag": 2, "/artikelen/burendag-in-voorbeeldwijk/": 2},
    ),
    J("PKVW", NAME, {"/bronnen/ccv-politiekeurmerk-gemeente/": 2}),
    J("Landelijk Samenwerkingsverband Actieve bewoners", NAME, {"/partners/lsa/": 2}),
    J(
        "Nationaal Programma Leefbaarheid en Veiligheid",
        NAME,
        {
            "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/": 2,
            "/bronnen/bzk-nationaal-programma/": 2,
            "/begrippen/#begrip-nplv": 1,
        },
    ),
    J(
        "Wijkengids",
        NAME,
        {
            "/bronnen/platform31-wijkengids/": 2,
            "/bronnen/platform31-wijkengids-vooraf/": 1,
        },
    ),
    J(
        "KIS Wijkmonitor",
        NAME,
        {
            "/bronnen/verwey-jonker-kis-wijkmonitor/": 2,
            "/bronnen/kis-wijkmonitor-herkomst/": 2,
        },
    ),
    J("Rotterdam-Zuid", NAME, {"/bronnen/vng-rotterdam-zuid/": 2}),
    J(
        "grotestedenbeleid",
        NAME,
        {
            "/begrippen/#begrip-grotestedenbeleid": 2,
            "/uitleg/geschiedenis-van-de-wijkaanpak/": 1,
        },
    ),
    # --- Questions ---
    J(
        "hoe begin ik een wijkaanpak",
        QUESTION,
        {
            "/uitleg/aan-de-slag-met-een-wijkaanpak/": 2,
            "/stappenplan/": 2,
            "/stappenplan/initieren/": 1,
            "/bronnen/wijkwijzer-in-vijf-stappen/": 1,
        },
    ),
    J("wat doet een wijkteam", QUESTION, WIJKTEAM),
    J("wat is een wijkaanpak", QUESTION, WIJKAANPAK),
    J("hoe meet je of het werkt", QUESTION, {"/uitleg/meten-wat-werkt/": 2}),
    J("wie betaalt wat", QUESTION, {"/uitleg/afspraken-maken-en-geld/": 2}),
    J("hoe kan ik meedoen in mijn wijk", QUESTION, MEEDOEN),
    J(
        "waar kan ik terecht met vragen over zorg",
        QUESTION,
        {
            "/uitleg/wie-doet-wat-in-de-wijk/": 2,
            "/begrippen/#begrip-wijkteam": 2,
            "/themas/gezondheid-zorg-en-hulpverlening/": 1,
            "/ik-woon-in-de-wijk/": 1,
        },
    ),
    J(
        "hoe schrijf ik een brief op B1",
        QUESTION,
        {
            "/artikelen/schrijven-op-b1-niveau/": 2,
            "/begrippen/#begrip-taalniveau-b1": 1,
        },
    ),
    J("wat is loslaten", QUESTION, LOSLATEN),
    J("hoe maak je een wijkplan", QUESTION, {**WIJKPLAN, "/stappenplan/ontwerpen/": 2}),
    J(
        "kan ik een taak van de gemeente overnemen",
        QUESTION,
        {**RIGHT_TO_CHALLENGE, "/uitleg/buurtrechten/": 2},
    ),
    J("wat is ondermijning", QUESTION, ONDERMIJNING),
    J(
        "hoe ging de wijkaanpak vroeger",
        QUESTION,
        {"/uitleg/geschiedenis-van-de-wijkaanpak/": 2},
    ),
    J(
        "welke wijken krijgen extra steun",
        QUESTION,
        {
            "/artikelen/twintig-focusgebieden-nplv/": 2,
            "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/": 2,
            "/begrippen/#begrip-focusgebied": 1,
            "/begrippen/#begrip-nplv": 1,
        },
    ),
    J("volgt deze website mij", QUESTION, {"/privacy/": 2}),
    J("is de website toegankelijk", QUESTION, {"/toegankelijkheid/": 2}),
    # --- Nothing on the site answers these ---
    J("parkeervergunning aanvragen", UNANSWERABLE, {}),
    J("hondenbelasting", UNANSWERABLE, {}),
    J("paspoort verlengen", UNANSWERABLE, {}),
    J("rijbewijs kwijt", UNANSWERABLE, {}),
    J("afvalkalender", UNANSWERABLE, {}),
    J("dakkapel bouwvergunning", UNANSWERABLE, {}),
    J("zorgtoeslag aanvragen", UNANSWERABLE, {}),
    J("openingstijden gemeentehuis", UNANSWERABLE, {}),
    J("kinderopvangtoeslag", UNANSWERABLE, {}),
    J("WOZ-waarde bezwaar", UNANSWERABLE, {}),
    J("grofvuil ophalen", UNANSWERABLE, {}),
    J("verhuizing doorgeven", UNANSWERABLE, {}),
]
