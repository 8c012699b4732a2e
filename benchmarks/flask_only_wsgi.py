"""eventkg's app with every first /sparql request going through Flask (the lean handler off), to
compare with server.wsgi:app in benchmarks (as before server/lean_path.py existed)."""

from kg import config
from server.app import create_app

app = create_app(config.load(), lean=False)
