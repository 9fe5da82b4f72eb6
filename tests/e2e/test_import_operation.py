"""An operation exported as JSON imports into an empty operation and gives back the same data; the property
test checks it on generated operations, with text in several scripts."""

import json
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings, strategies as st

from pim_desktop.domain.enums import OrganisationType, Sensitivity, SystemRole, SystemStatus
from pim_desktop.domain.model import Area, OrganisationDetails, SystemDetails, SystemLink
from pim_desktop.exports.document import ExportOptions
from pim_desktop.exports.json_export import operation_json
from pim_desktop.imports.operation_json import import_operation
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import create_operation, open_operation
from pim_desktop.services.organisations import OrganisationService
from pim_desktop.services.systems import SystemService

TODAY = date(2026, 11, 21)


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The document without what differs by nature between two files: ids in keys, export stamps."""
    names = {o["key"]: o["name"] for o in document["organisations"]}
    systems = {s["key"]: s["name"] for s in document["systems"]}
    return {
        "matrix": document["matrix"],
        "organisations": sorted(
            ({**o, "key": None} for o in document["organisations"]), key=lambda o: o["name"]
        ),
        "systems": sorted(
            (
                {
                    **s,
                    "key": None,
                    "organisations": [
                        {**link, "organisation": names[link["organisation"]]} for link in s["organisations"]
                    ],
                }
                for s in document["systems"]
            ),
            key=lambda s: s["name"],
        ),
        "action_plans": document["action_plans"],
        "process": document["process"],
        "reviews": sorted(
            ({**r, "system": systems[r["system"]]} for r in document["reviews"]), key=lambda r: r["system"]
        ),
    }


def _round_trip(source: Path, folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    with open_operation(source, read_only=True) as operation:
        exported = operation_json(operation, ExportOptions(), TODAY)
    target = folder / "target.pim"
    target.unlink(missing_ok=True)
    create_operation(target, name="Empty")
    with open_operation(target) as operation:
        import_operation(operation, json.loads(json.dumps(exported)))
        again = operation_json(operation, ExportOptions(), TODAY)
    return comparable(exported), comparable(again)


def test_the_sample_operation_comes_back_the_same_through_json(sample_file: Path, tmp_path: Path):
    exported, again = _round_trip(sample_file, tmp_path)
    assert again == exported
    assert len(again["systems"]) == 40 and again["action_plans"][0]["title"] == "PIM Lebanon Action Plan"


TEXT = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Nd", "Zs", "Po", "Sm"), include_characters="éàçمرحباё\n"),
    min_size=1,
    max_size=40,
).filter(lambda value: value.strip())


@st.composite
def operations(draw: st.DrawFn) -> dict[str, Any]:
    organisations = draw(
        st.lists(TEXT, min_size=1, max_size=5, unique_by=lambda v: " ".join(v.casefold().split()))
    )
    systems = draw(
        st.lists(
            st.tuples(
                TEXT,
                st.integers(0, 7),
                st.sampled_from(list(SystemStatus)),
                st.sampled_from(list(Sensitivity)),
                TEXT,
                st.lists(st.sampled_from(["Akkar", "Bekaa", "Beyrouth"]), max_size=2, unique=True),
            ),
            max_size=5,
            unique_by=lambda t: " ".join(t[0].casefold().split()),
        )
    )
    return {"organisations": organisations, "systems": systems}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(operations())
def test_generated_operations_come_back_the_same_through_json(tmp_path: Path, data: dict[str, Any]):
    source = tmp_path / "source.pim"
    source.unlink(missing_ok=True)
    create_operation(source, name="Generated", country="LBN")
    with open_operation(source) as operation:
        categories = [c.id for c in MatrixService(operation).matrix().categories]
        org_ids = [
            OrganisationService(operation).add(
                OrganisationDetails(name=name, org_type=OrganisationType.OTHER)
            )
            for name in data["organisations"]
        ]
        for index, (name, category, status, sensitivity, outputs, places) in enumerate(data["systems"]):
            SystemService(operation).add(
                SystemDetails(
                    name=name,
                    primary_category_id=categories[category],
                    links=(SystemLink(org_ids[index % len(org_ids)], SystemRole.LEAD),),
                    status=status,
                    sensitivity=sensitivity,
                    outputs=outputs,
                    areas=tuple(Area("LBN", place) for place in places),
                )
            )
    exported, again = _round_trip(source, tmp_path)
    assert again == exported
