"""Words a rewrite changes freely, left out of an article's prose-only signature
(ledger/duplicates.py `prose_words`): function words and the attribution verbs an editor
swaps ("said" for "told", "according to"), so that two wordings of one story's sentences
keep the words they share (its names, places, things and figures)."""

FUNCTION_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before
being between both but by can could did do does doing down during each few for from further
had has have having he her here hers him his how i if in into is it its itself just me more
most my no nor not now of off on once only or other our out over own same she should so some
such than that the their them then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your
according added adding announced asked confirmed called described said says saying stated
told tells warned while has had its which who on monday tuesday wednesday thursday friday
saturday sunday
""".split())
