"""Outputs: storyline.json (contract v1); the HTML and Markdown digest come next."""

from storyline.report.output import build_output, load_schema, write_json

__all__ = ["build_output", "load_schema", "write_json"]
