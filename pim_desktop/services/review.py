"""The responsible-data review of each information system against the eight PIM Principles, and the
dashboard of what needs attention."""

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pim_desktop.domain import process as domain
from pim_desktop.domain.enums import PrincipleRating, Sensitivity
from pim_desktop.domain.errors import NotFoundError, ValidationError
from pim_desktop.domain.labels import label
from pim_desktop.domain.validation import clean_text
from pim_desktop.i18n import _
from pim_desktop.services.mapping import SENSITIVITY_BY_VALUE, driver_rows
from pim_desktop.services.wording import wording
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile, coded_value

REVIEW_SOON = timedelta(days=30)  # an agreement due for review within a month is listed
MAX_TEXT = 10_000
# Confidential data goes only to named recipients under agreed terms; strictly confidential, hardly at all
SHARED_ONLY_UNDER_AGREEMENT = (Sensitivity.CONFIDENTIAL, Sensitivity.STRICTLY_CONFIDENTIAL)


def valid_review(details: domain.ReviewDetails, principle_codes: set[str]) -> domain.ReviewDetails:
    first, review = details.agreement_date, details.agreement_review_date
    if first and review and review < first:
        raise ValidationError(_("an agreement cannot be due for review before it was made: check the dates"))
    unknown = set(details.ratings) - principle_codes
    if unknown:
        raise ValidationError(_("there is no PIM Principle '{code}'").format(code=sorted(unknown)[0]))
    texts = [details.consent_process, details.notes, *(r.note for r in details.ratings.values())]
    if any(len(text) > MAX_TEXT for text in texts):
        raise ValidationError(_("notes can hold at most 10,000 characters"))
    ratings = {
        code: domain.Rating(PrincipleRating(r.rating), clean_text(r.note))
        for code, r in details.ratings.items()
    }
    return domain.ReviewDetails(
        holds_personal_data=details.holds_personal_data,
        risk_assessment_date=details.risk_assessment_date,
        consent_process=clean_text(details.consent_process),
        agreement_reference=clean_text(details.agreement_reference),
        agreement_date=details.agreement_date,
        agreement_review_date=details.agreement_review_date,
        reviewed_on=details.reviewed_on,
        notes=clean_text(details.notes),
        ratings=ratings,
    )


def store_review(
    session: Session, system_id: int, checked: domain.ReviewDetails, principles: dict[str, int]
) -> None:
    """A review that passed valid_review, onto the system's record (made when it has none); `principles`:
    code -> id."""
    record = session.scalar(select(models.DataReview).where(models.DataReview.system_id == system_id))
    if record is None:
        record = models.DataReview(system_id=system_id)
        session.add(record)
    for name in (
        "holds_personal_data",
        "risk_assessment_date",
        "consent_process",
        "agreement_reference",
        "agreement_date",
        "agreement_review_date",
        "reviewed_on",
        "notes",
    ):
        setattr(record, name, getattr(checked, name))
    # ratings changed in place: a new row for a principle already rated would clash with the old one
    existing = {r.principle_id: r for r in record.ratings}
    wanted = {principles[code]: rating for code, rating in checked.ratings.items()}
    for principle_id, stale in existing.items():
        if principle_id not in wanted:
            record.ratings.remove(stale)
    for principle_id, rating in wanted.items():
        rating_record = existing.get(principle_id)
        if rating_record is None:
            rating_record = models.PrincipleRatingRecord(principle_id=principle_id)
            record.ratings.append(rating_record)
        rating_record.rating, rating_record.note = rating.rating, rating.note


def _details(record: models.DataReview, codes: dict[int, str]) -> domain.ReviewDetails:
    return domain.ReviewDetails(
        holds_personal_data=record.holds_personal_data,
        risk_assessment_date=record.risk_assessment_date,
        consent_process=record.consent_process,
        agreement_reference=record.agreement_reference,
        agreement_date=record.agreement_date,
        agreement_review_date=record.agreement_review_date,
        reviewed_on=record.reviewed_on,
        notes=record.notes,
        ratings={codes[r.principle_id]: domain.Rating(r.rating, r.note) for r in record.ratings},
    )


def concerns_of(review: domain.SystemReview, today: date) -> list[domain.Concern]:
    """What the dashboard says of one system."""
    found = []

    def concern(kind: str, text: str) -> None:
        found.append(domain.Concern(kind, review.system_id, review.system_name, text))

    details = review.details
    if details is None:  # what nobody has looked at may hide the worst: said first, the most sensitive first
        concern(
            "never-reviewed",
            _("is {level} and has never been reviewed").format(level=label(review.sensitivity).lower()),
        )
        return found
    if details.holds_personal_data:
        if not details.consent_process:
            concern("consent", _("holds personal data, and how informed consent is obtained is not recorded"))
        if details.risk_assessment_date is None:
            concern("risk-assessment", _("holds personal data, and no risk assessment is recorded"))
    if (
        review.sensitivity in SHARED_ONLY_UNDER_AGREEMENT
        and review.shares_with
        and not details.agreement_reference
    ):
        concern(
            "sharing",
            _("is {level} and shares with {recipients} without a sharing protocol or agreement").format(
                level=label(review.sensitivity).lower(), recipients=review.shares_with
            ),
        )
    due = details.agreement_review_date
    if details.agreement_reference and due is not None and due <= today + REVIEW_SOON:
        text = (
            _("its agreement was due for review on {day}")
            if due < today
            else _("its agreement is due for review on {day}")
        )
        concern("agreement-review", text.format(day=due.isoformat()))
    return found


class ReviewService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def principles(self) -> list[tuple[str, str, str]]:
        """(code, label, description) of the eight PIM Principles, in their order."""
        words = wording()
        with self._file.session() as session:
            records = session.scalars(select(models.Principle).order_by(models.Principle.position))
            return [
                (p.code, words.principle(p.code, p.label), words.description(p.code, p.description))
                for p in records
            ]

    def reviews(self, system_id: int | None = None) -> list[domain.SystemReview]:
        """Every system, reviewed or not, by name; or only the one asked for."""
        review = models.DataReview
        with self._file.session() as session:
            codes = dict(session.execute(select(models.Principle.id, models.Principle.code)).all())
            # the columns the review shows of each system (20,000 in a large operation), read from the driver
            # as the mapping reads them, then the reviews, which are few
            sql = "SELECT id, name, sensitivity, shared_with FROM information_system"
            one: tuple[int, ...] = ()
            reviews = select(review).options(selectinload(review.ratings))
            if system_id is not None:
                sql, one = sql + " WHERE id = ?", (system_id,)
                reviews = reviews.where(review.system_id == system_id)
            systems = driver_rows(session, sql + " ORDER BY name_key, id", one)
            found = {r.system_id: _details(r, codes) for r in session.scalars(reviews)}
            return [
                domain.SystemReview(
                    id_, name, coded_value(SENSITIVITY_BY_VALUE, level), shared_with or "", found.get(id_)
                )
                for id_, name, level, shared_with in systems
            ]

    def review(self, system_id: int) -> domain.SystemReview:
        found = self.reviews(system_id)
        if not found:
            raise NotFoundError(_("that information system no longer exists"))
        return found[0]

    def save_review(self, system_id: int, details: domain.ReviewDetails) -> None:
        with self._file.changing() as session:
            principles = {p.code: p.id for p in session.scalars(select(models.Principle))}
            checked = valid_review(details, set(principles))
            if session.get(models.InformationSystem, system_id) is None:
                raise NotFoundError(_("that information system no longer exists"))
            store_review(session, system_id, checked, principles)

    def remove_review(self, system_id: int) -> None:
        """Back to not reviewed (what undoing a first review does)."""
        with self._file.changing() as session:
            record = session.scalar(select(models.DataReview).where(models.DataReview.system_id == system_id))
            if record is not None:
                session.delete(record)

    def dashboard(
        self, today: date | None = None, reviews: list[domain.SystemReview] | None = None
    ) -> domain.ReviewDashboard:
        """What needs attention; from `reviews` when the caller has just read them."""
        today = today or date.today()
        reviews = self.reviews() if reviews is None else reviews
        never_reviewed_first = sorted(
            reviews, key=lambda r: (r.details is not None, -r.sensitivity.rank, r.system_name.casefold())
        )
        concerns = [c for review in never_reviewed_first for c in concerns_of(review, today)]
        not_met: Counter[str] = Counter()
        partly: Counter[str] = Counter()
        for review in reviews:
            for code, rating in (review.details.ratings if review.details else {}).items():
                not_met[code] += rating.rating is PrincipleRating.NOT_MET
                partly[code] += rating.rating is PrincipleRating.PARTLY
        counts = [
            domain.PrincipleCount(code, name, not_met[code], partly[code])
            for code, name, _d in self.principles()
        ]
        counts.sort(key=lambda c: (-c.not_met, -c.partly))
        reviewed = sum(1 for r in reviews if r.details is not None)
        return domain.ReviewDashboard(tuple(concerns), tuple(counts), reviewed, len(reviews))
