"""Which shared libraries a Linux one-folder build really needs (used by neiqin.spec).

PyInstaller collects the dependencies of every plugin and extension module while it analyses the
app, before the spec leaves plugins out; their libraries would stay behind unused. `prune` keeps a
library only when something kept links to it. Libraries in HOST_PROVIDED are left to the system:
libcups is only of use where CUPS is installed, and then the system's copy matches its server
(its GnuTLS, Kerberos and Avahi chain, 10 MB, goes with it).
"""

from __future__ import annotations

import os
import re
import subprocess

HOST_PROVIDED = ("libcups.so.2",)
_PYTHON_EXTENSION = re.compile(r"\.cpython-\d+[^/]*\.so$|\.abi3\.so")


def needed_libraries(path: str) -> list[str]:
    """The libraries `path` links to directly (its DT_NEEDED entries), read with binutils' readelf."""
    out = subprocess.run(["readelf", "-d", "-W", path], capture_output=True, text=True, check=False).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


def is_root(entry) -> bool:
    """Loaded by name at run time (plugins, extension modules, the Python library), not as a
    dependency of something else."""
    dest, _src, kind = entry
    name = os.path.basename(dest)
    if kind == "EXTENSION" or "/plugins/" in dest.replace("\\", "/") or name.startswith("libpython"):
        return True
    if _PYTHON_EXTENSION.search(name) or "lib-dynload" in dest:
        return True
    return not name.startswith("lib")


def prune(binaries: list, imports=needed_libraries) -> tuple[list, list[str]]:
    """`binaries`: PyInstaller TOC entries (dest, src, kind); `imports(src)` -> the library names
    that file links to directly. Returns (kept, dropped dest names)."""
    files = [e for e in binaries if e[2] != "SYMLINK" and os.path.basename(e[0]) not in HOST_PROVIDED]
    by_name: dict[str, list] = {}
    for entry in files:
        by_name.setdefault(os.path.basename(entry[0]), []).append(entry)
    needed: set[str] = set()
    queue = [entry for entry in files if is_root(entry)]
    seen: set[str] = set()
    while queue:
        entry = queue.pop()
        if entry[1] in seen:
            continue
        seen.add(entry[1])
        for name in imports(entry[1]):
            base = os.path.basename(name)
            if base not in needed:
                needed.add(base)
                queue.extend(by_name.get(base, ()))
    kept = [entry for entry in files if is_root(entry) or os.path.basename(entry[0]) in needed]
    dropped = sorted({entry[0] for entry in binaries} - {entry[0] for entry in kept})
    return kept, dropped


def without_dangling_links(entries: list, kept: list) -> list:
    """`entries` less the symbolic links whose target is in neither `entries` nor `kept`
    (PyInstaller lists the links to libraries among the data files)."""
    present = {entry[0] for entry in entries if entry[2] != "SYMLINK"} | {entry[0] for entry in kept}
    return [entry for entry in entries if entry[2] != "SYMLINK"
            or os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])) in present]
