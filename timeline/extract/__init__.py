"""From articles to events: debris, sentences, dated candidates, stories, merging and YAML."""
