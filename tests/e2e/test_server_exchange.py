"""`import` and `merge` into an operation on a real server, as an editor: what they add is stored on the
server, with new ids from its sequences, and audited as the editor's."""

import json
from dataclasses import replace
from pathlib import Path

import psycopg

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.helpers import run_cli
from tests.postgres import Server, database_of
from tests.shared_server import CHIEF, OFFICER, PASSWORDS, as_user, cli, counts, user_env

PARTNERS = """Organisation name,Acronym,Type
Akkar Women's Network,AWN,National NGO
Bekaa Legal Aid,BLA,National NGO
Tripoli Youth Forum,TYF,National NGO
"""


def test_an_editor_imports_a_partners_sheet_into_the_server(
    shared: str, tmp_path: Path, postgres_server: Server
):
    sheet = tmp_path / "partners.csv"
    sheet.write_text(PARTNERS, encoding="utf-8")
    officer = as_user(shared, OFFICER)
    dry = run_cli("import", officer, sheet, "--kind", "organisations", "--dry-run", env=user_env(OFFICER))
    assert dry.returncode == 0, dry.stderr
    assert counts(shared, CHIEF)["organisations"] == 24  # a dry run writes nothing
    said = cli("import", officer, sheet, "--kind", "organisations", env=user_env(OFFICER))
    assert "3 added" in said
    assert counts(shared, CHIEF)["organisations"] == 27
    with psycopg.connect(
        host=str(postgres_server.folder), dbname=database_of(shared), user=CHIEF, password=PASSWORDS[CHIEF]
    ) as chief:
        names = chief.execute("SELECT name, id FROM organisation ORDER BY id DESC LIMIT 3").fetchall()
        audited = chief.execute(
            "SELECT who, count(*) FROM pim_audit WHERE table_name = 'organisation' AND operation = 'INSERT' "
            "GROUP BY who ORDER BY who"
        ).fetchall()
    assert {name for name, _id in names} == {
        "Akkar Women's Network",
        "Bekaa Legal Aid",
        "Tripoli Youth Forum",
    }
    assert audited == [(OFFICER, 3), ("postgres", 24)]


def test_an_editor_merges_a_colleagues_file_into_the_server(shared: str, sample_file: Path, monkeypatch):
    with open_operation(sample_file) as colleagues:  # the colleague's copy gains a public system
        systems = SystemService(colleagues)
        model = systems.get(min(systems.stored_values(("name",))))
        systems.add(replace(model.details, name="Community feedback hotline", sensitivity=Sensitivity.PUBLIC))
    officer = as_user(shared, OFFICER)
    merged = cli("merge", officer, sample_file, env=user_env(OFFICER))
    assert "new system: Community feedback hotline" in merged
    assert "up to your clearance, restricted, was compared" in merged
    assert "Palestinian refugee registration" not in merged  # strictly confidential: neither seen nor added
    assert counts(shared, CHIEF)["systems"] == 41
    # the server's sequence continues after the published and merged ids: a new system gets a fresh one
    monkeypatch.setenv("PGPASSWORD", PASSWORDS[OFFICER])
    with open_operation(officer) as on_server:
        systems = SystemService(on_server)
        added = systems.add(
            replace(model.details, name="Referral pathway tracker", sensitivity=Sensitivity.PUBLIC)
        )
        assert systems.get(added).details.name == "Referral pathway tracker"
    document = json.loads(cli("info", as_user(shared, CHIEF), "--json", env=user_env(CHIEF)))
    assert document["counts"]["systems"] == 42
