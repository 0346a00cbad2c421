"""spaCy components, one module per slot; each registers a `sepakat_<slot>` factory."""
