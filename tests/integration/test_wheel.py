"""Migrations and resources must work from an installed wheel, not only from a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_carries_migrations_and_resources_and_opens_a_database(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next(tmp_path.glob("neiqin-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "neiqin/_data/db/migrations/env.py" in names
    assert "neiqin/_data/resources/fonts/DroidSansFallbackFull.ttf" in names
    assert any(n.startswith("neiqin/_data/db/migrations/versions/") for n in names)
    assert "neiqin/_data/db/server_migrations/env.py" in names
    assert any(n.startswith("neiqin/_data/db/server_migrations/versions/") for n in names)

    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "import neiqin, neiqin.paths as p; assert 'site' in neiqin.__file__, neiqin.__file__;"
        "from neiqin.app import open_database; db = open_database(sys.argv[2]);"
        "from neiqin.core.db import migrate; assert migrate.database_revisions(db.engine) == migrate.head_revisions();"
        "assert p.font_path().is_file(); assert (p.server_migrations_dir() / 'env.py').is_file(); print('ok')"
    )
    result = subprocess.run([sys.executable, "-I", "-c", script, str(site), str(tmp_path / "w.db")],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
