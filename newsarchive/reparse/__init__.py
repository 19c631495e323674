"""Re-extract archived articles from their WARC records with the current extractor."""

from newsarchive.reparse.plan import Place, Selection, select_places
from newsarchive.reparse.run import Options, Summary, reparse
from newsarchive.reparse.work import COMPARED_OUT, Result, reextract

__all__ = ["COMPARED_OUT", "Options", "Place", "Result", "Selection", "Summary", "reextract",
           "reparse", "select_places"]
