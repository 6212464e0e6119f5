"""Translation memory in the desktop app: the TM panel, concordance, TMX import."""
