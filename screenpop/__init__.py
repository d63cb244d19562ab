"""Screen-pop: caller identity, phone normalisation and pop assembly (Qt-free in screenpop.core); customer card widgets."""
