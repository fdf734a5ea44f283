"""Order formats: Square items and transactions, Loyverse, Toast, SumUp,
Zettle, Lightspeed K-Series, generic; money and date quirks; streaming."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.records import ImportKind, OrderLineRecord
from desktop.importers import ReadOptions, read_file, sniff
from desktop.importers.values import number


def one(path: Path, **kw) -> object:
    [pf] = read_file(path, **kw)
    return pf


@pytest.mark.parametrize("raw,value", [
    ("$1,149.00 ", 1149.0), ("($33.62)", -33.62), ("-$3.00", -3.0), ("kr 45,50", 45.5), ("1.234,56", 1234.56),
    ("12,50", 12.5), ("1,234", 1234.0), ("€ 7", 7.0), ("£0.99", 0.99), ("0,5", 0.5), (" 3 ", 3.0),
    ("1 234,50 kr", 1234.5), ("", None), (None, None), (4, 4.0),
])
def test_money(raw: object, value: float | None) -> None:
    assert number(raw) == value


@pytest.mark.parametrize("raw", ["abc", "$", "1.2.3,4,5x"])
def test_money_rejects(raw: str) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        number(raw, "Total")


def test_square_items_grouped_by_transaction(fx: Path) -> None:
    pf = one(fx / "square_items.csv")
    assert pf.format == "square_items" and pf.kind == ImportKind.ORDERS
    first, second, refund = pf.records
    assert first.external_id == "4S5oaeKrPyyWWst4wAvuQJ3qn6PZY" and first.total == 15.0
    assert first.ordered_at == datetime(2026, 7, 18, 12, 59, 30)
    assert first.lines == (
        OrderLineRecord(item="Matcha Latte", quantity=1.0, unit_price=8.0, total=8.0, category=None,
                        modifiers="12oz, Whole Milk, Cold Foam, Strawberry"),
        OrderLineRecord(item="Croissant", quantity=2.0, unit_price=3.5, total=7.0, category="Bakery"))
    assert first.customer_email == "ana@example.com" and first.customer_name is None
    assert first.status == "completed"
    assert second.lines[0].item == "Flat White (Large)"
    assert refund.status == "refund" and refund.total == -5.0
    assert [(r.row, r.reason) for r in pf.rejected] == [(6, "row 6: Qty 'one' is not a number")]


def test_square_transactions_excel_resaved(fx: Path) -> None:
    pf = one(fx / "square_transactions_2018_excel.csv")
    assert pf.format == "square_transactions"
    sale, refund = pf.records
    assert (sale.total, sale.ordered_at, sale.staff) == (4.5, datetime(2018, 12, 28, 8), "Sam")
    assert sale.lines == (OrderLineRecord(item="Latte", quantity=1.0),)
    assert (refund.total, refund.status) == (-4.5, "refund")
    [rej] = pf.rejected
    assert rej.row == 2 and "9.98031E+12" in rej.reason


def test_loyverse_receipts_bom_12h_dates_and_cancelled(fx: Path) -> None:
    pf = one(fx / "loyverse_receipts.csv")
    assert pf.format == "loyverse_receipts" and len(pf.records) == 3
    a, b, refund = pf.records
    assert a.ordered_at == datetime(2026, 7, 28, 13, 33) and a.total == 90.0
    assert b.lines == (OrderLineRecord("Latte", 2.0), OrderLineRecord("Banana bread", 1.0))
    assert b.customer_email == "ana@example.com" and refund.status == "refund" and refund.total == -4.0
    assert "4-10381" not in {o.external_id for o in pf.records}
    assert any("cancelled" in w for w in pf.warnings)


def test_loyverse_receipts_by_item(fx: Path) -> None:
    pf = one(fx / "loyverse_receipts_by_item.csv", options=ReadOptions(default_region="GB"))
    [order] = pf.records
    assert order.ordered_at == datetime(2025, 12, 31, 14, 5) and order.total == 12.5
    assert [ln.item for ln in order.lines] == ["Latte (Large)", "Scone"]
    assert order.lines[0].unit_price == 4.5 and order.customer_phone == "+447700900456"


def test_toast_checks(fx: Path) -> None:
    pf = one(fx / "toast_checkdetails.csv", options=ReadOptions(default_region="US"))
    a, b = pf.records
    assert a.ordered_at == datetime(2026, 3, 5, 8, 15) and b.ordered_at == datetime(2026, 3, 5, 12, 40)
    assert (a.customer_email, a.customer_phone, a.total) == ("ana@example.com", "+15035550100", 10.3)
    assert any("month/day" in w for w in pf.warnings)
    assert one(fx / "toast_checkdetails.csv", options=ReadOptions(dayfirst=True)).records[0].ordered_at == \
        datetime(2026, 5, 3, 8, 15)


def test_sumup(fx: Path) -> None:
    sales = one(fx / "sumup_sales_de.csv")
    assert sales.format == "sumup_sales_de"
    o = sales.records[0]
    assert o.ordered_at == datetime(2026, 2, 3, 9, 15) and o.total == 1241.5 and o.currency == "EUR"
    de = one(fx / "sumup_transactions_de.csv")
    assert [(r.external_id, r.total) for r in de.records] == [("T1", 12.5)]
    en = one(fx / "sumup_transactions_en.csv")
    assert en.format == "sumup_transactions_en"
    assert [(r.external_id, r.total, r.customer_email) for r in en.records] == [("E1", 12.5, "ana@example.com")]


def test_lightspeed_split_payments_summed(fx: Path) -> None:
    pf = one(fx / "lightspeed_k_payments.csv")
    assert [(r.external_id, r.total, r.staff) for r in pf.records] == [("A1.1", 30.0, "Kim")]


def test_zettle_xlsx_with_preamble(tmp_path: Path, make_xlsx) -> None:
    preamble = ([["Zettle rapport"], ["Periode: 2026-01-01 - 2026-01-31"]] + [[None]] * 12
                + [["Virksomhed", "Eksempel"], [None]])
    header = ["Dato", "Tid", "Kvitteringsnummer", "Moms (25.0%)", "Total", "Afgift", "Netto", "Betalingsmetode",
              "Hændelsestype", "Kortudsteder", "Sidste cifre", "Personale", "Beskrivelse", "Solgt via"]
    rows = [["02.01.2026", "09:15", 1001, 10, 50, -1, 40, "Kort", "Køb", "Visa", "1234", "Kim",
             "2 x Kaffe, 1 x Kage", "POS"],
            [datetime(2026, 1, 3), "10:00", 1002, 5, 25.5, 0, 20, "Kontant", "Køb", "", "", "Kim", "1 x Te", "POS"]]
    p = make_xlsx(tmp_path / "zettle.xlsx", preamble + [header] + rows + [[None], ["Total", None, None, None, 75.5]])
    assert len(preamble) == 16
    pf = one(p)
    assert pf.format == "zettle_da"
    a, b = pf.records
    assert (a.external_id, a.total, a.ordered_at) == ("1001", 50.0, datetime(2026, 1, 2, 9, 15))
    assert a.lines == (OrderLineRecord("Kaffe", 2.0), OrderLineRecord("Kage", 1.0))
    assert b.ordered_at == datetime(2026, 1, 3, 10, 0)
    assert [r.row for r in pf.rejected] == [21]  # the footer total row, named by its worksheet row
    assert sniff(p).format == "zettle_da"


def test_generic_orders(fx: Path) -> None:
    pf = one(fx / "generic_orders.csv")
    assert pf.format == "generic" and pf.kind == ImportKind.ORDERS
    a, b = pf.records
    assert a.total == 9.0 and len(a.lines) == 2 and a.customer_email == "ana@example.com"
    assert b.total == 45.5
    assert [(r.row, r.reason) for r in pf.rejected] == [(5, "row 5: Product is empty")]


def test_large_csv_streams(tmp_path: Path) -> None:
    p = tmp_path / "big.csv"
    with open(p, "w", encoding="utf-8") as fh:
        fh.write("Date,Receipt number,Receipt type,Total collected,Cashier name,Description,Status\n")
        for i in range(8_000):
            fh.write(f"2026-01-01 08:{i % 60:02d}:00,1-{i},Sale,4.50,Kim,1 x Latte,Closed\n")
    pf = one(p)
    assert len(pf.records) == 8_000 and pf.rejected == ()


def test_square_transactions_current_header(fx: Path) -> None:
    pf = one(fx / "square_transactions.csv")
    assert pf.format == "square_transactions" and pf.rejected == ()
    sale, refund = pf.records
    assert (sale.total, sale.status, sale.customer_external_id, sale.staff) == (17.5, "completed", "CUST1", "Kim")
    assert sale.lines == (OrderLineRecord("Matcha Latte", 1.0), OrderLineRecord("Croissant", 2.0))
    assert (refund.total, refund.status) == (-5.0, "refund")


def test_bad_customer_details_do_not_lose_the_sale(tmp_path: Path) -> None:
    p = tmp_path / "o.csv"
    p.write_text("Order ID,Date,Item,Qty,Price,Total,Customer Email\n"
                 "A1,2026-01-01 10:00,Latte,1,3.50,5.50,not-an-email\n"
                 "A1,2026-01-01 10:00,Cookie,1,2.00,5.50,not-an-email\n", encoding="utf-8")
    [pf] = read_file(p)
    [order] = pf.records
    assert order.total == 5.5 and order.customer_email is None and len(order.lines) == 2
    assert pf.rejected == () and any("left empty" in w for w in pf.warnings)


def test_decimal_comma_column_reads_dotted_thousands(tmp_path: Path) -> None:
    p = tmp_path / "o.csv"
    p.write_text("Bestellnummer;Datum;Total\nB1;01.02.2026;12,50\nB2;02.02.2026;1.234\nB3;03.02.2026;1.234,50\n",
                 encoding="utf-8")
    [pf] = read_file(p, kind=ImportKind.ORDERS, options=ReadOptions(column_mapping={"order_id": "Bestellnummer"}))
    assert [o.total for o in pf.records] == [12.5, 1234.0, 1234.5]
    assert number("1.234") == 1.234 and number("1.234", decimal_comma=True) == 1234.0
    assert number("1,234") == 1234.0 and number("1,234", decimal_comma=True) == 1.234


def test_shopify_orders_total_once_per_order(fx: Path) -> None:
    pf = one(fx / "shopify_orders.csv", options=ReadOptions(default_region="US"))
    assert pf.format == "shopify_orders"
    first, refunded = pf.records
    assert (first.external_id, first.total, first.currency, first.customer_email) == (
        "#1001", 25.92, "USD", "ana@example.com")
    assert [(ln.item, ln.quantity, ln.total) for ln in first.lines] == [
        ("House Blend 250g", 2.0, 20.0), ("Mug", 1.0, 4.0)]
    assert first.ordered_at == datetime(2026, 1, 2, 15, 0)  # offset applied: UTC
    assert refunded.status == "refund" and any("cancelled or void" in w for w in pf.warnings)


def test_workbook_with_summary_sheet_first(tmp_path: Path) -> None:
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.title = "Summary"
    wb.active.append(["Total sales", 12.5])
    ws = wb.create_sheet("Receipts")
    ws.append(["Date", "Receipt number", "Receipt type", "Total collected", "Cashier name", "Description", "Status"])
    ws.append(["2026-01-01 08:00", "1-1", "Sale", 12.5, "Kim", "1 x Latte", "Closed"])
    p = tmp_path / "book.xlsx"
    wb.save(p)
    pf = one(p)
    assert pf.format == "loyverse_receipts" and pf.records[0].total == 12.5
    assert any("'Receipts'" in w for w in pf.warnings)


def test_loyverse_by_item_with_item_name_header(fx: Path, tmp_path: Path) -> None:
    text = (fx / "loyverse_receipts_by_item.csv").read_text(encoding="utf-8").replace(",Item,", ",Item name,", 1)
    p = tmp_path / "by_item.csv"
    p.write_text(text, encoding="utf-8")
    pf = one(p)
    assert pf.format == "loyverse_receipts_by_item" and pf.records[0].lines[1].item == "Scone"
