"""Demo partner resources: real publications, pages and tools of the partners.

Every title and URL comes from the seed lists beside the repository
(``shared/seed/real-resources.md``, or the real pages in
``shared/seed/domain-facts.md``); tests/test_resource_library.py checks that
each URL is listed there. A resource is credited to the organisation that
published it. A year is given only where the seed gives one. The summaries are
our own plain Dutch (B1) and say no more than the title, kind and subjects of
the resource support: no findings, numbers or quotes of the partner.

Titles follow the seed without its markers. Text in round brackets after a
title names the series a page belongs to; it is kept only where the bare title
would not say what the page is ("1. Vooraf (Wijkengids)").
"""

BOTH = ["bewoners", "professionals"]
PROS = ["professionals"]
RESIDENTS = ["bewoners"]

# Resources the demo once held, with invented titles and made-up addresses
# (https://voorbeeld.example/...) or a bare homepage. ``load_demo_content``
# deletes these pages from the resource index of a database loaded before.
RETIRED_RESOURCE_SLUGS = [
    "lsa-bewonersbedrijf-voorbeeldwijk",
    "lsa-webinar-recht-om-uit-te-dagen",
    "lsa-samen-energie-besparen",
    "wijkwijzer-webinar-nationaal-programma",
    "wijkwijzer-wijkanalyse-voorbeeldwijk",
    "wijkwijzer-leerkring-armoede-en-schulden",
    "platform31-wendbare-wijkaanpak",
    "platform31-wijkaanpak-door-de-jaren",
    "platform31-gemengde-wijken",
    "platform31-webinar-wonen-en-verduurzamen",
    "platform31-school-en-buurt-voorbeeldwijk",
    "verouderde-wijkscan",
    "verwey-jonker-onderzoek",
    "verwey-jonker-meten-in-de-wijk",
    "verwey-jonker-opgroeien-in-de-wijk",
    "verwey-jonker-webinar-effect-meten",
    "verwey-jonker-gezond-ouder-worden-voorbeeldbuurt",
    "verwey-jonker-vragenlijst-wijkbeleving",
    "movisie-sterke-sociale-basis",
    "movisie-huiskamer-voorbeeldwijk",
    "movisie-leergang-opbouwwerk",
    "movisie-webinar-armoede-en-schulden",
    "ccv-veiligheid-en-preventie",
    "ccv-ondermijning-in-de-wijk",
    "ccv-veilig-ontwerp-openbare-ruimte",
    "ccv-buurtpreventie-voorbeeldwijk",
    "ccv-wijkveiligheidsscan",
    "ccv-webinar-jeugdcriminaliteit",
    "ccv-leergang-wijkveiligheid",
    "lpb-netwerk-wijkgericht-werken",
    "lpb-video-congres-wijkgericht-werken",
    "lpb-wijkprofessional-als-schakel",
    "lpb-wijkbudget-voorbeeldstad",
    "lpb-leergang-gebiedsregisseur",
    "lpb-sjabloon-wijkplan",
    "bzk-ministerie",
    "bzk-nationaal-programma-in-het-kort",
    "bzk-factsheet-focusgebieden",
    "bzk-handreiking-afspraken-in-de-wijk",
    "bzk-webinar-bewoners-aan-zet",
    "bzk-warmte-voorbeeldwijk",
]

RESOURCES = [
    # LSA ---------------------------------------------------------------------
    {
        "slug": "lsa-wat-is-wijkaanpak",
        "title": "Wat is de wijkaanpak?",
        "url": "https://www.lsabewoners.nl/wijkaanpak/wat-is-wijkaanpak/",
        "partner": "lsa",
        "resource_type": "dossier",
        "themes": ["samenwerken", "bewonersparticipatie"],
        "audiences": BOTH,
        "summary": (
            "LSA legt hier uit wat een wijkaanpak is. "
            "LSA is er voor actieve bewoners in heel het land."
        ),
    },
    {
        "slug": "lsa-tips-wijkaanpak-met-bewoners",
        "title": "4 tips voor een wijkaanpak met bewoners",
        "url": (
            "https://www.lsabewoners.nl/wijkaanpak/4-tips-voor-wijkaanpak-met-bewoners/"
        ),
        "partner": "lsa",
        "resource_type": "handreiking",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": BOTH,
        "summary": (
            "LSA geeft vier tips voor een wijkaanpak samen met bewoners. "
            "Handig voor bewoners en voor wie met hen werkt."
        ),
    },
    {
        "slug": "lsa-agenda-van-de-wijk",
        "title": "De agenda van de wijk is leidend",
        "url": (
            "https://www.lsabewoners.nl/wijkaanpak/de-agenda-van-de-wijk-is-leidend/"
        ),
        "partner": "lsa",
        "resource_type": "onderzoek-of-publicatie",
        "themes": [
            "bewonersparticipatie",
            "duurzaamheid",
            "leefomgeving-en-openbare-ruimte",
        ],
        "audiences": BOTH,
        "summary": (
            "In dit standpunt zegt LSA: de wijk bepaalt zelf wat er moet gebeuren. "
            "De wensen van bewoners staan dus voorop."
        ),
    },
    {
        "slug": "lsa-buurtrechten-in-kaart",
        "title": "Buurtrechten in kaart",
        "url": "https://www.lsabewoners.nl/buurtrechten-in-kaart/",
        "partner": "lsa",
        "resource_type": "dossier",
        "themes": ["bewonersparticipatie", "leefomgeving-en-openbare-ruimte"],
        "audiences": BOTH,
        "summary": (
            "LSA zet de buurtrechten op een rij. "
            "Met buurtrechten hebben bewoners meer te zeggen over hun buurt."
        ),
    },
    {
        "slug": "lsa-buurtrechten-wat-kun-je-ermee",
        "title": "Buurtrechten: wat kun je ermee?",
        "url": (
            "https://www.lsabewoners.nl/buurtrechten/buurtrechten-wat-kun-je-ermee/"
        ),
        "partner": "lsa",
        "resource_type": "dossier",
        "themes": ["bewonersparticipatie"],
        "audiences": BOTH,
        "summary": (
            "LSA legt uit wat buurtrechten zijn en wat je ermee kunt. "
            "Je leest bijvoorbeeld over het recht om uit te dagen. "
            "Het idee komt uit Engeland."
        ),
    },
    {
        "slug": "lsa-concreet-vormgeven-aan-buurtrechten",
        "title": "Concreet vormgeven aan buurtrechten",
        "url": (
            "https://www.lsabewoners.nl/buurtrechten/"
            "concreet-vormgeven-aan-buurtrechten/"
        ),
        "partner": "lsa",
        "resource_type": "artikel",
        "themes": ["bewonersparticipatie"],
        "audiences": BOTH,
        "summary": (
            "Hoe maak je buurtrechten echt? "
            "LSA noemt onder meer steun voor bewoners, gebouwen in de buurt "
            "en geld om mee te starten."
        ),
    },
    {
        "slug": "lsa-recht-om-uit-te-dagen",
        "title": "Recht om uit te dagen",
        "url": (
            "https://www.lsabewoners.nl/buurtrechten/onderwerpen/recht-om-uit-te-dagen/"
        ),
        "partner": "lsa",
        "resource_type": "dossier",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": BOTH,
        "summary": (
            "Met het recht om uit te dagen nemen bewoners een taak van de "
            "gemeente over. LSA zet er kennis en voorbeelden over bij elkaar. "
            "Die komen onder meer uit Rotterdam, Utrecht en Wageningen."
        ),
    },
    {
        "slug": "lsa-bewonersplatform-wijkaanpak",
        "title": "Bewonersplatform wijkaanpak van start",
        "url": (
            "https://www.lsabewoners.nl/buurtaanpak/"
            "bewonersplatform-wijkaanpak-van-start/"
        ),
        "partner": "lsa",
        "resource_type": "programma-of-website",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": RESIDENTS,
        "summary": (
            "In 2022 startte LSA een platform voor bewoners uit wijken met een "
            "wijkaanpak. Het begon met twaalf wijken. "
            "Bewoners leren er van elkaar en praten mee als gelijken."
        ),
        "year": 2022,
    },
    {
        "slug": "lsa-weerbare-wijkaanpak",
        "title": "LSA wil een weerbare wijkaanpak, wat is dat?",
        "url": (
            "https://www.lsabewoners.nl/buurtaanpak/"
            "lsa-wil-een-weerbare-wijkaanpak-wat-is-dat/"
        ),
        "partner": "lsa",
        "resource_type": "artikel",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": BOTH,
        "summary": (
            "LSA wil een weerbare wijkaanpak. In dit gesprek lees je wat LSA "
            "daarmee bedoelt. Het gaat om wijken met veel zorgen en om werk "
            "voor de lange termijn."
        ),
    },
    {
        "slug": "lsa-vooruit-met-de-wijk",
        "title": "Vooruit met de wijk: Actiepunten voor nieuwe wijkaanpak",
        "url": "https://www.lsabewoners.nl/vooruitmetdewijk-nieuwe-wijkaanpak/",
        "partner": "lsa",
        "resource_type": "artikel",
        "themes": ["bewonersparticipatie", "leefomgeving-en-openbare-ruimte"],
        "audiences": BOTH,
        "summary": (
            "LSA noemt actiepunten voor een nieuwe wijkaanpak. "
            "Bewoners en hun kracht zijn daarbij het begin. "
            "Er hoort ook een essay bij."
        ),
    },
    {
        "slug": "lsa-de-7-van-lsa",
        "title": "Bewonerskracht centraal in ‘de 7 van LSA’",
        "url": "https://www.lsabewoners.nl/bewonerskracht-centraal-in-de-7-van-lsa/",
        "partner": "lsa",
        "resource_type": "artikel",
        "themes": ["bewonersparticipatie", "werk-en-participatie", "duurzaamheid"],
        "audiences": RESIDENTS,
        "summary": (
            "LSA heeft zeven speerpunten. In alle zeven staat de kracht van "
            "bewoners voorop. Denk aan bedrijven van bewoners, energie uit de "
            "buurt en zorg door buren."
        ),
    },
    {
        "slug": "lsa-zelfbeheer-buurthuis",
        "title": "Zelfbeheer: Beheer Je Buurthuis!",
        "url": "http://www.lsabewoners.nl/zelfbeheer/",
        "partner": "lsa",
        "resource_type": "programma-of-website",
        "themes": [
            "bewonersparticipatie",
            "leefomgeving-en-openbare-ruimte",
            "samenleven-en-integratie",
        ],
        "audiences": RESIDENTS,
        "summary": (
            "Wil je met andere bewoners zelf een buurthuis runnen? "
            "LSA helpt je op weg. Je leest over beheer, kosten en fondsen."
        ),
    },
    {
        "slug": "lsa-actieve-bewoners-2019",
        "title": "Wat actieve bewoners voor elkaar boksten in 2019",
        "url": "https://www.lsabewoners.nl/actieve-bewoners-magazine/",
        "partner": "lsa",
        "resource_type": "artikel",
        "themes": ["bewonersparticipatie", "duurzaamheid"],
        "audiences": RESIDENTS,
        "summary": (
            "Een blad vol verhalen van actieve bewoners uit 2019. "
            "Je leest over bedrijven van bewoners en over energie uit de buurt."
        ),
        "year": 2019,
    },
    # WijkWijzer --------------------------------------------------------------
    {
        "slug": "wijkwijzer-wat-is-een-wijkaanpak",
        "title": "Wat is een wijkaanpak?",
        "url": (
            "https://wijkwijzer.org/verdieping/over-de-wijkaanpak/wat-is-een-wijkaanpak"
        ),
        "partner": "wijkwijzer",
        "resource_type": "dossier",
        "themes": ["samenwerken"],
        "audiences": BOTH,
        "summary": (
            "WijkWijzer legt uit wat een wijkaanpak is. "
            "Een goed begin als het onderwerp nieuw voor je is."
        ),
    },
    {
        "slug": "wijkwijzer-in-vijf-stappen",
        "title": "In vijf stappen naar een wijkaanpak",
        "url": "https://wijkwijzer.org/verdieping/in-vijf-stappen-naar-een-wijkaanpak",
        "partner": "wijkwijzer",
        "resource_type": "handreiking",
        "themes": ["samenwerken"],
        "audiences": PROS,
        "summary": (
            "WijkWijzer beschrijft vijf stappen naar een wijkaanpak. "
            "Je begint met een gedeeld besef: er moet iets gebeuren. "
            "Daarna breng je de wijk samen in beeld."
        ),
    },
    {
        "slug": "wijkwijzer-leernetwerk",
        "title": "Het leernetwerk van WijkWijzer",
        "url": "https://wijkwijzer.org/leernetwerk",
        "partner": "wijkwijzer",
        "resource_type": "leergang",
        "themes": ["samenwerken"],
        "audiences": PROS,
        "summary": (
            "In het leernetwerk leren mensen die aan wijken werken van elkaar. "
            "Je deelt wat goed ging en wat niet."
        ),
    },
    {
        "slug": "wijkwijzer-dashboard-zicht-op-wijken",
        "title": "Dashboard Zicht op Wijken",
        "url": "https://www.wijkwijzer.org/dashboard-zicht-op-wijken/",
        "partner": "wijkwijzer",
        "resource_type": "instrument",
        "themes": [
            "wonen",
            "werk-en-participatie",
            "onderwijs-en-opvoeding",
            "veiligheid-en-criminaliteit",
            "gezondheid-zorg-en-hulpverlening",
        ],
        "audiences": PROS,
        "summary": (
            "Een dashboard met cijfers over wijken. "
            "Zo zie je hoe een wijk ervoor staat."
        ),
    },
    {
        "slug": "wijkwijzer-samenleven-en-integratie",
        "title": "Samenleven & integratie",
        "url": (
            "https://wijkwijzer.org/verdieping/opgaven-in-de-wijk/"
            "samenleven-en-integratie"
        ),
        "partner": "wijkwijzer",
        "resource_type": "dossier",
        "themes": ["samenleven-en-integratie", "bewonersparticipatie"],
        "audiences": BOTH,
        "summary": (
            "WijkWijzer zet kennis over samenleven in de wijk bij elkaar. "
            "Het gaat over contact tussen buren en over verschillen. "
            "Ook polarisatie komt aan bod: groepen die uit elkaar groeien."
        ),
    },
    {
        "slug": "wijkwijzer-werk-en-participatie",
        "title": "Werk & participatie",
        "url": (
            "https://wijkwijzer.org/verdieping/opgaven-in-de-wijk/werk-participatie"
        ),
        "partner": "wijkwijzer",
        "resource_type": "dossier",
        "themes": ["werk-en-participatie"],
        "audiences": PROS,
        "summary": (
            "Een dossier over werk en meedoen in de wijk. "
            "Het gaat over banen, gelijke kansen en zin in je leven. "
            "Ook mensen die er alleen voor staan komen aan bod."
        ),
    },
    {
        "slug": "wijkwijzer-leefomgeving-en-openbare-ruimte",
        "title": "Leefomgeving & openbare ruimte",
        "url": (
            "https://wijkwijzer.org/verdieping/opgaven-in-de-wijk/"
            "leefomgeving-en-openbare-ruimte"
        ),
        "partner": "wijkwijzer",
        "resource_type": "dossier",
        "themes": [
            "leefomgeving-en-openbare-ruimte",
            "gezondheid-zorg-en-hulpverlening",
            "duurzaamheid",
        ],
        "audiences": BOTH,
        "summary": (
            "Een dossier over straten, pleinen en groen in de wijk. "
            "Het gaat over zwerfvuil, veilig verkeer en meer groen. "
            "Ook bewegen en contact met buren komen aan bod."
        ),
    },
    {
        "slug": "wijkwijzer-platteland",
        "title": "Leefbaarheid en veiligheid op het platteland",
        "url": (
            "https://wijkwijzer.org/actueel/onderzoek/"
            "leefbaarheid-en-veiligheid-op-het-platteland"
        ),
        "partner": "wijkwijzer",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["leefomgeving-en-openbare-ruimte", "veiligheid-en-criminaliteit"],
        "audiences": PROS,
        "summary": (
            "Hoe prettig en veilig is het leven in dorpen? "
            "Dit onderzoek kijkt naar het platteland. "
            "Het geeft ideeën voor wie daar aan de slag wil."
        ),
    },
    # Platform31 --------------------------------------------------------------
    {
        "slug": "platform31-leefbare-wijken",
        "title": "Thema leefbare wijken en buurten",
        "url": "https://www.platform31.nl/thema-s/thema-leefbare-wijken-en-buurten",
        "partner": "platform31",
        "resource_type": "dossier",
        "themes": ["leefomgeving-en-openbare-ruimte", "wonen", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Platform31 zet hier kennis over fijne wijken en buurten bij elkaar. "
            "Een goed begin als je je wilt inlezen."
        ),
    },
    {
        "slug": "platform31-wijkengids",
        "title": "Wijkengids: leeswijzer",
        "url": (
            "https://www.platform31.nl/wijkengids/1-vooraf/"
            "1-9-hoe-deze-wijkengids-is-opgebouwd-leeswijzer"
        ),
        "partner": "platform31",
        "resource_type": "handreiking",
        "themes": ["samenwerken", "leefomgeving-en-openbare-ruimte"],
        "audiences": PROS,
        "summary": (
            "De leeswijzer van de Wijkengids van Platform31. "
            "Je ziet hoe de gids is opgebouwd. "
            "Zo vind je snel het deel dat je nodig hebt."
        ),
    },
    {
        "slug": "platform31-wijkengids-vooraf",
        "title": "1. Vooraf (Wijkengids)",
        "url": "https://www.platform31.nl/wijkengids/1-vooraf",
        "partner": "platform31",
        "resource_type": "handreiking",
        "themes": ["samenwerken", "leefomgeving-en-openbare-ruimte"],
        "audiences": PROS,
        "summary": (
            "Dit is het begin van de Wijkengids van Platform31. "
            "De gids is er voor wie aan een wijkaanpak werkt. "
            "Je leest ook over het beleid voor wijken van vroeger."
        ),
    },
    {
        "slug": "platform31-wijkengids-inspirerende-projecten",
        "title": "2.4.4 Enkele inspirerende projecten (Wijkengids)",
        "url": (
            "https://www.platform31.nl/wijkengids/"
            "2-de-wijkaanpak-door-de-jaren-heen/2-4-4-enkele-inspirerende-projecten"
        ),
        "partner": "platform31",
        "resource_type": "praktijkvoorbeeld",
        "themes": [
            "samenwerken",
            "veiligheid-en-criminaliteit",
            "gezondheid-zorg-en-hulpverlening",
        ],
        "audiences": PROS,
        "summary": (
            "In dit deel van de Wijkengids staan korte voorbeelden uit wijken. "
            "Ze gaan over veiligheid, gezondheid en samenwerken. "
            "Zo zie je wat anderen al deden."
        ),
    },
    {
        "slug": "platform31-wijkengids-kennisbanken",
        "title": "6.8 Kennisbanken (effectieve) wijkinterventies (Wijkengids)",
        "url": (
            "https://www.platform31.nl/wijkengids/6-hoe-blijf-je-op-koers/"
            "6-8-kennisbanken-effectieve-wijkinterventies"
        ),
        "partner": "platform31",
        "resource_type": "instrument",
        "themes": ["samenwerken"],
        "audiences": PROS,
        "summary": (
            "Platform31 zet hier kennisbanken op een rij. "
            "Daarin vind je aanpakken voor de wijk, soms met bewijs dat ze "
            "werken. Een voorbeeld is Wat Werkt in de Wijk."
        ),
    },
    {
        "slug": "platform31-wijkengids-signaleren-en-inzicht",
        "title": "10.2 Signaleren en inzicht (Wijkengids)",
        "url": (
            "https://www.platform31.nl/wijkengids/10-wijkveiligheid/"
            "10-2-signaleren-en-inzicht"
        ),
        "partner": "platform31",
        "resource_type": "handreiking",
        "themes": ["veiligheid-en-criminaliteit", "bewonersparticipatie"],
        "audiences": PROS,
        "summary": (
            "Dit deel van de Wijkengids gaat over veiligheid in de wijk. "
            "Hoe zie je wat er speelt? En hoe laat je bewoners daarbij meedoen?"
        ),
    },
    {
        "slug": "platform31-gegevensdeling-jeugdoverlast",
        "title": "Lokale gegevensdeling om jeugdoverlast te bestrijden",
        "url": (
            "https://www.platform31.nl/artikelen/"
            "lokale-gegevensdeling-om-jeugdoverlast-te-bestrijden/"
        ),
        "partner": "platform31",
        "resource_type": "artikel",
        "themes": ["veiligheid-en-criminaliteit", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Een artikel over overlast door jongeren. "
            "Wanneer mogen partners in de wijk gegevens met elkaar delen? "
            "Het gaat ook over de regels voor privacy, met een voorbeeld uit "
            "Den Haag."
        ),
        "year": 2023,
    },
    {
        "slug": "platform31-nieuwe-aandacht-voor-de-wijk",
        "title": "Nieuwe aandacht voor de wijk",
        "url": (
            "https://kennisvanstadenregio.nl/verdieping/stedelijke-vernieuwing/"
            "zeventig-jaar-stedelijke-vernieuwing/nieuwe-aandacht-voor-de-wijk"
        ),
        "partner": "platform31",
        "resource_type": "dossier",
        "themes": ["leefomgeving-en-openbare-ruimte", "wonen"],
        "audiences": PROS,
        "summary": (
            "Dit stuk hoort bij een reeks over zeventig jaar vernieuwing van "
            "steden. Je leest hoe de wijk weer aandacht kreeg. "
            "Het staat op de site Kennis van stad en regio."
        ),
    },
    {
        "slug": "platform31-domeinen-koppelen",
        "title": (
            "Domeinen koppelen in de gebiedsgerichte aanpak van kwetsbare wijken – "
            "Lessen uit de interviewreeks ‘Domeinoverstijgende gebiedsgerichte "
            "aanpakken’"
        ),
        "url": (
            "https://www.platform31.nl/publicaties/"
            "domeinen-koppelen-in-de-gebiedsgerichte-aanpak-van-kwetsbare-wijken"
        ),
        "partner": "platform31",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["samenwerken", "leefomgeving-en-openbare-ruimte"],
        "audiences": PROS,
        "summary": (
            "Platform31 sprak met bestuurders over een brede aanpak van wijken. "
            "In deze publicatie staan de lessen uit die gesprekken. "
            "Het gaat om samenwerken over de grens van je eigen vak heen."
        ),
        "year": 2021,
    },
    {
        "slug": "platform31-masterclasses-ondermijning",
        "title": "Masterclasses Aanpak ondermijning in de wijk",
        "url": (
            "https://www.platform31.nl/thema-s/thema-veilige-samenleving/"
            "aanpak-ondermijning-in-de-wijk/masterclasses-aanpak-ondermijning-in-de-wijk"
        ),
        "partner": "platform31",
        "resource_type": "video-of-webinar",
        "themes": ["veiligheid-en-criminaliteit", "onderwijs-en-opvoeding"],
        "audiences": PROS,
        "summary": (
            "Platform31 gaf lessen over ondermijning in de wijk. "
            "Ondermijning is misdaad die de gewone wereld in sluipt. "
            "De lessen waren voor gemeenten en mensen in de wijk, ook op school."
        ),
        "year": 2021,
    },
    {
        "slug": "platform31-aardgasvrije-wijken",
        "title": "Community of practice: aardgasvrije wijken",
        "url": (
            "https://www.platform31.nl/thema-s/energietransitie/"
            "lerend-netwerk-op-naar-aardgasvrije-wijken"
        ),
        "partner": "platform31",
        "resource_type": "leergang",
        "themes": ["duurzaamheid", "bewonersparticipatie"],
        "audiences": PROS,
        "summary": (
            "In deze groep leren gemeenten van elkaar over wijken zonder gas. "
            "Hoe neem je samen een besluit? En wat doen bewoners zelf?"
        ),
    },
    {
        "slug": "platform31-armoede-en-gezondheid",
        "title": "Armoede en gezondheid",
        "url": (
            "https://www.platform31.nl/thema-s/thema-gezondheid-en-welzijn/gezond-in/"
            "armoede-en-gezondheid"
        ),
        "partner": "platform31",
        "resource_type": "dossier",
        "themes": ["werk-en-participatie", "gezondheid-zorg-en-hulpverlening"],
        "audiences": PROS,
        "summary": (
            "Platform31 deelt kennis over armoede en gezondheid. "
            "Je leest over geldzorgen, stress en hoe je problemen voor bent. "
            "Er is ook een reeks gesprekken."
        ),
    },
    # Verwey-Jonker Instituut ---------------------------------------------------
    {
        "slug": "verwey-jonker-buurten-en-leefbaarheid",
        "title": "Buurten en leefbaarheid",
        "url": "https://www.verwey-jonker.nl/thema/buurten-leefbaarheid/",
        "partner": "verwey-jonker-instituut",
        "resource_type": "dossier",
        "themes": [
            "leefomgeving-en-openbare-ruimte",
            "veiligheid-en-criminaliteit",
            "samenleven-en-integratie",
        ],
        "audiences": PROS,
        "summary": (
            "Verwey-Jonker doet onderzoek naar buurten. "
            "Op deze pagina zie je een overzicht. Het gaat over plannen van "
            "bewoners, spanning tussen groepen en werk met jongeren."
        ),
    },
    {
        "slug": "verwey-jonker-kis-wijkmonitor",
        "title": "KIS Wijkmonitor brengt de wijk in kaart",
        "url": (
            "https://www.verwey-jonker.nl/artikel/kis-wijkmonitor-brengt-de-wijk-in-kaart/"
        ),
        "partner": "verwey-jonker-instituut",
        "resource_type": "artikel",
        "themes": [
            "leefomgeving-en-openbare-ruimte",
            "samenwerken",
            "samenleven-en-integratie",
        ],
        "audiences": PROS,
        "summary": (
            "Een artikel over de KIS Wijkmonitor. "
            "Die geeft cijfers over een wijk en de mensen die er wonen. "
            "Het gaat ook over gelijke kansen."
        ),
        "year": 2021,
    },
    {
        "slug": "verwey-jonker-wereld-in-wijken-te-winnen",
        "title": (
            "Een wereld in wijken te winnen – Over de justitiële functie bij "
            "sociale achterstand"
        ),
        "url": (
            "https://www.verwey-jonker.nl/publicatie/"
            "een-wereld-in-wijken-te-winnen-over-de-justitiale-functie-bij-sociale-achterstand/"
        ),
        "partner": "verwey-jonker-instituut",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["veiligheid-en-criminaliteit", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Een essay over de rol van justitie in wijken met achterstand. "
            "Het gaat over recht doen dicht bij de mensen in de wijk. "
            "Ook drugs en misdaad komen aan bod."
        ),
        "year": 2020,
    },
    {
        "slug": "verwey-jonker-platteland-in-beeld",
        "title": (
            "Het platteland in beeld – Aandacht voor de leefbaarheid en veiligheid"
        ),
        "url": "https://www.verwey-jonker.nl/publicatie/het-platteland-in-beeld/",
        "partner": "verwey-jonker-instituut",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["leefomgeving-en-openbare-ruimte", "veiligheid-en-criminaliteit"],
        "audiences": PROS,
        "summary": (
            "Dit onderzoek kijkt naar dorpen en het platteland. "
            "Hoe prettig en veilig is het daar om te wonen? "
            "En hoe pak je dat in één keer breed aan?"
        ),
        "year": 2022,
    },
    # Movisie -----------------------------------------------------------------
    {
        "slug": "movisie-databank-effectieve-interventies",
        "title": "Databank Effectieve sociale interventies",
        "url": (
            "https://www.movisie.nl/databank-effectieve-sociale-interventies/"
            "over-databank"
        ),
        "partner": "movisie",
        "resource_type": "instrument",
        "themes": [
            "gezondheid-zorg-en-hulpverlening",
            "samenleven-en-integratie",
            "werk-en-participatie",
        ],
        "audiences": PROS,
        "summary": (
            "In deze databank staan sociale aanpakken die goed onderzocht zijn. "
            "Per aanpak zie je hoe sterk het bewijs is dat hij werkt."
        ),
    },
    {
        "slug": "movisie-wijkwijzer-kennisplatform",
        "title": "WijkWijzer: kennisplatform over leefbaarheid en veiligheid",
        "url": (
            "https://www.movisie.nl/artikel/"
            "wijkwijzer-kennisplatform-over-leefbaarheid-veiligheid"
        ),
        "partner": "movisie",
        "resource_type": "artikel",
        "themes": ["samenwerken", "veiligheid-en-criminaliteit"],
        "audiences": PROS,
        "summary": (
            "Movisie schrijft over WijkWijzer. "
            "Dat is een plek met kennis over fijne en veilige wijken. "
            "Movisie is een van de partners."
        ),
    },
    {
        "slug": "movisie-sociale-basis-nieuwe-gedaanten",
        "title": "De sociale basis keert terug in nieuwe gedaanten",
        "url": "https://www.movisie.nl/artikel/sociale-basis-keert-terug-nieuwe-gedaanten",
        "partner": "movisie",
        "resource_type": "artikel",
        "themes": ["samenwerken", "samenleven-en-integratie"],
        "audiences": PROS,
        "summary": (
            "De sociale basis is wat mensen in de buurt samen doen en voor elkaar "
            "regelen. Movisie kijkt hoe die basis in nieuwe vormen terugkomt. "
            "Ook de rol van professionals komt aan bod."
        ),
    },
    {
        "slug": "movisie-sociale-basis-niet-aansturen",
        "title": "‘Je kunt de sociale basis niet aansturen’",
        "url": "https://www.movisie.nl/artikel/je-kunt-sociale-basis-niet-aansturen",
        "partner": "movisie",
        "resource_type": "artikel",
        "themes": ["samenwerken", "bewonersparticipatie"],
        "audiences": PROS,
        "summary": (
            "Een artikel over opbouwwerk en de sociale basis in de wijk. "
            "Wat kan sociaal werk daarin doen? "
            "En waarom kun je de sociale basis niet sturen?"
        ),
        "year": 2019,
    },
    {
        "slug": "movisie-speelveld-bewonersinitiatieven",
        "title": (
            "Het speelveld van bewonersinitiatieven: actieve bewoners, "
            "professionals en de lokale overheid"
        ),
        "url": (
            "https://www.movisie.nl/artikel/"
            "speelveld-bewonersinitiatieven-actieve-bewoners-professionals-lokale-overheid"
        ),
        "partner": "movisie",
        "resource_type": "artikel",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": BOTH,
        "summary": (
            "Wie doet wat als bewoners zelf iets opzetten? "
            "Dit artikel kijkt naar de rol van bewoners, professionals en de "
            "gemeente. Het hoort bij een reeks artikelen."
        ),
    },
    {
        "slug": "movisie-waarde-bewonersinitiatieven",
        "title": "De waarde van bewonersinitiatieven voor de buurt en haar bewoners",
        "url": (
            "https://www.movisie.nl/publicatie/waarde-bewonersinitiatieven-buurt-haar-bewoners"
        ),
        "partner": "movisie",
        "resource_type": "praktijkvoorbeeld",
        "themes": [
            "bewonersparticipatie",
            "samenleven-en-integratie",
            "leefomgeving-en-openbare-ruimte",
        ],
        "audiences": BOTH,
        "summary": (
            "Wat levert een plan van bewoners op voor de buurt? "
            "Movisie kijkt naar een buurttuin in Barendrecht. "
            "Het gaat ook over omzien naar elkaar."
        ),
    },
    {
        "slug": "movisie-magazine-de-sleutel",
        "title": "Magazine bewonersinitiatief De Sleutel",
        "url": "https://www.movisie.nl/publicatie/magazine-bewonersinitiatief-sleutel",
        "partner": "movisie",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["bewonersparticipatie", "samenleven-en-integratie"],
        "audiences": BOTH,
        "summary": (
            "Een blad over De Sleutel, een plan van bewoners in een wijk. "
            "Het vertelt wat er door De Sleutel veranderde. "
            "Het blad komt uit een onderzoek naar wat zulke plannen opleveren."
        ),
        "year": 2023,
    },
    {
        "slug": "movisie-leefbaarheid-en-veiligheid",
        "title": "Leefbaarheid en veiligheid: waar hebben we het over?",
        "url": "https://www.movisie.nl/artikel/leefbaarheid-veiligheid-waar-hebben-we-over",
        "partner": "movisie",
        "resource_type": "artikel",
        "themes": ["leefomgeving-en-openbare-ruimte", "veiligheid-en-criminaliteit"],
        "audiences": PROS,
        "summary": (
            "Wat bedoelen we met leefbaar en veilig? "
            "Dit artikel legt de woorden uit. "
            "Het gaat ook over de krachtwijken van vroeger en over WijkWijzer."
        ),
        "year": 2021,
    },
    {
        "slug": "movisie-wij-in-de-wijk-4",
        "title": "‘Volop positieve dynamiek in wijken, buurten en dorpen’",
        "url": (
            "https://www.movisie.nl/publicatie/volop-positieve-dynamiek-wijken-buurten-dorpen"
        ),
        "partner": "movisie",
        "resource_type": "praktijkvoorbeeld",
        "themes": [
            "bewonersparticipatie",
            "samenleven-en-integratie",
            "leefomgeving-en-openbare-ruimte",
        ],
        "audiences": BOTH,
        "summary": (
            "Dit is het vierde deel van de reeks Wij in de Wijk. "
            "Het bundelt voorbeelden uit wijken, buurten en dorpen. "
            "Het gaat over mensen die naar elkaar omkijken."
        ),
        "year": 2022,
    },
    {
        "slug": "movisie-wij-in-de-wijk-bundel",
        "title": (
            "Bundel ‘Wij in de wijk’ biedt inspiratie voor sociale cohesie in "
            "buurten en wijken"
        ),
        "url": "https://www.movisie.nl/wijindewijk",
        "partner": "movisie",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["samenleven-en-integratie", "bewonersparticipatie", "samenwerken"],
        "audiences": BOTH,
        "summary": (
            "Een bundel met zeven voorbeelden uit buurten en wijken. "
            "Je leest hoe mensen elkaar ontmoeten. "
            "Kleine plannen slaan bruggen tussen buren."
        ),
        "year": 2020,
    },
    {
        "slug": "movisie-armoede-en-schulden",
        "title": "Wat werkt bij de aanpak van armoede en schulden",
        "url": "https://www.movisie.nl/publicatie/wat-werkt-aanpak-armoede-schulden",
        "partner": "movisie",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["werk-en-participatie", "gezondheid-zorg-en-hulpverlening"],
        "audiences": PROS,
        "summary": (
            "Movisie zet op een rij wat helpt bij armoede en schulden. "
            "Je leest welke delen van een aanpak werken. "
            "Er hoort ook een kist met hulpmiddelen bij."
        ),
        "year": 2020,
    },
    {
        "slug": "movisie-podcast-wij-in-de-wijk",
        "title": "Podcastserie Wij in de Wijk: werken aan leefbare wijken en buurten",
        "url": (
            "https://www.movisie.nl/artikel/"
            "podcastserie-wij-wijk-werken-aan-leefbare-wijken-buurten"
        ),
        "partner": "movisie",
        "resource_type": "video-of-webinar",
        "themes": [
            "bewonersparticipatie",
            "leefomgeving-en-openbare-ruimte",
            "samenleven-en-integratie",
        ],
        "audiences": BOTH,
        "summary": (
            "In deze podcasts hoor je over plannen van mensen in hun eigen buurt. "
            "Het gaat over samenleven. "
            "De verhalen komen onder meer uit Utrecht en Zutphen."
        ),
        "year": 2021,
    },
    # CCV ---------------------------------------------------------------------
    {
        "slug": "ccv-hoe-helpt-het-ccv",
        "title": "Hoe helpt het CCV jou als gemeente?",
        "url": (
            "https://hetccv.nl/themas/integraal-veiligheidsbeleid/"
            "integraal-veiligheidsbeleid/hoe-helpt-het-ccv-jou-als-gemeente/"
        ),
        "partner": "ccv",
        "resource_type": "programma-of-website",
        "themes": ["veiligheid-en-criminaliteit", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Het CCV legt uit hoe het gemeenten helpt. "
            "Bijvoorbeeld bij drugs en bij jongeren die in de misdaad kunnen "
            "raken. Ook een wijkaanpak die misdaad voorkomt komt aan bod."
        ),
    },
    {
        "slug": "ccv-zicht-op-ondermijning",
        "title": "Diverse gemeenten: Zicht op ondermijning",
        "url": (
            "https://hetccv.nl/themas/integraal-veiligheidsbeleid/"
            "informatiepositie-gemeenten/datagestuurd-werken-voorbeeldgemeenten/"
            "diverse-gemeenten-zicht-op-ondermijning/"
        ),
        "partner": "ccv",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["veiligheid-en-criminaliteit"],
        "audiences": PROS,
        "summary": (
            "Hoe ziet een gemeente waar misdaad zich in de wijk nestelt? "
            "In dit voorbeeld werken gemeenten met cijfers op een dashboard. "
            "Zo willen ze misdaad eerder voorkomen."
        ),
    },
    {
        "slug": "ccv-met-hulp-van-het-ccv",
        "title": '"Met hulp van het CCV doen we het nog beter"',
        "url": (
            "https://hetccv.nl/advies-en-training/actueel/actueel-detail/article/"
            "met-hulp-van-het-ccv-doen-we-het-nog-beter/"
        ),
        "partner": "ccv",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["veiligheid-en-criminaliteit", "wonen"],
        "audiences": PROS,
        "summary": (
            "Een voorbeeld uit de gemeente Nuenen. "
            "Het gaat over een brede aanpak van plekken met woonwagens. "
            "Het CCV hielp de gemeente daarbij."
        ),
    },
    {
        "slug": "ccv-vormen-van-burgerparticipatie",
        "title": "Vormen van burgerparticipatie",
        "url": (
            "https://hetccv.nl/onderwerpen/burgerparticipatie-en-veiligheid/"
            "kennis-over-burgerparticipatie/vormen-van-burgerparticipatie/"
        ),
        "partner": "ccv",
        "resource_type": "dossier",
        "themes": ["veiligheid-en-criminaliteit", "bewonersparticipatie"],
        "audiences": BOTH,
        "summary": (
            "Bewoners kunnen op veel manieren helpen om de buurt veilig te houden. "
            "Denk aan buurtpreventie of hulp bij ruzie tussen buren. "
            "Het CCV zet de vormen op een rij."
        ),
    },
    {
        "slug": "ccv-politiekeurmerk-gemeente",
        "title": "Gemeente bepalende schakel bij succes PKVW",
        "url": (
            "https://www.politiekeurmerk.nl/2019/03/04/"
            "gemeente-bepalende-schakel-bij-succes-pkvw/"
        ),
        "partner": "ccv",
        "resource_type": "artikel",
        "themes": ["veiligheid-en-criminaliteit", "wonen"],
        "audiences": PROS,
        "summary": (
            "PKVW staat voor Politiekeurmerk Veilig Wonen. "
            "Dit keurmerk helpt om inbraak te voorkomen. "
            "Het artikel gaat over de rol van de gemeente daarbij."
        ),
        "year": 2019,
    },
    {
        "slug": "ccv-woonoverlast-dossieropbouw",
        "title": "Dossieropbouw (Woonoverlast – gedragsaanwijzing)",
        "url": "https://www.hetccv-woonoverlast.nl/gedragsaanwijziging/dossieropbouw",
        "partner": "ccv",
        "resource_type": "handreiking",
        "themes": ["veiligheid-en-criminaliteit", "wonen"],
        "audiences": PROS,
        "summary": (
            "De burgemeester kan iemand die veel overlast geeft een gedragsaanwijzing "
            "geven. Daarvoor is bewijs nodig. "
            "Het CCV legt uit hoe je dat bewijs verzamelt."
        ),
    },
    {
        "slug": "ccv-integraal-veiligheidsplan",
        "title": "Opstellen integraal veiligheidsplan",
        "url": (
            "https://hetccv.nl/themas/integraal-veiligheidsbeleid/"
            "integraal-veiligheidsbeleid/opstellen-integraal-veiligheidsplan/"
        ),
        "partner": "ccv",
        "resource_type": "handreiking",
        "themes": ["veiligheid-en-criminaliteit", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Elke gemeente maakt een plan voor veiligheid. "
            "Het CCV legt uit hoe je zo'n plan opstelt. "
            "Ook lees je hoe je het plan daarna uitvoert."
        ),
    },
    # LPB ---------------------------------------------------------------------
    {
        "slug": "lpb-deelnemers-wijklabs",
        "title": "Deelnemers gezocht voor de Wijklabs",
        "url": "https://lpb.nl/nieuws/nieuws-bericht/deelnemers-gezocht-voor-de-wijklabs/",
        "partner": "lpb",
        "resource_type": "artikel",
        "themes": ["samenwerken"],
        "audiences": PROS,
        "summary": (
            "Het LPB zocht in 2022 deelnemers voor Wijklabs. "
            "In een Wijklab geeft een groep kenners advies over een wijk. "
            "Het gaat om het wijkplan en om wie er samen aan werkt."
        ),
        "year": 2022,
    },
    {
        "slug": "lpb-25-jaar",
        "title": "25 jaar LPB: Van wijkgericht werken naar werken in wijken",
        "url": (
            "https://lpb.nl/blog-vlog/blog-vlog-bericht/"
            "van-wijkgericht-werken-naar-werken-in-wijken/"
        ),
        "partner": "lpb",
        "resource_type": "artikel",
        "themes": ["samenwerken"],
        "audiences": PROS,
        "summary": (
            "Het LPB bestond in 2019 vijfentwintig jaar. "
            "In dit stuk kijkt het terug op werken in de wijk. "
            "Welke lessen zijn er geleerd?"
        ),
        "year": 2019,
    },
    {
        "slug": "lpb-buurten-in-eindhoven",
        "title": "Buurten in Eindhoven, Omzien naar elkaar",
        "url": (
            "https://lpb.nl/congres-2022-eindhoven/buurten-in-eindhoven-omzien-naar-elkaar/"
        ),
        "partner": "lpb",
        "resource_type": "artikel",
        "themes": [
            "samenwerken",
            "leefomgeving-en-openbare-ruimte",
            "samenleven-en-integratie",
        ],
        "audiences": PROS,
        "summary": (
            "In 2022 was het congres van het LPB in Eindhoven. "
            "Dit stuk gaat over de buurten in die stad. "
            "Het gaat over omzien naar elkaar en over vertrouwen."
        ),
        "year": 2022,
    },
    {
        "slug": "lpb-over-de-organisatie",
        "title": "Over De Organisatie",
        "url": "https://lpbcongres.nl/over-de-organisatie/",
        "partner": "lpb",
        "resource_type": "programma-of-website",
        "themes": ["samenwerken"],
        "audiences": PROS,
        "summary": (
            "Op de site van het congres lees je wie het LPB is. "
            "Het LPB is een netwerk van mensen die in wijken werken. "
            "Het houdt elk jaar een congres en een kleinere bijeenkomst."
        ),
    },
    {
        "slug": "lpb-belang-bewonersinitiatieven",
        "title": (
            "Publicatie: Het belang van bewonersinitiatieven voor bewoner, wijk en "
            "gemeente"
        ),
        "url": "https://lpb.nl/nieuws/nieuws-bericht/het-belang-van-bewonersinitiatieven/",
        "partner": "lpb",
        "resource_type": "artikel",
        "themes": ["bewonersparticipatie", "samenleven-en-integratie"],
        "audiences": BOTH,
        "summary": (
            "Het LPB meldt een publicatie over plannen van bewoners. "
            "Wat hebben de bewoner, de wijk en de gemeente eraan? "
            "Het gaat over ontmoeting en over talent."
        ),
        "year": 2023,
    },
    {
        "slug": "lpb-wendbare-wijkaanpak",
        "title": "Publicatie: Platform31 – Naar een wendbare wijkaanpak",
        "url": "https://lpb.nl/nieuws/nieuws-bericht/publicatie-naar-wendbare-wijkaanpak/",
        "partner": "lpb",
        "resource_type": "artikel",
        "themes": ["samenwerken", "leefomgeving-en-openbare-ruimte"],
        "audiences": PROS,
        "summary": (
            "Het LPB meldt een essay van Platform31 over een wendbare wijkaanpak. "
            "Dat is een aanpak die meebeweegt als de wijk verandert."
        ),
        "year": 2018,
    },
    {
        "slug": "lpb-wijk-in-zicht",
        "title": (
            "Wijk in zicht: Kwalitatief onderzoek naar de dynamiek van leefbaarheid "
            "in kwetsbare wijken"
        ),
        "url": (
            "https://lpb.nl/nieuws/nieuws-bericht/"
            "wijk-in-zicht-kwalitatief-onderzoek-naar-de-dynamiek-van-leefbaarheid-in-kwetsbare-wijken/"
        ),
        "partner": "lpb",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["leefomgeving-en-openbare-ruimte", "wonen"],
        "audiences": PROS,
        "summary": (
            "Het LPB meldt een onderzoek in elf wijken met veel zorgen. "
            "Waarom gaat het in een buurt achteruit? "
            "En wat kun je doen om dat te keren?"
        ),
        "year": 2020,
    },
    {
        "slug": "lpb-programma-leefbaarheid-en-veiligheid",
        "title": "Programma Leefbaarheid en Veiligheid",
        "url": "https://lpb.nl/samenwerking-leefbaarheid-en-veiligheid/",
        "partner": "lpb",
        "resource_type": "programma-of-website",
        "themes": ["samenwerken", "leefomgeving-en-openbare-ruimte"],
        "audiences": PROS,
        "summary": (
            "Het LPB vertelt hoe het meedoet aan het programma Leefbaarheid en "
            "Veiligheid. Het deelt er kennis met mensen die in wijken werken. "
            "Ook WijkWijzer komt aan bod."
        ),
    },
    # Ministerie van BZK --------------------------------------------------------
    {
        "slug": "bzk-nationaal-programma",
        "title": "Nationaal Programma Leefbaarheid en Veiligheid",
        "url": (
            "https://www.volkshuisvestingnederland.nl/onderwerpen/"
            "programma-leefbaarheid-en-veiligheid"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "programma-of-website",
        "themes": [
            "leefomgeving-en-openbare-ruimte",
            "veiligheid-en-criminaliteit",
            "samenwerken",
        ],
        "audiences": BOTH,
        "summary": (
            "Het Rijk legt uit wat het Nationaal Programma Leefbaarheid en "
            "Veiligheid is. Het loopt vijftien tot twintig jaar. "
            "Het is voor wijken met veel zorgen."
        ),
    },
    {
        "slug": "bzk-programma-leefbaarheid-en-veiligheid",
        "title": "Programma Leefbaarheid en Veiligheid",
        "url": (
            "https://www.volkshuisvestingnederland.nl/onderwerpen/dossier-leefbaarheid/"
            "alle-illustratieve-artikelen/programma-leefbaarheid-en-veiligheid"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "programma-of-website",
        "themes": ["leefomgeving-en-openbare-ruimte", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Dit programma ging vooraf aan het Nationaal Programma. "
            "Het Rijk en gemeenten werkten samen aan wijken met veel zorgen. "
            "Ze deelden ook hun kennis."
        ),
    },
    {
        "slug": "bzk-kennis-openbaar-bestuur",
        "title": "Leefbaarheid en veiligheid (Kennis Openbaar Bestuur)",
        "url": "https://www.kennisopenbaarbestuur.nl/themas/leefbaarheid-en-veiligheid",
        "partner": "ministerie-van-bzk",
        "resource_type": "dossier",
        "themes": [
            "leefomgeving-en-openbare-ruimte",
            "veiligheid-en-criminaliteit",
            "onderwijs-en-opvoeding",
            "werk-en-participatie",
        ],
        "audiences": PROS,
        "summary": (
            "Op deze site van het Rijk staat kennis over leefbaar en veilig wonen. "
            "Het gaat over gebieden waar problemen zich opstapelen. "
            "Ook school en armoede komen aan bod."
        ),
    },
    {
        "slug": "bzk-spuk-voorbeelden",
        "title": "Voorbeelden uit de gebieden (SPUK Kansrijke Wijk)",
        "url": (
            "https://www.leefbaarenveilig.nl/rijksregelingen/spuk-kansrijke-wijk/"
            "voorbeelden-uit-de-gebieden"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["onderwijs-en-opvoeding", "leefomgeving-en-openbare-ruimte"],
        "audiences": PROS,
        "summary": (
            "Voorbeelden van wat wijken doen met geld uit de regeling SPUK "
            "Kansrijke Wijk. Veel gaat over school. "
            "Denk aan een langere of rijkere schooldag."
        ),
    },
    {
        "slug": "bzk-spuk-veelgestelde-vragen",
        "title": "Veelgestelde vragen SPUK Kansrijke Wijk 2023-2025",
        "url": (
            "https://www.leefbaarenveilig.nl/rijksregelingen/spuk-kansrijke-wijk/"
            "spuk-kansrijke-wijk-2023-2025/veelgestelde-vragen-spuk-kansrijke-wijk-2023-2025"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "handreiking",
        "themes": ["samenwerken", "onderwijs-en-opvoeding"],
        "audiences": PROS,
        "summary": (
            "Antwoorden op vragen over de regeling SPUK Kansrijke Wijk. "
            "Bijvoorbeeld over de aanvraag en het geld. "
            "Handig voor gemeenten die geld willen aanvragen."
        ),
        "year": 2023,
    },
    {
        "slug": "bzk-jonge-aanwas",
        "title": "Extra geld voor aanpak jonge aanwas criminaliteit in 15 gemeenten",
        "url": (
            "https://www.rijksoverheid.nl/actueel/nieuws/2022/04/26/"
            "extra-geld-voor-aanpak-jonge-aanwas-criminaliteit-in-15-gemeenten"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "artikel",
        "themes": ["veiligheid-en-criminaliteit", "onderwijs-en-opvoeding"],
        "audiences": PROS,
        "summary": (
            "Een bericht van het Rijk uit 2022. "
            "Vijftien gemeenten kregen extra geld. "
            "Daarmee willen ze voorkomen dat jongeren in de misdaad belanden."
        ),
        "year": 2022,
    },
    {
        "slug": "bzk-400-miljoen-juli-2025",
        "title": (
            "€ 400 miljoen beschikbaar voor versterken leefbaarheid in NPLV-gebieden"
        ),
        "url": (
            "https://www.rijksoverheid.nl/actueel/nieuws/2025/07/01/"
            "400%E2%80%AFmiljoen-euro-beschikbaar-voor-versterken-leefbaarheid-in-"
            "nplv-gebieden"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "artikel",
        "themes": ["werk-en-participatie", "onderwijs-en-opvoeding"],
        "audiences": PROS,
        "summary": (
            "Een bericht van het Rijk uit 2025. "
            "Het gaat over geld voor de gebieden van het Nationaal Programma. "
            "Gemeenten kunnen het aanvragen voor kansen, werk en hulp bij "
            "geldzorgen."
        ),
        "year": 2025,
    },
    {
        "slug": "bzk-400-miljoen-december-2025",
        "title": (
            "€400 miljoen voor SPUK Kansrijke Wijk: zo zetten NPLV-gebieden de "
            "middelen in"
        ),
        "url": (
            "https://www.rijksoverheid.nl/actueel/nieuws/2025/12/11/"
            "%E2%82%AC400-miljoen-voor-spuk-kansrijke-wijk-zo-zetten-nplv-gebieden-"
            "de-middelen-in"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "artikel",
        "themes": ["onderwijs-en-opvoeding", "werk-en-participatie"],
        "audiences": PROS,
        "summary": (
            "Een bericht van het Rijk uit 2025. "
            "Je leest hoe de gebieden van het Nationaal Programma het geld "
            "inzetten. Veel gaat naar school en naar talent van kinderen."
        ),
        "year": 2025,
    },
    # Aedes -------------------------------------------------------------------
    {
        "slug": "aedes-leefbare-en-veilige-wijken",
        "title": "Leefbare en veilige wijken",
        "url": "https://aedes.nl/leefbare-en-veilige-wijken/leefbare-en-veilige-wijken",
        "partner": "aedes",
        "resource_type": "dossier",
        "themes": [
            "leefomgeving-en-openbare-ruimte",
            "wonen",
            "veiligheid-en-criminaliteit",
        ],
        "audiences": PROS,
        "summary": (
            "Aedes zet kennis over fijne en veilige wijken bij elkaar. "
            "Het gaat over de rol van woningcorporaties. "
            "Je vindt ook voorbeelden uit de praktijk."
        ),
    },
    {
        "slug": "aedes-rigo-rapport",
        "title": (
            "Leefbaarheid: Corporaties en Aedes aan de slag met resultaten RIGO-rapport"
        ),
        "url": (
            "https://www.aedes.nl/artikelen/klant-en-wonen/wijkaanpak-en-leefbaarheid/"
            "leefbaarheid/leefbaarheid-corporaties-en-aedes-aan-de-slag-met-resultaten-"
            "rigo-rapport.html"
        ),
        "partner": "aedes",
        "resource_type": "artikel",
        "themes": ["leefomgeving-en-openbare-ruimte", "wonen"],
        "audiences": PROS,
        "summary": (
            "Het bureau RIGO deed onderzoek naar wijken met veel zorgen. "
            "In dit artikel lees je wat corporaties en Aedes met de uitkomst doen."
        ),
        "year": 2018,
    },
    {
        "slug": "aedes-vitale-wijken",
        "title": "Vitale wijken",
        "url": "https://aedes.nl/politiek/vitale-wijken",
        "partner": "aedes",
        "resource_type": "artikel",
        "themes": [
            "wonen",
            "leefomgeving-en-openbare-ruimte",
            "veiligheid-en-criminaliteit",
        ],
        "audiences": PROS,
        "summary": (
            "Dit is wat Aedes vindt van de aanpak van wijken. "
            "Het gaat over een landelijke wijkaanpak en over zorg in de wijk. "
            "Ook een goede mix van woningen komt aan bod."
        ),
        "year": 2020,
    },
    {
        "slug": "aedes-woonoverlast-neemt-toe",
        "title": (
            "Aedes: woonoverlast neemt toe, betere regie en samenwerking noodzakelijk"
        ),
        "url": (
            "https://www.aedes.nl/artikelen/klant-en-wonen/wijkaanpak-en-leefbaarheid/"
            "veiligheid-en-overlast/aedes-woonoverlast-neemt-toe-betere-regie-en-"
            "samenwerking-noodzakelijk.html"
        ),
        "partner": "aedes",
        "resource_type": "onderzoek-of-publicatie",
        "themes": [
            "wonen",
            "veiligheid-en-criminaliteit",
            "gezondheid-zorg-en-hulpverlening",
        ],
        "audiences": PROS,
        "summary": (
            "Aedes schrijft over overlast in en rond huizen. "
            "Het gaat ook over mensen met verward gedrag. "
            "Aedes vraagt om betere samenwerking, ook met de zorg."
        ),
        "year": 2019,
    },
    {
        "slug": "aedes-thuisvester-ondermijning",
        "title": "Eigen volk eerst achter ondermijning Thuisvester",
        "url": (
            "https://aedes.nl/leefbare-en-veilige-wijken/"
            "eigen-volk-eerst-achter-ondermijning-thuisvester"
        ),
        "partner": "aedes",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["veiligheid-en-criminaliteit", "wonen"],
        "audiences": PROS,
        "summary": (
            "Een voorbeeld van woningcorporatie Thuisvester. "
            "Het gaat over misdaad in de wijk en over druk op medewerkers. "
            "Je leest ook over een scan en afspraken met partners."
        ),
    },
    {
        "slug": "aedes-buurtbemiddeling",
        "title": "Buurtbemiddeling succesvol bij woonoverlast",
        "url": (
            "https://aedes.nl/leefbare-en-veilige-wijken/"
            "buurtbemiddeling-succesvol-bij-woonoverlast"
        ),
        "partner": "aedes",
        "resource_type": "artikel",
        "themes": [
            "wonen",
            "veiligheid-en-criminaliteit",
            "samenleven-en-integratie",
        ],
        "audiences": BOTH,
        "summary": (
            "Bij ruzie met de buren kan bemiddeling helpen. "
            "Vrijwilligers helpen je dan om samen tot een oplossing te komen. "
            "Aedes schrijft wat corporaties daarin doen."
        ),
    },
    # VNG ---------------------------------------------------------------------
    {
        "slug": "vng-right-to-challenge",
        "title": "Right to Challenge (RtC)",
        "url": "https://vng.nl/right-to-challenge",
        "partner": "vng",
        "resource_type": "handreiking",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": BOTH,
        "summary": (
            "De VNG legt uit wat het Right to Challenge is. "
            "Er is een handboek op internet en een kaart van gemeenten. "
            "Je vindt ook voorbeelden van stukken."
        ),
    },
    {
        "slug": "vng-werkgroep-democratie-en-bestuur",
        "title": "Werkgroep Democratie & Bestuur",
        "url": (
            "https://vng.nl/onderwerpenindex/bestuur/lokale-democratie/"
            "werkgroep-democratie-bestuur"
        ),
        "partner": "vng",
        "resource_type": "programma-of-website",
        "themes": ["bewonersparticipatie"],
        "audiences": PROS,
        "summary": (
            "Op deze pagina lees je over een werkgroep van de VNG. "
            "Die werkt aan lokale democratie. "
            "Het gaat ook over hoe inwoners meedoen."
        ),
    },
    {
        "slug": "vng-ontwikkelagenda-lokale-democratie",
        "title": "VNG ontwikkelagenda lokale democratie 2017 - 2022",
        "url": "https://www.lokale-democratie.nl/vng-ontwikkelagenda-lokale-democratie-2017-2022",
        "partner": "vng",
        "resource_type": "handreiking",
        "themes": ["bewonersparticipatie"],
        "audiences": PROS,
        "summary": (
            "Een plan van de VNG voor de jaren 2017 tot 2022. "
            "Het gaat over meer te zeggen voor inwoners."
        ),
        "year": 2016,
        # The agenda ran until 2022: taken offline, it is the demo's
        # "was live, now not" resource that tests rely on.
        "state": "unpublished",
    },
    {
        "slug": "vng-tools-right-to-challenge",
        "title": "Tools voor Right to Challenge",
        "url": "https://lokale-democratie.nl/tools-voor-right-challenge",
        "partner": "vng",
        "resource_type": "instrument",
        "themes": ["bewonersparticipatie"],
        "audiences": BOTH,
        "summary": (
            "Hulpmiddelen voor het Right to Challenge, zoals een gids en een "
            "routeplanner. Ze komen van Democratie in Actie. "
            "Dat is een programma van de VNG en BZK."
        ),
        "year": 2019,
    },
    {
        "slug": "vng-rotterdam-zuid",
        "title": "Rotterdam-Zuid: het antwoord op wijkvernieuwing",
        "url": "https://vng.nl/artikelen/rotterdam-zuid-het-antwoord-op-wijkvernieuwing",
        "partner": "vng",
        "resource_type": "artikel",
        "themes": ["onderwijs-en-opvoeding", "werk-en-participatie", "wonen"],
        "audiences": PROS,
        "summary": (
            "Een artikel uit het blad van de VNG over Rotterdam-Zuid. "
            "Daar loopt al lang een groot programma. "
            "Het gaat over extra lestijd, werk en betere huizen."
        ),
        "year": 2022,
    },
    {
        "slug": "vng-participatie-in-gemeenten",
        "title": "Aan de slag met participatie in gemeenten",
        "url": "https://participatiekompas.nl/aan-de-slag-met-participatie-in-gemeenten",
        "partner": "vng",
        "resource_type": "handreiking",
        "themes": ["bewonersparticipatie"],
        "audiences": PROS,
        "summary": (
            "Een route van de VNG voor gemeenten die inwoners willen laten "
            "meedoen. Het gaat ook over regels voor meedoen en over het recht om "
            "uit te dagen. Je vindt het op de site Participatiekompas."
        ),
    },
    # Pharos ------------------------------------------------------------------
    {
        "slug": "pharos-lokale-aanpak",
        "title": "Lokale Aanpak",
        "url": "https://www.pharos.nl/thema/lokale-aanpak/",
        "partner": "pharos",
        "resource_type": "dossier",
        "themes": ["gezondheid-zorg-en-hulpverlening", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Pharos deelt kennis over verschillen in gezondheid. "
            "Hoe pak je die samen aan in de wijk? "
            "Het gaat ook over de oorzaken."
        ),
    },
    {
        "slug": "pharos-gezond-in",
        "title": "Gezond in...",
        "url": "https://www.pharos.nl/nl/kenniscentrum/gezond-in/gezond-in",
        "partner": "pharos",
        "resource_type": "programma-of-website",
        "themes": ["gezondheid-zorg-en-hulpverlening", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "Gezond in... is een programma voor gemeenten. "
            "Het helpt ze om de grote verschillen in gezondheid kleiner te maken. "
            "Pharos geeft er uitleg over."
        ),
    },
    {
        "slug": "pharos-breed-investeren-in-wijken",
        "title": (
            "“Breed investeren in de wijken, met aandacht voor gezondheid is van "
            "groot belang”"
        ),
        "url": "https://www.pharos.nl/nieuws/10281/",
        "partner": "pharos",
        "resource_type": "artikel",
        "themes": [
            "gezondheid-zorg-en-hulpverlening",
            "leefomgeving-en-openbare-ruimte",
        ],
        "audiences": PROS,
        "summary": (
            "Een gesprek met twee mensen over gezondheid in wijken met veel zorgen. "
            "Zij vinden dat werk aan de wijk ook over gezondheid moet gaan."
        ),
    },
    {
        "slug": "pharos-gezondheidsvaardigheden",
        "title": "Programma Gezondheidsvaardigheden & Bereiken en betrekken",
        "url": (
            "https://www.pharos.nl/over-pharos/programmas-pharos/"
            "programma-gezondheidsvaardigheden-en-bereiken-en-betrekken/"
        ),
        "partner": "pharos",
        "resource_type": "programma-of-website",
        "themes": ["gezondheid-zorg-en-hulpverlening"],
        "audiences": PROS,
        "summary": (
            "Niet iedereen kan goed lezen of snapt wat de dokter zegt. "
            "Pharos werkt aan zorg die voor iedereen te volgen is. "
            "Ook lees je hoe je mensen bereikt."
        ),
    },
    # KIS ---------------------------------------------------------------------
    {
        "slug": "kis-wijkmonitor-herkomst",
        "title": (
            "KIS Wijkmonitor: Verschillen in leefsituatie tussen groepen naar herkomst"
        ),
        "url": (
            "https://www.kis.nl/publicatie/verschillen-leefsituatie-tussen-groepen-naar-herkomst"
        ),
        "partner": "kis",
        "resource_type": "onderzoek-of-publicatie",
        "themes": [
            "samenleven-en-integratie",
            "werk-en-participatie",
            "leefomgeving-en-openbare-ruimte",
        ],
        "audiences": PROS,
        "summary": (
            "Een blad met cijfers uit de KIS Wijkmonitor. "
            "Je ziet hoe groepen met een andere herkomst in de wijk leven. "
            "Zo kun je een wijkaanpak beter laten passen."
        ),
        "year": 2022,
    },
    {
        "slug": "kis-weerbare-buurten-polarisatie",
        "title": "Werken aan weerbare buurten tegen polarisatie",
        "url": "https://www.kis.nl/artikel/werken-aan-weerbare-buurten-tegen-polarisatie",
        "partner": "kis",
        "resource_type": "artikel",
        "themes": ["samenleven-en-integratie", "veiligheid-en-criminaliteit"],
        "audiences": PROS,
        "summary": (
            "Hoe zie je op tijd dat er spanning is in een buurt? "
            "Dit artikel gaat over groepen die uit elkaar groeien. "
            "Het is vooral voor sociaal werkers."
        ),
    },
    {
        "slug": "kis-nieuwkomers-en-wijkbewoners",
        "title": "Sociale verbinding tussen nieuwkomers en andere wijkbewoners",
        "url": (
            "https://www.kis.nl/publicatie/"
            "sociale-verbinding-tussen-nieuwkomers-en-andere-wijkbewoners"
        ),
        "partner": "kis",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["samenleven-en-integratie", "bewonersparticipatie"],
        "audiences": BOTH,
        "summary": (
            "Hoe leren nieuwkomers en andere bewoners elkaar kennen? "
            "Dit onderzoek kijkt naar plannen in de wijk. "
            "Je leest wat daarin goed werkt."
        ),
        "year": 2019,
    },
    {
        "slug": "kis-inclusie-en-toegankelijkheid",
        "title": "Inclusie en toegankelijkheid",
        "url": "https://www.kis.nl/inclusie-en-toegankelijkheid",
        "partner": "kis",
        "resource_type": "dossier",
        "themes": ["samenleven-en-integratie", "samenwerken"],
        "audiences": PROS,
        "summary": (
            "KIS deelt kennis over meedoen en over discriminatie. "
            "Hoe maak je je werk open voor iedereen? "
            "Ook voor mensen die nieuw zijn in Nederland."
        ),
    },
]
