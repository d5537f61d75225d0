"""Demo partners: the real WijkWijzer partners, with their real homepages."""

PARTNERS = [
    {
        "slug": "platform31",
        "name": "Platform31",
        "short_name": "Platform31",
        "website": "https://www.platform31.nl/",
        "description": (
            "Platform31 is een kennis- en netwerkorganisatie voor stad en regio. "
            "Het deelt kennis over wonen, leefbare wijken en de wijkaanpak. "
            "Platform31 pleit voor een wendbare wijkaanpak: een aanpak die "
            "meebeweegt als de wijk verandert."
        ),
    },
    {
        "slug": "verwey-jonker-instituut",
        "name": "Verwey-Jonker Instituut",
        "short_name": "Verwey-Jonker",
        "website": "https://www.verwey-jonker.nl/",
        "description": (
            "Het Verwey-Jonker Instituut doet onderzoek naar sociale vraagstukken. "
            "Denk aan jeugd, zorg, veiligheid en samenleven. "
            "Het instituut is een van de partners van WijkWijzer."
        ),
    },
    {
        "slug": "movisie",
        "name": "Movisie",
        "short_name": "Movisie",
        "website": "https://www.movisie.nl/",
        "description": (
            "Movisie is een kennisinstituut voor welzijn, zorg en meedoen. "
            "Het verzamelt kennis over aanpakken die goed werken. "
            "Movisie beheert ook een databank met onderzochte sociale aanpakken."
        ),
    },
    {
        "slug": "ccv",
        "name": "Centrum voor Criminaliteitspreventie en Veiligheid",
        "short_name": "CCV",
        "website": "https://hetccv.nl/",
        "description": (
            "Het CCV helpt gemeenten en hun partners om criminaliteit te voorkomen. "
            "Het deelt kennis over veiligheid in de wijk. "
            "Een onderwerp is ondermijning: criminelen die gewone bedrijven of "
            "mensen misbruiken."
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
            "LSA is een landelijke vereniging van bewonersgroepen. "
            "Het begon in 1986 als netwerk van bewoners en opbouwwerkers "
            "in wijken met veel problemen. "
            "LSA vindt dat bewoners het vertrekpunt zijn van elke wijkaanpak."
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
            "Het ministerie van BZK gaat onder meer over wonen en wijken. "
            "Sinds 2022 heeft BZK de regie over het Nationaal Programma "
            "Leefbaarheid en Veiligheid. "
            "Daarin werken vijf ministeries samen."
        ),
    },
    {
        "slug": "wijkwijzer",
        "name": "WijkWijzer",
        "short_name": "WijkWijzer",
        "website": "https://www.wijkwijzer.org/",
        "description": (
            "WijkWijzer is het gezamenlijke kennisplatform van deze partners. "
            "Je vindt er kennis over leefbare en veilige wijken. "
            "Bewoners, wijkprofessionals en beleidsmakers kunnen er van elkaar leren."
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
