"""Softphone: SIP engine around pjsua2 (own thread, Qt-free in softphone.engine), audio bridge, Qt adapter and widgets."""
