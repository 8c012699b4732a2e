"""The WSGI app for production servers and the benchmark: `gunicorn benchmarks.wsgi:app`.

Settings come from the environment (KG_STORE, KG_BASE, KG_REMOTE_QUERY, ...), as for `kg serve`.
"""

from kg import config
from server.app import create_app

app = create_app(config.load())
