"""Site-learned boilerplate: the lines a site repeats on its pages, learned from a corpus and written
as a rule file (``clean --learn``)."""
