"""Synthetic customer exports under the real headers of /work/shared FORMATS.md
(section 2), and a whole-database dump for before/after comparisons."""
from __future__ import annotations

import zipfile
from pathlib import Path

SQUARE_HEADER = (
    "Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
    "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,"
    "Creation Source,First Visit,Last Visit,Transaction Count,Lifetime Spend,"
    "Email Subscription Status,Instant Profile,Blocked from online booking")
SQUARE_CSV = SQUARE_HEADER + "\n" + (
    ",Maria,Santos,maria@example.com,'+15625550123,,,,,,,,,,MQ0MARIA,Instant Profile,"
    "2024-03-02,2025-11-20,14,$766.57,unknown,Yes,No\n"
    ",Tom,Baker,,(562) 555-0199,,,,,,,,,Oat milk,MQ0TOM,Directory,2024-05-01,2025-10-02,3,"
    "$31.50,,No,No\n"
    ",Una,Ortiz,una@example.com,,,,,,,,,,,MQ0UNA,Directory,2024-06-01,2025-09-09,1,$4.00,"
    "unsubscribed,No,No\n"
    ",Vic,Ng,vic@example.com,,,,,,,,,,,MQ0VIC,Directory,2024-07-01,2025-08-08,2,$9.00,"
    "subscribed,No,No\n"
)
MAILCHIMP_HEADER = (
    '"Email Address","First Name","Last Name","Phone Number",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,'
    "CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,LAST_CHANGED,"
    "LEID,EUID,NOTES,TAGS")
MAILCHIMP_SUBSCRIBED = MAILCHIMP_HEADER + "\n" + (
    'MARIA@example.com,Maria,Santos,,2,"2015-03-16 14:40:47",,,,,,,,,,,"2015-03-16 14:40:47",'
    '101,e101,,"vip, denver"\n'
    'una@example.com,Una,Ortiz,,3,"2016-01-01 10:00:00",,,,,,,,,,,"2016-01-01 10:00:00",'
    "102,e102,,\n"
    'zoe@example.com,Zoe,Park,,1,"2016-02-02 10:00:00",,,,,,,,,,,"2016-02-02 10:00:00",'
    "103,e103,,\n"
)
MAILCHIMP_UNSUBSCRIBED = MAILCHIMP_HEADER + (
    ",UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_CAMPAIGN_ID,UNSUB_REASON,UNSUB_REASON_OTHER\n"
    'vic@example.com,Vic,Ng,,2,"2015-05-05 10:00:00",,,,,,,,,,,"2017-01-01 10:00:00",'
    '104,e104,,,"2017-01-01 10:00:00",,,,\n'
)
SHOPIFY_HEADER = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,"
    "Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags")
SHOPIFY_CSV = SHOPIFY_HEADER + "\n" + (
    "'7210448301122,Tom,Baker,tom@example.com,yes,,1 Main St,,Portland,OR,US,97201,"
    "'+15625550199,'+15625550199,yes,150.00,3,,no,\"regular\"\n"
    "'7210448301133,Una,Ortiz,una@example.com,yes,,,,,,,,,,no,20.00,1,,no,\n"
    "'7210448301144,Ana,Diaz,ana@example.com,no,,,,,,,,,,no,10.00,1,,no,\n"
)


def write(path, text: str):
    path.write_text(text, encoding="utf-8")
    return path


def write_customer_files(folder: Path) -> dict[str, Path]:
    mc = folder / "mailchimp_audience.zip"
    with zipfile.ZipFile(mc, "w") as zf:
        zf.writestr("subscribed_members_export_abc123.csv", MAILCHIMP_SUBSCRIBED)
        zf.writestr("unsubscribed_members_export_abc123.csv", MAILCHIMP_UNSUBSCRIBED)
    return {
        "square": write(folder / "export-20260101-120000.csv", SQUARE_CSV),
        "mailchimp": mc,
        "shopify": write(folder / "customers_export.csv", SHOPIFY_CSV),
    }


def dump(db) -> dict:
    """Every row of every table (alembic's too), for before/after comparisons."""
    from sqlalchemy import inspect, text

    out = {}
    with db.engine.connect() as conn:
        for table in sorted(inspect(conn).get_table_names()):
            out[table] = sorted(map(tuple, conn.execute(text(f'SELECT * FROM "{table}"'))), key=repr)
    return out
