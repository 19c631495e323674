"""newsarchive: structured, deduplicated archives of Vietnamese provincial news."""

from newsarchive.errors import NotAnArticle, ProfileError
from newsarchive.items import SCHEMA_VERSION, Article, Participant

__all__ = ["SCHEMA_VERSION", "Article", "NotAnArticle", "Participant", "ProfileError"]
__version__ = "0.1.0"
