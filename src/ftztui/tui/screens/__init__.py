"""Screens: the main reader screen and the help screen."""
