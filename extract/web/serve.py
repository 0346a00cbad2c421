"""The `sepakat serve` command: the web page and API on a local port, with uvicorn."""
from __future__ import annotations

import typer

from extract.web.limits import DEFAULT_MAX_BODY_BYTES


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on (0.0.0.0 to share on the network)."),
    port: int = typer.Option(8000, help="Port to listen on."),
    max_body_bytes: int = typer.Option(DEFAULT_MAX_BODY_BYTES, help="Largest request body accepted (413 above)."),
    workers: int = typer.Option(2, min=1, help="Worker processes that extract (each loads the pipeline)."),
    time_limit: float = typer.Option(60.0, min=1, help="Seconds an article may take before the request fails."),
) -> None:
    """Serve the article-checking page and the JSON API (docs at /docs)."""
    try:
        import uvicorn

        from extract.web.app import create_app
        from extract.web.pool import ExtractionPool, PoolSettings
    except ImportError as exc:
        typer.echo(f"error: sepakat serve needs the web extra ({exc.name} is not installed): "
                   "pip install 'sepakat[web]'", err=True)
        raise typer.Exit(2) from exc

    typer.echo(f"Sepakat on http://{host}:{port}/  (API docs at /docs); {workers} extraction workers "
               "load the pipeline first")
    pool = ExtractionPool(PoolSettings(workers=workers, time_limit=time_limit))
    uvicorn.run(create_app(max_body_bytes=max_body_bytes, pool=pool), host=host, port=port)
