"""Two spreadsheets that number their rows 1, 2, ... never overwrite each
other: a file's own row id identifies a review only with its author and day,
and every change to a stored review is an update in a batch, undone with it."""
from __future__ import annotations

import sqlite3

from sqlalchemy import create_engine, text

from desktop.services import Services

LOG_A = ("id,date,rating,text,author\n"
         "1,2026-05-01,5,Lovely coffee,Ana\n"
         "2,2026-05-02,4,Nice cake,Bo\n")
LOG_B = ("id,date,rating,text,author\n"
         "1,2026-06-01,2,Awful soup,Cy\n"
         "2,2026-06-03,1,Cold and slow,Di\n")


def write(tmp_path, name, body):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return str(path)


def stored(services):
    df = services.reviews.list_reviews().sort_values("id")
    return [(a, int(r), t) for a, r, t in zip(df["author"], df["rating"], df["text"])]


def test_second_numbered_log_is_stored_beside_the_first(services, tmp_path):
    services.imports.import_files([write(tmp_path, "a/reviews.csv", LOG_A)])
    # the same file name in another folder, as two exports of one tool would be
    preview = services.imports.preview(write(tmp_path, "b/reviews.csv", LOG_B))
    assert (preview.new, preview.duplicates, preview.updated) == (2, 0, 0)
    (result,) = services.imports.import_files([write(tmp_path, "b/reviews.csv", LOG_B)]).results
    assert (result.inserted, result.duplicates, result.updated) == (2, 0, 0)
    assert result.batch_id is not None
    assert stored(services) == [("Ana", 5, "Lovely coffee"), ("Bo", 4, "Nice cake"),
                                ("Cy", 2, "Awful soup"), ("Di", 1, "Cold and slow")]
    clash = [w for w in result.warnings if "id 1 " in w]
    assert clash and "Ana" in clash[0] and "Cy" in clash[0] and "2026-05-01" in clash[0]
    # undoing the second file leaves the first one whole
    services.imports.undo_batch(result.batch_id)
    assert stored(services) == [("Ana", 5, "Lovely coffee"), ("Bo", 4, "Nice cake")]


def test_same_id_author_and_day_is_the_same_review_and_an_edit_is_an_update(services, tmp_path):
    services.imports.import_files([write(tmp_path, "a.csv", LOG_A)])
    edited = LOG_A.replace("5,Lovely coffee,Ana", "3,Lovely coffee but it came cold,ana")
    preview = services.imports.preview(write(tmp_path, "a-edited.csv", edited))
    assert (preview.new, preview.duplicates, preview.updated) == (0, 1, 1)
    assert [r["action"] for r in preview.records] == ["updated", "duplicate"]
    (result,) = services.imports.import_files([write(tmp_path, "a-edited.csv", edited)]).results
    assert (result.inserted, result.duplicates, result.updated) == (0, 1, 1)
    assert result.batch_id is not None
    assert stored(services)[0] == ("Ana", 3, "Lovely coffee but it came cold")
    services.imports.undo_batch(result.batch_id)
    assert stored(services)[0] == ("Ana", 5, "Lovely coffee")


def test_undo_keeps_a_later_change(services, tmp_path):
    services.imports.import_files([write(tmp_path, "a.csv", LOG_A)])
    first = services.imports.import_files([write(tmp_path, "e1.csv", LOG_A.replace(
        "5,Lovely coffee", "4,Good coffee"))]).results[0]
    services.imports.import_files([write(tmp_path, "e2.csv", LOG_A.replace(
        "5,Lovely coffee", "3,Coffee was fine"))])
    services.imports.undo_batch(first.batch_id)  # the later edit stands
    assert stored(services)[0] == ("Ana", 3, "Coffee was fine")


def test_a_platform_id_alone_still_identifies_its_review(services, tmp_path):
    takeout_like = tmp_path / "reviews.json"
    takeout_like.write_text('{"reviews": [{"reviewId": "AbC1", "reviewer": {"displayName": "Ana"}, '
                            '"starRating": "FIVE", "comment": "Great", '
                            '"createTime": "2026-05-01T10:00:00Z"}]}', encoding="utf-8")
    services.imports.import_files([str(takeout_like)])
    renamed = tmp_path / "again.json"
    renamed.write_text(takeout_like.read_text().replace('"Ana"', '"Ana R."'), encoding="utf-8")
    (result,) = services.imports.import_files([str(renamed)]).results
    assert (result.inserted, result.duplicates) == (0, 1)


def test_upgrade_rekeys_reviews_stored_from_numbered_files(tmp_path):
    """A database written before local ids: its generic reviews are found again."""
    from alembic import command

    from desktop.storage.database import _alembic_config

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(text("INSERT INTO import_batches (id, file_name, file_hash, kind, format, rows_read,"
                          " inserted, duplicates, rejected, created_at) VALUES (1, 'a.csv', 'x', "
                          "'reviews', 'generic', 2, 2, 0, 0, '2026-05-03 10:00:00')"))
        for rid, author, day, stars, body in ((1, "Ana", "2026-05-01", 5, "Lovely coffee"),
                                              (2, "Bo", "2026-05-02", 4, "Nice cake")):
            conn.execute(text(
                "INSERT INTO reviews (id, source, external_id, dedupe_key, author, rating, rating_scale,"
                " text, created_at, import_batch_id) VALUES (:id, 'other', :ext, :key, :a, :r, 5, :t,"
                " :d, 1)"), dict(id=rid, ext=str(rid), key=f"id:{rid}", a=author, r=stars, t=body,
                                 d=f"{day} 00:00:00.000000"))
    engine.dispose()
    services = Services.open(path)
    try:
        (again,) = services.imports.import_files([write(tmp_path, "a.csv", LOG_A)]).results
        assert (again.inserted, again.duplicates) == (0, 2)
        (other,) = services.imports.import_files([write(tmp_path, "b.csv", LOG_B)]).results
        assert other.inserted == 2
        assert len(services.reviews.list_reviews()) == 4
    finally:
        services.close()
    keys = [k for (k,) in sqlite3.connect(path).execute("SELECT dedupe_key FROM reviews ORDER BY id")]
    assert keys[0].startswith("lid:1:") and keys[1].startswith("lid:2:")


def test_numbered_customer_lists_and_order_sheets_do_not_collide(services, tmp_path):
    from desktop.storage import repositories as repo

    people_a = "id,name,email\n1,Ana Lopes,ana@x.org\n2,Bo Berg,bo@x.org\n"
    people_b = "id,name,email\n1,Cy Dahl,cy@x.org\n2,Di Eng,di@x.org\n"
    services.imports.import_files([write(tmp_path, "a/customers.csv", people_a)])
    (res,) = services.imports.import_files([write(tmp_path, "b/customers.csv", people_b)]).results
    assert (res.inserted, res.duplicates) == (2, 0)
    sheet_a = "order id,date,item,total\n1,2026-05-01,Flat white,3.5\n2,2026-05-01,Scone,2.0\n"
    sheet_b = "order id,date,item,total\n1,2026-06-01,Latte,3.8\n2,2026-06-02,Toast,4.0\n"
    services.imports.import_files([write(tmp_path, "a/orders.csv", sheet_a)])
    (res,) = services.imports.import_files([write(tmp_path, "b/orders.csv", sheet_b)]).results
    assert (res.inserted, res.duplicates) == (2, 0)
    # and each file imported again finds its own rows
    for body, name in ((people_a, "customers.csv"), (sheet_b, "orders.csv")):
        (res,) = services.imports.import_files([write(tmp_path, f"c/{name}", body)]).results
        assert (res.inserted, res.duplicates) == (0, 2)
    with services.db.session() as s:
        counts = repo.counts(s)
    assert (counts["customers"], counts["orders"]) == (4, 4)
