"""Demo articles: news and stories from (visibly fictional) neighbourhoods."""


def h2(text):
    return ("heading", {"text": text, "level": "h2"})


def h3(text):
    return ("heading", {"text": text, "level": "h3"})


def p(text, *items, ordered=False):
    """A paragraph block; extra arguments become the items of a list below it."""
    html = f"<p>{text}</p>" if text else ""
    if items:
        tag = "ol" if ordered else "ul"
        html += f"<{tag}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{tag}>"
    return ("paragraph", html)


def link(url, text):
    return f'<a href="{url}">{text}</a>'


def tip(title, text):
    return ("callout", {"kind": "tip", "title": title, "text": f"<p>{text}</p>"})


def let_op(title, text):
    return ("callout", {"kind": "let-op", "title": title, "text": f"<p>{text}</p>"})


def quote(text, source):
    return ("quote", {"quote": text, "source": source})


ARTICLES = [
    {
        "slug": "bewonersplatform-wijkaanpak-lsa",
        "title": "Bewoners uit wijken met een wijkaanpak praten weer samen",
        "date": "2025-03-18",
        "author": "Demoredactie",
        "intro": (
            "In 2022 startte LSA opnieuw een landelijk platform voor bewoners uit "
            "wijken met een wijkaanpak. Wat is zo'n platform, en wat heb je eraan?"
        ),
        "themes": ["bewonersparticipatie", "samenwerken"],
        "body": [
            h2("Wie is LSA?"),
            p(
                "LSA staat voor Landelijk Samenwerkingsverband Actieve bewoners. "
                "Het is een vereniging van bewonersgroepen uit heel Nederland. LSA "
                "begon in 1986 als netwerk van bewoners en opbouwwerkers. De eerste "
                "landelijke bewonersdag was in oktober 1987 in Deventer."
            ),
            h2("Een platform voor bewoners"),
            p(
                "In 2022 startte LSA opnieuw een bewonersplatform. Het is bedoeld "
                "voor wijken met een wijkaanpak. Eerst deden er twaalf wijken mee. "
                "Bewoners wisselen er ervaringen uit. Ze bespreken wat goed gaat en "
                "wat beter kan."
            ),
            h2("Waarom is dat nuttig?"),
            p(
                "Bewoners in een wijkaanpak lopen vaak tegen dezelfde dingen aan. "
                "Plannen zijn ingewikkeld. Organisaties praten in vaktaal. Besluiten "
                "duren lang. Samen sta je sterker. Je leert van elkaar. En je laat "
                "samen je stem horen bij de landelijke politiek."
            ),
            h3("Weerbaar en wendbaar"),
            p(
                "LSA pleit voor een <i>weerbare</i> wijkaanpak. Dat is een aanpak "
                "die bewoners sterker maakt. Platform31 spreekt van een "
                "<i>wendbare</i> wijkaanpak. Die past zich aan als de wijk "
                "verandert. De twee ideeën vullen elkaar goed aan."
            ),
            tip(
                "Meer weten?",
                "Kijk op de "
                + link("https://www.lsabewoners.nl/", "website van LSA")
                + ". Daar lees je ook hoe je contact opneemt.",
            ),
        ],
        "resources": [
            ("lsa-agenda-van-de-wijk", "Waarom de wensen van de wijk voorop staan."),
            ("lsa-wat-is-wijkaanpak", "Korte uitleg over de wijkaanpak door LSA."),
        ],
    },
    {
        "slug": "buurthuis-in-zelfbeheer-voorbeeldstad",
        "fictional": True,
        "title": "Het Trefpunt: een buurthuis in handen van bewoners",
        "date": "2025-05-20",
        "author": "Noor Bakker",
        "intro": (
            "In het verzonnen Voorbeeldstad runnen bewoners zelf hun buurthuis. Hoe "
            "doen ze dat, en waar lopen ze tegenaan?"
        ),
        "themes": [
            "bewonersparticipatie",
            "samenleven-en-integratie",
            "leefomgeving-en-openbare-ruimte",
        ],
        "body": [
            h2("Van sluiting naar zelfbeheer"),
            p(
                "Drie jaar geleden wilde de gemeente het buurthuis sluiten. Er was "
                "geen geld meer voor een beheerder. Een groep bewoners besloot het "
                "zelf te doen. Nu houden twintig vrijwilligers het Trefpunt open."
            ),
            h2("Wat betekent zelfbeheer?"),
            p(
                "Bij <b>zelfbeheer</b> regelen bewoners zelf de dagelijkse gang van "
                "zaken. Ze openen en sluiten het gebouw. Ze maken het rooster en "
                "houden de kas bij. De gemeente blijft eigenaar van het gebouw. Zij "
                "betaalt ook het grote onderhoud."
            ),
            quote(
                "Het is veel werk. Maar als ik zie hoeveel mensen hier binnenlopen, "
                "weet ik waarom ik het doe.",
                "Gerda, vrijwilliger bij het Trefpunt in Voorbeeldstad",
            ),
            h2("Waar lopen ze tegenaan?"),
            p(
                "",
                "Het is lastig om genoeg vrijwilligers te vinden.",
                "Regels over verzekering en brandveiligheid zijn ingewikkeld.",
                "De energierekening van het oude gebouw is hoog.",
            ),
            h3("Tip van het Trefpunt"),
            p(
                "Maak vooraf duidelijke afspraken met de gemeente. Wie betaalt wat? "
                "Wie beslist over het gebouw? Zet het op papier. Dat voorkomt later "
                "veel gedoe."
            ),
        ],
        "resources": [
            (
                "lsa-buurtrechten-in-kaart",
                "Over het recht van bewoners om een gebouw in beheer te nemen.",
            ),
        ],
    },
    {
        "slug": "twintig-focusgebieden-nplv",
        "title": "De 20 focusgebieden van het nationale programma",
        "date": "2025-07-04",
        "author": "Demoredactie",
        "intro": (
            "Het Nationaal Programma Leefbaarheid en Veiligheid richt zich op 20 "
            "gebieden. Drie jaar na de start zetten we ze op een rij."
        ),
        "themes": ["veiligheid-en-criminaliteit", "wonen", "samenwerken"],
        "body": [
            h2("Drie jaar programma"),
            p(
                "Op 4 juli 2022 startte het programma. Het gaat om 20 gebieden in "
                "19 gemeenten. Samen wonen er ongeveer 1,2 miljoen mensen. In deze "
                "gebieden komen problemen met wonen, geld en veiligheid samen."
            ),
            h2("Alle gebieden op een rij"),
            p(
                "Dit zijn de 20 focusgebieden:",
                "Leeuwarden-Oost",
                "Groningen Noord",
                "Arnhem Oost",
                "Heerlen Noord",
                "Breda Noord",
                "Eindhoven Woensel-Zuid",
                "Tilburg Noordwest",
                "Schiedam Nieuwland-Oost",
                "Rotterdam-Zuid",
                "Den Haag Zuidwest",
                "Amsterdam Zuidoost",
                "Amsterdam Nieuw-West",
                "Zaandam Oost",
                "Lelystad Oost",
                "Utrecht Overvecht",
                "Nieuwegein Centrale-As",
                "Vlaardingen West",
                "Delft West",
                "Dordrecht West",
                "Roosendaal-stad",
            ),
            tip(
                "Twee gebieden in één gemeente",
                "Amsterdam heeft twee focusgebieden: Zuidoost en Nieuw-West. Daarom "
                "zijn het 20 gebieden in 19 gemeenten.",
            ),
            h2("Hoe gaat het met de gebieden?"),
            p(
                "Het CBS verzamelt cijfers over de focusgebieden. Zo kun je zien "
                "hoe ze zich ontwikkelen. Maar cijfers vertellen niet alles. Vraag "
                "ook bewoners hoe zij hun wijk zien. Het programma loopt nog minstens "
                "twaalf jaar. Er is dus tijd om te leren en bij te sturen."
            ),
        ],
        "resources": [
            (
                "wijkwijzer-dashboard-zicht-op-wijken",
                "Cijfers over wijken, overzichtelijk in beeld.",
            ),
            (
                "platform31-leefbare-wijken",
                "Kennis over leefbare wijken en buurten.",
            ),
        ],
    },
    {
        "slug": "burendag-in-voorbeeldwijk",
        "fictional": True,
        "title": "Burendag in Voorbeeldwijk: soep, muziek en een moestuin",
        "date": "2025-10-02",
        "author": "Ilse de Vries",
        "intro": (
            "Zaterdag 27 september was het Burendag. In het verzonnen Voorbeeldwijk "
            "vierden bewoners dat samen. Ze zaten aan een lange tafel op straat."
        ),
        "themes": [
            "samenleven-en-integratie",
            "bewonersparticipatie",
            "leefomgeving-en-openbare-ruimte",
        ],
        "body": [
            h2("Wat is Burendag?"),
            p(
                "Burendag is elk jaar op de vierde zaterdag van september. Het "
                "Oranje Fonds organiseert de dag samen met Douwe Egberts. Buurten "
                "kunnen een kleine bijdrage aanvragen voor een activiteit. Het doel "
                "is simpel: buren leren elkaar kennen."
            ),
            h2("Een lange tafel in de Lindelaan"),
            p(
                "In Voorbeeldwijk zetten bewoners tafels op straat. Iedereen nam "
                "iets te eten mee. Er was soep uit Marokko, Suriname en Drenthe. "
                "Kinderen tekenden met stoepkrijt. Een buurman speelde accordeon."
            ),
            quote(
                "Ik woon hier al twaalf jaar. Vandaag sprak ik voor het eerst met "
                "mijn overburen.",
                "Ahmed, bewoner van de Lindelaan in Voorbeeldwijk",
            ),
            h2("Een plan voor een moestuin"),
            p(
                "Aan het eind van de middag ontstond een nieuw plan. Op een leeg "
                "grasveld moet een moestuin komen. De woningcorporatie vindt het een "
                "goed idee. Een opbouwwerker helpt de groep met de aanvraag."
            ),
            h3("Zelf een Burendag organiseren?"),
            p(
                "Begin op tijd. Kijk bij het Oranje Fonds wanneer je een bijdrage "
                "kunt aanvragen. En vraag buren om mee te helpen. Samen is het "
                "leuker."
            ),
        ],
        "resources": [
            (
                "lsa-tips-wijkaanpak-met-bewoners",
                "Tips om bewoners te betrekken bij plannen voor de wijk.",
            ),
        ],
    },
    {
        "slug": "lpb-congres-elke-november",
        "title": "Elk jaar in november: het congres van LPB",
        "date": "2025-11-06",
        "author": "Demoredactie",
        "intro": (
            "Elk jaar in november komen wijkprofessionals uit het hele land bij "
            "elkaar. Het congres van LPB is een vaste traditie."
        ),
        "themes": ["samenwerken", "bewonersparticipatie"],
        "body": [
            h2("Wat is LPB?"),
            p(
                "LPB staat voor Landelijk Platform Buurt- en Wijkgericht werken. "
                "Vier gemeenten richtten het op in 1994: Deventer, Dordrecht, Breda "
                "en Utrecht. Nu doen er meer dan honderd gemeenten mee. Het netwerk "
                "verbindt mensen die in wijken werken. Kijk voor meer informatie op "
                + link("https://lpb.nl/", "de website van LPB")
                + "."
            ),
            h2("Drie dagen leren en ontmoeten"),
            p(
                "Het congres duurt drie dagen. Elk jaar is een andere stad de "
                "gastheer. De laatste jaren waren dat onder meer Eindhoven, Enschede "
                "en Utrecht. Deelnemers bezoeken wijken in de gaststad. Ze volgen "
                "workshops en praten met collega's."
            ),
            h2("Waarom steeds een andere stad?"),
            p(
                "In een andere stad zie je hoe anderen werken. Je ziet hun wijken "
                "met eigen ogen. Dat levert nieuwe ideeën op. Die neem je mee naar "
                "je eigen wijk."
            ),
            h3("Ook voor de zomer"),
            p(
                "Voor de zomer organiseert LPB ook regionale bijeenkomsten. Die zijn "
                "kleiner en dichter bij huis."
            ),
            tip(
                "Nieuw in de wijk?",
                "Ga eens mee naar het congres. Je bouwt in korte tijd een groot "
                "netwerk op.",
            ),
        ],
        "resources": [
            (
                "wijkwijzer-leernetwerk",
                "Nog een manier om van collega's in andere wijken te leren.",
            ),
        ],
    },
    {
        "slug": "schrijven-op-b1-niveau",
        "title": "Schrijven op B1-niveau: zo doe je dat",
        "date": "2026-01-22",
        "author": "Lotte Jansen",
        "intro": (
            "Brieven en wijkplannen zijn vaak moeilijk te lezen. Schrijven op "
            "B1-niveau helpt, en met deze vijf tips lukt dat beter."
        ),
        "themes": ["bewonersparticipatie", "samenwerken"],
        "body": [
            h2("Wat is B1?"),
            p(
                "B1 is een taalniveau. De meeste Nederlanders begrijpen teksten op "
                "dit niveau. De overheid raadt aan om op B1 te schrijven. Toch zijn "
                "veel teksten van gemeenten en organisaties moeilijker."
            ),
            h2("Waarom is het belangrijk?"),
            p(
                "Een moeilijke brief leg je snel weg. Dan mis je informatie over je "
                "wijk. Bijvoorbeeld over een avond waar je kunt meepraten. Een "
                "duidelijke tekst bereikt meer mensen."
            ),
            quote(
                "Sinds we op B1 schrijven, komen er meer mensen naar de bewonersavond.",
                "Karin, wijkmanager in Voorbeeldstad",
            ),
            h2("Vijf tips"),
            p(
                "",
                "Schrijf korte zinnen, met één gedachte per zin.",
                "Kies gewone woorden. Schrijf 'huis' en niet 'wooneenheid'.",
                "Gebruik je toch een vakwoord? Leg het dan uit.",
                "Spreek de lezer direct aan, met 'je'. Doe dat in de hele tekst.",
                "Zet het belangrijkste bovenaan.",
                ordered=True,
            ),
            h2("Hulpmiddelen"),
            p(
                "Er zijn tools die je tekst controleren. LiNT is zo'n hulpmiddel. "
                "Medewerkers van de overheid kunnen het gratis gebruiken via "
                "Gebruiker Centraal. Het programma Direct Duidelijk helpt overheden "
                "om helder te schrijven."
            ),
            let_op(
                "Test met echte lezers",
                "Een tool geeft alleen een indicatie. Laat je tekst ook lezen door "
                "een paar bewoners. Vraag wat ze ervan begrijpen.",
            ),
        ],
        "resources": [
            (
                "lsa-tips-wijkaanpak-met-bewoners",
                "Meer tips voor goed contact met bewoners.",
            ),
        ],
    },
    {
        "slug": "drie-stappen-wijzer-in-de-wijk",
        "title": "Wijzer in de Wijk: in drie stappen naar een plan",
        "date": "2026-02-26",
        "author": "Demoredactie",
        "intro": (
            "Hoe maak je een plan voor een wijk met veel problemen? Het project "
            "Wijzer in de Wijk werkt met drie stappen."
        ),
        "themes": [
            "samenwerken",
            "gezondheid-zorg-en-hulpverlening",
            "onderwijs-en-opvoeding",
        ],
        "body": [
            h2("Over het project"),
            p(
                "ZonMw betaalde het project Wijzer in de Wijk. ZonMw geeft geld "
                "voor onderzoek naar gezondheid en zorg. Het project liep in drie "
                "gebieden: Alphen aan den Rijn, Den Haag Zuidwest en Leiden "
                "Stevenshof."
            ),
            h2("De drie stappen"),
            p(
                "",
                "<b>De wijk als geheel in kaart brengen.</b> Je kijkt naar alle "
                "thema's tegelijk, niet naar één probleem.",
                "<b>Thema's kiezen vanuit een gedeelde visie.</b> Partijen en "
                "bewoners bepalen samen wat het belangrijkst is.",
                "<b>Een plan maken.</b> Het plan is een mix van interventies en "
                "afspraken. Een deel van de interventies is erkend. Dat betekent: "
                "ze zijn goed onderzocht.",
                ordered=True,
            ),
            h2("Een model, geen recept"),
            p(
                "De drie stappen zijn een hulpmiddel. Elke wijk vult ze op een "
                "eigen manier in. Het belangrijkste is dat je samen begint. En dat "
                "je niet meteen naar oplossingen grijpt. Zo voorkom je ook dat elke "
                "organisatie een eigen plan maakt."
            ),
            tip(
                "Erkende interventies vinden",
                "Movisie houdt een databank bij met sociale interventies. Je ziet "
                "daar hoe goed ze zijn onderzocht.",
            ),
        ],
        "resources": [
            (
                "movisie-databank-effectieve-interventies",
                "Zoek interventies en zie hoe goed ze werken.",
            ),
            (
                "wijkwijzer-in-vijf-stappen",
                "Een ander stappenplan om te vergelijken.",
            ),
        ],
    },
    {
        "slug": "samen-de-wijk-verduurzamen",
        "fictional": True,
        "title": "Samen de wijk verduurzamen in Voorbeeldwijk",
        "date": "2026-04-14",
        "author": "Daan Hoekstra",
        "intro": (
            "In het verzonnen Voorbeeldwijk helpen buren elkaar om minder energie te "
            "gebruiken. Zo wordt de rekening lager. Bewoners gaan als coach langs de "
            "deuren."
        ),
        "themes": ["duurzaamheid", "wonen", "bewonersparticipatie"],
        "body": [
            h2("Een hoge energierekening"),
            p(
                "Veel huizen in Voorbeeldwijk zijn oud. Ze zijn slecht geïsoleerd. "
                "Daardoor is de energierekening hoog. Vooral voor mensen met weinig "
                "geld is dat zwaar."
            ),
            h2("Energiecoaches aan de deur"),
            p(
                "Tien bewoners volgden een korte cursus. Nu zijn ze energiecoach. Ze "
                "gaan op bezoek bij buren en geven tips. Soms nemen ze tochtstrips "
                "of een zuinige douchekop mee."
            ),
            quote(
                "Mensen doen sneller open voor een buurvrouw dan voor een bedrijf.",
                "Yvonne, energiecoach in Voorbeeldwijk",
            ),
            h2("De corporatie doet mee"),
            p(
                "De woningcorporatie isoleert de komende jaren een deel van de "
                "huizen. Bewoners praten mee over de planning. Zo weten ze op tijd "
                "wanneer de bouwvakkers komen."
            ),
            h3("Energie als derde agenda"),
            p(
                "LSA noemt energie de derde agenda van de wijk. De andere twee zijn "
                "de sociale en de fysieke agenda. De <b>energietransitie</b> is de "
                "overstap naar schone energie. Die raakt iedere bewoner."
            ),
        ],
        "resources": [
            (
                "lsa-agenda-van-de-wijk",
                "Over de sociale, fysieke en energie-agenda van de wijk.",
            ),
        ],
    },
    {
        "slug": "wijkagent-en-bewoners-aan-tafel",
        "fictional": True,
        "title": "De wijkagent en bewoners aan één tafel",
        "date": "2026-06-09",
        "author": "Mila Verhoef",
        "intro": (
            "In het verzonnen Voorbeeldwijk praten bewoners elke maand met de "
            "wijkagent. Wat levert dat op?"
        ),
        "themes": [
            "veiligheid-en-criminaliteit",
            "samenleven-en-integratie",
            "bewonersparticipatie",
        ],
        "body": [
            h2("Koffie op dinsdag"),
            p(
                "Elke eerste dinsdag van de maand is er koffie in het buurthuis. "
                "Wijkagent Ruud schuift dan aan. Bewoners vertellen wat ze zien en "
                "horen. Ruud vertelt wat de politie doet. Er komen elke keer tien "
                "tot twintig bewoners. Soms schuiven ook jongeren uit de buurt aan."
            ),
            quote(
                "Ik hoor hier dingen die nooit in een melding staan.",
                "Ruud, wijkagent in Voorbeeldwijk",
            ),
            h2("Wat levert het op?"),
            p(
                "",
                "Bewoners weten beter bij wie ze terechtkunnen.",
                "De politie hoort sneller over problemen.",
                "Kleine ergernissen worden opgelost voordat ze groot worden.",
            ),
            h2("Ook de gemeente luistert mee"),
            p(
                "Soms gaat het over een kapotte lantaarnpaal of een donker pad. Dan "
                "schuift ook de wijkmanager van de gemeente aan. Zo zijn problemen "
                "sneller opgelost. De wijkmanager noteert wat er is besproken. De "
                "volgende keer vertelt ze wat ermee is gedaan."
            ),
            let_op(
                "Geen vervanging van 112",
                "Het overleg is voor zorgen en ideeën. Bij spoed bel je altijd 112.",
            ),
        ],
        "resources": [
            (
                "ccv-woonoverlast-dossieropbouw",
                "Wat de burgemeester kan doen bij veel overlast.",
            ),
            (
                "ccv-vormen-van-burgerparticipatie",
                "Hoe bewoners helpen om de buurt veilig te houden.",
            ),
            ("ccv-zicht-op-ondermijning", "Signalen van misdaad in de buurt."),
            ("kis-weerbare-buurten-polarisatie", "Spanning in de buurt op tijd zien."),
            (
                "aedes-buurtbemiddeling",
                "Hulp bij ruzie tussen buren.",
            ),
        ],
    },
    {
        "slug": "terugblik-zomer-voorbeeldwijk",
        "fictional": True,
        "title": "Terugblik: de zomer in Voorbeeldwijk",
        "date": "2026-09-15",
        "author": "Ilse de Vries",
        "intro": (
            "Deze zomer was er veel te doen voor kinderen in het verzonnen "
            "Voorbeeldwijk. We blikken terug."
        ),
        "themes": ["samenleven-en-integratie", "onderwijs-en-opvoeding"],
        "state": "draft",
        "body": [
            h2("Zes weken vol activiteiten"),
            p(
                "In de zomervakantie gingen veel gezinnen niet op reis. Daarom "
                "maakten bewoners en het welzijnswerk een zomerprogramma. Er was "
                "elke week sport, knutselen en een uitje. Een sportclub gaf elke "
                "dinsdag een gratis training op het trapveld."
            ),
            h2("Lezen in het park"),
            p(
                "Op woensdag kwam de bibliotheek naar het park. Vrijwilligers lazen "
                "voor op dekens in het gras. Zo bleven kinderen ook in de vakantie "
                "lezen."
            ),
            quote(
                "Mijn zoon wilde elke woensdag als eerste bij de dekens zijn.",
                "Priya, moeder in Voorbeeldwijk",
            ),
            h3("Jong en oud samen"),
            p(
                "Ouders hielpen mee met limonade en fruit. Oudere buren gaven een "
                "workshop breien. Zo leerden jong en oud elkaar beter kennen."
            ),
            h2("Volgend jaar weer?"),
            p(
                "De organisatoren willen het graag herhalen. Ze zoeken nog "
                "vrijwilligers en een sponsor. Een fonds heeft al interesse getoond. "
                "Wil je helpen? Meld je dan bij het buurthuis."
            ),
        ],
        "resources": [
            (
                "platform31-wijkengids",
                "Een gids met kennis over de aanpak van wijken.",
            ),
        ],
    },
]
