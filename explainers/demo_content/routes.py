"""Demo start pages for the two routes on the home page, in plain Dutch (B1).

Every link goes to a real website named in the seed facts. No phone numbers or
addresses: readers are sent to the website of their own gemeente.
"""

LSA = "https://www.lsabewoners.nl/"
LSA_BUURTRECHTEN = "https://www.lsabewoners.nl/buurtrechten-in-kaart/"
VNG_RIGHT_TO_CHALLENGE = "https://vng.nl/right-to-challenge"
LPB = "https://lpb.nl/"
MOVISIE_DATABANK = (
    "https://www.movisie.nl/databank-effectieve-sociale-interventies/over-databank"
)


def _heading(text):
    return ("heading", {"text": text, "level": "h2"})


def _tip(title, text):
    return ("callout", {"kind": "tip", "title": title, "text": f"<p>{text}</p>"})


ROUTES = [
    {
        "slug": "ik-woon-in-de-wijk",
        "title": "Ik woon in de wijk",
        "audience": "bewoners",
        "home_field": "residents_page",
        "summary": (
            "Komt er een wijkaanpak in jouw wijk? Dan kun je meedoen en meebeslissen. "
            "Hier lees je hoe dat gaat en wie je helpt."
        ),
        "body": [
            _heading("Wat betekent een wijkaanpak voor jou?"),
            (
                "paragraph",
                "<p>Bij een wijkaanpak werken organisaties een aantal jaren samen "
                "aan jouw wijk. Denk aan de gemeente, de woningcorporatie, het "
                "wijkteam, scholen en de politie. Ze maken samen afspraken over wat "
                "beter moet. Bijvoorbeeld betere huizen, hulp bij geldzorgen of een "
                "veiliger plein.</p>"
                "<p>Jij woont in de wijk. Jij weet wat er speelt. Die kennis is "
                "hard nodig. Daarom hoor jij mee te praten en mee te beslissen. "
                "Niet alleen aan het eind, maar vanaf het begin.</p>",
            ),
            _heading("Zo doe je mee"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Kom naar een bewonersavond.</b> Daar hoor je wat de "
                "plannen zijn. En je zegt wat jij belangrijk vindt. Vraag bij de "
                "gemeente of in het buurthuis wanneer er een is.</li>"
                "<li><b>Gebruik je buurtrechten.</b> Buurtrechten geven bewoners "
                "meer te zeggen over hun buurt. Bijvoorbeeld over een gebouw, een "
                "plein of plannen voor de buurt. Op de "
                f'<a href="{LSA_BUURTRECHTEN}">website van LSA</a> lees je meer '
                "over buurtrechten.</li>"
                "<li><b>Neem een taak over.</b> Kunnen jullie een taak van de "
                "gemeente beter zelf doen? Bijvoorbeeld het onderhoud van het "
                "groen? Dan kun je de gemeente uitdagen. Dat heet het uitdaagrecht, "
                "of Right to Challenge. De Vereniging van Nederlandse Gemeenten "
                f'legt op <a href="{VNG_RIGHT_TO_CHALLENGE}">haar website</a> '
                "uit hoe het werkt.</li>"
                "<li><b>Vraag geld voor een plan.</b> Sommige gemeenten hebben een "
                "buurtbudget. Dat is geld waarover bewoners zelf beslissen. Kijk op "
                "de website van je gemeente of dat er bij jou ook is.</li>"
                "</ul>",
            ),
            _tip(
                "Je hoeft niet alles te doen",
                "Eén keer je mening geven helpt ook al. Doe wat bij jou past, "
                "en zoveel als jij wilt.",
            ),
            _heading("Bij wie kun je terecht?"),
            (
                "paragraph",
                "<ul>"
                "<li><b>Het wijkteam</b> helpt je bij vragen over zorg, geld, "
                "opvoeden of eenzaamheid. Op de website van je gemeente zie je "
                "welk wijkteam bij jouw adres hoort.</li>"
                "<li><b>De gemeente</b> weet meer over de wijkaanpak, buurtrechten "
                "en een buurtbudget. Vraag wie de wijkaanpak in jouw wijk "
                "regelt.</li>"
                "<li><b>Je woningcorporatie</b> is er als je huurt. Bijvoorbeeld "
                "voor vragen over je huis, onderhoud of overlast.</li>"
                "<li><b>Een bewonersorganisatie</b> komt op voor de buurt. Denk "
                "aan een bewonerscommissie, een huurdersvereniging of een "
                "bewonersplatform. Landelijk is er "
                f'<a href="{LSA}">LSA</a>, een vereniging van actieve '
                "bewoners.</li>"
                "</ul>",
            ),
            _tip(
                "Heb je een persoonlijke vraag?",
                "Deze site geeft uitleg, maar helpt je niet persoonlijk. Ga met "
                "je vraag naar het wijkteam of de gemeente.",
            ),
        ],
    },
    {
        "slug": "ik-werk-in-de-wijk",
        "title": "Ik werk in de wijk",
        "audience": "professionals",
        "home_field": "professionals_page",
        "summary": (
            "Werk je in een wijk met een wijkaanpak? Hier vind je het stappenplan, "
            "voorbeelden en bronnen per thema. En wat loslaten van jou vraagt."
        ),
        "body": [
            _heading("Wat vraagt een wijkaanpak van jou?"),
            (
                "paragraph",
                "<p>In een wijkaanpak werk je samen met andere organisaties en met "
                "bewoners. Niet een paar maanden, maar jaren. Dat vraagt vaste "
                "afspraken, geduld en vertrouwen. Je kijkt verder dan je eigen vak. "
                "Een schuld, een vochtig huis en een kind dat op school achterloopt "
                "hangen vaak samen.</p>",
            ),
            _heading("Loslaten: ruimte geven aan bewoners"),
            (
                "paragraph",
                "<p>Loslaten betekent niet dat je verdwijnt. Het betekent dat je "
                "bewoners echt ruimte en zeggenschap geeft. Zij kennen de wijk het "
                "best. Dat vraagt iets van jou:</p>"
                "<ul>"
                "<li>Je komt niet met een klaar plan. Je vraagt eerst wat bewoners "
                "belangrijk vinden.</li>"
                "<li>Je zegt vooraf waarover bewoners echt beslissen. En waarover "
                "niet.</li>"
                "<li>Je deelt geld en zeggenschap. Bijvoorbeeld met een buurtbudget "
                "of het uitdaagrecht.</li>"
                "<li>Je helpt waar het nodig is, met kennis, een ruimte of een "
                "begroting. Maar het plan blijft van de bewoners.</li>"
                "<li>Je laat altijd weten wat er met hun inbreng gebeurde. Ook als "
                "iets niet kon.</li>"
                "</ul>",
            ),
            (
                "page_cards",
                {
                    "title": "Lees verder over loslaten",
                    "pages": ["samenwerken-en-loslaten", "wat-betekent-loslaten"],
                },
            ),
            _heading("Leren van anderen"),
            (
                "paragraph",
                "<p>Zoek je een aanpak waarvan bekend is dat hij werkt? Kijk in de "
                f'<a href="{MOVISIE_DATABANK}">Databank Effectieve Sociale '
                "Interventies</a> van Movisie. Wil je ervaringen delen met collega's "
                "uit andere gemeenten? Het "
                f'<a href="{LPB}">Landelijk Platform Buurt- en Wijkgericht '
                "werken</a> (LPB) brengt wijkprofessionals van meer dan honderd "
                "gemeenten samen.</p>",
            ),
        ],
    },
]
