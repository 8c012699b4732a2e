"""create_app(settings, store): registers blueprints and error handlers, nothing else."""

from __future__ import annotations

import threading

from flask import Flask

from kg.config import Settings
from kg.store import Store, open_store
from server import problems


def create_app(settings: Settings, store: Store | None = None, lean: bool = True) -> Flask:
    """The app. Query requests to /sparql are answered in front of Flask (server/fast_path.py for
    a repeat, server/lean_path.py the first time); `lean=False` sends the first time through Flask
    (to compare the two ways)."""
    from server import dataset, health, reconcile, resources, sparql  # blueprints import flask globals at use
    from server.fast_path import FastAnswers
    from server.lean_path import LeanQueries
    from server.query_guard import guarded
    from server.query_operation import QueryService

    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_request_bytes
    app.extensions["kg.settings"] = settings
    app.extensions["kg.store"] = guarded(store or open_store(settings), settings)
    app.extensions["kg.answer_cache"] = sparql.open_answer_cache(settings)
    app.extensions["kg.page_cache"] = (resources.page_cache(settings), threading.Lock())
    service = QueryService(settings, app.extensions["kg.store"], app.extensions["kg.answer_cache"])
    app.extensions["kg.query_service"] = service
    first_time = LeanQueries(app.wsgi_app, service) if lean else app.wsgi_app
    app.wsgi_app = FastAnswers(first_time, service.store, service.cache)  # type: ignore[method-assign]
    problems.register(app)
    app.register_blueprint(dataset.blueprint)
    app.register_blueprint(resources.blueprint)
    app.register_blueprint(sparql.blueprint)
    app.register_blueprint(reconcile.blueprint)
    app.register_blueprint(health.blueprint)
    return app
