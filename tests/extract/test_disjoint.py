"""The union-find that merges candidates into events and articles into stories."""

from timeline.extract.disjoint import DisjointSets


def test_groups_are_named_by_their_smallest_index_whatever_the_order_of_the_joins():
    for joins in ([(4, 2), (2, 0), (3, 5)], [(0, 2), (5, 3), (2, 4)]):
        sets = DisjointSets(6)
        for i, j in joins:
            sets.join(i, j)
        assert sets.groups() == [[0, 2, 4], [1], [3, 5]]
        assert [sets.root(i) for i in range(6)] == [0, 1, 0, 3, 0, 3]


def test_joining_two_of_one_group_again_changes_nothing():
    sets = DisjointSets(3)
    sets.join(0, 1)
    sets.join(1, 0)
    assert sets.groups() == [[0, 1], [2]]
