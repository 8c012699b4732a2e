"""create_app(settings, store): registers blueprints and error handlers, nothing else."""

from __future__ import annotations

from flask import Flask

from kg.config import Settings
from kg.store import Store, open_store
from server import problems


def create_app(settings: Settings, store: Store | None = None) -> Flask:
    from server import dataset, health, reconcile, resources, sparql  # blueprints import flask globals at use
    from server.fast_path import FastAnswers
    from server.query_guard import guarded

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.extensions["kg.settings"] = settings
    app.extensions["kg.store"] = guarded(
        store or open_store(settings), settings.query_workers, settings.query_timeout_s
    )
    app.extensions["kg.answer_cache"] = sparql.open_answer_cache(settings)
    app.wsgi_app = FastAnswers(app.wsgi_app, app.extensions["kg.store"], app.extensions["kg.answer_cache"])  # type: ignore[method-assign]
    problems.register(app)
    app.register_blueprint(dataset.blueprint)
    app.register_blueprint(resources.blueprint)
    app.register_blueprint(sparql.blueprint)
    app.register_blueprint(reconcile.blueprint)
    app.register_blueprint(health.blueprint)
    return app
