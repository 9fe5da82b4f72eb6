"""The responsible-data review of one information system: personal data, risk assessment, consent, the
sharing protocol or agreement, and each PIM Principle rated with a note."""

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidgetItem, QWidget

from pim_desktop.domain import process as domain
from pim_desktop.domain.enums import PrincipleRating
from pim_desktop.domain.errors import ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import day_text, parse_day
from pim_desktop.gui.dialogs.record_dialog import RecordDialog
from pim_desktop.gui.form_types.review_dialog import ReviewDialogForm
from pim_desktop.gui.forms import load_form
from pim_desktop.services.review import valid_review


class ReviewDialog(RecordDialog, ReviewDialogForm):
    def __init__(
        self, parent: QWidget | None, review: domain.SystemReview, principles: list[tuple[str, str, str]]
    ) -> None:
        super().__init__(parent)
        load_form("review_dialog.ui", self)
        self._principles = principles
        self._rating_combos: list[QComboBox] = []  # one a principle, in the table's second column
        self.systemTitle.setText(
            self.tr("<b>{system}</b> · sensitivity: {level}").format(
                system=review.system_name, level=label(review.sensitivity)
            )
        )
        for text, value in ((self.tr("Not known"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            self.personalCombo.addItem(text, value)
        details = review.details or domain.ReviewDetails()
        self.personalCombo.setCurrentIndex([None, True, False].index(details.holds_personal_data))
        self.riskDateEdit.setText(day_text(details.risk_assessment_date))
        self.consentEdit.setText(details.consent_process)
        self.agreementEdit.setText(details.agreement_reference)
        self.agreementDateEdit.setText(day_text(details.agreement_date))
        self.agreementReviewEdit.setText(day_text(details.agreement_review_date))
        self.reviewedOnEdit.setText(day_text(details.reviewed_on))
        self.notesEdit.setPlainText(details.notes)
        self._fill_ratings(details)
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.result_details: domain.ReviewDetails | None = None
        self.start_editing(self.personalCombo)

    def _fill_ratings(self, details: domain.ReviewDetails) -> None:
        table = self.ratingsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("PIM Principle"), self.tr("Rating"), self.tr("Note")])
        table.setRowCount(len(self._principles))
        for row, (code, name, description) in enumerate(self._principles):
            item = QTableWidgetItem(name)
            item.setToolTip(description)
            table.setItem(row, 0, item)
            combo = QComboBox(table)
            for choice in PrincipleRating:
                combo.addItem(label(choice), choice)
            rating = details.ratings.get(code, domain.Rating())
            combo.setCurrentIndex(combo.findData(rating.rating))
            combo.setAccessibleName(self.tr("Rating of {principle}").format(principle=name))
            table.setCellWidget(row, 1, combo)
            self._rating_combos.append(combo)
            table.setItem(row, 2, QTableWidgetItem(rating.note))
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(0)

    def _ratings(self) -> dict[str, domain.Rating]:
        ratings = {}
        for row, (principle, combo) in enumerate(zip(self._principles, self._rating_combos, strict=True)):
            code = principle[0]
            note_item = self.ratingsTable.item(row, 2)
            note = note_item.text() if note_item else ""
            rating = PrincipleRating(combo.currentData())  # Qt gives the value back as a plain str
            if rating is not PrincipleRating.UNKNOWN or note.strip():
                ratings[code] = domain.Rating(rating, note)
        return ratings

    def accept(self) -> None:
        try:
            self.result_details = valid_review(
                domain.ReviewDetails(
                    holds_personal_data=self.personalCombo.currentData(),
                    risk_assessment_date=parse_day(self.riskDateEdit.text()),
                    consent_process=self.consentEdit.text(),
                    agreement_reference=self.agreementEdit.text(),
                    agreement_date=parse_day(self.agreementDateEdit.text()),
                    agreement_review_date=parse_day(self.agreementReviewEdit.text()),
                    reviewed_on=parse_day(self.reviewedOnEdit.text()),
                    notes=self.notesEdit.toPlainText(),
                    ratings=self._ratings(),
                ),
                {code for code, _name, _description in self._principles},
            )
        except ValidationError as error:
            self.problemLabel.setText(error.sentence)
            return
        super().accept()
