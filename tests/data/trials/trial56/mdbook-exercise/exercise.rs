// ANCHOR: setup
use std::fmt;
// ANCHOR_END: setup

// ANCHOR: solution
fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 9.0 / 5.0 + 32.0
}
// ANCHOR_END: solution
