"""The duplicate check: a line whose invoice number was claimed before, or whose amount and date
match another line of the same claimant, is a warning the person entering confirms (not a stop);
the reviewers see it on the claim."""

from __future__ import annotations

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.models import Claim, ClaimLine
from neiqin.modules.reimbursements.rules import CleanLine
from neiqin.modules.reimbursements.schemas import DuplicateHit

INVOICE, AMOUNT_DATE = "invoice", "amount_date"


class DuplicatesFound(NeiqinError):
    """Lines look like receipts claimed before; save again with `confirm_duplicates=True` to keep them."""

    def __init__(self, hits: list[DuplicateHit]) -> None:
        self.hits = hits
        first = hits[0]
        super().__init__(QT_TRANSLATE_NOOP("errors", "Line {line} may have been claimed before ({number}, line "
                                                     "{other_line}). Check the receipt; save again to keep it."),
                         line=first.line_no, number=first.other_number, other_line=first.other_line_no,
                         count=len(hits))


def find_duplicates(session: Session, lines: list[CleanLine], claimant_id: str, claim_id: str | None,
                    number: str = "") -> list[DuplicateHit]:
    hits: list[DuplicateHit] = []
    # within the claim itself
    seen: dict[str, int] = {}
    for line in lines:
        if line.invoice_number:
            if line.invoice_number in seen:
                hits.append(DuplicateHit(line.line_no, INVOICE, number, seen[line.invoice_number], ""))
            else:
                seen[line.invoice_number] = line.line_no
    invoices = [line.invoice_number for line in lines if line.invoice_number]
    pairs = [and_(ClaimLine.amount == line.amount, ClaimLine.expense_date == line.expense_date) for line in lines]
    match = [ClaimLine.invoice_number.in_(invoices)] if invoices else []
    match.append(and_(Claim.claimant_id == claimant_id, or_(*pairs)))
    query = (select(ClaimLine, Claim.number, Claim.claimant_name, Claim.claimant_id)
             .join(Claim, Claim.id == ClaimLine.claim_id)
             .where(ClaimLine.deleted_at.is_(None), Claim.deleted_at.is_(None), Claim.status != sm.CANCELLED,
                    or_(*match))
             .order_by(Claim.number, ClaimLine.line_no))
    if claim_id is not None:
        query = query.where(Claim.id != claim_id)
    others = list(session.execute(query))
    for line in lines:
        for other, other_number, other_claimant, other_claimant_id in others:
            if line.invoice_number and other.invoice_number == line.invoice_number:
                hits.append(DuplicateHit(line.line_no, INVOICE, other_number, other.line_no, other_claimant))
            elif (other_claimant_id == claimant_id and other.amount == line.amount
                  and other.expense_date == line.expense_date):
                hits.append(DuplicateHit(line.line_no, AMOUNT_DATE, other_number, other.line_no, other_claimant))
    return hits


def note_of(hits: list[DuplicateHit], line_no: int) -> str | None:
    """The stored note of one line: `reason|number|line|claimant` entries joined by `;`."""
    parts = [f"{h.reason}|{h.other_number}|{h.other_line_no}|{h.other_claimant}" for h in hits
             if h.line_no == line_no]
    return ";".join(parts) or None


def parse_note(line_no: int, note: str | None) -> list[DuplicateHit]:
    out = []
    for part in (note or "").split(";"):
        fields = part.split("|")
        if len(fields) == 4 and fields[2].isdigit():
            out.append(DuplicateHit(line_no, fields[0], fields[1], int(fields[2]), fields[3]))
    return out
