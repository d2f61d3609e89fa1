"""One module per `timeline` command; each holds the click wiring and calls plain functions."""
