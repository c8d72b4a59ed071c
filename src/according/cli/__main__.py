"""`python -m according.cli`: the same command as `according`."""

from according.cli import app

app()
