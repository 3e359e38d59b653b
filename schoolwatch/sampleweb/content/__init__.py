"""The sample web's words: one module per kind of place, each a list of :class:`Piece`."""
