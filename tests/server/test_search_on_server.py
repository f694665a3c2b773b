"""Search on the server: the file's search tests again, and where Danish stemming differs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from narrativ.services.search import search
from narrativ.services.workspace import Workspace
from tests.server.fixtures import ServerInstitution
from tests.server.reuse import reused_tests
from tests.storage import test_search as file_tests

# Where the server's Danish text search answers differently from FTS5, and why.
DIFFERENT: dict[str, str] = {
    "test_prefix_search_newest_first": (
        "«i» is a Danish stop word, not indexed on the server; the rest of that test is "
        "test_prefix_search_newest_first_without_stop_words"
    ),
}


@pytest.fixture
def institution(server_institution: ServerInstitution) -> ServerInstitution:
    return server_institution


@pytest.fixture
def leader(server_institution: ServerInstitution) -> Iterator[Workspace]:
    ws = server_institution.unlock()
    yield ws
    ws.lock()


globals().update(reused_tests(file_tests, "_on_server", DIFFERENT))


def keys(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.key for h in hits]


def test_prefix_search_newest_first_without_stop_words(leader: Workspace) -> None:
    assert keys(search(leader, "sand")) == ["n-sand"]
    assert keys(search(leader, "Emil")) == ["n-kladde", "n-sand"]
    assert keys(search(leader, "kravle")) == ["n-mus"]


def test_stemming_finds_other_forms_of_a_word(leader: Workspace) -> None:
    # The story says "byggede" and "sandkassen"; on the file these searches find nothing.
    assert keys(search(leader, "bygger")) == ["n-sand"]
    assert keys(search(leader, "sandkasserne")) == ["n-sand"]


def test_stop_words_alone_find_nothing_and_are_ignored_in_longer_searches(
    leader: Workspace,
) -> None:
    assert search(leader, "i og at") == []
    assert keys(search(leader, "borg i sandkassen")) == ["n-sand"]


def test_a_page_found_among_the_newest_equals_the_full_search(leader: Workspace) -> None:
    # With a small limit the page is found among the newest narratives (the first step);
    # it must be exactly the start of the full answer (the second step).
    for query in ("Emil", "Åse", "sammen", "bo", "s"):
        full = keys(search(leader, query, limit=200))
        for limit in (1, 2, 3):
            assert keys(search(leader, query, limit=limit)) == full[:limit], (query, limit)


def test_the_word_index_is_per_institution(server_institution: ServerInstitution) -> None:
    import psycopg

    admin = server_institution.cluster.conninfo(
        server_institution.database, "narrativ_admin", server_institution.cluster.admin_password
    )
    with psycopg.connect(admin) as connection:
        [(definition,)] = connection.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_narrative_search'"
        ).fetchall()
    assert "gin (institution_id, search_vector)" in definition


def test_every_step_of_the_search_gives_the_full_searchs_page(
    server_demo: ServerInstitution, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no window of newest narratives to walk (RECENT_WINDOW 0 leaves ten pages' worth),
    most pages come from the newest matches the server cuts (the second step) or, under a
    filter that leaves them short, from every match (the third). Each must be exactly the
    full answer's page, for a leader and for an educator, with and without a group filter."""
    from sqlalchemy import ColumnElement

    from narrativ.services.permissions import visible_narratives
    from narrativ.store import search_server
    from narrativ.store.models import ChildGroup, Narrative

    monkeypatch.setattr(search_server, "RECENT_WINDOW", 0)
    for name in ("Hanne Østergaard", "Rikke Sørensen"):
        ws = server_demo.unlock(name)
        try:
            with ws.reading() as session:
                spurvene = session.query(ChildGroup.id).filter_by(name="Spurvene").scalar()
                for narrowing in ([], [Narrative.group_id == spurvene]):
                    conditions: list[ColumnElement[bool]] = [
                        visible_narratives(ws.user),
                        *narrowing,
                    ]
                    for query in ("leg sammen", "sand", "hjalp", "bo"):
                        everything = search_server.matches(query)
                        assert everything is not None
                        full = search_server._page(
                            session, everything, [Narrative.key], conditions, (), 1000, 0
                        )
                        for limit, offset in ((3, 0), (5, 5), (10, 20)):
                            page = search_server.newest_rows(
                                session, query, [Narrative.key], conditions, (), limit, offset
                            )
                            assert page == full[offset : offset + limit], (name, query, offset)
        finally:
            ws.lock()
