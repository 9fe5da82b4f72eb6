"""The PIM Process as the operation applies it, and the responsible-data review of its systems against the
PIM Principles: plain data, as the services give it and take it."""

from dataclasses import dataclass, field
from datetime import date

from pim_desktop.domain.enums import PrincipleRating, ProcessStatus, Sensitivity


@dataclass(frozen=True)
class StepDetails:
    """What the operation records on a step or sub-step."""

    status: ProcessStatus = ProcessStatus.NOT_STARTED
    owner: str = ""
    start_date: date | None = None
    end_date: date | None = None
    notes: str = ""
    evidence: str = ""  # file paths or references, one a line


@dataclass(frozen=True)
class ProcessStep:
    id: int
    code: str
    label: str
    description: str
    is_sub_step: bool
    details: StepDetails


@dataclass(frozen=True)
class ProcessOverview:
    """The four steps in their prescribed order, each followed by its sub-steps, and what looks out of order
    (the steps are prescriptive, so a later step under way before an earlier one started is worth a word;
    the sub-steps may be taken in any order)."""

    steps: tuple[ProcessStep, ...]
    warnings: tuple[str, ...] = ()

    @property
    def main_steps(self) -> tuple[ProcessStep, ...]:
        return tuple(s for s in self.steps if not s.is_sub_step)

    def where_it_stands(self) -> ProcessStep | None:
        """The first step not done (nor set aside), or None when all four are."""
        closed = (ProcessStatus.DONE, ProcessStatus.NOT_APPLICABLE)
        return next((s for s in self.main_steps if s.details.status not in closed), None)


@dataclass(frozen=True)
class Rating:
    rating: PrincipleRating = PrincipleRating.UNKNOWN
    note: str = ""


@dataclass(frozen=True)
class ReviewDetails:
    """The responsible-data review of one system."""

    holds_personal_data: bool | None = None  # None: not known yet
    risk_assessment_date: date | None = None
    consent_process: str = ""  # how informed consent is obtained
    agreement_reference: str = ""  # the information sharing protocol or data-sharing agreement
    agreement_date: date | None = None
    agreement_review_date: date | None = None
    reviewed_on: date | None = None
    notes: str = ""
    ratings: dict[str, Rating] = field(default_factory=dict)  # by principle code


@dataclass(frozen=True)
class SystemReview:
    system_id: int
    system_name: str
    sensitivity: Sensitivity
    shares_with: str
    details: ReviewDetails | None  # None: not reviewed yet


@dataclass(frozen=True)
class Concern:
    """One line of the review dashboard, leading to the system it is about."""

    kind: str  # "never-reviewed", "consent", "risk-assessment", "sharing", "agreement-review"
    system_id: int
    system_name: str
    text: str


@dataclass(frozen=True)
class PrincipleCount:
    code: str
    label: str
    not_met: int
    partly: int


@dataclass(frozen=True)
class ReviewDashboard:
    concerns: tuple[Concern, ...]
    principles: tuple[PrincipleCount, ...]  # most often not met first
    reviewed: int
    systems: int
