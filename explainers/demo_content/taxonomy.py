"""Demo taxonomy: themes, audiences and resource types, in plain Dutch (B1)."""

THEMES = [
    {
        "slug": "wonen",
        "name": "Wonen",
        "description": (
            "Over huizen, huren en de buurt waar je woont. "
            "Bijvoorbeeld betaalbare woningen en een goede mix van woningen."
        ),
    },
    {
        "slug": "werk-en-participatie",
        "name": "Werk en participatie",
        "description": ("Over werk, geld en meedoen. Ook over armoede en schulden."),
    },
    {
        "slug": "onderwijs-en-opvoeding",
        "name": "Onderwijs en opvoeding",
        "description": (
            "Over school, opgroeien en opvoeden. "
            "Hoe krijgen kinderen en jongeren in de wijk goede kansen?"
        ),
    },
    {
        "slug": "veiligheid-en-criminaliteit",
        "name": "Veiligheid en criminaliteit",
        "description": (
            "Over je veilig voelen op straat en thuis. "
            "Ook over overlast en het voorkomen van criminaliteit."
        ),
    },
    {
        "slug": "gezondheid-zorg-en-hulpverlening",
        "name": "Gezondheid, zorg en hulpverlening",
        "description": (
            "Over gezond leven en hulp als je die nodig hebt. "
            "Bijvoorbeeld zorg dicht bij huis en steun bij problemen."
        ),
    },
    {
        "slug": "samenleven-en-integratie",
        "name": "Samenleven en integratie",
        "description": (
            "Over fijn samenleven met je buren. Mensen met een andere achtergrond "
            "leren elkaar kennen. Zo voelt de wijk meer als thuis."
        ),
    },
    {
        "slug": "leefomgeving-en-openbare-ruimte",
        "name": "Leefomgeving en openbare ruimte",
        "description": (
            "Over straten, pleinen, groen en speelplekken. "
            "De openbare ruimte is de ruimte die van iedereen is."
        ),
    },
    {
        "slug": "duurzaamheid",
        "name": "Duurzaamheid",
        "description": (
            "Over energie besparen, groen en een gezond klimaat. "
            "Ook over huizen die van het aardgas af gaan."
        ),
    },
    {
        "slug": "samenwerken",
        "name": "Samenwerken",
        "description": (
            "Over hoe gemeente, organisaties en bewoners samen aan de wijk werken. "
            "Wie doet wat, en hoe stem je dat af?"
        ),
    },
    {
        "slug": "bewonersparticipatie",
        "name": "Bewonersparticipatie",
        "description": (
            "Over bewoners die meedenken en meebeslissen. En over bewoners die zelf "
            "dingen doen in hun wijk. Dat heet ook wel participatie: meedoen."
        ),
    },
]

AUDIENCES = [
    {
        "slug": "bewoners",
        "name": "Bewoners",
        "description": (
            "Voor mensen die in een wijk wonen en iets willen weten of doen. "
            "Je hebt geen vakkennis nodig."
        ),
    },
    {
        "slug": "professionals",
        "name": "Professionals",
        "description": (
            "Voor mensen die voor hun werk in de wijk bezig zijn. "
            "Bijvoorbeeld bij de gemeente, een woningcorporatie of een wijkteam."
        ),
    },
]

RESOURCE_TYPES = [
    {
        "slug": "handreiking",
        "name": "Handreiking",
        "description": (
            "Een gids met uitleg en tips. "
            "Hij helpt je om iets stap voor stap aan te pakken."
        ),
    },
    {
        "slug": "instrument",
        "name": "Instrument",
        "description": (
            "Een hulpmiddel dat je zelf gebruikt. "
            "Bijvoorbeeld een kaart, een vragenlijst of een dashboard met cijfers."
        ),
    },
    {
        "slug": "onderzoek-of-publicatie",
        "name": "Onderzoek of publicatie",
        "description": (
            "Een rapport, essay of standpunt. "
            "Je leest wat mensen hebben onderzocht of wat ze vinden."
        ),
    },
    {
        "slug": "praktijkvoorbeeld",
        "name": "Praktijkvoorbeeld",
        "description": (
            "Een verhaal over hoe een wijk iets heeft aangepakt. "
            "Je leert van wat anderen deden."
        ),
    },
    {
        "slug": "dossier",
        "name": "Dossier",
        "description": (
            "Veel informatie over één onderwerp bij elkaar. "
            "Een goed begin als je je wilt inlezen."
        ),
    },
    {
        "slug": "video-of-webinar",
        "name": "Video, podcast of webinar",
        "description": (
            "Een filmpje, een podcast of een online bijeenkomst. "
            "Een podcast is een gesprek om naar te luisteren. "
            "Een webinar is een les of gesprek via internet."
        ),
    },
    {
        "slug": "leergang",
        "name": "Leergang",
        "description": (
            "Een reeks lessen of bijeenkomsten. "
            "Je leert samen met anderen over één onderwerp."
        ),
    },
    {
        "slug": "artikel",
        "name": "Artikel",
        "description": (
            "Een kort stuk op de site van een partner. "
            "Bijvoorbeeld een nieuwsbericht, een gesprek of een column."
        ),
    },
    {
        "slug": "programma-of-website",
        "name": "Programma of website",
        "description": (
            "Een pagina over een programma, een netwerk of een regeling. "
            "Je leest wat het is en hoe je meedoet."
        ),
    },
]
