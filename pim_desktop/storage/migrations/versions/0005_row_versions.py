"""row versions: a version on every record users edit, for the shared server's concurrent edits

Revision ID: 0005
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# every table users edit record by record; the links that are replaced whole with their record, the operation
# (whose last-changed time every change stamps) and the merge records (only added) have none
TABLES = (
    "category",
    "matrix_row",
    "matrix_entry",
    "organisation",
    "information_system",
    "action_plan",
    "action_group",
    "action_group_member",
    "action_item",
    "action_point",
    "action_focal_point",
    "process_step",
    "data_review",
    "principle_rating",
)


# a plain column with a default: SQLite adds and drops it in place (3.35 and later), every row at version 1


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "row_version")
