"""Extraction rules shared by languages: ``common`` (every language), ``brace`` (the brace family)."""
