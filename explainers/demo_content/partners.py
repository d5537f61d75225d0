"""Demo partners: the real WijkWijzer partners, with their real homepages."""

PARTNERS = [
    {
        "slug": "platform31",
        "name": "Platform31",
        "short_name": "Platform31",
        "website": "https://www.platform31.nl/",
        "description": (
            "Platform31 deelt kennis over stad en regio. Het gaat over wonen, fijne "
            "wijken en de wijkaanpak. Platform31 wil een wijkaanpak die meebeweegt als "
            "de wijk verandert. Het noemt dat een wendbare aanpak."
        ),
    },
    {
        "slug": "verwey-jonker-instituut",
        "name": "Verwey-Jonker Instituut",
        "short_name": "Verwey-Jonker",
        "website": "https://www.verwey-jonker.nl/",
        "description": (
            "Het Verwey-Jonker Instituut doet onderzoek naar vragen in de samenleving. "
            "Denk aan jeugd, zorg, veiligheid en samenleven. Het is een van de "
            "partners van WijkWijzer."
        ),
    },
    {
        "slug": "movisie",
        "name": "Movisie",
        "short_name": "Movisie",
        "website": "https://www.movisie.nl/",
        "description": (
            "Movisie weet veel over welzijn, zorg en meedoen. Het zoekt uit welke "
            "aanpak goed werkt. Op de site van Movisie staat ook een lijst met "
            "aanpakken die zijn onderzocht."
        ),
    },
    {
        "slug": "ccv",
        "name": "Centrum voor Criminaliteitspreventie en Veiligheid",
        "short_name": "CCV",
        "website": "https://hetccv.nl/",
        "description": (
            "Het CCV helpt gemeenten en hun partners om misdaad te voorkomen. Het "
            "deelt kennis over veiligheid in de wijk. Een thema is ondermijning: "
            "criminelen die gewone mensen of bedrijven voor hun werk misbruiken."
        ),
    },
    {
        "slug": "lpb",
        "name": "Landelijk Platform Buurt- en Wijkgericht werken",
        "short_name": "LPB",
        "website": "https://lpb.nl/",
        "description": (
            "Deventer, Dordrecht, Breda en Utrecht richtten het LPB op in 1994. "
            "Nu verbindt het wijkwerkers van meer dan 100 gemeenten. "
            "Elk jaar in november houdt het LPB een congres van drie dagen."
        ),
    },
    {
        "slug": "lsa",
        "name": "Landelijk Samenwerkingsverband Actieve bewoners",
        "short_name": "LSA",
        "website": "https://www.lsabewoners.nl/",
        "description": (
            "LSA is een vereniging van bewonersgroepen uit het hele land. Het begon in "
            "1986. Toen was het een netwerk van bewoners en opbouwwerkers in wijken "
            "met veel zorgen. LSA vindt: bewoners staan bij elke wijkaanpak voorop."
        ),
    },
    {
        "slug": "ministerie-van-bzk",
        "name": "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
        "short_name": "BZK",
        "website": (
            "https://www.rijksoverheid.nl/ministeries/"
            "ministerie-van-binnenlandse-zaken-en-koninkrijksrelaties"
        ),
        "description": (
            "Het ministerie van BZK gaat onder meer over wonen en wijken. Sinds 2022 "
            "leidt BZK een landelijk plan voor veilige wijken waar je fijn woont. Vijf "
            "ministeries doen daaraan mee."
        ),
    },
    {
        "slug": "wijkwijzer",
        "name": "WijkWijzer",
        "short_name": "WijkWijzer",
        "website": "https://www.wijkwijzer.org/",
        "description": (
            "WijkWijzer is de site met kennis van deze partners samen. Het gaat over "
            "wijken waar het fijn en veilig wonen is. Bewoners, mensen die in de wijk "
            "werken en beleidsmakers leren er van elkaar."
        ),
    },
    {
        "slug": "vng",
        "name": "Vereniging van Nederlandse Gemeenten",
        "short_name": "VNG",
        "website": "https://vng.nl/",
        "description": (
            "De VNG is de vereniging van alle gemeenten in Nederland. "
            "Ze komt op voor gemeenten en helpt ze met kennis. "
            "De VNG deed ook mee bij de start van WijkWijzer."
        ),
    },
    {
        "slug": "aedes",
        "name": "Aedes",
        "short_name": "Aedes",
        "website": "https://aedes.nl/",
        "description": (
            "Aedes is de vereniging van woningcorporaties in Nederland. "
            "Corporaties verhuren huizen met een lage huur. "
            "Ze doen vaak mee aan de aanpak van een wijk."
        ),
    },
    {
        "slug": "pharos",
        "name": "Pharos",
        "short_name": "Pharos",
        "website": "https://www.pharos.nl/",
        "description": (
            "Pharos is een kenniscentrum over verschillen in gezondheid. "
            "Het wil dat goede zorg er is voor iedereen. "
            "Pharos helpt ook gemeenten die werken aan gezonde wijken."
        ),
    },
    {
        "slug": "kis",
        "name": "Kennisplatform Inclusief Samenleven",
        "short_name": "KIS",
        "website": "https://www.kis.nl/",
        "description": (
            "KIS deelt kennis over hoe we samenleven met mensen die anders zijn "
            "dan wij. Het gaat over meedoen en over discriminatie. "
            "KIS maakt ook de KIS Wijkmonitor, met cijfers over wijken."
        ),
    },
]
