"""Demo catalogue: office equipment, consumables and materials of a small trading company."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import insert

from neiqin.core.ids import new_id
from neiqin.core.search import bulk_index
from neiqin.modules.products.models import Product
from neiqin.modules.products.schemas import ProductInput
from neiqin.modules.products.service import index_row

# (category, code prefix, name, unit, base price, specs)
CATALOGUE = [
    ("办公设备", "EQ-PRN", "激光打印机", "台", 1680, ["A4 黑白 28页/分", "A4 彩色 20页/分", "A3 黑白 35页/分", "A4 黑白 双面 33页/分"]),
    ("办公设备", "EQ-MFP", "多功能复印机", "台", 12800, ["A3 黑白 25页/分", "A3 彩色 30页/分", "A3 彩色 45页/分"]),
    ("办公设备", "EQ-SHR", "碎纸机", "台", 560, ["4级保密 15L", "5级保密 22L", "3级保密 30L"]),
    ("办公设备", "EQ-PRJ", "投影仪", "台", 3980, ["3600流明 1080P", "4500流明 WUXGA", "短焦 3200流明"]),
    ("办公设备", "EQ-SCN", "扫描仪", "台", 2280, ["A4 高速 60页/分", "A3 平板", "便携式"]),
    ("办公设备", "EQ-BND", "装订机", "台", 450, ["热熔", "铁圈 34孔", "财务凭证 电动"]),
    ("办公设备", "EQ-TEL", "电话机", "台", 168, ["有绳 来电显示", "无绳 子母机", "IP 话机"]),
    ("办公设备", "EQ-SAF", "保险柜", "台", 2380, ["电子密码 60cm", "指纹 80cm", "防火 100cm"]),
    ("办公家具", "FU-DSK", "办公桌", "张", 880, ["1.4m 单人", "1.6m 带侧柜", "2.4m 四人位"]),
    ("办公家具", "FU-CHR", "办公椅", "把", 420, ["网背 人体工学", "皮质 大班椅", "会议椅 固定扶手"]),
    ("办公家具", "FU-CAB", "文件柜", "个", 760, ["钢制 五层", "钢制 抽屉式", "木质 两门"]),
    ("办公耗材", "OF-PAP", "复印纸", "箱", 128, ["A4 70g 500张×5包", "A4 80g 500张×5包", "A3 70g 500张×5包",
                                             "A4 70g 500张×8包", "B5 70g 500张×5包"]),
    ("办公耗材", "OF-TON", "硒鼓", "个", 298, ["HP 88A", "HP 12A", "Canon 328", "Brother TN-2325", "Samsung 116L"]),
    ("办公耗材", "OF-INK", "墨盒", "盒", 158, ["黑色 标准容量", "黑色 大容量", "彩色 三色", "青色", "品红", "黄色"]),
    ("办公耗材", "OF-FLD", "文件夹", "包", 36, ["A4 双夹 10个", "A4 弹簧夹 12个", "A4 拉链袋 20个", "风琴包 13格"]),
    ("办公耗材", "OF-PEN", "中性笔", "盒", 24, ["0.5mm 黑 12支", "0.5mm 蓝 12支", "0.5mm 红 12支", "0.38mm 黑 12支"]),
    ("办公耗材", "OF-NOT", "笔记本", "包", 45, ["A5 80页 10本", "B5 60页 10本", "皮面 A5 5本"]),
    ("办公耗材", "OF-STP", "订书钉", "盒", 18, ["24/6 1000枚×10", "23/13 1000枚×5"]),
    ("办公耗材", "OF-TAP", "封箱胶带", "卷", 6, ["48mm×100m 透明", "60mm×100m 米黄", "48mm×150m 透明"]),
    ("办公耗材", "OF-BAT", "电池", "盒", 32, ["5号 碱性 24节", "7号 碱性 24节", "纽扣 CR2032 10粒"]),
    ("办公耗材", "OF-LBL", "标签纸", "包", 28, ["A4 不干胶 100张", "热敏 60×40 1000张", "热敏 100×100 500张"]),
    ("包装材料", "PK-BOX", "瓦楞纸箱", "个", 4, ["三层 300×200×200", "五层 400×300×300", "五层 600×400×400",
                                               "七层 800×600×500"]),
    ("包装材料", "PK-FLM", "缠绕膜", "卷", 45, ["500mm×20μm 3kg", "500mm×25μm 4kg"]),
    ("包装材料", "PK-PLT", "木托盘", "个", 85, ["1200×1000 四面进叉", "1200×800 双面"]),
    ("五金工具", "HW-DRL", "电钻", "台", 360, ["冲击钻 13mm", "锂电 12V", "锂电 20V 无刷"]),
    ("五金工具", "HW-SET", "组合工具", "套", 198, ["家用 46件", "汽修 120件", "电工 18件"]),
    ("五金工具", "HW-SCR", "不锈钢螺丝", "盒", 26, ["M4×16 200只", "M5×20 200只", "M6×25 100只", "M8×30 100只"]),
    ("五金工具", "HW-LCK", "挂锁", "把", 35, ["40mm 铜锁", "50mm 钢锁", "密码锁 4位"]),
    ("电工材料", "EL-CBL", "电缆", "米", 12, ["BV 2.5mm²", "BV 4mm²", "BV 6mm²", "RVV 3×1.5mm²", "YJV 3×16mm²"]),
    ("电工材料", "EL-SWT", "空气开关", "个", 48, ["1P 16A", "1P 32A", "2P 63A", "3P 100A"]),
    ("电工材料", "EL-LED", "LED灯管", "支", 22, ["T8 1.2m 18W", "T8 0.6m 9W", "T5 1.2m 16W"]),
    ("建筑材料", "BM-PVC", "PVC管", "米", 9, ["DN20", "DN25", "DN32", "DN50", "DN110"]),
    ("建筑材料", "BM-STL", "镀锌钢管", "米", 38, ["DN15 2.75mm", "DN25 3.25mm", "DN50 3.5mm"]),
    ("建筑材料", "BM-RBR", "螺纹钢", "吨", 3850, ["HRB400 Φ12", "HRB400 Φ16", "HRB400 Φ20", "HRB400 Φ25"]),
    ("建筑材料", "BM-CEM", "水泥", "吨", 420, ["P.O 42.5 袋装", "P.O 42.5 散装", "P.C 32.5 袋装"]),
    ("化工原料", "CH-RSN", "环氧树脂", "千克", 36, ["E-44", "E-51", "E-20"]),
    ("化工原料", "CH-PNT", "水性漆", "桶", 260, ["白色 18L", "灰色 18L", "防锈 5L"]),
    ("劳保用品", "PP-GLV", "劳保手套", "包", 30, ["棉纱 12双", "丁腈 12双", "防割 5双"]),
    ("劳保用品", "PP-HLM", "安全帽", "个", 25, ["ABS 白色", "ABS 红色", "玻璃钢 黄色"]),
    ("劳保用品", "PP-MSK", "防尘口罩", "盒", 68, ["KN95 20只", "N95 头戴 20只"]),
    ("劳保用品", "PP-SUT", "工作服", "件", 85, ["夏季 涤棉 M", "夏季 涤棉 L", "冬季 棉服 L", "反光背心"]),
    ("清洁用品", "CL-PAP", "抽纸", "箱", 58, ["3层 100抽×24包", "2层 130抽×20包"]),
    ("清洁用品", "CL-DET", "洗手液", "瓶", 19, ["500ml 抑菌", "5L 补充装"]),
    ("清洁用品", "CL-BAG", "垃圾袋", "卷", 8, ["45×50 30只", "60×80 20只", "90×100 10只"]),
    ("电子配件", "IT-MOU", "无线鼠标", "个", 69, ["办公 静音", "人体工学", "蓝牙双模"]),
    ("电子配件", "IT-KBD", "键盘", "个", 99, ["有线 104键", "无线 键鼠套装", "机械 87键"]),
    ("电子配件", "IT-USB", "U盘", "个", 45, ["32GB USB3.0", "64GB USB3.0", "128GB USB3.2"]),
    ("电子配件", "IT-HDD", "移动硬盘", "个", 389, ["1TB", "2TB", "4TB"]),
    ("电子配件", "IT-CBL", "网线", "箱", 420, ["超五类 305m", "六类 305m", "六类 屏蔽 305m"]),
]
GRADES = (("标准", Decimal("1")), ("优选", Decimal("1.18")))
LOCATIONS = ("A区-01", "A区-02", "B区-01", "B区-03", "C区-02", "仓库二楼", "外仓")


def _catalogue(rng) -> list[ProductInput]:
    items = []
    for category, prefix, name, unit, base, specs in CATALOGUE:
        for n, spec in enumerate(specs, start=1):
            for g, (grade, factor) in enumerate(GRADES, start=1):
                price = (Decimal(base) * factor * Decimal(rng.uniform(0.9, 1.15))).quantize(Decimal("0.01"))
                cost = (price * Decimal(rng.uniform(0.62, 0.86))).quantize(Decimal("0.01"))
                label = name if g == 1 else f"{name}({grade})"
                items.append(ProductInput(
                    code=f"{prefix}-{n:02d}{g}", name=label, unit=unit, spec=spec, category=category,
                    list_price=price, cost=cost, reorder_point=rng.choice((0, 5, 10, 20, 50)),
                    lead_time_days=rng.choice((1, 2, 3, 5, 7, 15)), location=rng.choice(LOCATIONS),
                    active=rng.random() > 0.03))
    return items


def make_demo(ctx) -> dict[str, int]:
    items = _catalogue(ctx.rng)
    wanted = max(ctx.scale.get("products", 300), 0)
    if wanted < len(items):
        items = items[:wanted] if wanted else []
    records = [{"id": new_id(), "code": d.code, "name": d.name, "spec": d.spec, "unit": d.unit,
                "category": d.category, "list_price": d.list_price, "cost": d.cost, "reorder_point": d.reorder_point,
                "lead_time_days": d.lead_time_days, "location": d.location, "active": d.active, "notes": None,
                **ctx.stamp(), "branch_id": None} for d in items]
    if records:
        ctx.connection.execute(insert(Product), records)
        bulk_index(ctx.connection, (index_row(r["id"], d) for r, d in zip(records, items, strict=True)))
    ctx.shared["products"] = [{"id": r["id"], "code": r["code"], "name": r["name"], "spec": r["spec"],
                               "unit": r["unit"], "price": r["list_price"], "cost": r["cost"]}
                              for r in records if r["active"]]
    return {"products": len(records)}
