"""The sample operation written by `pim-desktop demo`."""

from pathlib import Path

from pim_desktop.services.operations import Source, check_operation, open_operation
from pim_desktop.services.summary import operation_info
from tests.helpers import sqlite_rows

# The Lebanon action plan as the seed document gives it, row for row.
SEED_PLAN = [
    (
        1,
        "Lack of common, user-friendly and secure data-sharing tools",
        ["IMWG to recommend standardized tools and procedures"],
        "Q1 of 2019",
        [("Jad", "focal-point")],
    ),
    (
        2,
        "Informed consent about sharing and different types of sharing and recipients",
        [
            "Build comprehensive consent form drafts and guidelines on which to choose depending on "
            "survey/activities",
            "Disseminate",
        ],
        "2019",
        [("Fanette", "focal-point"), ("Fred", "adviser")],
    ),
    (
        3,
        "Trust between actors (in terms of data quality, methodology, data protection)",
        ["Disseminate the “VASyR quality assurance package” methodology"],
        "Q1 of 2019",
        [("Jad", "focal-point")],
    ),
    (
        4,
        "Lack of knowledge about where and how to access information and data",
        [
            "Raise awareness on national studies (VASyR, KAP, MICS, ARK…) in sector WG, in inter-agency.",
            "Promote use of and contributions to Lebanon Factbook and Assessment Registry in IMWG and "
            "Inter-Agency",
        ],
        "Q1 of 2019",
        [("Jad", "focal-point")],
    ),
]


def test_counts_match_the_contract(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        info = operation_info(operation_file)
    counts = info.counts
    assert info.country == "LBN"
    assert (counts.categories, counts.matrix_rows, counts.custom_rows) == (8, 8, 1)
    assert 18 <= counts.organisations <= 26
    assert 36 <= counts.systems <= 44
    assert counts.action_plans == 1 and counts.action_items == 4
    assert counts.changed_entries > 0
    assert counts.principle_reviews >= 3


def test_sample_passes_its_own_check(operation_source: Source):
    report = check_operation(operation_source)
    assert report.problems == []


def test_every_category_has_systems_and_every_organisation_type_is_present(sample_file: Path):
    per_category = dict(
        sqlite_rows(
            sample_file,
            "SELECT c.code, count(s.id) FROM category c LEFT JOIN information_system s "
            "ON s.primary_category_id = c.id GROUP BY c.code",
        )
    )
    assert len(per_category) == 8 and min(per_category.values()) >= 3
    types = {t for (t,) in sqlite_rows(sample_file, "SELECT DISTINCT org_type FROM organisation")}
    assert {"un-agency", "international-ngo", "national-ngo", "government", "cluster"} <= types
    unfilled = sqlite_rows(
        sample_file,
        "SELECT name FROM information_system WHERE methods = '' OR outputs = '' "
        "OR id NOT IN (SELECT system_id FROM system_area) "
        "OR id NOT IN (SELECT system_id FROM system_organisation)",
    )
    assert unfilled == []


def test_lebanon_plan_matches_the_seed_row_for_row(sample_file: Path):
    assert sqlite_rows(sample_file, "SELECT title FROM action_plan") == [("PIM Lebanon Action Plan",)]
    assert sqlite_rows(sample_file, "SELECT theme, team_leader FROM action_group") == [
        ("Data Sharing", "Jad")
    ]
    members = sqlite_rows(sample_file, "SELECT name FROM action_group_member ORDER BY position")
    assert [name for (name,) in members] == ["Rana", "Omar", "Maria", "Fred", "Jad"]
    items = sqlite_rows(
        sample_file, "SELECT id, number, challenge, timeline FROM action_item ORDER BY number"
    )
    found = []
    for item_id, number, challenge, timeline in items:
        points = sqlite_rows(
            sample_file, f"SELECT text FROM action_point WHERE item_id={item_id} ORDER BY position"
        )
        people = sqlite_rows(
            sample_file,
            f"SELECT name, kind FROM action_focal_point WHERE item_id={item_id} ORDER BY position",
        )
        found.append((number, challenge, [text for (text,) in points], timeline, people))
    assert found == SEED_PLAN


def test_process_is_partly_under_way(sample_file: Path):
    statuses = dict(sqlite_rows(sample_file, "SELECT code, status FROM process_step"))
    assert statuses["assess"] == "done"
    assert statuses["design"] == "in-progress"
    assert statuses["evaluate"] == "not-started"
