"""Demo synonym groups, loaded by ``manage.py load_demo_content``.

Each group's first term is its key: loading again adds the missing terms to
the group with that first term (an editor's own additions stay), or creates
the group. The words are the ones residents and professionals type: lay
words, the names used in other cities, and the English words from policy
papers and training courses.
"""

SYNONYM_GROUPS = [
    "wijkaanpak, wijkenaanpak, gebiedsgerichte aanpak, gebiedsaanpak, buurtaanpak, "
    "neighbourhood approach, area-based approach",
    "bewoners, inwoners, buurtbewoners, wijkbewoners",
    "buurt, wijk",
    "corporatie, woningcorporatie, woningbouwvereniging, verhuurder, huurhuis, "
    "huurwoning, sociale huurwoning",
    "leefbaarheid, prettig wonen",
    "geld, financiering, subsidie, budget, buurtbudget, wijkbudget",
    "gemeente, lokale overheid",
    "wijkteam, sociaal wijkteam, buurtteam, sociaal team",
    "meedoen, participatie, bewonersparticipatie, burgerparticipatie, inspraak, "
    "meepraten, meebeslissen, meedenken",
    "stappenplan, in stappen, route",
    "community, gemeenschap, ABCD, bewonerskracht",
    "governance, bestuur, samenwerking",
    "empowerment, zeggenschap, eigen kracht",
    # "recht om uit te dagen" is left out: as a synonym it put the VNG pages
    # above LSA's page of that name on PostgreSQL. The glossary term "Right
    # to Challenge" has it as a variant, so the term card still shows.
    "right to challenge, uitdaagrecht, rtc",
    "overlast, burenruzie, geluidsoverlast, lawaai, herrie",
    "jongeren, jeugd, tieners, hangjongeren",
    "eenzaamheid, eenzaam, sociaal isolement",
    "opbouwwerk, opbouwwerker, buurtwerk, buurtwerker, sociaal werk",
    "wijkagent, buurtagent, politie",
    "bewonersinitiatief, burgerinitiatief, buurtinitiatief",
    "geschiedenis, vroeger, historie",
    "beginnen, begin, starten, aan de slag",
    "burendag, buurtfeest, straatfeest",
    "huurachterstand, huurschuld, huur niet betaald",
    "bewonersplatform, wijkraad, buurtraad, wijkplatform, bewonerscommissie, "
    "bewonersorganisatie",
]
