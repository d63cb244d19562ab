"""Icons, sounds, translations and stylesheets, with one loader module."""
