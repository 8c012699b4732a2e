"""create_app(settings, store): registers blueprints and error handlers, nothing else."""

from __future__ import annotations

from flask import Flask

from kg.config import Settings
from kg.store import PublishedStore
from server import problems


def create_app(settings: Settings, store: PublishedStore | None = None) -> Flask:
    from server import dataset, resources, sparql  # blueprints import flask globals at use

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 1_000_000
    app.extensions["kg.settings"] = settings
    app.extensions["kg.store"] = store or PublishedStore(settings.store)
    problems.register(app)
    app.register_blueprint(dataset.blueprint)
    app.register_blueprint(resources.blueprint)
    app.register_blueprint(sparql.blueprint)
    return app
