"""Situation reports: Markdown for the terminal or a file."""

from watchfloor.report.build import report_input
from watchfloor.report.markdown import render

__all__ = ["render", "report_input"]
