"""The change mark moves when a colleague saves, comments or throws a draft away, and stays
put when nothing happened (so an open page does not reload for nothing)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from narrativ.services import narratives
from narrativ.services.changes import change_mark
from narrativ.services.narrative_input import NarrativeInput
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_SPURVE


def test_the_mark_moves_with_every_change_a_page_would_show(institution: Institution) -> None:
    leader = institution.unlock()
    rikke = institution.unlock(EDUCATOR_SPURVE)
    try:
        marks = [change_mark(leader)]
        assert change_mark(leader) == marks[0]
        draft = NarrativeInput(
            date(2025, 11, 3), "Spurvene", "Emil hjalp Åse op.", focus=["c-emil"]
        )
        key = narratives.create_narrative(rikke, draft)
        marks.append(change_mark(leader))
        narratives.share_narrative(rikke, key)
        marks.append(change_mark(leader))
        narratives.add_comment(leader, key, "Fint set.")
        marks.append(change_mark(leader))
        other = narratives.create_narrative(rikke, draft)
        marks.append(change_mark(leader))
        narratives.delete_draft(rikke, other)
        marks.append(change_mark(leader))
        # Each step changed what a page shows since the step before it.
        assert all(a != b for a, b in pairwise(marks))
    finally:
        rikke.lock()
        leader.lock()
