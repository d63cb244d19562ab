"""Qt-free SIP engine: one thread owns every pjsua2 object."""
