//! TODO: crypto (placeholder in the skeleton; its owner replaces this file or turns it into a folder).
