"""The conflict finder: what it reports, and the look-alikes it leaves alone."""

from __future__ import annotations

from workbench.db.workspace import Workspace
from workbench.termbase import store
from workbench.termbase.conflicts import ConflictKind, find_conflicts, workspace_conflicts
from workbench.termbase.data import ConceptData, TermData, TermStatus

P, A, D = TermStatus.PREFERRED, TermStatus.ADMITTED, TermStatus.DEPRECATED


def concept(cid: int, tb: int, *terms: TermData) -> ConceptData:
    return ConceptData(terms=list(terms), id=cid, termbase_id=tb)


def zh(text: str, status: TermStatus = P, lang: str = "zh-Hans") -> TermData:
    return TermData(text, lang, status)


def en(text: str, status: TermStatus = P) -> TermData:
    return TermData(text, "en", status)


def kinds(conflicts: list) -> list[tuple[str, str, list[int]]]:  # type: ignore[type-arg]
    return [(c.kind.value, c.key, c.concept_ids) for c in conflicts]


def test_same_chinese_different_english_across_term_bases() -> None:
    found = find_conflicts(
        [
            concept(1, 1, zh("一带一路"), en("Belt and Road Initiative")),
            concept(2, 2, zh("一帶一路", lang="zh-Hant"), en("One Belt One Road")),
            concept(3, 2, zh("一带一路", A), en("belt and road initiative")),  # same, case aside
        ]
    )
    assert kinds(found) == [("zh-different-en", "一带一路", [1, 2, 3])]
    (conflict,) = found
    assert [o.preferred_en for o in conflict.occurrences] == [
        ("Belt and Road Initiative",),
        ("One Belt One Road",),
        ("belt and road initiative",),
    ]
    assert "One Belt One Road" in str(conflict)


def test_agreement_and_homonyms_are_not_conflicts() -> None:
    # Homonyms within one term base; another term base agreeing (case and script aside).
    assert (
        find_conflicts(
            [
                concept(1, 1, zh("中心"), en("center")),
                concept(2, 1, zh("中心"), en("downtown")),
                concept(3, 2, zh("重慶", lang="zh-Hant"), en("CHONGQING")),
                concept(4, 1, zh("重庆"), en("Chongqing"), en("Chungking", A)),
            ]
        )
        == []
    )
    # A homonym in one term base is still checked against the other term bases.
    found = find_conflicts(
        [
            concept(1, 1, zh("中心"), en("center")),
            concept(2, 1, zh("中心"), en("downtown")),
            concept(3, 2, zh("中心"), en("Center")),
        ]
    )
    assert kinds(found) == [("zh-different-en", "中心", [1, 2, 3])]


def test_one_english_term_for_different_concepts() -> None:
    found = find_conflicts(
        [
            concept(1, 1, zh("山城"), en("Mountain City")),
            concept(2, 2, zh("雾都"), en("mountain city")),
            # The same pair in another term base is a duplicate, not a conflict:
            concept(3, 3, zh("山城"), en("Mountain City")),
        ]
    )
    assert kinds(found) == [("en-shared", "mountain city", [1, 2, 3])]


def test_same_pair_in_two_term_bases_is_not_en_shared() -> None:
    assert (
        find_conflicts(
            [
                concept(1, 1, zh("重庆"), en("Chongqing")),
                concept(2, 2, zh("重慶", lang="zh-Hant"), en("Chongqing")),
            ]
        )
        == []
    )


def test_deprecated_term_preferred_elsewhere() -> None:
    found = find_conflicts(
        [
            concept(
                1,
                1,
                zh("中国式现代化"),
                en("Chinese modernization"),
                en("Chinese-style modernization", D),
            ),
            concept(2, 2, zh("中国风格现代化"), en("Chinese-style Modernization", A)),
            concept(3, 3, zh("新基建"), en("new infrastructure"), en("New Infrastructure", D)),
        ]
    )
    assert kinds(found) == [
        ("deprecated-elsewhere", "chinese-style modernization", [1, 2]),
        ("deprecated-elsewhere", "new infrastructure", [3]),
    ]
    statuses = [o.status for o in found[0].occurrences]
    assert statuses == [D, A]
    assert found[0].kind is ConflictKind.DEPRECATED_ELSEWHERE and found[0].lang == "en"


def test_conflicts_of_a_workspace(workspace: Workspace) -> None:
    with workspace.session() as s:
        national = store.create_termbase(s, "National", author="ann")
        city = store.create_termbase(s, "City", author="ann")
        store.add_concepts(
            s,
            national.id,
            [ConceptData(terms=[zh("一带一路"), en("Belt and Road Initiative")])],
            author="ann",
        )
        store.add_concepts(
            s,
            city.id,
            [ConceptData(terms=[zh("一带一路"), en("One Belt One Road")])],
            author="ann",
        )
    with workspace.session() as s:
        (conflict,) = workspace_conflicts(s)
        assert conflict.kind is ConflictKind.ZH_DIFFERENT_EN
        assert {o.termbase_id for o in conflict.occurrences} == {national.id, city.id}
        assert all(o.term_id is not None for o in conflict.occurrences)
        assert workspace_conflicts(s, [city.id]) == []
