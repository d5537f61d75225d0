"""Demo practice examples (praktijkvoorbeelden) from visibly fictional places."""

SOURCE = "Verzonnen voorbeeld, gebaseerd op ervaringen uit de praktijk."

PRACTICE_EXAMPLES = [
    {
        "slug": "wijkcafe-voorbeeldwijk",
        "audiences": ["bewoners", "professionals"],
        "title": "Elke woensdag koffie in Voorbeeldwijk",
        "summary": (
            "In Voorbeeldwijk was er een jaar lang elke week een wijkcafé. Zo "
            "hoorde de gemeente wat bewoners echt bezighield."
        ),
        "gemeente": "Voorbeeldstad",
        "wijk": "Voorbeeldwijk",
        "period": "2021–2022",
        "participants": (
            "Bewoners, een opbouwwerker, de wijkmanager van de gemeente en een "
            "medewerker van de woningcorporatie."
        ),
        "residents_role": (
            "<p>Bewoners kwamen langs voor koffie en een gesprek. Een paar vaste "
            "bezoekers hielpen met koffie zetten en met het uitnodigen van "
            "buren.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Een vaste dag, een vaste plek en gratis koffie.</li>"
            "<li>Geen agenda: bewoners bepaalden zelf waarover ze praatten.</li>"
            "<li>Elke maand een kort briefje aan de hele straat met wat er gezegd "
            "was.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Jongeren en werkende ouders kwamen bijna nooit.</li>"
            "<li>Sommige vragen bleven te lang liggen. Dat kostte vertrouwen.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["bewonersparticipatie", "samenleven-en-integratie"],
        "resources": [
            (
                "movisie-wij-in-de-wijk-bundel",
                "Echte voorbeelden van plekken waar buren elkaar ontmoeten.",
            ),
        ],
        "body": (
            "<p>De gemeente Voorbeeldstad wilde een wijkaanpak starten in "
            "Voorbeeldwijk. Maar wat vonden de bewoners zelf belangrijk? Dat wist "
            "niemand precies. Vragenlijsten kwamen maar voor de helft terug.</p>"
            "<p>Daarom opende opbouwwerker Sanne (een verzonnen naam) een wijkcafé "
            "in een lege winkel. Elke woensdagochtend stond de koffie klaar. De "
            "wijkmanager en een medewerker van de corporatie schoven aan. Zij "
            "luisterden vooral en schreven mee.</p>"
            "<p>In het begin kwamen er vijf mensen. Na drie maanden waren het er "
            "vaak dertig. Bewoners praatten over vochtige huizen, over auto's die "
            "te hard rijden en over eenzaamheid. Een oudere buurman zei: ‘Eindelijk "
            "vraagt iemand het gewoon.’</p>"
            "<p>De gesprekken gaven een ander beeld dan de cijfers. Volgens de "
            "cijfers was overlast het grootste probleem. Bewoners noemden vaker "
            "dat buren elkaar weinig kennen.</p>"
            "<p>Na een jaar lag er een lijst met onderwerpen. Die lijst werd de "
            "basis van de wijkanalyse. Het wijkcafé bestaat nog steeds. Bewoners "
            "houden het nu zelf open.</p>"
        ),
    },
    {
        "slug": "buurtonderzoekers-molenbuurt",
        "audiences": ["bewoners", "professionals"],
        "title": "Bewoners als buurtonderzoekers in de Molenbuurt",
        "summary": (
            "Twaalf bewoners van de Molenbuurt spraken met hun buren. Hun verhalen "
            "kwamen naast de cijfers in de wijkanalyse."
        ),
        "gemeente": "Verzonnenveen",
        "wijk": "Molenbuurt (fictief)",
        "period": "2022–2023",
        "participants": (
            "Twaalf bewoners, een onderzoeker van een hogeschool, de gemeente "
            "Verzonnenveen en twee woningcorporaties."
        ),
        "residents_role": (
            "<p>Bewoners waren zelf onderzoeker. Ze kregen een korte training, "
            "voerden gesprekken met buren en bespraken samen wat ze hoorden.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Buren vertelden meer aan een buurvrouw dan aan een "
            "ambtenaar.</li>"
            "<li>De buurtonderzoekers spraken samen zes talen.</li>"
            "<li>De training was kort en praktisch.</li>"
            "<li>Bewoners kregen een kleine vergoeding voor hun tijd.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Het uitwerken van de gesprekken kostte veel meer tijd dan "
            "gepland.</li>"
            "<li>Niet alle uitkomsten kwamen terug in het plan. Sommige "
            "onderzoekers voelden zich daardoor niet serieus genomen.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["bewonersparticipatie", "samenwerken"],
        "resources": [
            (
                "verwey-jonker-kis-wijkmonitor",
                "Zo kun je een wijk in beeld brengen.",
            ),
            (
                "platform31-wijkengids-signaleren-en-inzicht",
                "Hoe zie je wat er speelt, samen met bewoners?",
            ),
        ],
        "body": (
            "<p>De gemeente Verzonnenveen had veel cijfers over de Molenbuurt. Ze "
            "wist hoeveel mensen een uitkering hadden en hoeveel huizen oud waren. "
            "Maar ze wist weinig over het dagelijks leven. Hoe voelt het om hier te "
            "wonen?</p>"
            "<p>Daarom vroeg de gemeente bewoners om mee te onderzoeken. Twaalf "
            "mensen meldden zich. Er zaten een gepensioneerde buschauffeur, twee "
            "studenten en een moeder van vier kinderen bij. Een onderzoeker van een "
            "hogeschool gaf drie korte trainingen. Hoe stel je een open vraag? Wat "
            "doe je bij een verdrietig verhaal?</p>"
            "<p>In twee maanden spraken de buurtonderzoekers met meer dan honderd "
            "buren. Ze hoorden over geldzorgen, maar ook over trots op de buurt. "
            "Veel mensen wilden graag iets doen. Ze wisten alleen niet hoe.</p>"
            "<p>De onderzoekers vertelden de uitkomsten zelf in het buurthuis. De "
            "zaal zat vol. Hun verhalen kwamen naast de cijfers in de wijkanalyse. "
            "Zo ontstond een beeld dat bewoners herkenden. De aanpak is daarna stap "
            "voor stap opgeschreven, zodat andere wijken hem kunnen gebruiken.</p>"
        ),
    },
    {
        "slug": "startakkoord-verzonnenhof",
        "audiences": ["professionals"],
        "title": "Eerst elkaar leren kennen, dan pas het plan",
        "summary": (
            "In Verzonnenhof leerden alle partners en bewoners eerst elkaar kennen. "
            "Pas daarna maakten ze afspraken. Die pasten op één A4."
        ),
        "gemeente": "Verzonnenveen",
        "wijk": "Verzonnenhof",
        "period": "2023–2024",
        "participants": (
            "De gemeente Verzonnenveen, een woningcorporatie, het wijkteam, twee "
            "basisscholen, de wijkagent, een welzijnsorganisatie en een groep "
            "bewoners."
        ),
        "residents_role": (
            "<p>Een groep van acht bewoners zat vanaf de eerste bijeenkomst aan "
            "tafel. Zij hadden net zoveel te zeggen als de organisaties.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Vier bijeenkomsten om elkaar te leren kennen, voordat het over geld "
            "ging.</li>"
            "<li>Een startakkoord van één A4, in gewone taal.</li>"
            "<li>Een gespreksleider die niet bij een van de partners werkte.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Niet alle organisaties stuurden steeds dezelfde persoon. Daardoor "
            "moest een gesprek soms opnieuw.</li>"
            "<li>De gemeente wilde in het begin te snel een plan.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["samenwerken", "bewonersparticipatie"],
        "resources": [
            (
                "platform31-domeinen-koppelen",
                "Lessen over samenwerken over vakgrenzen heen.",
            ),
        ],
        "body": (
            "<p>Verzonnenhof is een verzonnen wijk in de verzonnen gemeente "
            "Verzonnenveen. De wijkanalyse was klaar. Iedereen zag dat er samen "
            "iets moest gebeuren. Maar hoe begin je met twaalf partijen?</p>"
            "<p>Wijkmanager Daan (een verzonnen naam) koos voor een rustige start. "
            "Er kwamen vier bijeenkomsten. Daar ging het nog niet over projecten of "
            "geld. De partners vertelden wat hun organisatie doet en wat zij lastig "
            "vindt. Bewoners vertelden hoe zij de wijk zien.</p>"
            "<p>Dat leverde verrassingen op. De corporatie wist niet dat de scholen "
            "veel kinderen met astma zagen. De wijkagent hoorde voor het eerst van "
            "bewoners die al jaren de speeltuin schoonhielden.</p>"
            "<p>Na vier bijeenkomsten schreven ze samen een startakkoord. Het paste "
            "op één A4. Erin stond waarom ze samenwerken, hoe ze besluiten nemen en "
            "dat bewoners meebeslissen. Alle partners zetten hun handtekening. De "
            "bewonersgroep tekende ook.</p>"
            "<p>Het echte plan kwam een half jaar later. Volgens de partners ging "
            "dat sneller dan anders. Ze kenden elkaar immers al.</p>"
        ),
    },
    {
        "slug": "groen-havenkwartier",
        "audiences": ["bewoners"],
        "title": "Bewoners onderhouden zelf het groen in het Havenkwartier",
        "summary": (
            "Bewoners van het Havenkwartier vonden dat het groen beter kon. Met het "
            "Right to Challenge namen ze het onderhoud over van de gemeente."
        ),
        "gemeente": "Zeestad (fictief)",
        "wijk": "Havenkwartier (fictief)",
        "period": "2020–2023",
        "participants": (
            "Een bewonersvereniging, de afdeling groen van de gemeente Zeestad en "
            "een klein bewonersbedrijf."
        ),
        "residents_role": (
            "<p>Bewoners deden zelf een voorstel. Ze kregen het geld voor het "
            "onderhoud en deden het werk zelf. Een paar bewoners kregen er betaald "
            "werk door.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Een duidelijk contract met de gemeente over taken, geld en "
            "kwaliteit.</li>"
            "<li>Buurtbewoners zonder werk kregen een betaalde baan in het "
            "groen.</li>"
            "<li>Volgens bewoners zag het groen er beter uit dan eerst.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Het duurde anderhalf jaar voordat het contract rond was.</li>"
            "<li>De administratie was zwaar voor vrijwilligers.</li>"
            "<li>In de winter was er weinig werk, en dus weinig inkomen.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": [
            "bewonersparticipatie",
            "leefomgeving-en-openbare-ruimte",
            "werk-en-participatie",
        ],
        "resources": [
            (
                "lsa-recht-om-uit-te-dagen",
                "Uitleg over het Right to Challenge.",
            ),
            ("lsa-buurtrechten-in-kaart", "Welke buurtrechten zijn er?"),
        ],
        "body": (
            "<p>In het Havenkwartier ergerden bewoners zich aan het groen. De "
            "perken waren kaal en het gras werd laat gemaaid. Bewoners dachten: dat "
            "kunnen wij beter.</p>"
            "<p>De bewonersvereniging hoorde van het <b>Right to Challenge</b>. Dat "
            "is het recht om een taak van de gemeente over te nemen. Je krijgt dan "
            "ook het geld dat erbij hoort. De vereniging schreef een voorstel. Ze "
            "wilde het groen in twaalf straten zelf onderhouden.</p>"
            "<p>De gemeente Zeestad was eerst voorzichtig. Wie is verantwoordelijk "
            "als er iets misgaat? Hoe weet je of het werk goed gebeurt? Na veel "
            "gesprekken kwam er een contract. Daarin stonden de taken, het geld en "
            "de eisen.</p>"
            "<p>Een klein bewonersbedrijf nam het werk op zich. Vier buurtbewoners "
            "kregen er een betaalde baan. Vrijwilligers hielpen in het weekend. "
            "Kinderen van de basisschool plantten bloembollen.</p>"
            "<p>Na drie jaar zijn de bewoners tevreden over het groen. De gemeente "
            "ook. Wel vinden beide partijen dat het contract sneller rond had "
            "moeten zijn. Ze schreven hun ervaringen op voor andere wijken.</p>"
        ),
    },
    {
        "slug": "wijkplan-rivierwijk",
        "audiences": ["professionals"],
        "title": "Een wijkplan dat op één A4 past",
        "summary": (
            "In de Rivierwijk maakten bewoners en partners samen een kort wijkplan. "
            "Iedereen kan het lezen en er later op terugvallen."
        ),
        "gemeente": "Stroomdorp (fictief)",
        "wijk": "Rivierwijk (fictief)",
        "period": "2022–2023",
        "participants": (
            "Een bewonerstafel van vijftien mensen, de gemeente Stroomdorp, een "
            "woningcorporatie, het wijkteam en de bibliotheek."
        ),
        "residents_role": (
            "<p>Een bewonerstafel koos samen met de partners drie thema's. Bewoners "
            "schreven mee aan de tekst en testten of die te begrijpen was.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Maar drie thema's kiezen, in plaats van tien.</li>"
            "<li>Bij elk thema een paar duidelijke afspraken: wie, wat en "
            "wanneer.</li>"
            "<li>Buren lieten de tekst lezen voordat hij af was.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Sommige partners vonden hun eigen onderwerp niet terug en haakten "
            "af.</li>"
            "<li>Op één A4 was weinig ruimte voor details over geld. Daarvoor was "
            "later een extra stuk nodig.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["samenwerken", "bewonersparticipatie"],
        "resources": [
            ("lpb-deelnemers-wijklabs", "Kenners geven advies over een wijkplan."),
        ],
        "body": (
            "<p>De vorige wijkplannen van de Rivierwijk waren dik. Soms telden ze "
            "tachtig bladzijden. Bijna niemand las ze. Bewoners wisten niet wat "
            "erin stond. Veel professionals ook niet.</p>"
            "<p>Deze keer wilde de gemeente Stroomdorp het anders doen. Er kwam een "
            "bewonerstafel van vijftien mensen. Samen met de partners kozen zij drie "
            "thema's: geldzorgen, vochtige huizen en plekken voor jongeren.</p>"
            "<p>Per thema schreven ze op wat ze wilden bereiken. Ook wie wat zou "
            "doen, en wanneer. Alles moest op één A4 passen. Dat dwong tot keuzes. "
            "Niet iedereen vond dat makkelijk.</p>"
            "<p>Leden van de bewonerstafel lieten de tekst lezen aan buren. Wat "
            "begrepen die niet? Die zinnen werden opnieuw geschreven. De "
            "bibliotheek hielp daarbij met een taalcoach.</p>"
            "<p>Het plan hangt nu in het buurthuis, de bibliotheek en bij de "
            "huisarts. Bij elk overleg ligt het op tafel. Heeft iemand een nieuw "
            "idee? Dan is de vraag: past dit bij onze drie thema's?</p>"
        ),
    },
    {
        "slug": "voorlezen-havenkwartier",
        "audiences": ["bewoners"],
        "title": "Voorlezen aan huis voor jonge kinderen in het Havenkwartier",
        "summary": (
            "Vrijwilligers lazen een jaar lang elke week voor bij gezinnen met jonge "
            "kinderen. De wijk koos bewust voor een aanpak waarvan bekend is dat hij "
            "werkt."
        ),
        "gemeente": "Zeestad (fictief)",
        "wijk": "Havenkwartier (fictief)",
        "period": "2021–2024",
        "participants": (
            "Ouders en jonge kinderen, twintig vrijwillige voorlezers, de "
            "bibliotheek, het consultatiebureau en twee basisscholen."
        ),
        "residents_role": (
            "<p>Bewoners waren voorlezer of deden mee als gezin. Ouders zeiden "
            "welke boeken en talen ze graag wilden.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Een bestaande aanpak, die in onderzoek effectief bleek.</li>"
            "<li>Vrijwilligers uit de eigen buurt, die soms dezelfde taal spraken "
            "als het gezin.</li>"
            "<li>Het consultatiebureau wees gezinnen op het aanbod.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Vrijwilligers stopten soms na een paar maanden. Er was een vaste "
            "coördinator nodig.</li>"
            "<li>De wijk wilde eerst dingen aan de aanpak veranderen. Dat kon niet "
            "zomaar, want dan werkt hij misschien minder goed.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": (
            "Verzonnen voorbeeld. Het laat zien hoe een wijk een aanpak van "
            "buiten kan gebruiken."
        ),
        "themes": ["onderwijs-en-opvoeding", "samenleven-en-integratie"],
        "resources": [
            (
                "movisie-databank-effectieve-interventies",
                "Hier vind je aanpakken waarvan bekend is dat ze werken.",
            ),
        ],
        "body": (
            "<p>Op de scholen in het Havenkwartier begonnen veel kinderen met een "
            "achterstand in taal. In het wijkplan stond daarom: we helpen jonge "
            "kinderen met taal. Maar hoe?</p>"
            "<p>De partners wilden geen nieuw project bedenken. Ze zochten een "
            "aanpak die al vaker was onderzocht. Zo kwamen ze uit bij een "
            "voorleesprogramma aan huis. Uit onderzoek bleek dat kinderen daardoor "
            "meer woorden leren. Zo'n aanpak heet een <b>erkende "
            "interventie</b>.</p>"
            "<p>De bibliotheek leidde twintig vrijwilligers op. Veel van hen "
            "woonden zelf in de wijk. Elke voorlezer bezocht één gezin, een jaar "
            "lang, elke week. Ouders deden mee en leerden hoe ze zelf konden "
            "voorlezen.</p>"
            "<p>Het consultatiebureau vertelde ouders over het programma. Zo "
            "bereikten ze ook gezinnen die zelf niet snel om hulp vragen.</p>"
            "<p>Na drie jaar hebben meer dan honderd gezinnen meegedaan. De scholen "
            "zien dat kinderen beter voorbereid binnenkomen. De wijk wil het "
            "programma houden. Wel zoeken de partners nog geld voor een vaste "
            "coördinator.</p>"
        ),
    },
    {
        "slug": "geldzorgen-rivierwijk",
        "audiences": ["professionals"],
        "title": "Snel hulp bij geldzorgen in de Rivierwijk",
        "summary": (
            "Betaalt iemand de huur niet, dan komt er binnen twee weken iemand "
            "langs. Zo krijgen bewoners hulp voordat schulden groot worden."
        ),
        "gemeente": "Stroomdorp (fictief)",
        "wijk": "Rivierwijk (fictief)",
        "period": "2022–2025",
        "participants": (
            "De woningcorporatie, het energiebedrijf, het wijkteam, de schuldhulp "
            "van de gemeente Stroomdorp en bewoners die zelf schulden hebben "
            "gehad."
        ),
        "residents_role": (
            "<p>Drie bewoners die zelf schulden hebben gehad, gingen mee op "
            "huisbezoek. Zij hielpen ook om brieven en gesprekken vriendelijker te "
            "maken.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Vroeg langsgaan, al na de eerste keer dat de huur niet betaald "
            "is.</li>"
            "<li>Een bewoner met eigen ervaring aan de deur. Mensen deden dan "
            "sneller open.</li>"
            "<li>Eén vaste contactpersoon, in plaats van vijf loketten.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Gegevens delen tussen organisaties was lastig, door de regels "
            "voor privacy.</li>"
            "<li>Mensen met schulden bij andere bedrijven kwamen minder snel in "
            "beeld.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": [
            "werk-en-participatie",
            "wonen",
            "gezondheid-zorg-en-hulpverlening",
        ],
        "resources": [
            ("movisie-armoede-en-schulden", "Wat helpt bij armoede en schulden?"),
            (
                "platform31-armoede-en-gezondheid",
                "Over geldzorgen, stress en gezondheid.",
            ),
        ],
        "body": (
            "<p>In de Rivierwijk hebben veel mensen weinig geld. Een kleine schuld "
            "wordt daar snel een grote. Vaak vragen mensen pas laat om hulp. Uit "
            "schaamte, of omdat ze niet weten waar ze heen moeten.</p>"
            "<p>De corporatie, het energiebedrijf en de gemeente Stroomdorp maakten "
            "een afspraak. Betaalt iemand de huur of de energie niet? Dan sturen ze "
            "niet alleen een brief. Binnen twee weken gaat er iemand langs. Dat is "
            "een medewerker van het wijkteam, samen met een ervaringsdeskundige. "
            "Dat is een bewoner die zelf schulden heeft gehad.</p>"
            "<p>Het gesprek gaat niet alleen over geld. Ook over werk, gezondheid "
            "en de kinderen. Waar nodig regelt het wijkteam meteen de volgende "
            "stap.</p>"
            "<p>De partners kozen niet zomaar voor deze aanpak. Uit onderzoek weten "
            "we dat vroeg helpen werkt. De werkwijze is goed uitgelegd en de "
            "gedachte erachter is duidelijk. Daarom heeft dit voorbeeld het label "
            "goed onderbouwd. Of het in de Rivierwijk echt effect heeft, wordt nog "
            "onderzocht.</p>"
            "<p>Na drie jaar moeten minder mensen hun huis uit. Bewoners zeggen dat "
            "ze zich minder alleen voelen met hun zorgen.</p>"
        ),
    },
    {
        "slug": "leeravond-molenbuurt",
        "audiences": ["professionals"],
        "title": "Eén keer per jaar samen terugkijken in de Molenbuurt",
        "summary": (
            "In de Molenbuurt kijken bewoners en professionals elk jaar samen naar de "
            "cijfers en de verhalen. Daarna passen ze het plan aan."
        ),
        "gemeente": "Verzonnenveen",
        "wijk": "Molenbuurt (fictief)",
        "period": "2021–2025",
        "participants": (
            "Bewoners, de gemeente Verzonnenveen, twee woningcorporaties, het "
            "wijkteam, de wijkagent en een onderzoeksbureau."
        ),
        "residents_role": (
            "<p>Bewoners bespraken de cijfers mee en gaven er hun eigen uitleg bij. "
            "Ze hadden een echte stem bij het aanpassen van het plan.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Cijfers en verhalen van bewoners kwamen op dezelfde avond op "
            "tafel.</li>"
            "<li>Vooraf kreeg iedereen een korte samenvatting in gewone taal.</li>"
            "<li>Elk jaar stopten ze minstens één project en kozen ze één nieuw "
            "idee.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Sommige cijfers kwamen pas een jaar later beschikbaar.</li>"
            "<li>Het was moeilijk om naast de vaste bezoekers ook nieuwe gezichten "
            "te trekken.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["samenwerken", "bewonersparticipatie"],
        "resources": [
            (
                "movisie-waarde-bewonersinitiatieven",
                "Hoe kijk je naar wat iets oplevert?",
            ),
            ("wijkwijzer-dashboard-zicht-op-wijken", "Cijfers over wijken."),
        ],
        "body": (
            "<p>In de Molenbuurt loopt sinds 2021 een wijkaanpak. Het plan duurt "
            "tien jaar. Dat is lang. Hoe weet je onderweg of je goed bezig "
            "bent?</p>"
            "<p>De partners kozen voor een vaste leeravond, één keer per jaar in "
            "het najaar. Een onderzoeksbureau zet vooraf de cijfers uit de "
            "wijkmonitor op een rij. Bewoners halen in de weken ervoor verhalen op "
            "bij buren. Alles komt in een korte samenvatting in gewone taal.</p>"
            "<p>Op de avond zitten bewoners en professionals aan dezelfde tafels. "
            "Bij elk thema bespreken ze drie vragen. Wat zien we? Hoe komt dat? Wat "
            "doen we anders?</p>"
            "<p>Soms zeggen cijfers en verhalen iets anders. In 2023 was er volgens "
            "de politie minder overlast. Toch voelden bewoners zich niet veiliger. "
            "Het gesprek daarover leidde tot betere verlichting in twee "
            "steegjes.</p>"
            "<p>Elke leeravond eindigt met keuzes. Wat stoppen we? Wat gaan we "
            "proberen? De aanpak bouwt op bekende kennis over samen leren. Daarom "
            "is hij goed onderbouwd. Hard bewijs dat hij werkt, is er nog "
            "niet.</p>"
        ),
    },
    {
        "slug": "energiecoaches-voorbeeldwijk",
        "audiences": ["bewoners"],
        "title": "Buren helpen buren met energie besparen",
        "summary": (
            "In Voorbeeldwijk gingen bewoners als energiecoach bij buren langs. "
            "Toen folders niet werkten, paste de groep haar aanpak aan."
        ),
        "gemeente": "Voorbeeldstad",
        "wijk": "Voorbeeldwijk",
        "period": "2022–2024",
        "participants": (
            "Tien bewoners als energiecoach, de woningcorporatie, de gemeente "
            "Voorbeeldstad en een energiecoöperatie uit de stad."
        ),
        "residents_role": (
            "<p>Bewoners waren energiecoach. Ze bedachten zelf hoe ze buren het "
            "best konden bereiken. Toen dat niet lukte, veranderden ze hun "
            "aanpak.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Langsgaan met een tasje met tochtstrips en een ledlamp.</li>"
            "<li>Coaches die dezelfde taal spraken als de buren.</li>"
            "<li>Na een half jaar samen terugkijken en de aanpak veranderen.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<p>De eerste aanpak met folders en een informatieavond werkte niet. "
            "Er kwamen maar zes mensen. Ook was moeilijk bij te houden hoeveel "
            "energie mensen echt bespaarden.</p>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["duurzaamheid", "wonen"],
        "resources": [
            ("lsa-actieve-bewoners-2019", "Verhalen over energie uit de buurt."),
            (
                "platform31-aardgasvrije-wijken",
                "Gemeenten leren samen over wijken zonder gas.",
            ),
        ],
        "body": (
            "<p>Na de hoge energieprijzen van 2022 maakten veel mensen in "
            "Voorbeeldwijk zich zorgen. Tien bewoners lieten zich opleiden tot "
            "energiecoach. Ze wilden hun buren helpen om te besparen.</p>"
            "<p>Ze begonnen met folders en een informatieavond in het buurthuis. Er "
            "kwamen zes mensen. De coaches waren teleurgesteld. Na drie maanden "
            "gingen ze met de corporatie en de gemeente om tafel. Wat ging er "
            "mis?</p>"
            "<p>Het antwoord kwam van de buren zelf. Veel mensen lezen geen folders. "
            "Anderen durven niet naar een avond vol onbekenden. En sommigen spreken "
            "de taal niet goed.</p>"
            "<p>De groep veranderde haar aanpak. De coaches gingen nu zelf "
            "aanbellen, met een tasje vol tochtstrips en ledlampen. Ze kozen "
            "straten waar ze zelf mensen kenden. Twee coaches spraken Turks en "
            "Arabisch.</p>"
            "<p>In het jaar daarna bezochten ze meer dan driehonderd huizen. Veel "
            "bewoners vroegen later zelf om een tweede bezoek. Elk half jaar kijkt "
            "de groep opnieuw terug. Zo blijven ze leren.</p>"
        ),
    },
    {
        "slug": "zomerspelen-voorbeeldwijk",
        "audiences": ["bewoners"],
        "title": "Zomerspelen op het plein in Voorbeeldwijk",
        "summary": (
            "Ouders in Voorbeeldwijk organiseerden in de zomervakantie elke middag "
            "spelletjes op het plein. Kinderen en buren leerden elkaar zo beter "
            "kennen."
        ),
        "gemeente": "Voorbeeldstad",
        "wijk": "Voorbeeldwijk",
        "period": "2024",
        "participants": "Ouders uit de buurt, het jongerenwerk en de gemeente.",
        "residents_role": (
            "<p>Ouders bedachten de spelletjes, haalden spullen op en letten op de "
            "kinderen.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Elke dag op dezelfde tijd beginnen.</li>"
            "<li>Oudere jongeren uit de buurt als spelleider.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul><li>Bij regen was er geen plek om naar binnen te gaan.</li></ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["samenleven-en-integratie", "leefomgeving-en-openbare-ruimte"],
        "resources": [
            (
                "movisie-sociale-basis-nieuwe-gedaanten",
                "Over ontmoeting en steun in de wijk.",
            ),
        ],
        "body": (
            "<p>In de zomervakantie is het stil in Voorbeeldwijk. Veel gezinnen "
            "gaan niet op vakantie. Kinderen vervelen zich en hangen op straat. Een "
            "paar ouders wilden daar iets aan doen.</p>"
            "<p>Ze bedachten de Zomerspelen. Zes weken lang was er elke middag iets "
            "te doen op het plein. Touwtrekken, stoepkrijten, een voetbaltoernooi "
            "en een spel met water. Het jongerenwerk leende spullen uit. De "
            "gemeente zette er een extra afvalbak neer.</p>"
            "<p>Oudere jongeren uit de buurt waren spelleider. Zij kregen een kleine "
            "vergoeding. Dat werkte goed. De kleine kinderen keken tegen hen "
            "op.</p>"
            "<p>Ook buren kwamen kijken. Sommigen brachten limonade of een taart "
            "mee. Mensen die al jaren naast elkaar woonden, spraken elkaar voor het "
            "eerst.</p>"
            "<p>Bij regen ging het niet door. Er was geen ruimte binnen in de "
            "buurt. Voor volgend jaar zoeken de ouders daarom een plek in de "
            "school. Dit voorbeeld werken we nog verder uit.</p>"
        ),
        "state": "draft",
    },
    {
        "slug": "buurtpreventie-rivierwijk",
        "audiences": ["bewoners"],
        "title": "Samen letten op de straat in de Rivierwijk",
        "summary": (
            "In de Rivierwijk lopen bewoners elke week een rondje door de buurt. "
            "Ze letten op en praten met buren. Zo voelt de wijk veiliger."
        ),
        "gemeente": "Stroomdorp (fictief)",
        "wijk": "Rivierwijk (fictief)",
        "period": "2022–2024",
        "participants": (
            "Vijftien bewoners, de wijkagent, een opbouwwerker en de gemeente "
            "Stroomdorp."
        ),
        "residents_role": (
            "<p>Bewoners bedachten de route en liepen zelf. Ze kozen ook wat ze "
            "wel en niet doen: ze kijken en praten, maar grijpen niet in.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Een vast rondje op een vaste avond, altijd met z'n tweeën.</li>"
            "<li>Een app-groep met de wijkagent voor snelle vragen.</li>"
            "<li>Kleine dingen snel melden: een kapotte lamp, een losse tegel.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Sommige buren vonden het eng om bekeken te worden.</li>"
            "<li>In de zomer liepen er te weinig mensen mee.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["veiligheid-en-criminaliteit", "samenleven-en-integratie"],
        "body": (
            "<p>In de Rivierwijk werd vaak ingebroken in schuurtjes. Bewoners "
            "voelden zich 's avonds niet fijn op straat. Ze wilden zelf iets "
            "doen.</p>"
            "<p>Met de opbouwwerker maakten ze een plan. Elke dinsdagavond loopt "
            "een groepje een rondje. Ze groeten buren en letten op wat er mis is. "
            "Wat kapot is, melden ze bij de gemeente.</p>"
            "<p>De wijkagent liep de eerste weken mee. Zo leerden de lopers wat ze "
            "wel en niet moeten doen. Ziet iemand echt iets verdachts? Dan belt "
            "hij of zij de politie.</p>"
            "<p>Na een jaar waren er minder inbraken in schuurtjes. Bewoners zeggen "
            "vooral dat ze elkaar beter kennen. Dat maakt de straat voor hen "
            "veiliger.</p>"
        ),
    },
    {
        "slug": "jongeren-en-wijkagent-havenkwartier",
        "audiences": ["bewoners", "professionals"],
        "title": "Jongeren en de wijkagent maken samen een plek",
        "summary": (
            "Jongeren in het Havenkwartier hadden geen plek om te zijn. Met de "
            "wijkagent en het jongerenwerk bouwden ze er zelf een."
        ),
        "gemeente": "Zeestad (fictief)",
        "wijk": "Havenkwartier (fictief)",
        "period": "2023–2024",
        "participants": (
            "Twintig jongeren, het jongerenwerk, de wijkagent, een school en "
            "omwonenden."
        ),
        "residents_role": (
            "<p>Jongeren kozen de plek en maakten het ontwerp. Omwonenden praatten "
            "mee over de regels, zoals hoe laat het stil moet zijn.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Jongeren bouwden zelf mee. Daardoor zorgen ze er ook voor.</li>"
            "<li>Vaste afspraken met de buren, op één kaart aan de muur.</li>"
            "<li>De wijkagent kwam als buurman, niet alleen bij problemen.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Het duurde lang voor de gemeente toestemming gaf.</li>"
            "<li>Meisjes kwamen in het begin bijna niet.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": ["veiligheid-en-criminaliteit", "onderwijs-en-opvoeding"],
        "body": (
            "<p>In het Havenkwartier hingen jongeren 's avonds bij de winkels. "
            "Buren klaagden over lawaai. De jongeren zeiden: we hebben nergens "
            "anders een plek.</p>"
            "<p>Het jongerenwerk vroeg de jongeren wat ze dan wel wilden. Het "
            "antwoord was: een overdekte plek met licht, een bank en een "
            "basket.</p>"
            "<p>Samen met een school maakten de jongeren een ontwerp. De wijkagent "
            "hielp bij de gesprekken met de buren. Zo kwamen er afspraken over "
            "tijden en afval.</p>"
            "<p>Na de bouw is het rustiger bij de winkels. De jongeren houden de "
            "plek zelf schoon. Het jongerenwerk komt twee avonden per week "
            "langs.</p>"
        ),
    },
    {
        "slug": "beweegroute-molenbuurt",
        "audiences": ["bewoners", "professionals"],
        "title": "Een groene beweegroute door de Molenbuurt",
        "summary": (
            "Ouderen in de Molenbuurt wilden vaker naar buiten. Met de gemeente "
            "maakten ze een route om te lopen, met banken en meer groen."
        ),
        "gemeente": "Verzonnenveen",
        "wijk": "Molenbuurt (fictief)",
        "period": "2023–2025",
        "participants": (
            "Oudere bewoners, een wijkverpleegkundige, een fysiotherapeut, de "
            "afdeling groen van de gemeente en de woningcorporatie."
        ),
        "residents_role": (
            "<p>Bewoners liepen de route eerst samen en zeiden waar een bank "
            "nodig was. Een groep buren zorgt nu voor de plantenbakken.</p>"
        ),
        "what_worked": (
            "<ul>"
            "<li>Elke 300 meter een bank, zodat iedereen mee kan.</li>"
            "<li>Stenen eruit, planten erin: dat houdt regenwater vast.</li>"
            "<li>Een vaste wandelgroep op maandag met de fysiotherapeut.</li>"
            "</ul>"
        ),
        "what_did_not": (
            "<ul>"
            "<li>Mensen die al eenzaam waren, bereikten ze moeilijk.</li>"
            "<li>Een paar bankjes stonden op een plek zonder schaduw.</li>"
            "</ul>"
        ),
        "fictional": True,
        "evidence": "niet-beoordeeld",
        "source": SOURCE,
        "themes": [
            "gezondheid-zorg-en-hulpverlening",
            "leefomgeving-en-openbare-ruimte",
            "duurzaamheid",
        ],
        "body": (
            "<p>De wijkverpleegkundige zag dat veel ouderen in de Molenbuurt "
            "weinig buiten kwamen. Ze zeiden: er is nergens om even te zitten. En "
            "de stoep is slecht.</p>"
            "<p>De gemeente wilde de straten toch opknappen. Bewoners liepen mee "
            "en wezen aan waar een bank moest komen. Ook vroegen ze om meer groen "
            "en minder stenen.</p>"
            "<p>Nu loopt er een route van twee kilometer door de buurt. Er staan "
            "banken en plantenbakken. Bij regen loopt het water beter weg.</p>"
            "<p>Elke maandag wandelt een groep met de fysiotherapeut. Daarna "
            "drinken ze samen koffie. Zo gaat het om bewegen én om elkaar "
            "zien.</p>"
        ),
    },
]
