"""The self-test IT runs after installing: passes here, names a failing step, leaves nothing."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest

from narrativ import selftest


def temp_folders() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob("narrativ-selvtest-*"))


@pytest.mark.slow
def test_self_test_passes_and_prints_no_data(qapp: object) -> None:
    before = temp_folders()
    out = io.StringIO()

    assert selftest.run_self_test(out) == 0

    report = out.getvalue()
    assert "Selvtest bestået / self-test passed" in report
    assert report.count("  OK  ") == len(selftest.STEPS) + 1  # every step and the clean-up
    # The fictional story, its words and the child's name never reach the report.
    assert selftest.STORY[:30] not in report
    assert "Testa" not in report
    assert temp_folders() == before


def test_a_failing_step_is_named_and_the_rest_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []

    def fine(state: object) -> str:
        ran.append("fine")
        return "ok"

    def broken(state: object) -> str:
        raise selftest.SelfTestFailure("mangler / missing: something")

    def never(state: object) -> str:
        ran.append("never")
        return "ok"

    monkeypatch.setattr(
        selftest,
        "STEPS",
        (
            selftest._Step("Første / first", fine),
            selftest._Step("Anden / second", broken),
            selftest._Step("Tredje / third", never),
        ),
    )
    before = temp_folders()
    out = io.StringIO()

    assert selftest.run_self_test(out) == 1

    report = out.getvalue()
    assert "FEJL / FAILED  Anden / second: SelfTestFailure: mangler / missing" in report
    assert report.rstrip().endswith("Selvtest fejlede / self-test failed: Anden / second")
    assert ran == ["fine"]
    assert temp_folders() == before


def test_an_error_message_is_cut_to_its_first_line() -> None:
    error = ValueError("first line\n" + "story text " * 100)
    assert selftest._describe(error) == "ValueError: first line"
    assert len(selftest._describe(ValueError("x" * 500))) < 230
