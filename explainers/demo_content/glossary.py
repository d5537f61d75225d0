"""Demo glossary: words from the wijkaanpak, each explained in one B1 sentence."""

NPLV_PAGE = "/uitleg/nationaal-programma-leefbaarheid-en-veiligheid/"
HISTORY_PAGE = "/uitleg/geschiedenis-van-de-wijkaanpak/"
MOVISIE_DATABANK = (
    "https://www.movisie.nl/databank-effectieve-sociale-interventies/over-databank"
)

TERMS = [
    {
        "term": "wijkaanpak",
        "variants": ["wijkenaanpak", "gebiedsgerichte aanpak"],
        "definition": (
            "Een extra plan waarin gemeente, organisaties en bewoners een aantal "
            "jaren samenwerken om een wijk beter te maken."
        ),
        "link": "/uitleg/wat-is-een-wijkaanpak/",
    },
    {
        "term": "leefbaarheid",
        "variants": ["leefbaar"],
        "definition": (
            "Hoe prettig het is om ergens te wonen, bijvoorbeeld door goede huizen, "
            "veilige straten en contact met de buren."
        ),
        "link": "",
    },
    {
        "term": "gebiedsgericht werken",
        "variants": ["wijkgericht werken", "buurtgericht werken"],
        "definition": (
            "Werken vanuit één wijk of buurt en kijken wat daar nodig is, in plaats "
            "van per organisatie of loket."
        ),
        "link": "https://lpb.nl/",
    },
    {
        "term": "integrale aanpak",
        "variants": ["integraal werken", "integraal"],
        "definition": (
            "Problemen samen met andere organisaties aanpakken, omdat zaken als "
            "geld, wonen en gezondheid met elkaar te maken hebben."
        ),
        "link": "",
    },
    {
        "term": "focusgebied",
        "variants": ["focusgebieden"],
        "definition": (
            "Een van de twintig wijken die extra steun krijgen van het nationale "
            "programma voor leefbaarheid en veiligheid."
        ),
        "link": NPLV_PAGE,
    },
    {
        "term": "NPLV",
        "variants": ["Nationaal Programma Leefbaarheid en Veiligheid"],
        "definition": (
            "Een landelijk programma uit 2022 dat twintig wijken vijftien tot "
            "twintig jaar lang extra steunt."
        ),
        "link": NPLV_PAGE,
    },
    {
        "term": "woningcorporatie",
        "variants": ["corporatie", "woningcorporaties", "corporaties"],
        "definition": (
            "Een organisatie die betaalbare huurhuizen bouwt, verhuurt en onderhoudt."
        ),
        "link": "",
    },
    {
        "term": "opbouwwerker",
        "variants": ["opbouwwerkers"],
        "definition": (
            "Een professional die bewoners helpt om samen iets aan te pakken in hun "
            "buurt."
        ),
        "link": "",
    },
    {
        "term": "wijkteam",
        "variants": ["wijkteams"],
        "definition": (
            "Een team van hulpverleners in de wijk, waar je terechtkunt met vragen "
            "over zorg, geld, opvoeding of werk."
        ),
        "link": "",
    },
    {
        "term": "buurtrechten",
        "variants": ["buurtrecht"],
        "definition": (
            "Rechten die bewoners meer te zeggen geven over hun buurt, bijvoorbeeld "
            "over gebouwen, geld en plannen."
        ),
        "link": "/uitleg/buurtrechten/",
    },
    {
        "term": "Right to Challenge",
        "variants": ["recht om uit te dagen", "uitdaagrecht"],
        "definition": (
            "Het recht van bewoners om een taak van de gemeente over te nemen, "
            "samen met het geld dat erbij hoort."
        ),
        "link": "https://www.lsabewoners.nl/buurtrechten-in-kaart/",
    },
    {
        "term": "bewonersinitiatief",
        "variants": ["bewonersinitiatieven"],
        "definition": (
            "Een plan of activiteit die bewoners zelf bedenken en uitvoeren, zoals "
            "een moestuin of een buurtfeest."
        ),
        "link": "",
    },
    {
        "term": "wijkagent",
        "variants": ["wijkagenten"],
        "definition": (
            "Een politieagent die vast bij één wijk hoort en de mensen daar kent."
        ),
        "link": "",
    },
    {
        "term": "loslaten",
        "variants": ["los te laten"],
        "definition": (
            "Ruimte geven aan anderen, zoals bewoners, in plaats van zelf alles te "
            "willen regelen en bepalen."
        ),
        "link": "/uitleg/samenwerken-en-loslaten/wat-betekent-loslaten/",
    },
    {
        "term": "ondermijning",
        "variants": ["ondermijnende criminaliteit"],
        "definition": (
            "Misdaad die de gewone samenleving aantast, bijvoorbeeld als criminelen "
            "winkels, huizen of jongeren gebruiken voor drugshandel."
        ),
        "link": "https://hetccv.nl/",
    },
    {
        "term": "participatie",
        "variants": ["bewonersparticipatie"],
        "definition": (
            "Meedoen, bijvoorbeeld door mee te praten en mee te beslissen over je "
            "wijk, of door werk of vrijwilligerswerk."
        ),
        "link": "",
    },
    {
        "term": "bewonersbedrijf",
        "variants": ["bewonersbedrijven"],
        "definition": (
            "Een bedrijf van bewoners dat geld verdient met werk voor de buurt, "
            "zoals groenonderhoud of het runnen van een buurthuis."
        ),
        "link": "",
    },
    {
        "term": "wijkanalyse",
        "variants": ["wijkanalyses", "gebiedsanalyse"],
        "definition": (
            "Een onderzoek naar hoe het gaat in een wijk, met cijfers en met "
            "verhalen van bewoners."
        ),
        "link": "",
    },
    {
        "term": "wijkmanager",
        "variants": ["wijkmanagers", "gebiedsregisseur", "gebiedsregisseurs"],
        "definition": (
            "Een medewerker van de gemeente die het overzicht houdt in een wijk en "
            "de partners bij elkaar brengt."
        ),
        "link": "/uitleg/wie-doet-wat-in-de-wijk/",
    },
    {
        "term": "krachtwijken",
        "variants": ["krachtwijk", "Vogelaarwijken", "Vogelaarwijk"],
        "definition": (
            "De veertig wijken die het Rijk in 2007 koos voor extra aandacht, ook "
            "wel Vogelaarwijken genoemd."
        ),
        "link": HISTORY_PAGE,
    },
    {
        "term": "grotestedenbeleid",
        "variants": ["GSB"],
        "definition": (
            "Landelijk beleid vanaf 1994 om grote steden te helpen met de problemen "
            "in hun wijken."
        ),
        "link": HISTORY_PAGE,
    },
    {
        "term": "decentralisatie",
        "variants": ["decentralisaties"],
        "definition": (
            "Het overdragen van taken van het Rijk naar gemeenten, zoals in 2015 bij "
            "zorg, jeugdhulp en werk."
        ),
        "link": "",
    },
    {
        "term": "sociaal domein",
        "variants": ["sociale domein"],
        "definition": (
            "Alles wat gemeenten doen op het gebied van zorg, jeugdhulp, werk en "
            "inkomen."
        ),
        "link": "",
    },
    {
        "term": "ABCD",
        "variants": ["Asset Based Community Development"],
        "definition": (
            "Een manier van werken die begint bij wat bewoners al kunnen en hebben, "
            "niet bij wat er mis is."
        ),
        "link": "https://www.lsabewoners.nl/",
    },
    {
        "term": "buurthuis",
        "variants": ["buurthuizen", "buurtcentrum", "wijkcentrum"],
        "definition": (
            "Een gebouw in de buurt waar bewoners elkaar ontmoeten en samen dingen "
            "doen."
        ),
        "link": "",
    },
    {
        "term": "wijkplan",
        "variants": ["wijkplannen", "wijkactieplan"],
        "definition": (
            "Een plan waarin staat wat partners en bewoners in de wijk willen "
            "bereiken, wie wat doet en wat het kost."
        ),
        "link": "",
    },
    {
        "term": "taalniveau B1",
        "variants": ["B1-niveau", "niveau B1"],
        "definition": (
            "Eenvoudige taal met korte zinnen en gewone woorden, die de meeste "
            "mensen in Nederland goed begrijpen."
        ),
        "link": (
            "https://www.gebruikercentraal.nl/hulpmiddelen/"
            "lint-leesbaarheidsinstrument-voor-nederlandse-teksten/"
        ),
    },
    {
        "term": "Burendag",
        "variants": [],
        "definition": (
            "Een jaarlijkse dag op de vierde zaterdag van september, waarop buren "
            "samen iets doen voor hun buurt."
        ),
        "link": "",
    },
    {
        "term": "welzijn",
        "variants": ["welzijnswerk"],
        "definition": (
            "Hoe goed het met je gaat, en ook het werk van organisaties die mensen "
            "daarbij helpen."
        ),
        "link": "",
    },
    {
        "term": "gemeenteraad",
        "variants": ["gemeenteraden"],
        "definition": (
            "De gekozen politici die de belangrijkste besluiten van een gemeente "
            "nemen en het bestuur van de gemeente controleren."
        ),
        "link": "",
    },
    {
        "term": "monitor",
        "variants": ["wijkmonitor", "monitoring"],
        "definition": (
            "Een overzicht van cijfers dat je steeds opnieuw bijhoudt, zodat je "
            "ziet hoe een wijk verandert."
        ),
        "link": "https://www.wijkwijzer.org/dashboard-zicht-op-wijken/",
    },
    {
        "term": "interventie",
        "variants": ["interventies"],
        "definition": (
            "Een aanpak of activiteit met een duidelijk doel, bijvoorbeeld een "
            "cursus of een vast programma voor gezinnen."
        ),
        "link": MOVISIE_DATABANK,
    },
    {
        "term": "erkende interventie",
        "variants": ["erkende interventies"],
        "definition": (
            "Een aanpak waarvan deskundigen hebben bekeken dat hij goed in elkaar "
            "zit of dat hij werkt."
        ),
        "link": MOVISIE_DATABANK,
    },
    {
        "term": "wijkprofessional",
        "variants": ["wijkprofessionals"],
        "definition": (
            "Iemand die voor zijn of haar werk in de wijk bezig is, zoals een "
            "opbouwwerker of een wijkagent."
        ),
        "link": "",
    },
    {
        "term": "zelfbeheer",
        "variants": [],
        "definition": (
            "Bewoners regelen zelf de dagelijkse zaken, bijvoorbeeld van een "
            "buurthuis of een stuk groen."
        ),
        "link": "",
    },
    {
        "term": "draagvlak",
        "variants": [],
        "definition": (
            "Steun van de mensen om wie het gaat, zodat zij achter een plan staan."
        ),
        "link": "",
    },
    {
        "term": "bewonersplatform",
        "variants": ["bewonersplatforms"],
        "definition": (
            "Een vaste groep bewoners die namens de buurt meepraat met de gemeente "
            "en andere organisaties."
        ),
        "link": "",
    },
    {
        "term": "wijkbudget",
        "variants": ["wijkbudgetten", "buurtbudget"],
        "definition": "Geld voor de wijk waarover bewoners zelf mogen beslissen.",
        "link": "",
    },
    {
        "term": "ervaringsdeskundige",
        "variants": ["ervaringsdeskundigen"],
        "definition": (
            "Iemand die een probleem zelf heeft meegemaakt en die ervaring gebruikt "
            "om anderen te helpen."
        ),
        "link": "",
    },
    {
        "term": "praktijkvoorbeeld",
        "variants": ["praktijkvoorbeelden"],
        "definition": (
            "Een verhaal over hoe een wijk iets heeft aangepakt, zodat anderen "
            "ervan kunnen leren."
        ),
        "link": "/praktijk/",
    },
]
