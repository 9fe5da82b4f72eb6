"""The organisation register: who is active in the operation, with a focal point, kept free of duplicates."""

import re
from dataclasses import replace
from typing import Any, cast

from sqlalchemy import Table, delete, func, or_, select
from sqlalchemy.orm import Session

from pim_desktop.domain import model
from pim_desktop.domain.enums import OrganisationType
from pim_desktop.domain.errors import NotFoundError, OrganisationInUseError, ValidationError
from pim_desktop.domain.fields import ORGANISATION_FIELDS, typed_attributes
from pim_desktop.domain.validation import clean_text, fold_key, required_name
from pim_desktop.i18n import _
from pim_desktop.services.concurrency import made_again, refuse_if_overtaken, saving_over
from pim_desktop.services.mapping import driver_rows
from pim_desktop.storage import models
from pim_desktop.storage.bulk import insert_numbered
from pim_desktop.storage.operation_file import OperationFile, coded_value, stored_day

# The details' attributes stored as they are (name and acronym also folded for matching)
_STORED = tuple(f.details_attribute for f in ORGANISATION_FIELDS if f.details_attribute)
_TEXT_FIELDS = tuple(
    name for name in typed_attributes(ORGANISATION_FIELDS) if name != "name"
)  # cleaned alike
_LABELS = {f.details_attribute: f.label for f in ORGANISATION_FIELDS if f.details_attribute}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MAX_ACRONYM_LENGTH = 50
_ORGANISATION_TYPES = {kind.value: kind for kind in OrganisationType}


def check_email(value: str) -> None:
    if value and not _EMAIL.match(value):
        raise ValidationError(_("'{value}' does not look like an e-mail address").format(value=value))


def validated(details: model.OrganisationDetails) -> model.OrganisationDetails:
    """The details as they will be stored, or a ValidationError saying what is wrong."""
    texts: dict[str, Any] = {name: clean_text(getattr(details, name)) for name in _TEXT_FIELDS}
    cleaned = replace(details, name=required_name(details.name, "organisation name"), **texts)
    if len(cleaned.acronym) > MAX_ACRONYM_LENGTH:
        raise ValidationError(
            _("the acronym can have at most {count} characters").format(count=MAX_ACRONYM_LENGTH)
        )
    check_email(cleaned.focal_email)
    return cleaned


def details_of(record: models.Organisation) -> model.OrganisationDetails:
    return model.OrganisationDetails(**{name: getattr(record, name) for name in _STORED})


def store(record: models.Organisation, details: model.OrganisationDetails) -> None:
    for name in _STORED:
        setattr(record, name, getattr(details, name))
    record.name_key, record.acronym_key = fold_key(details.name), fold_key(details.acronym)


def insert_many(session: Session, organisations: list[model.OrganisationDetails]) -> list[int]:
    """New organisations, validated already, stored in one statement; their ids in order."""
    if not organisations:
        return []
    now = models.utc_now()
    rows = [
        {
            **{name: getattr(d, name) for name in _STORED},
            "name_key": fold_key(d.name),
            "acronym_key": fold_key(d.acronym),
            "created_at": now,
            "updated_at": now,
        }
        for d in organisations
    ]
    # a mapped class's __table__ is its Table, which SQLAlchemy's types say only as a FromClause
    return insert_numbered(session, cast(Table, models.Organisation.__table__), rows)


def find_details(session: Session, organisation_id: int) -> model.OrganisationDetails | None:
    """An organisation's details as stored, or None when it is gone."""
    record = session.get(models.Organisation, organisation_id)
    return details_of(record) if record is not None else None


def names(session: Session) -> list[tuple[int, str, str, str]]:
    """Every organisation's id, name, acronym and identifier: what an import matches its rows against."""
    query = select(
        models.Organisation.id,
        models.Organisation.name,
        models.Organisation.acronym,
        models.Organisation.identifier,
    )
    return [(i, name, acronym, identifier) for i, name, acronym, identifier in session.execute(query)]


def ids_by_name(session: Session) -> dict[str, int]:
    """The organisations by folded name (of two that share one, the later)."""
    query = select(models.Organisation.id, models.Organisation.name_key).order_by(models.Organisation.id)
    return {name_key: organisation_id for organisation_id, name_key in session.execute(query)}


def labels_of(session: Session, ids: set[int]) -> dict[int, str]:
    """The organisations asked for, each as "name (acronym)"."""
    query = select(models.Organisation.id, models.Organisation.name, models.Organisation.acronym)
    rows = session.execute(query.where(models.Organisation.id.in_(ids)))
    return {i: f"{name} ({acronym})" if acronym else name for i, name, acronym in rows}


def save(
    session: Session, organisation_id: int | None, details: model.OrganisationDetails
) -> models.Organisation:
    """Validated details stored into the organisation `organisation_id`, or into a new one (None)."""
    if organisation_id is None:
        record = models.Organisation(name="", name_key="")
        session.add(record)
    else:
        found = session.get(models.Organisation, organisation_id)
        if found is None:
            raise NotFoundError(_("that organisation no longer exists"))
        record = found
    store(record, details)
    return record


class ByName:
    """Where a record a file brings is stored when nothing else is said: into the one of its name (folded),
    or a new one. A merge of an offline copy says which record instead (imports/offline_merge.py)."""


BY_NAME = ByName()


class OrganisationsByName:
    """Organisations a file brings, each stored into the organisation of its name (folded) that was there
    before, or into a new one: the ids come once all are stored."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._existing = ids_by_name(session)
        self._stored: list[models.Organisation] = []

    def store(self, details: model.OrganisationDetails, into: int | ByName | None = BY_NAME) -> None:
        """Validated details, into the organisation of their name, or into the one `into` said (None: a new
        one)."""
        existing = self._existing.get(fold_key(details.name)) if isinstance(into, ByName) else into
        self._stored.append(save(self._session, existing, details))

    def ids(self) -> list[int]:
        self._session.flush()
        return [record.id for record in self._stored]


class OrganisationService:
    field_labels = _LABELS  # what each field of the details is called, for a conflict shown to the user

    def __init__(self, operation_file: OperationFile) -> None:
        self._file = operation_file

    def organisations(self) -> list[model.Organisation]:
        """Every organisation with the number of systems it takes part in, by name."""
        with self._file.session() as session:
            counts = dict(
                session.execute(
                    select(
                        models.SystemOrganisation.organisation_id,
                        func.count(models.SystemOrganisation.system_id.distinct()),
                    ).group_by(models.SystemOrganisation.organisation_id)
                ).all()
            )
            # plain rows from the driver: making 2,000 ORM objects took most of the time
            sql = f"SELECT id, row_version, {', '.join(_STORED)} FROM organisation ORDER BY name_key, id"
            found = []
            for organisation_id, version, *values in driver_rows(session, sql):
                stored = dict(zip(_STORED, values, strict=True))
                stored["org_type"] = coded_value(_ORGANISATION_TYPES, stored["org_type"])
                stored["last_confirmed"] = stored_day(stored["last_confirmed"])
                details = model.OrganisationDetails(**stored)
                found.append(
                    model.Organisation(organisation_id, details, counts.get(organisation_id, 0), version)
                )
            return found

    def get(self, organisation_id: int) -> model.Organisation:
        with self._file.session() as session:
            record = session.get(models.Organisation, organisation_id)
            if record is None:
                raise NotFoundError(_("that organisation no longer exists"))
            count = session.scalar(
                select(func.count(models.SystemOrganisation.system_id.distinct())).where(
                    models.SystemOrganisation.organisation_id == organisation_id
                )
            )
            return model.Organisation(record.id, details_of(record), count or 0, record.row_version)

    def likely_duplicates(
        self, details: model.OrganisationDetails, except_id: int | None = None
    ) -> list[model.Organisation]:
        """Organisations with the same name or acronym, ignoring case, accents and spacing, or the same
        identifier: shown as a warning before adding or saving, never a refusal."""
        name_key, acronym_key = fold_key(details.name), fold_key(details.acronym)
        conditions = [models.Organisation.name_key == name_key, models.Organisation.acronym_key == name_key]
        if acronym_key:
            conditions += [
                models.Organisation.acronym_key == acronym_key,
                models.Organisation.name_key == acronym_key,
            ]
        if details.identifier.strip():
            conditions.append(models.Organisation.identifier == details.identifier.strip())
        with self._file.session() as session:
            query = select(models.Organisation).where(or_(*conditions))
            if except_id is not None:
                query = query.where(models.Organisation.id != except_id)
            return [model.Organisation(r.id, details_of(r), 0) for r in session.scalars(query)]

    def add(self, details: model.OrganisationDetails) -> int:
        valid = validated(details)
        with self._file.changing() as session:
            record = save(session, None, valid)
            session.flush()
            return record.id

    def update(
        self, organisation_id: int, details: model.OrganisationDetails, base: model.Organisation | None = None
    ) -> None:
        """Store the details; when the user started from `base` (what get() gave), refused with a
        StaleRecordError if someone else saved the organisation since. A save the server cancelled to break
        a deadlock is made again."""
        valid = validated(details)
        made_again(lambda: self._update(organisation_id, valid, base))

    def _update(
        self, organisation_id: int, valid: model.OrganisationDetails, base: model.Organisation | None
    ) -> None:
        if base is None:
            with self._file.changing() as session:
                save(session, organisation_id, valid)
            return

        def now() -> model.OrganisationDetails | None:
            with self._file.session() as session:
                record = session.get(models.Organisation, organisation_id)
                return None if record is None else details_of(record)

        name = base.details.name
        with saving_over(self._file, name, base.details, now, _LABELS) as session:
            found = session.get(models.Organisation, organisation_id)
            refuse_if_overtaken(found, base.version, name, base.details, details_of, _LABELS)
            save(session, organisation_id, valid)

    def delete(self, organisation_id: int, *, detach_from_systems: bool = False) -> None:
        """Delete an organisation. One that still runs systems is refused with their names, unless the user
        agreed to take it off those systems (the systems stay)."""
        with self._file.session() as session:
            record = session.get(models.Organisation, organisation_id)
            if record is None:
                raise NotFoundError(_("that organisation no longer exists"))
            system_names = list(
                session.scalars(
                    select(models.InformationSystem.name)
                    .join(models.SystemOrganisation)
                    .where(models.SystemOrganisation.organisation_id == organisation_id)
                    .distinct()
                    .order_by(models.InformationSystem.name)
                )
            )
            if system_names and not detach_from_systems:
                raise OrganisationInUseError(record.name, system_names)
            session.execute(
                delete(models.SystemOrganisation).where(
                    models.SystemOrganisation.organisation_id == organisation_id
                )
            )
            session.delete(record)
