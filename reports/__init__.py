"""Act on what was found: takedown cases, urgent alerts (persisted outbox), the weekly digest and the
governors' trend summary. One Jinja2 Environment (``reports.render``); each report is
``gather(session, school_id, period) -> dict`` (plain data) and ``render(context) -> str``.
"""
