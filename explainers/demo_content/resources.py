"""Demo partner resources: real pages where known, otherwise example URLs."""

# Only three kinds of URL appear here: real pages listed in the seed's domain
# facts, a partner's real homepage, or an obvious https://voorbeeld.example/
# address. Titles on example addresses are illustrative, not real publications.

RESOURCES = [
    # LSA
    {
        "slug": "lsa-wat-is-wijkaanpak",
        "title": "Wat is de wijkaanpak?",
        "url": "https://www.lsabewoners.nl/wijkaanpak/wat-is-wijkaanpak/",
        "partner": "lsa",
        "resource_type": "dossier",
        "themes": ["samenwerken", "bewonersparticipatie"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "LSA legt in gewone woorden uit wat een wijkaanpak is. "
            "Je leest ook waarom samenwerken en loslaten zo belangrijk zijn."
        ),
        "year": 2022,
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
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "Vier praktische tips om bewoners vanaf het begin mee te laten doen. "
            "Handig voor bewoners én voor de mensen die met hen werken."
        ),
        "year": 2023,
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
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "In dit standpunt zegt LSA: de wijk bepaalt wat belangrijk is. "
            "LSA vraagt om beleid voor de lange termijn en om gelijkwaardig "
            "samenwerken."
        ),
        "year": 2022,
    },
    {
        "slug": "lsa-buurtrechten-in-kaart",
        "title": "Buurtrechten in kaart",
        "url": "https://www.lsabewoners.nl/buurtrechten-in-kaart/",
        "partner": "lsa",
        "resource_type": "instrument",
        "themes": ["bewonersparticipatie", "leefomgeving-en-openbare-ruimte"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "Een kaart van Nederland laat zien welke gemeenten met buurtrechten "
            "werken. Buurtrechten geven bewoners meer te zeggen over hun buurt."
        ),
        "year": 2019,
    },
    {
        "slug": "lsa-bewonersbedrijf-voorbeeldwijk",
        "title": "Een bewonersbedrijf in Voorbeeldwijk",
        "url": "https://voorbeeld.example/lsa/bewonersbedrijf-voorbeeldwijk",
        "partner": "lsa",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["werk-en-participatie", "bewonersparticipatie"],
        "audiences": ["bewoners"],
        "summary": (
            "Bewoners in het verzonnen Voorbeeldwijk runnen samen een buurthuis "
            "met een klein café. Zo ontstaan werk en ontmoeting in de wijk."
        ),
        "year": 2021,
    },
    {
        "slug": "lsa-webinar-recht-om-uit-te-dagen",
        "title": "Webinar: het recht om uit te dagen",
        "url": "https://voorbeeld.example/lsa/webinar-recht-om-uit-te-dagen",
        "partner": "lsa",
        "resource_type": "video-of-webinar",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": ["bewoners"],
        "summary": (
            "Met dit recht mogen bewoners een taak van de gemeente overnemen. "
            "In het webinar hoor je hoe je dat aanpakt."
        ),
        "year": 2020,
    },
    {
        "slug": "lsa-samen-energie-besparen",
        "title": "Samen energie besparen in je buurt",
        "url": "https://voorbeeld.example/lsa/samen-energie-besparen",
        "partner": "lsa",
        "resource_type": "handreiking",
        "themes": ["duurzaamheid", "wonen"],
        "audiences": ["bewoners"],
        "summary": (
            "Tips voor bewoners die samen hun huizen zuiniger willen maken. "
            "Bijvoorbeeld met een energiecafé of een gezamenlijke inkoop."
        ),
        "year": 2023,
    },
    # WijkWijzer
    {
        "slug": "wijkwijzer-wat-is-een-wijkaanpak",
        "title": "Wat is een wijkaanpak?",
        "url": (
            "https://wijkwijzer.org/verdieping/over-de-wijkaanpak/wat-is-een-wijkaanpak"
        ),
        "partner": "wijkwijzer",
        "resource_type": "dossier",
        "themes": ["samenwerken"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "WijkWijzer legt uit wat een wijkaanpak is en wanneer je die nodig "
            "hebt. Een goed begin als het onderwerp nieuw voor je is."
        ),
        "year": 2021,
    },
    {
        "slug": "wijkwijzer-in-vijf-stappen",
        "title": "In vijf stappen naar een wijkaanpak",
        "url": "https://wijkwijzer.org/verdieping/in-vijf-stappen-naar-een-wijkaanpak",
        "partner": "wijkwijzer",
        "resource_type": "handreiking",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een stappenplan dat begint met een gedeeld gevoel van urgentie. "
            "Dat betekent: iedereen ziet dat er iets moet gebeuren in de wijk."
        ),
        "year": 2022,
    },
    {
        "slug": "wijkwijzer-leernetwerk",
        "title": "Het leernetwerk van WijkWijzer",
        "url": "https://wijkwijzer.org/leernetwerk",
        "partner": "wijkwijzer",
        "resource_type": "leergang",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "In het leernetwerk leren gemeenten en wijkprofessionals van elkaar. "
            "Er zijn bijeenkomsten en leerkringen over verschillende thema's."
        ),
        "year": 2022,
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
        "audiences": ["professionals"],
        "summary": (
            "Een dashboard met cijfers over wijken in heel Nederland. "
            "Je kunt wijken vergelijken en zien hoe ze veranderen."
        ),
        "year": 2023,
    },
    {
        "slug": "wijkwijzer-webinar-nationaal-programma",
        "title": "Webinar: het nationaal programma in het kort",
        "url": "https://voorbeeld.example/wijkwijzer/webinar-nationaal-programma",
        "partner": "wijkwijzer",
        "resource_type": "video-of-webinar",
        "themes": ["samenwerken", "veiligheid-en-criminaliteit"],
        "audiences": ["professionals"],
        "summary": (
            "Een korte online uitleg over het Nationaal Programma Leefbaarheid "
            "en Veiligheid. Je hoort wat het programma wil en wie meedoen."
        ),
        "year": 2023,
    },
    {
        "slug": "wijkwijzer-wijkanalyse-voorbeeldwijk",
        "title": "Een wijkanalyse in Voorbeeldwijk",
        "url": "https://voorbeeld.example/wijkwijzer/wijkanalyse-voorbeeldwijk",
        "partner": "wijkwijzer",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["samenwerken", "wonen"],
        "audiences": ["professionals"],
        "summary": (
            "De verzonnen gemeente Voorbeeldstad brengt een wijk goed in beeld. "
            "Ze gebruikt cijfers én gesprekken met bewoners."
        ),
        "year": 2024,
    },
    {
        "slug": "wijkwijzer-leerkring-armoede-en-schulden",
        "title": "Leerkring armoede en schulden",
        "url": "https://voorbeeld.example/wijkwijzer/leerkring-armoede-en-schulden",
        "partner": "wijkwijzer",
        "resource_type": "leergang",
        "themes": ["werk-en-participatie", "gezondheid-zorg-en-hulpverlening"],
        "audiences": ["professionals"],
        "summary": (
            "Professionals uit verschillende gemeenten leren samen over armoede. "
            "Ze delen wat helpt om schulden eerder te zien."
        ),
        "year": 2024,
    },
    # Platform31
    {
        "slug": "platform31-leefbare-wijken",
        "title": "Thema leefbare wijken en buurten",
        "url": "https://www.platform31.nl/thema-s/thema-leefbare-wijken-en-buurten",
        "partner": "platform31",
        "resource_type": "dossier",
        "themes": ["leefomgeving-en-openbare-ruimte", "wonen", "samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Platform31 bundelt hier kennis over leefbare wijken. "
            "Je vindt artikelen, onderzoek en voorbeelden."
        ),
        "year": 2024,
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
        "audiences": ["professionals"],
        "summary": (
            "De leeswijzer van de Wijkengids. De gids gaat over alle onderdelen "
            "van wijkgericht werken, met lessen uit de praktijk."
        ),
        "year": 2015,
    },
    {
        "slug": "platform31-wendbare-wijkaanpak",
        "title": "Naar een wendbare wijkaanpak",
        "url": "https://voorbeeld.example/platform31/wendbare-wijkaanpak",
        "partner": "platform31",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een wijkaanpak duurt vaak tien jaar of langer. "
            "Deze publicatie laat zien hoe je plannen onderweg kunt bijsturen."
        ),
        "year": 2023,
    },
    {
        "slug": "platform31-wijkaanpak-door-de-jaren",
        "title": "De wijkaanpak door de jaren heen",
        "url": "https://voorbeeld.example/platform31/wijkaanpak-door-de-jaren",
        "partner": "platform31",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["samenwerken", "wonen"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "Een overzicht van veertig jaar wijkbeleid in Nederland. "
            "Van de krachtwijken in 2007 tot het nationaal programma van 2022."
        ),
        "year": 2021,
    },
    {
        "slug": "platform31-gemengde-wijken",
        "title": "Werken aan gemengde wijken",
        "url": "https://voorbeeld.example/platform31/gemengde-wijken",
        "partner": "platform31",
        "resource_type": "handreiking",
        "themes": ["wonen", "samenleven-en-integratie"],
        "audiences": ["professionals"],
        "summary": (
            "In een gemengde wijk wonen mensen met verschillende inkomens. "
            "Deze handreiking geeft ideeën voor meer soorten woningen in één wijk."
        ),
        "year": 2024,
    },
    {
        "slug": "platform31-webinar-wonen-en-verduurzamen",
        "title": "Webinar: woningen verbeteren en verduurzamen",
        "url": "https://voorbeeld.example/platform31/webinar-wonen-en-verduurzamen",
        "partner": "platform31",
        "resource_type": "video-of-webinar",
        "themes": ["wonen", "duurzaamheid"],
        "audiences": ["professionals"],
        "summary": (
            "Hoe combineer je het opknappen van huizen met energie besparen? "
            "Sprekers delen hun ervaringen uit verschillende wijken."
        ),
        "year": 2023,
    },
    {
        "slug": "platform31-school-en-buurt-voorbeeldwijk",
        "title": "School en buurt samen in Voorbeeldwijk",
        "url": "https://voorbeeld.example/platform31/school-en-buurt-voorbeeldwijk",
        "partner": "platform31",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["onderwijs-en-opvoeding", "samenwerken"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "In het verzonnen Voorbeeldwijk werken een school, ouders en het "
            "buurthuis samen. Kinderen krijgen na school extra les en sport."
        ),
        "year": 2022,
    },
    {
        "slug": "verouderde-wijkscan",
        "title": "Wijkscan (oude versie)",
        "url": "https://voorbeeld.example/platform31/wijkscan-oude-versie",
        "partner": "platform31",
        "resource_type": "instrument",
        "themes": ["leefomgeving-en-openbare-ruimte", "samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een oude vragenlijst om een wijk snel in beeld te brengen. "
            "Dit hulpmiddel wordt niet meer bijgehouden."
        ),
        "year": 2016,
        "state": "unpublished",
    },
    # Verwey-Jonker Instituut
    {
        "slug": "verwey-jonker-onderzoek",
        "title": "Verwey-Jonker Instituut: onderzoek naar sociale vraagstukken",
        "url": "https://www.verwey-jonker.nl/",
        "partner": "verwey-jonker-instituut",
        "resource_type": "dossier",
        "themes": ["samenleven-en-integratie", "gezondheid-zorg-en-hulpverlening"],
        "audiences": ["professionals"],
        "summary": (
            "De website van het Verwey-Jonker Instituut. "
            "Je vindt er onderzoek over jeugd, zorg, veiligheid en samenleven."
        ),
        "year": 2025,
    },
    {
        "slug": "verwey-jonker-meten-in-de-wijk",
        "title": "Meten wat werkt in de wijk",
        "url": "https://voorbeeld.example/verwey-jonker/meten-in-de-wijk",
        "partner": "verwey-jonker-instituut",
        "resource_type": "handreiking",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een handreiking om de resultaten van een wijkaanpak te volgen. "
            "Je leest hoe je cijfers en verhalen van bewoners combineert."
        ),
        "year": 2023,
    },
    {
        "slug": "verwey-jonker-opgroeien-in-de-wijk",
        "title": "Opgroeien in een kwetsbare wijk",
        "url": "https://voorbeeld.example/verwey-jonker/opgroeien-in-de-wijk",
        "partner": "verwey-jonker-instituut",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["onderwijs-en-opvoeding", "veiligheid-en-criminaliteit"],
        "audiences": ["professionals"],
        "summary": (
            "Wat helpt jongeren in een wijk met veel problemen? "
            "Dit onderzoek noemt school, sport en een vaste steunpersoon."
        ),
        "year": 2022,
    },
    {
        "slug": "verwey-jonker-webinar-effect-meten",
        "title": "Webinar: het effect van een wijkaanpak meten",
        "url": "https://voorbeeld.example/verwey-jonker/webinar-effect-meten",
        "partner": "verwey-jonker-instituut",
        "resource_type": "video-of-webinar",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Onderzoekers leggen uit hoe je ziet of een aanpak echt iets verandert. "
            "Met voorbeelden van valkuilen en oplossingen."
        ),
        "year": 2024,
    },
    {
        "slug": "verwey-jonker-gezond-ouder-worden-voorbeeldbuurt",
        "title": "Gezond ouder worden in Voorbeeldbuurt",
        "url": "https://voorbeeld.example/verwey-jonker/gezond-ouder-worden",
        "partner": "verwey-jonker-instituut",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["gezondheid-zorg-en-hulpverlening", "samenleven-en-integratie"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "In het verzonnen Voorbeeldbuurt werken de huisarts, de corporatie en "
            "bewoners samen. Zo kunnen ouderen langer prettig thuis wonen."
        ),
        "year": 2020,
    },
    {
        "slug": "verwey-jonker-vragenlijst-wijkbeleving",
        "title": "Vragenlijst: hoe ervaren bewoners hun wijk?",
        "url": "https://voorbeeld.example/verwey-jonker/vragenlijst-wijkbeleving",
        "partner": "verwey-jonker-instituut",
        "resource_type": "instrument",
        "themes": [
            "samenleven-en-integratie",
            "leefomgeving-en-openbare-ruimte",
            "bewonersparticipatie",
        ],
        "audiences": ["professionals"],
        "summary": (
            "Een vragenlijst om te horen hoe bewoners hun wijk beleven. "
            "Je kunt hem aanpassen aan je eigen wijk."
        ),
        "year": 2021,
    },
    # Movisie
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
        "audiences": ["professionals"],
        "summary": (
            "In deze databank staan sociale aanpakken die goed onderzocht zijn. "
            "Per aanpak zie je hoe sterk het bewijs is dat hij werkt."
        ),
        "year": 2020,
    },
    {
        "slug": "movisie-wijkwijzer-kennisplatform",
        "title": "WijkWijzer: kennisplatform over leefbaarheid en veiligheid",
        "url": (
            "https://www.movisie.nl/artikel/"
            "wijkwijzer-kennisplatform-over-leefbaarheid-veiligheid"
        ),
        "partner": "movisie",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["samenwerken", "veiligheid-en-criminaliteit"],
        "audiences": ["professionals"],
        "summary": (
            "Movisie vertelt waarom kennisorganisaties en het ministerie van BZK "
            "samen WijkWijzer maken. Het artikel verscheen in juli 2022."
        ),
        "year": 2022,
    },
    {
        "slug": "movisie-sterke-sociale-basis",
        "title": "Een sterke sociale basis in de wijk",
        "url": "https://voorbeeld.example/movisie/sterke-sociale-basis",
        "partner": "movisie",
        "resource_type": "handreiking",
        "themes": ["gezondheid-zorg-en-hulpverlening", "samenleven-en-integratie"],
        "audiences": ["professionals"],
        "summary": (
            "De sociale basis is alles wat mensen helpt om mee te doen. "
            "Denk aan buren, vrijwilligers, een buurthuis en hulp dichtbij."
        ),
        "year": 2022,
    },
    {
        "slug": "movisie-huiskamer-voorbeeldwijk",
        "title": "Een huiskamer voor de buurt in Voorbeeldwijk",
        "url": "https://voorbeeld.example/movisie/huiskamer-voorbeeldwijk",
        "partner": "movisie",
        "resource_type": "praktijkvoorbeeld",
        "themes": [
            "samenleven-en-integratie",
            "gezondheid-zorg-en-hulpverlening",
            "bewonersparticipatie",
        ],
        "audiences": ["bewoners"],
        "summary": (
            "Bewoners van het verzonnen Voorbeeldwijk openen een buurthuiskamer. "
            "Iedereen kan er koffie drinken, praten en hulp vragen."
        ),
        "year": 2021,
    },
    {
        "slug": "movisie-leergang-opbouwwerk",
        "title": "Leergang opbouwwerk in de wijk",
        "url": "https://voorbeeld.example/movisie/leergang-opbouwwerk",
        "partner": "movisie",
        "resource_type": "leergang",
        "themes": ["bewonersparticipatie", "samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een opbouwwerker helpt bewoners om samen iets te doen voor hun wijk. "
            "In deze leergang oefen je met die rol."
        ),
        "year": 2023,
    },
    {
        "slug": "movisie-webinar-armoede-en-schulden",
        "title": "Webinar: armoede en schulden bespreken",
        "url": "https://voorbeeld.example/movisie/webinar-armoede-en-schulden",
        "partner": "movisie",
        "resource_type": "video-of-webinar",
        "themes": ["werk-en-participatie", "gezondheid-zorg-en-hulpverlening"],
        "audiences": ["professionals"],
        "summary": (
            "Veel mensen schamen zich voor geldproblemen. "
            "In dit webinar leer je hoe je het onderwerp rustig bespreekt."
        ),
        "year": 2024,
    },
    # CCV
    {
        "slug": "ccv-veiligheid-en-preventie",
        "title": "CCV: kennis over veiligheid en preventie",
        "url": "https://hetccv.nl/",
        "partner": "ccv",
        "resource_type": "dossier",
        "themes": ["veiligheid-en-criminaliteit"],
        "audiences": ["professionals"],
        "summary": (
            "De website van het CCV. "
            "Je vindt er kennis en hulpmiddelen voor een veilige wijk."
        ),
        "year": 2025,
    },
    {
        "slug": "ccv-ondermijning-in-de-wijk",
        "title": "Ondermijning in de wijk herkennen",
        "url": "https://voorbeeld.example/ccv/ondermijning-in-de-wijk",
        "partner": "ccv",
        "resource_type": "dossier",
        "themes": ["veiligheid-en-criminaliteit"],
        "audiences": ["professionals"],
        "summary": (
            "Bij ondermijning gebruiken criminelen gewone bedrijven of woningen. "
            "Dit dossier helpt je de signalen te herkennen."
        ),
        "year": 2022,
    },
    {
        "slug": "ccv-veilig-ontwerp-openbare-ruimte",
        "title": "Veilig ontwerp van straten en pleinen",
        "url": "https://voorbeeld.example/ccv/veilig-ontwerp-openbare-ruimte",
        "partner": "ccv",
        "resource_type": "handreiking",
        "themes": ["veiligheid-en-criminaliteit", "leefomgeving-en-openbare-ruimte"],
        "audiences": ["professionals"],
        "summary": (
            "Goed licht en open zichtlijnen maken een plein veiliger. "
            "Deze handreiking geeft tips voor het ontwerp van de openbare ruimte."
        ),
        "year": 2021,
    },
    {
        "slug": "ccv-buurtpreventie-voorbeeldwijk",
        "title": "Buurtpreventie in Voorbeeldwijk",
        "url": "https://voorbeeld.example/ccv/buurtpreventie-voorbeeldwijk",
        "partner": "ccv",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["veiligheid-en-criminaliteit", "bewonersparticipatie"],
        "audiences": ["bewoners"],
        "summary": (
            "Bewoners van het verzonnen Voorbeeldwijk lopen samen rondes door de "
            "buurt. Ze houden contact met de wijkagent via een appgroep."
        ),
        "year": 2020,
    },
    {
        "slug": "ccv-wijkveiligheidsscan",
        "title": "Wijkveiligheidsscan",
        "url": "https://voorbeeld.example/ccv/wijkveiligheidsscan",
        "partner": "ccv",
        "resource_type": "instrument",
        "themes": ["veiligheid-en-criminaliteit", "leefomgeving-en-openbare-ruimte"],
        "audiences": ["professionals"],
        "summary": (
            "Met deze scan breng je de veiligheid in een wijk in kaart. "
            "Je combineert cijfers met wat bewoners zelf ervaren."
        ),
        "year": 2023,
    },
    {
        "slug": "ccv-webinar-jeugdcriminaliteit",
        "title": "Webinar: jongeren uit de criminaliteit houden",
        "url": "https://voorbeeld.example/ccv/webinar-jeugdcriminaliteit",
        "partner": "ccv",
        "resource_type": "video-of-webinar",
        "themes": ["veiligheid-en-criminaliteit", "onderwijs-en-opvoeding"],
        "audiences": ["professionals"],
        "summary": (
            "Hoe voorkom je dat jongeren in de criminaliteit raken? "
            "School, ouders, jongerenwerk en politie vertellen wat zij doen."
        ),
        "year": 2024,
    },
    {
        "slug": "ccv-leergang-wijkveiligheid",
        "title": "Leergang veiligheid in de wijk",
        "url": "https://voorbeeld.example/ccv/leergang-wijkveiligheid",
        "partner": "ccv",
        "resource_type": "leergang",
        "themes": ["veiligheid-en-criminaliteit", "samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een leergang voor wie werkt aan veiligheid in een wijk. "
            "Je leert samenwerken met zorg, wonen en politie."
        ),
        "year": 2025,
    },
    # LPB
    {
        "slug": "lpb-netwerk-wijkgericht-werken",
        "title": "LPB: netwerk voor buurt- en wijkgericht werken",
        "url": "https://lpb.nl/",
        "partner": "lpb",
        "resource_type": "dossier",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "De website van het LPB. Je leest er over het netwerk, "
            "het jaarlijkse congres en bijeenkomsten in de regio."
        ),
        "year": 2025,
    },
    {
        "slug": "lpb-video-congres-wijkgericht-werken",
        "title": "Video: terugblik op een congres over wijkgericht werken",
        "url": "https://voorbeeld.example/lpb/video-congres-wijkgericht-werken",
        "partner": "lpb",
        "resource_type": "video-of-webinar",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een korte film over drie dagen leren en ontmoeten. "
            "Wijkwerkers vertellen wat ze meenemen naar hun eigen wijk."
        ),
        "year": 2024,
    },
    {
        "slug": "lpb-wijkprofessional-als-schakel",
        "title": "De wijkprofessional als schakel",
        "url": "https://voorbeeld.example/lpb/wijkprofessional-als-schakel",
        "partner": "lpb",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["samenwerken", "bewonersparticipatie"],
        "audiences": ["professionals"],
        "summary": (
            "Een wijkprofessional staat tussen bewoners en de gemeente in. "
            "Deze publicatie beschrijft wat die rol vraagt."
        ),
        "year": 2022,
    },
    {
        "slug": "lpb-wijkbudget-voorbeeldstad",
        "title": "Bewoners verdelen het wijkbudget in Voorbeeldstad",
        "url": "https://voorbeeld.example/lpb/wijkbudget-voorbeeldstad",
        "partner": "lpb",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["bewonersparticipatie", "leefomgeving-en-openbare-ruimte"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "In de verzonnen gemeente Voorbeeldstad verdelen bewoners zelf een "
            "deel van het wijkgeld. Zo kwam er een nieuwe speeltuin."
        ),
        "year": 2023,
    },
    {
        "slug": "lpb-leergang-gebiedsregisseur",
        "title": "Leergang voor gebiedsregisseurs",
        "url": "https://voorbeeld.example/lpb/leergang-gebiedsregisseur",
        "partner": "lpb",
        "resource_type": "leergang",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een gebiedsregisseur houdt namens de gemeente het overzicht in een "
            "wijk. In deze leergang leer je partners bij elkaar te brengen."
        ),
        "year": 2024,
    },
    {
        "slug": "lpb-sjabloon-wijkplan",
        "title": "Sjabloon voor een wijkplan",
        "url": "https://voorbeeld.example/lpb/sjabloon-wijkplan",
        "partner": "lpb",
        "resource_type": "instrument",
        "themes": ["samenwerken"],
        "audiences": ["professionals"],
        "summary": (
            "Een invulmodel voor een wijkplan. "
            "Je schrijft op wat je wilt bereiken, wie wat doet en wat het kost."
        ),
        "year": 2022,
    },
    # Ministerie van BZK
    {
        "slug": "bzk-ministerie",
        "title": "Ministerie van BZK op Rijksoverheid.nl",
        "url": (
            "https://www.rijksoverheid.nl/ministeries/"
            "ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties"
        ),
        "partner": "ministerie-van-bzk",
        "resource_type": "dossier",
        "themes": ["wonen"],
        "audiences": ["professionals"],
        "summary": (
            "De pagina van het ministerie op de website van de Rijksoverheid. "
            "Je leest er wat het ministerie doet, ook voor wonen en wijken."
        ),
        "year": 2025,
    },
    {
        "slug": "bzk-nationaal-programma-in-het-kort",
        "title": "Het nationaal programma in het kort",
        "url": "https://voorbeeld.example/bzk/nationaal-programma-in-het-kort",
        "partner": "ministerie-van-bzk",
        "resource_type": "dossier",
        "themes": ["samenwerken", "veiligheid-en-criminaliteit", "wonen"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "Het Nationaal Programma Leefbaarheid en Veiligheid begon in 2022. "
            "Hier lees je de doelen en de vier actielijnen."
        ),
        "year": 2022,
    },
    {
        "slug": "bzk-factsheet-focusgebieden",
        "title": "Factsheet: de twintig focusgebieden",
        "url": "https://voorbeeld.example/bzk/factsheet-focusgebieden",
        "partner": "ministerie-van-bzk",
        "resource_type": "onderzoek-of-publicatie",
        "themes": ["samenwerken", "wonen"],
        "audiences": ["professionals"],
        "summary": (
            "Een overzicht van de twintig wijken in het nationaal programma. "
            "Samen wonen daar ongeveer 1,2 miljoen mensen."
        ),
        "year": 2022,
    },
    {
        "slug": "bzk-handreiking-afspraken-in-de-wijk",
        "title": "Handreiking: afspraken maken in de wijk",
        "url": "https://voorbeeld.example/bzk/handreiking-afspraken-in-de-wijk",
        "partner": "ministerie-van-bzk",
        "resource_type": "handreiking",
        "themes": ["samenwerken", "wonen"],
        "audiences": ["professionals"],
        "summary": (
            "Hoe leg je vast wie wat doet en wie wat betaalt? "
            "Deze handreiking helpt gemeenten en partners bij goede afspraken."
        ),
        "year": 2023,
    },
    {
        "slug": "bzk-webinar-bewoners-aan-zet",
        "title": "Webinar: bewoners aan zet",
        "url": "https://voorbeeld.example/bzk/webinar-bewoners-aan-zet",
        "partner": "ministerie-van-bzk",
        "resource_type": "video-of-webinar",
        "themes": ["bewonersparticipatie"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "Meer bewoners laten meedoen is een van de doelen van het nationaal "
            "programma. In dit webinar hoor je hoe wijken dat aanpakken."
        ),
        "year": 2023,
    },
    {
        "slug": "bzk-warmte-voorbeeldwijk",
        "title": "Van het gas af in Voorbeeldwijk",
        "url": "https://voorbeeld.example/bzk/warmte-voorbeeldwijk",
        "partner": "ministerie-van-bzk",
        "resource_type": "praktijkvoorbeeld",
        "themes": ["duurzaamheid", "wonen"],
        "audiences": ["bewoners", "professionals"],
        "summary": (
            "In het verzonnen Voorbeeldwijk gaan huurhuizen van het aardgas af. "
            "Corporatie, gemeente en bewoners maakten samen afspraken over de kosten."
        ),
        "year": 2024,
    },
]
