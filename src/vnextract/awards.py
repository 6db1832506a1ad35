"""awards recogniser (first version pending)."""


def recognize(doc) -> None:
    pass
