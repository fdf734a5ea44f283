"""Synthetic order exports under real headers (FORMATS.md section 2) whose
lines name their customer, for the orders<->customers linking tests."""
from __future__ import annotations

from pathlib import Path

SQUARE_ITEMS_HEADER = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,"
    "Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,"
    "Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,Itemization Type,Commission,Employee,"
    "Fulfillment Note,Channel,Token,Card Brand,PAN Suffix")


def square_item(day: str, tx: str, item: str, amount: str, customer_id: str = "", customer_name: str = "") -> str:
    return (f'{day},09:15:00,Pacific Time (US & Canada),None,{item},1.0,"","","",${amount},$0.00,${amount},$0.10,'
            f'{tx},p{tx},Terminal,"",https://x,Payment,Cafe,"",{customer_id},{customer_name},"",ea,1,"",'
            'Physical Good,$0.00,"","",Cafe,T,Visa,1111')


SQUARE_ITEMS = "\n".join([SQUARE_ITEMS_HEADER,
                          square_item("2025-11-01", "T1", "Flat White", "4.00", "MQ0MARIA", "Maria Santos"),
                          square_item("2025-11-01", "T1", "Croissant", "3.00", "MQ0MARIA", "Maria Santos"),
                          square_item("2025-11-03", "T2", "Latte", "4.20", "MQ0TOM", "tom@example.com"),
                          square_item("2025-11-04", "T3", "Espresso", "2.00"),
                          square_item("2025-11-05", "T4", "Latte", "4.20", "MQ0NEW", "Nadia Gold")]) + "\n"

LOYVERSE_RECEIPTS = (
    "Date,Receipt number,Receipt type,Gross sales,Discounts,Net sales,Taxes,Total collected,Cost of goods,"
    "Gross profit,Payment type,Description,Dining option,POS,Store,Cashier name,Customer name,"
    "Customer contacts,Status\n"
    "01/04/2026 08:10,1-1001,Sale,6.00,0.00,6.00,0.00,6.00,1.00,5.00,Cash,2 x Latte,Dine in,POS 1,Cafe,Jo,"
    "Ana Example,ana@example.com,Closed\n"
    "02/04/2026 08:12,1-1002,Sale,3.00,0.00,3.00,0.00,3.00,1.00,2.00,Cash,1 x Latte,Dine in,POS 1,Cafe,Jo,"
    "Ben Example,,Closed\n"
    "03/04/2026 08:12,1-1003,Sale,3.00,0.00,3.00,0.00,3.00,1.00,2.00,Cash,1 x Latte,Dine in,POS 1,Cafe,Jo,"
    "Ben Example,,Closed\n"
    "04/04/2026 09:00,1-1004,Sale,4.00,0.00,4.00,0.00,4.00,1.00,3.00,Card,1 x Scone,Dine in,POS 1,Cafe,Jo,"
    ",,Closed\n")
LOYVERSE_CUSTOMERS = (
    "Customer ID,Customer name,Email,Phone,First visit,Last visit,Total visits,Total spent,Address\n"
    "C-001,Ana Example,ana@example.com,07700 900123,03/04/2025 13:45,28/04/2026 09:10,12,\"84,50\",1 High St\n"
    "C-002,Ben Example,,,01/04/2025 08:00,03/04/2026 08:00,2,9.00,\n")

GENERIC_ORDERS = ("order id,date,item,total,customer email,customer name\n"
                  "A-1,2026-05-01,Flat white,3.50,maria@example.com,Maria S\n"
                  "A-2,2026-05-02,Flat white,3.50,MARIA@example.com,Maria S\n"
                  "A-3,2026-05-02,Scone,2.00,,\n")

LOCAL_IDS_ORDERS = ("order id,date,item,total,customer id,customer name\n"
                    "1,2026-05-01,Tea,2.00,7,Ana Lopes\n"
                    "2,2026-05-02,Tea,2.00,7,Ana Lopes\n")
LOCAL_IDS_CUSTOMERS = "customer id,name,email\n7,Bo Berg,bo@example.com\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
