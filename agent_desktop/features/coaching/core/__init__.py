"""Coaching's Qt-free logic: the messages kept (:mod:`.book`), the CRM calls (:mod:`.calls`), whom a
supervisor may write to (:mod:`.recipients`) and the checks before sending (:mod:`.checks`)."""
