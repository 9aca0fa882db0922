"""The build helpers of packaging/ without building: the version taken from pyproject.toml, the Qt
files the spec leaves out on each system, and the Linux library pruning."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import build_info  # noqa: E402
import linux_libs  # noqa: E402


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("2.0", (2, 0, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("10.20.30.dev4", (10, 20, 30, 0)),
    ("1.2.3.4.5", (1, 2, 3, 4)),
])
def test_windows_file_versions_are_four_numbers(version, numbers):
    assert build_info.version_tuple(version) == numbers


def test_the_version_comes_from_pyproject(tmp_path):
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert build_info.project_version() == expected
    info = build_info.write_metadata(tmp_path, "3.4.5")
    assert info.name == "neiqin-3.4.5.dist-info"
    lines = (info / "METADATA").read_text(encoding="utf-8").splitlines()
    assert "Name: neiqin" in lines and "Version: 3.4.5" in lines
    text = build_info.windows_version_text("3.4.5rc1", "neiqin-cli")
    assert "filevers=(3, 4, 5, 0)" in text and "StringStruct('FileVersion', '3.4.5rc1')" in text
    assert "StringStruct('OriginalFilename', 'neiqin-cli.exe')" in text


def _spec_filter():
    """`wanted` of neiqin.spec, taken from the spec itself."""
    source = (ROOT / "packaging" / "neiqin.spec").read_text(encoding="utf-8")
    namespace = {"re": re}
    exec(source[source.index("UNUSED = re.compile("):source.index("a.binaries = [entry")], namespace)
    return namespace["wanted"]


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
    ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
    ("PySide6\\translations\\qtbase_zh_TW.qm", True),
    ("neiqin/_data/resources/i18n/neiqin_en.qm", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6\\Qt6Qml.dll", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", False),
    ("PySide6\\opengl32sw.dll", False),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so", False),
])
def test_the_spec_keeps_what_the_app_uses_and_leaves_the_rest(dest, kept):
    assert _spec_filter()((dest, "/src", "BINARY")) is kept


def test_pruning_keeps_what_a_kept_file_links_to_and_drops_the_rest():
    links = {  # src -> what it links to directly
        "/v/plugin.so": ["libQt6Gui.so.6", "libcups.so.2", "libc.so.6"],
        "/v/ext.cpython-311-x86_64-linux-gnu.so": ["libssl.so.3"],
        "/v/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/v/libglib-2.0.so.0": [],
        "/v/libssl.so.3": ["libcrypto.so.3"],
        "/v/libcrypto.so.3": [],
        "/v/libcups.so.2": ["libgnutls.so.30"],
        "/v/libgnutls.so.30": [],
        "/v/libcairo.so.2": ["libpixman-1.so.0"],  # only the left-out GTK theme used these
        "/v/libpixman-1.so.0": [],
        "/v/libpython3.11.so.1.0": [],
    }
    binaries = [
        ("PySide6/Qt/plugins/printsupport/plugin.so", "/v/plugin.so", "BINARY"),
        ("cryptography/ext.cpython-311-x86_64-linux-gnu.so", "/v/ext.cpython-311-x86_64-linux-gnu.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/v/libQt6Gui.so.6", "BINARY"),
        ("libglib-2.0.so.0", "/v/libglib-2.0.so.0", "BINARY"),
        ("libssl.so.3", "/v/libssl.so.3", "BINARY"),
        ("libcrypto.so.3", "/v/libcrypto.so.3", "BINARY"),
        ("libcups.so.2", "/v/libcups.so.2", "BINARY"),
        ("libgnutls.so.30", "/v/libgnutls.so.30", "BINARY"),
        ("libcairo.so.2", "/v/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/v/libpixman-1.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/v/libpython3.11.so.1.0", "BINARY"),
    ]
    kept, dropped = linux_libs.prune(binaries, imports=lambda src: links[src])
    assert dropped == ["libcairo.so.2", "libcups.so.2", "libgnutls.so.30", "libpixman-1.so.0"]
    assert {entry[0] for entry in kept} == {entry[0] for entry in binaries} - set(dropped)
    datas = [("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
             ("libcairo-link.so", "libcairo.so.2", "SYMLINK"),
             ("neiqin/_data/resources/fonts/a.ttf", "/r/a.ttf", "DATA")]
    assert linux_libs.without_dangling_links(datas, kept) == [datas[0], datas[2]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF files")
def test_readelf_reads_the_direct_dependencies_of_a_library():
    import shutil

    if shutil.which("readelf") is None:
        pytest.skip("binutils is not installed")
    import PySide6

    needed = linux_libs.needed_libraries(str(Path(PySide6.__file__).parent / "QtWidgets.abi3.so"))
    assert "libQt6Widgets.so.6" in needed and "libQt6Core.so.6" in needed
    assert "libicudata.so.73" not in needed  # Qt Core's dependency, not Qt Widgets' own
