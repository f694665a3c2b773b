"""The leaders' team view: every narrative in the house, filtered, read and reviewed."""
