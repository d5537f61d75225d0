"""Demo step-by-step guide: "In stappen naar een wijkaanpak", in plain Dutch (B1)."""

GUIDE = {
    "title": "In stappen naar een wijkaanpak",
    "intro": (
        "<p>Een wijkaanpak maak je niet in één keer. Deze gids verdeelt de route "
        "in vijf stappen. Zie de stappen als een model en niet als een vaste "
        "regel: elke wijk zoekt haar eigen weg, en soms doe je een stap "
        "opnieuw.</p>"
    ),
    "steps": [
        {
            "slug": "orienteren",
            "title": "De wijk leren kennen",
            "phase": "oriënteren",
            "summary": (
                "Je brengt de wijk samen in beeld. Wat gaat goed, wat gaat mis en "
                "wat vinden bewoners belangrijk?"
            ),
            "resident_part": (
                "Vertel wat jij ziet en meemaakt in de wijk. Vraag ook je buren "
                "wat zij belangrijk vinden."
            ),
            "about": (
                "<p>In deze eerste stap kijk je goed naar de wijk. Je maakt nog "
                "geen plannen. Je wilt eerst weten wat er speelt. Dat doe je samen "
                "met bewoners en organisaties.</p>"
                "<p>Je verzamelt twee soorten kennis:</p>"
                "<ul>"
                "<li><b>Cijfers</b>, bijvoorbeeld over inkomen, gezondheid, "
                "woningen en overlast.</li>"
                "<li><b>Verhalen</b> van bewoners, winkeliers, leraren en "
                "wijkwerkers.</li>"
                "</ul>"
                "<p>Samen heet dat een wijkanalyse. Kijk daarbij niet alleen naar "
                "problemen. Zoek ook naar wat goed gaat en wie zich al inzet. Aan "
                "het eind van deze stap is er een gedeeld beeld. Iedereen ziet dan "
                "waarom extra aandacht nodig is.</p>"
            ),
            "residents": (
                "<p>Jij kent de wijk van binnenuit. Die kennis is hard nodig. Je "
                "kunt bijvoorbeeld:</p>"
                "<ul>"
                "<li>vertellen wat jij ziet en meemaakt, op straat of in een "
                "gesprek;</li>"
                "<li>meelopen met een buurtwandeling en plekken aanwijzen die fijn "
                "of juist onveilig zijn;</li>"
                "<li>je buren vragen wat zij belangrijk vinden;</li>"
                "<li>meedoen als buurtonderzoeker en zelf gesprekken voeren;</li>"
                "<li>de cijfers van de gemeente lezen en zeggen of ze kloppen met "
                "wat jij ziet.</li>"
                "</ul>"
            ),
            "professionals": (
                "<p>Professionals zetten de cijfers op een rij. Ze gebruiken "
                "bijvoorbeeld een dashboard of een wijkmonitor. Daarna gaan ze de "
                "wijk in. Ze luisteren naar bewoners op plekken waar die al komen: "
                "het schoolplein, de markt of het buurthuis.</p>"
                "<p>Let op wie je niet hoort. Denk aan jongeren, nieuwe bewoners of "
                "mensen die de taal nog niet goed spreken. Zoek hen actief op. "
                "Schrijf de uitkomsten in gewone taal op. Leg ze daarna terug bij "
                "de wijk: klopt dit beeld?</p>"
            ),
            "letting_go": (
                "<p>Loslaten betekent hier: je eigen beeld van de wijk even opzij "
                "zetten. Misschien denk je al te weten wat er mis is. Toch vindt "
                "een bewoner soms iets heel anders belangrijk. Ga daarom niet met "
                "een klaar verhaal de wijk in. Stel open vragen en laat je "
                "verrassen.</p>"
            ),
            "explainers": [
                "meerdere-uitdagingen-in-een-wijk",
                "aan-de-slag-met-een-wijkaanpak",
                "de-rol-van-bewoners",
            ],
            "examples": ["wijkcafe-voorbeeldwijk", "buurtonderzoekers-molenbuurt"],
            "resources": [
                "wijkwijzer-dashboard-zicht-op-wijken",
                "verwey-jonker-kis-wijkmonitor",
                "lsa-agenda-van-de-wijk",
            ],
        },
        {
            "slug": "initieren",
            "title": "Samen beginnen",
            "phase": "initiëren",
            "summary": (
                "Je zoekt partners en spreekt af dat je samen aan de slag gaat. "
                "Bewoners zitten vanaf het begin aan tafel."
            ),
            "resident_part": (
                "Vraag om een plek aan tafel. Zoek buren die ook willen "
                "meedoen. Samen sta je sterker."
            ),
            "about": (
                "<p>In deze stap komt de samenwerking op gang. Het gedeelde beeld "
                "uit stap 1 is het vertrekpunt. Nu zoek je de partijen die willen "
                "meedoen. Denk aan de gemeente, de woningcorporatie, zorg en "
                "welzijn, scholen, politie en bewoners.</p>"
                "<p>Samen spreek je af:</p>"
                "<ul>"
                "<li>waarom je juist deze wijk aanpakt;</li>"
                "<li>wie er meedoet en welke rol ieder heeft;</li>"
                "<li>hoe je samen besluiten neemt;</li>"
                "<li>hoe bewoners meepraten en meebeslissen.</li>"
                "</ul>"
                "<p>Vaak leg je dit vast in een korte startafspraak. Daarin staat "
                "nog geen volledig plan. Het gaat om vertrouwen en een gezamenlijk "
                "doel. Neem daar de tijd voor. Een goede start voorkomt later veel "
                "ruzie.</p>"
            ),
            "residents": (
                "<p>Bewoners horen vanaf het begin bij de samenwerking. Je "
                "kunt:</p>"
                "<ul>"
                "<li>een plek aan tafel vragen, bijvoorbeeld via een "
                "bewonersplatform;</li>"
                "<li>buren zoeken die ook willen meedoen, want samen sta je "
                "sterker;</li>"
                "<li>vragen welke buurtrechten je hebt;</li>"
                "<li>bespreken wat bewoners nodig hebben om mee te doen. Denk aan "
                "een plek om te vergaderen, geld voor kosten of hulp van een "
                "opbouwwerker;</li>"
                "<li>erop letten dat de afspraken in gewone taal op papier "
                "komen.</li>"
                "</ul>"
            ),
            "professionals": (
                "<p>Meestal neemt de gemeente het eerste initiatief. Een "
                "wijkmanager of gebiedsregisseur brengt de partners bij elkaar. "
                "Elke organisatie zegt wat zij kan bijdragen: tijd, mensen en "
                "geld.</p>"
                "<p>Spreek af wie de kar trekt en wie waarover beslist. Maak ook "
                "afspraken over het delen van informatie. Regel steun voor "
                "bewoners, zodat zij echt kunnen meedoen. Een opbouwwerker kan "
                "daarbij helpen. Verwacht niet dat alle partners meteen hetzelfde "
                "willen. Praat open over de verschillen.</p>"
            ),
            "letting_go": (
                "<p>In deze stap betekent loslaten: niet alles vooraf vastleggen. "
                "Het plan hoeft nog niet klaar te zijn. Geef bewoners en partners "
                "ruimte om het doel mee te bepalen. Dat voelt soms onzeker. Maar "
                "een doel dat je samen kiest, houd je langer vol.</p>"
            ),
            "explainers": [
                "wie-doet-wat-in-de-wijk",
                "samenwerken-en-loslaten",
                "afspraken-maken-en-geld",
            ],
            "examples": ["startakkoord-verzonnenhof"],
            "resources": [
                "platform31-domeinen-koppelen",
                "lsa-tips-wijkaanpak-met-bewoners",
                "wijkwijzer-in-vijf-stappen",
            ],
        },
        {
            "slug": "ontwerpen",
            "title": "Samen het plan maken",
            "phase": "ontwerpen",
            "summary": (
                "Je kiest samen een paar doelen en maakt een plan. Daarin staat wie "
                "wat doet, wanneer en met welk geld."
            ),
            "resident_part": (
                "Kies mee welke doelen voorgaan. Kom met je eigen ideeën en "
                "lees het plan mee voordat het klaar is."
            ),
            "about": (
                "<p>Nu maak je het plan. Je kunt niet alles tegelijk doen. Kies "
                "daarom samen een paar thema's die het belangrijkst zijn. "
                "Bijvoorbeeld wonen, geldzorgen of veiligheid.</p>"
                "<p>Voor elk thema schrijf je op:</p>"
                "<ul>"
                "<li>wat je wilt bereiken, en hoe je merkt dat het lukt;</li>"
                "<li>welke activiteiten en aanpakken je inzet;</li>"
                "<li>wie wat doet en wie wat betaalt;</li>"
                "<li>hoe lang het duurt.</li>"
                "</ul>"
                "<p>Gebruik waar het kan aanpakken waarvan bekend is dat ze werken. "
                "Dat heten <b>erkende interventies</b>. Combineer die met ideeën "
                "uit de wijk zelf. Schrijf het wijkplan kort en helder. Dan kan "
                "iedereen het lezen en er later op terugvallen.</p>"
            ),
            "residents": (
                "<p>Bewoners kunnen in deze stap echt mee ontwerpen. Het plan gaat "
                "over jouw wijk, dus jouw stem telt. Bijvoorbeeld zo:</p>"
                "<ul>"
                "<li>Kies mee welke thema's voorrang krijgen.</li>"
                "<li>Kom met eigen ideeën en bewonersinitiatieven.</li>"
                "<li>Lees de eerste versie van het plan en zeg wat er "
                "ontbreekt.</li>"
                "<li>Vraag om een wijkbudget: geld waarover bewoners zelf "
                "beslissen.</li>"
                "<li>Zorg dat in het plan staat hoe bewoners blijven "
                "meebeslissen.</li>"
                "<li>Test of buren de tekst begrijpen.</li>"
                "</ul>"
            ),
            "professionals": (
                "<p>Professionals maken van de gekozen thema's een plan dat werkt. "
                "Ze zoeken uit welke aanpakken passen. Een databank met "
                "interventies kan daarbij helpen. Ze rekenen uit wat het plan kost "
                "en wie betaalt.</p>"
                "<p>Stem goed af met het gewone werk van je organisatie. Een "
                "wijkaanpak komt daar bovenop en vervangt het niet. Maak afspraken "
                "voor meerdere jaren. Bedenk nu al hoe je gaat volgen of het plan "
                "werkt. Welke cijfers en verhalen verzamel je?</p>"
            ),
            "letting_go": (
                "<p>Loslaten betekent hier: niet elk detail in het plan willen "
                "regelen. Een plan voor vijf jaar kan nooit alles voorzien. Laat "
                "daarom ruimte voor ideeën die later komen. Spreek af wie snel mag "
                "beslissen als er iets verandert. Zo helpt het plan je, in plaats "
                "van dat het je vastzet.</p>"
            ),
            "explainers": [
                "aan-de-slag-met-een-wijkaanpak",
                "afspraken-maken-en-geld",
                "buurtrechten",
            ],
            "examples": ["wijkplan-rivierwijk", "voorlezen-havenkwartier"],
            "resources": [
                "platform31-wijkengids-kennisbanken",
                "movisie-databank-effectieve-interventies",
                "platform31-wijkengids",
            ],
        },
        {
            "slug": "uitvoeren",
            "title": "Het plan uitvoeren",
            "phase": "uitvoeren",
            "summary": (
                "Je brengt het plan in de praktijk. Organisaties en bewoners houden "
                "elkaar op de hoogte en helpen elkaar."
            ),
            "resident_part": (
                "Doe mee op een manier die bij je past. Start een activiteit, "
                "neem een taak over of meld wat niet goed gaat."
            ),
            "about": (
                "<p>Nu begint het echte werk in de wijk. Huizen worden opgeknapt. "
                "Er komt hulp bij schulden. Buren organiseren activiteiten. Dit "
                "duurt meestal jaren.</p>"
                "<p>Samenwerken is in deze stap heel belangrijk. Iedere organisatie "
                "blijft verantwoordelijk voor haar eigen werk. Raakt jouw werk dat "
                "van een ander? Dan zoek je elkaar op. Bijvoorbeeld in het wijkteam "
                "of in een vast overleg.</p>"
                "<p>Houd de wijk op de hoogte van wat er gebeurt. Vertel ook wat nog "
                "niet lukt. Laat zien wat er al veranderd is. Kleine successen die "
                "je kunt zien, geven mensen vertrouwen. Een nieuw bankje of een "
                "schoon plein doet al veel.</p>"
            ),
            "residents": (
                "<p>Als bewoner kun je op veel manieren meedoen:</p>"
                "<ul>"
                "<li>Start zelf een activiteit, zoals een moestuin of een "
                "koffieochtend.</li>"
                "<li>Neem een taak over, bijvoorbeeld het onderhoud van een stuk "
                "groen.</li>"
                "<li>Word vrijwilliger in het buurthuis of bij een "
                "bewonersbedrijf.</li>"
                "<li>Meld wat niet goed gaat, bij de wijkagent, de corporatie of de "
                "gemeente.</li>"
                "<li>Vertel nieuwe buren wat er in de wijk te doen is.</li>"
                "</ul>"
            ),
            "professionals": (
                "<p>Professionals voeren hun deel van het plan uit. Ze zijn "
                "zichtbaar en makkelijk te vinden in de wijk. Een vast gezicht "
                "helpt. Bewoners weten dan bij wie ze terechtkunnen.</p>"
                "<p>Deel signalen met collega's van andere organisaties, met "
                "toestemming van de bewoner. Steun bewonersinitiatieven met advies, "
                "ruimte en soms geld. Houd de afspraken uit het plan in de gaten. "
                "Loopt iets vast? Breng het dan snel in het overleg. Wacht niet tot "
                "de evaluatie.</p>"
            ),
            "letting_go": (
                "<p>Tijdens het uitvoeren betekent loslaten: bewoners het echt "
                "laten doen. Beheert een groep bewoners het groen? Bemoei je dan "
                "niet met elk detail. Geef vertrouwen, en steun waar zij erom "
                "vragen. Loslaten is niet weglopen. Je blijft bereikbaar en helpt "
                "als het moeilijk wordt.</p>"
            ),
            "explainers": [
                "buurtrechten",
                "wat-betekent-loslaten",
                "de-rol-van-bewoners",
            ],
            "examples": ["groen-havenkwartier", "geldzorgen-rivierwijk"],
            "resources": [
                "lsa-buurtrechten-in-kaart",
                "lsa-zelfbeheer-buurthuis",
                "movisie-speelveld-bewonersinitiatieven",
            ],
        },
        {
            "slug": "evalueren-en-leren",
            "title": "Terugkijken en bijsturen",
            "phase": "evalueren en leren",
            "summary": (
                "Je kijkt samen terug: wat werkt en wat niet? Daarna pas je het "
                "plan aan."
            ),
            "resident_part": (
                "Vertel wat er voor jou veranderd is. Vraag om de uitkomsten "
                "in gewone taal en zeg wat anders moet."
            ),
            "about": (
                "<p>Een wijkaanpak duurt vaak jaren. Daarom kijk je regelmatig "
                "terug. Dat heet evalueren. Je stelt vragen als:</p>"
                "<ul>"
                "<li>Doen we wat we hebben afgesproken?</li>"
                "<li>Merken bewoners er iets van?</li>"
                "<li>Komen we dichter bij onze doelen?</li>"
                "<li>Wat moeten we anders doen?</li>"
                "</ul>"
                "<p>Gebruik cijfers uit een <b>monitor</b>, maar ook ervaringen van "
                "bewoners en professionals. Cijfers veranderen vaak langzaam. "
                "Verhalen laten sneller zien of iets helpt. Deel wat je leert, ook "
                "met andere wijken. Evalueren is geen eindpunt. Met wat je leert, "
                "begin je aan een nieuwe ronde.</p>"
            ),
            "residents": (
                "<p>Bewoners merken vaak als eersten of iets werkt. Of juist niet. "
                "Jouw ervaring is daarom veel waard. Jij kunt:</p>"
                "<ul>"
                "<li>vertellen wat er voor jou veranderd is, in een gesprek of een "
                "vragenlijst;</li>"
                "<li>meedoen aan een leeravond of terugblik in de wijk;</li>"
                "<li>vragen om de resultaten in gewone taal;</li>"
                "<li>kritisch meekijken: klopt het verhaal van de organisaties met "
                "wat jij ziet?</li>"
                "<li>voorstellen doen voor wat anders moet.</li>"
                "</ul>"
            ),
            "professionals": (
                "<p>Professionals verzamelen de gegevens en zetten ze op een rij. "
                "Ze doen dat op vaste momenten, bijvoorbeeld één keer per jaar. "
                "Bespreek de uitkomsten samen met bewoners, niet alleen in het "
                "eigen overleg.</p>"
                "<p>Wees eerlijk over wat niet werkt. Dat is geen falen, maar "
                "kennis. Stop met aanpakken die niets opleveren. Geef tijd en geld "
                "aan wat wel helpt. Leer ook van andere wijken, bijvoorbeeld in een "
                "leernetwerk.</p>"
            ),
            "letting_go": (
                "<p>Bij evalueren betekent loslaten: afscheid durven nemen. Soms "
                "werkt een project niet, hoe goed het ook bedoeld was. Durf dan te "
                "stoppen, ook als het je eigen idee was. Laat bewoners ook mee "
                "oordelen over wat gelukt is. Hun oordeel telt net zo zwaar.</p>"
            ),
            "explainers": ["meten-wat-werkt", "samenwerken-en-loslaten"],
            "examples": ["leeravond-molenbuurt", "energiecoaches-voorbeeldwijk"],
            "resources": [
                "kis-wijkmonitor-herkomst",
                "wijkwijzer-leernetwerk",
                "movisie-waarde-bewonersinitiatieven",
            ],
        },
    ],
}
