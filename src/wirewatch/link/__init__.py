"""Cross-document linking: near-duplicates, stories, merged events and disagreements."""
