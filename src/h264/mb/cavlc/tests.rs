//! CAVLC slice data against real x264 output: every slice must parse to exactly its end.
