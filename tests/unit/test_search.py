"""Search in the matrix, and finding a source for the data one needs."""

from pim_desktop.services.mapping import MappingService
from pim_desktop.services.matrix import MatrixService
from pim_desktop.services.operations import Source, open_operation
from pim_desktop.services.search import find_sources, stem, terms, text_matches


def test_terms_drop_filler_words_and_meet_plurals():
    assert terms("I need figures on returns") == {"figure", "return"}
    assert stem("returning") == "return" and stem("news") == "news"
    assert terms("Données sur les retours") == {"retour"}


def test_text_matches_ignores_case_and_accents():
    assert text_matches("medecins sans", "Médecins Sans Frontières")
    assert not text_matches("medecins monde", "Médecins Sans Frontières")


def test_figures_on_returns_point_to_population_data_and_its_systems(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        matrix = MatrixService(operation_file).matrix()
        systems = MappingService(operation_file).system_summaries()
    result = find_sources("I need figures on returns", matrix, systems)
    labels = {c.id: c.label for c in matrix.categories}
    assert labels[result.categories[0].category_id] == "Population Data"
    assert result.categories[0].matched_entries[0].startswith("Figures on the size")
    names = [s.name for s in result.systems]
    assert (
        "Displacement Tracking Matrix: mobility baseline" in names or "Border and return monitoring" in names
    )
    border = next(s for s in result.systems if s.name == "Border and return monitoring")
    assert border.organisations == ("UNHCR", "NRC")
    assert "example.org" in border.contact


def test_a_query_of_filler_words_finds_nothing(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        matrix = MatrixService(operation_file).matrix()
    result = find_sources("I need the data", matrix, [])
    assert result.categories == () and result.systems == ()


def test_systems_by_category_groups_the_sample(operation_source: Source):
    with open_operation(operation_source, read_only=True) as operation_file:
        summaries = MappingService(operation_file).system_summaries()
        grouped = MappingService(operation_file).systems_by_category()
        matrix = MatrixService(operation_file).matrix()
    assert set(grouped) == {c.id for c in matrix.categories}
    serving_two = [s for s in summaries if s.secondary_category_ids]
    assert len(summaries) == 40 and serving_two  # the sample has systems that serve two categories
    for system in serving_two:  # listed in each category it serves, as the mapping grid counts it
        assert all(system in grouped[c] for c in system.category_ids)
    assert sum(len(systems) for systems in grouped.values()) == sum(len(s.category_ids) for s in summaries)
