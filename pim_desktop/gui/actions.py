"""Every command of the window as a QAction, created in one place with its shortcut."""

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from pim_desktop.gui.i18n import translate

StandardKey = QKeySequence.StandardKey


@dataclass
class Actions:
    new_operation: QAction
    open_operation: QAction
    open_shared: QAction
    save_copy: QAction
    take_offline: QAction
    restore_backup: QAction
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
    guide: QAction
    shortcuts: QAction
    about: QAction
    show_matrix: QAction
    show_mapping: QAction
    add_organisation: QAction
    add_system: QAction
    edit_record: QAction
    delete_record: QAction
    record_history: QAction
    filter_mapping: QAction
    reset_filter: QAction
    show_plans: QAction
    new_plan: QAction
    export: QAction
    import_data: QAction
    merge: QAction
    presentation: QAction
    leave_presentation: QAction
    spotlight_category: QAction
    spotlight_row: QAction
    zoom_in: QAction
    zoom_out: QAction
    zoom_reset: QAction
    preferences: QAction
    show_process: QAction
    show_changes: QAction

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
        created = QAction(text, parent)
        if shortcuts:
            created.setShortcuts([QKeySequence(shortcut) for shortcut in shortcuts])
        if tip:
            created.setStatusTip(tip)
            created.setToolTip(tip)
        return created

    mark_changes = action(
        translate("Actions", "Mar&k Changes from the Standard"),
        tip=translate("Actions", "Show which entries the operation changed"),
    )
    mark_changes.setCheckable(True)
    mark_changes.setChecked(True)
    presentation = action(
        translate("Actions", "Pre&sentation Mode"),
        "F5",
        "F11",
        tip=translate("Actions", "Full screen, large text, nothing but the view: for a room"),
    )
    spotlight_category = action(
        translate("Actions", "Spotlight One &Category"),
        "F7",
        tip=translate("Actions", "Show one category at a time; the arrow keys step through them"),
    )
    spotlight_row = action(
        translate("Actions", "Spotlight One Ro&w"),
        "F8",
        tip=translate("Actions", "Show one row across the categories; the arrow keys step through them"),
    )
    for checkable in (presentation, spotlight_category, spotlight_row):
        checkable.setCheckable(True)
    return Actions(
        new_operation=action(
            translate("Actions", "&New Operation…"),
            StandardKey.New,
            tip=translate("Actions", "Start an operation from the standard matrix"),
        ),
        open_operation=action(
            translate("Actions", "&Open…"),
            StandardKey.Open,
            tip=translate("Actions", "Open an operation file (.pim)"),
        ),
        open_shared=action(
            translate("Actions", "Open S&hared Operation…"),
            tip=translate(
                "Actions", "Read an operation kept on a shared server, as far as your clearance goes"
            ),
        ),
        save_copy=action(
            translate("Actions", "Save a &Copy As…"),
            StandardKey.SaveAs,
            tip=translate("Actions", "Write a copy of the operation file"),
        ),
        take_offline=action(
            translate("Actions", "Take a Copy O&ffline…"),
            tip=translate(
                "Actions",
                "Write what you see of the shared operation into a file to work on without the server; "
                "File > Merge brings it back",
            ),
        ),
        close_operation=action(
            translate("Actions", "C&lose"), StandardKey.Close, tip=translate("Actions", "Close the operation")
        ),
        quit=action(
            translate("Actions", "&Quit"),
            StandardKey.Quit,
            tip=translate("Actions", "Leave PIM Desktop; every change is already saved"),
        ),
        find=action(
            translate("Actions", "&Find in the Matrix"),
            StandardKey.Find,
            tip=translate("Actions", "Search all entries"),
        ),
        find_next=action(
            translate("Actions", "Find Ne&xt"),
            StandardKey.FindNext,
            tip=translate("Actions", "Go to the next cell that matches"),
        ),
        edit_cell=action(
            translate("Actions", "&Edit Cell"),
            "F2",
            tip=translate("Actions", "Change the entries of the selected cell"),
        ),
        add_entry=action(
            translate("Actions", "&Add Entry"),
            "Insert",
            tip=translate("Actions", "Add an entry to the selected cell"),
        ),
        remove_entry=action(
            translate("Actions", "Remo&ve Entry"),
            "Ctrl+Delete",
            tip=translate("Actions", "Remove the selected entry"),
        ),
        move_entry_up=action(translate("Actions", "&Move Entry Up"), "Alt+Up"),
        move_entry_down=action(translate("Actions", "Move Entry &Down"), "Alt+Down"),
        reset_entry=action(translate("Actions", "Reset En&try to the Standard")),
        reset_cell=action(translate("Actions", "Reset &Cell to the Standard")),
        reset_row=action(translate("Actions", "Re&set Row to the Standard")),
        reset_matrix=action(translate("Actions", "Reset the Who&le Matrix to the Standard…")),
        add_row=action(
            translate("Actions", "Add R&ow…"),
            "Ctrl+Shift+R",
            tip=translate("Actions", "Add a row of the operation's own"),
        ),
        rename_row=action(translate("Actions", "Re&name Row…")),
        move_row_up=action(translate("Actions", "Move Row Up"), "Ctrl+Alt+Up"),
        move_row_down=action(translate("Actions", "Move Row Down"), "Ctrl+Alt+Down"),
        remove_row=action(translate("Actions", "Remove Ro&w…")),
        mark_changes=mark_changes,
        guide=action(
            translate("Actions", "&Guide"),
            StandardKey.HelpContents,
            tip=translate("Actions", "How to use PIM Desktop, in the window's language"),
        ),
        shortcuts=action(
            translate("Actions", "&Keyboard Shortcuts"),
            tip=translate("Actions", "Every key of the program, by menu and by view"),
        ),
        about=action(translate("Actions", "&About PIM Desktop")),
        show_matrix=action(
            translate("Actions", "PIM &Matrix"),
            "Ctrl+1",
            tip=translate("Actions", "Build and customise the operation's matrix"),
        ),
        show_mapping=action(
            translate("Actions", "Ma&pping"),
            "Ctrl+2",
            tip=translate("Actions", "Organisations, information systems, gaps and overlaps"),
        ),
        add_organisation=action(
            translate("Actions", "Add &Organisation…"),
            "Ctrl+Shift+O",
            tip=translate("Actions", "Add an organisation to the register"),
        ),
        add_system=action(
            translate("Actions", "Add Information &System…"),
            "Ctrl+Shift+I",
            tip=translate("Actions", "Add a system to the register"),
        ),
        edit_record=action(
            translate("Actions", "&Edit Selected…"),
            "Ctrl+E",
            tip=translate("Actions", "Change the selected organisation or system"),
        ),
        delete_record=action(
            translate("Actions", "&Delete Selected…"),
            "Delete",
            tip=translate("Actions", "Delete the selected organisation or system"),
        ),
        record_history=action(
            translate("Actions", "&History of Selected…"),
            tip=translate("Actions", "Who changed the selected organisation or system, and when"),
        ),
        # the same key as Find in the matrix: only one of the two is on at a time
        filter_mapping=action(
            translate("Actions", "&Filter the Mapping"),
            StandardKey.Find,
            tip=translate("Actions", "Type to filter every mapping view"),
        ),
        reset_filter=action(
            translate("Actions", "&Clear Filters"),
            "Ctrl+Shift+L",
            tip=translate("Actions", "Show everything again"),
        ),
        show_plans=action(
            translate("Actions", "&Action Plans"),
            "Ctrl+3",
            tip=translate("Actions", "Workshop action plans and their follow-up"),
        ),
        new_plan=action(
            translate("Actions", "&New Action Plan…"),
            "Ctrl+Shift+P",
            tip=translate("Actions", "Start the action plan of a workshop"),
        ),
        export=action(
            translate("Actions", "&Export…"),
            "Ctrl+Shift+E",
            tip=translate("Actions", "Export views to Excel, PDF or CSV"),
        ),
        import_data=action(
            translate("Actions", "&Import…"),
            "Ctrl+Alt+I",
            tip=translate("Actions", "Import organisations or systems from a spreadsheet"),
        ),
        restore_backup=action(
            translate("Actions", "Restore from &Backup…"),
            tip=translate("Actions", "Put back the operation as it was when opened, or before an import"),
        ),
        merge=action(
            translate("Actions", "&Merge Operation File…"),
            "Ctrl+Alt+M",
            tip=translate("Actions", "Bring in a colleague's copy of the operation"),
        ),
        presentation=presentation,
        leave_presentation=action(translate("Actions", "Leave Presentation Mode"), "Escape"),
        spotlight_category=spotlight_category,
        spotlight_row=spotlight_row,
        zoom_in=action(translate("Actions", "Zoom &In"), StandardKey.ZoomIn, "Ctrl+="),
        zoom_out=action(translate("Actions", "Zoom &Out"), StandardKey.ZoomOut),
        zoom_reset=action(translate("Actions", "&Normal Size"), "Ctrl+0"),
        show_process=action(
            translate("Actions", "PIM Process and &Review"),
            "Ctrl+4",
            tip=translate(
                "Actions", "Where the operation stands in the PIM Process; the systems' data review"
            ),
        ),
        show_changes=action(
            translate("Actions", "C&hanges"),
            "Ctrl+5",
            tip=translate("Actions", "What changed since a milestone, and who changed it"),
        ),
        preferences=action(
            translate("Actions", "&Preferences…"),
            StandardKey.Preferences,
            "Ctrl+,",
            tip=translate("Actions", "Language, theme and your name in the change log"),
        ),
    )
