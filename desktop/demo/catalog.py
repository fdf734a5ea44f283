"""The demo café: menu, staff, locations and name pools. Pure data."""
from __future__ import annotations

from dataclasses import dataclass

BUSINESS_NAME = "Café Aurora"
LOCATIONS: tuple[str, ...] = ("Príncipe Real", "Cais do Sodré")
CURRENCY = "EUR"
SOURCE = "demo"


@dataclass(frozen=True)
class MenuItem:
    name: str
    category: str
    price: float
    meat: bool = False  # anything a vegetarian would not eat (incl. fish)
    nuts: bool = False
    gluten: bool = False
    dairy: bool = False
    milk_drink: bool = False  # dairy only through milk, so an oat-milk swap makes it lactose-free


MENU: tuple[MenuItem, ...] = (
    # coffee & drinks
    MenuItem("Espresso", "coffee", 1.20),
    MenuItem("Double espresso", "coffee", 2.00),
    MenuItem("Americano", "coffee", 2.20),
    MenuItem("Cortado", "coffee", 2.60, dairy=True, milk_drink=True),
    MenuItem("Cappuccino", "coffee", 2.80, dairy=True, milk_drink=True),
    MenuItem("Flat white", "coffee", 3.20, dairy=True, milk_drink=True),
    MenuItem("Latte", "coffee", 3.20, dairy=True, milk_drink=True),
    MenuItem("Oat latte", "coffee", 3.60),
    MenuItem("Galão", "coffee", 2.00, dairy=True, milk_drink=True),
    MenuItem("Iced latte", "coffee", 3.80, dairy=True, milk_drink=True),
    MenuItem("Chai latte", "coffee", 3.60, dairy=True, milk_drink=True),
    MenuItem("Hot chocolate", "coffee", 3.20, dairy=True, milk_drink=True),
    MenuItem("English breakfast tea", "tea", 2.20),
    MenuItem("Green tea", "tea", 2.40),
    MenuItem("Fresh orange juice", "drinks", 3.80),
    MenuItem("Kombucha", "drinks", 4.00),
    MenuItem("Sparkling water", "drinks", 1.80),
    MenuItem("Glass of vinho verde", "drinks", 4.50),
    # bakery
    MenuItem("Cornetto", "bakery", 1.80, gluten=True, dairy=True),
    MenuItem("Pastel de nata", "bakery", 1.50, gluten=True, dairy=True),
    MenuItem("Croissant", "bakery", 2.00, gluten=True, dairy=True),
    MenuItem("Almond croissant", "bakery", 3.00, nuts=True, gluten=True, dairy=True),
    MenuItem("Banana bread", "bakery", 3.00, gluten=True, nuts=True),
    MenuItem("Cinnamon bun", "bakery", 3.20, gluten=True, dairy=True),
    # breakfast
    MenuItem("Avocado toast", "breakfast", 8.50, gluten=True),
    MenuItem("Shakshuka", "breakfast", 9.50, gluten=True),
    MenuItem("Eggs Benedict", "breakfast", 10.50, meat=True, gluten=True, dairy=True),
    MenuItem("Scrambled eggs on sourdough", "breakfast", 7.50, gluten=True, dairy=True),
    MenuItem("Granola bowl", "breakfast", 6.50, nuts=True, dairy=True),
    MenuItem("Bacon & egg roll", "breakfast", 7.00, meat=True, gluten=True),
    MenuItem("Pancakes", "breakfast", 8.00, gluten=True, dairy=True),
    MenuItem("Chia pudding", "breakfast", 5.50),
    # lunch
    MenuItem("Cacio e pepe", "lunch", 12.00, gluten=True, dairy=True),
    MenuItem("Carbonara", "lunch", 13.00, meat=True, gluten=True, dairy=True),
    MenuItem("Veggie bowl", "lunch", 11.00),
    MenuItem("Chicken Caesar salad", "lunch", 12.50, meat=True, gluten=True, dairy=True),
    MenuItem("Tuna melt", "lunch", 8.50, meat=True, gluten=True, dairy=True),
    MenuItem("Prosciutto & mozzarella panino", "lunch", 8.50, meat=True, gluten=True, dairy=True),
    MenuItem("Halloumi wrap", "lunch", 9.00, gluten=True, dairy=True),
    MenuItem("Soup of the day", "lunch", 6.00),
    MenuItem("Bifana", "lunch", 6.50, meat=True, gluten=True),
    # dessert
    MenuItem("Tiramisù", "dessert", 5.50, gluten=True, dairy=True),
    MenuItem("Basque cheesecake", "dessert", 5.00, dairy=True),
    MenuItem("Chocolate brownie", "dessert", 3.50, gluten=True, dairy=True, nuts=True),
    MenuItem("Orange & olive oil cake", "dessert", 4.00),
)
MENU_BY_NAME: dict[str, MenuItem] = {m.name: m for m in MENU}

MODIFIER_PRICES: dict[str, float] = {"oat milk": 0.40, "extra shot": 0.60, "decaf": 0.0,
                                     "extra hot": 0.0, "no sugar": 0.0, "soy milk": 0.40}

# Floor staff who take orders; CHEF_* never appear on orders.
FLOOR_STAFF: dict[str, tuple[str, ...]] = {
    "Príncipe Real": ("Marta", "João", "Giulia", "Tiago", "Sofia"),
    "Cais do Sodré": ("Inês", "Luca", "Erik", "Beatriz"),
}
CHEF_BEFORE = "Rui"
CHEF_AFTER = "Daniel"
SLOW_WEEKEND_STAFF = "Tiago"
STAFF: tuple[str, ...] = ("Marta", "João", "Giulia", "Tiago", "Sofia", "Inês", "Luca", "Erik",
                          "Beatriz", CHEF_BEFORE, CHEF_AFTER)

# Dishes and drinks that review texts may name (each bank localises them).
FOOD_MENTION: tuple[str, ...] = ("Cacio e pepe", "Shakshuka", "Avocado toast", "Eggs Benedict",
                                 "Scrambled eggs on sourdough", "Veggie bowl", "Tiramisù",
                                 "Pastel de nata", "Cornetto", "Banana bread", "Pancakes",
                                 "Carbonara", "Cinnamon bun", "Basque cheesecake")
SAVOURY_MENTION: tuple[str, ...] = ("Cacio e pepe", "Shakshuka", "Avocado toast", "Eggs Benedict",
                                   "Scrambled eggs on sourdough", "Veggie bowl", "Carbonara")
VEG_FOOD_MENTION: tuple[str, ...] = tuple(d for d in FOOD_MENTION if not MENU_BY_NAME[d].meat)
DRINK_MENTION: tuple[str, ...] = ("Flat white", "Cappuccino", "Oat latte", "Espresso", "Galão",
                                  "Chai latte", "Iced latte")
KITCHEN_PASTA: tuple[str, ...] = ("Cacio e pepe", "Carbonara")
KITCHEN_EGGS: tuple[str, ...] = ("Shakshuka", "Eggs Benedict", "Scrambled eggs on sourdough")

# Name pools by origin. Customers keep Latin spelling (as a till would);
# review authors writing in Russian may use Cyrillic (RU_CYRILLIC).
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "pt": (("Ana", "Beatriz", "Catarina", "Inês", "Joana", "Mariana", "Rita", "Sofia", "Teresa",
            "Leonor", "Carolina", "Marta", "João", "Pedro", "Miguel", "Tiago", "Rui", "Nuno",
            "Duarte", "Francisco", "Gonçalo", "Ricardo", "André", "Filipe", "Diogo", "Luísa",
            "Matilde", "Bruno", "Hugo", "Raquel"),
           ("Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
            "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Almeida", "Ribeiro",
            "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Soares",
            "Vieira", "Monteiro", "Cardoso", "Rocha", "Neves", "Coelho")),
    "br": (("Larissa", "Camila", "Fernanda", "Juliana", "Thiago", "Lucas", "Rafael", "Gabriel",
            "Bianca", "Vinícius", "Letícia", "Gustavo", "Renata", "Felipe"),
           ("Souza", "Lima", "Barbosa", "Araújo", "Cavalcanti", "Nascimento", "Moura", "Freitas",
            "Dias", "Castro", "Batista", "Campos")),
    "en": (("Emma", "Olivia", "Sophie", "Charlotte", "Hannah", "Lucy", "Grace", "Megan", "Chloe",
            "Amy", "James", "Oliver", "Harry", "Jack", "Thomas", "Daniel", "Matthew", "Ryan",
            "Ben", "Sam", "Liam", "Noah", "Ethan", "Sarah", "Rachel", "Kate", "Michael", "Chris",
            "Aoife", "Ciarán"),
           ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Hughes", "Green",
            "Hall", "Clarke", "Murphy", "O'Brien", "Kelly", "Miller", "Anderson", "Carter",
            "Bennett", "Foster", "Hayes", "Parker", "Reed", "Sullivan")),
    "it": (("Giulia", "Francesca", "Chiara", "Martina", "Sara", "Alessia", "Elena", "Valentina",
            "Federica", "Marco", "Luca", "Andrea", "Matteo", "Alessandro", "Lorenzo", "Davide",
            "Simone", "Giorgio", "Stefano", "Paolo"),
           ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
            "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
            "Rizzo", "Lombardi", "Moretti")),
    "sv": (("Elin", "Linnea", "Maja", "Ebba", "Sara", "Karin", "Ida", "Johanna", "Erik", "Lars",
            "Anders", "Johan", "Oskar", "Viktor", "Gustav", "Axel", "Fredrik", "Nils"),
           ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
            "Persson", "Svensson", "Gustafsson", "Lindberg", "Lindqvist", "Berg", "Holm",
            "Sandberg", "Lund")),
    "ru": (("Anna", "Maria", "Elena", "Olga", "Natalia", "Irina", "Ekaterina", "Tatiana", "Daria",
            "Alexei", "Dmitry", "Sergei", "Ivan", "Andrei", "Mikhail", "Nikita", "Pavel",
            "Oksana", "Yulia", "Artem"),
           ("Ivanov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov",
            "Morozov", "Volkov", "Petrenko", "Shevchenko", "Bondarenko", "Pavlov", "Orlov")),
    "es": (("Lucía", "María", "Paula", "Laura", "Carmen", "Marta", "Alba", "Javier", "Carlos",
            "Pablo", "Sergio", "Álvaro", "Diego", "Jorge", "Elena", "Nuria"),
           ("García", "Martínez", "López", "Sánchez", "González", "Pérez", "Rodríguez", "Fernández",
            "Gómez", "Ruiz", "Díaz", "Moreno", "Navarro", "Romero")),
    "fr": (("Camille", "Léa", "Manon", "Chloé", "Julie", "Claire", "Inès", "Louis", "Hugo",
            "Julien", "Antoine", "Nicolas", "Thomas", "Mathieu", "Élodie", "Pauline"),
           ("Martin", "Bernard", "Dubois", "Durand", "Lefebvre", "Moreau", "Laurent", "Simon",
            "Michel", "Garcia", "Roux", "Fournier", "Girard", "Mercier")),
    "de": (("Anna", "Lena", "Laura", "Julia", "Katharina", "Sophie", "Lukas", "Felix", "Jonas",
            "Maximilian", "Tobias", "Stefan", "Jan", "Niklas", "Miriam", "Franziska"),
           ("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
            "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann")),
}
RU_CYRILLIC: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Екатерина", "Татьяна", "Дарья",
     "Алексей", "Дмитрий", "Сергей", "Иван", "Андрей", "Михаил", "Никита", "Павел", "Юлия"),
    ("Иванова", "Смирнов", "Кузнецова", "Попов", "Соколова", "Лебедев", "Козлова", "Новиков",
     "Морозова", "Волков", "Орлова", "Павлов"),
)
# customer origin -> weight; review language for that origin
ORIGIN_WEIGHTS: dict[str, float] = {"pt": 30, "en": 22, "it": 11, "br": 5, "sv": 7, "ru": 7,
                                    "es": 6, "fr": 6, "de": 6}
ORIGIN_LANG: dict[str, str] = {"pt": "pt", "br": "pt", "en": "en", "it": "it", "sv": "sv",
                               "ru": "ru", "es": "es", "fr": "fr", "de": "de"}
PHONE_PREFIX: dict[str, tuple[str, int]] = {"pt": ("+3519", 8), "br": ("+55119", 8),
                                            "en": ("+447", 9), "it": ("+393", 9),
                                            "sv": ("+467", 8), "ru": ("+79", 9),
                                            "es": ("+346", 8), "fr": ("+336", 8),
                                            "de": ("+4915", 9)}
