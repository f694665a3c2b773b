from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from narrativ.store.fts_query import MAX_TERMS, fts5_query, query_terms


def test_words_become_quoted_prefix_terms() -> None:
    assert fts5_query("Leg SAND") == '"leg"* "sand"*'
    assert fts5_query('"AND" NEAR( * : col:x') == '"and"* "near"* "col"* "x"*'
    assert fts5_query("  ...  ") is None


def test_danish_letters_are_kept() -> None:
    assert query_terms("Æbler, ØRE og Åen") == ["æbler", "øre", "og", "åen"]
    # "å" typed as a + combining ring is the same letter
    assert query_terms("a\u030ale") == ["åle"]


@given(st.text())
def test_any_text_gives_a_query_made_only_of_quoted_words(text: str) -> None:
    query = fts5_query(text)
    if query is None:
        assert query_terms(text) == []
        return
    terms = query.split(" ")
    assert len(terms) <= MAX_TERMS
    for term in terms:
        assert term.startswith('"') and term.endswith('"*')
        assert '"' not in term[1:-2]
