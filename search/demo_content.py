"""Demo synonym groups, loaded by ``manage.py load_demo_content``."""

SYNONYM_GROUPS = [
    "wijkaanpak, wijkenaanpak, gebiedsgerichte aanpak, gebiedsaanpak, buurtaanpak",
    "bewoners, inwoners, buurtbewoners",
    "corporatie, woningcorporatie, woningbouwvereniging",
    "leefbaarheid, prettig wonen",
    "geld, financiering, subsidie",
    "gemeente, lokale overheid",
    "wijkteam, sociaal wijkteam",
    "meedoen, participatie, bewonersparticipatie",
    "stappenplan, in stappen, route",
]
