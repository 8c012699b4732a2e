"""The WSGI app of a production server: `gunicorn -c python:server.gunicorn_conf` (see README, Production).

Settings come from the environment (KG_STORE, KG_BASE, KG_REMOTE_QUERY, ...), as for `kg serve`.
Each worker process imports this module after the fork, so each opens the store itself.
"""

from kg import config
from server.app import create_app

app = create_app(config.load())
