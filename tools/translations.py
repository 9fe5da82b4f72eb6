"""Gather the words to translate, and build the catalogues the program loads.

    python tools/translations.py update   # after changing words: refresh the .ts and .po sources
    python tools/translations.py build    # the set-up runs this: .ts -> .qm (Qt), .po -> .mo (gettext)
    python tools/translations.py build FILE...   # only these sources (what make finds out of date)

The window's words (pim_desktop/gui and the forms in ui/) go to pim_desktop_LANG.ts through Qt's lupdate;
the words of the core (exports, labels) go to pim_desktop_LANG.po through Babel. Translations already made
are kept; words no longer used are marked obsolete. A count is said with Qt's "%n" in the window and with
ngettext in the core: English needs no catalogue of its own in the core (gettext's English rule is built
in), but in the window its forms ("%n row(s)": "1 row", "2 rows") are in pim_desktop_en.ts, which holds
only the messages with a count.
"""

import subprocess
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "ar")
PLURAL_FORMS_ONLY = "en"  # the source language: its .ts gives only the forms of the messages with a count
DOMAIN = "pim_desktop"
HEADER = "# PIM Desktop: the words of the exports and labels, translated. Edit msgstr lines only.\n"


def qt_tool(name: str) -> str:
    """lupdate and lrelease ship inside the PySide6 package; found there, they work in a venv and in the
    isolated environment a wheel is built in, where no console script sits beside the python."""
    import PySide6

    return str(Path(PySide6.__file__).resolve().parent / name)


def _core_messages() -> Catalog:
    template = Catalog(project="PIM Desktop", charset="utf-8")

    def outside_the_window(path: str) -> bool:
        return "gui" not in Path(path).parts

    found = extract_from_dir(
        ROOT / "pim_desktop",
        method_map=[("**.py", "python")],
        keywords={"_": None, "N_": None, "ngettext": (1, 2)},
        comment_tags=("TRANSLATORS:",),
        callback=None,
        strip_comment_tags=True,
    )
    for filename, line, message, comments, context in found:
        if outside_the_window(filename):
            template.add(
                message,
                locations=[(f"pim_desktop/{filename}", line)],
                auto_comments=comments,
                context=context,
            )
    return template


def update() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "pim_desktop" / "gui").rglob("*.py"))
    forms = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    targets = [str((FOLDER / f"{DOMAIN}_{code}.ts").relative_to(ROOT)) for code in LANGUAGES]
    lupdate = [qt_tool("lupdate"), "-locations", "none", "-no-obsolete", *sources, *forms]
    subprocess.run([*lupdate, "-ts", *targets], check=True, cwd=ROOT)
    english = FOLDER / f"{DOMAIN}_{PLURAL_FORMS_ONLY}.ts"
    subprocess.run([*lupdate, "-pluralonly", "-ts", str(english.relative_to(ROOT))], check=True, cwd=ROOT)
    template = _core_messages()
    for code in LANGUAGES:
        path = FOLDER / f"{DOMAIN}_{code}.po"
        if path.exists():
            with path.open("rb") as handle:
                catalog = read_po(handle, locale=code)
        else:
            catalog = Catalog(locale=code, project="PIM Desktop", charset="utf-8", header_comment=HEADER)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.fuzzy = False
        with path.open("wb") as handle:
            write_po(handle, catalog, width=110, omit_header=False, include_lineno=False)
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages")


def build(*only: str) -> None:
    """Compile every source, or `only` these (paths of .ts and .po files)."""
    sources = [Path(path) for path in only] or sorted([*FOLDER.glob("*.ts"), *FOLDER.glob("*.po")])
    for source in sources:
        if source.suffix == ".ts":
            lrelease = [qt_tool("lrelease"), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))]
            subprocess.run(lrelease, check=True)
            continue
        with source.open("rb") as handle:
            catalog = read_po(handle)
        with source.with_suffix(".mo").open("wb") as handle:
            write_mo(handle, catalog)


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update()
    elif sys.argv[1:2] == ["build"]:
        build(*sys.argv[2:])
    else:
        sys.exit(__doc__)
