"""Action items from spreadsheets: the program's own export reads back whole, and a facilitator's French
sheet becomes a plan."""

from pathlib import Path

from tests.helpers import run_cli, sqlite_rows

ITEMS = (
    "SELECT p.title, g.theme, g.team_leader, i.number, i.challenge, i.timeline, i.due_date, i.status, "
    "i.category_id IS NOT NULL, i.process_step_id IS NOT NULL, i.principle_id IS NOT NULL, "
    "(SELECT group_concat(text, '|') FROM "
    "(SELECT text FROM action_point WHERE item_id = i.id ORDER BY position)), "
    "(SELECT group_concat(name || ':' || kind, '|') FROM (SELECT name, kind FROM action_focal_point "
    "WHERE item_id = i.id ORDER BY position)) "
    "FROM action_item i JOIN action_group g ON g.id = i.group_id JOIN action_plan p ON p.id = g.plan_id "
    "ORDER BY p.title, g.position, i.number"
)


def test_exported_action_plans_import_back_whole(sample_file: Path, tmp_path: Path):
    workbook, target = tmp_path / "plans.xlsx", tmp_path / "new.pim"
    assert (
        run_cli(
            "export", sample_file, "--view", "action-plans", "--format", "xlsx", "-o", workbook
        ).returncode
        == 0
    )
    assert run_cli("new", target, "--name", "Empty").returncode == 0
    result = run_cli("import", target, workbook)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "action-items" in result.stdout and "4 added" in result.stdout
    assert sqlite_rows(target, ITEMS) == sqlite_rows(sample_file, ITEMS)
    assert sqlite_rows(target, "SELECT name FROM action_group_member ORDER BY position") == [
        ("Rana",),
        ("Omar",),
        ("Maria",),
        ("Fred",),
        ("Jad",),
    ]
    again = run_cli("import", target, workbook)
    assert "0 added, 0 updated, 4 unchanged" in again.stdout


def test_a_facilitators_french_sheet_becomes_a_plan(sample_file: Path, tmp_path: Path):
    source = tmp_path / "atelier.csv"
    source.write_text(
        "Plan d'action;Groupe;N°;Défi;Points d'action;Échéance;Point focal;Statut;Principe\n"
        "Atelier PIM Beyrouth;Partage des données;1;Pas d'accord de partage;\"- Rédiger un accord\n"
        '- Le faire signer";T1 2027;Rana (HCR), Omar;en cours;Informed consent\n'
        "Atelier PIM Beyrouth;Partage des données;2;Données non anonymisées;Former les équipes;2027;Jad;"
        "à faire;\n",
        encoding="utf-8",
    )
    result = run_cli("import", sample_file, source)
    assert result.returncode == 0, result.stdout + result.stderr
    rows = sqlite_rows(
        sample_file,
        "SELECT i.number, i.challenge, i.timeline, i.status FROM action_item i JOIN action_group g ON g.id = "
        "i.group_id JOIN action_plan p ON p.id = g.plan_id WHERE p.title = 'Atelier PIM Beyrouth' "
        "ORDER BY i.number",
    )
    assert rows == [
        (1, "Pas d'accord de partage", "T1 2027", "in-progress"),
        (2, "Données non anonymisées", "2027", "not-started"),
    ]
    points = sqlite_rows(
        sample_file,
        "SELECT text FROM action_point WHERE item_id = (SELECT id FROM action_item WHERE challenge = "
        "'Pas d''accord de partage') ORDER BY position",
    )
    assert points == [("Rédiger un accord",), ("Le faire signer",)]
    people = sqlite_rows(
        sample_file,
        "SELECT name, organisation FROM action_focal_point WHERE item_id = (SELECT id FROM action_item WHERE "
        "challenge = 'Pas d''accord de partage') ORDER BY position",
    )
    assert people == [("Rana", "HCR"), ("Omar", "")]
    linked = sqlite_rows(
        sample_file,
        "SELECT p.code FROM action_item i JOIN principle p ON p.id = i.principle_id WHERE i.challenge = "
        "'Pas d''accord de partage'",
    )
    assert linked == [("informed_consent",)]


def test_plan_and_group_names_follow_the_windows_rules_and_travel_on_as_json(tmp_path: Path):
    """A title too long is refused for its row; one of invisible characters only goes to the default plan,
    as an empty one does; and what the sheet brought exports to JSON and imports again."""
    operation, copy, exported = tmp_path / "op.pim", tmp_path / "copy.pim", tmp_path / "op.json"
    for path, name in ((operation, "Sheet"), (copy, "Copy")):
        assert run_cli("new", path, "--name", name).returncode == 0
    header, long_title = "Plan,Group,Challenge,Members\n", "Workshop " * 30
    source = tmp_path / "sheet.csv"
    source.write_text(header + f"{long_title},Data,Too long a plan,\n", encoding="utf-8")
    refused = run_cli("import", operation, source)
    assert refused.returncode == 1 and "row 2: error: The plan title is too long" in refused.stdout
    source.write_text(
        header + "\u200b,\u2060,Invisible plan and group,Rana\u0007\n"
        'Beirut  workshop ,  Data sharing,No sharing agreement,"Omar, Jad"\n',
        encoding="utf-8",
    )
    result = run_cli("import", operation, source)
    assert result.returncode == 0, result.stdout + result.stderr
    groups = "SELECT p.title, g.theme FROM action_group g JOIN action_plan p ON p.id = g.plan_id ORDER BY 1"
    assert sqlite_rows(operation, groups) == [
        ("Beirut workshop", "Data sharing"),
        ("Imported action plan", "General"),
    ]
    members = "SELECT name FROM action_group_member ORDER BY name"
    assert sqlite_rows(operation, members) == [("Jad",), ("Omar",), ("Rana",)]
    written = run_cli("export", operation, "--view", "report", "--format", "json", "-o", exported)
    assert written.returncode == 0, written.stderr
    again = run_cli("import", copy, exported)
    assert again.returncode == 0, again.stderr
    assert sqlite_rows(copy, groups) == sqlite_rows(operation, groups)
