"""The officials an article names, with their titles and the roles they play.

Pure rules over normalised text: no model, no network. See :func:`find_participants`.
"""

from newsarchive.participants.finder import find_participants
from newsarchive.participants.names import name_key

__all__ = ["find_participants", "name_key"]
