"""On a server, View > Changes, the changes export and a record's history read the server's audit: a
milestone, twenty edits, and the comparison lists exactly them with the login as who, as on a file; each
login reads only the changes its clearance shows (the server filters); a change made outside the program is
there too (issue 24)."""

import threading
from dataclasses import dataclass, replace
from pathlib import Path

import psycopg
import pytest
from openpyxl import load_workbook

from pim_desktop.domain.changes import ChangeKind, LoggedChange
from pim_desktop.domain.enums import Sensitivity, SystemStatus
from pim_desktop.services.change_comparison import compare
from pim_desktop.services.changes import ChangeLog
from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import open_operation
from pim_desktop.services.systems import SystemService
from tests.postgres import Server, database_of, superuser_connection
from tests.shared_server import CHIEF, GUEST, OFFICER, PASSWORDS, as_user, cli, opened, user_env
from tests.twenty_edits import (
    MILESTONE,
    Row,
    record_lines,
    seen_with,
    twenty_edits,
    twenty_edits_on,
    without_before_where_unknown,
)


@dataclass(frozen=True)
class Edited:
    url: str
    expected: set[Row]
    levels: dict[str, Sensitivity]  # the sensitivity of the systems the edits name

    def above(self, level: Sensitivity) -> set[str]:
        return {name for name, each in self.levels.items() if each.rank > level.rank}

    def seen_by(self, clearance: Sensitivity) -> set[Row]:
        return seen_with(self.expected, self.levels, clearance)


@pytest.fixture
def edited(shared: str) -> Edited:
    """The chief marks the milestone and makes the twenty edits on the server."""
    with opened(shared, CHIEF) as operation:
        expected, levels = twenty_edits_on(operation)
    return Edited(shared, expected, levels)


def login(server: Server, url: str, name: str) -> psycopg.Connection:
    return psycopg.connect(
        host=str(server.folder), dbname=database_of(url), user=name, password=PASSWORDS[name], autocommit=True
    )


def exported(url: str, name: str, target: Path) -> list[tuple]:
    """The changes since the milestone as `name` exports them with the command."""
    cli(
        "export", as_user(url, name), "--view", "changes", "--since", MILESTONE, "--format", "xlsx",
        "-o", target, env=user_env(name),
    )  # fmt: skip
    return list(load_workbook(target)["Changes"].iter_rows(min_row=2, values_only=True))


def content(changes: list[LoggedChange]) -> list[tuple]:
    return sorted((c.table, c.row, c.operation, sorted(c.fields.items(), key=str)) for c in changes)


def test_the_servers_audit_gives_the_changes_the_files_log_gives(
    shared: str, sample_file: Path, postgres_server: Server
):
    """The same twenty edits on the file the server was published from and on the server: the same changes,
    record by record and field by field, from and to; only who and when are the server's."""
    twenty_edits(sample_file)
    with open_operation(sample_file, read_only=True) as on_file:
        log = ChangeLog(on_file)
        in_file = log.logged(log.milestone_named(MILESTONE).position)
    with opened(shared, CHIEF) as operation:
        twenty_edits_on(operation)
        log = ChangeLog(operation)
        on_server = log.logged(log.milestone_named(MILESTONE).position)
    assert len(on_server) >= 20 and content(on_server) == content(in_file)
    assert {c.who for c in on_server} == {CHIEF} and {c.who for c in in_file} == {"IM officer"}
    with superuser_connection(postgres_server, database_of(shared)) as superuser:
        assert superuser.execute("SELECT count(*) FROM change_log").fetchone() == (0,)  # the audit is the log


def test_the_export_of_the_server_lists_exactly_the_twenty_edits_by_the_login(edited: Edited, tmp_path: Path):
    lines = exported(edited.url, CHIEF, tmp_path / "changes.xlsx")
    assert without_before_where_unknown(record_lines(lines), edited.expected) == edited.expected
    assert {line[6] for line in lines if line[0] != "Gap"} == {CHIEF}
    assert not [line for line in lines if line[0] == "Gap"]  # as on the file: the sample has cover to spare


def test_an_officer_reads_no_change_to_a_system_above_their_clearance(edited: Edited, tmp_path: Path):
    hidden = edited.above(Sensitivity.RESTRICTED)
    touched = {r[2] for r in edited.expected if r[0] == "Information system"}
    assert touched & hidden and touched - hidden  # the edits touch systems on both sides
    lines = exported(edited.url, OFFICER, tmp_path / "officer.xlsx")
    seen = edited.seen_by(Sensitivity.RESTRICTED)
    assert without_before_where_unknown(record_lines(lines), seen) == seen
    cells = " ".join(str(value) for line in lines for value in line if value is not None)
    for name in hidden:
        assert name not in cells  # in no change, and in no gap
    guest = exported(edited.url, GUEST, tmp_path / "guest.xlsx")
    public = edited.seen_by(Sensitivity.PUBLIC)
    assert without_before_where_unknown(record_lines(guest), public) == public
    assert not {r for r in public if r[0] == "Challenge"}
    with opened(edited.url, CHIEF) as operation:
        log = ChangeLog(operation)
        chiefs = compare(operation, log.milestone_named(MILESTONE))
    assert touched <= {c.name for c in chiefs.changes}


def test_a_milestones_picture_shows_each_login_the_systems_of_its_clearance(edited: Edited):
    pictures = {}
    for name in (CHIEF, OFFICER, GUEST):
        with opened(edited.url, name) as operation:
            log = ChangeLog(operation)
            pictured = log.picture(log.milestone_named(MILESTONE))["systems"]
            pictures[name] = {(s["name"], s["sensitivity"]) for s in pictured}
    assert len(pictures[CHIEF]) == 40  # every system, as the chief marked it
    assert {level for _name, level in pictures[OFFICER]} == {"public", "restricted"}
    assert {level for _name, level in pictures[GUEST]} == {"public"}
    assert pictures[GUEST] < pictures[OFFICER] < pictures[CHIEF]


def test_a_milestone_marked_by_an_officer_pictures_every_system(shared: str):
    with opened(shared, OFFICER) as operation:
        log = ChangeLog(operation)
        picture_now = log.picture_now()
        milestone = log.mark_milestone("Marked by the officer")
        assert milestone.who == OFFICER
        assert log.picture(milestone) == picture_now  # as far as the officer sees
    with opened(shared, CHIEF) as operation:
        log = ChangeLog(operation)
        assert log.picture(log.milestone_named("Marked by the officer")) == log.picture_now()
        assert len(log.picture_now()["systems"]) == 40


def test_the_gaps_name_to_each_login_only_the_systems_of_its_clearance(shared: str):
    """The chief ends the three systems of a category, one of them confidential: the chief's gaps name all
    three, the officer's the two restricted ones only."""
    with opened(shared, CHIEF) as operation:
        ChangeLog(operation).mark_milestone(MILESTONE)
        category = next(c for c in MatrixService(operation).matrix().categories if c.id == 6)
        systems = SystemService(operation)
        ended = {}
        for summary in MappingService(operation).system_summaries():
            if category.id in summary.category_ids and summary.status is SystemStatus.ACTIVE:
                systems.update(
                    summary.id, replace(systems.get(summary.id).details, status=SystemStatus.ENDED)
                )
                ended[summary.name] = summary.sensitivity
    assert sorted(level.value for level in ended.values()) == ["confidential", "restricted", "restricted"]
    named = {}
    for name in (CHIEF, OFFICER):
        with opened(shared, name) as operation:
            comparison = compare(operation, ChangeLog(operation).milestone_named(MILESTONE))
        gaps = comparison.only(ChangeKind.GAP)
        assert gaps and all(g.name.endswith(category.label) and g.what.value == "opened" for g in gaps)
        named[name] = {system for gap in gaps for system in gap.fields[0].before.split(", ")}
        assert {c.name for c in comparison.changes if c.kind is ChangeKind.SYSTEM} == named[name]
    assert named[CHIEF] == set(ended)
    assert named[OFFICER] == {name for name, level in ended.items() if level is Sensitivity.RESTRICTED}


def test_a_change_made_outside_the_program_is_in_the_history(edited: Edited, postgres_server: Server):
    """The audit, not the program, is the authority: an UPDATE typed by an officer in psql is a change of
    theirs; two statements of one transaction on one record are one change; a row added and removed again
    in it is none."""
    with login(postgres_server, edited.url, OFFICER) as officer, officer.transaction():
        organisation, name, notes = officer.execute(
            "SELECT id, name, notes FROM organisation WHERE notes NOT LIKE %s ORDER BY id LIMIT 1", ("Met %",)
        ).fetchone()
        for typed in ("Typed in psql", "Typed in psql, twice"):
            officer.execute("UPDATE organisation SET notes = %s WHERE id = %s", (typed, organisation))
        (system,) = officer.execute("SELECT min(id) FROM information_system").fetchone()
        (area,) = officer.execute(
            "INSERT INTO system_area (system_id, country_iso3, admin1, admin1_pcode, admin2, admin2_pcode) "
            "VALUES (%s, 'LBN', 'Akkar', '', '', '') RETURNING id",
            (system,),
        ).fetchone()
        officer.execute("DELETE FROM system_area WHERE id = %s", (area,))
    with opened(edited.url, OFFICER) as operation:
        log = ChangeLog(operation)
        milestone = log.milestone_named(MILESTONE)
        theirs = [c for c in log.logged(milestone.position) if c.who == OFFICER]
        comparison = compare(operation, milestone)
    assert [(c.table, c.row, c.operation, c.fields) for c in theirs] == [
        ("organisation", str(organisation), "update", {"notes": (notes, "Typed in psql, twice")})
    ]
    (change,) = [c for c in comparison.changes if c.name == name]
    assert change.who == (OFFICER,)
    assert [(f.field, f.before, f.after) for f in change.fields] == [("Notes", notes, "Typed in psql, twice")]


def test_a_milestone_waits_for_the_changes_under_way(shared: str, postgres_server: Server):
    """A change begun before a milestone is marked and committed while it is being marked lands before it,
    never between the milestone and the changes listed after it."""
    with opened(shared, CHIEF) as operation:
        ChangeLog(operation).mark_milestone("Before")

    def mark() -> None:
        with opened(shared, CHIEF) as operation:
            ChangeLog(operation).mark_milestone("While a change was under way")

    with login(postgres_server, shared, OFFICER) as officer:
        (notes,) = officer.execute("SELECT notes FROM organisation ORDER BY id LIMIT 1").fetchone()
        with officer.transaction():
            officer.execute(
                "UPDATE organisation SET notes = 'Under way' WHERE id = (SELECT min(id) FROM organisation)"
            )
            marking = threading.Thread(target=mark)
            marking.start()
            marking.join(timeout=1)
            assert marking.is_alive()  # held back until the change is committed
        marking.join(timeout=30)
    assert not marking.is_alive()
    with opened(shared, CHIEF) as operation:
        log = ChangeLog(operation)

        def notes_since(name: str) -> list[tuple[object, object]]:
            since = log.milestone_named(name).position
            return [c.fields["notes"] for c in log.logged(since) if c.table == "organisation"]

        assert notes_since("Before") == [(notes, "Under way")]
        assert notes_since("While a change was under way") == []
