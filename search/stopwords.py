"""Common Dutch function words, shared by the query parser, the compound
splitter, the vocabulary and the suggestions."""

# Never used as prefixes, parts or highlighted.
STOPWORDS = frozenset({
    "aan", "al", "als", "bij", "daar", "dan", "dat", "de", "die", "dit", "door",
    "een", "en", "er", "geen", "het", "hoe", "hun", "ik", "in", "is", "je", "jij",
    "kan", "kun", "maar", "met", "mijn", "na", "naar", "niet", "nog", "of", "om",
    "ook", "op", "over", "te", "tot", "u", "uit", "van", "veel", "voor", "wat", "we",
    "welke", "wie", "wij", "wil", "worden", "wordt", "ze", "zij", "zijn", "zo",
    "zonder",
})  # fmt: skip
