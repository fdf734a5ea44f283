"""The Debian package: resources/packaging/linux/build-deb.sh turns the
session's frozen build into regulars_<version>_amd64.deb; unpacked with
dpkg-deb, it holds the app under /opt/regulars, a desktop entry, an icon and
a working `regulars` command whose self-test passes."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from frozen_helpers import ROOT, isolated_env

pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    not sys.platform.startswith("linux") or shutil.which("dpkg-deb") is None,
    reason="needs Linux and dpkg-deb")]

BUILD_DEB = ROOT / "resources" / "packaging" / "linux" / "build-deb.sh"
DEB_BUDGET_BYTES = 60 * 1000 * 1000
"""The .deb must stay within 60 MB."""
TEST_XZ_LEVEL = "1"
"""The test compresses at xz level 1 (about 25 s instead of 2 minutes): a package that
fits the budget at level 1 fits it at the release's level 9, which only shrinks it."""


@pytest.fixture(scope="module")
def deb(bundle) -> Path:
    from desktop.core.version import source_version

    out = subprocess.run(["bash", str(BUILD_DEB)],
                         env={**os.environ, "DISTPATH": str(bundle.dist), "DEB_XZ_LEVEL": TEST_XZ_LEVEL},
                         capture_output=True, text=True, timeout=1200)
    assert out.returncode == 0, out.stderr
    path = Path(out.stdout.strip().splitlines()[-1])
    assert path == bundle.dist / f"regulars_{source_version()}_amd64.deb"
    return path


def test_the_package_is_small_and_says_what_it_is(deb):
    size = deb.stat().st_size
    print(f".deb at xz level {TEST_XZ_LEVEL}: {size / 1e6:.1f} MB ({size:,} bytes)")
    assert size <= DEB_BUDGET_BYTES
    fields = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "Package: regulars" in fields and "Architecture: amd64" in fields
    depends = next(line for line in fields.splitlines() if line.startswith("Depends:"))
    for package in ("libxcb-cursor0", "libfontconfig1", "libstdc++6 (>= 12)", "libegl1", "libdbus-1-3"):
        assert package in depends


def test_unpacked_it_installs_under_opt_with_a_menu_entry_and_a_command(deb, tmp_path):
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    assert (root / "opt/regulars/Regulars").is_file()
    command = root / "usr/bin/regulars"
    assert command.is_symlink() and os.readlink(command) == "../../opt/regulars/Regulars"
    entry = (root / "usr/share/applications/regulars.desktop").read_text(encoding="utf-8")
    assert "Exec=regulars\n" in entry and "Icon=regulars\n" in entry and "Comment[de]=" in entry
    assert (root / "usr/share/icons/hicolor/scalable/apps/regulars.svg").read_bytes().startswith(b"<svg")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(root / "usr/share/applications/regulars.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr
    out = subprocess.run([str(command), "self-test"], env=isolated_env(tmp_path / "home"),
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "self-test: all checks passed" in out.stdout
