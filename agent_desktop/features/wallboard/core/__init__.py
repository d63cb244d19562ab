"""The wallboard's Qt-free logic: the board kept from a snapshot and deltas (:mod:`.board`), its labels
and colours by meaning (:mod:`.labels`) and the long poll's back-off (:mod:`.backoff`)."""
