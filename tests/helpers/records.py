"""Gives a test institution every kind of record the interchange format carries beside the
narratives: comments, history, read marks, consents, handout records, the house's own tags
(one retired), changed settings, a child's move between groups and a removed colleague.

Everything goes through the services, as the app writes it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from narrativ.services import handouts, narratives, organisation, settings, tags
from narrativ.services.accounts import remove_staff
from narrativ.services.consents import add_consent
from narrativ.services.handouts import HandoutRequest
from narrativ.services.narrative_input import NarrativeInput
from tests.conftest import Institution
from tests.helpers.documents import EDUCATOR_SPURVE, LEADER

PERIOD = HandoutRequest("Emil J.", date(2025, 1, 1), date(2026, 11, 1))
CHANGED_SETTINGS = {"retention_months": 36, "contexts": ["leg", "skoven", "værkstedet"]}


def add_records(institution: Institution) -> None:
    rikke = institution.unlock(EDUCATOR_SPURVE)
    try:
        story = narratives.get_narrative(rikke, "n-sand")
        narratives.update_narrative(
            rikke,
            "n-sand",
            NarrativeInput(
                occurred_on=story.occurred_on,
                group="g-spurv",
                story=story.story + " Bagefter viste de borgen til de andre.",
                part_of_day=story.part_of_day,
                context=story.context,
                focus=["c-emil"],
                present=["c-aase"],
                relations=list(story.relations),
                themes=list(story.themes),
                reflection=story.reflection,
                next_steps=story.next_steps,
            ),
            expected_version=story.version,
        )
        add_consent(rikke, "c-emil", "Emils mor", date(2026, 10, 1), ["PPR"], "sprog og leg")
        named = handouts.prepare_meeting_handout(rikke, PERIOD, "PPR", anonymous=False)
        handouts.record_handout(rikke, named)
        handouts.record_handout(rikke, handouts.prepare_parent_handout(rikke, PERIOD))
    finally:
        rikke.lock()
    leader = institution.unlock(LEADER)
    try:
        narratives.add_comment(leader, "n-sand", "Fin iagttagelse af initiativet.")
        narratives.add_comment(leader, "n-tur", "Fortæl mere om sneglene.", kind="elaborate")
        narratives.mark_reviewed(leader, "n-tur")
        narratives.get_narrative(leader, "n-sand")  # a read mark
        tags.add_tag(leader, "Sprogstimulering")
        tags.add_tag(leader, "Årets tema: vand")
        tags.retire_tag(leader, "Årets tema: vand")
        for name, value in CHANGED_SETTINGS.items():
            settings.set_setting(leader, name, value)
        organisation.move_child(leader, "c-ali", "g-mus", date(2026, 10, 15))
        remove_staff(leader, "s-bå")
    finally:
        leader.lock()


def by_name(document: dict[str, Any], section: str, *fields: str) -> list[dict[str, Any]]:
    """A section with staff keys (which are per database) replaced by names, sorted."""
    names = {s["key"]: s["name"] for s in document["staff"]}
    records = [
        {k: names.get(v, v) if k in fields else v for k, v in record.items()}
        for record in document.get(section, [])
    ]
    return sorted(records, key=repr)
