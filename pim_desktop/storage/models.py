"""The ORM models of an operation file.

One file holds one operation. The schema covers from the start what the matrix, mapping, action plan, process
and review features need, so later work extends it through Alembic migrations instead of rewriting it.
"""

from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from pim_desktop.domain.enums import (
    ActionStatus,
    CategoryGroup,
    EntryState,
    FocalPointKind,
    OrganisationType,
    PrincipleRating,
    Priority,
    ProcessStatus,
    Sensitivity,
    SystemRole,
    SystemStatus,
)

# Named constraints so that Alembic batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_type: type[StrEnum]) -> Enum:
    """Store an enum by its value (stable code), validated in Python, without a CHECK constraint that a
    future version adding a value would have to rebuild the table for."""
    return Enum(
        enum_type,
        values_callable=lambda members: [member.value for member in members],
        native_enum=False,
        create_constraint=False,
        validate_strings=True,
        length=32,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class Operation(Timestamped, Base):
    """The single operation a file describes."""

    __tablename__ = "operation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country_iso3: Mapped[str | None] = mapped_column(String(3))
    description: Mapped[str] = mapped_column(Text, default="")
    default_sensitivity: Mapped[Sensitivity] = mapped_column(
        enum_column(Sensitivity), default=Sensitivity.RESTRICTED
    )
    standard_matrix_version: Mapped[str] = mapped_column(String(32))


# --- The matrix ---------------------------------------------------------------------------------------------


class Category(Base):
    """A PIM category: a column of the matrix."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    group: Mapped[CategoryGroup] = mapped_column(enum_column(CategoryGroup))
    is_standard: Mapped[bool] = mapped_column(Boolean, default=True)


class MatrixRow(Base):
    """A criterion of the matrix: one of the seven standard rows or one of the operation's own."""

    __tablename__ = "matrix_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    is_standard: Mapped[bool] = mapped_column(Boolean, default=False)
    is_locked: Mapped[bool] = mapped_column(Boolean, default=False)


class MatrixEntry(Timestamped, Base):
    """One item in a matrix cell (category x row), ordered by position within the cell.

    `standard_key` and `standard_text` remember the standard item an entry came from, so the operation can see
    what it changed and reset it, even after a newer program ships a newer standard matrix.
    """

    __tablename__ = "matrix_entry"
    __table_args__ = (Index("ix_matrix_entry_cell", "category_id", "row_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"))
    row_id: Mapped[int] = mapped_column(ForeignKey("matrix_row.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    state: Mapped[EntryState] = mapped_column(enum_column(EntryState), default=EntryState.ADDED)
    standard_key: Mapped[str | None] = mapped_column(String(128), unique=True)
    standard_text: Mapped[str | None] = mapped_column(Text)


# --- Organisations and information systems ----------------------------------------------------------------


class Organisation(Timestamped, Base):
    __tablename__ = "organisation"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    # name and acronym folded (case, accents, spacing) for duplicate warnings and import matching
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    acronym: Mapped[str] = mapped_column(String(50), default="")
    acronym_key: Mapped[str] = mapped_column(String(50), default="", index=True)
    org_type: Mapped[OrganisationType] = mapped_column(
        enum_column(OrganisationType), default=OrganisationType.OTHER
    )
    identifier: Mapped[str] = mapped_column(String(100), default="")  # e.g. an IATI organisation identifier
    focal_name: Mapped[str] = mapped_column(String(200), default="")
    focal_role: Mapped[str] = mapped_column(String(200), default="")
    focal_email: Mapped[str] = mapped_column(String(200), default="")
    focal_phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    last_confirmed: Mapped[date | None] = mapped_column(Date)  # with the organisation itself

    system_links: Mapped[list["SystemOrganisation"]] = relationship(back_populates="organisation")


class InformationSystem(Timestamped, Base):
    __tablename__ = "information_system"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    name_key: Mapped[str] = mapped_column(String(300), index=True)
    primary_category_id: Mapped[int] = mapped_column(
        ForeignKey("category.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = mapped_column(Text, default="")
    sub_categories: Mapped[str] = mapped_column(Text, default="")
    methods: Mapped[str] = mapped_column(Text, default="")
    outputs: Mapped[str] = mapped_column(Text, default="")
    population_groups: Mapped[str] = mapped_column(Text, default="")
    frequency: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[SystemStatus] = mapped_column(
        enum_column(SystemStatus), default=SystemStatus.ACTIVE, index=True
    )
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    sensitivity: Mapped[Sensitivity] = mapped_column(enum_column(Sensitivity), default=Sensitivity.RESTRICTED)
    shared_data: Mapped[str] = mapped_column(Text, default="")
    shared_with: Mapped[str] = mapped_column(Text, default="")
    sharing_agreement: Mapped[str] = mapped_column(Text, default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    last_confirmed: Mapped[date | None] = mapped_column(Date)  # with the system's owner

    organisation_links: Mapped[list["SystemOrganisation"]] = relationship(
        back_populates="system", cascade="all, delete-orphan"
    )
    areas: Mapped[list["SystemArea"]] = relationship(cascade="all, delete-orphan", order_by="SystemArea.id")
    secondary_categories: Mapped[list["SystemSecondaryCategory"]] = relationship(cascade="all, delete-orphan")
    picked_entries: Mapped[list["SystemMatrixEntry"]] = relationship(cascade="all, delete-orphan")


class SystemSecondaryCategory(Base):
    __tablename__ = "system_secondary_category"

    system_id: Mapped[int] = mapped_column(
        ForeignKey("information_system.id", ondelete="CASCADE"), primary_key=True
    )
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id", ondelete="CASCADE"), primary_key=True)


class SystemOrganisation(Base):
    """Who runs a system, and in which role."""

    __tablename__ = "system_organisation"
    __table_args__ = (UniqueConstraint("system_id", "organisation_id", "role", name="uq_system_org_role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(
        ForeignKey("information_system.id", ondelete="CASCADE"), index=True
    )
    # RESTRICT: an organisation that still runs systems is never deleted behind the user's back
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[SystemRole] = mapped_column(enum_column(SystemRole), default=SystemRole.LEAD)

    system: Mapped[InformationSystem] = relationship(back_populates="organisation_links")
    organisation: Mapped[Organisation] = relationship(back_populates="system_links")


class SystemArea(Base):
    """A place a system covers: country, first and second administrative level, with optional P-codes."""

    __tablename__ = "system_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(
        ForeignKey("information_system.id", ondelete="CASCADE"), index=True
    )
    country_iso3: Mapped[str] = mapped_column(String(3), default="")
    admin1: Mapped[str] = mapped_column(String(200), default="")
    admin1_pcode: Mapped[str] = mapped_column(String(50), default="")
    admin2: Mapped[str] = mapped_column(String(200), default="")
    admin2_pcode: Mapped[str] = mapped_column(String(50), default="")


class SystemMatrixEntry(Base):
    """A matrix entry (a method, an output, a sub-category ...) picked for a system."""

    __tablename__ = "system_matrix_entry"

    system_id: Mapped[int] = mapped_column(
        ForeignKey("information_system.id", ondelete="CASCADE"), primary_key=True
    )
    entry_id: Mapped[int] = mapped_column(ForeignKey("matrix_entry.id", ondelete="CASCADE"), primary_key=True)


# --- Workshop action plans ----------------------------------------------------------------------------------


class ActionPlan(Timestamped, Base):
    __tablename__ = "action_plan"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    workshop: Mapped[str] = mapped_column(String(300), default="")
    place: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    facilitators: Mapped[str] = mapped_column(Text, default="")
    participating_organisations: Mapped[str] = mapped_column(Text, default="")
    sensitivity: Mapped[Sensitivity] = mapped_column(enum_column(Sensitivity), default=Sensitivity.RESTRICTED)
    notes: Mapped[str] = mapped_column(Text, default="")

    groups: Mapped[list["ActionGroup"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionGroup.position"
    )


class ActionGroup(Base):
    """A working group of a plan, with its theme ("Data Sharing"), leader and members."""

    __tablename__ = "action_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("action_plan.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    theme: Mapped[str] = mapped_column(String(300))
    team_leader: Mapped[str] = mapped_column(String(200), default="")
    team_leader_organisation: Mapped[str] = mapped_column(String(300), default="")

    members: Mapped[list["ActionGroupMember"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionGroupMember.position"
    )
    items: Mapped[list["ActionItem"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionItem.number"
    )


class ActionGroupMember(Base):
    __tablename__ = "action_group_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("action_group.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")


class ActionItem(Timestamped, Base):
    """A numbered challenge of a group, with its action points, timeline and focal points."""

    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("action_group.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    challenge: Mapped[str] = mapped_column(Text)
    timeline: Mapped[str] = mapped_column(String(200), default="")  # as the room said it: "Q1 of 2019"
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(enum_column(ActionStatus), default=ActionStatus.NOT_STARTED)
    status_changed_on: Mapped[date | None] = mapped_column(Date)
    priority: Mapped[Priority | None] = mapped_column(enum_column(Priority))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id", ondelete="SET NULL"))
    process_step_id: Mapped[int | None] = mapped_column(ForeignKey("process_step.id", ondelete="SET NULL"))
    principle_id: Mapped[int | None] = mapped_column(ForeignKey("principle.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")

    action_points: Mapped[list["ActionPoint"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionPoint.position"
    )
    focal_points: Mapped[list["ActionFocalPoint"]] = relationship(
        cascade="all, delete-orphan", order_by="ActionFocalPoint.position"
    )


class ActionPoint(Base):
    __tablename__ = "action_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class ActionFocalPoint(Base):
    """A person answerable for a challenge, or one who can advise on it ("Fred can advise")."""

    __tablename__ = "action_focal_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("action_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    organisation: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[FocalPointKind] = mapped_column(
        enum_column(FocalPointKind), default=FocalPointKind.FOCAL_POINT
    )


# --- PIM Process and PIM Principles -------------------------------------------------------------------------


class ProcessStep(Base):
    """A step (no parent) or a sub-step of the PIM Process, with where the operation stands on it."""

    __tablename__ = "process_step"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("process_step.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ProcessStatus] = mapped_column(
        enum_column(ProcessStatus), default=ProcessStatus.NOT_STARTED
    )
    owner: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")  # file paths or references, one per line


class Principle(Base):
    __tablename__ = "principle"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class DataReview(Timestamped, Base):
    """The responsible-data review of one information system."""

    __tablename__ = "data_review"

    id: Mapped[int] = mapped_column(primary_key=True)
    system_id: Mapped[int] = mapped_column(
        ForeignKey("information_system.id", ondelete="CASCADE"), unique=True
    )
    holds_personal_data: Mapped[bool | None] = mapped_column(Boolean)
    risk_assessment_date: Mapped[date | None] = mapped_column(Date)
    consent_process: Mapped[str] = mapped_column(Text, default="")
    agreement_reference: Mapped[str] = mapped_column(String(300), default="")
    agreement_date: Mapped[date | None] = mapped_column(Date)
    agreement_review_date: Mapped[date | None] = mapped_column(Date)
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    ratings: Mapped[list["PrincipleRatingRecord"]] = relationship(cascade="all, delete-orphan")


class PrincipleRatingRecord(Base):
    """How one system stands against one PIM Principle."""

    __tablename__ = "principle_rating"
    __table_args__ = (UniqueConstraint("review_id", "principle_id", name="uq_review_principle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("data_review.id", ondelete="CASCADE"), index=True)
    principle_id: Mapped[int] = mapped_column(ForeignKey("principle.id", ondelete="CASCADE"))
    rating: Mapped[PrincipleRating] = mapped_column(
        enum_column(PrincipleRating), default=PrincipleRating.UNKNOWN
    )
    note: Mapped[str] = mapped_column(Text, default="")


# --- Provenance ---------------------------------------------------------------------------------------------


class MergeRecord(Base):
    """A merge of another operation file into this one: from where, when, and what was taken from it."""

    __tablename__ = "merge_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    merged_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    source_path: Mapped[str] = mapped_column(Text)
    source_operation: Mapped[str] = mapped_column(String(200))
    preferred: Mapped[str] = mapped_column(String(16))  # on differences: "mine" or "theirs"
    summary: Mapped[str] = mapped_column(Text)  # JSON: [{"kind", "name", "taken": "new" | "theirs" | "mine"}]
