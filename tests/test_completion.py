"""Shell completion, driven the way the shells drive it: environment variables.

bash's completion function sets COMP_WORDS/COMP_CWORD and _HRPATH_COMPLETE=complete_bash
and reads one candidate per line; zsh's sets _TYPER_COMPLETE_ARGS and evaluates an
`_arguments` call. Those hooks run in-process (CliRunner with the same environment the
shell gives `hrpath`); the last tests run `python -m hrpath` as a subprocess to print and
install the scripts into a scratch HOME, then run the installed bash function in a real bash.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import typing
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
import typer.main
import typer.models
from typer.testing import CliRunner

from hrpath.cli.main import app
from hrpath.core.graph import RoleGraph
from hrpath.datafile.starter import starter_text

BIN = Path(sys.executable).parent
HRPATH = shutil.which("hrpath", path=str(BIN))
BASH = shutil.which("bash")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("_HRPATH", "_TYPER", "COMP_"))}
    env.pop("HRPATH_DATA", None)
    return {**env, **extra}


def _in_process_env(**extra: str) -> dict[str, str | None]:
    """`_env(**extra)` as a CliRunner overlay: None unsets a variable for the run."""
    unset = {
        k: None for k in os.environ if k.startswith(("_HRPATH", "_TYPER", "COMP_")) or k == "HRPATH_DATA"
    }
    return {**unset, **extra}


def _complete(**env: str) -> str:
    """What the completion hook prints for the shell, run in-process as the shell would run it."""
    result = CliRunner().invoke(app, [], env=_in_process_env(**env), prog_name="hrpath")
    assert (result.exit_code, result.stderr) == (0, "")
    return result.stdout


def bash_complete(*words: str, **env: str) -> list[str]:
    """Candidates for the last word, as bash's completion function would get them."""
    out = _complete(
        _HRPATH_COMPLETE="complete_bash",
        COMP_WORDS="\n".join(["hrpath", *words]),  # the script joins words with IFS=$'\n'
        COMP_CWORD=str(len(words)),
        **env,
    )
    # bash's $(...) drops the lone empty line printed when nothing matches.
    return [line for line in out.splitlines() if line]


def zsh_complete(line: str) -> str:
    """The `_arguments` call zsh's completion function would evaluate."""
    return _complete(_HRPATH_COMPLETE="complete_zsh", _TYPER_COMPLETE_ARGS=line).strip()


@pytest.fixture
def company(tmp_path: Path) -> Path:
    path = tmp_path / "company.yaml"
    path.write_text(starter_text(), encoding="utf-8")
    return path


ROLE_CASES = [
    (["show", "hr-g"], ["hr-generalist"]),
    (["show", "chr"], ["chro"]),
    (["compare", "hr-generalist", "hr-sp"], ["hr-specialist"]),
    (["compare", "recr"], ["recruiter"]),
    (["map", "--from", "vp"], ["vp-hr"]),
    (["export", "--format", "dot", "--from", "staffing-s"], ["staffing-specialist"]),
    (["gaps", "--target", "hr-dir"], ["hr-director"]),
    (["gaps", "--role", "benefits-s"], ["benefits-specialist"]),
]


@pytest.mark.parametrize(("words", "expected"), ROLE_CASES, ids=[" ".join(w) for w, _ in ROLE_CASES])
def test_role_names_complete(words: list[str], expected: list[str]) -> None:
    assert bash_complete(*words) == expected


def test_role_ids_complete_by_prefix_not_by_substring() -> None:
    # Many ids contain "specialist" or an "r"; only recruiter starts with "r".
    assert bash_complete("show", "specialist") == []
    assert bash_complete("show", "r") == ["recruiter"]
    assert bash_complete("compare", "hr-generalist", "manager") == []


def _role_completer() -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    """The autocompletion function `hrpath show ROLE` declares, found through the app."""
    show = next(
        c for c in app.registered_commands if (c.name or getattr(c.callback, "__name__", "")) == "show"
    )
    hints = typing.get_type_hints(show.callback, include_extras=True)
    infos = [meta for hint in hints.values() for meta in getattr(hint, "__metadata__", ())]
    return next(info.autocompletion for info in infos if isinstance(info, typer.models.ArgumentInfo))


def test_the_role_completer_itself_matches_by_prefix_any_case(monkeypatch: pytest.MonkeyPatch) -> None:
    # typer 0.26-0.28 drop candidates that do not start with the typed word on their own, so
    # the shell never shows a substring match; the completer must not rely on that.
    monkeypatch.delenv("HRPATH_DATA", raising=False)
    complete = _role_completer()
    ctx = typer.Context(typer.main.get_command(app))
    assert complete(ctx, "specialist") == []
    assert complete(ctx, "R") == [("Recruiter", "Recruiter")]  # the typed part keeps its spelling
    assert [role_id for role_id, _ in complete(ctx, "hr-a")] == [
        "hr-assistant",
        "hr-associate",
        "hr-analyst",
        "hr-administrator",
    ]


def test_an_empty_word_offers_every_role(shipped: RoleGraph) -> None:
    assert sorted(bash_complete("show", "")) == sorted(role.id for role in shipped)


def test_have_completes_the_last_comma_separated_item() -> None:
    assert bash_complete("gaps", "--have", "mba,rec") == ["mba,recruiting"]
    assert bash_complete("gaps", "--have", "shrm-") == ["shrm-cp", "shrm-scp"]


def test_zsh_gets_candidates_with_their_titles() -> None:
    assert zsh_complete("hrpath show hr-g") == """_arguments '*: :(("hr-generalist":"HR Generalist"))'"""
    assert (
        zsh_complete("hrpath gaps --have mba,rec") == """_arguments '*: :(("mba,recruiting":"Recruiting"))'"""
    )


def test_candidates_come_from_the_data_file_in_use(company: Path) -> None:
    assert bash_complete("show", "--data", str(company), "") == ["associate", "recruiter", "partner"]
    assert bash_complete("compare", "associate", "p", HRPATH_DATA=str(company)) == ["partner"]
    assert bash_complete("gaps", "--data", str(company), "--have", "bachelors,people-") == [
        "bachelors,people-management"
    ]
    assert bash_complete("show", "hr-g", HRPATH_DATA=str(company)) == []


def test_a_broken_data_file_completes_nothing_quietly(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("roles: [\n", encoding="utf-8")
    assert bash_complete("show", "--data", str(broken), "a") == []


def test_a_value_pyyaml_cannot_build_completes_nothing_quietly(tmp_path: Path) -> None:
    odd = tmp_path / "odd.yaml"
    odd.write_text("roles:\n  - {id: a, title: A, level: entry, summary: 2024-02-30}\n", encoding="utf-8")
    assert bash_complete("show", "a", HRPATH_DATA=str(odd)) == []


@pytest.mark.parametrize(("shell", "needle"), [("bash", "complete -o default -F"), ("zsh", "compdef")])
def test_show_completion_prints_the_script(shell: str, needle: str) -> None:
    env = _env(_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    done = subprocess.run(
        [sys.executable, "-m", "hrpath", "--show-completion", shell],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert needle in done.stdout
    assert "_HRPATH_COMPLETE=complete_" + shell in done.stdout


def test_install_completion_for_zsh(tmp_path: Path) -> None:
    env = _env(HOME=str(tmp_path), _TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION="1")
    subprocess.run(
        [sys.executable, "-m", "hrpath", "--install-completion", "zsh"],
        env=env,
        check=True,
        capture_output=True,
    )
    assert "compdef _hrpath_completion hrpath" in (tmp_path / ".zfunc" / "_hrpath").read_text()
    assert "fpath+=~/.zfunc" in (tmp_path / ".zshrc").read_text()


@pytest.mark.skipif(BASH is None or HRPATH is None, reason="needs bash and the installed hrpath script")
def test_install_completion_from_bash_then_tab_in_bash(tmp_path: Path) -> None:
    """`hrpath --install-completion` run from bash, then the installed function run by bash."""
    env = _env(HOME=str(tmp_path), PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    # `; true` keeps bash as the parent process, so the shell is detected as a user's would be.
    install = subprocess.run(
        [str(BASH), "--norc", "--noprofile", "-c", "hrpath --install-completion; true"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "bash completion installed" in install.stdout
    script = tmp_path / ".bash_completions" / "hrpath.sh"
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text()
    tab = (
        f"source '{script}'\n"
        # COMP_WORDS keeps the quotes a user typed around a multi-word name.
        """COMP_WORDS=(hrpath compare '"HR Generalist"' hr-sp); COMP_CWORD=3\n"""
        "_hrpath_completion hrpath; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
        "COMP_WORDS=(hrpath gaps --have mba,rec); COMP_CWORD=3\n"
        "_hrpath_completion hrpath; printf '%s\\n' \"${COMPREPLY[@]}\"\n"
    )
    done = subprocess.run(
        [str(BASH), "--norc", "--noprofile", "-c", tab], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == ["hr-specialist", "mba,recruiting"]
