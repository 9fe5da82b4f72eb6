"""Views: widgets that show and collect, holding no business logic."""
