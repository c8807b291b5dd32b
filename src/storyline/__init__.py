"""storyline: follow a developing news story across outlets."""

__version__ = "0.1.0"
