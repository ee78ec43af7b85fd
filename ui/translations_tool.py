"""Updates and compiles the Qt Linguist translations.

    python -m ui.translations_tool update   # pyside6-lupdate: ui/*.py -> translations/*.ts
    python -m ui.translations_tool release  # pyside6-lrelease: *.ts -> *.qm, loaded at start

Translators edit the .ts files with Qt Linguist (pyside6-linguist); lupdate keeps existing
translations and marks new strings unfinished.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from ui.i18n import LANGUAGES, TRANSLATIONS_DIR

UI_DIR = Path(__file__).resolve().parent


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"civicdesk_{language}.ts"


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p) for p in UI_DIR.rglob("*.py") if p.name != "translations_tool.py")


def update(targets: list[Path] | None = None) -> None:
    outputs = targets or [ts_path(language) for language in LANGUAGES]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            *sources(),
            "-ts",
            *map(str, outputs),
        ],
        check=True,
        capture_output=True,
    )


def compile_ts(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def release() -> None:
    for language in LANGUAGES:
        source = ts_path(language)
        compile_ts(source, source.with_suffix(".qm"))


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
    elif argv[:1] == ["release"]:
        release()
    else:
        sys.stderr.write("usage: python -m ui.translations_tool update|release\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
