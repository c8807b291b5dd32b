"""Documentation kept honest: every CLI command and option, every setting and every rejection
reason is documented, and the README starts with the two set-up commands."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from storyline.cli import make_parser
from storyline.config import describe
from storyline.models import REJECTION_REASONS

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[tuple[str, argparse.ArgumentParser]]:
    parser = make_parser()
    out: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                out.append((name, sub))
                for a2 in sub._actions:
                    if isinstance(a2, argparse._SubParsersAction):
                        out.extend((f"{name} {n2}", s2) for n2, s2 in a2.choices.items())
    return out


@pytest.mark.parametrize(
    ("name", "sub"), _commands(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_command_and_option_is_documented(name: str, sub: argparse.ArgumentParser) -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"storyline {name}" in doc, f"docs/cli.md does not describe `storyline {name}`"
    section = doc.split(f"## storyline {name}", 1)[-1].split("\n## ", 1)[0]
    for action in sub._actions:
        for opt in action.option_strings:
            if opt in {"-h", "--help"}:
                continue
            assert opt in section, f"docs/cli.md: `storyline {name}` does not document {opt}"


def test_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for section, key, _default, _desc in describe():
        assert f"`{section}.{key}`" in doc, f"docs/configuration.md lacks `{section}.{key}`"


def test_every_rejection_reason_is_documented() -> None:
    doc = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for reason in REJECTION_REASONS:
        assert f"`{reason}`" in doc, f"docs/cli.md lacks rejection reason `{reason}`"


def test_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:1500]
    assert re.search(r"make demo", head) and re.search(r"make test", head)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
