"""The faces (the command line, the web service, the docs' generators) use the public API only:
no module of theirs imports ``qinzhou_calc._core``, which is private to the package."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "qinzhou_calc"


def face_files() -> list[Path]:
    """The command line (``cli.py`` and its helper modules), ``web/`` and ``docs/*.py``."""
    cli = [PACKAGE / "cli.py", *PACKAGE.glob("_cli_*.py"), PACKAGE / "_progress.py", PACKAGE / "_verify_lines.py"]
    return [
        *cli,
        *sorted((PACKAGE / "cli").rglob("*.py")),
        *sorted((PACKAGE / "web").rglob("*.py")),
        *sorted((ROOT / "docs").glob("*.py")),
    ]


def module_of(path: Path) -> str:
    """The dotted name of a module of the package (``qinzhou_calc.web._api``)."""
    parts = list(path.relative_to(ROOT / "src").with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(source: str, module: str, is_package: bool) -> list[tuple[int, str]]:
    """Every module an import statement of ``source`` names, at any depth, with its line; relative
    imports resolved against ``module``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".") if is_package else module.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            found += [(node.lineno, target)] + [(node.lineno, f"{target}.{alias.name}") for alias in node.names]
    return found


def core_imports(path: Path, source: str | None = None) -> list[str]:
    """``path:line module`` for each import of the private core in ``path``."""
    text = path.read_text(encoding="utf-8") if source is None else source
    inside = PACKAGE in path.parents
    module = module_of(path) if inside else path.stem
    return [
        f"{path.relative_to(ROOT)}:{line} {name}"
        for line, name in imported(text, module, path.name == "__init__.py")
        if name.startswith("qinzhou_calc.") and "_core" in name.split(".")
    ]


def test_no_face_imports_the_private_core() -> None:
    files = face_files()
    assert len(files) > 20
    assert [] == [found for path in files if path.exists() for found in core_imports(path)]


def test_an_import_of_the_core_from_a_face_is_found_relative_absolute_or_inside_a_function() -> None:
    web = PACKAGE / "web" / "_api.py"
    planted = "from .._core.errors import InputError\n"
    assert ["src/qinzhou_calc/web/_api.py:1 qinzhou_calc._core.errors"] == [
        found for found in core_imports(web, planted) if found.endswith("_core.errors")
    ]
    cli = PACKAGE / "cli.py"
    assert ["src/qinzhou_calc/cli.py:2 qinzhou_calc._core"] == core_imports(cli, "def f():\n    from . import _core\n")[
        :1
    ]
    docs = ROOT / "docs" / "sitegen.py"
    assert ["docs/sitegen.py:1 qinzhou_calc._core.registry"] == core_imports(
        docs, "import qinzhou_calc._core.registry\n"
    )
