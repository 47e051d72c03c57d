"""Attribution: the cue words of a sentence and the mention that is their subject."""
