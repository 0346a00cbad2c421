"""Ways to run the pipeline over chunks of documents: in process, a process pool, Dask."""
