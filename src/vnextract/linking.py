"""Linking across kinds (pending)."""


def link(doc) -> None:
    pass
