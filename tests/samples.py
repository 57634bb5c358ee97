"""Texts the corpus, Parquet, Dask and datasets tests share: one story with an advertisement marker,
and one paragraph with nothing to remove."""

STORY = (
    "Café Opens Downtown\n"
    "\n"
    "The café opened on Monday with a queue around the block and a menu written on the wall by hand.\n"
    "\n"
    "Advertisement\n"
    "\n"
    "The owners said they would open every day except Sunday for the first month of trading.\n"
)
PLAIN = "Just a plain paragraph of text with enough words to be prose, and nothing to remove.\n"
