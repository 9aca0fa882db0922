"""Build the translations: extract, fill zh_CN, derive zh_TW, compile.

    .venv/bin/python tools/i18n.py            # lupdate → fill → zh_TW → lrelease
    .venv/bin/python tools/i18n.py --check    # exit 1 when a source string has no zh_CN translation

(a) `pyside6-lupdate` over src/neiqin (and forms/*.ui) into resources/i18n/neiqin_{zh_CN,zh_TW,en}.ts;
(b) zh_CN translations come from every resources/i18n/source/*.zh_CN.tsv
    (context<TAB>English source<TAB>简体中文);
(c) zh_TW is made from zh_CN with zhconv plus the Taiwan usage of GLOSSARY.md (TAIWAN_WORDS);
(d) `pyside6-lrelease` compiles each .ts to .qm.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import zhconv

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
SOURCES = I18N / "source"
LANGUAGES = ("zh_CN", "zh_TW", "en")

#: simplified words whose Taiwan usage is another word, not just other characters (GLOSSARY.md);
#: longest first
TAIWAN_WORDS = {
    "联系人": "聯絡人",
    "合同台账": "合約台帳",
    "台账": "台帳",
    "账面数量": "帳面數量",
    "账实相符": "帳實相符",
    "账面": "帳面",
    "工作台": "工作台",
    "盘点": "盤點",
    "丢失": "遺失",
    "周例会": "週例會",
    "周报": "週報",
    "恢复": "還原",
    "在线": "線上",
    "签字": "簽字",
    "打印": "列印",
    "导出": "匯出",
    "导入": "匯入",
    "搜索": "搜尋",
    "设置": "設定",
    "信息": "資訊",
    "文件夹": "資料夾",
    "数据库": "資料庫",
    "默认": "預設",
    "用户": "使用者",
    "登录": "登入",
    "窗口": "視窗",
    # menu titles as Taiwan's desktop programs name them
    "文件(&F)": "檔案(&F)",
    "视图(&V)": "檢視(&V)",
    "帮助(&H)": "說明(&H)",
}


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 into the virtualenv")
    return found


def to_taiwan(text: str) -> str:
    """zh_CN → zh_TW with the Taiwan words of the glossary."""
    # the Taiwan words are swapped in after zhconv (it would turn 台 into 臺 again): placeholders
    # from the Unicode private use area hold their places meanwhile
    words = sorted(TAIWAN_WORDS, key=len, reverse=True)
    for number, simplified in enumerate(words):
        text = text.replace(simplified, chr(0xE000 + number))
    text = zhconv.convert(text, "zh-tw")
    for number, simplified in enumerate(words):
        text = text.replace(chr(0xE000 + number), TAIWAN_WORDS[simplified])
    return text


def read_tsv(directory: Path = SOURCES) -> dict[tuple[str, str], str]:
    """Every (context, English source) → 简体中文 of the .zh_CN.tsv files; later files win."""
    table: dict[tuple[str, str], str] = {}
    for path in sorted(directory.glob("*.zh_CN.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{path.name}:{number}: expected context<TAB>source<TAB>translation")
            context, source, translation = (_unescape(p) for p in parts)
            table[(context, source)] = translation
    return table


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def source_files() -> list[Path]:
    files = sorted((ROOT / "src" / "neiqin").rglob("*.py"))
    forms = ROOT / "forms"
    if forms.is_dir():
        files += sorted(forms.rglob("*.ui"))
    return [f for f in files if "__pycache__" not in f.parts]


def extract(ts_files: list[Path]) -> None:
    """Run lupdate over the sources into `ts_files` (existing translations are kept)."""
    listing = ts_files[0].parent / "sources.lst"
    listing.write_text("\n".join(str(f) for f in source_files()), encoding="utf-8")
    try:
        subprocess.run([_tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", f"@{listing}",
                        "-ts", *map(str, ts_files)], check=True, capture_output=True, text=True)
    finally:
        listing.unlink()


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def _set(message: ET.Element, text: str | None) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if text:
        translation.text = text
        translation.attrib.pop("type", None)
    else:
        translation.text = None
        translation.set("type", "unfinished")


def _ensure(tree: ET.ElementTree, context_name: str, source: str) -> ET.Element:
    """The message element, added when the code builds the text dynamically (lupdate misses it)."""
    root = tree.getroot()
    for context in root.iter("context"):
        if context.findtext("name") == context_name:
            break
    else:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
    for message in context.iter("message"):
        if message.findtext("source") == source:
            return message
    message = ET.SubElement(context, "message")
    ET.SubElement(message, "source").text = source
    ET.SubElement(message, "translation").set("type", "unfinished")
    return message


def fill(ts: Path, language: str, table: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Write the translations of `language` into `ts`; returns what has none."""
    tree = ET.parse(ts)
    for context, source in table:
        _ensure(tree, context, source)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            chinese = table.get((name, source))
            if language == "en":
                _set(message, source)
            elif chinese is None:
                missing.append((name, source))
                _set(message, None)
            else:
                _set(message, chinese if language == "zh_CN" else to_taiwan(chinese))
    tree.getroot().set("language", language)
    ET.indent(tree, "    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def compile_qm(ts_files: list[Path]) -> None:
    for ts in ts_files:
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True, text=True)


def build(directory: Path = I18N) -> list[tuple[str, str]]:
    directory.mkdir(parents=True, exist_ok=True)
    ts_files = [directory / f"neiqin_{lang}.ts" for lang in LANGUAGES]
    extract(ts_files)
    table = read_tsv()
    missing: list[tuple[str, str]] = []
    for lang, ts in zip(LANGUAGES, ts_files, strict=True):
        result = fill(ts, lang, table)
        if lang == "zh_CN":
            missing = result
    compile_qm(ts_files)
    return missing


def untranslated(directory: Path) -> list[tuple[str, str]]:
    """Source strings the code has now that have no zh_CN translation in the committed .ts."""
    fresh = directory / "neiqin_zh_CN.ts"
    extract([fresh])
    committed = messages(I18N / "neiqin_zh_CN.ts") if (I18N / "neiqin_zh_CN.ts").exists() else {}
    out = []
    for key in messages(fresh):
        message = committed.get(key)
        translation = message.find("translation") if message is not None else None
        if translation is None or not (translation.text or "").strip() or translation.get("type"):
            out.append(key)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report strings without zh_CN translation")
    args = parser.parse_args(argv)
    if args.check:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            missing = untranslated(Path(tmp))
    else:
        missing = build()
    for context, source in missing:
        print(f"no zh_CN translation: {context}\t{source!r}", file=sys.stderr)
    if not args.check:
        print(f"built {', '.join(LANGUAGES)} in {I18N.relative_to(ROOT)}; {len(missing)} without zh_CN")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
