"""Where the operation stands in the PIM Process: the four steps in their prescribed order, the twelve
sub-steps in any order, each with a status, an owner, dates, notes and evidence."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain import process as domain
from pim_desktop.domain.enums import ProcessStatus
from pim_desktop.domain.errors import NotFoundError, ValidationError
from pim_desktop.domain.validation import clean_text
from pim_desktop.i18n import N_, _
from pim_desktop.services.wording import wording
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

MAX_NOTE_LENGTH = 10_000
UNDER_WAY = (ProcessStatus.IN_PROGRESS, ProcessStatus.DONE)


def valid_step(details: domain.StepDetails) -> domain.StepDetails:
    if details.start_date and details.end_date and details.end_date < details.start_date:
        raise ValidationError(_("a step cannot be done before it started: check the dates"))
    texts = {
        "owner": clean_text(details.owner),
        "notes": clean_text(details.notes),
        "evidence": details.evidence,
    }
    if any(len(text) > MAX_NOTE_LENGTH for text in texts.values()):
        raise ValidationError(_("notes and evidence can hold at most 10,000 characters"))
    # one reference a line, whatever broke the lines (Word's line break is a control character)
    evidence = "\n".join(line for line in map(clean_text, details.evidence.splitlines()) if line)
    return domain.StepDetails(
        ProcessStatus(details.status),
        texts["owner"],
        details.start_date,
        details.end_date,
        texts["notes"],
        evidence,
    )


def store_step(record: models.ProcessStep, checked: domain.StepDetails) -> None:
    """Details that passed valid_step, onto the step's record."""
    record.status, record.owner = checked.status, checked.owner
    record.start_date, record.end_date = checked.start_date, checked.end_date
    record.notes, record.evidence = checked.notes, checked.evidence


def save_step(session: Session, step_id: int, checked: domain.StepDetails) -> None:
    """Details that passed valid_step, onto the step `step_id`."""
    record = session.get(models.ProcessStep, step_id)
    if record is None:
        raise NotFoundError(_("that step of the PIM Process no longer exists"))
    store_step(record, checked)


def _details(record: models.ProcessStep) -> domain.StepDetails:
    return domain.StepDetails(
        record.status, record.owner, record.start_date, record.end_date, record.notes, record.evidence
    )


def out_of_order(steps: tuple[domain.ProcessStep, ...]) -> tuple[str, ...]:
    """A later step under way while an earlier one has not started: said, never forbidden."""
    warnings = []
    main = [s for s in steps if not s.is_sub_step]
    for later_index, later in enumerate(main):
        if later.details.status not in UNDER_WAY:
            continue
        for earlier in main[:later_index]:
            if earlier.details.status is ProcessStatus.NOT_STARTED:
                warnings.append(
                    _(
                        "'{later}' is under way while '{earlier}', which comes before it, has not started."
                    ).format(later=later.label, earlier=earlier.label)
                )
    return tuple(warnings)


# what a step's fields are called, for a change someone else saved meanwhile
STEP_LABELS = {
    "status": N_("Status"),
    "owner": N_("Owner"),
    "start_date": N_("Start date"),
    "end_date": N_("End date"),
    "notes": N_("Notes"),
    "evidence": N_("Evidence"),
}


class ProcessService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def overview(self) -> domain.ProcessOverview:
        words = wording()
        with self._file.session() as session:
            records = list(session.scalars(select(models.ProcessStep)))
        main = sorted((r for r in records if r.parent_id is None), key=lambda r: r.position)
        ordered: list[domain.ProcessStep] = []
        for parent in main:
            children = sorted((r for r in records if r.parent_id == parent.id), key=lambda r: r.position)
            for record in [parent, *children]:
                ordered.append(
                    domain.ProcessStep(
                        record.id,
                        record.code,
                        words.step(record.code, record.label),
                        words.description(record.code, record.description),
                        record.parent_id is not None,
                        _details(record),
                    )
                )
        steps = tuple(ordered)
        return domain.ProcessOverview(steps, out_of_order(steps))

    def step_details(self, step_id: int) -> domain.StepDetails:
        with self._file.session() as session:
            record = session.get(models.ProcessStep, step_id)
            if record is None:
                raise NotFoundError(_("that step of the PIM Process no longer exists"))
            return _details(record)

    def update_step(self, step_id: int, details: domain.StepDetails) -> None:
        checked = valid_step(details)
        with self._file.changing() as session:
            save_step(session, step_id, checked)
