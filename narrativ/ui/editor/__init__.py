"""The narrative editor and its parts."""
