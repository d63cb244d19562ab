"""Forms: order, customer, complaint, wrap-up, to-do and search forms with their validation."""
