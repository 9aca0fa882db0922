"""What the products slice hands to its UI and to other slices (orders, stock, counts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

UNITS = ("台", "箱", "件", "套", "米", "千克", "个", "包", "卷", "张", "盒", "瓶", "桶", "吨", "支", "把")


@dataclass
class ProductInput:
    code: str
    name: str
    unit: str
    spec: str = ""
    category: str = ""
    list_price: Decimal = Decimal("0")
    cost: Decimal | None = None
    reorder_point: int = 0
    lead_time_days: int = 0
    location: str = ""
    active: bool = True
    notes: str = ""


@dataclass(frozen=True)
class ProductView:
    id: str
    code: str
    name: str
    spec: str
    unit: str
    category: str
    list_price: Decimal
    cost: Decimal | None
    reorder_point: int
    lead_time_days: int
    location: str
    active: bool
    notes: str
    updated_at: datetime | None = None

    @property
    def label(self) -> str:
        """“A4 复印纸 70g 500张/包 (包)” as a line of an order shows it."""
        spec = f" {self.spec}" if self.spec else ""
        return f"{self.name}{spec} ({self.unit})"

    def as_input(self) -> ProductInput:
        return ProductInput(self.code, self.name, self.unit, self.spec, self.category, self.list_price, self.cost,
                            self.reorder_point, self.lead_time_days, self.location, self.active, self.notes)


@dataclass
class ProductFilter:
    text: str = ""
    category: str = ""
    #: "", "active" or "inactive"
    status: str = ""

    @classmethod
    def from_dict(cls, values: dict[str, Any]) -> ProductFilter:
        return cls(**{k: str(v) for k, v in values.items() if k in cls.__dataclass_fields__})
