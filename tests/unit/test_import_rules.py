"""DESIGN.md §1 import rules, checked by walking every import with `ast`."""

from __future__ import annotations

import ast
from pathlib import Path

import neiqin

SRC = Path(neiqin.__file__).parent


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    package = ".".join(path.relative_to(SRC.parent).with_suffix("").parts)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level] if path.name != "__init__.py" else base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names.append(module)
            names.extend(f"{module}.{alias.name}" for alias in node.names)
    return names


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _files(sub: str = "") -> list[Path]:
    return [p for p in (SRC / sub).rglob("*.py") if "forms" not in p.relative_to(SRC).parts[:2] or sub != "ui"]


def _breaches(files, rule):
    out = []
    for path in files:
        for name in _imports(path):
            reason = rule(_module_name(path), name)
            if reason:
                out.append(f"{path.relative_to(SRC)}: {name} ({reason})")
    return out


def _slice_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[2] if len(parts) > 2 and parts[1] == "modules" else None


def test_core_is_qt_free_and_independent():
    def rule(_me, name):
        if name.startswith("PySide6"):
            return "core imports no Qt"
        if name.startswith(("neiqin.modules", "neiqin.ui", "neiqin.app")):
            return "core imports no modules or ui"
        return None

    assert _breaches(_files("core"), rule) == []


def test_slices_outside_ui():
    def rule(me, name):
        if ".ui" in me:
            return None
        mine = _slice_of(me)
        if mine is None:
            return None
        if name.startswith("PySide6"):
            return "a slice outside ui/ imports no Qt"
        if name.startswith(("neiqin.ui", "neiqin.app")):
            return "a slice outside ui/ imports no shell"
        other = _slice_of(name)
        if other and other != mine:
            rest = name.split(".")[3:]
            if not rest or rest[0] not in ("schemas", "service"):
                return "another slice only through schemas and service"
        return None

    files = [p for p in _files("modules") if p.relative_to(SRC / "modules").parts[0] != "__init__.py"]
    assert _breaches(files, rule) == []


def test_slice_ui_imports():
    def rule(me, name):
        mine = _slice_of(me)
        if not name.startswith("neiqin"):
            return None
        if name.startswith(("neiqin.ui", f"neiqin.modules.{mine}", "neiqin.core.errors", "neiqin.core.progress")):
            if name.startswith(f"neiqin.modules.{mine}.models"):
                return "ui never imports models"
            return None
        if name in ("neiqin", "neiqin.modules"):
            return None
        return "a slice's ui imports Qt, neiqin.ui, its own slice, core.errors and core.progress only"

    files = [p for p in (SRC / "modules").rglob("*.py") if "ui" in p.relative_to(SRC / "modules").parts]
    assert _breaches(files, rule) == []


def test_shell_ui_does_not_import_modules():
    def rule(_me, name):
        if name.startswith(("neiqin.modules", "neiqin.app")):
            return "neiqin.ui imports Qt and core, not modules"
        return None

    assert _breaches(_files("ui"), rule) == []


def test_only_composition_root_imports_everything():
    def rule(me, name):
        if me == "neiqin.__main__" or me == "neiqin.app" or me.startswith("neiqin.app."):
            return None
        if name == "neiqin.app" or name.startswith(("neiqin.app.", "neiqin.__main__")):
            return "only __main__ imports app"
        return None

    assert _breaches(_files(), rule) == []


def test_no_slice_import_cycles():
    graph: dict[str, set[str]] = {}
    for path in (SRC / "modules").rglob("*.py"):
        mine = _slice_of(_module_name(path))
        if not mine:
            continue
        for name in _imports(path):
            other = _slice_of(name)
            if other and other != mine:
                graph.setdefault(mine, set()).add(other)

    def visit(node, stack):
        for nxt in graph.get(node, ()):
            assert nxt not in stack, f"import cycle: {' -> '.join([*stack, nxt])}"
            visit(nxt, [*stack, nxt])

    for start in graph:
        visit(start, [start])


def test_files_stay_small():
    big = [f"{p.relative_to(SRC)}: {n}" for p in SRC.rglob("*.py")
           if "forms" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert big == []


def test_no_star_imports_or_grab_bags():
    assert not list(SRC.rglob("utils.py"))
    for path in SRC.rglob("*.py"):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        stars = [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and any(a.name == "*" for a in n.names)]
        assert not stars, path
