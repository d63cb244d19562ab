"""Reports: the KPIs of :mod:`crm.kpis` computed with SQL aggregates over call logs, presence history,
orders and complaints, by interval of the centre's local clock and by agent, team, dialled number or
media source; the calls behind a figure (drill-down); the Excel and CSV exports.

* :mod:`.sql`: dialect-neutral expressions (epoch milliseconds, least/greatest);
* :mod:`.timeframe`: the period and its intervals in the centre's time zone, as SQL expressions;
* :mod:`.calls`, :mod:`.staffing`, :mod:`.business`: the sums of calls, presence time, orders and
  complaints per interval and group;
* :mod:`.call_rollup`, :mod:`.rollup`: the calls' sums and presence time rolled up per quarter hour;
* :mod:`.report`: a report from those sums (:func:`crm.kpis.derive`);
* :mod:`.export`: the .xlsx and .csv files; :mod:`.settings`: the centre's report settings;
* :mod:`.routes`: the endpoints under ``/api/v1/reports``.
"""
