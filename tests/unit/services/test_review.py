"""Review round trip: the leader comments and marks as seen; the author sees news and answers."""

from __future__ import annotations

from narrativ.services import narratives
from tests.conftest import Institution
from tests.helpers.documents import LEADER


def news_of(institution: Institution, name: str, key: str) -> bool:
    ws = institution.unlock(name)
    try:
        return next(n.news for n in narratives.list_mine(ws) if n.key == key)
    finally:
        ws.lock()


def test_leader_review_reaches_the_author_as_news(institution: Institution) -> None:
    rikke = "Rikke Sørensen"
    assert news_of(institution, rikke, "n-sand") is False

    leader = institution.unlock(LEADER)
    narratives.add_comment(leader, "n-sand", "Uddyb gerne, hvad Åse sagde.", kind="elaborate")
    leader.lock()
    assert news_of(institution, rikke, "n-sand") is True

    author = institution.unlock(rikke)
    view = narratives.get_narrative(author, "n-sand")  # opening it reads the news
    assert [(c.kind, c.author) for c in view.comments] == [("elaborate", LEADER)]
    narratives.add_comment(author, "n-sand", "Åse sagde: »Nu kan vandet løbe.«")
    author.lock()
    assert news_of(institution, rikke, "n-sand") is False  # her own answer is no news

    leader = institution.unlock(LEADER)
    narratives.mark_reviewed(leader, "n-sand")
    assert [c.author for c in narratives.get_narrative(leader, "n-sand").comments] == [
        LEADER,
        rikke,
    ]
    leader.lock()
    assert news_of(institution, rikke, "n-sand") is True
