"""The end-to-end run (Prefect flow ``codem`` in flows/full_matrix.py): presets and the
store-backed steps it composes. No Prefect imports here."""
