"""The desktop integration files agree with each other and with the program: one file type, one extension,
the signature the program writes. (The builds themselves are tested in tests/packaging.)"""

import configparser
import plistlib
import struct
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from pim_desktop.storage.db import APPLICATION_ID

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
MIME_TYPE = "application/x-pim-operation"


def test_the_linux_file_type_recognises_pim_files_by_extension_and_signature():
    namespace = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ElementTree.parse(PACKAGING / "linux" / "pim-desktop-mime.xml").getroot()
    mime = root.find("m:mime-type", namespace)
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", namespace).get("pattern") == "*.pim"
    signature = mime.find("m:magic/m:match/m:match", namespace)
    assert signature.get("offset") == "68"
    assert signature.get("value").encode("ascii") == struct.pack(">I", APPLICATION_ID)


def test_the_linux_menu_entry_opens_pim_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive in .desktop files
    entry.read(PACKAGING / "linux" / "pim-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "pim-desktop %f" and section["Icon"] == "pim-desktop"
    assert MIME_TYPE in section["MimeType"].split(";")


def test_the_macos_application_owns_the_pim_file_type():
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        info = plistlib.load(handle)
    (declared,) = info["UTExportedTypeDeclarations"]
    tags = declared["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["pim"] and tags["public.mime-type"] == MIME_TYPE
    (document,) = info["CFBundleDocumentTypes"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert document["CFBundleTypeRole"] == "Editor"


def test_the_windows_installer_associates_pim_files_with_the_program():
    script = (PACKAGING / "windows" / "pim-desktop.nsi").read_text(encoding="utf-8")
    assert 'WriteRegStr HKCU "Software\\Classes\\.pim" "" "${FILE_CLASS}"' in script
    assert 'shell\\open\\command" "" \'"$INSTDIR\\${PROGRAM}" "%1"\'' in script
    assert 'CreateShortcut "$SMPROGRAMS\\${PRODUCT}.lnk"' in script
    assert "RequestExecutionLevel user" in script  # no administrator rights needed


def test_the_bundle_carries_the_notices_of_the_encryption_it_ships():
    """sqlcipher3 has SQLCipher and OpenSSL compiled in: their licences ask for their notices."""
    spec = (PACKAGING / "pim-desktop.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "packaging" / "licenses"), "licenses")' in spec
    notices = {path.name: path.read_text(encoding="utf-8") for path in (PACKAGING / "licenses").glob("*.txt")}
    assert "Gerhard Häring" in notices["sqlcipher3.txt"]
    assert (
        "ZETETIC LLC" in notices["SQLCipher.txt"]
        and "Redistributions in binary form" in notices["SQLCipher.txt"]
    )
    assert "Apache License" in notices["OpenSSL.txt"] and "Version 2.0" in notices["OpenSSL.txt"]


def test_the_bundle_carries_the_notices_of_the_shared_servers_parts_and_psycopg_can_be_replaced():
    """psycopg is LGPL-3.0: its notice carries that licence and the GPL it builds on, and says how to replace
    it, which the bundle allows by carrying it as its own source files; psycopg-binary carries libpq
    (PostgreSQL Licence); keyring is MIT."""
    notices = {path.name: path.read_text(encoding="utf-8") for path in (PACKAGING / "licenses").glob("*.txt")}
    psycopg = notices["psycopg.txt"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE\n                       Version 3" in psycopg
    assert "GNU GENERAL PUBLIC LICENSE\n                       Version 3" in psycopg
    assert "Replacing it." in psycopg and "_internal" in psycopg
    postgresql = notices["PostgreSQL.txt"]
    assert "PostgreSQL Global Development Group" in postgresql and "Permission to use, copy" in postgresql
    keyring = notices["keyring.txt"]
    assert "MIT License" in keyring and "Permission is hereby granted" in keyring
    spec = (PACKAGING / "pim-desktop.spec").read_text(encoding="utf-8")
    assert 'module_collection_mode={"psycopg": "py"}' in spec


def test_every_python_distribution_the_bundle_carries_has_its_notice():
    """MIT and BSD licences ask that their notice travel with the program: each distribution the program
    needs to run brings its own licence files into the bundle, or has its notice written in licenses/."""
    sys.path.insert(0, str(PACKAGING))
    try:
        from notices import WRITTEN_HERE, bundled_notices, notice_files, runtime_distributions
    finally:
        sys.path.remove(str(PACKAGING))
    carried = runtime_distributions()
    assert {"sqlalchemy", "alembic", "psycopg", "psycopg-binary", "pyside6-essentials", "reportlab"} <= set(
        carried
    )
    without = {name for name, distribution in carried.items() if not notice_files(distribution)}
    assert without <= set(WRITTEN_HERE), without
    for name in without:
        assert (
            "GNU LESSER GENERAL PUBLIC LICENSE" in (PACKAGING / "licenses" / WRITTEN_HERE[name]).read_text()
        )
    folders = {folder for _file, folder in bundled_notices()}
    assert "licenses/python/sqlalchemy" in folders and "licenses/python/psycopg-binary" in folders
    assert all(Path(file).is_file() for file, _folder in bundled_notices())
