"""Reading a text file and splitting it into words and sentences."""
import re

# A word is a run of letters, possibly joined by apostrophes or hyphens
# ("keeper's", "store-room"); digits and punctuation separate words.
WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)*")
SENTENCE_END = re.compile(r"(?<=[.;:!?])\s+")


def read_text(path):
    """The file's text, with its line endings normalised by open()."""
    with open(path, encoding="utf-8") as f:
        return f.read()


def words(text):
    """The words of `text`, lower-cased, in order."""
    return [m.group(0).lower() for m in WORD.finditer(text)]


def sentences(text):
    """The sentences of `text`: runs of words ending at . ; : ! or ?"""
    flat = " ".join(text.split())
    return [s for s in SENTENCE_END.split(flat) if WORD.search(s)]
