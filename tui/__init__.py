"""crosscheck terminal app and command line."""
