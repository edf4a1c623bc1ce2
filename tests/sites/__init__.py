"""Golden pairs of the built-in site parsers: `<host>/<slug>.html` and `<slug>.json`."""
