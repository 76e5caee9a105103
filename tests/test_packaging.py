"""The package as a user gets it: pyproject's explicit lists match the tree, the build says no warning, and the
wheel — built from the tracked files alone, installed into a fresh venv outside the checkout — builds corpus/
into the same dataset as the checkout does.

The wheel's dependencies come from the package registry through pip as configured on the machine (its cache and
PIP_FIND_LINKS make it quick); the build backend (setuptools) is fetched the same way, in pip's build isolation.
"""
from __future__ import annotations

import fnmatch
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import ROOT
from test_engines import dataset_rows

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10: pip's own copy of the same parser
    from pip._vendor import tomli as tomllib

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
# Folders of data shipped as packages of their own (no __init__.py): the resources, the models, the templates.
DATA_ROOTS = {"pipeline.resources": ROOT / "pipeline" / "resources", "pipeline.models": ROOT / "models",
              "pipeline.serve.templates": ROOT / "pipeline" / "serve" / "templates"}


def folders(top: Path) -> list[Path]:
    return [top, *sorted(p for p in top.rglob("*") if p.is_dir() and "__pycache__" not in p.parts)]


def dotted(folder: Path, top: Path, name: str) -> str:
    return ".".join([name, *folder.relative_to(top).parts])


def package_folder(package: str) -> Path:
    """Where setuptools takes ``package`` from, by [tool.setuptools.package-dir]."""
    for prefix, folder in sorted(SETUPTOOLS.get("package-dir", {}).items(), key=lambda item: -len(item[0])):
        if package == prefix or package.startswith(prefix + "."):
            return ROOT / folder / Path(*package[len(prefix):].split(".")[1:])
    return ROOT / Path(*package.split("."))


# --- the lists in pyproject.toml -----------------------------------------------------------------------------


def test_the_packages_list_is_every_room_plus_the_resources_the_models_and_the_templates():
    rooms = {dotted(f, ROOT / "pipeline", "pipeline") for f in folders(ROOT / "pipeline") if (f / "__init__.py").is_file()}
    data = {dotted(f, top, name) for name, top in DATA_ROOTS.items() for f in folders(top)}
    listed = SETUPTOOLS["packages"]
    assert len(listed) == len(set(listed)), "a package listed twice"
    assert set(listed) == rooms | data, (
        f"missing from pyproject's packages: {sorted((rooms | data) - set(listed))}; "
        f"listed but not in the tree: {sorted(set(listed) - rooms - data)}"
    )
    assert all(package_folder(package).is_dir() for package in listed)
    assert package_folder("pipeline.models.action") == ROOT / "models" / "action"


def test_every_data_file_is_matched_by_a_package_data_pattern():
    """A data file that no pattern names would be left out of the wheel without a word."""
    package_data = SETUPTOOLS["package-data"]
    folder_of = {package: package_folder(package) for package in SETUPTOOLS["packages"]}
    unshipped = []
    for top in (ROOT / "pipeline", ROOT / "models"):
        for path in sorted(top.rglob("*")):
            if not path.is_file() or path.suffix in {".py", ".pyc"} or "__pycache__" in path.parts:
                continue
            owners = [(package, folder) for package, folder in folder_of.items() if folder in path.parents]
            package, folder = max(owners, key=lambda owner: len(owner[1].parts))  # the innermost package
            relative = path.relative_to(folder).as_posix()
            if not any(fnmatch.fnmatch(relative, pattern) for pattern in package_data.get(package, [])):
                unshipped.append(f"{path.relative_to(ROOT)} (package {package})")
    assert not unshipped, f"not in [tool.setuptools.package-data]: {unshipped}"


def contributing_tree() -> set[str]:
    """The paths that docs/CONTRIBUTING.md's tree of pipeline/ names (folders end with /)."""
    text = (ROOT / "docs" / "CONTRIBUTING.md").read_text(encoding="utf-8")
    block = text.split("```\npipeline/\n", 1)[1].split("```", 1)[0]
    names, stack = set(), []
    for line in block.splitlines():
        match = re.match(r"^((?:│   |    )*)(?:├── |└── )(\S+)", line)
        assert match, f"not a line of the tree: {line!r}"
        depth = len(match.group(1)) // 4
        name = match.group(2)
        stack[depth:] = [name.rstrip("/")]
        names.add("/".join(stack) + ("/" if name.endswith("/") else ""))
    return names


def test_contributing_names_every_module_of_pipeline_once():
    package = ROOT / "pipeline"
    modules = {p.relative_to(package).as_posix() for p in package.rglob("*.py")
               if "__pycache__" not in p.parts and (p.name != "__init__.py" or p.parent == package)}
    rooms = {f"{f.relative_to(package).as_posix()}/" for f in folders(package)[1:]}
    named = contributing_tree()
    assert modules | rooms == named, (
        f"not in docs/CONTRIBUTING.md: {sorted((modules | rooms) - named)}; not in pipeline/: {sorted(named - modules - rooms)}"
    )


# --- the wheel ---------------------------------------------------------------------------------------------------

# pip's own notes about the machine's configured indexes (folders in pip.conf that do not exist) are not the
# project's; everything else that says "warning" is.
PIP_INDEX_NOTE = re.compile(r"^\s*WARNING: Location '[^']+' is ignored: it is neither a file nor a directory\.$")


def warnings_in(output: str) -> list[str]:
    return [line for line in output.splitlines()
            if re.search(r"warn|deprecat|^\s*!!\s*$", line, re.IGNORECASE) and not PIP_INDEX_NOTE.match(line)]


def tracked_copy(target: Path) -> Path:
    """The files git tracks (what a clone has), copied to ``target``: the build sees nothing else of the checkout."""
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    if listed.returncode == 0 and listed.stdout:
        for name in listed.stdout.decode("utf-8").split("\0"):
            if name and (ROOT / name).is_file():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(ROOT / name, target / name)
    else:  # not a git checkout (an unpacked archive): the tree less what is made locally
        shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(
            ".git", ".venv", "dataset", "build", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis", "exports"))
    return target


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without the venv and the checkout on any path; bytes compiled as usual."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "PYTHONDONTWRITEBYTECODE", "PYTHONSTARTUP"}}
    return {**env, **extra}


@pytest.fixture(scope="module")
def wheel_build(tmp_path_factory):
    """``pip wheel --no-deps -v`` of a clean copy of the checkout: the wheel's path and pip's whole output."""
    tmp = tmp_path_factory.mktemp("wheel")
    source = tracked_copy(tmp / "source")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", str(source), "-w", str(tmp / "dist")],
        capture_output=True, text=True, cwd=tmp, env=clean_env(), timeout=900,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-5000:]
    [wheel] = (tmp / "dist").glob("thidua-*.whl")
    return wheel, output


@pytest.mark.slow
def test_building_the_wheel_says_no_warning(wheel_build):
    _, output = wheel_build
    assert "Successfully built thidua" in output or "Created wheel for thidua" in output
    assert warnings_in(output) == []


@pytest.mark.slow
def test_the_wheel_holds_every_module_and_data_file_of_the_checkout(wheel_build):
    import zipfile

    wheel, _ = wheel_build
    names = {name for name in zipfile.ZipFile(wheel).namelist() if ".dist-info/" not in name}
    listed = subprocess.run(["git", "ls-files", "pipeline", "models"], cwd=ROOT, capture_output=True, text=True)
    tracked = listed.stdout.split() if listed.returncode == 0 and listed.stdout else [
        p.relative_to(ROOT).as_posix() for top in ("pipeline", "models") for p in (ROOT / top).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts]
    expected = {"pipeline/models/" + name.removeprefix("models/") if name.startswith("models/") else name
                for name in tracked}
    assert names == expected, f"only in the wheel: {sorted(names - expected)}; left out: {sorted(expected - names)}"


@pytest.mark.slow
def test_the_installed_wheel_builds_the_same_dataset_as_the_checkout(wheel_build, built_corpus, tmp_path):
    wheel, _ = wheel_build
    home = tmp_path / "user"  # outside the checkout: `import pipeline` can only find the installed package
    home.mkdir()
    venv.EnvBuilder(with_pip=True).create(home / "venv")
    python = home / "venv" / "bin" / "python"
    env = clean_env(VIRTUAL_ENV=str(home / "venv"))
    pip = [str(python), "-m", "pip"]
    # as `make install` does: the venv's own pip may be older than PEP 685 (extras compared by normalized name)
    subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], cwd=home, env=env, check=True, timeout=600)
    install = subprocess.run([*pip, "install", str(wheel)], capture_output=True, text=True, cwd=home, env=env,
                             timeout=1800)
    assert install.returncode == 0, (install.stdout + install.stderr)[-5000:]
    assert warnings_in(install.stdout + install.stderr) == []
    check = subprocess.run([*pip, "check"], capture_output=True, text=True, cwd=home, env=env)
    assert check.returncode == 0, check.stdout + check.stderr
    # trafilatura's fallback imports jusText, which needs lxml.html.clean (lxml's html-clean extra)
    subprocess.run([str(python), "-c", "import justext, pipeline.cli"], cwd=home, env=env, check=True)

    where = subprocess.run([str(python), "-c", "import pipeline; print(pipeline.__file__)"], capture_output=True,
                           text=True, cwd=home, env=env, check=True).stdout.strip()
    assert Path(where).is_relative_to(home / "venv"), where

    db = home / "thidua.sqlite"  # the same inputs as the checkout's session build: the same stored paths
    built = subprocess.run([str(home / "venv" / "bin" / "thidua"), "build", str(built_corpus.inputs), "--db", str(db)],
                           capture_output=True, text=True, cwd=home, env=env, timeout=900)
    assert built.returncode == 0, built.stdout + built.stderr
    assert "5 articles" in built.stdout

    installed, checkout = dataset_rows(db), dataset_rows(built_corpus.db)
    assert list(installed) == list(checkout)
    for table in checkout:
        assert installed[table] == checkout[table], f"table {table} differs"
    assert installed["articles"] and installed["activities"]
