"""Parquet output (from Parquet or JSON Lines input) through pyarrow, an optional extra.

The records are cleaned by the same code as the JSON Lines path (``jsonl.clean_chunks`` over JSON
lines, in the same worker processes), so a record's cleaned text and report are the ones ``clean
CORPUS.jsonl`` gives. Memory stays flat: a Parquet input is read one record batch of about
``jsonl.CHUNK_BYTES`` at a time, and output row groups are cut at about ``ROW_GROUP_BYTES``.

* Parquet input: only the text column (and an existing ``--output-field`` column) is sent to the
  workers, as ``{"text": ...}`` JSON lines; every other column goes from the input batch to the output
  untouched, so its Arrow type (timestamps, binary, nested) is kept exactly.
* JSON Lines input has no schema, and records may differ in their fields and types. Each cleaned chunk
  becomes an Arrow table of its own, staged in a scratch folder beside the output, while the schema is
  worked out over all of them; then the chunks are cast to it and written. A field whose types cannot
  be one column (a string here, a number there) stops the run with a message, never a dropped value.

The output schema is the input's columns (the cleaned column as a string; a new ``--output-field``
added after them) and, unless the report is off, a ``cleaner`` struct column (``report_type()``)
replacing any ``cleaner`` column the input had. Without the report, bad records are counted in the
summary only. Schema metadata (pandas', Hugging Face's) is not carried over: the columns changed.
The file is written beside the output and renamed over it at the end, so no partial file is left;
a killed run's temporary file and staging folder (named with its pid) are removed by the next run on
the same target. A Parquet run cannot be resumed: it starts over.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..engine import cleaner_for
from . import jsonl, state
from .jsonl import CorpusError, RunSettings
from .records import REPORT_FIELD, CorpusOptions, Tally, clean_record, dump

if TYPE_CHECKING:
    import pyarrow
    import pyarrow as pa

ROW_GROUP_BYTES = 32 << 20  # Arrow bytes per row group: large enough to compress well, small to hold
COMPRESSION = "zstd"  # text compresses about a third better than with pyarrow's default snappy
# The report fields of an error record, nothing else: with the report off such an object is dropped
# (there is no cleaner column) while a ``cleaner`` field of the input's own is kept as data.
_ERROR_KEYS = frozenset({"error", "raw"})

ChunkCleaner = Callable[[Iterable[list[bytes]], RunSettings], Iterator[tuple[list[str], Tally]]]


def report_type() -> pa.DataType:
    """The ``cleaner`` column's type: the JSON report as a struct (``raw`` holds a JSON line that
    could not be read, for an error record)."""
    import pyarrow as pa

    removal = pa.struct(
        [
            ("rule", pa.string()),
            ("kind", pa.string()),
            ("reason", pa.string()),
            ("first_line", pa.int64()),
            ("last_line", pa.int64()),
        ]
    )
    return pa.struct(
        [
            ("title", pa.string()),
            ("changed", pa.bool_()),
            ("capped", pa.bool_()),
            ("error", pa.string()),
            ("removals", pa.list_(removal)),
            ("raw", pa.string()),
        ]
    )


def clean_files(
    paths: list[Path], output: Path, settings: RunSettings, clean_chunks: ChunkCleaner = jsonl.clean_chunks
) -> Tally:
    """Clean the corpora (Parquet or JSON Lines, ``-`` for stdin) into one Parquet file, in order.
    ``clean_chunks`` does the cleaning: worker processes by default, a Dask cluster from cleaner.dask."""
    _pyarrow()
    if str(output) == "-":
        raise CorpusError("Parquet cannot be written to stdout: give -o FILE.parquet")
    if output.is_dir():
        raise CorpusError(f"{output}: is a folder, not a file")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CorpusError(f"{output}: cannot write: {jsonl.reason(error)}") from None
    # Not mkstemp: its file is private (0600) and the rename would keep that; the writer creates
    # this one with the usual permissions.
    temporary = output.parent / f".{output.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
    state.clear_stale(output)  # what killed runs on this target left (the pid in the names tells)
    tally = Tally()
    try:
        if len(paths) == 1 and _is_parquet(paths[0]):
            # One Parquet file: its schema is known, so batches go straight to the output.
            schema, tables = _parquet_tables(paths[0], settings, clean_chunks, tally)
            _write(temporary, schema, tables, output)
        else:
            _write_staged(paths, temporary, output, settings, clean_chunks, tally)
        try:
            os.replace(temporary, output)
        except OSError as error:
            raise CorpusError(f"{output}: cannot write: {jsonl.reason(error)}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return tally


# --- Parquet input ----------------------------------------------------------------------------


def _parquet_tables(
    path: Path, settings: RunSettings, clean_chunks: ChunkCleaner, tally: Tally
) -> tuple[pa.Schema, Iterator[pa.Table]]:
    pa, pq = _pyarrow()
    try:
        file = pq.ParquetFile(path)
    except (OSError, pa.ArrowException) as error:
        raise CorpusError(f"{path}: cannot read Parquet: {jsonl.reason(error)}") from None
    corpus = settings.corpus
    schema = file.schema_arrow
    names = set(schema.names)
    target = corpus.target_field
    if corpus.text_field not in names:
        # One error for the file, not one a row: no row of it can have the field.
        shown = ", ".join(repr(name) for name in schema.names[:10]) + (", ..." if len(names) > 10 else "")
        raise CorpusError(f"{path}: no column {corpus.text_field!r} (its columns: {shown}); name it with --text-field")
    cleanable = _stringy(schema.field(corpus.text_field).type)
    if target != corpus.text_field and target in names and not _stringy(schema.field(target).type):
        raise CorpusError(
            f"{path}: --output-field {target!r} names a {schema.field(target).type} column; give a new name"
        )
    # Columns sent to the workers: the text, and an existing output column that bad records keep.
    sent = [name for name in dict.fromkeys((corpus.text_field, target)) if name in names]
    replaced = cleanable or target != corpus.text_field  # else the text column stays as it is
    out_schema = _output_schema(schema, corpus, replaced)

    def results() -> Iterator[tuple[pyarrow.RecordBatch, list[dict[str, Any]]]]:
        batches = file.iter_batches(batch_size=_batch_rows(file))
        if not cleanable:
            # No value can be cleaned (no such column, or not strings): every record is reported bad,
            # here, as the JSON Lines path would; such values need not be JSON at all.
            cleaner = cleaner_for(settings.options)
            for part in batches:
                rows = part.select(sent).to_pylist()
                tally.records += len(rows)
                yield part, [clean_record(row, cleaner, corpus, tally) for row in rows]
            return
        waiting: deque[pyarrow.RecordBatch] = deque()  # clean_chunks keeps order: one result per chunk

        def chunks() -> Iterator[list[bytes]]:
            for part in batches:
                waiting.append(part)
                yield [dump(row).encode("utf-8") for row in part.select(sent).to_pylist()]

        for lines, done in clean_chunks(chunks(), settings):
            tally.add(done)
            yield waiting.popleft(), [json.loads(line) for line in lines]

    def tables() -> Iterator[pyarrow.Table]:
        try:
            for part, rows in results():
                columns = []
                for field in out_schema:
                    if field.name == target and replaced:
                        columns.append(pa.array([row.get(target) for row in rows], pa.string()))
                    elif field.name == REPORT_FIELD and corpus.report:
                        columns.append(pa.array([row.get(REPORT_FIELD) for row in rows], field.type))
                    else:
                        columns.append(part.column(field.name))
                yield pa.Table.from_arrays(columns, schema=out_schema)
        finally:
            file.close()

    return out_schema, _reading(path, tables())


def _output_schema(schema: pyarrow.Schema, corpus: CorpusOptions, replaced: bool) -> pyarrow.Schema:
    """The input's columns, the target as strings when it is written, and the report last."""
    pa, _ = _pyarrow()
    target = corpus.target_field
    fields = [f for f in schema if not (corpus.report and f.name == REPORT_FIELD)]
    fields = [pa.field(target, pa.string()) if f.name == target and replaced else f for f in fields]
    if replaced and target not in schema.names:
        fields.append(pa.field(target, pa.string()))
    if corpus.report:
        fields.append(pa.field(REPORT_FIELD, report_type()))
    return pa.schema(fields)


def _batch_rows(file: Any) -> int:
    """Rows per record batch for about CHUNK_BYTES of data, from the file's metadata."""
    meta = file.metadata
    size = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    per_row = max(1, size // max(1, meta.num_rows))
    return max(1, min(jsonl.CHUNK_LINES, jsonl.CHUNK_BYTES // per_row))


def _stringy(kind: pa.DataType) -> bool:
    import pyarrow as pa

    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    is_view = getattr(pa.types, "is_string_view", lambda _: False)  # pyarrow 16 and later
    return bool(pa.types.is_string(kind) or pa.types.is_large_string(kind) or is_view(kind))


# --- JSON Lines input, or several inputs: staged chunks, one schema ---------------------------


def _write_staged(
    paths: list[Path], temporary: Path, output: Path, settings: RunSettings, clean_chunks: ChunkCleaner, tally: Tally
) -> None:
    pa, _ = _pyarrow()
    # Named as the temporary file is, with this process's id: a killed run's folder is cleared by the next.
    stage = output.parent / f".{output.name}.{os.getpid()}.{secrets.token_hex(4)}.parts"
    stage.mkdir(mode=0o700)
    try:
        staged: list[Path] = []
        schema: pyarrow.Schema | None = None  # the first chunk's columns lead, in their order
        for path in paths:
            if _is_parquet(path):
                _, tables = _parquet_tables(path, settings, clean_chunks, tally)
            else:
                tables = _reading(path, _jsonl_tables(path, settings, clean_chunks, tally))
            for table in tables:
                try:
                    schema = (
                        table.schema
                        if schema is None
                        else pa.unify_schemas([schema, table.schema], promote_options="permissive")
                    )
                except (pa.ArrowTypeError, pa.ArrowInvalid) as error:
                    raise CorpusError(
                        f"{path}: records do not fit one Parquet schema ({error}); write JSON Lines instead"
                    ) from None
                staged.append(stage / f"{len(staged):08d}.arrow")
                with pa.ipc.new_file(
                    staged[-1], table.schema, options=pa.ipc.IpcWriteOptions(compression="zstd")
                ) as sink:
                    sink.write_table(table)

        if schema is None:
            schema = _rows_table([], settings.corpus).schema  # the columns even an empty corpus has

        def conformed() -> Iterator[pyarrow.Table]:
            for part in staged:
                with pa.memory_map(str(part)) as source:
                    table = pa.ipc.open_file(source).read_all()
                yield _conform(table, schema)
                part.unlink()

        _write(temporary, schema, _reading(output, conformed()), output)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _jsonl_tables(path: Path, settings: RunSettings, clean_chunks: ChunkCleaner, tally: Tally) -> Iterator[pa.Table]:
    stream, _ = jsonl.open_lines(None if str(path) == "-" else path)
    with stream:
        for lines, done in clean_chunks(jsonl.chunks(stream), settings):
            tally.add(done)
            yield _rows_table(
                [json.loads(line) for line in lines if line.strip()], settings.corpus
            )  # a blank line is no record


def _rows_table(rows: list[dict[str, Any]], corpus: CorpusOptions) -> pa.Table:
    """Cleaned records as a table: the fields in the order they first appear, types inferred, the
    cleaned column a string (a bad record's value that is not one as its JSON text, so nothing is
    lost) and the report as ``report_type()``."""
    pa, _ = _pyarrow()
    if not corpus.report:
        rows = [_without_error(row) for row in rows]
    names = dict.fromkeys(name for row in rows for name in row)
    names.update(dict.fromkeys((corpus.text_field, corpus.target_field)))
    if corpus.report:
        names.pop(REPORT_FIELD, None)  # appended last, with its own type
    columns: dict[str, pyarrow.Array] = {}
    for name in names:
        values = [row.get(name) for row in rows]
        try:
            if name in (corpus.text_field, corpus.target_field):
                columns[name] = pa.array(
                    [v if v is None or isinstance(v, str) else dump_value(v) for v in values], pa.string()
                )
            else:
                columns[name] = pa.array(values)
        except (pa.ArrowException, OverflowError) as error:
            raise CorpusError(
                f"field {name!r} cannot be one Parquet column ({error}); write JSON Lines instead"
            ) from None
    if corpus.report:
        columns[REPORT_FIELD] = pa.array([row.get(REPORT_FIELD) for row in rows], report_type())
    return pa.table(columns)


def dump_value(value: Any) -> str:
    """A JSON value as the text it had in the record."""
    return json.dumps(value, ensure_ascii=False)


def _without_error(row: dict[str, Any]) -> dict[str, Any]:
    report = row.get(REPORT_FIELD)
    if isinstance(report, dict) and report.keys() <= _ERROR_KEYS and "error" in report:
        return {k: v for k, v in row.items() if k != REPORT_FIELD}
    return row


def _conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """The staged chunk with the final schema's columns: missing ones null, types widened (a safe
    cast: a value that would change fails)."""
    pa, _ = _pyarrow()
    columns = []
    for field in schema:
        if field.name not in table.column_names:
            columns.append(pa.nulls(len(table), field.type))
            continue
        column = table.column(field.name)
        if column.type != field.type:
            try:
                column = column.cast(field.type)
            except pa.ArrowNotImplementedError:  # an older pyarrow that cannot widen a struct
                column = pa.array(column.to_pylist(), field.type)
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=schema)


# --- writing --------------------------------------------------------------------------------


def _write(temporary: Path, schema: pa.Schema, tables: Iterable[pa.Table], output: Path) -> None:
    """The tables as one Parquet file, in row groups of about ROW_GROUP_BYTES."""
    pa, pq = _pyarrow()
    try:
        with pq.ParquetWriter(temporary, schema, compression=COMPRESSION) as writer:
            pending: list[pyarrow.Table] = []
            size = 0
            for table in tables:
                pending.append(table)
                size += table.nbytes
                if size >= ROW_GROUP_BYTES:
                    writer.write_table(pa.concat_tables(pending))
                    pending, size = [], 0
            if pending:
                writer.write_table(pa.concat_tables(pending))
    except OSError as error:
        raise CorpusError(f"{output}: cannot write: {jsonl.reason(error)}") from None
    except pa.ArrowException as error:
        raise CorpusError(f"{output}: cannot write Parquet: {error}") from None


def _reading(path: Path, tables: Iterator[pa.Table]) -> Iterator[pa.Table]:
    """The tables, with a read or conversion failure told as a CorpusError naming the input."""
    pa, _ = _pyarrow()
    try:
        yield from tables
    except CorpusError as error:
        raise CorpusError(str(error) if str(error).startswith(f"{path}:") else f"{path}: {error}") from None
    except (OSError, EOFError, pa.ArrowException) as error:
        raise CorpusError(f"{path}: {jsonl.reason(error)}") from None


def _is_parquet(path: Path) -> bool:
    return path.name.lower().endswith(".parquet")


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise CorpusError("Parquet needs pyarrow: pip install 'boilercut[parquet]'") from None
    return pa, pq
