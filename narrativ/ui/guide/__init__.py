"""Help for first use: the start page, the writing guide and the question of the day."""
