"""The commands that guard the database file (``backups``, ``restore``,
``encrypt``, ``decrypt``), and how every command opens it (the writer lock,
the passphrase of an encrypted file), registered by ``desktop.cli``."""
from __future__ import annotations

import argparse
import json
import os
import sys

from desktop.core.errors import UserError


def add_security_commands(sub, add_db) -> None:
    """Register the backup and encryption commands on the ``sub`` parsers
    (``add_db`` adds --db)."""
    p = sub.add_parser("backups", help="list the database's backups (and make one, or keep fewer)")
    add_db(p)
    p.add_argument("--json", action="store_true", help="print the list as one JSON array")
    p.add_argument("--now", action="store_true", help="make a backup now")
    p.add_argument("--keep", type=int, metavar="N", help="keep the newest N backups of each kind")
    p.add_argument("--check", metavar="ID", help="check one backup again (opens it, integrity check)")

    p = sub.add_parser("restore", help="put a backup in place of the database (see 'backups')")
    add_db(p)
    p.add_argument("backup_id", metavar="ID", help="the backup's id, as 'backups' lists it")

    p = sub.add_parser("encrypt", help="encrypt the database with a passphrase (or change it)")
    add_db(p)
    p = sub.add_parser("decrypt", help="store the database unencrypted again")
    add_db(p)


def open_services(args: argparse.Namespace, reading: bool = False):
    """The services over ``--db``: the writer (waiting ``--wait`` seconds for
    another one), or without the lock for commands that never commit. The
    passphrase of an encrypted file comes from REGULARS_PASSPHRASE or, in a
    terminal, a prompt."""
    from desktop.services import Services
    from desktop.storage.database import ACCESS_UNLOCKED, ACCESS_WRITE

    return Services.open(args.db, passphrase=_env_passphrase(), ask=_ask_passphrase,
                         access=ACCESS_UNLOCKED if reading else ACCESS_WRITE,
                         wait=float(getattr(args, "wait", 0.0) or 0.0))


def _env_passphrase() -> str | None:
    from desktop.services.security import PASSPHRASE_ENV

    return os.environ.get(PASSPHRASE_ENV) or None


def _ask_passphrase(wrong: bool) -> str | None:
    """A prompt in a terminal (nothing echoed); None without one (scripts)."""
    if not sys.stdin.isatty():
        return None
    import getpass

    if wrong:
        print("That passphrase does not open this database.", file=sys.stderr)
    try:
        return getpass.getpass("Passphrase of this database: ") or None
    except (EOFError, KeyboardInterrupt):
        return None


def _new_passphrase() -> str:
    """The passphrase to encrypt with: REGULARS_PASSPHRASE_NEW or
    REGULARS_PASSPHRASE for scripts, else typed twice."""
    from desktop.services.security import PASSPHRASE_ENV

    given = os.environ.get(PASSPHRASE_ENV + "_NEW") or os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UserError(f"give the new passphrase in {PASSPHRASE_ENV} (or run this in a terminal)")
    import getpass

    first = getpass.getpass("New passphrase: ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise UserError("the two passphrases differ; nothing was changed")
    return first


def _file_only(args: argparse.Namespace, message: str) -> None:
    """UserError(message) before anything is opened or asked, for --db-url."""
    if args.db and "://" in str(args.db):
        raise UserError(message)


def _cmd_backups(args: argparse.Namespace) -> int:
    from desktop.storage.database import SERVER_BACKUPS

    _file_only(args, SERVER_BACKUPS)
    changing = args.now or args.keep is not None
    services = open_services(args, reading=not changing)
    try:
        if args.keep is not None:
            services.backups.set_keep(args.keep)
        if args.now:
            made = services.backups.backup_now()
            if not args.json:
                print(f"Backed up to {made.path} ({'checked, ok' if made.ok else 'CHECK FAILED'}).")
        if args.check:
            ok, problem = services.backups.check(args.check)
            print(f"{args.check}: " + ("ok" if ok else f"FAILED ({problem})"))
            return 0 if ok else 1
        infos = services.backups.list()
        keep, folder = services.backups.keep(), services.backups.folder
    finally:
        services.close()
    if args.json:
        print(json.dumps([b.as_json() for b in infos], ensure_ascii=False))
        return 0
    if not infos:
        print(f"No backups yet (they go to {folder}).")
        return 0
    print(f"{len(infos)} backups in {folder} (the newest {keep} of each kind are kept):")
    for b in infos:
        check = {True: "ok", False: "FAILED", None: "not checked"}[b.ok]
        print(f"  {b.id:17}  {b.created:%Y-%m-%d %H:%M:%S}  {b.reason:17} {b.size / 1e6:8.1f} MB  {check}"
              + ("  encrypted" if b.encrypted else ""))
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop.storage.database import SERVER_FILE_ONLY

    _file_only(args, SERVER_FILE_ONLY)
    services = open_services(args)
    try:
        services.backups.restore(args.backup_id)
    finally:
        services.close()
    print(f"Restored backup {args.backup_id}; the database as it was just before is kept as a "
          "'before-restore' backup.")
    return 0


def _cmd_encrypt(args: argparse.Namespace) -> int:
    from desktop.storage.database import SERVER_FILE_ONLY

    _file_only(args, SERVER_FILE_ONLY)
    services = open_services(args)
    try:
        was = services.security.encrypted
        converted = services.security.encrypt(_new_passphrase())
    finally:
        services.close()
    print(("Changed the passphrase" if was else "Encrypted the database")
          + f" and {converted} backup(s). Keep the passphrase safe: without it nobody, "
            "not even Regulars, can read this data.")
    return 0


def _cmd_decrypt(args: argparse.Namespace) -> int:
    from desktop.storage.database import SERVER_FILE_ONLY

    _file_only(args, SERVER_FILE_ONLY)
    services = open_services(args)
    try:
        converted = services.security.decrypt()
    finally:
        services.close()
    print(f"The database and {converted} backup(s) are stored unencrypted again.")
    return 0


SECURITY_COMMANDS = {
    "backups": _cmd_backups, "restore": _cmd_restore, "encrypt": _cmd_encrypt, "decrypt": _cmd_decrypt,
}
