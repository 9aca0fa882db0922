"""The bench's own data, made the same way on every run (fixed seeds): customer files with one
address and one phone contact, products, and the Excel sheets an import reads."""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from neiqin.modules.customers.demo import CITIES, _names, _person
from neiqin.modules.customers.schemas import ContactInput, CustomerInput
from neiqin.modules.products.schemas import UNITS, ProductInput

ROADS = ("建设", "人民", "中山", "解放", "科技", "创业", "学院", "知春")
KINDS = ("不锈钢六角螺栓", "镀锌角钢", "铜芯电缆", "A4复印纸", "激光硒鼓", "工业轴承", "液压油", "安全帽", "劳保手套",
         "电机", "PVC管", "LED灯管")


@dataclass(frozen=True)
class CustomerFile:
    customer: CustomerInput
    contact: ContactInput


def _local_names(rng: random.Random, count: int) -> list[tuple]:
    """The demo's company names, every eighth moved to 北京海淀 (the office is there) unless the
    name is taken."""
    names = _names(rng, count)
    taken = {entry[0] for entry in names}
    for n in range(0, count, 8):
        name, short, city, district, word, group = names[n]
        local = "北京海淀" + name.removeprefix(city + district)
        if (city, district) != ("北京", "海淀") and local not in taken:
            taken.add(local)
            names[n] = (local, short, "北京", "海淀", word, group)
    return names


def customer_files(count: int, seed: int = 14) -> list[CustomerFile]:
    """`count` distinct customers (names, phones and tax ids never repeat: the duplicate checks
    pass), each with an address and one primary contact with a mobile number."""
    rng = random.Random(seed)
    phones = rng.sample(range(20_000_000, 90_000_000), count)
    mobiles = rng.sample(range(10_000_000, 99_999_999), count)
    out = []
    for n, (name, short, city, district, _word, group) in enumerate(_local_names(rng, count)):
        region, _districts, area = CITIES[city]
        customer = CustomerInput(
            name=name, short_name=short, customer_type="enterprise", industry=group, region=region,
            grade=rng.choice("ABCD"), phone=f"{area}-{phones[n]}",
            address=f"{city}市{district}区{rng.choice(ROADS)}路{rng.randint(1, 399)}号",
            tax_id=f"91{110000 + n:06d}MA{rng.randint(10_000_000, 99_999_999)}"[:18], tags="老客户")
        contact = ContactInput(name=_person(rng), title="采购经理", phone=f"13{n % 10}{mobiles[n]}", is_primary=True)
        out.append(CustomerFile(customer, contact))
    return out


def products(count: int, seed: int = 15) -> list[ProductInput]:
    rng = random.Random(seed)
    out = []
    for n in range(count):
        price = Decimal(rng.randint(100, 500_000)) / 100
        out.append(ProductInput(code=f"BP-{n:05d}", name=f"{KINDS[n % len(KINDS)]}{n // len(KINDS) + 1}号",
                                unit=rng.choice(UNITS), spec=f"规格{n % 97}", category=KINDS[n % len(KINDS)],
                                list_price=price, cost=(price * Decimal("0.7")).quantize(Decimal("0.01")),
                                reorder_point=n % 50, lead_time_days=7, location=f"A区-{n % 20:02d}"))
    return out


def write_sheet(path: Path, title: str, columns: Sequence, rows: Iterable[dict]) -> Path:
    """An .xlsx as a clerk fills the import template: the Chinese headers, one row per record."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    sheet.append([column.header_zh for column in columns])
    for values in rows:
        sheet.append([values.get(column.key) for column in columns])
    book.save(path)
    return path


def customer_sheets(folder: Path, files: list[CustomerFile]) -> tuple[Path, Path]:
    from neiqin.modules.customers.service_excel import CONTACT_COLUMNS, CUSTOMER_COLUMNS

    type_words = {"enterprise": "企业"}
    customers = write_sheet(folder / "customers.xlsx", "客户", CUSTOMER_COLUMNS, (
        {**vars(f.customer), "customer_type": type_words[f.customer.customer_type]} for f in files))
    contacts = write_sheet(folder / "contacts.xlsx", "联系人", CONTACT_COLUMNS, (
        {"customer": f.customer.name, "name": f.contact.name, "title": f.contact.title, "phone": f.contact.phone,
         "is_primary": "是"} for f in files))
    return customers, contacts


def product_sheet(folder: Path, items: list[ProductInput]) -> Path:
    from neiqin.modules.products.service_excel import PRODUCT_COLUMNS

    return write_sheet(folder / "products.xlsx", "产品", PRODUCT_COLUMNS,
                       ({**vars(p), "active": "是"} for p in items))
