"""Which functions check a permission, read from the source with `ast`: every top-level public
function of the Qt-free layers (core, the slices outside their ui/, the command line) that calls
`.require(...)` or raises PermissionDenied, itself or through the functions it calls."""

from __future__ import annotations

import ast
from pathlib import Path

import neiqin

SRC = Path(neiqin.__file__).parent
#: the Qt-free layers, plus the audit trail view's two data functions (the only check of audit.view
#: outside the command line)
SCANNED = ("core/**/*.py", "modules/*/*.py", "app/commands.py", "ui/audit_views.py")
#: wiring, not actions: what a slice hands the shell (re-exports of print forms and lists) and demo data
SKIPPED_NAMES = ("contributions.py", "demo.py")


def _name(path: Path) -> str:
    """The dotted name the action table uses: under neiqin, without the leading "modules."."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[0] == "modules":
        parts = parts[1:]
    return ".".join(parts)


def _is_check(node: ast.AST) -> bool:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "require":
        return True
    if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
        return ast.unparse(node.exc.func).split(".")[-1] == "PermissionDenied"
    return False


def _imports(tree: ast.Module) -> dict[str, str]:
    """Local name → the dotted name (as `_name` makes it) of what it refers to inside neiqin."""
    out = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("neiqin."):
            base = node.module.removeprefix("neiqin.").removeprefix("modules.")
            for alias in node.names:
                out[alias.asname or alias.name] = f"{base}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("neiqin."):
                    out[alias.asname or alias.name] = alias.name.removeprefix("neiqin.").removeprefix("modules.")
    return out


def _functions() -> dict[str, tuple[ast.FunctionDef, dict[str, str], str]]:
    found = {}
    for pattern in SCANNED:
        for path in sorted(SRC.glob(pattern)):
            if path.name in SKIPPED_NAMES or "ui" in path.relative_to(SRC).parts[1:-1]:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            module, imports = _name(path), _imports(tree)
            for node in tree.body:
                if isinstance(node, ast.FunctionDef):
                    found[f"{module}.{node.name}"] = (node, imports, module)
    return found


def checking_functions() -> set[str]:
    """The public functions that check a permission, themselves or through what they call."""
    functions = _functions()
    direct = {name for name, (node, _, _) in functions.items() if any(_is_check(n) for n in ast.walk(node))}
    calls: dict[str, set[str]] = {}
    for name, (node, imports, module) in functions.items():
        targets = set()
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            if isinstance(call.func, ast.Name):
                targets.add(imports.get(call.func.id, f"{module}.{call.func.id}"))
            elif isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name) \
                    and call.func.value.id in imports:
                targets.add(f"{imports[call.func.value.id]}.{call.func.attr}")
        calls[name] = (targets & functions.keys()) - {name}
    checking = set(direct)
    while True:
        more = {name for name, targets in calls.items() if name not in checking and targets & checking}
        if not more:
            break
        checking |= more
    return {name for name in checking if not name.rpartition(".")[2].startswith("_")}
