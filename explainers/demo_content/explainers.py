"""Demo explainers: plain-language pages (B1) about the wijkaanpak."""


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


def image(key, alt, caption="", decorative=False):
    return (
        "image",
        {"image": key, "alt": alt, "decorative": decorative, "caption": caption},
    )


def faq(*pairs):
    items = [{"question": q, "answer": f"<p>{a}</p>"} for q, a in pairs]
    return ("faq", {"items": items})


def steps(*pairs):
    return ("steps", {"steps": [{"title": t, "text": f"<p>{x}</p>"} for t, x in pairs]})


def resource_cards(title, *slugs):
    return ("resource_cards", {"title": title, "resources": list(slugs)})


def page_cards(title, *slugs):
    return ("page_cards", {"title": title, "pages": list(slugs)})


BOTH = ["bewoners", "professionals"]

EXPLAINERS = [
    {
        "slug": "wat-is-een-wijkaanpak",
        "title": "Wat is een wijkaanpak?",
        "summary": (
            "Een wijkaanpak is een extra plan om een wijk samen beter te maken. "
            "Organisaties en bewoners werken een paar jaar samen. Ze maken vaste "
            "afspraken."
        ),
        "parent": None,
        "themes": [
            "samenwerken",
            "wonen",
            "leefomgeving-en-openbare-ruimte",
            "bewonersparticipatie",
        ],
        "audiences": BOTH,
        "last_reviewed": "2026-03-12",
        "body": [
            h2("Een plan voor de hele wijk"),
            p(
                "In sommige wijken gaat veel tegelijk mis. Huizen zijn oud of "
                "vochtig. Veel mensen hebben weinig geld of geen werk. Soms is er "
                "overlast op straat. Gewone hulp is dan vaak niet genoeg. Een "
                "<b>wijkaanpak</b> is een extra plan voor zo'n wijk."
            ),
            p(
                "Je hoort er ook andere woorden voor. Sommige mensen zeggen "
                "<i>wijkenaanpak</i>. Anderen spreken van een <i>gebiedsgerichte "
                "aanpak</i>. Dat betekent: een aanpak voor één bepaald gebied. Het "
                "idee is steeds hetzelfde."
            ),
            image(
                "huizen",
                "Een rij rijtjeshuizen met kleine voortuinen in een woonwijk",
                "Een wijkaanpak gaat over huizen, maar vooral over de mensen die "
                "er wonen.",
            ),
            h2("Wie doen er mee?"),
            p(
                "Bij een wijkaanpak werken veel partijen samen. Denk aan:",
                "de gemeente;",
                "de woningcorporatie. Dat is een organisatie die betaalbare "
                "huurhuizen verhuurt;",
                "organisaties voor zorg en welzijn;",
                "de politie en de scholen;",
                "en natuurlijk de bewoners zelf.",
            ),
            h2("Wat is er anders dan normaal?"),
            p(
                "Organisaties doen ook zonder wijkaanpak hun werk. De gemeente "
                "houdt de straat schoon. De corporatie repareert lekkende daken. "
                "Bij een wijkaanpak kijken ze samen naar de hele wijk. Ze maken "
                "afspraken voor een vaste periode. En ze pakken problemen aan die "
                "met elkaar te maken hebben."
            ),
            h3("Het doel: een fijne wijk"),
            p(
                "Het doel is een wijk waar mensen graag wonen. Dat heet "
                "<b>leefbaarheid</b>. Het gaat over een veilig huis, een schone "
                "straat en goed contact met de buren. Maar ook over werk, school en "
                "gezondheid."
            ),
            tip(
                "Geen wijkaanpak in jouw wijk?",
                "Je kunt toch veel doen. Begin bijvoorbeeld een bewonersgroep. Of "
                "vraag de gemeente wat er al gebeurt in jouw buurt.",
            ),
            h2("Vragen over de wijkaanpak"),
            faq(
                (
                    "Duurt een wijkaanpak altijd lang?",
                    "Meestal wel. Grote problemen los je niet in één jaar op. "
                    "Daarom maken de partijen afspraken voor meerdere jaren.",
                ),
                (
                    "Gaat een wijkaanpak alleen over nieuwe huizen?",
                    "Nee. Soms worden huizen opgeknapt of vervangen. Maar het gaat "
                    "ook over werk, zorg, school en veiligheid.",
                ),
                (
                    "Mag ik als bewoner meedoen?",
                    "Ja, dat is zelfs heel belangrijk. Bewoners weten het best wat "
                    "er speelt. Lees meer op de pagina over de rol van bewoners.",
                ),
            ),
            page_cards(
                "Lees verder",
                "meerdere-uitdagingen-in-een-wijk",
                "aan-de-slag-met-een-wijkaanpak",
                "samenwerken-en-loslaten",
            ),
        ],
        "professionals": [
            h2("Een extra impuls naast het gewone werk"),
            p(
                "Een wijkaanpak vervangt het reguliere werk niet. Het is een extra "
                "impuls voor een gebied waar problemen zich opstapelen. Dat vraagt "
                "om een gedeeld beeld van de wijk. Maak daarom samen een "
                "gebiedsanalyse. Gebruik cijfers, maar ook verhalen van bewoners en "
                "collega's uit de wijk."
            ),
            h2("Wat betekent integraal werken?"),
            p(
                "Je hoort vaak het woord <b>integraal</b>. Dat betekent: problemen "
                "in samenhang aanpakken, over de grenzen van je eigen organisatie "
                "heen. Schulden raken bijvoorbeeld ook wonen, gezondheid en school. "
                "Spreek daarom af wie welke rol heeft. En leg vast hoe je elkaar "
                "snel kunt vinden."
            ),
            let_op(
                "Houd het begrijpelijk",
                "Bewoners lezen mee met plannen en verslagen. Schrijf op B1-niveau "
                "en leg vaktaal altijd uit.",
            ),
        ],
        "related": [],
    },
    {
        "slug": "meerdere-uitdagingen-in-een-wijk",
        "title": "Meerdere uitdagingen in één wijk",
        "summary": (
            "In sommige wijken komen veel problemen samen. Weinig geld, slechte huizen "
            "en overlast. Die hangen vaak met elkaar samen."
        ),
        "parent": None,
        "themes": [
            "wonen",
            "werk-en-participatie",
            "gezondheid-zorg-en-hulpverlening",
            "onderwijs-en-opvoeding",
            "duurzaamheid",
        ],
        "audiences": BOTH,
        "last_reviewed": "2026-02-03",
        "body": [
            h2("Problemen komen zelden alleen"),
            p(
                "In de meeste wijken gaat het prima. Maar in sommige wijken komen "
                "veel problemen samen. Dat noemen we een <b>stapeling</b> van "
                "problemen. Het ene probleem maakt het andere vaak groter."
            ),
            image("buurt", "", decorative=True),
            h2("Sociale uitdagingen"),
            p(
                "Sociale uitdagingen gaan over mensen en hun dagelijks leven. "
                "Bijvoorbeeld:",
                "weinig geld of schulden;",
                "geen werk, of alleen tijdelijk werk;",
                "eenzaamheid;",
                "een slechte gezondheid;",
                "kinderen die op school achterlopen.",
            ),
            h2("Fysieke uitdagingen"),
            p(
                "Fysieke uitdagingen gaan over de plek zelf. Denk aan oude, "
                "vochtige huizen. Of aan lege winkels en kapotte stoepen. Soms zijn "
                "er weinig plekken om te spelen of te sporten. Ook de "
                "energierekening hoort erbij. In een tochtig huis betaal je meer "
                "voor de verwarming."
            ),
            h2("Hoe hangt het samen?"),
            p(
                "Stel: een gezin woont in een klein en vochtig huis. De kinderen "
                "worden daardoor vaker ziek. Ze missen lessen op school. De ouders "
                "hebben te weinig geld voor een beter huis. De zorgen over geld "
                "geven stress. Zo houden de problemen elkaar vast."
            ),
            h3("Eén oplossing is niet genoeg"),
            p(
                "Een nieuw dak helpt, maar lost de schulden niet op. Hulp bij "
                "schulden helpt, maar maakt het huis niet droog. Daarom kijkt een "
                "wijkaanpak naar alles tegelijk. De organisaties stemmen hun werk "
                "op elkaar af."
            ),
            tip(
                "Praat erover met je buren",
                "Veel mensen denken dat zij de enigen zijn met een probleem. Dat is "
                "bijna nooit zo. Samen zet je een probleem makkelijker op de "
                "agenda.",
            ),
            h2("Kijk ook naar wat goed gaat"),
            p(
                "Een wijk met problemen is ook een wijk met kracht. Er wonen mensen "
                "die veel weten en kunnen. Er zijn buurthuizen, sportclubs, kerken "
                "en moskeeën. Een goede wijkaanpak bouwt daarop voort."
            ),
            h2("Wat merk je ervan als bewoner?"),
            p(
                "Een stapeling van problemen merk je vaak in het dagelijks leven. "
                "Buren verhuizen snel weer. Winkels gaan dicht. Mensen groeten "
                "elkaar minder. Dat zijn signalen. Ze betekenen niet dat de wijk "
                "slecht is. Wel dat er extra aandacht nodig is."
            ),
        ],
        "professionals": [
            h2("Zoek de samenhang in de cijfers"),
            p(
                "Cijfers per thema laten vaak niet zien hoe problemen samenhangen. "
                "Leg daarom bronnen naast elkaar. Bijvoorbeeld gegevens over wonen, "
                "inkomen, gezondheid en onderwijs. Het dashboard Zicht op Wijken "
                "helpt daarbij. Vul de cijfers altijd aan met ervaringen van "
                "bewoners en collega's in de wijk."
            ),
            h2("Vermijd het stempel 'probleemwijk'"),
            p(
                "Bewoners horen niet graag dat hun wijk een probleem is. Praat "
                "liever over opgaven en kansen. Een <b>opgave</b> is een taak die "
                "je samen oppakt. Noem ook wat goed gaat. Dat maakt samenwerken "
                "met bewoners makkelijker."
            ),
            h2("Deel signalen over de grenzen van je vak"),
            p(
                "Een huisarts ziet klachten door vocht in huis. Een leraar ziet "
                "kinderen die zonder ontbijt op school komen. Zulke signalen "
                "blijven vaak binnen één organisatie. Spreek af hoe je ze deelt. "
                "Vraag daarbij altijd toestemming aan de bewoner."
            ),
        ],
        "related": [],
    },
    {
        "slug": "aan-de-slag-met-een-wijkaanpak",
        "title": "Aan de slag met een wijkaanpak",
        "summary": (
            "Een wijkaanpak begint met een goed beeld van de wijk. Daarna kies je "
            "samen doelen en maak je een plan met afspraken."
        ),
        "parent": None,
        "themes": ["samenwerken", "bewonersparticipatie"],
        "audiences": BOTH,
        "last_reviewed": "2026-04-20",
        "body": [
            h2("Hoe begint een wijkaanpak?"),
            p(
                "Er is geen vast recept. Elke wijk is anders. Toch zie je vaak "
                "dezelfde stappen terug. Hieronder staat een voorbeeld van zo'n "
                "route. Zie het als een model, niet als een regel."
            ),
            steps(
                (
                    "Samen zien dat het nodig is",
                    "Partijen en bewoners zijn het eens: er moet iets gebeuren. "
                    "Dat heet een gedeeld gevoel van urgentie.",
                ),
                (
                    "De wijk in beeld brengen",
                    "Je verzamelt cijfers en verhalen. Wat gaat goed? Wat gaat "
                    "mis? Dit heet een gebiedsanalyse.",
                ),
                (
                    "Samen doelen kiezen",
                    "Je kiest een paar thema's die het belangrijkst zijn. "
                    "Bijvoorbeeld wonen, werk of veiligheid.",
                ),
                (
                    "Een plan maken",
                    "Je spreekt af wie wat doet, wanneer en met welk geld.",
                ),
                (
                    "Doen, volgen en bijsturen",
                    "Je voert het plan uit. Je kijkt steeds of het werkt. Zo nodig "
                    "pas je het plan aan.",
                ),
            ),
            h2("Begin bij de wijk zelf"),
            p(
                "Het plan moet passen bij wat bewoners belangrijk vinden. Niet "
                "alleen bij wat een organisatie al van plan was. Daarom is het "
                "goed om eerst te luisteren. Ga in gesprek op straat, op school of "
                "in het buurthuis."
            ),
            h3("Tijd nemen loont"),
            p(
                "Een goede start kost tijd. Soms wel een jaar. Dat voelt lang. Maar "
                "wie te snel gaat, vergeet vaak mensen. Dan mist het plan "
                "draagvlak. <b>Draagvlak</b> betekent: steun van de mensen om wie "
                "het gaat."
            ),
            let_op(
                "Wees eerlijk over verwachtingen",
                "Beloof niet te veel aan het begin. Zeg open wat wel en niet kan. "
                "Dat voorkomt teleurstelling later.",
            ),
            h2("Wie neemt het initiatief?"),
            p(
                "Vaak begint het bij de gemeente of de woningcorporatie. Maar "
                "bewoners kunnen ook zelf aan de bel trekken. Bijvoorbeeld met een "
                "brief aan de gemeenteraad. Of met een lijst van dingen die in de "
                "buurt beter moeten."
            ),
            h3("Wat als er al een plan ligt?"),
            p(
                "Soms heeft de gemeente of de corporatie al een plan gemaakt. Lees "
                "het dan goed. Vraag wat er nog kan veranderen. Geef je mening, ook "
                "als het plan bijna klaar is. Samen met andere bewoners sta je "
                "sterker."
            ),
        ],
        "professionals": [
            h2("Routes en modellen"),
            p(
                "Er bestaan verschillende stappenplannen. WijkWijzer werkt met vier "
                "fasen en vijf stappen. Wijzer in de Wijk gebruikt drie stappen. "
                "Eerst breng je de wijk als geheel in kaart. Dan kies je thema's "
                "vanuit een gedeelde visie. Ten slotte maak je een plan met "
                "interventies en afspraken. Kies wat past bij jouw situatie."
            ),
            h2("Regel wie de trekker is"),
            p(
                "Spreek vroeg af wie het proces trekt. Vaak is dat een "
                "gebiedsregisseur of wijkmanager van de gemeente. Regel ook een "
                "vaste plek voor bewoners aan tafel. En maak afspraken over hoe je "
                "samen besluiten neemt."
            ),
            tip(
                "Zorg voor snelle resultaten",
                "Laat in het eerste jaar iets zien. Een opgeknapt speelveld geeft "
                "vertrouwen voor de lange weg die volgt.",
            ),
        ],
        "related": [],
    },
    {
        "slug": "samenwerken-en-loslaten",
        "title": "Samenwerken en loslaten",
        "summary": (
            "In een wijkaanpak werken veel partijen samen. Dat lukt alleen als ze "
            "ook durven los te laten."
        ),
        "parent": None,
        "themes": ["samenwerken", "gezondheid-zorg-en-hulpverlening"],
        "audiences": ["professionals"],
        "last_reviewed": "2026-01-28",
        "body": [
            h2("Veel partijen, één wijk"),
            p(
                "In een wijkaanpak zitten veel organisaties aan tafel. Elke "
                "organisatie heeft eigen taken, regels en leiders. Dat maakt "
                "samenwerken soms lastig. Toch is samenwerken het hart van een "
                "wijkaanpak. Geen enkele organisatie kan de problemen in een wijk "
                "alleen oplossen. Ook bewoners horen aan die tafel."
            ),
            h2("Wat is goed samenwerken?"),
            p(
                "Goed samenwerken betekent niet dat iedereen alles samen doet. Het "
                "betekent:",
                "iedereen doet zijn eigen werk goed;",
                "je overlegt als jouw werk dat van een ander raakt;",
                "je denkt aan de wijk, niet alleen aan je eigen organisatie;",
                "je deelt wat je weet.",
            ),
            quote(
                "Eerst zat iedereen aan tafel voor zijn eigen organisatie. Nu "
                "zitten we er voor de wijk.",
                "Marco, opbouwwerker in Voorbeeldwijk",
            ),
            h2("En wat is loslaten?"),
            p(
                "Loslaten klinkt vreemd naast samenwerken. Toch horen ze bij "
                "elkaar. Loslaten betekent dat je niet alles zelf wilt regelen. Je "
                "vertrouwt op anderen. En je geeft ruimte aan ideeën van bewoners."
            ),
            h3("Waarom is dat moeilijk?"),
            p(
                "Organisaties moeten laten zien wat ze met hun geld doen. "
                "Medewerkers zijn gewend aan vaste regels. Loslaten voelt dan als "
                "een risico. Het helpt om daar open over te praten."
            ),
            tip(
                "Ken elkaars gezicht",
                "Samenwerken gaat makkelijker als je elkaar kent. Drink eens koffie "
                "met de wijkagent of de opbouwwerker. Dan weet je wie je kunt "
                "bellen.",
            ),
            h2("Een voorbeeld uit Voorbeeldwijk"),
            p(
                "In Voorbeeldwijk had een gezin veel zorgen tegelijk. Er waren "
                "schulden en de verwarming was kapot. De zoon spijbelde van school. "
                "Drie organisaties kwamen langs. Maar niemand wist van de ander. Nu "
                "hebben ze afgesproken dat één hulpverlener de regie heeft. "
                "<b>Regie</b> betekent: het overzicht houden en de leiding nemen. "
                "Het gezin hoeft zijn verhaal nog maar één keer te vertellen."
            ),
            h2("Wat kunnen bewoners doen?"),
            p(
                "Bewoners zijn ook partners. Je kunt vragen wie waarvoor zorgt. Je "
                "kunt ideeën inbrengen. En je mag organisaties aanspreken als ze "
                "afspraken niet nakomen. Vraag bijvoorbeeld in het bewonersoverleg "
                "wie het aanspreekpunt is."
            ),
        ],
        "professionals": [
            h2("Afstemmen zonder eindeloos vergaderen"),
            p(
                "Samenwerking loopt vaak vast in overleg. Kies liever voor korte "
                "lijnen. Maak een overzicht van wie wat doet in de wijk, met namen "
                "en telefoonnummers. Spreek af wanneer je elkaar alleen informeert. "
                "En wanneer je echt samen besluit. Bespreek ook af en toe hoe de "
                "samenwerking zelf loopt, niet alleen de resultaten."
            ),
            h2("Ruimte binnen de eigen organisatie"),
            p(
                "Loslaten vraagt ook iets van leidinggevenden. Geef "
                "wijkprofessionals ruimte om af te wijken van vaste procedures als "
                "dat nodig is. Leg vast waar die ruimte ophoudt. Zo durven "
                "medewerkers te handelen zonder steeds toestemming te vragen. Een "
                "<b>wijkprofessional</b> is iedereen die voor zijn werk in de wijk "
                "actief is."
            ),
        ],
        "related": ["wat-betekent-loslaten", "wie-doet-wat-in-de-wijk"],
    },
    {
        "slug": "wat-betekent-loslaten",
        "title": "Wat betekent loslaten?",
        "summary": (
            "Loslaten betekent: niet alles zelf willen regelen. Je geeft bewoners en "
            "partners ruimte. En je vertrouwt erop dat zij het goed doen."
        ),
        "parent": "samenwerken-en-loslaten",
        "themes": ["samenwerken", "bewonersparticipatie"],
        "audiences": BOTH,
        "last_reviewed": "2026-01-28",
        "body": [
            h2("Een woord met meerdere kanten"),
            p(
                "Je hoort het woord loslaten vaak in de wijkaanpak. Maar wat "
                "bedoelen mensen ermee? Het kan over organisaties gaan. Het kan ook "
                "over bewoners gaan. Op deze pagina leggen we allebei uit."
            ),
            h2("Loslaten door organisaties"),
            p(
                "Een organisatie laat los als ze ruimte geeft aan anderen. "
                "Bijvoorbeeld:",
                "een corporatie laat bewoners kiezen hoe het plein eruit komt te zien;",
                "de gemeente geeft geld aan een bewonersgroep, zonder stapels "
                "formulieren;",
                "een zorgorganisatie laat een andere partij de hulp aan een gezin "
                "leiden.",
            ),
            h3("Vertrouwen als basis"),
            p(
                "Loslaten lukt alleen met vertrouwen. Dat groeit als mensen hun "
                "afspraken nakomen. En als ze eerlijk zijn over wat niet lukt. "
                "Begin daarom met kleine stappen. Zo kan het vertrouwen groeien."
            ),
            quote(
                "We kregen de sleutel van het buurthuis en een klein budget. Toen "
                "pas voelde het als ónze plek.",
                "Fatima, bewoner van Voorbeeldwijk",
            ),
            h2("Loslaten is niet verdwijnen"),
            p(
                "Loslaten betekent niet dat een organisatie weggaat. Ze blijft "
                "betrokken en helpt als het nodig is. Alleen de rol verandert. De "
                "organisatie stuurt minder en ondersteunt meer. Een opbouwwerker "
                "blijft bijvoorbeeld bereikbaar voor vragen."
            ),
            let_op(
                "Loslaten is geen bezuiniging",
                "Soms gebruiken organisaties loslaten als reden om minder te doen. "
                "Dat is niet de bedoeling. Bewoners hebben vaak juist steun nodig "
                "om zelf iets te regelen.",
            ),
            h2("Loslaten door bewoners"),
            p(
                "Ook bewoners laten soms los. Een bewonersgroep met een goed plan "
                "wil het vaak helemaal zelf doen. Soms is het slimmer om hulp te "
                "vragen. Of om een taak aan een ander over te laten. Loslaten "
                "betekent dan: vertrouwen dat een ander het ook goed doet. En "
                "accepteren dat het resultaat soms anders wordt."
            ),
            h2("Wat kun je als bewoner vragen?"),
            p(
                "Wil je zelf iets regelen in de buurt? Vraag dan hoeveel ruimte er "
                "is. Welke regels gelden er? Wie helpt als het lastig wordt? Goede "
                "afspraken aan het begin voorkomen misverstanden."
            ),
        ],
        "professionals": [],
        "related": [],
    },
    {
        "slug": "de-rol-van-bewoners",
        "title": "De rol van bewoners",
        "summary": (
            "Bewoners kennen hun wijk het best. In een goede wijkaanpak denken, "
            "praten en beslissen zij mee."
        ),
        "parent": None,
        "themes": ["bewonersparticipatie", "samenleven-en-integratie"],
        "audiences": ["bewoners"],
        "last_reviewed": "2026-05-06",
        "body": [
            h2("Jij kent je wijk het best"),
            p(
                "Bewoners weten wat er speelt. Welke straat onveilig voelt. Waar "
                "kinderen graag spelen. En wie de buurt draaiende houdt. Ze zien "
                "problemen vaak eerder dan professionals. Die kennis heeft een "
                "wijkaanpak hard nodig."
            ),
            image(
                "samen",
                "Buren van verschillende leeftijden praten met elkaar aan een lange "
                "tafel",
                "Bewoners en professionals bespreken samen de plannen voor de buurt.",
            ),
            h2("Manieren om mee te doen"),
            p("Meedoen kan op veel manieren. Je kiest zelf wat bij je past."),
            steps(
                (
                    "Meedenken",
                    "Je vult een vragenlijst in of komt naar een bewonersavond. Je "
                    "vertelt wat jij belangrijk vindt.",
                ),
                (
                    "Meepraten",
                    "Je sluit aan bij een bewonersgroep of een bewonersplatform. "
                    "Dat is een groep bewoners die met organisaties overlegt.",
                ),
                (
                    "Meebeslissen",
                    "Je zit aan tafel als er keuzes worden gemaakt. Bijvoorbeeld "
                    "over geld of over een nieuw plein.",
                ),
                (
                    "Zelf doen",
                    "Je start een eigen plan. Bijvoorbeeld een moestuin, een "
                    "buurtkeuken of een bewonersbedrijf.",
                ),
            ),
            quote(
                "Ik dacht dat niemand naar ons zou luisteren. Nu zit ik elke maand "
                "bij het wijkoverleg.",
                "Sandra, bewoner van Voorbeeldwijk",
            ),
            h2("De wijk bepaalt de agenda"),
            p(
                "Soms maken organisaties eerst zelf een plan. Pas daarna vragen ze "
                "bewoners om een mening. Dan valt er weinig meer te kiezen. Beter is "
                "het andersom. Bewoners bepalen mee wat op de agenda komt. Daarna "
                "zoeken organisaties samen naar oplossingen."
            ),
            h3("Niet iedereen heeft tijd"),
            p(
                "Niet iedereen kan naar een vergadering in de avond. Sommige mensen "
                "werken in ploegen of zorgen voor familie. Anderen spreken nog "
                "weinig Nederlands. Zoek daarom ook andere manieren. Bijvoorbeeld "
                "een gesprek op het schoolplein of bij de supermarkt."
            ),
            h2("Wat levert meedoen op?"),
            p(
                "Meedoen kost tijd. Maar het levert ook veel op. Je leert nieuwe "
                "mensen kennen. Je krijgt invloed op je eigen straat. En je leert "
                "hoe de gemeente en organisaties werken. Veel bewoners vinden het "
                "ook gewoon leuk. Ze zien dat hun inzet verschil maakt."
            ),
            tip(
                "Vraag om steun",
                "Een opbouwwerker helpt je om een groep te starten of een plan te "
                "schrijven. Vraag bij de gemeente wie dat in jouw wijk doet.",
            ),
        ],
        "professionals": [
            h2("Betrek bewoners vanaf het begin"),
            p(
                "Betrek bewoners al bij de analyse, niet pas bij de uitvoering. Zo "
                "weet je zeker dat je aan de goede dingen werkt. Wees duidelijk "
                "over de ruimte. Waarover kunnen bewoners echt beslissen? En "
                "waarover niet?"
            ),
            h2("Bereik meer dan de vaste gezichten"),
            p(
                "Bij bewonersavonden zie je vaak dezelfde mensen. Hun inzet is "
                "waardevol, maar ze spreken niet voor iedereen. Ga daarom ook naar "
                "plekken waar mensen al komen. Werk samen met sleutelfiguren. Dat "
                "zijn mensen die veel buren kennen en vertrouwen genieten. Betaal "
                "de onkosten van bewoners die veel tijd geven. En laat altijd weten "
                "wat er met hun inbreng is gebeurd. Ook als iets niet kon."
            ),
        ],
        "related": [],
    },
    {
        "slug": "afspraken-maken-en-geld",
        "title": "Afspraken maken en geld",
        "summary": (
            "In een wijkaanpak leggen partijen vast wie wat doet en wie wat "
            "betaalt. Die afspraken gelden voor een vaste periode."
        ),
        "parent": None,
        "themes": ["samenwerken", "wonen"],
        "audiences": ["professionals"],
        "last_reviewed": "2026-03-30",
        "body": [
            h2("Waarom afspraken nodig zijn"),
            p(
                "Een wijkaanpak duurt jaren. In die tijd wisselen mensen van baan. "
                "Er komen nieuwe wethouders en directeuren. Goede afspraken zorgen "
                "dat het plan toch doorgaat. Iedereen weet dan wat hij moet doen."
            ),
            h2("Wat staat er in de afspraken?"),
            p(
                "De afspraken staan vaak in een <b>convenant</b>. Dat is een "
                "schriftelijke afspraak tussen organisaties. Er staat bijvoorbeeld "
                "in:",
                "welke doelen de partijen hebben;",
                "wie welke taak heeft;",
                "hoeveel geld elke partij geeft;",
                "hoe lang de afspraken gelden;",
                "hoe bewoners meedoen.",
            ),
            h2("Waar komt het geld vandaan?"),
            p(
                "Het geld komt uit verschillende potjes. De gemeente betaalt een "
                "deel. De woningcorporatie investeert in de huizen. Zorgorganisaties "
                "en scholen zetten hun mensen in. Soms geeft het Rijk extra geld. "
                "Dat gebeurt bijvoorbeeld bij het Nationaal Programma Leefbaarheid "
                "en Veiligheid."
            ),
            h3("Geld voor plannen van bewoners"),
            p(
                "Bewoners kunnen vaak ook geld krijgen voor eigen plannen. "
                "Bijvoorbeeld via een buurtbudget van de gemeente. Of via een "
                "fonds, zoals het Oranje Fonds."
            ),
            let_op(
                "Extra geld is vaak tijdelijk",
                "Denk op tijd na over wat er gebeurt als het geld stopt. Welke "
                "activiteiten moeten blijven? En wie betaalt die dan?",
            ),
            h2("Afspraken met bewoners"),
            p(
                "Bewoners tekenen niet altijd mee met een convenant. Toch kun je "
                "ook met bewoners afspraken maken. Bijvoorbeeld over hoe vaak ze "
                "informatie krijgen. Of over welke besluiten ze mee mogen nemen. "
                "Zet ook die afspraken op papier. Dan kun je er later op "
                "terugvallen."
            ),
            h2("Veelgestelde vragen over geld en afspraken"),
            faq(
                (
                    "Mag ik de afspraken lezen?",
                    "Vaak wel, want veel afspraken zijn openbaar. Vraag de gemeente "
                    "of je ze mag inzien. Heeft de gemeenteraad erover besloten? "
                    "Dan staan ze meestal online.",
                ),
                (
                    "Wat als een partij zich niet aan de afspraak houdt?",
                    "Spreek de partij erop aan. Doe dat liefst samen met andere "
                    "bewoners. Je kunt ook de gemeenteraad om hulp vragen.",
                ),
                (
                    "Wat is een buurtbudget?",
                    "Dat is geld dat bewoners zelf mogen besteden aan de buurt. De "
                    "regels verschillen per gemeente.",
                ),
            ),
        ],
        "professionals": [
            h2("Maak afspraken concreet"),
            p(
                "Een doel als 'de leefbaarheid verbeteren' is moeilijk te volgen. "
                "Beschrijf daarom ook concrete resultaten. Bijvoorbeeld het aantal "
                "opgeknapte woningen. Of het aantal gezinnen dat hulp krijgt bij "
                "schulden. Leg vast wie verantwoordelijk is en wanneer je samen "
                "terugkijkt."
            ),
            h2("Financiering voor de lange termijn"),
            p(
                "Projectgeld stopt vaak na een paar jaar. Bundel daarom geldstromen "
                "waar dat kan. Zoek ook vaste financiering voor wat goed werkt. De "
                "Woningwet van 2015 beperkt corporaties tot hun kerntaken. Check "
                "dus vooraf welke bijdrage van de corporatie mogelijk is."
            ),
            tip(
                "Betrek bewoners bij de begroting",
                "Laat bewoners meekijken naar de verdeling van het geld. Dat geeft "
                "vertrouwen en vaak betere keuzes.",
            ),
        ],
        "related": [],
    },
    {
        "slug": "geschiedenis-van-de-wijkaanpak",
        "title": "Een korte geschiedenis van de wijkaanpak",
        "summary": (
            "De overheid heeft al lang aandacht voor wijken. Deze pagina laat zien "
            "hoe die aanpak sinds de jaren tachtig veranderde."
        ),
        "parent": None,
        "themes": ["wonen", "samenwerken", "veiligheid-en-criminaliteit"],
        "audiences": ["professionals"],
        "last_reviewed": "2026-02-17",
        "body": [
            h2("Al lang aandacht voor wijken"),
            p(
                "De overheid steekt al heel lang geld in wijken. Dat begon al kort "
                "na de Tweede Wereldoorlog. Het doel bleef ongeveer gelijk: "
                "voorkomen dat wijken achteruitgaan. Maar de manier van werken "
                "veranderde vaak. Hieronder lees je de belangrijkste momenten."
            ),
            h2("Jaren tachtig: de eerste wijkenplannen"),
            p(
                "Halverwege de jaren tachtig kwam er beleid voor "
                "'probleemcumulatiegebieden'. Dat is een moeilijk woord voor wijken "
                "waar veel problemen samenkomen. Het ging om ongeveer dertig wijken "
                "in achttien gemeenten."
            ),
            h2("1994: het grotestedenbeleid"),
            p(
                "In 1994 begon het <b>grotestedenbeleid</b>. Eerst kregen de vier "
                "grootste steden extra aandacht en geld. Samen heten die steden de "
                "G4. Later groeide de groep uit tot de G25."
            ),
            h2("2003 en 2007: een lijst met wijken"),
            p(
                "In 2003 koos de overheid 56 wijken uit voor extra aandacht. Op 22 "
                "maart 2007 kwam er een nieuwe lijst met 40 wijken. Die heetten "
                "<i>krachtwijken</i>. Veel mensen noemden ze <i>Vogelaarwijken</i>, "
                "naar de minister van toen."
            ),
            h2("Na 2010: het Rijk doet een stap terug"),
            p(
                "In de jaren daarna trok de landelijke overheid zich terug. In 2015 "
                "kwam een nieuwe Woningwet. Woningcorporaties moesten zich richten "
                "op hun kerntaken. In hetzelfde jaar kregen gemeenten meer taken "
                "voor zorg, jeugd en werk. Dat heet de <b>decentralisatie</b>: "
                "taken gaan van het Rijk naar de gemeente."
            ),
            h2("Vanaf 2020: een nieuwe start"),
            p(
                "In 2020 en 2021 trokken burgemeesters aan de bel. Hun manifest "
                "heette 'Dicht de kloof!'. Ook kwam er een programma van meerdere "
                "ministeries. Op 4 juli 2022 startte het Nationaal Programma "
                "Leefbaarheid en Veiligheid. Dat programma loopt 15 tot 20 jaar. "
                "In dezelfde periode startte ook het kennisplatform WijkWijzer."
            ),
            h3("Rotterdam-Zuid"),
            p(
                "Naast al deze plannen loopt ook het Nationaal Programma Rotterdam "
                "Zuid. Dat is een eigen programma voor één groot stadsdeel."
            ),
            tip(
                "Een les uit het verleden",
                "Wijken veranderen niet in een paar jaar. Korte projecten stopten "
                "vaak te vroeg. Daarom kiest het nieuwe programma voor een lange "
                "periode.",
            ),
            page_cards(
                "De wijkaanpak van nu",
                "nationaal-programma-leefbaarheid-en-veiligheid",
                "wat-is-een-wijkaanpak",
            ),
        ],
        "professionals": [],
        "related": [],
    },
    {
        "slug": "buurtrechten",
        "title": "Buurtrechten: meer zeggenschap voor bewoners",
        "summary": (
            "Buurtrechten geven bewoners meer invloed op hun buurt. Bijvoorbeeld "
            "het recht om zelf een taak van de gemeente over te nemen."
        ),
        "parent": None,
        "themes": [
            "bewonersparticipatie",
            "leefomgeving-en-openbare-ruimte",
            "duurzaamheid",
        ],
        "audiences": ["bewoners"],
        "last_reviewed": "2026-04-08",
        "body": [
            h2("Wat zijn buurtrechten?"),
            p(
                "Buurtrechten zijn rechten van bewoners om zelf iets te regelen in "
                "hun buurt. Of om mee te beslissen over plannen. Zo krijgen "
                "bewoners meer <b>zeggenschap</b>. Dat betekent: echte invloed op "
                "wat er gebeurt."
            ),
            h2("Zes buurtrechten op een rij"),
            p(
                "LSA, een landelijke vereniging van bewonersgroepen, noemt zes "
                "buurtrechten:",
                "<b>Recht op gebouwen en openbare ruimte.</b> Bewoners nemen een "
                "gebouw of plek in de buurt in beheer.",
                "<b>Uitdaagrecht.</b> Bewoners nemen een taak van de gemeente over "
                "als zij die beter kunnen. In het Engels heet dat <i>Right to "
                "Challenge</i>.",
                "<b>Recht op buurtplanning.</b> Bewoners maken mee plannen voor hun "
                "buurt.",
                "<b>Open overheid.</b> Bewoners krijgen de informatie die zij nodig "
                "hebben.",
                "<b>Toegang tot geld.</b> Bewoners kunnen geld krijgen voor eigen "
                "plannen.",
                "<b>Zelfgekozen ondersteuning.</b> Bewoners kiezen zelf wie hen helpt.",
            ),
            quote(
                "Wij onderhouden nu zelf het groen in onze straat. Het is mooier "
                "geworden, en we kennen elkaar beter.",
                "Johan, lid van de groengroep in Voorbeeldwijk",
            ),
            h2("Hoe gebruik je een buurtrecht?"),
            p(
                "Niet elk recht staat in de wet. Veel hangt af van je gemeente. "
                "Sommige gemeenten hebben regels voor het uitdaagrecht. Andere nog "
                "niet. Vraag daarom eerst wat er in jouw gemeente kan."
            ),
            h3("Begin klein"),
            p(
                "Je hoeft niet meteen een heel buurthuis over te nemen. Begin met "
                "iets kleins. Denk aan het beheer van een speeltuin of het groen in "
                "de straat. Zo leer je hoe het werkt."
            ),
            tip(
                "Kijk wat er al is",
                "Op de "
                + link("https://www.lsabewoners.nl/", "website van LSA")
                + " vind je meer over buurtrechten. Je leest er ook hoe andere "
                "bewoners het aanpakten.",
            ),
            h2("Vragen over buurtrechten"),
            faq(
                (
                    "Heb ik een stichting nodig?",
                    "Vaak wel als je geld krijgt of een taak overneemt. Met een "
                    "stichting of vereniging zijn afspraken makkelijker te maken. "
                    "Vraag hulp bij het oprichten.",
                ),
                (
                    "Wat als de gemeente nee zegt?",
                    "Vraag waarom. Misschien kan het plan op een andere manier. Je "
                    "kunt ook de gemeenteraad vragen om het te bespreken.",
                ),
                (
                    "Kost een buurtrecht geld?",
                    "Dat verschilt. Bij het uitdaagrecht gaat het geld voor de taak "
                    "soms mee naar de bewoners. Maar het kost altijd tijd en inzet.",
                ),
            ),
        ],
        "professionals": [
            h2("Buurtrechten in het beleid"),
            p(
                "Steeds meer gemeenten leggen buurtrechten vast in een "
                "verordening. Een <b>verordening</b> is een regel die de "
                "gemeenteraad vaststelt. Maak de procedure eenvoudig en "
                "voorspelbaar. Bewoners moeten weten hoe lang een besluit duurt. "
                "En wie ze kunnen bellen met vragen."
            ),
            h2("Ondersteun, maar neem het niet over"),
            p(
                "Een uitdaagrecht vraagt veel van bewoners. Help bij de begroting, "
                "de verzekering en het contract. Maar laat het eigenaarschap bij de "
                "bewoners. Kijk na een jaar samen terug: wat ging goed en wat kan "
                "beter?"
            ),
            h2("Open overheid in de praktijk"),
            p(
                "Deel plannen, cijfers en budgetten uit jezelf met bewoners. Wacht "
                "niet tot ze erom vragen. Zo kunnen zij goed meedenken."
            ),
        ],
        "related": ["de-rol-van-bewoners", "afspraken-maken-en-geld"],
    },
    {
        "slug": "wie-doet-wat-in-de-wijk",
        "title": "Wie doet wat in de wijk?",
        "summary": (
            "In een wijk werken veel mensen en organisaties. Hier lees je wie ze "
            "zijn en waarvoor je bij hen terechtkunt."
        ),
        "parent": None,
        "themes": [
            "samenwerken",
            "gezondheid-zorg-en-hulpverlening",
            "wonen",
            "veiligheid-en-criminaliteit",
            "onderwijs-en-opvoeding",
        ],
        "audiences": ["bewoners"],
        "last_reviewed": "2026-05-19",
        "body": [
            h2("Veel mensen, veel taken"),
            p(
                "In een wijk zijn veel professionals aan het werk. Een "
                "<b>professional</b> is iemand die dit voor zijn beroep doet. Het "
                "is niet altijd duidelijk wie waarvoor is. Op deze pagina zetten we "
                "de belangrijkste op een rij."
            ),
            h2("De gemeente"),
            p(
                "De gemeente zorgt voor de straten, het groen en het afval. Ze "
                "regelt ook hulp bij werk, geld en zorg. Vaak heeft een wijk een "
                "<b>wijkmanager</b> of <b>gebiedsregisseur</b>. Die houdt het "
                "overzicht en is het aanspreekpunt voor bewoners."
            ),
            h2("De woningcorporatie"),
            p(
                "Een woningcorporatie verhuurt betaalbare huizen. Ze zorgt voor "
                "onderhoud en reparaties. Veel corporaties hebben een wijkconsulent "
                "of huismeester. Daar kun je terecht met vragen over je huis. Of "
                "over overlast van buren."
            ),
            h2("Het wijkteam en het welzijnswerk"),
            p(
                "In het <b>wijkteam</b> werken hulpverleners samen. Je kunt er "
                "terecht met vragen over zorg, opvoeding of geldzorgen. Het "
                "welzijnswerk helpt bewoners om samen dingen te doen. Een "
                "<b>opbouwwerker</b> steunt bewonersgroepen en hun plannen."
            ),
            h2("Scholen en kinderopvang"),
            p(
                "Scholen zien kinderen elke dag. Ze merken vaak als het thuis niet "
                "goed gaat. Veel scholen werken daarom samen met het wijkteam. Soms "
                "is er een kindcentrum. Daar werken onderwijs, opvang en welzijn "
                "onder één dak."
            ),
            h2("De wijkagent"),
            p(
                "De wijkagent is de politieagent van jouw wijk. Hij of zij kent de "
                "buurt goed. Je kunt de wijkagent benaderen als je je zorgen maakt "
                "over veiligheid. Bij spoed bel je altijd 112."
            ),
            h2("Bewoners zelf"),
            p(
                "Ook bewoners organiseren zich. Denk aan een bewonerscommissie van "
                "huurders of een bewonersplatform. Of aan een buurthuis dat "
                "bewoners zelf runnen. Zij praten namens bewoners met organisaties."
            ),
            h3("Landelijke organisaties"),
            p(
                "Ook landelijke organisaties delen kennis over wijken. Bijvoorbeeld "
                "LSA, Platform31, Movisie, het Verwey-Jonker Instituut, het CCV en "
                "LPB. Samen met het ministerie van BZK werken zij aan het "
                "kennisplatform "
                + link("https://www.wijkwijzer.org/", "WijkWijzer")
                + "."
            ),
            tip(
                "Weet je niet bij wie je moet zijn?",
                "Begin bij het wijkteam of het buurthuis. Zij sturen je door naar "
                "de juiste persoon.",
            ),
            page_cards(
                "Samen aan de slag",
                "samenwerken-en-loslaten",
                "de-rol-van-bewoners",
            ),
        ],
        "professionals": [
            h2("Maak een sociale kaart"),
            p(
                "Ook professionals weten niet altijd wie wat doet. Maak daarom "
                "samen een <b>sociale kaart</b> van de wijk. Dat is een overzicht "
                "van organisaties, taken en contactpersonen. Houd die kaart "
                "actueel. Mensen wisselen namelijk vaak van functie. Nodig ook "
                "scholen, huisartsen en sportclubs uit. Zij zien veel, maar zitten "
                "niet altijd aan tafel. Een kort overleg per kwartaal is vaak "
                "genoeg."
            ),
            h2("Eén aanspreekpunt voor bewoners"),
            p(
                "Bewoners haken af als ze steeds worden doorgestuurd. Spreek daarom "
                "af wie bij welke vraag het eerste aanspreekpunt is. Een warme "
                "overdracht werkt beter dan een telefoonnummer. Dat betekent: je "
                "brengt de bewoner zelf in contact met je collega."
            ),
        ],
        "related": [],
    },
    {
        "slug": "nationaal-programma-leefbaarheid-en-veiligheid",
        "title": "Het Nationaal Programma Leefbaarheid en Veiligheid",
        "summary": (
            "Dit landelijke programma steunt 20 gebieden in 19 gemeenten. Het "
            "startte in 2022 en loopt 15 tot 20 jaar."
        ),
        "parent": None,
        "themes": [
            "veiligheid-en-criminaliteit",
            "wonen",
            "onderwijs-en-opvoeding",
            "bewonersparticipatie",
        ],
        "audiences": ["professionals"],
        "last_reviewed": "2026-06-02",
        "body": [
            h2("Een programma voor de lange termijn"),
            p(
                "Op 4 juli 2022 startte het Nationaal Programma Leefbaarheid en "
                "Veiligheid. De afkorting is <b>NPLV</b>. Het Rijk werkt daarin "
                "samen met gemeenten, corporaties en andere partners. Het "
                "programma loopt 15 tot 20 jaar."
            ),
            h2("Welke gebieden doen mee?"),
            p(
                "Er doen 20 gebieden mee in 19 gemeenten. Daar wonen samen ongeveer "
                "1,2 miljoen mensen. Het gaat onder meer om Rotterdam-Zuid, Den "
                "Haag Zuidwest, Utrecht Overvecht en Groningen Noord. In deze "
                "gebieden komen veel problemen samen."
            ),
            h2("Vier actielijnen"),
            p(
                "Het programma werkt langs vier lijnen. Een <b>actielijn</b> is een "
                "hoofdonderwerp met eigen plannen.",
                "Een integrale aanpak, met een stevige basis in de wet.",
                "Betere woningen en gemengde wijken.",
                "Meer bewoners die meedoen.",
                "Jeugdcriminaliteit voorkomen en jongeren weerbaarder maken.",
                ordered=True,
            ),
            h3("Vijf ministeries"),
            p(
                "Vijf ministeries werken samen in het programma. Het gaat om "
                "Binnenlandse Zaken, Justitie en Veiligheid, Onderwijs, Sociale "
                "Zaken en Volksgezondheid. Samen trekken ze ruim 700 miljoen euro "
                "uit. Het grootste deel gaat naar wonen."
            ),
            let_op(
                "Plannen kunnen veranderen",
                "Een programma van twintig jaar gaat mee door meerdere kabinetten. "
                "Afspraken en bedragen kunnen in die tijd veranderen. Kijk daarom "
                "altijd naar de nieuwste informatie van de overheid.",
            ),
            h2("Wat betekent dit voor bewoners?"),
            p(
                "Woon je in een focusgebied? Dan zie je de komende jaren "
                "waarschijnlijk veranderingen. Bijvoorbeeld opgeknapte huizen of "
                "nieuwe activiteiten voor jongeren. Ook is er meer aandacht voor "
                "armoede en schulden. Vraag je gemeente welke plannen er voor jouw "
                "wijk zijn."
            ),
            h2("Vragen over het programma"),
            faq(
                (
                    "Ligt mijn wijk in een focusgebied?",
                    "Een <b>focusgebied</b> is een van de 20 gebieden van het "
                    "programma. Vraag het na bij je gemeente. Of lees ons artikel "
                    "over de 20 focusgebieden.",
                ),
                (
                    "Kan ik als bewoner meedoen?",
                    "Ja. Meer bewoners laten meedoen is een van de vier "
                    "actielijnen. Vraag bij je gemeente hoe dat in jouw gebied "
                    "gaat.",
                ),
                (
                    "Waarom duurt het programma zo lang?",
                    "Grote problemen hebben jaren nodig. Korte projecten stopten in "
                    "het verleden vaak te vroeg. Daarom is gekozen voor een lange "
                    "periode.",
                ),
            ),
        ],
        "professionals": [
            h2("Leren in leerkringen"),
            p(
                "Binnen het programma delen gemeenten kennis in leerkringen. Thema's "
                "zijn onder meer armoede en schulden, re-integratie en "
                "weerbaarheid. Ook de eerste levensjaren en de integrale aanpak "
                "komen aan bod. Is jouw wijk geen focusgebied? Dan kun je toch van "
                "die lessen leren."
            ),
            h2("Verbind landelijk en lokaal"),
            p(
                "Het programma werkt alleen als het aansluit bij de wijk zelf. "
                "Gebruik de landelijke middelen om lokale plannen te versterken. "
                "Zorg dat bewoners zien wat er verandert. En houd resultaten bij, "
                "zodat je op tijd kunt bijsturen. Voor jeugd en voor armoede en "
                "schulden is apart geld beschikbaar. Stem de inzet daarvan af met "
                "het wijkteam."
            ),
        ],
        "related": ["geschiedenis-van-de-wijkaanpak", "meten-wat-werkt"],
    },
    {
        "slug": "meten-wat-werkt",
        "title": "Hoe weet je of een wijkaanpak werkt?",
        "summary": (
            "Of een wijkaanpak werkt, zie je niet alleen aan cijfers. Je kijkt ook "
            "naar wat bewoners ervaren."
        ),
        "parent": None,
        "themes": ["samenwerken", "bewonersparticipatie", "werk-en-participatie"],
        "audiences": ["professionals"],
        "last_reviewed": "2026-06-24",
        "state": "unpublished_changes",
        "body": [
            h2("Waarom meten?"),
            p(
                "In een wijkaanpak gaat veel tijd en geld zitten. Dan wil je weten "
                "of het helpt. Meten helpt je om te leren. Wat werkt, kun je vaker "
                "doen. Wat niet werkt, kun je veranderen."
            ),
            h2("Cijfers en verhalen"),
            p(
                "Je kunt op twee manieren kijken. Met <b>cijfers</b> zie je "
                "bijvoorbeeld hoeveel mensen werk hebben. Of hoeveel meldingen van "
                "overlast er zijn. Met <b>verhalen</b> hoor je hoe bewoners het "
                "leven in de wijk ervaren. Je hebt ze allebei nodig. Een voorbeeld: "
                "er zijn minder meldingen van overlast. Maar bewoners voelen zich "
                "niet veiliger. Dan is er nog werk aan de winkel."
            ),
            h2("Zo pak je het aan"),
            steps(
                (
                    "Bepaal wat je wilt bereiken",
                    "Spreek samen af wat er over een paar jaar anders moet zijn.",
                ),
                (
                    "Kies waar je op let",
                    "Kies een paar cijfers en vragen die daarbij passen. Houd het "
                    "overzichtelijk.",
                ),
                (
                    "Meet aan het begin",
                    "Leg vast hoe het nu gaat. Dat heet een <b>nulmeting</b>.",
                ),
                (
                    "Kijk regelmatig opnieuw",
                    "Meet bijvoorbeeld elk jaar. Praat samen over wat je ziet.",
                ),
                (
                    "Stuur bij",
                    "Pas het plan aan als iets niet werkt. Dat is geen falen, maar "
                    "leren.",
                ),
            ),
            h3("Geduld is nodig"),
            p(
                "Sommige dingen veranderen snel. Een opgeknapt plein zie je meteen. "
                "Andere dingen duren jaren. Denk aan betere schoolresultaten of "
                "minder armoede. Trek dus niet te snel conclusies. Kijk ook naar "
                "kleine tekenen van vooruitgang. Bijvoorbeeld meer bewoners die "
                "meedoen aan activiteiten."
            ),
            let_op(
                "Niet alles is te meten",
                "Vertrouwen tussen buren is moeilijk in een cijfer te vangen. Toch "
                "is het heel belangrijk. Vraag bewoners daarom ook naar hun "
                "ervaringen.",
            ),
            h2("Vraag het de bewoners"),
            p(
                "Bewoners merken als eerste of er iets verandert. Voelt de straat "
                "veiliger? Zijn de huizen beter? Kennen buren elkaar beter? Vraag "
                "het bewoners regelmatig. Dat kan met een vragenlijst. Een gesprek "
                "in het buurthuis werkt vaak nog beter. Deel ook de uitkomsten. "
                "Dan zien bewoners wat er met hun mening gebeurt."
            ),
        ],
        "professionals": [
            h2("Kies interventies met bewijs"),
            p(
                "Een <b>interventie</b> is een vaste aanpak voor een probleem. "
                "Sommige interventies zijn goed onderzocht. De Databank Effectieve "
                "Sociale Interventies van Movisie laat zien welke bewijs hebben. "
                "Combineer die kennis met wat je weet over de wijk."
            ),
            h2("Gebruik bestaande monitors"),
            p(
                "Je hoeft niet alles zelf te verzamelen. Het dashboard Zicht op "
                "Wijken en de KIS Wijkmonitor geven al veel gegevens. Het CBS "
                "maakt cijfers over de focusgebieden van het nationale programma. "
                "Spreek af wie de cijfers bijhoudt en met de partners bespreekt. "
                "Cijfers per wijk zijn soms te grof. Kijk waar het kan ook naar "
                "buurten. En maak de uitkomsten openbaar en begrijpelijk."
            ),
        ],
        "related": [],
    },
    {
        "slug": "veiligheid-in-de-wijk",
        "title": "Veiligheid in de wijk",
        "summary": (
            "Een veilige wijk is meer dan weinig misdaad. Het gaat ook om je veilig "
            "voelen, op straat en thuis."
        ),
        "parent": None,
        "themes": [
            "veiligheid-en-criminaliteit",
            "leefomgeving-en-openbare-ruimte",
            "samenleven-en-integratie",
        ],
        "audiences": ["bewoners"],
        "last_reviewed": "2026-07-01",
        "state": "draft",
        "body": [
            h2("Veilig zijn en je veilig voelen"),
            p(
                "Veiligheid heeft twee kanten. Er is de echte veiligheid: hoeveel "
                "inbraak, diefstal of geweld er is. En er is het gevoel: hoe veilig "
                "voelen mensen zich? Die twee zijn niet altijd gelijk. Wie ooit is "
                "beroofd, voelt zich misschien lang onveilig. Ook als de cijfers "
                "goed zijn."
            ),
            h2("Wat maakt een buurt onveilig?"),
            p(
                "Mensen noemen vaak dezelfde dingen:",
                "donkere straten en paden;",
                "rommel, graffiti of kapotte spullen;",
                "overlast van groepen;",
                "handel in drugs;",
                "weinig contact tussen buren.",
            ),
            image(
                "buurt",
                "Een goed verlichte straat in de avond, met fietsers en wandelaars",
                "Goede verlichting helpt mensen om zich veiliger te voelen.",
            ),
            h2("Wat helpt?"),
            p(
                "Veel dingen kunnen helpen. Een straat met goede verlichting voelt "
                "prettiger. Buren die elkaar kennen, letten beter op elkaar. En "
                "jongeren die iets te doen hebben, geven minder overlast. Ook een "
                "plein waar mensen graag komen, is veiliger. Er zijn dan meer ogen "
                "op straat."
            ),
            h3("Jongeren een kans geven"),
            p(
                "Soms raken jongeren betrokken bij misdaad. Vaak omdat ze snel geld "
                "willen of ergens bij willen horen. School, werk en sport bieden "
                "hun een andere toekomst. Dat voorkomen is een belangrijk doel van "
                "het nationale programma."
            ),
            h2("Wat kun je zelf doen?"),
            p(
                "Je kunt zelf ook veel doen:",
                "meld kapotte lampen en rommel bij de gemeente;",
                "maak kennis met je buren;",
                "sluit je aan bij een buurtpreventieteam;",
                "praat met jongeren in plaats van over ze.",
            ),
            h3("Last van de buren?"),
            p(
                "Heb je last van je buren? Dan kan buurtbemiddeling helpen. "
                "Getrainde vrijwilligers helpen buren om samen een oplossing te "
                "vinden. Vraag de gemeente of de corporatie ernaar."
            ),
            let_op(
                "Bij spoed",
                "Is er direct gevaar? Bel dan altijd 112. Wil je anoniem iets "
                "melden? Bel dan Meld Misdaad Anoniem: 0800-7000.",
            ),
            h2("Samen met de wijkagent"),
            p(
                "De wijkagent hoort graag wat er speelt. In veel wijken is er een "
                "overleg met bewoners, politie en gemeente. Daar bespreek je samen "
                "wat beter kan. Wie de wijkagent in jouw buurt is, zie je op de "
                "website van de politie."
            ),
        ],
        "professionals": [],
        "related": [],
    },
]
