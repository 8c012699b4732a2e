"""The app as a WSGI target for any WSGI server (`granian --interface wsgi server.wsgi:app`, gunicorn, ...).
The production server (server/production.py) builds and warms the same app in each worker itself.

Settings come from the environment (KG_STORE, KG_BASE, KG_REMOTE_QUERY, ...), as for `kg serve`.
Each worker process imports this module after the fork, so each opens the store itself.
"""

from kg import config
from server.app import create_app

app = create_app(config.load())
