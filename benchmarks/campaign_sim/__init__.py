"""The pieces of ``benchmarks/campaign_shift.py`` (its docstring states the whole model): the simulated
shift's time and number plan (:mod:`.model`), the sipp far ends (:mod:`.far_ends`), the campaigns and
the database's audit (:mod:`.backoffice_side`), one agent's process (:mod:`.agent`, its claim kept by
:mod:`.renewal`, the reasons it idles sampled by :mod:`.idle_reasons`) and the figures (:mod:`.report`)."""
