"""Demo home page texts and content pages (about, privacy, accessibility)."""


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


DEMO_EMAIL = "redactie@wijkwijzer.example"

HOME = {
    "intro": (
        "Wijkwijzer legt in gewone taal uit hoe een wijkaanpak werkt. Je leest "
        "hier hoe bewoners en organisaties samen een wijk beter maken."
    ),
    "residents_text": (
        "Lees wat een wijkaanpak voor jou betekent en hoe je kunt meedoen."
    ),
    "professionals_text": (
        "Vind uitleg en hulpmiddelen om goed samen te werken in de wijk."
    ),
    "featured": [
        "wat-is-een-wijkaanpak",
        "de-rol-van-bewoners",
        "aan-de-slag-met-een-wijkaanpak",
        "wie-doet-wat-in-de-wijk",
    ],
}

CONTENT_PAGES = [
    {
        "slug": "over-wijkwijzer",
        "title": "Over Wijkwijzer",
        "summary": (
            "Wijkwijzer is een demo: een losse website over de wijkaanpak. Het is "
            "niet de echte WijkWijzer en ook geen site van de overheid."
        ),
        "body": [
            h2("Wat is deze website?"),
            p(
                "Op deze website lees je uitleg over de wijkaanpak. Bij een "
                "wijkaanpak werken gemeente, corporatie, zorg en bewoners samen aan "
                "een betere wijk. We leggen uit hoe dat werkt en wie wat doet."
            ),
            let_op(
                "Dit is een demo",
                "Deze website is een voorbeeld. Een klein demoteam heeft hem "
                "gemaakt en houdt hem bij. Het is niet de echte "
                + link("https://www.wijkwijzer.org/", "WijkWijzer")
                + ". Het is ook geen website van de overheid of van een "
                "ministerie. Voorbeeldwijk en Voorbeeldstad bestaan niet. De "
                "mensen in de verhalen zijn ook verzonnen.",
            ),
            h2("Wie maakt deze site?"),
            p(
                "Een demoteam, los van alle organisaties die je op deze site "
                "tegenkomt. Op de pagina Partners staan organisaties die veel weten "
                "over de wijkaanpak. Wij linken naar hun werk. Zij maken deze site "
                "niet en hebben de teksten niet nagekeken."
            ),
            h2("Voor wie is Wijkwijzer?"),
            p(
                "Wijkwijzer is er voor twee groepen:",
                "<b>bewoners</b> die willen weten wat er in hun wijk gebeurt, en "
                "hoe ze kunnen meedoen;",
                "<b>professionals</b> die in de wijk werken. Bijvoorbeeld bij de "
                "gemeente, een corporatie, het welzijnswerk of de zorg.",
            ),
            h2("Hoe schrijven we?"),
            p(
                "We schrijven op taalniveau B1. Dat betekent: korte zinnen en "
                "gewone woorden. Moeilijke woorden leggen we uit. Zo kan bijna "
                "iedereen de teksten lezen."
            ),
            h2("Waar komt de kennis vandaan?"),
            p(
                "We schrijven alle teksten zelf. De feiten halen we uit openbare "
                "bronnen. Bij veel pagina's verwijzen we naar organisaties die er "
                "meer over weten. Een voorbeeld is het echte kennisplatform "
                + link("https://www.wijkwijzer.org/", "WijkWijzer")
                + ". Deze demowebsite is daar geen onderdeel van."
            ),
            h3("Een fout gezien?"),
            p(
                f"Klopt er iets niet? Mail dan naar {DEMO_EMAIL}. Dat is een "
                "verzonnen adres, want dit is een demo."
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "summary": (
            "Wijkwijzer volgt je niet. We zetten geen cookies om je te volgen. En we "
            "bewaren niets over wie je bent."
        ),
        "body": [
            h2("In het kort"),
            p(
                "",
                "We plaatsen geen trackingcookies.",
                "We laden geen scripts of diensten van andere bedrijven.",
                "We bewaren geen persoonsgegevens van lezers.",
            ),
            h2("Wat zijn cookies?"),
            p(
                "Een <b>cookie</b> is een klein bestandje dat een website op je "
                "computer of telefoon zet. Sommige cookies zijn nodig om een "
                "website te laten werken. Andere volgen wat je doet, ook op andere "
                "websites. Die laatste soort heet een trackingcookie."
            ),
            h2("Welke cookies gebruiken we?"),
            p(
                "Als lezer krijg je van ons geen cookies om je te volgen. Er is één "
                "uitzondering. Sommige pagina's zijn afgeschermd met een "
                "wachtwoord. Vul je dat wachtwoord in? Dan zet de website een "
                "functioneel cookie. Zo hoef je het wachtwoord niet steeds opnieuw "
                "in te vullen. Daar is geen toestemming voor nodig."
            ),
            h2("Wat we niet bewaren"),
            p(
                "We vragen je niet om je naam of je e-mailadres. Er is geen "
                "account voor lezers. We maken geen profiel van wat je leest. We "
                "bewaren geen IP-adres en niet welke browser of telefoon je "
                "gebruikt. We verkopen niets en delen niets met andere bedrijven."
            ),
            h2("Wat we wel tellen"),
            p(
                "We tellen hoe vaak een pagina per dag gelezen wordt. Meer niet: "
                "alleen de pagina, de dag en het aantal. Niet wie er las. Bezoeken "
                "van zoekmachines en andere robots tellen we niet mee. Zo zien we "
                "welke uitleg veel gelezen wordt.",
                "Zoek je op de site? Dan tellen we het zoekwoord, niet wie zocht.",
                "Vul je onder een pagina in of die nuttig was? Dan bewaren we "
                "alleen ja of nee, je reactie en de dag. Zet er geen naam of "
                "telefoonnummer in. Doe je dat toch, dan halen we e-mailadressen "
                "en telefoonnummers eruit.",
            ),
            h2("Wat we nog meer bewaren"),
            p(
                "Verder bewaren we de teksten van de website zelf. De redactie "
                "heeft een account om teksten te schrijven. Dat zijn gegevens van "
                "het demoteam, niet van lezers."
            ),
            tip(
                "Links naar andere websites",
                "Klik je op een link naar een andere organisatie? Dan geldt daar "
                "het privacybeleid van die organisatie. Lees dat op hun eigen "
                "website.",
            ),
            h2("Vragen over privacy"),
            p(
                "Deze website is een demo met verzonnen inhoud. Een demoteam houdt "
                f"hem bij. Heb je een vraag? Mail naar {DEMO_EMAIL}. Let op: dat "
                "is een voorbeeldadres."
            ),
        ],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheidsverklaring",
        "summary": (
            "We willen dat iedereen Wijkwijzer kan gebruiken. Hier lees je hoe "
            "toegankelijk de website nu is en hoe je een probleem meldt."
        ),
        "body": [
            h2("Iedereen moet de website kunnen gebruiken"),
            p(
                "Wijkwijzer moet werken voor iedereen. Ook voor mensen die slecht "
                "zien of horen. En voor mensen die geen muis gebruiken, of moeite "
                "hebben met lezen. Dat noemen we <b>digitale "
                "toegankelijkheid</b>."
            ),
            h2("Onze norm"),
            p(
                "We volgen de richtlijnen van WCAG 2.2, niveau AA. WCAG is een "
                "internationale norm voor toegankelijke websites. Deze verklaring "
                "volgt zo goed mogelijk het officiële Nederlandse model."
            ),
            h2("Status: B — voldoet gedeeltelijk"),
            p(
                "De website voldoet nog niet aan alle eisen. We weten van een paar "
                "problemen:",
                "nog niet alle pagina's zijn getest met een schermlezer;",
                "sommige afbeeldingen hebben nog geen goede beschrijving;",
                "mensen met een beperking hebben de website nog niet getest.",
            ),
            p(
                "We werken eraan om deze problemen op te lossen. We werken deze "
                "verklaring bij als er iets verandert."
            ),
            h2("Wat we al doen"),
            p(
                "",
                "We schrijven op taalniveau B1.",
                "We bouwen pagina's zo dat ze werken met alleen een toetsenbord.",
                "De tekst wordt groter als je inzoomt, zonder dat er iets wegvalt.",
                "We kiezen kleuren met genoeg contrast.",
            ),
            h2("Een probleem melden"),
            p(
                "Loop je tegen een probleem aan? Laat het ons weten. Mail naar "
                f"{DEMO_EMAIL}. Vertel op welke pagina het was. En wat er misging. "
                "We reageren binnen tien werkdagen."
            ),
            let_op(
                "Dit is een demo",
                "Deze website en het e-mailadres zijn een voorbeeld. Lees meer "
                "over verklaringen op "
                + link(
                    "https://www.toegankelijkheidsverklaring.nl/",
                    "toegankelijkheidsverklaring.nl",
                )
                + ".",
            ),
        ],
    },
    {
        "slug": "intern-overleg",
        "title": "Intern: planning redactie",
        "summary": (
            "Interne pagina voor het demoteam. Hier staat de planning van de redactie."
        ),
        "state": "private",
        "body": [
            let_op(
                "Alleen voor de redactie",
                "Deze pagina is afgeschermd met een wachtwoord. Deel de inhoud "
                "niet buiten het demoteam.",
            ),
            h2("Planning komende maanden"),
            p(
                "",
                "Uitleg over veiligheid in de wijk afmaken en laten nakijken.",
                "De pagina over meten bijwerken met nieuwe voorbeelden.",
                "Een artikel schrijven over Burendag 2026.",
            ),
            h2("Afspraken"),
            p(
                "We controleren elke nieuwe tekst op B1-niveau. Een tweede "
                "redacteur leest altijd mee. Voor publicatie kijken we of alle "
                "links nog werken."
            ),
            h3("Overleg"),
            p(
                "De redactie overlegt elke twee weken op maandag. Zet onderwerpen "
                "op de lijst, uiterlijk de vrijdag ervoor."
            ),
        ],
    },
]
