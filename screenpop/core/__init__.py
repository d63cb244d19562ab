"""Qt-free screen-pop logic: identity, normalisation, pop assembly."""
