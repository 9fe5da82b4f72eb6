"""The register of information systems: what each system is, who runs it, where, and how sensitive it is."""

from dataclasses import replace
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import EntryState
from pim_desktop.domain.errors import NotFoundError, ValidationError
from pim_desktop.domain.fields import DATE, SYSTEM_FIELDS, typed_attributes
from pim_desktop.domain.validation import clean_text, country_code, fold_key, required_name
from pim_desktop.i18n import _
from pim_desktop.services.concurrency import made_again, refuse_if_overtaken, saving_over
from pim_desktop.services.organisations import BY_NAME, ByName, check_email
from pim_desktop.storage import models
from pim_desktop.storage.bulk import insert_numbered, insert_rows
from pim_desktop.storage.operation_file import OperationFile

# The system's picked lists, and the matrix row whose entries they are picked from
PICKED_ROWS = {"sub_categories": "sub_categories", "methods": "methods", "outputs": "output"}
_TEXT_FIELDS = tuple(name for name in typed_attributes(SYSTEM_FIELDS) if name != "name")  # cleaned alike
_DAY_FIELDS = tuple(f.details_attribute for f in SYSTEM_FIELDS if f.kind == DATE)  # stored as they are


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
        named = cleaned.admin2 or cleaned.admin2_pcode or cleaned.admin1_pcode
        raise ValidationError(_("the area '{area}' needs its admin 1").format(area=named))
    return cleaned


def validated(details: model.SystemDetails, session: Session) -> model.SystemDetails:
    """The details as they will be stored, or a ValidationError saying what is wrong."""
    with session.no_autoflush:  # checking reads what is stored; what is pending can wait
        organisation_ids = {link.organisation_id for link in details.links}
        known_organisations = set(
            session.scalars(
                select(models.Organisation.id).where(models.Organisation.id.in_(organisation_ids))
            )
        )
        return checked(details, set(session.scalars(select(models.Category.id))), known_organisations)


def checked(
    details: model.SystemDetails, known_categories: set[int], known_organisations: set[int]
) -> model.SystemDetails:
    """validated() against categories and organisations read once: an import checks thousands of systems."""
    texts: dict[str, Any] = {name: clean_text(getattr(details, name)) for name in _TEXT_FIELDS}
    name = required_name(details.name, "system name")
    primary = details.primary_category_id
    if primary is None:
        raise ValidationError(_("choose the PIM category the system belongs to"))
    if not {primary, *details.secondary_category_ids} <= known_categories:
        raise NotFoundError(_("a category of this system no longer exists"))
    secondary = tuple(dict.fromkeys(c for c in details.secondary_category_ids if c != primary))
    if {link.organisation_id for link in details.links} - known_organisations:
        raise NotFoundError(_("an organisation of this system no longer exists"))
    if details.start_date and details.end_date and details.end_date < details.start_date:
        # TRANSLATORS: how a day is written in a message, in strftime's codes ("05 Mar 2024" in English)
        written = _("%d %b %Y")
        raise ValidationError(
            _("the end date ({end}) is before the start date ({start})").format(
                end=details.end_date.strftime(written), start=details.start_date.strftime(written)
            )
        )
    check_email(texts["contact_email"])
    areas = tuple(dict.fromkeys(area for area in map(_clean_area, details.areas) if area != model.Area()))
    return replace(  # one copy: an import makes tens of thousands
        details,
        name=name,
        secondary_category_ids=secondary,
        links=tuple(dict.fromkeys(details.links)),
        areas=areas,
        **texts,
    )


# the details' attributes as the user knows them, for what someone else changed
_LABELS = {f.details_attribute: f.label for f in SYSTEM_FIELDS if f.details_attribute}


def details_of(record: models.InformationSystem) -> model.SystemDetails:
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
        **{name: getattr(record, name) for name in _DAY_FIELDS},
        sensitivity=record.sensitivity,
        **{name: getattr(record, name) for name in _TEXT_FIELDS},
    )


def find_details(session: Session, system_id: int) -> model.SystemDetails | None:
    """A system's details as stored, or None when it is gone."""
    record = session.get(models.InformationSystem, system_id)
    return details_of(record) if record is not None else None


def name_keys(session: Session) -> list[tuple[int, str]]:
    """Every system's id and folded name, in the order they were made: what an import matches its rows
    against."""
    query = select(models.InformationSystem.id, models.InformationSystem.name_key).order_by(
        models.InformationSystem.id
    )
    return [(system_id, key) for system_id, key in session.execute(query)]


def names_of(session: Session, ids: set[int]) -> dict[int, str]:
    """The names of the systems asked for."""
    query = select(models.InformationSystem.id, models.InformationSystem.name)
    return dict(session.execute(query.where(models.InformationSystem.id.in_(ids))).tuples().all())


# row code -> folded entry text -> (entry id, category id) of each entry with those words
MatrixIndex = dict[str, dict[str, list[tuple[int, int]]]]


def matrix_index(session: Session) -> MatrixIndex:
    """The matrix entries systems can pick, by their words, read once (an import stores thousands)."""
    index: MatrixIndex = {code: {} for code in PICKED_ROWS.values()}
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
        index[row_code].setdefault(fold_key(text), []).append((entry_id, category_id))
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
    if details.primary_category_id is None:  # validated details always have one
        raise ValueError("a system is stored only with its PIM category")
    record.primary_category_id = details.primary_category_id
    record.status, record.sensitivity = details.status, details.sensitivity
    for name in _DAY_FIELDS:
        setattr(record, name, getattr(details, name))
    for name in _TEXT_FIELDS:
        setattr(record, name, getattr(details, name))
    picked = sorted(_picked_entries(details, entries if entries is not None else matrix_index(session)))
    replaced = _LINKED if is_new else _changed_links(record, details, picked)
    if replaced and not is_new:
        # the old links go first: the unit of work would insert the new ones before deleting the old
        for name in replaced:
            getattr(record, name).clear()
        session.flush()
    if "secondary_categories" in replaced:
        record.secondary_categories = [
            models.SystemSecondaryCategory(category_id=category_id)
            for category_id in details.secondary_category_ids
        ]
    if "organisation_links" in replaced:
        record.organisation_links = [
            models.SystemOrganisation(organisation_id=link.organisation_id, role=link.role)
            for link in details.links
        ]
    if "areas" in replaced:
        record.areas = [models.SystemArea(**{f: getattr(a, f) for f in _AREA_FIELDS}) for a in details.areas]
    if "picked_entries" in replaced:
        record.picked_entries = [models.SystemMatrixEntry(entry_id=entry_id) for entry_id in picked]


_LINKED = ("secondary_categories", "organisation_links", "areas", "picked_entries")


def _changed_links(
    record: models.InformationSystem, details: model.SystemDetails, picked: list[int]
) -> list[str]:
    """The stored system's collections that the details change: only those are written again (an edit of its
    notes rewrites no link, and so logs, audits and announces none)."""
    stored = details_of(record)
    now_picked = sorted(entry.entry_id for entry in record.picked_entries)
    return [
        name
        for name, unchanged in (
            (
                "secondary_categories",
                stored.secondary_category_ids == tuple(sorted(details.secondary_category_ids)),
            ),
            ("organisation_links", stored.links == details.links),
            ("areas", stored.areas == details.areas),
            ("picked_entries", now_picked == picked),
        )
        if not unchanged
    ]


def insert_many(session: Session, systems: list[model.SystemDetails], entries: MatrixIndex) -> list[int]:
    """New systems, checked already, stored in a few statements rather than one unit of work each (an import
    adds tens of thousands); their ids in order."""
    if not systems:
        return []
    now = models.utc_now()
    rows = [
        {
            "name": d.name,
            "name_key": fold_key(d.name),
            "primary_category_id": d.primary_category_id,
            "status": d.status,
            "sensitivity": d.sensitivity,
            **{name: getattr(d, name) for name in _DAY_FIELDS},
            "created_at": now,
            "updated_at": now,
            **{name: getattr(d, name) for name in _TEXT_FIELDS},
        }
        for d in systems
    ]
    # a mapped class's __table__ is its Table, which SQLAlchemy's types say only as a FromClause
    ids = insert_numbered(session, cast(Table, models.InformationSystem.__table__), rows)
    secondary, links, areas, picked = [], [], [], []
    for system_id, d in zip(ids, systems, strict=True):
        secondary += [{"system_id": system_id, "category_id": c} for c in d.secondary_category_ids]
        links += [
            {"system_id": system_id, "organisation_id": link.organisation_id, "role": link.role}
            for link in d.links
        ]
        areas += [{"system_id": system_id, **{f: getattr(a, f) for f in _AREA_FIELDS}} for a in d.areas]
        picked += [{"system_id": system_id, "entry_id": e} for e in sorted(_picked_entries(d, entries))]
    for link_table, table_rows in (
        (models.SystemSecondaryCategory, secondary),
        (models.SystemOrganisation, links),
        (models.SystemArea, areas),
        (models.SystemMatrixEntry, picked),
    ):
        insert_rows(session, cast(Table, link_table.__table__), table_rows)
    return ids


_AREA_FIELDS = ("country_iso3", "admin1", "admin1_pcode", "admin2", "admin2_pcode")


def _picked_entries(details: model.SystemDetails, entries: MatrixIndex) -> set[int]:
    """A line of the system's sub-categories, methods or outputs that is an entry of the matrix links to that
    entry: in the primary category if it is there, else in the first secondary category that has it (one
    line, one entry, even when several categories share the wording)."""
    category_order = {
        c: i for i, c in enumerate((details.primary_category_id, *details.secondary_category_ids))
    }
    picked: set[int] = set()
    for field_name, row_code in PICKED_ROWS.items():
        text = getattr(details, field_name)
        if not text:
            continue
        by_words = entries[row_code]
        for line in {fold_key(line) for line in text.splitlines() if line.strip()}:
            ranked = [
                (category_order[category_id], entry_id)
                for entry_id, category_id in by_words.get(line, ())
                if category_id in category_order
            ]
            if ranked:
                picked.add(min(ranked)[1])
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
        if details_of(record) != details:
            # a change of its links or places alone is a change of the system: its row, and so its version
            record.updated_at = models.utc_now()
    store(session, record, details, entries)
    return record


class SystemsByName:
    """Systems a file brings, each stored into the system of its name (folded) that was there before, or into
    a new one, through the window's rules: the ids come once all are stored (one flush for thousands)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._existing = {name_key: system_id for system_id, name_key in name_keys(session)}
        self._entries = matrix_index(session)  # read once for all the systems
        self._stored: list[models.InformationSystem] = []

    def store(self, details: model.SystemDetails, into: int | ByName | None = BY_NAME) -> None:
        """Into the system of the details' name, or into the system `into` said (None: a new one)."""
        valid = validated(details, self._session)  # before the new record joins the session
        existing = self._existing.get(fold_key(details.name)) if isinstance(into, ByName) else into
        self._stored.append(save(self._session, existing, valid, self._entries))

    def ids(self) -> list[int]:
        self._session.flush()
        return [record.id for record in self._stored]


class SystemService:
    field_labels = _LABELS  # what each field of the details is called, for a conflict shown to the user

    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def get(self, system_id: int) -> model.InformationSystem:
        with self._file.session() as session:
            record = session.get(models.InformationSystem, system_id)
            if record is None:
                raise NotFoundError(_("that information system no longer exists"))
            return model.InformationSystem(record.id, details_of(record), record.row_version)

    def stored_values(self, names: tuple[str, ...]) -> dict[int, dict[str, Any]]:
        """The named columns of every system as stored, by system id, in one read: what an export shows
        beside the mapping's summaries."""
        # a mapped class's __table__ is its Table, which SQLAlchemy's types say only as a FromClause
        table = cast(Table, models.InformationSystem.__table__)
        with self._file.session() as session:
            rows = session.execute(select(table.c.id, *(table.c[name] for name in names)))
            return {row[0]: dict(zip(names, row[1:], strict=True)) for row in rows}

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

    def update(
        self, system_id: int, details: model.SystemDetails, base: model.InformationSystem | None = None
    ) -> None:
        """Store the details; when the user started from `base` (what get() gave), refused with a
        StaleRecordError if someone else saved the system since. A save the server cancelled to break a
        deadlock is made again."""
        made_again(lambda: self._update(system_id, details, base))

    def _update(
        self, system_id: int, details: model.SystemDetails, base: model.InformationSystem | None
    ) -> None:
        if base is None:
            with self._file.changing() as session:
                save(session, system_id, validated(details, session))
            return

        def now() -> model.SystemDetails | None:
            with self._file.session() as session:
                return find_details(session, system_id)

        name = base.details.name
        with saving_over(self._file, name, base.details, now, _LABELS) as session:
            record = session.get(models.InformationSystem, system_id)
            refuse_if_overtaken(record, base.version, name, base.details, details_of, _LABELS)
            save(session, system_id, validated(details, session))

    def delete(self, system_id: int) -> None:
        with self._file.changing() as session:
            record = session.get(models.InformationSystem, system_id)
            if record is None:
                raise NotFoundError(_("that information system no longer exists"))
            session.delete(record)
