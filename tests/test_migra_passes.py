"""diff/migra_passes.py: migra's passes over statements that wait on one another, which the light
families mirror (the corpus checks the mirrored order against migra's; these pin the helper's own
rules: order within a pass, waiting on pending nodes only, an item's own node, repeated nodes,
cycles)."""

from __future__ import annotations

import pytest

from schemadiff.diff.migra_passes import dependents, in_passes


def _passes(items: list[str], needs: dict[str, set[str]]) -> list[str]:
    """``items`` ("node" or "node#n" for a second item of one node) in passes, each waiting on ``needs``."""
    return list(
        in_passes(items, lambda item: item.split("#")[0], lambda item: needs.get(item.split("#")[0], set()), "x")
    )


def test_items_free_to_go_keep_their_order_and_a_waiting_one_comes_in_the_next_pass() -> None:
    # b waits on c, which comes after it in the first pass: b is taken in the second pass, after d
    assert _passes(["a", "b", "c", "d"], {"b": {"c"}}) == ["a", "c", "d", "b"]
    # within a pass, an item taken frees the later ones at once (a before b: one pass)
    assert _passes(["a", "b"], {"b": {"a"}}) == ["a", "b"]


def test_only_pending_nodes_are_waited_on() -> None:
    # a node that is not among the items (or already taken) is not waited on; nor is the item's own
    assert _passes(["a", "b"], {"a": {"elsewhere", "a"}, "b": {"a"}}) == ["a", "b"]


def test_a_node_of_two_items_is_pending_until_both_are_taken() -> None:
    # c waits on b, whose two items come in one pass; b's second waits on a, which comes last
    assert _passes(["b", "c", "b#2", "a"], {"c": {"b"}, "b": set()}) == ["b", "b#2", "a", "c"]
    needs = {"c": {"b"}}
    got = list(
        in_passes(
            ["b", "c", "b#2", "a"],
            lambda item: item.split("#")[0],
            lambda item: {"a"} if item == "b#2" else needs.get(item, set()),
            "x",
        )
    )
    assert got == ["b", "a", "b#2", "c"]  # (c still waits for b#2 in the second pass: it comes after it)


def test_items_waiting_on_one_another_are_an_error_naming_them() -> None:
    with pytest.raises(AssertionError, match=r"views waiting on one another: \['a', 'b'\]"):
        list(in_passes(["a", "b", "c"], str, lambda item: {"a": {"b"}, "b": {"a"}}.get(item, set()), "views"))


def test_dependents_turns_needs_round() -> None:
    assert dependents({"v": {"t", "w"}, "w": {"t"}, "x": set()}) == {"t": {"v", "w"}, "w": {"v"}}
