"""Cleaning: boilerplate and spam detection as pure functions over extracted blocks."""
