"""Corpus I/O: records in, records out, every one of them, in order.

- ``records``: one record (a dict, a JSON line) cleaned into its cleaned form and its report.
- ``jsonl``: JSON Lines files (plain, gzip, zstd) read in chunks and cleaned in worker processes.
- ``resume``: corpus files written through ``OUT.partial``, checkpointed in ``OUT.progress`` so that a
  killed run can be resumed to the same bytes; ``state``: the fingerprint, the progress file, and the
  temporary files of dead runs.
- ``parquet``: Parquet files, streamed by row group (optional extra ``boilercut[parquet]``).
- ``dask``: bags, dataframes and corpus files on a Dask cluster (optional extra ``boilercut[dask]``).
- ``datasets``: ``BatchCleaner`` for Hugging Face ``Dataset.map`` and other column batches.

Every worker, task and batch asks ``engine.cleaner_for(options)`` for its process's Cleaner. Nothing
here is imported with the package: the optional extras load only when their module is.
"""
