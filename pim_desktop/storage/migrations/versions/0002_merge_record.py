"""merge records: what came from which merged operation file

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.Column("source_path", sa.Text(), nullable=False),
        sa.Column("source_operation", sa.String(length=200), nullable=False),
        sa.Column("preferred", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_merge_record")),
    )


def downgrade() -> None:
    op.drop_table("merge_record")
