"""Qt side of the softphone: the adapter that turns engine events into signals, and the widgets."""
