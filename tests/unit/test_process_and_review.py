"""The PIM Process tracker and the responsible-data review, through their services, on a real file."""

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from pim_desktop.domain import model, process as domain
from pim_desktop.domain.enums import PrincipleRating, ProcessStatus, Sensitivity
from pim_desktop.domain.errors import ValidationError
from pim_desktop.services.operations import Source, open_operation, source_of
from pim_desktop.services.process import ProcessService
from pim_desktop.services.review import ReviewService
from pim_desktop.services.systems import SystemService
from pim_desktop.storage.operation_file import OperationFile
from tests.helpers import stored_rows

TODAY = date(2026, 11, 21)


@pytest.fixture
def operation(new_operation_source: Source) -> Iterator[OperationFile]:
    with open_operation(new_operation_source) as operation_file:
        yield operation_file


def _step(overview: domain.ProcessOverview, code: str) -> domain.ProcessStep:
    return next(s for s in overview.steps if s.code == code)


def test_the_four_steps_come_in_order_each_with_its_sub_steps(operation: OperationFile):
    overview = ProcessService(operation).overview()
    assert [s.code for s in overview.main_steps] == ["assess", "design", "implement", "evaluate"]
    assert len(overview.steps) == 16 and sum(s.is_sub_step for s in overview.steps) == 12
    codes = [s.code for s in overview.steps]
    assert codes.index("design") < codes.index("design.with_communities") < codes.index("implement")
    assert overview.where_it_stands().code == "assess" and overview.warnings == ()


def test_a_step_records_status_owner_dates_notes_and_evidence(operation: OperationFile):
    service = ProcessService(operation)
    assess = _step(service.overview(), "assess")
    details = domain.StepDetails(
        ProcessStatus.DONE,
        "  IM officer ",
        date(2026, 1, 5),
        date(2026, 2, 1),
        "Desk review done",
        "a.pdf\n\n ref 12 ",
    )
    service.update_step(assess.id, details)
    stored = _step(service.overview(), "assess").details
    assert (
        stored.owner == "IM officer"
        and stored.evidence == "a.pdf\nref 12"
        and stored.status is ProcessStatus.DONE
    )
    assert service.overview().where_it_stands().code == "design"
    rows = stored_rows(
        source_of(operation),
        "SELECT status, owner, CAST(start_date AS TEXT) FROM process_step WHERE code = 'assess'",
    )
    assert rows == [("done", "IM officer", "2026-01-05")]


def test_dates_out_of_order_are_refused_and_nothing_changes(operation: OperationFile):
    service = ProcessService(operation)
    assess = _step(service.overview(), "assess")
    with pytest.raises(ValidationError, match="done before it started"):
        service.update_step(
            assess.id, domain.StepDetails(ProcessStatus.DONE, "", date(2026, 3, 1), date(2026, 2, 1))
        )
    assert service.step_details(assess.id) == domain.StepDetails()


def test_a_later_step_under_way_before_an_earlier_one_started_is_said_not_forbidden(operation: OperationFile):
    service = ProcessService(operation)
    implement = _step(service.overview(), "implement")
    service.update_step(implement.id, domain.StepDetails(ProcessStatus.IN_PROGRESS))
    overview = service.overview()
    assert _step(overview, "implement").details.status is ProcessStatus.IN_PROGRESS
    assert len(overview.warnings) == 2  # assess and design have not started
    assert (
        "Implement IM systems" in overview.warnings[0]
        and "Assess information landscape" in overview.warnings[0]
    )
    # sub-steps may be taken in any order: no warning for them
    service.update_step(implement.id, domain.StepDetails())
    sub = _step(service.overview(), "evaluate.sharing")
    service.update_step(sub.id, domain.StepDetails(ProcessStatus.IN_PROGRESS))
    assert service.overview().warnings == ()


def _system(operation: OperationFile, name: str, sensitivity: Sensitivity, shared_with: str = "") -> int:
    service = SystemService(operation)
    category = operation_category(operation)
    details = model.SystemDetails(
        name=name, primary_category_id=category, sensitivity=sensitivity, shared_with=shared_with
    )
    return service.add(details)


def operation_category(operation: OperationFile) -> int:
    from pim_desktop.services.matrix import MatrixService

    return MatrixService(operation).matrix().categories[0].id


def test_a_review_is_stored_and_read_back_with_its_ratings(operation: OperationFile):
    system_id = _system(operation, "Case files", Sensitivity.STRICTLY_CONFIDENTIAL)
    service = ReviewService(operation)
    assert service.review(system_id).details is None
    details = domain.ReviewDetails(
        holds_personal_data=True,
        risk_assessment_date=date(2026, 2, 1),
        consent_process="Verbal consent at intake, recorded on the form",
        agreement_reference="ISP Lebanon 2026",
        agreement_date=date(2026, 1, 1),
        agreement_review_date=date(2027, 1, 1),
        ratings={"do_no_harm": domain.Rating(PrincipleRating.PARTLY, "Paper files in an unlocked room")},
    )
    service.save_review(system_id, details)
    again = service.review(system_id).details
    assert again == details
    changed = replace(details, ratings={"do_no_harm": domain.Rating(PrincipleRating.MET)})
    service.save_review(system_id, changed)
    assert service.review(system_id).details.ratings == {"do_no_harm": domain.Rating(PrincipleRating.MET)}
    assert stored_rows(source_of(operation), "SELECT count(*) FROM principle_rating") == [(1,)]


def test_a_reviews_ratings_keep_their_order_when_one_changes(operation_source: Source):
    """In the order they were given, on a server too, where a changed row can be read last unless the
    order is asked for."""
    with open_operation(operation_source) as operation_file:
        service = ReviewService(operation_file)
        reviewed = next(r for r in service.reviews() if r.details and len(r.details.ratings) > 2)
        ratings = reviewed.details.ratings
        first = next(iter(ratings))
        noted = {**ratings, first: replace(ratings[first], note="Checked again in June")}
        service.save_review(reviewed.system_id, replace(reviewed.details, ratings=noted))
        again = next(r for r in service.reviews() if r.system_id == reviewed.system_id)
        assert list(again.details.ratings) == list(ratings)


def test_a_review_with_dates_or_principles_that_make_no_sense_is_refused(operation: OperationFile):
    system_id = _system(operation, "Case files", Sensitivity.RESTRICTED)
    service = ReviewService(operation)
    backwards = domain.ReviewDetails(agreement_date=date(2026, 5, 1), agreement_review_date=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="before it was made"):
        service.save_review(system_id, backwards)
    with pytest.raises(ValidationError, match="no PIM Principle 'honesty'"):
        service.save_review(system_id, domain.ReviewDetails(ratings={"honesty": domain.Rating()}))
    assert service.review(system_id).details is None


def test_the_dashboard_lists_what_needs_attention_and_the_principles_most_often_not_met(
    operation: OperationFile,
):
    service = ReviewService(operation)
    no_consent = _system(operation, "Hotline", Sensitivity.CONFIDENTIAL, shared_with="Protection cluster")
    fine = _system(operation, "4W", Sensitivity.PUBLIC, shared_with="Everyone")
    due = _system(operation, "Referrals", Sensitivity.CONFIDENTIAL, shared_with="Service providers")
    _system(operation, "Not reviewed", Sensitivity.STRICTLY_CONFIDENTIAL, shared_with="Donors")
    _system(operation, "Not reviewed either", Sensitivity.PUBLIC)
    not_met = {
        "do_no_harm": domain.Rating(PrincipleRating.NOT_MET),
        "defined_purpose": domain.Rating(PrincipleRating.PARTLY),
    }
    service.save_review(no_consent, domain.ReviewDetails(holds_personal_data=True, ratings=not_met))
    service.save_review(
        fine,
        domain.ReviewDetails(
            holds_personal_data=False, ratings={"do_no_harm": domain.Rating(PrincipleRating.NOT_MET)}
        ),
    )
    service.save_review(
        due,
        domain.ReviewDetails(
            holds_personal_data=True,
            consent_process="written",
            risk_assessment_date=date(2026, 1, 1),
            agreement_reference="DSA with partners",
            agreement_review_date=date(2026, 12, 1),
        ),
    )
    dashboard = service.dashboard(TODAY)
    found = {(c.system_name, c.kind) for c in dashboard.concerns}
    never = [(c.system_name, c.text) for c in dashboard.concerns[:2]]  # first, the most sensitive first
    assert never == [
        ("Not reviewed", "is strictly confidential and has never been reviewed"),
        ("Not reviewed either", "is public and has never been reviewed"),
    ]
    assert found == {
        ("Not reviewed", "never-reviewed"),
        ("Not reviewed either", "never-reviewed"),
        ("Hotline", "consent"),
        ("Hotline", "risk-assessment"),
        ("Hotline", "sharing"),
        ("Referrals", "agreement-review"),
    }
    assert next(c for c in dashboard.concerns if c.kind == "sharing").system_id == no_consent
    assert dashboard.principles[0].code == "do_no_harm" and dashboard.principles[0].not_met == 2
    assert dashboard.principles[1].code == "defined_purpose" and dashboard.principles[1].partly == 1
    assert (dashboard.reviewed, dashboard.systems) == (3, 5)


def test_the_sample_operation_has_a_process_under_way_and_reviews_to_show(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        overview = ProcessService(operation_file).overview()
        dashboard = ReviewService(operation_file).dashboard(TODAY)
    statuses = {s.details.status for s in overview.steps}
    assert ProcessStatus.DONE in statuses and ProcessStatus.IN_PROGRESS in statuses
    assert ProcessStatus.NOT_STARTED in statuses
    assert dashboard.reviewed >= 3 and len(dashboard.concerns) >= 3
    assert any(p.not_met for p in dashboard.principles)
