"""Screen-pop widgets: the customer card dock, the chooser, the new-caller form, recent pops."""
