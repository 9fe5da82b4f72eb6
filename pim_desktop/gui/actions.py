"""Every command of the window as a QAction, created in one place with its shortcut."""

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey


@dataclass
class Actions:
    new_operation: QAction
    open_operation: QAction
    save_copy: QAction
    close_operation: QAction
    quit: QAction
    find: QAction
    find_next: QAction
    edit_cell: QAction
    add_entry: QAction
    remove_entry: QAction
    move_entry_up: QAction
    move_entry_down: QAction
    reset_entry: QAction
    reset_cell: QAction
    reset_row: QAction
    reset_matrix: QAction
    add_row: QAction
    rename_row: QAction
    move_row_up: QAction
    move_row_down: QAction
    remove_row: QAction
    mark_changes: QAction
    about: QAction
    show_matrix: QAction
    show_mapping: QAction
    add_organisation: QAction
    add_system: QAction
    edit_record: QAction
    delete_record: QAction
    filter_mapping: QAction
    reset_filter: QAction
    show_plans: QAction
    new_plan: QAction
    export: QAction
    import_data: QAction
    merge: QAction

    def matrix_edits(self) -> list[QAction]:
        """The actions that change the matrix: off when no file is open or it is read-only."""
        return [
            self.add_entry,
            self.remove_entry,
            self.move_entry_up,
            self.move_entry_down,
            self.reset_entry,
            self.reset_cell,
            self.reset_row,
            self.reset_matrix,
            self.add_row,
            self.rename_row,
            self.move_row_up,
            self.move_row_down,
            self.remove_row,
        ]


def create_actions(parent: QWidget) -> Actions:
    def action(text: str, *shortcuts: StandardKey | str, tip: str = "") -> QAction:
        created = QAction(parent.tr(text), parent)
        if shortcuts:
            created.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        if tip:
            created.setStatusTip(parent.tr(tip))
            created.setToolTip(parent.tr(tip))
        return created

    mark_changes = action("&Mark Changes from the Standard", tip="Show which entries the operation changed")
    mark_changes.setCheckable(True)
    mark_changes.setChecked(True)
    return Actions(
        new_operation=action(
            "&New Operation…", StandardKey.New, tip="Start an operation from the standard matrix"
        ),
        open_operation=action("&Open…", StandardKey.Open, tip="Open an operation file (.pim)"),
        save_copy=action("Save a &Copy As…", StandardKey.SaveAs, tip="Write a copy of the operation file"),
        close_operation=action("&Close", StandardKey.Close, tip="Close the operation"),
        quit=action("&Quit", StandardKey.Quit, tip="Leave PIM Desktop; every change is already saved"),
        find=action("&Find in the Matrix", StandardKey.Find, tip="Search all entries"),
        find_next=action("Find &Next", StandardKey.FindNext, tip="Go to the next cell that matches"),
        edit_cell=action("&Edit Cell", "F2", tip="Change the entries of the selected cell"),
        add_entry=action("&Add Entry", "Insert", tip="Add an entry to the selected cell"),
        remove_entry=action("&Remove Entry", "Ctrl+Delete", tip="Remove the selected entry"),
        move_entry_up=action("Move Entry &Up", "Alt+Up"),
        move_entry_down=action("Move Entry &Down", "Alt+Down"),
        reset_entry=action("Reset Entry to the Standard"),
        reset_cell=action("Reset Cell to the Standard"),
        reset_row=action("Reset Row to the Standard"),
        reset_matrix=action("Reset the Whole Matrix to the Standard…"),
        add_row=action("Add &Row…", "Ctrl+Shift+R", tip="Add a row of the operation's own"),
        rename_row=action("Re&name Row…"),
        move_row_up=action("Move Row Up", "Ctrl+Alt+Up"),
        move_row_down=action("Move Row Down", "Ctrl+Alt+Down"),
        remove_row=action("Remove Row…"),
        mark_changes=mark_changes,
        about=action("&About PIM Desktop"),
        show_matrix=action("PIM &Matrix", "Ctrl+1", tip="Build and customise the operation's matrix"),
        show_mapping=action(
            "Ma&pping", "Ctrl+2", tip="Organisations, information systems, gaps and overlaps"
        ),
        add_organisation=action(
            "Add &Organisation…", "Ctrl+Shift+O", tip="Add an organisation to the register"
        ),
        add_system=action("Add Information &System…", "Ctrl+Shift+I", tip="Add a system to the register"),
        edit_record=action("&Edit Selected…", "Ctrl+E", tip="Change the selected organisation or system"),
        delete_record=action("&Delete Selected…", "Delete", tip="Delete the selected organisation or system"),
        # the same key as Find in the matrix: only one of the two is on at a time
        filter_mapping=action(
            "&Filter the Mapping", StandardKey.Find, tip="Type to filter every mapping view"
        ),
        reset_filter=action("&Clear Filters", "Ctrl+Shift+L", tip="Show everything again"),
        show_plans=action("&Action Plans", "Ctrl+3", tip="Workshop action plans and their follow-up"),
        new_plan=action("&New Action Plan…", "Ctrl+Shift+P", tip="Start the action plan of a workshop"),
        export=action("&Export…", "Ctrl+Shift+E", tip="Export views to Excel, PDF or CSV"),
        import_data=action(
            "&Import…", "Ctrl+Alt+I", tip="Import organisations or systems from a spreadsheet"
        ),
        merge=action(
            "&Merge Operation File…", "Ctrl+Alt+M", tip="Bring in a colleague's copy of the operation"
        ),
    )
