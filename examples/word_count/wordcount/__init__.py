"""wordcount: count the words of a text file and report on them.

A small package for examples/word_count/main.py: `text` reads and splits,
`stats` counts, `report` formats and writes JSON.
"""
from .text import read_text, words, sentences
from .stats import WordStats

__all__ = ["read_text", "words", "sentences", "WordStats"]
__version__ = "1.0"
