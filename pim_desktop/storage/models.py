"""The ORM models of an operation file.

One file holds one operation. The schema covers from the start what the matrix, mapping, action plan, process
and review features need, so later work extends it through Alembic migrations instead of rewriting it.
"""

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from pim_desktop.domain.enums import (
    CategoryGroup,
    EntryState,
    OrganisationType,
    Sensitivity,
    SystemRole,
    SystemStatus,
)
from pim_desktop.storage.change_models import ChangeRecord as ChangeRecord, Milestone as Milestone
from pim_desktop.storage.model_base import Base, Timestamped, Versioned, enum_column, utc_now as utc_now

# the follow-up's models, named here too (`models.ActionPlan` as every other)
from pim_desktop.storage.plan_models import (
    ActionFocalPoint as ActionFocalPoint,
    ActionGroup as ActionGroup,
    ActionGroupMember as ActionGroupMember,
    ActionItem as ActionItem,
    ActionPlan as ActionPlan,
    ActionPoint as ActionPoint,
    DataReview as DataReview,
    MergeRecord as MergeRecord,
    OfflineOrigin as OfflineOrigin,
    Principle as Principle,
    PrincipleRatingRecord as PrincipleRatingRecord,
    ProcessStep as ProcessStep,
)


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


class Category(Versioned, Base):
    """A PIM category: a column of the matrix."""

    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    group: Mapped[CategoryGroup] = mapped_column(enum_column(CategoryGroup))
    is_standard: Mapped[bool] = mapped_column(Boolean, default=True)


class MatrixRow(Versioned, Base):
    """A criterion of the matrix: one of the seven standard rows or one of the operation's own."""

    __tablename__ = "matrix_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    is_standard: Mapped[bool] = mapped_column(Boolean, default=False)
    is_locked: Mapped[bool] = mapped_column(Boolean, default=False)


class MatrixEntry(Timestamped, Versioned, Base):
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


class Organisation(Timestamped, Versioned, Base):
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


class InformationSystem(Timestamped, Versioned, Base):
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
