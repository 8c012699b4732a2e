"""eventkg: event records to validated schema.org linked data.

The data flow, one module per arrow: records (records.py) -> identities (identity.py) ->
RDF (mapping.py) -> validated (validate.py) -> published store (store.py); build.py runs it.
"""

__version__ = "0.1.0"
