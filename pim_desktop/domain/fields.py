"""The fields of an organisation and of an information system, each declared once: its key (the column of
the data exports and of the spreadsheet import, the details' attribute of the same name where there is
one), what people call it, its HXL tag, its kind, where it sits in the JSON export, whether it is a person's
data, and how it shows. The services, the exports, the imports, the merge and the window's forms take their
lists from here; tests/unit/test_fields.py checks that the import's synonyms and the JSON agree.

To add a field: docs/architecture.md, "Add a field"."""

from dataclasses import dataclass

from pim_desktop.i18n import N_

TEXT, LINES, EMAIL, PHONE, DATE, NUMBER, CODED, LIST = (
    "text",
    "lines",
    "email",
    "phone",
    "date",
    "number",
    "coded",
    "list",
)
TYPED = frozenset({TEXT, LINES, EMAIL, PHONE})  # stored as the text the user typed


@dataclass(frozen=True)
class RecordField:
    key: str  # the column of the data exports and the import; the details' attribute unless `attribute` says
    label: str  # marked with N_: headings, the register, the merge, the import's messages
    hxl: str  # the HXL tag of the machine layout
    kind: str = TEXT  # how it is read, checked, stored and written (see the constants above)
    attribute: str | None = None  # the details' attribute it fills, when not its key ("" for none)
    json: str = ""  # where the JSON export holds it ("contact.email"), when not at its key
    contact: bool = False  # a person's name, e-mail or phone: left out with --no-contacts
    characters: int = 16  # a workbook column's width
    form: str = ""  # the form's text box that edits it, where a plain one does

    @property
    def details_attribute(self) -> str:
        return self.key if self.attribute is None else self.attribute

    @property
    def json_path(self) -> tuple[str, ...]:
        return tuple((self.json or self.key).split("."))

    @property
    def typed(self) -> bool:
        """A text the user typed, stored as typed (cleaned): the services treat all of these alike."""
        return self.kind in TYPED and bool(self.details_attribute)


# The day a record was last confirmed with its owner: the same field on both registers
LAST_CONFIRMED = RecordField(
    "last_confirmed", N_("Last confirmed"), "#date+confirmed", DATE, characters=11, form="lastConfirmedEdit"
)

ORGANISATION_FIELDS = (
    RecordField("name", N_("Name"), "#org+name", characters=36),
    RecordField("acronym", N_("Acronym"), "#org+acronym", characters=10),
    RecordField("type", N_("Type"), "#org+type", CODED, attribute="org_type", characters=20),
    RecordField("identifier", N_("Identifier"), "#org+code", characters=16, form="identifierEdit"),
    RecordField(
        "focal_name",
        N_("Focal point"),
        "#contact+name",
        json="focal_point.name",
        contact=True,
        characters=20,
        form="focalNameEdit",
    ),
    RecordField(
        "focal_role",
        N_("Focal point's role"),
        "#contact+role",
        json="focal_point.role",
        contact=True,
        characters=20,
        form="focalRoleEdit",
    ),
    RecordField(
        "focal_email",
        N_("E-mail"),
        "#contact+email",
        EMAIL,
        json="focal_point.email",
        contact=True,
        characters=26,
        form="focalEmailEdit",
    ),
    RecordField(
        "focal_phone",
        N_("Phone"),
        "#contact+phone",
        PHONE,
        json="focal_point.phone",
        contact=True,
        characters=16,
        form="focalPhoneEdit",
    ),
    LAST_CONFIRMED,
    RecordField("systems", N_("Systems"), "#indicator+systems+num", NUMBER, attribute="", characters=8),
    RecordField("notes", N_("Notes"), "#meta+notes", LINES, characters=30, form="notesEdit"),
)

SYSTEM_FIELDS = (
    RecordField("name", N_("Name"), "#meta+system+name", characters=36),
    RecordField(
        "category",
        N_("PIM category"),
        "#sector+pim+main",
        CODED,
        attribute="primary_category_id",
        json="primary_category",
        characters=24,
    ),
    RecordField(
        "secondary_categories",
        N_("Also in"),
        "#sector+pim+secondary",
        LIST,
        attribute="secondary_category_ids",
        characters=20,
    ),
    RecordField(
        "organisations", N_("Run by (role)"), "#org+name+list", LIST, attribute="links", characters=28
    ),
    RecordField("status", N_("Status"), "#status", CODED, characters=10),
    RecordField("start_date", N_("Started on"), "#date+start", DATE, characters=11, form="startDateEdit"),
    RecordField("end_date", N_("Ends on"), "#date+end", DATE, characters=11, form="endDateEdit"),
    LAST_CONFIRMED,
    RecordField("sensitivity", N_("Sensitivity"), "#meta+sensitivity", CODED, characters=14),
    RecordField(
        "country", N_("Country"), "#country+code", LIST, attribute="areas", json="areas", characters=8
    ),
    RecordField("admin1", N_("Admin 1"), "#adm1+name", LIST, attribute="areas", json="areas", characters=20),
    RecordField("admin2", N_("Admin 2"), "#adm2+name", LIST, attribute="areas", json="areas", characters=20),
    RecordField(
        "description", N_("Description"), "#description", LINES, characters=30, form="descriptionEdit"
    ),
    RecordField(
        "sub_categories",
        N_("Sub-categories"),
        "#meta+subcategories",
        LINES,
        characters=30,
        form="subCategoriesEdit",
    ),
    RecordField("methods", N_("Methods"), "#meta+methods", LINES, characters=30, form="methodsEdit"),
    RecordField("outputs", N_("Outputs"), "#output", LINES, characters=34, form="outputsEdit"),
    RecordField(
        "population_groups",
        N_("Population groups"),
        "#population+type",
        characters=20,
        form="populationGroupsEdit",
    ),
    RecordField("frequency", N_("Frequency"), "#meta+frequency", characters=12, form="frequencyEdit"),
    RecordField(
        "shared_data", N_("Data shared"), "#meta+shared", LINES, characters=26, form="sharedDataEdit"
    ),
    RecordField("shared_with", N_("Shared with"), "#org+recipient", characters=20, form="sharedWithEdit"),
    RecordField("sharing_agreement", N_("Agreement"), "#meta+agreement", characters=24, form="agreementEdit"),
    RecordField(
        "contact_name",
        N_("Contact"),
        "#contact+name",
        json="contact.name",
        contact=True,
        characters=20,
        form="contactNameEdit",
    ),
    RecordField(
        "contact_email",
        N_("Contact e-mail"),
        "#contact+email",
        EMAIL,
        json="contact.email",
        contact=True,
        characters=26,
        form="contactEmailEdit",
    ),
    RecordField(
        "contact_phone",
        N_("Contact phone"),
        "#contact+phone",
        PHONE,
        json="contact.phone",
        contact=True,
        characters=16,
        form="contactPhoneEdit",
    ),
    RecordField("notes", N_("Notes"), "#meta+notes", LINES, characters=30, form="notesEdit"),
)


def typed_attributes(fields: tuple[RecordField, ...]) -> tuple[str, ...]:
    """The details' attributes that hold text as the user typed it."""
    return tuple(f.details_attribute for f in fields if f.typed)
