"""Actors: the people and bodies a draft names, and which actor each mention points to."""
