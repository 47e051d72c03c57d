"""Write: generated pages to disk, atomically, never over an editor's hand edit."""
