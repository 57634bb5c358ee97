"""Text utilities: words, stop words, line shapes, titles and literal search. The lowest layer: it
imports nothing else of the package."""
