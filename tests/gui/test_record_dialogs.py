"""The dialogs that edit a record: they open on their first field, ask before throwing typing away, accept
an organisation typed in any case, and keep the matrix's tick list open until it is closed."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from pim_desktop.gui.dialogs.organisation_dialog import OrganisationDialog
from pim_desktop.gui.dialogs.plan_dialogs import GroupDialog, PlanDialog
from pim_desktop.gui.dialogs.record_dialog import RecordDialog
from pim_desktop.gui.dialogs.system_dialog import SystemDialog
from pim_desktop.gui.main_window import MainWindow


def system_dialog(window: MainWindow) -> SystemDialog:
    controller = window.mapping.controller
    assert controller is not None
    return SystemDialog(
        window,
        controller.matrix(),
        controller.data.organisations,
        None,
        controller.system_service.check,
        lambda _name: [],
    )


@pytest.fixture
def dialogs(opened: MainWindow) -> Iterator[dict[str, RecordDialog]]:
    controller = opened.mapping.controller
    assert controller is not None
    made: dict[str, RecordDialog] = {
        "system": system_dialog(opened),
        "organisation": OrganisationDialog(opened, controller.organisation_service, None),
        "plan": PlanDialog(opened, None),
        "group": GroupDialog(opened, None),
    }
    yield made
    for dialog in made.values():
        dialog.done(QDialog.DialogCode.Rejected)
        dialog.deleteLater()


FIRST_FIELDS = {"system": "nameEdit", "organisation": "nameEdit", "plan": "titleEdit", "group": "themeEdit"}


@pytest.mark.parametrize("name", FIRST_FIELDS)
def test_a_dialog_opens_with_the_focus_on_its_first_field(qtbot, dialogs: dict[str, RecordDialog], name: str):
    dialog = dialogs[name]
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is getattr(dialog, FIRST_FIELDS[name])


@pytest.mark.parametrize("name", FIRST_FIELDS)
def test_escape_on_a_changed_form_asks_first(
    qtbot, monkeypatch: pytest.MonkeyPatch, dialogs: dict[str, RecordDialog], name: str
):
    dialog, asked = dialogs[name], []
    answers = iter([False, True])  # Keep editing, then Discard
    monkeypatch.setattr(RecordDialog, "discard_confirmed", lambda _d: asked.append(1) or next(answers))
    dialog.show()
    qtbot.waitExposed(dialog)
    first = getattr(dialog, FIRST_FIELDS[name])
    QTest.keyClicks(first, "Typed with care")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and first.text() == "Typed with care"  # kept
    dialog.close()  # the window's close button asks too: this time, thrown away
    assert not dialog.isVisible() and len(asked) == 2


def test_an_unchanged_form_closes_at_once(qtbot, monkeypatch: pytest.MonkeyPatch, dialogs):
    asked: list[int] = []
    monkeypatch.setattr(RecordDialog, "discard_confirmed", lambda _d: asked.append(1) or False)
    for dialog in dialogs.values():
        dialog.show()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    assert asked == []


def test_the_question_offers_discard_and_keep_editing(qtbot, monkeypatch: pytest.MonkeyPatch, dialogs):
    monkeypatch.undo()  # the real question, not the tests' own answer
    dialog = dialogs["organisation"]
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            return
        seen.append([b.text().replace("&", "") for b in box.buttons()])
        keep = next(b for b in box.buttons() if "Keep" in b.text())
        keep.click()

    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.nameEdit.setText("Half typed")

    QTimer.singleShot(50, answer)
    dialog.reject()
    assert dialog.isVisible() and sorted(seen[0]) == ["Discard", "Keep editing"]


@pytest.mark.parametrize("typed", ["UNHCR", "unhcr", "Unhcr"])
def test_the_organisation_box_takes_a_name_or_acronym_in_any_case(qtbot, opened: MainWindow, typed: str):
    dialog, data = system_dialog(opened), opened.mapping.controller.data
    dialog.organisationCombo.setEditText(typed)
    dialog.addOrganisationButton.click()
    assert dialog.problemLabel.text() == ""
    linked = [data.organisation_by_id[link.organisation_id] for link in dialog.details().links]
    assert [organisation.details.acronym for organisation in linked] == ["UNHCR"]
    dialog.deleteLater()


def test_the_organisation_box_completes_any_part_of_a_name_in_any_case(qtbot, opened: MainWindow):
    dialog = system_dialog(opened)
    completer = dialog.organisationCombo.completer()
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
    completer.setCompletionPrefix("unhc")
    offered = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert any("UNHCR" in text for text in offered)
    completer.setCompletionPrefix("refugee")  # inside names, not only at their start
    assert completer.completionCount() >= 2
    dialog.deleteLater()


def test_the_tick_list_from_the_matrix_stays_open_until_closed(qtbot, opened: MainWindow):
    dialog = system_dialog(opened)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.primaryCategoryCombo.setCurrentIndex(1)
    dialog.pickMethodsButton.click()
    menu = next(m for m in dialog.findChildren(QMenu) if m.isVisible())
    ticks = [a for a in menu.actions() if a.isCheckable()]
    assert len(ticks) >= 2
    for action in ticks[:2]:
        QTest.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
        assert menu.isVisible()
    menu.setActiveAction(ticks[2] if len(ticks) > 2 else ticks[0])
    QTest.keyClick(menu, Qt.Key.Key_Space)
    assert menu.isVisible()
    lines = dialog.methodsEdit.toPlainText().splitlines()
    assert lines[:2] == [ticks[0].text(), ticks[1].text()]
    QTest.keyClick(menu, Qt.Key.Key_Escape)
    assert not menu.isVisible()
    dialog.done(QDialog.DialogCode.Rejected)
