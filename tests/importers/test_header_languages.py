"""A café owner's own spreadsheet, with column names in their language, is
recognised: reviews, customers and orders in every window language, with
accents and without."""
from __future__ import annotations

import json
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.records import ImportKind
from desktop.core.resources import resources_dir
from desktop.importers import read_file
from desktop.importers.mapping import HEADER_LANGUAGES, header_language, loose_key

HEADERS = resources_dir() / "headers"

# (language, reviews header, customers header, orders header); every file uses ';'
NATIVE = {
    "it": ("Data;Valutazione;Recensione;Autore", "Nome;Cognome;Email;Telefono;Compleanno",
           "Numero scontrino;Data;Articolo;Quantità;Prezzo;Totale;Cliente"),
    "pt": ("Data;Classificação;Comentário;Autor", "Nome;Apelido;Email;Telemóvel;Data de nascimento",
           "Número do pedido;Data;Artigo;Quantidade;Preço;Total;Cliente"),
    "sv": ("Datum;Betyg;Recension;Namn", "Förnamn;Efternamn;E-post;Telefon;Födelsedag",
           "Kvittonummer;Datum;Artikel;Antal;Pris;Summa;Kund"),
    "ru": ("Дата;Оценка;Отзыв;Автор", "Имя;Фамилия;Электронная почта;Телефон;Дата рождения",
           "Номер чека;Дата;Товар;Количество;Цена;Итого;Клиент"),
    "es": ("Fecha;Valoración;Reseña;Autor", "Nombre;Apellidos;Correo electrónico;Teléfono;Cumpleaños",
           "Número de ticket;Fecha;Artículo;Cantidad;Precio;Total;Cliente"),
    "fr": ("Date;Note;Avis;Auteur", "Prénom;Nom de famille;Courriel;Téléphone;Date de naissance",
           "Numéro de ticket;Date;Article;Quantité;Prix;Total;Client"),
    "de": ("Datum;Bewertung;Rezension;Verfasser", "Vorname;Nachname;E-Mail;Telefon;Geburtstag",
           "Belegnummer;Datum;Artikel;Menge;Preis;Betrag;Kunde"),
    "nl": ("Datum;Beoordeling;Recensie;Naam", "Voornaam;Achternaam;E-mail;Telefoon;Geboortedatum",
           "Bonnummer;Datum;Artikel;Aantal;Prijs;Totaal;Klant"),
}
REVIEW_ROWS = "03/05/2026;5;Ottimo caffè, grazie;Maria R.\n04/05/2026;2;Slow;Luca\n"
CUSTOMER_ROWS = "Maria;Rossi;maria@example.com;+393331234567;1990-04-12\n"
ORDER_ROWS = ("1001;2026-05-03 09:15;Cappuccino;2;1,80;3,60;Maria Rossi\n"
              "1002;2026-05-03 09:40;Cornetto;1;1,50;1,50;\n")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def write(tmp_path: Path, name: str, header: str, rows: str) -> Path:
    path = tmp_path / name
    path.write_text(header + "\n" + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", sorted(NATIVE))
@pytest.mark.parametrize("accents", [True, False])
def test_reviews_customers_and_orders_in_the_owners_language(tmp_path, lang, accents):
    reviews_h, customers_h, orders_h = (h if accents else strip_accents(h) for h in NATIVE[lang])
    (reviews,) = read_file(write(tmp_path, "recensioni.csv", reviews_h, REVIEW_ROWS))
    assert (reviews.kind, reviews.format, reviews.rejected) == (ImportKind.REVIEWS, "generic", ())
    first = reviews.records[0]
    assert (first.rating, first.text, first.author) == (5, "Ottimo caffè, grazie", "Maria R.")
    # an owner in a day-first country wrote 3 May, and the column names say so
    assert first.created_at == datetime(2026, 5, 3)

    (customers,) = read_file(write(tmp_path, "clienti.csv", customers_h, CUSTOMER_ROWS))
    assert customers.kind == ImportKind.CUSTOMERS and customers.rejected == ()
    person = customers.records[0]
    assert (person.name, person.email, person.phone) == ("Maria Rossi", "maria@example.com", "+393331234567")
    assert person.birthday is not None and person.birthday.isoformat() == "1990-04-12"

    (orders,) = read_file(write(tmp_path, "scontrini.csv", orders_h, ORDER_ROWS))
    assert orders.kind == ImportKind.ORDERS and orders.rejected == ()
    order = orders.records[0]
    assert order.external_id == "1001" and order.customer_name == "Maria Rossi"
    assert order.total == pytest.approx(3.6) and order.lines[0].item == "Cappuccino"
    assert order.lines[0].quantity == 2


@pytest.mark.parametrize("lang", sorted(NATIVE))
def test_the_column_names_tell_the_language(lang):
    assert header_language(NATIVE[lang][0].split(";")) == lang
    assert header_language(strip_accents(NATIVE[lang][1]).split(";")) == lang


def test_english_headers_keep_us_dates_and_say_so(tmp_path):
    (reviews,) = read_file(write(tmp_path, "r.csv", "date;rating;review;author", REVIEW_ROWS))
    assert reviews.records[0].created_at == datetime(2026, 3, 5)
    assert any("US style" in w for w in reviews.warnings)


def test_every_language_file_is_well_formed():
    fields = {k: set(v) for k, v in json.loads((HEADERS / "en.json").read_text("utf-8")).items()}
    assert set(fields) == {k.value for k in ImportKind}
    for lang in HEADER_LANGUAGES:
        data = json.loads((HEADERS / f"{lang}.json").read_text("utf-8"))
        assert set(data) <= set(fields), lang
        for kind, names in data.items():
            assert set(names) <= fields[kind], (lang, kind, set(names) - fields[kind])
            assert all(isinstance(n, str) and n.strip() for ns in names.values() for n in ns), lang
    assert {p.stem for p in HEADERS.glob("*.json")} == set(HEADER_LANGUAGES)


def test_no_column_name_means_two_things_in_one_kind():
    owners: dict[tuple[str, str], set[str]] = {}
    for lang in HEADER_LANGUAGES:
        for kind, fields in json.loads((HEADERS / f"{lang}.json").read_text("utf-8")).items():
            for field, names in fields.items():
                for name in names:
                    owners.setdefault((kind, loose_key(name)), set()).add(field)
    clashes = {k: v for k, v in owners.items() if len(v) > 1}
    assert not clashes, clashes
