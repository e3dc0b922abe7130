"""Language processing: the spaCy parse, actor mentions, dates, certainty, places."""
