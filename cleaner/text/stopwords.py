"""The two function-word lists, side by side so that neither is taken for the other.

They differ on purpose: each was measured where it is used, and changing either changes what is cut.
"""
from __future__ import annotations

# A small cross-language list of function words: topic overlap looks at the words that carry meaning.
TOPIC_STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers herself him himself his how i if in into is it its itself just let me more most my myself no nor
    not now of off on once only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves said says say one
    two new like get got make made may might must us via per de la le les des du et en un une el los las y del der
    die das und den dem ein eine ist von zu mit il di che""".split()
)

# The page scorer's stopword_share feature: the share of a line's words that are function words in
# English, French, Spanish, German, Italian or Dutch. Its weights (cleaner/page/model.json) were fitted
# with this list: a word added or dropped here changes the scores until the model is retrained.
PAGE_MODEL_STOPWORDS = frozenset(
    """a about after all also an and are as at be because been but by can could did do does for from had has
    have he her his how i if in into is it its just more most my no not now of on one only or other our out over
    she so some than that the their them then there these they this those to up was we were what when where which
    while who will with would you your said
    de la le les des du et en un une est pour que qui dans pas sur au aux par il elle ce
    el los las y del por con para es se lo una al su
    der die das und den dem ein eine ist von zu mit sich auf nicht auch für im
    il di che è per non con della gli
    het een van op voor niet zijn""".split()
)
