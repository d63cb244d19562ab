"""The report screens' Qt-free logic: filters and their checks, the figures each screen shows and how
they read, the calls behind a figure, and the back office's report calls."""
