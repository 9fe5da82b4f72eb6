"""Builds what a user double-clicks, on the system it runs on (PyInstaller cannot build for another one).

    python packaging/release.py bundle     # dist/pim-desktop/, the self-contained folder (+ PIM Desktop.app)
    python packaging/release.py portable   # dist/pim-desktop-VERSION-SYSTEM-portable.(zip|tar.gz)
    python packaging/release.py installer  # Windows: setup.exe (NSIS); macOS: .dmg; Linux: .tar.gz

Needs the packaging extra: pip install '.[packaging]' (and NSIS's makensis on Windows). `make bundle`,
`make portable` and `make installer` do the same from a checkout. packaging/README.md says more.
"""

import argparse
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
NAME = "pim-desktop"
PORTABLE_FOLDER = "PIM Desktop data"  # the same name pim_desktop.paths looks for beside the executable


def version() -> str:
    from pim_desktop import __version__  # the one place it is written (pyproject.toml reads it from there)

    return __version__


def system_name() -> str:
    return (
        {"win32": "windows", "darwin": "macos"}.get(sys.platform, "linux") + "-" + platform.machine().lower()
    )


def bundle(dist: Path) -> Path:
    """The folder bundle, built by PyInstaller from packaging/pim-desktop.spec."""
    work = ROOT / "build" / "pyinstaller"
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
            "--distpath", str(dist), "--workpath", str(work), str(PACKAGING / "pim-desktop.spec"),
        ],
        check=True,
    )  # fmt: skip
    return dist / NAME


def _archive(folder: Path, target_without_suffix: Path) -> Path:
    """A zip on Windows (what Explorer opens), a tar.gz elsewhere (it keeps the programs executable)."""
    kind = "zip" if sys.platform == "win32" else "gztar"
    return Path(shutil.make_archive(str(target_without_suffix), kind, folder.parent, folder.name))


def portable(bundle_dir: Path, dist: Path) -> Path:
    """The bundle with an empty data folder beside the program: unpacked on a USB stick or in Documents, it
    keeps its settings, sample operation and backups there and writes nothing anywhere else."""
    with tempfile.TemporaryDirectory() as staging:
        folder = Path(staging) / "PIM Desktop"
        shutil.copytree(bundle_dir, folder, symlinks=True)
        (folder / PORTABLE_FOLDER).mkdir()
        return _archive(folder, dist / f"{NAME}-{version()}-{system_name()}-portable")


def windows_installer(bundle_dir: Path, dist: Path, makensis: str = "makensis") -> Path:
    target = dist / f"{NAME}-{version()}-setup.exe"
    subprocess.run(
        [
            makensis, "-V2", f"-DVERSION={version()}", f"-DBUNDLE={bundle_dir}", f"-DOUTFILE={target}",
            str(PACKAGING / "windows" / "pim-desktop.nsi"),
        ],
        check=True,
    )  # fmt: skip
    return target


def macos_disk_image(dist: Path) -> Path:
    target = dist / f"PIM-Desktop-{version()}.dmg"
    subprocess.run(
        [
            "hdiutil", "create", "-volname", "PIM Desktop", "-srcfolder", str(dist / "PIM Desktop.app"),
            "-ov", "-format", "UDZO", str(target),
        ],
        check=True,
    )  # fmt: skip
    return target


def linux_release(bundle_dir: Path, dist: Path) -> Path:
    """The bundle with install.sh, the menu entry, the .pim file type and the icon beside it."""
    with tempfile.TemporaryDirectory() as staging:
        folder = Path(staging) / f"{NAME}-{version()}"
        shutil.copytree(bundle_dir, folder / NAME, symlinks=True)
        for name in ("install.sh", "pim-desktop.desktop", "pim-desktop-mime.xml"):
            shutil.copy2(PACKAGING / "linux" / name, folder / name)
        shutil.copy2(ROOT / "resources" / "icons" / "pim-desktop.svg", folder / "pim-desktop.svg")
        return _archive(folder, dist / f"{NAME}-{version()}-{system_name()}")


def installer(bundle_dir: Path, dist: Path) -> Path:
    if sys.platform == "win32":
        return windows_installer(bundle_dir, dist)
    if sys.platform == "darwin":
        return macos_disk_image(dist)
    return linux_release(bundle_dir, dist)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=["bundle", "portable", "installer"])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the results go (dist/)")
    args = parser.parse_args()
    dist = args.dist.resolve()
    made = bundle(dist)
    if args.what == "portable":
        made = portable(made, dist)
    elif args.what == "installer":
        made = installer(made, dist)
    print(f"Built {made}")


if __name__ == "__main__":
    main()
