"""Action plans in the app: a child's plans, a new plan, follow-ups."""
