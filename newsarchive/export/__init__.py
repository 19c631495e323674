"""Analysts' outputs: Parquet/CSV/JSONL exports, the officials tables, the dataset card
and the HTML coverage report."""
