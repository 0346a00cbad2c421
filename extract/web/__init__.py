"""The local web page and JSON API (`sepakat serve`); see `extract.web.app.create_app`."""
