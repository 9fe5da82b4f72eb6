"""Taking a shared operation offline and merging it back, against a real server: the copy holds what the
officer may see, with the server's ids and versions and where it came from; merged back, each difference is
told by who changed it since, the copy's own changes come in, a field changed on both sides is a conflict
left to the user, and nothing is lost."""

import json
from dataclasses import replace
from pathlib import Path

import psycopg

from pim_desktop.domain.enums import Sensitivity, SystemRole
from pim_desktop.domain.model import OrganisationDetails, SystemLink
from pim_desktop.imports.merge import apply_merge, plan_merge
from pim_desktop.imports.offline_merge import BOTH, COPY, SAME_FIELD, SERVER
from pim_desktop.services.offline import origin_of
from pim_desktop.services.operations import check_operation, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService
from tests.helpers import run_cli, sqlite_rows
from tests.offline_work import (
    ADDED,
    BOTH_OFFLINE,
    BOTH_SERVER,
    OFFLINE_FREQUENCY,
    RENAMED,
    SERVER_DESCRIPTION,
    SERVER_OUTPUTS,
    take_copy,
    work_on_both_sides,
)
from tests.postgres import Server, database_of
from tests.shared_server import CHIEF, OFFICER, PASSWORDS, as_user, opened, user_env

CLASSIFIED_ABOVE_RESTRICTED = (
    "SELECT count(*) FROM information_system WHERE sensitivity IN ('confidential', 'strictly-confidential')"
)


def _server_rows(server: Server, shared: str, query: str) -> list[tuple]:
    with psycopg.connect(
        host=str(server.folder), dbname=database_of(shared), user=CHIEF, password=PASSWORDS[CHIEF]
    ) as chief:
        return chief.execute(query).fetchall()


def test_the_officers_copy_holds_what_they_see_with_the_servers_ids_and_versions(
    shared: str, tmp_path: Path, postgres_server: Server
):
    copy = tmp_path / "offline.pim"
    copied = take_copy(shared, copy)
    assert copied["information_system"] == 21  # public and restricted only
    assert "change_log" not in copied and "merge_record" not in copied  # the admins' to read
    assert sqlite_rows(copy, CLASSIFIED_ABOVE_RESTRICTED) == [(0,)]
    assert b"Palestinian refugee registration" not in copy.read_bytes()  # strictly confidential: not there
    versions = "SELECT id, row_version FROM information_system WHERE sensitivity IN ('public', 'restricted')"
    assert sorted(sqlite_rows(copy, "SELECT id, row_version FROM information_system")) == sorted(
        _server_rows(postgres_server, shared, versions + " ORDER BY id")
    )
    assert check_operation(copy).ok
    with open_operation(copy, read_only=True) as offline:
        origin = origin_of(offline)
    assert origin is not None and origin.login == OFFICER and origin.address == as_user(shared, OFFICER)
    assert database_of(shared) in origin.identity
    assert len(origin.versions.systems) == 21 and len(origin.base["systems"]) == 21


def test_merged_back_each_difference_is_told_by_who_changed_it_and_nothing_is_lost(
    shared: str, tmp_path: Path
):
    copy = tmp_path / "offline.pim"
    take_copy(shared, copy)
    work = work_on_both_sides(shared, copy)
    with opened(shared, OFFICER) as server:
        plan = plan_merge(server, copy)
        assert plan.offline is not None
        told = {d.name: (d.fields, d.judged) for d in plan.differences if d.kind == "system"}
        fields, judged = told[work.names[work.one_field_each]]
        assert set(fields) == {"frequency", "outputs"} and judged is not None
        assert (judged.state, judged.from_copy, judged.conflicts) == (BOTH, ("frequency",), ())
        fields, judged = told[work.names[work.same_field]]
        assert fields == ("frequency",) and judged is not None
        assert (judged.state, judged.from_copy, judged.conflicts) == (SAME_FIELD, (), ("frequency",))
        fields, judged = told[work.names[work.renamed]]  # matched by id: a rename, not a new system
        assert fields == ("name",) and judged is not None and judged.state == COPY
        fields, judged = told[work.names[work.server_only]]
        assert fields == ("description",) and judged is not None and judged.state == SERVER
        assert not judged.from_copy
        assert ("system", ADDED) in plan.new and ("system", RENAMED) not in plan.new
        assert plan.gone == [("system", work.names[work.deleted])]  # deleted on the server since
        assert {d.name for d in plan.conflicts} == {
            work.names[work.one_field_each],
            work.names[work.same_field],
        }
        preselected = {plan.differences[i].name: fields for i, fields in plan.preselected().items()}
        assert preselected == {
            work.names[work.one_field_each]: {"frequency"},
            work.names[work.renamed]: {"name"},
        }
        apply_merge(server, plan, plan.preselected())
    with opened(shared, CHIEF) as server:
        systems = SystemService(server)
        merged = systems.get(work.one_field_each).details
        assert (merged.frequency, merged.outputs) == (OFFLINE_FREQUENCY, SERVER_OUTPUTS)  # both changes kept
        assert systems.get(work.same_field).details.frequency == BOTH_SERVER  # the conflict: not decided
        assert systems.get(work.renamed).details.name == RENAMED
        assert systems.get(work.server_only).details.description == SERVER_DESCRIPTION
        names = [values["name"] for values in systems.stored_values(("name",)).values()]
        assert names.count(ADDED) == 1 and work.names[work.renamed] not in names
        assert work.names[work.deleted] not in names  # not brought back
        assert len(names) == 40  # 40, one deleted, one added
    with open_operation(copy, read_only=True) as offline:  # the copy keeps what was done offline
        assert SystemService(offline).get(work.same_field).details.frequency == BOTH_OFFLINE


def test_the_command_line_refuses_to_guess_a_conflict_and_merges_when_told(
    shared: str, tmp_path: Path, postgres_server: Server
):
    copy = tmp_path / "offline.pim"
    take_copy(shared, copy)
    work = work_on_both_sides(shared, copy)
    officer, env = as_user(shared, OFFICER), user_env(OFFICER)
    frequency = f"SELECT frequency FROM information_system WHERE id = {work.same_field}"
    refused = run_cli("merge", officer, copy, env=env)
    assert refused.returncode == 1, refused.stderr
    assert "changed in the same field in the copy and on the server" in refused.stderr
    said = refused.stdout
    assert "an offline copy of this operation, taken by officer" in said
    named = work.names
    assert f"differs, system {named[work.same_field]}: frequency (CONFLICT, changed on both sides" in said
    assert f"differs, system {named[work.renamed]}: name (changed in the copy: taken)" in said
    assert f"differs, system {named[work.server_only]}: description (changed on the server: kept)" in said
    assert f"not added again: system {work.names[work.deleted]}" in said
    assert _server_rows(postgres_server, shared, frequency) == [(BOTH_SERVER,)]  # nothing merged
    merged = run_cli("merge", officer, copy, "--prefer", "theirs", env=env)
    assert merged.returncode == 0, merged.stderr
    assert _server_rows(postgres_server, shared, frequency) == [(BOTH_OFFLINE,)]
    assert _server_rows(
        postgres_server, shared, f"SELECT outputs FROM information_system WHERE id = {work.one_field_each}"
    ) == [(SERVER_OUTPUTS,)]  # theirs wins only where both changed the same field
    ((summary,),) = _server_rows(postgres_server, shared, "SELECT summary FROM merge_record")
    taken = {(part["name"], part["taken"]) for part in json.loads(summary)}
    assert (work.names[work.deleted], "gone") in taken and (ADDED, "new") in taken


def test_what_the_server_deleted_comes_back_only_when_asked_and_new_records_keep_their_links(
    shared: str, tmp_path: Path
):
    copy = tmp_path / "offline.pim"
    take_copy(shared, copy)
    with open_operation(copy) as offline:  # a partner met in the field, and the system they run
        partner_details = OrganisationDetails(name="Field partner", acronym="FP")
        organisation = OrganisationService(offline).add(partner_details)
        systems = SystemService(offline)
        deleted = max(systems.stored_values(("name",)))  # on the server, meanwhile
        deleted_name = systems.get(deleted).details.name
        deleted_links = len(systems.get(deleted).details.links)
        model = systems.get(min(systems.stored_values(("name",)))).details
        link = SystemLink(organisation, SystemRole.LEAD)
        systems.add(replace(model, name="Partner's registry", links=(link,), sensitivity=Sensitivity.PUBLIC))
    with opened(shared, CHIEF) as server:
        SystemService(server).delete(deleted)
    with opened(shared, OFFICER) as server:
        plan = plan_merge(server, copy)
        assert plan.gone == [("system", deleted_name)] and not plan.conflicts
        assert {("organisation", "Field partner"), ("system", "Partner's registry")} <= set(plan.new)
        plan.bring_back = {0}
        apply_merge(server, plan, plan.preselected())
        systems = SystemService(server)
        stored = systems.stored_values(("name",))
        by_name = {values["name"]: system_id for system_id, values in stored.items()}
        partner = systems.get(by_name["Partner's registry"]).details
        back = systems.get(by_name[deleted_name])
        organisations = {o.id: o.details.name for o in OrganisationService(server).organisations()}
    assert [organisations[link.organisation_id] for link in partner.links] == ["Field partner"]
    assert back.id != deleted and len(back.details.links) == deleted_links  # added again, with a new id
