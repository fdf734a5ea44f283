"""The Info.plist values of Regulars.app (build.spec passes them to
PyInstaller's BUNDLE on macOS). Build-time only; never shipped."""
from __future__ import annotations

WINDOW_LANGUAGES = ("en", "de", "it", "fr", "es", "pt", "sv", "nl", "ru")
MINIMUM_MACOS = "11.0"
"""Qt 6.8+ supports macOS 11 (Big Sur) and later."""


def info_plist(version: str) -> dict[str, object]:
    """Info.plist keys for ``version`` (the pyproject version)."""
    return {
        "CFBundleName": "Regulars",
        "CFBundleDisplayName": "Regulars",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": list(WINDOW_LANGUAGES),  # so the Qt menus follow the system language
        "LSApplicationCategoryType": "public.app-category.business",
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSHumanReadableCopyright": "Regulars",
        # Files owners drop on the Dock icon: review and POS exports.
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Review or customer export",
            "CFBundleTypeRole": "Viewer",
            "LSHandlerRank": "Alternate",
            "LSItemContentTypes": ["public.comma-separated-values-text", "public.json",
                                   "org.openxmlformats.spreadsheetml.sheet", "public.zip-archive"],
        }],
    }
