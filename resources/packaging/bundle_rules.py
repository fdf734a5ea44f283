"""What goes into the frozen app and what stays out: the rules build.spec
applies to PyInstaller's analysis, kept here as plain functions so that
tests can check them without building (tests/frozen/test_bundle_rules.py).

The app uses QtCore, QtGui (with QPdfWriter), QtWidgets, QtCharts and SVG
icons; pandas, numpy, SQLAlchemy (SQLite), Alembic, openpyxl, phonenumbers
and platformdirs. Everything else PyInstaller's hooks pull in is dead
weight: Qt Quick/QML, WebEngine, PDF rendering, virtual keyboards, network
plugins, Qt translations for languages the window does not speak, Python
test packages, optional pandas back ends, phonenumbers' geocoding data.

Build-time only (imported by build.spec); never shipped.
"""
from __future__ import annotations

import ast
import re
import os
import shutil
import subprocess
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable

import elf_trim

WINDOW_LANGUAGES: tuple[str, ...] = ("de", "en", "es", "fr", "it", "nl", "pt", "ru", "sv")
"""The window's languages; Qt's own translations are kept for these only."""

QT_TRANSLATION_BASES: tuple[str, ...] = ("qtbase",)
"""Qt translation catalogues the app loads (desktop/ui/application.py)."""

KEEP_QT_PLUGINS: dict[str, frozenset[str]] = {
    # the window on X11, Wayland, Windows, macOS, and without a display (self-test, CI)
    "platforms": frozenset({"qxcb", "qwayland", "qwindows", "qcocoa", "qoffscreen"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # native file dialogs through the portal
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin",
                                        "ibusplatforminputcontextplugin"}),  # dead keys, IMEs
    "xcbglintegrations": frozenset({"qxcb-egl-integration", "qxcb-glx-integration"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl"}),
    "iconengines": frozenset({"qsvgicon"}),
    "imageformats": frozenset({"qsvg", "qico"}),  # PNG is built into QtGui
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
}
"""Plugin folder -> plugin names kept (file names without lib prefix and
extension). A folder not listed here is dropped whole (generic input
devices, eglfs, tls, network information, sql drivers, printing, ...)."""

DROP_QT_LIBRARIES: frozenset[str] = frozenset({
    "Quick", "Qml", "QmlModels", "QmlMeta", "QmlWorkerScript", "QuickControls2", "QuickTemplates2",
    "VirtualKeyboard", "VirtualKeyboardQml", "Pdf", "EglFSDeviceIntegration", "EglFsKmsSupport",
    "Network", "WebEngineCore", "WebEngineWidgets", "WebChannel", "Positioning", "Multimedia",
    "3DCore", "3DRender", "Sql", "Test", "Designer", "PrintSupport",
})
"""Qt libraries nothing kept links to once the plugins above are dropped
(tests/frozen checks every kept library still finds what it links to)."""

PYSIDE_MODULES: frozenset[str] = frozenset({"QtCore", "QtGui", "QtWidgets", "QtCharts"})
"""The PySide6 Python modules the app imports. SVG icons need no Python
module: Qt's SVG icon and image plugins (and libQt6Svg they link) do it."""

EXCLUDED_MODULES: tuple[str, ...] = (
    # Python's own tools and GUI toolkits
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "doctest",
    "pdb", "readline", "curses", "_curses", "ensurepip", "venv", "distutils", "test",
    "xmlrpc", "pydoc", "ftplib", "webbrowser", "socketserver", "http.server", "_pydecimal",
    # (ssl and smtplib stay: the owner may send campaign e-mails through their own SMTP server)
    # East Asian codecs: the importers read UTF-8, UTF-16 and cp1252 (an unknown encoding
    # is then a LookupError, not a crash)
    "_codecs_jp", "_codecs_kr", "_codecs_cn", "_codecs_tw", "_codecs_hk", "_codecs_iso2022",
    "_multibytecodec",
    # packaging and test tools
    "setuptools", "pkg_resources", "pip", "PyInstaller", "pytest", "_pytest", "hypothesis",
    "pytestqt", "py", "pluggy", "numpy.testing", "numpy.f2py", "numpy.distutils",
    "numpy.fft", "numpy.polynomial",  # not imported by numpy or pandas, nor by the app
    "numpy._core._multiarray_tests",  # NumPy's own test helpers
    "pandas._libs.sas", "pandas._libs.byteswap",  # only pandas.read_sas (SAS files) imports them
    "pandas.tests", "sqlalchemy.testing", "alembic.testing",  # (pandas imports its _testing itself)
    # optional back ends of pandas and friends the app never uses
    "matplotlib", "IPython", "jedi", "scipy", "sympy", "mpmath", "networkx", "pygments",
    "pyarrow", "fsspec", "s3fs", "gcsfs", "botocore", "boto3", "cryptography", "numexpr", "bottleneck",
    "tables", "xarray", "lxml", "html5lib", "bs4", "odf", "pyxlsb", "xlrd", "xlsxwriter", "zstandard",
    "tabulate", "yaml", "certifi", "greenlet",
    # database drivers other than SQLite's (SQLAlchemy's dialects stay: Alembic imports them all)
    "psycopg", "psycopg_binary", "psycopg_c", "psycopg2", "asyncpg", "pg8000", "pymysql", "MySQLdb",
    "mysql", "mariadb", "aiomysql", "oracledb", "cx_Oracle", "pyodbc", "pymssql", "pysqlite2", "aiosqlite",
    "requests", "urllib3", "idna", "charset_normalizer", "chardet", "traitlets", "tqdm", "joblib",
    "click", "sqlalchemy.ext.mypy", "sqlalchemy.ext.asyncio", "pysqlcipher3",  # (sqlcipher3 ships: encryption)
    # phonenumbers: parsing and formatting need only its metadata, not geocoding/carriers/time zones
    "phonenumbers.geocoder", "phonenumbers.geodata", "phonenumbers.carrier", "phonenumbers.carrierdata",
    "phonenumbers.timezone", "phonenumbers.tzdata",
    # PySide6 modules the app does not import (their Qt libraries stay when something links them)
    *(f"PySide6.{m}" for m in (
        "QtOpenGL", "QtOpenGLWidgets", "QtNetwork", "QtDBus", "QtQml", "QtQuick", "QtQuickWidgets",
        "QtQuickControls2", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebEngineQuick", "QtWebChannel",
        "QtPdf", "QtPdfWidgets", "QtMultimedia", "QtMultimediaWidgets", "Qt3DCore", "Qt3DRender",
        "QtPrintSupport", "QtSql", "QtTest", "QtXml", "QtUiTools", "QtDesigner", "QtHelp",
        "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort",
        "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtStateMachine", "QtTextToSpeech",
        "QtWebSockets", "QtHttpServer", "QtNetworkAuth", "QtConcurrent", "QtDataVisualization",
        "QtGraphs", "QtGraphsWidgets", "QtSpatialAudio", "QtAxContainer", "QtSvgWidgets")),
)
"""Modules PyInstaller must not collect even when a hook or an optional import names them."""

_QT_LIB = re.compile(r"^(?:lib)?Qt6(?P<name>\w+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)?$")
_QT_FRAMEWORK = re.compile(r"^Qt(?P<name>\w+)\.framework$")
_PLUGIN_SUFFIX = re.compile(r"(?:\.so|\.dll|\.dylib)$")
_QT_TRANSLATION = re.compile(r"^(?P<base>[a-z_]+?)_(?P<lang>[a-z]{2})(?:_[A-Z]{2})?\.qm$")


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(dest.replace("\\", "/")).parts


def plugin_name(file_name: str) -> str:
    """``libqxcb.so`` -> ``qxcb``; ``qwindows.dll`` -> ``qwindows``."""
    stem = _PLUGIN_SUFFIX.sub("", file_name)
    return stem[3:] if stem.startswith("lib") else stem


def keep_binary(dest: str, pyside_modules: frozenset[str] = PYSIDE_MODULES) -> bool:
    """Whether a collected binary (its path inside the bundle) stays;
    ``pyside_modules`` are the PySide6 Python modules kept (build.spec adds
    every one the app's code imports: :func:`app_pyside_modules`)."""
    parts = _parts(dest)
    if "PySide6" not in parts:
        return True
    if "plugins" in parts:
        i = parts.index("plugins")
        if len(parts) < i + 3:
            return True
        kept = KEEP_QT_PLUGINS.get(parts[i + 1])
        return kept is not None and plugin_name(parts[-1]) in kept
    for part in parts:
        match = _QT_FRAMEWORK.match(part)
        if match:
            return match.group("name") not in DROP_QT_LIBRARIES
    match = _QT_LIB.match(parts[-1])
    if match:
        return match.group("name") not in DROP_QT_LIBRARIES
    if parts[-1].startswith("Qt") and parts[-2] == "PySide6":  # a Python module: QtCharts.abi3.so
        return parts[-1].split(".", 1)[0] in pyside_modules
    return True


Entry = tuple[str, str, str]
"""A PyInstaller TOC entry: (path inside the bundle, source file, type code)."""


def select_binaries(binaries: list[Entry], keep: Callable[[str], bool] = keep_binary,
                    imports: Callable[[str], Iterable[tuple[str, str | None]]] | None = None) -> list[Entry]:
    """The binaries ``keep`` keeps, minus the libraries nothing kept needs any
    more (the GTK theme plugin alone drags in cairo, pango and friends).

    Roots are the kept Python extensions, Qt plugins and whatever nothing
    links to (loaded at run time); a library stays when a root links to it,
    directly or through others. ``imports(source file)`` lists what a binary
    links to as (name, resolved path or None): PyInstaller's own reader by
    default."""
    if imports is None:
        from PyInstaller.depend.bindepend import get_imports as imports
    files = [b for b in binaries if b[2] in ("BINARY", "EXTENSION")]
    by_key = {os.path.basename(b[0]): b for b in files}

    def closure(entries: list[Entry]) -> set[str]:
        seen: set[str] = set()
        todo = [b[1] for b in entries if b[2] in ("BINARY", "EXTENSION")]
        while todo:
            for name, path in imports(todo.pop()):
                k = os.path.basename(path or name)
                if k not in seen:
                    seen.add(k)
                    if k in by_key:
                        todo.append(by_key[k][1])
        return seen

    linked = closure(files)
    kept = [b for b in binaries if keep(b[0])]
    roots = [b for b in kept if b[2] in ("BINARY", "EXTENSION") and (
        b[2] == "EXTENSION" or "plugins" in _parts(b[0]) or os.path.basename(b[0]) not in linked)]
    needed = closure(roots) | {os.path.basename(b[0]) for b in roots}
    return [b for b in kept if b[2] not in ("BINARY", "EXTENSION") or os.path.basename(b[0]) in needed]


def without_dangling_links(entries: list[Entry], present: set[str]) -> list[Entry]:
    """``entries`` minus the SYMLINK entries whose target (relative to the
    link's folder) is not in ``present`` (bundle paths of what is kept)."""
    out = []
    for dest, src, typecode in entries:
        if typecode == "SYMLINK":
            target = os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace("\\", "/")
            if target not in present:
                continue
        out.append((dest, src, typecode))
    return out


def has_debug_info(path: str) -> bool:
    """Whether an ELF file carries DWARF debug sections or a full symbol
    table (``.symtab``, which only debuggers and ``nm`` read: the dynamic
    linker uses ``.dynsym``), per ``readelf -S``."""
    try:
        out = subprocess.run(["readelf", "-S", "-W", path], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return ".debug_info" in out.stdout or ".symtab" in out.stdout


def strip_debug_info(binaries: list[Entry], folder: Path) -> list[Entry]:
    """Binaries with debug info or a symbol table replaced by stripped copies
    in ``folder`` (``strip --strip-unneeded``: debug sections and local
    symbols go, the dynamic symbols stay). Touched: libpython and the
    standard library's extensions (debug info), NumPy's extensions and ICU's
    code libraries (symbol tables; 2.5 MB together). The libraries
    auditwheel copied into a ``<package>.libs`` folder are not given to
    ``strip``: patchelf rewrote their layout and a stripped copy fails to
    load ("ELF load command address/offset not page-aligned"); their symbol
    table alone is cut out by elf_trim.py instead (OpenBLAS: 1.0 MB).
    Linux only; a no-op without binutils."""
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        return binaries
    out: list[Entry] = []
    for dest, src, typecode in binaries:
        if src.endswith((".so", ".so.1.0")) or ".so." in os.path.basename(src) or typecode == "EXTENSION":
            if has_debug_info(src):
                target = folder / dest
                if not target.exists() or target.stat().st_mtime < os.path.getmtime(src):
                    target.parent.mkdir(parents=True, exist_ok=True)
                    if not _parts(dest)[0].endswith(".libs"):
                        subprocess.run(["strip", "--strip-unneeded", "-o", str(target), src], check=True,
                                       timeout=120)
                    elif not elf_trim.drop_symbol_table(Path(src), target):
                        shutil.copy2(src, target)
                src = str(target)
        out.append((dest, src, typecode))
    return out


def with_trimmed_icu(binaries: list[Entry], folder: Path,
                     languages: tuple[str, ...] = WINDOW_LANGUAGES) -> tuple[list[Entry], str]:
    """Binaries with ICU's data library swapped for one trimmed to
    ``languages`` (see icu_trim.py), and a line saying what was done."""
    import icu_trim

    out: list[Entry] = []
    note = "no ICU data library in the bundle"
    for dest, src, typecode in binaries:
        if re.fullmatch(r"libicudata\.so\.\d+", os.path.basename(dest)):
            trimmed = icu_trim.trimmed_library(Path(src), folder, languages)
            if trimmed is None:
                note = "ICU data kept whole: no C compiler or readelf on this machine"
            else:
                note = (f"ICU data trimmed to {', '.join(languages)}: "
                        f"{os.path.getsize(src) / 1e6:.1f} MB -> {trimmed.stat().st_size / 1e6:.1f} MB")
                src = str(trimmed)
        out.append((dest, src, typecode))
    return out, note


SYSTEM_LIBRARIES_FILE = Path(__file__).with_name("linux") / "system-libraries.txt"


def system_libraries(table: Path = SYSTEM_LIBRARIES_FILE) -> dict[str, str]:
    """``{library file name: Debian dependency}`` from system-libraries.txt
    (lines with ``-`` for the library are packages only, under ``-N`` keys)."""
    out: dict[str, str] = {}
    for n, line in enumerate(table.read_text(encoding="utf-8").splitlines()):
        line = line.split("#", 1)[0].strip()
        if line:
            library, package = line.split(None, 1)
            out[library if library != "-" else f"-{n}"] = " ".join(package.split())
    return out


def without_system_libraries(binaries: list[Entry], table: Path = SYSTEM_LIBRARIES_FILE) -> list[Entry]:
    """Binaries minus the desktop's own libraries (Linux: the .deb depends on them)."""
    libraries = {name for name in system_libraries(table) if not name.startswith("-")}
    return [b for b in binaries if not (len(_parts(b[0])) == 1 and b[0] in libraries)]


def keep_data(dest: str) -> bool:
    """Whether a collected data file stays: Qt's translations only for the
    window's languages and the catalogues the app loads; no test data."""
    parts = _parts(dest)
    if "PySide6" in parts and "translations" in parts:
        match = _QT_TRANSLATION.match(parts[-1])
        return bool(match and match.group("base") in QT_TRANSLATION_BASES
                    and match.group("lang") in WINDOW_LANGUAGES)
    if "PySide6" in parts and ("qml" in parts or parts[-1].endswith((".pyi", ".typed"))):
        return False
    return not any(p in ("tests", "testing") for p in parts[:-1])


def resource_datas(root: Path) -> list[tuple[str, str]]:
    """``(source file, folder in the bundle)`` for every shipped file of
    ``root/resources`` (the app's own rule: desktop.services.paths)."""
    from desktop.services.paths import shipped_resources

    resources = root / "resources"
    return [(str(resources / rel), str(PurePosixPath("resources", rel).parent))
            for rel in shipped_resources(resources)]


def migration_datas(root: Path) -> list[tuple[str, str]]:
    """The Alembic scripts (read as files by Alembic, so they ship as data)."""
    folder = root / "desktop" / "storage" / "migrations"
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and "__pycache__" not in rel.parts and path.suffix in (".py", ".mako", ".ini"):
            out.append((str(path), rel.parent.as_posix()))
    return out


DEV_ONLY_PACKAGES: tuple[str, ...] = ("bench",)
"""Subpackages of desktop/ for developers (the benchmarks run the source tree and TextBlob):
always left out, and their imports do not count as the app's."""


def imported_modules(package: Path) -> set[str]:
    """Full names of every module imported anywhere under ``package`` (its
    dev-only subpackages aside): ``jinja2.sandbox``, ``PySide6.QtCore``..."""
    names: set[str] = set()
    for path in package.rglob("*.py"):
        if path.relative_to(package).parts[0] in DEV_ONLY_PACKAGES:
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
    return names


def imports_of(package: Path) -> set[str]:
    """Top-level names of every module imported anywhere under ``package``
    (its dev-only subpackages aside)."""
    names: set[str] = set()
    for path in package.rglob("*.py"):
        if path.relative_to(package).parts[0] in DEV_ONLY_PACKAGES:
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
    return names


def app_pyside_modules(package: Path) -> frozenset[str]:
    """:data:`PYSIDE_MODULES` plus every PySide6 module the app's code
    imports (``PySide6.QtSvg`` -> ``QtSvg``), so a page that starts using
    one never finds it missing in the bundle."""
    used = {name.split(".")[1] for name in imported_modules(package)
            if name.startswith("PySide6.") and name.count(".") >= 1}
    return PYSIDE_MODULES | frozenset(used)


def excluded_modules(package: Path) -> list[str]:
    """:data:`EXCLUDED_MODULES` minus any module the app's code imports itself
    (so a new feature's dependency is never left out of the bundle by an old
    rule), plus TextBlob and NLTK unless the app's code imports TextBlob (its
    lexicon is compiled into resources/lexicons/en.json, so today nothing does)."""
    used = imported_modules(package)

    def imported(module: str) -> bool:
        return any(name == module or name.startswith(module + ".") for name in used)

    excluded = [m for m in EXCLUDED_MODULES if not imported(m)]
    excluded += [f"desktop.{name}" for name in DEV_ONLY_PACKAGES]  # the CLI guards their import
    if not imported("textblob"):
        excluded += ["textblob", "nltk"]
    return excluded
