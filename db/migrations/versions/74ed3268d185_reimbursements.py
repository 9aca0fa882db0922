"""reimbursements: claims, lines, transitions, budgets

Revision ID: 74ed3268d185
Revises: 9ac93b98c361
Create Date: 2026-11-23 14:57:48.978096
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '74ed3268d185'
down_revision: str | Sequence[str] | None = '9ac93b98c361'
branch_labels: str | Sequence[str] | None = ('reimbursements',)
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('reimbursement_budget',
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('approved', sa.Boolean(), nullable=False),
    sa.Column('approved_by', sa.String(length=100), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('proposed_amount', sa.BigInteger(), nullable=True),
    sa.Column('proposed_by', sa.String(length=100), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('branch_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reimbursement_budget')),
    sa.UniqueConstraint('department', 'category', 'year', name='uq_reimbursement_budget_department_category_year')
    )
    with op.batch_alter_table('reimbursement_budget', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reimbursement_budget_branch_id'), ['branch_id'], unique=False)

    op.create_table('reimbursement_claim',
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('claimant_id', sa.String(length=36), nullable=False),
    sa.Column('claimant_name', sa.String(length=100), nullable=False),
    sa.Column('department', sa.String(length=100), nullable=False),
    sa.Column('entered_by_id', sa.String(length=36), nullable=False),
    sa.Column('entered_by_name', sa.String(length=100), nullable=False),
    sa.Column('claim_date', sa.Date(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('total_amount', sa.BigInteger(), nullable=False),
    sa.Column('has_duplicates', sa.Boolean(), nullable=False),
    sa.Column('over_budget', sa.Boolean(), nullable=False),
    sa.Column('status_changed_at', sa.DateTime(), nullable=True),
    sa.Column('status_changed_by', sa.String(length=36), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('paid_method', sa.String(length=16), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('branch_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reimbursement_claim')),
    sa.UniqueConstraint('number', name=op.f('uq_reimbursement_claim_number'))
    )
    with op.batch_alter_table('reimbursement_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reimbursement_claim_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index('ix_reimbursement_claim_claimant', ['claimant_id', 'claim_date'], unique=False)
        batch_op.create_index('ix_reimbursement_claim_date', ['claim_date'], unique=False)
        batch_op.create_index('ix_reimbursement_claim_department', ['department', 'claim_date'], unique=False)
        batch_op.create_index('ix_reimbursement_claim_status_date', ['status', 'claim_date'], unique=False)

    op.create_table('reimbursement_line',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('expense_date', sa.Date(), nullable=False),
    sa.Column('category', sa.String(length=16), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('invoice_number', sa.String(length=40), nullable=True),
    sa.Column('days', sa.Integer(), nullable=True),
    sa.Column('duplicate_note', sa.Text(), nullable=True),
    sa.Column('return_reason', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('branch_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['reimbursement_claim.id'], name=op.f('fk_reimbursement_line_claim_id_reimbursement_claim')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reimbursement_line'))
    )
    with op.batch_alter_table('reimbursement_line', schema=None) as batch_op:
        batch_op.create_index('ix_reimbursement_line_amount_date', ['amount', 'expense_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_reimbursement_line_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index('ix_reimbursement_line_claim', ['claim_id', 'line_no'], unique=False)
        batch_op.create_index('ix_reimbursement_line_invoice', ['invoice_number'], unique=False)

    op.create_table('reimbursement_transition',
    sa.Column('claim_id', sa.String(length=36), nullable=False),
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('from_state', sa.String(length=16), nullable=True),
    sa.Column('to_state', sa.String(length=16), nullable=False),
    sa.Column('actor_id', sa.String(length=36), nullable=False),
    sa.Column('actor_name', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('comment', sa.Text(), nullable=True),
    sa.Column('extra', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('branch_id', sa.String(length=36), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=True),
    sa.Column('created_by', sa.String(length=36), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=True),
    sa.Column('updated_by', sa.String(length=36), nullable=True),
    sa.Column('deleted_at', sa.DateTime(), nullable=True),
    sa.Column('server_version', sa.BigInteger(), nullable=True),
    sa.Column('hlc', sa.String(length=40), nullable=True),
    sa.ForeignKeyConstraint(['claim_id'], ['reimbursement_claim.id'], name=op.f('fk_reimbursement_transition_claim_id_reimbursement_claim')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reimbursement_transition'))
    )
    with op.batch_alter_table('reimbursement_transition', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reimbursement_transition_branch_id'), ['branch_id'], unique=False)
        batch_op.create_index('ix_reimbursement_transition_claim', ['claim_id', 'at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('reimbursement_transition', schema=None) as batch_op:
        batch_op.drop_index('ix_reimbursement_transition_claim')
        batch_op.drop_index(batch_op.f('ix_reimbursement_transition_branch_id'))

    op.drop_table('reimbursement_transition')
    with op.batch_alter_table('reimbursement_line', schema=None) as batch_op:
        batch_op.drop_index('ix_reimbursement_line_invoice')
        batch_op.drop_index('ix_reimbursement_line_claim')
        batch_op.drop_index(batch_op.f('ix_reimbursement_line_branch_id'))
        batch_op.drop_index('ix_reimbursement_line_amount_date')

    op.drop_table('reimbursement_line')
    with op.batch_alter_table('reimbursement_claim', schema=None) as batch_op:
        batch_op.drop_index('ix_reimbursement_claim_status_date')
        batch_op.drop_index('ix_reimbursement_claim_department')
        batch_op.drop_index('ix_reimbursement_claim_date')
        batch_op.drop_index('ix_reimbursement_claim_claimant')
        batch_op.drop_index(batch_op.f('ix_reimbursement_claim_branch_id'))

    op.drop_table('reimbursement_claim')
    with op.batch_alter_table('reimbursement_budget', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reimbursement_budget_branch_id'))

    op.drop_table('reimbursement_budget')
