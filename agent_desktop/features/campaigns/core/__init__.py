"""The campaigns feature's Qt-free logic: the back office's campaign endpoints, SIP results as the
API's result kinds, and the durable queue of results."""
