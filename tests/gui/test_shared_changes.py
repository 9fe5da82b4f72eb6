"""View > Changes and Mapping > History of Selected on a shared server: the window reads the server's audit,
with the logins as who and as far as the login's clearance goes (issue 24)."""

from dataclasses import replace

from pim_desktop.domain.enums import Sensitivity
from pim_desktop.gui.main_window import MainWindow
from pim_desktop.services.systems import SystemService
from tests.gui.test_changes_view import _lines, history_shown
from tests.shared_server import CHIEF, OFFICER, PASSWORDS, as_user, first_visible_system, opened
from tests.twenty_edits import (
    MILESTONE,
    record_lines,
    seen_with,
    twenty_edits_on,
    without_before_where_unknown,
)


def test_view_changes_on_a_server_lists_the_edits_the_officer_may_see(window: MainWindow, shared: str):
    with opened(shared, CHIEF) as operation:
        expected, levels = twenty_edits_on(operation)
    assert window.open_shared(as_user(shared, OFFICER), PASSWORDS[OFFICER])
    window.window_actions.show_changes.trigger()
    page = window.changes.page
    assert page.sinceCombo.currentText().startswith(MILESTONE) and page.untilCombo.currentText() == "Now"
    lines = _lines(window)
    shown = record_lines(lines, blank_is_none=True)
    seen = seen_with(expected, levels, Sensitivity.RESTRICTED)
    assert len(seen) < len(expected)
    assert without_before_where_unknown(shown, seen) == seen
    assert {line[6] for line in lines if line[0] != "Gap"} == {CHIEF}
    hidden = {name for name, level in levels.items() if level.rank > Sensitivity.RESTRICTED.rank}
    assert not any(name in value for line in lines for value in line for name in hidden)
    assert [page.whoCombo.itemText(i) for i in range(page.whoCombo.count())] == ["Everyone", CHIEF]


def test_the_history_of_a_system_on_a_server_names_each_login(window: MainWindow, shared: str):
    with opened(shared, OFFICER) as operation:
        systems = SystemService(operation)
        system = first_visible_system(systems)
        systems.update(system.id, replace(system.details, frequency="Daily"), base=system)
    with opened(shared, CHIEF) as operation:
        systems = SystemService(operation)
        saved = systems.get(system.id)
        systems.update(system.id, replace(saved.details, notes="Seen by the chief"), base=saved)
    assert window.open_shared(as_user(shared, OFFICER), PASSWORDS[OFFICER])
    seen = history_shown(window, system.id, system.details.name)
    assert seen == [
        [
            ("changed", "Frequency", system.details.frequency, "Daily", OFFICER),
            ("changed", "Notes", system.details.notes, "Seen by the chief", CHIEF),
        ]
    ]
