"""The register of information systems: what each system is, who runs it, where, and how sensitive it is."""

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import EntryState
from pim_desktop.domain.errors import NotFoundError, ValidationError
from pim_desktop.domain.validation import clean_text, country_code, fold_key, required_name
from pim_desktop.i18n import _
from pim_desktop.services.organisations import check_email
from pim_desktop.storage import models
from pim_desktop.storage.operation_file import OperationFile

# The system's picked lists, and the matrix row whose entries they are picked from
PICKED_ROWS = {"sub_categories": "sub_categories", "methods": "methods", "outputs": "output"}
_TEXT_FIELDS = (
    "sub_categories",
    "methods",
    "outputs",
    "population_groups",
    "frequency",
    "shared_data",
    "shared_with",
    "sharing_agreement",
    "contact_name",
    "contact_email",
    "contact_phone",
    "description",
    "notes",
)


def _clean_area(area: model.Area) -> model.Area:
    cleaned = model.Area(
        country_iso3=country_code(area.country_iso3) or "",
        admin1=clean_text(area.admin1),
        admin1_pcode=clean_text(area.admin1_pcode),
        admin2=clean_text(area.admin2),
        admin2_pcode=clean_text(area.admin2_pcode),
    )
    # an empty admin 1 means the whole country: an admin 2 without it would cover everywhere
    if not cleaned.admin1 and (cleaned.admin2 or cleaned.admin1_pcode or cleaned.admin2_pcode):
        area = cleaned.admin2 or cleaned.admin2_pcode or cleaned.admin1_pcode
        raise ValidationError(_("the area '{area}' needs its admin 1").format(area=area))
    return cleaned


def validated(details: model.SystemDetails, session: Session) -> model.SystemDetails:
    """The details as they will be stored, or a ValidationError saying what is wrong."""
    with session.no_autoflush:  # checking reads what is stored; what is pending can wait
        return _validated(details, session)


def _validated(details: model.SystemDetails, session: Session) -> model.SystemDetails:
    cleaned = replace(
        details,
        name=required_name(details.name, "system name"),
        **{name: clean_text(getattr(details, name)) for name in _TEXT_FIELDS},
    )
    known_categories = set(session.scalars(select(models.Category.id)))
    if cleaned.primary_category_id is None:
        raise ValidationError(_("choose the PIM category the system belongs to"))
    wanted = {cleaned.primary_category_id, *cleaned.secondary_category_ids}
    if not wanted <= known_categories:
        raise NotFoundError(_("a category of this system no longer exists"))
    secondary = tuple(
        dict.fromkeys(c for c in cleaned.secondary_category_ids if c != cleaned.primary_category_id)
    )
    organisation_ids = {link.organisation_id for link in cleaned.links}
    known_organisations = set(
        session.scalars(select(models.Organisation.id).where(models.Organisation.id.in_(organisation_ids)))
    )
    if organisation_ids - known_organisations:
        raise NotFoundError(_("an organisation of this system no longer exists"))
    if cleaned.start_date and cleaned.end_date and cleaned.end_date < cleaned.start_date:
        # TRANSLATORS: how a day is written in a message, in strftime's codes ("05 Mar 2024" in English)
        written = _("%d %b %Y")
        raise ValidationError(
            _("the end date ({end}) is before the start date ({start})").format(
                end=cleaned.end_date.strftime(written), start=cleaned.start_date.strftime(written)
            )
        )
    check_email(cleaned.contact_email)
    areas = tuple(dict.fromkeys(area for area in map(_clean_area, cleaned.areas) if area != model.Area()))
    return replace(
        cleaned,
        secondary_category_ids=secondary,
        links=tuple(dict.fromkeys(cleaned.links)),
        areas=areas,
    )


def _details(record: models.InformationSystem) -> model.SystemDetails:
    return model.SystemDetails(
        name=record.name,
        primary_category_id=record.primary_category_id,
        secondary_category_ids=tuple(sorted(link.category_id for link in record.secondary_categories)),
        links=tuple(
            model.SystemLink(link.organisation_id, link.role)
            for link in sorted(record.organisation_links, key=lambda link: link.id)
        ),
        areas=tuple(
            model.Area(a.country_iso3, a.admin1, a.admin1_pcode, a.admin2, a.admin2_pcode)
            for a in record.areas
        ),
        status=record.status,
        start_date=record.start_date,
        end_date=record.end_date,
        sensitivity=record.sensitivity,
        **{name: getattr(record, name) for name in _TEXT_FIELDS},
    )


MatrixIndex = dict[str, list[tuple[int, str, int]]]  # row code -> (entry id, folded text, category id)


def matrix_index(session: Session) -> MatrixIndex:
    """The matrix entries systems can pick, read once (an import stores thousands of systems)."""
    index: MatrixIndex = {code: [] for code in PICKED_ROWS.values()}
    query = (
        select(
            models.MatrixEntry.id,
            models.MatrixEntry.text,
            models.MatrixEntry.category_id,
            models.MatrixRow.code,
        )
        .join(models.MatrixRow)
        .where(models.MatrixRow.code.in_(index), models.MatrixEntry.state != EntryState.REMOVED)
    )
    for entry_id, text, category_id, row_code in session.execute(query):
        index[row_code].append((entry_id, fold_key(text), category_id))
    return index


def store(
    session: Session,
    record: models.InformationSystem,
    details: model.SystemDetails,
    entries: MatrixIndex | None = None,
) -> None:
    """Write validated details into a record (new or stored); `entries` saves re-reading the matrix."""
    is_new = record.id is None
    record.name, record.name_key = details.name, fold_key(details.name)
    record.primary_category_id = details.primary_category_id  # type: ignore[assignment] - validated
    record.status, record.sensitivity = details.status, details.sensitivity
    record.start_date, record.end_date = details.start_date, details.end_date
    for name in _TEXT_FIELDS:
        setattr(record, name, getattr(details, name))
    if not is_new:
        # the old links go first: the unit of work would insert the new ones before deleting the old
        record.secondary_categories.clear()
        record.organisation_links.clear()
        record.areas.clear()
        record.picked_entries.clear()
        session.flush()
    record.secondary_categories = [
        models.SystemSecondaryCategory(category_id=category_id)
        for category_id in details.secondary_category_ids
    ]
    record.organisation_links = [
        models.SystemOrganisation(organisation_id=link.organisation_id, role=link.role)
        for link in details.links
    ]
    record.areas = [
        models.SystemArea(
            country_iso3=a.country_iso3,
            admin1=a.admin1,
            admin1_pcode=a.admin1_pcode,
            admin2=a.admin2,
            admin2_pcode=a.admin2_pcode,
        )
        for a in details.areas
    ]
    picked = _picked_entries(details, entries if entries is not None else matrix_index(session))
    record.picked_entries = [models.SystemMatrixEntry(entry_id=entry_id) for entry_id in sorted(picked)]


def _picked_entries(details: model.SystemDetails, entries: MatrixIndex) -> set[int]:
    """A line of the system's sub-categories, methods or outputs that is an entry of the matrix links to that
    entry: in the primary category if it is there, else in the first secondary category that has it (one
    line, one entry, even when several categories share the wording)."""
    category_order = {
        c: i for i, c in enumerate((details.primary_category_id, *details.secondary_category_ids))
    }
    picked: set[int] = set()
    for field_name, row_code in PICKED_ROWS.items():
        lines = {fold_key(line) for line in getattr(details, field_name).splitlines() if line.strip()}
        if not lines:
            continue
        first: dict[str, tuple[int, int]] = {}  # line -> (category rank, entry id)
        for entry_id, key, category_id in entries[row_code]:
            rank = category_order.get(category_id)
            if rank is not None and key in lines and (key not in first or (rank, entry_id) < first[key]):
                first[key] = (rank, entry_id)
        picked.update(entry_id for _, entry_id in first.values())
    return picked


def save(
    session: Session, system_id: int | None, details: model.SystemDetails, entries: MatrixIndex | None = None
) -> models.InformationSystem:
    """Validated details stored into the system `system_id`, or into a new one (None)."""
    if system_id is None:
        record = models.InformationSystem(name="", name_key="")
        session.add(record)
    else:
        found = session.get(models.InformationSystem, system_id)
        if found is None:
            raise NotFoundError(_("that information system no longer exists"))
        record = found
    store(session, record, details, entries)
    return record


class SystemService:
    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def get(self, system_id: int) -> model.InformationSystem:
        with self._file.session() as session:
            record = session.get(models.InformationSystem, system_id)
            if record is None:
                raise NotFoundError(_("that information system no longer exists"))
            return model.InformationSystem(record.id, _details(record))

    def picked_entry_ids(self, system_id: int) -> set[int]:
        with self._file.session() as session:
            query = select(models.SystemMatrixEntry.entry_id).where(
                models.SystemMatrixEntry.system_id == system_id
            )
            return set(session.scalars(query))

    def likely_duplicates(self, name: str, except_id: int | None = None) -> list[str]:
        """Systems of the same name, ignoring case, accents and spacing: a warning, never a refusal (two
        organisations may well run systems of one name)."""
        with self._file.session() as session:
            query = select(models.InformationSystem.name).where(
                models.InformationSystem.name_key == fold_key(name)
            )
            if except_id is not None:
                query = query.where(models.InformationSystem.id != except_id)
            return list(session.scalars(query))

    def check(self, details: model.SystemDetails) -> model.SystemDetails:
        """The details as they would be stored, or the ValidationError that storing them would raise."""
        with self._file.session() as session:
            return validated(details, session)

    def add(self, details: model.SystemDetails) -> int:
        with self._file.changing() as session:
            record = save(session, None, validated(details, session))
            session.flush()
            return record.id

    def update(self, system_id: int, details: model.SystemDetails) -> None:
        with self._file.changing() as session:
            save(session, system_id, validated(details, session))

    def delete(self, system_id: int) -> None:
        with self._file.changing() as session:
            record = session.get(models.InformationSystem, system_id)
            if record is None:
                raise NotFoundError(_("that information system no longer exists"))
            session.delete(record)
