"""last confirmed: the day a record was last confirmed with its owner, on organisations and systems

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ("organisation", "information_system")


# SQLite adds and drops a plain column in place (3.35 and later): no copy of the tables, whose foreign
# keys would refuse the drop of the old ones


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("last_confirmed", sa.Date(), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "last_confirmed")
