//! Motion vector prediction for P slices (8.4.1.3; placeholder until it lands).
