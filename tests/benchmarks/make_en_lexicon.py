"""Build ``resources/lexicons/en.json`` from hand-written restaurant
vocabulary plus TextBlob's bundled adjective lexicon (``en-sentiment.xml``,
MIT/PDDL), averaged over word senses. Hand-written scores win.

Run once at build time (``python tests/benchmarks/make_en_lexicon.py``);
the app only ever reads the JSON. Editing ``en.json`` by hand is fine, but
re-running this script overwrites it.
"""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import textblob

OUT = Path(__file__).resolve().parents[2] / "resources" / "lexicons" / "en.json"

_AUX = "do does did is was are were has have had could would should ca wo ai need must might dare".split()
NEGATORS = (
    ["not", "no", "never", "nothing", "none", "nobody", "nowhere", "neither", "nor", "without",
     "cannot", "hardly", "barely", "scarcely", "n't", "wasnt", "isnt",
     "didnt", "dont", "doesnt", "wont", "cant", "couldnt", "wouldnt", "shouldnt", "arent", "werent",
     "havent", "hasnt", "hadnt", "aint", "far from", "less than", "instead of", "too bad"]
    + [a + "n't" for a in _AUX]
)

INTENSIFIERS = {
    "very": 1.3, "really": 1.3, "so": 1.3, "extremely": 1.5, "incredibly": 1.5, "super": 1.3,
    "absolutely": 1.4, "truly": 1.3, "totally": 1.3, "completely": 1.3, "quite": 1.1,
    "highly": 1.3, "especially": 1.2, "particularly": 1.2, "exceptionally": 1.5, "amazingly": 1.4,
    "remarkably": 1.3, "utterly": 1.5, "simply": 1.2, "such": 1.2,
    "pretty": 1.0, "real": 1.2, "most": 1.2, "seriously": 1.3, "insanely": 1.5, "ridiculously": 1.4,
    "consistently": 1.2, "always": 1.1, "genuinely": 1.2, "unbelievably": 1.5, "terribly": 1.4,
    "awfully": 1.4, "painfully": 1.4, "exceedingly": 1.5, "beyond": 1.3, "by far": 1.3,
}
# Intensifiers that make the next opinion negative whatever its sign:
# "too quiet", "too dark", "overly sweet".
EXCESS = {"too": 1.3, "way too": 1.5, "far too": 1.5, "much too": 1.4, "overly": 1.3, "excessively": 1.4,
          "a bit too": 0.8, "a little too": 0.8, "slightly too": 0.7, "bit too": 0.8}

DIMINISHERS = {
    "slightly": 0.6, "somewhat": 0.6, "a bit": 0.6, "a little": 0.6, "a tad": 0.6, "kind of": 0.6,
    "kinda": 0.6, "sort of": 0.6, "fairly": 0.8, "rather": 0.8, "mostly": 0.8, "almost": 0.7,
    "a little bit": 0.5, "marginally": 0.5, "mildly": 0.6, "reasonably": 0.9,
}
CONTRAST = ["but", "however", "yet", "except", "except for", "otherwise",
            "on the other hand", "nevertheless", "nonetheless", "that said",
            "apart from", "aside from", "other than", "only problem", "only complaint",
            "the only downside", "only issue"]
CONCESSIVE = ["although", "though", "even though", "despite", "in spite of", "even if", "while", "whereas",
              "albeit"]
BREAKS = ["and", "plus", "also", "as well as", "then", "so we", "so i", "which", "who", "because", "since",
          "when", "after", "before", "until", "as for", "with", "if", "or"]

# Hand-written scores (win over TextBlob). 0 = a blocker phrase: matched so
# that its words are not read as opinions or negators.
SENTIMENT = {
    # food
    "delicious": 0.9, "deliciously": 0.8, "tasty": 0.7, "yummy": 0.7, "scrumptious": 0.9, "flavorful": 0.7,
    "flavourful": 0.7, "fresh": 0.5, "crispy": 0.4, "crisp": 0.3, "tender": 0.5, "juicy": 0.5,
    "creamy": 0.4, "authentic": 0.5, "hearty": 0.4, "generous": 0.5, "plentiful": 0.4, "mouthwatering": 0.8,
    "succulent": 0.7, "savory": 0.4, "savoury": 0.4, "well done": 0.1, "well prepared": 0.6, "well cooked": 0.6,
    "cooked to perfection": 0.9, "melt in your mouth": 0.8, "bland": -0.5, "tasteless": -0.7,
    "flavorless": -0.7, "flavourless": -0.7, "stale": -0.6, "soggy": -0.6, "greasy": -0.5, "oily": -0.4,
    "overcooked": -0.6, "undercooked": -0.6, "burnt": -0.6, "burned": -0.5, "lukewarm": -0.5,
    "cold": -0.35, "tough": -0.4, "chewy": -0.4, "rubbery": -0.6, "dry": -0.4, "salty": -0.4,
    "too salty": -0.6, "watery": -0.5, "watered down": -0.5, "inedible": -0.9, "disgusting": -0.9,
    "gross": -0.7, "nasty": -0.7, "microwaved": -0.5, "mushy": -0.5, "raw": -0.3, "undercooked": -0.6,
    "frozen": -0.2, "skimpy": -0.5, "measly": -0.5, "tiny": -0.3, "small": -0.2, "overrated": -0.6,
    "mediocre": -0.5, "average": -0.2, "ordinary": -0.2, "so so": -0.3, "so-so": -0.3, "meh": -0.4,
    "nothing special": -0.4, "nothing to write home about": -0.5, "forgettable": -0.4, "edible": -0.1,
    "heavenly": 0.8, "divine": 0.8, "exquisite": 0.9, "sublime": 0.9, "spicy": 0.1, "sweet": 0.3,
    "too sweet": -0.4, "rich": 0.3, "hot": 0.2, "warm": 0.3, "fresh baked": 0.6,
    # service
    "friendly": 0.6, "attentive": 0.6, "helpful": 0.6, "welcoming": 0.6, "courteous": 0.6, "polite": 0.5,
    "prompt": 0.5, "promptly": 0.5, "efficient": 0.5, "knowledgeable": 0.5, "professional": 0.5,
    "accommodating": 0.6, "gracious": 0.6, "warm welcome": 0.7, "personable": 0.5, "sweet staff": 0.6,
    "rude": -0.8, "unfriendly": -0.7, "inattentive": -0.7, "rushed": -0.5, "ignored": -0.6,
    "forgot": -0.5, "forgotten": -0.5, "unprofessional": -0.7, "incompetent": -0.7, "arrogant": -0.6,
    "snooty": -0.6, "snobby": -0.6, "condescending": -0.7, "attitude": -0.3, "clueless": -0.6,
    "obnoxious": -0.7, "surly": -0.7, "indifferent": -0.5, "neglected": -0.6, "hostile": -0.7,
    "slow": -0.5, "quick": 0.4, "fast": 0.4, "quickly": 0.4, "straight away": 0.4, "speedy": 0.5, "on time": 0.4, "right away": 0.4,
    "took forever": -0.7, "forever": -0.4, "long wait": -0.5, "had to wait": -0.5, "had to ask": -0.5,
    "never came": -0.6, "never got": -0.5, "never arrived": -0.6, "waited": -0.3, "waiting": -0.2,
    "wait": -0.1, "in no time": 0.5,
    # price
    "cheap": 0.3, "affordable": 0.5, "inexpensive": 0.4, "reasonable": 0.4, "reasonably priced": 0.5,
    "well priced": 0.5, "fairly priced": 0.5, "good value": 0.6, "great value": 0.8, "bargain": 0.5,
    "worth": 0.4, "worth it": 0.5, "worth every penny": 0.9, "overpriced": -0.7, "pricey": -0.4,
    "expensive": -0.4, "rip off": -0.8, "ripoff": -0.8, "rip-off": -0.8, "steep": -0.4, "outrageous": -0.6,
    "highway robbery": -0.9, "waste of money": -0.8, "too expensive": -0.6, "exorbitant": -0.7,
    "too high": -0.5, "so high": -0.4, "high prices": -0.5, "prices are high": -0.5,
    "price is high": -0.5, "prices were high": -0.5, "price was high": -0.5, "on the high side": -0.4,
    "a bit high": -0.4, "high quality": 0.6, "low prices": 0.4, "prices are low": 0.4, "far": 0.0,
    "too much": -0.4, "not cheap": -0.3,
    # ambience / cleanliness
    "cozy": 0.6, "cosy": 0.6, "romantic": 0.5, "charming": 0.6, "quaint": 0.4, "relaxing": 0.5,
    "relaxed": 0.4, "lively": 0.4, "intimate": 0.4, "spacious": 0.4, "inviting": 0.5, "homey": 0.5,
    "comfortable": 0.5, "comfy": 0.5, "elegant": 0.6, "stylish": 0.5, "chic": 0.5, "trendy": 0.3,
    "noisy": -0.5, "loud": -0.4, "too loud": -0.6, "deafening": -0.8, "crowded": -0.3, "cramped": -0.5,
    "packed": -0.1, "dingy": -0.6, "dark": -0.1, "drab": -0.5, "dated": -0.3, "tacky": -0.5, "stuffy": -0.4,
    "cold in": -0.3, "freezing": -0.4, "spotless": 0.7, "clean": 0.5, "dirty": -0.7, "filthy": -0.9,
    "sticky": -0.4, "grimy": -0.7, "smelly": -0.6, "smelled": -0.3, "stank": -0.7, "stinks": -0.7,
    "unsanitary": -0.8, "unhygienic": -0.8,
    # general
    "recommend": 0.6, "recommended": 0.6, "highly recommend": 0.8, "love": 0.7, "loved": 0.7, "loves": 0.6,
    "lovely": 0.7, "enjoy": 0.5, "enjoyed": 0.6, "enjoyable": 0.6, "liked": 0.4, "favorite": 0.7,
    "favourite": 0.7, "gem": 0.7, "hidden gem": 0.8, "best": 0.8, "perfect": 0.9, "perfectly": 0.6,
    "impeccable": 0.9, "outstanding": 0.9, "superb": 0.9, "fantastic": 0.9, "wonderful": 0.9,
    "excellent": 0.9, "amazing": 0.9, "awesome": 0.9, "terrific": 0.8, "incredible": 0.8, "phenomenal": 0.9,
    "top notch": 0.8, "first rate": 0.8, "thanks": 0.3, "thank you": 0.4, "beautiful": 0.7, "beautifully": 0.6,
    "pleasant": 0.6, "happy": 0.6, "glad": 0.5, "pleased": 0.6, "impressed": 0.6, "impressive": 0.6,
    "satisfied": 0.5, "better": 0.4, "fun": 0.5, "great": 0.8, "good": 0.6, "nice": 0.6, "fine": 0.3,
    "ok": 0.2, "okay": 0.2, "decent": 0.3, "solid": 0.4, "treat": 0.4, "winner": 0.6, "must": 0.2,
    "fabulous": 0.9, "yum": 0.7, "wow": 0.5, "blown away": 0.8, "stellar": 0.9, "memorable": 0.6,
    "be back": 0.6, "go back": 0.5, "come back": 0.4, "coming back": 0.5, "going back": 0.5,
    "will return": 0.6, "return": 0.3, "returning": 0.4, "again and again": 0.6, "keep coming back": 0.8,
    "never disappoints": 0.8, "never disappointed": 0.7, "never again": -0.8, "never go back": -0.8,
    "never return": -0.8, "won't be back": -0.8, "will not be back": -0.8, "won't return": -0.8,
    "disappointing": -0.7, "disappointed": -0.7, "disappointment": -0.7, "disappoint": -0.6,
    "disappoints": -0.6, "letdown": -0.6, "let down": -0.6, "horrible": -0.9, "terrible": -0.9,
    "awful": -0.9, "worst": -1.0, "poor": -0.6, "poorly": -0.6, "bad": -0.7, "lousy": -0.7,
    "pathetic": -0.8, "sloppy": -0.5, "dull": -0.4, "boring": -0.5, "subpar": -0.5, "sub par": -0.5,
    "below par": -0.5, "below average": -0.5, "not up to par": -0.5, "waste": -0.6, "wasted": -0.5,
    "unacceptable": -0.8, "ridiculous": -0.5, "joke": -0.4, "shame": -0.4, "sadly": -0.4, "sad": -0.4,
    "hate": -0.8, "hated": -0.8, "dislike": -0.5, "avoid": -0.6, "stay away": -0.8, "sick": -0.6,
    "wrong": -0.5, "mistake": -0.4, "problem": -0.3, "problems": -0.3, "issue": -0.2, "complain": -0.4,
    "complained": -0.5, "complaint": -0.4, "complaints": -0.4, "sent back": -0.5, "send it back": -0.5,
    "could have been better": -0.4, "could be better": -0.3, "should have been": -0.3, "lacks": -0.4,
    "overwhelming": -0.2, "underwhelming": -0.6, "underwhelmed": -0.6, "annoying": -0.5, "annoyed": -0.5,
    "frustrating": -0.6, "frustrated": -0.6, "upset": -0.5, "angry": -0.6, "uncomfortable": -0.5,
    "awkward": -0.4, "weird": -0.3, "strange": -0.2, "odd": -0.2, "fail": -0.6, "failed": -0.6,
    "below": -0.2, "par": 0.0, "terribly": -0.6, "apologize": -0.2, "apologized": -0.1, "unfortunate": -0.5,
    "inconsistent": -0.4, "limited": -0.3, "lacking": -0.4, "rip": -0.3, "pricy": -0.4,
    # misspellings and review idioms (seen in CEBaB/MAMS train)
    "disap*": -0.7, "dissap*": -0.7, "disappoint*": -0.7, "excel*": 0.9, "excellant": 0.9, "excellet": 0.9,
    "terribl*": -0.9, "horribl*": -0.9, "delish": 0.8, "under cooked": -0.6, "over cooked": -0.6,
    "over rated": -0.6, "underseasoned": -0.5, "under seasoned": -0.5, "luke warm": -0.5,
    "great disappointment": -0.9, "huge disappointment": -0.9, "big disappointment": -0.9,
    "real disappointment": -0.9, "total disappointment": -0.9, "major disappointment": -0.9,
    "could not have been better": 0.9, "couldn't have been better": 0.9, "could not be better": 0.9,
    "couldn't be better": 0.9, "can't complain": 0.4, "cannot complain": 0.4,
    "will not return": -0.8, "will never return": -0.8, "not return": -0.7, "not go back": -0.7,
    "not be back": -0.7, "not be returning": -0.7, "won't go back": -0.7, "wouldn't go back": -0.6,
    "not coming back": -0.7, "not going back": -0.7, "no need to go back": -0.6, "never be back": -0.8,
    "would not recommend": -0.7, "wouldn't recommend": -0.7, "not recommend": -0.6,
    "expected better": -0.5, "expecting better": -0.5, "expected more": -0.4, "expect better": -0.4,
    "expected much better": -0.6, "used to be": -0.4, "not anymore": -0.5, "anymore": -0.2,
    "any more": -0.2, "at best": -0.4, "ruined": -0.7, "ruin": -0.6, "ruins": -0.6, "botched": -0.7,
    "uncool": -0.5, "presumptuous": -0.5, "sour": -0.3, "fair": 0.1, "only fair": -0.3, "just ok": -0.1,
    "just okay": -0.1, "only ok": -0.2, "perceptive": 0.5, "treated well": 0.5, "pleasure": 0.7,
    "honor": 0.5, "quality": 0.2, "downhill": -0.6, "gone down": -0.4, "gone up": -0.2, "run out": -0.3,
    "ran out": -0.4, "doubt": -0.3, "room temperature": -0.3, "unfortunately": -0.5,
    "chicken": 0.0, "casual": 0.0, "black": 0.0, "green": 0.0, "half": 0.0, "round": 0.0, "behind": 0.0,
    "due": 0.0, "past": 0.0, "able": 0.1, "available": 0.1, "light": 0.1, "filled": 0.0, "offers": 0.0,
    "higher": -0.1, "normal": 0.0, "thin": -0.1, "particular": 0.0, "fixed": 0.0, "true": 0.1,
    "top": 0.2, "right": 0.1, "dim": 0.0, "live": 0.1, "early": 0.0, "near": 0.0, "clear": 0.0,
    "huffy": -0.6, "miffed": -0.5, "moody": -0.5, "pompous": -0.6, "brusque": -0.5, "spilled": -0.4,
    "jerked around": -0.7, "weak": -0.4, "unsatisfied": -0.6, "dissatisfied": -0.6, "accom*": 0.6,
    "lacking": -0.4, "lacked": -0.4, "lack of": -0.5, "top-notch": 0.8, "so-so": -0.3,
    "mouth-watering": 0.8, "mouthwatering": 0.8, "must-try": 0.7, "must try": 0.6, "un-friendly": -0.7,
    "couldn't have been more": 0.0, "could not have been more": 0.0, "couldn't be more": 0.0,
    "could not be more": 0.0, "can't say enough good": 0.8, "not enough": -0.3,
    "over priced": -0.7, "over price": -0.6, "crammed": -0.5, "tight": -0.3, "could have been more": -0.3,
    "could have been": -0.3, "could use": -0.3, "uninspired": -0.5, "uninspiring": -0.5,
    "unimaginative": -0.5, "staid": -0.3, "spotty": -0.5, "adequate": 0.1, "worth the wait": 0.7,
    "well worth": 0.8, "recomm*": 0.6, "waste of time": -0.8, "last visit": -0.4, "last trip": -0.4,
    "first and last": -0.6, "lives up to": 0.5, "live up to": 0.4, "lived up to": 0.5,
    "meet my expectations": 0.4, "met our expectations": 0.4, "exceeded": 0.6, "exceeded our expectations": 0.8,
    "exceeded my expectations": 0.8, "immediately": 0.3, "disliked": -0.6, "mistakes": -0.4,
    "unavailable": -0.3, "unresponsive": -0.6, "quiet": 0.4, "quieter": 0.3, "no wait": 0.5,
    "no waiting": 0.4, "never a wait": 0.4, "no issues": 0.4, "no problem": 0.3, "no reservation": 0.0,
    "without a reservation": 0.0, "no matter what": 0.0, "no one": -0.2, "nobody": -0.2,
    "cannot beat": 0.7, "can't be beat": 0.7, "cannot be beat": 0.7, "not on the menu": 0.0,
    "inadequate": -0.5, "confused": -0.4, "refused": -0.5, "small price to pay": 0.5,
    # blockers / idioms
    "without a doubt": 0.3, "no doubt": 0.2, "not only": 0.0, "not just": 0.0, "nothing but": 0.0,
    "no wonder": 0.0, "can't wait": 0.5, "cannot wait": 0.5, "cant wait": 0.5, "can't beat": 0.7, "can't go wrong": 0.7,
    "cannot go wrong": 0.7, "couldn't be happier": 0.9, "can't say enough": 0.8, "no complaints": 0.5,
    "no problem": 0.3, "no problems": 0.3, "not a problem": 0.3, "never had a bad": 0.7, "if not": 0.0,
    "no matter": 0.0, "pretty much": 0.0, "at least": 0.0, "no reservations": 0.0, "good luck": -0.2,
    "kind": 0.5, "of course": 0.0, "in short": 0.0, "no longer": 0.0, "little": 0.0, "first": 0.0,
    "last": 0.0, "only": 0.0, "other": 0.0, "same": 0.0, "full": 0.0, "real": 0.0, "whole": 0.0,
    "sure": 0.0, "certain": 0.0, "own": 0.0, "many": 0.0, "much": 0.0, "few": 0.0, "more": 0.0, "less": 0.0,
    "free": 0.2, "new": 0.0, "old": 0.0, "big": 0.0, "large": 0.0, "long": -0.1, "high": 0.0, "low": 0.0,
    "open": 0.0, "special": 0.2, "entire": 0.0, "extra": 0.0, "main": 0.0, "usual": 0.0, "regular": 0.0,
}

ASPECTS = {
    "food": ["food", "foods", "meal*", "dish", "dishes", "menu*", "cuisine", "appetizer*", "appetiser*",
             "starter*", "entree*", "entrée*", "dessert*", "pizza*", "pasta*", "sushi", "sashimi", "salad*",
             "soup*", "burger*", "sandwich*", "steak*", "fish", "chicken", "beef", "pork", "lamb", "veal",
             "duck", "shrimp*", "prawn*", "lobster*", "crab*", "seafood", "oyster*", "clam*", "mussel*",
             "salmon", "tuna", "rice", "noodle*", "dumpling*", "bread*", "toast", "egg", "eggs", "omelet*",
             "omelette*", "pancake*", "waffle*", "bacon", "sausage*", "fries", "potato*", "vegetable*",
             "veggie*", "cheese*", "sauce*", "taste", "tasted", "tastes", "flavor*", "flavour*", "portion*",
             "breakfast*", "brunch*", "lunch*", "dinner*", "specials", "tapas", "curry", "curries", "taco*",
             "burrito*", "rolls", "ramen", "pho", "wings", "ribs", "brisket", "bbq", "barbecue", "cake*",
             "pie", "pies", "pastry", "pastries", "croissant*", "muffin*", "scone*", "bagel*", "cookie*",
             "brownie*", "tart", "tarts", "ice cream", "gelato", "chocolate", "bun", "buns", "meat*",
             "salsa", "guacamole", "hummus", "falafel", "kebab*", "gyro*", "quiche", "risotto", "gnocchi",
             "lasagna", "ravioli", "spaghetti", "linguine", "penne", "carbonara", "tiramisu", "cannoli",
             "calamari", "scallop*", "octopus", "tofu", "antipast*", "bruschetta", "mozzarella",
             "meatball*", "paella", "chili", "nachos", "quesadilla*", "enchilada*", "dim sum", "sides",
             "side dish*", "dressing", "crust", "fruit*", "courses", "main course", "first course",
             "cooking", "cooked",   "recipe*", "ingredient*", "seasoning", "seasoned",
             "fillet", "filet*", "roast*", "grilled", "fried", "mains",  "platter*", "buffet*",
             "bagel*", "hot dog*", "wrap*", "tuna", "cod", "halibut", "trout", "bass", "sea bass",
             "vegetarian", "vegan", "gluten free", "snack*",     
             "food quality", "portions", "selection", "options", "choices", "tasting menu", "prix fixe",
             "spring roll*", "mac and cheese", "french toast", "entrees", "bacalao", "crepe*",
             "tempura", "teriyaki", "pad thai", "naan", "tandoori", "masala", "biryani", "samosa*",
             "kimchi", "bibimbap", "bulgogi", "pierogi*", "foie gras", "caviar", "truffle*", "mushroom*",
             "tomato*", "onion*", "garlic", "avocado*", "corn", "beans", "lentil*", "pickle*", "olive*",
             "pudding", "custard", "sorbet", "mousse", "creme brulee", "crème brûlée", "cheesecake*",
             "donut*", "doughnut*", "bacon", "ham", "turkey", "chop*", "cutlet*", "skewer*", "rib",
             "burrata", "prosciutto", "focaccia", "polenta", "gnocchi", "soufflé*", "souffle*"],
    "drinks": ["drink*", "beverage*", "coffee*", "espresso*", "latte*", "cappuccino*", "americano*",
               "macchiato*", "mocha*", "flat white*", "cortado*", "tea", "teas", "chai", "matcha", "beer*",
               "wine*", "sake", "cocktail*", "martini*", "margarita*", "sangria", "mojito*", "juice*",
               "smoothie*", "soda*", "lemonade", "milkshake*", "shake", "shakes", "liquor", "whiskey",
               "whisky", "vodka", "gin", "rum", "tequila", "champagne", "prosecco", "glass of", 
               "pint*", "cider", "ale", "lager*", "ipa", "brew*", "booze", "alcohol", "sommelier",
               "wine list", "drink list", "cocktail list", "bar menu", "spirits", "mimosa*", "bellini*",
               "hot chocolate", "cocoa"],
    "service": ["service", "staff*", "waiter*", "waitress*", "waitstaff", "wait staff", "server*",
                "host", "hosts", "hostess*", "manager*", "owner*", "bartender*", "barista*", "busboy*",
                "bus boy*", "busser*", "maitre d", "maître d", "employee*", "crew", "personnel",
                   "front desk", "front of house", "customer service",
                "hospitality", "attention",   "greeted", "seated us", "welcome",
                "reception", "people who work", "workers", "proprietor*", "management", "sommelier"],
    "price": ["price*", "priced", "pricing", "cost*", "value", "bill",  "dollar*", "bucks",
                      "bargain*",
                   "happy hour", "prix fixe",  "afford"],
    "ambience": ["ambience", "ambiance", "atmosphere", "decor*", "décor*", "music", "noise*", "seating",
                   "interior*",    "setting", "vibe*", "lighting",
                 "patio", "terrace",    "outdoor*",  "furniture", 
                  "booth*",    "candle*", "fireplace", "window*",
                 "tv", "tvs", "jazz",  "band", "song*", "playlist", "design", "environment",
                 "surroundings",   
                  "volume", "acoustics", "temperature", "air conditioning",  "courtyard",
                 "rooftop", "scenery", "venue", "setting", "vibes", "aesthetic*", "lights", "walls",
                 "art", "artwork", "plants", "music was"],
    "cleanliness": ["cleanliness", "clean*", "hygien*", "bathroom*",  "restroom*", "toilet*", "washroom*",
                    "lavatory", "dirt", "dust*", "stain*", "grease", "smell*", "odor*", "odour*",
                    "floor*", "mess*", "sanitary"],
    "wait": ["wait", "waited", "waiting", "wait time", "waiting time", "delay*", "queue*", "line",
             "took forever", "forever",      
             "took so long", "long time", "took a while", "took ages",  
             "turnaround", "speed", "slow",   "promptly"],
}

# Verdicts and idioms (the whole-review reading leans on them).
SENTIMENT.update({
    "thanks for nothing": -0.7,
    "din": -0.4,
    "blaring": -0.5,
    "don't bother": -0.7,
    "dont bother": -0.7,
    "not recommended": -0.7,
    "leaves a lot to be desired": -0.7,
    "left a lot to be desired": -0.7,
    "leaves much to be desired": -0.7,
    "left much to be desired": -0.7,
    "left something to be desired": -0.6,
    "leaves something to be desired": -0.6,
    "leave something to be desired": -0.6,
    "leave a lot to be desired": -0.7,
    "lackluster": -0.5,
    "lacklustre": -0.5,
    "unremarkable": -0.3,
    "hurried": -0.3,
    "forget about": -0.4,
    "made up for": 0.4,
    "makes up for": 0.4,
    "make up for": 0.4,
    "rip off": -0.8,
    "won't be returning": -0.8,
    "will not be returning": -0.8,
    "never going back": -0.8,
    "we'll be back": 0.7,
    "will be back": 0.7,
    "will definitely be back": 0.9,
})
# In a sentence with one of these and a complaint, the praise is ironic
# ("Great, if you like eating in a din").
IRONY = ["if you like", "if you enjoy", "if you love", "if you're into", "if you are into"]

# Waits written as durations: "forty minutes", "an hour", "half an hour".
DURATIONS = {
    "units": {"minute": 1, "minutes": 1, "min": 1, "mins": 1, "hour": 60, "hours": 60, "hr": 60, "hrs": 60},
    "numbers": {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
                "half": 0.5, "couple": 2, "few": 3, "several": 4},
    "bare": ["hours"],
    "not_wait_after": ["from"],
    "not_wait": ["away", "drive", "driving", "walk", "walking", "ride", "train", "subway", "spent",
                 "spend", "stayed", "stay", "open", "within", "under", "less", "early", "before", "closing",
                 "ago", "parking", "lasted", "enjoyed"],
}
# Opinion words that judge only one aspect, where their clause names it
# ("the prices are high", "the wait was long"; not "high quality").
ASPECT_OPINIONS = {
    "wait": {"long": -0.4, "longer": -0.4, "endless": -0.7, "eternal": -0.7, "interminable": -0.7,
             "short": 0.3, "brief": 0.3, "minimal": 0.3},
    "price": {"high": -0.4, "higher": -0.4, "steep": -0.5, "hefty": -0.5, "inflated": -0.6, "astronomical": -0.8,
              "low": 0.3, "lower": 0.3, "modest": 0.4, "fair": 0.5, "right": 0.3, "honest": 0.4},
}
# Phrases whose words name no aspect (matched, then dropped).
NOT_ASPECTS = ["can't wait", "cannot wait", "cant wait", "couldn't wait", "couldnt wait",
               "birthday dinner", "birthday lunch", "anniversary dinner", "dinner party", "business lunch",
               "business dinner", "lunch break", "dinner date", "date night", "selection of", "choice of",
               "variety of", "range of", "wait list", "waiting list"]
# Terms that count only with an opinion in their own clause ("we came for a
# birthday dinner" is no food opinion; "the dinner was superb" is).
WEAK_ASPECTS = ["meal*", "menu*", "breakfast*", "brunch*", "lunch*", "dinner*", "selection", "options",
                "choices", "cuisine", "cooking", "cooked", "grilled", "fried", "taste", "tasted", "tastes",
                "specials", "courses", "attention", "welcome", "greeted", "line", "speed", "setting",
                "design", "environment", "temperature", "volume", "window*", "art", "walls", "plants",
                "value", "bill", "dollar*", "bucks", "afford"]
# A food word right before one of these names a kind of place, not food
# ("a pizza place", "sushi joints").
VENUE_WORDS = ["place", "places", "joint", "joints", "spot", "spots", "restaurant", "restaurants", "shop",
               "shops", "bar", "bars", "house", "houses", "parlor", "parlors", "parlour", "bistro", "diner",
               "diners", "truck", "trucks", "chain", "chains", "buffet"]

ASPECT_CUES = {
    "food": ["delicious", "deliciously", "tasty", "yummy", "scrumptious", "flavorful", "flavourful",
             "bland", "tasteless", "flavorless", "flavourless", "stale", "soggy", "greasy", "overcooked",
             "undercooked", "burnt", "inedible", "mouthwatering", "succulent", "juicy", "tender",
             "crispy", "cooked to perfection", "well prepared", "well cooked", "salty", "too salty",
             "mushy", "rubbery", "chewy", "heavenly"],
    "service": ["friendly", "attentive", "helpful", "welcoming", "courteous", "polite", "knowledgeable",
                "professional", "accommodating", "gracious", "rude", "unfriendly", "inattentive",
                "unprofessional", "incompetent", "arrogant", "snooty", "snobby", "condescending",
                "surly", "obnoxious", "clueless", "ignored", "neglected", "hostile", "warm welcome",
                "personable"],
    "price": {"overpriced": -0.7, "pricey": -0.4, "pricy": -0.4, "expensive": -0.4, "cheap": 0.3,
              "affordable": 0.5, "inexpensive": 0.4, "reasonably priced": 0.5, "well priced": 0.5,
              "fairly priced": 0.5, "good value": 0.6, "great value": 0.8, "rip off": -0.8,
              "ripoff": -0.8, "rip-off": -0.8, "worth every penny": 0.9, "too expensive": -0.6,
              "exorbitant": -0.7, "highway robbery": -0.9, "waste of money": -0.8},
    "ambience": ["cozy", "cosy", "romantic", "charming", "quaint", "relaxing", "lively", "intimate",
                 "spacious", "inviting", "homey", "elegant", "stylish", "chic", "noisy", "loud",
                 "too loud", "deafening", "crowded", "cramped", "dingy", "drab", "tacky", "stuffy",
                 "comfortable", "comfy"],
    "cleanliness": ["dirty", "filthy", "spotless", "sticky", "grimy", "smelly", "unsanitary",
                    "unhygienic", "stank", "stinks"],
    "wait": ["took forever", "long wait", "had to wait", "never came", "never arrived", "speedy",
             "in no time", "rushed", "quickly", "right away", "straight away"],
}

FLAGS = {
    "food_poisoning": ["food poisoning", "got sick", "get sick", "gets sick", "getting sick", "made me sick",
                       "made us sick", "made him sick", "made her sick", "made my * sick", "threw up",
                       "throwing up", "vomit*", "diarrhea", "diarrhoea", "stomach ache", "stomachache",
                       "stomach bug", "sick all night", "sick afterwards", "sick after", "ill after",
                       "salmonella", "e coli", "e. coli", "norovirus", "listeria", "poisoned",
                       "upset stomach", "food borne", "foodborne", "was sick", "were sick"],
    "allergy": ["allergic reaction", "anaphyla*", "epipen*", "epi pen", "epi-pen", "hives", "i'm allergic",
                "i am allergic", "am allergic", "is allergic", "allergic to", "nut allergy",
                "peanut allergy", "shellfish allergy", "gluten allergy", "celiac", "coeliac",
                "despite telling", "told them about my allergy", "allergy", "allergies"],
    "foreign_object": ["hair in", "a hair", "hairs in", "hair on my", "plastic in", "piece of plastic",
                       "glass in", "piece of glass", "shard*", "metal in", "piece of metal", "band-aid",
                       "band aid", "bandaid", "bandage", "fingernail", "toenail", "staple in",
                       "foreign object", "found a", "found something", "hair in my"],
    "pest": ["cockroach*", "roach", "roaches", "rat", "rats", "mouse", "mice", "rodent*", "insect*",
             "bug in", "bugs in", "a bug", "fly in", "flies", "maggot*", "worm*", "weevil*", "vermin",
             "droppings", "pest*"],
    "hygiene": ["dirty kitchen", "filthy", "mold", "mould", "moldy", "mouldy", "rotten", "spoiled",
                "expired", "raw chicken", "pink chicken", "undercooked chicken", "raw pork", "unsanitary",
                "unhygienic", "health inspector", "health inspection", "health department",
                "health code", "sewage", "no gloves", "without gloves", "dirty hands", "cross contamination",
                "cross-contamination"],
    "legal_threat": ["lawyer*", "attorney*", "sue", "suing", "sued", "lawsuit*", "legal action",
                     "take legal", "court", "small claims", "trading standards", "better business bureau",
                     "report you", "reporting you", "report this place", "chargeback", "charge back",
                     "dispute the charge", "solicitor*", "litigation"],
}

# Polarity for a mention with no opinion word in reach: a review that
# tells a story about the waiter or the bill without judging words is
# usually a complaint; one that names a dish usually is not.

EMOJI = {
    "😍": 0.9, "🥰": 0.9, "😋": 0.8, "🤤": 0.6, "😀": 0.6, "😃": 0.6, "😄": 0.6, "😁": 0.6, "😊": 0.6,
    "🙂": 0.4, "😉": 0.4, "👍": 0.6, "👌": 0.6, "👏": 0.6, "🙌": 0.6, "💯": 0.7, "🔥": 0.5, "⭐": 0.5,
    "🌟": 0.6, "✨": 0.4, "❤": 0.7, "❤️": 0.7, "♥": 0.7, "💕": 0.7, "💖": 0.7, "💗": 0.7, "😎": 0.5,
    "🤩": 0.9, "😘": 0.6, "🥳": 0.6, "☺": 0.5, "👎": -0.6, "😞": -0.6, "😔": -0.5, "😟": -0.5,
    "😠": -0.7, "😡": -0.8, "🤬": -0.9, "😢": -0.5, "😭": -0.5, "😩": -0.6, "😫": -0.6, "🤮": -0.9,
    "🤢": -0.8, "😒": -0.5, "🙄": -0.5, "😤": -0.6, "💩": -0.8, "😐": -0.1, "😕": -0.4, "🙁": -0.4,
    "☹": -0.5, "😬": -0.3, "🤦": -0.5, "💔": -0.6,
    ":)": 0.5, ":-)": 0.5, ":d": 0.6, ":-d": 0.6, ";)": 0.4, ";-)": 0.4, "<3": 0.7, ":(": -0.5,
    ":-(": -0.5, ":/": -0.3, ":-/": -0.3, ":p": 0.3,
}

STOPWORDS = (
    "a an the and or but if of at by for with about against between into through during before after "
    "above below to from up down in out on off over under again further then once here there when where "
    "why how all any both each few more most other some such no nor not only own same so than too very "
    "can will just don should now i me my myself we our ours ourselves you your yours yourself he him his "
    "himself she her hers herself it its itself they them their theirs themselves what which who whom "
    "this that these those am is are was were be been being have has had having do does did doing would "
    "could ought i'm you're he's she's it's we're they're i've you've we've they've i'd you'd he'd she'd "
    "we'd they'd i'll you'll he'll she'll we'll they'll isn't aren't wasn't weren't hasn't haven't hadn't "
    "doesn't don't didn't won't wouldn't shan't shouldn't can't cannot couldn't mustn't let's that's "
    "who's what's here's there's when's where's why's how's also got get go went come came one two three "
    "place restaurant time us like really back even much well would order ordered table night went make "
    "made way try tried people friend friends wife husband visit dinner lunch breakfast food service"
).split()


def textblob_scores() -> dict[str, float]:
    path = Path(textblob.__file__).parent / "en" / "en-sentiment.xml"
    senses: dict[str, list[float]] = defaultdict(list)
    for w in ET.parse(path).getroot().iter("word"):
        senses[w.get("form", "").lower()].append(float(w.get("polarity", 0)))
    out = {}
    for form, pols in senses.items():
        avg = sum(pols) / len(pols)
        if abs(avg) >= 0.1 and form.replace(" ", "").replace("-", "").isalpha():
            out[form] = round(avg, 3)
    return out


def build() -> dict:
    sentiment = textblob_scores()
    nouns = {t for terms in ASPECTS.values() for t in terms if "*" not in t}
    for word in list(sentiment):  # TextBlob's other senses of food words ("chicken" = coward)
        if word in nouns:
            del sentiment[word]
    sentiment.update(SENTIMENT)
    for word in list(sentiment):
        if word in INTENSIFIERS or word in DIMINISHERS or word in NEGATORS or word in EXCESS:
            del sentiment[word]
    return {
        "language": "en",
        "version": 1,
        "source": "hand-written restaurant vocabulary + TextBlob en-sentiment.xml (MIT/PDDL), "
                  "built by tests/benchmarks/make_en_lexicon.py",
        "sentiment": dict(sorted(sentiment.items())),
        "negators": sorted(set(NEGATORS)),
        "negation_window": 3,
        "intensifiers": INTENSIFIERS,
        "diminishers": DIMINISHERS,
        "excess": EXCESS,
        "contrast": CONTRAST,
        "concessive": CONCESSIVE,
        "clause_breaks": BREAKS,
        "aspects": {k: sorted(set(v)) for k, v in ASPECTS.items()},
        "aspect_cues": ASPECT_CUES,
        "flags": FLAGS,
        "stopwords": sorted(set(STOPWORDS)),
        "emoji": EMOJI,
        "durations": DURATIONS,
        "not_aspects": NOT_ASPECTS,
        "weak_aspects": WEAK_ASPECTS,
        "venue_words": VENUE_WORDS,
        "compound_head": "last",
        "irony": IRONY,
        "aspect_opinions": ASPECT_OPINIONS,
    }


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
