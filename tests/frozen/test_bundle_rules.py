"""The packaging rules without building: what build.spec keeps and drops,
the trimmed ICU data package, the icons, the Linux system libraries table.
Fast; not marked slow."""
from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "packaging"))

import bundle_rules  # noqa: E402
import icons  # noqa: E402
import icu_trim  # noqa: E402

from desktop.services.paths import is_shipped_resource, shipped_resources  # noqa: E402


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/generic/libqevdevmouseplugin.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Charts.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
    ("PySide6/Qt6Qml.dll", False),
    ("PySide6/Qt6Widgets.dll", True),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
    ("PySide6/QtCharts.abi3.so", True),
    ("PySide6/QtOpenGL.abi3.so", False),
    ("PySide6/QtNetwork.pyd", False),
    ("numpy/_core/_multiarray_umath.cpython-311-x86_64-linux-gnu.so", True),
    ("libpython3.11.so.1.0", True),
])
def test_binaries_kept_and_dropped(dest, kept):
    assert bundle_rules.keep_binary(dest) is kept


@pytest.mark.parametrize("dest, kept", [
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qtbase_pt_BR.qm", True),
    ("PySide6/translations/qtbase_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_ja.qm", False),
    ("PySide6/Qt/translations/qtmultimedia_de.qm", False),
    ("PySide6/Qt/translations/qt_help_de.qm", False),
    ("PySide6/Qt/qml/QtQuick/qmldir", False),
    ("resources/lexicons/de.json", True),
    ("pandas/tests/data/x.csv", False),
    ("numpy/_core/tests/data/umath-validation-set-README.txt", False),
    ("alembic/templates/generic/env.py", True),
])
def test_data_kept_and_dropped(dest, kept):
    assert bundle_rules.keep_data(dest) is kept


def test_only_libraries_the_kept_binaries_need_stay():
    """A library only a dropped plugin links to goes; one a kept binary links
    to stays; one nothing links to (loaded at run time) stays."""
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/src/libqgtk3.so", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("libX11.so.6", "/src/libX11.so.6", "BINARY"),
        ("libdlopened.so.1", "/src/libdlopened.so.1", "BINARY"),
    ]
    links = {"/src/libqgtk3.so": ["libcairo.so.2", "libX11.so.6"], "/src/libcairo.so.2": ["libpixman-1.so.0"],
             "/src/libqxcb.so": ["libX11.so.6"]}
    kept = bundle_rules.select_binaries(binaries, imports=lambda src: [(n, None) for n in links.get(src, [])])
    assert [b[0] for b in kept] == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libX11.so.6", "libdlopened.so.1"]


def test_links_to_dropped_libraries_go_too():
    entries = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
               ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
               ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY")]
    present = {"PySide6/Qt/lib/libQt6Core.so.6"}
    assert [e[0] for e in bundle_rules.without_dangling_links(entries, present)] == [
        "libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6"]


def test_a_module_the_app_imports_is_never_excluded(tmp_path):
    (tmp_path / "a.py").write_text("import smtplib\nfrom jinja2.sandbox import X\n", encoding="utf-8")
    excluded = bundle_rules.excluded_modules(tmp_path)
    assert "tkinter" in excluded and "smtplib" not in excluded
    (tmp_path / "b.py").write_text("import tkinter.ttk\n", encoding="utf-8")
    assert "tkinter" not in bundle_rules.excluded_modules(tmp_path)
    used = bundle_rules.imported_modules(ROOT / "desktop")
    clashes = [m for m in bundle_rules.EXCLUDED_MODULES
               if any(u == m or u.startswith(m + ".") for u in used)]
    assert clashes == [], f"the app imports modules the bundle rules exclude: {clashes}"


def test_textblob_ships_only_when_the_app_imports_it(tmp_path):
    (tmp_path / "a.py").write_text("import pandas\n", encoding="utf-8")
    assert "textblob" in bundle_rules.excluded_modules(tmp_path)
    (tmp_path / "b.py").write_text("from textblob import TextBlob\n", encoding="utf-8")
    excluded = bundle_rules.excluded_modules(tmp_path)
    assert "textblob" not in excluded and "nltk" not in excluded
    assert "textblob" in bundle_rules.excluded_modules(ROOT / "desktop")  # the app today


def test_every_resource_folder_ships_except_the_dev_only_ones(tmp_path):
    for rel in ("templates/thanks_it.txt", "templates/notes.md", "lexicons/en.json", "lexicons/README.md",
                "translations/regulars_de.ts", "translations/regulars_de.qm", "packaging/icons.py",
                "reports/.DS_Store", "tiers/__pycache__/x.pyc"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x", encoding="utf-8")
    assert shipped_resources(tmp_path) == ["lexicons/en.json", "templates/notes.md", "templates/thanks_it.txt",
                                           "translations/regulars_de.qm"]
    assert not is_shipped_resource("packaging/linux/build-deb.sh")
    datas = bundle_rules.resource_datas(ROOT)
    assert ("resources/lexicons") in {d for _, d in datas}
    assert all(not PurePosixPath(d).parts[1:2] == ("packaging",) for _, d in datas)


def test_migration_scripts_ship_as_files_without_caches():
    datas = bundle_rules.migration_datas(ROOT)
    names = {Path(src).name for src, _ in datas}
    assert {"env.py", "script.py.mako"} <= names
    assert all("__pycache__" not in src for src, _ in datas)
    assert {dest for _, dest in datas} >= {"desktop/storage/migrations", "desktop/storage/migrations/versions"}


def test_system_libraries_table_names_a_package_for_each_library():
    table = bundle_rules.system_libraries()
    assert table["libxcb-cursor.so.0"] == "libxcb-cursor0"
    assert table["libglib-2.0.so.0"] == "libglib2.0-0t64 | libglib2.0-0"
    assert all(re.fullmatch(r"[a-z0-9][a-z0-9.+-]*( \([<>=]+ [\w.]+\))?( \| [a-z0-9][a-z0-9.+-]*)*", dep)
               for dep in table.values()), table
    binaries = [("libX11.so.6", "/s", "BINARY"), ("libpython3.11.so.1.0", "/s", "BINARY"),
                ("PySide6/Qt/lib/libX11.so.6", "/s", "BINARY")]
    assert [b[0] for b in bundle_rules.without_system_libraries(binaries)] == [
        "libpython3.11.so.1.0", "PySide6/Qt/lib/libX11.so.6"]


def _package(items: dict[str, bytes]) -> bytes:
    header = bytearray(32)
    struct.pack_into("<H", header, 0, 32)
    header[2:4] = b"\xda\x27"
    header[12:16] = b"CmnD"
    return icu_trim.write_package(bytes(header), list(items.items()))


def test_icu_package_round_trips_and_keeps_what_qt_reads():
    # ICU pads every item to 16 bytes; so do these
    items = {f"icudt73l/{name}": bytes([i + 1]) * 16 * (1 + i % 3) for i, name in enumerate((
        "de.res", "de_AT.res", "ja.res", "root.res", "pool.res", "res_index.res", "supplementalData.res",
        "coll/de.res", "coll/zh.res", "coll/ucadata.icu", "brkitr/word.brk", "brkitr/cjdict.dict",
        "zone/sv.res", "zone/ko.res", "lang/de.res", "curr/de.res", "translit/root.res", "nfkc.nrm",
        "cnvalias.icu", "unames.icu", "confusables.cfu", "rfc3491.spp", "uts46.nrm", "ucase.icu"))}
    items["icudt73l/ibm-5348_P100-1997.cnv"] = b"w" * 1024
    items["icudt73l/big5.cnv"] = b"B" * (icu_trim.MAX_CONVERTER_BYTES + 16)
    items["icudt73l/big5-delta.cnv"] = b"extends big5 ..." + b"d" * 96
    blob = _package(items)
    header, read = icu_trim.read_package(blob)
    assert dict(read) == items and len(header) == 32
    _, kept = icu_trim.read_package(icu_trim.trim_package(blob, ("de", "sv")))
    names = {n.split("/", 1)[1] for n, _ in kept}
    assert names == {"de.res", "de_AT.res", "root.res", "pool.res", "res_index.res", "supplementalData.res",
                     "coll/de.res", "coll/ucadata.icu", "zone/sv.res", "nfkc.nrm",
                     "cnvalias.icu", "ucase.icu", "ibm-5348_P100-1997.cnv"}
    assert all(data == items[name] for name, data in kept)  # bytes untouched
    with pytest.raises(ValueError):
        icu_trim.read_package(b"not icu data at all, not at all")


def test_icons_for_windows_and_macos(tmp_path):
    """Made by the script as build.spec runs it (a process of its own: the
    QGuiApplication it needs must not become this test session's)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for name in ("app.ico", "app.icns"):
        subprocess.run([sys.executable, str(Path(icons.__file__)), str(tmp_path / name)], env=env,
                       check=True, capture_output=True, timeout=120)
    ico = (tmp_path / "app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico, 0)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for i in range(count):
        width, _h, _c, _r, _p, _bpp, size, offset = struct.unpack_from("<BBBBHHII", ico, 6 + 16 * i)
        assert ico[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(ico)
    icns = (tmp_path / "app.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)
    assert icns[8:12] == icons.ICNS_TYPES[0][0]


@pytest.mark.skipif(not sys.platform.startswith("linux") or not all(
    map(__import__("shutil").which, ("gcc", "strip", "readelf"))), reason="needs gcc and binutils (Linux)")
def test_symbol_tables_are_stripped_except_from_auditwheel_libraries(tmp_path):
    source = tmp_path / "lib.c"
    source.write_text("int regulars_answer(void) { return 42; }\n" * 1
                      + "".join(f"static int local_{i}(void) {{ return {i}; }}\n"
                                f"int use_{i}(void) {{ return local_{i}(); }}\n" for i in range(200)))
    library = tmp_path / "libdemo.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-O0", "-o", str(library), str(source)], check=True)
    assert bundle_rules.has_debug_info(str(library))  # gcc keeps .symtab
    entries = [("numpy/_core/demo.cpython-311-x86_64-linux-gnu.so", str(library), "EXTENSION"),
               ("numpy.libs/libdemo-1234abcd.so", str(library), "BINARY")]
    out = bundle_rules.strip_debug_info(entries, tmp_path / "stripped")
    stripped = Path(out[0][1])
    assert stripped != library and stripped.stat().st_size < library.stat().st_size
    assert not bundle_rules.has_debug_info(str(stripped))
    dynamic = subprocess.run(["readelf", "--dyn-syms", "-W", str(stripped)], capture_output=True, text=True).stdout
    assert "regulars_answer" in dynamic  # what other libraries link to stays
    # patchelf'd by auditwheel, so not given to strip: elf_trim cuts out the symbol table alone
    trimmed = Path(out[1][1])
    assert trimmed != library and trimmed.stat().st_size < library.stat().st_size
    assert not bundle_rules.has_debug_info(str(trimmed))
    import ctypes

    assert ctypes.CDLL(str(trimmed)).regulars_answer() == 42  # the dynamic linker still loads it


def test_elf_trim_keeps_every_loaded_byte_in_place(tmp_path):
    """The segments (what the dynamic linker maps) are byte for byte the
    original's (the ELF header aside), at offsets congruent to their
    addresses; only the symbol table and its strings are gone."""
    if not sys.platform.startswith("linux") or __import__("shutil").which("gcc") is None:
        pytest.skip("needs gcc (Linux)")
    import elf_trim

    source = tmp_path / "big.c"
    source.write_text("".join(f"int f_{i}(int x) {{ return x * {i} + 1; }}\n" for i in range(3000)))
    library = tmp_path / "libbig.so"
    subprocess.run(["gcc", "-shared", "-fPIC", "-O0", "-o", str(library), str(source)], check=True)
    out = tmp_path / "trimmed" / "libbig.so"
    assert elf_trim.drop_symbol_table(library, out)
    assert not elf_trim.drop_symbol_table(out, tmp_path / "again.so")  # nothing left to drop

    def segments(path: Path) -> list[tuple[int, int, bytes]]:
        data = path.read_bytes()
        phoff, phentsize, phnum = struct.unpack_from("<Q", data, 32)[0], *struct.unpack_from("<HH", data, 54)
        found = []
        for i in range(phnum):
            p_type, _, offset, vaddr, _, filesz, _, p_align = struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize)
            if p_type == 1:
                assert offset % p_align == vaddr % p_align
                found.append((vaddr, filesz, data[max(offset, 64):offset + filesz]))
        return found  # (the ELF header's first 64 bytes name the new section header table)

    assert segments(out) == segments(library)
    assert out.stat().st_size < library.stat().st_size
    import ctypes

    assert ctypes.CDLL(str(out)).f_7(6) == 43


def test_qt_translations_keep_what_the_window_shows_and_drop_the_rest(tmp_path):
    """Trimmed with qm_trim.py, Qt's German catalogue still translates the
    dialogs' buttons, the file dialog and shortcut names exactly as before,
    and no longer holds networking, SQL or printing messages."""
    import qm_trim
    from PySide6.QtCore import QLibraryInfo, QTranslator

    whole = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_de.qm"
    if not whole.is_file():
        pytest.skip("PySide6 ships no qtbase_de.qm here")
    trimmed = tmp_path / "qtbase_de.qm"
    trimmed.write_bytes(qm_trim.trim(whole.read_bytes()))
    assert trimmed.stat().st_size < 0.6 * whole.stat().st_size
    before, after = QTranslator(), QTranslator()
    assert before.load(str(whole)) and after.load(str(trimmed))
    for context, source in (("QPlatformTheme", "Cancel"), ("QPlatformTheme", "Save"), ("QFileDialog", "&Open"),
                            ("QMessageBox", "Show Details..."), ("QShortcut", "Ctrl"),
                            ("QWidgetTextControl", "&Copy"), ("QLineEdit", "&Paste")):
        assert after.translate(context, source) == before.translate(context, source) != ""
    assert before.translate("QSslSocket", "No error") and not after.translate("QSslSocket", "No error")
    left = {c for c in qm_trim.contexts(trimmed.read_bytes()) if c}
    assert not any(qm_trim.DROPPED_CONTEXTS.fullmatch(c) for c in left)
    assert {"QFileDialog", "QMessageBox", "QShortcut", "QColorDialog"} <= left
    with pytest.raises(ValueError):
        qm_trim.trim(b"not a catalogue, not at all")


def test_every_pyside6_module_the_app_imports_is_kept():
    """A binding the app's code imports is never dropped by the binary rules
    (the window's theme started importing QtSvg after the rules had left it out)."""
    kept = bundle_rules.app_pyside_modules(ROOT / "desktop")
    used = {n.split(".")[1] for n in bundle_rules.imported_modules(ROOT / "desktop") if n.startswith("PySide6.")}
    assert used and used <= kept
    for module in used:
        assert bundle_rules.keep_binary(f"PySide6/{module}.abi3.so", kept), module
    assert not bundle_rules.keep_binary("PySide6/QtQuick.abi3.so", kept)
