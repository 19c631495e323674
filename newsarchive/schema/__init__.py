"""The Article schema: field declarations (:mod:`.fields`) and what is generated from them
(:mod:`.render`)."""
