"""Preview before anything is written, and all-or-nothing imports: the
preview is the import run in a rolled-back transaction, so they never disagree."""
from __future__ import annotations

import pytest

from desktop.core.errors import Cancelled, FileReadError
from desktop.core.progress import CancelFlag
from desktop.importers import ReadOptions

from customer_exports import SQUARE_HEADER, dump, write

US = ReadOptions(default_region="US")
ORDERS_CSV = ("Order Number,Order Date,Product,Quantity,Price,Customer Email\n"
              "5001,2026-05-01 10:00,Latte,2,3.50,maria@example.com\n"
              "5001,2026-05-01 10:00,Cookie,1,2.00,maria@example.com\n"
              "5002,2026-05-02 11:00,Tea,1,2.50,tom@example.com\n")
BAD_SQUARE = SQUARE_HEADER + "\n" + (
    ",Ada,Lee,ada@example.com,,,,,,,,,,,MQ0ADA,Directory,2024-03-02,2025-11-20,1,$1.00,,No,No\n"
    ",Bad,Mail,not-an-email,,,,,,,,,,,MQ0BAD,Directory,2024-03-02,2025-11-20,1,$1.00,,No,No\n"
)
AMBIGUOUS_SQUARE = SQUARE_HEADER + "\n" + (
    ",Cy,Day,cy@example.com,,,,,,,,,,,MQ0CY,Directory,03/04/2025,05/06/2025,1,$1.00,,No,No\n"
)


def counts(preview):
    return [(p.rows_read, p.new, p.duplicates, p.merged, len(p.rejected), p.blocked)
            for p in preview.parts]


def result_counts(outcome):
    return [(r.rows_read, r.inserted, r.duplicates, r.merged, len(r.rejected), r.blocked)
            for r in outcome.results]


def test_preview_equals_the_import_that_follows(services, customer_files, reviews_csv, tmp_path):
    orders = write(tmp_path / "orders.csv", ORDERS_CSV)
    bad = write(tmp_path / "bad.csv", BAD_SQUARE)
    steps = [(customer_files["square"], True), (customer_files["mailchimp"], True),
             (customer_files["shopify"], True), (customer_files["mailchimp"], True),
             (orders, True), (orders, True), (reviews_csv, True), (bad, False), (bad, True),
             (bad, True)]
    for path, skip in steps:
        before = dump(services.db)
        preview = services.imports.preview(str(path), options=US, skip_rejected=skip)
        assert dump(services.db) == before, f"preview of {path.name} wrote something"
        outcome = services.imports.import_files([str(path)], options=US, skip_rejected=skip)
        assert counts(preview) == result_counts(outcome), path.name
        assert (preview.new, preview.duplicates, preview.merged) == (
            sum(r.inserted for r in outcome.results), sum(r.duplicates for r in outcome.results),
            sum(r.merged for r in outcome.results))


def test_preview_shows_format_mapping_records_and_outcomes(services, customer_files):
    services.imports.import_files([str(customer_files["square"])], options=US)
    preview = services.imports.preview(str(customer_files["shopify"]), options=US)
    assert (preview.format, preview.kind) == ("shopify_customers", "customers")
    assert 0.9 <= preview.confidence <= 1.0
    assert preview.columns["Email"] == "email" and preview.columns["Phone"] == "phone"
    assert "email" in preview.fields and "Tax Exempt" in preview.headers
    assert (preview.rows_read, preview.new, preview.merged, preview.duplicates) == (3, 1, 2, 0)
    tom, una, ana = preview.records
    assert tom["action"] == "merged" and isinstance(tom["merged_into"], int)
    assert tom["phone"] == "+15625550199" and tom["tags"] == ["regular"]
    assert ana["action"] == "new" and ana["accepts_email"] is False
    assert preview.as_json()["records"][0]["name"] == "Tom Baker"
    # an edited mapping goes back to the importers as {field: column}
    edited = dict(preview.columns)
    edited["Note"] = "email"           # nonsense on purpose: moves e-mail to another column
    del edited["Email"]
    override = preview.mapping_override(edited)
    assert override["email"] == "Note"
    again = services.imports.preview(str(customer_files["shopify"]),
                                     options=ReadOptions(default_region="US",
                                                         column_mapping=override))
    assert all(r["email"] is None for r in again.records)


def test_preview_lists_rejections_with_reasons(services, tmp_path):
    bad = write(tmp_path / "bad.csv", BAD_SQUARE)
    preview = services.imports.preview(str(bad))
    (rej,) = preview.rejected
    assert rej.row == 3 and "not-an-email" in rej.reason
    assert (preview.new, preview.blocked) == (1, False)
    strict = services.imports.preview(str(bad), skip_rejected=False)
    assert strict.blocked and strict.new == 0 and strict.strict
    assert any("strict" in w for w in strict.warnings)


def test_ambiguous_dates_need_a_decision(services, tmp_path):
    path = write(tmp_path / "ambiguous.csv", AMBIGUOUS_SQUARE)
    preview = services.imports.preview(str(path))
    assert preview.ambiguous_dates == ("First Visit", "Last Visit")
    assert preview.records[0]["first_visit"].startswith("2025-03-04")  # US style by default
    decided = services.imports.preview(str(path), options=ReadOptions(dayfirst=True))
    assert decided.ambiguous_dates == ()
    assert decided.records[0]["first_visit"].startswith("2025-04-03")
    services.imports.import_files([str(path)], options=ReadOptions(dayfirst=True))
    with services.db.engine.connect() as conn:
        from sqlalchemy import text
        assert str(conn.execute(text("SELECT first_visit FROM customers")).scalar()).startswith(
            "2025-04-03")


def test_preview_of_an_unreadable_file_raises_a_user_error(services, tmp_path):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(FileReadError, match="photo.csv"):
        services.imports.preview(str(bad))


def test_strict_import_of_a_file_with_rejected_rows_writes_nothing(services, customer_files,
                                                                  tmp_path):
    services.imports.import_files([str(customer_files["square"])], options=US)
    before = dump(services.db)
    bad = write(tmp_path / "bad.csv", BAD_SQUARE)
    outcome = services.imports.import_files([str(bad)], skip_rejected=False)
    (result,) = outcome.results
    assert result.blocked and result.batch_id is None
    assert result.inserted == 0 and len(result.rejected) == 1
    assert result.as_json()["blocked"] is True and result.as_json()["batch_id"] is None
    assert any("Nothing was imported" in w for w in result.warnings)
    assert not outcome.changed.customers and outcome.changed.batches == ()
    assert dump(services.db) == before


def test_a_failure_while_writing_leaves_the_database_unchanged(services, customer_files,
                                                               monkeypatch):
    from desktop.storage import repositories as repo

    services.imports.import_files([str(customer_files["square"])], options=US)
    before = dump(services.db)

    def boom(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(repo, "finish_batch", boom)  # after the rows and merges were written
    with pytest.raises(RuntimeError):
        services.imports.import_files([str(customer_files["shopify"])], options=US)
    assert dump(services.db) == before


def test_cancel_while_reading_leaves_the_database_unchanged(services, customer_files):
    services.imports.import_files([str(customer_files["square"])], options=US)
    before = dump(services.db)
    flag = CancelFlag()

    def progress(fraction, message):
        if fraction > 0:
            flag.cancel()

    with pytest.raises(Cancelled):
        services.imports.import_files([str(customer_files["mailchimp"])], progress, flag,
                                      options=US)
    with pytest.raises(Cancelled):
        services.imports.preview(str(customer_files["mailchimp"]), options=US,
                                 progress=progress, cancel=flag)
    assert dump(services.db) == before


def test_preview_with_a_forced_format_and_kind(services, customer_files):
    preview = services.imports.preview(str(customer_files["shopify"]), kind="customers",
                                       fmt="shopify_customers")
    assert (preview.format, preview.kind, preview.confidence) == ("shopify_customers",
                                                                  "customers", 1.0)
    assert preview.columns.get("Email") == "email" and preview.new == 3
    with pytest.raises(FileReadError):
        services.imports.preview(str(customer_files["shopify"]), fmt="square_customers")
